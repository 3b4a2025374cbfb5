import { ConfigurationError } from '@ml-actions/core/errors'
import { jsonBytes, readJson, type BlobStore } from './blob-store.js'
import { layout } from './layout.js'
import type { Lineage } from './lineage.js'
import {
  contentDigestOf,
  MANIFEST_KIND,
  MANIFEST_SCHEMA_VERSION,
  type Manifest,
  type ManifestFile
} from './manifest.js'
import { collectModelFiles, type ModelFile, type ModelFileSource } from './model-files.js'
import { appendEvent } from './registry-events.js'
import { BufferPool } from './buffer-pool.js'
import { DIGEST_CHUNK_BYTES, digestStream, sha256Hex, verifiedChunks } from './sha256-stream.js'
import { readManifest, scanVersions } from './version-catalog.js'

export interface RegisterOptions {
  metrics?: Record<string, unknown>
  lineage?: Lineage
  /**
   * Identity of the producing CI execution (e.g. `repo:runId:attempt`): registering the same
   * content again under the same key returns the version created the first time.
   */
  idempotencyKey?: string
  actor?: string
  /** Base for relative file paths. */
  cwd?: string
  /**
   * One file of per-sample evaluation predictions, stored as a blob like the model files and named
   * in the manifest's `predictions` (not in `files`: a download deploys the model alone).
   */
  predictions?: ModelFileSource
}

export interface RegisterResult {
  manifest: Manifest
  /** False when an earlier registration with the same key and content was returned. */
  created: boolean
}

interface IdempotencyEntry {
  version: number
}

const MAX_CLAIM_ATTEMPTS = 1000

/**
 * Order matters for crash safety: blobs first (content-addressed, harmless if orphaned), then a
 * create-only claim of the version number, then the manifest as the single commit point. A
 * process killed anywhere before the manifest leaves nothing that readers see, only debris for
 * `gc`.
 */
export async function registerModelVersion(
  store: BlobStore,
  name: string,
  sources: readonly ModelFileSource[],
  options: RegisterOptions,
  now: () => Date
): Promise<RegisterResult> {
  const modelFiles = await collectModelFiles(sources, options.cwd ?? process.cwd())
  const digests = new Map<string, ManifestFile>()
  const pool = new BufferPool()
  for (const file of modelFiles) {
    const digest = await digestStream(file.chunks(DIGEST_CHUNK_BYTES, pool), pool)
    digests.set(file.name, { path: file.name, ...digest })
  }
  const files = modelFiles.map((file) => digests.get(file.name) as ManifestFile)
  const predictions =
    options.predictions === undefined
      ? undefined
      : await collectPredictionsFile(options.predictions, options.cwd ?? process.cwd())
  const predictionsEntry: ManifestFile | undefined = predictions && {
    path: predictions.name,
    ...(await digestStream(predictions.chunks(DIGEST_CHUNK_BYTES, pool), pool))
  }
  const contentDigest = contentDigestOf(files)
  const idempotencyToken =
    options.idempotencyKey === undefined
      ? undefined
      : idempotencyTokenOf(options.idempotencyKey, contentDigest, predictionsEntry)

  if (idempotencyToken) {
    const existing = await findIdempotentVersion(store, name, idempotencyToken)
    if (existing) return { manifest: existing, created: false }
  }

  for (const file of modelFiles)
    await uploadBlob(store, file, digests.get(file.name) as ManifestFile)
  if (predictions && predictionsEntry) await uploadBlob(store, predictions, predictionsEntry)

  const createdAt = now().toISOString()
  const version = await claimNextVersion(store, name, createdAt, idempotencyToken)
  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    kind: MANIFEST_KIND,
    name,
    version,
    createdAt,
    files,
    contentDigest,
    metrics: options.metrics ?? {},
    lineage: options.lineage ?? {},
    ...(predictionsEntry ? { predictions: predictionsEntry } : {}),
    ...(idempotencyToken ? { idempotencyToken } : {})
  }
  // The idempotency record goes before the manifest: it counts only once the manifest it names
  // carries its token, and a run killed between the two would otherwise register a duplicate.
  if (idempotencyToken) {
    await store.put(layout.idempotency(name, idempotencyToken), jsonBytes({ version }))
  }
  if (!(await store.putIfAbsent(layout.manifest(name, version), jsonBytes(manifest)))) {
    throw new Error(
      `Version ${version} of "${name}" was committed by another writer although this one claimed it; ` +
        `the store ${store.location} does not honour create-only writes, or gc removed a claim that was still in use`
    )
  }
  await appendEvent(store, {
    schemaVersion: 1,
    kind: 'ml-actions/registry-event',
    type: 'register',
    model: name,
    version,
    time: createdAt,
    ...((options.actor ?? options.lineage?.ci?.actor)
      ? { actor: options.actor ?? options.lineage?.ci?.actor }
      : {}),
    ...(options.lineage?.ci?.runUrl ? { runUrl: options.lineage.ci.runUrl } : {})
  })
  return { manifest, created: true }
}

