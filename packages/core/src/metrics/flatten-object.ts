import { ConfigurationError } from '../errors.js'
import { isJsonObject, orderedKeys, setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { JsonValue } from './model.js'

export type FlatValue = string | number | boolean | null

export interface FlattenOptions {
  /** Joins nested keys; default `.`. */
  readonly separator?: string
  /** Named in the error when two keys flatten to the same name. */
  readonly source?: string
}

/**
 * Flattens nested objects and lists into one level: `{a: {b: 1}, c: [2, 3]}` becomes
 * `{'a.b': 1, 'c.0': 2, 'c.1': 3}`. Single-item lists are unwrapped (`{a: [{b: 1}]}` gives
 * `a.b`), as DVC does; empty objects and lists vanish. Two places that give the same name
 * (`{"a.b": 1, "a": {"b": 2}}`) throw a `ConfigurationError` rather than one silently winning.
 */
export function flattenObject(
  value: JsonValue,
  options: FlattenOptions = {}
): Record<string, FlatValue> {
  const separator = options.separator ?? '.'
  const flat: Record<string, FlatValue> = {}
  const locations = new Map<string, string>()
  const visit = (item: JsonValue, path: KeyPath): void => {
    if (isJsonObject(item)) {
      for (const key of orderedKeys(item)) visit(item[key] ?? null, path.key(key))
    } else if (Array.isArray(item)) {
      if (item.length === 1) visit(item[0] ?? null, path.index(0, false))
      else item.forEach((element, position) => visit(element, path.index(position)))
    } else {
      const name = path.nameParts.join(separator)
      const previous = locations.get(name)
      if (previous !== undefined) {
        const where = options.source === undefined ? '' : `${options.source}: `
        throw new ConfigurationError(
          `${where}${previous} and ${path.toString()} both flatten to "${name}"`
        )
      }
      locations.set(name, path.toString())
      setEntry(flat, name, item)
    }
  }
  visit(value, KeyPath.root)
  return flat
}
