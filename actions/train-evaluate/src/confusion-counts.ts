import { ConfigurationError } from '@ml-actions/core/errors'
import { contingencyFromCells, reduceForMetric, type CountMetric } from '@ml-actions/core/stats'
import type { PredictionSet } from '@ml-actions/core/stats'

/** Counts of (true class, predicted class): rows are the truth, columns the prediction. */
export interface ConfusionCounts {
  readonly classes: readonly string[]
  readonly matrix: ReadonlyArray<readonly number[]>
}

export interface PerClassCounts {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly support: number
}

export interface CountedMetrics {
  /** Flat metric name -> value, names prefixed with `counts.`. */
  readonly metrics: Record<string, number>
  readonly perClass: Record<string, PerClassCounts>
}

export const COUNTED_PREFIX = 'counts.'

export function confusionFromPredictions(predictions: PredictionSet): ConfusionCounts {
  const { labels, predictions: predicted, source } = predictions
  if (!labels || !predicted) {
    throw new ConfigurationError(
      `${source}: predictions need a label and a prediction per sample to count a confusion matrix`,
      'predictions'
    )
  }
  const classes = [...new Set([...labels, ...predicted])].sort(compareClassNames)
  const index = new Map(classes.map((name, i) => [name, i]))
  const matrix = classes.map(() => classes.map(() => 0))
  for (let i = 0; i < labels.length; i++) {
    const row = matrix[index.get(labels[i] as string) as number] as number[]
    const column = index.get(predicted[i] as string) as number
    row[column] = (row[column] ?? 0) + 1
  }
  return { classes, matrix }
}

/**
 * Sums the confusion matrices of disjoint shards of one evaluation set. Metrics computed from the
 * sum equal those of one run over the whole set; averaging per-shard accuracies or F1 scores
 * would not (shards differ in size and class mix).
 */
export function sumConfusions(parts: readonly ConfusionCounts[]): ConfusionCounts {
  const classes = [...new Set(parts.flatMap((part) => part.classes))].sort(compareClassNames)
  const index = new Map(classes.map((name, i) => [name, i]))
  const matrix = classes.map(() => classes.map(() => 0))
  for (const part of parts) {
    part.classes.forEach((truth, r) => {
      part.classes.forEach((predicted, c) => {
        const row = matrix[index.get(truth) as number] as number[]
        const column = index.get(predicted) as number
        row[column] = (row[column] ?? 0) + (part.matrix[r]?.[c] ?? 0)
      })
    })
  }
  return { classes, matrix }
}

const MACRO_METRICS: ReadonlyArray<[CountMetric, string]> = [
  ['accuracy', 'accuracy'],
  ['macro-precision', 'macro_precision'],
  ['macro-recall', 'macro_recall'],
  ['macro-f1', 'macro_f1']
]

/**
 * Accuracy and macro averages through the shared count-metric code (one model: baseline and
 * candidate are the same predictions), per-class and support-weighted scores as scikit-learn's
 * classification_report computes them.
 */
export function metricsFromConfusion(confusion: ConfusionCounts): CountedMetrics {
  const cells = confusion.classes.flatMap((truth, r) =>
    confusion.classes.map((predicted, c) => ({
      truth,
      baseline: predicted,
      candidate: predicted,
      count: confusion.matrix[r]?.[c] ?? 0
    }))
  )
  const contingency = contingencyFromCells(cells)
  const metrics: Record<string, number> = {}
  const total = contingency.total
  metrics[`${COUNTED_PREFIX}num_samples`] = total
  if (total === 0) return { metrics, perClass: {} }
  for (const [metric, name] of MACRO_METRICS) {
    const reduced = reduceForMetric(contingency, metric)
    metrics[`${COUNTED_PREFIX}${name}`] = reduced.evaluate(reduced.counts).candidate
  }
  const perClass: Record<string, PerClassCounts> = {}
  let weightedPrecision = 0
  let weightedRecall = 0
  let weightedF1 = 0
  confusion.classes.forEach((name, k) => {
    const truePositives = confusion.matrix[k]?.[k] ?? 0
    const support = sum(confusion.matrix[k] ?? [])
    const predicted = sum(confusion.matrix.map((row) => row[k] ?? 0))
    const precision = ratio(truePositives, predicted)
    const recall = ratio(truePositives, support)
    const f1 = ratio(2 * truePositives, predicted + support)
    perClass[name] = { precision, recall, f1, support }
    weightedPrecision += precision * support
    weightedRecall += recall * support
    weightedF1 += f1 * support
  })
  metrics[`${COUNTED_PREFIX}weighted_precision`] = weightedPrecision / total
  metrics[`${COUNTED_PREFIX}weighted_recall`] = weightedRecall / total
  metrics[`${COUNTED_PREFIX}weighted_f1`] = weightedF1 / total
  return { metrics, perClass }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0
}

/** Numeric class names in numeric order (2 before 10), others after, alphabetically. */
function compareClassNames(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  const numeric = (value: number, text: string) => text.trim() !== '' && Number.isFinite(value)
  if (numeric(x, a) && numeric(y, b)) return x - y || (a < b ? -1 : a > b ? 1 : 0)
  if (numeric(x, a)) return -1
  if (numeric(y, b)) return 1
  return a < b ? -1 : a > b ? 1 : 0
}
