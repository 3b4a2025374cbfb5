// Placeholder until the markdown module lands: the signatures below are the contract.
export const COMMENT_LIMIT_CODE_POINTS = 65_536
export const JOB_SUMMARY_LIMIT = 1_000_000

export interface FitOptions {
  maxCodePoints?: number
  maxBytes?: number
  notice: string
}

export interface Fitted {
  text: string
  truncated: boolean
}

export function fitMarkdown(markdown: string, options: FitOptions): Fitted {
  const max = options.maxBytes ?? Infinity
  if (Buffer.byteLength(markdown) <= max) return { text: markdown, truncated: false }
  return { text: `${markdown.slice(0, max / 4)}\n\n${options.notice}`, truncated: true }
}
