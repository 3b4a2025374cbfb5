"use strict";
exports.id = 8423;
exports.ids = [8423];
exports.modules = {

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