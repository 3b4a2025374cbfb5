import type { BootstrapDelta } from './bootstrap-delta.js'
import { percentileInterval } from './bootstrap-interval.js'

/**
 * What a paired bootstrap says about one metric's delta: the percentile interval, the standard
 * error of the resampled deltas and the bootstrap test of Δ = 0, whose p-value is the share of
 * resampled deltas, centred on the observed delta, at least as far from it as the observed delta
 * is from 0 ((1 + count) / (1 + resamples), so never 0).
 */
export interface MetricDelta extends BootstrapDelta {
  readonly pValue: number
}

/** Interval, standard error and bootstrap p-value of a distribution of resampled deltas. */
export function summariseDeltas(
  method: MetricDelta['method'],
  statistic: string,
  baseline: number,
  candidate: number,
  distribution: Float64Array,
  settings: { readonly level: number; readonly seed: number; readonly samples: number }
): MetricDelta {
  const delta = candidate - baseline
  const resamples = distribution.length
  let sum = 0
  for (let r = 0; r < resamples; r++) sum += distribution[r] ?? 0
  const mean = sum / resamples
  let squares = 0
  let asFar = 0
  const distance = Math.abs(delta)
  for (let r = 0; r < resamples; r++) {
    const value = distribution[r] ?? 0
    squares += (value - mean) * (value - mean)
    // Tiny slack: a resample equal to the observed delta up to rounding counts as "as far".
    if (Math.abs(value - delta) >= distance * (1 - 1e-12)) asFar += 1
  }
  distribution.sort()
  const interval = percentileInterval(distribution, settings.level)
  return {
    method,
    statistic,
    baseline,
    candidate,
    delta,
    low: interval.low,
    high: interval.high,
    level: settings.level,
    pValue: (1 + asFar) / (1 + resamples),
    standardError: resamples > 1 ? Math.sqrt(squares / (resamples - 1)) : 0,
    resamples,
    seed: settings.seed,
    samples: settings.samples
  }
}
