import { isRecord } from '../metrics/json-object.js'

/**
 * A path into a report: `overall`, `subject.sha256`, `metrics.0.name`, `metrics[name=accuracy].candidate`
 * (the first array element whose `name` is `accuracy`), `per_class["a.b"].f1` (a key holding dots).
 * Parsed once when the policy is read, so a malformed path is a policy error, not a runtime surprise.
 */
export type PathSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'select'; readonly key: string; readonly value: string }

export interface FieldPath {
  readonly text: string
  readonly segments: readonly PathSegment[]
}

export class FieldPathError extends Error {
  override readonly name = 'FieldPathError'
}

const PLAIN = /^[^.[\]"=]+/

export function parseFieldPath(text: string): FieldPath {
  const segments: PathSegment[] = []
  let rest = text.trim()
  if (rest === '') throw new FieldPathError('the path is empty')
  let expectSegment = true
  while (rest !== '') {
    if (rest.startsWith('[')) {
      const [segment, consumed] = parseBracket(rest, text)
      segments.push(segment)
      rest = rest.slice(consumed)
      expectSegment = false
      continue
    }
    if (!expectSegment) {
      if (!rest.startsWith('.')) throw new FieldPathError(`unexpected "${rest[0]}" in "${text}"`)
      rest = rest.slice(1)
      expectSegment = true
      continue
    }
    const plain = PLAIN.exec(rest)
    if (!plain) throw new FieldPathError(`expected a key at "${rest}" in "${text}"`)
    segments.push({ kind: 'key', key: plain[0].trim() })
    rest = rest.slice(plain[0].length)
    expectSegment = false
  }
  if (expectSegment) throw new FieldPathError(`"${text}" ends with "."`)
  return { text: text.trim(), segments }
}

function parseBracket(rest: string, text: string): [PathSegment, number] {
  const quoted = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest)
  if (quoted) {
    return [{ kind: 'key', key: JSON.parse(`"${quoted[1] ?? ''}"`) as string }, quoted[0].length]
  }
  const selector = /^\[\s*([^\]=\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\]]*?))\s*\]/.exec(rest)
  if (selector) {
    const value =
      selector[2] !== undefined ? (JSON.parse(`"${selector[2]}"`) as string) : (selector[3] ?? '')
    return [{ kind: 'select', key: selector[1] ?? '', value }, selector[0].length]
  }
  const index = /^\[\s*(\d+)\s*\]/.exec(rest)
  if (index) return [{ kind: 'key', key: index[1] ?? '' }, index[0].length]
  throw new FieldPathError(`"${text}" has a bracket that is not ["key"], [index] or [field=value]`)
}

export type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false }

/** Follows the path; absent keys, out-of-range indices and unmatched selectors are "not found". */
export function lookupField(root: unknown, path: FieldPath): Lookup {
  let current: unknown = root
  for (const segment of path.segments) {
    if (segment.kind === 'select') {
      if (!Array.isArray(current)) return { found: false }
      current = current.find(
        (item: unknown) =>
          isRecord(item) &&
          Object.hasOwn(item, segment.key) &&
          sameText(item[segment.key], segment.value)
      )
      if (current === undefined) return { found: false }
      continue
    }
    if (Array.isArray(current) && /^\d+$/.test(segment.key)) {
      const index = Number(segment.key)
      if (index >= current.length) return { found: false }
      current = current[index]
      continue
    }
    if (!isRecord(current) || !Object.hasOwn(current, segment.key)) return { found: false }
    current = current[segment.key]
  }
  return current === undefined ? { found: false } : { found: true, value: current }
}

function sameText(value: unknown, text: string): boolean {
  return (
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
    String(value) === text
  )
}
