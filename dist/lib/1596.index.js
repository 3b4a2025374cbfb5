"use strict";
exports.id = 1596;
exports.ids = [1596];
exports.modules = {

/***/ 61568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ needsGitCheckout),
/* harmony export */   ZE: () => (/* binding */ ciRunFromEnv),
/* harmony export */   vH: () => (/* binding */ ciProviderOf)
/* harmony export */ });
/* unused harmony export CI_PROVIDERS */
/* harmony import */ var _repository_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81176);

const CI_PROVIDERS = (/* unused pure expression or super */ null && (['github-actions', 'circleci', 'gitlab-ci', 'local']));
/**
 * Which CI this process runs under, by the variable each one documents as its marker. Runner
 * variables set by hand with no other CI's marker (GITHUB_SHA, GITHUB_EVENT_PATH: a runner
 * emulated, as the demo does) are read as GitHub Actions, as they always were.
 */
function ciProviderOf(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github-actions';
    if (env.CIRCLECI === 'true')
        return 'circleci';
    if (env.GITLAB_CI === 'true')
        return 'gitlab-ci';
    if (env.GITHUB_SHA || env.GITHUB_EVENT_PATH)
        return 'github-actions';
    return 'local';
}
/**
 * The run as the CI's own variables describe it. Off GitHub Actions, whatever the variables leave
 * out (and everything, with no CI) comes from the git checkout when one is given.
 */
function ciRunFromEnv(env, git = {}) {
    switch (ciProviderOf(env)) {
        case 'github-actions':
            return githubActionsRun(env);
        case 'circleci':
            return withGit(circleCiRun(env), git);
        case 'gitlab-ci':
            return withGit(gitLabRun(env), git);
        case 'local':
            return withGit({ provider: 'local' }, git);
    }
}
/** Whether git has anything to add: it is asked only then, and never on GitHub Actions. */
function needsGitCheckout(run) {
    return run.provider !== 'github-actions' && (!run.sha || !run.repository || !run.ref);
}
function githubActionsRun(env) {
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const pull = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return compact({
        provider: 'github-actions',
        repository: env.GITHUB_REPOSITORY,
        serverUrl,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        branch: env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : ''),
        tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : '',
        // The event file says whether the head is a fork; readers that need that read it there.
        changeRequest: pull
            ? {
                number: Number(pull[1]),
                forge: 'github',
                fromFork: false,
                ...repo(env.GITHUB_REPOSITORY)
            }
            : undefined,
        runId: env.GITHUB_RUN_ID,
        runAttempt: attempt,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt ? `/attempts/${attempt}` : ''}`
            : '',
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        actor: env.GITHUB_ACTOR,
        event: env.GITHUB_EVENT_NAME
    });
}
/** CircleCI's built-in project values (circleci.com/docs/variables). */
function circleCiRun(env) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(env.CIRCLE_REPOSITORY_URL);
    const repository = env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME
        ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}`
        : location?.repository;
    const serverUrl = location?.serverUrl;
    // CIRCLE_PR_NUMBER and CIRCLE_PR_REPONAME are set only for pull requests from forks.
    const fromFork = Boolean(env.CIRCLE_PR_NUMBER);
    const pulls = (env.CIRCLE_PULL_REQUESTS || env.CIRCLE_PULL_REQUEST || '')
        .split(',')
        .map((url) => pullNumberOf(url))
        .filter((n) => n !== undefined);
    const number = positiveInt(env.CIRCLE_PR_NUMBER) ?? (new Set(pulls).size === 1 ? pulls[0] : undefined);
    const headRepository = fromFork && env.CIRCLE_PR_USERNAME && env.CIRCLE_PR_REPONAME
        ? `${env.CIRCLE_PR_USERNAME}/${env.CIRCLE_PR_REPONAME}`
        : undefined;
    return compact({
        provider: 'circleci',
        repository,
        serverUrl,
        sha: env.CIRCLE_SHA1,
        ref: refOf(env.CIRCLE_BRANCH, env.CIRCLE_TAG),
        branch: env.CIRCLE_BRANCH,
        tag: env.CIRCLE_TAG,
        changeRequest: number !== undefined
            ? compact({
                number,
                forge: (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .forgeOf */ .$)(serverUrl),
                repository,
                fromFork,
                headRepository
            })
            : undefined,
        runId: env.CIRCLE_BUILD_NUM,
        runUrl: env.CIRCLE_BUILD_URL,
        workflow: env.CIRCLE_WORKFLOW_ID,
        job: env.CIRCLE_JOB,
        actor: env.CIRCLE_USERNAME,
        event: number !== undefined ? 'pull_request' : env.CIRCLE_TAG ? 'tag' : 'push'
    });
}
/** GitLab's predefined variables (docs.gitlab.com/ci/variables/predefined_variables). */
function gitLabRun(env) {
    const serverUrl = trimSlash(env.CI_SERVER_URL || 'https://gitlab.com');
    // A GitHub repository built by GitLab CI: its pull requests run as external pull request pipelines.
    const external = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID);
    const mergeRequest = positiveInt(env.CI_MERGE_REQUEST_IID);
    let changeRequest;
    if (external !== undefined) {
        const target = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY;
        const source = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY;
        changeRequest = compact({
            number: external,
            forge: 'github',
            repository: target,
            fromFork: Boolean(source && target && source !== target),
            headRepository: source
        });
    }
    else if (mergeRequest !== undefined) {
        const project = env.CI_MERGE_REQUEST_PROJECT_ID;
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        changeRequest = compact({
            number: mergeRequest,
            forge: 'gitlab',
            repository: env.CI_MERGE_REQUEST_PROJECT_PATH || env.CI_PROJECT_PATH,
            fromFork: Boolean(project && source && project !== source),
            headRepository: env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH
        });
    }
    const branch = env.CI_COMMIT_BRANCH ||
        env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
        env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME;
    return compact({
        provider: 'gitlab-ci',
        repository: env.CI_PROJECT_PATH,
        serverUrl,
        sha: env.CI_COMMIT_SHA,
        ref: refOf(branch, env.CI_COMMIT_TAG),
        branch,
        tag: env.CI_COMMIT_TAG,
        changeRequest,
        runId: env.CI_JOB_ID,
        runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        workflow: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        actor: env.GITLAB_USER_LOGIN,
        event: env.CI_PIPELINE_SOURCE
    });
}
function withGit(run, git) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(git.remoteUrl);
    return compact({
        ...run,
        repository: run.repository || location?.repository,
        serverUrl: run.serverUrl || location?.serverUrl,
        sha: run.sha || git.sha,
        branch: run.branch || git.branch,
        ref: run.ref || refOf(git.branch, undefined)
    });
}
function refOf(branch, tag) {
    if (tag)
        return `refs/tags/${tag}`;
    return branch ? `refs/heads/${branch}` : undefined;
}
function pullNumberOf(url) {
    const match = /\/pull\/(\d+)\/?$/.exec(url.trim());
    return match ? positiveInt(match[1]) : undefined;
}
function repo(repository) {
    return repository ? { repository } : {};
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/** Leaves out what a CI left empty, so records carry no blank fields. */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ }),

