import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  toMetricsDocument,
  type InterpretOptions,
  type MetricsDocument
} from '../../src/metrics/index.js'
import { readResultsFile } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

async function documentOf(path: string, options?: InterpretOptions): Promise<MetricsDocument> {
  return toMetricsDocument(await readResultsFile(fixture(path)), options)
}

describe('Made-With-ML training_results.json', () => {
  test('params, per-epoch series and final-epoch metrics', async () => {
    const document = await documentOf('made-with-ml/training_results.json')
    expect(document.format).toBe('mwml-training')
    expect(document.sources).toEqual([fixture('made-with-ml/training_results.json')])
    expect(document.metrics).toEqual({
      'params.dropout_p': 0.5,
      'params.lr': 0.0001,
      'params.lr_factor': 0.8,
      'params.lr_patience': 3,
      'params.num_epochs': 3,
      'params.batch_size': 256,
      'params.num_classes': 4,
      'metrics.lr': 0.00008,
      'metrics.train_loss': 0.3987,
      'metrics.val_loss': 0.4012
    })
    expect(document.series).toEqual({
      metrics: {
        name: 'metrics',
        index: 'epoch',
        points: [
          { epoch: 0, lr: 0.0001, train_loss: 0.5816, val_loss: 0.4911 },
          { epoch: 1, lr: 0.0001, train_loss: 0.4723, val_loss: 0.4218 },
          { epoch: 2, lr: 0.00008, train_loss: 0.3987, val_loss: 0.4012 }
        ]
      }
    })
    expect(document.groups).toEqual({})
    expect(document.labels).toEqual({
      timestamp: 'June 09, 2023 09:26:18 AM',
      run_id: '6149e3fec8d24f1492d4a4cabd5c06f6'
    })
    expect(document.metadata).toEqual({
      timestamp: 'June 09, 2023 09:26:18 AM',
      runId: '6149e3fec8d24f1492d4a4cabd5c06f6'
    })
  })

  test('params.lr written as 1e-4 is exactly 0.0001', async () => {
    const document = await documentOf('made-with-ml/training_results.json')
    expect(Object.is(document.metrics['params.lr'], 1e-4)).toBe(true)
    expect(String(document.metrics['params.lr'])).toBe('0.0001')
  })

  test('a single-epoch run is still a series', () => {
    const document = toMetricsDocument({
      path: 'training_results.json',
      syntax: 'json',
      data: { params: { lr: 0.001 }, metrics: [{ epoch: 0, train_loss: 0.7, val_loss: 0.6 }] }
    })
    expect(document.series['metrics']?.points).toEqual([
      { epoch: 0, train_loss: 0.7, val_loss: 0.6 }
    ])
    expect(document.metrics['metrics.val_loss']).toBe(0.6)
  })
})

