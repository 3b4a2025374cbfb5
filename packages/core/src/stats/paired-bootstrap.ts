import {
  bcaInterval,
  percentileInterval,
  type Interval,
  type IntervalMethod
} from './bootstrap-interval.js'
import { reduceForMetric, type CountMetric, type CountMetricOptions } from './count-metrics.js'
import { sampleMultinomial } from './multinomial-sampler.js'
import {
  cellOfEachSample,
  contingencyFromClassIndices,
  type PairedContingency
} from './paired-contingency.js'
import { SeededRandom } from './random.js'
import { resamplingSettings, type ResamplingSettings } from './resampling-settings.js'
import type { BootstrapDelta, BootstrapMethod } from './bootstrap-delta.js'

/**
 * Paired bootstrap of the difference candidate − baseline of one metric, both models scored on
 * the same samples, so the pairing (and the correlation it carries) survives every resample.
 *
 * For count-based metrics, drawing n samples with replacement from n observations yields cell
 * counts distributed exactly Multinomial(n, observed cell shares). Drawing those counts directly
 * (`bootstrapCountMetricDelta`) is the same bootstrap at O(cells) per resample instead of O(n).
 * `bootstrapCountMetricDeltaBySample` is the textbook O(n) version, kept as the reference the
 * tests and benchmarks compare against.
 */
export interface BootstrapOptions {
  readonly resamples?: number
  /** Confidence level of the interval, in (0, 1). */
  readonly level?: number
  readonly seed?: number
  readonly interval?: IntervalMethod
  /** Return the sorted resampled deltas (tests, plots). */
  readonly keepDistribution?: boolean
}

export type { BootstrapMethod } from './bootstrap-delta.js'

export interface BootstrapResult extends BootstrapDelta {
  readonly interval: IntervalMethod
  readonly distribution?: Float64Array
}

interface Settings extends ResamplingSettings {
  readonly interval: IntervalMethod
  readonly keepDistribution: boolean
}

function settingsOf(options: BootstrapOptions): Settings {
  return {
    ...resamplingSettings(options),
    interval: options.interval ?? 'percentile',
    keepDistribution: options.keepDistribution ?? false
  }
}

export function bootstrapCountMetricDelta(
  contingency: PairedContingency,
  metric: CountMetric,
  options: BootstrapOptions & CountMetricOptions = {}
): BootstrapResult {
  const settings = settingsOf(options)
  const total = contingency.total
  if (total < 1) throw new RangeError('bootstrap needs at least one paired sample')
  const reduced = reduceForMetric(contingency, metric, options)
  const probabilities = reduced.counts.map((count) => count / total)
  const observed = reduced.evaluate(reduced.counts)
  const random = new SeededRandom(settings.seed)
  const counts = new Float64Array(reduced.counts.length)
  const deltas = new Float64Array(settings.resamples)
  for (let r = 0; r < settings.resamples; r++) {
    sampleMultinomial(random, total, probabilities, counts)
    const pair = reduced.evaluate(counts)
    deltas[r] = pair.candidate - pair.baseline
  }
  const jackknife = (): { values: Float64Array; weights: Float64Array } => {
    const values = new Float64Array(reduced.counts.length)
    const leaveOneOut = Float64Array.from(reduced.counts)
    for (let cell = 0; cell < values.length; cell++) {
      if ((reduced.counts[cell] ?? 0) === 0) continue
      leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) - 1
      const pair = reduced.evaluate(leaveOneOut)
      values[cell] = pair.candidate - pair.baseline
      leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) + 1
    }
    return { values, weights: reduced.counts }
  }
  return summarise(
    'paired-bootstrap-multinomial',
    metric,
    observed,
    observed.candidate - observed.baseline,
    deltas,
    settings,
    total,
    jackknife
  )
}

