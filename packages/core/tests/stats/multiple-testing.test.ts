import { describe, expect, it } from '@jest/globals'
import { adjustPValues } from '../../src/stats/multiple-testing.js'

// Source: /usr/bin/python3 -c "from statsmodels.stats.multitest import multipletests;
//   print(multipletests([0.01,0.04,0.03,0.005,0.2,0.5,0.049], method=M)[1])" for M in holm, fdr_bh
// (statsmodels 0.14, Debian).
const P_VALUES = [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.049]
const STATSMODELS_HOLM = [0.06, 0.16, 0.15, 0.035, 0.4, 0.5, 0.16]
const STATSMODELS_BH = [0.035, 0.0686, 0.0686, 0.035, 0.23333333333333336, 0.5, 0.0686]

describe('adjustPValues', () => {
  it("matches statsmodels' Holm step-down", () => {
    adjustPValues(P_VALUES, 'holm').forEach((p, i) =>
      expect(p).toBeCloseTo(STATSMODELS_HOLM[i]!, 14)
    )
  })

  it("matches statsmodels' Benjamini–Hochberg step-up", () => {
    adjustPValues(P_VALUES, 'bh').forEach((p, i) => expect(p).toBeCloseTo(STATSMODELS_BH[i]!, 14))
  })

  it('leaves p-values alone with none, and NaN out of the family', () => {
    expect(adjustPValues(P_VALUES, 'none')).toEqual(P_VALUES)
    const withNaN = adjustPValues([0.01, NaN, 0.04], 'holm')
    expect(withNaN[0]).toBeCloseTo(0.02, 15)
    expect(withNaN[1]).toBeNaN()
    expect(withNaN[2]).toBeCloseTo(0.04, 15)
  })
})
