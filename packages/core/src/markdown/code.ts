import { toPrintable } from './unicode.js'

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
export function inlineCode(text: string): string {
  const content = toPrintable(text).replace(/\r\n|\r|\n/g, ' ')
  if (content === '') return ''
  const fence = '`'.repeat(longestRun(content, '`') + 1)
  // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
  const padding = /^[` ]|[` ]$/.test(content) ? ' ' : ''
  return `${fence}${padding}${content}${padding}${fence}`
}

/**
 * Untrusted text as a fenced code block. The fence is longer than any backtick run inside, so the
 * content cannot close it; the language is reduced to characters an info string may hold.
 */
export function codeBlock(text: string, language = ''): string {
  const content = toPrintable(text)
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n$/, '')
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1))
  const info = language.replace(/[^A-Za-z0-9_+.-]/g, '')
  return `${fence}${info}\n${content}\n${fence}`
}

function longestRun(text: string, character: string): number {
  let longest = 0
  let current = 0
  for (const each of text) {
    current = each === character ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  return longest
}
