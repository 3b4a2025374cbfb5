import type { PairedContingency } from './paired-contingency.js'
import { choosePositiveClass } from './positive-class.js'

/**
 * Count-based classification metrics of two models scored on the same samples, computed from
 * contingency cells. Each metric first reduces the (truth, baseline, candidate) table to the
 * fewest cells that still determine it: accuracy needs 4 (both right, only baseline right, only
 * candidate right, both wrong), binary precision/recall/F1 need the 8 combinations of
 * "is positive", macro averages need the full table. Conventions follow scikit-learn:
 * an undefined ratio (0/0) counts as 0, and macro averages run over the classes that occur in
 * the truth or in that model's predictions.
 */
export type CountMetric =
  | 'accuracy'
  | 'error-rate'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'macro-precision'
  | 'macro-recall'
  | 'macro-f1'

export const COUNT_METRICS: readonly CountMetric[] = [
  'accuracy',
  'error-rate',
  'precision',
  'recall',
  'f1',
  'macro-precision',
  'macro-recall',
  'macro-f1'
]

export interface CountMetricOptions {
  /** The positive class of binary precision/recall/F1; see positive-class.ts for the default. */
  readonly positiveClass?: string
}

export interface MetricPair {
  readonly baseline: number
  readonly candidate: number
}

export interface ReducedContingency {
  readonly metric: CountMetric
  readonly total: number
  /** Observed counts of the reduced cells. */
  readonly counts: Float64Array
  /** Reduced cell of each cell of the original contingency. */
  readonly cellOfOriginal: Int32Array
  /** The metric of both models for any counts over the reduced cells (e.g. a resample). */
  evaluate(counts: ArrayLike<number>): MetricPair
}

export function reduceForMetric(
  contingency: PairedContingency,
  metric: CountMetric,
  options: CountMetricOptions = {}
): ReducedContingency {
  switch (metric) {
    case 'accuracy':
    case 'error-rate':
      return reduceForAccuracy(contingency, metric)
    case 'precision':
    case 'recall':
    case 'f1':
      return reduceForBinary(contingency, metric, positiveClassIndex(contingency, options))
    case 'macro-precision':
    case 'macro-recall':
    case 'macro-f1':
      return reduceForMacro(contingency, metric)
  }
}

function reduceForAccuracy(
  contingency: PairedContingency,
  metric: 'accuracy' | 'error-rate'
): ReducedContingency {
  const { cellOfOriginal, counts } = mergeCells(contingency, 4, (cell) => {
    const truth = contingency.truth[cell]
    const baselineRight = contingency.baseline[cell] === truth
    const candidateRight = contingency.candidate[cell] === truth
    return baselineRight ? (candidateRight ? 0 : 1) : candidateRight ? 2 : 3
  })
  const sign = metric === 'accuracy' ? 1 : -1
  const offset = metric === 'accuracy' ? 0 : 1
  return {
    metric,
    total: contingency.total,
    counts,
    cellOfOriginal,
    evaluate(cells) {
      const both = cells[0] ?? 0
      const onlyBaseline = cells[1] ?? 0
      const onlyCandidate = cells[2] ?? 0
      const total = both + onlyBaseline + onlyCandidate + (cells[3] ?? 0)
      return {
        baseline: offset + (sign * (both + onlyBaseline)) / total,
        candidate: offset + (sign * (both + onlyCandidate)) / total
      }
    }
  }
}

// Reduced cell index bits: 4 = truth is positive, 2 = baseline predicts positive, 1 = candidate does.
function reduceForBinary(
  contingency: PairedContingency,
  metric: 'precision' | 'recall' | 'f1',
  positive: number
): ReducedContingency {
  const { cellOfOriginal, counts } = mergeCells(
    contingency,
    8,
    (cell) =>
      (contingency.truth[cell] === positive ? 4 : 0) +
      (contingency.baseline[cell] === positive ? 2 : 0) +
      (contingency.candidate[cell] === positive ? 1 : 0)
  )
  const score = binaryScore(metric)
  return {
    metric,
    total: contingency.total,
    counts,
    cellOfOriginal,
    evaluate(cells) {
      const c = (index: number): number => cells[index] ?? 0
      return {
        baseline: score(c(6) + c(7), c(2) + c(3), c(4) + c(5)),
        candidate: score(c(5) + c(7), c(1) + c(3), c(4) + c(6))
      }
    }
  }
}

