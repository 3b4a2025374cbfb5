import type { ActionRuntime } from '@ml-actions/action-kit'
import type { CliIo } from '@ml-actions/action-kit/cli'
import type { TrainEvaluateBody } from './definition.js'

/**
 * The train-evaluate action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions train-evaluate` command, both behind a dynamic import.
 */
export { trainEvaluate as definition } from './definition.js'

/** The data cache is the runner's cache service; the command line has none. */
export async function loadPipelineBody(runtime: ActionRuntime): Promise<TrainEvaluateBody> {
  const [{ createTrainEvaluate }, { execCommandRunner }, dataCache] = await Promise.all([
    import('./train-evaluate.js'),
    import('@ml-actions/action-kit/command'),
    runtime === 'runner'
      ? import('./actions-data-cache.js').then((module) => module.actionsDataCache)
      : import('./data-cache.js').then((module) => module.noDataCache)
  ])
  return createTrainEvaluate({ runCommand: execCommandRunner, dataCache })
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return (await import('./cli.js')).runTrainEvaluateCli(argv, io)
}
