import type { ActionContext, ActionOutcome } from '@ml-actions/action-kit'
import {
  allComparisons,
  comparisonVerdict,
  renderComparisonMarkdown,
  type ComparisonMarkdownOptions,
  type MetricComparison,
  type MetricsComparisonReport
} from '@ml-actions/core/compare'
import {
  alertOnIssue,
  commentOnPullRequest,
  type OctokitTiming,
  type PullRequestCommentResult
} from '@ml-actions/github'
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
  const render = reportRenderer(request)
  const commentMarkdown = render(inputs.maxRows ?? 200)
  const comment = await commentOnTheChange(request, commentMarkdown)

  const comparisons = allComparisons(report)
  const failing = comparisons.filter((metric) => metric.outcome === 'fail')
  // The posting half of the fork mode leaves annotations and the alert to the run that computed
  // the report.
  if (request.gate) annotateMetrics(context, comparisons)
  const alertIssue = request.gate
    ? await alertOnRetrain(
        request,
        commentMarkdown,
        failing.map((metric) => metric.name)
      )
    : undefined

  const summaryMarkdown =
    context.cli || inputs.summary
      ? render(Math.max(inputs.maxRows ?? 200, SUMMARY_MIN_ROWS))
      : undefined
  const failure = gateFailure(request)
  return {
    outputs: {
      ...verdictOutputs(report, comparisons),
      ...(request.reportPath ? { 'report-path': request.reportPath } : {}),
      ...commentOutputs(comment),
      ...(alertIssue ? { 'alert-issue': alertIssue } : {})
    },
    ...(summaryMarkdown ? { report: summaryMarkdown } : {}),
    ...(failure ? { failure } : {})
  }
}

/** The report as markdown at a row limit; links into the repository only when the run names one. */
function reportRenderer(request: PublishRequest): (maxRows: number) => string {
  const { report, inputs, context } = request
  const repository = context.env.GITHUB_REPOSITORY
  const serverUrl = (context.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return (maxRows) =>
    renderComparisonMarkdown(report, {
      ...(repository ? { trustedLinkPrefix: `${serverUrl}/${repository}/` } : {}),
      workspace: context.env.GITHUB_WORKSPACE || context.cwd,
      ...request.markdown,
      title: inputs.title,
      maxRows,
      significantDigits: inputs.precision ?? 4
    })
}

/**
 * The sticky comment on the pull request: the verified one of the fork mode, else the event's or
 * pr-number. The CLI comments too when it has a token and a pull request (flags or the CI's variables).
 */
function commentOnTheChange(
  request: PublishRequest,
  markdown: string
): Promise<PullRequestCommentResult> {
  const { inputs, context } = request
  const truncationLink = request.markdown.reportUrl ?? request.markdown.runUrl
  const pullRequestNumber = request.pullRequestNumber ?? inputs.prNumber
  return commentOnPullRequest({
    cwd: context.cwd,
    action: 'compare-metrics',
    markdown,
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
}

/** An error annotation on each failing metric, then a warning on each inconclusive one. */
function annotateMetrics(context: ActionContext, comparisons: readonly MetricComparison[]): void {
  for (const metric of comparisons.filter((each) => each.outcome === 'fail')) {
    context.log.error(`${metric.name}: ${metric.reason}`, {
      title: `${metric.name} ${metric.verdict} (compare-metrics)`
    })
  }
  for (const metric of comparisons.filter((each) => each.outcome === 'inconclusive')) {
    context.log.warning(`${metric.name}: ${metric.reason}`, {
      title: `${metric.name} inconclusive (compare-metrics)`
    })
  }
}

/** What the comparison decided, as the outputs a later step reads. */
function verdictOutputs(
  report: MetricsComparisonReport,
  comparisons: readonly MetricComparison[]
): ActionOutcome<CompareMetricsOutput>['outputs'] {
  return {
    result: report.overall,
    regressed: comparisons
      .filter((metric) => metric.outcome === 'fail')
      .map((metric) => metric.name),
    improved: comparisons
      .filter((metric) => metric.verdict === 'improved')
      .map((metric) => metric.name),
    counts: JSON.stringify({
      total: report.counts.total,
      ...report.counts.verdicts,
      outcomes: report.counts.outcomes
    }),
    'baseline-source': report.baseline.source
  }
}

/** Where the comment went (or why it did not): `comment-status` is `<action>[:<code>]`. */
function commentOutputs(
  comment: PullRequestCommentResult
): ActionOutcome<CompareMetricsOutput>['outputs'] {
  return {
    ...(comment.commentId !== undefined ? { 'comment-id': comment.commentId } : {}),
    ...(comment.url ? { 'comment-url': comment.url } : {}),
    'comment-status': comment.code ? `${comment.action}:${comment.code}` : comment.action
  }
}

/**
 * The step's failure message when the gate holds it to the result. overall is inconclusive only when
 * fail-on (input or rules) is inconclusive, so it fails then too.
 */
function gateFailure(request: PublishRequest): string | undefined {
  const { report, inputs } = request
  if (!request.gate || inputs.failOn === 'never' || report.overall === 'pass') return undefined
  const verdict = comparisonVerdict(report, inputs.precision ?? 4)
  return `Metrics comparison ${report.overall === 'fail' ? 'failed' : report.overall}: ${verdict}`
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
