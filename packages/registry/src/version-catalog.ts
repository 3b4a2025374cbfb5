import { ConfigurationError } from '@ml-actions/core/errors'
import { readJson, type BlobInfo, type BlobStore } from './blob-store.js'
import { IntegrityError } from './errors.js'
import { layout, MODELS_PREFIX, parseVersionKey } from './layout.js'
import { manifestProblems, type Manifest } from './manifest.js'

export interface VersionScan {
  /** Versions with a manifest, ascending: the only ones readers ever see. */
  committed: number[]
  /** Claims whose manifest never arrived: an upload in flight, or one that died. */
  uncommittedClaims: BlobInfo[]
  /** Highest number claimed or committed; the next registration tries one above it. */
  highest: number
}

export async function scanVersions(store: BlobStore, name: string): Promise<VersionScan> {
  const claims = new Map<number, BlobInfo>()
  const manifests = new Set<number>()
  for await (const info of store.list(layout.versions(name))) {
    const parsed = parseVersionKey(name, info.key)
    if (!parsed) continue
    if (parsed.file === 'manifest.json') manifests.add(parsed.version)
    else if (parsed.file === 'claim.json') claims.set(parsed.version, info)
  }
  const committed = [...manifests].sort((a, b) => a - b)
  const uncommittedClaims = [...claims.entries()]
    .filter(([version]) => !manifests.has(version))
    .sort(([a], [b]) => a - b)
    .map(([, info]) => info)
  const highest = Math.max(0, ...manifests, ...claims.keys())
  return { committed, uncommittedClaims, highest }
}

export async function readManifest(
  store: BlobStore,
  name: string,
  version: number
): Promise<Manifest | null> {
  const key = layout.manifest(name, version)
  if (!(await store.head(key))) return null
  const value = await readJson<unknown>(store, key)
  const problems = manifestProblems(value, name, version)
  if (problems.length > 0) {
    throw new IntegrityError(
      `Manifest ${store.location}/${key} is invalid: ${problems.join('; ')}`,
      key
    )
  }
  return value as Manifest
}

export async function requireManifest(
  store: BlobStore,
  name: string,
  version: number,
  input = 'version'
): Promise<Manifest> {
  const manifest = await readManifest(store, name, version)
  if (!manifest) {
    throw new ConfigurationError(
      `Model "${name}" has no version ${version} in the registry ${store.location}`,
      input
    )
  }
  return manifest
}

export async function listModelNames(store: BlobStore): Promise<string[]> {
  const names = new Set<string>()
  for await (const info of store.list(MODELS_PREFIX)) {
    const name = info.key.slice(MODELS_PREFIX.length).split('/')[0]
    if (name) names.add(name)
  }
  return [...names].sort()
}
