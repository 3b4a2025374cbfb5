import { describe, expect, it } from '@jest/globals'
import { SeededRandom } from '../../src/stats/index.js'

describe('SeededRandom (xoshiro128**)', () => {
  it('reproduces the reference stream from state [1, 2, 3, 4]', () => {
    // Computed with a direct Python transcription of the published xoshiro128** step
    // (prng.di.unimi.it/xoshiro128starstar.c); the first value 11520 = rotl(2·5, 7)·9 by hand.
    const random = SeededRandom.fromState([1, 2, 3, 4])
    const stream = Array.from({ length: 8 }, () => random.nextUint32())
    expect(stream).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849
    ])
  })

  it('seeds through SplitMix64 (Python reference for seed 42)', () => {
    const random = new SeededRandom(42)
    expect(Array.from({ length: 4 }, () => random.nextUint32())).toEqual([
      1776835114, 4165204688, 17111135, 2317295270
    ])
  })

  it('is reproducible and seed-dependent', () => {
    const first = new SeededRandom(7)
    const second = new SeededRandom(7)
    const other = new SeededRandom(8)
    const a = Array.from({ length: 5 }, () => first.nextDouble())
    expect(Array.from({ length: 5 }, () => second.nextDouble())).toEqual(a)
    expect(Array.from({ length: 5 }, () => other.nextDouble())).not.toEqual(a)
  })

  it('draws doubles in [0, 1) with the right mean and integers without bias', () => {
    const random = new SeededRandom(3)
    let sum = 0
    let outside = 0
    const draws = 200_000
    for (let i = 0; i < draws; i++) {
      const value = random.nextDouble()
      if (!(value >= 0 && value < 1)) outside += 1
      sum += value
    }
    expect(outside).toBe(0)
    // SD of the mean of U(0,1) is 1/sqrt(12·n) ≈ 6.5e-4; allow 5 SD.
    expect(Math.abs(sum / draws - 0.5)).toBeLessThan(5 * 6.5e-4)
    const counts = new Array<number>(7).fill(0)
    for (let i = 0; i < 70_000; i++) {
      const k = random.nextInt(7)
      counts[k] = (counts[k] ?? 0) + 1
    }
    // Each count ~ Binomial(70000, 1/7): SD ≈ 92.6; allow 5 SD.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(5 * 92.6)
    expect(() => random.nextInt(0)).toThrow(RangeError)
  })
})
