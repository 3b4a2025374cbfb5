import { toFloat64 } from './nd-array.js'
import type { NdArray } from './nd-array.js'
import { mean, nearestRank, sortedCopy } from './percentile.js'
import { argmaxAgreement } from './argmax-agreement.js'
import type { ArgmaxAgreement } from './argmax-agreement.js'

/**
 * `allclose`: numpy's |a − b| ≤ atol + rtol·|b| (b = reference).
 * `both-exceed`: Polygraphy's rule, an element fails only if |a − b| > atol AND |a − b|/|b| > rtol.
 */
export type ComparisonMode = 'allclose' | 'both-exceed'

export interface Tolerance {
  readonly atol: number
  readonly rtol: number
  readonly mode: ComparisonMode
}

/** The rule in words, written into the report next to the numbers it produced. */
export function describeComparison(mode: ComparisonMode): string {
  const rule =
    mode === 'allclose'
      ? 'allclose: an element fails where |a − b| > atol + rtol·|b|'
      : 'both-exceed: an element fails where |a − b| > atol and |a − b|/|b| > rtol'
  return `${rule} (a = ONNX, b = reference; relative errors divide by max(|b|, 2.2e-16); NaN must match NaN, ±Inf the same infinity)`
}

/** Relative error divides by |reference|; an exact zero reference uses this instead (as Polygraphy). */
export const RELATIVE_ERROR_FLOOR = 2.220446049250313e-16

export interface WorstElement {
  readonly sample: string
  readonly index: number[]
  readonly actual: number
  readonly expected: number
  readonly absError: number
  readonly relError: number
}

export interface OutputParity {
  readonly name: string
  /** The tolerance applied to this output (the defaults or its own override). */
  readonly atol: number
  readonly rtol: number
  readonly passed: boolean
  readonly failure?: string
  readonly elements: number
  readonly mismatches: number
  /** Positions where one side is NaN and the other is not (a NaN the reference lacks always fails). */
  readonly nanMismatches: number
  /** Positions where one side is ±Inf and the other is not the same infinity. */
  readonly infMismatches: number
  readonly maxAbsError: number
  readonly meanAbsError: number
  readonly p99AbsError: number
  readonly maxRelError: number
  readonly meanRelError: number
  readonly p99RelError: number
  /** Smallest atol that passes at the configured rtol, and smallest rtol at the configured atol. */
  readonly minPassingAtol: number
  readonly minPassingRtol: number
  readonly worst: WorstElement[]
  readonly argmax?: ArgmaxAgreement
}

export interface ComparedPair {
  readonly sample: string
  readonly actual: NdArray
  readonly expected: NdArray
}

export const WORST_ELEMENTS = 5

export function compareOutput(
  name: string,
  pairs: readonly ComparedPair[],
  tolerance: Tolerance
): OutputParity {
  for (const pair of pairs) {
    if (pair.actual.shape.join(',') !== pair.expected.shape.join(',')) {
      return shapeMismatch(name, pair, tolerance)
    }
  }
  const accumulator = new ErrorAccumulator(tolerance)
  for (const pair of pairs) accumulator.add(pair)
  return accumulator.result(name, argmaxAgreement(pairs))
}

class ErrorAccumulator {
  private readonly absErrors: number[] = []
  private readonly relErrors: number[] = []
  private readonly worst: WorstElement[] = []
  private elements = 0
  private mismatches = 0
  private nanMismatches = 0
  private infMismatches = 0
  private minPassingAtol = 0
  private minPassingRtol = 0

  constructor(private readonly tolerance: Tolerance) {}

