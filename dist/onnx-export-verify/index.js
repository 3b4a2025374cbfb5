import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 644:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4079);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4079:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
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
    info: (message) => info(message),
    warning: (message, annotation) => warning(message, annotation),
    error: (message, annotation) => error(message, annotation),
    debug: (message) => debug(message),
    untrusted: (text) => {
        // A fresh random token per block: text inside cannot end the block or issue commands.
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
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
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/onnx/src/tar-extraction.ts



const BLOCK = 512;
/**
 * A streaming reader of the ustar/pax archives npm publishes: regular files whose path passes
 * `keep` are written under `destination`; everything else (other platforms' binaries, directories,
 * links) is skipped without being held in memory. Paths that would leave `destination` are an error,
 * whatever the filter says: the archive comes from the network.
 */
function tarExtractor(destination, keep) {
    const files = [];
    let pending = Buffer.alloc(0);
    let entry;
    let paxPath;
    let longName;
    let metadata;
    let finished = false;
    let settle;
    const extraction = new Promise((resolve, reject) => {
        settle = { resolve, reject };
    });
    async function consume() {
        for (;;) {
            if (finished)
                return;
            if (metadata) {
                const take = Math.min(metadata.remaining, pending.length);
                metadata.chunks.push(pending.subarray(0, take));
                pending = pending.subarray(take);
                metadata.remaining -= take;
                if (metadata.remaining > 0)
                    return;
                if (pending.length < metadata.padding)
                    return;
                pending = pending.subarray(metadata.padding);
                const text = Buffer.concat(metadata.chunks).toString('utf8');
                if (metadata.kind === 'pax')
                    paxPath = paxHeaderPath(text) ?? paxPath;
                else
                    longName = text.replace(/\0.*$/s, '');
                metadata = undefined;
                continue;
            }
            if (entry) {
                const take = Math.min(entry.remaining, pending.length);
                if (entry.path !== undefined)
                    entry.chunks.push(pending.subarray(0, take));
                pending = pending.subarray(take);
                entry.remaining -= take;
                if (entry.remaining > 0)
                    return;
                if (pending.length < entry.padding)
                    return;
                pending = pending.subarray(entry.padding);
                if (entry.path !== undefined) {
                    const target = (0,external_node_path_.join)(destination, entry.path);
                    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                    await (0,promises_.writeFile)(target, Buffer.concat(entry.chunks));
                    files.push(entry.path);
                }
                entry = undefined;
                continue;
            }
            if (pending.length < BLOCK)
                return;
            const header = pending.subarray(0, BLOCK);
            pending = pending.subarray(BLOCK);
            if (header.every((byte) => byte === 0)) {
                finished = true;
                return;
            }
            verifyChecksum(header);
            const size = readOctal(header, 124, 12);
            const padding = (BLOCK - (size % BLOCK)) % BLOCK;
            const type = String.fromCharCode(header[156] ?? 0);
            if (type === 'x' || type === 'L') {
                metadata = {
                    kind: type === 'x' ? 'pax' : 'long-name',
                    remaining: size,
                    padding,
                    chunks: []
                };
                continue;
            }
            if (type === 'g') {
                entry = { path: undefined, remaining: size, padding, chunks: [] };
                continue;
            }
            const name = paxPath ?? longName ?? headerPath(header);
            paxPath = undefined;
            longName = undefined;
            const inner = safeInnerPath(name);
            const regular = type === '0' || type === '\0' || type === '7';
            entry = {
                path: regular && inner !== '' && keep(inner) ? inner : undefined,
                remaining: size,
                padding,
                chunks: []
            };
        }
    }
    const writable = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            if (finished)
                return callback();
            pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
            consume().then(() => callback(), (error) => callback(error));
        },
        final(callback) {
            if (entry || metadata)
                callback(new Error('the archive ends inside an entry (truncated download?)'));
            else
                callback();
        }
    });
    writable.once('finish', () => settle.resolve({ files }));
    writable.once('error', (error) => settle.reject(error));
    // The pipeline that drives the extractor reports the error; an unawaited promise must not too.
    extraction.catch(() => undefined);
    return Object.assign(writable, { extraction });
}
function headerPath(header) {
    const name = cString(header, 0, 100);
    const magic = cString(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function paxHeaderPath(text) {
    // Records are "<length> <key>=<value>\n".
    for (const record of text.split('\n')) {
        const match = /^\d+ path=(.*)$/s.exec(record);
        if (match)
            return match[1];
    }
    return undefined;
}
/** Drop the first segment (`package/`) and refuse anything that could escape the destination. */
function safeInnerPath(path) {
    const segments = path
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
    if (path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        segments.includes('..') ||
        path.includes('\0')) {
        throw new Error(`the archive holds an unsafe path "${path}"`);
    }
    return segments.slice(1).join('/');
}
function cString(buffer, offset, length) {
    const field = buffer.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function readOctal(buffer, offset, length) {
    const text = cString(buffer, offset, length).trim();
    const value = text === '' ? 0 : Number.parseInt(text, 8);
    if (!Number.isSafeInteger(value) || value < 0)
        throw new Error('the archive has a corrupt entry size');
    return value;
}
function verifyChecksum(header) {
    const stored = readOctal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (sum !== stored)
        throw new Error('the archive has a corrupt header (checksum mismatch)');
}

;// CONCATENATED MODULE: ./packages/onnx/src/npm-registry-installer.ts








const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/';
/**
 * Installs onnxruntime-node the way `npm install` with `ONNXRUNTIME_NODE_INSTALL=skip` would, but
 * without npm and without its postinstall (which downloads CUDA providers from NuGet, research §2.7):
 * the tarballs of onnxruntime-node and onnxruntime-common come from the npm registry, are checked
 * against the registry's integrity digest, and only this platform's prebuilt binaries are unpacked
 * (about 45 MB of the 290 MB package on linux/x64). adm-zip and global-agent, dependencies of the
 * skipped postinstall only, are not needed.
 */
function registryInstaller(options = {}) {
    const registry = withTrailingSlash(options.registry || DEFAULT_NPM_REGISTRY);
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
    const fetchImpl = options.fetch ?? fetch;
    const log = options.log ?? (() => undefined);
    const binaries = `bin/napi-v6/${platform}/${arch}/`;
    const request = async (url, accept) => {
        const headers = { accept };
        if (options.token && new URL(url).origin === new URL(registry).origin) {
            headers.authorization = `Bearer ${options.token}`;
        }
        let response;
        try {
            response = await fetchImpl(url, { headers, redirect: 'follow' });
        }
        catch (error) {
            throw unreachable(registry, error instanceof Error ? (error.cause ?? error) : error);
        }
        if (!response.ok) {
            throw new errors/* ConfigurationError */.j(`The npm registry ${registry} answered ${response.status} for ${url}; set onnxruntime-path to an installed onnxruntime-node on runners without registry access.`, 'onnxruntime-path');
        }
        return response;
    };
    const install = async (name, version, prefix, keep) => {
        const metadataUrl = `${registry}${name}/${version}`;
        const metadata = (await (await request(metadataUrl, 'application/json')).json());
        if (!metadata.dist?.tarball) {
            throw new Error(`${metadataUrl} has no dist.tarball`);
        }
        const digest = expectedDigest(metadata.dist);
        log(`Downloading ${name}@${version} from ${metadata.dist.tarball}`);
        const response = await request(metadata.dist.tarball, 'application/octet-stream');
        if (!response.body)
            throw new Error(`${metadata.dist.tarball} has an empty body`);
        const hash = (0,external_node_crypto_.createHash)(digest.algorithm);
        const hashing = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                callback(null, chunk);
            }
        });
        const extractor = tarExtractor((0,external_node_path_.join)(prefix, 'node_modules', name), keep);
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hashing, (0,external_node_zlib_.createGunzip)(), extractor);
        const actual = hash.digest(digest.encoding);
        if (actual !== digest.value) {
            throw new Error(`${name}@${version} from ${metadata.dist.tarball} does not match the registry's ${digest.algorithm} digest (corrupt or tampered download)`);
        }
        return (await extractor.extraction).files;
    };
    return async (prefix, version) => {
        const files = await install('onnxruntime-node', version, prefix, (path) => {
            if (path.startsWith('bin/'))
                return path.startsWith(binaries);
            return path === 'package.json' || path === 'LICENSE' || path.startsWith('dist/');
        });
        if (!files.some((file) => file.startsWith(binaries))) {
            throw new errors/* ConfigurationError */.j(`onnxruntime-node ${version} has no prebuilt binaries for ${platform}/${arch} (it ships linux x64/arm64, darwin arm64, win32 x64/arm64); set onnxruntime-path to a build for this machine.`, 'onnxruntime-path');
        }
        // onnxruntime-node pins onnxruntime-common to its own version.
        await install('onnxruntime-common', version, prefix, () => true);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(prefix, 'node_modules', 'onnxruntime-common', 'package.json'))) {
            throw new Error('onnxruntime-common was not unpacked');
        }
    };
}
function expectedDigest(dist) {
    const sri = dist.integrity
        ?.split(/\s+/)
        .find((entry) => entry.startsWith('sha512-'))
        ?.slice('sha512-'.length);
    if (sri)
        return { algorithm: 'sha512', encoding: 'base64', value: sri };
    if (dist.shasum)
        return { algorithm: 'sha1', encoding: 'hex', value: dist.shasum.toLowerCase() };
    throw new Error(`the registry gives no integrity digest for ${dist.tarball}; refusing to install`);
}
function unreachable(registry, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new errors/* ConfigurationError */.j(`The npm registry ${registry} cannot be reached (${reason}) to install onnxruntime-node; on offline or self-hosted runners set onnxruntime-path to an installed copy.`, 'onnxruntime-path');
}
function withTrailingSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}

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
    await installInto(cacheDirectory, version, options.install ?? registryInstaller());
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

