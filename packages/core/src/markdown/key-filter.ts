import { loadGlobEngine, type GlobEngine } from '../glob-engine.js'
import type { JsonObject, JsonValue } from '../metrics/model.js'
import { isJsonObject } from '../metrics/json-object.js'
import { findIndexKey } from './json-shape.js'

export interface KeyFilter {
  /** Globs over dotted key paths (`params.lr`, `per_class.*`, `**.f1`); when given, only matches are kept. */
  include?: readonly string[]
  /** Globs over dotted key paths; matches and everything below them are dropped. */
  exclude?: readonly string[]
  /** picomatch, from `loadKeyGlobs`: needed only when include or exclude holds a pattern. */
  globs?: GlobEngine
}

/**
 * The glob engine a filter needs, loaded only when it has patterns: most renders have none, and
 * picomatch at start-up was a quarter of the code json-to-md compiled before reading its inputs.
 */
export async function loadKeyGlobs(filter: KeyFilter): Promise<GlobEngine | undefined> {
  const patterns = [...(filter.include ?? []), ...(filter.exclude ?? [])]
  return patterns.length > 0 ? (filter.globs ?? (await loadGlobEngine())) : undefined
}

type Matcher = (path: readonly string[]) => boolean

/**
 * Keep the parts of a value selected by include/exclude globs over dotted key paths.
 * `*` matches one key and `**` any number of keys; a key that itself holds a dot is matched with `?`
 * or `*` in the dot's place. Array positions are not part of a path, so `metrics.val_loss` selects a
 * column of a per-epoch list; such a list keeps its index column (epoch, step) with any column kept.
 * A selected key keeps everything below it. Returns undefined when nothing is left.
 */
export function filterKeys(value: JsonValue, filter: KeyFilter): JsonValue | undefined {
  const include = compile(filter.include, filter.globs)
  const exclude = compile(filter.exclude, filter.globs)
  if (include === undefined && exclude === undefined) return value
  const isExcluded = exclude ?? (() => false)
  return select(value, [], include === undefined, include ?? (() => true), isExcluded)
}

function select(
  value: JsonValue,
  path: readonly string[],
  selected: boolean,
  isIncluded: Matcher,
  isExcluded: Matcher
): JsonValue | undefined {
  if (path.length > 0 && isExcluded(path)) return undefined
  const isSelected = selected || (path.length > 0 && isIncluded(path))
  if (Array.isArray(value)) {
    const items: JsonValue[] = []
    for (const item of value) {
      const kept = select(item, path, isSelected, isIncluded, isExcluded)
      if (kept === undefined) continue
      items.push(
        isJsonObject(item) && isJsonObject(kept) ? withIndexKey(item, kept, path, isExcluded) : kept
      )
    }
    return isSelected || items.length > 0 ? items : undefined
  }
  if (isJsonObject(value)) {
    const kept: JsonObject = {}
    for (const [key, child] of Object.entries(value)) {
      const keptChild = select(child, [...path, key], isSelected, isIncluded, isExcluded)
      if (keptChild !== undefined) kept[key] = keptChild
    }
    return isSelected || Object.keys(kept).length > 0 ? kept : undefined
  }
  return isSelected ? value : undefined
}

/** A row of a per-step list without its epoch or step column could not be read. */
function withIndexKey(
  original: JsonObject,
  kept: JsonObject,
  path: readonly string[],
  isExcluded: Matcher
): JsonObject {
  const indexKey = findIndexKey(Object.keys(original))
  if (indexKey === undefined || indexKey in kept || Object.keys(kept).length === 0) return kept
  if (isExcluded([...path, indexKey])) return kept
  const indexValue = original[indexKey]
  return indexValue === undefined ? kept : { [indexKey]: indexValue, ...kept }
}

function compile(
  patterns: readonly string[] | undefined,
  picomatch: GlobEngine | undefined
): Matcher | undefined {
  if (patterns === undefined || patterns.length === 0) return undefined
  if (picomatch === undefined) throw new Error('key patterns need the engine loadKeyGlobs gives')
  const globs = patterns.map((pattern) => toGlobPath(pattern.split('.')))
  // Slashes separate keys, on every platform: picomatch's Windows mode would read `\` as one too.
  const matches = picomatch(globs, { dot: true, windows: false })
  return (path) => matches(toGlobPath(path))
}

/** Picomatch separates on slashes, so a slash inside a key (or a pattern's key) must not read as one. */
function toGlobPath(path: readonly string[]): string {
  return path.map((key) => key.replace(/\//g, '\u2215')).join('/')
}
