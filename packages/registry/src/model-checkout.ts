import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { BlobStore } from './blob-store.js'
import { CHECKOUT_MANIFEST_FILE, type Manifest } from './manifest.js'
import { downloadVersion, isStagedPath, stagedPath } from './version-download.js'

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
 * of two versions. A directory holding only this version's files (a checkout killed part-way, or
 * a complete one run again) is written over, and staged files an interrupted download left are
 * removed, so a re-run completes and the directory ends as exactly the version.
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
  const existing = await existingFiles(directory)
  const staged = existing.filter(isStagedPath)
  const others = existing.filter((file) => !isStagedPath(file))
  if (others.length > 0 && !options.force && !(await isSameVersion(directory, others, manifest))) {
    throw new ConfigurationError(
      `${directory} is not empty (${others.length} entr${others.length === 1 ? 'y' : 'ies'}); choose an empty directory or pass --force to write into it`,
      'to'
    )
  }
  // Staged files of a checkout killed before its renames would otherwise stay beside the model.
  await Promise.all(staged.map((file) => rm(path.join(directory, file), { force: true })))
  await mkdir(directory, { recursive: true })
  const manifestPath = path.join(directory, CHECKOUT_MANIFEST_FILE)
  // A forced re-download must not leave the old manifest vouching for files being replaced.
  await rm(manifestPath, { force: true })
  const { files } = await downloadVersion(store, manifest, directory)
  const temp = stagedPath(manifestPath)
  await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' })
  await rename(temp, manifestPath)
  return { manifest, directory, files, manifestPath }
}

/** Files under `directory`, relative and `/`-separated; none when it does not exist. */
async function existingFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      if (error.code === 'ENOTDIR') {
        throw new ConfigurationError(`${directory} is a file, not a directory`, 'to')
      }
      throw error
    }
  )
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
}

/**
 * Only this version's own files (and its manifest, if it got that far): an earlier checkout of
 * the same version, killed or complete, which a re-run may write over without mixing versions.
 */
async function isSameVersion(
  directory: string,
  files: readonly string[],
  manifest: Manifest
): Promise<boolean> {
  const own = new Set(manifest.files.map((file) => file.path))
  if (!files.every((file) => own.has(file) || file === CHECKOUT_MANIFEST_FILE)) return false
  if (!files.includes(CHECKOUT_MANIFEST_FILE)) return true
  const text = await readFile(path.join(directory, CHECKOUT_MANIFEST_FILE), 'utf8')
  try {
    const earlier = JSON.parse(text) as Partial<Manifest>
    return earlier.name === manifest.name && earlier.version === manifest.version
  } catch {
    return false
  }
}
