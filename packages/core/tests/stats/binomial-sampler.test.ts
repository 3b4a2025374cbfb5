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
