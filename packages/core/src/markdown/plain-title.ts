import { headByCodePoints, toPrintable } from './unicode.js'

const ZERO_WIDTH_SPACE = '\u200B'
/** GitHub's limit for an issue title. */
export const ISSUE_TITLE_LIMIT = 256

/**
 * Untrusted text for an issue title. A title is shown as text (entities and backslashes would show),
 * but GitHub still links `#123` and `owner/repo#123` there and a line break would end it, so: one
 * line, printable, references and mentions broken with a zero-width space, cut to the limit.
 */
export function plainTitle(text: string, maxCodePoints = ISSUE_TITLE_LIMIT): string {
  const line = toPrintable(text)
    .replace(/\s+/g, ' ')
    .trim()
    // `a@b` is no mention (GitHub wants a non-word character before the `@`); `repo#1` is a reference.
    .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(gh-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`)
  return headByCodePoints(line, maxCodePoints)
}
