import { describe, expect, it } from '@jest/globals'
import type { RuleResult } from '@ml-actions/core/policy'
import { renderDecision, type DecisionView } from '../src/decision-markdown.js'

const row = (overrides: Partial<RuleResult>): RuleResult => ({
  name: 'accuracy floor',
  type: 'threshold',
  subject: 'train-evaluate: metrics.accuracy',
  observed: 0.93,
  expected: '≥ 0.9',
  status: 'pass',
  effect: 'none',
  reportOnly: false,
  detail: '0.93 is within ≥ 0.9',
  ...overrides
})

const view = (overrides: Partial<DecisionView>): DecisionView => ({
  mode: 'promote',
  verdict: 'approve',
  model: 'classifier',
  alias: 'production',
  version: 7,
  action: { kind: 'promoted', from: 6, to: 7 },
  reasons: [],
  results: [row({})],
  environment: 'production',
  ...overrides
})

describe('renderDecision', () => {
  it('shows every rule with observed, expected and its effect', () => {
    const markdown = renderDecision(
      view({
        verdict: 'reject',
        action: { kind: 'held', from: 6 },
        reasons: ['strict: 0.93 is below the minimum 0.95'],
        results: [
          row({}),
          row({ name: 'strict', status: 'fail', effect: 'reject', expected: '≥ 0.95' }),
          row({ name: 'dry', status: 'fail', effect: 'none', reportOnly: true }),
          row({ name: 'recall', status: 'missing', effect: 'inconclusive', observed: undefined }),
          row({ name: 'tags', observed: ['a', 'b'] })
        ],
        decisionRef: 'records/deploy-decision/sha256-abc.json',
        policySource: '.github/deploy-policy.yml',
        policySha256: 'f'.repeat(64)
      })
    )
    const lines = markdown.split('\n')
    expect(lines[0]).toBe(
      '## ❌ Deploy gate: reject — strict: 0.93 is below the minimum 0.95; `classifier@production` → version 7'
    )
    expect(lines[2]).toBe('`classifier@production` stays at version 6.')
    // One reason is the heading; a list only when there are more.
    expect(markdown).not.toContain('- strict:')
    const results = lines
      .filter((line) => line.startsWith('| ') && !line.includes('---'))
      .map((line) => line.split('|').at(-2)?.trim())
    // What blocks first, then what is undecided, then what is allowed to fail, then the passes.
    expect(results).toEqual([
      'Result',
      '❌\u00A0fail',
      '⚠️\u00A0missing',
      'ℹ️\u00A0fail (report only)',
      '✅\u00A0pass',
      '✅\u00A0pass'
    ])
    expect(markdown).toMatch(/\| recall +\| +– \|/)
    expect(markdown).toContain('`a, b`')
    expect(markdown).toContain(
      '<sub>environment `production` · decision record <code title="records/deploy-decision/sha256-abc.json">records/deploy-decision/sha256-abc.json</code> · policy `.github/deploy-policy.yml` (sha256 <code title="' +
        'f'.repeat(64) +
        '">ffffffffffff</code>)</sub>'
    )
  })

  it('fits the comment column: short numbers, SHAs and file names, provenance folded', () => {
    const sha = '493d66588cb07da2be4059a8af66fafc99a750e1'
    const report = '/home/runner/work/_temp/metrics-comparison.json'
    const markdown = renderDecision(
      view({
        workspace: '/home/runner/work/repo/repo',
        results: [
          row({ observed: 0.9481481481481482 }),
          row({
            name: 'p95 latency budget (ms)',
            observed: 12.291895999998815,
            expected: '0 ≤ x ≤ 50'
          }),
          row({ name: 'close call', observed: 0.94999, expected: '≥ 0.95', status: 'fail' }),
          row({
            name: 'fresh (metrics-comparison)',
            type: 'provenance',
            subject: report,
            observed: sha,
            expected: '493d66588cb0 (candidate commit)'
          })
        ]
      })
    )
    expect(markdown).toMatch(/\| +0\.9481 \|/)
    expect(markdown).toMatch(/\| +12\.29 \|/)
    // Four digits would read 0.95 beside the minimum 0.95.
    expect(markdown).toMatch(/\| +0\.94999 \|/)
    expect(markdown).not.toContain('0.9481481481481482')
    const [, folded = ''] = markdown.split(
      '<details><summary>1 provenance and trust check passed</summary>'
    )
    expect(folded).toContain(`<code title="${sha}">493d665</code>`)
    expect(folded).toContain('| …/metrics-comparison.json |')
    expect(markdown).not.toContain('/home/runner')
    expect(markdown.split('\n')[0]).toBe(
      '## ✅ Deploy gate: approve — 3 of 4 checks passed, the others do not block; `classifier@production` → version 7'
    )
  })

  it('shows report files in the reasons by their workspace path or name', () => {
    const report = '/home/runner/work/_temp/onnx-verification.json'
    const markdown = renderDecision(
      view({
        verdict: 'reject',
        action: { kind: 'held', from: 6 },
        reasons: [
          `subject (onnx-verification): ${report} judged model other, not classifier`,
          'b: no'
        ],
        results: [
          row({
            name: 'subject (onnx-verification)',
            type: 'provenance',
            subject: report,
            status: 'fail',
            effect: 'reject'
          }),
          row({ name: 'b', status: 'fail', effect: 'reject' })
        ]
      })
    )
    expect(markdown.split('\n')[0]).toBe(
      '## ❌ Deploy gate: reject — subject (onnx-verification): …/onnx-verification.json judged model other, not classifier (and 1 more); `classifier@production` → version 7'
    )
    expect(markdown).toContain('- b: no')
    expect(markdown).not.toContain('/home/runner')
  })

  it('escapes untrusted report text: no HTML, mentions, links or broken cells', () => {
    const markdown = renderDecision(
      view({
        verdict: 'reject',
        action: { kind: 'held', from: 6 },
        reasons: ['x: <img src=x onerror=alert(1)> by @octocat see #12'],
        results: [
          row({
            name: 'evil | name',
            subject: 'r: a[name=<b>]',
            observed: 'pass` | `@octocat',
            expected: '= "[link](https://evil.example)"'
          })
        ]
      })
    )
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('<b>')
    expect(markdown).toContain(
      '&lt;img src=x onerror=alert(1)&gt; by @\u200Boctocat see \\#\u200B12'
    )
    expect(markdown).toContain('evil \\| name')
    expect(markdown).toContain('\\[link\\](https:\u200B//evil.example)')
    const tableRow = markdown.split('\n').find((line) => line.startsWith('| evil'))
    // Four cells: the pipes inside values are escaped, so the row keeps its shape.
    expect(tableRow?.split(/(?<!\\)\|/).length).toBe(6)
  })

  it('says what happened after the decision', () => {
    expect(
      renderDecision(view({ action: { kind: 'lost-race', expected: 6, actual: 8 } }))
    ).toContain(
      'Not promoted: another run moved `classifier@production` to version 8 while this one decided against version 6.'
    )
    expect(
      renderDecision(view({ mode: 'rollback', action: { kind: 'rolled-back', from: 7, to: 6 } }))
    ).toContain('Rolled `classifier@production` back from version 7 to 6.')
    expect(
      renderDecision(view({ action: { kind: 'refused', reason: 'GitHub said <no>' } }))
    ).toContain('Not promoted: GitHub said &lt;no&gt;')
  })
})
