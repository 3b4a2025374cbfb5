"use strict";
exports.id = 3570;
exports.ids = [3570,2574,193,1864,9562,1349];
exports.modules = {

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrainEvaluateCli: () => (/* binding */ runTrainEvaluateCli)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55391);
/* harmony import */ var _data_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31349);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31043);
/* harmony import */ var _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9562);
/* harmony import */ var _train_evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1864);





/** `ml-actions train-evaluate`: the action's body; exits with the command's code when it failed. */
async function runTrainEvaluateCli(argv, io) {
    const body = (0,_train_evaluate_js__WEBPACK_IMPORTED_MODULE_3__.createTrainEvaluate)({ runCommand: _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_2__.execCommandRunner, dataCache: _data_cache_js__WEBPACK_IMPORTED_MODULE_0__.noDataCache });
    let exitCode;
    const code = await (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_4__/* .runCli */ .ak)(_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .trainEvaluate */ .o, async (inputs, context) => {
        const outcome = await body(inputs, context);
        exitCode = (0,_train_evaluate_js__WEBPACK_IMPORTED_MODULE_3__.stepExitCode)(outcome);
        return outcome;
    }, argv, { io });
    return exitCode ?? code;
}


/***/ }),

/***/ 31349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   noDataCache: () => (/* binding */ noDataCache),
/* harmony export */   planCacheKey: () => (/* binding */ planCacheKey)
/* harmony export */ });
const noDataCache = {
    available: () => Promise.resolve(false),
    restore: () => Promise.resolve(undefined),
    save: () => Promise.resolve()
};
/**
 * With an explicit key the cache behaves like actions/cache. Without one the key is
 * `ml-data-<os>-<paths hash>-<manifest digest>`: the newest copy of these paths is restored by
 * prefix, and a new entry is saved only when the command changed the files.
 */
async function planCacheKey(paths, explicitKey, runnerOs, manifestDigestBefore) {
    if (explicitKey !== '') {
        const key = await sanitizeKey(explicitKey);
        return { primaryKey: key, restoreKeys: [], keyFor: () => key, contentAddressed: false };
    }
    const pathsHash = (await sha256Hex(paths.join('\n'))).slice(0, 12);
    const prefix = `ml-data-${runnerOs.toLowerCase() || 'unknown'}-${pathsHash}-`;
    const keyFor = (digest) => `${prefix}${digest.slice(0, 32)}`;
    return {
        primaryKey: keyFor(manifestDigestBefore),
        restoreKeys: [prefix],
        keyFor,
        contentAddressed: true
    };
}
/** Cache keys may not contain commas and are limited to 512 characters. */
async function sanitizeKey(key) {
    const cleaned = key.replace(/,/g, '-');
    if (cleaned.length <= 512)
        return cleaned;
    return `${cleaned.slice(0, 512 - 65)}-${await sha256Hex(cleaned)}`;
}
/** node:crypto loads here, for steps with cache-paths only, not at every step's start-up. */
async function sha256Hex(text) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    return createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 31043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);

const trainEvaluate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'train-evaluate',
    inputs: {
        run: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: '.' }),
        metrics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        predictions: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        'allow-unsafe-aliases': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'cache-paths': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'cache-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'timeout-minutes': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', min: 0 }),
        'shard-index': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '0', integer: true, min: 0 }),
        'shard-count': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '1', integer: true, min: 1, max: 256 }),
        'merge-shards': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        datasets: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        frameworks: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'metrics-path',
        'report-path',
        'model-version',
        'model-uri',
        'manifest-sha256',
        'duration-seconds',
        'cache-hit',
        'exit-code'
    ]
});


/***/ }),

/***/ 9562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execCommandRunner: () => (/* binding */ execCommandRunner)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

const KILL_GRACE_MS = 5_000;
/**
 * Runs the command with @actions/exec, silent so that nothing the command prints reaches the
 * runner's stdout unfiltered: output only goes to the request's callbacks. @actions/exec does not
 * expose the child, so the process tree to kill on timeout is found as the children of this
 * process that appeared after the command started.
 */
