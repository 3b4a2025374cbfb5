"use strict";
exports.id = 9667;
exports.ids = [9667];
exports.modules = {

/***/ 9667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectGarbage: () => (/* binding */ collectGarbage),
/* harmony export */   x: () => (/* binding */ DEFAULT_GC_GRACE_PERIOD_MS)
/* harmony export */ });
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50687);
/* harmony import */ var _version_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86311);


const DEFAULT_GC_GRACE_PERIOD_MS = 24 * 60 * 60 * 1000;
async function collectGarbage(store, options, now) {
    const dryRun = options.dryRun ?? false;
    const gracePeriodMs = options.gracePeriodMs ?? DEFAULT_GC_GRACE_PERIOD_MS;
    const cutoff = now().getTime() - gracePeriodMs;
    const report = {
        dryRun,
        removedClaims: [],
        removedBlobs: [],
        removedPartials: [],
        freedBytes: 0
    };
    const referenced = new Set();
    for (const model of await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .listModelNames */ .Y_)(store)) {
        const { committed, uncommittedClaims } = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .scanVersions */ .Fy)(store, model);
        for (const claim of uncommittedClaims) {
            if (claim.lastModified.getTime() > cutoff)
                continue;
            report.removedClaims.push(claim.key);
            if (!dryRun)
                await store.delete(claim.key);
        }
        for (const version of committed) {
            const manifest = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(store, model, version);
            for (const file of manifest?.files ?? [])
                referenced.add(file.sha256);
            if (manifest?.predictions)
                referenced.add(manifest.predictions.sha256);
        }
    }
    for await (const blob of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOBS_PREFIX */ .mk)) {
        const sha256 = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBlobKey */ .QK)(blob.key);
        if (sha256 !== null && referenced.has(sha256))
            continue;
        if (blob.lastModified.getTime() > cutoff)
            continue;
        report.removedBlobs.push(blob.key);
        report.freedBytes += blob.size;
        if (!dryRun)
            await store.delete(blob.key);
    }
    report.removedPartials = (await store.sweepInterruptedWrites?.(gracePeriodMs, dryRun)) ?? [];
    return report;
}


/***/ })

};
;