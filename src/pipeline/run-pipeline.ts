import {
  ALLOW_WRITES_OUTSIDE_WORKSPACE,
  formatOutput,
  readInputs,
  writeTarget,
  type ActionContext,
  type Logger
} from '@ml-actions/action-kit'
import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { renderCombinedReport, type StepRecord } from './combined-report.js'
import type { PipelineBody, PipelineInputs } from './definition.js'
import {
  parsePipelineConfig,
  type PipelineConfig,
  type PipelineStepConfig
} from './pipeline-config.js'
import type { PipelineCatalog, PipelineStep } from './step-catalog.js'
import { ACTION_OF_STEP, stepNameOf, type StepName } from './step-names.js'
import { substituteStepOutputs, wiredInputs, type WiringRule } from './step-wiring.js'

export const COMBINED_REPORT_FILE = 'ml-actions-pipeline.md'

export interface PipelineDependencies {
  readonly catalog: PipelineCatalog
  readonly wiring: readonly WiringRule[]
  /** Posts the combined markdown to the PR; absent for the demo, which only prints it. */
  readonly comment?: (
    markdown: string,
    inputs: PipelineInputs,
    context: ActionContext
  ) => Promise<{ id?: number; url?: string; status: string }>
}

/** Inputs the pipeline owns for every step: one combined comment instead of one per action. */
// A step's paths come from the config file, which a pull request can change: they stay confined.
const PIPELINE_OWNED: Readonly<Record<string, string>> = {
  comment: 'off',
  [ALLOW_WRITES_OUTSIDE_WORKSPACE]: 'false'
}

export function createPipelineBody(dependencies: PipelineDependencies): PipelineBody {
  return async (inputs, context) => {
    const cwd = resolve(context.cwd, inputs.workingDirectory)
    const config = await loadConfig(cwd, inputs.config)
    const selected = selectSteps(config, inputs.steps, inputs.config)
    const records: StepRecord[] = []
    const outputs = new Map<StepName, Record<string, string>>()
    let failure: string | undefined

    for (const [index, step] of selected.entries()) {
      if (failure) {
        records.push({ name: step.name, status: 'skipped', headline: 'an earlier step failed' })
        continue
      }
      const ran = await runStep(step, `[${index + 1}/${selected.length}]`, {
        dependencies,
        config,
        outputs,
        inputs,
        context: { ...context, cwd }
      })
      outputs.set(step.name, ran.produced)
      records.push(ran.record)
      failure = ran.failure
    }

    const markdown = renderCombinedReport(records)
    const markdownFile = await writeCombinedReport(markdown, cwd, inputs, context)
    const posted =
      dependencies.comment && inputs.comment !== 'off'
        ? await dependencies.comment(markdown, inputs, context)
        : undefined

    const failedStep = records.find((record) => record.status === 'failed')
    return {
      outputs: {
        result: failure ? 'fail' : 'pass',
        'failed-step': failedStep ? ACTION_OF_STEP[failedStep.name] : undefined,
        markdown,
        'markdown-file': markdownFile,
        'comment-id': posted?.id,
        'comment-url': posted?.url,
        'comment-status': posted?.status ?? 'skipped',
        'model-version':
          outputs.get('gate')?.['model-version'] || outputs.get('train')?.['model-version'],
        decision: outputs.get('gate')?.decision,
        'step-outputs': JSON.stringify(Object.fromEntries(outputs))
      },
      report: markdown,
      ...(failure ? { failure } : {})
    }
  }
}

interface StepRun {
  readonly dependencies: PipelineDependencies
  readonly config: PipelineConfig
  readonly outputs: ReadonlyMap<StepName, Readonly<Record<string, string>>>
  readonly inputs: PipelineInputs
  /** The pipeline's context with cwd already the working directory. */
  readonly context: ActionContext
}

/** Runs one configured step through its action's body: its outputs, its row and its failure, if any. */
async function runStep(
  step: PipelineStepConfig,
  position: string,
  { dependencies, config, outputs, inputs, context }: StepRun
): Promise<{ produced: Record<string, string>; record: StepRecord; failure?: string }> {
  const action = ACTION_OF_STEP[step.name]
  context.log.info(`▶ ${position} ${action}`)
  const started = performance.now()
  const entry = dependencies.catalog[step.name]
  if (!entry) {
    throw new ConfigurationError(
      `${inputs.config}: step "${step.name}" (${action}) is not available in this version`,
      'config'
    )
  }
  const raw = stepInputs(step, entry, config, outputs, dependencies.wiring, inputs, context.cli)
  const stepContext: ActionContext = { ...context, log: prefixed(context.log, action) }
  const stopProgress = context.log.progress?.(`${position} ${action}`)
  const outcome = await withStepName(action, () =>
    entry.body(
      readInputs(entry.definition.inputs, (name) => raw[name]),
      stepContext
    )
  ).finally(stopProgress)
  const seconds = (performance.now() - started) / 1000
  const produced: Record<string, string> = {}
  for (const name of entry.definition.outputs) {
    const value = outcome.outputs[name]
    if (value !== undefined) produced[name] = formatOutput(value)
  }
  const status = outcome.failure ? 'failed' : 'passed'
  context.log.info(
    `${status === 'passed' ? '✔' : '✖'} ${action} ${status} in ${seconds.toFixed(1)} s`
  )
  const record: StepRecord = {
    name: step.name,
    status,
    seconds,
    headline: outcome.failure ?? entry.headline(produced),
    ...(outcome.report ? { report: outcome.report } : {})
  }
  if (!outcome.failure) return { produced, record }
  const failure = outcome.failure.startsWith(action)
    ? outcome.failure
    : `${action}: ${outcome.failure}`
  return { produced, record, failure }
}

