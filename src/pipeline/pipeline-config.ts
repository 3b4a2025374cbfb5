import { ConfigurationError } from '@ml-actions/core/errors'
import { parseYamlText } from '@ml-actions/core/yaml'
import { PIPELINE_ORDER, STEP_NAMES, stepNameOf, type StepName } from './step-names.js'

/** Raw input text keyed by action.yml input name, as a workflow's `with:` would give it. */
export type RawInputs = Readonly<Record<string, string>>

export interface PipelineStepConfig {
  readonly name: StepName
  readonly with: RawInputs
}

export interface PipelineConfig {
  /** Given to every step that declares an input of that name (registry, model-name, …). */
  readonly defaults: RawInputs
  /** In pipeline order (train, compare, verify, gate, render), whatever order the file uses. */
  readonly steps: readonly PipelineStepConfig[]
}

/**
 * Reads `.github/ml-actions.yml`:
 *
 *   defaults: { registry: file://.ml-registry, model-name: digits }
 *   steps:
 *     train:   { run: python train.py, metrics: results/metrics.json, model: results/model.pkl }
 *     compare: { baseline-alias: production }
 *     verify:  { model: results/model.onnx }
 *     gate:    { policy: .github/deploy-policy.yml }
 *
 * Step names are the short ones above or the action names (train-evaluate, compare-metrics, …).
 */
export async function parsePipelineConfig(text: string, file: string): Promise<PipelineConfig> {
  const document = await parseYamlText(text, {
    failure: `${file} is not valid YAML`,
    input: 'config'
  })
  const root = mapping(document, file, 'the file')
  for (const key of Object.keys(root)) {
    if (key !== 'defaults' && key !== 'steps') {
      throw new ConfigurationError(
        `${file}: unknown top-level key "${key}" (expected defaults and steps)`,
        'config'
      )
    }
  }
  const defaults = root.defaults === undefined ? {} : rawInputs(root.defaults, file, 'defaults')
  const stepsValue = mapping(root.steps, file, 'steps')
  const steps: PipelineStepConfig[] = []
  for (const [key, value] of Object.entries(stepsValue)) {
    const name = stepNameOf(key)
    if (!name) {
      throw new ConfigurationError(
        `${file}: unknown step "${key}" (steps are ${STEP_NAMES.join(', ')})`,
        'config'
      )
    }
    if (steps.some((step) => step.name === name)) {
      throw new ConfigurationError(`${file}: step "${name}" is configured twice`, 'config')
    }
    steps.push({ name, with: value == null ? {} : rawInputs(value, file, `steps.${key}`) })
  }
  if (steps.length === 0) throw new ConfigurationError(`${file}: steps is empty`, 'config')
  steps.sort((a, b) => PIPELINE_ORDER.indexOf(a.name) - PIPELINE_ORDER.indexOf(b.name))
  return { defaults, steps }
}

function mapping(value: unknown, file: string, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${file}: ${where} must be a mapping`, 'config')
  }
  return value as Record<string, unknown>
}

/** Scalars become their text, lists one entry per line: what a multi-line `with:` value holds. */
function rawInputs(value: unknown, file: string, where: string): RawInputs {
  const result: Record<string, string> = {}
  for (const [name, entry] of Object.entries(mapping(value, file, where))) {
    result[name] = inputText(entry, file, `${where}.${name}`)
  }
  return result
}

function inputText(value: unknown, file: string, where: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map((entry) => inputText(entry, file, where)).join('\n')
  throw new ConfigurationError(
    `${file}: ${where} must be a string, number, boolean or list of them`,
    'config'
  )
}
