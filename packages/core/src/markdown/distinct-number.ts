import { DEFAULT_SIGNIFICANT_DIGITS, formatNumber } from './number-format.js'

/**
 * A number beside the numbers it is judged against (a threshold, a baseline), with the formatter's
 * significant digits, or more where fewer would show two different numbers as one: 0.94999 against
 * a minimum of 0.95 reads `0.94999 is below the minimum 0.95`, not `0.95 is below the minimum 0.95`.
 */
export function formatDistinct(
  value: number,
  others: readonly number[],
  significantDigits: number = DEFAULT_SIGNIFICANT_DIGITS
): string {
  for (let digits = significantDigits; digits < 17; digits++) {
    const text = formatNumber(value, { significantDigits: digits })
    const clash = others.some(
      (other) => other !== value && formatNumber(other, { significantDigits: digits }) === text
    )
    if (!clash) return text
  }
  return formatNumber(value, { significantDigits: 17 })
}

/** The numbers written in a text such as `0 ≤ x ≤ 50` or `≥ baseline − 0.02`. */
export function numbersIn(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number)
}