const execCommandRunner = async (request) => {
    // Loaded with the first command, not at start-up: @actions/exec brings @actions/io, and the
    // process table needs child_process; a merge-shards run and an input error need neither.
    const [exec, { descendantsOf, killProcessTree, processTable }] = await Promise.all([
        __webpack_require__.e(/* import() */ 1955).then(__webpack_require__.bind(__webpack_require__, 41955)),
        __webpack_require__.e(/* import() */ 8270).then(__webpack_require__.bind(__webpack_require__, 18270))
    ]);
    const started = performance.now();
    const childrenBefore = new Set(descendantsOf(process.pid, await processTable().catch(() => new Map())));
    let timedOut = false;
    let killing;
    const timer = request.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killing = processTable()
                .then((table) => {
                const ours = descendantsOf(process.pid, table).filter((pid) => !childrenBefore.has(pid) && table.get(pid) === process.pid);
                return killProcessTree(ours, KILL_GRACE_MS);
            })
                .catch(() => undefined);
        }, request.timeoutMs);
    // One decoder per stream: a chunk may end inside a multi-byte character.
    const stdout = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    const stderr = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    try {
        const exitCode = await exec.exec(request.file, [...request.args], {
            cwd: request.cwd,
            env: { ...request.env },
            silent: true,
            ignoreReturnCode: true,
            // After a kill, grandchildren that kept the pipes open are gone too; do not wait 10 s.
            delay: 1_000,
            listeners: {
                stdout: (data) => request.onStdout(stdout.write(data)),
                stderr: (data) => request.onStderr(stderr.write(data))
            }
        });
        request.onStdout(stdout.end());
        request.onStderr(stderr.end());
        await killing;
        return {
            // A process ended by a signal reports no code.
            exitCode: timedOut ? null : (exitCode ?? null),
            timedOut,
            durationMs: performance.now() - started
        };
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
};


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ REPORT_KIND)
/* harmony export */ });
const REPORT_KIND = 'train-evaluate';


/***/ }),

/***/ 1864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  METRICS_FILE_NAME: () => (/* binding */ METRICS_FILE_NAME),
  REPORT_FILE_NAME: () => (/* binding */ REPORT_FILE_NAME),
  SHARD_COUNT_VARIABLE: () => (/* binding */ SHARD_COUNT_VARIABLE),
  SHARD_INDEX_VARIABLE: () => (/* binding */ SHARD_INDEX_VARIABLE),
  TIMEOUT_EXIT_CODE: () => (/* binding */ TIMEOUT_EXIT_CODE),
  createTrainEvaluate: () => (/* binding */ createTrainEvaluate),
  stepExitCode: () => (/* binding */ stepExitCode)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/metrics/read-metrics.ts + 1 modules
var read_metrics = __webpack_require__(68138);
// EXTERNAL MODULE: ./packages/registry/src/lineage.ts
var src_lineage = __webpack_require__(36524);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/command-runner.ts
/** `bash -e -o pipefail -c <run>`: strict mode, and the user's text stays a single argv entry. */
function bashCommand(run) {
    return { file: 'bash', args: ['-e', '-o', 'pipefail', '-c', run] };
}

;// CONCATENATED MODULE: ./actions/train-evaluate/src/command-output.ts
const TAIL_BYTES = 4_096;
/**
 * Forwards the command's output to `log.untrusted` a block of whole lines at a time (so a
 * printed `::set-output` or `::add-mask` stays text), and keeps the last few KiB for the summary
 * of a failed run.
 */
class CommandOutput {
    log;
    pending = '';
    tailText = '';
    constructor(log) {
        this.log = log;
    }
    write(chunk) {
        if (chunk === '')
            return;
        this.tailText = (this.tailText + chunk).slice(-TAIL_BYTES);
        this.pending += chunk;
        const end = this.pending.lastIndexOf('\n');
        if (end === -1)
            return;
        this.log.untrusted(this.pending.slice(0, end + 1));
        this.pending = this.pending.slice(end + 1);
    }
    flush() {
        if (this.pending !== '')
            this.log.untrusted(this.pending);
        this.pending = '';
    }
    /** The end of the output, starting at a line boundary when one is near. */
    tail() {
        const firstBreak = this.tailText.indexOf('\n');
        const text = this.tailText.length >= TAIL_BYTES && firstBreak !== -1
            ? this.tailText.slice(firstBreak + 1)
            : this.tailText;
        return text.replace(/\s+$/, '');
    }
}

// EXTERNAL MODULE: ./actions/train-evaluate/src/data-cache.ts
var data_cache = __webpack_require__(31349);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/data-cache-steps.ts

