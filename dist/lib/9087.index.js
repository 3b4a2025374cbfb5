"use strict";
exports.id = 9087;
exports.ids = [9087];
exports.modules = {

/***/ 79087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyRegistry: () => (/* binding */ verifyRegistry)
/* harmony export */ });
/* harmony import */ var _alias_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23162);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50687);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37399);
/* harmony import */ var _version_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86311);




/** Re-reads everything: manifests must parse, every blob must exist and hash to its address. */
async function verifyRegistry(store, onlyModel) {
    const models = onlyModel === undefined ? await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .listModelNames */ .Y_)(store) : [onlyModel];
    const problems = [];
    const blobVerdicts = new Map();
    let versions = 0;
    for (const model of models) {
        const { committed } = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .scanVersions */ .Fy)(store, model);
        for (const version of committed) {
            versions++;
            let manifest;
            try {
                manifest = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(store, model, version);
            }
            catch (error) {
                problems.push({ model, version, problem: error.message });
                continue;
            }
            if (!manifest)
                continue;
            for (const file of manifest.predictions
                ? [...manifest.files, manifest.predictions]
                : manifest.files) {
                let verdict = blobVerdicts.get(file.sha256);
                if (!verdict) {
                    verdict = checkBlob(store, file.sha256, file.size);
                    blobVerdicts.set(file.sha256, verdict);
                }
                const problem = await verdict;
                if (problem)
                    problems.push({ model, version, file: file.path, problem });
            }
        }
        const committedSet = new Set(committed);
        for (const alias of await (0,_alias_log_js__WEBPACK_IMPORTED_MODULE_1__/* .listAliasNames */ .B8)(store, model)) {
            for (const entry of await (0,_alias_log_js__WEBPACK_IMPORTED_MODULE_1__/* .readAliasLog */ .Fz)(store, model, alias)) {
                if (!committedSet.has(entry.version)) {
                    problems.push({
                        model,
                        alias,
                        version: entry.version,
                        problem: `alias log entry ${entry.seq} points to version ${entry.version}, which has no manifest`
                    });
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
    };
}
async function checkBlob(store, sha256, size) {
    const key = _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Zp.blob(sha256);
    const info = await store.head(key);
    if (!info)
        return `blob ${key} is missing`;
    if (info.size !== size)
        return `blob ${key} has ${info.size} bytes, the manifest says ${size}`;
    const actual = await (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .digestStream */ .Nq)(await store.getStream(key));
    if (actual.sha256 !== sha256)
        return `blob ${key} hashes to ${actual.sha256}`;
    return null;
}


/***/ })

};
;