import { normalCdf, normalQuantile } from './normal.js'

/**
 * Confidence intervals from a bootstrap distribution.
 *
 * Percentile: the α/2 and 1 − α/2 quantiles of the resampled statistic, with linear interpolation
 * between order statistics (Hyndman–Fan type 7, numpy's default), so results line up with
 * `np.percentile` and `scipy.stats.bootstrap(method='percentile')`.
 *
 * BCa (Efron 1987; Efron & Tibshirani 1993, ch. 14): the percentile levels are shifted by the bias
 * correction z0 = Φ⁻¹(share of resamples below the estimate, ties counted half) and the
 * acceleration a = Σ w (θ̄ − θᵢ)³ / (6 [Σ w (θ̄ − θᵢ)²]^{3/2}) from a (weighted) jackknife. When z0
 * is infinite (every resample on one side) BCa is undefined and the percentile interval is
 * returned, reported as such.
 */
export type IntervalMethod = 'percentile' | 'bca'

export interface Interval {
  readonly low: number
  readonly high: number
  readonly interval: IntervalMethod
}

export interface Jackknife {
  /** Leave-one-out estimates; several samples can share one value (same contingency cell). */
  readonly values: ArrayLike<number>
  /** How many samples each value stands for. */
  readonly weights: ArrayLike<number>
}

/** `sorted` must be ascending. */
export function quantileOfSorted(sorted: ArrayLike<number>, probability: number): number {
  const last = sorted.length - 1
  if (last < 0) return NaN
  const position = Math.min(Math.max(probability, 0), 1) * last
  const below = Math.floor(position)
  const lower = sorted[below] ?? NaN
  if (below >= last) return lower
  const upper = sorted[below + 1] ?? NaN
  const fraction = position - below
  return fraction === 0 ? lower : lower + fraction * (upper - lower)
}

export function percentileInterval(sorted: ArrayLike<number>, level: number): Interval {
  const alpha = 1 - level
  return {
    low: quantileOfSorted(sorted, alpha / 2),
    high: quantileOfSorted(sorted, 1 - alpha / 2),
    interval: 'percentile'
  }
}

export function bcaInterval(
  sorted: ArrayLike<number>,
  estimate: number,
  jackknife: Jackknife,
  level: number
): Interval {
  const bias = biasCorrection(sorted, estimate)
  if (!Number.isFinite(bias)) return percentileInterval(sorted, level)
  const acceleration = jackknifeAcceleration(jackknife)
  const alpha = 1 - level
  const adjusted = (tailProbability: number): number => {
    const z = normalQuantile(tailProbability)
    const shifted = bias + z
    return normalCdf(bias + shifted / (1 - acceleration * shifted))
  }
  return {
    low: quantileOfSorted(sorted, adjusted(alpha / 2)),
    high: quantileOfSorted(sorted, adjusted(1 - alpha / 2)),
    interval: 'bca'
  }
}

function biasCorrection(sorted: ArrayLike<number>, estimate: number): number {
  let below = 0
  let ties = 0
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] ?? NaN
    if (value < estimate) below += 1
    else if (value === estimate) ties += 1
    else break
  }
  return normalQuantile((below + ties / 2) / sorted.length)
}

export function jackknifeAcceleration(jackknife: Jackknife): number {
  const { values, weights } = jackknife
  let totalWeight = 0
  let weightedSum = 0
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i] ?? 0
    totalWeight += weight
    weightedSum += weight * (values[i] ?? 0)
  }
  const mean = weightedSum / totalWeight
  let squares = 0
  let cubes = 0
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i] ?? 0
    const deviation = mean - (values[i] ?? 0)
    squares += weight * deviation * deviation
    cubes += weight * deviation * deviation * deviation
  }
  return squares > 0 ? cubes / (6 * Math.pow(squares, 1.5)) : 0
}
