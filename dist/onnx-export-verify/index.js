/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 644:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7629);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __nccwpck_require__(7177);
;// CONCATENATED MODULE: ./packages/action-kit/src/output-format.ts
/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/input-spec.ts

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function withDefault(kind, opts, parseGiven, extra = {}) {
    const required = opts.required ?? false;
    const fallback = opts.default ?? '';
    return {
        kind,
        required,
        default: fallback,
        ...extra,
        parse(raw, name) {
            const text = raw === '' ? fallback : raw;
            if (text === '' && required) {
                throw new errors/* ConfigurationError */.j(`Input required and not supplied: ${name}`, name);
            }
            return parseGiven(text, name);
        }
    };
}
const input = {
    string(opts = {}) {
        return withDefault('string', opts, (text) => text);
    },
    boolean(opts) {
        return withDefault('boolean', opts, (text, name) => {
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`, name);
        });
    },
    number(opts) {
        return withDefault('number', opts, (text, name) => {
            if (text === '')
                return undefined;
            const value = Number(text);
            const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`;
            if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`, name);
            }
            if ((opts.min !== undefined && value < opts.min) ||
                (opts.max !== undefined && value > opts.max)) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be in ${bounds}, got ${value}`, name);
            }
            return value;
        });
    },
    /** Newline- or comma-separated values; blank entries and `#` comments dropped. */
    list(opts = {}) {
        return withDefault('list', opts, (text) => splitList(text));
    },
    choice(choices, opts) {
        return withDefault('choice', opts, (text, name) => {
            if (choices.includes(text))
                return text;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`, name);
        }, { choices });
    }
};
function splitList(text) {
    return text
        .split(/\r?\n/)
        .flatMap((line) => (line.includes(',') && !/[{}]/.test(line) ? line.split(',') : [line]))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '' && !entry.startsWith('#'));
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Parse every input of a spec from a raw source (runner env, CLI flags, or a test table). */
function readInputs(spec, source) {
    const result = {};
    for (const [name, parser] of Object.entries(spec)) {
        result[camelCase(name)] = parser.parse((source(name) ?? '').trim(), name);
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts


/** `INPUT_<NAME>` with spaces as underscores, upper-cased, trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Appends `name<<delimiter` … to $GITHUB_OUTPUT; without that file, the legacy command. */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    (0,external_node_fs_.appendFileSync)(file, `${keyValueMessage(name, value)}${external_node_os_.EOL}`, 'utf8');
}
/** The heredoc form of an environment file entry; a random delimiter the text cannot contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output "${name}" contains its own delimiter`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, annotation) {
    issueCommand('warning', annotationCommandProperties(annotation), message);
}
function error(message, annotation) {
    issueCommand('error', annotationCommandProperties(annotation), message);
}
/** An error annotation, and the step's exit code set to 1 without ending the process early. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function issueCommand(command, properties, message) {
    process.stdout.write(`${formatCommand(command, properties, message)}${external_node_os_.EOL}`);
}
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function annotationCommandProperties(annotation) {
    if (!annotation)
        return {};
    return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts






const runnerLogger = {
    info: info,
    warning: warning,
    error: error,
    debug: debug,
    untrusted: (text) => {
        // A fresh random token per block: text inside cannot end the block or issue commands. (Web
        // Crypto, as in workflow-commands.ts: node:crypto would load at start-up.)
        const token = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
        process.stdout.write(`::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`);
    }
};
/**
 * The runner entry point of every action: read inputs, run the body, write outputs and the job
 * summary, then fail if the body asked to. It never throws: a ConfigurationError becomes a
 * failure naming the input, anything else a failure with the stack at debug level.
 */
async function runAction(definition, body) {
    try {
        const inputs = readInputs(definition.inputs, (name) => getInput(name));
        const context = {
            log: runnerLogger,
            env: process.env,
            cwd: process.cwd(),
            cli: false
        };
        const outcome = await body(inputs, context);
        for (const name of definition.outputs) {
            const value = outcome.outputs[name];
            if (value !== undefined)
                setOutput(name, formatOutput(value));
        }
        if (outcome.report)
            await writeJobSummary(outcome.report);
        if (outcome.failure)
            setFailed(outcome.failure);
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (error instanceof errors/* ConfigurationError */.j) {
            setFailed(error.message);
        }
        else {
            setFailed(`${definition.name} failed unexpectedly: ${error.message}`);
            debug(error.stack ?? String(error));
        }
    }
}
/** Append to $GITHUB_STEP_SUMMARY, keeping this step's contribution under GitHub's 1 MiB limit. */
async function writeJobSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const fitted = (0,fit_markdown/* fitMarkdown */.DJ)(markdown, {
        maxBytes: fit_markdown/* JOB_SUMMARY_LIMIT */.zS,
        notice: 'The job summary was cut to stay under GitHub’s 1 MiB limit; the full report is in the report file.'
    });
    await (0,promises_.appendFile)(path, fitted.text.endsWith('\n') ? fitted.text : `${fitted.text}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/action-definition.ts
function defineAction(definition) {
    return definition;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/registry-inputs.ts

const S3_PATH_STYLES = ['auto', 'true', 'false'];
/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
const registryInputs = {
    registry: input.string({ default: '.ml-registry' }),
    's3-endpoint': input.string(),
    's3-region': input.string(),
    's3-path-style': input.choice(S3_PATH_STYLES, { default: 'auto' })
};
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}

// EXTERNAL MODULE: ./packages/github/src/sticky-comment-plan.ts
var sticky_comment_plan = __nccwpck_require__(2496);
;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/definition.ts


const COMPARISON_MODES = ['allclose', 'both-exceed'];
const FAIL_ON = ['failure', 'inconclusive', 'never'];
const onnxExportVerify = defineAction({
    name: 'onnx-export-verify',
    inputs: {
        model: input.string({ required: true }),
        'export-command': input.string(),
        'working-directory': input.string({ default: '.' }),
        'reference-inputs': input.list(),
        'reference-outputs': input.list(),
        'reference-data': input.list(),
        atol: input.string({ default: '1e-5' }),
        rtol: input.string({ default: '1e-3' }),
        comparison: input.choice(COMPARISON_MODES, {
            default: 'allclose'
        }),
        contract: input.string(),
        'baseline-model': input.string(),
        'model-ref': input.string(),
        'baseline-ref': input.string(),
        ...registryInputs,
        'batch-check': input.number({ default: '0', integer: true, min: 0, max: 4096 }),
        'warmup-runs': input.number({ default: '10', integer: true, min: 0 }),
        runs: input.number({ default: '100', integer: true, min: 0, max: 1_000_000 }),
        'max-p95-ms': input.number({ min: 0 }),
        'max-size-mb': input.number({ min: 0 }),
        'latency-tolerance': input.number({ default: '0.1', min: 0 }),
        'onnxruntime-path': input.string(),
        'report-path': input.string(),
        comment: input.choice(sticky_comment_plan/* STICKY_COMMENT_MODES */.xB, { default: 'off' }),
        'comment-key': input.string(),
        'github-token': input.string(),
        'fail-on': input.choice(FAIL_ON, { default: 'failure' })
    },
    outputs: [
        'result',
        'report-path',
        'max-abs-diff',
        'p95-ms',
        'size-mb',
        'model-sha256',
        'comment-url'
    ]
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/github/src/event-context.ts

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
        ...(workflowRun ? { workflowRun } : {})
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
        return isObject(parsed) ? parsed : {};
    }
    catch {
        throw new errors/* ConfigurationError */.j(`GITHUB_EVENT_PATH (${path}) is not valid JSON`);
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
        const headFullName = stringAt(headRepo, 'full_name');
        return {
            number,
            source: 'event',
            ...(headSha ? { headSha } : {}),
            ...(headRef ? { headRef } : {}),
            ...(baseRef ? { baseRef } : {}),
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
            .filter((p) => isObject(p) && stringAt(p, 'head', 'sha')?.toLowerCase() === headSha.toLowerCase())
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path)
        current = isObject(current) ? current[key] : undefined;
    return isObject(current) ? current : undefined;
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

;// CONCATENATED MODULE: ./packages/github/src/rate-limit-policy.ts
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

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts

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
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))
    ]);
    const env = options.env ?? process.env;
    const logger = options.logger;
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const throttle = {
        ...rateLimitHandlers({ maxRetries: timing.rateLimitRetries, budgetSeconds: timing.rateLimitBudgetSeconds }, logger),
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

;// CONCATENATED MODULE: ./packages/github/src/pull-request-comment.ts



/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const event = readEventContext(options.env, options.readFile ?? readUtf8, {
        ...(options.pullRequestNumber ? { pullRequestNumber: options.pullRequestNumber } : {})
    });
    if (!event.pullRequest || !event.repository) {
        const reason = `no pull request to comment on (event ${event.eventName || 'unknown'})`;
        options.logger.info(`Not commenting: ${reason}; the results are in the job summary.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = 'no github-token was given';
        options.logger.warning(`Not commenting on #${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const octokit = await createOctokit(options.token, {
        env: options.env,
        baseUrl: event.apiUrl,
        logger: options.logger,
        ...(options.timing ? { timing: options.timing } : {})
    });
    const sticky = {
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        ...(options.key ? { key: options.key } : {}),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __nccwpck_require__.e(/* import() */ 932).then(__nccwpck_require__.bind(__nccwpck_require__, 4932));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}
const readUtf8 = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8');

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: ./packages/onnx/src/onnx-runtime-loader.ts






const PINNED_ONNXRUNTIME_VERSION = '1.30.0';
const PACKAGE = 'onnxruntime-node';
/**
 * Find and load onnxruntime-node. It is never bundled (its native binaries cannot be inlined), so
 * it comes from, in order: an explicit path, the tool cache where an earlier step installed it, or a
 * fresh install of the pinned version for this platform into the tool cache.
 */
async function loadOnnxRuntime(options = {}) {
    const version = options.version ?? PINNED_ONNXRUNTIME_VERSION;
    if (options.path) {
        const packageDirectory = findPackageDirectory((0,external_node_path_.resolve)(options.path));
        if (!packageDirectory) {
            throw new errors/* ConfigurationError */.j(`onnxruntime-path "${options.path}" holds no ${PACKAGE} package (looked for package.json, node_modules/${PACKAGE}).`, 'onnxruntime-path');
        }
        return requireRuntime(packageDirectory, 'path-input', 0);
    }
    const cacheDirectory = toolCacheDirectory(options.toolCache ?? (0,external_node_os_.tmpdir)(), version);
    const installedDirectory = (0,external_node_path_.join)(cacheDirectory, 'node_modules', PACKAGE);
    if ((0,external_node_fs_.existsSync)(completionMarker(cacheDirectory)) && (0,external_node_fs_.existsSync)(installedDirectory)) {
        return requireRuntime(installedDirectory, 'tool-cache', 0);
    }
    const started = performance.now();
    // The installer (tarball download, gunzip, tar) loads only when the runtime is not cached yet.
    const install = options.install ?? (await __nccwpck_require__.e(/* import() */ 10).then(__nccwpck_require__.bind(__nccwpck_require__, 7010))).registryInstaller();
    await installInto(cacheDirectory, version, install);
    return requireRuntime(installedDirectory, 'installed', performance.now() - started);
}
/** Same layout as @actions/tool-cache (`<root>/<tool>/<version>/<arch>` + `<arch>.complete`). */
function toolCacheDirectory(toolCache, version) {
    return (0,external_node_path_.join)(toolCache, PACKAGE, version, `${process.platform}-${(0,external_node_os_.arch)()}`);
}
function completionMarker(cacheDirectory) {
    return `${cacheDirectory}.complete`;
}
async function installInto(cacheDirectory, version, install) {
    // Install beside the final folder and rename: a half-finished install is never mistaken for a cached one.
    const staging = `${cacheDirectory}.staging-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true });
    try {
        await install(staging, version);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'node_modules', PACKAGE, 'package.json'))) {
            throw new Error(`installing ${PACKAGE}@${version} left no node_modules/${PACKAGE} in ${staging}`);
        }
        // Another job on this runner may have finished the same install meanwhile: keep theirs, it may be in use.
        if ((0,external_node_fs_.existsSync)(completionMarker(cacheDirectory)))
            return;
        await (0,promises_.rm)(cacheDirectory, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(cacheDirectory), { recursive: true });
        await (0,promises_.rename)(staging, cacheDirectory);
        await (0,promises_.writeFile)(completionMarker(cacheDirectory), '');
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
function findPackageDirectory(path) {
    for (const candidate of [path, (0,external_node_path_.join)(path, PACKAGE), (0,external_node_path_.join)(path, 'node_modules', PACKAGE)]) {
        if (readPackageName(candidate) === PACKAGE)
            return candidate;
    }
    return undefined;
}
function readPackageName(directory) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(directory, 'package.json'), 'utf8'))
            .name;
    }
    catch {
        return undefined;
    }
}
function requireRuntime(packageDirectory, source, installMs) {
    const started = performance.now();
    // createRequire keeps the bundler from resolving (and inlining) the package at build time.
    const load = (0,external_node_module_namespaceObject.createRequire)((0,external_node_path_.join)(packageDirectory, 'package.json'));
    let ort;
    try {
        ort = load(packageDirectory);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ConfigurationError */.j(`${PACKAGE} in ${packageDirectory} cannot be loaded on ${process.platform}/${(0,external_node_os_.arch)()} (prebuilt binaries exist for linux x64/arm64, darwin arm64, win32 x64/arm64): ${reason}`, 'onnxruntime-path');
    }
    const { version } = load((0,external_node_path_.join)(packageDirectory, 'package.json'));
    return { ort, packageDirectory, version, source, installMs, loadMs: performance.now() - started };
}

// EXTERNAL MODULE: ./packages/onnx/src/feed-preparation.ts
var feed_preparation = __nccwpck_require__(9429);
// EXTERNAL MODULE: ./packages/onnx/src/percentile.ts
var percentile = __nccwpck_require__(9322);
;// CONCATENATED MODULE: ./packages/onnx/src/latency-comparison.ts

/**
 * Compare medians with distribution-free 95% confidence intervals (order statistics around n/2).
 * Within tolerance → pass; beyond it and the intervals are separated by more than the tolerance →
 * fail; beyond it on the point estimate only → inconclusive (noise could explain it).
 */
