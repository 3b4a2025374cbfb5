"use strict";
exports.id = 5795;
exports.ids = [5795,8423];
exports.modules = {

/***/ 16430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CommandOutput)
/* harmony export */ });
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


/***/ }),

/***/ 78281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ bashCommand)
/* harmony export */ });
/** `bash -e -o pipefail -c <run>`: strict mode, and the user's text stays a single argv entry. */
function bashCommand(run) {
    return { file: 'bash', args: ['-e', '-o', 'pipefail', '-c', run] };
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

/***/ 25795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandOutput: () => (/* reexport safe */ _command_output_js__WEBPACK_IMPORTED_MODULE_2__.$),
/* harmony export */   bashCommand: () => (/* reexport safe */ _command_runner_js__WEBPACK_IMPORTED_MODULE_0__.O),
/* harmony export */   execCommandRunner: () => (/* reexport safe */ _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_1__.x),
/* harmony export */   isAlive: () => (/* reexport safe */ _process_tree_js__WEBPACK_IMPORTED_MODULE_3__.isAlive)
/* harmony export */ });
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78281);
/* harmony import */ var _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30541);
/* harmony import */ var _command_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16430);
/* harmony import */ var _process_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68423);






/***/ }),

/***/ 68423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   descendantsOf: () => (/* binding */ descendantsOf),
/* harmony export */   isAlive: () => (/* binding */ isAlive),
/* harmony export */   killProcessTree: () => (/* binding */ killProcessTree),
/* harmony export */   processTable: () => (/* binding */ processTable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(50);
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


/***/ })

};
;