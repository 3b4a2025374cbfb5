import { describe, expect, it } from '@jest/globals'
import { bootstrapClassificationReport } from '../../src/stats/classification-bootstrap.js'
import { delongTest } from '../../src/stats/delong.js'
import { bootstrapCountMetricDelta } from '../../src/stats/paired-bootstrap.js'
import { contingencyFromClassIndices } from '../../src/stats/paired-contingency.js'
import { bootstrapRegressionMetrics } from '../../src/stats/regression-bootstrap.js'
import { resamplingSettings } from '../../src/stats/resampling-settings.js'
import { DEFAULT_SEED } from '../../src/stats/random.js'
import { welchTTest } from '../../src/stats/welch.js'

const truth = [0, 1, 1, 0]
const baseline = [0, 1, 0, 0]
const candidate = [0, 1, 1, 1]
const contingency = contingencyFromClassIndices(['a', 'b'], truth, baseline, candidate)
const numbers = (values: number[]): Float64Array => Float64Array.from(values)

describe('resamplingSettings', () => {
  it('defaults to 10 000 resamples at 95 % with the package seed', () => {
    expect(resamplingSettings({})).toEqual({ resamples: 10_000, level: 0.95, seed: DEFAULT_SEED })
    expect(resamplingSettings({ resamples: 200, level: 0.9, seed: 7 })).toEqual({
      resamples: 200,
      level: 0.9,
      seed: 7
    })
  })

  // Every bootstrap and test of the package checks its settings through the one function, so a
  // bad level or resample count reads the same whichever statistic was asked for.
  const callers: [string, (options: { level?: number; resamples?: number }) => unknown][] = [
    ['bootstrapCountMetricDelta', (o) => bootstrapCountMetricDelta(contingency, 'accuracy', o)],
    ['bootstrapClassificationReport', (o) => bootstrapClassificationReport(contingency, o)],
    [
      'bootstrapRegressionMetrics',
      (o) => bootstrapRegressionMetrics(numbers(truth), numbers(baseline), numbers(candidate), o)
    ]
  ]
  it.each(callers)('%s refuses a level outside (0, 1) and a resample count below 1', (_, run) => {
    expect(() => run({ level: 1 })).toThrow('confidence level must be in (0, 1), got 1')
    expect(() => run({ resamples: 0 })).toThrow(
      'bootstrap resamples must be a positive integer, got 0'
    )
  })

  it('welchTTest and delongTest refuse the same levels', () => {
    expect(() => welchTTest([1, 2, 3], [2, 3, 4], { level: 0 })).toThrow(
      'confidence level must be in (0, 1), got 0'
    )
    expect(() =>
      delongTest([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4], [0.8, 0.3, 0.7, 0.1], { level: 1.5 })
    ).toThrow('confidence level must be in (0, 1), got 1.5')
  })
})
