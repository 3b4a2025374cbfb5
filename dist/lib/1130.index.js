"use strict";
exports.id = 1130;
exports.ids = [1130];
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

/***/ 35186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ ALLOW_WRITES_OUTSIDE_WORKSPACE),
/* harmony export */   jp: () => (/* binding */ writeConfinementInputs),
/* harmony export */   vN: () => (/* binding */ writeTarget)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96793);




/** The input that lets a workflow author write a file outside the workspace and RUNNER_TEMP. */
const ALLOW_WRITES_OUTSIDE_WORKSPACE = 'allow-writes-outside-workspace';
const writeConfinementInputs = {
    [ALLOW_WRITES_OUTSIDE_WORKSPACE]: _input_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF.boolean({ default: 'false' })
};
/**
 * The absolute path a step may write `path` to. On a runner (GITHUB_WORKSPACE set) a path must stay
 * inside the workspace or RUNNER_TEMP after symlinks in its existing part are resolved, so
 * `../../etc/passwd` or a symlink a pull request committed cannot make a step overwrite a file of the
 * runner's. Off a runner (the CLI) the user's own paths are theirs to choose.
 */
async function writeTarget(path, context, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, path);
    const workspace = context.env.GITHUB_WORKSPACE;
    if (!workspace || options.allowOutside)
        return absolute;
    const roots = [workspace, context.env.RUNNER_TEMP].filter((root) => !!root);
    const real = await resolveExisting(absolute);
    for (const root of roots) {
        if (isInside(real, await resolveExisting((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root))))
            return absolute;
    }
    throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${options.input}: ${path} is outside the workspace and RUNNER_TEMP` +
        (real === absolute ? '' : ` (it resolves to ${real})`) +
        `; write under the workspace, or set ${ALLOW_WRITES_OUTSIDE_WORKSPACE}: true if the workflow means it`, options.input);
}
/** The path with symlinks resolved in its deepest existing ancestor; the rest cannot be a link yet. */
async function resolveExisting(path) {
    let existing = path;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(existing, path));
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
            if (parent === existing)
                return path;
            existing = parent;
        }
    }
}
function isInside(path, root) {
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return fromRoot !== '..' && !fromRoot.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(fromRoot);
}


/***/ })

};
;