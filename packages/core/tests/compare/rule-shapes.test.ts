import { describe, expect, it } from '@jest/globals'
import { parseComparisonRules, ruleMatcherFor } from '../../src/compare/index.js'

// Resolved rules are shared between names whose digits no glob tells apart: these names differ
// only in digits, and the globs' literal digits or ranges must still send them to different rules.
describe('rules resolved by name shape', () => {
  it('keeps apart the digits a glob writes literally', async () => {
    const rules = await parseComparisonRules(
      '{metrics: {"run_1*.loss": {abs-tolerance: 1}, "run_*.loss": {abs-tolerance: 2}}}',
      'rules.yml'
    )
    const matcher = await ruleMatcherFor(rules)
    expect(
      ['run_12.loss', 'run_22.loss', 'run_13.loss', 'run_33.loss'].map(
        (name) => matcher.resolve(name).pattern
      )
    ).toEqual(['run_1*.loss', 'run_*.loss', 'run_1*.loss', 'run_*.loss'])
  })

  it('matches every name on its own when a glob has a digit range', async () => {
    const rules = await parseComparisonRules(
      '{metrics: {"run_[0-4].loss": {abs-tolerance: 1}, "run_*.loss": {abs-tolerance: 2}}}',
      'rules.yml'
    )
    const matcher = await ruleMatcherFor(rules)
    expect(
      ['run_3.loss', 'run_7.loss', 'run_2.loss', 'run_8.loss'].map(
        (name) => matcher.resolve(name).pattern
      )
    ).toEqual(['run_[0-4].loss', 'run_*.loss', 'run_[0-4].loss', 'run_*.loss'])
  })

  it('infers directions alike for names that differ in digits only', async () => {
    const matcher = await ruleMatcherFor(
      await parseComparisonRules('{metrics: {"x.*": {}}}', 'r.yml')
    )
    expect(
      ['task_1.val_loss', 'task_2.epoch', 'task_3.f1'].map(
        (name) => matcher.resolve(name).direction
      )
    ).toEqual(['lower', 'neutral', 'higher'])
  })
})
