import { createWriteStream, type Dirent } from 'node:fs'
import { link, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { pathToFileURL } from 'node:url'
import { chunksOf, type BlobBody, type BlobInfo, type BlobStore } from './blob-store.js'
import { BlobNotFoundError } from './errors.js'
import { STREAM_BUFFER_BYTES } from './sha256-stream.js'

const PARTIAL_SUFFIX = '.partial'

/**
 * A registry in a directory, safe for several processes sharing it (parallel CI jobs on one
 * volume): create-only writes use link(2), which fails atomically with EEXIST, and every object
 * becomes visible only by link or rename of a fully written, fsynced temp file.
 */
export class LocalDirectoryStore implements BlobStore {
  readonly location: string

  constructor(readonly root: string) {
    this.location = pathToFileURL(root).href
  }

  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    const target = this.pathOf(key)
    const directory = path.dirname(target)
    await mkdir(directory, { recursive: true })
    const temp = partialPathFor(target)
    try {
      await writeSynced(temp, body)
      try {
        await link(temp, target)
      } catch (error) {
        const code = errorCode(error)
        if (code === 'EEXIST') return false
        // Some filesystems (FAT, certain network mounts) have no hard links; O_EXCL is still
        // create-only, only the "never partially visible" property is lost there.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
          return await createExclusive(target, body)
        }
        throw error
      }
      await syncDirectory(directory)
      return true
    } finally {
      await rm(temp, { force: true })
    }
  }

  async put(key: string, body: BlobBody): Promise<void> {
    const target = this.pathOf(key)
    const directory = path.dirname(target)
    await mkdir(directory, { recursive: true })
    const temp = partialPathFor(target)
    try {
      const source =
        body instanceof Readable ? body : Readable.from(chunksOf(body, STREAM_BUFFER_BYTES))
      await pipeline(source, createWriteStream(temp, { flags: 'wx', flush: true }))
      await rename(temp, target)
      await syncDirectory(directory)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }

  async getStream(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r')
      return handle.createReadStream()
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') {
        throw new BlobNotFoundError(key)
      }
      throw error
    }
  }

  async head(key: string): Promise<BlobInfo | null> {
    try {
      const stats = await stat(this.pathOf(key))
      if (!stats.isFile()) return null
      return { key, size: stats.size, lastModified: stats.mtime }
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null
      throw error
    }
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    const slash = prefix.lastIndexOf('/')
    const baseKey = slash === -1 ? '' : prefix.slice(0, slash + 1)
    const keys: string[] = []
    for await (const key of this.walk(baseKey)) {
      if (key.startsWith(prefix) && !isPartial(key)) keys.push(key)
    }
    keys.sort()
    for (const key of keys) {
      const info = await this.head(key)
      if (info) yield info
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true })
  }

  async sweepInterruptedWrites(olderThanMs: number, dryRun: boolean): Promise<string[]> {
    const swept: string[] = []
    const cutoff = Date.now() - olderThanMs
    for await (const key of this.walk('')) {
      if (!isPartial(key)) continue
      const stats = await stat(this.pathOf(key)).catch(() => null)
      if (!stats || stats.mtimeMs > cutoff) continue
      swept.push(key)
      if (!dryRun) await rm(this.pathOf(key), { force: true })
    }
    return swept
  }

  private async *walk(directoryKey: string): AsyncGenerator<string> {
    let entries: Dirent[]
    try {
      entries = await readdir(this.pathOf(directoryKey), { withFileTypes: true })
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return
      throw error
    }
    for (const entry of entries) {
      const key = `${directoryKey}${entry.name}`
      if (entry.isDirectory()) yield* this.walk(`${key}/`)
      else if (entry.isFile()) yield key
    }
  }

  private pathOf(key: string): string {
    const segments = key.split('/').filter((segment) => segment !== '')
    if (segments.some((segment) => segment === '..' || segment === '.')) {
      throw new Error(`Refusing a registry key that leaves the registry root: ${key}`)
    }
    return path.join(this.root, ...segments)
  }
}

function partialPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique}${PARTIAL_SUFFIX}`)
}

function isPartial(key: string): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1)
  return name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX)
}

async function writeSynced(file: string, body: Buffer): Promise<void> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(body)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function createExclusive(target: string, body: Buffer): Promise<boolean> {
  try {
    await writeFile(target, body, { flag: 'wx', flush: true })
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
}

/** Without this a power loss after rename can lose the directory entry (ext4 data=ordered aside). */
async function syncDirectory(directory: string): Promise<void> {
  let handle
  try {
    handle = await open(directory, 'r')
    await handle.sync()
  } catch (error) {
    // Windows and some network filesystems cannot open or fsync a directory.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'].includes(errorCode(error) ?? ''))
      throw error
  } finally {
    await handle?.close()
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}
