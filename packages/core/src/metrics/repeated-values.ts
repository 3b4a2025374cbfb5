import type { MetricGroup } from './model.js'

/**
 * Metrics and groups that repeat others under another name, so that a summary shows each value
 * once. A file read two ways (train-evaluate's `overall.*` from the project's results and its own
 * `counts.*` from the predictions) holds the same numbers twice: overall.accuracy and
 * counts.accuracy, per_class and counts.per_class. Values are compared at 12 significant digits,
 * as two programs computing one ratio may differ in the last bits.
 *
 * The first name in order is kept; a later one is a repeat when its value equals a kept metric's.
 * A group is a repeat of an earlier one when it has the same rows and each of its rows' values is
 * among the earlier group's values for that row (a column renamed, support vs num_samples).
 */
export interface RepeatedValues {
  /** Repeated metric name → the name shown instead. */
  readonly metrics: ReadonlyMap<string, string>
  /** Repeated group name → the group shown instead. */
  readonly groups: ReadonlyMap<string, string>
}

const KEY_DIGITS = 12

export function repeatedValues(
  metrics: Readonly<Record<string, number>>,
  groups: readonly MetricGroup[],
  repeatable: (name: string) => boolean = () => true
): RepeatedValues {
  const keptOfValue = new Map<string, string[]>()
  const repeatedMetrics = new Map<string, string>()
  for (const [name, value] of Object.entries(metrics)) {
    const key = valueKey(value)
    const kept = keptOfValue.get(key)
    if (kept !== undefined && repeatable(name)) {
      // counts.accuracy repeats overall.accuracy rather than overall.recall of the same value.
      const word = lastWord(name)
      repeatedMetrics.set(name, kept.find((each) => lastWord(each) === word) ?? kept[0] ?? name)
    } else if (kept !== undefined) kept.push(name)
    else keptOfValue.set(key, [name])
  }
  const repeatedGroups = new Map<string, string>()
  for (const [index, group] of groups.entries()) {
    if (!repeatable(group.name)) continue
    const original = groups
      .slice(0, index)
      .find((earlier) => !repeatedGroups.has(earlier.name) && covers(earlier, group))
    if (original) repeatedGroups.set(group.name, original.name)
  }
  return { metrics: repeatedMetrics, groups: repeatedGroups }
}

function covers(earlier: MetricGroup, later: MetricGroup): boolean {
  const rows = Object.keys(later.rows)
  if (rows.length === 0 || rows.length !== Object.keys(earlier.rows).length) return false
  return rows.every((row) => {
    const known = new Set(Object.values(earlier.rows[row] ?? {}).map(valueKey))
    const values = Object.values(later.rows[row] ?? {})
    return known.size > 0 && values.every((value) => known.has(valueKey(value)))
  })
}

function lastWord(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).at(-1) ?? name
}

function valueKey(value: number): string {
  return Number.isFinite(value) ? value.toPrecision(KEY_DIGITS) : String(value)
}
