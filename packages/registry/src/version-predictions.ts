import { readBytes, type BlobStore } from './blob-store.js'
import { IntegrityError } from './errors.js'
import { layout } from './layout.js'
import type { Manifest } from './manifest.js'
import { sha256Hex } from './sha256-stream.js'

export interface VersionPredictions {
  /** The file name it was registered under (its extension names the format). */
  readonly path: string
  readonly bytes: Uint8Array
}

/**
 * The evaluation predictions a version was registered with, checked against the manifest's
 * sha256 and size before anyone computes a statistic from them; undefined when it has none.
 */
export async function readVersionPredictions(
  store: BlobStore,
  manifest: Manifest
): Promise<VersionPredictions | undefined> {
  const entry = manifest.predictions
  if (!entry) return undefined
  const key = layout.blob(entry.sha256)
  const bytes = await readBytes(store, key)
  const actual = sha256Hex(bytes)
  if (bytes.length !== entry.size || actual !== entry.sha256) {
    throw new IntegrityError(
      `${manifest.name}/${manifest.version}: predictions ${entry.path} do not match the manifest (blob ${key} has ${bytes.length} bytes hashing to ${actual}, the manifest says ${entry.size} bytes, ${entry.sha256})`,
      key
    )
  }
  return { path: entry.path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) }
}
