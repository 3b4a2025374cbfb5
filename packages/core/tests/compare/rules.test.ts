import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { ConfigurationError } from '../../src/errors.js'
import {
  exactDifference,
  inferDirection,
  parseComparisonRules,
  parseSettingNumber,
  RuleMatcher,
  ruleMatcherFor
} from '../../src/compare/index.js'

describe('direction inference', () => {
  it.each([
    ['val_loss', 'lower'],
    ['eval/loss', 'lower'],
    ['valLoss', 'lower'],
    ['mean_absolute_error', 'lower'],
    ['latency_p95_ms', 'lower'],
    ['rmse', 'lower'],
    ['eval_runtime', 'lower'],
    ['model_size_mb', 'lower'],
    ['perplexity', 'lower'],
    ['wer', 'lower'],
    ['accuracy', 'higher'],
    ['overall.f1', 'higher'],
    ['eval_samples_per_second', 'higher'],
    ['timestamp', 'higher'],
    ['epoch', 'neutral'],
    ['per_class.cat.support', 'neutral']
  ])('%s → %s', (name, direction) => {
    expect(inferDirection(name)).toBe(direction)
  })
})

describe('setting numbers and exact deltas', () => {
  it('reads numbers and percentages in decimal', async () => {
    expect(parseSettingNumber(0.01)).toEqual({ value: 0.01, percent: false })
    expect(parseSettingNumber('1%')).toEqual({ value: 0.01, percent: true })
    expect(parseSettingNumber('0.1 %')?.value).toBe(0.001)
    expect(parseSettingNumber('2.5%')?.value).toBe(0.025)
    expect(parseSettingNumber('1e-3%')?.value).toBeCloseTo(1e-5, 20)
    expect(parseSettingNumber('abc')).toBeUndefined()
    expect(parseSettingNumber(Infinity)).toBeUndefined()
  })

  it('subtracts the decimal values the metrics print as', async () => {
    expect(0.9123 - 0.9122).not.toBe(0.0001)
    expect(exactDifference(0.9123, 0.9122)).toBe(0.0001)
    expect(exactDifference(0.3, 0.1)).toBe(0.2)
    expect(exactDifference(1.000001, 1)).toBe(0.000001)
    expect(exactDifference(1e-7, 3e-7)).toBe(-2e-7)
    expect(exactDifference(12345.5, 12345.25)).toBe(0.25)
    expect(exactDifference(1e300, 1e299)).toBe(1e300 - 1e299)
    expect(exactDifference(Infinity, 1)).toBe(Infinity)
    expect(exactDifference(0.1 + 0.2, 0.3)).toBe(0.1 + 0.2 - 0.3)
  })
})

