import {
  details,
  escapeHtml,
  escapeText,
  heading,
  table,
  trustedMarkdown,
  type Cell
} from '@ml-actions/core/markdown'
import { ACTION_OF_STEP, type StepName } from './step-names.js'

export type StepStatus = 'passed' | 'failed' | 'skipped'

export interface StepRecord {
  readonly name: StepName
  readonly status: StepStatus
  readonly seconds?: number
  /** One line on what the step produced or why it stopped; untrusted, escaped when shown. */
  readonly headline: string
  /** The step's own markdown (its job summary), written by that action's renderer. */
  readonly report?: string
}

const STATUS_MARK: Readonly<Record<StepStatus, string>> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped'
}

/** Steps whose own report is shown unfolded: the one with the headline metrics, and a failure. */
const UNFOLDED: ReadonlySet<StepName> = new Set(['compare'])

/**
 * One comment for the whole pipeline, in the layout every ml-actions comment has: line 1 the
 * result and why (the failing step's own words, or the gate's decision), the step table, then each
 * step's own report: the comparison (the headline metrics) and a failing step open, the others
 * folded under their status.
 */
export function renderCombinedReport(records: readonly StepRecord[]): string {
  const failed = records.find((record) => record.status === 'failed')
  const last = [...records].reverse().find((record) => record.status === 'passed')
  const why = (failed ?? last)?.headline
  const title = failed
    ? `❌ ml-actions pipeline: stopped at ${ACTION_OF_STEP[failed.name]}`
    : '✅ ml-actions pipeline: every step passed'
  const rows: Cell[][] = records.map((record) => [
    trustedMarkdown(`\`${ACTION_OF_STEP[record.name]}\``),
    // No-break spaces: a narrow column must not split the emoji from its word, or a time from its unit.
    trustedMarkdown(STATUS_MARK[record.status].replace(' ', '\u00A0')),
    record.seconds === undefined ? null : `${record.seconds.toFixed(1)}\u00A0s`,
    record.headline
  ])
  const sections = [
    heading(2, trustedMarkdown(`${title}${why ? ` — ${escapeText(why)}` : ''}`)),
    table(['Step', 'Result', 'Time', 'Outcome'], rows, ['left', 'left', 'right', 'left'])
  ]
  for (const record of records) {
    if (!record.report) continue
    const report = record.report.trim()
    if (record.status === 'failed' || UNFOLDED.has(record.name)) sections.push(report)
    else
      sections.push(
        details(
          trustedMarkdown(
            `${STATUS_MARK[record.status]}: ${escapeHtml(ACTION_OF_STEP[record.name])}`
          ),
          report
        )
      )
  }
  return `${sections.join('\n\n')}\n`
}
