"use strict";
exports.id = 7305;
exports.ids = [7305];
exports.modules = {

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