"use strict";
exports.id = 3791;
exports.ids = [3791,6875];
exports.modules = {

/***/ 96875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsDataCache: () => (/* binding */ actionsDataCache)
/* harmony export */ });
// Loaded on first use: @actions/cache brings an HTTP stack and storage clients that a step
// without cache-paths should not pay for at start-up.
const actionsCache = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1955), __webpack_require__.e(3756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
/** @actions/cache behind the DataCache seam; the body decides what a failure means. */
const actionsDataCache = {
    available: async () => (await actionsCache()).isFeatureAvailable(),
    restore: async (paths, primaryKey, restoreKeys) => (await actionsCache()).restoreCache(paths, primaryKey, restoreKeys),
    save: async (paths, key) => {
        await (await actionsCache()).saveCache(paths, key);
    }
};


/***/ }),

/***/ 31043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

const trainEvaluate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'train-evaluate',
    description: 'Run a training/evaluation command (bash, strict mode), read its metrics, cache its data, and register the model with metrics and lineage in a serverless registry (directory or S3).',
    branding: { icon: 'cpu', color: 'blue' },
    inputs: {
        run: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The command, run as bash -e -o pipefail -c <run> in working-directory. Pass untrusted values through env:, never ${{ }} inside it. Required unless merge-shards is set.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Folder the command runs in; relative paths of the other inputs start here.',
            default: '.'
        }),
        metrics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Metrics files or globs the command wrote (JSON, YAML, TOML, CSV, DVC, MLflow run folder, Hugging Face, scikit-learn, Made-With-ML shapes), one per line.'
        }),
        predictions: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Per-sample evaluation predictions, one file or a glob matching one (CSV/TSV/JSONL with label and prediction columns): counted into a confusion matrix (counts.* metrics, what shard merging sums) and registered with the version (sha256 in the manifest), so compare-metrics against it has paired statistics.'
        }),
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Model files, folders or globs to register, one per line. Needs model-name.'
        }),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Registry model name (letters, digits, ".", "_", "-"). Empty: nothing is registered.'
        }),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Alias to move to the new version after registering (e.g. candidate), as a compare-and-swap. Empty: no alias move.'
        }),
        parent: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The registry version this model started from (a retrain, a fine-tune): name@alias, name/<version> or name (latest). Resolved to name/<version> before the command runs and recorded in the lineage as parents.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)(),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .aliasMoveInputs */ .Zj)(),
        'cache-paths': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Data folders or files to restore before and save after the command with the GitHub Actions cache. Empty: no data cache.'
        }),
        'cache-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Cache key. Empty: content-addressed, ml-data-<os>-<paths>-<digest of the data manifest>; the newest copy is restored and a new one saved only when the data changed.'
        }),
        'timeout-minutes': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Kill the command and every process it started after this many minutes (the step exits 124). 0: no limit beyond the job timeout.',
            default: '0',
            min: 0
        }),
        'shard-index': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: "This job's shard of the evaluation set, from 0; given to the command as ML_ACTIONS_SHARD_INDEX.",
            default: '0',
            integer: true,
            min: 0
        }),
        'shard-count': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Number of shards (matrix jobs); given to the command as ML_ACTIONS_SHARD_COUNT. With more than one, shard jobs register nothing and a merge step does.',
            default: '1',
            integer: true,
            min: 1,
            max: 256
        }),
        'merge-shards': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Shard reports (files or globs) to merge: confusion counts are summed and the metrics recomputed, never averaged. Replaces run.'
        }),
        datasets: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Dataset lineage, one per line: name=sha256:<hex> (a digest you computed) or name=<path> (hashed now).'
        }),
        frameworks: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Framework versions for lineage, one per line: name=version (torch=2.5.1).'
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: train-evaluate-report.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('report-path')
    },
    outputs: {
        'metrics-path': 'JSON file with the metrics read and counted (flat names, groups as nested rows).',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind train-evaluate).',
        'model-version': 'Registered version number; empty when nothing was registered.',
        'model-uri': "URI of the registered version's manifest.",
        'manifest-sha256': 'sha256 of the registered manifest (the report subject digest).',
        'duration-seconds': 'Wall time of the command in seconds.',
        'cache-hit': 'true when the data cache restored exactly the files the command then used.',
        'exit-code': 'Exit code of the command (124 on timeout).'
    }
});


/***/ }),

/***/ 43791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69211);
/* harmony import */ var _actions_data_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96875);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31043);
/* harmony import */ var _ml_actions_action_kit_command__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30541);
/* harmony import */ var _train_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53713);





const body = (0,_train_evaluate_js__WEBPACK_IMPORTED_MODULE_2__.createTrainEvaluate)({ runCommand: _ml_actions_action_kit_command__WEBPACK_IMPORTED_MODULE_3__/* .execCommandRunner */ .x, dataCache: _actions_data_cache_js__WEBPACK_IMPORTED_MODULE_0__.actionsDataCache });
/** The step ends with the command's own exit code when it failed (124 on timeout). */
async function run() {
    let exitCode;
    await (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .trainEvaluate */ .o, async (inputs, context) => {
        const outcome = await body(inputs, context);
        exitCode = (0,_train_evaluate_js__WEBPACK_IMPORTED_MODULE_2__.stepExitCode)(outcome);
        return outcome;
    });
    if (exitCode !== undefined)
        process.exitCode = exitCode;
}


/***/ }),

/***/ 30541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ execCommandRunner)
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
        __webpack_require__.e(/* import() */ 8423).then(__webpack_require__.bind(__webpack_require__, 68423))
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

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ registryOpenOptions),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   Zj: () => (/* binding */ aliasMoveInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony exports S3_PATH_STYLES, REGISTRY_DESCRIPTION */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
const REGISTRY_DESCRIPTION = 'Registry URI: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.';
/**
 * The inputs every action that opens the model registry declares, spelled the same everywhere;
 * `registry` says what the registry is for in this action.
 */
function registryInputs(registryDescription = REGISTRY_DESCRIPTION) {
    return {
        registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry', description: registryDescription }),
        's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'S3-compatible endpoint (MinIO, R2, Ceph). Empty: AWS (for gs:// registries, https://storage.googleapis.com). Credentials come from the standard AWS chain (env, OIDC via configure-aws-credentials, instance role).'
        }),
        's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'S3 region. Empty: AWS_REGION, else us-east-1.' }),
        's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, {
            default: 'auto',
            description: 'Path-style S3 addressing: auto (on with a custom endpoint), true or false.'
        })
    };
}
/** The input of every action that moves an alias, spelled the same everywhere. */
function aliasMoveInputs() {
    return {
        'allow-unsafe-aliases': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Move the alias even on a store whose start-up probe shows it ignores create-only preconditions (only safe when a single writer can move aliases).',
            default: 'false'
        })
    };
}
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}
/**
 * `ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))`: the registry the inputs
 * name; S3 credentials come from the standard AWS chain (env, OIDC, instance role).
 */
function registryOpenOptions(inputs, cwd) {
    return { cwd, allowUnsafeAliases: inputs.allowUnsafeAliases, s3: s3OptionsFromInputs(inputs) };
}


/***/ })

};
;