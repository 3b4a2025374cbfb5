import { runAction } from '@ml-actions/action-kit/runner'
import { actionsDataCache } from './actions-data-cache.js'
import { trainEvaluate } from './definition.js'
import { execCommandRunner } from '@ml-actions/action-kit/command'
import { createTrainEvaluate, stepExitCode } from './train-evaluate.js'

const body = createTrainEvaluate({ runCommand: execCommandRunner, dataCache: actionsDataCache })

/** The step ends with the command's own exit code when it failed (124 on timeout). */
export async function run(): Promise<void> {
  let exitCode: number | undefined
  await runAction(trainEvaluate, async (inputs, context) => {
    const outcome = await body(inputs, context)
    exitCode = stepExitCode(outcome)
    return outcome
  })
  if (exitCode !== undefined) process.exitCode = exitCode
}
