import { runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { deployGate } from './definition.js'
import { runDeployGate } from './deploy-gate.js'

/**
 * `ml-actions deploy-gate`: the action's body. Outside a runner there is usually no token, so a
 * GitHub Deployment is only attempted when asked for (--create-deployment) or a token is given.
 */
export function runDeployGateCli(argv: readonly string[], io: CliIo): Promise<number> {
  const mentions = (flag: string) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`))
  const deploymentChosen =
    mentions('--create-deployment') ||
    mentions('--no-create-deployment') ||
    mentions('--github-token')
  return runCli(
    deployGate,
    runDeployGate,
    deploymentChosen ? argv : ['--no-create-deployment', ...argv],
    {
      io
    }
  )
}
