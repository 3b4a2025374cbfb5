import { describe, expect, it } from '@jest/globals'
import { mcnemarTest } from '../../src/stats/index.js'

// Reference values: statsmodels 0.13.5+dfsg
// statsmodels.stats.contingency_tables.mcnemar(table, exact=…, correction=True) with
// b = table[0][1], c = table[1][0].
const cases = [
  { b: 3, c: 12, exact: true, statistic: 3.0, p: 0.03515625 },
  { b: 30, c: 48, exact: false, statistic: 3.7051282051282053, p: 0.05424550401058543 },
  { b: 30, c: 48, exact: true, statistic: 30.0, p: 0.053544392168502264 },
  { b: 0, c: 0, exact: true, statistic: 0.0, p: 1.0 },
  { b: 20, c: 20, exact: false, statistic: 0.025, p: 0.8743670611628918 },
  { b: 7, c: 1, exact: true, statistic: 1.0, p: 0.0703125 }
]

describe("McNemar's test", () => {
  it.each(cases.map((c) => [c.b, c.c, c.exact, c] as const))(
    'b = %p, c = %p, exact = %p matches statsmodels',
    (b, c, exact, reference) => {
      const result = mcnemarTest(
        { baselineOnlyCorrect: b, candidateOnlyCorrect: c },
        { method: exact ? 'exact' : 'chi-square' }
      )
      expect(result.method).toBe(exact ? 'mcnemar-exact' : 'mcnemar-chi-square')
      expect(result.statistic).toBeCloseTo(reference.statistic, 12)
      expect(result.pValue).toBeCloseTo(reference.p, 13)
    }
  )

  it('switches from exact to chi-square at 25 discordant pairs under auto', () => {
    expect(mcnemarTest({ baselineOnlyCorrect: 12, candidateOnlyCorrect: 12 }).method).toBe(
      'mcnemar-exact'
    )
    expect(mcnemarTest({ baselineOnlyCorrect: 12, candidateOnlyCorrect: 13 }).method).toBe(
      'mcnemar-chi-square'
    )
  })

  it('reports the accuracy delta when the sample count is given', () => {
    expect(
      mcnemarTest({ baselineOnlyCorrect: 3, candidateOnlyCorrect: 12 }, { samples: 100 }).delta
    ).toBeCloseTo(0.09, 15)
  })
})
