"use strict";
exports.id = 4031;
exports.ids = [4031,349,5374,4303];
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
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

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
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
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
        correction: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'exempt-headline': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        power: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0.01, max: 0.99 }),
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

/***/ 54956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_MODES: () => (/* binding */ GATE_MODES),
/* harmony export */   deployGate: () => (/* binding */ deployGate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72496);


const GATE_MODES = ['promote', 'rollback', 'download'];
const deployGate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'deploy-gate',
    inputs: {
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ required: true }),
        candidate: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'production' }),
        mode: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(GATE_MODES, { default: 'promote' }),
        'rollback-to': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        reports: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        policy: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
        'allow-unsafe-aliases': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        deploy: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'smoke-test': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'deploy-timeout': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0, default: '900' }),
        'smoke-test-timeout': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0, default: '300' }),
        'model-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        environment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'environment-url': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'create-deployment': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        'required-contexts': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'dry-run': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'allow-untrusted-events': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        reason: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'decision-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .STICKY_COMMENT_MODES */ .xB, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'decision',
        'reasons',
        'promoted',
        'candidate-version',
        'model-version',
        'previous-version',
        'model-uri',
        'decision-ref',
        'decision-path',
        'deployment-id',
        'deployed',
        'model-directory'
    ]
});


/***/ }),

/***/ 54523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MODES: () => (/* binding */ COMMENT_MODES),
/* harmony export */   jsonToMd: () => (/* binding */ jsonToMd)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35186);

const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'];
const jsonToMd = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'json-to-md',
    inputs: {
        files: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({ required: true }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMMENT_MODES, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .writeConfinementInputs */ .jp,
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '4', integer: true, min: 1, max: 17 }),
        include: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        exclude: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'max-table-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '50', integer: true, min: 2 }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: ['markdown', 'markdown-file', 'comment-id', 'comment-url', 'comment-status']
});


/***/ }),

/***/ 94419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPARISON_MODES: () => (/* binding */ COMPARISON_MODES),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   onnxExportVerify: () => (/* binding */ onnxExportVerify)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72496);


const COMPARISON_MODES = ['allclose', 'both-exceed'];
const FAIL_ON = ['failure', 'inconclusive', 'never'];
const onnxExportVerify = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'onnx-export-verify',
    inputs: {
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ required: true }),
        'export-command': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '.' }),
        'reference-inputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'reference-outputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'reference-data': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        atol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '1e-5' }),
        rtol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '1e-3' }),
        comparison: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMPARISON_MODES, {
            default: 'allclose'
        }),
        contract: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'model-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
        'batch-check': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', integer: true, min: 0, max: 4096 }),
        'warmup-runs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '10', integer: true, min: 0 }),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '100', integer: true, min: 0, max: 1_000_000 }),
        'max-p95-ms': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0 }),
        'max-size-mb': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0 }),
        'latency-tolerance': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0.1', min: 0 }),
        'onnxruntime-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .STICKY_COMMENT_MODES */ .xB, { default: 'off' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, { default: 'failure' })
    },
    outputs: [
        'result',
        'report-path',
        'max-abs-diff',
        'p95-ms',
        'size-mb',
        'model-sha256',
        'comment-url'
    ]
});


/***/ }),

/***/ 31043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainEvaluate: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

const trainEvaluate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'train-evaluate',
    inputs: {
        run: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '.' }),
        metrics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        predictions: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        parent: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
        'allow-unsafe-aliases': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'cache-paths': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'cache-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'timeout-minutes': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', min: 0 }),
        'shard-index': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', integer: true, min: 0 }),
        'shard-count': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '1', integer: true, min: 1, max: 256 }),
        'merge-shards': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        datasets: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        frameworks: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'metrics-path',
        'report-path',
        'model-version',
        'model-uri',
        'manifest-sha256',
        'duration-seconds',
        'cache-hit',
        'exit-code'
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


/***/ }),

/***/ 49513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71588);
/* harmony import */ var _trusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);


/**
 * A collapsible block. The summary sits in raw HTML, so a plain string is HTML-escaped (markdown is
 * not parsed there). Blank lines around the body let GitHub render it as markdown.
 */
