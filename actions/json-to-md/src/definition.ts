import { defineAction, input, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'

export const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'] as const

export const jsonToMd = defineAction({
  name: 'json-to-md',
  inputs: {
    files: input.list({ required: true }),
    title: input.string(),
    comment: input.choice<(typeof COMMENT_MODES)[number]>(COMMENT_MODES, { default: 'upsert' }),
    'comment-key': input.string(),
    'pr-number': input.number({ integer: true, min: 1 }),
    summary: input.boolean({ default: 'true' }),
    'output-file': input.string(),
    ...writeConfinementInputs,
    precision: input.number({ default: '4', integer: true, min: 1, max: 17 }),
    include: input.list(),
    exclude: input.list(),
    'max-table-rows': input.number({ default: '50', integer: true, min: 2 }),
    'fail-on-comment-error': input.boolean({ default: 'false' }),
    'github-token': input.string()
  },
  outputs: ['markdown', 'markdown-file', 'comment-id', 'comment-url', 'comment-status']
})

type Definition = typeof jsonToMd
export type JsonToMdBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type JsonToMdInputs = Parameters<JsonToMdBody>[0]
