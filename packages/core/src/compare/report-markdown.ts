import { details } from '../markdown/details.js'
import { displayPath } from '../markdown/display-path.js'
import { escapeHtml, escapeText } from '../markdown/escape.js'
import { inlineCode } from '../markdown/code.js'
import { formatNumber } from '../markdown/number-format.js'
import { table, type Align, type Cell } from '../markdown/table.js'
import { trustedMarkdown } from '../markdown/trusted.js'
import { countComparisons } from './counts.js'
import { endsWithNeutralWord } from './direction.js'
import type { HistoryPoint } from './history.js'
import { historyCharts } from './history-charts.js'
import { byInterest, InterestOrder, interest, mostInteresting } from './interest-order.js'
import { formatPValue, metricNumbers, type MetricNumbers } from './metric-numbers.js'
import { verdictSentence } from './verdict-sentence.js'
import type {
  ComparisonCounts,
  GroupComparison,
  MetricComparison,
  OverallResult,
  Verdict
} from './report.js'
import type { BaselineSide, MetricsComparisonReport } from './report-envelope.js'
import { CORRECTION_LABELS, VERDICT_LABELS } from './verdicts.js'

/**
 * The comparison as markdown for a pull-request comment or a job summary. Pure: the report in,
 * markdown out. Everything that came from files (metric names, group members, sources, model
 * names) is escaped or put in code spans; numbers are written by one formatter per table (fixed
 * decimals per column, changes of proportions in percentage points, never `1e-4` shown as `0`).
 *
 * The layout is the one every ml-actions comment has, in order of importance so that a cut for
 * GitHub's limits drops the least useful part: line 1 the verdict and why in one sentence; one
 * compact table of the gated headline metrics; then, folded, all metrics, per-class and slice
 * groups, history charts, and method and provenance; last a line of links.
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
  /** The workspace: file paths inside it are shown relative to it, others by their last segment. */
  readonly workspace?: string
}

export const DEFAULT_MAX_ROWS = 200
const DEFAULT_MAX_GROUP_CELLS = 600
const DEFAULT_MAX_CHARTS = 3
const MAX_REASONS = 10
/** Rows of the headline table: what a reviewer reads in ten seconds. */
const HEADLINE_ROWS = 8

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
  const significantDigits = options.significantDigits ?? 4
  const hasBaseline = report.baseline.source !== 'none'
  const title = options.title ?? 'Metrics comparison'
  const reportLink = (url: string | undefined): string | undefined =>
    url !== undefined &&
    (options.trustedLinkPrefix === undefined || url.startsWith(options.trustedLinkPrefix))
      ? url
      : undefined
  const groupCells = report.groups.flatMap((group) => group.cells)
  const comparisons = [...report.metrics, ...groupCells]
  const headline = headlineMetrics(report.metrics, groupCells)
  const numbers = metricNumbers(headline, significantDigits)
  const blocks: string[] = []
  blocks.push(
    `## ${RESULT_EMOJI[report.overall]} ${escapeText(title)}: ${report.overall} — ${verdictSentence(report, comparisons, numbers)}`
  )
  if (headline.length > 0)
    blocks.push(
      metricTable(inInterestOrder(headline, headline.length), hasBaseline, significantDigits)
    )
  const shown = new Set(headline)
  const rest = report.metrics.filter((metric) => !shown.has(metric))
  if (rest.length > 0) {
    const maxRows = Math.max(0, (options.maxRows ?? DEFAULT_MAX_ROWS) - headline.length)
    blocks.push(
      details(
        `${rest.length} more metric${rest.length === 1 ? '' : 's'}${countsSuffix(countComparisons(rest))}`,
        metricTable(inInterestOrder(rest, maxRows), hasBaseline, significantDigits)
      )
    )
  }
  for (const group of report.groups) {
    blocks.push(
      groupDetails(
        group,
        hasBaseline,
        options.maxGroupCells ?? DEFAULT_MAX_GROUP_CELLS,
        significantDigits
      )
    )
  }
  if (options.history !== undefined && options.history.length > 0) {
    const charts = historyCharts(byInterest(report.metrics), numbers, {
      history: options.history,
      ...(report.baseline.version !== undefined
        ? { baselineLabel: `v${report.baseline.version}` }
        : {}),
      maxCharts: options.maxCharts ?? DEFAULT_MAX_CHARTS,
      significantDigits
    })
    if (charts !== '') blocks.push(charts)
  }
  blocks.push(provenanceDetails(report, options, reportLink(report.baseline.url)))
  const links = linksLine(report, options, reportLink(report.runUrl))
  if (links !== '') blocks.push(links)
  return `${blocks.join('\n\n')}\n`
}

