import { describe, expect, it } from '@jest/globals'
import {
  bootstrapCountMetricDelta,
  bootstrapCountMetricDeltaBySample,
  bootstrapMeanDelta,
  contingencyFromCells,
  quantileOfSorted
} from '../../src/stats/index.js'

// Paired accuracy cells: both right 1500, only baseline right 120, only candidate right 200, both
// wrong 180 (n = 2000, delta = +0.04). The resampled delta is (C − B)/n with (B, C) the two
// discordant counts of a Multinomial(n, p) draw, so its exact mean is 0.04 and its exact variance
// (pB + pC − (pC − pB)²)/n.
const cells = [
  { truth: '1', baseline: '1', candidate: '1', count: 1500 },
  { truth: '1', baseline: '1', candidate: '0', count: 120 },
  { truth: '1', baseline: '0', candidate: '1', count: 200 },
  { truth: '1', baseline: '0', candidate: '0', count: 180 }
]
const n = 2000
const exactVariance = (0.06 + 0.1 - 0.04 ** 2) / n

// scipy 1.10.1 stats.bootstrap((d,), np.mean, n_resamples=200000, random_state=0) on the
// per-sample differences d ∈ {−1, 0, 1} of the same data: the O(n) paired bootstrap.
const scipyAccuracy = {
  percentile: [0.0225, 0.0575],
  bca: [0.0225, 0.0575],
  standardError: 0.008879047306179888
}

