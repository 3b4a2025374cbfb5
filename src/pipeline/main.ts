import { runAction } from '@ml-actions/action-kit/runner'
import { pipeline } from './definition.js'
import { pipelineBody } from './pipeline-body.js'

export const run = (): Promise<void> => runAction(pipeline, pipelineBody)
