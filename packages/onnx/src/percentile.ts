/**
 * Nearest-rank percentile: the smallest value with at least p% of the sample at or below it
 * (`sorted[ceil(p/100 · n) − 1]`). Always an observed value, no interpolation; the same rule as
 * onnxruntime_perf_test up to the index rounding.
 */
export const PERCENTILE_METHOD = 'nearest-rank (sorted[ceil(p/100·n) − 1], no interpolation)'

export function nearestRank(sorted: ArrayLike<number>, percent: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((percent / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort()
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i] as number
  return values.length === 0 ? NaN : sum / values.length
}

/** Sample standard deviation (n − 1). */
export function standardDeviation(values: ArrayLike<number>): number {
  if (values.length < 2) return 0
  const average = mean(values)
  let squares = 0
  for (let i = 0; i < values.length; i++) squares += ((values[i] as number) - average) ** 2
  return Math.sqrt(squares / (values.length - 1))
}