describe('Made-With-ML evaluation_results.json', () => {
  test('overall scalars, per_class and slices groups in file order', async () => {
    const document = await documentOf('made-with-ml/evaluation_results.json')
    expect(document.format).toBe('mwml-evaluation')
    expect(document.metrics).toEqual({
      'overall.precision': 0.9076136428670714,
      'overall.recall': 0.9057591623036649,
      'overall.f1': 0.9046792827719773,
      'overall.num_samples': 191
    })
    const perClass = document.groups['per_class']
    expect(perClass?.name).toBe('per_class')
    expect(perClass?.rowOrder).toEqual([
      'computer-vision',
      'natural-language-processing',
      'mlops',
      'other'
    ])
    expect(Object.keys(perClass?.rows ?? {})).toEqual(perClass?.rowOrder)
    expect(perClass?.fieldOrder).toEqual(['precision', 'recall', 'f1', 'num_samples'])
    expect(perClass?.rows['mlops']).toEqual({
      precision: 0.8235294117647058,
      recall: 0.9333333333333333,
      f1: 0.875,
      num_samples: 15
    })
    expect(document.groups['slices']).toEqual({
      name: 'slices',
      rowOrder: ['nlp_llm', 'short_text'],
      fieldOrder: ['precision', 'recall', 'f1', 'num_samples'],
      rows: {
        nlp_llm: { precision: 1, recall: 1, f1: 1, num_samples: 28 },
        short_text: {
          precision: 0.8571428571428571,
          recall: 0.8571428571428571,
          f1: 0.8571428571428571,
          num_samples: 7
        }
      }
    })
    expect(document.series).toEqual({})
    expect(document.labels).toEqual({
      timestamp: 'June 09, 2023 09:31:02 AM',
      run_id: '6149e3fec8d24f1492d4a4cabd5c06f6'
    })
  })

  test('a single class is still a group', () => {
    const document = toMetricsDocument({
      path: 'evaluation_results.json',
      syntax: 'json',
      data: { overall: { f1: 0.5 }, per_class: { only: { f1: 0.5 } } }
    })
    expect(document.groups['per_class']?.rows).toEqual({ only: { f1: 0.5 } })
  })

  test('a NaN in a per_class cell names the cell', () => {
    expect(() =>
      toMetricsDocument({
        path: 'evaluation_results.json',
        syntax: 'json',
        data: { overall: { f1: 0.5 }, per_class: { cat: { f1: Number.NaN } } }
      })
    ).toThrow(
      new ConfigurationError(
        'evaluation_results.json: metric per_class.cat.f1 is NaN; fix the run that wrote it, or allow non-finite values explicitly'
      )
    )
  })
})

describe('Hugging Face', () => {
  test('trainer_state.json: log_history series by step, last logged values, top-level numbers', async () => {
    const document = await documentOf('hugging-face/trainer_state.json')
    expect(document.format).toBe('hf-trainer-state')
    expect(document.metrics).toEqual({
      best_global_step: 1000,
      best_metric: 0.8676470588235294,
      epoch: 3,
      eval_steps: 500,
      global_step: 1377,
      logging_steps: 500,
      max_steps: 1377,
      num_input_tokens_seen: 0,
      num_train_epochs: 3,
      save_steps: 500,
      total_flos: 723818839237632,
      train_batch_size: 8,
      'log_history.grad_norm': 4.217,
      'log_history.learning_rate': 1.3689e-5,
      'log_history.loss': 0.2765,
      'log_history.eval_accuracy': 0.8676470588235294,
      'log_history.eval_loss': 0.4487,
      'log_history.eval_runtime': 1.49,
      'log_history.eval_samples_per_second': 273.8,
      'log_history.eval_steps_per_second': 34.22,
      'log_history.total_flos': 723818839237632,
      'log_history.train_loss': 0.3231,
      'log_history.train_runtime': 212.7,
      'log_history.train_samples_per_second': 51.73,
      'log_history.train_steps_per_second': 6.474
    })
    const history = document.series['log_history']
    expect(history?.index).toBe('step')
    expect(history?.points.map((point) => point['step'])).toEqual([500, 500, 1000, 1000, 1377])
    // An overflowing fp16 gradient norm is history, not a result: the series keeps it.
    expect(history?.points[0]).toEqual({
      epoch: 1.0893246187363834,
      grad_norm: Number.POSITIVE_INFINITY,
      learning_rate: 3.1845e-5,
      loss: 0.5012,
      step: 500
    })
    expect(history?.points[4]).toEqual({
      epoch: 3,
      step: 1377,
      total_flos: 723818839237632,
      train_loss: 0.3231,
      train_runtime: 212.7,
      train_samples_per_second: 51.73,
      train_steps_per_second: 6.474
    })
    expect(document.labels).toEqual({
      best_model_checkpoint: 'out/checkpoint-1000',
      is_hyper_param_search: 'false',
      is_local_process_zero: 'true',
      is_world_process_zero: 'true'
    })
    expect(document.groups).toEqual({})
  })

  test('trainer_state.json whose last gradient norm is NaN is refused unless allowed', () => {
    const file = {
      path: 'trainer_state.json',
      syntax: 'json' as const,
      data: {
        global_step: 2,
        log_history: [
          { step: 1, grad_norm: 1 },
          { step: 2, grad_norm: Number.NaN }
        ]
      }
    }
    expect(() => toMetricsDocument(file)).toThrow(
      'trainer_state.json: metric log_history[1].grad_norm is NaN'
    )
    expect(
      toMetricsDocument(file, { allowNonFinite: true }).metrics['log_history.grad_norm']
    ).toBeNaN()
  })

  test('eval_results.json: flat eval_* metrics under their own names', async () => {
    const document = await documentOf('hugging-face/eval_results.json')
    expect(document.format).toBe('hf-eval-results')
    expect(document.metrics).toEqual({
      epoch: 3,
      eval_accuracy: 0.8676470588235294,
      eval_f1: 0.9065743944636678,
      eval_loss: 0.4487,
      eval_runtime: 1.4912,
      eval_samples: 408,
      eval_samples_per_second: 273.6,
      eval_steps_per_second: 34.2
    })
  })

  test('all_results.json is recognised by its name', async () => {
    const document = await documentOf('hugging-face/all_results.json')
    expect(document.format).toBe('hf-eval-results')
    expect(document.metrics['train_loss']).toBe(0.3231)
  })
})

