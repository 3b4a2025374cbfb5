import { details } from '../markdown/details.js'
import { escapeText } from '../markdown/escape.js'
import { table, type Cell } from '../markdown/table.js'
import { trustedMarkdown } from '../markdown/trusted.js'
import { CHART_COLORS, xyChart } from '../markdown/xy-chart.js'
import type { HistoryPoint } from './history.js'
import type { MetricNumbers } from './metric-numbers.js'
import { isRateMetric } from './rate-metric.js'
import type { MetricComparison } from './report.js'

export interface HistoryChartOptions {
  readonly history: readonly HistoryPoint[]
  /** The history point that is the baseline (its label gets marked), when known. */
  readonly baselineLabel?: string
  readonly maxCharts: number
  readonly significantDigits: number
}

/** Earlier points a chart shows at most: more x labels than this overlap at comment width. */
export const CHART_POINTS = 12
const SERIES_PER_CHART = CHART_COLORS.length
const LABEL_LENGTH = 10
/** The smallest y span of a proportion's chart (5 pp), so noise is not drawn as a cliff. */
const RATE_MIN_SPAN = 0.05
/** The smallest y span of any other chart, relative to the values' magnitude. */
const RELATIVE_MIN_SPAN = 0.05

/**
 * Trend charts of the headline metrics, folded: related metrics share one chart (proportions under
 * the same prefix, e.g. overall.precision/recall/f1, are drawn as lines of one xychart), the y-axis
 * spans at least a few points of the scale, the baseline's point is marked and the candidate is the
 * last one. Below each chart the same numbers as a table, for readers without mermaid.
 */
export function historyCharts(
  metrics: readonly MetricComparison[],
  numbers: MetricNumbers,
  options: HistoryChartOptions
): string {
  const history = options.history.slice(-CHART_POINTS)
  if (history.length === 0) return ''
  const groups = new Map<string, MetricComparison[]>()
  for (const metric of metrics) {
    if (typeof metric.candidate !== 'number') continue
    if (!history.some((point) => Object.hasOwn(point.metrics, metric.name))) continue
    const key = isRateMetric(metric) ? `rate:${prefixOf(metric.name)}` : `one:${metric.name}`
    const group = groups.get(key) ?? []
    if (group.length < SERIES_PER_CHART) group.push(metric)
    groups.set(key, group)
  }
  const labels = [
    ...history.map(
      (point) => shortLabel(point.label) + (point.label === options.baselineLabel ? ' (base)' : '')
    ),
    'candidate'
  ]
  const charts: string[] = []
  for (const group of [...groups.values()].slice(0, options.maxCharts)) {
    const series = group.map((metric) => ({
      name: metric.name,
      values: [
        ...history.map((point) => point.metrics[metric.name] ?? NaN),
        metric.candidate as number
      ]
    }))
    const chart = xyChart({
      title: group.length === 1 ? (group[0]?.name ?? '') : titleOf(group),
      xLabels: labels,
      series,
      yRange: yRange(
        series.flatMap((each) => each.values),
        group.every((metric) => isRateMetric(metric))
      ),
      significantDigits: options.significantDigits
    })
    if (chart === '') continue
    const legend =
      group.length > 1
        ? `\n\n${group.map((metric, index) => `${colorName(index)} ${escapeText(metric.name)}`).join(' · ')}`
        : ''
    charts.push(`${chart}${legend}\n\n${fallbackTable(group, labels, history, numbers)}`)
  }
  if (charts.length === 0) return ''
  return details(
    `History (${history.length} earlier point${history.length === 1 ? '' : 's'})`,
    charts.join('\n\n'),
    { open: false }
  )
}

function prefixOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(0, dot)
}

function titleOf(group: readonly MetricComparison[]): string {
  const prefix = prefixOf(group[0]?.name ?? '')
  const fields = group.map((metric) => metric.name.slice(prefix === '' ? 0 : prefix.length + 1))
  return prefix === '' ? fields.join(', ') : `${prefix}: ${fields.join(', ')}`
}

function shortLabel(label: string): string {
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1)}…`
}

const COLOR_NAMES = ['blue', 'red', 'green', 'yellow', 'purple']

function colorName(index: number): string {
  return `<b>${COLOR_NAMES[index] ?? ''}</b>`
}

function yRange(
  values: readonly number[],
  proportion: boolean
): { min: number; max: number } | undefined {
  const finite = values.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return undefined
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  const magnitude = Math.max(Math.abs(low), Math.abs(high))
  const minSpan = proportion ? RATE_MIN_SPAN : magnitude === 0 ? 1 : magnitude * RELATIVE_MIN_SPAN
  const span = Math.max(high - low, minSpan) * 1.2
  let min = (low + high) / 2 - span / 2
  let max = min + span
  if (proportion) {
    if (min < 0) [min, max] = [0, Math.min(1, span)]
    if (max > 1) [min, max] = [Math.max(0, 1 - span), 1]
  } else if (low >= 0 && min < 0) {
    ;[min, max] = [0, span]
  }
  const step = 10 ** Math.floor(Math.log10(span / 10))
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step }
}

function fallbackTable(
  group: readonly MetricComparison[],
  labels: readonly string[],
  history: readonly HistoryPoint[],
  numbers: MetricNumbers
): string {
  const rows = labels.map((label, index): Cell[] => [
    label,
    ...group.map((metric): Cell => {
      const value =
        index < history.length ? history[index]?.metrics[metric.name] : (metric.candidate as number)
      if (value === undefined) return undefined
      const text = numbers.value({ ...metric, candidate: value }, 'candidate')
      return text === undefined ? undefined : trustedMarkdown(text)
    })
  ])
  return table(['', ...group.map((metric) => metric.name)], rows, [
    'left',
    ...group.map(() => 'right' as const)
  ])
}