/***/ 38839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readGitCheckout)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Asks git in `cwd` (an args array, never a shell string). Not a checkout, or no git: an empty
 * answer, since a run outside any repository is allowed and records no commit.
 */
async function readGitCheckout(cwd) {
    // Loaded only off GitHub Actions, where the runner's variables already say all of this.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const run = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(execFile);
    const ask = async (args) => {
        try {
            const { stdout } = await run('git', args, { cwd, timeout: 5_000 });
            const answer = stdout.trim();
            return answer === '' ? undefined : answer;
        }
        catch {
            return undefined;
        }
    };
    const [sha, branch, remoteUrl] = await Promise.all([
        ask(['rev-parse', '--verify', '-q', 'HEAD']),
        ask(['symbolic-ref', '-q', '--short', 'HEAD']),
        ask(['config', '--get', 'remote.origin.url'])
    ]);
    return {
        ...(sha && /^[0-9a-f]{40,64}$/.test(sha) ? { sha } : {}),
        ...(branch ? { branch } : {}),
        ...(remoteUrl ? { remoteUrl } : {})
    };
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bw: () => (/* binding */ detectCiRun)
/* harmony export */ });
/* harmony import */ var _ci_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61568);
/* harmony import */ var _git_checkout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38839);





// One answer per environment and folder: every step of a pipeline asks, git is asked once.
const detected = new WeakMap();
/** The CI run this process belongs to, with git asked for what the CI's variables leave out. */
function detectCiRun(env, cwd) {
    const fromEnv = (0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env);
    if (!(0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .needsGitCheckout */ .Es)(fromEnv))
        return Promise.resolve(fromEnv);
    let byFolder = detected.get(env);
    if (!byFolder)
        detected.set(env, (byFolder = new Map()));
    let run = byFolder.get(cwd);
    if (!run) {
        run = (0,_git_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitCheckout */ .H)(cwd).then((git) => (0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env, git));
        byFolder.set(cwd, run);
    }
    return run;
}


