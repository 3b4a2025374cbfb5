import * as cache from '@actions/cache'
import type { DataCache } from './data-cache.js'

/** @actions/cache behind the DataCache seam; the body decides what a failure means. */
export const actionsDataCache: DataCache = {
  available: () => cache.isFeatureAvailable(),
  restore: (paths, primaryKey, restoreKeys) => cache.restoreCache(paths, primaryKey, restoreKeys),
  save: async (paths, key) => {
    await cache.saveCache(paths, key)
  }
}
