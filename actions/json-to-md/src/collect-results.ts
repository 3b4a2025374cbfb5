import { resolve } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { expandPathPatterns, readResultsFile } from '@ml-actions/core/io'
import type { JsonValue } from '@ml-actions/core/metrics'

/** One results file as the user named it, with its parsed value tree. */
export interface NamedResults {
  /** The path as matched from the `files` input, relative to the working directory. */
  readonly name: string
  readonly data: JsonValue
}

/**
 * Expand the `files` input (paths and globs, `!` exclusions) and parse every file, in input order.
 * Every failure is a ConfigurationError for the `files` input that names the pattern or the file
 * as the user wrote it, not as an absolute path the user never typed.
 */
export async function collectResults(
  patterns: readonly string[],
  cwd: string,
  warn?: (message: string) => void
): Promise<NamedResults[]> {
  const paths = await expandPathPatterns(patterns, { cwd }).catch((error: unknown) => {
    throw asFilesError(error, (message) => `files: ${message}`)
  })
  if (paths.length === 0) {
    throw new ConfigurationError(
      `files: the ! exclusions removed every match of ${patterns.join(', ')}`,
      'files'
    )
  }
  const results: NamedResults[] = []
  for (const name of paths) {
    const absolute = resolve(cwd, name)
    // One file after the other, so the error reported is always the first file's in input order.
    const file = await readResultsFile(absolute, {
      ...(warn ? { warn: (message: string) => warn(message.split(absolute).join(name)) } : {})
    }).catch((error: unknown) => {
      throw asFilesError(error, (message) => message.split(absolute).join(name))
    })
    results.push({ name, data: file.data })
  }
  return results
}

function asFilesError(error: unknown, rewrite: (message: string) => string): unknown {
  if (!(error instanceof ConfigurationError)) return error
  return new ConfigurationError(rewrite(error.message), 'files')
}
