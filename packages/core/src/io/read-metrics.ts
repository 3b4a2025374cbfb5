import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { requireMetrics } from '../metrics/document-builder.js'
import type { InterpretOptions } from '../metrics/interpret-options.js'
import { mergeMetricsDocuments } from '../metrics/merge-documents.js'
import { toMetricsDocument } from '../metrics/metrics-document.js'
import type { MetricsDocument } from '../metrics/model.js'
import { expandPathPatterns, type ExpandPathPatternsOptions } from './path-patterns.js'
import { readResultsFile, type ReadResultsFileOptions } from './results-file.js'

export interface ReadMetricsOptions
  extends InterpretOptions, Omit<ReadResultsFileOptions, 'syntax'>, ExpandPathPatternsOptions {}

/**
 * Reads every file the paths and glob patterns name (see `expandPathPatterns`) and merges them
 * into one document (see `mergeMetricsDocuments` for how clashing names are prefixed). A path that
 * is a directory with a `metrics/` folder is read as an MLflow run. `required` is checked on the
 * merged document, so a required metric may come from any of the files.
 */
export async function readMetrics(
  patterns: string | readonly string[],
  options: ReadMetricsOptions
): Promise<MetricsDocument> {
  const list = typeof patterns === 'string' ? [patterns] : patterns
  const cwd = options.cwd
  const paths = await expandPathPatterns(list, { cwd })
  const { required = [], ...perFile } = options
  const documents: MetricsDocument[] = []
  for (const matched of paths) {
    const path = resolve(cwd, matched)
    if (await isMlflowRun(path)) {
      // MLflow runs are the rarer input: their reader loads with the first one.
      const { readMlflowRun } = await import('./mlflow-run.js')
      documents.push(await readMlflowRun(path, perFile))
      continue
    }
    const file = await readResultsFile(path, { maxBytes: options.maxBytes, warn: options.warn })
    documents.push(toMetricsDocument(file, perFile))
  }
  if (documents.length === 0) {
    throw new ConfigurationError('no metrics files were given')
  }
  const merged = mergeMetricsDocuments(documents)
  requireMetrics(merged, required, merged.sources.join(', '))
  return merged
}

async function isMlflowRun(path: string): Promise<boolean> {
  const [self, metrics] = await Promise.all([
    stat(path).catch(() => undefined),
    stat(join(path, 'metrics')).catch(() => undefined)
  ])
  return (self?.isDirectory() ?? false) && (metrics?.isDirectory() ?? false)
}
