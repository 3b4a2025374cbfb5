import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { BlobStore } from './blob-store.js'
import { IntegrityError } from './errors.js'
import { layout } from './layout.js'
import { isSafeRelativePath, type Manifest } from './manifest.js'
import { VerifiedFileSink } from './verified-file-sink.js'

const STAGED_SUFFIX = /\.[0-9a-f]{12}\.partial$/

/** Where a file streams before it is verified and renamed to `target`. */
export function stagedPath(target: string): string {
  return `${target}.${randomBytes(6).toString('hex')}.partial`
}

/** A staged file of a download that was killed before its rename: nothing else names it. */
export function isStagedPath(file: string): boolean {
  return STAGED_SUFFIX.test(file)
}

export interface DownloadResult {
  manifest: Manifest
  /** Absolute paths written, in manifest order. */
  files: string[]
}

/**
 * Every file is streamed to a temp name next to its destination and checked against the
 * manifest; only when all of them verified are they renamed into place, so a corrupt blob or a
 * dropped connection never leaves a file a later step could mistake for the model.
 */
export async function downloadVersion(
  store: BlobStore,
  manifest: Manifest,
  destination: string
): Promise<DownloadResult> {
  const root = path.resolve(destination)
  const staged: Array<{ temp: string; target: string }> = []
  try {
    for (const file of manifest.files) {
      const label = `${manifest.name}/${manifest.version}: ${file.path}`
      if (!isSafeRelativePath(file.path)) {
        throw new IntegrityError(
          `${label} is not a safe relative path; refusing to write it`,
          file.path
        )
      }
      const target = path.join(root, ...file.path.split('/'))
      await mkdir(path.dirname(target), { recursive: true })
      const temp = stagedPath(target)
      staged.push({ temp, target })
      const source = await store.getStream(layout.blob(file.sha256))
      const sink = new VerifiedFileSink(
        temp,
        file,
        label,
        'does not match its manifest (corrupt or tampered blob)'
      )
      // On a source error pipeline settles before the sink has closed the temp file, and an open
      // file cannot be removed on Windows.
      await pipeline(source, sink).finally(() => closed(sink))
    }
    for (const { temp, target } of staged) await rename(temp, target)
    return { manifest, files: staged.map(({ target }) => target) }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    throw error
  }
}

function closed(stream: Writable): Promise<void> {
  return new Promise((resolve) => (stream.closed ? resolve() : stream.once('close', resolve)))
}
