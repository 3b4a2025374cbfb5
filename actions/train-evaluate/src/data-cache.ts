/** The seam to @actions/cache, so the body stays pure and tests can use an in-memory cache. */
export interface DataCache {
  /** False outside a runner that offers the cache service (the CLI, other CI systems). */
  available(): Promise<boolean>
  /** Restores the first key that exists (primary, then prefixes); returns the key restored. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

export const noDataCache: DataCache = {
  available: () => Promise.resolve(false),
  restore: () => Promise.resolve(undefined),
  save: () => Promise.resolve()
}

export interface CacheKeyPlan {
  /** Key to restore exactly. */
  readonly primaryKey: string
  /** Prefixes that may restore an older copy. */
  readonly restoreKeys: string[]
  /** The key to save under, given the data manifest digest after the command ran. */
  keyFor(manifestDigest: string): string
  /** True when the key was derived from the data manifest (content-addressed). */
  readonly contentAddressed: boolean
}

/**
 * With an explicit key the cache behaves like actions/cache. Without one the key is
 * `ml-data-<os>-<paths hash>-<manifest digest>`: the newest copy of these paths is restored by
 * prefix, and a new entry is saved only when the command changed the files.
 */
export async function planCacheKey(
  paths: readonly string[],
  explicitKey: string,
  runnerOs: string,
  manifestDigestBefore: string
): Promise<CacheKeyPlan> {
  if (explicitKey !== '') {
    const key = await sanitizeKey(explicitKey)
    return { primaryKey: key, restoreKeys: [], keyFor: () => key, contentAddressed: false }
  }
  const pathsHash = (await sha256Hex(paths.join('\n'))).slice(0, 12)
  const prefix = `ml-data-${runnerOs.toLowerCase() || 'unknown'}-${pathsHash}-`
  const keyFor = (digest: string) => `${prefix}${digest.slice(0, 32)}`
  return {
    primaryKey: keyFor(manifestDigestBefore),
    restoreKeys: [prefix],
    keyFor,
    contentAddressed: true
  }
}

/** Cache keys may not contain commas and are limited to 512 characters. */
async function sanitizeKey(key: string): Promise<string> {
  const cleaned = key.replace(/,/g, '-')
  if (cleaned.length <= 512) return cleaned
  return `${cleaned.slice(0, 512 - 65)}-${await sha256Hex(cleaned)}`
}

/** node:crypto loads here, for steps with cache-paths only, not at every step's start-up. */
async function sha256Hex(text: string): Promise<string> {
  const { createHash } = await import('node:crypto')
  return createHash('sha256').update(text).digest('hex')
}
