/**
 * A number in a rules file: a YAML/JSON number or a string such as "0.01", "1%" or "2.5 %".
 * "1%" means 0.01 wherever a number is expected, so `abs-tolerance: 1%` on an accuracy in [0, 1]
 * is one percentage point. Percentages are scaled in decimal (by moving the exponent) so that
 * "0.1%" is exactly the double nearest 0.001.
 */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i

export function parseSettingNumber(
  value: unknown
): { value: number; percent: boolean } | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value, percent: false } : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const percent = text.endsWith('%')
  const digits = percent ? text.slice(0, -1).trim() : text
  if (!NUMBER.test(digits)) return undefined
  if (!percent) return { value: Number(digits), percent: false }
  const scaled = /e/i.test(digits) ? Number(digits) / 100 : Number(`${digits}e-2`)
  return Number.isFinite(scaled) ? { value: scaled, percent: true } : undefined
}
