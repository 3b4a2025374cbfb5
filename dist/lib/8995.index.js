"use strict";
exports.id = 8995;
exports.ids = [8995];
exports.modules = {

/***/ 78995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployVersion: () => (/* binding */ deployVersion),
  describeRestoration: () => (/* binding */ describeRestoration),
  releaseRoot: () => (/* binding */ releaseRoot),
  restorePrevious: () => (/* binding */ restorePrevious)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/action-kit/src/command/exec-command-runner.ts
var exec_command_runner = __webpack_require__(30541);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/action-kit/src/command/command-output.ts
var command_output = __webpack_require__(16430);
// EXTERNAL MODULE: ./packages/action-kit/src/command/command-runner.ts
var command_runner = __webpack_require__(78281);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/release-commands.ts

const RELEASE_VARIABLES = {
    directory: 'ML_MODEL_DIR',
    manifest: 'ML_MODEL_MANIFEST',
    name: 'ML_MODEL_NAME',
    version: 'ML_MODEL_VERSION',
    alias: 'ML_MODEL_ALIAS',
    previousVersion: 'ML_MODEL_PREVIOUS_VERSION',
    purpose: 'ML_DEPLOY_PURPOSE'
};
function hasReleaseCommands(commands) {
    return commands.deploy.trim() !== '' || commands.smokeTest.trim() !== '';
}
/** The step's environment plus the target: the commands never see the model spliced into their text. */
function releaseEnvironment(env, target) {
    const merged = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined)
            merged[name] = value;
    merged[RELEASE_VARIABLES.directory] = target.directory;
    merged[RELEASE_VARIABLES.manifest] = target.manifestPath;
    merged[RELEASE_VARIABLES.name] = target.name;
    merged[RELEASE_VARIABLES.version] = String(target.version);
    merged[RELEASE_VARIABLES.alias] = target.alias;
    merged[RELEASE_VARIABLES.previousVersion] =
        target.previousVersion === null ? '' : String(target.previousVersion);
    merged[RELEASE_VARIABLES.purpose] = target.purpose;
    return merged;
}
/** Deploy, then smoke test; the first that fails (or is killed by its timeout) ends the run. */
async function runRelease(runCommand, commands, target, where, log) {
    const env = releaseEnvironment(where.env, target);
    const plan = [
        {
            step: 'deploy',
            run: commands.deploy,
            ...(commands.deployTimeoutMs ? { timeoutMs: commands.deployTimeoutMs } : {})
        },
        {
            step: 'smoke-test',
            run: commands.smokeTest,
            ...(commands.smokeTestTimeoutMs ? { timeoutMs: commands.smokeTestTimeoutMs } : {})
        }
    ];
    const steps = [];
    for (const { step, run, timeoutMs } of plan) {
        if (run.trim() === '')
            continue;
        log.info(`deploy-gate: ${step} of ${target.name}/${target.version} (${target.purpose}) with bash -e -o pipefail:`);
        log.untrusted(run);
        const stdout = new command_output/* CommandOutput */.$(log);
        const stderr = new command_output/* CommandOutput */.$(log);
        const result = await runCommand({
            ...(0,command_runner/* bashCommand */.O)(run),
            cwd: where.cwd,
            env,
            ...(timeoutMs ? { timeoutMs } : {}),
            onStdout: (chunk) => stdout.write(chunk),
            onStderr: (chunk) => stderr.write(chunk)
        });
        stdout.flush();
        stderr.flush();
        const ok = result.exitCode === 0 && !result.timedOut;
        const tail = stderr.tail() || stdout.tail();
        steps.push({
            step,
            version: target.version,
            purpose: target.purpose,
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            durationSeconds: Number((result.durationMs / 1000).toFixed(3)),
            ...(!ok && tail !== '' ? { tail } : {})
        });
        if (!ok)
            return { ok: false, steps };
    }
    return { ok: true, steps };
}
/** One line for a failed step, as the reasons, the alias log and the deployment status say it. */
function describeFailure(step, timeoutMs) {
    const what = `${step.step} of version ${step.version}`;
    if (step.timedOut) {
        return `${what} was killed after its ${formatSeconds(timeoutMs ?? 0)} timeout`;
    }
    return step.exitCode === null
        ? `${what} was ended by a signal`
        : `${what} exited with code ${step.exitCode}`;
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/release-flow.ts




/** Where a version is downloaded before its deploy command runs. */
function releaseRoot(env, cwd) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || cwd, 'ml-actions-deploy');
}
/** Downloads the version (verified) and runs deploy then smoke-test with it. */
async function deployVersion(flow, subject, previousVersion, purpose) {
    const directory = (0,external_node_path_.join)(flow.root, subject.name, String(subject.version));
    // The same version always has the same files, so a re-run may write over its own download.
    const checkout = await flow.registry.checkout(`${subject.name}/${subject.version}`, directory, {
        force: true
    });
    const run = await runRelease(flow.runCommand ?? exec_command_runner/* execCommandRunner */.x, flow.commands, {
        name: subject.name,
        version: subject.version,
        alias: flow.alias,
        previousVersion,
        directory: checkout.directory,
        manifestPath: checkout.manifestPath,
        purpose
    }, { cwd: flow.cwd, env: flow.env }, flow.log);
    const failed = run.ok ? undefined : run.steps.at(-1);
    return {
        ok: run.ok,
        version: subject.version,
        directory: checkout.directory,
        steps: run.steps,
        ...(failed ? { failure: describeFailure(failed, timeoutOf(flow.commands, failed)) } : {})
    };
}
/**
 * After the candidate failed, the alias goes back to what it replaced only if it still points to
 * the candidate (compare-and-swap): a newer move by another run is never overwritten. The previous
 * version is then deployed again through the same commands, so it is what serves.
 */