async function collectPredictionsFile(source: ModelFileSource, cwd: string): Promise<ModelFile> {
  const found = await collectModelFiles([source], cwd).catch((error: unknown) => {
    if (error instanceof ConfigurationError)
      throw new ConfigurationError(
        `predictions: ${error.message.replace(/^Model (file|directory)/, 'Predictions $1')}`,
        'predictions'
      )
    throw error
  })
  const [file] = found
  if (found.length !== 1 || !file) {
    throw new ConfigurationError(
      `predictions must be one file (as compare-metrics reads it), got ${found.length}: ${found
        .slice(0, 5)
        .map((one) => one.name)
        .join(', ')}`,
      'predictions'
    )
  }
  return file
}

/**
 * The key and everything the version records as evaluated: the model files and, when given, the
 * predictions (a re-run that changed only the predictions is a new evaluation, so a new version
 * whose statistics a comparison recomputes). Without predictions the token is the one versions
 * registered before predictions existed carry.
 */
function idempotencyTokenOf(
  key: string,
  contentDigest: string,
  predictions: ManifestFile | undefined
): string {
  const predictionsLine = predictions ? `\npredictions ${predictions.sha256}` : ''
  return sha256Hex(`${key}\n${contentDigest}${predictionsLine}`)
}

async function findIdempotentVersion(
  store: BlobStore,
  name: string,
  token: string
): Promise<Manifest | null> {
  const key = layout.idempotency(name, token)
  if (!(await store.head(key))) return null
  const { version } = await readJson<IdempotencyEntry>(store, key)
  const manifest = await readManifest(store, name, version)
  return manifest?.idempotencyToken === token ? manifest : null
}

async function uploadBlob(store: BlobStore, file: ModelFile, digest: ManifestFile): Promise<void> {
  const key = layout.blob(digest.sha256)
  const existing = await store.head(key)
  if (existing?.size === digest.size) return
  // The content address was computed by an earlier read: hashing again as the bytes go out catches
  // a file that changed in between, before the store commits it under an address it does not have.
  const body = {
    chunks: (chunkBytes: number, pool?: BufferPool) =>
      verifiedChunks(
        file.chunks(chunkBytes, pool),
        digest,
        file.origin,
        'changed while it was being uploaded'
      )
  }
  await store.put(key, body, { size: digest.size })
}

async function claimNextVersion(
  store: BlobStore,
  name: string,
  claimedAt: string,
  idempotencyToken: string | undefined
): Promise<number> {
  let candidate = (await scanVersions(store, name)).highest + 1
  for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++, candidate++) {
    const claim = { schemaVersion: 1, model: name, version: candidate, claimedAt, idempotencyToken }
    if (await store.putIfAbsent(layout.claim(name, candidate), jsonBytes(claim))) return candidate
  }
  throw new Error(
    `Could not claim a version number for "${name}" after ${MAX_CLAIM_ATTEMPTS} attempts`
  )
}
