export const DEFAULT_SIGNIFICANT_DIGITS = 4
export const DEFAULT_PERCENT_SIGNIFICANT_DIGITS = 2

/**
 * Non-integers are written out from 0.0001 (so learning rates like 1e-4 read `0.0001`) up to, not
 * including, 1,000,000, judged after rounding; outside that range they get scientific notation
 * (`1.235e-7`, `1.235e6`). Compared as powers of ten because `10 ** -4` is not exactly 0.0001.
 */
const MIN_POSITIONAL_EXPONENT = -4
const MAX_POSITIONAL_EXPONENT = 5

export interface NumberFormatOptions {
  /** Significant digits kept for non-integers, 1 to 17. Integers are always shown whole. */
  significantDigits?: number
}

export interface DeltaFormatOptions extends NumberFormatOptions {
  /** Significant digits of the percent change, 1 to 17. */
  percentSignificantDigits?: number
}

/** A finite non-zero number rounded to significant digits: ±d.ddd × 10^exponent. */
interface RoundedDigits {
  negative: boolean
  /** Significant digits without trailing zeros, e.g. "1235". */
  digits: string
  /** Power of ten of the first digit. */
  exponent: number
}

/**
 * A number for people: significant digits, never a small value rounded to 0, integers whole
 * (no grouping, so the text can be pasted back into code), `NaN`, `∞`, `−∞`, and -0 as `0`.
 * Integers beyond 2^53 are not exact any more, so they get scientific notation like other large values.
 */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '−∞'
  if (value === 0) return '0'
  if (Number.isSafeInteger(value)) return String(value)
  const significantDigits = checkSignificantDigits(options.significantDigits)
  const common = positionalBySpec(value, significantDigits)
  if (common !== undefined) return common
  const rounded = roundToSignificant(value, significantDigits)
  const { exponent } = rounded
  if (exponent < MIN_POSITIONAL_EXPONENT || exponent > MAX_POSITIONAL_EXPONENT) {
    return scientific(rounded)
  }
  if (exponent >= significantDigits - 1) return String(Math.round(value))
  return positional(rounded)
}

/**
 * Like formatNumber but never in scientific notation, for consumers that cannot parse exponents
 * (mermaid's xychart). Non-finite values are a caller bug here.
 */
export function formatPlainDecimal(value: number, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} as a plain decimal`)
  if (value === 0) return '0'
  if (Number.isSafeInteger(value)) return String(value)
  const significantDigits = checkSignificantDigits(options.significantDigits)
  const rounded = roundToSignificant(value, significantDigits)
  if (rounded.exponent >= significantDigits - 1) return BigInt(Math.round(value)).toString()
  return positional(rounded)
}

/** formatNumber with an explicit `+` on positive values; zero and NaN stay unsigned. */
export function formatSigned(value: number, options: NumberFormatOptions = {}): string {
  const text = formatNumber(value, options)
  return value > 0 ? `+${text}` : text
}

/**
 * The change relative to `base` in percent, signed: `+1.4%`. Undefined when it has no meaning
 * (base 0 or not finite, delta NaN). The base's magnitude is used so that the sign follows the delta.
 */
export function formatPercentChange(
  delta: number,
  base: number,
  options: DeltaFormatOptions = {}
): string | undefined {
  if (base === 0 || !Number.isFinite(base) || Number.isNaN(delta)) return undefined
  const percent = (delta / Math.abs(base)) * 100
  const significantDigits = options.percentSignificantDigits ?? DEFAULT_PERCENT_SIGNIFICANT_DIGITS
  return `${formatSigned(percent, { significantDigits })}%`
}

/** `+0.0123 (+1.4%)`; the percent part is left out when there is none (see formatPercentChange). */
export function formatDelta(delta: number, base: number, options: DeltaFormatOptions = {}): string {
  const absolute = formatSigned(delta, options)
  const percent = formatPercentChange(delta, base, options)
  return percent === undefined ? absolute : `${absolute} (${percent})`
}

/**
 * The common case in one call: from 0.0001 to 10^(digits − 1) toPrecision writes the same
 * rounded digits as toExponential (the two are specified alike) in positional notation, and
 * only the trailing zeros of its fraction differ from `positional`. Undefined elsewhere, and
 * when rounding reached 10^(digits − 1) (the text has no point): the general path decides.
 */
function positionalBySpec(value: number, significantDigits: number): string | undefined {
  const magnitude = Math.abs(value)
  if (!(magnitude >= 1e-4 && magnitude < (POSITIONAL_LIMITS[significantDigits] as number)))
    return undefined
  const text = magnitude.toPrecision(significantDigits)
  if (text.indexOf('.') < 0) return undefined
  let end = text.length
  while (text.charCodeAt(end - 1) === ZERO) end--
  if (text.charCodeAt(end - 1) === POINT) end--
  const digits = end === text.length ? text : text.slice(0, end)
  return value < 0 ? `-${digits}` : digits
}

const POSITIONAL_LIMITS = Array.from({ length: 18 }, (_, digits) => 10 ** (digits - 1))

function checkSignificantDigits(requested: number | undefined): number {
  const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`)
  }
  return digits
}

function roundToSignificant(value: number, significantDigits: number): RoundedDigits {
  // toExponential rounds the exact binary value once, so every notation below shows the same digits.
  // Read by index rather than split and regexes: the comparison writes 10^5 of these per report.
  const text = Math.abs(value).toExponential(significantDigits - 1)
  const exponentAt = text.indexOf('e')
  let end = exponentAt
  while (end > 1 && (text.charCodeAt(end - 1) === ZERO || text.charCodeAt(end - 1) === POINT)) end--
  const digits = end > 2 ? text[0] + text.slice(2, end) : text.slice(0, 1)
  return { negative: value < 0, digits, exponent: Number(text.slice(exponentAt + 1)) }
}

const ZERO = 48
const POINT = 46

function scientific({ negative, digits, exponent }: RoundedDigits): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
  return `${negative ? '-' : ''}${mantissa}e${exponent}`
}

function positional({ negative, digits, exponent }: RoundedDigits): string {
  const sign = negative ? '-' : ''
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`
}
