import { describe, expect, it } from '@jest/globals'
import { bootstrapClassificationReport } from '../../src/stats/classification-bootstrap.js'
import { contingencyFromCells } from '../../src/stats/paired-contingency.js'

// 400 paired samples of three classes, as (truth, baseline, candidate, count). Generated and
// checked with Debian's python3 (numpy 1.24, scikit-learn 1.2): y ~ choice(3, p=[.5,.3,.2]) with
// default_rng(14), each model right with probability .80 / .84 else uniform.
const CELLS: [string, string, string, number][] = [
  ['a', 'a', 'a', 156], ['a', 'a', 'b', 9], ['a', 'a', 'c', 4], ['a', 'b', 'a', 13],
  ['a', 'b', 'c', 1], ['a', 'c', 'a', 7], ['a', 'c', 'b', 2], ['b', 'a', 'a', 1],
  ['b', 'a', 'b', 10], ['b', 'b', 'a', 4], ['b', 'b', 'b', 97], ['b', 'b', 'c', 8],
  ['b', 'c', 'b', 15], ['c', 'a', 'c', 2], ['c', 'b', 'a', 2], ['c', 'b', 'c', 4],
  ['c', 'c', 'a', 2], ['c', 'c', 'b', 3], ['c', 'c', 'c', 60]
] // prettier-ignore

// sklearn.metrics.classification_report(y_true, y_pred, output_dict=True, zero_division=0) of
// each model.
const SKLEARN = {
  'f1[b]': [0.8257575757575758, 0.9003690036900369],
  'weighted-f1': [0.8589405905459827, 0.9105311421238602],
  'weighted-precision': [0.8641752211728694, 0.911874356020205],
  'recall[c]': [0.8904109589041096, 0.9041095890410958],
  accuracy: [0.8575, 0.91]
} as const

// The textbook per-sample paired bootstrap in Python: 10,000 resamples of the 400 indices with
// numpy default_rng(0), f1_score(..., labels=[1], average=None) / f1_score(average='weighted')
// on each, np.percentile(deltas, [2.5, 97.5]) and deltas.std(ddof=1).
const PYTHON_BOOTSTRAP = {
  'f1[b]': { low: 0.01309396418791744, high: 0.13845776922544353, se: 0.031878890136548994 },
  'weighted-f1': { low: 0.008597353803990924, high: 0.09474585218420373, se: 0.021965494760765092 },
  accuracy: { low: 0.01, high: 0.0975, se: 0.022297208961891378 }
} as const
// Different random streams: endpoints agree to Monte Carlo error. With 10^4 resamples a 2.5%
// quantile has a standard error of about 0.05 SE (≈0.0016 here) per side; 0.006 is ~2.6σ of the
// difference of two such runs. Standard errors to 3%.
const ENDPOINT_TOLERANCE = 0.006
const SE_RELATIVE_TOLERANCE = 0.03

describe('bootstrapClassificationReport', () => {
  const contingency = contingencyFromCells(
    CELLS.map(([truth, baseline, candidate, count]) => ({ truth, baseline, candidate, count }))
  )
  const report = bootstrapClassificationReport(contingency, { resamples: 10_000, seed: 7 })

  it("computes every metric of both models as scikit-learn's classification_report does", () => {
    for (const [id, [baseline, candidate]] of Object.entries(SKLEARN)) {
      expect(report.get(id)?.baseline).toBeCloseTo(baseline, 12)
      expect(report.get(id)?.candidate).toBeCloseTo(candidate, 12)
    }
    expect(report.get('micro-f1')?.candidate).toBeCloseTo(0.91, 12)
    expect(report.get('error-rate')?.delta).toBeCloseTo(-0.0525, 12)
  })

  it('gives the per-class and weighted-average intervals of the per-sample bootstrap', () => {
    for (const [id, expected] of Object.entries(PYTHON_BOOTSTRAP)) {
      const result = report.get(id)
      expect(Math.abs((result?.low ?? NaN) - expected.low)).toBeLessThan(ENDPOINT_TOLERANCE)
      expect(Math.abs((result?.high ?? NaN) - expected.high)).toBeLessThan(ENDPOINT_TOLERANCE)
      expect(Math.abs((result?.standardError ?? NaN) / expected.se - 1)).toBeLessThan(
        SE_RELATIVE_TOLERANCE
      )
    }
  })

  it('is seeded, and the p-value agrees with the interval', () => {
    const again = bootstrapClassificationReport(contingency, { resamples: 10_000, seed: 7 })
    expect(again.get('weighted-f1')).toEqual(report.get('weighted-f1'))
    expect(report.get('weighted-f1')?.pValue).toBeLessThan(0.05)
    const identical = bootstrapClassificationReport(
      contingencyFromCells(
        CELLS.map(([truth, baseline, , count]) => ({ truth, baseline, candidate: baseline, count }))
      ),
      { resamples: 500 }
    )
    expect(identical.get('macro-f1')).toMatchObject({ delta: 0, low: 0, high: 0, pValue: 1 })
  })
})
