import type { StickyCommentOptions, StickyCommentResult } from './sticky-comment.js'
import type { StickyCommentMode } from './sticky-comment-plan.js'
import {
  connectStep,
  missingTokenReason,
  readStepRun,
  type StepConnectionOptions
} from './step-connection.js'

export interface PullRequestCommentOptions extends StepConnectionOptions {
  /** The action posting (`json-to-md`, `compare-metrics`): half of the sticky marker. */
  action: string
  markdown: string
  mode: StickyCommentMode
  /** Separates several sticky comments of one action; empty or absent: workflow/job. */
  key?: string
  /** Empty or absent: no comment, with a note in the log. */
  token?: string
  /** An explicit PR (an input); otherwise the event's PR. */
  pullRequestNumber?: number
  failOnCommentError?: boolean
  reportUrl?: string
}

export type PullRequestCommentResult = StickyCommentResult & { pullRequestNumber?: number }

/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
export async function commentOnPullRequest(
  options: PullRequestCommentOptions
): Promise<PullRequestCommentResult> {
  if (options.mode === 'off') return { action: 'skipped', code: 'off', reason: 'comment is off' }
  const run = await readStepRun(options, options.pullRequestNumber)
  const { event, onRunner } = run
  if (!event.pullRequest || !event.repository) {
    const reason = onRunner
      ? `no pull request to comment on (event ${event.eventName || 'unknown'})`
      : `no GitHub pull request to comment on (${event.provider} run${event.ref ? ` of ${event.ref}` : ''}; pr-number names one)`
    // A local run with no token never meant to comment: no line for it.
    const say = (message: string) =>
      onRunner || options.token ? options.logger.info(message) : options.logger.debug(message)
    say(`Not commenting: ${reason}; the results are in the ${onRunner ? 'job summary' : 'output'}.`)
    return { action: 'skipped', reason }
  }
  if (!options.token) {
    const reason = missingTokenReason(onRunner)
    options.logger.warning(
      `Not commenting on ${event.repository.owner}/${event.repository.repo}#${event.pullRequest.number}: ${reason}.`
    )
    return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number }
  }
  const { octokit, viewerLogin } = await connectStep(options.token, run, options)
  const sticky: StickyCommentOptions = {
    ...(viewerLogin ? { viewerLogin } : {}),
    owner: event.repository.owner,
    repo: event.repository.repo,
    issueNumber: event.pullRequest.number,
    action: options.action,
    body: options.markdown,
    mode: options.mode,
    logger: options.logger,
    env: options.env,
    // Off the runner there is no workflow/job pair: the CI and its job name keep one comment per job
    // (CircleCI's workflow id changes with every run, so it cannot be part of it).
    ...(options.key
      ? { key: options.key }
      : onRunner
        ? {}
        : { key: `${event.provider}/${event.job || 'job'}` }),
    ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
    ...(options.failOnCommentError ? { failOnCommentError: true } : {})
  }
  // Loaded only when there is a pull request to comment on, like Octokit itself.
  const { upsertStickyComment } = await import('./sticky-comment.js')
  const result = await upsertStickyComment(octokit, sticky)
  return { ...result, pullRequestNumber: event.pullRequest.number }
}
