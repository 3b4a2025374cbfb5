import { readFileSync } from 'node:fs'
import { readEventContext } from './event-context.js'
import type { GitHubLogger } from './logger.js'
import { createOctokit, type OctokitTiming } from './octokit.js'
import type { StickyCommentOptions, StickyCommentResult } from './sticky-comment.js'
import type { StickyCommentMode } from './sticky-comment-plan.js'

type Env = Readonly<Record<string, string | undefined>>

export interface PullRequestCommentOptions {
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
  env: Env
  logger: GitHubLogger
  readFile?: (path: string) => string
  timing?: Partial<OctokitTiming>
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
  const event = readEventContext(options.env, options.readFile ?? readUtf8, {
    ...(options.pullRequestNumber ? { pullRequestNumber: options.pullRequestNumber } : {})
  })
  if (!event.pullRequest || !event.repository) {
    const reason = `no pull request to comment on (event ${event.eventName || 'unknown'})`
    options.logger.info(`Not commenting: ${reason}; the results are in the job summary.`)
    return { action: 'skipped', reason }
  }
  if (!options.token) {
    const reason = 'no github-token was given'
    options.logger.warning(`Not commenting on #${event.pullRequest.number}: ${reason}.`)
    return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number }
  }
  const octokit = await createOctokit(options.token, {
    env: options.env,
    baseUrl: event.apiUrl,
    logger: options.logger,
    ...(options.timing ? { timing: options.timing } : {})
  })
  const sticky: StickyCommentOptions = {
    owner: event.repository.owner,
    repo: event.repository.repo,
    issueNumber: event.pullRequest.number,
    action: options.action,
    body: options.markdown,
    mode: options.mode,
    logger: options.logger,
    env: options.env,
    ...(options.key ? { key: options.key } : {}),
    ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
    ...(options.failOnCommentError ? { failOnCommentError: true } : {})
  }
  // Loaded only when there is a pull request to comment on, like Octokit itself.
  const { upsertStickyComment } = await import('./sticky-comment.js')
  const result = await upsertStickyComment(octokit, sticky)
  return { ...result, pullRequestNumber: event.pullRequest.number }
}

const readUtf8 = (path: string): string => readFileSync(path, 'utf8')
