import { ConfigurationError } from '@ml-actions/core/errors'
import { displayPath, filterKeys, heading, renderValue } from '@ml-actions/core/markdown'
import type { KeyFilter, RenderOptions } from '@ml-actions/core/markdown'
import type { NamedResults } from './collect-results.js'

export interface ResultsMarkdownOptions {
  /** Heading above everything; empty or absent: none. */
  readonly title?: string
  readonly precision: number
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  readonly maxTableRows: number
  /** The glob engine `loadKeyGlobs` gives; needed when include or exclude holds a pattern. */
  readonly globs?: KeyFilter['globs']
  /** Files inside it are named by their path relative to it, others by their file name. */
  readonly workspace?: string
}

/** The document's title is an h2; with several files each gets an h3 under it. */
const TITLE_LEVEL = 2

/**
 * The markdown of one or more results files. A single file renders right under the title; several
 * files each get a heading with their path (relative to the workspace; a runner path means nothing
 * to a reader). Keys, strings, the title and the paths are escaped by
 * the renderer. Key filters that leave nothing of any file are a mistake worth failing on: the
 * comment would otherwise be empty without saying why.
 */
export function renderResultsMarkdown(
  results: readonly NamedResults[],
  options: ResultsMarkdownOptions
): string {
  requireSomeKeySelected(results, options)
  const render: RenderOptions = {
    precision: options.precision,
    include: options.include,
    exclude: options.exclude,
    globs: options.globs,
    maxTableRows: options.maxTableRows
  }
  const blocks: string[] = []
  if (options.title) blocks.push(heading(TITLE_LEVEL, options.title))
  const [only] = results
  if (results.length === 1 && only !== undefined) {
    blocks.push(renderValue(only.data, { ...render, headingLevel: TITLE_LEVEL }))
  } else {
    for (const { name, data } of results) {
      const title = displayPath(name, options.workspace)
      blocks.push(renderValue(data, { ...render, title, headingLevel: TITLE_LEVEL + 1 }))
    }
  }
  return `${blocks.map((block) => block.replace(/\n+$/, '')).join('\n\n')}\n`
}

function requireSomeKeySelected(
  results: readonly NamedResults[],
  options: ResultsMarkdownOptions
): void {
  if (options.include.length === 0 && options.exclude.length === 0) return
  const filter = { include: options.include, exclude: options.exclude, globs: options.globs }
  if (results.some(({ data }) => filterKeys(data, filter) !== undefined)) return
  const input = options.include.length > 0 ? 'include' : 'exclude'
  const given = [...options.include, ...options.exclude.map((pattern) => `!${pattern}`)]
  throw new ConfigurationError(
    `${input}: no key of ${results.map((r) => r.name).join(', ')} is left by ${given.join(', ')}` +
      `; the top-level keys are ${topLevelKeys(results).join(', ') || '(none)'}`,
    input
  )
}

function topLevelKeys(results: readonly NamedResults[]): string[] {
  const keys = new Set<string>()
  for (const { data } of results) {
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      for (const key of Object.keys(data)) keys.add(key)
    }
  }
  return [...keys].slice(0, 20)
}