;// CONCATENATED MODULE: ./packages/onnx/src/load-error-classification.ts
// Ordered: more specific messages first (the external-data ones also mention "initializer").
const PATTERNS = [
    {
        kind: 'invalid-protobuf',
        match: /protobuf parsing failed/i,
        explain: 'The file is not a valid ONNX protobuf (truncated or not a model).'
    },
    {
        kind: 'file-not-found',
        match: /File doesn't exist|No such file/i,
        explain: 'The model file does not exist.'
    },
    {
        kind: 'unsupported-ir-version',
        match: /Unsupported model IR version/i,
        explain: 'The model’s IR version is newer than this onnxruntime supports; export with an older onnx package or pin a newer onnxruntime.'
    },
    {
        kind: 'unsupported-opset',
        match: /Opset \d+ is under development|official support for domain|opset .*(?:not supported|is too new)/i,
        explain: 'The model’s opset is newer than this onnxruntime supports; export with a lower opset_version.'
    },
    {
        kind: 'missing-opset',
        match: /Missing opset in the model/i,
        explain: 'The model imports no operator set.'
    },
    {
        kind: 'external-data',
        match: /external data|external initializer|GetExtDataFromTensorProto/i,
        explain: 'External weight data is missing, outside the model folder, or shorter than declared.'
    },
    {
        kind: 'invalid-tensor-data',
        match: /raw_data size|buffer size mismatch|Deserialize tensor/i,
        explain: 'A weight tensor holds fewer or more bytes than its shape needs.'
    },
    {
        kind: 'unsupported-io-type',
        match: /Unsupported data type/i,
        explain: 'A graph input or output has a type onnxruntime-node cannot exchange (bfloat16, float8, …).'
    },
    {
        kind: 'op-not-implemented',
        match: /No Op registered for|Could not find an implementation for/i,
        explain: 'The model uses an operator (or operator/type combination) onnxruntime does not implement.'
    },
    {
        kind: 'shape-inference',
        match: /ShapeInferenceError|Type Error|type inference|shape inference/i,
        explain: 'Shape or type inference failed: tensors do not fit the operators that consume them.'
    },
    {
        kind: 'invalid-graph',
        match: /is not a graph input, initializer, or output|invalid model|Invalid model|graph output/i,
        explain: 'The graph is malformed (a dangling value, an output nobody produces, …).'
    }
];
function classifyLoadError(raw) {
    const detail = stripRuntimeNoise(raw);
    const pattern = PATTERNS.find((candidate) => candidate.match.test(raw));
    if (!pattern)
        return { kind: 'other', message: `onnxruntime could not load the model: ${detail}`, raw };
    return { kind: pattern.kind, message: `${pattern.explain} onnxruntime: ${detail}`, raw };
}
// onnxruntime colours its log lines; the escape character is built rather than written in a regex literal.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Drop source paths, C++ signatures and status prefixes: they say where, the rest says what. */
function stripRuntimeNoise(raw) {
    let text = raw.replace(ANSI_COLOUR, '').split('\n')[0] ?? '';
    text = text
        .replace(/^(?:Error: )?Load model from .*? failed:/, '')
        .replace(/Exception during initialization:\s*/g, '');
    text = text.replace(/\[ONNXRuntimeError\] : \d+ : \w+ : \S+:\d+ \w+ /g, '');
    for (;;) {
        const source = /\/onnxruntime_src\/\S+:\d+ /.exec(text);
        if (!source)
            break;
        const afterSource = source.index + source[0].length;
        text = text.slice(0, source.index) + text.slice(skipSignature(text, afterSource));
    }
    text = text.replace(/\b\w+\.cc:\d+ \w+ /g, '');
    return text.trim();
}
function skipSignature(text, start) {
    const open = text.indexOf('(', start);
    const prefix = text.slice(start, open);
    if (open === -1 || !/^[\w:<>,\s*&~]+$/.test(prefix))
        return start;
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0) {
            const rest = /^(?: const)?\s*/.exec(text.slice(i + 1));
            return i + 1 + (rest?.[0].length ?? 0);
        }
    }
    return start;
}

;// CONCATENATED MODULE: ./packages/onnx/src/float16.ts
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

;// CONCATENATED MODULE: ./packages/onnx/src/nd-array.ts

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
            result[i] = halfBitsToNumber(data[i]);
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
            data[i] = numberToHalfBits(value);
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

;// CONCATENATED MODULE: ./packages/onnx/src/model-session.ts


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
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: classifyLoadError(message), createMs: performance.now() - started };
    }
}
function toTensor(ort, array) {
    return new ort.Tensor(array.dtype, array.data, array.shape);
}
function fromTensor(tensor, name) {
    if (!isNumericDtype(tensor.type))
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

;// CONCATENATED MODULE: ./packages/onnx/src/percentile.ts
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

;// CONCATENATED MODULE: ./packages/onnx/src/argmax-agreement.ts

/**
 * For classifier-shaped outputs ([batch, classes] of floats): how often the exported model picks
 * the same class as the reference. Small numeric drift matters less than a changed prediction.
 */
function argmaxAgreement(pairs) {
    let rows = 0;
    let agreeing = 0;
    for (const { actual, expected } of pairs) {
        const [batch, classes] = expected.shape;
        if (expected.shape.length !== 2 || batch === undefined || classes === undefined || classes < 2)
            return undefined;
        if (!expected.dtype.startsWith('float'))
            return undefined;
        const a = toFloat64(actual);
        const b = toFloat64(expected);
        for (let row = 0; row < batch; row++) {
            rows++;
            if (argmax(a, row * classes, classes) === argmax(b, row * classes, classes))
                agreeing++;
        }
    }
    return rows === 0 ? undefined : { rows, agreeing, rate: agreeing / rows };
}
function argmax(values, start, length) {
    let best = 0;
    for (let i = 1; i < length; i++) {
        if (values[start + i] > values[start + best])
            best = i;
    }
    return best;
}

;// CONCATENATED MODULE: ./packages/onnx/src/output-parity.ts



/** The rule in words, written into the report next to the numbers it produced. */
function describeComparison(mode) {
    const rule = mode === 'allclose'
        ? 'allclose: an element fails where |a − b| > atol + rtol·|b|'
        : 'both-exceed: an element fails where |a − b| > atol and |a − b|/|b| > rtol';
    return `${rule} (a = ONNX, b = reference; relative errors divide by max(|b|, 2.2e-16); NaN must match NaN, ±Inf the same infinity)`;
}
/** Relative error divides by |reference|; an exact zero reference uses this instead (as Polygraphy). */
const RELATIVE_ERROR_FLOOR = 2.220446049250313e-16;
const WORST_ELEMENTS = 5;
function compareOutput(name, pairs, tolerance) {
    for (const pair of pairs) {
        if (pair.actual.shape.join(',') !== pair.expected.shape.join(',')) {
            return shapeMismatch(name, pair, tolerance);
        }
    }
    const accumulator = new ErrorAccumulator(tolerance);
    for (const pair of pairs)
        accumulator.add(pair);
    return accumulator.result(name, argmaxAgreement(pairs));
}
class ErrorAccumulator {
    tolerance;
    absErrors = [];
    relErrors = [];
    worst = [];
    elements = 0;
    mismatches = 0;
    nanMismatches = 0;
    infMismatches = 0;
    minPassingAtol = 0;
    minPassingRtol = 0;
    constructor(tolerance) {
        this.tolerance = tolerance;
    }
    add(pair) {
        const actual = toFloat64(pair.actual);
        const expected = toFloat64(pair.expected);
        const { atol, rtol, mode } = this.tolerance;
        this.elements += actual.length;
        for (let i = 0; i < actual.length; i++) {
            const a = actual[i];
            const b = expected[i];
            if (!Number.isFinite(a) || !Number.isFinite(b)) {
                if (Number.isNaN(a) && Number.isNaN(b))
                    continue;
                if (a === b)
                    continue;
                if (Number.isNaN(a) || Number.isNaN(b))
                    this.nanMismatches++;
                else
                    this.infMismatches++;
                this.mismatches++;
                this.minPassingAtol = Infinity;
                this.minPassingRtol = Infinity;
                this.consider(pair, i, a, b, Infinity, Infinity);
                continue;
            }
            const absError = Math.abs(a - b);
            const magnitude = Math.abs(b);
            const relError = absError / Math.max(magnitude, RELATIVE_ERROR_FLOOR);
            this.absErrors.push(absError);
            this.relErrors.push(relError);
            if (mode === 'allclose') {
                if (absError > atol + rtol * magnitude)
                    this.mismatches++;
                this.minPassingAtol = Math.max(this.minPassingAtol, absError - rtol * magnitude);
                if (absError > atol)
                    this.minPassingRtol = Math.max(this.minPassingRtol, magnitude === 0 ? Infinity : (absError - atol) / magnitude);
            }
            else {
                if (absError > atol && relError > rtol)
                    this.mismatches++;
                if (relError > rtol)
                    this.minPassingAtol = Math.max(this.minPassingAtol, absError);
                if (absError > atol)
                    this.minPassingRtol = Math.max(this.minPassingRtol, relError);
            }
            if (absError > 0)
                this.consider(pair, i, a, b, absError, relError);
        }
    }
    consider(pair, flatIndex, actual, expected, absError, relError) {
        const last = this.worst[this.worst.length - 1];
        if (this.worst.length === WORST_ELEMENTS && last && last.absError >= absError)
            return;
        const entry = {
            sample: pair.sample,
            index: unravel(flatIndex, pair.expected.shape),
            actual,
            expected,
            absError,
            relError
        };
        const at = this.worst.findIndex((existing) => existing.absError < absError);
        this.worst.splice(at === -1 ? this.worst.length : at, 0, entry);
        if (this.worst.length > WORST_ELEMENTS)
            this.worst.pop();
    }
    result(name, argmax) {
        const absSorted = sortedCopy(this.absErrors);
        const relSorted = sortedCopy(this.relErrors);
        const nonFinite = this.nanMismatches + this.infMismatches;
        const passed = this.mismatches === 0;
        const failure = passed
            ? undefined
            : nonFinite > 0
                ? `${this.nanMismatches} NaN and ${this.infMismatches} Inf positions differ from the reference`
                : `${this.mismatches} of ${this.elements} elements exceed the tolerance`;
        return {
            name,
            atol: this.tolerance.atol,
            rtol: this.tolerance.rtol,
            passed,
            ...(failure ? { failure } : {}),
            elements: this.elements,
            mismatches: this.mismatches,
            nanMismatches: this.nanMismatches,
            infMismatches: this.infMismatches,
            maxAbsError: absSorted.length ? absSorted[absSorted.length - 1] : 0,
            meanAbsError: absSorted.length ? mean(absSorted) : 0,
            p99AbsError: absSorted.length ? nearestRank(absSorted, 99) : 0,
            maxRelError: relSorted.length ? relSorted[relSorted.length - 1] : 0,
            meanRelError: relSorted.length ? mean(relSorted) : 0,
            p99RelError: relSorted.length ? nearestRank(relSorted, 99) : 0,
            minPassingAtol: Math.max(0, this.minPassingAtol),
            minPassingRtol: Math.max(0, this.minPassingRtol),
            worst: this.worst,
            ...(argmax ? { argmax } : {})
        };
    }
}
function shapeMismatch(name, pair, tolerance) {
    return {
        name,
        atol: tolerance.atol,
        rtol: tolerance.rtol,
        passed: false,
        failure: `shape [${pair.actual.shape.join(', ')}] differs from the reference [${pair.expected.shape.join(', ')}] (${pair.sample})`,
        elements: 0,
        mismatches: 0,
        nanMismatches: 0,
        infMismatches: 0,
        maxAbsError: NaN,
        meanAbsError: NaN,
        p99AbsError: NaN,
        maxRelError: NaN,
        meanRelError: NaN,
        p99RelError: NaN,
        minPassingAtol: NaN,
        minPassingRtol: NaN,
        worst: []
    };
}
function unravel(flatIndex, shape) {
    const index = new Array(shape.length).fill(0);
    let rest = flatIndex;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
        const size = shape[axis];
        index[axis] = size === 0 ? 0 : rest % size;
        rest = size === 0 ? 0 : Math.floor(rest / size);
    }
    return index;
}

