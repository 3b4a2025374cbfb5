/**
 * candidate − baseline as the double nearest to the difference of the two decimal numbers the
 * values print as (their shortest round-trip decimal form). Metrics arrive as decimal text (0.9123, 0.9122); binary subtraction gives
 * 1.0000000000000009e-4 where the file says 0.0001, and a tolerance of exactly 0.0001 would then
 * fail. Both values are scaled by 10^k (k = the larger count of decimal places in their shortest
 * round-trip form) to integers, subtracted exactly, and divided once (one correct rounding).
 * When the scaled integers would exceed 2^51, the inputs already carry more digits than a double
 * can hold exactly and plain subtraction is as good as it gets.
 */
const SAFE_SCALED = 2 ** 51
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)

export function exactDifference(candidate: number, baseline: number): number {
  if (candidate === baseline) return 0
  const plain = candidate - baseline
  if (!Number.isFinite(plain)) return plain
  const places = Math.max(decimalPlaces(candidate), decimalPlaces(baseline))
  const scale = POWERS_OF_TEN[places]
  if (
    scale === undefined ||
    Math.max(Math.abs(candidate), Math.abs(baseline)) * scale >= SAFE_SCALED
  ) {
    return plain
  }
  return (Math.round(candidate * scale) - Math.round(baseline * scale)) / scale
}

/**
 * Decimal places of the shortest decimal that round-trips to `value`: the smallest k for which
 * round(value·10^k) / 10^k gives back the same double (the division is correctly rounded, so
 * this is exactly the round-trip test). Returns Infinity past 22 places or 2^51.
 */
function decimalPlaces(value: number): number {
  const magnitude = Math.abs(value)
  for (let places = 0; places < POWERS_OF_TEN.length; places++) {
    const scale = POWERS_OF_TEN[places] as number
    const scaled = magnitude * scale
    if (scaled >= SAFE_SCALED) return Infinity
    if (Math.round(scaled) / scale === magnitude) return places
  }
  return Infinity
}
