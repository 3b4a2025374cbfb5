import type { MetricsComparisonReport } from '@ml-actions/core/compare'
import { details, inlineCode } from '@ml-actions/core/markdown'
import type { AlertChange } from '@ml-actions/github'

/**
 * Runs that nobody reviews as they happen: GitHub's schedule and manual dispatch, GitLab's
 * scheduled and web-started pipelines. A regression there has no pull request to show it.
 */
const UNATTENDED_EVENTS = new Set(['schedule', 'workflow_dispatch', 'web'])

export function isUnattendedRun(eventName: string | undefined): boolean {
  return UNATTENDED_EVENTS.has(eventName ?? '')
}

export interface RetrainAlertFacts {
  readonly report: MetricsComparisonReport
  /** What the retrain is of: the model name, else the workflow. */
  readonly subject: string
  readonly failing: readonly string[]
  readonly runUrl?: string
  readonly reportPath?: string
  /** The comparison as rendered for the comment: already escaped. */
  readonly comparisonMarkdown: string
}

/** A failed comparison raises the alert; the next passing one closes it; inconclusive leaves it. */
export function retrainAlertChange(facts: RetrainAlertFacts): AlertChange | undefined {
  const { report } = facts
  const links = [
    ...(facts.runUrl ? [`- Run: ${facts.runUrl}`] : []),
    ...(facts.reportPath ? [`- Report: ${inlineCode(facts.reportPath)} in the run`] : [])
  ]
  if (report.overall === 'fail') {
    const metrics = facts.failing.length > 0 ? ` (${facts.failing.join(', ')})` : ''
    return {
      kind: 'raise',
      title: `compare-metrics: the scheduled retrain of ${facts.subject} regressed${metrics}`,
      markdown: [
        `**The scheduled retrain of ${inlineCode(facts.subject)} regressed against its baseline.**`,
        '',
        ...links,
        '',
        'This issue is updated while scheduled runs keep regressing and closed by the next one that passes.',
        '',
        details('Comparison', facts.comparisonMarkdown, { open: true })
      ].join('\n')
    }
  }
  if (report.overall !== 'pass') return undefined
  return {
    kind: 'resolve',
    comment: [
      `Resolved: the scheduled retrain of ${inlineCode(facts.subject)} passes its comparison again.`,
      '',
      ...links
    ].join('\n')
  }
}
