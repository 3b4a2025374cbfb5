"use strict";
exports.id = 2574;
exports.ids = [2574,193];
exports.modules = {

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony export S3_PATH_STYLES */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
const registryInputs = {
    registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry' }),
    's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, { default: 'auto' })
};
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}


/***/ })

};
;