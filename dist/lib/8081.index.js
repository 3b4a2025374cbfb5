"use strict";
exports.id = 8081;
exports.ids = [8081];
exports.modules = {

/***/ 48081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactBaseline: () => (/* binding */ artifactBaseline)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47983);
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88537);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16796);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54089);
/* harmony import */ var _baseline_resolution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19659);




/** The metrics artifact of the base branch's latest successful run of this workflow, if any. */
async function artifactBaseline(context, explicit) {
    const { inputs, action, event } = context;
    const none = { provenance: { source: 'none' } };
    const unavailable = (reason) => {
        if (explicit)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`baseline-source is artifact, but ${reason}`, 'baseline-source');
        action.log.info(`No baseline: ${reason}.`);
        return none;
    };
    if (!inputs.githubToken)
        return unavailable('there is no github-token to read artifacts with');
    if (!event.repository)
        return unavailable('GITHUB_REPOSITORY is not set');
    const branch = inputs.baselineBranch || event.pullRequest?.baseRef || defaultBranchOf(event.payload) || 'main';
    const octokit = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(inputs.githubToken, {
        env: action.env,
        baseUrl: event.apiUrl,
        logger: action.log,
        ...(context.timing ? { timing: context.timing } : {})
    });
    const { latestRunArtifact, workflowFileOf } = await __webpack_require__.e(/* import() */ 7632).then(__webpack_require__.bind(__webpack_require__, 75251));
    const workflowFile = workflowFileOf(action.env.GITHUB_WORKFLOW_REF);
    let found;
    try {
        found = await latestRunArtifact(octokit, {
            owner: event.repository.owner,
            repo: event.repository.repo,
            ...(workflowFile ? { workflowFile } : {}),
            workflowName: event.workflow,
            branch,
            artifactName: inputs.artifactName,
            ...(event.runId !== undefined ? { excludeRunId: event.runId } : {})
        });
    }
    catch (error) {
        const failure = (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .Po)(error, `find the baseline artifact on ${branch}`);
        if (!failure)
            throw error;
        if (explicit)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(failure.message, 'baseline-source');
        action.log.warning(`${failure.message} Comparing without a baseline.`);
        return none;
    }
    if (!found) {
        action.log.info(`No baseline: no successful push run of this workflow on ${branch} has an artifact named "${inputs.artifactName}" yet.`);
        return none;
    }
    const reportBytes = found.files.get(_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ENTRY */ .In);
    const where = `artifact "${inputs.artifactName}" of run ${found.run.id}`;
    if (!reportBytes)
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${where} has no ${_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ENTRY */ .In}`, 'artifact-name');
    const report = (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_4__/* .parseMetricsComparisonReport */ .ij)(new TextDecoder().decode(reportBytes), where);
    const historyBytes = found.files.get(_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_ENTRY */ .Mz);
    const history = historyBytes
        ? (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricHistory */ .Az)(new TextDecoder().decode(historyBytes), `${where} ${_baseline_resolution_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_ENTRY */ .Mz}`)
        : undefined;
    const gitSha = report.gitSha ?? found.run.headSha;
    const predictionsName = [...found.files.keys()].find((name) => /^predictions\.(csv|tsv|jsonl|npy)$/.test(name));
    const predictionsBytes = predictionsName ? found.files.get(predictionsName) : undefined;
    action.log.info(`Baseline: ${where} on ${branch} at ${gitSha}`);
    return {
        documents: [(0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_4__/* .candidateDocumentOf */ .Sl)(report, `${where} (${gitSha.slice(0, 12)})`)],
        provenance: {
            source: 'artifact',
            branch,
            gitSha,
            path: found.run.runNumber ? `#${found.run.runNumber}` : String(found.run.id),
            ...(found.run.url ? { url: found.run.url } : {})
        },
        ...(history ? { history } : {}),
        ...(predictionsName && predictionsBytes
            ? { predictions: { name: predictionsName, bytes: predictionsBytes } }
            : {})
    };
}
function defaultBranchOf(payload) {
    const repository = payload.repository;
    if (typeof repository !== 'object' || repository === null)
        return undefined;
    const branch = repository.default_branch;
    return typeof branch === 'string' ? branch : undefined;
}


/***/ }),

/***/ 88537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ parseMetricHistory),
/* harmony export */   OZ: () => (/* binding */ formatMetricHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_LIMIT, historyPointOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4013);


const HISTORY_LIMIT = 100;
function parseMetricHistory(text, source) {
    const points = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}:${index + 1}: not a JSON object (${error.message})`, 'history');
        }
        points.push(historyPointOf(value, `${source}:${index + 1}`, `#${index + 1}`));
    });
    return points;
}
function historyPointOf(value, where, fallbackLabel) {
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) || !(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.metrics)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${where}: expected {"metrics": {name: number, …}}`, 'history');
    }
    const metrics = {};
    for (const [name, metric] of Object.entries(value.metrics)) {
        if (typeof metric === 'number' && Number.isFinite(metric))
            metrics[name] = metric;
    }
    const gitSha = typeof value.gitSha === 'string' ? value.gitSha : undefined;
    const label = typeof value.label === 'string' && value.label !== ''
        ? value.label
        : gitSha
            ? gitSha.slice(0, 7)
            : fallbackLabel;
    return {
        label,
        ...(gitSha ? { gitSha } : {}),
        ...(typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {}),
        metrics
    };
}
/** One JSON line per point, newest last, at most `limit` points kept. */
function formatMetricHistory(points, limit = HISTORY_LIMIT) {
    return points
        .slice(-limit)
        .map((point) => `${JSON.stringify(point)}\n`)
        .join('');
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


/***/ })

};
;