/** Cache failures never fail the step: a restore that fails is a miss, a failed save a warning. */
async function restoreDataCache(request) {
    if (request.paths.length === 0)
        return { summary: { status: 'skipped' } };
    if (!(await request.cache.available())) {
        const note = 'skipped: no GitHub Actions cache service here (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset).';
        request.log.info(`Data cache ${note}`);
        return { summary: { status: 'skipped', note } };
    }
    const before = await manifestOf(request);
    const plan = await (0,data_cache.planCacheKey)(request.paths, request.key, request.runnerOs, before.digest);
    const paths = absolutePaths(request);
    try {
        const restoredKey = await request.cache.restore(paths, plan.primaryKey, plan.restoreKeys);
        request.log.info(restoredKey
            ? `Data cache restored from ${restoredKey}`
            : `Data cache miss for ${plan.primaryKey}`);
        return {
            plan,
            ...(restoredKey ? { restoredKey } : {}),
            summary: restoredKey
                ? { status: 'restored', key: plan.primaryKey, restoredKey }
                : { status: 'miss', key: plan.primaryKey }
        };
    }
    catch (error) {
        const note = `restore failed, continuing without it: ${error.message}`;
        request.log.warning(`Data cache ${note}`);
        return { plan, summary: { status: 'failed', key: plan.primaryKey, note } };
    }
}
/**
 * After a successful command: a hit when the restored entry already holds exactly these files,
 * otherwise the files are saved under their key.
 */
async function saveDataCache(request, restored) {
    if (request.paths.length === 0)
        return restored.summary;
    const after = await manifestOf(request);
    const withDigest = { ...restored.summary, dataDigest: after.digest };
    const plan = restored.plan;
    if (!plan)
        return withDigest;
    const key = plan.keyFor(after.digest);
    if (restored.restoredKey === key)
        return { ...withDigest, status: 'hit', key, saved: false };
    if (after.files.length === 0) {
        return {
            ...withDigest,
            key,
            saved: false,
            note: 'nothing to save: the cache paths hold no files.'
        };
    }
    try {
        await request.cache.save(absolutePaths(request), key);
        request.log.info(`Data cache saved as ${key}`);
        return { ...withDigest, key, saved: true };
    }
    catch (error) {
        const note = `save failed (the step still succeeds): ${error.message}`;
        request.log.warning(`Data cache ${note}`);
        return { ...withDigest, key, saved: false, note };
    }
}
// Hashing the cached files (glob expansion, file digests) loads only for steps with cache-paths.
async function manifestOf(request) {
    const { dataManifest } = await __webpack_require__.e(/* import() */ 3526).then(__webpack_require__.bind(__webpack_require__, 23526));
    return dataManifest(request.paths, request.workingDirectory);
}
function absolutePaths(request) {
    // @actions/cache resolves relative paths against the process cwd, not the working directory.
    return request.paths.map((entry) => entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)
        ? entry
        : `${request.workingDirectory.replace(/[\\/]+$/, '')}/${entry}`);
}

;// CONCATENATED MODULE: ./actions/train-evaluate/src/lineage-inputs.ts


const DIGEST = /^[a-z0-9-]+:[A-Za-z0-9+/=._-]+$/;
/**
 * `name=algo:digest` records a digest the caller computed (`train=sha256:…`, `raw=etag:…`);
 * `name=path` hashes the file or folder now (sha256 over its data manifest).
 */
async function datasetDigests(entries, workingDirectory) {
    const datasets = [];
    for (const entry of entries) {
        const [name, value] = splitPair(entry, 'datasets', 'name=sha256:<hex> or name=<path>');
        if (DIGEST.test(value) && !value.includes('/')) {
            const algorithm = value.slice(0, value.indexOf(':'));
            datasets.push({ name, digest: value, digestAlgorithm: algorithm });
            continue;
        }
        // Only a dataset given as a path is hashed; its manifest code loads for the first one.
        const { dataManifest } = await __webpack_require__.e(/* import() */ 3526).then(__webpack_require__.bind(__webpack_require__, 23526));
        const manifest = await dataManifest([value], workingDirectory);
        if (manifest.files.length === 0) {
            throw new errors/* ConfigurationError */.j(`datasets: "${value}" (for ${name}) is neither a digest like sha256:<hex> nor an existing file or folder under ${workingDirectory}`, 'datasets');
        }
        datasets.push({
            name,
            uri: external_node_path_default().posix.normalize(value),
            digest: `sha256:${manifest.digest}`,
            digestAlgorithm: manifest.files.length === 1 ? 'sha256-manifest-1-file' : 'sha256-manifest'
        });
    }
    return datasets;
}
/** `torch=2.5.1` entries. */
function frameworkVersions(entries) {
    return Object.fromEntries(entries.map((entry) => splitPair(entry, 'frameworks', 'name=version, e.g. torch=2.5.1')));
}
function splitPair(entry, input, expected) {
    const at = entry.indexOf('=');
    const name = at === -1 ? '' : entry.slice(0, at).trim();
    const value = at === -1 ? '' : entry.slice(at + 1).trim();
    if (name === '' || value === '') {
        throw new errors/* ConfigurationError */.j(`${input}: "${entry}" must be ${expected}`, input);
    }
    return [name, value];
}

// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/summary-markdown.ts

const MAX_METRIC_ROWS = 200;
/** The job summary: outcome, metrics table, per-class and slice groups, the registered version. */
function renderSummary(report, failure, logTail) {
    const icon = report.status === 'succeeded' ? '✅' : '❌';
    const title = report.merged
        ? `train-evaluate: ${report.merged.shardCount} shards merged`
        : report.shard
            ? `train-evaluate: shard ${report.shard.index + 1} of ${report.shard.count}`
            : 'train-evaluate';
    const parts = [(0,heading/* heading */.R)(2, `${icon} ${title}`)];
    if (failure)
        parts.push(failure);
    if (report.command) {
        const seconds = (0,number_format/* formatNumber */.ZV)(report.command.durationSeconds, { significantDigits: 3 });
        parts.push(`Command ran for ${seconds} s${report.command.exitCode === null ? '' : `, exit code ${report.command.exitCode}`}.`);
    }
    if (logTail)
        parts.push((0,details/* details */.z)('End of the command output', (0,code/* codeBlock */.D)(logTail, 'text')));
    const names = Object.keys(report.metrics);
    if (names.length > 0) {
        const shown = names.slice(0, MAX_METRIC_ROWS);
        parts.push((0,table/* table */.t)(['Metric', 'Value'], shown.map((name) => [name, (0,number_format/* formatNumber */.ZV)(report.metrics[name])]), ['left', 'right']));
        if (names.length > shown.length) {
            parts.push(`${names.length - shown.length} more metrics are in the report file.`);
        }
    }
    else if (report.status === 'succeeded') {
        parts.push('No metrics were read (set `metrics` or `predictions`).');
    }
    for (const group of Object.values(report.groups))
        parts.push(renderGroup(group));
    if (report.model) {
        const model = report.model;
        const state = model.created ? 'Registered' : 'Already registered by an earlier attempt:';
        const alias = model.alias ? `, alias ${(0,code/* inlineCode */.t)(model.alias.name)} → ${model.version}` : '';
        parts.push(`${state} ${(0,code/* inlineCode */.t)(`${model.name}/${model.version}`)} in ${(0,code/* inlineCode */.t)(model.registry)}${alias} (manifest sha256 ${(0,code/* inlineCode */.t)(model.manifestSha256.slice(0, 16))}…).`);
    }
    if (report.cache?.note)
        parts.push(`Data cache: ${report.cache.note}`);
    return `${parts.join('\n\n')}\n`;
}
function renderGroup(group) {
    const rows = group.rowOrder ?? Object.keys(group.rows);
    const fields = group.fieldOrder ?? [
        ...new Set(rows.flatMap((row) => Object.keys(group.rows[row] ?? {})))
    ];
    const body = (0,table/* table */.t)([group.name, ...fields], rows.slice(0, MAX_METRIC_ROWS).map((row) => [
        row,
        ...fields.map((field) => {
            const value = group.rows[row]?.[field];
            return value === undefined ? undefined : (0,number_format/* formatNumber */.ZV)(value);
        })
    ]), ['left', ...fields.map(() => 'right')]);
    return (0,details/* details */.z)(group.name, body);
}

// EXTERNAL MODULE: ./actions/train-evaluate/src/train-evaluate-report.ts
var train_evaluate_report = __webpack_require__(3483);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/train-evaluate.ts












