import { describe, expect, it } from '@jest/globals'
import { repeatedValues } from '../../src/metrics/index.js'

describe('repeatedValues', () => {
  it('finds the counted metrics and groups that repeat the project’s own, by value', () => {
    const repeated = repeatedValues(
      {
        'overall.recall': 0.9481481481481482,
        'overall.accuracy': 0.9481481481481482,
        'overall.num_samples': 540,
        'counts.accuracy': 0.948148148148148,
        'counts.num_samples': 540,
        'counts.macro_recall': 0.9482
      },
      [
        {
          name: 'per_class',
          rows: { a: { f1: 0.5, num_samples: 2 }, b: { f1: 1, num_samples: 3 } }
        },
        {
          name: 'counts.per_class',
          rows: { a: { f1: 0.5, support: 2 }, b: { f1: 1, support: 3 } }
        },
        { name: 'counts.other', rows: { a: { f1: 0.25 }, b: { f1: 1 } } }
      ],
      (name) => name.startsWith('counts.')
    )
    expect(Object.fromEntries(repeated.metrics)).toEqual({
      'counts.accuracy': 'overall.accuracy',
      'counts.num_samples': 'overall.num_samples'
    })
    expect(Object.fromEntries(repeated.groups)).toEqual({ 'counts.per_class': 'per_class' })
  })
})
