import { loweredWords } from './direction.js'
import type { MetricComparison, ReportNumber } from './report.js'

/**
 * Words that name a proportion (a value from 0 to 1). A change of such a metric is read in
 * percentage points (0.9444 → 0.9481 is +0.37 pp): "+0.39%" of a rate is a relative change that
 * readers take for the absolute one.
 */
const RATE_WORDS = new Set([
  'accuracy',
  'acc',
  'precision',
  'recall',
  'f1',
  'f1score',
  'fscore',
  'auc',
  'roc',
  'pr',
  'iou',
  'miou',
  'map',
  'dice',
  'jaccard',
  'specificity',
  'sensitivity',
  'rate',
  'fpr',
  'fnr',
  'tpr',
  'tnr',
  'wer',
  'cer',
  'eer',
  'top1',
  'top5'
])

/** Whether the metric is a proportion by its name and both its values lie in [0, 1]. */
export function isRateMetric(
  metric: Pick<MetricComparison, 'name' | 'baseline' | 'candidate'>
): boolean {
  const inUnitRange = (value: ReportNumber | null): boolean =>
    value === null || (typeof value === 'number' && value >= 0 && value <= 1)
  if (!inUnitRange(metric.baseline) || !inUnitRange(metric.candidate)) return false
  if (metric.baseline === null && metric.candidate === null) return false
  return RATE_WORD.test(loweredWords(metric.name))
}

// A word of the name (as nameWords splits it) that is a rate word, as one regex: this runs per
// metric, 10^5 times, where splitting into an array of words did not pay.
const RATE_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${[...RATE_WORDS].join('|')})(?![a-z0-9])`)
