import { describe, expect, it } from '@jest/globals'
import { delongTest, midranks, normalTwoSidedPValue } from '../../src/stats/index.js'

// A fixed data set with tied scores (numpy default_rng(12345), scores rounded to 0.1).
// References: scikit-learn 1.2.1 roc_auc_score for the AUCs. No library in Debian's python3
// (scipy 1.10.1, scikit-learn 1.2.1, statsmodels) has DeLong's test, so the variance, z and p
// come from Sun & Xu's O(n log n) algorithm written in numpy, as below, run with
// `/usr/bin/python3 delong.py data.json` where data.json is `data` (every figure printed agrees
// with `reference` to the last digit; candidateAuc in its last digit, 0.6544486215538848):
//   import json, sys; import numpy as np, scipy.stats
//   d = json.load(open(sys.argv[1])); y = np.array(d["labels"])
//   scores = np.array([d["baseline"], d["candidate"]])
//   def midrank(x):
//       order = np.argsort(x, kind="mergesort"); z = x[order]; n = len(x); t = np.zeros(n); i = 0
//       while i < n:
//           j = i
//           while j < n and z[j] == z[i]: j += 1
//           t[i:j] = 0.5 * (i + j - 1) + 1; i = j
//       out = np.empty(n); out[order] = t; return out
//   def fast_delong(preds, m):  # rows: models; the first m columns are the positives
//       n = preds.shape[1] - m
//       tx = np.array([midrank(r[:m]) for r in preds]); ty = np.array([midrank(r[m:]) for r in preds])
//       tz = np.array([midrank(r) for r in preds])
//       aucs = tz[:, :m].sum(axis=1) / m / n - (m + 1.0) / 2.0 / n
//       v01 = (tz[:, :m] - tx) / n; v10 = 1.0 - (tz[:, m:] - ty) / m
//       return aucs, np.cov(v01) / m + np.cov(v10) / n
//   order = np.argsort(-y, kind="mergesort"); aucs, cov = fast_delong(scores[:, order], int(y.sum()))
//   var = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]; z = (aucs[1] - aucs[0]) / np.sqrt(var)
//   print(aucs, var, z, 2 * scipy.stats.norm.sf(abs(z)), cov[0, 0], cov[1, 1], cov[0, 1])
// The O(m·n) estimate below (slowDeLong) is a third, independent check in TypeScript.
const data = {
  labels: [
    1, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1,
    0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0
  ],
  baseline: [
    -0.1, -0.3, -1.9, 1.1, 0.5, 1.2, -1.6, 1.8, 1.6, 0.9, 0.9, 1.2, 1.9, 3.1, 1.7, -0.1, -0.1, 0.5,
    0.2, 1.7, 1.4, -0.9, 2.0, -0.6, 1.1, -1.2, 0.0, 3.6, 1.2, -0.6, 1.0, 2.6, 0.1, 0.3, 0.6, 1.3,
    2.4, 1.0, -0.7, 0.0, -2.7, -0.6, 2.8, 0.7, 1.1, 1.1, 2.4, 1.9, 0.7, -1.7, 0.1, 1.2, 0.6, -0.0,
    0.5, -1.0, 0.9, -0.0, 1.9, 0.9, 0.6, 0.2, -2.3, 1.3, 0.3, 2.8, -0.6, 1.3, -2.1, -0.1, -0.5, 2.7,
    -0.8, 0.3, 3.3, 0.6, -0.7, 0.6, -0.3, 0.4
  ],
  candidate: [
    1.3, 1.0, -1.5, 2.1, 0.9, 1.4, -1.5, 1.9, 0.8, 1.5, 1.5, -0.0, 1.2, 2.2, 0.9, 0.2, -1.5, 0.5,
    0.3, 1.0, 0.9, -1.8, 0.6, 1.4, 0.3, -1.9, 0.8, 1.7, 1.4, -0.2, 2.5, 2.3, -0.4, 1.5, 1.0, 0.0,
    1.8, 1.2, 0.6, 0.7, -1.5, -0.2, 1.2, 0.2, 2.2, 1.7, 1.6, 1.4, -0.5, -2.5, 0.7, -0.5, 1.3, 1.5,
    0.0, -1.1, 1.1, 0.4, 1.1, 0.1, 0.4, 1.4, -1.4, -0.1, 1.4, 2.0, -0.2, 1.0, -1.7, 0.4, -1.3, 2.1,
    -3.0, 0.4, 1.4, 0.7, 0.6, -0.2, -0.4, -1.1
  ]
}
const reference = {
  sklearnBaselineAuc: 0.6741854636591479,
  sklearnCandidateAuc: 0.6544486215538847,
  variance: 0.0029609447285738463,
  z: -0.36271249478409007,
  p: 0.7168196649880063,
  baselineVariance: 0.0036228261100856585,
  candidateVariance: 0.003979174547101906,
  covariance: 0.002320527964306859
}

