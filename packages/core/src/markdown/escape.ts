import { toPrintable } from './unicode.js'

/**
 * Escaping of untrusted text (file contents, metric names, keys, logs) for GitHub-flavoured markdown.
 *
 * - `&`, `<`, `>` become entities, so HTML, comments (`<!-- marker -->`), `</details>` and
 *   `<img>`/`<script>` are shown, not interpreted.
 * - Markdown punctuation that could start a construct (`\` `` ` `` `*` `~` `[` `]` `|` `$`, and `_`
 *   outside a word) is backslash-escaped: no code spans, fences, emphasis, links, images
 *   (`![x](https://…)` loses its `[`), math or table cells can be opened.
 * - `@name` gets a zero-width space after the `@`: GitHub's mention filter runs on the rendered text,
 *   where an entity such as `&#64;` would already be an `@` again, so only a character that stays
 *   between `@` and the name stops the ping.
 * - `#123`, `owner/repo#123` and `GH-123` get the same treatment: GitHub links them and adds a
 *   cross-reference to that issue's timeline on every edit of a sticky comment, which is noise in
 *   someone else's issue. `owner/repo@sha` and `user@sha` are mentions as far as the `@` goes.
 * - Autolink literals lose their trigger: a zero-width space goes after the `:` of `scheme://`,
 *   `mailto:` and `xmpp:` and after the `www` of `www.`. A backslash would not do: GitHub's parser
 *   also finds them in text after escapes are resolved.
 * - Line breaks become `<br>`, so the text stays on one line of markdown and cannot start a block.
 * - Control characters and lone surrogates become U+FFFD; bidirectional controls and zero-width
 *   characters become visible escapes such as `\u202E` (see `toPrintable`).
 */

const ZERO_WIDTH_SPACE = '\u200B'
const LINE_BREAK = /\r\n|\r|\n/g
// Indentation would start a code block, and a line break there an HTML block; neither shows.
const LEADING_BLANK = /^\s+/
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '~', '[', ']', '|', '$'])
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const SPECIAL = /[\\`*~[\]|$&<>_@#":.-]/g
const WORD_CHARACTER = /[\p{L}\p{N}]/u
const MENTION_START = /[A-Za-z0-9]/

/** Untrusted text for a paragraph, list item or heading: also safe at the start of a line. */
export function escapeText(text: string): string {
  return escapeLineStart(escapeInline(text.replace(LEADING_BLANK, ''), 'text'))
}

/** Untrusted text for a GFM table cell. Pipes are escaped; block markers need no escaping in a cell. */
export function escapeCell(text: string): string {
  return escapeInline(text, 'cell')
}

/**
 * Untrusted text inside raw HTML such as `<summary>`, where markdown is not parsed (so a backslash
 * would show) but entities are: entity-escapes, neutralises mentions and issue references.
 */
export function escapeHtml(text: string): string {
  return escapeInline(text, 'html')
}

type Context = 'text' | 'cell' | 'html'

function escapeInline(text: string, context: Context): string {
  const clean = toPrintable(text)
  const escaped = clean.replace(SPECIAL, (character, offset: number) =>
    escapeCharacter(character, clean, offset, context)
  )
  return escaped.replace(LINE_BREAK, context === 'html' ? ' ' : '<br>')
}

function escapeCharacter(
  character: string,
  text: string,
  offset: number,
  context: Context
): string {
  const entity = ENTITIES[character]
  if (entity !== undefined) return entity
  const next = text[offset + 1] ?? ''
  if (character === '@') return MENTION_START.test(next) ? `@${ZERO_WIDTH_SPACE}` : '@'
  if (character === '#') return escapeHash(text, offset, context)
  if (character === '-') return isGitHubReference(text, offset) ? `-${ZERO_WIDTH_SPACE}` : '-'
  if (character === ':')
    return startsAutolink(character, text, offset) ? `:${ZERO_WIDTH_SPACE}` : ':'
  if (character === '.')
    return startsAutolink(character, text, offset) ? `${ZERO_WIDTH_SPACE}.` : '.'
  if (context === 'html') return character === '"' ? '&quot;' : character
  if (character === '"') return character
  if (character === '_') return isIntraword(text, offset) ? '_' : '\\_'
  return BACKSLASH_ESCAPED.has(character) ? `\\${character}` : character
}

/**
 * `#` after a space would close a heading (`## title #`), and before a digit it is an issue reference.
 * A `#` opening a line is escapeLineStart's concern.
 */
function escapeHash(text: string, offset: number, context: Context): string {
  const previous = text[offset - 1]
  const closesHeading = context === 'text' && (previous === ' ' || previous === '\t')
  const hash = closesHeading ? '\\#' : '#'
  return /[0-9]/.test(text[offset + 1] ?? '') ? `${hash}${ZERO_WIDTH_SPACE}` : hash
}

/** `GH-7`: GitHub's other spelling of `#7`, in any case, not inside a longer word. */
function isGitHubReference(text: string, offset: number): boolean {
  return (
    /(?:^|[^\p{L}\p{N}_])gh$/iu.test(text.slice(0, offset)) && /[0-9]/.test(text[offset + 1] ?? '')
  )
}

/** The characters GFM's autolink literals are recognised by: `scheme://`, `mailto:`, `xmpp:`, `www.`. */
function startsAutolink(character: string, text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset)
  if (character === '.') return /(?:^|[^\p{L}\p{N}])www$/iu.test(before) || /^www$/i.test(before)
  return text.startsWith('//', offset + 1) || /(?:mailto|xmpp)$/i.test(before)
}

/** An underscore between two word characters can neither open nor close emphasis. */
function isIntraword(text: string, offset: number): boolean {
  const previous = text[offset - 1] ?? ''
  const next = text[offset + 1] ?? ''
  return WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next)
}

/**
 * Escape what would make a line of inline markdown start a block: a heading (`#`), a list marker
 * (`-`, `+`, `1.` followed by a space), or a setext underline or thematic break (a line of only `-`
 * or `=`). `>`, `*` and `_` are escaped everywhere already. `-0.5` is left alone: it starts no block.
 */
export function escapeLineStart(markdown: string): string {
  if (/^\s*([-=])(\s*\1)*\s*$/.test(markdown)) return markdown.replace(/^(\s*)/, '$1\\')
  return markdown
    .replace(/^(\s*)(#|[-+](?=\s|$))/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
}
