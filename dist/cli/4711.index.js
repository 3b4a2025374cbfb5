"use strict";
exports.id = 4711;
exports.ids = [4711,4523,1130,2574,4419,193];
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

/***/ 54956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ deployGate)
/* harmony export */ });
/* unused harmony export GATE_MODES */
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72496);


const GATE_MODES = ['promote', 'rollback'];
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
        'allow-unsafe-aliases': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        environment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'environment-url': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'create-deployment': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        'required-contexts': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'dry-run': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'allow-untrusted-events': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        reason: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'decision-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .STICKY_COMMENT_MODES */ .xB, { default: 'upsert' }),
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
        'deployment-id'
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
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72496);


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
        'batch-check': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', integer: true, min: 0, max: 4096 }),
        'warmup-runs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '10', integer: true, min: 0 }),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '100', integer: true, min: 0, max: 1_000_000 }),
        'max-p95-ms': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0 }),
        'max-size-mb': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0 }),
        'latency-tolerance': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0.1', min: 0 }),
        'onnxruntime-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .STICKY_COMMENT_MODES */ .xB, { default: 'off' }),
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);

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
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
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

/***/ 54711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DEMO_DIRECTORY: () => (/* binding */ DEFAULT_DEMO_DIRECTORY),
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: ./packages/action-kit/src/run-cli.ts
var run_cli = __webpack_require__(55391);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/action-kit/src/action-definition.ts
var action_definition = __webpack_require__(24949);
// EXTERNAL MODULE: ./packages/github/src/sticky-comment-plan.ts
var sticky_comment_plan = __webpack_require__(72496);
;// CONCATENATED MODULE: ./src/pipeline/definition.ts


