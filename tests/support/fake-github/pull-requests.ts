import type { PullRequestRecord } from './fake-state.js'
import { intParam, notFound, type Handler, type HandlerContext } from './handler.js'
import { pageResponse } from './pagination.js'
import { nodeId, repositoryResource, userResource, type Hosts } from './resources.js'

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function pullRequestResource(
  hosts: Hosts,
  pull: PullRequestRecord,
  state: HandlerContext['state']
) {
  const baseRepo = state.repository(pull.owner, pull.repo)
  const api = `${hosts.api}/repos/${pull.owner}/${pull.repo}`
  const web = `${hosts.web}/${pull.owner}/${pull.repo}/pull/${pull.number}`
  const headOwner = pull.headRepo?.owner ?? pull.author
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userResource(hosts, pull.author),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: isoSeconds(pull.createdAt),
    updated_at: isoSeconds(pull.createdAt),
    closed_at: pull.mergeCommitSha ? isoSeconds(pull.createdAt) : null,
    merged_at: pull.mergeCommitSha ? isoSeconds(pull.createdAt) : null,
    merge_commit_sha: pull.mergeCommitSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner.login}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: userResource(hosts, headOwner),
      repo: pull.headRepo ? repositoryResource(hosts, pull.headRepo) : null
    },
    base: {
      label: `${baseRepo.owner.login}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      user: userResource(hosts, baseRepo.owner),
      repo: repositoryResource(hosts, baseRepo)
    },
    _links: {
      self: { href: `${api}/pulls/${pull.number}` },
      html: { href: web },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/pulls/${pull.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pull.number}/commits` },
      statuses: { href: `${api}/statuses/${pull.headSha}` }
    },
    author_association: pull.headRepo?.fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    draft: false
  }
}

/** pulls/get adds the merge and diff statistics the list endpoints leave out. */
function fullPullRequestResource(
  hosts: Hosts,
  pull: PullRequestRecord,
  state: HandlerContext['state']
) {
  return {
    ...pullRequestResource(hosts, pull, state),
    merged: pull.mergeCommitSha !== undefined,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: state.comments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 10,
    deletions: 2,
    changed_files: 1
  }
}

function pullsOfRepo(context: HandlerContext): PullRequestRecord[] {
  const owner = (context.pathParams.owner ?? '').toLowerCase()
  const repo = (context.pathParams.repo ?? '').toLowerCase()
  return context.state.pullRequests.filter(
    (p) => p.owner.toLowerCase() === owner && p.repo.toLowerCase() === repo
  )
}

export const pullRequestHandlers: Record<string, Handler> = {
  'pulls/get': (context) => {
    const number = intParam(context, 'pull_number')
    const pull = pullsOfRepo(context).find((p) => p.number === number)
    return pull
      ? { status: 200, body: fullPullRequestResource(context.hosts, pull, context.state) }
      : notFound()
  },

  'pulls/list': (context) => {
    const query = context.requestUrl.searchParams
    const state = query.get('state') ?? 'open'
    const head = query.get('head')
    const base = query.get('base')
    const matching = pullsOfRepo(context).filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (!base || p.baseRef === base) &&
        (!head ||
          `${p.headRepo?.owner.login ?? ''}:${p.headRef}`.toLowerCase() === head.toLowerCase())
    )
    return pageResponse(matching, context.requestUrl, (p) =>
      pullRequestResource(context.hosts, p, context.state)
    )
  },

  'repos/list-pull-requests-associated-with-commit': (context) => {
    const sha = (context.pathParams.commit_sha ?? '').toLowerCase()
    // GitHub lists the PRs a commit is the head of, and the PR it was merged as.
    const matching = pullsOfRepo(context).filter(
      (p) => p.headSha.toLowerCase() === sha || p.mergeCommitSha?.toLowerCase() === sha
    )
    return pageResponse(matching, context.requestUrl, (p) =>
      pullRequestResource(context.hosts, p, context.state)
    )
  }
}
