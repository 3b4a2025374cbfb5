export const id = 349;
export const ids = [349];
export const modules = {

/***/ 31349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   noDataCache: () => (/* binding */ noDataCache),
/* harmony export */   planCacheKey: () => (/* binding */ planCacheKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
function planCacheKey(paths, explicitKey, runnerOs, manifestDigestBefore) {
    if (explicitKey !== '') {
        const key = sanitizeKey(explicitKey);
        return { primaryKey: key, restoreKeys: [], keyFor: () => key, contentAddressed: false };
    }
    const pathsHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(paths.join('\n')).digest('hex').slice(0, 12);
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
function sanitizeKey(key) {
    const cleaned = key.replace(/,/g, '-');
    if (cleaned.length <= 512)
        return cleaned;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(cleaned).digest('hex');
    return `${cleaned.slice(0, 512 - 65)}-${digest}`;
}


/***/ })

};
