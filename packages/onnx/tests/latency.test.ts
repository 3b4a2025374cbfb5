import { beforeAll, describe, expect, it } from '@jest/globals'
import { compareLatency, measureLatency, nearestRank } from '@ml-actions/onnx'
import { repoRuntimeDirectory, scratchDirectory, writeModel } from './support/onnx-models.js'

describe('nearestRank', () => {
  it('returns an observed value: sorted[ceil(p/100·n) − 1]', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(nearestRank(sorted, 50)).toBe(5)
    expect(nearestRank(sorted, 95)).toBe(10)
    expect(nearestRank(sorted, 90)).toBe(9)
    expect(nearestRank(sorted, 0)).toBe(1)
    expect(nearestRank(new Float64Array(0), 50)).toBeNaN()
  })
})

describe('compareLatency', () => {
  const noisy = (center: number, spread: number, n = 200) =>
    Array.from({ length: n }, (_, i) => center + spread * Math.sin(i * 12.9898))

  it('passes within tolerance, fails a clear regression, is inconclusive within the noise', () => {
    expect(compareLatency(noisy(1.02, 0.01), noisy(1, 0.01), 0.1).verdict).toBe('pass')
    const regression = compareLatency(noisy(1.5, 0.01), noisy(1, 0.01), 0.1)
    expect(regression.verdict).toBe('fail')
    expect(regression.medianRatio).toBeCloseTo(1.5, 1)
    expect(compareLatency(noisy(1.15, 0.8, 30), noisy(1, 0.8, 30), 0.1).verdict).toBe(
      'inconclusive'
    )
  })
})

describe('measureLatency', () => {
  let model: string
  beforeAll(async () => {
    model = await writeModel(await scratchDirectory('latency'), 'add.onnx', {})
  })

  it('times interleaved models in a worker and states the percentile method', async () => {
    const feeds = new Map([
      ['X', { dtype: 'float32' as const, shape: [2, 4], data: new Float32Array(8) }]
    ])
    const measured = await measureLatency(
      repoRuntimeDirectory,
      [
        { label: 'candidate', path: model, feeds },
        { label: 'baseline', path: model, feeds }
      ],
      { warmupRuns: 2, runs: 30 }
    )
    expect(
      measured.models.map((stats) => [stats.label, stats.runs, stats.samplesMs.length])
    ).toEqual([
      ['candidate', 30, 30],
      ['baseline', 30, 30]
    ])
    const [stats] = measured.models
    expect(stats!.p50Ms).toBeLessThanOrEqual(stats!.p95Ms)
    expect(stats!.p95Ms).toBeLessThanOrEqual(stats!.maxMs)
    expect(stats!.percentileMethod).toMatch(/nearest-rank/)
    expect(stats!.sessionCreateMs).toBeGreaterThan(0)
    expect(measured.peakRssMb).toBeGreaterThan(10)
  })

  it('warms up for at least warmupRuns and minWarmupMs, and reports how many runs that took', async () => {
    const feeds = new Map([
      ['X', { dtype: 'float32' as const, shape: [1, 4], data: new Float32Array(4) }]
    ])
    const started = performance.now()
    const measured = await measureLatency(
      repoRuntimeDirectory,
      [{ label: 'm', path: model, feeds }],
      {
        warmupRuns: 3,
        runs: 5,
        minWarmupMs: 200,
        maxWarmupMs: 400
      }
    )
    const elapsed = performance.now() - started
    const [stats] = measured.models
    // A microsecond model runs far more than 3 times in 200 ms; the cap keeps the whole thing short.
    expect(stats!.warmupRuns).toBeGreaterThan(100)
    expect(elapsed).toBeGreaterThan(200)
    expect(elapsed).toBeLessThan(10_000)
    const exact = await measureLatency(repoRuntimeDirectory, [{ label: 'm', path: model, feeds }], {
      warmupRuns: 7,
      runs: 5,
      minWarmupMs: 0,
      maxWarmupMs: 0
    })
    expect(exact.models[0]!.warmupRuns).toBeGreaterThanOrEqual(7)
  })

  it('stops a measurement that exceeds its wall-clock limit', async () => {
    const feeds = new Map([
      ['X', { dtype: 'float32' as const, shape: [1, 4], data: new Float32Array(4) }]
    ])
    await expect(
      measureLatency(repoRuntimeDirectory, [{ label: 'candidate', path: model, feeds }], {
        warmupRuns: 0,
        runs: 1e7,
        timeoutMs: 300
      })
    ).rejects.toThrow(/exceeded 0 s and was stopped/)
  })
})
