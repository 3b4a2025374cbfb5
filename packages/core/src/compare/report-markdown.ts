import { details } from '../markdown/details.js'
import { escapeHtml, escapeText } from '../markdown/escape.js'
import { inlineCode } from '../markdown/code.js'
import {
  formatNumber,
  formatPercentChange,
  formatSigned,
  type NumberFormatOptions
} from '../markdown/number-format.js'
import { table, type Align, type Cell } from '../markdown/table.js'
import { trustedMarkdown } from '../markdown/trusted.js'
import { xyChart } from '../markdown/xy-chart.js'
import type { HistoryPoint } from './history.js'
import type {
  ComparisonCounts,
  GroupComparison,
  MetricComparison,
  MetricOutcome,
  OverallResult,
  ReportNumber,
  Verdict
} from './report.js'
import type { BaselineSide, MetricsComparisonReport } from './report-envelope.js'
import { CORRECTION_LABELS, VERDICT_LABELS } from './verdicts.js'

/**
 * The comparison as markdown for a pull-request comment or a job summary. Pure: the report in,
 * markdown out. Everything that came from files (metric names, group members, sources, model
 * names) is escaped or put in code spans; numbers are written by the shared formatter (significant
 * digits, never `1e-4` shown as `0`).
 *
 * Order is by importance so that a cut for GitHub's limits drops the least useful part: summary,
 * baseline, reasons, the metric table (failing and changed rows first; at most `maxRows`, the rest
 * counted), per-class and slice groups in <details>, history charts, links.
 */
export interface ComparisonMarkdownOptions {
  readonly title?: string
  /** Rows of the metric table; the least interesting rows (unchanged) are left out first. */
  readonly maxRows?: number
  /** Cells per group table before the group is summarised instead. */
  readonly maxGroupCells?: number
  readonly significantDigits?: number
  readonly history?: readonly HistoryPoint[]
  /** Charts drawn at most (one per metric: mermaid draws no legend). */
  readonly maxCharts?: number
  readonly runUrl?: string
  readonly reportUrl?: string
  /**
   * Links taken from the report itself (its run, the baseline's run) are kept only under this
   * prefix, e.g. `https://github.com/owner/repo/`: a report from a fork could name any site.
   */
  readonly trustedLinkPrefix?: string
}

export const DEFAULT_MAX_ROWS = 200
const DEFAULT_MAX_GROUP_CELLS = 600
const DEFAULT_MAX_CHARTS = 3
const MAX_REASONS = 10

const RESULT_EMOJI: Readonly<Record<OverallResult, string>> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️'
}

const VERDICT_TEXT = VERDICT_LABELS

export function renderComparisonMarkdown(
  report: MetricsComparisonReport,
  options: ComparisonMarkdownOptions = {}
): string {
  const format: NumberFormatOptions = { significantDigits: options.significantDigits ?? 4 }
  const hasBaseline = report.baseline.source !== 'none'
  const blocks: string[] = []
  const title = options.title ?? 'Metrics comparison'
  blocks.push(`## ${RESULT_EMOJI[report.overall]} ${escapeText(title)}: ${report.overall}`)
  blocks.push(summaryLine(report))
  const reportLink = (url: string | undefined): string | undefined =>
    url !== undefined &&
    (options.trustedLinkPrefix === undefined || url.startsWith(options.trustedLinkPrefix))
      ? url
      : undefined
  blocks.push(baselineLine(report.baseline, reportLink(report.baseline.url)))
  const reasons = report.reasons.filter((reason) => !reason.startsWith('pass'))
  if (reasons.length > 0) {
    const shown = reasons.slice(0, MAX_REASONS).map((reason) => `- ${escapeText(reason)}`)
    if (reasons.length > MAX_REASONS)
      shown.push(`- … and ${reasons.length - MAX_REASONS} more in the full report`)
    blocks.push(shown.join('\n'))
  }
  if (report.metrics.length > 0) {
    blocks.push(
      metricTable(report.metrics, hasBaseline, options.maxRows ?? DEFAULT_MAX_ROWS, format)
    )
  }
  for (const group of report.groups) {
    blocks.push(
      groupDetails(group, hasBaseline, options.maxGroupCells ?? DEFAULT_MAX_GROUP_CELLS, format)
    )
  }
  const charts = historyCharts(report, options, format)
  if (charts !== '') blocks.push(charts)
  const links = linksLine(report, options, reportLink(report.runUrl))
  if (links !== '') blocks.push(links)
  return `${blocks.join('\n\n')}\n`
}

