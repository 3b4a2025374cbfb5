import { describe, expect, it } from '@jest/globals'
import {
  erfc,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedPValue
} from '../../src/stats/index.js'

// Reference values: mpmath 1.2.1 at 40 significant digits (mp.erfc, mp.ncdf, mp.betainc(…,
// regularized=True), mp.loggamma; quantiles by mp.findroot on those functions).
function expectRelative(actual: number, expected: number, tolerance: number): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE)
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(tolerance)
}

describe('erfc and the normal distribution', () => {
  const erfcReference: [number, number][] = [
    [0, 1],
    [1e-5, 0.9999887162083294],
    [0.3, 0.6713732405408726],
    [1, 0.15729920705028513],
    [1.2, 0.08968602177036464],
    [1.49, 0.03510213515679579],
    [1.5, 0.033894853524689274],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
    [-1.5, 1.9661051464753108],
    [-4, 1.999999984582742]
  ]
  it.each(erfcReference)('erfc(%p) matches mpmath to 1e-14', (x, expected) => {
    expectRelative(erfc(x), expected, 1e-14)
  })

  const cdfReference: [number, number][] = [
    [-37.5, 4.605353009581955e-308],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-1.96, 0.024997895148220435],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [8, 0.9999999999999993]
  ]
  // At x = −37.5, e^{−x²/2} turns the rounding of x² (≈ 1e-16 · 703) into ~1e-13 relative.
  it.each(cdfReference)('Φ(%p) matches mpmath to 1e-13 relative in both tails', (x, expected) => {
    expectRelative(normalCdf(x), expected, Math.abs(x) > 30 ? 1e-12 : 1e-13)
  })

  const quantileReference: [number, number][] = [
    [1e-300, -37.0470962993612],
    [1e-12, -7.034483825301132],
    [0.025, -1.9599639845400543],
    [0.3, -0.5244005127080408],
    [0.5, 0],
    [0.9, 1.2815515655446006],
    [0.975, 1.9599639845400538],
    [0.999999, 4.753424308817087]
  ]
  it.each(quantileReference)('Φ⁻¹(%p) matches mpmath to 1e-14', (p, expected) => {
    if (expected === 0) expect(normalQuantile(p)).toBe(0)
    else expectRelative(normalQuantile(p), expected, 1e-14)
  })
})

describe("Student's t distribution", () => {
  // P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2), mpmath.betainc
  const twoSided: [number, number, number][] = [
    [2.1, 3, 0.1265652025496846],
    [0.5, 1, 0.7048327646991335],
    [10, 1, 0.06345103486110713],
    [0.1, 7.3, 0.9230354971398296],
    [4, 2.5, 0.03901297584131825],
    [1.96, 30, 0.05934231289605048],
    [3.5, 12.25, 0.004255053032057365],
    [40, 4, 2.3340163226012686e-6],
    [0.001, 100, 0.9992041077601034]
  ]
  it.each(twoSided)(
    'two-sided p of t = %p with ν = %p matches mpmath to 1e-13',
    (t, df, expected) => {
      expectRelative(studentTTwoSidedPValue(t, df), expected, 1e-13)
      expectRelative(studentTCdf(-t, df), expected / 2, 1e-13)
    }
  )

  const quantiles: [number, number, number][] = [
    [0.975, 2.5, 3.5746548420036817],
    [0.995, 7.3, 3.4510316556221845],
    [0.975, 30, 2.0422724563012378],
    [0.9, 4.2, 1.5192064384469726],
    [0.025, 9.5, -2.2441374614922966],
    [1e-10, 3, -2225.7692846830932]
  ]
  it.each(quantiles)('quantile %p with ν = %p matches mpmath to 1e-13', (p, df, expected) => {
    expectRelative(studentTQuantile(p, df), expected, 1e-13)
  })

  it('matches the closed forms for ν = 1 (Cauchy) and ν = 2', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expectRelative(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-13)
      expectRelative(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-13)
    }
  })

  it('tends to the normal distribution for huge ν', () => {
    expectRelative(studentTQuantile(0.975, 1e13), 1.959963984540054, 1e-14)
    expect(studentTTwoSidedPValue(Infinity, 3)).toBe(0)
    expect(studentTTwoSidedPValue(0, 3)).toBe(1)
  })
})

describe('incomplete beta and log-gamma', () => {
  const beta: [number, number, number, number][] = [
    [0.3, 2, 3, 0.3483],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.01, 0.5, 20, 0.47136993548501555],
    [0.7, 50, 40, 0.9979524488148463],
    [0.999, 3, 1.5, 0.9998618163126521],
    [0.5, 200, 200, 0.5]
  ]
  // The continued fraction evaluated at the mean of Beta(200, 200) accumulates ~2e-13.
  it.each(beta)('I_%p(%p, %p) matches mpmath to 5e-13', (x, a, b, expected) => {
    expectRelative(regularizedIncompleteBeta(x, a, b), expected, 5e-13)
  })

  const lgamma: [number, number][] = [
    [0.001, 6.907178885383853],
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247001],
    [1.5, -0.12078223763524522],
    [3.3, 0.9870985778947344],
    [9.99, 12.779315214350193],
    [10, 12.801827480081469],
    [100, 359.1342053695754],
    [12345.678, 103959.91990554606],
    [1000000, 12815504.569147611]
  ]
  it.each(lgamma)('ln Γ(%p) matches mpmath to 4e-15 absolute or 1e-15 relative', (x, expected) => {
    const error = Math.abs(logGamma(x) - expected)
    expect(error).toBeLessThanOrEqual(Math.max(4e-15, 1e-15 * Math.abs(expected)))
  })

  it('is exactly 0 at 1 and 2 up to rounding', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(4e-15)
    expect(Math.abs(logGamma(2))).toBeLessThan(4e-15)
  })
})
