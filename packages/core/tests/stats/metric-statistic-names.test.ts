import { describe, expect, it } from '@jest/globals'
import {
  statisticForGroupCell,
  statisticForMetricName
} from '../../src/stats/metric-statistic-names.js'

const binary = { classes: ['0', '1'] }
const three = { classes: ['setosa', 'versicolor', 'virginica'] }

describe('which statistic backs a metric name', () => {
  it('scikit-learn classification_report: accuracy, averages, per-class cells', () => {
    expect(statisticForMetricName('accuracy', three)).toBe('accuracy')
    expect(statisticForMetricName('macro avg.f1-score', three)).toBe('macro-f1')
    expect(statisticForMetricName('weighted avg.precision', three)).toBe('weighted-precision')
    expect(statisticForMetricName('micro avg.recall', three)).toBe('micro-recall')
    expect(statisticForMetricName('weighted avg.support', three)).toBeUndefined()
    expect(statisticForGroupCell('versicolor', 'f1-score', three)).toBe('f1[versicolor]')
    expect(statisticForGroupCell('setosa', 'recall', three)).toBe('recall[setosa]')
    expect(statisticForGroupCell('setosa', 'support', three)).toBeUndefined()
  })

  it('Made-With-ML: overall.* are weighted averages, per_class cells per class, slices none', () => {
    const context = { classes: ['mlops', 'other'], format: 'mwml-evaluation' }
    expect(statisticForMetricName('overall.precision', context)).toBe('weighted-precision')
    expect(statisticForMetricName('overall.f1', context)).toBe('weighted-f1')
    expect(statisticForMetricName('overall.num_samples', context)).toBeUndefined()
    expect(statisticForGroupCell('mlops', 'f1', context)).toBe('f1[mlops]')
    expect(statisticForGroupCell('short_text', 'f1', context)).toBeUndefined()
  })

  it('Hugging Face eval_*, Keras val_*, DVC and flat names', () => {
    expect(statisticForMetricName('eval_accuracy', binary)).toBe('accuracy')
    expect(statisticForMetricName('eval_f1', binary)).toBe('f1')
    expect(statisticForMetricName('eval_loss', binary)).toBeUndefined()
    expect(statisticForMetricName('val_acc', binary)).toBe('accuracy')
    expect(statisticForMetricName('test.roc_auc', binary)).toBe('roc-auc')
    expect(statisticForMetricName('pr_auc', binary)).toBeUndefined()
    expect(statisticForMetricName('f1_score', three)).toBe('macro-f1')
    expect(statisticForMetricName('balanced_accuracy', three)).toBe('macro-recall')
    expect(statisticForMetricName('top5_accuracy', three)).toBeUndefined()
    expect(statisticForMetricName('log_loss', binary)).toBe('log-loss')
    expect(statisticForMetricName('brier_score', binary)).toBe('brier')
    expect(statisticForMetricName('mean_absolute_error', binary)).toBe('mae')
    expect(statisticForMetricName('root_mean_squared_error', binary)).toBe('rmse')
    expect(statisticForMetricName('mse', binary)).toBe('mse')
    expect(statisticForMetricName('r2_score', binary)).toBe('r2')
    expect(statisticForMetricName('neg_mean_absolute_error', binary)).toBeUndefined()
    expect(statisticForMetricName('epoch', binary)).toBeUndefined()
  })

  it("scikit-learn scorer names, the average last (cross_validate's test_f1_macro)", () => {
    expect(statisticForMetricName('f1_macro', three)).toBe('macro-f1')
    expect(statisticForMetricName('test_precision_weighted', three)).toBe('weighted-precision')
    expect(statisticForMetricName('recall_micro', binary)).toBe('micro-recall')
    expect(statisticForMetricName('macro', three)).toBeUndefined()
  })
})
