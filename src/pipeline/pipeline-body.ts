import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { commentOnPullRequest } from '@ml-actions/github'
import type { PipelineBody } from './definition.js'
import { createPipelineBody, type PipelineDependencies } from './run-pipeline.js'
import { pipelineCatalog, PIPELINE_WIRING, type PipelineRuntime } from './step-catalog.js'

/** The one combined sticky comment, on the runner's pull request or the one another CI builds. */
export const postCombinedComment: NonNullable<PipelineDependencies['comment']> = async (
  markdown,
  inputs,
  context
) => {
  const result = await commentOnPullRequest({
    action: 'ml-actions',
    markdown,
    mode: inputs.comment,
    env: context.env,
    cwd: resolve(context.cwd, inputs.workingDirectory),
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

/** Every step from the catalog and one combined sticky comment, on the runner or the command line. */
export function commentingPipelineBody(runtime: PipelineRuntime): PipelineBody {
  return createPipelineBody({
    catalog: pipelineCatalog(runtime),
    wiring: PIPELINE_WIRING,
    comment: postCombinedComment
  })
}

/** The root action's body. */
export const pipelineBody: PipelineBody = commentingPipelineBody('runner')
