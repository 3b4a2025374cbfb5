import {
  codeBlock,
  columnFormat,
  details,
  displayPath,
  formatNumber,
  heading,
  inlineCode,
  table,
  trustedMarkdown
} from '@ml-actions/core/markdown'
import { repeatedValues, type MetricGroup } from '@ml-actions/core/metrics'
import { COUNTED_PREFIX } from './confusion-counts.js'
import type { TrainEvaluateReport } from './train-evaluate-report.js'

const MAX_METRIC_ROWS = 200
/** Metrics in the table a reader sees first; the rest are folded. */
const HEADLINE_ROWS = 8
const SIGNIFICANT_DIGITS = 4
/** Counts (num_samples, support) are not quality: said once in a sentence, not listed as metrics. */
const COUNT_NAME = /(?:^|[._\s-])(?:num_samples|samples|support|count|n)$/i

/**
 * The job summary, in the layout every ml-actions comment has: line 1 the outcome in one sentence,
 * one compact table of the headline metrics, everything else folded (more metrics, per-class and
 * slice groups, the command's output), the registered version last. Metrics the action counted
 * itself from the predictions (`counts.*`) that repeat the project's own values are shown once.
 */
export function renderSummary(
  report: TrainEvaluateReport,
  failure?: string,
  logTail?: string,
  workspace?: string
): string {
  const icon = report.status === 'succeeded' ? '✅' : '❌'
  const title = report.merged
    ? `train-evaluate: ${report.merged.shardCount} shards merged`
    : report.shard
      ? `train-evaluate: shard ${report.shard.index + 1} of ${report.shard.count}`
      : 'train-evaluate'
  const groups = Object.values(report.groups)
  const repeated = repeatedValues(report.metrics, groups, (name) => name.startsWith(COUNTED_PREFIX))
  const names = Object.keys(report.metrics).filter((name) => !repeated.metrics.has(name))
  const counts = names.filter((name) => COUNT_NAME.test(name))
  const quality = names.filter((name) => !COUNT_NAME.test(name))
  const sentence = headlineSentence(report, quality, counts, failure)
  const parts = [heading(2, `${icon} ${title}: ${sentence}`)]
  if (failure) parts.push(failure)
  if (quality.length > 0) {
    const format = columnFormat(
      quality.map((name) => report.metrics[name] as number),
      SIGNIFICANT_DIGITS
    )
    const metricTable = (shown: readonly string[]): string =>
      table(
        ['Metric', 'Value'],
        shown.map((name) => [name, trustedMarkdown(format.format(report.metrics[name] as number))]),
        ['left', 'right']
      )
    parts.push(metricTable(quality.slice(0, HEADLINE_ROWS)))
    const rest = quality.slice(HEADLINE_ROWS, MAX_METRIC_ROWS)
    if (rest.length > 0) {
      const more = quality.length - HEADLINE_ROWS - rest.length
      parts.push(
        details(
          `${quality.length - HEADLINE_ROWS} more metrics`,
          `${metricTable(rest)}${more > 0 ? `\n\n${more} more metrics are in the report file.` : ''}`
        )
      )
    }
  } else if (report.status === 'succeeded' && counts.length === 0) {
    parts.push('No metrics were read (set `metrics` or `predictions`).')
  }
  for (const group of groups) {
    if (!repeated.groups.has(group.name)) parts.push(renderGroup(group))
  }
  if (repeated.metrics.size > 0 || repeated.groups.size > 0) {
    const same = [...repeated.metrics, ...repeated.groups]
      .map(([name, shown]) => `${inlineCode(name)} = ${inlineCode(shown)}`)
      .join(', ')
    parts.push(`<sub>Counted from the predictions and shown once: ${same}.</sub>`)
  }
  if (logTail) parts.push(details('End of the command output', codeBlock(logTail, 'text')))
  if (report.model) {
    const model = report.model
    const state = model.created ? 'Registered' : 'Already registered by an earlier attempt:'
    const alias = model.alias ? `, alias ${inlineCode(model.alias.name)} → ${model.version}` : ''
    parts.push(
      `${state} ${inlineCode(`${model.name}/${model.version}`)} in ${inlineCode(displayPath(model.registry, workspace))}${alias} (manifest sha256 <code title="${model.manifestSha256.replace(/[^0-9a-f]/gi, '')}">${model.manifestSha256.slice(0, 12).replace(/[^0-9a-f]/gi, '')}</code>).`
    )
  }
  if (report.cache?.note) parts.push(`Data cache: ${report.cache.note}`)
  return `${parts.join('\n\n')}\n`
}

function headlineSentence(
  report: TrainEvaluateReport,
  quality: readonly string[],
  counts: readonly string[],
  failure: string | undefined
): string {
  if (failure || report.status !== 'succeeded') return 'failed'
  const seconds = report.command
    ? ` in ${formatNumber(report.command.durationSeconds, { significantDigits: 3 })} s`
    : ''
  const samples = counts
    .map((name) => report.metrics[name])
    .find((value) => value !== undefined && Number.isInteger(value))
  const on = samples !== undefined ? ` on ${samples} samples` : ''
  const registered = report.model ? `; registered ${report.model.name}/${report.model.version}` : ''
  return `${quality.length} metric${quality.length === 1 ? '' : 's'}${on}${seconds}${registered}`
}

function renderGroup(group: MetricGroup): string {
  const rows = group.rowOrder ?? Object.keys(group.rows)
  const fields = group.fieldOrder ?? [
    ...new Set(rows.flatMap((row) => Object.keys(group.rows[row] ?? {})))
  ]
  const formats = new Map(
    fields.map((field) => [
      field,
      columnFormat(
        rows.map((row) => group.rows[row]?.[field]).filter((value) => value !== undefined),
        SIGNIFICANT_DIGITS
      )
    ])
  )
  const body = table(
    [group.name, ...fields],
    rows.slice(0, MAX_METRIC_ROWS).map((row) => [
      row,
      ...fields.map((field) => {
        const value = group.rows[row]?.[field]
        const format = formats.get(field)
        return value === undefined || format === undefined
          ? undefined
          : trustedMarkdown(format.format(value))
      })
    ]),
    ['left', ...fields.map(() => 'right' as const)]
  )
  return details(group.name, body)
}