async function restorePrevious(flow, failed, previousVersion, aliasMove) {
    if (previousVersion === null)
        return { restoration: { kind: 'nothing-to-restore' } };
    try {
        await flow.registry.rollback(flow.name, flow.alias, {
            to: previousVersion,
            expect: failed.version,
            actor: aliasMove.actor,
            decisionRef: aliasMove.decisionRef,
            reason: `automatic rollback: ${failed.failure ?? 'the deploy failed'}`,
            ...(aliasMove.runUrl ? { runUrl: aliasMove.runUrl } : {})
        });
    }
    catch (error) {
        if (!(error instanceof errors/* ConcurrencyError */.Yu))
            throw error;
        const actual = (await flow.registry.history(flow.name, flow.alias))[0]?.version ?? null;
        return { restoration: { kind: 'superseded', actual } };
    }
    const previous = await flow.registry.get(flow.name, previousVersion);
    const redeploy = await deployVersion(flow, previous, failed.version, 'restore');
    return {
        restoration: { kind: 'restored', version: previousVersion, redeployed: redeploy.ok },
        redeploy
    };
}
/** One line on what the alias now is after a failed deploy, for reasons and the status. */
function describeRestoration(restoration, model, alias, redeploy) {
    const ref = `${model}@${alias}`;
    switch (restoration.kind) {
        case 'restored':
            return restoration.redeployed
                ? `${ref} rolled back to version ${restoration.version}, which was deployed and smoke-tested again`
                : `${ref} rolled back to version ${restoration.version}, but deploying it again failed too: ${redeploy?.failure ?? 'see the log'}`;
        case 'nothing-to-restore':
            return `${ref} was unset before this run, so there is no previous version to roll back to; it stays at the failed version`;
        case 'superseded':
            return `another run moved ${ref} to ${restoration.actual === null ? 'unset' : `version ${restoration.actual}`} meanwhile; its move stands`;
        case 'kept':
            return `${ref} stays at the version rolled back to`;
    }
}
function timeoutOf(commands, step) {
    return step.step === 'deploy' ? commands.deployTimeoutMs : commands.smokeTestTimeoutMs;
}


/***/ }),

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


/***/ })

};
;