import { OpenBlocks } from './open-blocks.js'
import { countCodePoints, headByCodePoints, toWellFormed, utf8Length } from './unicode.js'

/** GitHub rejects issue and pull-request comments longer than 65,536 characters (code points). */
export const COMMENT_LIMIT_CODE_POINTS = 65_536
/** The job summary limit is 1 MiB per step; 1,000,000 bytes leaves room for what others append. */
export const JOB_SUMMARY_LIMIT = 1_000_000

export interface FitOptions {
  /** Limit in code points. When neither limit is given, COMMENT_LIMIT_CODE_POINTS applies. */
  maxCodePoints?: number
  /** Limit in UTF-8 bytes. */
  maxBytes?: number
  /** Trusted markdown shown after the cut, e.g. where to find the full report. */
  notice: string
  /** Trusted markdown that must always end the text, e.g. a sticky comment's hidden marker. */
  keepTail?: string
}

export interface Fitted {
  text: string
  truncated: boolean
  /** Lines of the input not kept whole (a line kept in part counts as dropped). */
  droppedLines: number
}

interface Size {
  codePoints: number
  bytes: number
}

const ELLIPSIS = '…'
const BLOCK_SEPARATOR = '\n\n'
/** A line is only kept in part when at least this much of it fits; less is not worth reading. */
const MIN_PARTIAL_CODE_POINTS = 20

/**
 * Fit markdown under GitHub's limits, counting code points and UTF-8 bytes (never UTF-16 units).
 * The cut falls between lines, so table rows stay whole; a long plain line that would be lost
 * entirely is kept in part, cut between code points. Code fences, HTML comments and `<details>`
 * left open are closed, then the notice and `keepTail` follow, and the whole result fits the limits.
 */
export function fitMarkdown(markdown: string, options: FitOptions): Fitted {
  const limit = resolveLimit(options)
  const body = toWellFormed(markdown).replace(/\n+$/, '')
  const tail = options.keepTail === undefined ? '' : toWellFormed(options.keepTail)
  const whole = joinBlocks(body, tail)
  if (fits(measure(whole), limit)) return { text: whole, truncated: false, droppedLines: 0 }

  const ending = joinBlocks(options.notice, tail)
  const endingSize = measure(BLOCK_SEPARATOR + ending)
  if (!fits(measure(ending), limit)) {
    throw new RangeError('The truncation notice and the kept tail alone exceed the limit')
  }

  const lines = body.split('\n')
  const blocks = new OpenBlocks()
  let kept: Size = { codePoints: 0, bytes: 0 }
  let keptLines = 0
  let closers = ''
  for (const line of lines) {
    blocks.advance(line)
    const lineClosers = blocks.closers()
    const withLine = add(kept, measure(line), keptLines === 0 ? 0 : 1)
    if (!fits(add(add(withLine, measure(lineClosers)), endingSize), limit)) break
    kept = withLine
    closers = lineClosers
    keptLines++
  }

  let head = lines.slice(0, keptLines).join('\n')
  const firstDropped = lines[keptLines]
  if (firstDropped !== undefined && canKeepInPart(firstDropped)) {
    const separator = keptLines === 0 ? 0 : 1
    const room = subtract(limit, add(add(kept, measure(closers), separator), endingSize))
    const part = partOfLine(firstDropped, subtract(room, measure(ELLIPSIS)))
    if (part !== '') head += `${keptLines === 0 ? '' : '\n'}${part}${ELLIPSIS}`
  }
  return {
    text: joinBlocks(head + closers, ending),
    truncated: true,
    droppedLines: lines.length - keptLines
  }
}

function resolveLimit(options: FitOptions): Size {
  const { maxCodePoints, maxBytes } = options
  const neither = maxCodePoints === undefined && maxBytes === undefined
  const limit = {
    codePoints: neither ? COMMENT_LIMIT_CODE_POINTS : (maxCodePoints ?? Infinity),
    bytes: maxBytes ?? Infinity
  }
  for (const [name, value] of Object.entries(limit)) {
    if (!(value > 0)) throw new RangeError(`The ${name} limit must be positive, got ${value}`)
  }
  return limit
}

/**
 * Table rows, HTML lines and fence lines are all-or-nothing: half a row breaks the table, half a tag
 * can swallow the notice.
 */
function canKeepInPart(line: string): boolean {
  return !/^\s*(\||<|`{3,}|~{3,})/.test(line) && !line.includes('<!--')
}

function partOfLine(line: string, room: Size): string {
  const maxCodePoints = Math.min(room.codePoints, room.bytes)
  if (maxCodePoints < MIN_PARTIAL_CODE_POINTS) return ''
  let part = headByCodePoints(line, maxCodePoints)
  let excess = utf8Length(part) - room.bytes
  while (excess > 0) {
    // A code point is 1 to 4 bytes: drop the fewest that could remove the excess, then check again.
    part = headByCodePoints(part, countCodePoints(part) - Math.max(1, Math.ceil(excess / 4)))
    excess = utf8Length(part) - room.bytes
  }
  return withoutUnfinishedMarkup(part)
}

/** A cut inside `&amp;` or `<br>` would show half an entity or leave half a tag open. */
function withoutUnfinishedMarkup(part: string): string {
  const trimmed = part.replace(/&[#A-Za-z0-9]{0,10}$/, '').replace(/<\/?[A-Za-z]{0,10}$/, '')
  // An odd number of trailing backslashes would escape whatever follows.
  return trimmed.replace(/(?<!\\)\\(\\\\)*$/, '$1')
}

function joinBlocks(...blocks: string[]): string {
  return blocks.filter((block) => block !== '').join(BLOCK_SEPARATOR)
}

function measure(text: string): Size {
  return { codePoints: countCodePoints(text), bytes: utf8Length(text) }
}

function add(size: Size, other: Size, separators = 0): Size {
  return {
    codePoints: size.codePoints + other.codePoints + separators,
    bytes: size.bytes + other.bytes + separators
  }
}

function subtract(size: Size, other: Size): Size {
  return { codePoints: size.codePoints - other.codePoints, bytes: size.bytes - other.bytes }
}

function fits(size: Size, limit: Size): boolean {
  return size.codePoints <= limit.codePoints && size.bytes <= limit.bytes
}