/***/ }),

/***/ 81176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ forgeOf),
/* harmony export */   k: () => (/* binding */ repositoryFromUrl)
/* harmony export */ });
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/;
function repositoryFromUrl(url) {
    const text = url?.trim() ?? '';
    if (text === '')
        return undefined;
    let host;
    let path;
    const scp = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? null : SCP_LIKE.exec(text);
    if (scp) {
        host = scp[1];
        path = scp[2];
    }
    else {
        let parsed;
        try {
            parsed = new URL(text);
        }
        catch {
            return undefined;
        }
        if (parsed.protocol === 'file:')
            return undefined;
        host = parsed.port && parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
        path = parsed.pathname;
        if (parsed.protocol === 'http:') {
            return located(`http://${host}`, path);
        }
    }
    return located(`https://${host}`, path);
}
function located(serverUrl, path) {
    const repository = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return repository.split('/').length >= 2 && !repository.split('/').includes('')
        ? { serverUrl, repository }
        : undefined;
}
/** The forge behind a web origin, where the name says so; anything else may be a GitHub Enterprise Server. */
function forgeOf(serverUrl) {
    const host = serverUrl ? hostOf(serverUrl) : '';
    if (host === 'github.com')
        return 'github';
    if (host === 'gitlab.com' || host.startsWith('gitlab.'))
        return 'gitlab';
    if (host === 'bitbucket.org')
        return 'bitbucket';
    return 'unknown';
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ rememberKeyOrder),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   RY: () => (/* binding */ setEntry),
/* harmony export */   ir: () => (/* binding */ orderedKeys),
/* harmony export */   qL: () => (/* binding */ isArrayIndex),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
// JS objects list integer-like keys first, in ascending order, whatever the insertion order was.
// Parsers remember the file's order here when it differs, without adding anything visible to the
// objects themselves.
const fileKeyOrder = new WeakMap();
/** Records the key order of `target` as it appeared in the file, if a JS object would lose it. */
function rememberKeyOrder(target, keysInFileOrder) {
    if (keysInFileOrder.some(isArrayIndex)) {
        fileKeyOrder.set(target, keysInFileOrder);
    }
}
/** The keys of an object in the order they had in the file it was parsed from. */
function orderedKeys(value) {
    return fileKeyOrder.get(value) ?? Object.keys(value);
}
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LARGEST_ARRAY_INDEX = 2 ** 32 - 2;
/** A key that objects list before the others, in ascending numeric order: "0", "7", "42". */
function isArrayIndex(key) {
    const first = key.charCodeAt(0);
    if (!(first >= DIGIT_0 && first <= DIGIT_9))
        return false;
    const index = Number(key);
    return Number.isInteger(index) && index <= LARGEST_ARRAY_INDEX && String(index) === key;
}
/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as a prototype change rather than data.
 */
function setEntry(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    else {
        target[key] = value;
    }
}
/** A JSON object or YAML mapping: an object that is neither null nor an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isJsonObject(value) {
    return isRecord(value);
}


/***/ }),

/***/ 87771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   UM: () => (/* binding */ graphqlUrlFor),
/* harmony export */   Y0: () => (/* binding */ trimSlash),
/* harmony export */   ws: () => (/* binding */ readEventContext)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4013);


