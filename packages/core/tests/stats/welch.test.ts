import { describe, expect, it } from '@jest/globals'
import { welchTTest } from '../../src/stats/index.js'

// Reference values: scipy 1.10.1 stats.ttest_ind(candidate, baseline, equal_var=False) for
// t and p; the Welch–Satterthwaite df computed with numpy; low/high: the 95 % interval from
// statsmodels 0.13.5 CompareMeans(DescrStatsW(candidate), DescrStatsW(baseline))
// .tconfint_diff(usevar='unequal').
const cases = [
  {
    base: [0.812, 0.815, 0.809, 0.818, 0.811],
    cand: [0.821, 0.817, 0.825, 0.819, 0.823, 0.816],
    t: 3.3680199349482365,
    p: 0.008844565965492804,
    df: 8.596156334929525,
    low: 0.0023184253768778603,
    high: 0.012014907956455448
  },
  {
    base: [12.1, 14.3, 11.8, 13.0],
    cand: [10.2, 10.9, 15.5, 9.8, 11.1, 10.4, 12.0],
    t: -1.5022068747890984,
    p: 0.16749409226703882,
    df: 8.94532359466258,
    low: -3.474392402693043,
    high: 0.7029638312644706
  }
]

describe("Welch's t-test", () => {
  it.each(cases.map((c, i) => [i, c] as const))(
    'case %p matches scipy and statsmodels',
    (_, reference) => {
      const result = welchTTest(reference.base, reference.cand)
      expect(result.statistic).toBeCloseTo(reference.t, 12)
      expect(Math.abs(result.pValue - reference.p) / reference.p).toBeLessThan(1e-11)
      expect(result.degreesOfFreedom).toBeCloseTo(reference.df, 11)
      expect(result.low).toBeCloseTo(reference.low, 9)
      expect(result.high).toBeCloseTo(reference.high, 9)
      expect(result.delta).toBeCloseTo(
        reference.cand.reduce((s, v) => s + v, 0) / reference.cand.length -
          reference.base.reduce((s, v) => s + v, 0) / reference.base.length,
        14
      )
      expect(result.degenerate).toBe(false)
    }
  )

  it('gives the 95 % interval to 1e-14 (mpmath 1.2.1, 40 digits: mean difference ± t quantile · SE)', () => {
    const [first, second] = cases as [(typeof cases)[0], (typeof cases)[0]]
    const a = welchTTest(first.base, first.cand)
    const b = welchTTest(second.base, second.cand)
    expect(a.low).toBeCloseTo(0.0023184253766911495, 14)
    expect(a.high).toBeCloseTo(0.012014907956642184, 14)
    expect(b.low).toBeCloseTo(-3.4743924027489057, 13)
    expect(b.high).toBeCloseTo(0.7029638313203342, 13)
  })

  it('treats exactly repeated runs as noise-free', () => {
    expect(welchTTest([0.9, 0.9], [0.91, 0.91])).toMatchObject({ pValue: 0, degenerate: true })
    expect(welchTTest([0.9, 0.9], [0.9, 0.9])).toMatchObject({ pValue: 1, degenerate: true })
  })

  it('needs two runs per side', () => {
    expect(() => welchTTest([1], [1, 2])).toThrow(/at least 2 baseline runs/)
  })
})