/** The O(n)-per-resample bootstrap of the same statistic: draw samples, then count cells. */
export function bootstrapCountMetricDeltaBySample(
  classes: readonly string[],
  truth: ArrayLike<number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
  metric: CountMetric,
  options: BootstrapOptions & CountMetricOptions = {}
): BootstrapResult {
  const settings = settingsOf(options)
  const contingency = contingencyFromClassIndices(classes, truth, baseline, candidate)
  const total = contingency.total
  if (total < 1) throw new RangeError('bootstrap needs at least one paired sample')
  const reduced = reduceForMetric(contingency, metric, options)
  const originalCells = cellOfEachSample(contingency, truth, baseline, candidate)
  const reducedCellOfSample = originalCells.map((cell) => reduced.cellOfOriginal[cell] ?? 0)
  const observed = reduced.evaluate(reduced.counts)
  const random = new SeededRandom(settings.seed)
  const counts = new Float64Array(reduced.counts.length)
  const deltas = new Float64Array(settings.resamples)
  for (let r = 0; r < settings.resamples; r++) {
    counts.fill(0)
    for (let draw = 0; draw < total; draw++) {
      const cell = reducedCellOfSample[random.nextInt(total)] ?? 0
      counts[cell] = (counts[cell] ?? 0) + 1
    }
    const pair = reduced.evaluate(counts)
    deltas[r] = pair.candidate - pair.baseline
  }
  const jackknife = (): { values: Float64Array; weights: Float64Array } => {
    throw new RangeError('the per-sample reference bootstrap computes percentile intervals only')
  }
  return summarise(
    'paired-bootstrap',
    metric,
    observed,
    observed.candidate - observed.baseline,
    deltas,
    settings,
    total,
    jackknife
  )
}

/**
 * Paired bootstrap of the mean of a per-sample quantity (loss, squared error, latency): the delta
 * is mean(candidateᵢ − baselineᵢ). Generic, so O(n) per resample.
 */
export function bootstrapMeanDelta(
  baselineValues: ArrayLike<number>,
  candidateValues: ArrayLike<number>,
  options: BootstrapOptions = {}
): BootstrapResult {
  const settings = settingsOf(options)
  const total = baselineValues.length
  if (candidateValues.length !== total) {
    throw new RangeError(
      `paired values differ in length: baseline ${total}, candidate ${candidateValues.length}`
    )
  }
  if (total < 1) throw new RangeError('bootstrap needs at least one paired sample')
  const differences = new Float64Array(total)
  let baselineSum = 0
  let candidateSum = 0
  let differenceSum = 0
  for (let i = 0; i < total; i++) {
    const b = baselineValues[i] ?? NaN
    const c = candidateValues[i] ?? NaN
    if (!Number.isFinite(b) || !Number.isFinite(c)) {
      throw new RangeError(`per-sample value ${i} is not a finite number`)
    }
    baselineSum += b
    candidateSum += c
    differences[i] = c - b
    differenceSum += c - b
  }
  const observed = { baseline: baselineSum / total, candidate: candidateSum / total }
  const random = new SeededRandom(settings.seed)
  const deltas = new Float64Array(settings.resamples)
  for (let r = 0; r < settings.resamples; r++) {
    let sum = 0
    for (let draw = 0; draw < total; draw++) sum += differences[random.nextInt(total)] ?? 0
    deltas[r] = sum / total
  }
  const jackknife = (): { values: Float64Array; weights: Float64Array } => ({
    values: differences.map((difference) => (differenceSum - difference) / (total - 1)),
    weights: new Float64Array(total).fill(1)
  })
  const delta = differenceSum / total
  return summarise('paired-bootstrap', 'mean', observed, delta, deltas, settings, total, jackknife)
}

function summarise(
  method: BootstrapMethod,
  statistic: string,
  observed: { baseline: number; candidate: number },
  delta: number,
  deltas: Float64Array,
  settings: Settings,
  samples: number,
  jackknife: () => { values: Float64Array; weights: Float64Array }
): BootstrapResult {
  deltas.sort()
  const interval: Interval =
    settings.interval === 'bca' && samples > 1
      ? bcaInterval(deltas, delta, jackknife(), settings.level)
      : percentileInterval(deltas, settings.level)
  return {
    method,
    statistic,
    baseline: observed.baseline,
    candidate: observed.candidate,
    delta,
    low: interval.low,
    high: interval.high,
    level: settings.level,
    interval: interval.interval,
    resamples: settings.resamples,
    standardError: standardDeviation(deltas),
    seed: settings.seed,
    samples,
    ...(settings.keepDistribution ? { distribution: deltas } : {})
  }
}

function standardDeviation(values: Float64Array): number {
  if (values.length < 2) return 0
  let mean = 0
  for (let i = 0; i < values.length; i++) mean += values[i] ?? 0
  mean /= values.length
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const deviation = (values[i] ?? 0) - mean
    squares += deviation * deviation
  }
  return Math.sqrt(squares / (values.length - 1))
}
