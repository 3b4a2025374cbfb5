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
    expect(lines[0]).toBe('## Deploy gate: ❌ reject · `classifier@production` → version 7')
    expect(markdown).toContain('`classifier@production` stays at version 6.')
    expect(markdown).toContain('- strict: 0.93 is below the minimum 0.95')
    const results = lines
      .filter((line) => line.startsWith('| ') && !line.includes('---'))
      .map((line) => line.split('|').at(-2)?.trim())
    expect(results).toEqual([
      'Result',
      '✅ pass',
      '❌ fail',
      'ℹ️ fail (report only)',
      '❔ missing',
      '✅ pass'
    ])
    expect(markdown).toMatch(/\| recall +\| train-evaluate: metrics\.accuracy +\| +– \|/)
    expect(markdown).toContain('`["a","b"]`')
    expect(markdown).toContain(
      '<sub>environment `production` · decision record `records/deploy-decision/sha256-abc.json` · policy `.github/deploy-policy.yml` (sha256 `ffffffffffff`)</sub>'
    )
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
    // Five cells: the pipes inside values are escaped, so the row keeps its shape.
    expect(tableRow?.split(/(?<!\\)\|/).length).toBe(7)
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