  add(pair: ComparedPair): void {
    const actual = toFloat64(pair.actual)
    const expected = toFloat64(pair.expected)
    const { atol, rtol, mode } = this.tolerance
    this.elements += actual.length
    for (let i = 0; i < actual.length; i++) {
      const a = actual[i] as number
      const b = expected[i] as number
      if (!Number.isFinite(a) || !Number.isFinite(b)) {
        if (Number.isNaN(a) && Number.isNaN(b)) continue
        if (a === b) continue
        if (Number.isNaN(a) || Number.isNaN(b)) this.nanMismatches++
        else this.infMismatches++
        this.mismatches++
        this.minPassingAtol = Infinity
        this.minPassingRtol = Infinity
        this.consider(pair, i, a, b, Infinity, Infinity)
        continue
      }
      const absError = Math.abs(a - b)
      const magnitude = Math.abs(b)
      const relError = absError / Math.max(magnitude, RELATIVE_ERROR_FLOOR)
      this.absErrors.push(absError)
      this.relErrors.push(relError)
      if (mode === 'allclose') {
        if (absError > atol + rtol * magnitude) this.mismatches++
        this.minPassingAtol = Math.max(this.minPassingAtol, absError - rtol * magnitude)
        if (absError > atol)
          this.minPassingRtol = Math.max(
            this.minPassingRtol,
            magnitude === 0 ? Infinity : (absError - atol) / magnitude
          )
      } else {
        if (absError > atol && relError > rtol) this.mismatches++
        if (relError > rtol) this.minPassingAtol = Math.max(this.minPassingAtol, absError)
        if (absError > atol) this.minPassingRtol = Math.max(this.minPassingRtol, relError)
      }
      if (absError > 0) this.consider(pair, i, a, b, absError, relError)
    }
  }

  private consider(
    pair: ComparedPair,
    flatIndex: number,
    actual: number,
    expected: number,
    absError: number,
    relError: number
  ): void {
    const last = this.worst[this.worst.length - 1]
    if (this.worst.length === WORST_ELEMENTS && last && last.absError >= absError) return
    const entry = {
      sample: pair.sample,
      index: unravel(flatIndex, pair.expected.shape),
      actual,
      expected,
      absError,
      relError
    }
    const at = this.worst.findIndex((existing) => existing.absError < absError)
    this.worst.splice(at === -1 ? this.worst.length : at, 0, entry)
    if (this.worst.length > WORST_ELEMENTS) this.worst.pop()
  }

  result(name: string, argmax: ArgmaxAgreement | undefined): OutputParity {
    const absSorted = sortedCopy(this.absErrors)
    const relSorted = sortedCopy(this.relErrors)
    const nonFinite = this.nanMismatches + this.infMismatches
    const passed = this.mismatches === 0
    const failure = passed
      ? undefined
      : nonFinite > 0
        ? `${this.nanMismatches} NaN and ${this.infMismatches} Inf positions differ from the reference`
        : `${this.mismatches} of ${this.elements} elements exceed the tolerance`
    return {
      name,
      atol: this.tolerance.atol,
      rtol: this.tolerance.rtol,
      passed,
      ...(failure ? { failure } : {}),
      elements: this.elements,
      mismatches: this.mismatches,
      nanMismatches: this.nanMismatches,
      infMismatches: this.infMismatches,
      maxAbsError: absSorted.length ? (absSorted[absSorted.length - 1] as number) : 0,
      meanAbsError: absSorted.length ? mean(absSorted) : 0,
      p99AbsError: absSorted.length ? nearestRank(absSorted, 99) : 0,
      maxRelError: relSorted.length ? (relSorted[relSorted.length - 1] as number) : 0,
      meanRelError: relSorted.length ? mean(relSorted) : 0,
      p99RelError: relSorted.length ? nearestRank(relSorted, 99) : 0,
      minPassingAtol: Math.max(0, this.minPassingAtol),
      minPassingRtol: Math.max(0, this.minPassingRtol),
      worst: this.worst,
      ...(argmax ? { argmax } : {})
    }
  }
}

function shapeMismatch(name: string, pair: ComparedPair, tolerance: Tolerance): OutputParity {
  return {
    name,
    atol: tolerance.atol,
    rtol: tolerance.rtol,
    passed: false,
    failure: `shape [${pair.actual.shape.join(', ')}] differs from the reference [${pair.expected.shape.join(', ')}] (${pair.sample})`,
    elements: 0,
    mismatches: 0,
    nanMismatches: 0,
    infMismatches: 0,
    maxAbsError: NaN,
    meanAbsError: NaN,
    p99AbsError: NaN,
    maxRelError: NaN,
    meanRelError: NaN,
    p99RelError: NaN,
    minPassingAtol: NaN,
    minPassingRtol: NaN,
    worst: []
  }
}

export function unravel(flatIndex: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0)
  let rest = flatIndex
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis] as number
    index[axis] = size === 0 ? 0 : rest % size
    rest = size === 0 ? 0 : Math.floor(rest / size)
  }
  return index
}