function compareLatency(candidateMs, baselineMs, tolerance) {
    const candidate = (0,percentile/* sortedCopy */.TZ)(candidateMs);
    const baseline = (0,percentile/* sortedCopy */.TZ)(baselineMs);
    const candidateMedian = (0,percentile/* nearestRank */.p3)(candidate, 50);
    const baselineMedian = (0,percentile/* nearestRank */.p3)(baseline, 50);
    const medianRatio = candidateMedian / baselineMedian;
    const p95Ratio = (0,percentile/* nearestRank */.p3)(candidate, 95) / (0,percentile/* nearestRank */.p3)(baseline, 95);
    const candidateInterval = medianInterval(candidate);
    const baselineInterval = medianInterval(baseline);
    const allowed = 1 + tolerance;
    const percent = (ratio) => `${((ratio - 1) * 100).toFixed(1)}%`;
    let verdict;
    let reason;
    if (medianRatio <= allowed) {
        verdict = 'pass';
        reason = `median latency changed by ${percent(medianRatio)}, within +${(tolerance * 100).toFixed(0)}%`;
    }
    else if (candidateInterval[0] > baselineInterval[1] * allowed) {
        verdict = 'fail';
        reason = `median latency is ${percent(medianRatio)} slower than the baseline, beyond +${(tolerance * 100).toFixed(0)}% and outside the noise`;
    }
    else {
        verdict = 'inconclusive';
        reason = `median latency is ${percent(medianRatio)} slower than the baseline, but the 95% intervals overlap within the tolerance`;
    }
    return {
        verdict,
        medianRatio,
        p95Ratio,
        tolerance,
        candidateMedianInterval: candidateInterval,
        baselineMedianInterval: baselineInterval,
        reason
    };
}
/** Ranks n/2 ± 1.96·√n/2 (normal approximation to the binomial), clamped to the sample. */
function medianInterval(sorted) {
    const n = sorted.length;
    if (n === 0)
        return [NaN, NaN];
    const spread = (1.96 * Math.sqrt(n)) / 2;
    const lower = Math.max(1, Math.floor(n / 2 - spread));
    const upper = Math.min(n, Math.ceil(n / 2 + spread) + 1);
    return [sorted[lower - 1], sorted[upper - 1]];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./packages/onnx/src/element-type.ts
var element_type = __nccwpck_require__(8086);
// EXTERNAL MODULE: ./packages/onnx/src/finding.ts
var finding = __nccwpck_require__(540);
;// CONCATENATED MODULE: ./packages/onnx/src/external-data-checks.ts




/**
 * External data `location` is attacker-controlled text that onnxruntime turns into a file path
 * (reliability §1.7): it must stay inside the model's folder, symlinks included, and every
 * offset+length must fall inside the file, before the runtime is allowed to open anything.
 */
async function checkExternalData(initializers, modelDirectory) {
    const findings = [];
    const files = new Map();
    const rejected = new Set();
    const root = await (0,promises_.realpath)(modelDirectory);
    for (const initializer of initializers) {
        const external = initializer.external;
        if (!external)
            continue;
        const subject = `Initializer "${initializer.name}"`;
        const location = external.location;
        const unsafe = describeUnsafeLocation(location);
        if (unsafe) {
            findings.push((0,finding/* finding */.g)('external-data-unsafe-path', 'error', `${subject}: external data location "${location}" ${unsafe}.`));
            continue;
        }
        if (!Number.isSafeInteger(external.offset) ||
            external.offset < 0 ||
            (external.length !== undefined &&
                (!Number.isSafeInteger(external.length) || external.length < 0))) {
            findings.push((0,finding/* finding */.g)('external-data-bad-range', 'error', `${subject}: offset/length of "${location}" are not non-negative integers.`));
            continue;
        }
        let size = files.get(location);
        if (size === undefined) {
            if (rejected.has(location))
                continue;
            const resolved = await resolveInside(root, location);
            if ('problem' in resolved) {
                rejected.add(location);
                findings.push((0,finding/* finding */.g)(resolved.code, 'error', `${subject}: external data file "${location}" ${resolved.problem}.`));
                continue;
            }
            size = resolved.size;
            files.set(location, size);
        }
        const expected = (0,element_type/* denseByteSize */.pp)(initializer.dataType, initializer.elements);
        const length = external.length ?? size - external.offset;
        if (external.offset + length > size) {
            findings.push((0,finding/* finding */.g)('external-data-out-of-range', 'error', `${subject}: bytes ${external.offset}..${external.offset + length} lie beyond the end of "${location}" (${size} bytes).`));
        }
        else if (expected !== undefined && length !== expected) {
            findings.push((0,finding/* finding */.g)('external-data-size-mismatch', 'error', `${subject} (${initializer.dtype} [${initializer.dims.join(', ')}]) declares ${length} bytes in "${location}"; its shape needs ${expected}.`));
        }
    }
    return { findings, files: [...files].map(([location, bytes]) => ({ location, bytes })) };
}
function describeUnsafeLocation(location) {
    if (location === '')
        return 'is empty';
    if (location.includes('\0'))
        return 'contains a NUL byte';
    if ((0,external_node_path_.isAbsolute)(location) ||
        external_node_path_.posix.isAbsolute(location) ||
        external_node_path_.win32.isAbsolute(location) ||
        /^[a-zA-Z]:/.test(location)) {
        return 'is an absolute path; it must be relative to the model folder';
    }
    if (location.split(/[\\/]/).includes('..'))
        return 'contains ".."; it must stay inside the model folder';
    return undefined;
}
async function resolveInside(root, location) {
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, location));
    }
    catch {
        return { problem: 'does not exist next to the model', code: 'external-data-missing' };
    }
    const inside = (0,external_node_path_.relative)(root, real);
    if (inside === '' || inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || (0,external_node_path_.isAbsolute)(inside)) {
        return {
            problem: 'resolves (through a symlink) outside the model folder',
            code: 'external-data-unsafe-path'
        };
    }
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        return { problem: 'is not a regular file', code: 'external-data-missing' };
    return { size: info.size };
}

// EXTERNAL MODULE: ./packages/onnx/src/protobuf-reader.ts
var protobuf_reader = __nccwpck_require__(7248);
// EXTERNAL MODULE: ./packages/onnx/src/tensor-proto.ts
var tensor_proto = __nccwpck_require__(9507);
;// CONCATENATED MODULE: ./packages/onnx/src/model-header.ts



const ModelField = {
    irVersion: 1,
    producerName: 2,
    producerVersion: 3,
    domain: 4,
    modelVersion: 5,
    docString: 6,
    graph: 7,
    opsetImport: 8,
    metadataProps: 14,
    functions: 25
};
const GraphField = {
    node: 1,
    name: 2,
    initializer: 5,
    input: 11,
    output: 12,
    sparseInitializer: 15
};
const NodeField = { output: 2, name: 3, opType: 4, domain: 7 };
/**
 * Walk a serialized ModelProto and keep only what describes it: versions, signature, op histogram,
 * initializer inventory. Tensor payloads are skipped by length. Throws ProtobufError on bytes that
 * are not a well-formed ModelProto.
 */
