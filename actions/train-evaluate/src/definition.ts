import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'

export const trainEvaluate = defineAction({
  name: 'train-evaluate',
  inputs: {
    run: input.string(),
    'working-directory': input.string({ default: '.' }),
    metrics: input.list(),
    predictions: input.string(),
    model: input.list(),
    'model-name': input.string(),
    alias: input.string(),
    parent: input.string(),
    ...registryInputs,
    ...writeConfinementInputs,
    'allow-unsafe-aliases': input.boolean({ default: 'false' }),
    'cache-paths': input.list(),
    'cache-key': input.string(),
    'timeout-minutes': input.number({ default: '0', min: 0 }),
    'shard-index': input.number({ default: '0', integer: true, min: 0 }),
    'shard-count': input.number({ default: '1', integer: true, min: 1, max: 256 }),
    'merge-shards': input.list(),
    datasets: input.list(),
    frameworks: input.list(),
    'report-path': input.string()
  },
  outputs: [
    'metrics-path',
    'report-path',
    'model-version',
    'model-uri',
    'manifest-sha256',
    'duration-seconds',
    'cache-hit',
    'exit-code'
  ]
})

type Definition = typeof trainEvaluate
export type TrainEvaluateBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type TrainEvaluateInputs = Parameters<TrainEvaluateBody>[0]
export type TrainEvaluateOutcome = Awaited<ReturnType<TrainEvaluateBody>>
