import { registryOpenOptions } from '@ml-actions/action-kit'
import { expandPathPatterns } from '@ml-actions/core/io'
import type { CiRun } from '@ml-actions/core/ci'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  formatVersionRef,
  idempotencyKeyOf,
  layout,
  manifestSha256,
  ModelRegistry,
  type Lineage
} from '@ml-actions/registry'
import type { TrainEvaluateInputs } from './definition.js'
import type { RegisteredVersion } from './train-evaluate-report.js'

type Environment = Readonly<Record<string, string | undefined>>

export function openRegistry(inputs: TrainEvaluateInputs, cwd: string): ModelRegistry {
  return ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))
}

/**
 * Registers the model files with the run's metrics (groups included: a later comparison against
 * this version compares per-class cells with per-class cells), its evaluation predictions and
 * lineage. A re-run of the same job attempt (retried step) returns the version it registered
 * before instead of adding one.
 */
export async function registerModel(
  registry: ModelRegistry,
  inputs: TrainEvaluateInputs,
  workingDirectory: string,
  metrics: Record<string, unknown>,
  lineage: Lineage,
  ciRun: CiRun,
  env: Environment,
  predictions?: string
): Promise<RegisteredVersion> {
  const files = await expandPathPatterns(inputs.model, { cwd: workingDirectory })
  const idempotencyKey = idempotencyKeyOf(ciRun)
  const { manifest, created } = await registry.register(inputs.modelName, files, {
    cwd: workingDirectory,
    metrics,
    lineage,
    ...(predictions ? { predictions } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(lineage.ci?.actor ? { actor: lineage.ci.actor } : {})
  })
  let alias: RegisteredVersion['alias']
  if (inputs.alias) {
    const current = (await registry.aliases(manifest.name))[inputs.alias]
    if (current === manifest.version) {
      alias = { name: inputs.alias, seq: 0, previousVersion: current }
    } else {
      const entry = await registry.promote(manifest.name, inputs.alias, manifest.version, {
        expect: current ?? null,
        actor: lineage.ci?.actor ?? env.USER ?? 'unknown',
        reason: 'train-evaluate registered a new version',
        ...(lineage.ci?.runUrl ? { runUrl: lineage.ci.runUrl } : {})
      })
      alias = { name: inputs.alias, seq: entry.seq, previousVersion: entry.previousVersion }
    }
  }
  return {
    registry: registry.location,
    name: manifest.name,
    version: manifest.version,
    uri: `${registry.location}/${layout.manifest(manifest.name, manifest.version)}`,
    manifestSha256: manifestSha256(manifest),
    contentDigest: manifest.contentDigest,
    created,
    files: manifest.files,
    ...(manifest.predictions ? { predictions: manifest.predictions } : {}),
    ...(alias ? { alias } : {})
  }
}

/**
 * The version a retrain started from, as a fixed `name/7` even when given as `name@production`:
 * the alias moves on, the lineage must keep naming what was actually used. Resolved before the
 * command runs, so a wrong ref fails in seconds.
 */
export async function resolveParent(registry: ModelRegistry, ref: string): Promise<string> {
  try {
    const resolved = await registry.resolve(ref)
    return formatVersionRef(resolved.name, resolved.version)
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`parent: ${error.message}`, 'parent')
    }
    throw error
  }
}
