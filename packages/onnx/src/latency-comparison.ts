import { nearestRank, sortedCopy } from './percentile.js'

export type LatencyVerdict = 'pass' | 'fail' | 'inconclusive'

export interface LatencyComparison {
  readonly verdict: LatencyVerdict
  /** candidate median / baseline median. */
  readonly medianRatio: number
  readonly p95Ratio: number
  readonly tolerance: number
  readonly candidateMedianInterval: [number, number]
  readonly baselineMedianInterval: [number, number]
  readonly reason: string
}

/**
 * Compare medians with distribution-free 95% confidence intervals (order statistics around n/2).
 * Within tolerance → pass; beyond it and the intervals are separated by more than the tolerance →
 * fail; beyond it on the point estimate only → inconclusive (noise could explain it).
 */
export function compareLatency(
  candidateMs: readonly number[],
  baselineMs: readonly number[],
  tolerance: number
): LatencyComparison {
  const candidate = sortedCopy(candidateMs)
  const baseline = sortedCopy(baselineMs)
  const candidateMedian = nearestRank(candidate, 50)
  const baselineMedian = nearestRank(baseline, 50)
  const medianRatio = candidateMedian / baselineMedian
  const p95Ratio = nearestRank(candidate, 95) / nearestRank(baseline, 95)
  const candidateInterval = medianInterval(candidate)
  const baselineInterval = medianInterval(baseline)
  const allowed = 1 + tolerance
  const percent = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)}%`
  let verdict: LatencyVerdict
  let reason: string
  if (medianRatio <= allowed) {
    verdict = 'pass'
    reason = `median latency changed by ${percent(medianRatio)}, within +${(tolerance * 100).toFixed(0)}%`
  } else if (candidateInterval[0] > baselineInterval[1] * allowed) {
    verdict = 'fail'
    reason = `median latency is ${percent(medianRatio)} slower than the baseline, beyond +${(tolerance * 100).toFixed(0)}% and outside the noise`
  } else {
    verdict = 'inconclusive'
    reason = `median latency is ${percent(medianRatio)} slower than the baseline, but the 95% intervals overlap within the tolerance`
  }
  return {
    verdict,
    medianRatio,
    p95Ratio,
    tolerance,
    candidateMedianInterval: candidateInterval,
    baselineMedianInterval: baselineInterval,
    reason
  }
}

/** Ranks n/2 ± 1.96·√n/2 (normal approximation to the binomial), clamped to the sample. */
export function medianInterval(sorted: Float64Array): [number, number] {
  const n = sorted.length
  if (n === 0) return [NaN, NaN]
  const spread = (1.96 * Math.sqrt(n)) / 2
  const lower = Math.max(1, Math.floor(n / 2 - spread))
  const upper = Math.min(n, Math.ceil(n / 2 + spread) + 1)
  return [sorted[lower - 1] as number, sorted[upper - 1] as number]
}
