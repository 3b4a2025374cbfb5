import { COMMENT_LIMIT_CODE_POINTS, fitMarkdown } from '@ml-actions/core/markdown'

/** GitHub's measured limit for comment bodies in bytes; the code-point limit is the stricter one in practice. */
const COMMENT_LIMIT_BYTES = 262_144

export interface CommentBodyOptions {
  marker: string
  /** Where the full report lives (the artifact or the run page), linked from the truncation notice. */
  reportUrl?: string
  maxCodePoints?: number
}

export interface CommentBody {
  body: string
  truncated: boolean
}

/** The comment as posted: content fitted to GitHub's limit with a notice, the marker always last. */
export function composeCommentBody(content: string, options: CommentBodyOptions): CommentBody {
  const limit = options.maxCodePoints ?? COMMENT_LIMIT_CODE_POINTS
  const notice = truncationNotice(options.reportUrl)
  const fitted = fitMarkdown(content, {
    maxCodePoints: limit,
    maxBytes: COMMENT_LIMIT_BYTES,
    notice,
    keepTail: options.marker
  })
  // The shared fitter is trusted only as far as it verifiably kept the limit and the marker at the end.
  if (codePoints(fitted.text) <= limit && fitted.text.endsWith(options.marker)) {
    return { body: fitted.text, truncated: fitted.truncated }
  }
  const tail = `\n\n${options.marker}`
  const cut = cutToCodePoints(content, limit - codePoints(tail), notice)
  return { body: `${cut.text.replace(/\s+$/, '')}${tail}`, truncated: cut.truncated }
}

export function truncationNotice(reportUrl?: string): string {
  const where = reportUrl
    ? `the job summary / [report artifact](${reportUrl})`
    : 'the job summary / report artifact'
  return `…truncated: see ${where}`
}

export function codePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

function cutToCodePoints(
  content: string,
  budget: number,
  notice: string
): { text: string; truncated: boolean } {
  if (codePoints(content) <= budget) return { text: content, truncated: false }
  const fenceCloser = '\n```'
  const room = budget - codePoints(`\n\n${notice}`) - codePoints(fenceCloser)
  let kept = Array.from(content).slice(0, Math.max(0, room)).join('')
  // Cut at a line end so no table row or word is half shown.
  const lastNewline = kept.lastIndexOf('\n')
  if (lastNewline > 0) kept = kept.slice(0, lastNewline)
  const openFences = (kept.match(/^\s*(```|~~~)/gm) ?? []).length
  if (openFences % 2 === 1) kept += fenceCloser
  return { text: `${kept}\n\n${notice}`, truncated: true }
}
