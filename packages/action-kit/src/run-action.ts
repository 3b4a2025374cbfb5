import { appendFile } from 'node:fs/promises'
import { ConfigurationError, toError } from '@ml-actions/core/errors'
import { fitMarkdown, JOB_SUMMARY_LIMIT, showInvisible } from '@ml-actions/core/markdown'
import type { ActionBody, ActionDefinition, ActionContext } from './action-definition.js'
import { formatOutput } from './output-format.js'
import { readInputs, type InputSpec } from './input-spec.js'
import type { Logger } from './logger.js'
import { writeStdout } from './descriptor-writer.js'
import { tokenAbsentFrom } from './absent-token.js'
import * as workflow from './workflow-commands.js'

export const runnerLogger: Logger = {
  info: workflow.info,
  warning: workflow.warning,
  error: workflow.error,
  debug: workflow.debug,
  untrusted: (text) => {
    // Bidi overrides and zero-width characters shown as escapes, as in the comments: a metric
    // name in the log cannot display as something else either.
    const shown = showInvisible(text)
    // A token per block that the text does not contain: it cannot end the block or issue commands.
    const token = tokenAbsentFrom([shown])
    writeStdout(
      `::stop-commands::${token}\n${shown.endsWith('\n') ? shown : `${shown}\n`}::${token}::\n`
    )
  }
}

/**
 * The runner entry point of every action: read inputs, run the body, write outputs and the job
 * summary, then fail if the body asked to. It never throws: a ConfigurationError becomes a
 * failure naming the input, anything else a failure with the stack at debug level.
 */
export async function runAction<S extends InputSpec, O extends string>(
  definition: ActionDefinition<S, O>,
  body: ActionBody<S, O>
): Promise<void> {
  try {
    const inputs = readInputs(definition.inputs, (name) => workflow.getInput(name))
    const context: ActionContext = {
      log: runnerLogger,
      env: process.env,
      cwd: process.cwd(),
      cli: false
    }
    const outcome = await body(inputs, context)
    for (const name of definition.outputs) {
      const value = outcome.outputs[name]
      if (value !== undefined) workflow.setOutput(name, formatOutput(value))
    }
    if (outcome.report) await writeJobSummary(outcome.report)
    if (outcome.failure) workflow.setFailed(outcome.failure)
  } catch (thrown) {
    const error = toError(thrown)
    if (error instanceof ConfigurationError) {
      workflow.setFailed(error.message)
    } else {
      workflow.setFailed(`${definition.name} failed unexpectedly: ${error.message}`)
      workflow.debug(error.stack ?? String(error))
    }
  }
}

/** Append to $GITHUB_STEP_SUMMARY, keeping this step's contribution under GitHub's 1 MiB limit. */
export async function writeJobSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY
  if (!path) return
  const fitted = fitMarkdown(markdown, {
    maxBytes: JOB_SUMMARY_LIMIT,
    notice:
      'The job summary was cut to stay under GitHub’s 1 MiB limit; the full report is in the report file.'
  })
  await appendFile(path, fitted.text.endsWith('\n') ? fitted.text : `${fitted.text}\n`, 'utf8')
}
