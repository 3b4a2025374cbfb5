"use strict";
exports.id = 2980;
exports.ids = [2980];
exports.modules = {

/***/ 2980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPipelineCli: () => (/* binding */ runPipelineCli)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15352);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83949);
/* harmony import */ var _pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);



/**
 * `ml-actions pipeline`: the root action's steps from the same config, off GitHub (CircleCI,
 * GitLab CI, a shell). The combined comment goes to the GitHub pull request the run builds when a
 * token is given; without one the Deployment is left out, as there is nowhere to record it.
 */
function runPipelineCli(argv, io) {
    return (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(_definition_js__WEBPACK_IMPORTED_MODULE_0__.pipeline, (0,_pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__/* .commentingPipelineBody */ .AD)('cli'), argv, { io });
}


/***/ }),

/***/ 2075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ commentingPipelineBody),
/* harmony export */   bG: () => (/* binding */ pipelineBody)
/* harmony export */ });
/* unused harmony export postCombinedComment */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81866);
/* harmony import */ var _run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39442);
/* harmony import */ var _step_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99648);





/** The one combined sticky comment, on the runner's pull request or the one another CI builds. */
const postCombinedComment = async (markdown, inputs, context) => {
    const result = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .commentOnPullRequest */ .r)({
        action: 'ml-actions',
        markdown,
        mode: inputs.comment,
        env: context.env,
        cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, inputs.workingDirectory),
        logger: context.log,
        readFile: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {}),
        ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
    });
    return {
        status: result.action,
        ...(result.commentId !== undefined ? { id: result.commentId } : {}),
        ...(result.url ? { url: result.url } : {})
    };
};
/** Every step from the catalog and one combined sticky comment, on the runner or the command line. */
function commentingPipelineBody(runtime) {
    return (0,_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .createPipelineBody */ .j)({
        catalog: (0,_step_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineCatalog */ .Y)(runtime),
        wiring: _step_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_WIRING */ .y,
        comment: postCombinedComment
    });
}
/** The root action's body. */
const pipelineBody = commentingPipelineBody('runner');


/***/ })

};
;