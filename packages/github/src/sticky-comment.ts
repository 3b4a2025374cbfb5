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
  const logger = options.logger
  const marker = stickyMarker(
    options.action,
    options.key ?? defaultStickyKey(options.env ?? process.env)
  )
  const identity = options.viewerLogin ?? options.identity ?? GITHUB_ACTIONS_LOGIN
  const target = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber }
  const where = `#${options.issueNumber}`
  let truncated = false
  const compose = (content: string): string => {
    const composed = composeCommentBody(defuseMarkers(content), {
      marker,
      ...(options.reportUrl ? { reportUrl: options.reportUrl } : {})
    })
    truncated = composed.truncated
    return composed.body
  }

  const listComments = async (): Promise<ExistingComment[]> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...target,
      per_page: 100
    })
    return comments.map((c) => ({
      id: c.id,
      nodeId: c.node_id,
      body: c.body ?? '',
      authorLogin: c.user?.login ?? '',
      createdAt: c.created_at,
      url: c.html_url
    }))
  }

  const deleteComment = async (comment: ExistingComment): Promise<void> => {
    try {
      await octokit.rest.issues.deleteComment({
        owner: options.owner,
        repo: options.repo,
        comment_id: comment.id
      })
    } catch (error) {
      // A concurrent run may have removed it first; the goal state is reached either way.
      if (!isNotFound(error)) throw error
    }
  }

  const hideComment = async (comment: ExistingComment): Promise<void> => {
    try {
      await octokit.graphql(MINIMIZE_COMMENT, { subjectId: comment.nodeId, classifier: 'OUTDATED' })
    } catch (error) {
      // GraphQL reports a refused mutation in the body, not the status; the new comment stands regardless.
      if ((error as { name?: string }).name !== 'GraphqlResponseError') throw error
      logger.warning(
        `Could not hide comment ${comment.id} on ${where}: ${(error as Error).message}`
      )
    }
    // Minimized state is invisible to the REST list, so retire the marker or the next run would adopt it.
    await octokit.rest.issues.updateComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: comment.id,
      body: comment.body.split(marker).join(retiredMarker(marker))
    })
  }

  const createReconciled = async (body: string, before: readonly ExistingComment[]) => {
    const known = new Set(before.map((c) => c.id))
    const attempts = Math.max(1, options.createAttempts ?? 3)
    for (let attempt = 1; ; attempt++) {
      try {
        // The retry plugin must not repeat this POST on its own: a lost answer would become a duplicate.
        const { data } = await octokit.rest.issues.createComment({
          ...target,
          body,
          request: { retries: 0 }
        })
        return { id: data.id, url: data.html_url }
      } catch (error) {
        if (!isAmbiguousWriteFailure(error) || attempt >= attempts) throw error
        logger.info(
          `Creating the comment on ${where} failed without a clear answer; checking whether it exists.`
        )
        await delay((options.reconcileDelayMs ?? 1000) * attempt)
        const created = findOwnComments(await listComments(), marker, identity).filter(
          (c) => !known.has(c.id)
        )
        const [first, ...extra] = created
        if (first) {
          for (const duplicate of extra) await deleteComment(duplicate)
          return { id: first.id, url: first.url }
        }
      }
    }
  }

  /**
   * Listing and creating is not atomic: a parallel run (another matrix leg, a re-run) may have created too.
   * Everyone converges on the oldest comment, so whichever runs last leaves exactly one.
   */
  const settleConcurrentCreates = async (
    createdId: number,
    body: string
  ): Promise<StickyCommentResult | undefined> => {
    const [oldest, ...newer] = findOwnComments(await listComments(), marker, identity)
    if (!oldest || oldest.id === createdId) {
      for (const duplicate of newer) await deleteComment(duplicate)
      return undefined
    }
    await octokit.rest.issues.updateComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: oldest.id,
      body
    })
    for (const duplicate of newer) await deleteComment(duplicate)
    return { action: 'updated', commentId: oldest.id, url: oldest.url }
  }

  let step = `list the comments of ${where}`
  try {
    const comments = await listComments()
    const plan = planStickyComment({
      comments,
      marker,
      identity,
      mode,
      content: options.body,
      compose
    })

    if (plan.update) {
      step = `update comment ${plan.update.comment.id} on ${where}`
      await octokit.rest.issues.updateComment({
        owner: options.owner,
        repo: options.repo,
        comment_id: plan.update.comment.id,
        body: plan.update.body
      })
      step = `delete duplicate comments on ${where}`
      for (const duplicate of plan.remove) await deleteComment(duplicate)
      return {
        action: 'updated',
        commentId: plan.update.comment.id,
        url: plan.update.comment.url,
        truncated
      }
    }
    if (plan.unchanged) {
      step = `delete duplicate comments on ${where}`
      for (const duplicate of plan.remove) await deleteComment(duplicate)
      return {
        action: 'unchanged',
        commentId: plan.unchanged.id,
        url: plan.unchanged.url,
        truncated
      }
    }
    if (plan.create !== undefined) {
      step = `create a comment on ${where}`
      const created = await createReconciled(plan.create, comments)
      // Old ones go only after the new one exists, so a failure never leaves the PR without a report.
      step = `remove the previous comment on ${where}`
      for (const old of plan.remove) await deleteComment(old)
      step = `hide the previous comment on ${where}`
      for (const old of plan.hide) await hideComment(old)
      if (mode === 'upsert' || mode === 'append') {
        step = `check for concurrent comments on ${where}`
        const settled = await settleConcurrentCreates(created.id, plan.create)
        if (settled) return { ...settled, truncated }
      }
      return { action: 'created', commentId: created.id, url: created.url, truncated }
    }
    step = `delete the comment on ${where}`
    for (const old of plan.remove) await deleteComment(old)
    const [first] = plan.remove
    return first
      ? { action: 'deleted', commentId: first.id, url: first.url }
      : { action: 'skipped', code: 'nothing-to-delete', reason: `no comment of ours on ${where}` }
  } catch (error) {
    const failure = describeGitHubFailure(error, step)
    if (!failure) throw error
    if (options.failOnCommentError) {
      throw failure.code === 'read-only-token' || failure.code === 'forbidden'
        ? new ConfigurationError(failure.message, 'github-token')
        : new CommentError(failure.message, failure.code)
    }
    logger.warning(failure.message)
    return { action: 'skipped', code: failure.code, reason: failure.message }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
