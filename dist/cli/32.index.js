export const id = 32;
export const ids = [32,574,193,979];
export const modules = {

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrainEvaluateCli: () => (/* binding */ runTrainEvaluateCli)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55391);
/* harmony import */ var _data_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31349);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31043);
/* harmony import */ var _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9979);
/* harmony import */ var _train_evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5541);





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

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execCommandRunner: () => (/* binding */ execCommandRunner)
});

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/process-tree.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** pid -> parent pid of every process visible to `ps` (Linux and macOS). */
async function processTable() {
    const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid='], { maxBuffer: 16 * 1024 * 1024 });
    const parents = new Map();
    for (const line of stdout.split('\n')) {
        const [pid, ppid] = line.trim().split(/\s+/).map(Number);
        if (Number.isInteger(pid) && Number.isInteger(ppid))
            parents.set(pid, ppid);
    }
    return parents;
}
/** Every process below `root`, children before grandchildren. */
function descendantsOf(root, parents) {
    const children = new Map();
    for (const [pid, ppid] of parents)
        children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    const found = [];
    const queue = [...(children.get(root) ?? [])];
    while (queue.length > 0) {
        const pid = queue.shift();
        found.push(pid);
        queue.push(...(children.get(pid) ?? []));
    }
    return found;
}
/**
 * Ends a process and everything it started: SIGTERM to the whole tree at once (so reparenting of
 * orphans cannot hide them), then SIGKILL to whatever is left after the grace period, including
 * processes started in between. Processes that detached into their own session are not found.
 */
async function killProcessTree(pids, graceMs) {
    const initial = new Set(pids);
    const signal = (pid, name) => {
        try {
            process.kill(pid, name);
        }
        catch {
            // Already gone.
        }
    };
    const table = await processTable().catch(() => new Map());
    const tree = new Set([...initial, ...[...initial].flatMap((pid) => descendantsOf(pid, table))]);
    for (const pid of tree)
        signal(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && [...tree].some(isAlive))
        await (0,promises_.setTimeout)(50);
    const later = await processTable().catch(() => new Map());
    for (const pid of [...tree].flatMap((pid) => [pid, ...descendantsOf(pid, later)])) {
        if (isAlive(pid))
            signal(pid, 'SIGKILL');
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/train-evaluate/src/exec-command-runner.ts



const KILL_GRACE_MS = 5_000;
/**
 * Runs the command with @actions/exec, silent so that nothing the command prints reaches the
 * runner's stdout unfiltered: output only goes to the request's callbacks. @actions/exec does not
 * expose the child, so the process tree to kill on timeout is found as the children of this
 * process that appeared after the command started.
 */
const execCommandRunner = async (request) => {
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
    const stdout = new external_node_string_decoder_.StringDecoder('utf8');
    const stderr = new external_node_string_decoder_.StringDecoder('utf8');
    try {
        const exitCode = await exec/* exec */.m(request.file, [...request.args], {
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


/***/ })

};
