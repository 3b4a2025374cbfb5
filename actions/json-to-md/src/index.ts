import type { CliIo } from '@ml-actions/action-kit/cli'
import type { JsonToMdBody } from './definition.js'

/**
 * The json-to-md action from outside (the pipeline, the CLI): its definition, the body the pipeline
 * runs and the `ml-actions json-to-md` command, both behind a dynamic import.
 */
export { jsonToMd as definition } from './definition.js'

/** In the pipeline the step never comments: the pipeline writes one comment for all steps. */
export async function loadPipelineBody(): Promise<JsonToMdBody> {
  return (await import('./render-results.js')).renderResults
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [{ runCli }, { jsonToMd }, { createRenderResults }, { commentOnPullRequest }] =
    await Promise.all([
      import('@ml-actions/action-kit/cli'),
      import('./definition.js'),
      import('./render-results.js'),
      import('@ml-actions/github')
    ])
  const body = createRenderResults({ comment: commentOnPullRequest })
  return runCli(jsonToMd, body, argv, { positional: 'files', io, showOutputs: false })
}
