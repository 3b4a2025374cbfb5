import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { mergeMetricsDocuments, type MetricsDocument } from '../../src/metrics/index.js'
import { expandPathPatterns, readMetrics } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

let workspace: string
const EVALUATION = '{"overall": {"f1": 0.9}, "per_class": {"a": {"f1": 0.8}}}'

async function put(relativePath: string, content: string): Promise<void> {
  const path = join(workspace, relativePath)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'metrics-glob-'))
  await put('results/evaluation_results.json', EVALUATION)
  await put(
    'results/training_results.json',
    '{"params": {"lr": 1e-4}, "metrics": [{"epoch": 0, "val_loss": 0.5}]}'
  )
  await put('results/notes.md', '# not metrics')
  await put('results/.hidden.json', '{"secret": 1}')
  await put('runs/a/metrics.json', '{"accuracy": 0.91, "loss": 0.3}')
  await put('runs/b/metrics.json', '{"accuracy": 0.87, "latency": 12}')
  await put('runs/b/deeper/extra.json', '{"extra": 1}')
  await put('node_modules/pkg/metrics.json', '{"accuracy": 0}')
})

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true })
})

describe('expandPathPatterns', () => {
  test('a single-level glob matches files in that folder only, sorted', async () => {
    expect(await expandPathPatterns(['results/*.json'], { cwd: workspace })).toEqual([
      'results/evaluation_results.json',
      'results/training_results.json'
    ])
  })

  test('** descends, but not into node_modules or hidden entries', async () => {
    expect(await expandPathPatterns(['**/*.json'], { cwd: workspace })).toEqual([
      'results/evaluation_results.json',
      'results/training_results.json',
      'runs/a/metrics.json',
      'runs/b/deeper/extra.json',
      'runs/b/metrics.json'
    ])
  })

  test('braces, exclusions and de-duplication across patterns', async () => {
    const paths = await expandPathPatterns(
      ['runs/{a,b}/metrics.json', 'runs/**/*.json', '!runs/b/deeper/**'],
      { cwd: workspace }
    )
    expect(paths).toEqual(['runs/a/metrics.json', 'runs/b/metrics.json'])
  })

  test('plain paths pass through untouched, even when missing', async () => {
    expect(await expandPathPatterns(['missing.json', './x.yaml'], { cwd: workspace })).toEqual([
      'missing.json',
      './x.yaml'
    ])
  })

  test('a glob matching nothing names the pattern', async () => {
    await expect(expandPathPatterns(['results/*.yaml'], { cwd: workspace })).rejects.toThrow(
      new ConfigurationError('no files match the pattern "results/*.yaml"')
    )
  })
})

