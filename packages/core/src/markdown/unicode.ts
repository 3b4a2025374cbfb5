const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * Characters that change how the text around them is displayed while showing nothing themselves:
 * bidirectional overrides, embeddings, isolates and marks (`rtl\u202Egnp.exe` displays as
 * "rtlexe.png"), zero-width spaces and joiners, the word joiner and invisible operators, the
 * byte-order mark, the soft hyphen, the Mongolian vowel separator, Hangul fillers, line and paragraph
 * separators, and the invisible tag characters (text smuggled past a reader).
 */
const INVISIBLE =
  /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g
const EMOJI = /\p{Extended_Pictographic}/u
const LETTER_OUTSIDE_ASCII = /[^\p{ASCII}](?<=[\p{L}\p{M}])/u

/**
 * Untrusted text made printable: lone surrogates and control characters (but tab and line breaks)
 * become U+FFFD, and invisible formatting characters become visible escapes (`\u202E`,
 * `\u{E0041}`), so a name cannot be spoofed visually. Joiners keep their job where a script needs
 * them: a zero-width joiner between emoji (👩‍💻) and a zero-width non-joiner between letters of a
 * script other than Latin (Persian, Indic).
 */
export function toPrintable(text: string): string {
  return showInvisible(toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD'))
}

/**
 * Only the invisible formatting characters of `toPrintable` made visible escapes, control
 * characters left as they are: what a log line needs, where the runner renders ANSI colour
 * escapes and carriage returns of a training command's progress bars.
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (character, offset: number, whole: string) =>
    isScriptJoiner(character, whole, offset) ? character : visibleEscape(character)
  )
}

/** `\u202E` for a BMP character, `\u{E0041}` beyond it: the form JavaScript and Python both read. */
export function visibleEscape(character: string): string {
  const code = character.codePointAt(0) ?? 0
  const hex = code.toString(16).toUpperCase()
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`
}

function isScriptJoiner(character: string, text: string, offset: number): boolean {
  if (character !== '\u200D' && character !== '\u200C') return false
  const before = codePointBefore(text, offset)
  const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0)
  if (character === '\u200D') return EMOJI.test(before.replace(/\uFE0F$/, '')) && EMOJI.test(after)
  return LETTER_OUTSIDE_ASCII.test(before) && LETTER_OUTSIDE_ASCII.test(after)
}

/** The code point ending at `offset`, skipping one emoji presentation selector. */
function codePointBefore(text: string, offset: number): string {
  let end = offset
  if (text[end - 1] === '\uFE0F') end--
  const low = text.charCodeAt(end - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1
  return text.slice(Math.max(0, start), end)
}

/** GitHub counts comment length in code points, not in UTF-16 units as `String.length` does. */
export function countCodePoints(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    const isTrailingHalfOfPair =
      unit >= 0xdc00 &&
      unit <= 0xdfff &&
      index > 0 &&
      isLeadingSurrogate(text.charCodeAt(index - 1))
    if (!isTrailingHalfOfPair) count++
  }
  return count
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The longest prefix of `text` with at most `maxCodePoints` code points, never ending between a surrogate pair. */
export function headByCodePoints(text: string, maxCodePoints: number): string {
  let end = 0
  let count = 0
  while (end < text.length && count < maxCodePoints) {
    end += startsSurrogatePair(text, end) ? 2 : 1
    count++
  }
  return text.slice(0, end)
}

function startsSurrogatePair(text: string, index: number): boolean {
  const next = text.charCodeAt(index + 1)
  return isLeadingSurrogate(text.charCodeAt(index)) && next >= 0xdc00 && next <= 0xdfff
}

function isLeadingSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}