describe('parseComparisonRules', () => {
  const text = `
fail-on: inconclusive
alpha: 0.01
defaults:
  rel-tolerance: 1%
  missing: fail
metrics:
  accuracy: {direction: higher, abs-tolerance: 0.005, min: 0.9, required: true}
  "per_class.*.f1": {rel-tolerance: "2%"}
  "latency_*": {direction: lower, rel-tolerance: 10%, max: 250, alert: improvement-too}
  epoch: {gate: false}
  loss: lower
`
  it('reads every key into typed rules', async () => {
    const rules = await parseComparisonRules(text, 'rules.yml')
    expect(rules).toMatchObject({
      source: 'rules.yml',
      failOn: 'inconclusive',
      alpha: 0.01,
      groups: 'report'
    })
    expect(rules.defaults).toMatchObject({
      relTolerance: 0.01,
      missing: 'fail',
      absTolerance: 0,
      alert: 'regression'
    })
    expect(rules.metrics).toEqual([
      { pattern: 'accuracy', direction: 'higher', absTolerance: 0.005, min: 0.9, required: true },
      { pattern: 'per_class.*.f1', relTolerance: 0.02 },
      {
        pattern: 'latency_*',
        direction: 'lower',
        relTolerance: 0.1,
        max: 250,
        alert: 'improvement-too'
      },
      { pattern: 'epoch', gate: false },
      { pattern: 'loss', direction: 'lower' }
    ])
  })

  it('accepts JSON and the list form', async () => {
    const rules = await parseComparisonRules(
      '{"metrics": [{"name": "f1", "abs-tolerance": 0.01}, {"pattern": "auc*", "direction": "auto"}]}',
      'rules.json'
    )
    expect(rules.metrics).toEqual([{ pattern: 'f1', absTolerance: 0.01 }, { pattern: 'auc*' }])
  })

  it.each([
    [
      'metrics:\n  accuracy: {abs_tolerance: 0.01}\n',
      /rules.yml at metrics.accuracy.abs_tolerance: unknown key 'abs_tolerance' \(did you mean 'abs-tolerance'\?\)/
    ],
    [
      'metrics:\n  accuracy: {direction: up}\n',
      /at metrics.accuracy.direction: expected one of higher \| lower \| neutral \| auto, got the string "up"/
    ],
    ['metrics:\n  f1: {rel-tolerance: 5}\n', /at metrics.f1.rel-tolerance: .*write "5%"/],
    ['metrics:\n  f1: {abs-tolerance: -1}\n', /cannot be negative/],
    [
      'metrics:\n  f1: {min: 0.9, max: 0.8}\n',
      /at metrics.f1: min \(0.9\) is greater than max \(0.8\)/
    ],
    ['metrics:\n  f1: {required: yes please}\n', /at metrics.f1.required: expected true or false/],
    ['metrics:\n  "!f1": {}\n', /negated pattern/],
    ['defaults:\n  min: 1\n', /at defaults.min: unknown key 'min'/],
    ['fail_on: regression\n', /unknown key 'fail_on' \(did you mean 'fail-on'\?\)/],
    ['metrics: [ {abs-tolerance: 1} ]\n', /at metrics.0: each list entry needs a 'name'/],
    ['metrics:\n  f1: {}\n  f1: {}\n', /not valid YAML\/JSON/],
    ['alpha: 2\n', /at alpha: must be between 0 and 1/],
    ['metrics: 3\n', /at metrics: expected a mapping, got number 3/]
  ])('names the file and key for %j', async (body, problem) => {
    await expect(parseComparisonRules(body, 'rules.yml')).rejects.toThrow(ConfigurationError)
    await expect(parseComparisonRules(body, 'rules.yml')).rejects.toThrow(problem)
  })

  it('treats an empty file as the defaults', async () => {
    expect((await parseComparisonRules('', 'empty.yml')).metrics).toEqual([])
  })
})

const precedenceRules = await parseComparisonRules(
  `
metrics:
  "**": {abs-tolerance: 0.5}
  "*.f1": {abs-tolerance: 0.4}
  "per_class.*.f1": {abs-tolerance: 0.3}
  "per_class.cat.f1": {abs-tolerance: 0.1}
  "per_class.c?t.f1": {abs-tolerance: 0.2}
  "latency_*": {abs-tolerance: 5}
  "eval/*": {abs-tolerance: 7}
`,
  'rules.yml'
)

describe('rule precedence', () => {
  it('needs the glob engine only for rules that may be globs', async () => {
    const exactOnly = await parseComparisonRules('metrics:\n  accuracy: {min: 0.9}\n', 'r.yml')
    expect(new RuleMatcher(exactOnly).resolve('accuracy').pattern).toBe('accuracy')
    const globbed = await parseComparisonRules('metrics:\n  "loss_*": {max: 1}\n', 'r.yml')
    expect(() => new RuleMatcher(globbed)).toThrow(/"loss_\*" may be a glob/)
    expect((await ruleMatcherFor(globbed)).resolve('loss_val').pattern).toBe('loss_*')
  })

  const matcher = new RuleMatcher(precedenceRules, picomatch)
  it.each([
    ['per_class.cat.f1', 'per_class.cat.f1'],
    ['per_class.cot.f1', 'per_class.c?t.f1'],
    ['per_class.dog.f1', 'per_class.*.f1'],
    ['overall.f1', '*.f1'],
    ['latency_p95', 'latency_*'],
    ['eval/loss', 'eval/*'],
    ['per_class.a.b.f1', '**'],
    ['something.else', '**']
  ])('%s is ruled by %s', (name, pattern) => {
    expect(matcher.resolve(name).pattern).toBe(pattern)
  })

  it('keeps * inside one dot-separated segment and fills unset keys from defaults', async () => {
    const narrow = new RuleMatcher(
      await parseComparisonRules('metrics:\n  "latency_*": {max: 3}\n', 'r.yml'),
      picomatch
    )
    expect(narrow.resolve('latency_p95.mean').pattern).toBeNull()
    expect(narrow.resolve('latency_p95')).toMatchObject({
      pattern: 'latency_*',
      direction: 'lower',
      directionSource: 'inferred',
      max: 3,
      absTolerance: 0,
      gate: true
    })
  })
})
