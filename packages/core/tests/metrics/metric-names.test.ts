import { describe, expect, test } from '@jest/globals'
import { compareMetrics, parseComparisonRules } from '../../src/compare/index.js'
import { freezeWithEntries, metricEntries } from '../../src/metrics/metric-names.js'
import {
  parseResultsText,
  toMetricsDocument,
  type MetricsDocument
} from '../../src/metrics/index.js'

async function parsed(text: string): Promise<MetricsDocument> {
  return toMetricsDocument(await parseResultsText(text, 'metrics.json'))
}

/** Kept names come back as the same array each time; enumerating makes a new one. */
function kept(values: Readonly<Record<string, unknown>>): boolean {
  return metricNames(values) === metricNames(values)
}

function metricNames(values: Readonly<Record<string, unknown>>): readonly string[] {
  return metricEntries(values).names
}

describe('metric names and values kept by the producer', () => {
  test('a parsed document keeps its names, in Object.keys order, with their values, and its metrics are frozen', async () => {
    const document = await parsed(
      '{"eval": {"loss": 0.3, "accuracy": 0.9}, "__proto__": 2, "note": "x", "epoch": 3}'
    )
    expect(kept(document.metrics)).toBe(true)
    expect(metricNames(document.metrics)).toEqual(Object.keys(document.metrics))
    expect(metricNames(document.metrics)).toEqual([
      'eval.loss',
      'eval.accuracy',
      '__proto__',
      'epoch'
    ])
    expect(metricEntries(document.metrics).values).toEqual(Object.values(document.metrics))
    expect(metricEntries(document.metrics).values).toEqual([0.3, 0.9, 2, 3])
    expect(Object.isFrozen(document.metrics)).toBe(true)
    expect(() => {
      ;(document.metrics as Record<string, number>)['late'] = 1
    }).toThrow(TypeError)
  })

  test('names that are array indexes enumerate first in numeric order, so they are not kept', async () => {
    const document = await parsed('{"b": 1, "10": 2, "a": 3, "2": 4}')
    expect(kept(document.metrics)).toBe(false)
    expect(metricNames(document.metrics)).toEqual(['2', '10', 'b', 'a'])
  })

  test('numeric-looking names that are not array indexes are kept', () => {
    const values = { '01': 1, '1.5': 2, '4294967295': 3, '-1': 4 }
    freezeWithEntries(values, ['01', '1.5', '4294967295', '-1'], [1, 2, 3, 4])
    expect(kept(values)).toBe(true)
    expect(metricNames(values)).toEqual(Object.keys(values))
  })

  test('an object nobody froze with its names is enumerated', () => {
    const values = { a: 1, b: 2 }
    expect(kept(values)).toBe(false)
    expect(metricNames(values)).toEqual(['a', 'b'])
    expect(metricEntries(values).values).toBeUndefined()
  })

  test('names and values that do not pair up are refused', () => {
    expect(() => freezeWithEntries({ a: 1, b: 2 }, ['a', 'b'], [1])).toThrow(
      '2 metric names but 1 values'
    )
  })

  test('a comparison reads kept and enumerated names alike, baseline-only metrics included', async () => {
    const candidate = await parsed('{"accuracy": 0.91, "f1": 0.8, "new_metric": 1.5}')
    const baseline = await parsed('{"gone": 0.2, "f1": 0.82, "accuracy": 0.9}')
    const rules = await parseComparisonRules(
      'metrics:\n  accuracy: {direction: higher}\n',
      'rules.yml'
    )
    const fromKept = await compareMetrics(candidate, baseline, rules)
    const plain = (document: MetricsDocument): MetricsDocument => ({
      ...document,
      metrics: { ...document.metrics }
    })
    const fromEnumerated = await compareMetrics(plain(candidate), plain(baseline), rules)
    expect(fromKept).toEqual(fromEnumerated)
    expect(fromKept.metrics.map((metric) => [metric.name, metric.verdict])).toEqual([
      ['accuracy', 'improved'],
      ['f1', 'regressed'],
      ['new_metric', 'new'],
      ['gone', 'missing']
    ])
  })

  test('a baseline that lists the same names in another order is read by name, not by position', async () => {
    const candidate = await parsed('{"a": 0.5, "b": 0.6, "c": 0.7, "d": 0.8}')
    const shuffled = await parsed('{"b": 0.61, "a": 0.5, "c": 0.69, "e": 0.1}')
    const rules = await parseComparisonRules('defaults: {abs-tolerance: 0}\n', 'rules.yml')
    const report = await compareMetrics(candidate, shuffled, rules)
    expect(
      report.metrics.map((metric) => [metric.name, metric.baseline, metric.candidate])
    ).toEqual([
      ['a', 0.5, 0.5],
      ['b', 0.61, 0.6],
      ['c', 0.69, 0.7],
      ['d', null, 0.8],
      ['e', 0.1, null]
    ])
    const plain = { ...shuffled, metrics: { ...shuffled.metrics } }
    expect(report).toEqual(await compareMetrics(candidate, plain, rules))
  })
})
