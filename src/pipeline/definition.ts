import {
  defineAction,
  input,
  writeConfinementInputs,
  type ActionBody
} from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES, type StickyCommentMode } from '@ml-actions/github'

export const DEFAULT_CONFIG_PATH = '.github/ml-actions.yml'

export const pipeline = defineAction({
  name: 'ml-actions',
  inputs: {
    config: input.string({ default: DEFAULT_CONFIG_PATH }),
    steps: input.list(),
    'working-directory': input.string({ default: '.' }),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, { default: 'upsert' }),
    'comment-key': input.string(),
    'pr-number': input.number({ integer: true, min: 1 }),
    'output-file': input.string(),
    ...writeConfinementInputs,
    'fail-on-comment-error': input.boolean({ default: 'false' }),
    'github-token': input.string()
  },
  outputs: [
    'result',
    'failed-step',
    'markdown',
    'markdown-file',
    'comment-id',
    'comment-url',
    'comment-status',
    'model-version',
    'decision',
    'step-outputs'
  ]
})

type Definition = typeof pipeline
export type PipelineBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type PipelineInputs = Parameters<PipelineBody>[0]
