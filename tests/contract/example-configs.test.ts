import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseComparisonRules } from '@ml-actions/core/compare'
import { parsePolicy } from '@ml-actions/core/policy'
import { repoRoot } from '../support/action-metadata.js'
import { parseWorkflow } from '../support/workflow-contract.js'

const configDir = join(repoRoot, 'docs', 'examples', 'config')
const read = (file: string) => readFileSync(join(configDir, file), 'utf8')

/** Every `.github/<file>` the example workflows pass as `rules:` or `policy:`. */
function referencedConfigs(): Set<string> {
  const dir = join(repoRoot, 'docs', 'examples', 'workflows')
  const referenced = new Set<string>()
  for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name))) {
    const workflow = parseWorkflow(readFileSync(join(dir, file), 'utf8'))
    for (const job of Object.values(workflow.jobs ?? {}))
      for (const step of job.steps ?? [])
        for (const key of ['rules', 'policy']) {
          const value = step.with?.[key]
          if (typeof value === 'string' && value.startsWith('.github/')) referenced.add(value)
        }
  }
  return referenced
}

describe('the configs the example workflows read', () => {
  it('exist here for every .github/ file a workflow names', async () => {
    const available = new Set(readdirSync(configDir).map((file) => `.github/${file}`))
    expect([...referencedConfigs()].filter((path) => !available.has(path))).toEqual([])
    expect(referencedConfigs()).toEqual(
      new Set(['.github/metric-rules.yml', '.github/deploy-policy.yml'])
    )
  })

  it('metric-rules.yml is valid for compare-metrics, with the rules it shows', async () => {
    const rules = await parseComparisonRules(read('metric-rules.yml'), 'metric-rules.yml')
    expect(rules.alpha).toBe(0.05)
    expect(rules.metrics.map((rule) => rule.pattern)).toEqual([
      'overall.accuracy',
      'overall.f1',
      'overall.precision',
      'overall.recall',
      'overall.num_samples',
      'per_class.*.f1',
      'slices.*.f1',
      'latency_*'
    ])
  })

  it('deploy-policy.yml is valid for deploy-gate, with every rule named', async () => {
    const policy = await parsePolicy(read('deploy-policy.yml'), 'deploy-policy.yml')
    expect(policy.rules.map((rule) => rule.name)).toEqual([
      'every report is there',
      "the comparison with the alias's model passed",
      'the ONNX export is faithful and within budget',
      'accuracy floor',
      'accuracy not worse than the current model',
      'lineage recorded',
      'only from main',
      'only from pushes, schedules and manual runs'
    ])
  })
})