/** Line 1 of the comment without markdown around it, e.g. for the step's failure message. */
export function comparisonVerdict(report: MetricsComparisonReport, significantDigits = 4): string {
  const groupCells = report.groups.flatMap((group) => group.cells)
  const numbers = metricNumbers(headlineMetrics(report.metrics, groupCells), significantDigits)
  return verdictSentence(report, [...report.metrics, ...groupCells], numbers)
}

/**
 * The table a reviewer reads: the gated scalar metrics and any group cell that fails, failing and
 * changed first; counts (support, num_samples) only when they fail, as they are not quality.
 */
function headlineMetrics(
  metrics: readonly MetricComparison[],
  groupCells: readonly MetricComparison[]
): MetricComparison[] {
  const failingCells = groupCells.filter(
    (cell) => cell.outcome === 'fail' || cell.outcome === 'inconclusive'
  )
  return (
    headlineOf(failingCells, metrics, (metric) => metric.gating || metric.outcome !== 'pass') ??
    headlineOf(failingCells, metrics, () => true) ??
    mostInteresting(failingCells, HEADLINE_ROWS)
  )
}

/**
 * The failing cells and the quality metrics that pass `wanted`, the most interesting first;
 * undefined when no metric qualifies. A row whose bucket is already full cannot be shown, so
 * whether it is a count (a regex on its name) is asked only while none has qualified yet.
 */
function headlineOf(
  failingCells: readonly MetricComparison[],
  metrics: readonly MetricComparison[],
  wanted: (metric: MetricComparison) => boolean
): MetricComparison[] | undefined {
  const order = inInterestOrder(failingCells, HEADLINE_ROWS)
  let qualified = false
  for (const metric of metrics) {
    if (!wanted(metric)) continue
    const bucket = interest(metric)
    if (!order.wouldKeep(bucket)) {
      if (!qualified) qualified = isQualityMetric(metric)
      continue
    }
    if (!isQualityMetric(metric)) continue
    qualified = true
    order.add(metric, bucket)
  }
  return qualified ? order.shown() : undefined
}

function isQualityMetric(metric: MetricComparison): boolean {
  return metric.outcome !== 'pass' || !isCountMetric(metric)
}

function isCountMetric(metric: MetricComparison): boolean {
  return endsWithNeutralWord(metric.name)
}

function inInterestOrder(metrics: readonly MetricComparison[], limit: number): InterestOrder {
  const order = new InterestOrder(Math.max(0, limit))
  for (const metric of metrics) order.add(metric)
  return order
}

function provenanceDetails(
  report: MetricsComparisonReport,
  options: ComparisonMarkdownOptions,
  baselineUrl: string | undefined
): string {
  const lines = [
    baselineLine(report.baseline, baselineUrl, options.workspace),
    `**Candidate:** ${report.candidate.sources.map((source) => inlineCode(displayPath(source, options.workspace))).join(', ') || 'metrics'}${report.gitSha ? ` at commit ${shaCode(report.gitSha)}` : ''}.`,
    `**Method:** ${report.counts.total} comparison${report.counts.total === 1 ? '' : 's'}; a metric fails when it moves the wrong way beyond its tolerance${report.alpha !== undefined ? ` and, where per-sample predictions allow a test, the change is significant at α = ${report.alpha}` : ''}; fail-on ${report.failOn}${correctionNote(report)}. Changes of proportions are in percentage points (pp); MDE is the minimum detectable effect at ${formatNumber((report.power ?? 0.8) * 100)}% power.`
  ]
  const reasons = report.reasons.filter((reason) => !reason.startsWith('pass'))
  if (reasons.length > 0) {
    const shown = reasons.slice(0, MAX_REASONS).map((reason) => `- ${escapeText(reason)}`)
    if (reasons.length > MAX_REASONS)
      shown.push(`- … and ${reasons.length - MAX_REASONS} more in the full report`)
    lines.push(`**Reasons:**\n\n${shown.join('\n')}`)
  }
  return details('Method and provenance', lines.join('\n\n'))
}

