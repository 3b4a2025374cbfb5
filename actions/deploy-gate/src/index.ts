import type { CliIo } from '@ml-actions/action-kit/cli'
import type { DeployGateBody } from './definition.js'

/**
 * The deploy-gate action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions deploy-gate` command, both behind a dynamic import.
 */
export { deployGate as definition } from './definition.js'

export async function loadPipelineBody(): Promise<DeployGateBody> {
  return (await import('./deploy-gate.js')).runDeployGate
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return (await import('./cli.js')).runDeployGateCli(argv, io)
}
