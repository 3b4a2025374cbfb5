import { ConfigurationError } from '../errors.js'
import type { MetricGroup, MetricsDocument } from '../metrics/model.js'
import type { HistoryPoint } from './history.js'
import { OUTCOMES as REPORT_OUTCOMES, VERDICTS as REPORT_VERDICTS } from './report.js'
import type { MetricComparison, ReportNumber } from './report.js'
import type { MetricsComparisonReport } from './report-envelope.js'
import { isRecord } from '../metrics/json-object.js'

/**
 * Reading a comparison report written by an earlier run, which may come from an untrusted fork
 * (the two-workflow mode) or an old artifact: the shape is checked before anything uses it, and
 * the error names the file. Metric names stay untrusted text; the renderer escapes them.
 */
export function parseMetricsComparisonReport(
  text: string,
  source: string
): MetricsComparisonReport {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${source}: not valid JSON (${(error as Error).message})`,
      'report'
    )
  }
  const problems = reportProblems(value)
  if (problems.length > 0) {
    throw new ConfigurationError(
      `${source} is not a compare-metrics report (schemaVersion 1, kind metrics-comparison): ${problems.slice(0, 5).join('; ')}`,
      'report'
    )
  }
  return value as MetricsComparisonReport
}

const OVERALL = new Set(['pass', 'fail', 'inconclusive'])
const OUTCOMES = new Set<string>(REPORT_OUTCOMES)
// 'within-noise' is what reports written before the no-significant-change status said.
const VERDICTS = new Set<string>([...REPORT_VERDICTS, 'within-noise'])

function reportProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['not a JSON object']
  const problems: string[] = []
  if (value.schemaVersion !== 1) problems.push(`schemaVersion is ${String(value.schemaVersion)}`)
  if (value.kind !== 'metrics-comparison') problems.push(`kind is ${String(value.kind)}`)
  if (!OVERALL.has(String(value.overall))) problems.push('overall is not pass/fail/inconclusive')
  if (!isRecord(value.baseline) || typeof value.baseline.source !== 'string')
    problems.push('baseline.source is missing')
  if (!isRecord(value.candidate) || !Array.isArray(value.candidate.sources))
    problems.push('candidate.sources is missing')
  if (!isRecord(value.counts)) problems.push('counts is missing')
  if (!Array.isArray(value.reasons) || !value.reasons.every((r) => typeof r === 'string'))
    problems.push('reasons is not a list of strings')
  if (!Array.isArray(value.metrics)) problems.push('metrics is not a list')
  else
    value.metrics.forEach((metric, index) => metricProblems(metric, `metrics[${index}]`, problems))
  if (!Array.isArray(value.groups)) problems.push('groups is not a list')
  else
    value.groups.forEach((group, index) => {
      if (
        !isRecord(group) ||
        typeof group.name !== 'string' ||
        !Array.isArray(group.members) ||
        !Array.isArray(group.fields) ||
        !Array.isArray(group.cells) ||
        !isRecord(group.counts)
      ) {
        problems.push(`groups[${index}] is malformed`)
        return
      }
      group.cells.forEach((cell, cellIndex) =>
        metricProblems(cell, `groups[${index}].cells[${cellIndex}]`, problems)
      )
    })
  return problems
}

function metricProblems(value: unknown, where: string, problems: string[]): void {
  if (!isRecord(value) || typeof value.name !== 'string') {
    problems.push(`${where} has no name`)
    return
  }
  for (const key of ['baseline', 'candidate', 'delta', 'deltaPct'] as const) {
    if (!isReportNumber(value[key])) problems.push(`${where}.${key} is not a number or null`)
  }
  if (!VERDICTS.has(String(value.verdict))) problems.push(`${where}.verdict is unknown`)
  if (!OUTCOMES.has(String(value.outcome))) problems.push(`${where}.outcome is unknown`)
}

function isReportNumber(value: unknown): boolean {
  return (
    value === null ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    value === 'NaN' ||
    value === 'Infinity' ||
    value === '-Infinity'
  )
}

/**
 * The candidate side of a report as a metrics document: what the next run compares against when
 * this report is its baseline (the artifact mode). Multi-run reports give the per-metric means.
 */
export function candidateDocumentOf(
  report: MetricsComparisonReport,
  source: string
): MetricsDocument {
  const metrics: Record<string, number> = {}
  for (const metric of report.metrics) {
    if (metric.candidate !== null) metrics[metric.name] = numberOf(metric.candidate)
  }
  const groups: Record<string, MetricGroup> = {}
  for (const group of report.groups) {
    const rows: Record<string, Record<string, number>> = {}
    for (const cell of group.cells) {
      if (cell.candidate === null || !cell.group) continue
      const row = (rows[cell.group.member] ??= {})
      row[cell.group.field] = numberOf(cell.candidate)
    }
    groups[group.name] = {
      name: group.name,
      rows,
      rowOrder: group.members.filter((member) => Object.hasOwn(rows, member)),
      fieldOrder: [...group.fields]
    }
  }
  return {
    sources: [source],
    format: 'json',
    metrics,
    groups,
    series: {},
    labels: {},
    metadata: {
      ...report.candidate.metadata,
      ...(report.gitSha ? { gitSha: report.gitSha } : {})
    }
  }
}

/** The report's candidate scalars as one point of a metric history. */
export function historyPointOfReport(report: MetricsComparisonReport): HistoryPoint {
  const metrics: Record<string, number> = {}
  for (const metric of report.metrics) {
    if (typeof metric.candidate === 'number') metrics[metric.name] = metric.candidate
  }
  return {
    label: report.gitSha ? report.gitSha.slice(0, 7) : report.createdAt.slice(0, 10),
    ...(report.gitSha ? { gitSha: report.gitSha } : {}),
    createdAt: report.createdAt,
    metrics
  }
}

/** Scalars and group cells together, in report order. */
export function allComparisons(report: {
  readonly metrics: readonly MetricComparison[]
  readonly groups: readonly { readonly cells: readonly MetricComparison[] }[]
}): MetricComparison[] {
  return [...report.metrics, ...report.groups.flatMap((group) => group.cells)]
}

function numberOf(value: ReportNumber): number {
  return typeof value === 'number' ? value : Number(value)
}