/** The contingency's cells merged into `size` reduced cells, each original cell into `reducedCellOf`. */
function mergeCells(
  contingency: PairedContingency,
  size: number,
  reducedCellOf: (cell: number) => number
): { cellOfOriginal: Int32Array; counts: Float64Array } {
  const cellOfOriginal = new Int32Array(contingency.counts.length)
  const counts = new Float64Array(size)
  for (let cell = 0; cell < cellOfOriginal.length; cell++) {
    const reduced = reducedCellOf(cell)
    cellOfOriginal[cell] = reduced
    counts[reduced] = (counts[reduced] ?? 0) + (contingency.counts[cell] ?? 0)
  }
  return { cellOfOriginal, counts }
}

type Score = (truePositives: number, falsePositives: number, falseNegatives: number) => number

function binaryScore(metric: 'precision' | 'recall' | 'f1'): Score {
  switch (metric) {
    case 'precision':
      return (tp, fp) => ratio(tp, tp + fp)
    case 'recall':
      return (tp, _fp, fn) => ratio(tp, tp + fn)
    case 'f1':
      return (tp, fp, fn) => ratio(2 * tp, 2 * tp + fp + fn)
  }
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0
}

function reduceForMacro(
  contingency: PairedContingency,
  metric: 'macro-precision' | 'macro-recall' | 'macro-f1'
): ReducedContingency {
  const classCount = contingency.classes.length
  const cellCount = contingency.counts.length
  const score = binaryScore(
    metric === 'macro-precision' ? 'precision' : metric === 'macro-recall' ? 'recall' : 'f1'
  )
  const truthCount = new Float64Array(classCount)
  const predicted = [new Float64Array(classCount), new Float64Array(classCount)] as const
  const hits = [new Float64Array(classCount), new Float64Array(classCount)] as const
  const macro = (model: 0 | 1): number => {
    const predictedCount = predicted[model]
    const hitCount = hits[model]
    let sum = 0
    let present = 0
    for (let k = 0; k < classCount; k++) {
      const truthK = truthCount[k] ?? 0
      const predictedK = predictedCount[k] ?? 0
      if (truthK === 0 && predictedK === 0) continue
      const tp = hitCount[k] ?? 0
      sum += score(tp, predictedK - tp, truthK - tp)
      present += 1
    }
    return present > 0 ? sum / present : 0
  }
  return {
    metric,
    total: contingency.total,
    counts: Float64Array.from(contingency.counts),
    cellOfOriginal: Int32Array.from({ length: cellCount }, (_, cell) => cell),
    evaluate(cells) {
      truthCount.fill(0)
      for (const array of [...predicted, ...hits]) array.fill(0)
      for (let cell = 0; cell < cellCount; cell++) {
        const count = cells[cell] ?? 0
        if (count === 0) continue
        const truth = contingency.truth[cell] ?? 0
        const baseline = contingency.baseline[cell] ?? 0
        const candidate = contingency.candidate[cell] ?? 0
        truthCount[truth] = (truthCount[truth] ?? 0) + count
        predicted[0][baseline] = (predicted[0][baseline] ?? 0) + count
        predicted[1][candidate] = (predicted[1][candidate] ?? 0) + count
        if (baseline === truth) hits[0][truth] = (hits[0][truth] ?? 0) + count
        if (candidate === truth) hits[1][truth] = (hits[1][truth] ?? 0) + count
      }
      return { baseline: macro(0), candidate: macro(1) }
    }
  }
}

function positiveClassIndex(contingency: PairedContingency, options: CountMetricOptions): number {
  const positive = choosePositiveClass(contingency.classes, options.positiveClass)
  return contingency.classes.indexOf(positive)
}
