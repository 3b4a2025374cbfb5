import type { IssueRecord } from './fake-state.js'
import { intParam, notFound, type Handler, type HandlerContext } from './handler.js'
import { pageResponse } from './pagination.js'
import { nodeId, reactionRollup, userResource, type Hosts } from './resources.js'

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function issueResource(
  hosts: Hosts,
  issue: IssueRecord,
  state: HandlerContext['state']
): Record<string, unknown> {
  const api = `${hosts.api}/repos/${issue.owner}/${issue.repo}`
  const issueApi = `${api}/issues/${issue.number}`
  return {
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    url: issueApi,
    repository_url: api,
    labels_url: `${issueApi}/labels{/name}`,
    comments_url: `${issueApi}/comments`,
    events_url: `${issueApi}/events`,
    html_url: `${hosts.web}/${issue.owner}/${issue.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userResource(hosts, issue.author),
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: state.comments.filter(
      (c) => c.issueNumber === issue.number && sameName(c.owner, issue.owner)
    ).length,
    closed_at: issue.closedAt ? isoSeconds(issue.closedAt) : null,
    created_at: isoSeconds(issue.createdAt),
    updated_at: isoSeconds(issue.updatedAt),
    author_association: issue.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    timeline_url: `${issueApi}/timeline`,
    performed_via_github_app: null,
    reactions: reactionRollup(`${issueApi}/reactions`)
  }
}

function sameName(a: string, b: string | undefined): boolean {
  return a.toLowerCase() === (b ?? '').toLowerCase()
}

function issuesOfRepo(context: HandlerContext): IssueRecord[] {
  const { owner, repo } = context.pathParams
  return context.state.issues.filter((i) => sameName(i.owner, owner) && sameName(i.repo, repo))
}

function findIssue(context: HandlerContext): IssueRecord | undefined {
  const number = intParam(context, 'issue_number')
  return issuesOfRepo(context).find((i) => i.number === number)
}

export const issueHandlers: Record<string, Handler> = {
  'issues/list-for-repo': (context) => {
    const query = context.requestUrl.searchParams
    const state = query.get('state') ?? 'open'
    const creator = query.get('creator')
    const descending = (query.get('direction') ?? 'desc') === 'desc'
    const matching = issuesOfRepo(context)
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => !creator || sameName(i.author.login, creator))
      .sort((a, b) => (descending ? b.number - a.number : a.number - b.number))
    return pageResponse(matching, context.requestUrl, (i) =>
      issueResource(context.hosts, i, context.state)
    )
  },

  'issues/create': (context) => {
    const owner = context.pathParams.owner ?? ''
    const repo = context.pathParams.repo ?? ''
    const now = context.state.now()
    const issue: IssueRecord = {
      owner,
      repo,
      number: context.state.nextIssueNumber(owner, repo),
      id: context.state.nextId(),
      title: String(context.body.title),
      body: String(context.body.body ?? ''),
      state: 'open',
      stateReason: null,
      author: context.caller,
      createdAt: now,
      updatedAt: now,
      closedAt: null
    }
    context.state.issues.push(issue)
    return {
      status: 201,
      body: issueResource(context.hosts, issue, context.state),
      headers: { location: `${context.hosts.api}/repos/${owner}/${repo}/issues/${issue.number}` }
    }
  },

  'issues/get': (context) => {
    const issue = findIssue(context)
    return issue
      ? { status: 200, body: issueResource(context.hosts, issue, context.state) }
      : notFound()
  },

  'issues/update': (context) => {
    const issue = findIssue(context)
    if (!issue) return notFound()
    const body = context.body ?? {}
    if (body.title !== undefined) issue.title = String(body.title)
    if (body.body !== undefined) issue.body = String(body.body ?? '')
    issue.updatedAt = context.state.now()
    if (body.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = issue.updatedAt
      issue.stateReason = body.state_reason === 'not_planned' ? 'not_planned' : 'completed'
    } else if (body.state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.stateReason = 'reopened'
    }
    return { status: 200, body: issueResource(context.hosts, issue, context.state) }
  }
}