// Continuous per-sample values (numpy default_rng(2024), rounded to 4 decimals) and scipy's
// bootstrap of mean(candidate − baseline), n_resamples=200000, percentile and BCa.
const meanData = {
  baseline: [
    1.6895, 1.8143, 0.2188, 1.5222, 2.6332, 1.3183, 0.3033, 0.8653, 0.2232, 0.2469, 1.5627, 0.5339,
    0.4926, 0.472, 0.6982, 0.5848, 0.8706, 0.9871, 0.4742, 0.5995, 1.8851, 0.6073, 0.2848, 2.6862,
    0.2971, 1.4281, 0.8447, 1.9461, 0.3899, 1.2862, 0.4983, 0.4883, 0.5747, 0.416, 1.133, 0.4052,
    2.8667, 1.2313, 1.7174, 0.4983, 0.6761, 0.9618, 0.9305, 0.5299, 1.5452, 1.0887, 0.8485, 0.2366,
    1.1373, 1.1688, 0.3982, 0.037, 0.6379, 3.4077, 0.819, 1.1729, 0.567, 0.7536, 0.9441, 0.9592,
    1.1231, 1.0769, 0.4169, 0.8043, 1.2093, 0.9093, 0.4173, 0.047, 1.0065, 1.1214, 2.2599, 0.6958,
    0.8939, 1.2927, 0.1859, 0.4813, 1.2535, 2.8885, 0.8544, 3.5665, 1.609, 1.252, 0.1855, 1.1308,
    0.4837, 1.0618, 0.8448, 1.3271, 0.1387, 0.3178, 0.4334, 0.6647, 1.3744, 0.3219, 0.9926, 0.7178,
    1.8619, 0.3282, 0.2227, 0.9551, 0.1484, 0.8042, 0.4063, 1.5522, 0.7638, 0.2026, 1.774, 0.2023,
    1.7671, 0.5778, 0.4939, 1.8619, 0.9786, 1.3802, 2.0583, 0.9316, 1.3641, 0.2518, 1.2723, 0.1413,
    1.1053, 0.3063, 2.3495, 0.8652, 0.925, 0.2653, 0.2831, 0.8314, 0.681, 2.2088, 0.9525, 0.965,
    1.3007, 0.4659, 0.8712, 0.5224, 0.8951, 0.6451, 2.9619, 1.4226, 0.0124, 0.8343, 2.0032, 0.5168,
    0.3821, 0.9432, 0.762, 0.9127, 1.3361, 1.2463, 0.5909, 1.9482, 0.4396, 0.4282, 0.9375, 0.8291,
    0.7517, 0.9714, 1.1057, 0.5482, 0.5686, 0.5358, 0.9176, 1.2668, 0.6198, 1.8866, 0.0682, 0.0687,
    1.0773, 0.019, 1.1395, 0.3005, 0.8204, 1.501, 0.4452, 0.4586, 1.1574, 0.1745, 1.5478, 0.6094,
    0.724, 0.1863, 0.6306, 1.3339, 1.1363, 0.325, 1.4828, 0.4201, 0.0322, 0.4652, 0.6179, 1.6126,
    2.617, 1.0108, 4.0505, 1.129, 1.8791, 0.9391, 1.0331, 0.6064, 1.8224, 1.2657, 0.3683, 3.089,
    0.8807, 1.1899, 1.2495, 1.6062, 1.3777, 0.639, 0.8913, 0.5271, 0.6796, 0.9842, 4.8794, 0.4545,
    0.2995, 0.7827, 1.2891, 0.5676, 2.4226, 1.1547, 0.9937, 0.5863, 0.8115, 0.6947, 0.2361, 1.1057,
    0.6743, 2.4329, 0.9839, 0.4899, 1.411, 1.3717, 0.429, 0.8501, 0.1971, 2.6313, 1.1543, 1.72,
    0.2096, 1.3461, 1.3186, 1.3776, 2.7576, 0.2096, 2.5238, 0.2376, 0.8067, 0.2967, 2.1309, 0.954,
    0.9992, 1.717, 0.9198, 1.1239, 0.1313, 1.0138, 2.1452, 0.7492, 1.1377, 0.6145, 1.8917, 1.6249,
    1.1185, 1.6632, 0.1814, 0.4935, 1.4387, 0.2795, 2.0256, 0.4693, 0.7164, 1.3184, 0.6725, 0.841,
    1.0376, 0.6209, 0.6417, 0.6606, 1.1838, 1.0693, 2.2168, 0.4197, 0.7174, 0.1188, 0.5184, 0.3155,
    0.8146, 1.9944, 0.6702, 0.0852, 0.7666, 0.6123, 1.2136, 0.6143, 0.318, 0.4241, 1.2151, 0.1181
  ],
  candidate: [
    1.726, 1.779, 0.1025, 1.3612, 2.4919, 1.3844, 0.3328, 0.9083, 0.3619, 0.3427, 1.6486, 0.5181,
    0.3306, 0.6757, 0.8818, 0.3185, 0.8184, 1.3141, 0.6607, 0.7478, 1.4924, 0.5421, 0.1695, 2.5978,
    0.2824, 1.5486, 0.748, 1.8632, 0.2455, 1.0314, 0.5442, 0.643, 0.5574, 0.6201, 1.0398, 0.4767,
    2.4795, 1.2518, 1.9321, 0.3799, 0.7327, 0.9953, 0.8586, 0.5512, 1.4715, 0.9496, 0.8211, 0.186,
    1.1183, 0.7981, 0.3261, 0.1991, 0.7206, 3.489, 0.7864, 1.2948, 0.7975, 0.6629, 0.9026, 1.3792,
    1.0223, 0.7636, 0.6427, 0.8077, 0.9528, 0.6946, 0.4642, -0.1622, 0.8585, 0.8713, 2.2084, 0.6697,
    0.5975, 1.4847, 0.0316, 0.4039, 1.5323, 2.7725, 0.748, 3.373, 1.6845, 1.1268, -0.122, 0.8982,
    0.3705, 1.0038, 0.5754, 1.3061, 0.0577, 0.1456, 0.3757, 0.928, 1.2762, 0.2859, 1.0888, 0.6624,
    1.8732, 0.3793, 0.0166, 1.0051, 0.0427, 0.7179, 0.383, 1.3248, 0.8489, 0.3173, 2.057, 0.1151,
    1.6582, 0.8175, 0.2175, 1.7113, 1.1717, 1.2115, 2.3538, 0.8295, 1.1572, 0.2476, 1.2338, 0.0561,
    0.998, 0.3132, 2.2076, 0.6881, 0.8953, 0.2368, 0.0289, 0.8497, 0.6396, 2.3445, 0.8475, 0.7717,
    1.1358, 0.6315, 0.924, 0.4927, 0.6956, 0.5408, 2.8749, 1.4651, -0.0553, 1.0046, 1.9024, 0.6822,
    0.1531, 1.0083, 0.6849, 0.5774, 1.3992, 1.1172, 0.7326, 1.7113, 0.4133, 0.466, 0.6662, 0.7556,
    0.8136, 0.8173, 0.9708, 0.6582, 0.9724, 0.4237, 0.9614, 1.1329, 0.8326, 1.7447, 0.1015, 0.2491,
    0.8861, 0.1052, 1.066, 0.0343, 0.7057, 1.4564, 0.3493, 0.5761, 1.0686, 0.1999, 1.5723, 0.9081,
    0.8035, 0.0677, 0.8484, 1.3172, 1.143, 0.1347, 1.3931, 0.4445, -0.2023, 0.3981, 0.6018, 1.4527,
    2.7499, 1.2295, 3.7247, 0.804, 1.6124, 1.1134, 0.8196, 0.5534, 1.9765, 1.3321, 0.5033, 3.0104,
    1.193, 1.0888, 1.0302, 1.5764, 1.765, 0.8606, 0.8259, 0.269, 0.6697, 1.0335, 4.8272, 0.4257,
    0.1371, 0.6795, 1.3128, 0.7625, 2.507, 1.084, 0.9322, 0.7485, 0.9514, 0.75, -0.1104, 0.8627,
    0.7651, 2.5329, 1.026, 0.4927, 1.368, 1.3873, 0.1984, 0.7199, 0.2788, 2.5084, 1.0955, 1.6635,
    0.2575, 1.2238, 1.1177, 1.3825, 2.4162, 0.1778, 2.2337, 0.3921, 1.1399, 0.1126, 2.205, 0.8514,
    0.8771, 1.5963, 0.9473, 1.1845, 0.0221, 0.8888, 2.2477, 0.9352, 0.9448, 0.5472, 1.9877, 1.8915,
    1.1219, 1.688, 0.0433, 0.6346, 1.4709, 0.2187, 1.9677, 0.7931, 0.9267, 1.5114, 0.5192, 0.634,
    0.7712, 0.7005, 0.4484, 0.4854, 1.3275, 0.7617, 2.2314, 0.2264, 0.7159, 0.4737, 0.5581, 0.2697,
    0.7601, 1.9033, 0.5717, -0.1672, 0.6153, 0.8027, 1.3681, 0.6942, 0.3058, 0.5097, 1.221, 0.2097
  ]
}
const scipyMean = {
  delta: -0.027202000000000007,
  percentile: [-0.04503235, -0.009297641666666679],
  bca: [-0.044914801874226196, -0.00919426396115911],
  standardError: 0.009120967659680278
}