describe('scikit-learn classification_report(output_dict=True)', () => {
  test('classes become per_class, accuracy and averages become metrics', async () => {
    const document = await documentOf('sklearn/classification_report.json')
    expect(document.format).toBe('sklearn-report')
    expect(document.groups).toEqual({
      per_class: {
        name: 'per_class',
        rowOrder: ['setosa', 'versicolor', 'virginica'],
        fieldOrder: ['precision', 'recall', 'f1-score', 'support'],
        rows: {
          setosa: { precision: 1, recall: 1, 'f1-score': 1, support: 10 },
          versicolor: {
            precision: 1,
            recall: 0.8888888888888888,
            'f1-score': 0.9411764705882353,
            support: 9
          },
          virginica: {
            precision: 0.9166666666666666,
            recall: 1,
            'f1-score': 0.9565217391304348,
            support: 11
          }
        }
      }
    })
    expect(document.metrics).toEqual({
      accuracy: 0.9666666666666667,
      'macro avg.precision': 0.9722222222222222,
      'macro avg.recall': 0.9629629629629629,
      'macro avg.f1-score': 0.9658994032395567,
      'macro avg.support': 30,
      'weighted avg.precision': 0.9694444444444444,
      'weighted avg.recall': 0.9666666666666667,
      'weighted avg.f1-score': 0.9664109121909632,
      'weighted avg.support': 30
    })
  })

  test('integer class labels keep the report order; micro avg replaces accuracy', async () => {
    const document = await documentOf('sklearn/integer_labels_report.json')
    const perClass = document.groups['per_class']
    expect(perClass?.rowOrder).toEqual(['10', '2', '0'])
    expect(perClass?.rows['10']).toEqual({
      precision: 0.5,
      recall: 0.25,
      'f1-score': 0.3333333333333333,
      support: 4
    })
    expect(document.metrics['micro avg.f1-score']).toBe(0.6)
    expect(document.metrics['accuracy']).toBeUndefined()
  })
})