function readModelHeader(bytes) {
    let irVersion;
    let producerName = '';
    let producerVersion = '';
    let domain = '';
    let modelVersion = 0;
    let docString = '';
    let graph;
    let graphFieldCount = 0;
    let functionCount = 0;
    const opsetImports = [];
    const metadata = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        switch (field.number) {
            case ModelField.irVersion:
                irVersion = expectVarint(field, 'ModelProto.ir_version');
                break;
            case ModelField.producerName:
                producerName = model_header_text(field, 'ModelProto.producer_name');
                break;
            case ModelField.producerVersion:
                producerVersion = model_header_text(field, 'ModelProto.producer_version');
                break;
            case ModelField.domain:
                domain = model_header_text(field, 'ModelProto.domain');
                break;
            case ModelField.modelVersion:
                modelVersion = expectVarint(field, 'ModelProto.model_version');
                break;
            case ModelField.docString:
                docString = model_header_text(field, 'ModelProto.doc_string');
                break;
            case ModelField.graph:
                graphFieldCount++;
                graph = readGraph((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.graph'));
                break;
            case ModelField.opsetImport:
                opsetImports.push(readOpset((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.opset_import')));
                break;
            case ModelField.metadataProps:
                metadata.push((0,tensor_proto/* readStringPair */._q)((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.metadata_props')));
                break;
            case ModelField.functions:
                functionCount++;
                break;
        }
    }
    return {
        irVersion,
        opsetImports,
        producerName,
        producerVersion,
        domain,
        modelVersion,
        docString,
        metadata,
        graph,
        graphFieldCount,
        functionCount
    };
}
function readGraph(bytes) {
    let name = '';
    let sparseInitializerCount = 0;
    const declaredInputs = [];
    const outputs = [];
    const nodes = [];
    const initializers = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        switch (field.number) {
            case GraphField.node:
                nodes.push(readNode((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.node')));
                break;
            case GraphField.name:
                name = model_header_text(field, 'GraphProto.name');
                break;
            case GraphField.initializer:
                initializers.push(describeInitializer((0,tensor_proto/* readTensorProto */.Qo)((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.initializer'))));
                break;
            case GraphField.input:
                declaredInputs.push(readValueInfo((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.input')));
                break;
            case GraphField.output:
                outputs.push(readValueInfo((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.output')));
                break;
            case GraphField.sparseInitializer:
                sparseInitializerCount++;
                break;
        }
    }
    return { name, declaredInputs, outputs, nodes, initializers, sparseInitializerCount };
}
function readNode(bytes) {
    let opType = '';
    let domain = '';
    let name = '';
    const outputs = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === NodeField.opType)
            opType = model_header_text(field, 'NodeProto.op_type');
        else if (field.number === NodeField.domain)
            domain = model_header_text(field, 'NodeProto.domain');
        else if (field.number === NodeField.name)
            name = model_header_text(field, 'NodeProto.name');
        else if (field.number === NodeField.output)
            outputs.push(model_header_text(field, 'NodeProto.output'));
    }
    return { opType, domain, name, outputs };
}
function readOpset(bytes) {
    let domain = '';
    let version = 0;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            domain = model_header_text(field, 'OperatorSetIdProto.domain');
        else if (field.number === 2)
            version = expectVarint(field, 'OperatorSetIdProto.version');
    }
    return { domain, version };
}
/** ValueInfoProto → TypeProto → Tensor{elem_type, shape{dim{dim_value | dim_param}}}. */
function readValueInfo(bytes) {
    let name = '';
    let dtype = 'unknown';
    let shape = null;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            name = model_header_text(field, 'ValueInfoProto.name');
        else if (field.number === 2)
            ({ dtype, shape } = readType((0,tensor_proto/* expectBytes */.nk)(field, 'ValueInfoProto.type')));
    }
    return { name, dtype, shape };
}
const NON_TENSOR_KINDS = {
    4: 'sequence',
    5: 'map',
    8: 'sparse_tensor',
    9: 'optional'
};
function readType(bytes) {
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            return readTensorType((0,tensor_proto/* expectBytes */.nk)(field, 'TypeProto.tensor_type'));
        const kind = NON_TENSOR_KINDS[field.number];
        if (kind)
            return { dtype: kind, shape: null };
    }
    return { dtype: 'unknown', shape: null };
}
function readTensorType(bytes) {
    let dtype = 'unknown';
    let shape = null;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            dtype = (0,element_type/* elementType */.rk)(expectVarint(field, 'TypeProto.Tensor.elem_type')).name;
        else if (field.number === 2)
            shape = readShape((0,tensor_proto/* expectBytes */.nk)(field, 'TypeProto.Tensor.shape'));
    }
    return { dtype, shape };
}
function readShape(bytes) {
    const dims = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number !== 1)
            continue;
        let dim = null;
        for (const part of protobuf_reader/* ProtobufReader */.te.of((0,tensor_proto/* expectBytes */.nk)(field, 'TensorShapeProto.dim')).fields()) {
            if (part.number === 1) {
                expectVarint(part, 'Dimension.dim_value');
                dim = (0,protobuf_reader/* int64Value */.Hb)(part);
            }
            else if (part.number === 2)
                dim = model_header_text(part, 'Dimension.dim_param') || null;
        }
        dims.push(dim);
    }
    return dims;
}
function describeInitializer(tensor) {
    const type = (0,element_type/* elementType */.rk)(tensor.dataType);
    const elements = (0,tensor_proto/* elementCount */.KX)(tensor.dims);
    const base = {
        name: tensor.name,
        dtype: type.name,
        dataType: tensor.dataType,
        dims: tensor.dims,
        elements
    };
    if (tensor.dataLocation === tensor_proto/* DATA_LOCATION_EXTERNAL */.zn || tensor.externalData.size > 0) {
        const external = {
            location: tensor.externalData.get('location') ?? '',
            offset: Number(tensor.externalData.get('offset') ?? '0'),
            length: tensor.externalData.has('length')
                ? Number(tensor.externalData.get('length'))
                : undefined
        };
        return { ...base, storage: 'external', storedBytes: external.length ?? 0, external };
    }
    if (tensor.rawData !== undefined) {
        return {
            ...base,
            storage: 'raw',
            storedBytes: tensor.rawData.length,
            rawDataBytes: tensor.rawData.length
        };
    }
    if (tensor.typedData.size > 0) {
        let typedElements = 0;
        let storedBytes = 0;
        for (const [number, fields] of tensor.typedData) {
            for (const field of fields) {
                storedBytes += field.wireType === protobuf_reader/* WireType */.O0.lengthDelimited ? field.bytes.length : 8;
                typedElements += countTypedElements(number, field);
            }
        }
        return { ...base, storage: 'typed', storedBytes, typedElements };
    }
    return { ...base, storage: 'empty', storedBytes: 0 };
}
function countTypedElements(number, field) {
    if (field.wireType !== protobuf_reader/* WireType */.O0.lengthDelimited)
        return 1;
    if (number === tensor_proto/* TensorField */.aK.floatData)
        return field.bytes.length / 4;
    if (number === tensor_proto/* TensorField */.aK.doubleData)
        return field.bytes.length / 8;
    if (number === tensor_proto/* TensorField */.aK.stringData)
        return 1;
    const values = [];
    (0,protobuf_reader/* readRepeatedVarints */.y3)(field, values);
    return values.length;
}
function expectVarint(field, what) {
    if (field.wireType !== protobuf_reader/* WireType */.O0.varint) {
        throw new protobuf_reader/* ProtobufError */.uk(`${what} has wire type ${field.wireType}, expected varint`);
    }
    return field.value;
}
function model_header_text(field, what) {
    return (0,protobuf_reader/* decodeString */.sc)((0,tensor_proto/* expectBytes */.nk)(field, what));
}

// EXTERNAL MODULE: ./packages/onnx/src/model-signature.ts
var model_signature = __nccwpck_require__(3579);
;// CONCATENATED MODULE: ./packages/onnx/src/structural-checks.ts



const ORT_1_30_LIMITS = { maxIrVersion: 13, maxDefaultOpset: 26 };
const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);
const KNOWN_DOMAINS = new Set([
    '',
    'ai.onnx',
    'ai.onnx.ml',
    'com.microsoft',
    'ai.onnx.training',
    'ai.onnx.preview.training'
]);
/** Checks that need only the header; external data files are checked by checkExternalData. */
function checkModelStructure(header, limits = ORT_1_30_LIMITS) {
    const findings = [];
    findings.push(...checkVersions(header, limits));
    findings.push(...checkMetadata(header));
    if (header.graphFieldCount > 1) {
        findings.push((0,finding/* finding */.g)('repeated-graph', 'warning', `The model holds ${header.graphFieldCount} graph fields; readers merge them.`));
    }
    const graph = header.graph;
    if (!graph) {
        findings.push((0,finding/* finding */.g)('missing-graph', 'error', 'The model has no graph.'));
        return findings;
    }
    findings.push(...checkGraph(graph));
    findings.push(...checkSignatureTypes(header));
    for (const initializer of graph.initializers)
        findings.push(...checkInitializerSize(initializer));
    return findings;
}
function checkVersions(header, limits) {
    const findings = [];
    if (header.irVersion === undefined || header.irVersion === 0) {
        findings.push((0,finding/* finding */.g)('missing-ir-version', 'error', 'The model does not set ir_version.'));
    }
    else if (header.irVersion > limits.maxIrVersion) {
        findings.push((0,finding/* finding */.g)('ir-version-too-new', 'error', `IR version ${header.irVersion} is newer than onnxruntime supports (≤ ${limits.maxIrVersion}).`));
    }
    if (header.opsetImports.length === 0 && (header.irVersion ?? 0) >= 3) {
        findings.push((0,finding/* finding */.g)('missing-opset-import', 'error', 'The model imports no operator set (required from IR version 3).'));
    }
    const seen = new Set();
    for (const opset of header.opsetImports) {
        const domain = opset.domain || 'ai.onnx';
        if (seen.has(domain))
            findings.push((0,finding/* finding */.g)('duplicate-opset-import', 'error', `Operator set domain "${domain}" is imported twice.`));
        seen.add(domain);
        if (DEFAULT_DOMAINS.has(opset.domain) && opset.version > limits.maxDefaultOpset) {
            findings.push((0,finding/* finding */.g)('opset-too-new', 'error', `ai.onnx opset ${opset.version} is newer than onnxruntime supports (≤ ${limits.maxDefaultOpset}).`));
        }
        if (!KNOWN_DOMAINS.has(opset.domain)) {
            findings.push((0,finding/* finding */.g)('custom-domain', 'info', `The model imports the custom operator domain "${opset.domain}".`));
        }
    }
    return findings;
}
function checkMetadata(header) {
    const keys = header.metadata.map((entry) => entry.key);
    return duplicates(keys).map((key) => (0,finding/* finding */.g)('duplicate-metadata-key', 'error', `Metadata key "${key}" appears more than once.`));
}
function checkGraph(graph) {
    const findings = [];
    if (graph.outputs.length === 0)
        findings.push((0,finding/* finding */.g)('no-outputs', 'error', 'The graph declares no outputs.'));
    const initializerNames = graph.initializers.map((initializer) => initializer.name);
    for (const name of duplicates(initializerNames)) {
        findings.push((0,finding/* finding */.g)('duplicate-initializer', 'error', `Initializer "${name}" is defined more than once.`));
    }
    const initialized = new Set(initializerNames);
    const definitions = [
        ...graph.declaredInputs
            .filter((input) => !initialized.has(input.name))
            .map((input) => input.name),
        ...new Set(initializerNames),
        ...graph.nodes.flatMap((node) => node.outputs.filter((output) => output !== ''))
    ];
    for (const name of duplicates(definitions)) {
        findings.push((0,finding/* finding */.g)('duplicate-value-name', 'error', `Value "${name}" is produced by more than one graph input, initializer or node.`));
    }
    // Sparse initializer names are not read by the header walk, so they could be what an output names.
    if (graph.sparseInitializerCount === 0) {
        const produced = new Set(definitions);
        graph.declaredInputs.forEach((input) => produced.add(input.name));
        for (const output of graph.outputs) {
            if (!produced.has(output.name)) {
                findings.push((0,finding/* finding */.g)('output-not-produced', 'error', `Graph output "${output.name}" is not produced by any node, initializer or graph input.`));
            }
        }
    }
    for (const name of duplicates(graph.outputs.map((output) => output.name))) {
        findings.push((0,finding/* finding */.g)('duplicate-output', 'error', `Graph output "${name}" is declared more than once.`));
    }
    for (const node of graph.nodes) {
        if (node.opType === '')
            findings.push((0,finding/* finding */.g)('node-without-op', 'error', `Node "${node.name}" has no op_type.`));
    }
    if (graph.sparseInitializerCount > 0) {
        findings.push((0,finding/* finding */.g)('sparse-initializers', 'info', `${graph.sparseInitializerCount} sparse initializers are not inventoried.`));
    }
    return findings;
}
function checkSignatureTypes(header) {
    const signature = (0,model_signature/* modelSignature */.S)(header);
    const findings = [];
    for (const [kind, values] of [
        ['input', signature.inputs],
        ['output', signature.outputs]
    ]) {
        for (const value of values) {
            if (!(0,element_type/* isFeedableByNode */.Qb)(value.dtype)) {
                findings.push((0,finding/* finding */.g)('unsupported-io-type', 'error', `Graph ${kind} "${value.name}" has type ${value.dtype}, which onnxruntime-node cannot exchange; cast it to float32/float16 at the graph boundary.`));
            }
            for (const dim of value.shape ?? []) {
                if (typeof dim === 'number' && dim < 0) {
                    findings.push((0,finding/* finding */.g)('negative-dimension', 'error', `Graph ${kind} "${value.name}" declares a negative dimension ${dim}.`));
                }
            }
        }
    }
    return findings;
}
/** onnx.checker does not compare raw_data with the declared shape (research §2.1); do it here. */
function checkInitializerSize(initializer) {
    if (initializer.dims.some((dim) => dim < 0)) {
        return [
            (0,finding/* finding */.g)('negative-dimension', 'error', `Initializer "${initializer.name}" declares a negative dimension.`)
        ];
    }
    const expected = (0,element_type/* denseByteSize */.pp)(initializer.dataType, initializer.elements);
    if (initializer.storage === 'raw' &&
        expected !== undefined &&
        initializer.rawDataBytes !== expected) {
        return [
            (0,finding/* finding */.g)('raw-data-size-mismatch', 'error', `Initializer "${initializer.name}" (${initializer.dtype} [${initializer.dims.join(', ')}]) holds ${initializer.rawDataBytes} bytes of raw_data; its shape needs ${expected}.`)
        ];
    }
    const packsSeveralPerValue = (0,element_type/* elementType */.rk)(initializer.dataType).bits === 4 || initializer.dtype.startsWith('complex');
    if (initializer.storage === 'typed' &&
        initializer.dtype !== 'string' &&
        !packsSeveralPerValue &&
        initializer.typedElements !== initializer.elements) {
        return [
            (0,finding/* finding */.g)('typed-data-count-mismatch', 'error', `Initializer "${initializer.name}" holds ${initializer.typedElements} values; its shape [${initializer.dims.join(', ')}] needs ${initializer.elements}.`)
        ];
    }
    if (initializer.storage === 'empty' && initializer.elements > 0) {
        return [
            (0,finding/* finding */.g)('initializer-without-data', 'error', `Initializer "${initializer.name}" has a shape but no data.`)
        ];
    }
    return [];
}
function duplicates(names) {
    const seen = new Set();
    const repeated = new Set();
    for (const name of names) {
        if (seen.has(name))
            repeated.add(name);
        seen.add(name);
    }
    return [...repeated];
}

;// CONCATENATED MODULE: ./packages/onnx/src/model-inspection.ts










/** Everything learned from the bytes alone: digest, header, structural and external-data findings. */
async function inspectModel(path, displayPath, inputName, limits) {
    const bytes = await (0,promises_.readFile)(path).catch((error) => {
        throw new errors/* ConfigurationError */.j(`${inputName} "${displayPath}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, inputName);
    });
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    let header;
    const findings = [];
    try {
        header = readModelHeader(bytes);
    }
    catch (error) {
        if (!(error instanceof protobuf_reader/* ProtobufError */.uk))
            throw error;
        findings.push((0,finding/* finding */.g)('invalid-protobuf', 'error', `"${displayPath}" is not a valid ONNX protobuf: ${error.message}.`));
    }
    let externalDataBytes = 0;
    if (header) {
        findings.push(...checkModelStructure(header, limits));
        const external = await checkExternalData(header.graph?.initializers ?? [], (0,external_node_path_.dirname)(path));
        findings.push(...external.findings);
        externalDataBytes = external.files.reduce((sum, file) => sum + file.bytes, 0);
    }
    return {
        file: {
            path: displayPath,
            sha256,
            fileBytes: bytes.length,
            externalDataBytes,
            totalBytes: bytes.length + externalDataBytes
        },
        header,
        signature: header ? (0,model_signature/* modelSignature */.S)(header) : { inputs: [], outputs: [] },
        findings,
        unsafeToLoad: findings.some((entry) => entry.code === 'external-data-unsafe-path')
    };
}

// EXTERNAL MODULE: ./packages/onnx/src/model-session.ts
var model_session = __nccwpck_require__(3349);
;// CONCATENATED MODULE: ./packages/onnx/src/structure-summary.ts
const LARGEST_INITIALIZERS = 10;
/** The report's view of the header: counts and sizes, no tensor data. */
function summarizeStructure(header) {
    const graph = header.graph;
    const opHistogram = {};
    for (const node of graph?.nodes ?? []) {
        const key = node.domain && node.domain !== 'ai.onnx' ? `${node.domain}::${node.opType}` : node.opType;
        opHistogram[key] = (opHistogram[key] ?? 0) + 1;
    }
    const byDtype = {};
    let parameters = 0;
    let bytes = 0;
    let externalBytes = 0;
    for (const initializer of graph?.initializers ?? []) {
        const group = byDtype[initializer.dtype] ?? { count: 0, parameters: 0, bytes: 0 };
        byDtype[initializer.dtype] = {
            count: group.count + 1,
            parameters: group.parameters + initializer.elements,
            bytes: group.bytes + initializer.storedBytes
        };
        parameters += initializer.elements;
        bytes += initializer.storedBytes;
        if (initializer.storage === 'external')
            externalBytes += initializer.storedBytes;
    }
    const largest = [...(graph?.initializers ?? [])]
        .sort((a, b) => b.storedBytes - a.storedBytes)
        .slice(0, LARGEST_INITIALIZERS)
        .map((initializer) => ({
        name: initializer.name,
        dtype: initializer.dtype,
        dims: initializer.dims,
        bytes: initializer.storedBytes,
        external: initializer.storage === 'external'
    }));
    return {
        irVersion: header.irVersion,
        opsetImports: header.opsetImports,
        producer: { name: header.producerName, version: header.producerVersion },
        domain: header.domain,
        modelVersion: header.modelVersion,
        metadata: Object.fromEntries(header.metadata.map((entry) => [entry.key, entry.value])),
        graphName: graph?.name ?? '',
        nodeCount: graph?.nodes.length ?? 0,
        opHistogram,
        initializers: {
            count: graph?.initializers.length ?? 0,
            parameters,
            bytes,
            externalBytes,
            byDtype,
            largest
        }
    };
}

// EXTERNAL MODULE: ./packages/onnx/src/synthetic-inputs.ts
var synthetic_inputs = __nccwpck_require__(6798);
;// CONCATENATED MODULE: ./packages/onnx/src/verification-verdict.ts
/** Fail on any error; inconclusive only when nothing failed but a decision could not be made. */
function decideVerdict(report) {
    const failures = [];
    const doubts = [];
    const errors = (findings) => findings.filter((entry) => entry.severity === 'error');
    for (const entry of errors(report.findings))
        failures.push(`structure: ${entry.message}`);
    if (!report.load.ok)
        failures.push(`load: ${report.load.error?.message ?? report.load.skipped ?? 'not loaded'}`);
    for (const entry of errors(report.contract?.findings ?? []))
        failures.push(`contract: ${entry.message}`);
    const parity = report.parity;
    if (parity && !('skipped' in parity) && !parity.passed) {
        if (parity.runError)
            failures.push(`parity: onnxruntime rejected the reference inputs: ${parity.runError}`);
        else if (parity.outputs.length === 0)
            failures.push('parity: no model output has reference data');
        for (const output of parity.outputs.filter((entry) => !entry.passed)) {
            failures.push(`parity: output "${output.name}": ${output.failure ?? 'mismatch'} (max abs error ${output.maxAbsError.toExponential(3)})`);
        }
    }
    const batch = report.batchConsistency;
    if (batch?.status === 'checked' && !batch.passed) {
        failures.push(`batch: batch of ${batch.batchSize} differs from one-by-one runs${batch.runError ? ` (${batch.runError})` : ''}`);
    }
    const latency = report.latency;
    if (latency?.error)
        failures.push(`latency: ${latency.error}`);
    if (latency?.maxP95Ms !== undefined && latency.candidate.p95Ms > latency.maxP95Ms) {
        failures.push(`latency: p95 ${latency.candidate.p95Ms.toFixed(3)} ms exceeds the budget of ${latency.maxP95Ms} ms`);
    }
    if (latency?.comparison?.verdict === 'fail')
        failures.push(`latency: ${latency.comparison.reason}`);
    if (latency?.comparison?.verdict === 'inconclusive')
        doubts.push(`latency: ${latency.comparison.reason}`);
    if (report.size.maxSizeMb !== undefined && report.size.totalMb > report.size.maxSizeMb) {
        failures.push(`size: ${report.size.totalMb.toFixed(2)} MB exceeds the budget of ${report.size.maxSizeMb} MB`);
    }
    if (failures.length > 0)
        return { result: 'fail', reasons: [...failures, ...doubts] };
    if (doubts.length > 0)
        return { result: 'inconclusive', reasons: doubts };
    return { result: 'pass', reasons: [] };
}

;// CONCATENATED MODULE: ./packages/onnx/src/verify-model.ts










const MEGABYTE = 1024 * 1024;
/** The whole verification of one exported model; the report's verdict says whether it passed. */
async function verifyModel(options) {
    const log = options.log ?? (() => undefined);
    const { ort } = options.runtime;
    const candidate = await inspectModel(options.model.path, options.model.display, 'model');
    log(`Model ${options.model.display}: ${candidate.file.totalBytes} bytes, sha256 ${candidate.file.sha256}`);
    const baseline = options.baselineModel
        ? await inspectModel(options.baselineModel.path, options.baselineModel.display, 'baseline-model')
        : undefined;
    const contract = await readContract(options, candidate, baseline);
    const load = await loadCandidate(options, candidate);
    const session = load.session;
    let parity;
    let batchConsistency;
    let latency;
    let samples = [];
    // Reference data, parity, the batch check, the signature contract and the latency worker are
    // optional steps: each loads its code (the npz/zlib readers, worker_threads) only when it runs.
    if (options.references) {
        const { loadReferenceSamples } = await __nccwpck_require__.e(/* import() */ 50).then(__nccwpck_require__.bind(__nccwpck_require__, 50));
        samples = await loadReferenceSamples(options.references, candidate.signature, options.resolvePath);
    }
    if (session) {
        try {
            if (samples.length > 0) {
                log(`Parity on ${samples.length} reference sample(s)`);
                const { checkParity } = await __nccwpck_require__.e(/* import() */ 801).then(__nccwpck_require__.bind(__nccwpck_require__, 9801));
                parity = await checkParity(ort, session, candidate.signature, samples, options.tolerance);
            }
            else if (options.references) {
                parity = { skipped: 'no reference data given' };
            }
            if (options.batchCheck > 0) {
                log(`Batch consistency: batch of ${options.batchCheck} vs one by one`);
                const { checkBatchConsistency } = await __nccwpck_require__.e(/* import() */ 536).then(__nccwpck_require__.bind(__nccwpck_require__, 536));
                batchConsistency = await checkBatchConsistency(ort, session, candidate.signature, options.batchCheck, options.tolerance);
            }
        }
        finally {
            await session.release();
        }
        if (options.runs > 0) {
            log(`Latency: at least ${options.warmupRuns} warm-up + ${options.runs} timed runs in a worker thread`);
            latency = await measureCandidateLatency(options, candidate, baseline, samples);
        }
    }
    else if (samples.length > 0) {
        parity = { skipped: 'the model did not load' };
    }
    const partial = {
        ...(options.gitSha ? { gitSha: options.gitSha } : {}),
        ...options.run,
        subject: { ...options.subject, sha256: candidate.file.sha256 },
        model: candidate.file,
        ...(baseline
            ? {
                baselineModel: baseline.file,
                baseline: {
                    source: 'file',
                    ...options.baselineOrigin,
                    path: baseline.file.path,
                    sha256: baseline.file.sha256
                }
            }
            : {}),
        runtime: {
            package: 'onnxruntime-node',
            version: options.runtime.version,
            source: options.runtime.source,
            directory: options.runtime.packageDirectory,
            platform: process.platform,
            arch: (0,external_node_os_.arch)()
        },
        structure: candidate.header ? summarizeStructure(candidate.header) : undefined,
        signature: candidate.signature,
        findings: candidate.findings,
        load: load.outcome,
        ...(contract ? { contract } : {}),
        ...(parity ? { parity } : {}),
        ...(batchConsistency ? { batchConsistency } : {}),
        ...(latency ? { latency } : {}),
        size: {
            totalMb: candidate.file.totalBytes / MEGABYTE,
            ...(options.maxSizeMb !== undefined ? { maxSizeMb: options.maxSizeMb } : {}),
            ...(baseline ? { baselineMb: baseline.file.totalBytes / MEGABYTE } : {})
        }
    };
    return {
        schemaVersion: 1,
        kind: 'onnx-verification',
        createdAt: (options.now ?? (() => new Date()))().toISOString(),
        ...partial,
        verdict: decideVerdict(partial)
    };
}
async function readContract(options, candidate, baseline) {
    if (options.contract) {
        const { path, display } = options.contract;
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => {
            throw new errors/* ConfigurationError */.j(`contract "${display}" cannot be read.`, 'contract');
        });
        const { checkSignatureContract, parseSignatureContract } = await signatureContract();
        const expected = parseSignatureContract(text, display);
        return {
            source: `file ${display}`,
            findings: checkSignatureContract(expected, candidate.signature)
        };
    }
    if (baseline?.header) {
        const { checkSignatureContract } = await signatureContract();
        return {
            source: `baseline model ${baseline.file.path}`,
            findings: checkSignatureContract(baseline.signature, candidate.signature)
        };
    }
    return undefined;
}
const signatureContract = () => __nccwpck_require__.e(/* import() */ 114).then(__nccwpck_require__.bind(__nccwpck_require__, 2114));
async function loadCandidate(options, candidate) {
    if (candidate.unsafeToLoad) {
        return {
            outcome: {
                ok: false,
                skipped: 'not handed to onnxruntime: external data points outside the model folder'
            }
        };
    }
    const loaded = await (0,model_session/* createSession */.jw)(options.runtime.ort, options.model.path);
    if (!loaded.ok)
        return { outcome: { ok: false, createMs: loaded.createMs, error: loaded.error } };
    return { outcome: { ok: true, createMs: loaded.createMs }, session: loaded.session };
}
async function measureCandidateLatency(options, candidate, baseline, samples) {
    const first = samples[0];
    const candidateFeeds = first
        ? (0,feed_preparation/* prepareFeeds */.h)(first.inputs, candidate.signature, first.label).feeds
        : (0,synthetic_inputs/* syntheticInputs */.T)(candidate.signature.inputs, {});
    const models = [
        { label: 'candidate', path: options.model.path, feeds: candidateFeeds }
    ];
    const baselineLoads = baseline && options.baselineModel && !baseline.unsafeToLoad && baseline.header;
    if (baselineLoads && options.baselineModel) {
        const feeds = sameInputs(candidate.signature, baseline.signature, candidateFeeds) ??
            (0,synthetic_inputs/* syntheticInputs */.T)(baseline.signature.inputs, {});
        models.push({ label: 'baseline', path: options.baselineModel.path, feeds });
    }
    const inputs = first ? 'reference' : 'synthetic';
    const budget = options.maxP95Ms !== undefined ? { maxP95Ms: options.maxP95Ms } : {};
    const { measureLatency } = await __nccwpck_require__.e(/* import() */ 238).then(__nccwpck_require__.bind(__nccwpck_require__, 9238));
    try {
        const measured = await measureLatency(options.runtime.packageDirectory, models, {
            warmupRuns: options.warmupRuns,
            runs: options.runs
        });
        const [candidateStats, baselineStats] = measured.models;
        return {
            candidate: withoutSamples(candidateStats),
            ...(baselineStats
                ? {
                    baseline: withoutSamples(baselineStats),
                    comparison: compareLatency(candidateStats.samplesMs, baselineStats.samplesMs, options.latencyTolerance)
                }
                : {}),
            peakRssMb: measured.peakRssMb,
            inputs,
            ...budget
        };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { candidate: emptyFigures(), peakRssMb: 0, inputs, ...budget, error: message };
    }
}
function sameInputs(candidate, baseline, feeds) {
    const key = (signature) => signature.inputs.map((input) => `${input.name}:${input.dtype}`).join(',');
    return key(candidate) === key(baseline) ? feeds : undefined;
}
function withoutSamples(stats) {
    const { samplesMs: _samples, ...figures } = stats;
    return figures;
}
function emptyFigures() {
    return {
        label: 'candidate',
        runs: 0,
        warmupRuns: 0,
        sessionCreateMs: NaN,
        firstInferenceMs: NaN,
        minMs: NaN,
        p50Ms: NaN,
        p90Ms: NaN,
        p95Ms: NaN,
        p99Ms: NaN,
        maxMs: NaN,
        meanMs: NaN,
        stddevMs: NaN,
        throughputPerSecond: NaN,
        percentileMethod: ''
    };
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/number-format.ts
const DEFAULT_SIGNIFICANT_DIGITS = 4;
const DEFAULT_PERCENT_SIGNIFICANT_DIGITS = 2;
/**
 * Non-integers are written out from 0.0001 (so learning rates like 1e-4 read `0.0001`) up to, not
 * including, 1,000,000, judged after rounding; outside that range they get scientific notation
 * (`1.235e-7`, `1.235e6`). Compared as powers of ten because `10 ** -4` is not exactly 0.0001.
 */
const MIN_POSITIONAL_EXPONENT = -4;
const MAX_POSITIONAL_EXPONENT = 5;
/**
 * A number for people: significant digits, never a small value rounded to 0, integers whole
 * (no grouping, so the text can be pasted back into code), `NaN`, `∞`, `−∞`, and -0 as `0`.
 * Integers beyond 2^53 are not exact any more, so they get scientific notation like other large values.
 */
function formatNumber(value, options = {}) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return '−∞';
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    const { exponent } = rounded;
    if (exponent < MIN_POSITIONAL_EXPONENT || exponent > MAX_POSITIONAL_EXPONENT) {
        return scientific(rounded);
    }
    if (exponent >= significantDigits - 1)
        return String(Math.round(value));
    return positional(rounded);
}
/**
 * Like formatNumber but never in scientific notation, for consumers that cannot parse exponents
 * (mermaid's xychart). Non-finite values are a caller bug here.
 */
function formatPlainDecimal(value, options = {}) {
    if (!Number.isFinite(value))
        throw new RangeError(`Cannot write ${value} as a plain decimal`);
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    if (rounded.exponent >= significantDigits - 1)
        return BigInt(Math.round(value)).toString();
    return positional(rounded);
}
/** formatNumber with an explicit `+` on positive values; zero and NaN stay unsigned. */
function formatSigned(value, options = {}) {
    const text = formatNumber(value, options);
    return value > 0 ? `+${text}` : text;
}
/**
 * The change relative to `base` in percent, signed: `+1.4%`. Undefined when it has no meaning
 * (base 0 or not finite, delta NaN). The base's magnitude is used so that the sign follows the delta.
 */
function formatPercentChange(delta, base, options = {}) {
    if (base === 0 || !Number.isFinite(base) || Number.isNaN(delta))
        return undefined;
    const percent = (delta / Math.abs(base)) * 100;
    const significantDigits = options.percentSignificantDigits ?? DEFAULT_PERCENT_SIGNIFICANT_DIGITS;
    return `${formatSigned(percent, { significantDigits })}%`;
}
/** `+0.0123 (+1.4%)`; the percent part is left out when there is none (see formatPercentChange). */
function formatDelta(delta, base, options = {}) {
    const absolute = formatSigned(delta, options);
    const percent = formatPercentChange(delta, base, options);
    return percent === undefined ? absolute : `${absolute} (${percent})`;
}
function checkSignificantDigits(requested) {
    const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS;
    if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
        throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`);
    }
    return digits;
}
function roundToSignificant(value, significantDigits) {
    // toExponential rounds the exact binary value once, so every notation below shows the same digits.
    const [mantissa = '0', exponent = '0'] = Math.abs(value)
        .toExponential(significantDigits - 1)
        .split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    return { negative: value < 0, digits, exponent: Number(exponent) };
}
function scientific({ negative, digits, exponent }) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${negative ? '-' : ''}${mantissa}e${exponent}`;
}
function positional({ negative, digits, exponent }) {
    const sign = negative ? '-' : '';
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/trusted.ts
function trustedMarkdown(markdown) {
    return { trustedMarkdown: markdown };
}
function isTrustedMarkdown(value) {
    return typeof value === 'object' && value !== null && 'trustedMarkdown' in value;
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/code.ts

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
function inlineCode(text) {
    const content = (0,unicode/* toPrintable */.f8)(text).replace(/\r\n|\r|\n/g, ' ');
    if (content === '')
        return '';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
    const padding = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Untrusted text as a fenced code block. The fence is longer than any backtick run inside, so the
 * content cannot close it; the language is reduced to characters an info string may hold.
 */
function codeBlock(text, language = '') {
    const content = toPrintable(text)
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${fence}${info}\n${content}\n${fence}`;
}
function longestRun(text, character) {
    let longest = 0;
    let current = 0;
    for (const each of text) {
        current = each === character ? current + 1 : 0;
        longest = Math.max(longest, current);
    }
    return longest;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/escape.ts

/**
 * Escaping of untrusted text (file contents, metric names, keys, logs) for GitHub-flavoured markdown.
 *
 * - `&`, `<`, `>` become entities, so HTML, comments (`<!-- marker -->`), `</details>` and
 *   `<img>`/`<script>` are shown, not interpreted.
 * - Markdown punctuation that could start a construct (`\` `` ` `` `*` `~` `[` `]` `|` `$`, and `_`
 *   outside a word) is backslash-escaped: no code spans, fences, emphasis, links, images
 *   (`![x](https://…)` loses its `[`), math or table cells can be opened.
 * - `@name` gets a zero-width space after the `@`: GitHub's mention filter runs on the rendered text,
 *   where an entity such as `&#64;` would already be an `@` again, so only a character that stays
 *   between `@` and the name stops the ping.
 * - `#123` gets the same treatment: GitHub links it and adds a cross-reference to that issue's
 *   timeline on every edit of a sticky comment, which is noise in someone else's issue.
 * - Line breaks become `<br>`, so the text stays on one line of markdown and cannot start a block.
 * - Control characters and lone surrogates become U+FFFD.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LINE_BREAK = /\r\n|\r|\n/g;
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '~', '[', ']', '|', '$']);
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[\\`*~[\]|$&<>_@#"]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MENTION_START = /[A-Za-z0-9]/;
/** Untrusted text for a paragraph, list item or heading: also safe at the start of a line. */
function escapeText(text) {
    return escapeLineStart(escapeInline(text, 'text'));
}
/** Untrusted text for a GFM table cell. Pipes are escaped; block markers need no escaping in a cell. */
function escapeCell(text) {
    return escapeInline(text, 'cell');
}
/**
 * Untrusted text inside raw HTML such as `<summary>`, where markdown is not parsed (so a backslash
 * would show) but entities are: entity-escapes, neutralises mentions and issue references.
 */
function escapeHtml(text) {
    return escapeInline(text, 'html');
}
function escapeInline(text, context) {
    const clean = (0,unicode/* toPrintable */.f8)(text);
    const escaped = clean.replace(SPECIAL, (character, offset) => escapeCharacter(character, clean, offset, context));
    return escaped.replace(LINE_BREAK, context === 'html' ? ' ' : '<br>');
}
function escapeCharacter(character, text, offset, context) {
    const entity = ENTITIES[character];
    if (entity !== undefined)
        return entity;
    const next = text[offset + 1] ?? '';
    if (character === '@')
        return MENTION_START.test(next) ? `@${ZERO_WIDTH_SPACE}` : '@';
    if (character === '#')
        return escapeHash(text, offset, context);
    if (context === 'html')
        return character === '"' ? '&quot;' : character;
    if (character === '"')
        return character;
    if (character === '_')
        return isIntraword(text, offset) ? '_' : '\\_';
    return BACKSLASH_ESCAPED.has(character) ? `\\${character}` : character;
}
/**
 * `#` after a space would close a heading (`## title #`), and before a digit it is an issue reference.
 * A `#` opening a line is escapeLineStart's concern.
 */
function escapeHash(text, offset, context) {
    const previous = text[offset - 1];
    const closesHeading = context === 'text' && (previous === ' ' || previous === '\t');
    const hash = closesHeading ? '\\#' : '#';
    return /[0-9]/.test(text[offset + 1] ?? '') ? `${hash}${ZERO_WIDTH_SPACE}` : hash;
}
/** An underscore between two word characters can neither open nor close emphasis. */
function isIntraword(text, offset) {
    const previous = text[offset - 1] ?? '';
    const next = text[offset + 1] ?? '';
    return WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next);
}
/**
 * Escape what would make a line of inline markdown start a block: a heading (`#`), a list marker
 * (`-`, `+`, `1.` followed by a space), or a setext underline or thematic break (a line of only `-`
 * or `=`). `>`, `*` and `_` are escaped everywhere already. `-0.5` is left alone: it starts no block.
 */
function escapeLineStart(markdown) {
    if (/^\s*([-=])(\s*\1)*\s*$/.test(markdown))
        return markdown.replace(/^(\s*)/, '$1\\');
    return markdown
        .replace(/^(\s*)(#|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/table.ts




/** Shown where a row has no value for a column. */
const MISSING_CELL = '–';
const ALIGN_CODES = {
    left: 'l',
    right: 'r',
    center: 'c',
    none: ''
};
/** A GFM table. Every plain-string cell and header is escaped; short rows are filled with empty cells. */
function table(headers, rows, align = [], options = {}) {
    if (headers.length === 0)
        throw new RangeError('A table needs at least one column');
    const matrix = [headers.map(renderCell)];
    for (const [index, row] of rows.entries()) {
        if (row.length > headers.length) {
            throw new RangeError(`Table row ${index} has ${row.length} cells for ${headers.length} columns`);
        }
        const cells = row.map(renderCell);
        while (cells.length < headers.length)
            cells.push('');
        matrix.push(cells);
    }
    return markdownTable(matrix, {
        align: headers.map((_, column) => ALIGN_CODES[align[column] ?? 'none']),
        alignDelimiters: options.alignDelimiters ?? true,
        stringLength: unicode/* countCodePoints */.sA
    });
}
function renderCell(cell) {
    if (cell === null || cell === undefined)
        return MISSING_CELL;
    if (isTrustedMarkdown(cell))
        return protectTableStructure(cell.trustedMarkdown);
    return escapeCell(cell);
}
/**
 * GFM splits cells on every unescaped pipe, even inside code spans, and un-escapes `\|` before
 * inline parsing; so escaping all pipes keeps trusted markdown in its cell and renders it unchanged.
 */
function protectTableStructure(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/details.ts


/**
 * A collapsible block. The summary sits in raw HTML, so a plain string is HTML-escaped (markdown is
 * not parsed there). Blank lines around the body let GitHub render it as markdown.
 */
function details(summary, body, options = {}) {
    const summaryHtml = isTrustedMarkdown(summary) ? summary.trustedMarkdown : escapeHtml(summary);
    const tag = options.open ? '<details open>' : '<details>';
    return `${tag}<summary>${summaryHtml}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>`;
}

;// CONCATENATED MODULE: ./packages/onnx/src/report-markdown.ts


const VERDICT_LABEL = {
    pass: '✅ pass',
    fail: '❌ fail',
    inconclusive: '⚠️ inconclusive'
};
const number = (value, digits = 4) => value === undefined || Number.isNaN(value)
    ? '–'
    : formatNumber(value, { significantDigits: digits });
const code = (text) => trustedMarkdown(inlineCode(text));
/** The job-summary view of a report. Every name that came from the model or the user's files is escaped. */
function renderReportMarkdown(report) {
    const sections = [
        `## ONNX export verification: ${VERDICT_LABEL[report.verdict.result]}`,
        renderHeadline(report),
        renderReasons(report),
        renderSignature(report),
        renderFindings('Structure findings', report.findings),
        renderLoad(report),
        report.contract
            ? renderFindings(`Signature contract (against ${report.contract.source})`, report.contract.findings, 'No breaking changes.')
            : '',
        renderParity(report),
        renderBatch(report),
        report.latency ? renderLatency(report.latency) : '',
        renderStructureDetails(report)
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function renderHeadline(report) {
    const { model, runtime, size } = report;
    const parts = [
        `Model ${inlineCode(model.path)}`,
        `sha256 ${inlineCode(model.sha256.slice(0, 16))}…`,
        `${number(size.totalMb)} MB${size.maxSizeMb !== undefined ? ` (budget ${number(size.maxSizeMb)} MB)` : ''}${size.baselineMb !== undefined ? `, baseline ${number(size.baselineMb)} MB` : ''}`,
        `onnxruntime-node ${escapeText(runtime.version)} (${runtime.source}, ${runtime.platform}-${runtime.arch})`
    ];
    if (report.baseline?.source === 'registry' && report.baseline.model) {
        const alias = report.baseline.alias ? ` (alias ${inlineCode(report.baseline.alias)})` : '';
        parts.push(`baseline ${inlineCode(`${report.baseline.model}/${report.baseline.version ?? '?'}`)}${alias} from the registry`);
    }
    if (report.gitSha)
        parts.push(`commit ${inlineCode(report.gitSha.slice(0, 12))}`);
    return parts.join(' · ');
}
function renderReasons(report) {
    if (report.verdict.reasons.length === 0)
        return '';
    return report.verdict.reasons.map((reason) => `- ${escapeText(reason)}`).join('\n');
}
function renderSignature(report) {
    const rows = [
        ...report.signature.inputs.map((value) => [
            'input',
            code(value.name),
            value.dtype,
            code((0,model_signature/* formatShape */.B)(value.shape))
        ]),
        ...report.signature.outputs.map((value) => [
            'output',
            code(value.name),
            value.dtype,
            code((0,model_signature/* formatShape */.B)(value.shape))
        ])
    ];
    if (rows.length === 0)
        return '';
    return `### Signature\n\n${table(['', 'Name', 'Type', 'Shape'], rows)}`;
}
function renderFindings(title, findings, whenEmpty = '') {
    if (findings.length === 0)
        return whenEmpty ? `### ${title}\n\n${whenEmpty}` : '';
    const rows = findings.map((entry) => [entry.severity, code(entry.code), entry.message]);
    return `### ${title}\n\n${table(['Severity', 'Code', 'Message'], rows)}`;
}
function renderLoad(report) {
    const { load } = report;
    if (load.ok)
        return `### Load\n\nonnxruntime created a session in ${number(load.createMs, 3)} ms.`;
    if (load.error)
        return `### Load\n\n**${escapeText(load.error.kind)}**: ${escapeText(load.error.message)}`;
    return `### Load\n\n${escapeText(load.skipped ?? 'not loaded')}`;
}
function renderParity(report) {
    const parity = report.parity;
    if (!parity)
        return '';
    if ('skipped' in parity)
        return `### Parity\n\nSkipped: ${escapeText(parity.skipped)}.`;
    const { atol, rtol } = parity.tolerance;
    const overrides = Object.keys(parity.tolerance.perOutput ?? {}).length;
    const header = `### Parity\n\n${parity.samples} sample(s); ${escapeText(parity.semantics)}; atol ${number(atol)}, rtol ${number(rtol)}${overrides ? `, ${overrides} output(s) with their own tolerance` : ''}. "atol needed" / "rtol needed": the smallest value that would pass with the other one unchanged.`;
    const notes = [
        parity.runError
            ? `onnxruntime rejected the reference inputs: ${escapeText(parity.runError)}`
            : '',
        parity.casts.length
            ? `Inputs converted: ${parity.casts.map((cast) => escapeText(cast)).join(', ')}.`
            : '',
        parity.uncompared.length
            ? `Outputs without reference data (not compared): ${parity.uncompared.map((name) => inlineCode(name)).join(', ')}.`
            : ''
    ].filter(Boolean);
    return [header, ...notes, parityTable(parity.outputs), worstElements(parity.outputs)]
        .filter(Boolean)
        .join('\n\n');
}
function parityTable(outputs) {
    if (outputs.length === 0)
        return '';
    const rows = outputs.map((output) => [
        code(output.name),
        output.passed ? '✅' : `❌ ${output.failure ?? ''}`,
        `${number(output.atol)} / ${number(output.rtol)}`,
        number(output.maxAbsError),
        number(output.meanAbsError),
        number(output.p99AbsError),
        number(output.maxRelError),
        number(output.minPassingAtol),
        number(output.minPassingRtol),
        output.argmax ? `${number(output.argmax.rate * 100)}% of ${output.argmax.rows}` : null
    ]);
    return table([
        'Output',
        'Result',
        'atol / rtol',
        'max abs',
        'mean abs',
        'p99 abs',
        'max rel',
        'atol needed',
        'rtol needed',
        'argmax agreement'
    ], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
}
function worstElements(outputs) {
    const rows = outputs.flatMap((output) => output.worst.map((element) => [
        code(output.name),
        element.sample,
        code(`[${element.index.join(', ')}]`),
        number(element.actual, 6),
        number(element.expected, 6),
        number(element.absError),
        number(element.relError)
    ]));
    if (rows.length === 0)
        return '';
    return details('Largest differences', table(['Output', 'Sample', 'Index', 'ONNX', 'Reference', 'abs', 'rel'], rows));
}
function renderBatch(report) {
    const batch = report.batchConsistency;
    if (!batch)
        return '';
    if (batch.status === 'skipped')
        return `### Batch consistency\n\nSkipped: ${escapeText(batch.reason)}.`;
    const verdict = batch.passed ? '✅ consistent' : '❌ inconsistent';
    const summary = `### Batch consistency\n\n${verdict}: batch of ${batch.batchSize} (${inlineCode(batch.batchDimension)}) vs one sample at a time.`;
    return [summary, batch.runError ? escapeText(batch.runError) : '', parityTable(batch.outputs)]
        .filter(Boolean)
        .join('\n\n');
}
function renderLatency(latency) {
    if (latency.error)
        return `### Latency\n\n❌ ${escapeText(latency.error)}`;
    const rows = [latency.candidate, ...(latency.baseline ? [latency.baseline] : [])].map((stats) => [
        stats.label,
        number(stats.sessionCreateMs, 3),
        number(stats.firstInferenceMs, 3),
        number(stats.p50Ms, 3),
        number(stats.p90Ms, 3),
        number(stats.p95Ms, 3),
        number(stats.p99Ms, 3),
        number(stats.meanMs, 3),
        number(stats.stddevMs, 3),
        number(stats.throughputPerSecond, 4)
    ]);
    const lines = [
        `### Latency (ms)`,
        table(['Model', 'session', 'first run', 'p50', 'p90', 'p95', 'p99', 'mean', 'std', 'runs/s'], rows, ['left', ...Array(9).fill('right')]),
        `${latency.candidate.runs} timed runs after ${latency.candidate.warmupRuns} warm-up runs on ${latency.inputs} inputs, in a worker thread; percentiles: ${escapeText(latency.candidate.percentileMethod)}. Peak RSS ${number(latency.peakRssMb)} MB.${latency.maxP95Ms !== undefined ? ` Budget: p95 ≤ ${number(latency.maxP95Ms)} ms.` : ''}`
    ];
    if (latency.comparison) {
        lines.push(`Against the baseline (${latency.comparison.verdict}): ${escapeText(latency.comparison.reason)}; median ratio ${number(latency.comparison.medianRatio)}, p95 ratio ${number(latency.comparison.p95Ratio)}.`);
    }
    return lines.join('\n\n');
}
function renderStructureDetails(report) {
    const structure = report.structure;
    if (!structure)
        return '';
    const facts = [
        ['IR version', String(structure.irVersion ?? '–')],
        [
            'Opsets',
            structure.opsetImports
                .map((opset) => `${opset.domain || 'ai.onnx'} ${opset.version}`)
                .join(', ')
        ],
        ['Producer', `${structure.producer.name} ${structure.producer.version}`.trim()],
        ['Nodes', String(structure.nodeCount)],
        [
            'Parameters',
            `${structure.initializers.parameters} in ${structure.initializers.count} initializers (${number(structure.initializers.bytes / 1024 / 1024)} MB, ${number(structure.initializers.externalBytes / 1024 / 1024)} MB external)`
        ],
        ...Object.entries(structure.metadata).map(([key, value]) => [`metadata ${key}`, value])
    ];
    const ops = Object.entries(structure.opHistogram)
        .sort((a, b) => b[1] - a[1])
        .map(([op, count]) => [code(op), String(count)]);
    const largest = structure.initializers.largest.map((initializer) => [
        code(initializer.name),
        initializer.dtype,
        code(`[${initializer.dims.join(', ')}]`),
        String(initializer.bytes),
        initializer.external ? 'external' : ''
    ]);
    const body = [
        table(['', 'Value'], facts),
        ops.length ? table(['Op', 'Count'], ops) : '',
        largest.length ? table(['Largest initializers', 'Type', 'Shape', 'Bytes', ''], largest) : ''
    ];
    return details('Model structure', body.filter(Boolean).join('\n\n'));
}

// EXTERNAL MODULE: ./packages/onnx/src/tolerance-spec.ts
var tolerance_spec = __nccwpck_require__(4848);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/git-revision.ts

/** The commit the report is about: GITHUB_SHA in a run, else `git rev-parse HEAD` where available. */
async function currentGitSha(env, cwd) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        // Runners set GITHUB_SHA; only a run elsewhere loads child_process to ask git.
        const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
        const { stdout } = await (0,external_node_util_.promisify)(execFile)('git', ['rev-parse', 'HEAD'], {
            cwd,
            timeout: 5_000
        });
        const sha = stdout.trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/verify-export.ts









const REPORT_FILE_NAME = 'onnx-verification.json';
/**
 * The action: optional export command, then the verification of the model, the JSON report, the
 * job summary and (when asked) the sticky PR comment. onnxruntime-node comes from onnxruntime-path,
 * the tool cache, or the npm registry (NPM_CONFIG_REGISTRY, NODE_AUTH_TOKEN for a private mirror).
 */
const verifyExport = async (inputs, context) => {
    const workingDirectory = (0,external_node_path_.resolve)(context.cwd, inputs.workingDirectory);
    const locate = (path) => (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workingDirectory, path);
    const location = (path) => ({ path: locate(path), display: path });
    if (inputs.exportCommand) {
        context.log.info(`Running the export command in ${workingDirectory}`);
        // Optional (export-command): the child-process code loads only for runs that export.
        const { runExportCommand } = await __nccwpck_require__.e(/* import() */ 240).then(__nccwpck_require__.bind(__nccwpck_require__, 3240));
        const exported = await runExportCommand(inputs.exportCommand, workingDirectory, context.env, context.log);
        if (exported.exitCode !== 0) {
            const how = exported.signal
                ? `was killed by ${exported.signal}`
                : `exited with code ${exported.exitCode}`;
            const failure = `The export command ${how}; no model was verified.`;
            const markdown = `## ONNX export verification: ❌ fail\n\n${failure}\n`;
            const comment = await postComment(inputs, context, markdown);
            return {
                outputs: { result: 'fail', 'comment-url': comment.url },
                report: markdown,
                failure
            };
        }
    }
    const tolerance = readTolerances(inputs);
    const scratch = context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const registryBaseline = await readRegistryBaseline(inputs, context, workingDirectory, scratch);
    const registered = await readRegisteredSubject(inputs, workingDirectory);
    const runtime = await loadOnnxRuntime({
        ...(inputs.onnxruntimePath ? { path: locate(inputs.onnxruntimePath) } : {}),
        toolCache: context.env.RUNNER_TOOL_CACHE || scratch,
        install: installFromRegistry(context)
    });
    context.log.info(`onnxruntime-node ${runtime.version} from ${runtime.source}: ${runtime.packageDirectory}`);
    const gitSha = await currentGitSha(context.env, workingDirectory);
    const report = await verifyModel({
        model: location(inputs.model),
        runtime,
        resolvePath: locate,
        ...referenceSources(inputs),
        tolerance,
        ...(inputs.contract ? { contract: location(inputs.contract) } : {}),
        ...(registryBaseline
            ? { baselineModel: registryBaseline.location, baselineOrigin: registryBaseline.origin }
            : inputs.baselineModel
                ? { baselineModel: location(inputs.baselineModel) }
                : {}),
        batchCheck: inputs.batchCheck ?? 0,
        warmupRuns: inputs.warmupRuns ?? 10,
        runs: inputs.runs ?? 100,
        ...(inputs.maxP95Ms !== undefined ? { maxP95Ms: inputs.maxP95Ms } : {}),
        ...(inputs.maxSizeMb !== undefined ? { maxSizeMb: inputs.maxSizeMb } : {}),
        latencyTolerance: inputs.latencyTolerance ?? 0.1,
        ...(gitSha ? { gitSha } : {}),
        run: runProvenance(context.env),
        ...(registered ? { subject: { model: registered.model, version: registered.version } } : {}),
        log: (message) => context.log.info(message)
    });
    if (registered && !registered.digests.includes(report.model.sha256)) {
        throw new errors/* ConfigurationError */.j(`model-ref "${inputs.modelRef}": model "${inputs.model}" (sha256 ${report.model.sha256.slice(0, 12)}…) is not a file of ${registered.model}/${registered.version}.`, 'model-ref');
    }
    const reportPath = inputs.reportPath
        ? locate(inputs.reportPath)
        : (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const markdown = renderReportMarkdown(report);
    const comment = await postComment(inputs, context, markdown);
    const result = report.verdict.result;
    const failing = inputs.failOn === 'never'
        ? false
        : result === 'fail' || (inputs.failOn === 'inconclusive' && result === 'inconclusive');
    return {
        outputs: {
            result,
            'report-path': reportPath,
            'max-abs-diff': maxAbsDiff(report),
            'p95-ms': report.latency && !report.latency.error ? report.latency.candidate.p95Ms : undefined,
            'size-mb': Number(report.size.totalMb.toFixed(6)),
            'model-sha256': report.model.sha256,
            'comment-url': comment.url
        },
        report: markdown,
        ...(failing
            ? { failure: `ONNX verification ${result}: ${report.verdict.reasons[0] ?? result}` }
            : {})
    };
};
/**
 * The npm-registry installer, loaded on the first install only: a runtime from onnxruntime-path or
 * the tool cache needs no tarball download, gunzip or tar code.
 */
function installFromRegistry(context) {
    return async (prefix, version) => {
        const { registryInstaller } = await __nccwpck_require__.e(/* import() */ 10).then(__nccwpck_require__.bind(__nccwpck_require__, 7010));
        const install = registryInstaller({
            registry: context.env.NPM_CONFIG_REGISTRY || context.env.npm_config_registry || '',
            ...(context.env.NODE_AUTH_TOKEN ? { token: context.env.NODE_AUTH_TOKEN } : {}),
            log: (message) => context.log.info(message)
        });
        await install(prefix, version);
    };
}
/** The sticky PR comment (mode off: nothing); GitHub's refusals are warnings, not failures. */
function postComment(inputs, context, markdown) {
    return commentOnPullRequest({
        action: 'onnx-export-verify',
        markdown,
        mode: inputs.comment,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        env: context.env,
        logger: context.log
    });
}
function readTolerances(inputs) {
    return (0,tolerance_spec/* toleranceSpec */.v_)((0,tolerance_spec/* parseToleranceList */.x$)(inputs.atol, 'atol', 1e-5), (0,tolerance_spec/* parseToleranceList */.x$)(inputs.rtol, 'rtol', 1e-3), inputs.comparison);
}
async function readRegistryBaseline(inputs, context, workingDirectory, scratch) {
    if (!inputs.baselineRef)
        return undefined;
    if (inputs.baselineModel) {
        throw new errors/* ConfigurationError */.j('baseline-model and baseline-ref are both set; give the baseline as a file or as a registry reference, not both.', 'baseline-ref');
    }
    // Loaded on demand: the registry brings the S3 client, which a run without baseline-ref never needs.
    const { fetchRegistryBaseline } = await __nccwpck_require__.e(/* import() */ 676).then(__nccwpck_require__.bind(__nccwpck_require__, 5676));
    const baseline = await fetchRegistryBaseline({
        ...registryAccess(inputs, workingDirectory),
        ref: inputs.baselineRef,
        candidateFileName: (0,external_node_path_.basename)(inputs.model),
        scratch
    });
    context.log.info(`Baseline ${baseline.location.display} downloaded from the registry`);
    return baseline;
}
function registryAccess(inputs, cwd) {
    return {
        registry: inputs.registry,
        cwd,
        s3: s3OptionsFromInputs(inputs)
    };
}
/** `model-ref`: the registry version the verified file belongs to; the file must be one of its files. */
async function readRegisteredSubject(inputs, workingDirectory) {
    if (!inputs.modelRef)
        return undefined;
    const { resolveRegisteredModel } = await __nccwpck_require__.e(/* import() */ 676).then(__nccwpck_require__.bind(__nccwpck_require__, 5676));
    return resolveRegisteredModel({
        ...registryAccess(inputs, workingDirectory),
        ref: inputs.modelRef
    });
}
function runProvenance(env) {
    const event = readEventContext(env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    if (event.runId === undefined)
        return {};
    return {
        runId: String(event.runId),
        runAttempt: event.runAttempt,
        ...(event.runUrl ? { runUrl: `${event.runUrl}/attempts/${event.runAttempt}` } : {})
    };
}
function referenceSources(inputs) {
    const { referenceInputs, referenceOutputs, referenceData } = inputs;
    if (referenceInputs.length + referenceOutputs.length + referenceData.length === 0)
        return {};
    if (referenceInputs.length > 0 && referenceOutputs.length === 0) {
        throw new errors/* ConfigurationError */.j('reference-inputs is set without reference-outputs: there is nothing to compare with.', 'reference-outputs');
    }
    return { references: { inputs: referenceInputs, outputs: referenceOutputs, data: referenceData } };
}
function maxAbsDiff(report) {
    const parity = report.parity;
    if (!parity || 'skipped' in parity || parity.outputs.length === 0)
        return undefined;
    return Math.max(...parity.outputs.map((output) => output.maxAbsError));
}

;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/main.ts



const run = () => runAction(onnxExportVerify, verifyExport);


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ toError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix: a bad input value, a missing or malformed file.
 * The message must name the input or the file so the fix is obvious from the log line alone.
 */
class ConfigurationError extends Error {
    input;
    name = 'ConfigurationError';
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** Narrow an unknown thrown value to an Error without losing non-Error throws. */
function toError(value) {
    if (value instanceof Error)
        return value;
    return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}


/***/ }),

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Os: () => (/* binding */ COMMENT_LIMIT_CODE_POINTS),
  zS: () => (/* binding */ JOB_SUMMARY_LIMIT),
  DJ: () => (/* binding */ fitMarkdown)
});

;// CONCATENATED MODULE: ./packages/core/src/markdown/open-blocks.ts
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const DETAILS_OPENING = /<details(?:\s[^>]*)?>/gi;
const DETAILS_CLOSING = /<\/details\s*>/gi;
/**
 * Follows, line by line, the constructs that would swallow whatever comes after a cut: a code fence,
 * an HTML comment and `<details>` elements. Only markup this project writes is expected here
 * (untrusted text is escaped before), so the rules are CommonMark's for top-level fences and a plain
 * count of tags.
 */
class OpenBlocks {
    fence;
    inComment = false;
    detailsDepth = 0;
    advance(line) {
        if (this.fence !== undefined) {
            const closing = FENCE_CLOSING.exec(line)?.[1];
            if (closing !== undefined &&
                closing[0] === this.fence[0] &&
                closing.length >= this.fence.length) {
                this.fence = undefined;
            }
            return;
        }
        if (!this.inComment) {
            const opening = FENCE_OPENING.exec(line);
            const marker = opening?.[1];
            if (marker !== undefined && !(marker.startsWith('`') && opening?.[2]?.includes('`'))) {
                this.fence = marker;
                return;
            }
        }
        this.followHtml(line);
    }
    /** Markdown that closes what is open, innermost first, to append after the last kept line. */
    closers() {
        let text = '';
        if (this.fence !== undefined)
            text += `\n${this.fence}`;
        else if (this.inComment)
            text += '\n-->';
        text += '\n\n</details>'.repeat(this.detailsDepth);
        return text;
    }
    followHtml(line) {
        let rest = line;
        while (rest !== '') {
            if (this.inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    return;
                this.inComment = false;
                rest = rest.slice(end + 3);
                continue;
            }
            const start = rest.indexOf('<!--');
            this.countDetails(start < 0 ? rest : rest.slice(0, start));
            if (start < 0)
                return;
            this.inComment = true;
            rest = rest.slice(start + 4);
        }
    }
    countDetails(html) {
        const opened = html.match(DETAILS_OPENING)?.length ?? 0;
        const closed = html.match(DETAILS_CLOSING)?.length ?? 0;
        this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed);
    }
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/fit-markdown.ts


/** GitHub rejects issue and pull-request comments longer than 65,536 characters (code points). */
const COMMENT_LIMIT_CODE_POINTS = 65_536;
/** The job summary limit is 1 MiB per step; 1,000,000 bytes leaves room for what others append. */
const JOB_SUMMARY_LIMIT = 1_000_000;
const ELLIPSIS = '…';
const BLOCK_SEPARATOR = '\n\n';
/** A line is only kept in part when at least this much of it fits; less is not worth reading. */
const MIN_PARTIAL_CODE_POINTS = 20;
/**
 * Fit markdown under GitHub's limits, counting code points and UTF-8 bytes (never UTF-16 units).
 * The cut falls between lines, so table rows stay whole; a long plain line that would be lost
 * entirely is kept in part, cut between code points. Code fences, HTML comments and `<details>`
 * left open are closed, then the notice and `keepTail` follow, and the whole result fits the limits.
 */
function fitMarkdown(markdown, options) {
    const limit = resolveLimit(options);
    const body = (0,unicode/* toWellFormed */.lH)(markdown).replace(/\n+$/, '');
    const tail = options.keepTail === undefined ? '' : (0,unicode/* toWellFormed */.lH)(options.keepTail);
    const whole = joinBlocks(body, tail);
    if (fits(measure(whole), limit))
        return { text: whole, truncated: false, droppedLines: 0 };
    const ending = joinBlocks(options.notice, tail);
    const endingSize = measure(BLOCK_SEPARATOR + ending);
    if (!fits(measure(ending), limit)) {
        throw new RangeError('The truncation notice and the kept tail alone exceed the limit');
    }
    const lines = body.split('\n');
    const blocks = new OpenBlocks();
    let kept = { codePoints: 0, bytes: 0 };
    let keptLines = 0;
    let closers = '';
    for (const line of lines) {
        blocks.advance(line);
        const lineClosers = blocks.closers();
        const withLine = add(kept, measure(line), keptLines === 0 ? 0 : 1);
        if (!fits(add(add(withLine, measure(lineClosers)), endingSize), limit))
            break;
        kept = withLine;
        closers = lineClosers;
        keptLines++;
    }
    let head = lines.slice(0, keptLines).join('\n');
    const firstDropped = lines[keptLines];
    if (firstDropped !== undefined && canKeepInPart(firstDropped)) {
        const separator = keptLines === 0 ? 0 : 1;
        const room = subtract(limit, add(add(kept, measure(closers), separator), endingSize));
        const part = partOfLine(firstDropped, subtract(room, measure(ELLIPSIS)));
        if (part !== '')
            head += `${keptLines === 0 ? '' : '\n'}${part}${ELLIPSIS}`;
    }
    return {
        text: joinBlocks(head + closers, ending),
        truncated: true,
        droppedLines: lines.length - keptLines
    };
}
function resolveLimit(options) {
    const { maxCodePoints, maxBytes } = options;
    const neither = maxCodePoints === undefined && maxBytes === undefined;
    const limit = {
        codePoints: neither ? COMMENT_LIMIT_CODE_POINTS : (maxCodePoints ?? Infinity),
        bytes: maxBytes ?? Infinity
    };
    for (const [name, value] of Object.entries(limit)) {
        if (!(value > 0))
            throw new RangeError(`The ${name} limit must be positive, got ${value}`);
    }
    return limit;
}
/**
 * Table rows, HTML lines and fence lines are all-or-nothing: half a row breaks the table, half a tag
 * can swallow the notice.
 */
function canKeepInPart(line) {
    return !/^\s*(\||<|`{3,}|~{3,})/.test(line) && !line.includes('<!--');
}
function partOfLine(line, room) {
    const maxCodePoints = Math.min(room.codePoints, room.bytes);
    if (maxCodePoints < MIN_PARTIAL_CODE_POINTS)
        return '';
    let part = (0,unicode/* headByCodePoints */.Wu)(line, maxCodePoints);
    let excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    while (excess > 0) {
        // A code point is 1 to 4 bytes: drop the fewest that could remove the excess, then check again.
        part = (0,unicode/* headByCodePoints */.Wu)(part, (0,unicode/* countCodePoints */.sA)(part) - Math.max(1, Math.ceil(excess / 4)));
        excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    }
    return withoutUnfinishedMarkup(part);
}
/** A cut inside `&amp;` or `<br>` would show half an entity or leave half a tag open. */
function withoutUnfinishedMarkup(part) {
    const trimmed = part.replace(/&[#A-Za-z0-9]{0,10}$/, '').replace(/<\/?[A-Za-z]{0,10}$/, '');
    // An odd number of trailing backslashes would escape whatever follows.
    return trimmed.replace(/(?<!\\)\\(\\\\)*$/, '$1');
}
function joinBlocks(...blocks) {
    return blocks.filter((block) => block !== '').join(BLOCK_SEPARATOR);
}
function measure(text) {
    return { codePoints: (0,unicode/* countCodePoints */.sA)(text), bytes: (0,unicode/* utf8Length */.wI)(text) };
}
function add(size, other, separators = 0) {
    return {
        codePoints: size.codePoints + other.codePoints + separators,
        bytes: size.bytes + other.bytes + separators
    };
}
function subtract(size, other) {
    return { codePoints: size.codePoints - other.codePoints, bytes: size.bytes - other.bytes };
}
function fits(size, limit) {
    return size.codePoints <= limit.codePoints && size.bytes <= limit.bytes;
}


/***/ }),

/***/ 3932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ headByCodePoints),
/* harmony export */   f8: () => (/* binding */ toPrintable),
/* harmony export */   lH: () => (/* binding */ toWellFormed),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Untrusted text made printable: lone surrogates and control characters (but tab and line breaks) become U+FFFD. */
function toPrintable(text) {
    return toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD');
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

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ isFeedableByNode),
/* harmony export */   pp: () => (/* binding */ denseByteSize),
/* harmony export */   rk: () => (/* binding */ elementType)
/* harmony export */ });
const TYPES = [
    { code: 1, name: 'float32', bits: 32 },
    { code: 2, name: 'uint8', bits: 8 },
    { code: 3, name: 'int8', bits: 8 },
    { code: 4, name: 'uint16', bits: 16 },
    { code: 5, name: 'int16', bits: 16 },
    { code: 6, name: 'int32', bits: 32 },
    { code: 7, name: 'int64', bits: 64 },
    { code: 8, name: 'string', bits: 0 },
    { code: 9, name: 'bool', bits: 8 },
    { code: 10, name: 'float16', bits: 16 },
    { code: 11, name: 'float64', bits: 64 },
    { code: 12, name: 'uint32', bits: 32 },
    { code: 13, name: 'uint64', bits: 64 },
    { code: 14, name: 'complex64', bits: 64 },
    { code: 15, name: 'complex128', bits: 128 },
    { code: 16, name: 'bfloat16', bits: 16 },
    { code: 17, name: 'float8e4m3fn', bits: 8 },
    { code: 18, name: 'float8e4m3fnuz', bits: 8 },
    { code: 19, name: 'float8e5m2', bits: 8 },
    { code: 20, name: 'float8e5m2fnuz', bits: 8 },
    { code: 21, name: 'uint4', bits: 4 },
    { code: 22, name: 'int4', bits: 4 },
    { code: 23, name: 'float4e2m1', bits: 4 }
];
const BY_CODE = new Map(TYPES.map((type) => [type.code, type]));
function elementType(code) {
    return BY_CODE.get(code) ?? { code, name: `unknown(${code})`, bits: 0 };
}
/** Types onnxruntime-node 1.30 cannot expose as graph inputs/outputs (its type table has holes there). */
function isFeedableByNode(name) {
    return !/^(bfloat16|float8|complex|float4|unknown)/.test(name);
}
/** Bytes a dense tensor of this type and element count occupies; undefined when not fixed-size. */
function denseByteSize(code, elements) {
    const { bits } = elementType(code);
    if (bits === 0)
        return undefined;
    return Math.ceil((elements * bits) / 8);
}


/***/ }),

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ prepareFeeds)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(359);


/** Match reference arrays to the model's inputs by name, converting to the declared element type. */
function prepareFeeds(arrays, signature, sample) {
    const feeds = new Map();
    const casts = [];
    for (const input of signature.inputs) {
        const array = arrays.get(input.name);
        if (!array) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Reference data "${sample}" has no array for model input "${input.name}" (it has: ${[...arrays.keys()].join(', ') || 'nothing'}).`, 'reference-inputs');
        }
        if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericDtype */ .cZ)(input.dtype) || array.dtype === input.dtype) {
            feeds.set(input.name, array);
            continue;
        }
        casts.push(`${input.name}: ${array.dtype} → ${input.dtype}`);
        feeds.set(input.name, (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_1__/* .castNdArray */ .LT)(array, input.dtype));
    }
    const unknown = [...arrays.keys()].filter((name) => !signature.inputs.some((input) => input.name === name));
    if (unknown.length > 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Reference data "${sample}" has arrays for ${unknown.map((name) => `"${name}"`).join(', ')}, which are not model inputs (${signature.inputs.map((input) => input.name).join(', ')}).`, 'reference-inputs');
    }
    return { feeds, casts };
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export hasErrors */
function finding(code, severity, message) {
    return { code, severity, message };
}
function hasErrors(findings) {
    return findings.some((entry) => entry.severity === 'error');
}


/***/ }),

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ halfBitsToNumber),
/* harmony export */   a: () => (/* binding */ numberToHalfBits)
/* harmony export */ });
/** IEEE 754 half precision ↔ double, for float16 tensors that onnxruntime-node passes as raw bits. */
function halfBitsToNumber(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0)
        return sign * fraction * 2 ** -24;
    if (exponent === 0x1f)
        return fraction === 0 ? sign * Infinity : NaN;
    return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
const scratch = new DataView(new ArrayBuffer(4));
/** Round-to-nearest-even conversion through the float32 bit pattern. */
function numberToHalfBits(value) {
    scratch.setFloat32(0, value);
    const bits = scratch.getUint32(0);
    const sign = (bits >>> 16) & 0x8000;
    const exponent = (bits >>> 23) & 0xff;
    const mantissa = bits & 0x7fffff;
    if (exponent === 0xff)
        return sign | 0x7c00 | (mantissa ? 0x200 : 0);
    const halfExponent = exponent - 127 + 15;
    if (halfExponent >= 0x1f)
        return sign | 0x7c00;
    if (halfExponent <= 0) {
        if (halfExponent < -10)
            return sign;
        const full = mantissa | 0x800000;
        const shift = 14 - halfExponent;
        const rounded = (full >> shift) + roundBit(full, shift);
        return sign | rounded;
    }
    const base = sign | (halfExponent << 10) | (mantissa >> 13);
    return base + roundBit(mantissa, 13);
}
function roundBit(value, shift) {
    const remainder = value & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (remainder > half)
        return 1;
    if (remainder < half)
        return 0;
    return (value >> shift) & 1;
}


/***/ }),

/***/ 3349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ QUIET_SESSION_OPTIONS),
/* harmony export */   Ie: () => (/* binding */ runSession),
/* harmony export */   jw: () => (/* binding */ createSession)
/* harmony export */ });
/* unused harmony exports toTensor, fromTensor */
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(359);

/** Options every session of a verification shares; ORT's own error log would only repeat what we report. */
const QUIET_SESSION_OPTIONS = { logSeverityLevel: 4 };
/**
 * Create a session from the file path, so external data resolves next to the model: onnxruntime's
 * loader is the authoritative check that the model can be served.
 */
async function createSession(ort, modelPath, options = {}) {
    const started = performance.now();
    try {
        const session = await ort.InferenceSession.create(modelPath, {
            ...QUIET_SESSION_OPTIONS,
            ...options
        });
        return { ok: true, session, createMs: performance.now() - started };
    }
    catch (error) {
        const createMs = performance.now() - started;
        const message = error instanceof Error ? error.message : String(error);
        // A model that does not load is the rare case: its classifier loads only then.
        const { classifyLoadError } = await __nccwpck_require__.e(/* import() */ 767).then(__nccwpck_require__.bind(__nccwpck_require__, 4767));
        return { ok: false, error: classifyLoadError(message), createMs };
    }
}
function toTensor(ort, array) {
    return new ort.Tensor(array.dtype, array.data, array.shape);
}
function fromTensor(tensor, name) {
    if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericDtype */ .cZ)(tensor.type))
        throw new Error(`output "${name}" has type ${tensor.type}, which cannot be compared`);
    return { dtype: tensor.type, shape: [...tensor.dims], data: tensor.data };
}
async function runSession(ort, session, inputs) {
    const feeds = {};
    for (const [name, array] of inputs)
        feeds[name] = toTensor(ort, array);
    const results = await session.run(feeds);
    const outputs = new Map();
    for (const name of session.outputNames) {
        const tensor = results[name];
        if (tensor)
            outputs.set(name, fromTensor(tensor, name));
    }
    return outputs;
}


/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatShape),
/* harmony export */   S: () => (/* binding */ modelSignature)
/* harmony export */ });
/** The inputs a caller must feed: graph inputs that an initializer does not already provide. */
function modelSignature(header) {
    const graph = header.graph;
    if (!graph)
        return { inputs: [], outputs: [] };
    const initialized = new Set(graph.initializers.map((initializer) => initializer.name));
    return {
        inputs: graph.declaredInputs.filter((input) => !initialized.has(input.name)),
        outputs: graph.outputs
    };
}
function formatShape(shape) {
    if (shape === null)
        return '?';
    return `[${shape.map((dim) => (dim === null ? '?' : String(dim))).join(', ')}]`;
}


/***/ }),

/***/ 359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ allocate),
/* harmony export */   Gg: () => (/* binding */ toFloat64),
/* harmony export */   LO: () => (/* binding */ shapeSize),
/* harmony export */   LT: () => (/* binding */ castNdArray),
/* harmony export */   cZ: () => (/* binding */ isNumericDtype),
/* harmony export */   lw: () => (/* binding */ fromLittleEndianBytes),
/* harmony export */   mq: () => (/* binding */ sliceFirstAxis)
/* harmony export */ });
/* unused harmony export bytesPerElement */
/* harmony import */ var _float16_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7636);

const CONSTRUCTORS = {
    float32: Float32Array,
    float64: Float64Array,
    float16: Uint16Array,
    int8: Int8Array,
    int16: Int16Array,
    int32: Int32Array,
    int64: BigInt64Array,
    uint8: Uint8Array,
    uint16: Uint16Array,
    uint32: Uint32Array,
    uint64: BigUint64Array,
    bool: Uint8Array
};
function isNumericDtype(name) {
    return name in CONSTRUCTORS;
}
function bytesPerElement(dtype) {
    return CONSTRUCTORS[dtype].BYTES_PER_ELEMENT;
}
function allocate(dtype, length) {
    return new CONSTRUCTORS[dtype](length);
}
function shapeSize(shape) {
    return shape.reduce((product, dim) => product * dim, 1);
}
/** Copy little-endian bytes into a fresh (aligned) typed array of the dtype. */
function fromLittleEndianBytes(dtype, shape, bytes) {
    const length = shapeSize(shape);
    const expected = length * bytesPerElement(dtype);
    if (bytes.length !== expected) {
        throw new RangeError(`${dtype} [${shape.join(', ')}] needs ${expected} bytes, got ${bytes.length}`);
    }
    const data = allocate(dtype, length);
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength).set(bytes);
    return { dtype, shape, data };
}
/** Values as doubles for comparison: float16 decoded, int64 rounded to the nearest double. */
function toFloat64(array) {
    const result = new Float64Array(array.data.length);
    const { data } = array;
    if (array.dtype === 'float16') {
        for (let i = 0; i < data.length; i++)
            result[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_0__/* .halfBitsToNumber */ .O)(data[i]);
    }
    else if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
        for (let i = 0; i < data.length; i++)
            result[i] = Number(data[i]);
    }
    else {
        result.set(data);
    }
    return result;
}
/** Convert to another dtype (JSON numbers, float64 `.npy` files fed to a float32 model). */
function castNdArray(array, dtype) {
    if (array.dtype === dtype)
        return array;
    const values = toFloat64(array);
    const data = allocate(dtype, values.length);
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (data instanceof BigInt64Array || data instanceof BigUint64Array)
            data[i] = BigInt(Math.round(value));
        else if (dtype === 'float16')
            data[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_0__/* .numberToHalfBits */ .a)(value);
        else if (dtype === 'bool')
            data[i] = value !== 0 ? 1 : 0;
        else
            data[i] = value;
    }
    return { dtype, shape: array.shape, data };
}
/** Rows [start, end) along the first axis, sharing no memory with the source. */
function sliceFirstAxis(array, start, end) {
    const rowSize = shapeSize(array.shape.slice(1));
    const data = array.data.slice(start * rowSize, end * rowSize);
    return { dtype: array.dtype, shape: [end - start, ...array.shape.slice(1)], data };
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ standardDeviation),
/* harmony export */   Gz: () => (/* binding */ PERCENTILE_METHOD),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   p3: () => (/* binding */ nearestRank)
/* harmony export */ });
/**
 * Nearest-rank percentile: the smallest value with at least p% of the sample at or below it
 * (`sorted[ceil(p/100 · n) − 1]`). Always an observed value, no interpolation; the same rule as
 * onnxruntime_perf_test up to the index rounding.
 */
const PERCENTILE_METHOD = 'nearest-rank (sorted[ceil(p/100·n) − 1], no interpolation)';
function nearestRank(sorted, percent) {
    if (sorted.length === 0)
        return NaN;
    const rank = Math.ceil((percent / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
function sortedCopy(values) {
    return Float64Array.from(values).sort();
}
function mean(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return values.length === 0 ? NaN : sum / values.length;
}
/** Sample standard deviation (n − 1). */
function standardDeviation(values) {
    if (values.length < 2)
        return 0;
    const average = mean(values);
    let squares = 0;
    for (let i = 0; i < values.length; i++)
        squares += (values[i] - average) ** 2;
    return Math.sqrt(squares / (values.length - 1));
}


/***/ }),

/***/ 7248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ int64Value),
/* harmony export */   Iy: () => (/* binding */ varints64),
/* harmony export */   O0: () => (/* binding */ WireType),
/* harmony export */   aB: () => (/* binding */ readRepeatedInt64),
/* harmony export */   sc: () => (/* binding */ decodeString),
/* harmony export */   te: () => (/* binding */ ProtobufReader),
/* harmony export */   uk: () => (/* binding */ ProtobufError),
/* harmony export */   y3: () => (/* binding */ readRepeatedVarints)
/* harmony export */ });
/**
 * Just enough of the protobuf wire format to walk an ONNX file without a schema compiler: fields are
 * visited in order and length-delimited payloads are returned as views, so tensor bytes are never copied.
 */
const WireType = {
    varint: 0,
    fixed64: 1,
    lengthDelimited: 2,
    startGroup: 3,
    endGroup: 4,
    fixed32: 5
};
class ProtobufError extends Error {
    name = 'ProtobufError';
}
const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8', { fatal: false });
class ProtobufReader {
    buffer;
    position;
    end;
    constructor(buffer, start = 0, end = buffer.length) {
        this.buffer = buffer;
        this.position = start;
        this.end = end;
    }
    static of(bytes) {
        return new ProtobufReader(bytes);
    }
    *fields() {
        while (this.position < this.end) {
            const key = this.readVarint();
            const number = Math.floor(key / 8);
            const wireType = key % 8;
            if (number === 0)
                throw new ProtobufError(`field number 0 at byte ${this.position}`);
            yield this.readPayload(number, wireType);
        }
    }
    readPayload(number, wireType) {
        const offset = this.position;
        switch (wireType) {
            case WireType.varint: {
                const value = this.readVarint();
                return {
                    number,
                    wireType,
                    offset,
                    value,
                    bytes: this.buffer.subarray(offset, this.position)
                };
            }
            case WireType.fixed64: {
                this.require(8);
                const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 8);
                this.position += 8;
                return { number, wireType, offset, value: Number(view.getBigUint64(0, true)), bytes: EMPTY };
            }
            case WireType.fixed32: {
                this.require(4);
                const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 4);
                this.position += 4;
                return { number, wireType, offset, value: view.getUint32(0, true), bytes: EMPTY };
            }
            case WireType.lengthDelimited: {
                const length = this.readVarint();
                const start = this.position;
                this.require(length);
                this.position += length;
                return {
                    number,
                    wireType,
                    offset: start,
                    value: length,
                    bytes: this.buffer.subarray(start, start + length)
                };
            }
            default:
                throw new ProtobufError(`unsupported wire type ${wireType} for field ${number} at byte ${offset}`);
        }
    }
    require(length) {
        if (length < 0 || this.position + length > this.end) {
            throw new ProtobufError(`truncated: field needs ${length} bytes at byte ${this.position}, only ${this.end - this.position} left`);
        }
    }
    readVarint() {
        let result = 0;
        let multiplier = 1;
        for (let i = 0; i < 10; i++) {
            if (this.position >= this.end)
                throw new ProtobufError(`truncated varint at byte ${this.position}`);
            const byte = this.buffer[this.position++];
            result += (byte & 0x7f) * multiplier;
            if (byte < 0x80)
                return result;
            multiplier *= 128;
        }
        throw new ProtobufError(`varint longer than 10 bytes at byte ${this.position}`);
    }
}
function decodeString(bytes) {
    return utf8.decode(bytes);
}
/**
 * Varint values of a repeated field, packed or not, exactly as 64-bit integers: negative int64s are
 * 10-byte two's complement, which a double cannot hold.
 */
function* varints64(field) {
    let result = 0n;
    let shift = 0n;
    for (const byte of field.bytes) {
        result |= BigInt(byte & 0x7f) << shift;
        if (byte < 0x80) {
            yield BigInt.asUintN(64, result);
            result = 0n;
            shift = 0n;
        }
        else {
            shift += 7n;
        }
    }
    if (shift !== 0n)
        throw new ProtobufError('truncated varint');
}
/** A signed int64 field (dims, dim_value) as a number; exact up to 2^53. */
function int64Value(field) {
    let value = 0;
    for (const unsigned of varints64(field))
        value = Number(BigInt.asIntN(64, unsigned));
    return value;
}
function readRepeatedInt64(field, into) {
    for (const unsigned of varints64(field))
        into.push(Number(BigInt.asIntN(64, unsigned)));
}
/** Repeated scalar fields may be packed (one length-delimited run) or not (one field per value). */
function readRepeatedVarints(field, into) {
    if (field.wireType !== WireType.lengthDelimited) {
        into.push(field.value);
        return;
    }
    for (const inner of new PackedVarintReader(field.bytes).values())
        into.push(inner);
}
class PackedVarintReader {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    *values() {
        let result = 0;
        let multiplier = 1;
        for (const byte of this.bytes) {
            result += (byte & 0x7f) * multiplier;
            if (byte < 0x80) {
                yield result;
                result = 0;
                multiplier = 1;
            }
            else {
                multiplier *= 128;
            }
        }
        if (multiplier !== 1)
            throw new ProtobufError('truncated packed varint');
    }
}


/***/ }),

/***/ 6798:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ syntheticInputs)
/* harmony export */ });
/* unused harmony export concreteShape */
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(359);
/* harmony import */ var _float16_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7636);


function concreteShape(shape, bindings) {
    return (shape ?? []).map((dim) => typeof dim === 'number' ? dim : dim === null ? 1 : (bindings[dim] ?? 1));
}
/** Deterministic inputs for timing and batch checks: floats in [-1, 1), integers in [0, 10), bools. */
function syntheticInputs(inputs, bindings, seed = 1) {
    const random = mulberry32(seed);
    const feeds = new Map();
    for (const input of inputs) {
        if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericDtype */ .cZ)(input.dtype))
            throw new Error(`input "${input.name}" has type ${input.dtype}; synthetic data needs a numeric tensor`);
        const shape = concreteShape(input.shape, bindings);
        const data = (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .allocate */ .CN)(input.dtype, (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeSize */ .LO)(shape));
        for (let i = 0; i < data.length; i++) {
            const unit = random();
            if (data instanceof BigInt64Array || data instanceof BigUint64Array)
                data[i] = BigInt(Math.floor(unit * 10));
            else if (input.dtype === 'float16')
                data[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_1__/* .numberToHalfBits */ .a)(unit * 2 - 1);
            else if (input.dtype === 'bool')
                data[i] = unit < 0.5 ? 0 : 1;
            else if (input.dtype.startsWith('float'))
                data[i] = unit * 2 - 1;
            else
                data[i] = Math.floor(unit * 10);
        }
        feeds.set(input.name, { dtype: input.dtype, shape, data });
    }
    return feeds;
}
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 9507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   Qo: () => (/* binding */ readTensorProto),
/* harmony export */   _q: () => (/* binding */ readStringPair),
/* harmony export */   aK: () => (/* binding */ TensorField),
/* harmony export */   nk: () => (/* binding */ expectBytes),
/* harmony export */   zn: () => (/* binding */ DATA_LOCATION_EXTERNAL)
/* harmony export */ });
/* harmony import */ var _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7248);

/** TensorProto field numbers (onnx.proto3). */
const TensorField = {
    dims: 1,
    dataType: 2,
    floatData: 4,
    int32Data: 5,
    stringData: 6,
    int64Data: 7,
    name: 8,
    rawData: 9,
    doubleData: 10,
    uint64Data: 11,
    externalData: 13,
    dataLocation: 14
};
const DATA_LOCATION_EXTERNAL = 1;
const TYPED_FIELDS = new Set([
    TensorField.floatData,
    TensorField.int32Data,
    TensorField.stringData,
    TensorField.int64Data,
    TensorField.doubleData,
    TensorField.uint64Data
]);
function readTensorProto(bytes) {
    let name = '';
    let dataType = 0;
    let dataLocation = 0;
    let rawData;
    const dims = [];
    const typedData = new Map();
    const externalData = new Map();
    for (const field of _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufReader */ .te.of(bytes).fields()) {
        switch (field.number) {
            case TensorField.dims:
                (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readRepeatedInt64 */ .aB)(field, dims);
                break;
            case TensorField.dataType:
                dataType = field.value;
                break;
            case TensorField.name:
                name = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'TensorProto.name'));
                break;
            case TensorField.rawData:
                rawData = expectBytes(field, 'TensorProto.raw_data');
                break;
            case TensorField.externalData: {
                const entry = readStringPair(expectBytes(field, 'TensorProto.external_data'));
                externalData.set(entry.key, entry.value);
                break;
            }
            case TensorField.dataLocation:
                dataLocation = field.value;
                break;
            default:
                if (TYPED_FIELDS.has(field.number)) {
                    const list = typedData.get(field.number) ?? [];
                    list.push(field);
                    typedData.set(field.number, list);
                }
        }
    }
    return { name, dataType, dims, rawData, typedData, externalData, dataLocation };
}
function expectBytes(field, what) {
    if (field.wireType !== _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O0.lengthDelimited) {
        throw new _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufError */ .uk(`${what} has wire type ${field.wireType}, expected length-delimited`);
    }
    return field.bytes;
}
/** StringStringEntryProto: key = 1, value = 2 (metadata_props, external_data). */
function readStringPair(bytes) {
    let key = '';
    let value = '';
    for (const field of _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufReader */ .te.of(bytes).fields()) {
        if (field.number === 1)
            key = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'entry key'));
        else if (field.number === 2)
            value = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'entry value'));
    }
    return { key, value };
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * dim, 1);
}


/***/ }),

/***/ 4848:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ toleranceFor),
/* harmony export */   v_: () => (/* binding */ toleranceSpec),
/* harmony export */   x$: () => (/* binding */ parseToleranceList)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

function toleranceFor(spec, output) {
    const override = spec.perOutput?.[output];
    return {
        atol: override?.atol ?? spec.atol,
        rtol: override?.rtol ?? spec.rtol,
        mode: spec.mode
    };
}
/**
 * `1e-5`, or `1e-5 logits:1e-4, probs:1e-3`: a bare number is the default, `name:value` sets one
 * output. The value follows the last colon, so names such as `output:0` keep theirs.
 */
function parseToleranceList(text, inputName, fallback) {
    let value = fallback;
    let sawDefault = false;
    const perOutput = {};
    for (const entry of text.split(/[\s,]+/).filter((part) => part !== '')) {
        const colon = entry.lastIndexOf(':');
        const name = colon === -1 ? undefined : entry.slice(0, colon);
        const number = parseTolerance(colon === -1 ? entry : entry.slice(colon + 1), entry, inputName);
        if (name === undefined) {
            if (sawDefault) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} has two default values; name the output of all but one (name:value).`, inputName);
            }
            sawDefault = true;
            value = number;
        }
        else if (name === '') {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} entry "${entry}" has no output name.`, inputName);
        }
        else {
            perOutput[name] = number;
        }
    }
    return { value, perOutput };
}
function parseTolerance(text, entry, inputName) {
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value < 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} entry "${entry}" is not a non-negative number (e.g. 1e-5 or logits:1e-4).`, inputName);
    }
    return value;
}
/** Combine parsed atol and rtol lists into one spec. */
function toleranceSpec(atol, rtol, mode) {
    const names = new Set([...Object.keys(atol.perOutput), ...Object.keys(rtol.perOutput)]);
    const perOutput = {};
    for (const name of names) {
        perOutput[name] = {
            ...(atol.perOutput[name] !== undefined ? { atol: atol.perOutput[name] } : {}),
            ...(rtol.perOutput[name] !== undefined ? { rtol: rtol.perOutput[name] } : {})
        };
    }
    return {
        atol: atol.value,
        rtol: rtol.value,
        mode,
        ...(names.size > 0 ? { perOutput } : {})
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(644);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;