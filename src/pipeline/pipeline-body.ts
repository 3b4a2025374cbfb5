import { readFileSync } from 'node:fs'
import { commentOnPullRequest } from '@ml-actions/github'
import type { PipelineBody } from './definition.js'
import { createPipelineBody } from './run-pipeline.js'
import { pipelineCatalog, PIPELINE_WIRING } from './step-catalog.js'

/** The root action's body: every step from the catalog, one combined sticky comment. */
export const pipelineBody: PipelineBody = createPipelineBody({
  catalog: pipelineCatalog('runner'),
  wiring: PIPELINE_WIRING,
  comment: async (markdown, inputs, context) => {
    const result = await commentOnPullRequest({
      action: 'ml-actions',
      markdown,
      mode: inputs.comment,
      env: context.env,
      logger: context.log,
      readFile: (path) => readFileSync(path, 'utf8'),
      ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
      ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
      ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {}),
      ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
    })
    return {
      status: result.action,
      ...(result.commentId !== undefined ? { id: result.commentId } : {}),
      ...(result.url ? { url: result.url } : {})
    }
  }
})
