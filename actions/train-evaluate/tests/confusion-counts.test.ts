import { describe, expect, it } from '@jest/globals'
import { readPredictions } from '@ml-actions/core/stats'
import {
  confusionFromPredictions,
  metricsFromConfusion,
  sumConfusions
} from '../src/confusion-counts.js'

const csv = (rows: Array<[number, string, string]>) =>
  ['id,label,prediction', ...rows.map((row) => row.join(','))].join('\n')

describe('confusion counts', () => {
  it('counts truth x prediction and computes sklearn-style metrics from the counts', () => {
    const predictions = readPredictions(
      csv([
        [1, 'cat', 'cat'],
        [2, 'cat', 'dog'],
        [3, 'dog', 'dog'],
        [4, 'dog', 'dog'],
        [5, 'bird', 'dog']
      ]),
      'p.csv'
    )
    const confusion = confusionFromPredictions(predictions)
    expect(confusion).toEqual({
      classes: ['bird', 'cat', 'dog'],
      matrix: [
        [0, 0, 1],
        [0, 1, 1],
        [0, 0, 2]
      ]
    })
    const { metrics, perClass } = metricsFromConfusion(confusion)
    expect(metrics['counts.accuracy']).toBeCloseTo(3 / 5, 15)
    // dog: precision 2/4, recall 1, f1 2/3; cat: 1, 1/2, 2/3; bird: 0, 0, 0
    expect(perClass.dog).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 2 })
    expect(metrics['counts.macro_precision']).toBeCloseTo((0 + 1 + 0.5) / 3, 15)
    expect(metrics['counts.macro_recall']).toBeCloseTo((0 + 0.5 + 1) / 3, 15)
    expect(metrics['counts.macro_f1']).toBeCloseTo((0 + 2 / 3 + 2 / 3) / 3, 15)
    expect(metrics['counts.weighted_f1']).toBeCloseTo((1 * 0 + 2 * (2 / 3) + 2 * (2 / 3)) / 5, 15)
  })

  it('summed shards give the metrics of the whole set, which averaging does not', () => {
    const small = {
      classes: ['0', '1'],
      matrix: [
        [5, 0],
        [0, 5]
      ]
    } // 10 samples, all right
    const large = {
      classes: ['1', '2'],
      matrix: [
        [45, 45],
        [0, 0]
      ]
    } // 90 samples, half right
    const total = sumConfusions([small, large])
    expect(total).toEqual({
      classes: ['0', '1', '2'],
      matrix: [
        [5, 0, 0],
        [0, 50, 45],
        [0, 0, 0]
      ]
    })
    const merged = metricsFromConfusion(total).metrics
    expect(merged['counts.accuracy']).toBeCloseTo(0.55, 15)
    const averaged =
      ((metricsFromConfusion(small).metrics['counts.accuracy'] as number) +
        (metricsFromConfusion(large).metrics['counts.accuracy'] as number)) /
      2
    expect(averaged).toBeCloseTo(0.75, 15)
    expect(merged['counts.num_samples']).toBe(100)
  })
})
