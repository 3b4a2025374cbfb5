import { ConfigurationError } from '../errors.js'
import { rememberKeyOrder, setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'

/**
 * Converts what the YAML and TOML parsers return (Maps, Dates, bigints, byte arrays) into the
 * JSON value tree. Maps keep their order, which is why YAML is parsed with `mapAsMap`.
 */
export function toJsonValue(value: unknown, source: string, path = KeyPath.root): JsonValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value
  }
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString()
  }
  if (Array.isArray(value) || value instanceof Set) {
    return [...(value as Iterable<unknown>)].map((item, index) =>
      toJsonValue(item, source, path.index(index))
    )
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>)].map(
      ([key, item]) => [String(key), item] as const
    )
    return toObject(entries, source, path)
  }
  if (typeof value === 'object') return toObject(Object.entries(value), source, path)
  return String(value)
}

function toObject(
  entries: ReadonlyArray<readonly [string, unknown]>,
  source: string,
  path: KeyPath
): JsonObject {
  const result: JsonObject = {}
  for (const [key, item] of entries) {
    // YAML keys `1` and `"1"` are distinct to the parser but the same name here.
    if (Object.hasOwn(result, key)) {
      throw new ConfigurationError(`${source}: duplicate key ${path.key(key).toString()}`)
    }
    setEntry(result, key, toJsonValue(item, source, path.key(key)))
  }
  rememberKeyOrder(
    result,
    entries.map(([key]) => key)
  )
  return result
}
