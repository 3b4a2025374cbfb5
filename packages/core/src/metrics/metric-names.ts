import { isArrayIndex } from './json-object.js'

/**
 * A metrics object's names without enumerating it. `Object.keys` on a 10^5-key metrics object
 * (dictionary mode) costs about 20 ms, once per side of a comparison, while a producer that adds
 * the names one at a time can keep them as it goes for almost nothing. The names are kept only for
 * an object frozen at that moment, so they cannot go stale, and only when none is an array index:
 * those enumerate first in numeric order, not in insertion order. Every other object is enumerated.
 */
const recordedNames = new WeakMap<object, readonly string[]>()

/**
 * Freezes `values` and keeps `names` as its names. The caller vouches that `names` lists every own
 * enumerable key of `values` once, in insertion order.
 */
export function freezeWithNames<T>(
  values: Record<string, T>,
  names: readonly string[]
): Readonly<Record<string, T>> {
  Object.freeze(values)
  if (!names.some(isArrayIndex)) recordedNames.set(values, Object.freeze([...names]))
  return values
}

/** The names in `Object.keys` order: the kept ones when there are, else by enumerating. */
export function metricNames(values: Readonly<Record<string, unknown>>): readonly string[] {
  return recordedNames.get(values) ?? Object.keys(values)
}