function correctionNote(report: MetricsComparisonReport): string {
  const correction = report.correction
  if (correction === undefined || correction.family <= 1) return ''
  return `; p-values adjusted by ${CORRECTION_LABELS[correction.method]} over ${correction.family} tests`
}

/** A commit as 7 characters, the full value in the title a mouse-over shows. */
function shaCode(sha: string): string {
  const safe = sha.replace(/[^0-9a-fA-F]/g, '')
  return `<code title="${safe}">${safe.slice(0, 7)}</code>`
}

function baselineLine(
  baseline: BaselineSide,
  url: string | undefined,
  workspace: string | undefined
): string {
  const commit = baseline.gitSha ? ` at commit ${shaCode(baseline.gitSha)}` : ''
  const link = url ? ` ([run](${safeUrl(url)}))` : ''
  switch (baseline.source) {
    case 'none':
      return '**Baseline:** none yet (first run): the candidate is shown alone and nothing can regress. Bounds and required metrics still apply.'
    case 'registry': {
      const ref = `${baseline.model ?? '?'}@${baseline.alias ?? '?'}`
      const version = baseline.version !== undefined ? ` → version ${baseline.version}` : ''
      const where = baseline.path ? ` in ${inlineCode(displayPath(baseline.path, workspace))}` : ''
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
        .map((source) => inlineCode(displayPath(source, workspace)))
        .join(', ')
      return `**Baseline:** ${files || 'file'}${commit}.`
    }
  }
}

/**
 * The most interesting `maxRows` metrics as a table, their numbers formatted over the rows shown
 * (a column's decimals come from what the reader sees, and 10^5 hidden rows cost nothing).
 */
function metricTable(
  order: InterestOrder,
  hasBaseline: boolean,
  significantDigits: number
): string {
  const shown = order.shown()
  const numbers = metricNumbers(shown, significantDigits)
  const withCi = shown.some(
    (metric) =>
      metric.ci !== undefined || metric.pValue !== undefined || metric.evidence !== undefined
  )
  const headers = hasBaseline
    ? ['Metric', 'Baseline', 'Candidate', 'Δ', ...(withCi ? [ciHeader(shown)] : []), 'Status']
    : ['Metric', 'Candidate', 'Status']
  const cell = (text: string | undefined): Cell =>
    text === undefined ? undefined : trustedMarkdown(text)
  const rows = shown.map((metric): Cell[] => {
    const name = metric.name
    if (!hasBaseline) return [name, cell(numbers.value(metric, 'candidate')), statusCell(metric)]
    return [
      name,
      cell(numbers.value(metric, 'baseline')),
      cell(numbers.value(metric, 'candidate')),
      cell(numbers.delta(metric)),
      ...(withCi ? [ciCell(metric, numbers)] : []),
      statusCell(metric)
    ]
  })
  const align: Align[] = hasBaseline
    ? ['left', 'right', 'right', 'right', ...(withCi ? (['right'] as const) : []), 'left']
    : ['left', 'right', 'left']
  let markdown = table(headers, rows, align, { alignDelimiters: shown.length <= 50 })
  const omitted = order.size - shown.length
  if (omitted > 0) {
    markdown += `\n\n_${omitted} more metric${omitted === 1 ? '' : 's'} (${describeOmitted(order.omittedVerdicts())}) are in the full report._`
  }
  return markdown
}

function describeOmitted(counts: ReadonlyMap<Verdict, number>): string {
  return [...counts].map(([verdict, count]) => `${count} ${VERDICT_TEXT[verdict]}`).join(', ')
}

