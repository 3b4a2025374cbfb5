import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { BlobStore } from './blob-store.js'
import { CHECKOUT_MANIFEST_FILE, type Manifest } from './manifest.js'
import { downloadVersion } from './version-download.js'

export interface CheckoutOptions {
  /** Write into a directory that already has files (same-named files are replaced). */
  readonly force?: boolean
}

export interface CheckoutResult {
  readonly manifest: Manifest
  readonly directory: string
  /** Absolute paths of the model's files, in manifest order (the manifest file not included). */
  readonly files: string[]
  readonly manifestPath: string
}

/**
 * A version's files in `destination`, each sha256-verified while it streams, then the manifest
 * beside them. A non-empty directory is refused unless forced: a deploy step must not ship a mix
 * of two versions.
 */
export async function checkoutVersion(
  store: BlobStore,
  manifest: Manifest,
  destination: string,
  options: CheckoutOptions = {}
): Promise<CheckoutResult> {
  const directory = path.resolve(destination)
  if (manifest.files.some((file) => file.path === CHECKOUT_MANIFEST_FILE)) {
    throw new ConfigurationError(
      `${manifest.name}/${manifest.version} has a file named ${CHECKOUT_MANIFEST_FILE}, which is where its manifest goes; download it with ModelRegistry.download instead`,
      'ref'
    )
  }
  const existing = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    if (error.code === 'ENOTDIR') {
      throw new ConfigurationError(`${directory} is a file, not a directory`, 'to')
    }
    throw error
  })
  if (existing.length > 0 && !options.force) {
    throw new ConfigurationError(
      `${directory} is not empty (${existing.length} entr${existing.length === 1 ? 'y' : 'ies'}); choose an empty directory or pass --force to write into it`,
      'to'
    )
  }
  await mkdir(directory, { recursive: true })
  const manifestPath = path.join(directory, CHECKOUT_MANIFEST_FILE)
  // A forced re-download must not leave the old manifest vouching for files being replaced.
  await rm(manifestPath, { force: true })
  const { files } = await downloadVersion(store, manifest, directory)
  const temp = `${manifestPath}.${randomBytes(6).toString('hex')}.partial`
  await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' })
  await rename(temp, manifestPath)
  return { manifest, directory, files, manifestPath }
}
