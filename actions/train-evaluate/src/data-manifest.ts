import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { expandPathPatterns } from '@ml-actions/core/io'
import { digestFile, sha256Hex } from '@ml-actions/registry'

export interface DataManifestEntry {
  /** `/`-separated, relative to the working directory. */
  readonly path: string
  readonly size: number
  readonly sha256: string
}

export interface DataManifest {
  readonly files: readonly DataManifestEntry[]
  /** sha256 over the sorted `sha256 size path` lines: equal exactly when the contents are. */
  readonly digest: string
}

/**
 * Hashes every file under the given paths (files, folders, globs). Missing paths contribute
 * nothing, so the manifest of a data folder that does not exist yet is the empty one.
 */
export async function dataManifest(
  patterns: readonly string[],
  workingDirectory: string
): Promise<DataManifest> {
  const roots = await expandRoots(patterns, workingDirectory)
  const files = new Map<string, DataManifestEntry>()
  for (const root of roots) {
    for (const file of await filesUnder(path.resolve(workingDirectory, root))) {
      const relative = path.relative(workingDirectory, file).split(path.sep).join('/')
      if (files.has(relative)) continue
      files.set(relative, { path: relative, ...(await digestFile(file)) })
    }
  }
  const sorted = [...files.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  )
  const lines = sorted.map((file) => `${file.sha256} ${file.size} ${file.path}\n`)
  return { files: sorted, digest: sha256Hex(lines.join('')) }
}

async function expandRoots(patterns: readonly string[], cwd: string): Promise<string[]> {
  try {
    return await expandPathPatterns(patterns, { cwd })
  } catch {
    // A glob that matches nothing yet (data not downloaded) must not hide the other paths.
    const kept: string[] = []
    for (const pattern of patterns.filter((entry) => !entry.startsWith('!'))) {
      kept.push(...(await expandPathPatterns([pattern], { cwd }).catch(() => [])))
    }
    return kept
  }
}

async function filesUnder(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined)
  if (!info) return []
  if (info.isFile()) return [target]
  if (!info.isDirectory()) return []
  const entries = await readdir(target, { recursive: true, withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name)
    if (
      entry.isFile() ||
      (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile())
    ) {
      files.push(full)
    }
  }
  return files.sort()
}
