import { isJsonObject } from '../metrics/json-object.js'
import type { JsonObject, JsonValue } from '../metrics/model.js'

export type JsonScalar = null | boolean | number | string

/** Keys that order the rows of a per-step history; the first one present becomes the first column. */
export const INDEX_KEYS: readonly string[] = [
  'epoch',
  'step',
  'global_step',
  'iteration',
  'iter',
  'round',
  'batch',
  '_step',
  'index'
]

export function isScalar(value: JsonValue): value is JsonScalar {
  return value === null || typeof value !== 'object'
}

export function isEmptyContainer(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.length === 0
  return isJsonObject(value) && Object.keys(value).length === 0
}

export function isScalarList(value: JsonValue): value is JsonScalar[] {
  return Array.isArray(value) && value.every(isScalar)
}

export function isNumberList(value: JsonValue): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number')
}

export function findIndexKey(keys: readonly string[]): string | undefined {
  return INDEX_KEYS.find((key) => keys.includes(key))
}

/** Keys of all objects in first-seen order: the order the file's author wrote, not alphabetical. */
export function unionOfKeys(objects: Iterable<JsonObject>): string[] {
  const keys = new Set<string>()
  for (const object of objects) for (const key of Object.keys(object)) keys.add(key)
  return [...keys]
}
