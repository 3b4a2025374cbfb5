"use strict";
exports.id = 4605;
exports.ids = [4605];
exports.modules = {

/***/ 81866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options, options.pullRequestNumber);
    const { event, onRunner } = run;
    if (!event.pullRequest || !event.repository) {
        const reason = onRunner
            ? `no pull request to comment on (event ${event.eventName || 'unknown'})`
            : `no GitHub pull request to comment on (${event.provider} run${event.ref ? ` of ${event.ref}` : ''}; pr-number names one)`;
        // A local run with no token never meant to comment: no line for it.
        const say = (message) => onRunner || options.token ? options.logger.info(message) : options.logger.debug(message);
        say(`Not commenting: ${reason}; the results are in the ${onRunner ? 'job summary' : 'output'}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Not commenting on ${event.repository.owner}/${event.repository.repo}#${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const sticky = {
        ...(viewerLogin ? { viewerLogin } : {}),
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        // Off the runner there is no workflow/job pair: the CI and its job name keep one comment per job
        // (CircleCI's workflow id changes with every run, so it cannot be part of it).
        ...(options.key
            ? { key: options.key }
            : onRunner
                ? {}
                : { key: `${event.provider}/${event.job || 'job'}` }),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 4642).then(__webpack_require__.bind(__webpack_require__, 44642));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}


/***/ }),

/***/ 44605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69211);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83949);
/* harmony import */ var _pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);



const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_0__.pipeline, _pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineBody */ .bG);


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