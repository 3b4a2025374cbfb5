"use strict";
exports.id = 8712;
exports.ids = [8712];
exports.modules = {

/***/ 78712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startDeployment: () => (/* binding */ startDeployment)
/* harmony export */ });
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16796);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83345);

/**
 * Creates the deployment of the judged commit and marks it in_progress. 202 (GitHub auto-merged
 * instead), 409 (conflict or required statuses not green) and permission errors are refusals,
 * which keep the alias where it is.
 */
async function startDeployment(request) {
    const octokit = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .createOctokit */ .Qi)(request.token, {
        env: request.env,
        baseUrl: request.apiUrl,
        logger: request.log,
        ...(request.timing ? { timing: request.timing } : {})
    });
    try {
        const created = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .createDeployment */ .Yy)(octokit, {
            owner: request.owner,
            repo: request.repo,
            ref: request.ref,
            environment: request.environment,
            description: request.description,
            payload: request.payload,
            requiredContexts: request.requiredContexts,
            autoMerge: false
        });
        if (created.outcome === 'merged') {
            return {
                kind: 'refused',
                reason: `GitHub answered 202 and merged the default branch into ${request.ref} instead of creating a deployment (${created.message})`
            };
        }
        if (created.outcome === 'conflict') {
            const contexts = created.failingContexts.length
                ? `; failing contexts: ${created.failingContexts.join(', ')}`
                : '';
            return {
                kind: 'refused',
                reason: `GitHub refused the deployment with 409 "${created.message}"${contexts}`
            };
        }
        const deployment = openDeployment(octokit, request, created.id);
        await status(octokit, request, created.id, 'in_progress', request.description);
        return { kind: 'created', deployment };
    }
    catch (error) {
        if (error instanceof _ml_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .DeploymentError */ .gt)
            return { kind: 'refused', reason: error.message };
        throw error;
    }
}
function openDeployment(octokit, request, id) {
    return {
        id,
        async finish(state, description) {
            try {
                await status(octokit, request, id, state, description);
            }
            catch (error) {
                // The alias move already happened or was refused; a lost status must not hide that outcome.
                if (!(error instanceof _ml_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .DeploymentError */ .gt))
                    throw error;
                request.log.warning(`Deployment ${id} keeps its previous status: ${error.message}`);
            }
        }
    };
}
function status(octokit, request, deploymentId, state, description) {
    return (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .setDeploymentStatus */ .e9)(octokit, {
        owner: request.owner,
        repo: request.repo,
        deploymentId,
        state,
        description,
        ...(request.logUrl ? { logUrl: request.logUrl } : {}),
        ...(request.environmentUrl ? { environmentUrl: request.environmentUrl } : {})
    });
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