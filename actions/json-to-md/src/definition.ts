import { defineAction, input } from '@ml-actions/action-kit'

export const jsonToMd = defineAction({
  name: 'json-to-md',
  inputs: {
    files: input.list({ required: true }),
    title: input.string()
  },
  outputs: ['markdown']
})
