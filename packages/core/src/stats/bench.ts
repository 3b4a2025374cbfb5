import { bootstrapCountMetricDelta, bootstrapCountMetricDeltaBySample } from './paired-bootstrap.js'
import { contingencyFromClassIndices } from './paired-contingency.js'
import { SeededRandom } from './random.js'

/**
 * Benchmark of the paired accuracy bootstrap: the multinomial version (O(cells) per resample)
 * against the textbook per-sample version (O(n) per resample) on the same synthetic data.
 * The per-sample version is timed on `naiveResamples` resamples (default: enough for ~10^7 draws,
 * at least 20) and extrapolated linearly to `resamples`; the result says so.
 */
export interface BootstrapBenchOptions {
  readonly samples: number
  readonly resamples: number
  readonly naiveResamples?: number
  readonly seed?: number
}

export interface BootstrapBenchResult {
  readonly samples: number
  readonly resamples: number
  /** Building the contingency table from per-sample arrays (O(n), once). */
  readonly tabulateMs: number
  readonly multinomialMs: number
  readonly naiveResamplesTimed: number
  readonly naiveMsMeasured: number
  /** naiveMsMeasured scaled to `resamples`. */
  readonly naiveMsExtrapolated: number
  readonly speedup: number
  readonly multinomialInterval: readonly [number, number]
  readonly naiveInterval: readonly [number, number]
}

export function benchBootstrap(options: BootstrapBenchOptions): BootstrapBenchResult {
  const { samples, resamples } = options
  const data = syntheticPairedClassifications(samples, options.seed ?? 7)
  const classes = ['0', '1']
  const tabulateStart = performance.now()
  const contingency = contingencyFromClassIndices(
    classes,
    data.truth,
    data.baseline,
    data.candidate
  )
  const tabulateMs = performance.now() - tabulateStart
  const multinomialStart = performance.now()
  const multinomial = bootstrapCountMetricDelta(contingency, 'accuracy', { resamples, seed: 1 })
  const multinomialMs = performance.now() - multinomialStart
  const naiveResamples = Math.min(
    resamples,
    options.naiveResamples ?? Math.max(20, Math.ceil(10_000_000 / samples))
  )
  const naiveStart = performance.now()
  const naive = bootstrapCountMetricDeltaBySample(
    classes,
    data.truth,
    data.baseline,
    data.candidate,
    'accuracy',
    { resamples: naiveResamples, seed: 1 }
  )
  const naiveMsMeasured = performance.now() - naiveStart
  const naiveMsExtrapolated = (naiveMsMeasured * resamples) / naiveResamples
  return {
    samples,
    resamples,
    tabulateMs,
    multinomialMs,
    naiveResamplesTimed: naiveResamples,
    naiveMsMeasured,
    naiveMsExtrapolated,
    speedup: naiveMsExtrapolated / multinomialMs,
    multinomialInterval: [multinomial.low, multinomial.high],
    naiveInterval: [naive.low, naive.high]
  }
}

/** Two correlated binary classifiers, ~85 % and ~86 % accurate. */
export function syntheticPairedClassifications(
  samples: number,
  seed: number
): { truth: Int32Array; baseline: Int32Array; candidate: Int32Array } {
  const random = new SeededRandom(seed)
  const truth = new Int32Array(samples)
  const baseline = new Int32Array(samples)
  const candidate = new Int32Array(samples)
  for (let i = 0; i < samples; i++) {
    const label = random.nextDouble() < 0.4 ? 1 : 0
    const hard = random.nextDouble() < 0.12
    const baselineRight = hard ? random.nextDouble() < 0.1 : random.nextDouble() < 0.95
    const candidateRight = hard ? random.nextDouble() < 0.15 : random.nextDouble() < 0.957
    truth[i] = label
    baseline[i] = baselineRight ? label : 1 - label
    candidate[i] = candidateRight ? label : 1 - label
  }
  return { truth, baseline, candidate }
}
