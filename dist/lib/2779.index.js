"use strict";
exports.id = 2779;
exports.ids = [2779];
exports.modules = {

/***/ 92779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postReport: () => (/* binding */ postReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47983);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16796);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18045);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54089);
/* harmony import */ var _baseline_resolution_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19659);
/* harmony import */ var _publish_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62351);







async function postReport(request) {
    const { inputs, context, event } = request;
    const run = event.workflowRun;
    // One client for the artifact download and the pull-request lookup, made only if one is needed.
    let client;
    const octokit = () => {
        if (!inputs.githubToken)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j('posting a report needs github-token', 'github-token');
        client ??= (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .createOctokit */ .Qi)(inputs.githubToken, {
            env: context.env,
            baseUrl: event.apiUrl,
            logger: context.log,
            ...(request.timing ? { timing: request.timing } : {})
        });
        return client;
    };
    const { report, artifactId } = inputs.report
        ? { report: await reportFromFile(inputs.report, context.cwd), artifactId: undefined }
        : await reportFromTriggeringRun(request, octokit);
    let pullRequestNumber;
    if (run && event.repository) {
        const claimedSha = report.pullRequest?.headSha;
        if (!claimedSha || claimedSha.toLowerCase() !== run.headSha.toLowerCase()) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`the report was computed for commit ${claimedSha ?? 'unknown'}, not for the triggering run's head ${run.headSha}; refusing to post it`, 'report');
        }
        try {
            pullRequestNumber = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_5__/* .resolvePullRequestForRun */ .B)(await octokit(), {
                owner: event.repository.owner,
                repo: event.repository.repo,
                headSha: run.headSha,
                ...(run.headRepositoryId !== undefined ? { headRepositoryId: run.headRepositoryId } : {}),
                ...(report.pullRequest?.number !== undefined
                    ? { claimedNumber: report.pullRequest.number }
                    : {})
            });
        }
        catch (error) {
            const failure = (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_6__/* .describeGitHubFailure */ .Po)(error, `check pull request #${report.pullRequest?.number}`);
            if (!failure)
                throw error;
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(failure.message, 'github-token');
        }
        if (pullRequestNumber === undefined) {
            context.log.info(`No open pull request has head ${run.headSha}; nothing to comment on.`);
        }
        else {
            context.log.info(`Posting the report of run ${run.id} on #${pullRequestNumber} (head ${run.headSha})`);
        }
    }
    // The triggering run's page as GitHub describes it, not a link the (untrusted) report names.
    const runUrl = run ? triggeringRunUrl(event.payload) : report.runUrl;
    return (0,_publish_report_js__WEBPACK_IMPORTED_MODULE_7__/* .publishReport */ .S)({
        report,
        inputs: pullRequestNumber === undefined && run ? { ...inputs, comment: 'off' } : inputs,
        context,
        markdown: {
            ...(runUrl ? { runUrl } : {}),
            ...(runUrl && artifactId !== undefined
                ? { reportUrl: `${runUrl}/artifacts/${artifactId}` }
                : {})
        },
        ...(pullRequestNumber !== undefined ? { pullRequestNumber } : {}),
        gate: false,
        ...(request.timing ? { timing: request.timing } : {})
    });
}
function triggeringRunUrl(payload) {
    const run = payload.workflow_run;
    if (typeof run !== 'object' || run === null)
        return undefined;
    const url = run.html_url;
    return typeof url === 'string' ? url : undefined;
}
async function reportFromFile(path, cwd) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8').catch((error) => {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`report "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 'report');
    });
    return (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_8__/* .parseMetricsComparisonReport */ .ij)(text, `report ${path}`);
}
async function reportFromTriggeringRun(request, octokit) {
    const { event, inputs } = request;
    const run = event.workflowRun;
    if (!run || !event.repository) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j('no report to post: give report, or run on workflow_run', 'report');
    }
    const where = `artifact "${inputs.artifactName}" of run ${run.id}`;
    let found;
    try {
        const { runArtifact } = await __webpack_require__.e(/* import() */ 7632).then(__webpack_require__.bind(__webpack_require__, 75251));
        found = await runArtifact(await octokit(), {
            owner: event.repository.owner,
            repo: event.repository.repo,
            runId: run.id,
            artifactName: inputs.artifactName
        });
    }
    catch (error) {
        const failure = (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_6__/* .describeGitHubFailure */ .Po)(error, `download the ${where}`);
        if (!failure)
            throw error;
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${failure.message} (the job needs actions: read)`, 'github-token');
    }
    const bytes = found?.files.get(_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_ENTRY */ .In);
    if (!bytes) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where} does not exist or has no ${_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_ENTRY */ .In}; did the pull_request workflow run compare-metrics with upload-artifact?`, 'artifact-name');
    }
    return {
        report: (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_8__/* .parseMetricsComparisonReport */ .ij)(new TextDecoder().decode(bytes), where),
        artifactId: found.artifactId
    };
}