const DEFAULT_CONFIG_PATH = '.github/ml-actions.yml';
const pipeline = (0,action_definition/* defineAction */.Q)({
    name: 'ml-actions',
    inputs: {
        config: input_spec/* input */.hF.string({ default: DEFAULT_CONFIG_PATH }),
        steps: input_spec/* input */.hF.list(),
        'working-directory': input_spec/* input */.hF.string({ default: '.' }),
        comment: input_spec/* input */.hF.choice(sticky_comment_plan/* STICKY_COMMENT_MODES */.xB, { default: 'upsert' }),
        'comment-key': input_spec/* input */.hF.string(),
        'pr-number': input_spec/* input */.hF.number({ integer: true, min: 1 }),
        'output-file': input_spec/* input */.hF.string(),
        'fail-on-comment-error': input_spec/* input */.hF.boolean({ default: 'false' }),
        'github-token': input_spec/* input */.hF.string()
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

// EXTERNAL MODULE: ./packages/action-kit/src/output-format.ts
var output_format = __webpack_require__(28326);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
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
/** One comment for the whole pipeline: a step table, then each step's own report in order. */
function renderCombinedReport(records) {
    const failed = records.find((record) => record.status === 'failed');
    const title = failed
        ? `ml-actions pipeline: ❌ stopped at ${ACTION_OF_STEP[failed.name]}`
        : 'ml-actions pipeline: ✅ every step passed';
    const rows = records.map((record) => [
        (0,trusted/* trustedMarkdown */.p)(`\`${ACTION_OF_STEP[record.name]}\``),
        (0,trusted/* trustedMarkdown */.p)(STATUS_MARK[record.status]),
        record.seconds === undefined ? null : `${record.seconds.toFixed(1)} s`,
        record.headline
    ]);
    const sections = [
        (0,heading/* heading */.R)(2, (0,trusted/* trustedMarkdown */.p)(title)),
        (0,table/* table */.t)(['Step', 'Result', 'Time', 'Outcome'], rows, ['left', 'left', 'right', 'left'])
    ];
    for (const record of records) {
        if (record.report)
            sections.push(record.report.trim());
    }
    return `${sections.join('\n\n')}\n`;
}

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
    // Loaded here rather than at start-up, so a missing config fails before the parser is loaded.
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let document;
    try {
        document = parse(text, { uniqueKeys: true, prettyErrors: false });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${file} is not valid YAML: ${error.message}`, 'config');
    }
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
const PIPELINE_OWNED = { comment: 'off' };
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
        const markdownFile = (0,external_node_path_.resolve)(cwd, inputs.outputFile || (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || cwd, COMBINED_REPORT_FILE));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(markdownFile), { recursive: true });
        await (0,promises_.writeFile)(markdownFile, markdown);
        const posted = dependencies.comment && !context.cli && inputs.comment !== 'off'
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

// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
// EXTERNAL MODULE: ./actions/compare-metrics/src/definition.ts
var definition = __webpack_require__(21130);
// EXTERNAL MODULE: ./actions/deploy-gate/src/definition.ts
var src_definition = __webpack_require__(54956);
// EXTERNAL MODULE: ./actions/json-to-md/src/definition.ts
var json_to_md_src_definition = __webpack_require__(54523);
// EXTERNAL MODULE: ./actions/onnx-export-verify/src/definition.ts
var onnx_export_verify_src_definition = __webpack_require__(94419);
// EXTERNAL MODULE: ./actions/train-evaluate/src/definition.ts
var train_evaluate_src_definition = __webpack_require__(31043);
;// CONCATENATED MODULE: ./src/pipeline/step-catalog.ts






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
        train: step(train_evaluate_src_definition/* trainEvaluate */.o, async () => {
            const [{ createTrainEvaluate }, { execCommandRunner }, { actionsDataCache }, { noDataCache }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(7352), __webpack_require__.e(8138), __webpack_require__.e(1864)]).then(__webpack_require__.bind(__webpack_require__, 1864)),
                __webpack_require__.e(/* import() */ 9562).then(__webpack_require__.bind(__webpack_require__, 9562)),
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
        verify: step(onnx_export_verify_src_definition.onnxExportVerify, async () => (await __webpack_require__.e(/* import() */ 8798).then(__webpack_require__.bind(__webpack_require__, 28798))).verifyExport, (out) => [
            `result ${out.result ?? '?'}`,
            out['max-abs-diff'] ? `max abs diff ${shortNumber(out['max-abs-diff'])}` : '',
            out['p95-ms'] ? `p95 ${shortNumber(out['p95-ms'])} ms` : '',
            out['size-mb'] ? `${shortNumber(out['size-mb'])} MB` : ''
        ]
            .filter(Boolean)
            .join(', ')),
        compare: step(definition.compareMetricsAction, async () => {
            const [{ createCompareMetrics }, { actionsArtifactUploader }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(7352), __webpack_require__.e(8138), __webpack_require__.e(6290)]).then(__webpack_require__.bind(__webpack_require__, 36290)),
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
        gate: step(src_definition/* deployGate */.H, async () => (await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(3759)]).then(__webpack_require__.bind(__webpack_require__, 21457))).runDeployGate, (out) => [
            `decision ${out.decision ?? '?'}`,
            out.promoted === 'true'
                ? `version ${out['model-version']} promoted (was ${out['previous-version'] || 'unset'})`
                : 'nothing promoted'
        ].join(', ')),
        render: step(json_to_md_src_definition.jsonToMd, async () => (await Promise.all(/* import() */[__webpack_require__.e(8016), __webpack_require__.e(7352), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 92598))).renderResults, (out) => `markdown in ${out['markdown-file'] ?? '?'}`)
    };
}
/** An output number in three significant digits, as the step table has no room for more. */
function shortNumber(text) {
    const value = Number(text);
    return Number.isFinite(value) ? (0,number_format/* formatNumber */.ZV)(value, { significantDigits: 3 }) : text;
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

;// CONCATENATED MODULE: ./src/cli/demo.ts












/** Left in a demo folder so a later run knows it may wipe it. */
const DEMO_MARKER = '.ml-actions-demo';
const DEFAULT_DEMO_DIRECTORY = 'ml-actions-demo';
/** The two runs the demo plays: the first model on main, then a pull request's candidate. */
const RUNS = [
    {
        label: 'baseline: the first model, on main',
        alpha: '1e-3',
        ref: 'refs/heads/main',
        event: 'push'
    },
    {
        label: 'candidate: a pull request that retunes alpha',
        alpha: '1e-4',
        ref: 'refs/pull/7/merge',
        event: 'push'
    }
];
/**
 * `ml-actions demo`: the whole pipeline on the example project with the embedded default registry
 * (a local directory): trains a real classifier on scikit-learn's digits, registers and promotes a
 * baseline, then trains a candidate, compares it, exports and verifies the ONNX model, gates and
 * promotes it. Prints the candidate's PR comment and writes it to pr-comment.md.
 */
async function runDemo(argv, io) {
    const log = (0,run_cli/* cliLogger */.$v)(io, io.env.ML_ACTIONS_DEBUG === '1');
    try {
        const options = demoOptions(argv, io);
        checkPython(options.python);
        await prepareDirectory(options);
        log.info(`Demo workspace: ${options.directory}`);
        let markdown = '';
        for (const [index, run] of RUNS.entries()) {
            log.info(`\n=== Run ${index + 1}/${RUNS.length}, ${run.label}`);
            const outcome = await runPipeline(options, run, io);
            markdown = outcome.markdown;
            if (outcome.failure) {
                io.stdout(markdown);
                log.error(`The ${run.label.split(':')[0]} run failed: ${outcome.failure}`);
                return 1;
            }
            log.info(`=== ${outcome.summary}`);
        }
        const commentFile = (0,external_node_path_.join)(options.directory, 'pr-comment.md');
        await (0,promises_.writeFile)(commentFile, markdown);
        io.stdout(`${markdown}\n`);
        log.info(`\nThe pull-request comment above is in ${commentFile}`);
        log.info(`The registry is in ${(0,external_node_path_.join)(options.directory, '.ml-registry')}; try:`);
        log.info(`  node bin/ml-actions.js registry history digits-classifier production --registry ${(0,external_node_path_.join)(options.directory, '.ml-registry')}`);
        return 0;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            log.error(error.message);
            return 2;
        }
        log.error(`demo failed unexpectedly: ${error.stack ?? String(error)}`);
        return 3;
    }
}
function demoOptions(argv, io) {
    let directory = DEFAULT_DEMO_DIRECTORY;
    let python = io.env.PYTHON || ((0,external_node_fs_.existsSync)('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = argv[i + 1];
        if ((arg === '--dir' || arg === '--python') && value !== undefined) {
            if (arg === '--dir')
                directory = value;
            else
                python = value;
            i++;
        }
        else {
            throw new errors/* ConfigurationError */.j(`demo: unknown argument "${arg}" (usage: ml-actions demo [--dir DIR] [--python PATH])`);
        }
    }
    const examples = findExampleProject();
    return {
        directory: (0,external_node_path_.resolve)(io.cwd, directory),
        python,
        examples,
        toolCache: io.env.RUNNER_TOOL_CACHE ||
            (0,external_node_path_.join)(examples, '..', '..', '..', 'node_modules', '.cache', 'ml-actions-tool-cache')
    };
}
/**
 * docs/examples/classifier of the checkout this code runs from (src/cli or dist/cli). Searched at
 * run time, so the bundler leaves the project in the repository instead of copying it as assets.
 */
function findExampleProject() {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (let depth = 0; depth < 4; depth++) {
        const candidate = (0,external_node_path_.join)(directory, 'docs', 'examples', 'classifier');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'ml-actions.yml')))
            return candidate;
        directory = (0,external_node_path_.dirname)(directory);
    }
    throw new errors/* ConfigurationError */.j('demo: docs/examples/classifier was not found next to this ml-actions');
}
function checkPython(python) {
    const probe = (0,external_node_child_process_.spawnSync)(python, ['-c', 'import numpy, sklearn, onnx'], { encoding: 'utf8' });
    if (probe.status !== 0) {
        throw new errors/* ConfigurationError */.j(`demo: ${python} cannot import numpy, scikit-learn and onnx. Install them with ` +
            '`bash scripts/install-python-deps.sh` (Debian) or pass --python PATH.');
    }
}
async function prepareDirectory(options) {
    if ((0,external_node_fs_.existsSync)(options.directory)) {
        const entries = await (0,promises_.readdir)(options.directory);
        if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
            throw new errors/* ConfigurationError */.j(`demo: ${options.directory} exists and is not a demo folder; pass --dir to choose another`);
        }
        await (0,promises_.rm)(options.directory, { recursive: true, force: true });
    }
    await (0,promises_.mkdir)(options.directory, { recursive: true });
    await (0,promises_.cp)(options.examples, options.directory, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.directory, DEMO_MARKER), 'made by ml-actions demo; safe to delete\n');
}
async function runPipeline(options, run, io) {
    const sha = (0,external_node_crypto_.createHash)('sha1').update(`ml-actions demo ${run.label}`).digest('hex');
    const env = {
        PATH: io.env.PATH,
        HOME: io.env.HOME,
        PYTHON: options.python,
        MODEL_ALPHA: run.alpha,
        GITHUB_SHA: sha,
        GITHUB_REF: run.ref,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_REPOSITORY: 'example/digits',
        GITHUB_WORKFLOW: 'demo',
        GITHUB_ACTOR: 'ml-actions-demo',
        RUNNER_TEMP: (0,external_node_path_.join)(options.directory, '.runner-temp'),
        // Kept across demo runs, as a runner's tool cache is: onnxruntime is installed once.
        RUNNER_TOOL_CACHE: options.toolCache,
        ...(io.env.NPM_CONFIG_REGISTRY ? { NPM_CONFIG_REGISTRY: io.env.NPM_CONFIG_REGISTRY } : {}),
        ...(io.env.npm_config_registry ? { npm_config_registry: io.env.npm_config_registry } : {})
    };
    const context = {
        log: (0,run_cli/* cliLogger */.$v)(io, io.env.ML_ACTIONS_DEBUG === '1'),
        env,
        cwd: options.directory,
        cli: true
    };
    const body = createPipelineBody({ catalog: pipelineCatalog('cli'), wiring: PIPELINE_WIRING });
    const inputs = (0,input_spec/* readInputs */.Ko)(pipeline.inputs, (name) => ({ config: 'ml-actions.yml' })[name]);
    const outcome = await body(inputs, context);
    const version = outcome.outputs['model-version'];
    const decision = outcome.outputs.decision;
    return {
        markdown: outcome.report ?? '',
        ...(outcome.failure ? { failure: outcome.failure } : {}),
        summary: `pipeline ${outcome.outputs.result}${version ? `, model version ${version}` : ''}${decision ? `, gate: ${decision}` : ''}`
    };
}


/***/ })

};
;