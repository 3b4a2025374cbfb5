import { ConfigurationError, toError } from '@ml-actions/core/errors'
import { fitMarkdown, JOB_SUMMARY_LIMIT, loadKeyGlobs } from '@ml-actions/core/markdown'
import { writeTarget, type ActionContext, type OutputValue } from '@ml-actions/action-kit'
import type { PullRequestCommentOptions, PullRequestCommentResult } from '@ml-actions/github'
import { collectResults } from './collect-results.js'
import type { jsonToMd, JsonToMdBody, JsonToMdInputs } from './definition.js'
import { defaultMarkdownPath, writeMarkdownFile } from './markdown-file.js'
import { renderResultsMarkdown } from './results-markdown.js'

type Outputs = Partial<Record<(typeof jsonToMd)['outputs'][number], OutputValue>>
type CommentOnPullRequest = (
  options: PullRequestCommentOptions
) => Promise<PullRequestCommentResult>

/**
 * How the body reaches the pull request: `commentOnPullRequest`, on the runner and under the CLI
 * (which comments when it has a token and a pull request). Without it (the pipeline's render step,
 * tests) nothing is posted; passing it keeps @actions/* out of this module.
 */
export interface RenderResultsDependencies {
  readonly comment?: CommentOnPullRequest
}

/** Step outputs are capped by the runner; the full text is always in `markdown-file`. */
const MARKDOWN_OUTPUT_NOTICE =
  '_The markdown output was cut to stay under the 1 MB output limit; the full markdown is in the `markdown-file` output._'

const TRUNCATED_COMMENT_NOTE =
  'The comment was cut on whole rows to GitHub’s 65,536-character limit; the full markdown is in the job summary and the markdown-file output.'

export function createRenderResults(dependencies: RenderResultsDependencies = {}): JsonToMdBody {
  return async (inputs, context) => {
    const results = await collectResults(inputs.files, context.cwd, (message) =>
      context.log.warning(message)
    )
    // Quoted: a file name may hold a line break, which must not start a workflow command.
    const names = results.map((r) => JSON.stringify(r.name)).join(', ')
    context.log.info(`Rendering ${results.length} file(s): ${names}`)
    const markdown = renderResultsMarkdown(results, {
      title: inputs.title,
      precision: inputs.precision ?? 4,
      include: inputs.include,
      exclude: inputs.exclude,
      globs: await loadKeyGlobs(inputs),
      maxTableRows: inputs.maxTableRows ?? 50,
      workspace: context.env.GITHUB_WORKSPACE || context.cwd
    })
    const markdownFile = await writeMarkdown(inputs, context, markdown)
    const commented = await commentIfAsked(dependencies.comment, inputs, context, markdown)
    const report = context.cli || inputs.summary ? markdown : undefined
    return {
      outputs: {
        markdown: fitMarkdown(markdown, {
          maxBytes: JOB_SUMMARY_LIMIT,
          notice: MARKDOWN_OUTPUT_NOTICE
        }).text,
        'markdown-file': markdownFile,
        ...commented.outputs
      },
      ...(report !== undefined ? { report } : {}),
      ...(commented.failure !== undefined ? { failure: commented.failure } : {})
    }
  }
}

/** Renders, never comments: the pipeline's render step, whose comment is the pipeline's own. */
export const renderResults: JsonToMdBody = createRenderResults()

async function writeMarkdown(
  inputs: JsonToMdInputs,
  context: ActionContext,
  markdown: string
): Promise<string | undefined> {
  // The CLI prints the markdown; it writes a file only when asked to.
  if (context.cli && !inputs.outputFile) return undefined
  const path = inputs.outputFile || defaultMarkdownPath(context.env)
  const target = await writeTarget(path, context, {
    input: 'output-file',
    allowOutside: inputs.allowWritesOutsideWorkspace
  })
  try {
    return await writeMarkdownFile(target, markdown, context.cwd)
  } catch (error) {
    if (!inputs.outputFile) throw error
    throw new ConfigurationError(
      `output-file: cannot write "${path}": ${toError(error).message}`,
      'output-file'
    )
  }
}

/**
 * GitHub's refusals come back as `skipped` with a warning already logged. When the caller asked to
 * fail on them they throw instead; that becomes the step's failure here, so the outputs and the job
 * summary are still written.
 */
async function commentIfAsked(
  comment: CommentOnPullRequest | undefined,
  inputs: JsonToMdInputs,
  context: ActionContext,
  markdown: string
): Promise<{ outputs: Outputs; failure?: string }> {
  if (comment === undefined || inputs.comment === 'off') {
    return { outputs: { 'comment-status': 'skipped' } }
  }
  try {
    const result = await comment(commentOptions(inputs, context, markdown))
    if (result.truncated) context.log.info(TRUNCATED_COMMENT_NOTE)
    return {
      outputs: {
        'comment-status': result.action,
        'comment-id': result.commentId,
        'comment-url': result.url
      }
    }
  } catch (thrown) {
    const error = toError(thrown)
    if (!(error instanceof ConfigurationError) && error.name !== 'CommentError') {
      context.log.debug(error.stack ?? error.message)
    }
    return {
      outputs: { 'comment-status': 'skipped' },
      failure: `The pull-request comment could not be written: ${error.message}`
    }
  }
}

function commentOptions(
  inputs: JsonToMdInputs,
  context: ActionContext,
  markdown: string
): PullRequestCommentOptions {
  return {
    action: 'json-to-md',
    markdown,
    mode: inputs.comment,
    env: context.env,
    cwd: context.cwd,
    logger: context.log,
    ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    ...(inputs.prNumber !== undefined ? { pullRequestNumber: inputs.prNumber } : {}),
    ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
  }
}
