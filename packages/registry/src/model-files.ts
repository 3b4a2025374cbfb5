import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { ConfigurationError } from '@ml-actions/core/errors'
import { isSafeRelativePath } from './manifest.js'
import type { BufferPool } from './buffer-pool.js'
import { bufferChunks, readFileChunks } from './file-chunks.js'

/**
 * What `register` accepts: a file or directory path, a file under another name, bytes, or a
 * stream factory. A source is read once to hash and once to upload, so a factory must replay the
 * same bytes each time.
 */
export type ModelFileSource =
  | string
  | { path: string; name?: string }
  | { name: string; content: Buffer | string }
  | { name: string; open: () => Readable }

export interface ModelFile {
  /** Path inside the model, as recorded in the manifest. */
  name: string
  /** Where the bytes come from, for messages. */
  origin: string
  /**
   * The bytes, each time from the start; in chunks of `chunkBytes` where the source allows, taken
   * from `pool` when it is given.
   */
  chunks(chunkBytes: number, pool?: BufferPool): AsyncIterable<Buffer>
}

export async function collectModelFiles(
  sources: readonly ModelFileSource[],
  cwd: string
): Promise<ModelFile[]> {
  if (sources.length === 0)
    throw new ConfigurationError('No model files given to register', 'files')
  const files: ModelFile[] = []
  for (const source of sources) {
    if (typeof source === 'string')
      files.push(...(await filesAtPath(path.resolve(cwd, source), undefined)))
    else if ('path' in source)
      files.push(...(await filesAtPath(path.resolve(cwd, source.path), source.name)))
    else if ('content' in source) {
      const bytes = Buffer.isBuffer(source.content)
        ? source.content
        : Buffer.from(source.content, 'utf8')
      files.push({
        name: source.name,
        origin: `<bytes ${source.name}>`,
        chunks: async function* (chunkBytes) {
          yield* bufferChunks(bytes, chunkBytes)
        }
      })
    } else {
      const { open } = source
      files.push({ name: source.name, origin: `<stream ${source.name}>`, chunks: () => open() })
    }
  }
  const seen = new Set<string>()
  for (const file of files) {
    if (!isSafeRelativePath(file.name)) {
      throw new ConfigurationError(
        `Model file name "${file.name}" (from ${file.origin}) must be a relative path without "..", "." or empty segments`,
        'files'
      )
    }
    if (seen.has(file.name)) {
      throw new ConfigurationError(
        `Two model files would both be stored as "${file.name}"`,
        'files'
      )
    }
    seen.add(file.name)
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

async function filesAtPath(absolute: string, name: string | undefined): Promise<ModelFile[]> {
  const stats = await stat(absolute).catch(() => null)
  if (!stats) throw new ConfigurationError(`Model file "${absolute}" does not exist`, 'files')
  if (stats.isFile()) {
    return [
      {
        name: name ?? path.basename(absolute),
        origin: absolute,
        chunks: (chunkBytes, pool) => readFileChunks(absolute, chunkBytes, pool)
      }
    ]
  }
  if (!stats.isDirectory()) {
    throw new ConfigurationError(
      `Model file "${absolute}" is neither a file nor a directory`,
      'files'
    )
  }
  const files: ModelFile[] = []
  for (const relative of await walkDirectory(absolute, '')) {
    const file = path.join(absolute, ...relative.split('/'))
    const prefix = name === undefined ? '' : `${name}/`
    files.push({
      name: `${prefix}${relative}`,
      origin: file,
      chunks: (chunkBytes, pool) => readFileChunks(file, chunkBytes, pool)
    })
  }
  if (files.length === 0)
    throw new ConfigurationError(`Model directory "${absolute}" is empty`, 'files')
  return files
}

async function walkDirectory(root: string, relative: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(path.join(root, relative), { withFileTypes: true })
  const found: string[] = []
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await walkDirectory(root, child)))
    else if (entry.isFile()) found.push(child)
  }
  return found
}