function details(summary, body, options = {}) {
    const summaryHtml = (0,_trusted_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustedMarkdown */ .N)(summary) ? summary.trustedMarkdown : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(summary);
    const tag = options.open ? '<details open>' : '<details>';
    return `${tag}<summary>${summaryHtml}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>`;
}


/***/ }),

/***/ 64469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ heading)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71588);
/* harmony import */ var _trusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);


/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
function heading(level, text) {
    if (!Number.isInteger(level) || level < 1 || level > 6) {
        throw new RangeError(`A heading level is 1 to 6, got ${level}`);
    }
    const content = (0,_trusted_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustedMarkdown */ .N)(text) ? text.trustedMarkdown : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(text);
    return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`;
}


/***/ }),

/***/ 80036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TB: () => (/* binding */ formatPlainDecimal),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   vb: () => (/* binding */ DEFAULT_SIGNIFICANT_DIGITS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PERCENT_SIGNIFICANT_DIGITS, formatSigned, formatPercentChange, formatDelta */
const DEFAULT_SIGNIFICANT_DIGITS = 4;
const DEFAULT_PERCENT_SIGNIFICANT_DIGITS = 2;
/**
 * Non-integers are written out from 0.0001 (so learning rates like 1e-4 read `0.0001`) up to, not
 * including, 1,000,000, judged after rounding; outside that range they get scientific notation
 * (`1.235e-7`, `1.235e6`). Compared as powers of ten because `10 ** -4` is not exactly 0.0001.
 */
const MIN_POSITIONAL_EXPONENT = -4;
const MAX_POSITIONAL_EXPONENT = 5;
/**
 * A number for people: significant digits, never a small value rounded to 0, integers whole
 * (no grouping, so the text can be pasted back into code), `NaN`, `∞`, `−∞`, and -0 as `0`.
 * Integers beyond 2^53 are not exact any more, so they get scientific notation like other large values.
 */
function formatNumber(value, options = {}) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return '−∞';
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    const { exponent } = rounded;
    if (exponent < MIN_POSITIONAL_EXPONENT || exponent > MAX_POSITIONAL_EXPONENT) {
        return scientific(rounded);
    }
    if (exponent >= significantDigits - 1)
        return String(Math.round(value));
    return positional(rounded);
}
/**
 * Like formatNumber but never in scientific notation, for consumers that cannot parse exponents
 * (mermaid's xychart). Non-finite values are a caller bug here.
 */
function formatPlainDecimal(value, options = {}) {
    if (!Number.isFinite(value))
        throw new RangeError(`Cannot write ${value} as a plain decimal`);
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    if (rounded.exponent >= significantDigits - 1)
        return BigInt(Math.round(value)).toString();
    return positional(rounded);
}
/** formatNumber with an explicit `+` on positive values; zero and NaN stay unsigned. */
function formatSigned(value, options = {}) {
    const text = formatNumber(value, options);
    return value > 0 ? `+${text}` : text;
}
/**
 * The change relative to `base` in percent, signed: `+1.4%`. Undefined when it has no meaning
 * (base 0 or not finite, delta NaN). The base's magnitude is used so that the sign follows the delta.
 */
function formatPercentChange(delta, base, options = {}) {
    if (base === 0 || !Number.isFinite(base) || Number.isNaN(delta))
        return undefined;
    const percent = (delta / Math.abs(base)) * 100;
    const significantDigits = options.percentSignificantDigits ?? DEFAULT_PERCENT_SIGNIFICANT_DIGITS;
    return `${formatSigned(percent, { significantDigits })}%`;
}
/** `+0.0123 (+1.4%)`; the percent part is left out when there is none (see formatPercentChange). */
function formatDelta(delta, base, options = {}) {
    const absolute = formatSigned(delta, options);
    const percent = formatPercentChange(delta, base, options);
    return percent === undefined ? absolute : `${absolute} (${percent})`;
}
function checkSignificantDigits(requested) {
    const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS;
    if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
        throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`);
    }
    return digits;
}
function roundToSignificant(value, significantDigits) {
    // toExponential rounds the exact binary value once, so every notation below shows the same digits.
    const [mantissa = '0', exponent = '0'] = Math.abs(value)
        .toExponential(significantDigits - 1)
        .split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    return { negative: value < 0, digits, exponent: Number(exponent) };
}
function scientific({ negative, digits, exponent }) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${negative ? '-' : ''}${mantissa}e${exponent}`;
}
function positional({ negative, digits, exponent }) {
    const sign = negative ? '-' : '';
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
}


/***/ }),

/***/ 54076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * YAML text to a plain value. Syntax errors and the parser's resource limits (an alias bomb stops at
 * `maxAliasCount`, deep nesting at the stack) are the author's to fix, so both become a
 * `ConfigurationError` that starts with `failure` and gives the position where the parser has one.
 * The parser is loaded on first use: a step that reads no YAML does not pay for it at start-up.
 */
async function parseYamlText(text, options) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const error = document.errors[0];
    if (error !== undefined) {
        const position = error.linePos?.[0];
        const where = position ? ` at line ${position.line}, column ${position.col}` : '';
        // With prettyErrors the first line ends in the position, which `where` already gives.
        const firstLine = error.message.split('\n')[0] ?? error.message;
        const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${options.failure}${where}: ${reason}`, options.input);
    }
    try {
        return document.toJS({ mapAsMap: options.mapAsMap ?? false });
    }
    catch (thrown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${options.failure}: ${limitReason(thrown)}`, options.input);
    }
}
function limitReason(thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    if (/alias count/i.test(message)) {
        return 'its aliases expand too far (an alias bomb); use fewer `*alias` references';
    }
    if (thrown instanceof RangeError)
        return 'it is nested too deeply to read';
    return message;
}


/***/ }),

/***/ 72496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gP: () => (/* binding */ findOwnComments),
/* harmony export */   ko: () => (/* binding */ planStickyComment),
/* harmony export */   xB: () => (/* binding */ STICKY_COMMENT_MODES)
/* harmony export */ });
const STICKY_COMMENT_MODES = [
    'upsert',
    'recreate',
    'append',
    'hide-old',
    'delete',
    'off'
];
/**
 * Ours = authored by the token's identity and carrying the exact marker; everything else is never touched.
 * Oldest first, because the oldest of several is the one that wins.
 */
function findOwnComments(comments, marker, identity) {
    const login = identity.toLowerCase();
    return comments
        .filter((c) => c.authorLogin.toLowerCase() === login && c.body.includes(marker))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Decides what to create, update, delete or hide; no I/O, so every mode is testable from a list. */
function planStickyComment(input) {
    const ours = findOwnComments(input.comments, input.marker, input.identity);
    const [oldest, ...newer] = ours;
    switch (input.mode) {
        case 'delete':
            return { remove: ours, hide: [] };
        case 'recreate':
            return { create: input.compose(input.content), remove: ours, hide: [] };
        case 'hide-old':
            return { create: input.compose(input.content), remove: [], hide: ours };
        case 'append':
        case 'upsert': {
            if (!oldest)
                return { create: input.compose(input.content), remove: [], hide: [] };
            const content = input.mode === 'append'
                ? `${contentWithoutMarker(oldest.body, input.marker)}\n\n${input.content}`
                : input.content;
            const body = input.compose(content);
            if (sameText(body, oldest.body))
                return { unchanged: oldest, remove: newer, hide: [] };
            return { update: { comment: oldest, body }, remove: newer, hide: [] };
        }
    }
}
function contentWithoutMarker(body, marker) {
    return body.split(marker).join('').replace(/\s+$/, '');
}
/** GitHub may hand back CRLF line ends for bodies edited in the browser. */
function sameText(a, b) {
    return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}


/***/ }),

/***/ 83949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   pipeline: () => (/* binding */ pipeline)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72496);


const DEFAULT_CONFIG_PATH = '.github/ml-actions.yml';
const pipeline = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'ml-actions',
    inputs: {
        config: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: DEFAULT_CONFIG_PATH }),
        steps: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '.' }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .STICKY_COMMENT_MODES */ .xB, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'result',
        'failed-step',
        'markdown',
        'markdown-file',
        'comment-id',
        'comment-url',
        'comment-status',
        'model-version',
        'decision',
        'step-outputs'
    ]
});


/***/ }),

/***/ 39442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ createPipelineBody)
});

// UNUSED EXPORTS: COMBINED_REPORT_FILE

// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: ./packages/action-kit/src/output-format.ts
var output_format = __webpack_require__(28326);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
;// CONCATENATED MODULE: ./src/pipeline/step-names.ts
/** The steps a pipeline can run, in the order they always run. */
const PIPELINE_ORDER = ['train', 'compare', 'verify', 'gate', 'render'];
const STEP_NAMES = PIPELINE_ORDER;
const ACTION_OF_STEP = {
    train: 'train-evaluate',
    compare: 'compare-metrics',
    verify: 'onnx-export-verify',
    gate: 'deploy-gate',
    render: 'json-to-md'
};
/** A step's short name from either spelling: `compare` or `compare-metrics`. */
function stepNameOf(key) {
    if (PIPELINE_ORDER.includes(key))
        return key;
    return PIPELINE_ORDER.find((name) => ACTION_OF_STEP[name] === key);
}

;// CONCATENATED MODULE: ./src/pipeline/combined-report.ts


const STATUS_MARK = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped'
};
/** Steps whose own report is shown unfolded: the one with the headline metrics, and a failure. */
const UNFOLDED = new Set(['compare']);
/**
 * One comment for the whole pipeline, in the layout every ml-actions comment has: line 1 the
 * result and why (the failing step's own words, or the gate's decision), the step table, then each
 * step's own report: the comparison (the headline metrics) and a failing step open, the others
 * folded under their status.
 */
function renderCombinedReport(records) {
    const failed = records.find((record) => record.status === 'failed');
    const last = [...records].reverse().find((record) => record.status === 'passed');
    const why = (failed ?? last)?.headline;
    const title = failed
        ? `❌ ml-actions pipeline: stopped at ${ACTION_OF_STEP[failed.name]}`
        : '✅ ml-actions pipeline: every step passed';
    const rows = records.map((record) => [
        (0,trusted/* trustedMarkdown */.p)(`\`${ACTION_OF_STEP[record.name]}\``),
        (0,trusted/* trustedMarkdown */.p)(STATUS_MARK[record.status]),
        record.seconds === undefined ? null : `${record.seconds.toFixed(1)} s`,
        record.headline
    ]);
    const sections = [
        (0,heading/* heading */.R)(2, (0,trusted/* trustedMarkdown */.p)(`${title}${why ? ` — ${(0,markdown_escape/* escapeText */.X1)(why)}` : ''}`)),
        (0,table/* table */.t)(['Step', 'Result', 'Time', 'Outcome'], rows, ['left', 'left', 'right', 'left'])
    ];
    for (const record of records) {
        if (!record.report)
            continue;
        const report = record.report.trim();
        if (record.status === 'failed' || UNFOLDED.has(record.name))
            sections.push(report);
        else
            sections.push((0,details/* details */.z)((0,trusted/* trustedMarkdown */.p)(`${STATUS_MARK[record.status]}: ${(0,markdown_escape/* escapeHtml */.ZD)(ACTION_OF_STEP[record.name])}`), report));
    }
    return `${sections.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/yaml-text.ts
var yaml_text = __webpack_require__(54076);
;// CONCATENATED MODULE: ./src/pipeline/pipeline-config.ts



/**
 * Reads `.github/ml-actions.yml`:
 *
 *   defaults: { registry: file://.ml-registry, model-name: digits }
 *   steps:
 *     train:   { run: python train.py, metrics: results/metrics.json, model: results/model.pkl }
 *     compare: { baseline-alias: production }
 *     verify:  { model: results/model.onnx }
 *     gate:    { policy: .github/deploy-policy.yml }
 *
 * Step names are the short ones above or the action names (train-evaluate, compare-metrics, …).
 */
async function parsePipelineConfig(text, file) {
    const document = await (0,yaml_text/* parseYamlText */.c)(text, {
        failure: `${file} is not valid YAML`,
        input: 'config'
    });
    const root = mapping(document, file, 'the file');
    for (const key of Object.keys(root)) {
        if (key !== 'defaults' && key !== 'steps') {
            throw new errors/* ConfigurationError */.j(`${file}: unknown top-level key "${key}" (expected defaults and steps)`, 'config');
        }
    }
    const defaults = root.defaults === undefined ? {} : rawInputs(root.defaults, file, 'defaults');
    const stepsValue = mapping(root.steps, file, 'steps');
    const steps = [];
    for (const [key, value] of Object.entries(stepsValue)) {
        const name = stepNameOf(key);
        if (!name) {
            throw new errors/* ConfigurationError */.j(`${file}: unknown step "${key}" (steps are ${STEP_NAMES.join(', ')})`, 'config');
        }
        if (steps.some((step) => step.name === name)) {
            throw new errors/* ConfigurationError */.j(`${file}: step "${name}" is configured twice`, 'config');
        }
        steps.push({ name, with: value == null ? {} : rawInputs(value, file, `steps.${key}`) });
    }
    if (steps.length === 0)
        throw new errors/* ConfigurationError */.j(`${file}: steps is empty`, 'config');
    steps.sort((a, b) => PIPELINE_ORDER.indexOf(a.name) - PIPELINE_ORDER.indexOf(b.name));
    return { defaults, steps };
}
function mapping(value, file, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j(`${file}: ${where} must be a mapping`, 'config');
    }
    return value;
}
/** Scalars become their text, lists one entry per line: what a multi-line `with:` value holds. */
function rawInputs(value, file, where) {
    const result = {};
    for (const [name, entry] of Object.entries(mapping(value, file, where))) {
        result[name] = inputText(entry, file, `${where}.${name}`);
    }
    return result;
}
function inputText(value, file, where) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return value.map((entry) => inputText(entry, file, where)).join('\n');
    throw new errors/* ConfigurationError */.j(`${file}: ${where} must be a string, number, boolean or list of them`, 'config');
}

;// CONCATENATED MODULE: ./src/pipeline/step-wiring.ts


const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const STEP_OUTPUT = /^steps\.([a-z-]+)\.outputs\.([a-z0-9-]+)$/;
/**
 * Replaces `${{ steps.<step>.outputs.<name> }}` with what that step produced. Nothing else is
 * evaluated: any other expression is a mistake in the config, named with where it stands.
 */
function substituteStepOutputs(text, outputs, where) {
    return text.replace(EXPRESSION, (_whole, expression) => {
        const match = STEP_OUTPUT.exec(expression);
        const step = match ? stepNameOf(match[1]) : undefined;
        if (!match || !step) {
            throw new errors/* ConfigurationError */.j(`${where}: only \${{ steps.<step>.outputs.<name> }} can be used here, not "\${{ ${expression} }}"`, 'config');
        }
        const produced = outputs.get(step);
        if (!produced) {
            throw new errors/* ConfigurationError */.j(`${where}: step "${step}" has not run before this one, so its outputs are not known`, 'config');
        }
        return produced[match[2]] ?? '';
    });
}
/** The inputs a step gets from earlier steps, for those the config leaves unset. */
function wiredInputs(step, given, outputs, rules) {
    const wired = {};
    for (const rule of rules) {
        if (rule.step !== step || (given[rule.input] ?? '') !== '')
            continue;
        const values = rule.from
            .map((source) => outputs.get(source.step)?.[source.output] ?? '')
            .filter((value) => value !== '');
        if (values.length === 0)
            continue;
        wired[rule.input] = rule.join === 'all' ? values.join('\n') : values[0];
    }
    return wired;
}

;// CONCATENATED MODULE: ./src/pipeline/run-pipeline.ts









const COMBINED_REPORT_FILE = 'ml-actions-pipeline.md';
/** Inputs the pipeline owns for every step: one combined comment instead of one per action. */
// A step's paths come from the config file, which a pull request can change: they stay confined.
const PIPELINE_OWNED = {
    comment: 'off',
    [write_target/* ALLOW_WRITES_OUTSIDE_WORKSPACE */.J8]: 'false'
};
function createPipelineBody(dependencies) {
    return async (inputs, context) => {
        const cwd = (0,external_node_path_.resolve)(context.cwd, inputs.workingDirectory);
        const configPath = (0,external_node_path_.isAbsolute)(inputs.config) ? inputs.config : (0,external_node_path_.resolve)(cwd, inputs.config);
        const config = await parsePipelineConfig(await readConfig(configPath, inputs.config), inputs.config);
        const selected = selectSteps(config, inputs.steps, inputs.config);
        const records = [];
        const outputs = new Map();
        let failure;
        for (const [index, step] of selected.entries()) {
            const action = ACTION_OF_STEP[step.name];
            if (failure) {
                records.push({ name: step.name, status: 'skipped', headline: 'an earlier step failed' });
                continue;
            }
            context.log.info(`▶ [${index + 1}/${selected.length}] ${action}`);
            const started = external_node_perf_hooks_.performance.now();
            const entry = dependencies.catalog[step.name];
            if (!entry) {
                throw new errors/* ConfigurationError */.j(`${inputs.config}: step "${step.name}" (${action}) is not available in this version`, 'config');
            }
            const raw = stepInputs(step, entry, config, outputs, dependencies.wiring, inputs, context.cli);
            const stepContext = { ...context, cwd, log: prefixed(context.log, action) };
            const outcome = await withStepName(action, () => entry.body((0,input_spec/* readInputs */.Ko)(entry.definition.inputs, (name) => raw[name]), stepContext));
            const seconds = (external_node_perf_hooks_.performance.now() - started) / 1000;
            const produced = {};
            for (const name of entry.definition.outputs) {
                const value = outcome.outputs[name];
                if (value !== undefined)
                    produced[name] = (0,output_format/* formatOutput */.V)(value);
            }
            outputs.set(step.name, produced);
            const status = outcome.failure ? 'failed' : 'passed';
            context.log.info(`${status === 'passed' ? '✔' : '✖'} ${action} ${status} in ${seconds.toFixed(1)} s`);
            records.push({
                name: step.name,
                status,
                seconds,
                headline: outcome.failure ?? entry.headline(produced),
                ...(outcome.report ? { report: outcome.report } : {})
            });
            if (outcome.failure) {
                failure = outcome.failure.startsWith(action)
                    ? outcome.failure
                    : `${action}: ${outcome.failure}`;
            }
        }
        const markdown = renderCombinedReport(records);
        const markdownFile = await (0,write_target/* writeTarget */.vN)((0,external_node_path_.resolve)(cwd, inputs.outputFile || (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || cwd, COMBINED_REPORT_FILE)), context, { input: 'output-file', allowOutside: inputs.allowWritesOutsideWorkspace });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(markdownFile), { recursive: true });
        await (0,promises_.writeFile)(markdownFile, markdown);
        const posted = dependencies.comment && inputs.comment !== 'off'
            ? await dependencies.comment(markdown, inputs, context)
            : undefined;
        const failedStep = records.find((record) => record.status === 'failed');
        return {
            outputs: {
                result: failure ? 'fail' : 'pass',
                'failed-step': failedStep ? ACTION_OF_STEP[failedStep.name] : undefined,
                markdown,
                'markdown-file': markdownFile,
                'comment-id': posted?.id,
                'comment-url': posted?.url,
                'comment-status': posted?.status ?? 'skipped',
                'model-version': outputs.get('gate')?.['model-version'] || outputs.get('train')?.['model-version'],
                decision: outputs.get('gate')?.decision,
                'step-outputs': JSON.stringify(Object.fromEntries(outputs))
            },
            report: markdown,
            ...(failure ? { failure } : {})
        };
    };
}
async function readConfig(path, shown) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(code === 'ENOENT'
            ? `config: ${shown} does not exist (looked at ${path})`
            : `config: cannot read ${shown}: ${error.message}`, 'config');
    }
}
function selectSteps(config, wanted, file) {
    if (wanted.length === 0)
        return [...config.steps];
    const names = wanted.map((key) => {
        const name = stepNameOf(key);
        if (!name || !config.steps.some((step) => step.name === name)) {
            throw new errors/* ConfigurationError */.j(`Input "steps" names "${key}", which ${file} does not configure (it has ${config.steps.map((s) => s.name).join(', ')})`, 'steps');
        }
        return name;
    });
    return config.steps.filter((step) => names.includes(step.name));
}
function stepInputs(step, entry, config, outputs, wiring, inputs, cli) {
    const declared = entry.definition.inputs;
    const action = ACTION_OF_STEP[step.name];
    for (const name of Object.keys(step.with)) {
        if (!(name in declared)) {
            throw new errors/* ConfigurationError */.j(`${inputs.config}: steps.${step.name} has no input "${name}" (${action} takes ${Object.keys(declared).join(', ')})`, 'config');
        }
    }
    const raw = {};
    for (const [name, value] of Object.entries(config.defaults)) {
        if (name in declared)
            raw[name] = value;
    }
    if ('github-token' in declared && inputs.githubToken)
        raw['github-token'] = inputs.githubToken;
    for (const [name, value] of Object.entries(step.with)) {
        raw[name] = substituteStepOutputs(value, outputs, `${inputs.config}: steps.${step.name}.${name}`);
    }
    Object.assign(raw, wiredInputs(step.name, raw, outputs, wiring));
    // Off GitHub and without a token there is nowhere to record a Deployment (as `ml-actions deploy-gate`).
    if (cli && !inputs.githubToken && 'create-deployment' in declared && !raw['create-deployment']) {
        raw['create-deployment'] = 'false';
    }
    for (const [name, value] of Object.entries(PIPELINE_OWNED)) {
        if (name in declared)
            raw[name] = value;
    }
    return raw;
}
function prefixed(log, action) {
    const tag = (message) => `[${action}] ${message}`;
    return {
        info: (message) => log.info(tag(message)),
        warning: (message, annotation) => log.warning(tag(message), annotation),
        error: (message, annotation) => log.error(tag(message), annotation),
        debug: (message) => log.debug(tag(message)),
        untrusted: (text) => log.untrusted(text)
    };
}
/** A step's configuration mistake names the step, so the log line alone points at the config. */
async function withStepName(action, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            throw new errors/* ConfigurationError */.j(`${action}: ${error.message}`, error.input);
        }
        throw error;
    }
}


/***/ }),

/***/ 99648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ pipelineCatalog),
/* harmony export */   y: () => (/* binding */ PIPELINE_WIRING)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80036);
/* harmony import */ var _actions_compare_metrics_src_definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21130);
/* harmony import */ var _actions_deploy_gate_src_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54956);
/* harmony import */ var _actions_json_to_md_src_definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54523);
/* harmony import */ var _actions_onnx_export_verify_src_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94419);
/* harmony import */ var _actions_train_evaluate_src_definition_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31043);






/**
 * The definition is needed up front to check the config; the body is loaded when the step first
 * runs, so a pipeline pays at start-up only for the steps it runs, and for none before its config
 * is read.
 */
function step(definition, loadBody, headline) {
    let loaded;
    const body = async (inputs, context) => {
        loaded ??= loadBody();
        return (await loaded)(inputs, context);
    };
    return {
        definition: definition,
        body: body,
        headline
    };
}
/** Every action the pipeline can run, with the same definition and body as its own action. */
function pipelineCatalog(runtime) {
    return {
        train: step(_actions_train_evaluate_src_definition_js__WEBPACK_IMPORTED_MODULE_4__.trainEvaluate, async () => {
            const [{ createTrainEvaluate }, { execCommandRunner }, { actionsDataCache }, { noDataCache }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(6908), __webpack_require__.e(3282), __webpack_require__.e(3713)]).then(__webpack_require__.bind(__webpack_require__, 53713)),
                __webpack_require__.e(/* import() */ 5795).then(__webpack_require__.bind(__webpack_require__, 25795)),
                __webpack_require__.e(/* import() */ 6875).then(__webpack_require__.bind(__webpack_require__, 96875)),
                __webpack_require__.e(/* import() */ 1349).then(__webpack_require__.bind(__webpack_require__, 31349))
            ]);
            return createTrainEvaluate({
                runCommand: execCommandRunner,
                dataCache: runtime === 'runner' ? actionsDataCache : noDataCache
            });
        }, (out) => [
            out['model-version']
                ? `registered version ${out['model-version']}`
                : 'nothing registered',
            out['duration-seconds'] ? `command took ${shortNumber(out['duration-seconds'])} s` : '',
            out['cache-hit'] === 'true' ? 'data from cache' : ''
        ]
            .filter(Boolean)
            .join(', ')),
        verify: step(_actions_onnx_export_verify_src_definition_js__WEBPACK_IMPORTED_MODULE_3__.onnxExportVerify, async () => (await Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(1689)]).then(__webpack_require__.bind(__webpack_require__, 71689))).verifyExport, (out) => [
            `result ${out.result ?? '?'}`,
            out['max-abs-diff'] ? `max abs diff ${shortNumber(out['max-abs-diff'])}` : '',
            out['p95-ms'] ? `p95 ${shortNumber(out['p95-ms'])} ms` : '',
            out['size-mb'] ? `${shortNumber(out['size-mb'])} MB` : ''
        ]
            .filter(Boolean)
            .join(', ')),
        compare: step(_actions_compare_metrics_src_definition_js__WEBPACK_IMPORTED_MODULE_0__.compareMetricsAction, async () => {
            const [{ createCompareMetrics }, { actionsArtifactUploader }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(6908), __webpack_require__.e(3282), __webpack_require__.e(7519)]).then(__webpack_require__.bind(__webpack_require__, 17519)),
                __webpack_require__.e(/* import() */ 7446).then(__webpack_require__.bind(__webpack_require__, 47446))
            ]);
            return createCompareMetrics(runtime === 'runner' ? { uploadArtifact: actionsArtifactUploader } : {});
        }, (out) => {
            const regressed = out.regressed ? JSON.parse(out.regressed) : [];
            return [
                `result ${out.result ?? '?'}`,
                `baseline from ${out['baseline-source'] || 'nowhere'}`,
                regressed.length > 0 ? `regressed: ${regressed.join(', ')}` : ''
            ]
                .filter(Boolean)
                .join(', ');
        }),
        gate: step(_actions_deploy_gate_src_definition_js__WEBPACK_IMPORTED_MODULE_1__.deployGate, async () => (await Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(5040), __webpack_require__.e(9589)]).then(__webpack_require__.bind(__webpack_require__, 43151))).runDeployGate, (out) => [
            `decision ${out.decision ?? '?'}`,
            out.promoted === 'true'
                ? `version ${out['model-version']} promoted (was ${out['previous-version'] || 'unset'})`
                : 'nothing promoted'
        ].join(', ')),
        render: step(_actions_json_to_md_src_definition_js__WEBPACK_IMPORTED_MODULE_2__.jsonToMd, async () => (await Promise.all(/* import() */[__webpack_require__.e(8016), __webpack_require__.e(6908), __webpack_require__.e(2598)]).then(__webpack_require__.bind(__webpack_require__, 92598))).renderResults, (out) => `markdown in ${out['markdown-file'] ?? '?'}`)
    };
}
/** An output number in three significant digits, as the step table has no room for more. */
function shortNumber(text) {
    const value = Number(text);
    return Number.isFinite(value) ? (0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(value, { significantDigits: 3 }) : text;
}
/** Where a step's inputs come from when the config leaves them unset. */
const PIPELINE_WIRING = [
    {
        step: 'compare',
        input: 'candidate',
        from: [{ step: 'train', output: 'metrics-path' }],
        join: 'first'
    },
    {
        step: 'gate',
        input: 'candidate',
        from: [{ step: 'train', output: 'model-version' }],
        join: 'first'
    },
    {
        step: 'gate',
        input: 'reports',
        from: [
            { step: 'train', output: 'report-path' },
            { step: 'compare', output: 'report-path' },
            { step: 'verify', output: 'report-path' }
        ],
        join: 'all'
    },
    {
        step: 'render',
        input: 'files',
        from: [{ step: 'train', output: 'metrics-path' }],
        join: 'first'
    }
];


/***/ })

};
;