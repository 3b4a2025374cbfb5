"use strict";
exports.id = 6875;
exports.ids = [6875];
exports.modules = {

/***/ 96875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsDataCache: () => (/* binding */ actionsDataCache)
/* harmony export */ });
// Loaded on first use: @actions/cache brings an HTTP stack and storage clients that a step
// without cache-paths should not pay for at start-up.
const actionsCache = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1955), __webpack_require__.e(3756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
/** @actions/cache behind the DataCache seam; the body decides what a failure means. */
const actionsDataCache = {
    available: async () => (await actionsCache()).isFeatureAvailable(),
    restore: async (paths, primaryKey, restoreKeys) => (await actionsCache()).restoreCache(paths, primaryKey, restoreKeys),
    save: async (paths, key) => {
        await (await actionsCache()).saveCache(paths, key);
    }
};


/***/ })

};
;