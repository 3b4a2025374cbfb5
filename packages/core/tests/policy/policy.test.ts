import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import {
  decideVerdict,
  evaluatePolicy,
  lookupField,
  parseFieldPath,
  parsePolicy,
  type PolicyReport
} from '../../src/policy/index.js'

const comparison: PolicyReport = {
  kind: 'metrics-comparison',
  source: 'comparison.json',
  data: {
    overall: 'pass',
    metrics: [
      { name: 'accuracy', candidate: 0.91, baseline: 0.9 },
      { name: 'latency_ms', candidate: 12, baseline: 10 },
      { name: 'loss', candidate: 'NaN', baseline: 0.3 }
    ]
  }
}
const candidate: PolicyReport = {
  kind: 'candidate-model',
  source: 'registry',
  data: { metrics: { accuracy: 0.91, 'f1.macro': 0.8 } }
}
const baseline: PolicyReport = {
  kind: 'baseline-model',
  source: 'registry',
  data: { metrics: { accuracy: 0.93, 'f1.macro': 0.8 } }
}

async function decide(yaml: string, reports: PolicyReport[] = [comparison], context = {}) {
  return decideVerdict(await evaluatePolicy(await parsePolicy(yaml, 'gate.yml'), reports, context))
}

describe('field paths', () => {
  it('reads keys, indices, selectors and quoted keys', async () => {
    const data = comparison.data
    expect(lookupField(data, parseFieldPath('metrics[name=latency_ms].candidate'))).toEqual({
      found: true,
      value: 12
    })
    expect(lookupField(data, parseFieldPath('metrics.2.name'))).toEqual({
      found: true,
      value: 'loss'
    })
    expect(lookupField(data, parseFieldPath('metrics[0].baseline'))).toEqual({
      found: true,
      value: 0.9
    })
    expect(lookupField(candidate.data, parseFieldPath('metrics["f1.macro"]'))).toEqual({
      found: true,
      value: 0.8
    })
    expect(lookupField(data, parseFieldPath('metrics[name=recall].candidate'))).toEqual({
      found: false
    })
    expect(lookupField(data, parseFieldPath('metrics.9'))).toEqual({ found: false })
    expect(lookupField(data, parseFieldPath('overall.length'))).toEqual({ found: false })
  })

  it('rejects malformed paths', async () => {
    expect(() => parseFieldPath('a..b')).toThrow('expected a key')
    expect(() => parseFieldPath('a.')).toThrow('ends with "."')
    expect(() => parseFieldPath('a[')).toThrow('bracket')
  })
})

