import { join, resolve } from 'node:path'
import type { ActionContext, ActionOutcome } from '@ml-actions/action-kit'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { ModelRegistry } from '@ml-actions/registry'
import type { deployGate, DeployGateInputs } from './definition.js'
import { manifestUri } from './registry-connection.js'

type Outcome = ActionOutcome<(typeof deployGate)['outputs'][number]>

/**
 * `mode: download`: the version `candidate` names (`7`, `name/7`, `name@alias`; empty: the gate's
 * alias) into `model-directory`, verified, with its manifest beside the files, for a deploy step
 * of the workflow's own.
 */
export async function downloadModel(
  inputs: DeployGateInputs,
  context: ActionContext,
  registry: ModelRegistry
): Promise<Outcome> {
  const name = inputs.modelName
  const text = inputs.candidate.trim()
  const ref =
    text === '' ? `${name}@${inputs.alias.trim()}` : /^\d+$/.test(text) ? `${name}/${text}` : text
  if (!ref.startsWith(`${name}@`) && !ref.startsWith(`${name}/`) && !ref.startsWith(`${name}:`)) {
    throw new ConfigurationError(
      `Input "candidate" (${text}) names another model than model-name (${name})`,
      'candidate'
    )
  }
  const directory = inputs.modelDirectory.trim()
    ? resolve(context.cwd, inputs.modelDirectory.trim())
    : join(context.env.RUNNER_TEMP || context.cwd, 'ml-actions-model', name)
  const result = await registry.checkout(ref, directory)
  const { manifest } = result
  context.log.info(
    `deploy-gate: downloaded ${manifest.name}/${manifest.version}${result.alias ? ` (@${result.alias})` : ''}: ${manifest.files.length} file(s) verified into ${result.directory}`
  )
  return {
    outputs: {
      'candidate-version': manifest.version,
      'model-version': manifest.version,
      'model-uri': manifestUri(registry, manifest.name, manifest.version),
      'model-directory': result.directory
    }
  }
}
