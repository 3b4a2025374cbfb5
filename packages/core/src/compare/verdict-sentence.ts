import { escapeText } from '../markdown/escape.js'
import { formatNumber } from '../markdown/number-format.js'
import { formatPValue, type MetricNumbers } from './metric-numbers.js'
import type { MetricComparison, Verdict } from './report.js'
import type { MetricsComparisonReport } from './report-envelope.js'

/** Metrics the sentence names before it says "and N more". */
const NAMED = 2

/**
 * What a reviewer reads first: the result and why, in one sentence, with the same numbers as the
 * table below it. "1 metric regressed significantly: accuracy -2.10 pp (95% CI -3.40 to -0.80 pp,
 * p = 0.002)"; "no gated metric regressed; 2 improved"; "first run, 12 metrics recorded".
 */
export function verdictSentence(
  report: MetricsComparisonReport,
  comparisons: readonly MetricComparison[],
  numbers: MetricNumbers
): string {
  const failing = comparisons.filter((metric) => metric.outcome === 'fail')
  if (failing.length > 0)
    return `${countOf(failing)} ${verbOf(failing)}: ${named(failing, numbers)}`
  const undecided = comparisons.filter((metric) => metric.outcome === 'inconclusive')
  if (undecided.length > 0) {
    const notSignificant = undecided.every((metric) => metric.verdict === 'no-significant-change')
    const what = notSignificant ? 'moved, but not significantly' : 'could not be decided'
    return `${countOf(undecided)} ${what}: ${named(undecided, numbers)}`
  }
  if (report.baseline.source === 'none') {
    const total = report.counts.total
    return `first run, ${total} metric${total === 1 ? '' : 's'} recorded; no baseline to compare with yet`
  }
  const { verdicts } = report.counts
  const warned = comparisons.filter((metric) => metric.outcome === 'warn').length
  const parts = [
    verdicts.improved > 0 ? `${verdicts.improved} improved` : '',
    warned > 0 ? `${warned} outside the gate moved the wrong way` : ''
  ].filter(Boolean)
  return `no gated metric regressed${parts.length > 0 ? `; ${parts.join(', ')}` : ''}`
}

function countOf(metrics: readonly MetricComparison[]): string {
  return `${metrics.length} metric${metrics.length === 1 ? '' : 's'}`
}

const VERBS: Partial<Record<Verdict, string>> = {
  regressed: 'regressed',
  'failed-bound': 'out of bounds',
  missing: 'missing',
  changed: 'changed'
}

function verbOf(metrics: readonly MetricComparison[]): string {
  const verdicts = new Set(metrics.map((metric) => metric.verdict))
  const [verdict] = verdicts
  const verb =
    verdicts.size === 1 && verdict !== undefined ? (VERBS[verdict] ?? 'failed') : 'failed'
  const significant = metrics.every((metric) => metric.significant === true)
  return significant ? `${verb} significantly` : verb
}

function named(metrics: readonly MetricComparison[], numbers: MetricNumbers): string {
  const shown = metrics.slice(0, NAMED).map((metric) => describe(metric, numbers))
  const more = metrics.length - NAMED
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

function describe(metric: MetricComparison, numbers: MetricNumbers): string {
  const name = escapeText(metric.name)
  if (metric.verdict === 'missing') return `${name} is missing`
  const delta = numbers.delta(metric)?.replace(/\u00A0\(.*\)$/, '')
  const interval = numbers.interval(metric)
  const level = metric.ci?.level
  const evidence = [
    interval ? `${level !== undefined ? `${formatNumber(level * 100)}% ` : ''}CI ${interval}` : '',
    metric.pValue !== undefined ? formatPValue(metric.pValue) : ''
  ].filter(Boolean)
  const values = `${numbers.value(metric, 'baseline') ?? '–'} → ${numbers.value(metric, 'candidate') ?? '–'}`
  const detail = evidence.length > 0 ? evidence.join(', ') : values
  return delta === undefined ? `${name} (${values})` : `${name} ${delta} (${detail})`
}
