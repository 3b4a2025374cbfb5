import { registryOpenOptions } from '@ml-actions/action-kit'
import { ModelRegistry } from '@ml-actions/registry'
import type { DeployGateInputs } from './definition.js'

/** The registry the inputs name; S3 credentials come from the standard AWS chain (env, OIDC, role). */
export function openRegistry(inputs: DeployGateInputs, cwd: string): ModelRegistry {
  return ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))
}

/** Where the serving step finds the version: its manifest lists every file with its sha256. */
export function manifestUri(registry: ModelRegistry, model: string, version: number): string {
  return `${registry.location.replace(/\/+$/, '')}/models/${model}/versions/${version}/manifest.json`
}
