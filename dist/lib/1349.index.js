"use strict";
exports.id = 1349;
exports.ids = [1349];
exports.modules = {

/***/ 31349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   noDataCache: () => (/* binding */ noDataCache),
/* harmony export */   planCacheKey: () => (/* binding */ planCacheKey)
/* harmony export */ });
const noDataCache = {
    available: () => Promise.resolve(false),
    restore: () => Promise.resolve(undefined),
    save: () => Promise.resolve()
};
/**
 * With an explicit key the cache behaves like actions/cache. Without one the key is
 * `ml-data-<os>-<paths hash>-<manifest digest>`: the newest copy of these paths is restored by
 * prefix, and a new entry is saved only when the command changed the files.
 */
async function planCacheKey(paths, explicitKey, runnerOs, manifestDigestBefore) {
    if (explicitKey !== '') {
        const key = await sanitizeKey(explicitKey);
        return { primaryKey: key, restoreKeys: [], keyFor: () => key, contentAddressed: false };
    }
    const pathsHash = (await sha256Hex(paths.join('\n'))).slice(0, 12);
    const prefix = `ml-data-${runnerOs.toLowerCase() || 'unknown'}-${pathsHash}-`;
    const keyFor = (digest) => `${prefix}${digest.slice(0, 32)}`;
    return {
        primaryKey: keyFor(manifestDigestBefore),
        restoreKeys: [prefix],
        keyFor,
        contentAddressed: true
    };
}
/** Cache keys may not contain commas and are limited to 512 characters. */
async function sanitizeKey(key) {
    const cleaned = key.replace(/,/g, '-');
    if (cleaned.length <= 512)
        return cleaned;
    return `${cleaned.slice(0, 512 - 65)}-${await sha256Hex(cleaned)}`;
}
/** node:crypto loads here, for steps with cache-paths only, not at every step's start-up. */
async function sha256Hex(text) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    return createHash('sha256').update(text).digest('hex');
}


/***/ })

};
;