function moments(values: Float64Array): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)
  return { mean, variance }
}

describe('multinomial paired bootstrap', () => {
  const contingency = contingencyFromCells(cells)
  const result = bootstrapCountMetricDelta(contingency, 'accuracy', {
    resamples: 50_000,
    seed: 5,
    keepDistribution: true
  })

  it('reports the observed delta and the method', () => {
    expect(result).toMatchObject({
      method: 'paired-bootstrap-multinomial',
      statistic: 'accuracy',
      level: 0.95,
      resamples: 50_000,
      samples: n
    })
    expect(result.baseline).toBeCloseTo(0.81, 15)
    expect(result.candidate).toBeCloseTo(0.85, 15)
    expect(result.delta).toBeCloseTo(0.04, 15)
  })

  it('has the exact bootstrap mean and variance within Monte Carlo error', () => {
    const { mean, variance } = moments(result.distribution as Float64Array)
    const sd = Math.sqrt(exactVariance)
    // SE of the mean: sd/√B; SE of the variance ≈ variance·√(2/B)
    expect(Math.abs(mean - 0.04)).toBeLessThan((5 * sd) / Math.sqrt(50_000))
    expect(Math.abs(variance / exactVariance - 1)).toBeLessThan(5 * Math.sqrt(2 / 50_000))
  })

  it('agrees with the per-sample bootstrap in distribution', () => {
    const truth = new Int32Array(n).fill(0)
    const baseline = new Int32Array(n)
    const candidate = new Int32Array(n)
    let i = 0
    for (const cell of cells) {
      for (let k = 0; k < cell.count; k++, i++) {
        baseline[i] = cell.baseline === '1' ? 0 : 1
        candidate[i] = cell.candidate === '1' ? 0 : 1
      }
    }
    const naive = bootstrapCountMetricDeltaBySample(
      ['a', 'b'],
      truth,
      baseline,
      candidate,
      'accuracy',
      { resamples: 20_000, seed: 9, keepDistribution: true }
    )
    expect(naive.delta).toBeCloseTo(0.04, 15)
    const fast = result.distribution as Float64Array
    const slow = naive.distribution as Float64Array
    const a = moments(fast)
    const b = moments(slow)
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(
      5 * Math.sqrt(exactVariance * (1 / 50_000 + 1 / 4000))
    )
    expect(Math.abs(a.variance / b.variance - 1)).toBeLessThan(5 * Math.sqrt(2 / 4000))
    // Deltas live on a lattice of 1/n = 0.0005. The Monte Carlo SD of a 5 % quantile from 4000
    // resamples is ≈ 0.033·SD(delta) ≈ 0.0003, so allow one lattice step plus 3 SD.
    for (const q of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]) {
      expect(Math.abs(quantileOfSorted(fast, q) - quantileOfSorted(slow, q))).toBeLessThanOrEqual(
        0.0015
      )
    }
  })

  it('agrees with scipy.stats.bootstrap on the same data (percentile and BCa)', () => {
    const percentile = bootstrapCountMetricDelta(contingency, 'accuracy', {
      resamples: 50_000,
      seed: 1
    })
    const bca = bootstrapCountMetricDelta(contingency, 'accuracy', {
      resamples: 50_000,
      seed: 1,
      interval: 'bca'
    })
    expect(bca.interval).toBe('bca')
    expect(Math.abs(percentile.low - scipyAccuracy.percentile[0]!)).toBeLessThanOrEqual(0.00051)
    expect(Math.abs(percentile.high - scipyAccuracy.percentile[1]!)).toBeLessThanOrEqual(0.00051)
    expect(Math.abs(bca.low - scipyAccuracy.bca[0]!)).toBeLessThanOrEqual(0.00051)
    expect(Math.abs(bca.high - scipyAccuracy.bca[1]!)).toBeLessThanOrEqual(0.00051)
    // SE of an SD estimate from B resamples ≈ SD/√(2B): 0.3 % at B = 50000.
    expect(Math.abs(percentile.standardError / scipyAccuracy.standardError - 1)).toBeLessThan(0.015)
  })

  it('is reproducible for a seed and changes with it', () => {
    const again = bootstrapCountMetricDelta(contingency, 'accuracy', { resamples: 50_000, seed: 5 })
    expect([again.low, again.high]).toEqual([result.low, result.high])
    const other = bootstrapCountMetricDelta(contingency, 'accuracy', {
      resamples: 1000,
      seed: 6,
      keepDistribution: true
    })
    const same = bootstrapCountMetricDelta(contingency, 'accuracy', {
      resamples: 1000,
      seed: 5,
      keepDistribution: true
    })
    expect(Array.from(other.distribution ?? [])).not.toEqual(Array.from(same.distribution ?? []))
  })

  it('bootstraps macro F1 on the full table', () => {
    const multiclass = contingencyFromCells([
      { truth: 'a', baseline: 'a', candidate: 'a', count: 40 },
      { truth: 'b', baseline: 'a', candidate: 'b', count: 15 },
      { truth: 'c', baseline: 'c', candidate: 'b', count: 5 },
      { truth: 'c', baseline: 'c', candidate: 'c', count: 30 },
      { truth: 'b', baseline: 'b', candidate: 'b', count: 10 }
    ])
    const macro = bootstrapCountMetricDelta(multiclass, 'macro-f1', { resamples: 2000 })
    expect(macro.low).toBeLessThanOrEqual(macro.delta)
    expect(macro.high).toBeGreaterThanOrEqual(macro.delta)
    expect(macro.delta).toBeGreaterThan(0)
  })
})

