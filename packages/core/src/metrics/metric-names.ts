import { isArrayIndex } from './json-object.js'

/**
 * A metrics object's names, and its values in the same order, without enumerating it or looking
 * each name up. `Object.keys` on a 10^5-key metrics object (dictionary mode) costs about 20 ms,
 * and a lookup per name about as much again, once per side of a comparison, while a producer that
 * adds the metrics one at a time can keep both lists as it goes for almost nothing. The lists are
 * kept only for an object frozen at that moment, so they cannot go stale, and only when no name is
 * an array index: those enumerate first in numeric order, not in insertion order. Every other
 * object is enumerated.
 */
export interface MetricEntries<T> {
  /** The names in `Object.keys` order. */
  readonly names: readonly string[]
  /** `values[i]` is the value of `names[i]`; undefined when the object was not kept (look up). */
  readonly values: readonly T[] | undefined
}

const recordedEntries = new WeakMap<object, MetricEntries<unknown>>()

/**
 * Freezes `metrics` and keeps `names` as its names and `values` as their values. The caller vouches
 * that `names` lists every own enumerable key of `metrics` once, in insertion order, and that
 * `values[i]` is `metrics[names[i]]`.
 */
export function freezeWithEntries<T>(
  metrics: Record<string, T>,
  names: readonly string[],
  values: readonly T[]
): Readonly<Record<string, T>> {
  if (values.length !== names.length)
    throw new RangeError(`${names.length} metric names but ${values.length} values`)
  Object.freeze(metrics)
  if (!names.some(isArrayIndex))
    recordedEntries.set(metrics, {
      names: Object.freeze([...names]),
      values: Object.freeze([...values])
    })
  return metrics
}

/** The names in `Object.keys` order, with their values when they were kept. */
export function metricEntries<T>(metrics: Readonly<Record<string, T>>): MetricEntries<T> {
  return (
    (recordedEntries.get(metrics) as MetricEntries<T> | undefined) ?? {
      names: Object.keys(metrics),
      values: undefined
    }
  )
}
