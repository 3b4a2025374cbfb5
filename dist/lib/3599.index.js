"use strict";
exports.id = 3599;
exports.ids = [3599];
exports.modules = {

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
    description: 'Verify an ONNX export without Python: structure, onnxruntime loadability, signature contract, numerical parity, latency and size budgets.',
    branding: { icon: 'check-circle', color: 'blue' },
    inputs: {
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path of the exported .onnx file (relative to working-directory). External data files must sit in its folder.',
            required: true
        }),
        'export-command': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Command that produces the model, run first with bash -eo pipefail in working-directory. Empty: the model already exists.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Folder the export command runs in and relative paths are resolved from.',
            default: '.'
        }),
        'reference-inputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Reference inputs: .npy, .npz, .pb (TensorProto) or .json files, one per line; name=path binds a file to a graph input.'
        }),
        'reference-outputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Outputs the source framework produced for reference-inputs, in the same formats.'
        }),
        'reference-data': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Inputs and outputs together: test_data_set_N folders (input_K.pb/output_K.pb), a folder of them, .json {inputs, outputs} or .npz with inputs/<name> and outputs/<name>.'
        }),
        atol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Absolute tolerance of the parity check: a default and/or per-output values, e.g. "1e-5 logits:1e-4" (Polygraphy style).',
            default: '1e-5'
        }),
        rtol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Relative tolerance of the parity check, same form as atol (e.g. "1e-3 probs:1e-2").',
            default: '1e-3'
        }),
        comparison: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMPARISON_MODES, {
            description: 'Tolerance rule: allclose (|a-b| <= atol + rtol*|b|, numpy) or both-exceed (fail only where both the absolute and the relative error exceed, Polygraphy).',
            default: 'allclose'
        }),
        contract: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'JSON signature contract ({inputs, outputs} of {name, dtype, shape}, or an earlier report); breaking changes fail. Empty: compare with baseline-model if given.'
        }),
        'baseline-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The model in production as a file: its signature is the contract (unless contract is set) and its latency and size are measured in the same run for comparison.'
        }),
        'baseline-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The model in production from the registry instead of a file: name@alias, name/version or name@latest. The version is downloaded (sha256-verified) with its external data.'
        }),
        'model-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The registry version the model file belongs to (name/version or name@alias, e.g. what train-evaluate registered): written to the report subject for deploy-gate; the file must be one of its files.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)('Registry URI for baseline-ref and model-ref: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'),
        'batch-check': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Batch size N to compare a batch of N with N single runs (needs a symbolic first dimension). 0 turns it off.',
            default: '0',
            integer: true,
            min: 0,
            max: 4096
        }),
        'warmup-runs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Untimed inference runs before the latency measurement, at least; the warm-up then goes on (0.5 s to 3 s) until run times stop falling.',
            default: '10',
            integer: true,
            min: 0
        }),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Timed inference runs (in a worker thread). 0 skips the latency measurement.',
            default: '100',
            integer: true,
            min: 0,
            max: 1_000_000
        }),
        'max-p95-ms': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Latency budget: fail when the p95 latency exceeds this many milliseconds. Empty: no budget.',
            min: 0
        }),
        'max-size-mb': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Size budget: fail when the model plus its external data exceed this many MiB. Empty: no budget.',
            min: 0
        }),
        'latency-tolerance': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Allowed median slowdown against baseline-model as a fraction (0.1 = +10%). Beyond it and outside the noise fails; within the noise is inconclusive.',
            default: '0.1',
            min: 0
        }),
        'onnxruntime-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'An installed onnxruntime-node (package folder, node_modules or npm prefix) for offline or self-hosted runners. Empty: the tool cache, downloading 1.30.0 for this platform from the npm registry (NPM_CONFIG_REGISTRY) on first use.'
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: onnx-verification.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('report-path'),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'Sticky PR comment with the verification: off, upsert, recreate, append, hide-old or delete. Off by default: the job summary always has it; upsert needs pull-requests: write.',
            default: 'off'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several verifications keep separate comments. Empty: the workflow and job name.'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment (only used when comment is not off).'
        }),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, {
            description: 'When to fail the step: failure (the verdict is fail), inconclusive (fail or inconclusive) or never (only set the outputs).',
            default: 'failure'
        })
    },
    outputs: {
        result: 'pass, fail or inconclusive.',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind onnx-verification).',
        'max-abs-diff': 'Largest absolute difference from the reference outputs over all outputs; empty without reference data.',
        'p95-ms': 'p95 inference latency in milliseconds (nearest-rank); empty when runs is 0.',
        'size-mb': 'Model size in MiB, external data included.',
        'model-sha256': 'SHA-256 of the .onnx file, to tie the report to the artifact.',
        'comment-url': 'URL of the PR comment written, if any.'
    }
});


/***/ }),

/***/ 13599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69211);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94419);
/* harmony import */ var _verify_export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71689);



const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_0__.onnxExportVerify, _verify_export_js__WEBPACK_IMPORTED_MODULE_1__.verifyExport);


/***/ }),

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ registryOpenOptions),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   Zj: () => (/* binding */ aliasMoveInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony exports S3_PATH_STYLES, REGISTRY_DESCRIPTION */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
const REGISTRY_DESCRIPTION = 'Registry URI: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.';
/**
 * The inputs every action that opens the model registry declares, spelled the same everywhere;
 * `registry` says what the registry is for in this action.
 */
function registryInputs(registryDescription = REGISTRY_DESCRIPTION) {
    return {
        registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry', description: registryDescription }),
        's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'S3-compatible endpoint (MinIO, R2, Ceph). Empty: AWS (for gs:// registries, https://storage.googleapis.com). Credentials come from the standard AWS chain (env, OIDC via configure-aws-credentials, instance role).'
        }),
        's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'S3 region. Empty: AWS_REGION, else us-east-1.' }),
        's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, {
            default: 'auto',
            description: 'Path-style S3 addressing: auto (on with a custom endpoint), true or false.'
        })
    };
}
/** The input of every action that moves an alias, spelled the same everywhere. */
function aliasMoveInputs() {
    return {
        'allow-unsafe-aliases': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Move the alias even on a store whose start-up probe shows it ignores create-only preconditions (only safe when a single writer can move aliases).',
            default: 'false'
        })
    };
}
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}
/**
 * `ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))`: the registry the inputs
 * name; S3 credentials come from the standard AWS chain (env, OIDC, instance role).
 */
function registryOpenOptions(inputs, cwd) {
    return { cwd, allowUnsafeAliases: inputs.allowUnsafeAliases, s3: s3OptionsFromInputs(inputs) };
}


/***/ }),

/***/ 72496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   gP: () => (/* binding */ findOwnComments),
/* harmony export */   ko: () => (/* binding */ planStickyComment),
/* harmony export */   xB: () => (/* binding */ STICKY_COMMENT_MODES),
/* harmony export */   x_: () => (/* binding */ existingComment)
/* harmony export */ });
const STICKY_COMMENT_MODES = [
    'upsert',
    'recreate',
    'append',
    'hide-old',
    'delete',
    'off'
];
/** A comment (or an issue, whose body is its first comment) as the sticky plan reads it. */
function existingComment(item) {
    return {
        id: item.id,
        nodeId: item.node_id,
        body: item.body ?? '',
        authorLogin: item.user?.login ?? '',
        createdAt: item.created_at,
        url: item.html_url
    };
}
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


/***/ })

};
;