describe('paired bootstrap of a mean', () => {
  it('matches scipy.stats.bootstrap (percentile and BCa) within Monte Carlo error', () => {
    const percentile = bootstrapMeanDelta(meanData.baseline, meanData.candidate, {
      resamples: 20_000,
      seed: 3
    })
    const bca = bootstrapMeanDelta(meanData.baseline, meanData.candidate, {
      resamples: 20_000,
      seed: 3,
      interval: 'bca'
    })
    expect(percentile.delta).toBeCloseTo(scipyMean.delta, 14)
    // The Monte Carlo SD of a 2.5 % quantile is ≈ √(0.025·0.975/B)/φ(1.96)·SE: 0.019·SE for our
    // B = 20000 and 0.006·SE for scipy's 200000. Allow 5 combined SDs, 0.1·SE.
    const allowed = 0.1 * scipyMean.standardError
    expect(Math.abs(percentile.low - scipyMean.percentile[0]!)).toBeLessThan(allowed)
    expect(Math.abs(percentile.high - scipyMean.percentile[1]!)).toBeLessThan(allowed)
    expect(Math.abs(bca.low - scipyMean.bca[0]!)).toBeLessThan(allowed)
    expect(Math.abs(bca.high - scipyMean.bca[1]!)).toBeLessThan(allowed)
    expect(Math.abs(percentile.standardError / scipyMean.standardError - 1)).toBeLessThan(0.03)
  })

  it('rejects mismatched or non-finite inputs', () => {
    expect(() => bootstrapMeanDelta([1, 2], [1])).toThrow(/differ in length/)
    expect(() => bootstrapMeanDelta([1, NaN], [1, 2])).toThrow(/not a finite number/)
    expect(() => bootstrapMeanDelta([1], [1], { level: 1.5 })).toThrow(/confidence level/)
  })
})
