import { describe, expect, it } from '@jest/globals'
import { parsePipelineConfig } from '../pipeline-config.js'
import type { StepName } from '../step-names.js'
import { substituteStepOutputs, wiredInputs, type StepOutputs } from '../step-wiring.js'

describe('parsePipelineConfig', () => {
  it('reads defaults and steps, in pipeline order whatever the file order, with values as input text', async () => {
    const config = await parsePipelineConfig(
      [
        'defaults:',
        '  registry: file://.ml-registry',
        '  model-name: digits',
        'steps:',
        '  deploy-gate:',
        '    dry-run: true',
        '  train:',
        '    run: python train.py',
        '    metrics: [a.json, b.json]',
        '    timeout-minutes: 30',
        '  compare:'
      ].join('\n'),
      '.github/ml-actions.yml'
    )
    expect(config.defaults).toEqual({ registry: 'file://.ml-registry', 'model-name': 'digits' })
    expect(config.steps.map((step) => step.name)).toEqual(['train', 'compare', 'gate'])
    expect(config.steps[0]?.with).toEqual({
      run: 'python train.py',
      metrics: 'a.json\nb.json',
      'timeout-minutes': '30'
    })
    expect(config.steps[1]?.with).toEqual({})
    expect(config.steps[2]?.with).toEqual({ 'dry-run': 'true' })
  })

  it.each([
    ['steps: [1, 2', 'is not valid YAML'],
    ['steps: {}', 'steps is empty'],
    [
      'steps:\n  deploy: {}',
      'unknown step "deploy" (steps are train, compare, verify, gate, render)'
    ],
    ['step:\n  train: {}', 'unknown top-level key "step"'],
    ['steps:\n  train: {}\n  train-evaluate: {}', 'step "train" is configured twice'],
    ['steps:\n  train:\n    run: {a: 1}', 'steps.train.run must be a string'],
    ['steps:\n  train: {}\n  train: {}', 'is not valid YAML']
  ])('names the file and the problem: %j', async (text, message) => {
    await expect(parsePipelineConfig(text, 'ci/pipeline.yml')).rejects.toThrow(message)
    await expect(parsePipelineConfig(text, 'ci/pipeline.yml')).rejects.toThrow('ci/pipeline.yml')
  })
})

describe('step outputs in the config', () => {
  const outputs = new Map([
    ['train', { 'metrics-path': '/w/metrics.json', 'model-version': '3' }]
  ] as const)

  it('substitutes ${{ steps.<step>.outputs.<name> }} and nothing else', async () => {
    expect(
      substituteStepOutputs(
        'v${{ steps.train.outputs.model-version }} at ${{steps.train-evaluate.outputs.metrics-path}}',
        outputs,
        'where'
      )
    ).toBe('v3 at /w/metrics.json')
    expect(substituteStepOutputs('${{ steps.train.outputs.unknown }}', outputs, 'w')).toBe('')
  })

  it('refuses other expressions and steps that have not run, naming where', async () => {
    expect(() =>
      substituteStepOutputs('${{ secrets.TOKEN }}', outputs, 'steps.gate.policy')
    ).toThrow(
      'steps.gate.policy: only ${{ steps.<step>.outputs.<name> }} can be used here, not "${{ secrets.TOKEN }}"'
    )
    expect(() =>
      substituteStepOutputs('${{ steps.compare.outputs.result }}', outputs, 'steps.gate.x')
    ).toThrow('steps.gate.x: step "compare" has not run before this one')
  })

  it('wires unset inputs from earlier outputs, the config winning, joining where asked', async () => {
    const rules = [
      {
        step: 'compare',
        input: 'candidate',
        from: [{ step: 'train', output: 'metrics-path' }],
        join: 'first'
      },
      {
        step: 'gate',
        input: 'reports',
        from: [
          { step: 'train', output: 'report-path' },
          { step: 'compare', output: 'report-path' }
        ],
        join: 'all'
      }
    ] as const
    const produced: StepOutputs = new Map<StepName, Record<string, string>>([
      ['train', { 'metrics-path': 'm.json', 'report-path': 't.json' }],
      ['compare', { 'report-path': 'c.json' }]
    ])
    expect(wiredInputs('compare', {}, produced, rules)).toEqual({ candidate: 'm.json' })
    expect(wiredInputs('compare', { candidate: 'mine.json' }, produced, rules)).toEqual({})
    expect(wiredInputs('gate', {}, produced, rules)).toEqual({ reports: 't.json\nc.json' })
  })
})
