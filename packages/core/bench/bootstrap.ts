import {
  bootstrapCountMetricDelta,
  bootstrapCountMetricDeltaBySample
} from '../src/stats/paired-bootstrap.js'
import { bootstrapClassificationReport } from '../src/stats/classification-bootstrap.js'
import { ClassTallies, reportMetricIds } from '../src/stats/classification-report-metrics.js'
import { cellOfEachSample, contingencyFromClassIndices } from '../src/stats/paired-contingency.js'
import { SeededRandom } from '../src/stats/random.js'

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

export interface ReportBenchResult {
  readonly samples: number
  readonly classes: number
  readonly metrics: number
  readonly cells: number
  readonly resamples: number
  /** CPU milliseconds, like every time of this result. */
  readonly tabulateMs: number
  /** Median over the timed runs. */
  readonly multinomialMs: number
  readonly multinomialRunsMs: readonly number[]
  readonly perSampleResamplesTimed: number
  readonly perSampleMsMeasured: number
  readonly perSampleMsExtrapolated: number
  readonly weightedF1: {
    readonly multinomial: readonly [number, number]
    readonly perSample: readonly [number, number]
  }
}

/**
 * Every count metric of a `classes`-class report (accuracy, per-class precision/recall/F1, macro,
 * weighted and micro averages) bootstrapped together: one multinomial draw of the contingency
 * cells per resample, against the textbook bootstrap that draws n sample indices per resample
 * and tallies them (timed on a few resamples, extrapolated linearly).
 */
export function benchClassificationReport(options: {
  readonly samples: number
  readonly classes: number
  readonly resamples: number
  readonly perSampleResamples: number
  /** Timed runs of the multinomial bootstrap (after one warm-up); the median is reported. */
  readonly runs?: number
}): ReportBenchResult {
  const { samples, resamples } = options
  const classNames = Array.from({ length: options.classes }, (_, k) => `class_${k}`)
  const random = new SeededRandom(11)
  const truth = new Int32Array(samples)
  const baseline = new Int32Array(samples)
  const candidate = new Int32Array(samples)
  for (let i = 0; i < samples; i++) {
    const label = random.nextInt(options.classes)
    const hard = random.nextDouble() < 0.1
    truth[i] = label
    baseline[i] = !hard && random.nextDouble() < 0.95 ? label : random.nextInt(options.classes)
    candidate[i] = !hard && random.nextDouble() < 0.955 ? label : random.nextInt(options.classes)
  }
  const tabulateStart = process.cpuUsage()
  const contingency = contingencyFromClassIndices(classNames, truth, baseline, candidate)
  const tabulateMs = cpuMsSince(tabulateStart)
  // CPU time, not wall-clock: the machine is shared, and the median of a few runs.
  const multinomialRuns: number[] = []
  let report = bootstrapClassificationReport(contingency, { resamples, seed: 1 })
  for (let run = 0; run < (options.runs ?? 3); run++) {
    const started = process.cpuUsage()
    report = bootstrapClassificationReport(contingency, { resamples, seed: 1 })
    multinomialRuns.push(cpuMsSince(started))
  }
  const multinomialMs = median(multinomialRuns)

  const perSampleStart = process.cpuUsage()
  const cellOfSample = cellOfEachSample(contingency, truth, baseline, candidate)
  const ids = reportMetricIds(classNames)
  const tallies = new ClassTallies(options.classes)
  const values = new Float64Array(2 * ids.length)
  const counts = new Float64Array(contingency.counts.length)
  const weighted = ids.indexOf('weighted-f1')
  const deltas = new Float64Array(options.perSampleResamples)
  const draws = new SeededRandom(2)
  for (let r = 0; r < options.perSampleResamples; r++) {
    counts.fill(0)
    for (let draw = 0; draw < samples; draw++) {
      const cell = cellOfSample[draws.nextInt(samples)] ?? 0
      counts[cell] = (counts[cell] ?? 0) + 1
    }
    tallies.tally(counts, contingency.truth, contingency.baseline, contingency.candidate)
    tallies.evaluate(values)
    deltas[r] = (values[2 * weighted + 1] ?? 0) - (values[2 * weighted] ?? 0)
  }
  const perSampleMsMeasured = cpuMsSince(perSampleStart)
  deltas.sort()
  const weightedF1 = report.get('weighted-f1')
  return {
    samples,
    classes: options.classes,
    metrics: ids.length,
    cells: contingency.counts.length,
    resamples,
    tabulateMs,
    multinomialMs,
    multinomialRunsMs: multinomialRuns,
    perSampleResamplesTimed: options.perSampleResamples,
    perSampleMsMeasured,
    perSampleMsExtrapolated: (perSampleMsMeasured * resamples) / options.perSampleResamples,
    weightedF1: {
      multinomial: [weightedF1?.low ?? NaN, weightedF1?.high ?? NaN],
      perSample: [deltas[0] ?? NaN, deltas[deltas.length - 1] ?? NaN]
    }
  }
}

function cpuMsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
