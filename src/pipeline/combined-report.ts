import { heading, table, trustedMarkdown, type Cell } from '@ml-actions/core/markdown'
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

/** One comment for the whole pipeline: a step table, then each step's own report in order. */
export function renderCombinedReport(records: readonly StepRecord[]): string {
  const failed = records.find((record) => record.status === 'failed')
  const title = failed
    ? `ml-actions pipeline: ❌ stopped at ${ACTION_OF_STEP[failed.name]}`
    : 'ml-actions pipeline: ✅ every step passed'
  const rows: Cell[][] = records.map((record) => [
    trustedMarkdown(`\`${ACTION_OF_STEP[record.name]}\``),
    trustedMarkdown(STATUS_MARK[record.status]),
    record.seconds === undefined ? null : `${record.seconds.toFixed(1)} s`,
    record.headline
  ])
  const sections = [
    heading(2, trustedMarkdown(title)),
    table(['Step', 'Result', 'Time', 'Outcome'], rows, ['left', 'left', 'right', 'left'])
  ]
  for (const record of records) {
    if (record.report) sections.push(record.report.trim())
  }
  return `${sections.join('\n\n')}\n`
}
