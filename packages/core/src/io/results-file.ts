import type { ResultsFile } from '../metrics/model.js'
import { parseResultsText, type ReadResultsFileOptions } from '../metrics/results-text.js'
import { readTextFile } from './text-file.js'

export type { ReadResultsFileOptions } from '../metrics/results-text.js'

/**
 * Reads one results file (size-checked, decoded as text) and parses it by extension (see
 * `parseResultsText`). Every problem the user can fix (missing file, too large, not text, malformed,
 * duplicate keys) throws a `ConfigurationError` that names the file.
 */
export async function readResultsFile(
  path: string,
  options: ReadResultsFileOptions = {}
): Promise<ResultsFile> {
  const text = await readTextFile(path, { maxBytes: options.maxBytes })
  return parseResultsText(text, path, options)
}