function summaryLine(report: MetricsComparisonReport): string {
  const { verdicts, outcomes, total } = report.counts
  const parts: string[] = []
  const add = (count: number, label: string): void => {
    if (count > 0) parts.push(`${count} ${label}`)
  }
  add(verdicts.regressed, 'regressed')
  add(verdicts['failed-bound'], 'out of bounds')
  add(verdicts['no-significant-change'], VERDICT_LABELS['no-significant-change'])
  add(verdicts.inconclusive, VERDICT_LABELS.inconclusive)
  add(verdicts.missing, 'missing')
  add(verdicts.improved, 'improved')
  add(verdicts.changed, 'changed')
  add(verdicts['within-tolerance'], VERDICT_LABELS['within-tolerance'])
  add(verdicts.unchanged, 'unchanged')
  add(verdicts.new, 'new')
  const gate = `${outcomes.fail} failing, ${outcomes.inconclusive} inconclusive, ${outcomes.warn} warning`
  const correction =
    report.correction !== undefined && report.correction.family > 1
      ? `, ${CORRECTION_LABELS[report.correction.method]} correction over ${report.correction.family} tests`
      : ''
  return `**${total} metric${total === 1 ? '' : 's'}**: ${parts.join(' · ') || 'none'} (${gate}; fail-on ${report.failOn}, α = ${report.alpha}${correction}).`
}

function baselineLine(baseline: BaselineSide, url: string | undefined): string {
  const commit = baseline.gitSha ? ` at commit ${inlineCode(baseline.gitSha.slice(0, 12))}` : ''
  const link = url ? ` ([run](${safeUrl(url)}))` : ''
  switch (baseline.source) {
    case 'none':
      return '**Baseline:** none yet (first run): the candidate is shown alone and nothing can regress. Bounds and required metrics still apply.'
    case 'registry': {
      const ref = `${baseline.model ?? '?'}@${baseline.alias ?? '?'}`
      const version = baseline.version !== undefined ? ` → version ${baseline.version}` : ''
      const where = baseline.path ? ` in ${inlineCode(baseline.path)}` : ''
      return `**Baseline:** registry ${inlineCode(ref)}${version}${where}${commit}.`
    }
    case 'artifact': {
      const branch = baseline.branch ? ` on ${inlineCode(baseline.branch)}` : ''
      // The path is the run number this action wrote (`#41`); anything else is shown as code.
      const run = baseline.path
        ? ` (run ${/^#\d+$/.test(baseline.path) ? baseline.path : inlineCode(baseline.path)})`
        : ''
      return `**Baseline:** latest successful run${branch}${run}${commit}${link}.`
    }
    case 'file': {
      const files = (baseline.sources ?? (baseline.path ? [baseline.path] : []))
        .map((source) => inlineCode(source))
        .join(', ')
      return `**Baseline:** ${files || 'file'}${commit}.`
    }
  }
}

const SEVERITY: Readonly<Record<MetricOutcome, number>> = {
  fail: 0,
  inconclusive: 1,
  warn: 2,
  pass: 3
}

/** Failing rows first, then changed ones, then the rest in file order. */
function interest(metric: MetricComparison): number {
  const severity = SEVERITY[metric.outcome]
  if (severity < 3) return severity
  return metric.verdict === 'unchanged' ? 5 : 4
}

/** A stable bucket sort on `interest`: one pass, no comparison sort of 10^5 rows. */
function byInterest(metrics: readonly MetricComparison[]): MetricComparison[] {
  const buckets: MetricComparison[][] = [[], [], [], [], [], []]
  for (const metric of metrics) buckets[interest(metric)]?.push(metric)
  return buckets.flat()
}

function metricTable(
  metrics: readonly MetricComparison[],
  hasBaseline: boolean,
  maxRows: number,
  format: NumberFormatOptions
): string {
  const ordered = byInterest(metrics)
  const shown = ordered.slice(0, Math.max(0, maxRows))
  const withCi = shown.some(
    (metric) =>
      metric.ci !== undefined || metric.pValue !== undefined || metric.evidence !== undefined
  )
  const headers = hasBaseline
    ? [
        'Metric',
        'Baseline',
        'Candidate',
        'Δ',
        'Δ %',
        ...(withCi ? [ciHeader(shown)] : []),
        'Status'
      ]
    : ['Metric', 'Candidate', 'Status']
  const rows = shown.map((metric): Cell[] => {
    const name = metric.name
    if (!hasBaseline) return [name, numberCell(metric.candidate, format), statusCell(metric)]
    return [
      name,
      numberCell(metric.baseline, format),
      numberCell(metric.candidate, format),
      deltaCell(metric.delta, format),
      percentCell(metric),
      ...(withCi ? [ciCell(metric, format)] : []),
      statusCell(metric)
    ]
  })
  const align: Align[] = hasBaseline
    ? ['left', 'right', 'right', 'right', 'right', ...(withCi ? (['right'] as const) : []), 'left']
    : ['left', 'right', 'left']
  let markdown = table(headers, rows, align, { alignDelimiters: shown.length <= 50 })
  const omitted = metrics.length - shown.length
  if (omitted > 0) {
    markdown += `\n\n_${omitted} more metric${omitted === 1 ? '' : 's'} (${describeOmitted(ordered.slice(shown.length))}) are in the full report._`
  }
  return markdown
}

