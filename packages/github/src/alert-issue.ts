import { plainTitle } from '@ml-actions/core/markdown'
import { composeCommentBody } from './comment-body.js'
import { defuseMarkers, stickyMarker } from './comment-marker.js'
import {
  describeGitHubFailure,
  isAmbiguousWriteFailure,
  type FailureCode
} from './github-failure.js'
import type { GitHubLogger } from './logger.js'
import type { GitHubClient } from './octokit.js'
import {
  existingComment,
  findOwnComments,
  sameText,
  type ExistingComment
} from './sticky-comment-plan.js'
import { GITHUB_ACTIONS_LOGIN } from './sticky-comment.js'

export interface AlertIssueOptions {
  owner: string
  repo: string
  /** The action alerting (`deploy-gate`): with the key, the identity of the one issue. */
  action: string
  /** What the alert is about (`model@production`): one open issue per action and key. */
  key: string
  /** Untrusted text allowed: it is made a safe one-line title here. */
  title: string
  /** Markdown the caller escaped; the marker is appended here. */
  body: string
  /** The token's login when the caller resolved it; github-actions[bot] otherwise. */
  viewerLogin?: string
  logger: GitHubLogger
}

export interface AlertResolution {
  /** Markdown the caller escaped, posted as the closing comment. */
  comment: string
}

export interface AlertIssueResult {
  action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none-open' | 'skipped'
  issueNumber?: number
  url?: string
  reason?: string
  code?: FailureCode
}

const ALERT_ACTION_SUFFIX = 'alert'

/**
 * The alert issue, sticky like our comments: the open issue of the token's identity that carries the
 * marker is the one alert. Raising it again updates that issue, so a re-run or the next failed deploy
 * never opens a second one; after it was closed, the next failure opens a new one.
 */
export async function raiseAlertIssue(
  octokit: GitHubClient,
  options: AlertIssueOptions
): Promise<AlertIssueResult> {
  const { owner, repo } = options
  const marker = alertMarker(options)
  const title = plainTitle(options.title)
  const body = composeCommentBody(defuseMarkers(options.body), { marker }).body
  let step = `list the open issues of ${owner}/${repo}`
  try {
    const [open] = await findOpenAlerts(octokit, options, marker)
    if (open) {
      if (sameText(open.body, body) && open.title === title) {
        return { action: 'unchanged', issueNumber: open.number, url: open.url }
      }
      step = `update alert issue #${open.number}`
      await octokit.rest.issues.update({ owner, repo, issue_number: open.number, title, body })
      return { action: 'updated', issueNumber: open.number, url: open.url }
    }
    step = `open an alert issue in ${owner}/${repo}`
    const created = await createReconciled(octokit, options, marker, { title, body })
    step = `check for concurrent alert issues in ${owner}/${repo}`
    return await settleConcurrentOpens(octokit, options, marker, created, { title, body })
  } catch (error) {
    return skipped(error, step, options.logger)
  }
}

/** Closes the open alert, if any, with a comment saying what resolved it. */
export async function resolveAlertIssue(
  octokit: GitHubClient,
  options: Omit<AlertIssueOptions, 'title' | 'body'> & AlertResolution
): Promise<AlertIssueResult> {
  const { owner, repo } = options
  const marker = alertMarker(options)
  let step = `list the open issues of ${owner}/${repo}`
  try {
    const open = await findOpenAlerts(octokit, options, marker)
    if (open.length === 0) return { action: 'none-open' }
    for (const issue of open) {
      step = `comment on alert issue #${issue.number}`
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: defuseMarkers(options.comment)
      })
      step = `close alert issue #${issue.number}`
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed'
      })
    }
    const [first] = open as [OpenAlert]
    return { action: 'closed', issueNumber: first.number, url: first.url }
  } catch (error) {
    return skipped(error, step, options.logger)
  }
}

export function alertMarker(options: Pick<AlertIssueOptions, 'action' | 'key'>): string {
  return stickyMarker(`${options.action}-${ALERT_ACTION_SUFFIX}`, options.key)
}

interface OpenAlert {
  number: number
  title: string
  body: string
  url: string
}

type Created = { number: number; url: string }

/** Ours and open, oldest first: the oldest of several is the one that stays. */
async function findOpenAlerts(
  octokit: GitHubClient,
  options: Pick<AlertIssueOptions, 'owner' | 'repo' | 'viewerLogin'>,
  marker: string
): Promise<OpenAlert[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100
  })
  const byId = new Map<number, OpenAlert>()
  const candidates: ExistingComment[] = []
  for (const issue of issues) {
    // The issues list carries pull requests too; an alert is never one.
    if (issue.pull_request) continue
    byId.set(issue.id, {
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      url: issue.html_url
    })
    candidates.push(existingComment(issue))
  }
  return findOwnComments(candidates, marker, options.viewerLogin ?? GITHUB_ACTIONS_LOGIN).map(
    (c) => byId.get(c.id) as OpenAlert
  )
}

/** A lost answer to the create must not become a second issue: look before trying again. */
async function createReconciled(
  octokit: GitHubClient,
  options: AlertIssueOptions,
  marker: string,
  content: { title: string; body: string }
): Promise<Created> {
  try {
    const { data } = await octokit.rest.issues.create({
      owner: options.owner,
      repo: options.repo,
      ...content,
      request: { retries: 0 }
    })
    return { number: data.number, url: data.html_url }
  } catch (error) {
    if (!isAmbiguousWriteFailure(error)) throw error
    const [found] = await findOpenAlerts(octokit, options, marker)
    if (!found) throw error
    return { number: found.number, url: found.url }
  }
}

/** Two runs that both found none both opened one: the oldest stays, the other is closed as a duplicate. */
async function settleConcurrentOpens(
  octokit: GitHubClient,
  options: AlertIssueOptions,
  marker: string,
  created: Created,
  content: { title: string; body: string }
): Promise<AlertIssueResult> {
  const [oldest, ...newer] = await findOpenAlerts(octokit, options, marker)
  for (const duplicate of newer) {
    await octokit.rest.issues.update({
      owner: options.owner,
      repo: options.repo,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
  }
  if (!oldest || oldest.number === created.number) {
    return { action: 'opened', issueNumber: created.number, url: created.url }
  }
  await octokit.rest.issues.update({
    owner: options.owner,
    repo: options.repo,
    issue_number: oldest.number,
    ...content
  })
  return { action: 'updated', issueNumber: oldest.number, url: oldest.url }
}

function skipped(error: unknown, step: string, logger: GitHubLogger): AlertIssueResult {
  const failure = describeGitHubFailure(error, step)
  if (!failure) throw error
  const message =
    failure.code === 'forbidden' || failure.code === 'read-only-token'
      ? `${failure.message} The alert issue needs \`issues: write\`.`
      : failure.message
  logger.warning(message)
  return { action: 'skipped', code: failure.code, reason: message }
}
