const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
// Spellings that Python (`str(float)`), numpy, pandas and JSON writers use for non-finite floats.
const NOT_A_NUMBER = /^[+-]?nan$/i
const INFINITE = /^([+-]?)(?:inf|infinity)$/i

/**
 * Reads a number written as text (a CSV cell, an MLflow metric line), or returns undefined when
 * the text is not a plain decimal number. Hex, thousands separators and units are not numbers.
 */
export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim()
  if (DECIMAL.test(trimmed)) return Number(trimmed)
  if (NOT_A_NUMBER.test(trimmed)) return Number.NaN
  const infinite = INFINITE.exec(trimmed)
  if (infinite) return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  return undefined
}