function describeOmitted(metrics: readonly MetricComparison[]): string {
  const counts = new Map<Verdict, number>()
  for (const metric of metrics) counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1)
  return [...counts].map(([verdict, count]) => `${count} ${VERDICT_TEXT[verdict]}`).join(', ')
}

function ciHeader(metrics: readonly MetricComparison[]): string {
  const levels = new Set(
    metrics.map((metric) => metric.ci?.level).filter((level) => level !== undefined)
  )
  const [level] = levels
  return levels.size === 1 && level !== undefined
    ? `${formatNumber(level * 100)}% CI of Δ`
    : 'CI of Δ'
}

function groupDetails(
  group: GroupComparison,
  hasBaseline: boolean,
  maxCells: number,
  format: NumberFormatOptions
): string {
  const summary = `${escapeHtml(group.name)}: ${group.members.length} × ${group.fields.length}${countsSuffix(group.counts)}`
  const open = group.counts.outcomes.fail > 0 || group.counts.outcomes.inconclusive > 0
  if (group.members.length * group.fields.length > maxCells) {
    const changed = group.cells.filter((cell) => cell.verdict !== 'unchanged')
    const body =
      changed.length === 0
        ? '_Every cell is unchanged._'
        : metricTable(changed, hasBaseline, maxCells, format)
    return details(
      trustedMarkdown(summary),
      `_Too many cells to show as a grid; the changed ones:_\n\n${body}`,
      { open }
    )
  }
  const byCell = new Map<string, MetricComparison>()
  for (const cell of group.cells) {
    if (cell.group) byCell.set(`${cell.group.member}\u0000${cell.group.field}`, cell)
  }
  const rows = group.members.map((member): Cell[] => [
    member,
    ...group.fields.map((field): Cell => {
      const cell = byCell.get(`${member}\u0000${field}`)
      return cell === undefined ? undefined : groupCell(cell, hasBaseline, format)
    })
  ])
  const legend = hasBaseline ? '\n\n_Each cell: candidate (Δ against the baseline)._' : ''
  return details(
    trustedMarkdown(summary),
    `${table(['', ...group.fields], rows, ['left', ...group.fields.map(() => 'right' as const)])}${legend}`,
    { open }
  )
}

function countsSuffix(counts: ComparisonCounts): string {
  const parts: string[] = []
  if (counts.outcomes.fail > 0) parts.push(`${counts.outcomes.fail} failing`)
  if (counts.outcomes.inconclusive > 0) parts.push(`${counts.outcomes.inconclusive} inconclusive`)
  if (counts.verdicts.regressed > 0) parts.push(`${counts.verdicts.regressed} regressed`)
  if (counts.verdicts.improved > 0) parts.push(`${counts.verdicts.improved} improved`)
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}

function groupCell(
  cell: MetricComparison,
  hasBaseline: boolean,
  format: NumberFormatOptions
): Cell {
  const value = numberText(cell.candidate, format)
  const delta =
    hasBaseline && typeof cell.delta === 'number' && cell.delta !== 0
      ? ` (${formatSigned(cell.delta, format)})`
      : ''
  const mark = cellMark(cell)
  return trustedMarkdown(`${mark}${value}${delta}`)
}

function cellMark(cell: MetricComparison): string {
  if (cell.outcome === 'fail') return '❌ '
  if (cell.outcome === 'inconclusive') return '⚠️ '
  if (cell.verdict === 'regressed') return '🔻 '
  if (cell.verdict === 'improved') return '🔼 '
  return ''
}

function statusCell(metric: MetricComparison): Cell {
  const text = VERDICT_TEXT[metric.verdict]
  const emoji = statusEmoji(metric)
  const gating = metric.gating || metric.outcome === 'pass' ? '' : ' (not gating)'
  return trustedMarkdown(`${emoji} ${text}${gating}`)
}

