import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  flattenObject,
  toMetricsDocument,
  type InterpretOptions,
  type JsonValue,
  type MetricsDocument
} from '../../src/metrics/index.js'
import { readResultsFile } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

function interpret(
  data: JsonValue,
  options?: InterpretOptions,
  path = 'results.json'
): MetricsDocument {
  return toMetricsDocument({ path, syntax: 'json', data }, options)
}

async function documentOf(path: string, options?: InterpretOptions): Promise<MetricsDocument> {
  return toMetricsDocument(await readResultsFile(fixture(path)), options)
}

describe('generic reading of nested values', () => {
  test('nested objects flatten with dots; text and booleans become labels; null is dropped', async () => {
    const document = await documentOf('hostile/numeric_strings.json')
    expect(document.metrics).toEqual({ f1: 0.88 })
    expect(document.labels).toEqual({
      accuracy: '0.91',
      tag: 'v2',
      passed: 'true',
      skipped: 'false'
    })
  })

  test('numeric strings become metrics only with coerceNumericStrings', async () => {
    const document = await documentOf('hostile/numeric_strings.json', {
      coerceNumericStrings: true
    })
    expect(document.metrics).toEqual({ accuracy: 0.91, f1: 0.88 })
    expect(document.labels).toEqual({ tag: 'v2', passed: 'true', skipped: 'false' })
  })

  test('an object of objects sharing numeric fields becomes a group, in file order', () => {
    const document = interpret({ eval: { per_slice: { b: { f1: 0.5, n: 3 }, a: { f1: 0.25 } } } })
    expect(document.groups).toEqual({
      'eval.per_slice': {
        name: 'eval.per_slice',
        rowOrder: ['b', 'a'],
        fieldOrder: ['f1', 'n'],
        rows: { b: { f1: 0.5, n: 3 }, a: { f1: 0.25 } }
      }
    })
    expect(document.metrics).toEqual({})
  })

  test('objects of objects without a shared numeric field stay scalars', () => {
    const document = interpret({ m: { a: { x: 1 }, b: { y: 2 } } })
    expect(document.groups).toEqual({})
    expect(document.metrics).toEqual({ 'm.a.x': 1, 'm.b.y': 2 })
  })

  test('a single nested member stays scalars (no one-row group)', () => {
    expect(interpret({ m: { a: { x: 1 } } }).metrics).toEqual({ 'm.a.x': 1 })
  })

  test('text inside group rows becomes labels instead of breaking the table', async () => {
    const document = await documentOf('hostile/strings_in_groups.json')
    expect(document.groups['per_class']?.rows).toEqual({
      cat: { precision: 0.9, recall: 0.8 },
      dog: { precision: 0.7 }
    })
    expect(document.labels).toEqual({
      'per_class.cat.note': 'relabelled',
      'per_class.dog.recall': 'n/a'
    })
  })

  test('a list of records with missing keys and text cells is a series without them', async () => {
    const document = await documentOf('hostile/ragged_records.json')
    expect(document.series['metrics']).toEqual({
      name: 'metrics',
      index: 'epoch',
      points: [
        { epoch: 0, train_loss: 0.9, val_loss: 0.8 },
        { epoch: 1, train_loss: 0.7 },
        { epoch: 2, val_loss: 0.6 },
        { epoch: 3, train_loss: 0.5 }
      ]
    })
    // The last record that has each field, not the last record.
    expect(document.metrics).toEqual({ 'metrics.train_loss': 0.5, 'metrics.val_loss': 0.6 })
    expect(document.labels).toEqual({})
  })

  test('records without epoch or step are an unindexed series with no final metrics', () => {
    const document = interpret({ folds: [{ auc: 0.9 }, { auc: 0.8 }] })
    expect(document.series).toEqual({
      folds: { name: 'folds', points: [{ auc: 0.9 }, { auc: 0.8 }] }
    })
    expect(document.metrics).toEqual({})
  })

  test('a list of numbers is a series of value', () => {
    expect(interpret({ losses: [3, 2, 1] }).series).toEqual({
      losses: { name: 'losses', points: [{ value: 3 }, { value: 2 }, { value: 1 }] }
    })
  })

  test('a list of text is indexed labels', () => {
    expect(interpret({ tags: ['a', 'b'] }).labels).toEqual({ 'tags.0': 'a', 'tags.1': 'b' })
  })

  test('records named by their first column become a group', () => {
    const document = interpret({
      classes: [
        { name: 'cat', f1: 0.9, note: 'x' },
        { name: 'dog', f1: 0.8 }
      ]
    })
    expect(document.groups['classes']?.rows).toEqual({ cat: { f1: 0.9 }, dog: { f1: 0.8 } })
    expect(document.labels).toEqual({ 'classes.cat.note': 'x' })
  })

  test('empty objects and lists produce nothing', async () => {
    const document = await documentOf('hostile/empty_containers.json')
    expect(document).toEqual({
      sources: [fixture('hostile/empty_containers.json')],
      format: 'json',
      metrics: { accuracy: 0.5 },
      groups: {},
      series: {},
      labels: {},
      metadata: {}
    })
    expect(interpret({}).metrics).toEqual({})
    expect(interpret([]).series).toEqual({})
  })

  test('a file holding one number is a metric named after the file', () => {
    expect(interpret(0.93, {}, 'out/accuracy.json').metrics).toEqual({ accuracy: 0.93 })
  })

  test('a value nested 100 deep gets a 100-part name', () => {
    let data: JsonValue = 0.5
    for (let depth = 0; depth < 100; depth++) data = { [`k${depth % 10}`]: data }
    const names = Object.keys(interpret(data).metrics)
    expect(names).toHaveLength(1)
    expect(names[0]?.split('.')).toHaveLength(100)
    expect(names[0]?.startsWith('k9.k8.k7')).toBe(true)
  })
})