async function loadConfig(cwd: string, given: string): Promise<PipelineConfig> {
  const path = isAbsolute(given) ? given : resolve(cwd, given)
  return parsePipelineConfig(await readConfig(path, given), given)
}

/** Writes the combined markdown where output-file says (inside the workspace unless allowed). */
async function writeCombinedReport(
  markdown: string,
  cwd: string,
  inputs: PipelineInputs,
  context: ActionContext
): Promise<string> {
  const markdownFile = await writeTarget(
    resolve(
      cwd,
      inputs.outputFile || resolve(context.env.RUNNER_TEMP || cwd, COMBINED_REPORT_FILE)
    ),
    context,
    { input: 'output-file', allowOutside: inputs.allowWritesOutsideWorkspace }
  )
  await mkdir(dirname(markdownFile), { recursive: true })
  await writeFile(markdownFile, markdown)
  return markdownFile
}

async function readConfig(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `config: ${shown} does not exist (looked at ${path})`
        : `config: cannot read ${shown}: ${(error as Error).message}`,
      'config'
    )
  }
}

function selectSteps(
  config: PipelineConfig,
  wanted: readonly string[],
  file: string
): PipelineStepConfig[] {
  if (wanted.length === 0) return [...config.steps]
  const names = wanted.map((key) => {
    const name = stepNameOf(key)
    if (!name || !config.steps.some((step) => step.name === name)) {
      throw new ConfigurationError(
        `Input "steps" names "${key}", which ${file} does not configure (it has ${config.steps.map((s) => s.name).join(', ')})`,
        'steps'
      )
    }
    return name
  })
  return config.steps.filter((step) => names.includes(step.name))
}

function stepInputs(
  step: PipelineStepConfig,
  entry: PipelineStep,
  config: PipelineConfig,
  outputs: ReadonlyMap<StepName, Readonly<Record<string, string>>>,
  wiring: readonly WiringRule[],
  inputs: PipelineInputs,
  cli: boolean
): Record<string, string> {
  const declared = entry.definition.inputs
  const action = ACTION_OF_STEP[step.name]
  for (const name of Object.keys(step.with)) {
    if (!(name in declared)) {
      throw new ConfigurationError(
        `${inputs.config}: steps.${step.name} has no input "${name}" (${action} takes ${Object.keys(declared).join(', ')})`,
        'config'
      )
    }
  }
  const raw: Record<string, string> = {}
  for (const [name, value] of Object.entries(config.defaults)) {
    if (name in declared) raw[name] = value
  }
  if ('github-token' in declared && inputs.githubToken) raw['github-token'] = inputs.githubToken
  for (const [name, value] of Object.entries(step.with)) {
    raw[name] = substituteStepOutputs(
      value,
      outputs,
      `${inputs.config}: steps.${step.name}.${name}`
    )
  }
  Object.assign(raw, wiredInputs(step.name, raw, outputs, wiring))
  // Off GitHub and without a token there is nowhere to record a Deployment (as `ml-actions deploy-gate`).
  if (cli && !inputs.githubToken && 'create-deployment' in declared && !raw['create-deployment']) {
    raw['create-deployment'] = 'false'
  }
  for (const [name, value] of Object.entries(PIPELINE_OWNED)) {
    if (name in declared) raw[name] = value
  }
  return raw
}

function prefixed(log: Logger, action: string): Logger {
  const tag = (message: string) => `[${action}] ${message}`
  return {
    info: (message) => log.info(tag(message)),
    warning: (message, annotation) => log.warning(tag(message), annotation),
    error: (message, annotation) => log.error(tag(message), annotation),
    debug: (message) => log.debug(tag(message)),
    untrusted: (text) => log.untrusted(text)
  }
}

/** A step's configuration mistake names the step, so the log line alone points at the config. */
async function withStepName<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`${action}: ${error.message}`, error.input)
    }
    throw error
  }
}