const REPORT_FILE_NAME = 'train-evaluate-report.json';
const METRICS_FILE_NAME = 'train-evaluate-metrics.json';
/** Exit code of the step when the command hit timeout-minutes, as timeout(1) uses. */
const TIMEOUT_EXIT_CODE = 124;
const SHARD_INDEX_VARIABLE = 'ML_ACTIONS_SHARD_INDEX';
const SHARD_COUNT_VARIABLE = 'ML_ACTIONS_SHARD_COUNT';
/** The exit code the step should end with: the command's own when it failed. */
function stepExitCode(outcome) {
    if (!outcome.failure)
        return undefined;
    const code = Number(outcome.outputs['exit-code']);
    return Number.isInteger(code) && code > 0 && code < 256 ? code : 1;
}
function createTrainEvaluate(dependencies) {
    return async (inputs, context) => {
        const workingDirectory = external_node_path_default().resolve(context.cwd, inputs.workingDirectory);
        const shardCount = inputs.shardCount ?? 1;
        const shardIndex = inputs.shardIndex ?? 0;
        const merging = inputs.mergeShards.length > 0;
        validate(inputs, shardIndex, shardCount, merging);
        const sharded = shardCount > 1 && !merging;
        // The registry client loads only for runs that register a model; evaluation-only runs skip it.
        const registration = inputs.modelName ? await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(6079)]).then(__webpack_require__.bind(__webpack_require__, 56079)) : undefined;
        const registry = registration?.openRegistry(inputs, workingDirectory);
        // Before the command: a store that cannot move the alias safely should fail in seconds, not
        // after hours of training.
        if (registry && inputs.alias && !sharded)
            await registry.assertAliasMovesSafe();
        const lineage = (0,src_lineage/* lineageFromEnv */.pS)(context.env, {
            datasets: await datasetDigests(inputs.datasets, workingDirectory),
            frameworks: frameworkVersions(inputs.frameworks)
        });
        const cacheRequest = {
            paths: inputs.cachePaths,
            key: inputs.cacheKey,
            workingDirectory,
            runnerOs: context.env.RUNNER_OS ?? process.platform,
            cache: context.cli ? data_cache.noDataCache : dependencies.dataCache,
            log: context.log
        };
        const restored = await restoreDataCache(cacheRequest);
        let cache = inputs.cachePaths.length > 0 ? restored.summary : undefined;
        let command;
        let logTail;
        if (inputs.run) {
            const result = await runUserCommand(dependencies.runCommand, inputs, workingDirectory, context, sharded ? { index: shardIndex, count: shardCount } : undefined);
            command = result.summary;
            logTail = result.tail;
            if (command.timedOut || command.exitCode !== 0) {
                const minutes = inputs.timeoutMinutes ?? 0;
                const failure = command.timedOut
                    ? `The command timed out after ${minutes} minute(s) and its process tree was killed; nothing was registered.`
                    : command.exitCode === null
                        ? 'The command was killed by a signal (out of memory?); nothing was registered.'
                        : `The command failed with exit code ${command.exitCode}; nothing was registered.`;
                const report = buildReport({
                    status: command.timedOut ? 'timed-out' : 'failed',
                    context,
                    modelName: inputs.modelName,
                    lineage,
                    command,
                    metrics: {},
                    groups: {},
                    metricSources: [],
                    ...(cache ? { cache } : {}),
                    ...(sharded ? { shard: { index: shardIndex, count: shardCount } } : {})
                });
                const reportPath = await writeJson(reportFilePath(inputs, context, workingDirectory), report);
                const exitCode = command.timedOut ? TIMEOUT_EXIT_CODE : (command.exitCode ?? 1);
                return {
                    outputs: {
                        'report-path': reportPath,
                        'duration-seconds': command.durationSeconds,
                        'cache-hit': false,
                        'exit-code': exitCode
                    },
                    report: renderSummary(report, failure, logTail),
                    failure
                };
            }
            if (inputs.cachePaths.length > 0)
                cache = await saveDataCache(cacheRequest, restored);
        }
        if (cache?.dataDigest) {
            lineage.datasets = [
                ...(lineage.datasets ?? []),
                {
                    name: 'cache-paths',
                    uri: inputs.cachePaths.join(','),
                    digest: `sha256:${cache.dataDigest}`,
                    digestAlgorithm: 'sha256-manifest'
                }
            ];
        }
        const metrics = {};
        const groups = {};
        const metricSources = [];
        if (inputs.metrics.length > 0) {
            const document = await (0,read_metrics/* readMetrics */.U)(inputs.metrics, { cwd: workingDirectory });
            Object.assign(metrics, document.metrics);
            Object.assign(groups, document.groups);
            metricSources.push(...document.sources.map((source) => relativeTo(workingDirectory, source)));
        }
        let confusion;
        let merged;
        if (merging) {
            // Shard merging and prediction files are optional; their readers and the confusion counting
            // load only when used.
            const { mergeShardReports } = await __webpack_require__.e(/* import() */ 7401).then(__webpack_require__.bind(__webpack_require__, 37401));
            const shards = await mergeShardReports(inputs.mergeShards, workingDirectory);
            confusion = shards.confusion;
            merged = { shardCount: shards.shardCount, sources: shards.sources };
            metricSources.push(...shards.sources);
        }
        else if (inputs.predictions) {
            const file = external_node_path_default().resolve(workingDirectory, inputs.predictions);
            const content = await (0,promises_.readFile)(file).catch(() => {
                throw new errors/* ConfigurationError */.j(`predictions: cannot read ${inputs.predictions}`, 'predictions');
            });
            const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(5676), __webpack_require__.e(8609)]).then(__webpack_require__.bind(__webpack_require__, 88609));
            const { confusionFromPredictions } = await __webpack_require__.e(/* import() */ 1573).then(__webpack_require__.bind(__webpack_require__, 1573));
            confusion = confusionFromPredictions(readPredictions(content, inputs.predictions));
            metricSources.push(inputs.predictions);
        }
        if (confusion) {
            const { metricsFromConfusion } = await __webpack_require__.e(/* import() */ 1573).then(__webpack_require__.bind(__webpack_require__, 1573));
            const counted = metricsFromConfusion(confusion);
            Object.assign(metrics, counted.metrics);
            groups['counts.per_class'] = {
                name: 'counts.per_class',
                rows: Object.fromEntries(Object.entries(counted.perClass).map(([k, v]) => [k, { ...v }])),
                rowOrder: confusion.classes,
                fieldOrder: ['precision', 'recall', 'f1', 'support']
            };
        }
        let model;
        if (registration && registry && !sharded) {
            model = await registration.registerModel(registry, inputs, workingDirectory, metrics, lineage, context.env);
            context.log.info(`${model.created ? 'Registered' : 'Found the earlier registration'} ${model.name}/${model.version} in ${model.registry}`);
        }
        else if (registry && sharded) {
            context.log.info(`Shard ${shardIndex + 1} of ${shardCount}: the model is registered by the merge step, not by each shard.`);
        }
        const report = buildReport({
            status: 'succeeded',
            context,
            modelName: inputs.modelName,
            lineage,
            ...(command ? { command } : {}),
            metrics,
            groups,
            metricSources,
            ...(confusion ? { confusion } : {}),
            ...(sharded ? { shard: { index: shardIndex, count: shardCount } } : {}),
            ...(merged ? { merged } : {}),
            ...(model ? { model } : {}),
            ...(cache ? { cache } : {})
        });
        const reportPath = await writeJson(reportFilePath(inputs, context, workingDirectory), report);
        // Not beside the report: a glob over shard reports must not pick it up.
        const metricsPath = await writeJson(external_node_path_default().resolve(context.env.RUNNER_TEMP || workingDirectory, METRICS_FILE_NAME), metricsFileContent(metrics, groups));
        return {
            outputs: {
                'metrics-path': metricsPath,
                'report-path': reportPath,
                'model-version': model?.version,
                'model-uri': model?.uri,
                'manifest-sha256': model?.manifestSha256,
                'duration-seconds': command?.durationSeconds ?? 0,
                'cache-hit': cache?.status === 'hit',
                'exit-code': command?.exitCode ?? undefined
            },
            report: renderSummary(report)
        };
    };
}
function validate(inputs, shardIndex, shardCount, merging) {
    if (!inputs.run && !merging) {
        throw new errors/* ConfigurationError */.j('Input "run" is required (or merge-shards to merge shard reports)', 'run');
    }
    if (merging && inputs.run) {
        throw new errors/* ConfigurationError */.j('merge-shards merges the reports of earlier shard jobs; it does not run a command. Remove "run" from the merge step.', 'merge-shards');
    }
    if (shardIndex >= shardCount) {
        throw new errors/* ConfigurationError */.j(`shard-index ${shardIndex} must be below shard-count ${shardCount} (indices start at 0)`, 'shard-index');
    }
    if (inputs.modelName)
        (0,layout/* assertModelName */.fY)(inputs.modelName, 'model-name');
    if (inputs.model.length > 0 && !inputs.modelName) {
        throw new errors/* ConfigurationError */.j('model is set but model-name is empty: name the model to register it', 'model-name');
    }
    if (inputs.modelName && inputs.model.length === 0) {
        throw new errors/* ConfigurationError */.j(`model-name is "${inputs.modelName}" but no model files are given`, 'model');
    }
    if (inputs.alias && !inputs.modelName) {
        throw new errors/* ConfigurationError */.j('alias needs model-name and model', 'alias');
    }
}
async function runUserCommand(runCommand, inputs, workingDirectory, context, shard) {
    const stdout = new CommandOutput(context.log);
    const stderr = new CommandOutput(context.log);
    const env = {};
    for (const [name, value] of Object.entries(context.env))
        if (value !== undefined)
            env[name] = value;
    env[SHARD_INDEX_VARIABLE] = String(shard?.index ?? 0);
    env[SHARD_COUNT_VARIABLE] = String(shard?.count ?? 1);
    const minutes = inputs.timeoutMinutes ?? 0;
    context.log.info(`Running the command with bash -e -o pipefail in ${workingDirectory}:`);
    context.log.untrusted(inputs.run);
    const result = await runCommand({
        ...bashCommand(inputs.run),
        cwd: workingDirectory,
        env,
        ...(minutes > 0 ? { timeoutMs: minutes * 60_000 } : {}),
        onStdout: (chunk) => stdout.write(chunk),
        onStderr: (chunk) => stderr.write(chunk)
    });
    stdout.flush();
    stderr.flush();
    const tail = stderr.tail() || stdout.tail();
    return {
        summary: {
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            durationSeconds: Number((result.durationMs / 1000).toFixed(3)),
            workingDirectory
        },
        tail: tail === '' ? undefined : tail
    };
}
function buildReport({ context, modelName, ...parts }) {
    const env = context.env;
    const runUrl = (0,src_lineage/* githubRunUrl */.Gk)(env);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return {
        schemaVersion: 1,
        kind: train_evaluate_report/* REPORT_KIND */.K,
        ...(env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
        ...(runUrl ? { runUrl } : {}),
        createdAt: new Date().toISOString(),
        subject: parts.model
            ? {
                model: parts.model.name,
                version: parts.model.version,
                sha256: parts.model.manifestSha256
            }
            : modelName
                ? { model: modelName }
                : {},
        ...parts
    };
}
/** Flat metrics plus groups as nested rows: readable by compare-metrics as a plain JSON file. */
function metricsFileContent(metrics, groups) {
    const content = { ...metrics };
    for (const group of Object.values(groups))
        content[group.name] = group.rows;
    return content;
}
function reportFilePath(inputs, context, workingDirectory) {
    if (inputs.reportPath)
        return external_node_path_default().resolve(workingDirectory, inputs.reportPath);
    return external_node_path_default().resolve(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME);
}
async function writeJson(file, value) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(value, null, 2)}\n`);
    return file;
}
function relativeTo(directory, file) {
    const relative = external_node_path_default().relative(directory, file);
    return relative.startsWith('..') ? file : relative.split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(definition) {
    return definition;
}


/***/ }),

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony export S3_PATH_STYLES */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
const registryInputs = {
    registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry' }),
    's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, { default: 'auto' })
};
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}


/***/ }),

/***/ 64469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ heading)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71588);
/* harmony import */ var _trusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);


/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
function heading(level, text) {
    if (!Number.isInteger(level) || level < 1 || level > 6) {
        throw new RangeError(`A heading level is 1 to 6, got ${level}`);
    }
    const content = (0,_trusted_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustedMarkdown */ .N)(text) ? text.trustedMarkdown : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(text);
    return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`;
}


