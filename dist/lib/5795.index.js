"use strict";
exports.id = 5795;
exports.ids = [5795];
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
/* harmony export */   execCommandRunner: () => (/* reexport safe */ _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_1__.x)
/* harmony export */ });
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78281);
/* harmony import */ var _exec_command_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30541);
/* harmony import */ var _command_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16430);





/***/ })

};
;