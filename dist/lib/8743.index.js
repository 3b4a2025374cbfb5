"use strict";
exports.id = 8743;
exports.ids = [8743];
exports.modules = {

/***/ 54523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonToMd: () => (/* binding */ jsonToMd)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72496);


const jsonToMd = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'json-to-md',
    description: 'Render JSON, YAML, TOML or CSV results as faithful markdown tables in a sticky PR comment and the job summary.',
    branding: { icon: 'file-text', color: 'blue' },
    inputs: {
        files: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Result files to render: paths or globs, one per line or comma-separated (JSON, YAML, TOML, CSV, TSV).',
            required: true
        }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ description: 'Heading shown above the tables. Empty: no heading.' }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'What to do with the PR comment: upsert, recreate, append, hide-old, delete or off.',
            default: 'upsert'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several steps keep separate comments. Empty: the workflow and job name.'
        }),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Pull request to comment on. Empty: taken from the event (pull_request, pull_request_target, issue_comment).',
            integer: true,
            min: 1
        }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Also write the markdown to the job summary.',
            default: 'true'
        }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the markdown. Empty: a file under RUNNER_TEMP (see the markdown-file output).'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('output-file'),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Significant digits for numbers (1-17). Small values keep their digits: 1e-4 is shown as 0.0001.',
            default: '4',
            integer: true,
            min: 1,
            max: 17
        }),
        include: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Only render keys matching these dotted-path globs (e.g. overall.*, per_class.*). Empty: everything.'
        }),
        exclude: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Leave out keys matching these dotted-path globs (e.g. timestamp, run_id).'
        }),
        'max-table-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Rows shown per table, at least 2: the first and the last ones, with a count of the rows left out between them.',
            default: '50',
            integer: true,
            min: 2
        }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Fail the step when the comment cannot be written (for example a read-only token on a fork PR). Default: warn.',
            default: 'false'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment. Needs pull-requests: write (or issues: write).'
        })
    },
    outputs: {
        markdown: 'The rendered markdown.',
        'markdown-file': 'Path of the file holding the rendered markdown.',
        'comment-id': 'ID of the PR comment written, if any.',
        'comment-url': 'URL of the PR comment written, if any.',
        'comment-status': 'created, updated, unchanged, deleted or skipped.'
    }
});


/***/ }),

/***/ 18743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69211);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81866);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54523);
/* harmony import */ var _render_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92598);




const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_0__.jsonToMd, (0,_render_results_js__WEBPACK_IMPORTED_MODULE_1__.createRenderResults)({ comment: _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .commentOnPullRequest */ .r }));


/***/ }),

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