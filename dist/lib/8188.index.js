"use strict";
exports.id = 8188;
exports.ids = [8188,7305];
exports.modules = {

/***/ 63932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ headByCodePoints),
/* harmony export */   f8: () => (/* binding */ toPrintable),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   lH: () => (/* binding */ toWellFormed),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony export visibleEscape */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/**
 * Characters that change how the text around them is displayed while showing nothing themselves:
 * bidirectional overrides, embeddings, isolates and marks (`rtl\u202Egnp.exe` displays as
 * "rtlexe.png"), zero-width spaces and joiners, the word joiner and invisible operators, the
 * byte-order mark, the soft hyphen, the Mongolian vowel separator, Hangul fillers, line and paragraph
 * separators, and the invisible tag characters (text smuggled past a reader).
 */
const INVISIBLE = /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const LETTER_OUTSIDE_ASCII = /[^\p{ASCII}](?<=[\p{L}\p{M}])/u;
/**
 * Untrusted text made printable: lone surrogates and control characters (but tab and line breaks)
 * become U+FFFD, and invisible formatting characters become visible escapes (`\u202E`,
 * `\u{E0041}`), so a name cannot be spoofed visually. Joiners keep their job where a script needs
 * them: a zero-width joiner between emoji (👩‍💻) and a zero-width non-joiner between letters of a
 * script other than Latin (Persian, Indic).
 */
function toPrintable(text) {
    return showInvisible(toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD'));
}
/**
 * Only the invisible formatting characters of `toPrintable` made visible escapes, control
 * characters left as they are: what a log line needs, where the runner renders ANSI colour
 * escapes and carriage returns of a training command's progress bars.
 */
function showInvisible(text) {
    return text.replace(INVISIBLE, (character, offset, whole) => isScriptJoiner(character, whole, offset) ? character : visibleEscape(character));
}
/** `\u202E` for a BMP character, `\u{E0041}` beyond it: the form JavaScript and Python both read. */
function visibleEscape(character) {
    const code = character.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
function isScriptJoiner(character, text, offset) {
    if (character !== '\u200D' && character !== '\u200C')
        return false;
    const before = codePointBefore(text, offset);
    const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0);
    if (character === '\u200D')
        return EMOJI.test(before.replace(/\uFE0F$/, '')) && EMOJI.test(after);
    return LETTER_OUTSIDE_ASCII.test(before) && LETTER_OUTSIDE_ASCII.test(after);
}
/** The code point ending at `offset`, skipping one emoji presentation selector. */
function codePointBefore(text, offset) {
    let end = offset;
    if (text[end - 1] === '\uFE0F')
        end--;
    const low = text.charCodeAt(end - 1);
    const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    return text.slice(Math.max(0, start), end);
}
/** GitHub counts comment length in code points, not in UTF-16 units as `String.length` does. */
function countCodePoints(text) {
    let count = 0;
    for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const isTrailingHalfOfPair = unit >= 0xdc00 &&
            unit <= 0xdfff &&
            index > 0 &&
            isLeadingSurrogate(text.charCodeAt(index - 1));
        if (!isTrailingHalfOfPair)
            count++;
    }
    return count;
}
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` with at most `maxCodePoints` code points, never ending between a surrogate pair. */
function headByCodePoints(text, maxCodePoints) {
    let end = 0;
    let count = 0;
    while (end < text.length && count < maxCodePoints) {
        end += startsSurrogatePair(text, end) ? 2 : 1;
        count++;
    }
    return text.slice(0, end);
}
function startsSurrogatePair(text, index) {
    const next = text.charCodeAt(index + 1);
    return isLeadingSurrogate(text.charCodeAt(index)) && next >= 0xdc00 && next <= 0xdfff;
}
function isLeadingSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}


/***/ }),

/***/ 83345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   e9: () => (/* binding */ setDeploymentStatus),
/* harmony export */   gt: () => (/* binding */ DeploymentError),
/* harmony export */   l5: () => (/* binding */ DEPLOYMENT_DESCRIPTION_LIMIT)
/* harmony export */ });
/* harmony import */ var _github_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54089);

/** GitHub refused a deployment call for a reason other than 202/409: permissions, rate limits, a bad ref. */
class DeploymentError extends Error {
    failure;
    name = 'DeploymentError';
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
const DEPLOYMENT_DESCRIPTION_LIMIT = 140;
async function createDeployment(octokit, options) {
    try {
        const response = await octokit.rest.repos.createDeployment({
            owner: options.owner,
            repo: options.repo,
            ref: options.ref,
            environment: options.environment,
            task: options.task ?? 'deploy',
            auto_merge: options.autoMerge ?? false,
            ...(options.requiredContexts ? { required_contexts: [...options.requiredContexts] } : {}),
            ...(options.payload ? { payload: options.payload } : {}),
            ...(options.description ? { description: clip(options.description) } : {}),
            ...(options.transientEnvironment !== undefined
                ? { transient_environment: options.transientEnvironment }
                : {}),
            ...(options.productionEnvironment !== undefined
                ? { production_environment: options.productionEnvironment }
                : {})
        });
        const data = response.data;
        if (response.status === 202 || typeof data.id !== 'number') {
            return {
                outcome: 'merged',
                message: data.message ?? 'GitHub merged the default branch into the ref'
            };
        }
        return { outcome: 'created', id: data.id, url: data.url ?? '', sha: data.sha ?? options.ref };
    }
    catch (error) {
        const conflict = conflictOf(error);
        if (conflict)
            return conflict;
        throw asDeploymentError(error, `create a deployment of ${options.ref} to ${options.environment}`);
    }
}
async function setDeploymentStatus(octokit, options) {
    try {
        await octokit.rest.repos.createDeploymentStatus({
            owner: options.owner,
            repo: options.repo,
            deployment_id: options.deploymentId,
            state: options.state,
            ...(options.logUrl ? { log_url: options.logUrl } : {}),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            ...(options.description ? { description: clip(options.description) } : {}),
            ...(options.autoInactive !== undefined ? { auto_inactive: options.autoInactive } : {})
        });
    }
    catch (error) {
        throw asDeploymentError(error, `set deployment ${options.deploymentId} to ${options.state}`);
    }
}
function conflictOf(error) {
    const shaped = error;
    if (shaped?.status !== 409)
        return undefined;
    const data = (shaped.response?.data ?? {});
    const failingContexts = (data.errors ?? [])
        .flatMap((entry) => entry.contexts ?? [])
        .map((context) => context.context)
        .filter((context) => typeof context === 'string');
    return { outcome: 'conflict', message: data.message ?? 'Conflict', failingContexts };
}
function asDeploymentError(error, attempted) {
    const failure = (0,_github_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubFailure */ .Po)(error, attempted);
    if (!failure)
        return error;
    if (failure.code === 'read-only-token' || failure.code === 'forbidden') {
        return new DeploymentError({
            ...failure,
            message: `${failure.message.replace(/ Pull requests from forks.*$/, '')} Grant \`deployments: write\` to the job.`
        });
    }
    return new DeploymentError(failure);
}
function clip(text) {
    const characters = [...text];
    return characters.length <= DEPLOYMENT_DESCRIPTION_LIMIT
        ? text
        : `${characters.slice(0, DEPLOYMENT_DESCRIPTION_LIMIT - 1).join('')}…`;
}


