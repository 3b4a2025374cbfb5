"use strict";
exports.id = 4523;
exports.ids = [4523];
exports.modules = {

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

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(definition) {
    return definition;
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