/** Reads what a step knows about its run from the runner's environment and event file; no network. */
function readEventContext(env, readFile, options = {}) {
    const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromPayload(payload);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const apiUrl = trimSlash(env.GITHUB_API_URL ?? 'https://api.github.com');
    const runId = positiveInt(env.GITHUB_RUN_ID);
    const repositoryId = numberAt(payload, 'repository', 'id');
    const workflowRun = eventName === 'workflow_run' ? triggeringRun(payload, repositoryId) : undefined;
    const pullRequest = pullRequestOf(eventName, payload, repositoryId, workflowRun, options.pullRequestNumber);
    return {
        eventName,
        payload,
        ...(repository ? { repository } : {}),
        ...(repositoryId !== undefined ? { repositoryId } : {}),
        sha: env.GITHUB_SHA ?? '',
        ...(runId !== undefined ? { runId } : {}),
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL ?? graphqlUrlFor(apiUrl)),
        ...(repository && runId !== undefined
            ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` }
            : {}),
        ...(pullRequest ? { pullRequest } : {}),
        ...(workflowRun ? { workflowRun } : {}),
        provider: 'github-actions',
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {})
    };
}
function readPayload(path, readFile) {
    if (!path)
        return {};
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        // Outside a runner (the CLI, a local dry run) the event file may simply not exist.
        if (error.code === 'ENOENT')
            return {};
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(parsed) ? parsed : {};
    }
    catch {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`GITHUB_EVENT_PATH (${path}) is not valid JSON`);
    }
}
function pullRequestOf(eventName, payload, repositoryId, workflowRun, override) {
    const fromEvent = pullRequestFromEvent(eventName, payload, repositoryId, workflowRun);
    if (override === undefined)
        return fromEvent;
    if (fromEvent?.number === override)
        return { ...fromEvent, source: 'override' };
    return { number: override, source: 'override' };
}
function pullRequestFromEvent(eventName, payload, repositoryId, workflowRun) {
    if (eventName === 'pull_request' ||
        eventName === 'pull_request_target' ||
        eventName === 'pull_request_review') {
        const pull = objectAt(payload, 'pull_request');
        const number = numberAt(pull, 'number');
        if (!pull || number === undefined)
            return undefined;
        const headRepo = objectAt(pull, 'head', 'repo');
        const baseRepoId = numberAt(pull, 'base', 'repo', 'id') ?? repositoryId;
        const headRepoId = numberAt(headRepo, 'id');
        const headSha = stringAt(pull, 'head', 'sha');
        const headRef = stringAt(pull, 'head', 'ref');
        const baseRef = stringAt(pull, 'base', 'ref');
        const baseSha = stringAt(pull, 'base', 'sha');
        const headFullName = stringAt(headRepo, 'full_name');
        return {
            number,
            source: 'event',
            ...(headSha ? { headSha } : {}),
            ...(headRef ? { headRef } : {}),
            ...(baseRef ? { baseRef } : {}),
            ...(baseSha ? { baseSha } : {}),
            ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
            ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
            // A deleted fork leaves head.repo null: it still was not this repository.
            isFork: headRepo === undefined || headRepoId === undefined || headRepoId !== baseRepoId
        };
    }
    if (eventName === 'issue_comment') {
        const issue = objectAt(payload, 'issue');
        const number = numberAt(issue, 'number');
        if (number === undefined || !objectAt(issue, 'pull_request'))
            return undefined;
        return { number, source: 'event' };
    }
    if (workflowRun && workflowRun.pullRequestNumbers.length === 1) {
        return {
            number: workflowRun.pullRequestNumbers[0],
            source: 'workflow_run',
            headSha: workflowRun.headSha,
            ...(workflowRun.headRepositoryId !== undefined
                ? { headRepositoryId: workflowRun.headRepositoryId }
                : {}),
            isFork: workflowRun.isFork
        };
    }
    return undefined;
}
function triggeringRun(payload, repositoryId) {
    const run = objectAt(payload, 'workflow_run');
    const id = numberAt(run, 'id');
    const headSha = stringAt(run, 'head_sha');
    if (!run || id === undefined || !headSha)
        return undefined;
    const headRepoId = numberAt(run, 'head_repository', 'id');
    const baseRepoId = numberAt(run, 'repository', 'id') ?? repositoryId;
    const headFullName = stringAt(run, 'head_repository', 'full_name');
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        event: stringAt(run, 'event') ?? '',
        conclusion: stringAt(run, 'conclusion') ?? null,
        headSha,
        headBranch: stringAt(run, 'head_branch') ?? null,
        ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
        ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
        isFork: headRepoId === undefined || headRepoId !== baseRepoId,
        // Only entries for this very commit: GitHub also lists PRs whose head moved on since.
        pullRequestNumbers: pulls
            .filter((p) => (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(p) && stringAt(p, 'head', 'sha')?.toLowerCase() === headSha.toLowerCase())
            .map((p) => numberAt(p, 'number'))
            .filter((n) => n !== undefined)
    };
}
function parseRepository(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function repositoryFromPayload(payload) {
    return parseRepository(stringAt(payload, 'repository', 'full_name'));
}
function graphqlUrlFor(apiUrl) {
    return /\/api\/v3$/.test(apiUrl)
        ? apiUrl.replace(/\/api\/v3$/, '/api/graphql')
        : `${apiUrl}/graphql`;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path)
        current = (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) ? current[key] : undefined;
    return (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) ? current : undefined;
}
function numberAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'number' ? found : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'string' ? found : undefined;
}


/***/ }),

/***/ 16796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ FAST_TIMING),
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   ft: () => (/* binding */ DEFAULT_TIMING)
/* harmony export */ });
/* harmony import */ var _rate_limit_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51848);

const DEFAULT_TIMING = {
    retries: 3,
    retryBaseMs: 1000,
    rateLimitSecondMs: 1000,
    secondaryRateLimitFallbackSeconds: 60,
    rateLimitRetries: 3,
    rateLimitBudgetSeconds: 600,
    spaceWrites: true
};
/** Timing for tests against fake-github: same logic, milliseconds instead of seconds, no write spacing. */
const FAST_TIMING = {
    ...DEFAULT_TIMING,
    retryBaseMs: 5,
    rateLimitSecondMs: 5,
    spaceWrites: false
};
// 403 and 429 belong to the throttling plugin; the rest of 4xx is the caller's mistake and repeats identically.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * An Octokit for GitHub.com or GHES with retries and rate-limit handling. The base URL is read when the client is
 * made, not when @actions/github is imported, so a GITHUB_API_URL set later (tests, GHES) is honoured. Octokit
 * and its plugins load on the first call: a step that never talks to GitHub does not pay for them at start-up.
 */
async function createOctokit(token, options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    const env = options.env ?? process.env;
    const logger = options.logger;
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const throttle = {
        ...(0,_rate_limit_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitHandlers */ .r)({ maxRetries: timing.rateLimitRetries, budgetSeconds: timing.rateLimitBudgetSeconds }, logger),
        retryAfterBaseValue: timing.rateLimitSecondMs,
        fallbackSecondaryRateRetryAfter: timing.secondaryRateLimitFallbackSeconds,
        ...(timing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
    };
    return getOctokit(token, {
        baseUrl,
        userAgent: 'ml-actions',
        retry: {
            retries: timing.retries,
            retryAfterBaseValue: timing.retryBaseMs,
            doNotRetry: DO_NOT_RETRY
        },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.info(message),
            error: (message) => logger.info(message)
        }
    }, retry, throttling);
}
/**
 * A limiter group that runs jobs at once. plugin-throttling only calls `key(id).schedule(options, task)` on its
 * write groups, and accepts replacements through its options; this one drops the spacing for loopback tests.
 */
const UNSPACED = {
    key: () => ({ schedule: (_options, task) => task() })
};


/***/ }),

/***/ 51848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ rateLimitHandlers)
/* harmony export */ });
/**
 * Decides, for plugin-throttling, whether waiting out a rate limit is worth it. The budget is shared by all
 * requests of one client so a job cannot sleep for an hour in small steps.
 */
function rateLimitHandlers(policy, logger) {
    let waitedSeconds = 0;
    const decide = (limit) => (retryAfterSeconds, request, _octokit, retryCount) => {
        const route = `${request.method} ${request.url}`;
        if (retryCount >= policy.maxRetries ||
            waitedSeconds + retryAfterSeconds > policy.budgetSeconds) {
            logger.warning(`GitHub ${limit} on ${route}: giving up (${retryCount} retries made, next wait ${retryAfterSeconds}s, ` +
                `${waitedSeconds}s of the ${policy.budgetSeconds}s budget used).`);
            return false;
        }
        waitedSeconds += retryAfterSeconds;
        logger.info(`GitHub ${limit} on ${route}: waiting ${retryAfterSeconds}s before retry ${retryCount + 1} of ${policy.maxRetries}.`);
        return true;
    };
    return { onRateLimit: decide('rate limit'), onSecondaryRateLimit: decide('secondary rate limit') };
}


/***/ }),

/***/ 42998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   q: () => (/* binding */ eventContextOfRun)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61568);
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6154);
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81176);
/* harmony import */ var _event_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87771);


/**
 * What a step knows about its run on any CI, in the shape GitHub's event context has: on GitHub
 * Actions the runner's variables and event file; on CircleCI, GitLab CI or a plain shell, the
 * provider layer's reading of that CI's variables and of git. A GitHub token then reaches the
 * GitHub pull request the run builds (CircleCI on a GitHub repository, GitLab CI's external pull
 * requests).
 */
async function readRunContext(env, readFile, options) {
    const { cwd, ...eventOptions } = options;
    if ((0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciProviderOf */ .vH)(env) === 'github-actions')
        return (0,_event_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventContext */ .ws)(env, readFile, eventOptions);
    return eventContextOfRun(await (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_2__/* .detectCiRun */ .bw)(env, cwd), env, eventOptions);
}
/** Off GitHub Actions: a GitHub event context built from the CI run. */
function eventContextOfRun(run, env, options = {}) {
    const change = run.changeRequest;
    // A GitLab merge request or a Bitbucket pull request has no GitHub pull request to comment on.
    const githubChange = change && (change.forge === 'github' || change.forge === 'unknown');
    const repository = (0,_event_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)((githubChange ? change.repository : undefined) ?? run.repository);
    const serverUrl = githubChange && change.forge === 'github' && (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_3__/* .forgeOf */ .$)(run.serverUrl) !== 'github'
        ? 'https://github.com'
        : (run.serverUrl ?? 'https://github.com');
    const apiUrl = (0,_event_context_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlash */ .Y0)(githubApiUrl(env, serverUrl));
    const number = options.pullRequestNumber ?? (githubChange ? change.number : undefined);
    return {
        eventName: run.event ?? '',
        payload: {},
        ...(repository ? { repository } : {}),
        sha: run.sha ?? '',
        runAttempt: Number(run.runAttempt) || 1,
        workflow: run.workflow ?? '',
        job: run.job ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: (0,_event_context_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlUrlFor */ .UM)(apiUrl),
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
        ...(number !== undefined
            ? {
                pullRequest: {
                    number,
                    source: options.pullRequestNumber !== undefined ? 'override' : 'event',
                    ...(run.sha && number === change?.number ? { headSha: run.sha } : {}),
                    ...(run.branch ? { headRef: run.branch } : {}),
                    ...(change?.headRepository ? { headRepositoryFullName: change.headRepository } : {}),
                    ...(number === change?.number ? { isFork: change.fromFork } : {})
                }
            }
            : {}),
        provider: run.provider,
        ...(run.ref ? { ref: run.ref } : {})
    };
}
/**
 * The REST base for a repository on `serverUrl`. ML_ACTIONS_GITHUB_API_URL names it off GitHub
 * Actions (a GitHub Enterprise Server whose API is elsewhere, a test's loopback server); a runner's
 * GITHUB_API_URL is honoured too.
 */
function githubApiUrl(env, serverUrl) {
    const given = env.ML_ACTIONS_GITHUB_API_URL || env.GITHUB_API_URL;
    if (given)
        return given;
    return (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_3__/* .forgeOf */ .$)(serverUrl) === 'github' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}


/***/ }),

/***/ 21596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ missingTokenReason),
/* harmony export */   nA: () => (/* binding */ connectStep),
/* harmony export */   wR: () => (/* binding */ readStepRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16796);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42998);



/** The step's run on any CI, in GitHub's terms (an explicit pull request wins over the CI's). */
async function readStepRun(options, pullRequestNumber) {
    const event = await (0,_run_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunContext */ .$)(options.env, options.readFile ?? readUtf8, {
        cwd: options.cwd ?? process.cwd(),
        ...(pullRequestNumber ? { pullRequestNumber } : {})
    });
    return { event, onRunner: (event.provider ?? 'github-actions') === 'github-actions' };
}
/** Why nothing is sent without a token, named as the user gives one where the step runs. */
function missingTokenReason(onRunner) {
    return onRunner
        ? 'no github-token was given'
        : 'no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment)';
}
/**
 * An Octokit for the token, and off the runner the login it acts as: on the runner the token is the
 * job's own; elsewhere it is someone's, who is asked for once, so their earlier comments are found.
 */
async function connectStep(token, run, options) {
    const octokit = await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(token, {
        env: options.env,
        baseUrl: run.event.apiUrl,
        logger: options.logger,
        ...(options.timing ? { timing: options.timing } : {})
    });
    if (run.onRunner)
        return { octokit };
    const viewerLogin = await (await __webpack_require__.e(/* import() */ 120).then(__webpack_require__.bind(__webpack_require__, 80120))).tokenLogin(octokit, options.logger);
    return viewerLogin ? { octokit, viewerLogin } : { octokit };
}
const readUtf8 = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');


/***/ })

};
;