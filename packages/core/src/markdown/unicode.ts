const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** Untrusted text made printable: lone surrogates and control characters (but tab and line breaks) become U+FFFD. */
export function toPrintable(text: string): string {
  return toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD')
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