/***/ }),

/***/ 57305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALERT_MODES: () => (/* reexport safe */ _issue_alert_js__WEBPACK_IMPORTED_MODULE_12__.s),
/* harmony export */   CommentError: () => (/* reexport safe */ _sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__.c),
/* harmony export */   DEFAULT_TIMING: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.ft),
/* harmony export */   DEPLOYMENT_DESCRIPTION_LIMIT: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_11__.l5),
/* harmony export */   DeploymentError: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_11__.gt),
/* harmony export */   FAST_TIMING: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.GT),
/* harmony export */   FORK_RECIPE_PATH: () => (/* reexport safe */ _github_failure_js__WEBPACK_IMPORTED_MODULE_7__.si),
/* harmony export */   GITHUB_ACTIONS_LOGIN: () => (/* reexport safe */ _sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__.q),
/* harmony export */   STICKY_COMMENT_MODES: () => (/* reexport safe */ _sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_6__.xB),
/* harmony export */   alertOnIssue: () => (/* reexport safe */ _issue_alert_js__WEBPACK_IMPORTED_MODULE_12__.l),
/* harmony export */   codePoints: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_5__.BH),
/* harmony export */   commentOnPullRequest: () => (/* reexport safe */ _pull_request_comment_js__WEBPACK_IMPORTED_MODULE_10__.r),
/* harmony export */   composeCommentBody: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_5__.oR),
/* harmony export */   createDeployment: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_11__.Yy),
/* harmony export */   createOctokit: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.Qi),
/* harmony export */   defaultStickyKey: () => (/* reexport safe */ _comment_marker_js__WEBPACK_IMPORTED_MODULE_4__.yw),
/* harmony export */   defuseMarkers: () => (/* reexport safe */ _comment_marker_js__WEBPACK_IMPORTED_MODULE_4__.Um),
/* harmony export */   describeAcceptedPermissions: () => (/* reexport safe */ _github_failure_js__WEBPACK_IMPORTED_MODULE_7__.B3),
/* harmony export */   describeGitHubFailure: () => (/* reexport safe */ _github_failure_js__WEBPACK_IMPORTED_MODULE_7__.Po),
/* harmony export */   eventContextOfRun: () => (/* reexport safe */ _run_context_js__WEBPACK_IMPORTED_MODULE_3__.q),
/* harmony export */   findOwnComments: () => (/* reexport safe */ _sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_6__.gP),
/* harmony export */   planStickyComment: () => (/* reexport safe */ _sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_6__.ko),
/* harmony export */   rateLimitHandlers: () => (/* reexport safe */ _rate_limit_policy_js__WEBPACK_IMPORTED_MODULE_1__.r),
/* harmony export */   readEventContext: () => (/* reexport safe */ _event_context_js__WEBPACK_IMPORTED_MODULE_2__.ws),
/* harmony export */   readRunContext: () => (/* reexport safe */ _run_context_js__WEBPACK_IMPORTED_MODULE_3__.$),
/* harmony export */   resolvePullRequestForRun: () => (/* reexport safe */ _pull_request_resolution_js__WEBPACK_IMPORTED_MODULE_9__.B),
/* harmony export */   retiredMarker: () => (/* reexport safe */ _comment_marker_js__WEBPACK_IMPORTED_MODULE_4__.KW),
/* harmony export */   setDeploymentStatus: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_11__.e9),
/* harmony export */   stickyMarker: () => (/* reexport safe */ _comment_marker_js__WEBPACK_IMPORTED_MODULE_4__.YL),
/* harmony export */   truncationNotice: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_5__.Gx),
/* harmony export */   upsertStickyComment: () => (/* reexport safe */ _sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__.upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16796);
/* harmony import */ var _rate_limit_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51848);
/* harmony import */ var _event_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87771);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42998);
/* harmony import */ var _comment_marker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13423);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68505);
/* harmony import */ var _sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72496);
/* harmony import */ var _github_failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54089);
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44642);
/* harmony import */ var _pull_request_resolution_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18045);
/* harmony import */ var _pull_request_comment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(81866);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(83345);
/* harmony import */ var _issue_alert_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2021);















