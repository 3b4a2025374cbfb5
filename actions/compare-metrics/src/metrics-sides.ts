import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { DEFAULT_RULES, type ComparisonRules } from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import { type MetricsDocument } from '@ml-actions/core/metrics'
import { expandPathPatterns, readMetrics } from '@ml-actions/core/io'

/**
 * One side of the comparison from its files: `merge` reads them all as one evaluation split across
 * files; `per-file` reads each file as one run (a seed), so the means are compared with Welch's
 * t-test.
 */
export async function readSide(
  patterns: readonly string[],
  mode: 'merge' | 'per-file',
  cwd: string,
  input: string,
  warn?: (message: string) => void
): Promise<MetricsDocument[]> {
  const options = { cwd, allowNonFinite: true, ...(warn ? { warn } : {}) }
  const named = (error: unknown): never => {
    if (error instanceof ConfigurationError && error.input === undefined)
      throw new ConfigurationError(`${input}: ${error.message}`, input)
    throw error
  }
  if (mode === 'merge')
    return [relativeSources(await readMetrics(patterns, options).catch(named), cwd)]
  const files = await expandPathPatterns(patterns, { cwd }).catch(named)
  if (files.length === 0) throw new ConfigurationError(`${input} names no files`, input)
  return Promise.all(
    files.map(async (file) => relativeSources(await readMetrics([file], options).catch(named), cwd))
  )
}

/** The comment and the report name files as the workflow wrote them, not as absolute paths. */
function relativeSources(document: MetricsDocument, cwd: string): MetricsDocument {
  const shown = document.sources.map((source) =>
    isAbsolute(source) && !relative(cwd, source).startsWith('..') ? relative(cwd, source) : source
  )
  return { ...document, sources: shown }
}

/** The `rules` input: a path to a YAML/JSON file, or the rules written inline. */
export async function loadRules(rules: string, cwd: string): Promise<ComparisonRules> {
  const text = rules.trim()
  if (text === '') return DEFAULT_RULES
  // The rules parser loads only for a rules input; the built-in defaults need none.
  const { parseComparisonRules } = await import('@ml-actions/core/compare')
  const singleLine = !text.includes('\n')
  if (singleLine && existsSync(resolve(cwd, text))) {
    return await parseComparisonRules(await readFile(resolve(cwd, text), 'utf8'), text)
  }
  if (singleLine && /\.(ya?ml|json)$/i.test(text)) {
    throw new ConfigurationError(`rules file "${text}" does not exist`, 'rules')
  }
  return await parseComparisonRules(text, 'the rules input')
}
