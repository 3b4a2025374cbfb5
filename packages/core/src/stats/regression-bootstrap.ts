import { summariseDeltas, type MetricDelta } from './bootstrap-summary.js'
import type { BootstrapOptions } from './paired-bootstrap.js'
import { SeededRandom } from './random.js'
import { resamplingSettings } from './resampling-settings.js'

/**
 * Paired bootstrap over the residuals of two regression models on the same samples: MAE, MSE,
 * RMSE and R² (scikit-learn's r2_score: 1 − SSE/SST, SST around the resample's own mean) of both
 * models on each resample of the samples. O(n) per resample: these are not count metrics.
 */
export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2'] as const
export type RegressionMetric = (typeof REGRESSION_METRICS)[number]

export function bootstrapRegressionMetrics(
  truth: Float64Array,
  baseline: Float64Array,
  candidate: Float64Array,
  options: Omit<BootstrapOptions, 'interval' | 'keepDistribution'> = {}
): Map<RegressionMetric, MetricDelta> {
  const { resamples, level, seed } = resamplingSettings(options)
  const n = truth.length
  if (baseline.length !== n || candidate.length !== n)
    throw new RangeError('paired regression outputs differ in length')
  if (n < 2) throw new RangeError('a regression bootstrap needs at least two paired samples')
  const metricsOf = (pick: (draw: number) => number): Float64Array => {
    let absB = 0
    let absC = 0
    let sqB = 0
    let sqC = 0
    let sum = 0
    let sumSquares = 0
    for (let draw = 0; draw < n; draw++) {
      const i = pick(draw)
      const y = truth[i] ?? 0
      const eb = (baseline[i] ?? 0) - y
      const ec = (candidate[i] ?? 0) - y
      absB += Math.abs(eb)
      absC += Math.abs(ec)
      sqB += eb * eb
      sqC += ec * ec
      sum += y
      sumSquares += y * y
    }
    const sst = sumSquares - (sum * sum) / n
    // scikit-learn: R² of a constant truth is 1 for a perfect fit, else 0.
    const r2 = (sse: number): number => (sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0)
    return Float64Array.of(
      absB / n,
      absC / n,
      sqB / n,
      sqC / n,
      Math.sqrt(sqB / n),
      Math.sqrt(sqC / n),
      r2(sqB),
      r2(sqC)
    )
  }
  const observed = metricsOf((draw) => draw)
  const random = new SeededRandom(seed)
  const deltas = REGRESSION_METRICS.map(() => new Float64Array(resamples))
  for (let r = 0; r < resamples; r++) {
    const values = metricsOf(() => random.nextInt(n))
    REGRESSION_METRICS.forEach((_, m) => {
      const series = deltas[m]
      if (series) series[r] = (values[2 * m + 1] ?? 0) - (values[2 * m] ?? 0)
    })
  }
  const results = new Map<RegressionMetric, MetricDelta>()
  REGRESSION_METRICS.forEach((metric, m) => {
    results.set(
      metric,
      summariseDeltas(
        'paired-bootstrap',
        metric,
        observed[2 * m] ?? 0,
        observed[2 * m + 1] ?? 0,
        deltas[m] ?? new Float64Array(0),
        { level, seed, samples: n }
      )
    )
  })
  return results
}