;// CONCATENATED MODULE: ./packages/onnx/src/tolerance-spec.ts

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
                throw new errors/* ConfigurationError */.j(`${inputName} has two default values; name the output of all but one (name:value).`, inputName);
            }
            sawDefault = true;
            value = number;
        }
        else if (name === '') {
            throw new errors/* ConfigurationError */.j(`${inputName} entry "${entry}" has no output name.`, inputName);
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
        throw new errors/* ConfigurationError */.j(`${inputName} entry "${entry}" is not a non-negative number (e.g. 1e-5 or logits:1e-4).`, inputName);
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

;// CONCATENATED MODULE: ./packages/onnx/src/synthetic-inputs.ts


function concreteShape(shape, bindings) {
    return (shape ?? []).map((dim) => typeof dim === 'number' ? dim : dim === null ? 1 : (bindings[dim] ?? 1));
}
/** Deterministic inputs for timing and batch checks: floats in [-1, 1), integers in [0, 10), bools. */
function syntheticInputs(inputs, bindings, seed = 1) {
    const random = mulberry32(seed);
    const feeds = new Map();
    for (const input of inputs) {
        if (!isNumericDtype(input.dtype))
            throw new Error(`input "${input.name}" has type ${input.dtype}; synthetic data needs a numeric tensor`);
        const shape = concreteShape(input.shape, bindings);
        const data = allocate(input.dtype, shapeSize(shape));
        for (let i = 0; i < data.length; i++) {
            const unit = random();
            if (data instanceof BigInt64Array || data instanceof BigUint64Array)
                data[i] = BigInt(Math.floor(unit * 10));
            else if (input.dtype === 'float16')
                data[i] = numberToHalfBits(unit * 2 - 1);
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

;// CONCATENATED MODULE: ./packages/onnx/src/batch-consistency.ts





/**
 * Run N samples as one batch and one by one, and compare: a model whose rows influence each other
 * (a baked-in batch size, a bad reshape, batch-norm in training mode) shows up here.
 */
async function checkBatchConsistency(ort, session, signature, batchSize, tolerance) {
    const batchDimension = sharedLeadingSymbol(signature);
    if (!batchDimension) {
        return {
            status: 'skipped',
            reason: 'the inputs have no shared symbolic first dimension to vary'
        };
    }
    const batched = syntheticInputs(signature.inputs, { [batchDimension]: batchSize }, 7);
    try {
        const whole = await runSession(ort, session, batched);
        const rowsByOutput = new Map();
        for (let row = 0; row < batchSize; row++) {
            const single = new Map([...batched].map(([name, array]) => [name, sliceFirstAxis(array, row, row + 1)]));
            for (const [name, output] of await runSession(ort, session, single)) {
                rowsByOutput.set(name, [...(rowsByOutput.get(name) ?? []), output]);
            }
        }
        const outputs = [];
        for (const [name, batchedOutput] of whole) {
            const rows = rowsByOutput.get(name);
            if (!rows || batchedOutput.shape[0] !== batchSize)
                continue;
            const pairs = rows.map((single, row) => ({
                sample: `row ${row}`,
                actual: single,
                expected: sliceFirstAxis(batchedOutput, row, row + 1)
            }));
            outputs.push(compareOutput(name, pairs, toleranceFor(tolerance, name)));
        }
        return {
            status: 'checked',
            passed: outputs.every((output) => output.passed),
            batchSize,
            batchDimension,
            outputs
        };
    }
    catch (error) {
        const runError = error instanceof Error ? error.message : String(error);
        return { status: 'checked', passed: false, batchSize, batchDimension, outputs: [], runError };
    }
}
function sharedLeadingSymbol(signature) {
    const leading = signature.inputs.map((input) => input.shape?.[0]);
    const first = leading[0];
    if (typeof first !== 'string' || leading.some((dim) => dim !== first))
        return undefined;
    return first;
}

;// CONCATENATED MODULE: ./packages/onnx/src/feed-preparation.ts


/** Match reference arrays to the model's inputs by name, converting to the declared element type. */
function prepareFeeds(arrays, signature, sample) {
    const feeds = new Map();
    const casts = [];
    for (const input of signature.inputs) {
        const array = arrays.get(input.name);
        if (!array) {
            throw new errors/* ConfigurationError */.j(`Reference data "${sample}" has no array for model input "${input.name}" (it has: ${[...arrays.keys()].join(', ') || 'nothing'}).`, 'reference-inputs');
        }
        if (!isNumericDtype(input.dtype) || array.dtype === input.dtype) {
            feeds.set(input.name, array);
            continue;
        }
        casts.push(`${input.name}: ${array.dtype} → ${input.dtype}`);
        feeds.set(input.name, castNdArray(array, input.dtype));
    }
    const unknown = [...arrays.keys()].filter((name) => !signature.inputs.some((input) => input.name === name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j(`Reference data "${sample}" has arrays for ${unknown.map((name) => `"${name}"`).join(', ')}, which are not model inputs (${signature.inputs.map((input) => input.name).join(', ')}).`, 'reference-inputs');
    }
    return { feeds, casts };
}

;// CONCATENATED MODULE: ./packages/onnx/src/latency-comparison.ts

/**
 * Compare medians with distribution-free 95% confidence intervals (order statistics around n/2).
 * Within tolerance → pass; beyond it and the intervals are separated by more than the tolerance →
 * fail; beyond it on the point estimate only → inconclusive (noise could explain it).
 */
function compareLatency(candidateMs, baselineMs, tolerance) {
    const candidate = sortedCopy(candidateMs);
    const baseline = sortedCopy(baselineMs);
    const candidateMedian = nearestRank(candidate, 50);
    const baselineMedian = nearestRank(baseline, 50);
    const medianRatio = candidateMedian / baselineMedian;
    const p95Ratio = nearestRank(candidate, 95) / nearestRank(baseline, 95);
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./packages/onnx/src/latency-worker-source.ts
/**
 * The measuring loop, run in a worker_thread so nothing else on the main thread (the event loop,
 * GC of the caller's data) lands inside a timed run; onnxruntime-node runs inference synchronously
 * on the calling JS thread (research §2.5-4). It is plain CommonJS source evaluated by the worker,
 * so it needs no file next to the bundle and loads the same onnxruntime-node package by path.
 *
 * Models are timed in interleaved rounds (A, B, A, B, …) so drift in machine load hits candidate
 * and baseline alike. The caller stops it through a shared flag checked between runs: terminating a
 * worker while onnxruntime is inside a native run aborts the whole process.
 */
const LATENCY_WORKER_SOURCE = String.raw `
const { parentPort, workerData } = require('node:worker_threads')
const ort = require(workerData.runtimeDirectory)
const stopFlag = new Int32Array(workerData.stop)

function checkStopped() {
  if (Atomics.load(stopFlag, 0) !== 0) throw new Error('stopped by the caller')
}

// Warm-up: at least warmupRuns and minWarmupMs, in blocks (>= 5 runs and >= 25 ms each) until two
// blocks in a row fail to lower the best block median by 3%, within maxWarmupMs. A fresh worker starts with a cold
// JIT and cold runtime caches: a 30 µs model reads up to 2× slow for its first couple of thousand runs.
async function warmUp(session, feeds) {
  let runs = 0
  const started = performance.now()
  let best = Infinity
  let steadyBlocks = 0
  const elapsed = () => performance.now() - started
  while (
    runs < workerData.warmupRuns ||
    (elapsed() < workerData.maxWarmupMs && (steadyBlocks < 2 || elapsed() < workerData.minWarmupMs))
  ) {
    const times = []
    const blockStarted = performance.now()
    while (times.length < 5 || performance.now() - blockStarted < 25) {
      checkStopped()
      const runStarted = performance.now()
      await session.run(feeds)
      times.push(performance.now() - runStarted)
      runs++
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    steadyBlocks = median >= best * 0.97 ? steadyBlocks + 1 : 0
    best = Math.min(best, median)
  }
  return runs
}

async function measure() {
  const states = []
  for (const model of workerData.models) {
    const createStarted = performance.now()
    const session = await ort.InferenceSession.create(model.path, workerData.sessionOptions)
    const createMs = performance.now() - createStarted
    const feeds = {}
    for (const feed of model.feeds) feeds[feed.name] = new ort.Tensor(feed.dtype, feed.data, feed.shape)
    const firstStarted = performance.now()
    await session.run(feeds)
    const firstInferenceMs = performance.now() - firstStarted
    const warmupRuns = await warmUp(session, feeds)
    states.push({ label: model.label, session, feeds, createMs, firstInferenceMs, warmupRuns, samplesMs: [] })
  }
  const perRound = Math.ceil(workerData.runs / workerData.rounds)
  for (let round = 0; round < workerData.rounds; round++) {
    for (const state of states) {
      const count = Math.min(perRound, workerData.runs - state.samplesMs.length)
      for (let i = 0; i < count; i++) {
        checkStopped()
        const started = performance.now()
        await state.session.run(state.feeds)
        state.samplesMs.push(performance.now() - started)
      }
    }
  }
  for (const state of states) await state.session.release()
  return {
    models: states.map((state) => ({
      label: state.label,
      createMs: state.createMs,
      firstInferenceMs: state.firstInferenceMs,
      warmupRuns: state.warmupRuns,
      samplesMs: state.samplesMs
    })),
    maxRssKb: process.resourceUsage().maxRSS
  }
}

measure().then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (error) => parentPort.postMessage({ ok: false, error: String(error && error.message ? error.message : error) })
)
`;

;// CONCATENATED MODULE: ./packages/onnx/src/latency-benchmark.ts




const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** A fresh worker's JIT and runtime caches need about this long to settle on a small model. */
const DEFAULT_MIN_WARMUP_MS = 500;
const DEFAULT_MAX_WARMUP_MS = 3_000;
class LatencyTimeoutError extends Error {
    name = 'LatencyTimeoutError';
}
/** Time one or more models in a single worker, interleaved, with the stated percentile method. */
async function measureLatency(runtimeDirectory, models, options) {
    const workerData = {
        runtimeDirectory,
        models: models.map((model) => ({
            label: model.label,
            path: model.path,
            feeds: [...model.feeds].map(([name, array]) => ({
                name,
                dtype: array.dtype,
                shape: array.shape,
                data: array.data
            }))
        })),
        warmupRuns: options.warmupRuns,
        minWarmupMs: options.minWarmupMs ?? DEFAULT_MIN_WARMUP_MS,
        maxWarmupMs: options.maxWarmupMs ?? DEFAULT_MAX_WARMUP_MS,
        runs: options.runs,
        rounds: Math.max(1, Math.min(options.rounds ?? (models.length > 1 ? 10 : 1), options.runs)),
        sessionOptions: { ...QUIET_SESSION_OPTIONS, ...options.sessionOptions }
    };
    const raw = await runWorker(workerData, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return {
        models: raw.models.map((model) => summarize(model)),
        peakRssMb: raw.maxRssKb / 1024
    };
}
function runWorker(workerData, timeoutMs) {
    const stop = new SharedArrayBuffer(4);
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(LATENCY_WORKER_SOURCE, {
            eval: true,
            workerData: { ...workerData, stop }
        });
        const timer = setTimeout(() => {
            // Ask the worker to stop after the current run and stop waiting for it; see the worker source.
            Atomics.store(new Int32Array(stop), 0, 1);
            worker.unref();
            reject(new LatencyTimeoutError(`latency measurement exceeded ${Math.round(timeoutMs / 1000)} s and was stopped`));
        }, timeoutMs);
        worker.once('message', (reply) => {
            clearTimeout(timer);
            if (reply.ok && reply.result)
                resolve(reply.result);
            else
                reject(new Error(reply.error ?? 'latency worker failed'));
        });
        worker.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
function summarize(model) {
    const sorted = sortedCopy(model.samplesMs);
    const average = mean(sorted);
    return {
        label: model.label,
        runs: sorted.length,
        warmupRuns: model.warmupRuns,
        sessionCreateMs: model.createMs,
        firstInferenceMs: model.firstInferenceMs,
        minMs: sorted[0] ?? NaN,
        p50Ms: nearestRank(sorted, 50),
        p90Ms: nearestRank(sorted, 90),
        p95Ms: nearestRank(sorted, 95),
        p99Ms: nearestRank(sorted, 99),
        maxMs: sorted[sorted.length - 1] ?? NaN,
        meanMs: average,
        stddevMs: standardDeviation(sorted),
        throughputPerSecond: average > 0 ? 1000 / average : 0,
        percentileMethod: PERCENTILE_METHOD,
        samplesMs: model.samplesMs
    };
}

;// CONCATENATED MODULE: ./packages/onnx/src/element-type.ts
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

;// CONCATENATED MODULE: ./packages/onnx/src/finding.ts
function finding(code, severity, message) {
    return { code, severity, message };
}
function hasErrors(findings) {
    return findings.some((entry) => entry.severity === 'error');
}

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
            findings.push(finding('external-data-unsafe-path', 'error', `${subject}: external data location "${location}" ${unsafe}.`));
            continue;
        }
        if (!Number.isSafeInteger(external.offset) ||
            external.offset < 0 ||
            (external.length !== undefined &&
                (!Number.isSafeInteger(external.length) || external.length < 0))) {
            findings.push(finding('external-data-bad-range', 'error', `${subject}: offset/length of "${location}" are not non-negative integers.`));
            continue;
        }
        let size = files.get(location);
        if (size === undefined) {
            if (rejected.has(location))
                continue;
            const resolved = await resolveInside(root, location);
            if ('problem' in resolved) {
                rejected.add(location);
                findings.push(finding(resolved.code, 'error', `${subject}: external data file "${location}" ${resolved.problem}.`));
                continue;
            }
            size = resolved.size;
            files.set(location, size);
        }
        const expected = denseByteSize(initializer.dataType, initializer.elements);
        const length = external.length ?? size - external.offset;
        if (external.offset + length > size) {
            findings.push(finding('external-data-out-of-range', 'error', `${subject}: bytes ${external.offset}..${external.offset + length} lie beyond the end of "${location}" (${size} bytes).`));
        }
        else if (expected !== undefined && length !== expected) {
            findings.push(finding('external-data-size-mismatch', 'error', `${subject} (${initializer.dtype} [${initializer.dims.join(', ')}]) declares ${length} bytes in "${location}"; its shape needs ${expected}.`));
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

;// CONCATENATED MODULE: ./packages/onnx/src/protobuf-reader.ts
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

;// CONCATENATED MODULE: ./packages/onnx/src/tensor-proto.ts

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
    for (const field of ProtobufReader.of(bytes).fields()) {
        switch (field.number) {
            case TensorField.dims:
                readRepeatedInt64(field, dims);
                break;
            case TensorField.dataType:
                dataType = field.value;
                break;
            case TensorField.name:
                name = decodeString(expectBytes(field, 'TensorProto.name'));
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
    if (field.wireType !== WireType.lengthDelimited) {
        throw new ProtobufError(`${what} has wire type ${field.wireType}, expected length-delimited`);
    }
    return field.bytes;
}
/** StringStringEntryProto: key = 1, value = 2 (metadata_props, external_data). */
function readStringPair(bytes) {
    let key = '';
    let value = '';
    for (const field of ProtobufReader.of(bytes).fields()) {
        if (field.number === 1)
            key = decodeString(expectBytes(field, 'entry key'));
        else if (field.number === 2)
            value = decodeString(expectBytes(field, 'entry value'));
    }
    return { key, value };
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * dim, 1);
}

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
    for (const field of ProtobufReader.of(bytes).fields()) {
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
                graph = readGraph(expectBytes(field, 'ModelProto.graph'));
                break;
            case ModelField.opsetImport:
                opsetImports.push(readOpset(expectBytes(field, 'ModelProto.opset_import')));
                break;
            case ModelField.metadataProps:
                metadata.push(readStringPair(expectBytes(field, 'ModelProto.metadata_props')));
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
    for (const field of ProtobufReader.of(bytes).fields()) {
        switch (field.number) {
            case GraphField.node:
                nodes.push(readNode(expectBytes(field, 'GraphProto.node')));
                break;
            case GraphField.name:
                name = model_header_text(field, 'GraphProto.name');
                break;
            case GraphField.initializer:
                initializers.push(describeInitializer(readTensorProto(expectBytes(field, 'GraphProto.initializer'))));
                break;
            case GraphField.input:
                declaredInputs.push(readValueInfo(expectBytes(field, 'GraphProto.input')));
                break;
            case GraphField.output:
                outputs.push(readValueInfo(expectBytes(field, 'GraphProto.output')));
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
    for (const field of ProtobufReader.of(bytes).fields()) {
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
    for (const field of ProtobufReader.of(bytes).fields()) {
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
    for (const field of ProtobufReader.of(bytes).fields()) {
        if (field.number === 1)
            name = model_header_text(field, 'ValueInfoProto.name');
        else if (field.number === 2)
            ({ dtype, shape } = readType(expectBytes(field, 'ValueInfoProto.type')));
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
    for (const field of ProtobufReader.of(bytes).fields()) {
        if (field.number === 1)
            return readTensorType(expectBytes(field, 'TypeProto.tensor_type'));
        const kind = NON_TENSOR_KINDS[field.number];
        if (kind)
            return { dtype: kind, shape: null };
    }
    return { dtype: 'unknown', shape: null };
}
function readTensorType(bytes) {
    let dtype = 'unknown';
    let shape = null;
    for (const field of ProtobufReader.of(bytes).fields()) {
        if (field.number === 1)
            dtype = elementType(expectVarint(field, 'TypeProto.Tensor.elem_type')).name;
        else if (field.number === 2)
            shape = readShape(expectBytes(field, 'TypeProto.Tensor.shape'));
    }
    return { dtype, shape };
}
function readShape(bytes) {
    const dims = [];
    for (const field of ProtobufReader.of(bytes).fields()) {
        if (field.number !== 1)
            continue;
        let dim = null;
        for (const part of ProtobufReader.of(expectBytes(field, 'TensorShapeProto.dim')).fields()) {
            if (part.number === 1) {
                expectVarint(part, 'Dimension.dim_value');
                dim = int64Value(part);
            }
            else if (part.number === 2)
                dim = model_header_text(part, 'Dimension.dim_param') || null;
        }
        dims.push(dim);
    }
    return dims;
}
function describeInitializer(tensor) {
    const type = elementType(tensor.dataType);
    const elements = elementCount(tensor.dims);
    const base = {
        name: tensor.name,
        dtype: type.name,
        dataType: tensor.dataType,
        dims: tensor.dims,
        elements
    };
    if (tensor.dataLocation === DATA_LOCATION_EXTERNAL || tensor.externalData.size > 0) {
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
                storedBytes += field.wireType === WireType.lengthDelimited ? field.bytes.length : 8;
                typedElements += countTypedElements(number, field);
            }
        }
        return { ...base, storage: 'typed', storedBytes, typedElements };
    }
    return { ...base, storage: 'empty', storedBytes: 0 };
}
function countTypedElements(number, field) {
    if (field.wireType !== WireType.lengthDelimited)
        return 1;
    if (number === TensorField.floatData)
        return field.bytes.length / 4;
    if (number === TensorField.doubleData)
        return field.bytes.length / 8;
    if (number === TensorField.stringData)
        return 1;
    const values = [];
    readRepeatedVarints(field, values);
    return values.length;
}
function expectVarint(field, what) {
    if (field.wireType !== WireType.varint) {
        throw new ProtobufError(`${what} has wire type ${field.wireType}, expected varint`);
    }
    return field.value;
}
function model_header_text(field, what) {
    return decodeString(expectBytes(field, what));
}

;// CONCATENATED MODULE: ./packages/onnx/src/model-signature.ts
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
        findings.push(finding('repeated-graph', 'warning', `The model holds ${header.graphFieldCount} graph fields; readers merge them.`));
    }
    const graph = header.graph;
    if (!graph) {
        findings.push(finding('missing-graph', 'error', 'The model has no graph.'));
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
        findings.push(finding('missing-ir-version', 'error', 'The model does not set ir_version.'));
    }
    else if (header.irVersion > limits.maxIrVersion) {
        findings.push(finding('ir-version-too-new', 'error', `IR version ${header.irVersion} is newer than onnxruntime supports (≤ ${limits.maxIrVersion}).`));
    }
    if (header.opsetImports.length === 0 && (header.irVersion ?? 0) >= 3) {
        findings.push(finding('missing-opset-import', 'error', 'The model imports no operator set (required from IR version 3).'));
    }
    const seen = new Set();
    for (const opset of header.opsetImports) {
        const domain = opset.domain || 'ai.onnx';
        if (seen.has(domain))
            findings.push(finding('duplicate-opset-import', 'error', `Operator set domain "${domain}" is imported twice.`));
        seen.add(domain);
        if (DEFAULT_DOMAINS.has(opset.domain) && opset.version > limits.maxDefaultOpset) {
            findings.push(finding('opset-too-new', 'error', `ai.onnx opset ${opset.version} is newer than onnxruntime supports (≤ ${limits.maxDefaultOpset}).`));
        }
        if (!KNOWN_DOMAINS.has(opset.domain)) {
            findings.push(finding('custom-domain', 'info', `The model imports the custom operator domain "${opset.domain}".`));
        }
    }
    return findings;
}
function checkMetadata(header) {
    const keys = header.metadata.map((entry) => entry.key);
    return duplicates(keys).map((key) => finding('duplicate-metadata-key', 'error', `Metadata key "${key}" appears more than once.`));
}
function checkGraph(graph) {
    const findings = [];
    if (graph.outputs.length === 0)
        findings.push(finding('no-outputs', 'error', 'The graph declares no outputs.'));
    const initializerNames = graph.initializers.map((initializer) => initializer.name);
    for (const name of duplicates(initializerNames)) {
        findings.push(finding('duplicate-initializer', 'error', `Initializer "${name}" is defined more than once.`));
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
        findings.push(finding('duplicate-value-name', 'error', `Value "${name}" is produced by more than one graph input, initializer or node.`));
    }
    // Sparse initializer names are not read by the header walk, so they could be what an output names.
    if (graph.sparseInitializerCount === 0) {
        const produced = new Set(definitions);
        graph.declaredInputs.forEach((input) => produced.add(input.name));
        for (const output of graph.outputs) {
            if (!produced.has(output.name)) {
                findings.push(finding('output-not-produced', 'error', `Graph output "${output.name}" is not produced by any node, initializer or graph input.`));
            }
        }
    }
    for (const name of duplicates(graph.outputs.map((output) => output.name))) {
        findings.push(finding('duplicate-output', 'error', `Graph output "${name}" is declared more than once.`));
    }
    for (const node of graph.nodes) {
        if (node.opType === '')
            findings.push(finding('node-without-op', 'error', `Node "${node.name}" has no op_type.`));
    }
    if (graph.sparseInitializerCount > 0) {
        findings.push(finding('sparse-initializers', 'info', `${graph.sparseInitializerCount} sparse initializers are not inventoried.`));
    }
    return findings;
}
function checkSignatureTypes(header) {
    const signature = modelSignature(header);
    const findings = [];
    for (const [kind, values] of [
        ['input', signature.inputs],
        ['output', signature.outputs]
    ]) {
        for (const value of values) {
            if (!isFeedableByNode(value.dtype)) {
                findings.push(finding('unsupported-io-type', 'error', `Graph ${kind} "${value.name}" has type ${value.dtype}, which onnxruntime-node cannot exchange; cast it to float32/float16 at the graph boundary.`));
            }
            for (const dim of value.shape ?? []) {
                if (typeof dim === 'number' && dim < 0) {
                    findings.push(finding('negative-dimension', 'error', `Graph ${kind} "${value.name}" declares a negative dimension ${dim}.`));
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
            finding('negative-dimension', 'error', `Initializer "${initializer.name}" declares a negative dimension.`)
        ];
    }
    const expected = denseByteSize(initializer.dataType, initializer.elements);
    if (initializer.storage === 'raw' &&
        expected !== undefined &&
        initializer.rawDataBytes !== expected) {
        return [
            finding('raw-data-size-mismatch', 'error', `Initializer "${initializer.name}" (${initializer.dtype} [${initializer.dims.join(', ')}]) holds ${initializer.rawDataBytes} bytes of raw_data; its shape needs ${expected}.`)
        ];
    }
    const packsSeveralPerValue = elementType(initializer.dataType).bits === 4 || initializer.dtype.startsWith('complex');
    if (initializer.storage === 'typed' &&
        initializer.dtype !== 'string' &&
        !packsSeveralPerValue &&
        initializer.typedElements !== initializer.elements) {
        return [
            finding('typed-data-count-mismatch', 'error', `Initializer "${initializer.name}" holds ${initializer.typedElements} values; its shape [${initializer.dims.join(', ')}] needs ${initializer.elements}.`)
        ];
    }
    if (initializer.storage === 'empty' && initializer.elements > 0) {
        return [
            finding('initializer-without-data', 'error', `Initializer "${initializer.name}" has a shape but no data.`)
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
        if (!(error instanceof ProtobufError))
            throw error;
        findings.push(finding('invalid-protobuf', 'error', `"${displayPath}" is not a valid ONNX protobuf: ${error.message}.`));
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
        signature: header ? modelSignature(header) : { inputs: [], outputs: [] },
        findings,
        unsafeToLoad: findings.some((entry) => entry.code === 'external-data-unsafe-path')
    };
}

;// CONCATENATED MODULE: ./packages/onnx/src/parity-check.ts






/** Run every reference sample through the session and compare each output with its reference. */
async function checkParity(ort, session, signature, samples, tolerance) {
    const pairs = new Map();
    const casts = new Set();
    const outputNames = signature.outputs.map((output) => output.name);
    for (const name of Object.keys(tolerance.perOutput ?? {})) {
        if (!outputNames.includes(name)) {
            throw new errors/* ConfigurationError */.j(`atol/rtol name the output "${name}", which the model does not have (${outputNames.join(', ')}).`, 'atol');
        }
    }
    for (const sample of samples) {
        for (const name of sample.outputs.keys()) {
            if (!outputNames.includes(name)) {
                throw new errors/* ConfigurationError */.j(`Reference output "${name}" (${sample.label}) is not an output of the model (${outputNames.join(', ')}).`, 'reference-outputs');
            }
        }
        const prepared = prepareFeeds(sample.inputs, signature, sample.label);
        prepared.casts.forEach((cast) => casts.add(cast));
        let actual;
        try {
            actual = await runSession(ort, session, prepared.feeds);
        }
        catch (error) {
            const runError = `${sample.label}: ${stripRuntimeNoise(error instanceof Error ? error.message : String(error))}`;
            return {
                passed: false,
                tolerance,
                semantics: describeComparison(tolerance.mode),
                samples: samples.length,
                outputs: [],
                uncompared: [],
                casts: [...casts],
                runError
            };
        }
        for (const [name, expected] of sample.outputs) {
            const produced = actual.get(name);
            if (!produced)
                continue;
            const list = pairs.get(name) ?? [];
            list.push({ sample: sample.label, actual: produced, expected });
            pairs.set(name, list);
        }
    }
    const outputs = [...pairs].map(([name, list]) => compareOutput(name, list, toleranceFor(tolerance, name)));
    return {
        passed: outputs.length > 0 && outputs.every((output) => output.passed),
        tolerance,
        semantics: describeComparison(tolerance.mode),
        samples: samples.length,
        outputs,
        uncompared: outputNames.filter((name) => !pairs.has(name)),
        casts: [...casts]
    };
}

;// CONCATENATED MODULE: ./packages/onnx/src/json-reference.ts

/**
 * `{"inputs": {name: nested arrays}, "outputs": {...}}`. Numbers arrive as float64 and are cast to
 * the model's types when fed; `null` stands for NaN and the strings "Infinity"/"-Infinity"/"NaN" are accepted.
 */
function readJsonReference(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${source} is not valid JSON: ${error.message}`);
    }
    if (!isRecord(parsed))
        throw new errors/* ConfigurationError */.j(`${source} must hold an object with "inputs" and/or "outputs".`);
    return {
        inputs: readGroup(parsed.inputs, `${source}: inputs`),
        outputs: readGroup(parsed.outputs, `${source}: outputs`)
    };
}
function readGroup(value, where) {
    const arrays = new Map();
    if (value === undefined)
        return arrays;
    if (!isRecord(value))
        throw new errors/* ConfigurationError */.j(`${where} must be an object of name → nested arrays.`);
    for (const [name, nested] of Object.entries(value))
        arrays.set(name, nestedToArray(nested, `${where}.${name}`));
    return arrays;
}
function nestedToArray(value, where) {
    const shape = [];
    let probe = value;
    while (Array.isArray(probe)) {
        shape.push(probe.length);
        probe = probe[0];
    }
    const flat = [];
    flatten(value, 0, shape, flat, where);
    return { dtype: 'float64', shape, data: Float64Array.from(flat) };
}
function flatten(value, depth, shape, into, where) {
    if (depth === shape.length) {
        into.push(toNumber(value, where));
        return;
    }
    if (!Array.isArray(value) || value.length !== shape[depth]) {
        throw new errors/* ConfigurationError */.j(`${where} is ragged: every level must have the same length (shape [${shape.join(', ')}]).`);
    }
    for (const item of value)
        flatten(item, depth + 1, shape, into, where);
}
function toNumber(value, where) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (value === null || value === 'NaN')
        return NaN;
    if (value === 'Infinity')
        return Infinity;
    if (value === '-Infinity')
        return -Infinity;
    throw new errors/* ConfigurationError */.j(`${where} holds ${JSON.stringify(value)}, which is not a number.`);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/onnx/src/npy-reader.ts


const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const DESCRIPTORS = {
    f2: 'float16',
    f4: 'float32',
    f8: 'float64',
    i1: 'int8',
    i2: 'int16',
    i4: 'int32',
    i8: 'int64',
    u1: 'uint8',
    u2: 'uint16',
    u4: 'uint32',
    u8: 'uint64',
    b1: 'bool'
};
/** Parse a NumPy `.npy` file (format 1.0–3.0). `source` names the file in error messages. */
function readNpy(bytes, source) {
    if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
        throw new errors/* ConfigurationError */.j(`${source} is not a .npy file (no \\x93NUMPY magic).`);
    }
    const major = bytes[6];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLengthSize = major === 1 ? 2 : 4;
    if (major < 1 || major > 3)
        throw new errors/* ConfigurationError */.j(`${source}: unsupported .npy format version ${major}.`);
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    const dataStart = 8 + headerLengthSize + headerLength;
    if (dataStart > bytes.length)
        throw new errors/* ConfigurationError */.j(`${source}: truncated .npy header.`);
    const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(8 + headerLengthSize, dataStart));
    const { descr, fortranOrder, shape } = parseHeader(header, source);
    if (fortranOrder) {
        throw new errors/* ConfigurationError */.j(`${source} is stored in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(array))).`);
    }
    const byteOrder = descr[0];
    const code = descr.slice(1);
    if (byteOrder === '>' && !code.endsWith('1')) {
        throw new errors/* ConfigurationError */.j(`${source} is big-endian (${descr}); convert it with array.astype(array.dtype.newbyteorder('<')).`);
    }
    const dtype = DESCRIPTORS[code];
    if (!dtype || !['<', '|', '=', '>'].includes(byteOrder ?? '')) {
        throw new errors/* ConfigurationError */.j(`${source} has dtype ${descr}; supported are float16/32/64, int8/16/32/64, uint8/16/32/64 and bool.`);
    }
    const payload = bytes.subarray(dataStart);
    const expectedBytes = shapeSize(shape) * Number(code.slice(1));
    if (payload.length < expectedBytes) {
        throw new errors/* ConfigurationError */.j(`${source} is truncated: ${payload.length} data bytes, [${shape.join(', ')}] ${descr} needs ${expectedBytes}.`);
    }
    return fromLittleEndianBytes(dtype, shape, payload.subarray(0, expectedBytes));
}
function parseHeader(header, source) {
    const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
    const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
    const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        throw new errors/* ConfigurationError */.j(`${source}: cannot read the .npy header ${JSON.stringify(header.trim())} (structured dtypes are not supported).`);
    }
    const shape = shapeText
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(Number);
    if (shape.some((dim) => !Number.isSafeInteger(dim) || dim < 0)) {
        throw new errors/* ConfigurationError */.j(`${source}: invalid shape (${shapeText}) in the .npy header.`);
    }
    return { descr, fortranOrder: fortran === 'True', shape };
}

;// CONCATENATED MODULE: ./packages/onnx/src/zip-archive.ts


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
/**
 * Read every file of a zip archive from its central directory (the local headers of numpy's
 * `savez` carry zip64 placeholders, so sizes come from the directory). Stored and deflated only.
 */
function readZipEntries(bytes, source) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = locateCentralDirectory(view, source);
    const entries = [];
    let at = directory.offset;
    for (let index = 0; index < directory.count; index++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) {
            throw new errors/* ConfigurationError */.j(`${source}: corrupt zip central directory (entry ${index}).`);
        }
        const flags = view.getUint16(at + 8, true);
        const method = view.getUint16(at + 10, true);
        const crc = view.getUint32(at + 16, true);
        let compressedSize = view.getUint32(at + 20, true);
        let size = view.getUint32(at + 24, true);
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        let localOffset = view.getUint32(at + 42, true);
        const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
        const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength, {
            size,
            compressedSize,
            localOffset
        });
        ({ size, compressedSize, localOffset } = zip64);
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (flags & 1)
            throw new errors/* ConfigurationError */.j(`${source}: entry "${name}" is encrypted.`);
        if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
            throw new errors/* ConfigurationError */.j(`${source}: entry "${name}" points to no local header.`);
        }
        const dataStart = localOffset +
            30 +
            view.getUint16(localOffset + 26, true) +
            view.getUint16(localOffset + 28, true);
        if (dataStart + compressedSize > bytes.length)
            throw new errors/* ConfigurationError */.j(`${source}: entry "${name}" is truncated.`);
        const stored = bytes.subarray(dataStart, dataStart + compressedSize);
        const data = decompress(stored, method, size, `${source}: entry "${name}"`);
        if (typeof external_node_zlib_.crc32 === 'function' && external_node_zlib_.crc32(data) !== crc) {
            throw new errors/* ConfigurationError */.j(`${source}: entry "${name}" fails its CRC-32 check.`);
        }
        entries.push({ name, data });
    }
    return entries;
}
function decompress(stored, method, size, what) {
    if (method === STORED)
        return stored;
    if (method !== DEFLATED)
        throw new errors/* ConfigurationError */.j(`${what} uses compression method ${method}; only stored and deflate are supported.`);
    const data = external_node_zlib_.inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) });
    if (data.length !== size)
        throw new errors/* ConfigurationError */.j(`${what} inflates to ${data.length} bytes, expected ${size}.`);
    return data;
}
function locateCentralDirectory(view, source) {
    const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
    for (let at = view.byteLength - 22; at >= lowest; at--) {
        if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY)
            continue;
        let count = view.getUint16(at + 10, true);
        let offset = view.getUint32(at + 16, true);
        const locator = at - 20;
        if ((count === 0xffff || offset === 0xffffffff) &&
            locator >= 0 &&
            view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
            const record = Number(view.getBigUint64(locator + 8, true));
            if (view.getUint32(record, true) === ZIP64_END_RECORD) {
                count = Number(view.getBigUint64(record + 32, true));
                offset = Number(view.getBigUint64(record + 48, true));
            }
        }
        return { offset, count };
    }
    throw new errors/* ConfigurationError */.j(`${source} is not a zip/.npz archive (no end-of-central-directory record).`);
}
function readZip64Extra(view, start, length, values) {
    const result = { ...values };
    for (let at = start; at + 4 <= start + length;) {
        const id = view.getUint16(at, true);
        const fieldLength = view.getUint16(at + 2, true);
        if (id === ZIP64_EXTRA) {
            let cursor = at + 4;
            const next = () => {
                const value = Number(view.getBigUint64(cursor, true));
                cursor += 8;
                return value;
            };
            if (values.size === 0xffffffff)
                result.size = next();
            if (values.compressedSize === 0xffffffff)
                result.compressedSize = next();
            if (values.localOffset === 0xffffffff)
                result.localOffset = next();
        }
        at += 4 + fieldLength;
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/onnx/src/npz-reader.ts


/** A NumPy `.npz` archive (np.savez / savez_compressed) as arrays keyed by name. */
function readNpz(bytes, source) {
    const arrays = new Map();
    for (const entry of readZipEntries(bytes, source)) {
        const key = entry.name.endsWith('.npy') ? entry.name.slice(0, -4) : entry.name;
        arrays.set(key, readNpy(entry.data, `${source}:${entry.name}`));
    }
    return arrays;
}

;// CONCATENATED MODULE: ./packages/onnx/src/tensor-proto-decoding.ts





/** A serialized TensorProto (`test_data_set_N/input_K.pb`) as a named dense array. */
function decodeTensorProtoFile(bytes, source) {
    let tensor;
    try {
        tensor = readTensorProto(bytes);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${source} is not a TensorProto: ${error.message}`);
    }
    const dtype = elementType(tensor.dataType).name;
    if (!isNumericDtype(dtype))
        throw new errors/* ConfigurationError */.j(`${source}: tensor type ${dtype} is not supported as reference data.`);
    if (tensor.externalData.size > 0)
        throw new errors/* ConfigurationError */.j(`${source}: reference tensors with external data are not supported.`);
    const count = elementCount(tensor.dims);
    if (tensor.rawData !== undefined) {
        try {
            return { name: tensor.name, array: fromLittleEndianBytes(dtype, tensor.dims, tensor.rawData) };
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`${source}: ${error.message}`);
        }
    }
    const data = allocate(dtype, count);
    let written = 0;
    for (const [number, fields] of tensor.typedData) {
        for (const field of fields) {
            if (number === TensorField.floatData || number === TensorField.doubleData) {
                written = copyFixed(field, number === TensorField.floatData ? 4 : 8, data, written);
                continue;
            }
            for (const unsigned of varints64(field)) {
                if (written < count)
                    data[written] = narrow(unsigned, number, dtype);
                written++;
            }
        }
    }
    if (written !== count) {
        throw new errors/* ConfigurationError */.j(`${source}: holds ${written} values, its shape [${tensor.dims.join(', ')}] needs ${count}.`);
    }
    return { name: tensor.name, array: { dtype, shape: tensor.dims, data } };
}
function copyFixed(field, width, data, at) {
    if (field.wireType !== WireType.lengthDelimited) {
        const scratch = new DataView(new ArrayBuffer(8));
        if (width === 4)
            scratch.setUint32(0, field.value, true);
        else
            scratch.setBigUint64(0, BigInt(field.value), true);
        return store(data, at, width === 4 ? scratch.getFloat32(0, true) : scratch.getFloat64(0, true));
    }
    const view = new DataView(field.bytes.buffer, field.bytes.byteOffset, field.bytes.byteLength);
    for (let offset = 0; offset + width <= field.bytes.length; offset += width) {
        at = store(data, at, width === 4 ? view.getFloat32(offset, true) : view.getFloat64(offset, true));
    }
    return at;
}
function store(data, at, value) {
    if (at >= data.length)
        return at + 1;
    if (data instanceof BigInt64Array || data instanceof BigUint64Array)
        data[at] = BigInt(value);
    else
        data[at] = value;
    return at + 1;
}
/**
 * int64_data is signed, uint64_data unsigned; int32_data carries int8/16/32 sign-extended, the
 * unsigned small types as is and float16 as its bit pattern.
 */
function narrow(unsigned, field, dtype) {
    if (field === TensorField.int64Data)
        return dtype === 'int64' ? BigInt.asIntN(64, unsigned) : Number(BigInt.asIntN(64, unsigned));
    if (field === TensorField.uint64Data)
        return dtype === 'uint64' ? unsigned : Number(unsigned);
    const signed = !(dtype === 'float16' || dtype.startsWith('uint') || dtype === 'bool');
    return Number(signed ? BigInt.asIntN(32, unsigned) : BigInt.asUintN(32, unsigned));
}

;// CONCATENATED MODULE: ./packages/onnx/src/reference-data.ts







/** Read every reference sample the inputs describe, naming unnamed arrays after the model's signature. */
async function loadReferenceSamples(sources, signature, resolvePath) {
    const samples = [];
    for (const entry of sources.data)
        samples.push(...(await readDataEntry(resolvePath(entry), entry, signature)));
    if (sources.inputs.length > 0 || sources.outputs.length > 0) {
        if (sources.inputs.length === 0) {
            throw new errors/* ConfigurationError */.j('reference-outputs is set but reference-inputs is not: the model needs inputs to compare.', 'reference-inputs');
        }
        samples.push({
            label: 'reference',
            inputs: await readArrayFiles(sources.inputs, signature.inputs.map((value) => value.name), resolvePath, 'reference-inputs'),
            outputs: await readArrayFiles(sources.outputs, signature.outputs.map((value) => value.name), resolvePath, 'reference-outputs')
        });
    }
    return samples;
}
async function readDataEntry(path, given, signature) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j(`reference-data "${given}" does not exist.`, 'reference-data');
    if (info.isDirectory()) {
        const children = (await (0,promises_.readdir)(path))
            .filter((name) => /^test_data_set_\d+$/.test(name))
            .sort(byTrailingNumber);
        if (children.length > 0) {
            return Promise.all(children.map((child) => readTestDataSet((0,external_node_path_.join)(path, child), `${(0,external_node_path_.basename)(path)}/${child}`, signature)));
        }
        return [await readTestDataSet(path, (0,external_node_path_.basename)(path), signature)];
    }
    const bytes = await (0,promises_.readFile)(path);
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (extension === '.json') {
        const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), given);
        return [{ label: (0,external_node_path_.basename)(path), inputs, outputs }];
    }
    if (extension === '.npz')
        return [splitPrefixedArchive(readNpz(bytes, given), (0,external_node_path_.basename)(path), given)];
    throw new errors/* ConfigurationError */.j(`reference-data "${given}" must be a test_data_set_N folder, a folder of them, a .json or a .npz file.`, 'reference-data');
}
/** An `.npz` holding both sides names its arrays `inputs/<name>` and `outputs/<name>` (or `input:`/`output:`). */
function splitPrefixedArchive(arrays, label, given) {
    const inputs = new Map();
    const outputs = new Map();
    for (const [key, array] of arrays) {
        const match = /^(inputs?)[/:](.+)$|^(outputs?)[/:](.+)$/.exec(key);
        if (match?.[2])
            inputs.set(match[2], array);
        else if (match?.[4])
            outputs.set(match[4], array);
        else
            throw new errors/* ConfigurationError */.j(`reference-data "${given}": array "${key}" is neither inputs/<name> nor outputs/<name>.`, 'reference-data');
    }
    return { label, inputs, outputs };
}
async function readTestDataSet(directory, label, signature) {
    const files = await (0,promises_.readdir)(directory);
    const read = async (prefix, names) => {
        const arrays = new Map();
        const matching = files
            .filter((file) => new RegExp(`^${prefix}_\\d+\\.pb$`).test(file))
            .sort(byTrailingNumber);
        for (const file of matching) {
            const index = Number(/(\d+)\.pb$/.exec(file)?.[1]);
            const { name, array } = decodeTensorProtoFile(await (0,promises_.readFile)((0,external_node_path_.join)(directory, file)), `${label}/${file}`);
            const bound = name !== '' && names.includes(name) ? name : names[index];
            if (bound === undefined) {
                throw new errors/* ConfigurationError */.j(`${label}/${file}: the model has no ${prefix} ${name ? `"${name}"` : `number ${index}`}.`, 'reference-data');
            }
            arrays.set(bound, array);
        }
        return arrays;
    };
    const inputs = await read('input', signature.inputs.map((value) => value.name));
    if (inputs.size === 0)
        throw new errors/* ConfigurationError */.j(`reference-data folder "${label}" holds no input_K.pb files.`, 'reference-data');
    return {
        label,
        inputs,
        outputs: await read('output', signature.outputs.map((value) => value.name))
    };
}
async function readArrayFiles(entries, names, resolvePath, inputName) {
    const arrays = new Map();
    for (const [index, entry] of entries.entries()) {
        const explicit = /^([^=]+)=(.+)$/.exec(entry);
        const path = resolvePath(explicit ? explicit[2] : entry);
        const bytes = await (0,promises_.readFile)(path).catch(() => {
            throw new errors/* ConfigurationError */.j(`${inputName}: file "${entry}" does not exist.`, inputName);
        });
        const extension = (0,external_node_path_.extname)(path).toLowerCase();
        if (extension === '.npz') {
            for (const [key, array] of readNpz(bytes, entry))
                arrays.set(key, array);
            continue;
        }
        if (extension === '.json') {
            const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), entry);
            for (const [key, array] of inputName === 'reference-inputs' ? inputs : outputs)
                arrays.set(key, array);
            continue;
        }
        let array;
        let embeddedName = '';
        if (extension === '.npy')
            array = readNpy(bytes, entry);
        else if (extension === '.pb')
            ({ name: embeddedName, array } = decodeTensorProtoFile(bytes, entry));
        else
            throw new errors/* ConfigurationError */.j(`${inputName}: "${entry}" must be .npy, .npz, .pb or .json.`, inputName);
        const stem = (0,external_node_path_.basename)(path, (0,external_node_path_.extname)(path));
        const name = explicit?.[1]?.trim() ??
            (names.includes(embeddedName)
                ? embeddedName
                : names.includes(stem)
                    ? stem
                    : entries.length === names.length
                        ? names[index]
                        : undefined);
        if (name === undefined) {
            throw new errors/* ConfigurationError */.j(`${inputName}: cannot tell which of ${names.join(', ')} "${entry}" holds; write it as name=${entry}.`, inputName);
        }
        arrays.set(name, array);
    }
    return arrays;
}
function byTrailingNumber(a, b) {
    return Number(/(\d+)(?:\.pb)?$/.exec(a)?.[1]) - Number(/(\d+)(?:\.pb)?$/.exec(b)?.[1]);
}

;// CONCATENATED MODULE: ./packages/onnx/src/signature-contract.ts



/**
 * Compare the candidate's signature with the expected one (a contract file or the baseline model).
 * Anything a serving client would notice is breaking (error); additions it can ignore are info.
 */
function checkSignatureContract(expected, actual) {
    return [
        ...compareSide('input', expected.inputs, actual.inputs),
        ...compareSide('output', expected.outputs, actual.outputs)
    ];
}
function compareSide(kind, expected, actual) {
    const findings = [];
    const actualByName = new Map(actual.map((value) => [value.name, value]));
    const expectedNames = new Set(expected.map((value) => value.name));
    const added = actual.filter((value) => !expectedNames.has(value.name));
    for (const want of expected) {
        const have = actualByName.get(want.name);
        if (!have) {
            const lookalike = added.find((value) => value.dtype === want.dtype && formatShape(value.shape) === formatShape(want.shape));
            findings.push(lookalike
                ? finding(`${kind}-renamed`, 'error', `${capitalize(kind)} "${want.name}" is gone; "${lookalike.name}" has its type and shape (renamed?).`)
                : finding(`${kind}-missing`, 'error', `${capitalize(kind)} "${want.name}" (${want.dtype} ${formatShape(want.shape)}) is missing.`));
            continue;
        }
        findings.push(...compareValue(kind, want, have));
    }
    for (const value of added) {
        findings.push(kind === 'output'
            ? finding('output-added', 'info', `New output "${value.name}" (${value.dtype} ${formatShape(value.shape)}); existing clients can ignore it.`)
            : finding('input-added', 'error', `New required input "${value.name}" (${value.dtype} ${formatShape(value.shape)}); existing clients do not send it.`));
    }
    return findings;
}
function compareValue(kind, want, have) {
    const subject = `${capitalize(kind)} "${want.name}"`;
    const findings = [];
    if (want.dtype !== have.dtype) {
        findings.push(finding(`${kind}-dtype-changed`, 'error', `${subject} changed type ${want.dtype} → ${have.dtype}.`));
    }
    if (want.shape === null || have.shape === null) {
        if (want.shape !== null)
            findings.push(finding(`${kind}-rank-unknown`, 'error', `${subject} no longer declares a shape (was ${formatShape(want.shape)}).`));
        return findings;
    }
    if (want.shape.length !== have.shape.length) {
        findings.push(finding(`${kind}-rank-changed`, 'error', `${subject} changed rank ${want.shape.length} → ${have.shape.length} (${formatShape(want.shape)} → ${formatShape(have.shape)}).`));
        return findings;
    }
    want.shape.forEach((before, axis) => {
        const after = have.shape?.[axis] ?? null;
        const change = describeDimensionChange(before, after);
        if (change)
            findings.push(finding(`${kind}-${change.code}`, change.severity, `${subject} dimension ${axis}: ${change.text}.`));
    });
    return findings;
}
function describeDimensionChange(before, after) {
    const isStatic = (dim) => typeof dim === 'number';
    if (before === after)
        return undefined;
    if (isStatic(before) && isStatic(after))
        return { code: 'dim-changed', severity: 'error', text: `${before} → ${after}` };
    if (isStatic(before))
        return {
            code: 'static-to-dynamic',
            severity: 'error',
            text: `static ${before} became dynamic (${after ?? '?'})`
        };
    if (isStatic(after))
        return {
            code: 'dynamic-to-static',
            severity: 'error',
            text: `dynamic ${before ?? '?'} became static ${after}`
        };
    return {
        code: 'dim-renamed',
        severity: 'info',
        text: `symbolic name ${before ?? '?'} → ${after ?? '?'}`
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A contract file is `{inputs: [...], outputs: [...]}` of `{name, dtype, shape}`, or an earlier report. */
function parseSignatureContract(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`contract "${source}" is not valid JSON: ${error.message}`, 'contract');
    }
    const candidate = parsed?.structure?.signature ?? parsed;
    const record = candidate;
    return {
        inputs: readValues(record.inputs, `${source}: inputs`),
        outputs: readValues(record.outputs, `${source}: outputs`)
    };
}
function readValues(value, where) {
    if (!Array.isArray(value))
        throw new errors/* ConfigurationError */.j(`contract ${where} must be a list of {name, dtype, shape}.`, 'contract');
    return value.map((entry, index) => {
        const item = entry;
        if (typeof item.name !== 'string' || typeof item.dtype !== 'string') {
            throw new errors/* ConfigurationError */.j(`contract ${where}[${index}] needs a string name and dtype.`, 'contract');
        }
        const shape = item.shape === null || item.shape === undefined ? null : item.shape;
        if (shape !== null &&
            (!Array.isArray(shape) ||
                shape.some((dim) => dim !== null && typeof dim !== 'number' && typeof dim !== 'string'))) {
            throw new errors/* ConfigurationError */.j(`contract ${where}[${index}].shape must list numbers, names or null.`, 'contract');
        }
        return { name: item.name, dtype: item.dtype, shape: shape };
    });
}

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
    if (options.references) {
        samples = await loadReferenceSamples(options.references, candidate.signature, options.resolvePath);
    }
    if (session) {
        try {
            if (samples.length > 0) {
                log(`Parity on ${samples.length} reference sample(s)`);
                parity = await checkParity(ort, session, candidate.signature, samples, options.tolerance);
            }
            else if (options.references) {
                parity = { skipped: 'no reference data given' };
            }
            if (options.batchCheck > 0) {
                log(`Batch consistency: batch of ${options.batchCheck} vs one by one`);
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
        const expected = parseSignatureContract(text, display);
        return {
            source: `file ${display}`,
            findings: checkSignatureContract(expected, candidate.signature)
        };
    }
    if (baseline?.header) {
        return {
            source: `baseline model ${baseline.file.path}`,
            findings: checkSignatureContract(baseline.signature, candidate.signature)
        };
    }
    return undefined;
}
async function loadCandidate(options, candidate) {
    if (candidate.unsafeToLoad) {
        return {
            outcome: {
                ok: false,
                skipped: 'not handed to onnxruntime: external data points outside the model folder'
            }
        };
    }
    const loaded = await createSession(options.runtime.ort, options.model.path);
    if (!loaded.ok)
        return { outcome: { ok: false, createMs: loaded.createMs, error: loaded.error } };
    return { outcome: { ok: true, createMs: loaded.createMs }, session: loaded.session };
}
async function measureCandidateLatency(options, candidate, baseline, samples) {
    const first = samples[0];
    const candidateFeeds = first
        ? prepareFeeds(first.inputs, candidate.signature, first.label).feeds
        : syntheticInputs(candidate.signature.inputs, {});
    const models = [
        { label: 'candidate', path: options.model.path, feeds: candidateFeeds }
    ];
    const baselineLoads = baseline && options.baselineModel && !baseline.unsafeToLoad && baseline.header;
    if (baselineLoads && options.baselineModel) {
        const feeds = sameInputs(candidate.signature, baseline.signature, candidateFeeds) ??
            syntheticInputs(baseline.signature.inputs, {});
        models.push({ label: 'baseline', path: options.baselineModel.path, feeds });
    }
    const inputs = first ? 'reference' : 'synthetic';
    const budget = options.maxP95Ms !== undefined ? { maxP95Ms: options.maxP95Ms } : {};
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
            code(formatShape(value.shape))
        ]),
        ...report.signature.outputs.map((value) => [
            'output',
            code(value.name),
            value.dtype,
            code(formatShape(value.shape))
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/export-command.ts

/**
 * Run the user's export step with bash in strict mode. The command is one argv entry (no shell
 * string built here), and its output is untrusted: it is streamed through `log.untrusted` so a
 * printed `::set-output` or `::add-mask` does nothing.
 */
function runExportCommand(command, workingDirectory, env, log) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['-eo', 'pipefail', '-c', command], {
            cwd: workingDirectory,
            env: env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const flushers = [child.stdout, child.stderr].map((stream) => forwardLines(stream, log));
        child.once('error', reject);
        child.once('close', (exitCode, signal) => {
            flushers.forEach((flush) => flush());
            resolve({ exitCode, signal, durationMs: performance.now() - started });
        });
    });
}
function forwardLines(stream, log) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
        pending += chunk;
        const end = pending.lastIndexOf('\n');
        if (end === -1)
            return;
        log.untrusted(pending.slice(0, end + 1));
        pending = pending.slice(end + 1);
    });
    return () => {
        if (pending !== '')
            log.untrusted(pending);
        pending = '';
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/git-revision.ts


/** The commit the report is about: GITHUB_SHA in a run, else `git rev-parse HEAD` where available. */
async function currentGitSha(env, cwd) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['rev-parse', 'HEAD'], {
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
        install: registryInstaller({
            registry: context.env.NPM_CONFIG_REGISTRY || context.env.npm_config_registry || '',
            ...(context.env.NODE_AUTH_TOKEN ? { token: context.env.NODE_AUTH_TOKEN } : {}),
            log: (message) => context.log.info(message)
        })
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
    return toleranceSpec(parseToleranceList(inputs.atol, 'atol', 1e-5), parseToleranceList(inputs.rtol, 'rtol', 1e-3), inputs.comparison);
}
async function readRegistryBaseline(inputs, context, workingDirectory, scratch) {
    if (!inputs.baselineRef)
        return undefined;
    if (inputs.baselineModel) {
        throw new errors/* ConfigurationError */.j('baseline-model and baseline-ref are both set; give the baseline as a file or as a registry reference, not both.', 'baseline-ref');
    }
    // Loaded on demand: the registry brings the S3 client, which a run without baseline-ref never needs.
    const { fetchRegistryBaseline } = await __nccwpck_require__.e(/* import() */ 280).then(__nccwpck_require__.bind(__nccwpck_require__, 8280));
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
    const { resolveRegisteredModel } = await __nccwpck_require__.e(/* import() */ 280).then(__nccwpck_require__.bind(__nccwpck_require__, 8280));
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(644);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