/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ alertOnIssue),
/* harmony export */   s: () => (/* binding */ ALERT_MODES)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

const ALERT_MODES = ['off', 'issue'];
/**
 * The one way an action alerts: the repository from the run (any CI, or the git remote), the token
 * given, the sticky alert issue opened, updated or closed. Without a token or a repository it says in
 * one line what it did not do; GitHub's refusals are a warning, never the step's failure.
 */
async function alertOnIssue(options) {
    if (options.mode === 'off')
        return { action: 'off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options);
    const { event, onRunner } = run;
    const what = options.change.kind === 'raise'
        ? `open or update the alert issue for ${options.key}`
        : `close the alert issue for ${options.key}`;
    if (!event.repository) {
        const reason = 'no GitHub repository is known (no GITHUB_REPOSITORY, CI variables or git remote)';
        options.logger.warning(`Did not ${what}: ${reason}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Did not ${what}: ${reason}.`);
        return { action: 'skipped', reason };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const target = {
        owner: event.repository.owner,
        repo: event.repository.repo,
        action: options.action,
        key: options.key,
        ...(viewerLogin ? { viewerLogin } : {}),
        logger: options.logger
    };
    const { raiseAlertIssue, resolveAlertIssue } = await Promise.all(/* import() */[__webpack_require__.e(4642), __webpack_require__.e(8340)]).then(__webpack_require__.bind(__webpack_require__, 78340));
    const result = options.change.kind === 'raise'
        ? await raiseAlertIssue(octokit, {
            ...target,
            title: options.change.title,
            body: options.change.markdown
        })
        : await resolveAlertIssue(octokit, { ...target, comment: options.change.comment });
    if (result.action !== 'skipped' && result.action !== 'none-open') {
        options.logger.info(`Alert issue #${result.issueNumber} ${result.action}: ${result.url}`);
    }
    return result;
}


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

/***/ 18045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolvePullRequestForRun)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Finds the pull request whose head is exactly this commit from this repository. A claimed number is accepted
 * only if GitHub confirms it; otherwise a fork could make the privileged workflow comment on someone else's PR.
 */
async function resolvePullRequestForRun(octokit, head) {
    const matches = (pull) => pull.head.sha.toLowerCase() === head.headSha.toLowerCase() &&
        (head.headRepositoryId === undefined || pull.head.repo?.id === head.headRepositoryId);
    if (head.claimedNumber !== undefined) {
        const { data } = await octokit.rest.pulls.get({
            owner: head.owner,
            repo: head.repo,
            pull_number: head.claimedNumber
        });
        if (!matches(data)) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`pull request #${head.claimedNumber} does not have head ${head.headSha} from the triggering run's repository; ` +
                'refusing to comment on it');
        }
        return data.number;
    }
    const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: head.owner,
        repo: head.repo,
        commit_sha: head.headSha,
        per_page: 100
    });
    const direct = byCommit.data.filter(matches);
    if (direct.length === 1)
        return direct[0]?.number;
    // Commits that exist only in a fork are not associated with the base repository's PRs; scan the open ones.
    const open = await octokit.paginate(octokit.rest.pulls.list, {
        owner: head.owner,
        repo: head.repo,
        state: 'open',
        per_page: 100
    });
    const candidates = open.filter(matches);
    return candidates.length === 1 ? candidates[0]?.number : undefined;
}


/***/ })

};
;