import {
  codeBlock,
  details,
  formatNumber,
  heading,
  inlineCode,
  table
} from '@ml-actions/core/markdown'
import type { MetricGroup } from '@ml-actions/core/metrics'
import type { TrainEvaluateReport } from './train-evaluate-report.js'

const MAX_METRIC_ROWS = 200

/** The job summary: outcome, metrics table, per-class and slice groups, the registered version. */
export function renderSummary(
  report: TrainEvaluateReport,
  failure?: string,
  logTail?: string
): string {
  const icon = report.status === 'succeeded' ? '✅' : '❌'
  const title = report.merged
    ? `train-evaluate: ${report.merged.shardCount} shards merged`
    : report.shard
      ? `train-evaluate: shard ${report.shard.index + 1} of ${report.shard.count}`
      : 'train-evaluate'
  const parts = [heading(2, `${icon} ${title}`)]
  if (failure) parts.push(failure)
  if (report.command) {
    const seconds = formatNumber(report.command.durationSeconds, { significantDigits: 3 })
    parts.push(
      `Command ran for ${seconds} s${report.command.exitCode === null ? '' : `, exit code ${report.command.exitCode}`}.`
    )
  }
  if (logTail) parts.push(details('End of the command output', codeBlock(logTail, 'text')))
  const names = Object.keys(report.metrics)
  if (names.length > 0) {
    const shown = names.slice(0, MAX_METRIC_ROWS)
    parts.push(
      table(
        ['Metric', 'Value'],
        shown.map((name) => [name, formatNumber(report.metrics[name] as number)]),
        ['left', 'right']
      )
    )
    if (names.length > shown.length) {
      parts.push(`${names.length - shown.length} more metrics are in the report file.`)
    }
  } else if (report.status === 'succeeded') {
    parts.push('No metrics were read (set `metrics` or `predictions`).')
  }
  for (const group of Object.values(report.groups)) parts.push(renderGroup(group))
  if (report.model) {
    const model = report.model
    const state = model.created ? 'Registered' : 'Already registered by an earlier attempt:'
    const alias = model.alias ? `, alias ${inlineCode(model.alias.name)} → ${model.version}` : ''
    parts.push(
      `${state} ${inlineCode(`${model.name}/${model.version}`)} in ${inlineCode(model.registry)}${alias} (manifest sha256 ${inlineCode(model.manifestSha256.slice(0, 16))}…).`
    )
  }
  if (report.cache?.note) parts.push(`Data cache: ${report.cache.note}`)
  return `${parts.join('\n\n')}\n`
}

function renderGroup(group: MetricGroup): string {
  const rows = group.rowOrder ?? Object.keys(group.rows)
  const fields = group.fieldOrder ?? [
    ...new Set(rows.flatMap((row) => Object.keys(group.rows[row] ?? {})))
  ]
  const body = table(
    [group.name, ...fields],
    rows.slice(0, MAX_METRIC_ROWS).map((row) => [
      row,
      ...fields.map((field) => {
        const value = group.rows[row]?.[field]
        return value === undefined ? undefined : formatNumber(value)
      })
    ]),
    ['left', ...fields.map(() => 'right' as const)]
  )
  return details(group.name, body)
}
