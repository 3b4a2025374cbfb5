import { describe, expect, it } from '@jest/globals'
import {
  logFactorial,
  sampleBinomial,
  sampleMultinomial,
  SeededRandom
} from '../../src/stats/index.js'

function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(
    logFactorial(n) -
      logFactorial(k) -
      logFactorial(n - k) +
      k * Math.log(p) +
      (n - k) * Math.log1p(-p)
  )
}

/** Pearson χ² of draws against the exact pmf, pooling bins with expected counts below 10. */
function chiSquare(
  n: number,
  p: number,
  draws: number,
  seed: number
): { statistic: number; bins: number } {
  const random = new SeededRandom(seed)
  const observed = new Map<number, number>()
  let sum = 0
  let squares = 0
  for (let i = 0; i < draws; i++) {
    const k = sampleBinomial(random, n, p)
    if (!(Number.isInteger(k) && k >= 0 && k <= n)) throw new Error(`draw ${k} outside 0…${n}`)
    observed.set(k, (observed.get(k) ?? 0) + 1)
    sum += k
    squares += k * k
  }
  const mean = sum / draws
  const variance = squares / draws - mean * mean
  // mean within 6 standard errors of n·p
  expect(Math.abs(mean - n * p)).toBeLessThan(6 * Math.sqrt((n * p * (1 - p)) / draws))
  expect(Math.abs(variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.05)
  let statistic = 0
  let bins = 0
  let pooledExpected = 0
  let pooledObserved = 0
  const sd = Math.sqrt(n * p * (1 - p))
  const lowest = Math.max(0, Math.floor(n * p - 40 * sd - 10))
  const highest = Math.min(n, Math.ceil(n * p + 40 * sd + 10))
  for (const k of observed.keys()) expect(k >= lowest && k <= highest).toBe(true)
  for (let k = lowest; k <= highest; k++) {
    const expected = draws * binomialPmf(k, n, p)
    const seen = observed.get(k) ?? 0
    if (expected >= 10) {
      statistic += (seen - expected) ** 2 / expected
      bins += 1
    } else {
      pooledExpected += expected
      pooledObserved += seen
    }
  }
  if (pooledExpected > 0) {
    statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected
    bins += 1
  }
  return { statistic, bins }
}

describe('sampleBinomial', () => {
  // Under a correct sampler the statistic is ≈ χ²(bins − 1): mean df, SD √(2 df). The bound of
  // df + 6√(2 df) is far in the tail, and the seeds are fixed, so the test cannot flake.
  it.each([
    [20, 0.3, 'inversion'],
    [1000, 0.004, 'inversion, tiny p'],
    [40, 0.5, 'BTRS, small n'],
    [1000, 0.02, 'BTRS near the switch'],
    [1000, 0.5, 'BTRS'],
    [50, 0.9, 'p > 1/2 by symmetry'],
    [1_000_000, 0.37, 'BTRS, large n'],
    [2_000_000_000, 1e-7, 'inversion, huge n']
  ])('matches the exact pmf for n = %p, p = %p (%s)', (n, p) => {
    const { statistic, bins } = chiSquare(n, p, 100_000, n + 1)
    const df = bins - 1
    expect(statistic).toBeLessThan(df + 6 * Math.sqrt(2 * df))
  })

  it('handles the edges exactly', () => {
    const random = new SeededRandom(1)
    expect(sampleBinomial(random, 0, 0.5)).toBe(0)
    expect(sampleBinomial(random, 10, 0)).toBe(0)
    expect(sampleBinomial(random, 10, 1)).toBe(10)
  })
})

describe('sampleMultinomial', () => {
  it('conserves n and matches the marginal means and covariance', () => {
    const random = new SeededRandom(11)
    const probabilities = [0.5, 0.3, 0.15, 0.05]
    const n = 2000
    const draws = 40_000
    const counts = new Float64Array(4)
    const sums = [0, 0, 0, 0]
    let crossProduct = 0
    for (let i = 0; i < draws; i++) {
      sampleMultinomial(random, n, probabilities, counts)
      if (counts.reduce((total, count) => total + count, 0) !== n)
        throw new Error('n not conserved')
      counts.forEach((count, cell) => (sums[cell] = (sums[cell] ?? 0) + count))
      crossProduct += (counts[0] ?? 0) * (counts[1] ?? 0)
    }
    probabilities.forEach((p, cell) => {
      const standardError = Math.sqrt((n * p * (1 - p)) / draws)
      expect(Math.abs((sums[cell] ?? 0) / draws - n * p)).toBeLessThan(6 * standardError)
    })
    // Cov(X0, X1) = −n p0 p1 = −300
    const covariance = crossProduct / draws - ((sums[0] ?? 0) / draws) * ((sums[1] ?? 0) / draws)
    expect(Math.abs(covariance + 300)).toBeLessThan(20)
  })
})

describe('sampleBinomial against scipy.stats.binom', () => {
  // [case, n, p, mean, variance, [[k, P(X ≤ k)], …]] from Debian python3, scipy 1.x:
  //   m, v = binom.stats(n, p); k = int(binom.ppf(q, n, p)) for q in (0.05, 0.5, 0.95);
  //   binom.cdf(k, n, p) (points with cdf 1 dropped, one below the median added where needed).
  const cases: [string, number, number, number, number, [number, number][]][] = [
    [
      'inversion, p near 0',
      30,
      0.02,
      0.6,
      0.588,
      [
        [0, 0.5454843193824371],
        [2, 0.9782821654563826]
      ]
    ],
    [
      'inversion by symmetry, p near 1',
      30,
      0.98,
      29.4,
      0.5880000000000005,
      [
        [29, 0.4545156806175631],
        [28, 0.12054568915892797]
      ]
    ],
    [
      'BTRS, small n',
      200,
      0.3,
      60.0,
      42.0,
      [
        [49, 0.05059179402989491],
        [60, 0.5348091761606979],
        [71, 0.9603717248013883]
      ]
    ],
    [
      'BTRS at n·p = 10, p near 0',
      1000000,
      1e-5,
      10.0,
      9.9999,
      [
        [5, 0.06708501704958428],
        [10, 0.5830397501940288],
        [15, 0.9512604646496425]
      ]
    ],
    [
      'inversion by symmetry, large n, p near 1',
      1000000,
      0.999995,
      999995.0,
      4.999975000032756,
      [
        [999991, 0.06809314513761726],
        [999995, 0.5595071536101659],
        [999998, 0.9595726549037301]
      ]
    ],
    [
      'BTRS, large n',
      10000000,
      0.37,
      3700000.0,
      2331000.0,
      [
        [3697489, 0.050048990613409616],
        [3700000, 0.5001419730707461],
        [3702511, 0.9500085984804354]
      ]
    ],
    [
      'BTRS, a report cell (ratio recursion near the mode)',
      170000,
      0.001,
      170.0,
      169.83,
      [
        [149, 0.05554586857689666],
        [170, 0.5203829959982603],
        [192, 0.9557111557743688]
      ]
    ],
    [
      'BTRS, p = 1/2',
      5000,
      0.5,
      2500.0,
      1250.0,
      [
        [2442, 0.051933338383730446],
        [2500, 0.5056416137477395],
        [2558, 0.9510050631923375]
      ]
    ],
    ['p very near 1', 60, 0.9999, 59.994, 0.005999399999999339, [[59, 0.005982334171290409]]]
  ]
  const draws = 100_000

  // Bounds of 5 standard errors: a correct sampler fails one of the 9 × 5 checks with
  // probability < 3e-5, and the seed is fixed, so the test cannot flake.
  it.each(cases)('%s: n = %p, p = %p', (_name, n, p, mean, variance, cdf) => {
    const random = new SeededRandom(n % 1000)
    const values = new Float64Array(draws)
    for (let i = 0; i < draws; i++) values[i] = sampleBinomial(random, n, p)
    let sum = 0
    for (const value of values) sum += value
    const sampleMean = sum / draws
    let squares = 0
    for (const value of values) squares += (value - sampleMean) ** 2
    const sampleVariance = squares / (draws - 1)
    // Fourth central moment of the binomial: n p q (1 + 3 (n − 2) p q).
    const pq = p * (1 - p)
    const fourth = n * pq * (1 + 3 * (n - 2) * pq)
    expect(Math.abs(sampleMean - mean)).toBeLessThan(5 * Math.sqrt(variance / draws))
    expect(Math.abs(sampleVariance - variance)).toBeLessThan(
      5 * Math.sqrt((fourth - variance * variance) / draws)
    )
    for (const [k, probability] of cdf) {
      let atMost = 0
      for (const value of values) if (value <= k) atMost += 1
      expect(Math.abs(atMost / draws - probability)).toBeLessThan(
        5 * Math.sqrt((probability * (1 - probability)) / draws)
      )
    }
  })
})
