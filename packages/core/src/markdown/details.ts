import { escapeHtml } from './escape.js'
import { isTrustedMarkdown, type TrustedMarkdown } from './trusted.js'

export interface DetailsOptions {
  open?: boolean
}

/**
 * A collapsible block. The summary sits in raw HTML, so a plain string is HTML-escaped (markdown is
 * not parsed there). Blank lines around the body let GitHub render it as markdown.
 */
export function details(
  summary: string | TrustedMarkdown,
  body: string,
  options: DetailsOptions = {}
): string {
  const summaryHtml = isTrustedMarkdown(summary) ? summary.trustedMarkdown : escapeHtml(summary)
  const tag = options.open ? '<details open>' : '<details>'
  return `${tag}<summary>${summaryHtml}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>`
}