describe('keys that need care', () => {
  test('dots, pipes, HTML and __proto__ survive verbatim', async () => {
    const document = await documentOf('hostile/special_keys.json')
    expect(document.metrics).toEqual({
      'a.b.c': 1,
      'pipe|key': 0.5,
      '<img src=x onerror=alert(1)>': 0.25,
      '__proto__.polluted': 1
    })
    expect(document.groups['per_class']?.rowOrder).toEqual(['x|y', '<b>bold</b>'])
    expect(document.groups['per_class']?.rows['<b>bold</b>']).toEqual({ f1: 0.75 })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  test('two keys that flatten to the same name are an error naming both', async () => {
    const path = fixture('hostile/colliding_names.json')
    await expect(documentOf('hostile/colliding_names.json')).rejects.toThrow(
      new ConfigurationError(
        `${path}: ["a.b"] and a.b both give the name "a.b"; rename one of the keys (dots in keys read as nesting)`
      )
    )
  })
})

describe('validation', () => {
  test('NaN from Python json.dump is refused, naming the file and key path', async () => {
    const path = fixture('hostile/python_nan.json')
    await expect(documentOf('hostile/python_nan.json')).rejects.toThrow(
      new ConfigurationError(
        `${path}: metric loss is NaN; fix the run that wrote it, or allow non-finite values explicitly`
      )
    )
  })

  test('Infinity deep in the tree is named by its path', () => {
    expect(() => interpret({ grad: { max: Number.POSITIVE_INFINITY } })).toThrow(
      'results.json: metric grad.max is Infinity'
    )
    expect(() => interpret({ grad: [{ min: Number.NEGATIVE_INFINITY }] })).toThrow(
      'results.json: metric grad[0].min is -Infinity'
    )
  })

  test('allowNonFinite keeps NaN and ±Infinity as metrics', async () => {
    const document = await documentOf('hostile/python_nan.json', { allowNonFinite: true })
    expect(document.metrics).toEqual({
      accuracy: 0.91,
      loss: Number.NaN,
      'grad.max': Number.POSITIVE_INFINITY,
      'grad.min': Number.NEGATIVE_INFINITY
    })
  })

  test('a missing required metric is an error listing what is there', () => {
    expect(() =>
      interpret({ overall: { f1: 0.5, recall: 0.4 } }, { required: ['overall.f1', 'overall.auc'] })
    ).toThrow(
      new ConfigurationError(
        'results.json: required metric "overall.auc" not found; available: overall.f1, overall.recall'
      )
    )
  })

  test('a label does not satisfy a required metric', () => {
    expect(() => interpret({ accuracy: '0.9' }, { required: ['accuracy'] })).toThrow(
      'results.json: required metric "accuracy" not found; available: (none)'
    )
    expect(
      interpret({ accuracy: '0.9' }, { required: ['accuracy'], coerceNumericStrings: true }).metrics
    ).toEqual({
      accuracy: 0.9
    })
  })
})

describe('metadata', () => {
  test('common keys fill the metadata and stay out of the metrics', () => {
    const document = interpret({
      model_name: 'distilbert-base-uncased',
      version: 3,
      git_commit: 'abc1234',
      run_id: 'r-42',
      created_at: '2024-05-01T10:00:00Z',
      dataset: { digest: 'sha256:feed' },
      accuracy: 0.9
    })
    expect(document.metadata).toEqual({
      model: 'distilbert-base-uncased',
      version: '3',
      gitSha: 'abc1234',
      runId: 'r-42',
      timestamp: '2024-05-01T10:00:00Z',
      datasetDigest: 'sha256:feed'
    })
    expect(document.metrics).toEqual({ accuracy: 0.9 })
    expect(document.labels['version']).toBe('3')
  })

  test('metadata inside a metadata object, and model.name', () => {
    const document = interpret({
      metadata: { commit: 'deadbeef' },
      model: { name: 'resnet', version: 'v2' }
    })
    expect(document.metadata).toEqual({ gitSha: 'deadbeef', model: 'resnet', version: 'v2' })
  })

  test('TOML metadata and metrics', async () => {
    const document = await documentOf('toml/metrics.toml', { allowNonFinite: true })
    expect(document.format).toBe('toml')
    expect(document.metadata).toEqual({
      model: 'resnet50',
      gitSha: '0123456789abcdef0123456789abcdef01234567'
    })
    expect(document.metrics).toEqual({
      'eval.top1': 0.7613,
      'eval.top5': 0.9293,
      'eval.lr': 0.0001,
      'eval.not_a_number': Number.NaN
    })
  })
})

describe('CSV and TSV tables', () => {
  test('a name,value CSV becomes one metric per row; text values become labels', async () => {
    const document = await documentOf('csv/metrics.csv')
    expect(document.format).toBe('csv')
    expect(document.metrics).toEqual({ accuracy: 0.9312, f1: 0.9047, latency_ms: 12.5 })
    expect(document.labels).toEqual({ model: 'distilbert' })
    expect(document.metadata).toEqual({ model: 'distilbert' })
  })

  test('a metric,value TSV', async () => {
    expect((await documentOf('csv/metrics.tsv')).metrics).toEqual({ recall: 0.88, precision: 0.91 })
  })

  test('a single-row CSV becomes metrics named by the header', async () => {
    const document = await documentOf('csv/single_row.csv')
    expect(document.metrics).toEqual({ accuracy: 0.9312, f1: 0.9047, threshold: 0.0001 })
    expect(document.labels).toEqual({ notes: 'baseline, no tuning' })
  })

  test('a per-class CSV becomes a group named after its key column, keeping quoted names', async () => {
    const document = await documentOf('csv/per_class.csv')
    expect(document.groups).toEqual({
      class: {
        name: 'class',
        rowOrder: ['cat', 'dog', 'bird, small'],
        fieldOrder: ['precision', 'recall', 'f1', 'support'],
        rows: {
          cat: { precision: 0.91, recall: 0.88, f1: 0.8947, support: 120 },
          dog: { precision: 0.85, recall: 0.9, f1: 0.8743, support: 98 },
          'bird, small': { precision: 0.7, f1: 0.7, support: 14 }
        }
      }
    })
  })

  test('a CSV with multi-line quoted text cells keeps them as labels of its rows', async () => {
    const document = await documentOf('csv/quoted.csv')
    expect(document.groups['id']?.rows).toEqual({
      a: { score: 0.5 },
      b: { score: 0.25 },
      c: { score: -1.5 },
      d: {}
    })
    expect(document.labels['id.b.comment']).toBe('spans\ntwo lines')
    expect(document.labels['id.c.comment']).toBe('say "hi"')
  })
})

describe('flattenObject', () => {
  test('joins nested keys, indexes lists and unwraps single items', () => {
    expect(flattenObject({ a: { b: 1, c: [2, 3], d: [{ e: 'x' }] }, f: null, g: true })).toEqual({
      'a.b': 1,
      'a.c.0': 2,
      'a.c.1': 3,
      'a.d.e': 'x',
      f: null,
      g: true
    })
  })

  test('a custom separator', () => {
    expect(flattenObject({ a: { b: 1 } }, { separator: '/' })).toEqual({ 'a/b': 1 })
  })

  test('collisions are an error naming the source and both places', () => {
    expect(() => flattenObject({ 'a.b': 1, a: { b: 2 } }, { source: 'm.json' })).toThrow(
      new ConfigurationError('m.json: ["a.b"] and a.b both flatten to "a.b"')
    )
  })
})
