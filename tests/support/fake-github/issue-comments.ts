import type { CommentRecord } from './fake-state.js'
import { intParam, notFound, type Handler, type HandlerContext } from './handler.js'
import { pageResponse } from './pagination.js'
import { nodeId, reactionRollup, userResource, type Hosts } from './resources.js'

export function commentResource(hosts: Hosts, comment: CommentRecord): Record<string, unknown> {
  const repoApi = `${hosts.api}/repos/${comment.owner}/${comment.repo}`
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoApi}/issues/comments/${comment.id}`,
    html_url: `${hosts.web}/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userResource(hosts, comment.author),
    created_at: comment.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    updated_at: comment.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    author_association: comment.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    reactions: reactionRollup(`${repoApi}/issues/comments/${comment.id}/reactions`),
    performed_via_github_app: null
  }
}

function findComment(context: HandlerContext): CommentRecord | undefined {
  const id = intParam(context, 'comment_id')
  const { owner, repo } = context.pathParams
  return context.state.comments.find(
    (c) => c.id === id && sameName(c.owner, owner) && sameName(c.repo, repo)
  )
}

function sameName(a: string, b: string | undefined): boolean {
  return a.toLowerCase() === (b ?? '').toLowerCase()
}

export const issueCommentHandlers: Record<string, Handler> = {
  'issues/list-comments': (context) => {
    const issueNumber = intParam(context, 'issue_number')
    const { owner, repo } = context.pathParams
    const all = context.state.comments.filter(
      (c) => c.issueNumber === issueNumber && sameName(c.owner, owner) && sameName(c.repo, repo)
    )
    return pageResponse(all, context.requestUrl, (c) => commentResource(context.hosts, c))
  },

  'issues/create-comment': (context) => {
    const now = context.state.now()
    const comment: CommentRecord = {
      id: context.state.nextId(),
      owner: context.pathParams.owner ?? '',
      repo: context.pathParams.repo ?? '',
      issueNumber: intParam(context, 'issue_number'),
      body: String(context.body.body),
      author: context.caller,
      createdAt: now,
      updatedAt: now
    }
    context.state.comments.push(comment)
    return {
      status: 201,
      body: commentResource(context.hosts, comment),
      headers: {
        location: `${context.hosts.api}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`
      }
    }
  },

  'issues/get-comment': (context) => {
    const comment = findComment(context)
    return comment ? { status: 200, body: commentResource(context.hosts, comment) } : notFound()
  },

  'issues/update-comment': (context) => {
    const comment = findComment(context)
    if (!comment) return notFound()
    comment.body = String(context.body.body)
    comment.updatedAt = context.state.now()
    return { status: 200, body: commentResource(context.hosts, comment) }
  },

  'issues/delete-comment': (context) => {
    const comment = findComment(context)
    if (!comment) return notFound()
    context.state.comments.splice(context.state.comments.indexOf(comment), 1)
    return { status: 204 }
  }
}
