import { jsonBytes } from './blob-store.js'
import { sha256Hex } from './sha256-stream.js'
import type { Lineage } from './lineage.js'

export const MANIFEST_SCHEMA_VERSION = 1
export const MANIFEST_KIND = 'ml-actions/model-version'

/** A downloaded version's manifest, written beside its files last: all of them verified. */
export const CHECKOUT_MANIFEST_FILE = 'manifest.json'

export interface ManifestFile {
  /** Relative, `/`-separated path inside the model; where `download` writes it. */
  path: string
  sha256: string
  size: number
}

export interface Manifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION
  kind: typeof MANIFEST_KIND
  name: string
  version: number
  createdAt: string
  files: ManifestFile[]
  /** sha256 over the sorted file list: equal for two versions with identical files. */
  contentDigest: string
  metrics: Record<string, unknown>
  lineage: Lineage
  /**
   * The per-sample predictions the version was evaluated with (one file, as compare-metrics reads
   * it): a later comparison with this version as baseline pairs its own predictions with these.
   * Outside `files` and `contentDigest`: they describe an evaluation, not the model a download
   * deploys.
   */
  predictions?: ManifestFile
  idempotencyToken?: string
}

export function contentDigestOf(files: readonly ManifestFile[]): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256} ${file.size} ${file.path}\n`)
  return sha256Hex(lines.join(''))
}

/** sha256 of the manifest exactly as stored: what a report cites as the digest of a version. */
export function manifestSha256(manifest: Manifest): string {
  return sha256Hex(jsonBytes(manifest))
}

/**
 * A manifest path must stay inside the download directory whatever the registry contains: the
 * bucket may be writable by more people than the machine that downloads.
 */
export function isSafeRelativePath(candidate: string): boolean {
  if (candidate === '' || candidate.startsWith('/') || candidate.includes('\\')) return false
  if (/^[A-Za-z]:/.test(candidate) || candidate.includes('\0')) return false
  return candidate
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/** Structural problems of a stored manifest; empty when it is sound. */
export function manifestProblems(value: unknown, name: string, version: number): string[] {
  if (typeof value !== 'object' || value === null) return ['manifest is not a JSON object']
  const manifest = value as Partial<Manifest>
  const problems: string[] = []
  if (manifest.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    problems.push(`unsupported schemaVersion ${String(manifest.schemaVersion)}`)
  }
  if (manifest.name !== name)
    problems.push(`name is "${String(manifest.name)}", expected "${name}"`)
  if (manifest.version !== version) {
    problems.push(`version is ${String(manifest.version)}, expected ${version}`)
  }
  if (!Array.isArray(manifest.files) || manifest.files.length === 0) {
    problems.push('files is missing or empty')
    return problems
  }
  for (const file of manifest.files) {
    if (typeof file?.path !== 'string' || !isSafeRelativePath(file.path)) {
      problems.push(`file path ${JSON.stringify(file?.path)} is not a safe relative path`)
    }
    if (typeof file?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      problems.push(`file ${String(file?.path)} has no valid sha256`)
    }
    if (!Number.isSafeInteger(file?.size) || file.size < 0) {
      problems.push(`file ${String(file?.path)} has no valid size`)
    }
  }
  if (manifest.predictions !== undefined) {
    const predictions = manifest.predictions as Partial<ManifestFile> | null
    if (
      typeof predictions?.path !== 'string' ||
      !isSafeRelativePath(predictions.path) ||
      typeof predictions.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(predictions.sha256) ||
      !Number.isSafeInteger(predictions.size) ||
      (predictions.size ?? -1) < 0
    ) {
      problems.push('predictions is not a file entry with a safe path, a sha256 and a size')
    }
  }
  if (problems.length === 0 && manifest.contentDigest !== contentDigestOf(manifest.files)) {
    problems.push('contentDigest does not match the file list')
  }
  return problems
}
