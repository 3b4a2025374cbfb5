import { confidenceLevel } from './resampling-settings.js'
import { studentTQuantile, studentTTwoSidedPValue } from './student-t.js'

/**
 * Welch's unequal-variance t-test of mean(candidate) − mean(baseline), for metrics measured over
 * several independent runs (seeds) of each model (Welch 1947). Degrees of freedom by the
 * Welch–Satterthwaite approximation
 *   ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)² / (n₁ − 1) + (s₂²/n₂)² / (n₂ − 1)),
 * p-value and interval from Student's t with that (fractional) ν. This matches
 * scipy.stats.ttest_ind(candidate, baseline, equal_var=False).
 *
 * When both samples have zero variance the t statistic is undefined (scipy returns NaN); here a
 * zero difference gives p = 1 and a non-zero one p = 0, because runs that repeat exactly leave
 * no noise for the difference to hide in. The result says so with `degenerate: true`.
 */
export interface WelchResult {
  readonly method: 'welch-t'
  readonly baselineMean: number
  readonly candidateMean: number
  readonly baselineVariance: number
  readonly candidateVariance: number
  readonly baselineRuns: number
  readonly candidateRuns: number
  /** candidateMean − baselineMean */
  readonly delta: number
  readonly standardError: number
  readonly statistic: number
  readonly degreesOfFreedom: number
  readonly pValue: number
  readonly low: number
  readonly high: number
  readonly level: number
  readonly degenerate: boolean
}

export function welchTTest(
  baselineValues: ArrayLike<number>,
  candidateValues: ArrayLike<number>,
  options: { level?: number } = {}
): WelchResult {
  const level = confidenceLevel(options.level)
  const baseline = moments(baselineValues, 'baseline')
  const candidate = moments(candidateValues, 'candidate')
  const delta = candidate.mean - baseline.mean
  const baselineShare = baseline.variance / baseline.count
  const candidateShare = candidate.variance / candidate.count
  const squaredError = baselineShare + candidateShare
  const standardError = Math.sqrt(squaredError)
  const common = {
    method: 'welch-t' as const,
    baselineMean: baseline.mean,
    candidateMean: candidate.mean,
    baselineVariance: baseline.variance,
    candidateVariance: candidate.variance,
    baselineRuns: baseline.count,
    candidateRuns: candidate.count,
    delta,
    standardError,
    level
  }
  if (squaredError === 0) {
    return {
      ...common,
      statistic: delta === 0 ? 0 : Math.sign(delta) * Infinity,
      degreesOfFreedom: baseline.count + candidate.count - 2,
      pValue: delta === 0 ? 1 : 0,
      low: delta,
      high: delta,
      degenerate: true
    }
  }
  const degreesOfFreedom =
    (squaredError * squaredError) /
    ((baselineShare * baselineShare) / (baseline.count - 1) +
      (candidateShare * candidateShare) / (candidate.count - 1))
  const statistic = delta / standardError
  const margin = studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError
  return {
    ...common,
    statistic,
    degreesOfFreedom,
    pValue: studentTTwoSidedPValue(statistic, degreesOfFreedom),
    low: delta - margin,
    high: delta + margin,
    degenerate: false
  }
}

interface Moments {
  readonly count: number
  readonly mean: number
  readonly variance: number
}

function moments(values: ArrayLike<number>, side: string): Moments {
  const count = values.length
  if (count < 2) throw new RangeError(`Welch's t-test needs at least 2 ${side} runs, got ${count}`)
  let mean = 0
  for (let i = 0; i < count; i++) {
    const value = values[i] ?? NaN
    if (!Number.isFinite(value)) throw new RangeError(`${side} run ${i} is not a finite number`)
    mean += value
  }
  mean /= count
  let squares = 0
  for (let i = 0; i < count; i++) {
    const deviation = (values[i] ?? 0) - mean
    squares += deviation * deviation
  }
  return { count, mean, variance: squares / (count - 1) }
}
