import { describe, expect, it } from '@jest/globals'
import { defineAction, input, memoryLogger, type ActionContext } from '@ml-actions/action-kit'
import { readInputs } from '@ml-actions/action-kit'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from '../definition.js'
import { createPipelineBody } from '../run-pipeline.js'
import type { PipelineCatalog, PipelineStep } from '../step-catalog.js'
import type { WiringRule } from '../step-wiring.js'

// Two small steps standing in for real actions, so the orchestration itself is under test: the
// real actions run through the pipeline in tests/e2e/pipeline.test.ts.
const description = 'A stand-in input.'
const branding = { icon: 'cpu', color: 'blue' }
const trainDefinition = defineAction({
  name: 'train-evaluate',
  description: 'A stand-in training step.',
  branding,
  inputs: {
    run: input.string({ required: true, description }),
    registry: input.string({ description }),
    comment: input.string({ description })
  },
  outputs: { 'metrics-path': 'The metrics file.', 'model-version': 'The registered version.' }
})
const compareDefinition = defineAction({
  name: 'compare-metrics',
  description: 'A stand-in comparison step.',
  branding,
  inputs: {
    candidate: input.list({ required: true, description }),
    threshold: input.number({ default: '0.5', description })
  },
  outputs: { result: 'pass or fail.' }
})

function catalog(seen: Record<string, unknown>[]): PipelineCatalog {
  const train: PipelineStep = {
    definition: trainDefinition,
    body: async (inputs) => {
      seen.push({ step: 'train', ...inputs })
      return {
        outputs: { 'metrics-path': '/work/metrics.json', 'model-version': 4 },
        report: '### trained | pipes'
      }
    },
    headline: (out) => `version ${out['model-version']}`
  }
  const compare: PipelineStep = {
    definition: compareDefinition,
    body: async (inputs) => {
      seen.push({ step: 'compare', ...inputs })
      const failed = (inputs as { threshold: number }).threshold > 1
      return {
        outputs: { result: failed ? 'fail' : 'pass' },
        report: '### compared',
        ...(failed ? { failure: 'accuracy regressed by 2.1 points' } : {})
      }
    },
    headline: (out) => `result ${out.result}`
  }
  return { train, compare, verify: compare }
}

const wiring: WiringRule[] = [
  {
    step: 'compare',
    input: 'candidate',
    from: [{ step: 'train', output: 'metrics-path' }],
    join: 'first'
  }
]

async function runWith(config: string, raw: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pipeline-'))
  await writeFile(join(dir, 'ml-actions.yml'), config)
  const seen: Record<string, unknown>[] = []
  const log = memoryLogger()
  const context: ActionContext = { log, env: { RUNNER_TEMP: dir }, cwd: dir, cli: true }
  const body = createPipelineBody({ catalog: catalog(seen), wiring })
  const inputs = readInputs(pipeline.inputs, (name) => ({ config: 'ml-actions.yml', ...raw })[name])
  const outcome = await body(inputs, context)
  return { outcome, seen, log, dir }
}

describe('the pipeline body', () => {
  it('runs the steps in order, passing defaults, wiring outputs and owning the comment', async () => {
    const { outcome, seen, log } = await runWith(
      'defaults:\n  registry: file://r\n  model-name: digits\nsteps:\n  compare: {}\n  train:\n    run: make train\n'
    )
    expect(seen).toEqual([
      { step: 'train', run: 'make train', registry: 'file://r', comment: 'off' },
      { step: 'compare', candidate: ['/work/metrics.json'], threshold: 0.5 }
    ])
    expect(outcome.failure).toBeUndefined()
    expect(outcome.outputs.result).toBe('pass')
    expect(outcome.outputs['model-version']).toBe('4')
    expect(JSON.parse(outcome.outputs['step-outputs'] as string)).toEqual({
      train: { 'metrics-path': '/work/metrics.json', 'model-version': '4' },
      compare: { result: 'pass' }
    })
    expect(log.lines).toContain('info: ▶ [1/2] train-evaluate')
    expect(log.lines).toContain('info: ▶ [2/2] compare-metrics')
    const markdown = outcome.outputs.markdown as string
    expect(markdown).toContain('## ✅ ml-actions pipeline: every step passed')
    expect(markdown).toMatch(/\| `train-evaluate`\s*\| ✅\u00A0passed \|.*\| version 4\s*\|/)
    expect(markdown.indexOf('### trained')).toBeLessThan(markdown.indexOf('### compared'))
    expect(await readFile(outcome.outputs['markdown-file'] as string, 'utf8')).toBe(markdown)
  })

  it('stops at a failing step, skips the rest and fails naming the step', async () => {
    const { outcome, seen } = await runWith(
      'steps:\n  train: {run: x}\n  compare: {threshold: 2}\n  verify: {candidate: y}\n'
    )
    expect(seen.map((entry) => entry.step)).toEqual(['train', 'compare'])
    expect(outcome.failure).toBe('compare-metrics: accuracy regressed by 2.1 points')
    expect(outcome.outputs.result).toBe('fail')
    expect(outcome.outputs['failed-step']).toBe('compare-metrics')
    const markdown = outcome.outputs.markdown as string
    expect(markdown).toContain(
      '## ❌ ml-actions pipeline: stopped at compare-metrics — accuracy regressed by 2.1 points'
    )
    expect(markdown).toMatch(/\| `onnx-export-verify` \| ⏭️\u00A0skipped \|/)
  })

  it('runs only the steps asked for', async () => {
    const { seen } = await runWith('steps:\n  train: {run: x}\n  compare: {candidate: c.json}\n', {
      steps: 'compare'
    })
    expect(seen).toEqual([{ step: 'compare', candidate: ['c.json'], threshold: 0.5 }])
  })

  it.each([
    [
      'steps:\n  train: {run: x, epochs: 3}\n',
      'steps.train has no input "epochs" (train-evaluate takes run, registry, comment)'
    ],
    ['steps:\n  train: {}\n', 'train-evaluate: Input required and not supplied: run'],
    ['steps:\n  gate: {}\n', 'step "gate" (deploy-gate) is not available'],
    [
      'steps:\n  compare: {candidate: "${{ steps.train.outputs.metrics-path }}"}\n',
      'step "train" has not run before this one'
    ]
  ])('refuses a config mistake with a message naming it: %j', async (config, message) => {
    await expect(runWith(config)).rejects.toThrow(message)
  })

  it('names the config file when it is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pipeline-'))
    const body = createPipelineBody({ catalog: {}, wiring })
    const inputs = readInputs(pipeline.inputs, () => undefined)
    await expect(
      body(inputs, { log: memoryLogger(), env: {}, cwd: dir, cli: true })
    ).rejects.toThrow('config: .github/ml-actions.yml does not exist')
  })
})
