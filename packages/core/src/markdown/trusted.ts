/**
 * Markdown written by this project (formatted numbers, code spans, status emoji), which builders
 * insert as is. Plain strings given to the same builders are untrusted and escaped.
 */
export interface TrustedMarkdown {
  readonly trustedMarkdown: string
}

export function trustedMarkdown(markdown: string): TrustedMarkdown {
  return { trustedMarkdown: markdown }
}

export function isTrustedMarkdown(value: unknown): value is TrustedMarkdown {
  return typeof value === 'object' && value !== null && 'trustedMarkdown' in value
}
