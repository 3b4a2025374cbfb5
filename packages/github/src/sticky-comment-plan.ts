export type StickyCommentMode = 'upsert' | 'recreate' | 'append' | 'hide-old' | 'delete' | 'off'

export const STICKY_COMMENT_MODES: readonly StickyCommentMode[] = [
  'upsert',
  'recreate',
  'append',
  'hide-old',
  'delete',
  'off'
]

export interface ExistingComment {
  id: number
  nodeId: string
  body: string
  authorLogin: string
  createdAt: string
  url: string
}

/** The fields GitHub's comments and issues share, as the REST API returns them. */
export interface AuthoredItem {
  id: number
  node_id: string
  body?: string | null
  user?: { login: string } | null
  created_at: string
  html_url: string
}

/** A comment (or an issue, whose body is its first comment) as the sticky plan reads it. */
export function existingComment(item: AuthoredItem): ExistingComment {
  return {
    id: item.id,
    nodeId: item.node_id,
    body: item.body ?? '',
    authorLogin: item.user?.login ?? '',
    createdAt: item.created_at,
    url: item.html_url
  }
}

export interface StickyCommentPlan {
  /** Body of a new comment to create. */
  create?: string
  update?: { comment: ExistingComment; body: string }
  /** Our comment already says exactly this. */
  unchanged?: ExistingComment
  remove: ExistingComment[]
  hide: ExistingComment[]
}

export interface PlanInput {
  comments: readonly ExistingComment[]
  marker: string
  /** Login whose comments are ours: the token's identity. */
  identity: string
  mode: Exclude<StickyCommentMode, 'off'>
  /** The new content, not yet fitted. */
  content: string
  /** Fits content to the limit and appends the marker. */
  compose: (content: string) => string
}

/**
 * Ours = authored by the token's identity and carrying the exact marker; everything else is never touched.
 * Oldest first, because the oldest of several is the one that wins.
 */
export function findOwnComments(
  comments: readonly ExistingComment[],
  marker: string,
  identity: string
): ExistingComment[] {
  const login = identity.toLowerCase()
  return comments
    .filter((c) => c.authorLogin.toLowerCase() === login && c.body.includes(marker))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
}

/** Decides what to create, update, delete or hide; no I/O, so every mode is testable from a list. */
export function planStickyComment(input: PlanInput): StickyCommentPlan {
  const ours = findOwnComments(input.comments, input.marker, input.identity)
  const [oldest, ...newer] = ours
  switch (input.mode) {
    case 'delete':
      return { remove: ours, hide: [] }
    case 'recreate':
      return { create: input.compose(input.content), remove: ours, hide: [] }
    case 'hide-old':
      return { create: input.compose(input.content), remove: [], hide: ours }
    case 'append':
    case 'upsert': {
      if (!oldest) return { create: input.compose(input.content), remove: [], hide: [] }
      const content =
        input.mode === 'append'
          ? `${contentWithoutMarker(oldest.body, input.marker)}\n\n${input.content}`
          : input.content
      const body = input.compose(content)
      if (sameText(body, oldest.body)) return { unchanged: oldest, remove: newer, hide: [] }
      return { update: { comment: oldest, body }, remove: newer, hide: [] }
    }
  }
}

function contentWithoutMarker(body: string, marker: string): string {
  return body.split(marker).join('').replace(/\s+$/, '')
}

/** GitHub may hand back CRLF line ends for bodies edited in the browser. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')
}
