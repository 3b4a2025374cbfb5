import { describe, expect, it } from '@jest/globals'
import {
  contingencyFromCells,
  contingencyFromLabels,
  reduceForMetric,
  type CountMetric
} from '../../src/stats/index.js'

// Reference values: scikit-learn 1.2.1 accuracy_score, precision_score, recall_score,
// f1_score (average='macro' for the multiclass set, zero_division=0) on these exact arrays.
const multiclass = {
  truth: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'a', 'b', 'd', 'c', 'a', 'b', 'b', 'c', 'a'],
  baseline: ['a', 'b', 'b', 'a', 'c', 'c', 'a', 'b', 'b', 'a', 'c', 'a', 'a', 'b', 'c', 'c'],
  candidate: ['a', 'b', 'c', 'a', 'b', 'b', 'a', 'a', 'b', 'a', 'a', 'a', 'b', 'b', 'c', 'e']
}
const multiclassExpected = {
  baseline: {
    accuracy: 0.625,
    macro_f1: 0.4833333333333333,
    macro_precision: 0.4666666666666667,
    macro_recall: 0.5041666666666667
  },
  candidate: {
    accuracy: 0.75,
    macro_f1: 0.468997668997669,
    macro_precision: 0.5095238095238095,
    macro_recall: 0.4666666666666667
  }
}
const binary = {
  truth: [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1],
  baseline: [1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1],
  candidate: [1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1]
}
const binaryExpected = {
  baseline: { precision: 0.7777777777777778, recall: 0.7, f1: 0.7368421052631577, accuracy: 0.75 },
  candidate: { precision: 0.75, recall: 0.9, f1: 0.8181818181818182, accuracy: 0.8 }
}

function evaluate(
  metric: CountMetric,
  truth: readonly (string | number)[],
  baseline: readonly (string | number)[],
  candidate: readonly (string | number)[]
) {
  const contingency = contingencyFromLabels(
    truth.map(String),
    baseline.map(String),
    candidate.map(String)
  )
  const reduced = reduceForMetric(contingency, metric)
  return { ...reduced.evaluate(reduced.counts), cells: reduced.counts.length }
}

describe('count metrics from paired contingency cells', () => {
  it.each([
    ['accuracy', 'accuracy'],
    ['macro-f1', 'macro_f1'],
    ['macro-precision', 'macro_precision'],
    ['macro-recall', 'macro_recall']
  ] as const)(
    '%s matches scikit-learn on a multiclass set with an unpredicted and an unseen class',
    (metric, key) => {
      const result = evaluate(metric, multiclass.truth, multiclass.baseline, multiclass.candidate)
      expect(result.baseline).toBeCloseTo(multiclassExpected.baseline[key], 14)
      expect(result.candidate).toBeCloseTo(multiclassExpected.candidate[key], 14)
    }
  )

  it.each(['precision', 'recall', 'f1', 'accuracy'] as const)(
    'binary %s matches scikit-learn',
    (metric) => {
      const result = evaluate(metric, binary.truth, binary.baseline, binary.candidate)
      expect(result.baseline).toBeCloseTo(binaryExpected.baseline[metric], 14)
      expect(result.candidate).toBeCloseTo(binaryExpected.candidate[metric], 14)
    }
  )

  it('reduces accuracy to the 4 paired cells and binary metrics to 8', () => {
    expect(
      evaluate('accuracy', multiclass.truth, multiclass.baseline, multiclass.candidate).cells
    ).toBe(4)
    expect(evaluate('f1', binary.truth, binary.baseline, binary.candidate).cells).toBe(8)
    const errorRate = evaluate('error-rate', binary.truth, binary.baseline, binary.candidate)
    expect(errorRate.baseline).toBeCloseTo(0.25, 15)
    expect(errorRate.candidate).toBeCloseTo(0.2, 15)
  })

  it('refuses to guess the positive class of arbitrary names, naming the input', () => {
    const contingency = contingencyFromCells([
      { truth: 'cat', baseline: 'dog', candidate: 'cat', count: 3 },
      { truth: 'dog', baseline: 'dog', candidate: 'dog', count: 2 }
    ])
    expect(() => reduceForMetric(contingency, 'f1')).toThrow(/positive/)
    const reduced = reduceForMetric(contingency, 'recall', { positiveClass: 'cat' })
    expect(reduced.evaluate(reduced.counts)).toEqual({ baseline: 0, candidate: 1 })
    expect(() => reduceForMetric(contingency, 'f1', { positiveClass: 'bird' })).toThrow(/'bird'/)
  })
})
