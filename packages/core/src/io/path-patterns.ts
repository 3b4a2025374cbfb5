import { readdir, stat } from 'node:fs/promises'
import { posix, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { loadGlobEngine, mayBeGlob, type GlobEngine } from '../glob-engine.js'

export interface ExpandPathPatternsOptions {
  /** Directory that relative patterns start from (the caller's workspace: never guessed here). */
  readonly cwd: string
}

// Dependency trees are never where results live, and walking them is slow.
const SKIPPED_DIRECTORIES = new Set(['node_modules'])

/**
 * Expands file paths and glob patterns (picomatch syntax: `*`, `**`, `{a,b}`, `[0-9]`) into file
 * paths, in pattern order, each pattern's matches sorted, duplicates dropped. Patterns starting
 * with `!` remove matches of the earlier patterns. A plain path is returned as written even if it
 * does not exist (reading it reports that); a glob that matches nothing is an error naming it.
 * Below the pattern's fixed prefix, hidden files and folders, `node_modules` and symlinked
 * folders are not searched.
 */
export async function expandPathPatterns(
  patterns: readonly string[],
  options: ExpandPathPatternsOptions
): Promise<string[]> {
  const cwd = options.cwd
  const found: string[] = []
  const exclusions: Array<(path: string) => boolean> = []
  // Plain paths, the common case, need no glob engine: picomatch loads for the first glob.
  let picomatch: GlobEngine | undefined
  for (const pattern of patterns) {
    if (!mayBeGlob(pattern)) {
      found.push(pattern)
      continue
    }
    picomatch ??= await loadGlobEngine()
    if (pattern.startsWith('!')) {
      exclusions.push(picomatch(posix.normalize(pattern.slice(1))))
      continue
    }
    const scan = picomatch.scan(pattern)
    if (!scan.isGlob) {
      found.push(pattern)
      continue
    }
    const matches = await walkMatches(picomatch(scan.glob), cwd, scan.base, scan.glob)
    if (matches.length === 0) {
      throw new ConfigurationError(`no files match the pattern "${pattern}"`)
    }
    found.push(...matches)
  }
  const unique = [...new Set(found)]
  return unique.filter((path) => !exclusions.some((excluded) => excluded(posix.normalize(path))))
}

async function walkMatches(
  matches: (path: string) => boolean,
  cwd: string,
  base: string,
  glob: string
): Promise<string[]> {
  const maxDepth = glob.includes('**') ? Number.POSITIVE_INFINITY : glob.split('/').length
  const files: string[] = []
  const visit = async (relativeDirectory: string, depth: number): Promise<void> => {
    const absolute = resolve(cwd, base, relativeDirectory)
    const entries = await readdir(absolute, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const relative = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`
      if (entry.isDirectory()) {
        if (
          depth < maxDepth &&
          !SKIPPED_DIRECTORIES.has(entry.name) &&
          !entry.name.startsWith('.')
        ) {
          await visit(relative, depth + 1)
        }
        continue
      }
      if (!matches(relative)) continue
      if (
        entry.isFile() ||
        (entry.isSymbolicLink() && (await isFile(resolve(absolute, entry.name))))
      ) {
        files.push(base === '' ? relative : posix.join(base, relative))
      }
    }
  }
  await visit('', 1)
  return files.sort()
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}
