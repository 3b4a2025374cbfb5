import type { Logger } from '@ml-actions/action-kit'
import type { DataCache } from './data-cache.js'
import { planCacheKey, type CacheKeyPlan } from './data-cache.js'
import type { DataManifest } from './data-manifest.js'
import type { CacheSummary } from './train-evaluate-report.js'

export interface RestoredCache {
  readonly plan?: CacheKeyPlan
  readonly restoredKey?: string
  readonly summary: CacheSummary
}

export interface CacheRequest {
  readonly paths: readonly string[]
  readonly key: string
  readonly workingDirectory: string
  readonly runnerOs: string
  readonly cache: DataCache
  readonly log: Logger
}

/** Cache failures never fail the step: a restore that fails is a miss, a failed save a warning. */
export async function restoreDataCache(request: CacheRequest): Promise<RestoredCache> {
  if (request.paths.length === 0) return { summary: { status: 'skipped' } }
  if (!(await request.cache.available())) {
    const note =
      'skipped: no GitHub Actions cache service here (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset).'
    request.log.info(`Data cache ${note}`)
    return { summary: { status: 'skipped', note } }
  }
  const before = await manifestOf(request)
  const plan = await planCacheKey(request.paths, request.key, request.runnerOs, before.digest)
  const paths = absolutePaths(request)
  try {
    const restoredKey = await request.cache.restore(paths, plan.primaryKey, plan.restoreKeys)
    request.log.info(
      restoredKey
        ? `Data cache restored from ${restoredKey}`
        : `Data cache miss for ${plan.primaryKey}`
    )
    return {
      plan,
      ...(restoredKey ? { restoredKey } : {}),
      summary: restoredKey
        ? { status: 'restored', key: plan.primaryKey, restoredKey }
        : { status: 'miss', key: plan.primaryKey }
    }
  } catch (error) {
    const note = `restore failed, continuing without it: ${(error as Error).message}`
    request.log.warning(`Data cache ${note}`)
    return { plan, summary: { status: 'failed', key: plan.primaryKey, note } }
  }
}

/**
 * After a successful command: a hit when the restored entry already holds exactly these files,
 * otherwise the files are saved under their key.
 */
export async function saveDataCache(
  request: CacheRequest,
  restored: RestoredCache
): Promise<CacheSummary> {
  if (request.paths.length === 0) return restored.summary
  const after = await manifestOf(request)
  const withDigest = { ...restored.summary, dataDigest: after.digest }
  const plan = restored.plan
  if (!plan) return withDigest
  const key = plan.keyFor(after.digest)
  if (restored.restoredKey === key) return { ...withDigest, status: 'hit', key, saved: false }
  if (after.files.length === 0) {
    return {
      ...withDigest,
      key,
      saved: false,
      note: 'nothing to save: the cache paths hold no files.'
    }
  }
  try {
    await request.cache.save(absolutePaths(request), key)
    request.log.info(`Data cache saved as ${key}`)
    return { ...withDigest, key, saved: true }
  } catch (error) {
    const note = `save failed (the step still succeeds): ${(error as Error).message}`
    request.log.warning(`Data cache ${note}`)
    return { ...withDigest, key, saved: false, note }
  }
}

// Hashing the cached files (glob expansion, file digests) loads only for steps with cache-paths.
async function manifestOf(request: CacheRequest): Promise<DataManifest> {
  const { dataManifest } = await import('./data-manifest.js')
  return dataManifest(request.paths, request.workingDirectory)
}

function absolutePaths(request: CacheRequest): string[] {
  // @actions/cache resolves relative paths against the process cwd, not the working directory.
  return request.paths.map((entry) =>
    entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)
      ? entry
      : `${request.workingDirectory.replace(/[\\/]+$/, '')}/${entry}`
  )
}