/** The textbook O(m·n) DeLong estimate, written independently of the midrank algorithm. */
function slowDeLong(
  labels: readonly number[],
  first: readonly number[],
  second: readonly number[]
) {
  const positives = labels.flatMap((label, i) => (label === 1 ? [i] : []))
  const negatives = labels.flatMap((label, i) => (label === 1 ? [] : [i]))
  const kernel = (x: number, y: number): number => (x > y ? 1 : x === y ? 0.5 : 0)
  const components = [first, second].map((scores) => ({
    v10: positives.map(
      (i) =>
        negatives.reduce((s, j) => s + kernel(scores[i] ?? 0, scores[j] ?? 0), 0) / negatives.length
    ),
    v01: negatives.map(
      (j) =>
        positives.reduce((s, i) => s + kernel(scores[i] ?? 0, scores[j] ?? 0), 0) / positives.length
    )
  }))
  const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length
  const cov = (a: number[], b: number[]): number => {
    const ma = mean(a)
    const mb = mean(b)
    return a.reduce((s, v, i) => s + (v - ma) * ((b[i] ?? 0) - mb), 0) / (a.length - 1)
  }
  const [a, b] = components as [(typeof components)[0], (typeof components)[0]]
  const s = (x: 'v10' | 'v01', left: typeof a, right: typeof a) => cov(left[x], right[x])
  const variance =
    (s('v10', a, a) + s('v10', b, b) - 2 * s('v10', a, b)) / positives.length +
    (s('v01', a, a) + s('v01', b, b) - 2 * s('v01', a, b)) / negatives.length
  return { baselineAuc: mean(a.v10), candidateAuc: mean(b.v10), variance }
}

describe("DeLong's test", () => {
  const result = delongTest(
    data.labels.map((label) => label === 1),
    data.baseline,
    data.candidate
  )

  it('gives the AUCs scikit-learn gives', () => {
    expect(result.baselineAuc).toBeCloseTo(reference.sklearnBaselineAuc, 14)
    expect(result.candidateAuc).toBeCloseTo(reference.sklearnCandidateAuc, 14)
    expect(result.delta).toBeCloseTo(
      reference.sklearnCandidateAuc - reference.sklearnBaselineAuc,
      14
    )
  })

  it('matches the Python O(m·n) reference for variance, z and p', () => {
    expect(result.variance).toBeCloseTo(reference.variance, 15)
    expect(result.covariance.baseline).toBeCloseTo(reference.baselineVariance, 15)
    expect(result.covariance.candidate).toBeCloseTo(reference.candidateVariance, 15)
    expect(result.covariance.between).toBeCloseTo(reference.covariance, 15)
    expect(result.statistic).toBeCloseTo(reference.z, 12)
    expect(result.pValue).toBeCloseTo(reference.p, 12)
    expect(result.pValue).toBeCloseTo(normalTwoSidedPValue(result.statistic), 15)
  })

  it('matches the slow direct implementation on random data with many ties', () => {
    let state = 17
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    const labels = Array.from({ length: 300 }, () => (next() < 0.3 ? 1 : 0))
    const first = labels.map((label) => Math.round((next() + 0.4 * label) * 20) / 20)
    const second = labels.map(
      (label, i) => Math.round(((first[i] ?? 0) * 0.5 + next() * 0.5 + 0.3 * label) * 20) / 20
    )
    const fast = delongTest(
      labels.map((label) => label === 1),
      first,
      second
    )
    const slow = slowDeLong(labels, first, second)
    expect(fast.baselineAuc).toBeCloseTo(slow.baselineAuc, 14)
    expect(fast.candidateAuc).toBeCloseTo(slow.candidateAuc, 14)
    expect(fast.variance).toBeCloseTo(slow.variance, 15)
  })

  it('gives a Wald interval around the delta', () => {
    const se = Math.sqrt(reference.variance)
    expect(result.high - result.delta).toBeCloseTo(1.959963984540054 * se, 12)
    expect(result.delta - result.low).toBeCloseTo(1.959963984540054 * se, 12)
  })

  it('computes midranks with ties sharing the mean rank', () => {
    expect(Array.from(midranks([3, 1, 3, 2, 3]))).toEqual([4, 1, 4, 2, 4])
  })

  it('refuses degenerate label sets', () => {
    expect(() => delongTest([true, false, false], [1, 2, 3], [1, 2, 3])).toThrow(
      /2 positive and 2 negative/
    )
  })
})