describe('policy rules', () => {
  it('approves when every rule passes and records observed against expected', async () => {
    const decision = await decide(`
rules:
  - {name: overall, report: metrics-comparison, field: overall, equals: pass}
  - {name: accuracy floor, report: metrics-comparison, field: 'metrics[name=accuracy].candidate', min: 0.9}
  - {name: latency band, report: metrics-comparison, field: 'metrics[name=latency_ms].candidate', range: [0, 20]}
  - {name: allowed result, report: metrics-comparison, field: overall, in: [pass, inconclusive]}
`)
    expect(decision.verdict).toBe('approve')
    expect(decision.reasons).toEqual([])
    expect(decision.results.map((r) => [r.name, r.observed, r.expected, r.status])).toEqual([
      ['overall', 'pass', '= "pass"', 'pass'],
      ['accuracy floor', 0.91, '≥ 0.9', 'pass'],
      ['latency band', 12, '0 ≤ x ≤ 20', 'pass'],
      ['allowed result', 'pass', 'one of "pass", "inconclusive"', 'pass']
    ])
  })

  it('rejects on a failed threshold, NaN and a type mismatch', async () => {
    const decision = await decide(`
rules:
  - {name: accuracy, report: metrics-comparison, field: 'metrics[name=accuracy].candidate', min: 0.95}
  - {name: loss, report: metrics-comparison, field: 'metrics[name=loss].candidate', max: 1}
  - {name: overall numeric, report: metrics-comparison, field: overall, max: 1}
`)
    expect(decision.verdict).toBe('reject')
    expect(decision.reasons).toEqual([
      'accuracy: 0.91 is below the minimum 0.95',
      'loss: the value is NaN',
      'overall numeric: "pass" is not a number'
    ])
  })

  it('compares with the baseline in the direction that is better, with absolute or relative tolerance', async () => {
    const rules = (tolerance: string) => `
rules:
  - name: accuracy vs production
    report: candidate-model
    field: metrics.accuracy
    compare-to: {report: baseline-model}
    direction: higher
    tolerance: ${tolerance}
  - name: latency
    report: metrics-comparison
    field: 'metrics[name=latency_ms].candidate'
    compare-to: 'metrics[name=latency_ms].baseline'
    direction: lower
    tolerance: 25%
`
    const strict = await decide(rules('0.01'), [comparison, candidate, baseline])
    expect(strict.verdict).toBe('reject')
    expect(strict.results[0]).toMatchObject({
      status: 'fail',
      expected: '≥ baseline − 0.01 (baseline-model: metrics.accuracy)',
      detail: '0.91 vs baseline 0.93 (-0.02) is worse than ≥ baseline − 0.01 = 0.92'
    })
    expect(strict.results[1]).toMatchObject({ status: 'pass', observed: 12 })
    expect((await decide(rules('3%'), [comparison, candidate, baseline])).verdict).toBe('approve')
  })

  it('fails closed on missing data unless on-missing says otherwise', async () => {
    const rule = (extra: string) =>
      `rules:\n  - {name: recall, report: metrics-comparison, field: 'metrics[name=recall].candidate', min: 0.5${extra}}`
    expect(await decide(rule(''))).toMatchObject({
      verdict: 'reject',
      reasons: ['recall: metrics[name=recall].candidate is absent']
    })
    expect((await decide(rule(', on-missing: inconclusive'))).verdict).toBe('inconclusive')
    expect((await decide(rule(', on-missing: pass'))).verdict).toBe('approve')
    expect((await decide(`on-missing: inconclusive\n${rule('')}`)).verdict).toBe('inconclusive')
    expect((await decide(rule(''), [])).reasons).toEqual([
      'recall: no metrics-comparison report was given'
    ])
    // First deployment: no baseline model yet.
    const relative = `rules:
  - {name: vs prod, report: candidate-model, field: metrics.accuracy, compare-to: {report: baseline-model}, direction: higher, on-missing: pass}`
    expect((await decide(relative, [candidate])).results[0]).toMatchObject({
      status: 'missing',
      effect: 'none',
      detail: 'no baseline-model report to compare with'
    })
  })

  it('keeps report-only rules out of the verdict but in the table', async () => {
    const decision = await decide(`
rules:
  - {name: strict accuracy, report: metrics-comparison, field: 'metrics[name=accuracy].candidate', min: 0.99, report-only: true}
  - {name: overall, report: metrics-comparison, field: overall, equals: pass}
`)
    expect(decision.verdict).toBe('approve')
    expect(decision.results[0]).toMatchObject({ status: 'fail', effect: 'none', reportOnly: true })
  })

  it('checks required reports, lineage fields, refs and events', async () => {
    const policy = `
rules:
  reports: {require-reports: [metrics-comparison, onnx-verification]}
  lineage: {require-lineage: [git.sha, datasets]}
  branches: {allowed-refs: [main, 'refs/tags/v*']}
  events: {allowed-events: [push, workflow_dispatch]}
`
    const good = await decide(
      policy,
      [comparison, { kind: 'onnx-verification', source: 'o.json', data: {} }],
      {
        ref: 'refs/tags/v1.2.0',
        event: 'push',
        lineage: { git: { sha: 'abc' }, datasets: [{ name: 'train' }] }
      }
    )
    expect(good.verdict).toBe('approve')
    const bad = await decide(policy, [comparison], {
      ref: 'refs/heads/feature',
      event: 'pull_request',
      lineage: { git: { sha: 'abc' }, datasets: [] }
    })
    expect(bad.reasons).toEqual([
      'reports: missing report: onnx-verification',
      "lineage: the candidate's lineage lacks datasets",
      'branches: refs/heads/feature is not an allowed ref',
      'events: the event pull_request is not allowed to deploy'
    ])
    expect((await decide(policy, [comparison], {})).results[2]).toMatchObject({
      status: 'missing',
      effect: 'reject'
    })
  })

  it('requires each report of a repeated kind to pass', async () => {
    const shard = (accuracy: number, source: string): PolicyReport => ({
      kind: 'train-evaluate',
      source,
      data: { metrics: { accuracy } }
    })
    const decision = await decide(
      'rules: [{name: acc, report: train-evaluate, field: metrics.accuracy, min: 0.9}]',
      [shard(0.95, 'a.json'), shard(0.85, 'b.json')]
    )
    expect(decision.results[0]).toMatchObject({
      status: 'fail',
      observed: [0.95, 0.85],
      detail: '0.85 is below the minimum 0.9 in b.json'
    })
  })
})

