"use strict";
exports.id = 1130;
exports.ids = [1130,2574,193];
exports.modules = {

/***/ 21130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BASELINE_SOURCES: () => (/* binding */ BASELINE_SOURCES),
/* harmony export */   COMMENT_MODES: () => (/* binding */ COMMENT_MODES),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   RUN_MODES: () => (/* binding */ RUN_MODES),
/* harmony export */   compareMetricsAction: () => (/* binding */ compareMetricsAction)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);

const BASELINE_SOURCES = ['auto', 'file', 'registry', 'artifact', 'none'];
const RUN_MODES = ['merge', 'per-file'];
const FAIL_ON = ['regression', 'inconclusive', 'never'];
const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'];
const compareMetricsAction = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'compare-metrics',
    inputs: {
        candidate: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        baseline: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(RUN_MODES, { default: 'merge' }),
        'baseline-source': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(BASELINE_SOURCES, {
            default: 'auto'
        }),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-alias': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'production' }),
        'registry-metrics-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'artifact-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'ml-metrics' }),
        'baseline-branch': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'upload-artifact': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        rules: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'candidate-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        statistics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'positive-class': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        alpha: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 1e-12, max: 0.5 }),
        seed: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '20240601', integer: true, min: 0, max: 4294967295 }),
        resamples: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '10000', integer: true, min: 100, max: 1_000_000 }),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, { default: 'regression' }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMMENT_MODES, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'Metrics comparison' }),
        'max-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '200', integer: true, min: 1, max: 100_000 }),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '4', integer: true, min: 1, max: 17 }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        history: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'candidate-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        report: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'result',
        'regressed',
        'improved',
        'counts',
        'baseline-source',
        'report-path',
        'comment-id',
        'comment-url',
        'comment-status'
    ]
});


/***/ }),

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(definition) {
    return definition;
}


/***/ }),

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