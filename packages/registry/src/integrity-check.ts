import type { BlobStore } from './blob-store.js'
import { readAliasLog, listAliasNames } from './alias-log.js'
import { layout } from './layout.js'
import { digestStream } from './sha256-stream.js'
import { listModelNames, readManifest, scanVersions } from './version-catalog.js'

export interface VerifyProblem {
  model: string
  version?: number
  alias?: string
  file?: string
  problem: string
}

export interface VerifyReport {
  ok: boolean
  models: number
  versions: number
  blobs: number
  problems: VerifyProblem[]
}

/** Re-reads everything: manifests must parse, every blob must exist and hash to its address. */
export async function verifyRegistry(store: BlobStore, onlyModel?: string): Promise<VerifyReport> {
  const models = onlyModel === undefined ? await listModelNames(store) : [onlyModel]
  const problems: VerifyProblem[] = []
  const blobVerdicts = new Map<string, Promise<string | null>>()
  let versions = 0
  for (const model of models) {
    const { committed } = await scanVersions(store, model)
    for (const version of committed) {
      versions++
      let manifest
      try {
        manifest = await readManifest(store, model, version)
      } catch (error) {
        problems.push({ model, version, problem: (error as Error).message })
        continue
      }
      if (!manifest) continue
      for (const file of manifest.predictions
        ? [...manifest.files, manifest.predictions]
        : manifest.files) {
        let verdict = blobVerdicts.get(file.sha256)
        if (!verdict) {
          verdict = checkBlob(store, file.sha256, file.size)
          blobVerdicts.set(file.sha256, verdict)
        }
        const problem = await verdict
        if (problem) problems.push({ model, version, file: file.path, problem })
      }
    }
    const committedSet = new Set(committed)
    for (const alias of await listAliasNames(store, model)) {
      for (const entry of await readAliasLog(store, model, alias)) {
        if (!committedSet.has(entry.version)) {
          problems.push({
            model,
            alias,
            version: entry.version,
            problem: `alias log entry ${entry.seq} points to version ${entry.version}, which has no manifest`
          })
        }
      }
    }
  }
  return {
    ok: problems.length === 0,
    models: models.length,
    versions,
    blobs: blobVerdicts.size,
    problems
  }
}

async function checkBlob(store: BlobStore, sha256: string, size: number): Promise<string | null> {
  const key = layout.blob(sha256)
  const info = await store.head(key)
  if (!info) return `blob ${key} is missing`
  if (info.size !== size) return `blob ${key} has ${info.size} bytes, the manifest says ${size}`
  const actual = await digestStream(await store.getStream(key))
  if (actual.sha256 !== sha256) return `blob ${key} hashes to ${actual.sha256}`
  return null
}
