import type { BlobStore } from './blob-store.js'
import { BLOBS_PREFIX, parseBlobKey } from './layout.js'
import { listModelNames, readManifest, scanVersions } from './version-catalog.js'

export const DEFAULT_GC_GRACE_PERIOD_MS = 24 * 60 * 60 * 1000

export interface GcOptions {
  dryRun?: boolean
  /**
   * Younger debris may belong to a registration still in flight (blobs are uploaded before the
   * claim, the claim before the manifest), so only older debris is removed.
   */
  gracePeriodMs?: number
}

export interface GcReport {
  dryRun: boolean
  removedClaims: string[]
  removedBlobs: string[]
  removedPartials: string[]
  freedBytes: number
}

export async function collectGarbage(
  store: BlobStore,
  options: GcOptions,
  now: () => Date
): Promise<GcReport> {
  const dryRun = options.dryRun ?? false
  const gracePeriodMs = options.gracePeriodMs ?? DEFAULT_GC_GRACE_PERIOD_MS
  const cutoff = now().getTime() - gracePeriodMs
  const report: GcReport = {
    dryRun,
    removedClaims: [],
    removedBlobs: [],
    removedPartials: [],
    freedBytes: 0
  }
  const referenced = new Set<string>()
  for (const model of await listModelNames(store)) {
    const { committed, uncommittedClaims } = await scanVersions(store, model)
    for (const claim of uncommittedClaims) {
      if (claim.lastModified.getTime() > cutoff) continue
      report.removedClaims.push(claim.key)
      if (!dryRun) await store.delete(claim.key)
    }
    for (const version of committed) {
      const manifest = await readManifest(store, model, version)
      for (const file of manifest?.files ?? []) referenced.add(file.sha256)
      if (manifest?.predictions) referenced.add(manifest.predictions.sha256)
    }
  }
  for await (const blob of store.list(BLOBS_PREFIX)) {
    const sha256 = parseBlobKey(blob.key)
    if (sha256 !== null && referenced.has(sha256)) continue
    if (blob.lastModified.getTime() > cutoff) continue
    report.removedBlobs.push(blob.key)
    report.freedBytes += blob.size
    if (!dryRun) await store.delete(blob.key)
  }
  report.removedPartials = (await store.sweepInterruptedWrites?.(gracePeriodMs, dryRun)) ?? []
  return report
}
