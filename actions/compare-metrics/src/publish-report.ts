import type { ActionContext, ActionOutcome } from '@ml-actions/action-kit'
import {
  allComparisons,
  comparisonVerdict,
  renderComparisonMarkdown,
  type ComparisonMarkdownOptions,
  type MetricsComparisonReport
} from '@ml-actions/core/compare'
import { alertOnIssue, commentOnPullRequest, type OctokitTiming } from '@ml-actions/github'
import type { CompareMetricsInputs, CompareMetricsOutput } from './definition.js'

/** The summary gets more rows than the comment: its limit is 1 MiB, not 65,536 characters. */
const SUMMARY_MIN_ROWS = 2000

export interface PublishRequest {
  readonly report: MetricsComparisonReport
  readonly inputs: CompareMetricsInputs
  readonly context: ActionContext
  readonly markdown: Omit<ComparisonMarkdownOptions, 'maxRows' | 'title' | 'significantDigits'>
  readonly reportPath?: string
  /** The verified PR to comment on (two-workflow mode); otherwise the event's or pr-number. */
  readonly pullRequestNumber?: number
  /** Whether the result may fail the step (not in the posting half of the fork mode). */
  readonly gate: boolean
  readonly timing?: Partial<OctokitTiming>
  /** The run's event (`schedule`, `pull_request`): unattended runs may raise the alert issue. */
  readonly eventName?: string
}

/**
 * Everything a finished comparison shows: the sticky comment, annotations on failing metrics, the
 * job summary (or stdout under the CLI), the outputs, and the failure when the gate says so.
 */
export async function publishReport(
  request: PublishRequest
): Promise<ActionOutcome<CompareMetricsOutput>> {
  const { report, inputs, context } = request
  const repository = context.env.GITHUB_REPOSITORY
  const serverUrl = (context.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const render = (maxRows: number): string =>
    renderComparisonMarkdown(report, {
      ...(repository ? { trustedLinkPrefix: `${serverUrl}/${repository}/` } : {}),
      workspace: context.env.GITHUB_WORKSPACE || context.cwd,
      ...request.markdown,
      title: inputs.title,
      maxRows,
      significantDigits: inputs.precision ?? 4
    })
  const commentMarkdown = render(inputs.maxRows ?? 200)

  const truncationLink = request.markdown.reportUrl ?? request.markdown.runUrl
  const pullRequestNumber = request.pullRequestNumber ?? inputs.prNumber
  // The CLI comments too when it has a token and a pull request (flags or the CI's variables).
  const comment = await commentOnPullRequest({
    cwd: context.cwd,
    action: 'compare-metrics',
    markdown: commentMarkdown,
    mode: inputs.comment,
    ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
    token: inputs.githubToken,
    ...(pullRequestNumber ? { pullRequestNumber } : {}),
    failOnCommentError: inputs.failOnCommentError,
    ...(truncationLink ? { reportUrl: truncationLink } : {}),
    env: context.env,
    logger: context.log,
    ...(request.timing ? { timing: request.timing } : {})
  })

  const comparisons = allComparisons(report)
  const failing = comparisons.filter((metric) => metric.outcome === 'fail')
  // The posting half of the fork mode leaves annotations to the run that computed the report.
  for (const metric of request.gate ? failing : []) {
    context.log.error(`${metric.name}: ${metric.reason}`, {
      title: `${metric.name} ${metric.verdict} (compare-metrics)`
    })
  }
  for (const metric of comparisons.filter(
    (each) => request.gate && each.outcome === 'inconclusive'
  )) {
    context.log.warning(`${metric.name}: ${metric.reason}`, {
      title: `${metric.name} inconclusive (compare-metrics)`
    })
  }
  const improved = comparisons.filter((metric) => metric.verdict === 'improved')
  const alertIssue = request.gate
    ? await alertOnRetrain(
        request,
        commentMarkdown,
        failing.map((metric) => metric.name)
      )
    : undefined

  // overall is inconclusive only when fail-on (input or rules) is inconclusive, so it fails then too.
  const failOnResult = request.gate && inputs.failOn !== 'never' && report.overall !== 'pass'
  const summaryMarkdown =
    context.cli || inputs.summary
      ? render(Math.max(inputs.maxRows ?? 200, SUMMARY_MIN_ROWS))
      : undefined
  return {
    outputs: {
      result: report.overall,
      regressed: failing.map((metric) => metric.name),
      improved: improved.map((metric) => metric.name),
      counts: JSON.stringify({
        total: report.counts.total,
        ...report.counts.verdicts,
        outcomes: report.counts.outcomes
      }),
      'baseline-source': report.baseline.source,
      ...(request.reportPath ? { 'report-path': request.reportPath } : {}),
      ...(comment.commentId !== undefined ? { 'comment-id': comment.commentId } : {}),
      ...(comment.url ? { 'comment-url': comment.url } : {}),
      'comment-status': comment.code ? `${comment.action}:${comment.code}` : comment.action,
      ...(alertIssue ? { 'alert-issue': alertIssue } : {})
    },
    ...(summaryMarkdown ? { report: summaryMarkdown } : {}),
    ...(failOnResult
      ? {
          failure: `Metrics comparison ${report.overall === 'fail' ? 'failed' : report.overall}: ${comparisonVerdict(report, inputs.precision ?? 4)}`
        }
      : {})
  }
}

/** With `alert: issue` on a scheduled or dispatched run: a regression raises the alert, a pass closes it. */
async function alertOnRetrain(
  request: PublishRequest,
  comparisonMarkdown: string,
  failing: readonly string[]
): Promise<string | undefined> {
  const { inputs, context } = request
  if (inputs.alert === 'off') return undefined
  const { isUnattendedRun, retrainAlertChange } = await import('./retrain-alert.js')
  if (!isUnattendedRun(request.eventName)) {
    context.log.debug(`alert: ${request.eventName || 'this'} run is not scheduled; no alert issue`)
    return undefined
  }
  const subject = inputs.modelName || context.env.GITHUB_WORKFLOW || 'metrics'
  const change = retrainAlertChange({
    report: request.report,
    subject,
    failing,
    ...(request.markdown.runUrl ? { runUrl: request.markdown.runUrl } : {}),
    ...(request.reportPath ? { reportPath: request.reportPath } : {}),
    comparisonMarkdown
  })
  if (!change) return undefined
  const outcome = await alertOnIssue({
    mode: inputs.alert,
    action: 'compare-metrics',
    key: inputs.commentKey || subject,
    change,
    token: inputs.githubToken,
    env: context.env,
    logger: context.log,
    cwd: context.cwd,
    ...(request.timing ? { timing: request.timing } : {})
  })
  return 'url' in outcome ? outcome.url : undefined
}
