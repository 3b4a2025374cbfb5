import { describe, expect, it } from '@jest/globals'
import { evaluatePolicy, parsePolicy } from '../../src/policy/index.js'

/** deploy-gate's policy under attack: prototype keys, patterns that backtrack, crafted refs. */

describe('policy with __proto__ and constructor keys', () => {
  it.each([
    [
      'a top-level __proto__ key',
      '__proto__:\n  polluted: yes\nrules:\n  r: {report: m, field: a, min: 1}\n'
    ],
    [
      'a constructor key in a rule',
      'rules:\n  r:\n    report: m\n    field: a\n    min: 1\n    constructor: {prototype: {polluted: yes}}\n'
    ],
    [
      'a __proto__ key in a check',
      'provenance: {__proto__: {polluted: yes}}\nrules:\n  r: {report: m, field: a, min: 1}\n'
    ]
  ])('refuses %s as an unknown key, and pollutes nothing', async (_case, text) => {
    await expect(parsePolicy(text, 'gate.yml')).rejects.toThrow(
      /unknown key "?(__proto__|constructor)/
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads a rule named __proto__ as a name, and a __proto__ field as data', async () => {
    const policy = await parsePolicy(
      'rules:\n  __proto__:\n    report: metrics\n    field: "metrics.__proto__"\n    min: 1\n',
      'gate.yml'
    )
    expect(policy.rules.map((rule) => rule.name)).toEqual(['__proto__'])
    const results = await evaluatePolicy(
      policy,
      [{ kind: 'metrics', data: { metrics: {} } }] as never,
      {}
    )
    expect(results[0]?.status).toBe('missing')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('allowed-refs patterns that would backtrack', () => {
  it('refuses a pattern with more than three wildcards or alternations, naming it', async () => {
    const text = 'rules:\n  release:\n    allowed-refs: ["*-*-*-*b"]\n'
    await expect(parsePolicy(text, 'gate.yml')).rejects.toThrow(
      /^Policy gate\.yml: rule "release" .*allowed-refs pattern "\*-\*-\*-\*b" has 4 wildcards/
    )
    await expect(
      parsePolicy('rules:\n  r:\n    allowed-refs: ["{a,aa}*{a,aa}*{a,aa}*"]\n', 'gate.yml')
    ).rejects.toThrow('has 6 wildcards')
  })

  it('keeps the usual patterns', async () => {
    const policy = await parsePolicy(
      'rules:\n  r:\n    allowed-refs: [main, "release/*", "refs/tags/v*.*.*"]\n',
      'gate.yml'
    )
    const results = await evaluatePolicy(policy, [], { ref: 'refs/tags/v1.2.3' })
    expect(results[0]?.status).toBe('pass')
  })

  it('fails a crafted ref longer than any real one without matching it', async () => {
    const policy = await parsePolicy('rules:\n  r:\n    allowed-refs: ["*-*-*b"]\n', 'gate.yml')
    const ref = `refs/heads/${'-'.repeat(100_000)}`
    const results = await evaluatePolicy(policy, [], { ref })
    expect(results[0]).toMatchObject({ status: 'fail' })
    expect(results[0]?.detail).toMatch(/^the ref is 100011 characters long/)
  })

  it('shows $(…) and backticks in a branch name as the text they are', async () => {
    const policy = await parsePolicy('rules:\n  r:\n    allowed-refs: [main]\n', 'gate.yml')
    const ref = 'refs/heads/$(touch pwned)`id`'
    const results = await evaluatePolicy(policy, [], { ref })
    expect(results[0]).toMatchObject({ status: 'fail', observed: ref })
  })
})
