import { formatDistinct } from '../markdown/distinct-number.js'
import { formatSigned } from '../markdown/number-format.js'
import type { Direction, Scalar, Tolerance } from './policy.js'
import type { RuleStatus } from './policy.js'

export interface CheckOutcome {
  readonly status: Exclude<RuleStatus, 'missing'>
  readonly detail: string
}

/** Numbers, and the strings reports use for values JSON cannot hold. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (value === 'NaN') return Number.NaN
  if (value === 'Infinity') return Number.POSITIVE_INFINITY
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY
  return undefined
}

export function describeThreshold(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} ≤ x ≤ ${max}`
  if (min !== undefined) return `≥ ${min}`
  return `≤ ${String(max)}`
}

export function checkThreshold(
  value: unknown,
  min: number | undefined,
  max: number | undefined
): CheckOutcome {
  const number = numericValue(value)
  if (number === undefined) return { status: 'fail', detail: `${show(value)} is not a number` }
  if (Number.isNaN(number)) return { status: 'fail', detail: 'the value is NaN' }
  // The bounds are the user's own numbers, shown as written; the value beside them with as many
  // digits as it takes to differ from them.
  const shown = formatDistinct(
    number,
    [min, max].filter((bound) => bound !== undefined)
  )
  if (min !== undefined && number < min)
    return { status: 'fail', detail: `${shown} is below the minimum ${min}` }
  if (max !== undefined && number > max)
    return { status: 'fail', detail: `${shown} is above the maximum ${max}` }
  return { status: 'pass', detail: `${shown} is within ${describeThreshold(min, max)}` }
}

export function checkEquals(value: unknown, expected: Scalar): CheckOutcome {
  return value === expected
    ? { status: 'pass', detail: `is ${show(expected)}` }
    : { status: 'fail', detail: `is ${show(value)}, not ${show(expected)}` }
}

export function checkOneOf(value: unknown, expected: readonly Scalar[]): CheckOutcome {
  return expected.some((candidate) => candidate === value)
    ? { status: 'pass', detail: `${show(value)} is allowed` }
    : { status: 'fail', detail: `is ${show(value)}, not one of ${expected.map(show).join(', ')}` }
}

export function describeRelative(direction: Direction, tolerance: Tolerance): string {
  const sign = direction === 'higher' ? '≥' : '≤'
  const slack =
    tolerance.value === 0
      ? ''
      : ` ${direction === 'higher' ? '−' : '+'} ${formatTolerance(tolerance)}`
  return `${sign} baseline${slack}`
}

export function formatTolerance(tolerance: Tolerance): string {
  return tolerance.relative
    ? `${Number((tolerance.value * 100).toPrecision(12))}%`
    : String(tolerance.value)
}

/** Not worse than the baseline by more than the tolerance, in the direction that is better. */
export function checkRelative(
  value: unknown,
  baseline: unknown,
  direction: Direction,
  tolerance: Tolerance
): CheckOutcome {
  const candidate = numericValue(value)
  const reference = numericValue(baseline)
  if (candidate === undefined) return { status: 'fail', detail: `${show(value)} is not a number` }
  if (reference === undefined)
    return { status: 'fail', detail: `the baseline ${show(baseline)} is not a number` }
  if (Number.isNaN(candidate) || Number.isNaN(reference)) {
    return { status: 'fail', detail: 'NaN cannot be compared' }
  }
  const allowed = tolerance.relative ? tolerance.value * Math.abs(reference) : tolerance.value
  const bound = direction === 'higher' ? reference - allowed : reference + allowed
  const ok = direction === 'higher' ? candidate >= bound : candidate <= bound
  const change = candidate - reference
  const moved = `${formatDistinct(candidate, [reference, bound])} vs baseline ${formatDistinct(reference, [candidate, bound])} (${change === 0 ? '0' : formatSigned(change)})`
  return ok
    ? { status: 'pass', detail: `${moved} is within ${describeRelative(direction, tolerance)}` }
    : {
        status: 'fail',
        detail: `${moved} is worse than ${describeRelative(direction, tolerance)} = ${formatDistinct(bound, [candidate, reference])}`
      }
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
