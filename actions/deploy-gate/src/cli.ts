import { CLI_ENVIRONMENT_INPUTS, runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { deployGate } from './definition.js'
import { runDeployGate } from './deploy-gate.js'

/**
 * `ml-actions deploy-gate`: the action's body. Outside a runner there is often no token, so a
 * GitHub Deployment is only attempted when asked for (--create-deployment) or a token is given
 * (--github-token, or GITHUB_TOKEN / GH_TOKEN in the environment).
 */
export function runDeployGateCli(argv: readonly string[], io: CliIo): Promise<number> {
  const mentions = (flag: string) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`))
  const tokenInEnvironment = (CLI_ENVIRONMENT_INPUTS['github-token'] ?? []).some(
    (variable) => io.env[variable]
  )
  const deploymentChosen =
    mentions('--create-deployment') ||
    mentions('--no-create-deployment') ||
    mentions('--github-token') ||
    tokenInEnvironment
  return runCli(
    deployGate,
    runDeployGate,
    deploymentChosen ? argv : ['--no-create-deployment', ...argv],
    { io }
  )
}
