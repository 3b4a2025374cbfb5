import { runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { pipeline } from './definition.js'
import { commentingPipelineBody } from './pipeline-body.js'

/**
 * `ml-actions pipeline`: the root action's steps from the same config, off GitHub (CircleCI,
 * GitLab CI, a shell). The combined comment goes to the GitHub pull request the run builds when a
 * token is given; without one the Deployment is left out, as there is nowhere to record it.
 */
export function runPipelineCli(argv: readonly string[], io: CliIo): Promise<number> {
  return runCli(pipeline, commentingPipelineBody('cli'), argv, { io })
}