describe('Keras history', () => {
  test('equal-length lists become series history by 0-based epoch and last values', async () => {
    const document = await documentOf('keras/history.json')
    expect(document.format).toBe('keras-history')
    expect(document.metrics).toEqual({
      loss: 0.2954,
      accuracy: 0.90625,
      val_loss: 0.4102,
      val_accuracy: 0.83
    })
    expect(document.series).toEqual({
      history: {
        name: 'history',
        index: 'epoch',
        points: [
          { epoch: 0, loss: 0.6931, accuracy: 0.5, val_loss: 0.6512, val_accuracy: 0.625 },
          { epoch: 1, loss: 0.4512, accuracy: 0.8125, val_loss: 0.4401, val_accuracy: 0.8 },
          { epoch: 2, loss: 0.3307, accuracy: 0.875, val_loss: 0.3999, val_accuracy: 0.84 },
          { epoch: 3, loss: 0.2954, accuracy: 0.90625, val_loss: 0.4102, val_accuracy: 0.83 }
        ]
      }
    })
  })

  test('lists of unequal length are not a Keras history', () => {
    const document = toMetricsDocument({
      path: 'h.json',
      syntax: 'json',
      data: { loss: [0.5, 0.4], val_loss: [0.6] }
    })
    expect(document.format).toBe('json')
    expect(document.series).toEqual({
      loss: { name: 'loss', points: [{ value: 0.5 }, { value: 0.4 }] }
    })
    expect(document.metrics).toEqual({ val_loss: 0.6 })
  })

  test('Keras CSVLogger output: epoch-indexed CSV gives history and last values', async () => {
    const document = await documentOf('csv/training_log.csv', { allowNonFinite: true })
    expect(document.format).toBe('csv')
    expect(document.series['history']?.index).toBe('epoch')
    expect(document.series['history']?.points).toHaveLength(3)
    expect(document.metrics).toEqual({
      accuracy: 0.875,
      loss: 0.3307,
      val_accuracy: 0.84,
      val_loss: Number.NaN
    })
  })

  test('the same CSVLogger file with a NaN last val_loss is refused by default', async () => {
    await expect(documentOf('csv/training_log.csv')).rejects.toThrow(
      `${fixture('csv/training_log.csv')}: metric [2].val_loss is NaN`
    )
  })
})

describe('DVC metrics files', () => {
  test('generic reading of a DVC file: top-level objects flatten, single-item list unwrapped', async () => {
    const document = await documentOf('dvc/metrics.json')
    expect(document.format).toBe('json')
    expect(document.metrics).toEqual({
      'train.accuracy': 0.9886999726295471,
      'train.loss': 0.041855331510305405,
      'test.accuracy': 0.9718,
      'test.loss': 0.0931,
      'avg_prec.value': 0.7639,
      roc_auc: 0.9512,
      time_real: 277.1
    })
    expect(document.groups).toEqual({})
  })

  test('format dvc flattens everything the way dvc metrics show does', async () => {
    const document = await documentOf('dvc/metrics.json', { format: 'dvc' })
    expect(document.format).toBe('dvc')
    expect(document.metrics).toEqual({
      'train.accuracy': 0.9886999726295471,
      'train.loss': 0.041855331510305405,
      'test.accuracy': 0.9718,
      'test.loss': 0.0931,
      'avg_prec.value': 0.7639,
      roc_auc: 0.9512,
      time_real: 277.1
    })
    expect(document.groups).toEqual({})
    expect(document.series).toEqual({})
  })

  test('format dvc ignores lists longer than one item', () => {
    const document = toMetricsDocument(
      { path: 'm.yaml', syntax: 'yaml', data: { a: [1, 2, 3], b: [{ c: 4 }], d: 5 } },
      { format: 'dvc' }
    )
    expect(document.metrics).toEqual({ 'b.c': 4, d: 5 })
  })

  test('dvclive YAML', async () => {
    const document = await documentOf('dvc/metrics.yaml', { format: 'dvc' })
    expect(document.metrics).toEqual({
      step: 9,
      'eval.loss': 0.2104,
      'eval.accuracy': 0.9333,
      'train.loss': 0.1101
    })
  })
})

describe('forcing a format', () => {
  test('a file that does not have the requested layout is an error naming it', () => {
    expect(() =>
      toMetricsDocument(
        { path: 'x.json', syntax: 'json', data: { a: 1 } },
        { format: 'sklearn-report' }
      )
    ).toThrow(new ConfigurationError('x.json does not have the layout of a sklearn-report file'))
  })

  test('a syntax format skips shape detection', () => {
    const data = { loss: [0.5, 0.4], val_loss: [0.6, 0.5] }
    expect(toMetricsDocument({ path: 'h.json', syntax: 'json', data }).format).toBe('keras-history')
    const generic = toMetricsDocument({ path: 'h.json', syntax: 'json', data }, { format: 'json' })
    expect(generic.format).toBe('json')
    expect(Object.keys(generic.series)).toEqual(['loss', 'val_loss'])
  })
})