describe('readMetrics', () => {
  test('merges files whose names do not collide without prefixes', async () => {
    const document = await readMetrics('results/*.json', { cwd: workspace })
    expect(document.sources).toEqual([
      join(workspace, 'results/evaluation_results.json'),
      join(workspace, 'results/training_results.json')
    ])
    expect(document.format).toBe('mwml-evaluation')
    expect(document.formats).toEqual(['mwml-evaluation', 'mwml-training'])
    expect(document.metrics).toEqual({
      'overall.f1': 0.9,
      'params.lr': 0.0001,
      'metrics.val_loss': 0.5
    })
    expect(Object.keys(document.groups)).toEqual(['per_class'])
    expect(Object.keys(document.series)).toEqual(['metrics'])
  })

  test('colliding names are prefixed by path when the stems are equal too', async () => {
    const document = await readMetrics(['runs/*/metrics.json'], { cwd: workspace })
    const a = join(workspace, 'runs/a/metrics')
    const b = join(workspace, 'runs/b/metrics')
    expect(document.metrics).toEqual({
      [`${a}.accuracy`]: 0.91,
      loss: 0.3,
      [`${b}.accuracy`]: 0.87,
      latency: 12
    })
  })

  test('required is checked on the merged document', async () => {
    const document = await readMetrics(['runs/a/metrics.json', 'runs/b/deeper/extra.json'], {
      cwd: workspace,
      required: ['extra', 'accuracy']
    })
    expect(document.metrics).toEqual({ accuracy: 0.91, loss: 0.3, extra: 1 })
    await expect(
      readMetrics(['runs/a/metrics.json'], { cwd: workspace, required: ['extra'] })
    ).rejects.toThrow(
      new ConfigurationError(
        `${join(workspace, 'runs/a/metrics.json')}: required metric "extra" not found; available: accuracy, loss`
      )
    )
  })

  test('a directory holding metrics/ is read as an MLflow run', async () => {
    const run = fixture('mlflow/mlruns/0/4f2c1e5a9b8d4c7e8f0a1b2c3d4e5f60')
    const document = await readMetrics([run, fixture('keras/history.json')], { cwd: '/' })
    expect(document.formats).toEqual(['mlflow-run', 'keras-history'])
    expect(document.metrics).toEqual({
      '4f2c1e5a9b8d4c7e8f0a1b2c3d4e5f60.accuracy': 0.84,
      'eval/f1': 0.9047,
      '4f2c1e5a9b8d4c7e8f0a1b2c3d4e5f60.loss': 0.3307,
      'history.loss': 0.2954,
      'history.accuracy': 0.90625,
      val_loss: 0.4102,
      val_accuracy: 0.83
    })
  })

  test('options reach every file: size limit and validation', async () => {
    const path = join(workspace, 'results/evaluation_results.json')
    expect(EVALUATION.length).toBe(57)
    await expect(readMetrics('results/*.json', { cwd: workspace, maxBytes: 50 })).rejects.toThrow(
      new ConfigurationError(`${path} is 57 B, over the 50 B limit for results files`)
    )
    await expect(
      readMetrics('results/evaluation_results.json', { cwd: workspace, required: ['overall.auc'] })
    ).rejects.toThrow(`${path}: required metric "overall.auc" not found; available: overall.f1`)
  })

  test('a missing plain path names the file', async () => {
    await expect(readMetrics(['nope.json'], { cwd: workspace })).rejects.toThrow(
      new ConfigurationError(`${join(workspace, 'nope.json')} does not exist`)
    )
  })

  test('relative paths are read from the cwd given, never from the process', async () => {
    const relative = 'tests/fixtures/metrics/csv/metrics.tsv'
    const root = resolve(fixture('.'), '..', '..', '..')
    expect((await readMetrics(relative, { cwd: root })).sources).toEqual([resolve(root, relative)])
  })
})

describe('mergeMetricsDocuments', () => {
  const documentFor = (source: string, metrics: Record<string, number>): MetricsDocument => ({
    sources: [source],
    format: 'json',
    metrics,
    groups: {
      per_class: { name: 'per_class', rows: { a: { f1: metrics['f1'] ?? 0 } }, rowOrder: ['a'] }
    },
    series: {},
    labels: {},
    metadata: { model: source }
  })

  test('a single document is returned unchanged', () => {
    const only = documentFor('a.json', { f1: 1 })
    expect(mergeMetricsDocuments([only])).toBe(only)
  })

  test('groups that collide are renamed with their stems; metadata takes the first value', () => {
    const merged = mergeMetricsDocuments([
      documentFor('x/base.json', { f1: 0.5 }),
      documentFor('y/head.json', { f1: 0.7 })
    ])
    expect(merged.metrics).toEqual({ 'base.f1': 0.5, 'head.f1': 0.7 })
    expect(Object.keys(merged.groups)).toEqual(['base.per_class', 'head.per_class'])
    expect(merged.groups['head.per_class']?.name).toBe('head.per_class')
    expect(merged.groups['head.per_class']?.rows).toEqual({ a: { f1: 0.7 } })
    expect(merged.metadata).toEqual({ model: 'x/base.json' })
  })

  test('the same file twice still gets distinct names', () => {
    const merged = mergeMetricsDocuments([
      documentFor('m.json', { f1: 0.5 }),
      documentFor('m.json', { f1: 0.6 })
    ])
    expect(merged.metrics).toEqual({ 'm.f1': 0.5, 'm#2.f1': 0.6 })
  })

  test('a prefixed name that is already taken is an error', () => {
    expect(() =>
      mergeMetricsDocuments([
        documentFor('a.json', { f1: 1, 'b.f1': 2 }),
        documentFor('b.json', { f1: 3 })
      ])
    ).toThrow(
      new ConfigurationError(
        'b.json: "f1" appears in several files and its prefixed name "b.f1" is already taken; rename one of them'
      )
    )
  })
})
