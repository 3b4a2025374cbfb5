import { DEFAULT_SIGNIFICANT_DIGITS, formatNumber } from './number-format.js'

/**
 * Numbers of one table column written with the same count of decimals, so that they line up
 * (1.0000, 0.9630, 0.9815 rather than 1, 0.963, 0.9815). The decimals come from the column's
 * largest magnitude and the significant digits asked for: the largest value keeps all of them, the
 * smaller ones keep as many as the shared decimals allow. A non-zero value the decimals would round
 * to zero, and columns whose magnitudes would need more than MAX_DECIMALS, fall back to formatNumber
 * (scientific notation), because a number shown as 0 that is not 0 is worse than a ragged column.
 */
export interface ColumnFormat {
  readonly decimals: number
  /** The value in the column's decimals; `signed` adds `+` to positive values. */
  format(value: number, signed?: boolean): string
}

export const MAX_DECIMALS = 6

export function columnFormat(
  values: Iterable<number>,
  significantDigits: number = DEFAULT_SIGNIFICANT_DIGITS
): ColumnFormat {
  let largestExponent = -Infinity
  let needed = 0
  let integers = true
  let proportions = true
  for (const value of values) {
    if (!Number.isFinite(value) || value === 0) continue
    if (!Number.isInteger(value)) integers = false
    if (Math.abs(value) > 1) proportions = false
    const [mantissa = '', exponent = '0'] = Math.abs(value)
      .toExponential(significantDigits - 1)
      .split('e')
    const digits = mantissa.replace('.', '').replace(/0+$/, '').length
    largestExponent = Math.max(largestExponent, Number(exponent))
    needed = Math.max(needed, digits - 1 - Number(exponent))
  }
  // A column of proportions where one is exactly 1 keeps the decimals of the others (1.0000 beside
  // 0.9815, not 1.000 beside 0.982).
  if (proportions) largestExponent = Math.min(largestExponent, -1)
  // As many decimals as the largest value's significant digits allow, and no more than any value
  // needs: 0.9 and 0.87 read 0.90 and 0.87, not 0.9000 and 0.8700.
  const decimals =
    integers || largestExponent === -Infinity
      ? 0
      : Math.min(
          MAX_DECIMALS,
          Math.max(0, Math.min(needed, significantDigits - 1 - largestExponent))
        )
  return fixedFormat(decimals, significantDigits)
}

/** Exactly `decimals` decimals; values that would show as 0 get `significantDigits` instead. */
export function fixedFormat(
  decimals: number,
  significantDigits: number = DEFAULT_SIGNIFICANT_DIGITS
): ColumnFormat {
  return {
    decimals,
    format: (value, signed = false) => {
      const text = fixed(value, decimals, significantDigits)
      return signed && value > 0 ? `+${text}` : text
    }
  }
}

function fixed(value: number, decimals: number, significantDigits: number): string {
  if (!Number.isFinite(value)) return formatNumber(value)
  if (value === 0) return (0).toFixed(decimals)
  const text = Math.abs(value).toFixed(decimals)
  if (Number(text) === 0 || Math.abs(value) >= 1e15)
    return formatNumber(value, { significantDigits })
  return value < 0 ? `-${text}` : text
}