function ciHeader(metrics: readonly MetricComparison[]): string {
  const levels = new Set(
    metrics.map((metric) => metric.ci?.level).filter((level) => level !== undefined)
  )
  const [level] = levels
  return levels.size === 1 && level !== undefined ? `${formatNumber(level * 100)}% CI` : 'CI'
}

function groupDetails(
  group: GroupComparison,
  hasBaseline: boolean,
  maxCells: number,
  significantDigits: number
): string {
  const summary = `${escapeHtml(group.name)}: ${group.members.length} × ${group.fields.length}${countsSuffix(group.counts)}`
  const open = group.counts.outcomes.fail > 0 || group.counts.outcomes.inconclusive > 0
  if (group.members.length * group.fields.length > maxCells) {
    const changed = group.cells.filter(
      (cell) => cell.verdict !== 'unchanged' && cell.verdict !== 'within-tolerance'
    )
    const body =
      changed.length === 0
        ? '_Every cell is unchanged._'
        : metricTable(inInterestOrder(changed, maxCells), hasBaseline, significantDigits)
    return details(
      trustedMarkdown(summary),
      `_Too many cells to show as a grid; the changed ones:_\n\n${body}`,
      { open }
    )
  }
  const byCell = new Map<string, MetricComparison>()
  const cellsOfField = new Map<string, MetricComparison[]>()
  for (const cell of group.cells) {
    if (!cell.group) continue
    byCell.set(`${cell.group.member}\u0000${cell.group.field}`, cell)
    const column = cellsOfField.get(cell.group.field) ?? []
    column.push(cell)
    cellsOfField.set(cell.group.field, column)
  }
  // One formatter per column, so that each column's numbers share their decimals.
  const numbersOfField = new Map(
    [...cellsOfField].map(([field, cells]) => [field, metricNumbers(cells, significantDigits)])
  )
  const rows = group.members.map((member): Cell[] => [
    member,
    ...group.fields.map((field): Cell => {
      const cell = byCell.get(`${member}\u0000${field}`)
      const numbers = numbersOfField.get(field)
      return cell === undefined || numbers === undefined
        ? undefined
        : groupCell(cell, hasBaseline, numbers)
    })
  ])
  const legend = hasBaseline
    ? '\n\n_Each cell: candidate, under it the change against the baseline (pp = percentage points)._'
    : ''
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

function groupCell(cell: MetricComparison, hasBaseline: boolean, numbers: MetricNumbers): Cell {
  const value = numbers.value(cell, 'candidate') ?? '–'
  const counted = isCountMetric(cell)
  const delta =
    hasBaseline && !counted && typeof cell.delta === 'number' && cell.delta !== 0
      ? `<br>(${numbers.delta(cell)?.replace(/\u00A0\(.*\)$/, '') ?? ''})`
      : ''
  const mark = cellMark(cell)
  // The change goes under the value: side by side, a grid of five fields is wider than a comment.
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
  const emoji = statusEmoji(metric)
  const gating = metric.gating || metric.outcome === 'pass' ? '' : ' (not gating)'
  return trustedMarkdown(`${emoji}\u00A0${VERDICT_TEXT[metric.verdict]}${gating}`)
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

function ciCell(metric: MetricComparison, numbers: MetricNumbers): Cell {
  const parts: string[] = []
  const interval = numbers.interval(metric)
  if (interval !== undefined) parts.push(interval)
  if (metric.pValue !== undefined) parts.push(formatPValue(metric.pValue))
  if (metric.pAdjusted !== undefined && metric.pAdjusted !== metric.pValue)
    parts.push(`adj. ${formatPValue(metric.pAdjusted)}`)
  const mde = numbers.minimumEffect(metric)
  if (mde !== undefined && metric.significant === false) parts.push(`MDE\u00A0±${mde}`)
  if (metric.evidence === 'no-statistics') parts.push('no statistics')
  return parts.length === 0 ? undefined : trustedMarkdown(parts.join(', '))
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
  return links.length === 0 ? '' : `<sub>${links.join(' · ')}</sub>`
}

/** Only http(s) links, with characters that could end the markdown link destination encoded. */
function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#'
  return url.replace(/[()<>\s"'`]/g, (character) => encodeURIComponent(character))
}
