import { ConfigurationError } from '@ml-actions/core/errors'
import { composeCommentBody } from './comment-body.js'
import { defaultStickyKey, defuseMarkers, retiredMarker, stickyMarker } from './comment-marker.js'
import {
  describeGitHubFailure,
  isAmbiguousWriteFailure,
  isNotFound,
  type FailureCode
} from './github-failure.js'
import type { GitHubLogger } from './logger.js'
import type { GitHubClient } from './octokit.js'
import {
  existingComment,
  findOwnComments,
  planStickyComment,
  type ExistingComment,
  type StickyCommentMode
} from './sticky-comment-plan.js'

/** Who a workflow's GITHUB_TOKEN comments as. GET /user is closed to it, so this cannot be asked. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]'

export interface StickyCommentOptions {
  owner: string
  repo: string
  issueNumber: number
  /** The action posting, the first half of the marker's identity (`compare-metrics`). */
  action: string
  /** Separates several sticky comments of one action; defaults to workflow/job. */
  key?: string
  /** Markdown content; the marker and, if needed, a truncation notice are added here. */
  body: string
  mode?: StickyCommentMode
  /** Login whose comments count as ours; defaults to github-actions[bot]. */
  identity?: string
  /** The token's login when the caller resolved it (an app slug[bot] or a PAT user); wins over identity. */
  viewerLogin?: string
  /** Linked from the truncation notice. */
  reportUrl?: string
  /** Throw instead of returning `skipped` when GitHub refuses. */
  failOnCommentError?: boolean
  logger: GitHubLogger
  env?: Readonly<Record<string, string | undefined>>
  /** Attempts at creating the comment when the outcome of a try is unknown (5xx, dropped connection). */
  createAttempts?: number
  /** Pause before re-listing after an unknown create outcome. */
  reconcileDelayMs?: number
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped'
  commentId?: number
  url?: string
  reason?: string
  /** Why it was skipped, for outputs such as comment-status. */
  code?: FailureCode | 'off' | 'nothing-to-delete'
  truncated?: boolean
}

/** Raised only when the caller asked to fail on comment errors. */
export class CommentError extends Error {
  override readonly name = 'CommentError'
  constructor(
    message: string,
    readonly code: FailureCode
  ) {
    super(message)
  }
}

const MINIMIZE_COMMENT = `mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } }
}`

/**
 * Creates or maintains one comment per action and key on an issue or pull request. Never edits comments of
 * other authors, never leaves a duplicate behind after a lost response, and turns GitHub's refusals into a
 * warning plus `skipped` unless told otherwise.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions
): Promise<StickyCommentResult> {
  const mode = options.mode ?? 'upsert'
  if (mode === 'off') return { action: 'skipped', code: 'off', reason: 'comment mode is off' }
  const thread = new CommentThread(octokit, options)
  let truncated = false
  const compose = (content: string): string => {
    const composed = composeCommentBody(defuseMarkers(content), {
      marker: thread.marker,
      ...(options.reportUrl ? { reportUrl: options.reportUrl } : {})
    })
    truncated = composed.truncated
    return composed.body
  }
  const progress = { step: `list the comments of ${thread.where}` }
  try {
    const comments = await thread.list()
    const plan = planStickyComment({
      comments,
      marker: thread.marker,
      identity: thread.identity,
      mode,
      content: options.body,
      compose
    })
    const result = await carryOutPlan(thread, plan, comments, mode, progress)
    return result.action === 'deleted' || result.action === 'skipped'
      ? result
      : { ...result, truncated }
  } catch (error) {
    return refusal(error, progress.step, options)
  }
}

/** Does what the plan says, naming in `progress.step` what it is doing for a refusal's message. */
async function carryOutPlan(
  thread: CommentThread,
  plan: ReturnType<typeof planStickyComment>,
  comments: readonly ExistingComment[],
  mode: StickyCommentMode,
  progress: { step: string }
): Promise<StickyCommentResult> {
  const { where } = thread
  if (plan.update) {
    progress.step = `update comment ${plan.update.comment.id} on ${where}`
    await thread.update(plan.update.comment.id, plan.update.body)
    progress.step = `delete duplicate comments on ${where}`
    for (const duplicate of plan.remove) await thread.delete(duplicate)
    return { action: 'updated', commentId: plan.update.comment.id, url: plan.update.comment.url }
  }
  if (plan.unchanged) {
    progress.step = `delete duplicate comments on ${where}`
    for (const duplicate of plan.remove) await thread.delete(duplicate)
    return { action: 'unchanged', commentId: plan.unchanged.id, url: plan.unchanged.url }
  }
  if (plan.create !== undefined) {
    progress.step = `create a comment on ${where}`
    const created = await thread.createReconciled(plan.create, comments)
    // Old ones go only after the new one exists, so a failure never leaves the PR without a report.
    progress.step = `remove the previous comment on ${where}`
    for (const old of plan.remove) await thread.delete(old)
    progress.step = `hide the previous comment on ${where}`
    for (const old of plan.hide) await thread.hide(old)
    if (mode === 'upsert' || mode === 'append') {
      progress.step = `check for concurrent comments on ${where}`
      const settled = await thread.settleConcurrentCreates(created.id, plan.create)
      if (settled) return settled
    }
    return { action: 'created', commentId: created.id, url: created.url }
  }
  progress.step = `delete the comment on ${where}`
  for (const old of plan.remove) await thread.delete(old)
  const [first] = plan.remove
  return first
    ? { action: 'deleted', commentId: first.id, url: first.url }
    : { action: 'skipped', code: 'nothing-to-delete', reason: `no comment of ours on ${where}` }
}