/***/ }),

/***/ 54089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ describeAcceptedPermissions),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   Sc: () => (/* binding */ isAmbiguousWriteFailure),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   si: () => (/* binding */ FORK_RECIPE_PATH)
/* harmony export */ });
const FORK_RECIPE_PATH = 'docs/recipes/fork-prs.md';
/** Classifies an Octokit RequestError; undefined for anything that is not an HTTP failure (those are bugs). */
function describeGitHubFailure(error, attempted) {
    if (!isHttpError(error))
        return undefined;
    const status = error.status;
    const headers = error.response?.headers ?? {};
    const apiMessage = messageOf(error);
    if (isRateLimit(status, headers, apiMessage)) {
        return {
            code: 'rate-limited',
            status,
            message: `Could not ${attempted}: GitHub rate limit exceeded (${apiMessage}).`
        };
    }
    if (status === 403) {
        const accepted = headers['x-accepted-github-permissions'];
        const permission = describeAcceptedPermissions(typeof accepted === 'string' ? accepted : undefined);
        if (/resource not accessible by integration/i.test(apiMessage)) {
            return {
                code: 'read-only-token',
                status,
                message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}": the token lacks ${permission}. ` +
                    'Pull requests from forks only get a read-only GITHUB_TOKEN, so the results are in the job summary ' +
                    `and the report artifact instead. To comment on fork pull requests, use the two-workflow mode in ${FORK_RECIPE_PATH}.`
            };
        }
        return {
            code: 'forbidden',
            status,
            message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}" (needs ${permission}).`
        };
    }
    if (status === 404 || status === 410) {
        return {
            code: 'not-found',
            status,
            message: `Could not ${attempted}: GitHub answered ${status} (the pull request or issue is gone, or the token cannot see it).`
        };
    }
    return {
        code: 'github-error',
        status,
        message: `Could not ${attempted}: GitHub answered ${status} "${apiMessage}".`
    };
}
/**
 * `issues=write; pull_requests=write` lists alternatives (any one set suffices); a set may name several
 * permissions separated by commas. Rendered in workflow `permissions:` syntax.
 */
function describeAcceptedPermissions(header) {
    const sets = (header ?? 'pull_requests=write; issues=write')
        .split(';')
        .map((set) => set
        .split(',')
        .map((permission) => permission.trim())
        .filter(Boolean)
        .map((permission) => {
        const [name = '', level = 'write'] = permission.split('=');
        return `\`${name.trim().replace(/_/g, '-')}: ${level.trim()}\``;
    })
        .join(' and '))
        .filter(Boolean);
    // Pull-request comments are the common case, so name that permission first.
    sets.sort((a, b) => Number(b.includes('pull-requests')) - Number(a.includes('pull-requests')));
    return sets.join(' or ');
}
/** A failed write whose outcome is unknown: the server may have done it before the answer was lost. */
function isAmbiguousWriteFailure(error) {
    return isHttpError(error) && error.status >= 500;
}
function isNotFound(error) {
    return isHttpError(error) && (error.status === 404 || error.status === 410);
}
function isRateLimit(status, headers, message) {
    if (status !== 403 && status !== 429)
        return false;
    return (String(headers['x-ratelimit-remaining']) === '0' ||
        /rate limit/i.test(message) ||
        status === 429);
}
function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function messageOf(error) {
    const data = error.response?.data;
    if (typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string') {
        return data.message;
    }
    return error.message ?? 'unknown error';
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