"use strict";
exports.id = 6802;
exports.ids = [6802];
exports.modules = {

/***/ 96802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readVersionPredictions: () => (/* binding */ readVersionPredictions)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33622);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50687);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37399);




/**
 * The evaluation predictions a version was registered with, checked against the manifest's
 * sha256 and size before anyone computes a statistic from them; undefined when it has none.
 */
async function readVersionPredictions(store, manifest) {
    const entry = manifest.predictions;
    if (!entry)
        return undefined;
    const key = _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.blob(entry.sha256);
    const bytes = await (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readBytes */ .io)(store, key);
    const actual = (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(bytes);
    if (bytes.length !== entry.size || actual !== entry.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs(`${manifest.name}/${manifest.version}: predictions ${entry.path} do not match the manifest (blob ${key} has ${bytes.length} bytes hashing to ${actual}, the manifest says ${entry.size} bytes, ${entry.sha256})`, key);
    }
    return { path: entry.path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}


/***/ })

};
;