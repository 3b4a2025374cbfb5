import { runAction } from '@ml-actions/action-kit/runner'
import { commentOnPullRequest } from '@ml-actions/github'
import { jsonToMd } from './definition.js'
import { createRenderResults } from './render-results.js'

export const run = (): Promise<void> =>
  runAction(jsonToMd, createRenderResults({ comment: commentOnPullRequest }))