/***/ }),

/***/ 50687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ parseAliasSequence),
/* harmony export */   Kn: () => (/* binding */ assertAliasName),
/* harmony export */   QK: () => (/* binding */ parseBlobKey),
/* harmony export */   Zp: () => (/* binding */ layout),
/* harmony export */   _w: () => (/* binding */ MODELS_PREFIX),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   mk: () => (/* binding */ BLOBS_PREFIX),
/* harmony export */   n4: () => (/* binding */ parseVersionKey),
/* harmony export */   ol: () => (/* binding */ assertVersionNumber),
/* harmony export */   tQ: () => (/* binding */ LATEST_ALIAS)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Names become key segments on disk and in S3, so they are kept to a portable grammar. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const LATEST_ALIAS = 'latest';
const ALIAS_SEQUENCE_DIGITS = 12;
function assertModelName(name, input = 'name') {
    if (!NAME_PATTERN.test(name)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Model name "${name}" is invalid: use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`, input);
    }
}
function assertAliasName(alias, input = 'alias') {
    if (!NAME_PATTERN.test(alias) || /^\d+$/.test(alias)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${alias}" is invalid: use letters, digits, ".", "_" and "-", not only digits`, input);
    }
    if (alias === LATEST_ALIAS) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${LATEST_ALIAS}" is reserved: it always means the newest version`, input);
    }
}
function assertVersionNumber(version, input = 'version') {
    if (!Number.isSafeInteger(version) || version < 1) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Version "${version}" is invalid: versions are integers from 1`, input);
    }
}
const MODELS_PREFIX = 'models/';
const BLOBS_PREFIX = 'blobs/sha256/';
const layout = {
    model: (name) => `${MODELS_PREFIX}${name}/`,
    versions: (name) => `${MODELS_PREFIX}${name}/versions/`,
    claim: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/claim.json`,
    manifest: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/manifest.json`,
    aliases: (name) => `${MODELS_PREFIX}${name}/aliases/`,
    aliasLog: (name, alias) => `${MODELS_PREFIX}${name}/aliases/${alias}/`,
    aliasEntry: (name, alias, seq) => `${MODELS_PREFIX}${name}/aliases/${alias}/${String(seq).padStart(ALIAS_SEQUENCE_DIGITS, '0')}.json`,
    events: (name) => `${MODELS_PREFIX}${name}/events/`,
    idempotency: (name, token) => `${MODELS_PREFIX}${name}/idempotency/${token}.json`,
    blob: (sha256) => `${BLOBS_PREFIX}${sha256.slice(0, 2)}/${sha256}`,
    records: (kind) => `records/${kind}/`
};
/** `models/<name>/versions/<n>/<file>` → `{ version: n, file }`, or null for any other key. */
function parseVersionKey(name, key) {
    const prefix = layout.versions(name);
    if (!key.startsWith(prefix))
        return null;
    const match = /^(\d+)\/([^/]+)$/.exec(key.slice(prefix.length));
    if (!match?.[1] || !match[2])
        return null;
    return { version: Number(match[1]), file: match[2] };
}
function parseAliasSequence(key) {
    const match = /\/(\d+)\.json$/.exec(key);
    return match?.[1] ? Number(match[1]) : null;
}
function parseBlobKey(key) {
    const match = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key);
    return match?.[1] ?? null;
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ githubRunUrl),
/* harmony export */   g7: () => (/* binding */ idempotencyKeyFromEnv),
/* harmony export */   pS: () => (/* binding */ lineageFromEnv)
/* harmony export */ });
/** Provenance from the GitHub Actions environment; empty blocks are left out off CI. */
function lineageFromEnv(env, extras = {}) {
    const lineage = {};
    const git = compact({
        repository: env.GITHUB_REPOSITORY,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF
    });
    if (Object.keys(git).length > 0)
        lineage.git = git;
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
        lineage.ci = {
            provider: 'github-actions',
            ...compact({
                runId: env.GITHUB_RUN_ID,
                runAttempt: env.GITHUB_RUN_ATTEMPT,
                runUrl: githubRunUrl(env),
                workflow: env.GITHUB_WORKFLOW,
                job: env.GITHUB_JOB,
                actor: env.GITHUB_ACTOR,
                event: env.GITHUB_EVENT_NAME
            })
        };
    }
    if (extras.datasets?.length)
        lineage.datasets = extras.datasets;
    if (extras.frameworks && Object.keys(extras.frameworks).length > 0) {
        lineage.frameworks = extras.frameworks;
    }
    if (extras.parents?.length)
        lineage.parents = extras.parents;
    return lineage;
}
function githubRunUrl(env) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
/**
 * The identity of one CI job execution: a re-run of the same attempt (retried step, re-invoked
 * action) registers nothing new, while a new attempt or run does.
 */
function idempotencyKeyFromEnv(env) {
    if (!env.GITHUB_RUN_ID)
        return undefined;
    return [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB]
        .filter((part) => part !== undefined && part !== '')
        .join(':');
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ })

};
;