describe('policy errors name the file and the rule', () => {
  const error = async (yaml: string): Promise<string> => {
    try {
      await parsePolicy(yaml, 'gate.yml')
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(ConfigurationError)
      return (thrown as Error).message
    }
    throw new Error('no error')
  }

  it.each([
    ['rules: [', /^Policy gate\.yml is not valid YAML/],
    ['rules: []', 'Policy gate.yml: has no rules; a gate without rules would approve anything'],
    ['rule: []', 'unknown key "rule" in the top level'],
    ['rules: [{name: a, report: r, field: x, minimum: 1}]', 'rule "a" (rules[0]): has no check'],
    [
      'rules: [{name: a, report: r, field: x, min: 1, equals: 2}]',
      'rule "a" (rules[0]): has more than one check (threshold, equals)'
    ],
    [
      'rules: [{name: a, report: r, field: x, min: 1, colour: red}]',
      'rule "a" (rules[0]): unknown key "colour"'
    ],
    ['rules: [{name: a, field: x, min: 1}]', 'rule "a" (rules[0]): needs "report"'],
    [
      'rules: [{name: a, report: r, field: "x..y", min: 1}]',
      'rule "a" (rules[0]): "field": expected a key'
    ],
    [
      'rules: [{name: a, report: r, field: x, min: "high"}]',
      '"min" must be a finite number, got "high"'
    ],
    ['rules: [{name: a, report: r, field: x, range: [2, 1]}]', '"range" [2, 1] is empty'],
    [
      'rules: [{name: a, report: r, field: x, compare-to: y}]',
      'needs "direction": higher or lower'
    ],
    ['rules: [{name: a, report: r, field: x, compare-to: y, direction: up}]', 'needs "direction"'],
    [
      'rules: [{name: a, report: r, field: x, compare-to: y, direction: higher, tolerance: -1}]',
      '"tolerance" must be a number ≥ 0'
    ],
    [
      'rules: [{name: a, report: r, field: x, compare-to: x, direction: higher}]',
      'names the very value it compares'
    ],
    [
      'rules: [{name: a, report: r, field: x, min: 1, on-missing: ignore}]',
      '"on-missing" must be one of reject, inconclusive, pass'
    ],
    [
      'rules: [{name: a, report: r, field: x, min: 1}, {name: a, report: r, field: y, min: 1}]',
      'two rules are named "a"'
    ],
    ['rules: [{report: r, field: x, min: 1}]', 'rules[0] needs a "name"'],
    [
      'provenance: {git-sha: maybe}\nrules: {a: {allowed-events: [push]}}',
      'provenance "git-sha" must be one of required, if-present, off'
    ],
    [
      'rules: {a: {allowed-refs: []}}',
      'rule "a" (rules.a): "allowed-refs" must be a non-empty list'
    ]
  ])('%s', async (yaml, expected) => {
    const message = await error(yaml)
    if (typeof expected === 'string') expect(message).toContain(expected)
    else expect(message).toMatch(expected)
    expect(message).toContain('gate.yml')
  })

  it('reads provenance settings with required defaults', async () => {
    expect((await parsePolicy('rules: {a: {allowed-events: [push]}}', 'p')).provenance).toEqual({
      gitSha: 'required',
      subject: 'required',
      baseline: 'required'
    })
    expect(
      (
        await parsePolicy(
          'provenance: {baseline: off, subject: if-present}\nrules: {a: {allowed-events: [push]}}',
          'p'
        )
      ).provenance
    ).toEqual({ gitSha: 'required', subject: 'if-present', baseline: 'off' })
  })
})
