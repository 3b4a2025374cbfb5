"use strict";
exports.id = 3240;
exports.ids = [3240];
exports.modules = {

/***/ 23240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExportCommand: () => (/* binding */ runExportCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Run the user's export step with bash in strict mode. The command is one argv entry (no shell
 * string built here), and its output is untrusted: it is streamed through `log.untrusted` so a
 * printed `::set-output` or `::add-mask` does nothing.
 */
function runExportCommand(command, workingDirectory, env, log) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-eo', 'pipefail', '-c', command], {
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


/***/ })

};
;