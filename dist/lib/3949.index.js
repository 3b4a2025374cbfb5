"use strict";
exports.id = 3949;
exports.ids = [3949];
exports.modules = {

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


/***/ })

};
;