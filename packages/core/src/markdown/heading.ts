import { escapeText } from './escape.js'
import { isTrustedMarkdown, type TrustedMarkdown } from './trusted.js'

/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
export function heading(level: number, text: string | TrustedMarkdown): string {
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    throw new RangeError(`A heading level is 1 to 6, got ${level}`)
  }
  const content = isTrustedMarkdown(text) ? text.trustedMarkdown : escapeText(text)
  return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`
}