function statusEmoji(metric: MetricComparison): string {
  switch (metric.outcome) {
    case 'fail':
      return '❌'
    case 'inconclusive':
      return '⚠️'
    case 'warn':
      return '🟡'
    case 'pass':
      break
  }
  switch (metric.verdict) {
    case 'improved':
      return '🟢'
    case 'new':
      return '🆕'
    case 'no-significant-change':
    case 'within-tolerance':
      return '〰️'
    case 'regressed':
      return '🔻'
    case 'changed':
      return '🔵'
    default:
      return '✅'
  }
}

function numberText(value: ReportNumber | null, format: NumberFormatOptions): string {
  if (value === null) return '–'
  return formatNumber(toNumber(value), format)
}

function numberCell(value: ReportNumber | null, format: NumberFormatOptions): Cell {
  return value === null ? undefined : trustedMarkdown(numberText(value, format))
}

function deltaCell(value: ReportNumber | null, format: NumberFormatOptions): Cell {
  if (value === null) return undefined
  return trustedMarkdown(formatSigned(toNumber(value), format))
}

function percentCell(metric: MetricComparison): Cell {
  if (typeof metric.delta !== 'number' || typeof metric.baseline !== 'number') return undefined
  const percent = formatPercentChange(metric.delta, metric.baseline)
  return percent === undefined ? undefined : trustedMarkdown(percent)
}

function ciCell(metric: MetricComparison, format: NumberFormatOptions): Cell {
  const parts: string[] = []
  if (metric.ci) {
    parts.push(`[${formatSigned(metric.ci.low, format)}, ${formatSigned(metric.ci.high, format)}]`)
  }
  if (metric.pValue !== undefined)
    parts.push(`p = ${formatNumber(metric.pValue, { significantDigits: 2 })}`)
  if (metric.pAdjusted !== undefined)
    parts.push(`(adj. ${formatNumber(metric.pAdjusted, { significantDigits: 2 })})`)
  if (metric.mde !== undefined && metric.significant === false)
    parts.push(`MDE ±${formatNumber(metric.mde, format)}`)
  if (metric.evidence === 'no-statistics') parts.push('no statistics')
  return parts.length === 0 ? undefined : trustedMarkdown(parts.join(' '))
}

function toNumber(value: ReportNumber): number {
  return typeof value === 'number' ? value : Number(value)
}

/** Charts for the metrics that matter most, the candidate as the last point. */
function historyCharts(
  report: MetricsComparisonReport,
  options: ComparisonMarkdownOptions,
  format: NumberFormatOptions
): string {
  const history = options.history ?? []
  if (history.length === 0) return ''
  const candidates = byInterest(report.metrics).filter(
    (metric) => typeof metric.candidate === 'number'
  )
  const charts: string[] = []
  for (const metric of candidates) {
    if (charts.length >= (options.maxCharts ?? DEFAULT_MAX_CHARTS)) break
    const points = history.filter((point) => Object.hasOwn(point.metrics, metric.name))
    if (points.length < 1) continue
    const chart = xyChart({
      title: metric.name,
      xLabels: [...points.map((point) => point.label), 'candidate'],
      series: [
        {
          name: metric.name,
          values: [
            ...points.map((point) => point.metrics[metric.name] ?? NaN),
            metric.candidate as number
          ]
        }
      ],
      ...(format.significantDigits !== undefined
        ? { significantDigits: format.significantDigits }
        : {})
    })
    if (chart !== '') charts.push(chart)
  }
  if (charts.length === 0) return ''
  return details(
    `History (${history.length} earlier point${history.length === 1 ? '' : 's'})`,
    charts.join('\n\n'),
    { open: false }
  )
}

function linksLine(
  report: MetricsComparisonReport,
  options: ComparisonMarkdownOptions,
  reportRunUrl: string | undefined
): string {
  const links: string[] = []
  const runUrl = options.runUrl ?? reportRunUrl
  if (runUrl) links.push(`[workflow run](${safeUrl(runUrl)})`)
  if (options.reportUrl) links.push(`[full report](${safeUrl(options.reportUrl)})`)
  const sources = report.candidate.sources.map((source) => inlineCode(source)).join(', ')
  const candidate = sources ? `Candidate: ${sources}` : ''
  const commit = report.gitSha ? ` at ${inlineCode(report.gitSha.slice(0, 12))}` : ''
  const line = [candidate ? `${candidate}${commit}` : '', ...links].filter(Boolean).join(' · ')
  return line === '' ? '' : `<sub>${line}</sub>`
}

/** Only http(s) links, with characters that could end the markdown link destination encoded. */
function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#'
  return url.replace(/[()<>\s"'`]/g, (character) => encodeURIComponent(character))
}
