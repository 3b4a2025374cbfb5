import { describe, expect, it } from '@jest/globals'
import { compareOutput } from '@ml-actions/onnx'
import type { NdArray, Tolerance } from '@ml-actions/onnx'

const f32 = (shape: number[], values: number[]): NdArray => ({
  dtype: 'float32',
  shape,
  data: Float32Array.from(values)
})
const f64 = (shape: number[], values: number[]): NdArray => ({
  dtype: 'float64',
  shape,
  data: Float64Array.from(values)
})
const compare = (actual: NdArray, expected: NdArray, tolerance: Tolerance) =>
  compareOutput('y', [{ sample: 's', actual, expected }], tolerance)

describe('compareOutput', () => {
  it('applies numpy allclose: |a − b| ≤ atol + rtol·|b|', () => {
    const tolerance: Tolerance = { atol: 0.01, rtol: 0.1, mode: 'allclose' }
    expect(compare(f64([2], [1.1, 100]), f64([2], [1, 100]), tolerance).passed).toBe(true)
    const failing = compare(f64([2], [1.12, 100]), f64([2], [1, 100]), tolerance)
    expect(failing).toMatchObject({
      passed: false,
      mismatches: 1,
      failure: '1 of 2 elements exceed the tolerance'
    })
  })

  it('applies both-exceed: an element fails only when abs and rel error both exceed', () => {
    const tolerance: Tolerance = { atol: 0.5, rtol: 0.01, mode: 'both-exceed' }
    // abs 1 > 0.5 but rel 0.001 ≤ 0.01: passes; abs 0.4 ≤ 0.5 with rel 0.4: passes; abs 1, rel 1: fails.
    const result = compare(f64([3], [1001, 1.4, 2]), f64([3], [1000, 1, 1]), tolerance)
    expect(result).toMatchObject({ passed: false, mismatches: 1 })
    expect(result.worst[0]).toMatchObject({ index: [0], absError: 1 })
  })

  it('reports statistics, the worst elements with indices and the smallest passing tolerances', () => {
    const expected = f32([2, 3], [1, 2, 3, 4, 5, 6])
    const actual = f32([2, 3], [1, 2.5, 3, 4, 5, 7])
    const tolerance: Tolerance = { atol: 0.1, rtol: 0.01, mode: 'allclose' }
    const result = compare(actual, expected, tolerance)
    expect(result.maxAbsError).toBeCloseTo(1)
    expect(result.meanAbsError).toBeCloseTo(1.5 / 6)
    expect(result.maxRelError).toBeCloseTo(0.25)
    expect(result.p99AbsError).toBeCloseTo(1)
    expect(result.worst.map((element) => element.index)).toEqual([
      [1, 2],
      [0, 1]
    ])
    expect(compare(actual, expected, { ...tolerance, atol: result.minPassingAtol }).passed).toBe(
      true
    )
    expect(
      compare(actual, expected, { ...tolerance, atol: result.minPassingAtol * 0.99 }).passed
    ).toBe(false)
    expect(compare(actual, expected, { ...tolerance, rtol: result.minPassingRtol }).passed).toBe(
      true
    )
    expect(
      compare(actual, expected, { ...tolerance, rtol: result.minPassingRtol * 0.99 }).passed
    ).toBe(false)
  })

  it('fails on a NaN the reference does not have, accepts matching NaN and infinities', () => {
    const tolerance: Tolerance = { atol: 1, rtol: 1, mode: 'allclose' }
    expect(
      compare(f64([3], [NaN, Infinity, 1]), f64([3], [NaN, Infinity, 1]), tolerance).passed
    ).toBe(true)
    const result = compare(f64([3], [NaN, -Infinity, 1]), f64([3], [0, Infinity, 1]), tolerance)
    expect(result).toMatchObject({
      passed: false,
      nanMismatches: 1,
      infMismatches: 1,
      minPassingAtol: Infinity
    })
    expect(result.failure).toBe('1 NaN and 1 Inf positions differ from the reference')
  })

  it('fails on a shape mismatch and measures argmax agreement for classifier outputs', () => {
    expect(
      compare(f32([2], [1, 2]), f32([1, 2], [1, 2]), { atol: 1, rtol: 1, mode: 'allclose' }).failure
    ).toMatch(/shape \[2\] differs from the reference \[1, 2\]/)
    const result = compare(
      f32([2, 3], [0.1, 0.9, 0, 0.6, 0.5, 0]),
      f32([2, 3], [0.2, 0.8, 0, 0.4, 0.5, 0]),
      { atol: 1, rtol: 0, mode: 'allclose' }
    )
    expect(result.argmax).toEqual({ rows: 2, agreeing: 1, rate: 0.5 })
  })
})
