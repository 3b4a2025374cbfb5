export const id = 979;
export const ids = [979];
export const modules = {

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


/***/ })

};
