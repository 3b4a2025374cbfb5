import type { DataCache } from './data-cache.js'

// Loaded on first use: @actions/cache brings an HTTP stack and storage clients that a step
// without cache-paths should not pay for at start-up.
const actionsCache = () => import('@actions/cache')

/** @actions/cache behind the DataCache seam; the body decides what a failure means. */
export const actionsDataCache: DataCache = {
  available: async () => (await actionsCache()).isFeatureAvailable(),
  restore: async (paths, primaryKey, restoreKeys) =>
    (await actionsCache()).restoreCache(paths, primaryKey, restoreKeys),
  save: async (paths, key) => {
    await (await actionsCache()).saveCache(paths, key)
  }
}
