import { runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { noDataCache } from './data-cache.js'
import { trainEvaluate } from './definition.js'
import { execCommandRunner } from '@ml-actions/action-kit/command'
import { createTrainEvaluate, stepExitCode } from './train-evaluate.js'

/** `ml-actions train-evaluate`: the action's body; exits with the command's code when it failed. */
export async function runTrainEvaluateCli(argv: readonly string[], io: CliIo): Promise<number> {
  const body = createTrainEvaluate({ runCommand: execCommandRunner, dataCache: noDataCache })
  let exitCode: number | undefined
  const code = await runCli(
    trainEvaluate,
    async (inputs, context) => {
      const outcome = await body(inputs, context)
      exitCode = stepExitCode(outcome)
      return outcome
    },
    argv,
    { io }
  )
  return exitCode ?? code
}