/** GitHub refused: a warning and `skipped`, or an error when the caller asked to fail. */
function refusal(error: unknown, step: string, options: StickyCommentOptions): StickyCommentResult {
  const failure = describeGitHubFailure(error, step)
  if (!failure) throw error
  if (options.failOnCommentError) {
    throw failure.code === 'read-only-token' || failure.code === 'forbidden'
      ? new ConfigurationError(failure.message, 'github-token')
      : new CommentError(failure.message, failure.code)
  }
  options.logger.warning(failure.message)
  return { action: 'skipped', code: failure.code, reason: failure.message }
}

/** The comments of one issue or pull request, as the sticky comment of one action and key sees them. */
class CommentThread {
  readonly marker: string
  readonly identity: string
  readonly where: string
  private readonly target: { owner: string; repo: string; issue_number: number }

  constructor(
    private readonly octokit: GitHubClient,
    private readonly options: StickyCommentOptions
  ) {
    this.marker = stickyMarker(
      options.action,
      options.key ?? defaultStickyKey(options.env ?? process.env)
    )
    this.identity = options.viewerLogin ?? options.identity ?? GITHUB_ACTIONS_LOGIN
    this.target = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber }
    this.where = `#${options.issueNumber}`
  }

  async list(): Promise<ExistingComment[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.target,
      per_page: 100
    })
    return comments.map(existingComment)
  }

  async update(commentId: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({
      owner: this.options.owner,
      repo: this.options.repo,
      comment_id: commentId,
      body
    })
  }

  async delete(comment: ExistingComment): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({
        owner: this.options.owner,
        repo: this.options.repo,
        comment_id: comment.id
      })
    } catch (error) {
      // A concurrent run may have removed it first; the goal state is reached either way.
      if (!isNotFound(error)) throw error
    }
  }

  async hide(comment: ExistingComment): Promise<void> {
    try {
      await this.octokit.graphql(MINIMIZE_COMMENT, {
        subjectId: comment.nodeId,
        classifier: 'OUTDATED'
      })
    } catch (error) {
      // GraphQL reports a refused mutation in the body, not the status; the new comment stands regardless.
      if ((error as { name?: string }).name !== 'GraphqlResponseError') throw error
      this.options.logger.warning(
        `Could not hide comment ${comment.id} on ${this.where}: ${(error as Error).message}`
      )
    }
    // Minimized state is invisible to the REST list, so retire the marker or the next run would adopt it.
    await this.update(comment.id, comment.body.split(this.marker).join(retiredMarker(this.marker)))
  }

  async createReconciled(
    body: string,
    before: readonly ExistingComment[]
  ): Promise<{ id: number; url: string }> {
    const known = new Set(before.map((c) => c.id))
    const attempts = Math.max(1, this.options.createAttempts ?? 3)
    for (let attempt = 1; ; attempt++) {
      try {
        // The retry plugin must not repeat this POST on its own: a lost answer would become a duplicate.
        const { data } = await this.octokit.rest.issues.createComment({
          ...this.target,
          body,
          request: { retries: 0 }
        })
        return { id: data.id, url: data.html_url }
      } catch (error) {
        if (!isAmbiguousWriteFailure(error) || attempt >= attempts) throw error
        this.options.logger.info(
          `Creating the comment on ${this.where} failed without a clear answer; checking whether it exists.`
        )
        await delay((this.options.reconcileDelayMs ?? 1000) * attempt)
        const created = findOwnComments(await this.list(), this.marker, this.identity).filter(
          (c) => !known.has(c.id)
        )
        const [first, ...extra] = created
        if (first) {
          for (const duplicate of extra) await this.delete(duplicate)
          return { id: first.id, url: first.url }
        }
      }
    }
  }

  /**
   * Listing and creating is not atomic: a parallel run (another matrix leg, a re-run) may have created too.
   * Everyone converges on the oldest comment, so whichever runs last leaves exactly one.
   */
  async settleConcurrentCreates(
    createdId: number,
    body: string
  ): Promise<StickyCommentResult | undefined> {
    const [oldest, ...newer] = findOwnComments(await this.list(), this.marker, this.identity)
    if (!oldest || oldest.id === createdId) {
      for (const duplicate of newer) await this.delete(duplicate)
      return undefined
    }
    await this.update(oldest.id, body)
    for (const duplicate of newer) await this.delete(duplicate)
    return { action: 'updated', commentId: oldest.id, url: oldest.url }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
