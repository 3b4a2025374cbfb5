import type { JsonObject, JsonValue } from './model.js'

// JS objects list integer-like keys first, in ascending order, whatever the insertion order was.
// Parsers remember the file's order here when it differs, without adding anything visible to the
// objects themselves.
const fileKeyOrder = new WeakMap<object, readonly string[]>()

/** Records the key order of `target` as it appeared in the file, if a JS object would lose it. */
export function rememberKeyOrder(target: object, keysInFileOrder: readonly string[]): void {
  if (keysInFileOrder.some(isArrayIndex)) {
    fileKeyOrder.set(target, keysInFileOrder)
  }
}

/** The keys of an object in the order they had in the file it was parsed from. */
export function orderedKeys(value: object): readonly string[] {
  return fileKeyOrder.get(value) ?? Object.keys(value)
}

const DIGIT_0 = 48
const DIGIT_9 = 57
const LARGEST_ARRAY_INDEX = 2 ** 32 - 2

/** A key that objects list before the others, in ascending numeric order: "0", "7", "42". */
export function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0)
  if (!(first >= DIGIT_0 && first <= DIGIT_9)) return false
  const index = Number(key)
  return Number.isInteger(index) && index <= LARGEST_ARRAY_INDEX && String(index) === key
}

/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as a prototype change rather than data.
 */
export function setEntry<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
  } else {
    target[key] = value
  }
}

/** A JSON object or YAML mapping: an object that is neither null nor an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return isRecord(value)
}
