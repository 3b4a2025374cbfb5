"use strict";
exports.id = 812;
exports.ids = [812,8423];
exports.modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(declaration) {
    return {
        ...declaration,
        outputs: Object.keys(declaration.outputs),
        outputDescriptions: declaration.outputs
    };
}


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


/***/ }),

/***/ 96793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* unused harmony exports splitList, camelCase */
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function withDefault(kind, opts, parseGiven, extra = {}) {
    const required = opts.required ?? false;
    const fallback = opts.default ?? '';
    return {
        kind,
        required,
        default: fallback,
        description: opts.description,
        ...extra,
        parse(raw, name) {
            const text = raw === '' ? fallback : raw;
            if (text === '' && required) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input required and not supplied: ${name}`, name);
            }
            return parseGiven(text, name);
        }
    };
}
const input = {
    string(opts) {
        return withDefault('string', opts, (text) => text);
    },
    /** A token input: on the runner it defaults to the job's token; under the CLI and in tests to ''. */
    githubToken(opts) {
        return withDefault('string', opts, (text) => text, { runnerDefault: '${{ github.token }}' });
    },
    boolean(opts) {
        return withDefault('boolean', opts, (text, name) => {
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`, name);
        });
    },
    number(opts) {
        return withDefault('number', opts, (text, name) => {
            if (text === '')
                return undefined;
            const value = Number(text);
            const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`;
            if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`, name);
            }
            if ((opts.min !== undefined && value < opts.min) ||
                (opts.max !== undefined && value > opts.max)) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be in ${bounds}, got ${value}`, name);
            }
            return value;
        });
    },
    /** Newline- or comma-separated values; blank entries and `#` comments dropped. */
    list(opts) {
        return withDefault('list', opts, (text) => splitList(text));
    },
    choice(choices, opts) {
        return withDefault('choice', opts, (text, name) => {
            if (choices.includes(text))
                return text;
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`, name);
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


/***/ }),

/***/ 28326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatOutput)
/* harmony export */ });
/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return JSON.stringify(value);
    return String(value);
}


/***/ }),

/***/ 61248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JA: () => (/* binding */ CLI_ENVIRONMENT_INPUTS),
  $v: () => (/* binding */ cliLogger),
  A4: () => (/* binding */ parseCliArguments),
  ak: () => (/* binding */ runCli),
  nQ: () => (/* binding */ withEnvironmentInputs)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __webpack_require__(63932);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./packages/action-kit/src/closest-name.ts

/**
 * The name a typo most likely meant: the nearest by edit distance, if it is near enough to be a slip
 * (a third of the name's length, at least two edits) rather than another word.
 */
function closestName(typed, names) {
    let best;
    let bestDistance = Infinity;
    for (const name of names) {
        const d = (0,mod/* distance */.Io)(typed, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

// EXTERNAL MODULE: ./packages/action-kit/src/output-format.ts
var output_format = __webpack_require__(28326);
// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: ./packages/action-kit/src/process-io.ts
var process_io = __webpack_require__(13473);
;// CONCATENATED MODULE: ./packages/action-kit/src/progress-line.ts
const CLEAR_LINE = '\r\u001B[K';
const TICK_MS = 1000;
function progressLine(write, terminal, now = Date.now) {
    let shown;
    const draw = () => {
        if (!shown)
            return;
        const seconds = Math.floor((now() - shown.started) / 1000);
        write(`${CLEAR_LINE}⏳ ${shown.label} … ${seconds} s`);
    };
    return {
        start(label) {
            if (!terminal)
                return () => undefined;
            if (shown)
                clearInterval(shown.timer);
            const timer = setInterval(draw, TICK_MS);
            // A status line must never keep the process alive.
            timer.unref?.();
            shown = { label, started: now(), timer };
            draw();
            return () => {
                if (shown?.timer !== timer)
                    return;
                clearInterval(timer);
                shown = undefined;
                write(CLEAR_LINE);
            };
        },
        write(text) {
            if (!shown)
                return write(text);
            write(`${CLEAR_LINE}${text}`);
            draw();
        }
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-cli.ts







function cliLogger(io, verbose = false) {
    const line = progressLine(io.stderr, io.terminal === true);
    return {
        info: (m) => line.write(`${m}\n`),
        warning: (m) => line.write(`warning: ${m}\n`),
        error: (m) => line.write(`error: ${m}\n`),
        debug: (m) => (verbose ? line.write(`debug: ${m}\n`) : undefined),
        untrusted: (t) => {
            const shown = (0,unicode/* showInvisible */.jQ)(t);
            line.write(shown.endsWith('\n') ? shown : `${shown}\n`);
        },
        progress: (label) => line.start(label)
    };
}
/**
 * Turn `--input-name value`, `--input-name=value`, `--flag` / `--no-flag` and positionals into the
 * raw input table the runner would have provided. Repeated flags of list inputs accumulate.
 */
function parseCliArguments(spec, argv, positional) {
    const raw = new Map();
    const append = (name, value) => {
        const previous = raw.get(name);
        raw.set(name, previous === undefined ? value : `${previous}\n${value}`);
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            for (const rest of argv.slice(i + 1))
                appendPositional(rest);
            break;
        }
        if (!arg.startsWith('--')) {
            appendPositional(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let value = eq === -1 ? undefined : arg.slice(eq + 1);
        if (!(name in spec) && name.startsWith('no-') && spec[name.slice(3)]?.kind === 'boolean') {
            name = name.slice(3);
            value = 'false';
        }
        const parser = spec[name];
        if (!parser) {
            const meant = closestName(name, Object.keys(spec));
            throw new errors/* ConfigurationError */.j(meant
                ? `Unknown option --${name}: did you mean --${meant}? (--help lists every option)`
                : `Unknown option --${name}. Options: ${Object.keys(spec)
                    .map((n) => `--${n}`)
                    .join(' ')}`, name);
        }
        if (value === undefined) {
            if (parser.kind === 'boolean')
                value = 'true';
            else {
                const next = argv[i + 1];
                if (next === undefined)
                    throw new errors/* ConfigurationError */.j(`Option --${name} needs a value`, name);
                value = next;
                i++;
            }
        }
        if (parser.kind === 'list')
            append(name, value);
        else
            raw.set(name, value);
    }
    return raw;
    function appendPositional(value) {
        if (!positional)
            throw new errors/* ConfigurationError */.j(`Unexpected argument "${value}"`);
        append(positional, value);
    }
}
/**
 * Inputs a command line takes from the environment when no option gives them: the token every CI
 * documents a secret variable for, so it never has to be typed where the shell history keeps it.
 */
const CLI_ENVIRONMENT_INPUTS = {
    'github-token': ['GITHUB_TOKEN', 'GH_TOKEN']
};
function withEnvironmentInputs(spec, raw, env) {
    for (const [name, variables] of Object.entries(CLI_ENVIRONMENT_INPUTS)) {
        if (!(name in spec) || raw.has(name))
            continue;
        const value = variables.map((variable) => env[variable]).find((v) => v);
        if (value)
            raw.set(name, value);
    }
    return raw;
}
/**
 * Run an action body from the command line: the same definition and body as on the runner, with
 * the report printed to stdout. Returns the exit code: 0 ok, 1 intended failure, 2 bad usage, 3 bug.
 */
async function runCli(definition, body, argv, options = {}) {
    const io = options.io ?? process_io/* processIo */.W;
    const log = cliLogger(io, io.env.ML_ACTIONS_DEBUG === '1');
    try {
        const raw = withEnvironmentInputs(definition.inputs, parseCliArguments(definition.inputs, argv, options.positional), io.env);
        const inputs = (0,input_spec/* readInputs */.Ko)(definition.inputs, (name) => raw.get(name));
        const context = { log, env: io.env, cwd: io.cwd, cli: true };
        const outcome = await body(inputs, context);
        if (outcome.report)
            io.stdout(outcome.report.endsWith('\n') ? outcome.report : `${outcome.report}\n`);
        if (options.showOutputs ?? true) {
            for (const name of definition.outputs) {
                const value = outcome.outputs[name];
                if (value !== undefined && name !== 'markdown')
                    log.info(`${name}=${(0,output_format/* formatOutput */.V)(value)}`);
            }
        }
        if (outcome.failure) {
            log.error(outcome.failure);
            return 1;
        }
        return 0;
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (error instanceof errors/* ConfigurationError */.j) {
            log.error(error.message);
            return 2;
        }
        log.error(`${definition.name} failed unexpectedly: ${error.stack ?? error.message}`);
        return 3;
    }
}


/***/ }),

/***/ 35186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ ALLOW_WRITES_OUTSIDE_WORKSPACE),
/* harmony export */   jp: () => (/* binding */ writeConfinementInputs),
/* harmony export */   vN: () => (/* binding */ writeTarget)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96793);




/** The input that lets a workflow author write a file outside the workspace and RUNNER_TEMP. */
const ALLOW_WRITES_OUTSIDE_WORKSPACE = 'allow-writes-outside-workspace';
/** The opt-out input of an action whose path input `pathInput` names a file it writes. */
function writeConfinementInputs(pathInput) {
    return {
        [ALLOW_WRITES_OUTSIDE_WORKSPACE]: _input_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF.boolean({
            default: 'false',
            description: `Let \`${pathInput}\` point outside the workspace and RUNNER_TEMP (after symlinks are resolved). ` +
                'Off by default, so `../../etc/passwd` or a committed symlink is refused; paths from a config file are always confined.'
        })
    };
}
/**
 * The absolute path a step may write `path` to. On a runner (GITHUB_WORKSPACE set) a path must stay
 * inside the workspace or RUNNER_TEMP after symlinks in its existing part are resolved, so
 * `../../etc/passwd` or a symlink a pull request committed cannot make a step overwrite a file of the
 * runner's. Off a runner (the CLI) the user's own paths are theirs to choose.
 */
async function writeTarget(path, context, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, path);
    const workspace = context.env.GITHUB_WORKSPACE;
    if (!workspace || options.allowOutside)
        return absolute;
    const roots = [workspace, context.env.RUNNER_TEMP].filter((root) => !!root);
    const real = await resolveExisting(absolute);
    for (const root of roots) {
        if (isInside(real, await resolveExisting((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root))))
            return absolute;
    }
    throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${options.input}: ${path} is outside the workspace and RUNNER_TEMP` +
        (real === absolute ? '' : ` (it resolves to ${real})`) +
        `; write under the workspace, or set ${ALLOW_WRITES_OUTSIDE_WORKSPACE}: true if the workflow means it`, options.input);
}
/** The path with symlinks resolved in its deepest existing ancestor; the rest cannot be a link yet. */
async function resolveExisting(path) {
    let existing = path;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(existing, path));
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
            if (parent === existing)
                return path;
            existing = parent;
        }
    }
}
function isInside(path, root) {
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return fromRoot !== '..' && !fromRoot.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(fromRoot);
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 90839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DEMO_DIRECTORY: () => (/* binding */ DEFAULT_DEMO_DIRECTORY),
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: ./packages/action-kit/src/run-cli.ts + 2 modules
var run_cli = __webpack_require__(61248);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/pipeline/definition.ts
var definition = __webpack_require__(83949);
// EXTERNAL MODULE: ./src/pipeline/run-pipeline.ts + 4 modules
var run_pipeline = __webpack_require__(39442);
// EXTERNAL MODULE: ./packages/action-kit/src/command/process-tree.ts
var process_tree = __webpack_require__(68423);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/cli/demo-serving.ts





function currentServer(state) {
    const path = (0,external_node_path_.join)(state, 'current.json');
    return (0,external_node_fs_.existsSync)(path) ? JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) : undefined;
}
/**
 * A held-out digit, as a client sends it: image 1 of the example's test split
 * (`train_test_split(load_digits().data, load_digits().target, test_size=0.3, random_state=0,
 * stratify=load_digits().target)`), raw 0–16 pixels, label 4.
 */
const SAMPLE_DIGIT = {
    label: 4,
    pixels: [
        0, 0, 0, 10, 12, 0, 0, 0, 0, 0, 4, 15, 1, 0, 0, 0, 0, 0, 13, 10, 1, 2, 0, 0, 0, 5, 15, 2, 15, 9,
        1, 0, 0, 11, 13, 6, 16, 16, 9, 0, 0, 13, 16, 16, 16, 10, 2, 0, 0, 2, 7, 13, 11, 0, 0, 0, 0, 0,
        0, 13, 11, 0, 0, 0
    ]
};
/** POST /predict with the sample digit: which version answered which digit. */
async function askDigit(url) {
    const response = await fetch(`${url}/predict`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ instances: [SAMPLE_DIGIT.pixels] })
    });
    if (!response.ok)
        throw new Error(`${url}/predict answered ${response.status}`);
    const body = (await response.json());
    const row = body.outputs.probabilities[0] ?? [];
    const digit = row.indexOf(Math.max(...row));
    return { version: body.model.version, digit, probability: row[digit] ?? Number.NaN };
}
/** `serve-local.sh stop`, then waits (up to 5 s) for the server to be gone. */
async function stopServing(script, state, env) {
    const server = currentServer(state);
    (0,external_node_child_process_.spawnSync)('bash', [script, 'stop'], { env: { ...env, SERVE_STATE: state }, stdio: 'ignore' });
    if (!server)
        return true;
    for (let i = 0; i < 100; i++) {
        if (!(0,process_tree.isAlive)(server.pid))
            return true;
        await (0,external_node_timers_promises_.setTimeout)(50);
    }
    return false;
}
/** From a signal handler, where nothing can be awaited: SIGTERM to the server, if one runs. */
function stopServerNow(state) {
    const server = currentServer(state);
    if (server && (0,process_tree.isAlive)(server.pid))
        process.kill(server.pid, 'SIGTERM');
}

// EXTERNAL MODULE: ./src/pipeline/step-catalog.ts
var step_catalog = __webpack_require__(99648);
;// CONCATENATED MODULE: ./src/cli/demo-git.ts




/** What the demo writes and never commits: runs, registry, server state, comments. */
const IGNORED = [
    '.ml-registry/',
    '.serve/',
    '.runner-temp/',
    'results/',
    '__pycache__/',
    '*.md',
    'digit.json',
    '.ml-actions-demo'
];
// Fixed names and dates, so the demo's commits have the same shas on every machine.
const IDENTITY = {
    GIT_AUTHOR_NAME: 'ml-actions demo',
    GIT_AUTHOR_EMAIL: 'demo@ml-actions.invalid',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'ml-actions demo',
    GIT_COMMITTER_EMAIL: 'demo@ml-actions.invalid',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'
};
function git(dir, ...args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { PATH: process.env.PATH, HOME: process.env.HOME, ...IDENTITY }
        }).trim();
    }
    catch (error) {
        const stderr = String(error.stderr ?? error.message);
        throw new errors/* ConfigurationError */.j(`demo: \`git ${args.join(' ')}\` failed in ${dir} (the demo plays its pull request in a git repository): ${stderr.trim()}`);
    }
}
function commitAll(dir, message) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', message);
    return git(dir, 'rev-parse', 'HEAD');
}
function treeOf(dir, commit) {
    return git(dir, 'rev-parse', `${commit}^{tree}`);
}
/**
 * Makes the demo folder a repository whose main is the example project, opens pull request
 * `number` on `branch` with one commit, and checks out its test merge, which the pull request's
 * run then builds.
 */
function openPullRequest(dir, pull) {
    git(dir, 'init', '-q');
    git(dir, 'symbolic-ref', 'HEAD', 'refs/heads/main');
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, '.gitignore'), `${IGNORED.join('\n')}\n`);
    const base = commitAll(dir, 'The example project');
    git(dir, 'checkout', '-q', '-b', pull.branch);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, pull.change.file), pull.change.text);
    const head = commitAll(dir, pull.change.message);
    git(dir, 'checkout', '-q', '--detach', base);
    git(dir, 'merge', '-q', '--no-ff', '--no-verify', '-m', `Merge ${head} into ${base}`, pull.branch);
    const evaluated = git(dir, 'rev-parse', 'HEAD');
    return {
        number: pull.number,
        branch: pull.branch,
        base,
        head,
        evaluated,
        evaluatedTree: treeOf(dir, evaluated)
    };
}
/** GitHub's "Squash and merge": one new commit on main with the branch's changes. */
function squashMerge(dir, pull, title) {
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--squash', pull.branch);
    git(dir, 'commit', '-q', '--no-verify', '-m', `${title} (#${pull.number})`);
    return git(dir, 'rev-parse', 'HEAD');
}

;// CONCATENATED MODULE: ./src/cli/demo.ts














/** Left in a demo folder so a later run knows it may wipe it. */
const DEMO_MARKER = '.ml-actions-demo';
const DEFAULT_DEMO_DIRECTORY = 'ml-actions-demo';
/**
 * The runs the demo plays: the first model on main, a pull request's better candidate, a pull
 * request that truly regresses and must be stopped, then a release that must not stand.
 */
const RUNS = [
    {
        label: 'baseline: the first model, on main',
        alpha: '1e-3',
        ref: 'refs/heads/main',
        event: 'push'
    },
    {
        label: 'candidate: pull request #7 retunes alpha, is reviewed, then merged',
        alpha: '1e-4',
        ref: 'refs/pull/7/merge',
        event: 'push',
        pullRequest: 7
    },
    {
        label: 'regression: a pull request that trains on 30% of the training digits',
        alpha: '1e-4',
        ref: 'refs/pull/8/merge',
        event: 'push',
        trainFraction: '0.3',
        blocked: true
    },
    failedDeployRun()
];
/**
 * A change to the export that every check before serving passes: the same metrics, and ONNX
 * parity holds because the reference inputs are scaled as the graph expects. The service's
 * clients send raw pixels, so only the smoke test's requests show the answers are wrong.
 */
function failedDeployRun() {
    return {
        label: 'failed deploy: a pull request that exports for pixels scaled to [0, 1]',
        alpha: '1e-4',
        ref: 'refs/pull/9/merge',
        event: 'push',
        rolledBack: true,
        env: { ONNX_INPUT_RANGE: 'unit' }
    };
}
/**
 * `ml-actions demo`: the whole pipeline on the example project with the embedded default registry
 * (a local directory): trains a real classifier on scikit-learn's digits, registers and promotes a
 * baseline, then trains a candidate, compares it, exports and verifies the ONNX model, gates and
 * records its review, then merges it, which promotes the reviewed version; then a pull request that regresses, which compare-metrics and deploy-gate must block
 * (its comment goes to regression-comment.md). Each approved version is deployed to `ml-actions
 * serve` on loopback and smoke-tested over HTTP; a last candidate whose served answers are wrong is
 * rolled back, and the demo asks the server to show the previous version still answers. Prints the
 * candidate's PR comment and writes it to pr-comment.md.
 */
async function runDemo(argv, io) {
    const log = (0,run_cli/* cliLogger */.$v)(io, io.env.ML_ACTIONS_DEBUG === '1');
    let options;
    let keepServing = false;
    const stopOnSignal = (signal) => {
        if (options)
            stopServerNow(servingState(options));
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
    try {
        options = demoOptions(argv, io);
        checkPython(options.python);
        await prepareDirectory(options);
        log.info(`Demo workspace: ${options.directory}`);
        let markdown = '';
        let blockedComment;
        for (const [index, run] of RUNS.entries()) {
            log.info(`\n=== Run ${index + 1}/${RUNS.length}, ${run.label}`);
            if (run.blocked) {
                const outcome = await runPipeline(options, run, io);
                const blocked = await expectBlocked(options, run, outcome, io);
                if (blocked.unexpected) {
                    io.stdout(blocked.markdown);
                    log.error(`The ${run.label.split(':')[0]} run: ${blocked.unexpected}`);
                    return 1;
                }
                blockedComment = (0,external_node_path_.join)(options.directory, 'regression-comment.md');
                await (0,promises_.writeFile)(blockedComment, blocked.markdown);
                continue;
            }
            const shipped = run.pullRequest !== undefined
                ? await reviewThenMerge(options, run, io)
                : await ship(options, run, io);
            if (shipped.problem) {
                io.stdout(shipped.markdown);
                log.error(`The ${run.label.split(':')[0]} run ${shipped.problem}`);
                return 1;
            }
            // The pull request's comment is the one to show; the failed release has its own.
            if (run.rolledBack) {
                await (0,promises_.writeFile)((0,external_node_path_.join)(options.directory, 'failed-deploy-comment.md'), shipped.markdown);
            }
            else
                markdown = shipped.markdown;
            log.info(await servingProof(options));
        }
        const commentFile = (0,external_node_path_.join)(options.directory, 'pr-comment.md');
        await (0,promises_.writeFile)(commentFile, markdown);
        io.stdout(`${markdown}\n`);
        log.info(`\nThe pull-request comment above is in ${commentFile}`);
        if (blockedComment)
            log.info(`The blocked pull request's comment (compare-metrics and deploy-gate) is in ${blockedComment}`);
        log.info(`The registry is in ${(0,external_node_path_.join)(options.directory, '.ml-registry')}; try:`);
        log.info(`  node bin/ml-actions.js registry history digits-classifier production --registry ${(0,external_node_path_.join)(options.directory, '.ml-registry')}`);
        await showServing(options, log);
        keepServing = options.keepServing;
        return 0;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            log.error(error.message);
            return 2;
        }
        log.error(`demo failed unexpectedly: ${error.stack ?? String(error)}`);
        return 3;
    }
    finally {
        process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
        // A demo that failed or was not asked to keep serving leaves no server behind.
        if (options && !keepServing)
            await stopDemoServer(options, log);
    }
}
function demoOptions(argv, io) {
    let directory = DEFAULT_DEMO_DIRECTORY;
    let python = io.env.PYTHON || ((0,external_node_fs_.existsSync)('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
    let keepServing = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = argv[i + 1];
        if ((arg === '--dir' || arg === '--python') && value !== undefined) {
            if (arg === '--dir')
                directory = value;
            else
                python = value;
            i++;
        }
        else if (arg === '--keep-serving') {
            keepServing = true;
        }
        else {
            throw new errors/* ConfigurationError */.j(`demo: unknown argument "${arg}" (usage: ml-actions demo [--dir DIR] [--python PATH] [--keep-serving])`);
        }
    }
    const examples = findExampleProject();
    const bin = (0,external_node_path_.join)(examples, '..', '..', '..', 'bin', 'ml-actions.js');
    return {
        directory: (0,external_node_path_.resolve)(io.cwd, directory),
        python,
        examples,
        keepServing,
        cli: (0,external_node_fs_.existsSync)(bin) ? (0,external_node_path_.resolve)(bin) : (0,external_node_path_.resolve)(process.argv[1] ?? bin),
        toolCache: io.env.RUNNER_TOOL_CACHE ||
            (0,external_node_path_.join)(examples, '..', '..', '..', 'node_modules', '.cache', 'ml-actions-tool-cache')
    };
}
/**
 * docs/examples/classifier of the checkout this code runs from (src/cli or dist/cli). Searched at
 * run time, so the bundler leaves the project in the repository instead of copying it as assets.
 */
function findExampleProject() {
    let directory = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (let depth = 0; depth < 4; depth++) {
        const candidate = (0,external_node_path_.join)(directory, 'docs', 'examples', 'classifier');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'ml-actions.yml')))
            return candidate;
        directory = (0,external_node_path_.dirname)(directory);
    }
    throw new errors/* ConfigurationError */.j('demo: docs/examples/classifier was not found next to this ml-actions');
}
function checkPython(python) {
    const probe = (0,external_node_child_process_.spawnSync)(python, ['-c', 'import numpy, sklearn, onnx'], { encoding: 'utf8' });
    if (probe.status !== 0) {
        throw new errors/* ConfigurationError */.j(`demo: ${python} cannot import numpy, scikit-learn and onnx. Install them with ` +
            '`bash scripts/install-python-deps.sh` (Debian) or pass --python PATH.');
    }
}
async function prepareDirectory(options) {
    if ((0,external_node_fs_.existsSync)(options.directory)) {
        const entries = await (0,promises_.readdir)(options.directory);
        if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
            throw new errors/* ConfigurationError */.j(`demo: ${options.directory} exists and is not a demo folder; pass --dir to choose another`);
        }
        await (0,promises_.rm)(options.directory, { recursive: true, force: true });
    }
    await (0,promises_.mkdir)(options.directory, { recursive: true });
    await (0,promises_.cp)(options.examples, options.directory, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.directory, DEMO_MARKER), 'made by ml-actions demo; safe to delete\n');
}
async function runPipeline(options, run, io, overrides = {}) {
    const context = demoContext(options, run, io, overrides.sha);
    const body = (0,run_pipeline/* createPipelineBody */.j)({
        catalog: withGateInputs((0,step_catalog/* pipelineCatalog */.Y)('cli'), overrides.gate),
        wiring: step_catalog/* PIPELINE_WIRING */.y
    });
    const raw = {
        config: 'ml-actions.yml',
        ...(overrides.steps ? { steps: overrides.steps } : {})
    };
    const inputs = (0,input_spec/* readInputs */.Ko)(definition.pipeline.inputs, (name) => raw[name]);
    const outcome = await body(inputs, context);
    const version = outcome.outputs['model-version'];
    const decision = outcome.outputs.decision;
    const steps = JSON.parse(String(outcome.outputs['step-outputs'] ?? '{}'));
    const gate = steps.gate ?? {};
    return {
        markdown: outcome.report ?? '',
        ...(outcome.failure ? { failure: outcome.failure } : {}),
        summary: run.rolledBack && gate.reasons
            ? `pipeline ${outcome.outputs.result} as it should: ${gate.reasons.split('\n').join('; ')}`
            : `pipeline ${outcome.outputs.result}${version ? `, model version ${version}` : ''}${decision ? `, gate: ${decision}` : ''}${gate.deployed === 'true' ? ', deployed and smoke-tested' : ''}`,
        steps,
        context
    };
}
function withGateInputs(catalog, gateInputs) {
    const gate = catalog.gate;
    if (!gate || !gateInputs)
        return catalog;
    return {
        ...catalog,
        gate: { ...gate, body: (inputs, context) => gate.body({ ...inputs, ...gateInputs }, context) }
    };
}
/** A run whose gate deploys what it approves: the pipeline, then whether the right version serves. */
async function ship(options, run, io) {
    const outcome = await runPipeline(options, run, io);
    const problem = servingProblem(options, run, outcome);
    if (problem)
        return { markdown: outcome.markdown, problem };
    outcome.context.log.info(`=== ${outcome.summary}`);
    return { markdown: outcome.markdown };
}
/**
 * Pull request #7 as on GitHub, in the demo's own git repository: its run evaluates the test merge
 * and records the gate's review; its squash merge has the same tree, so the push's gate promotes
 * the version reviewed. Returns the pull request's comment, or what went wrong.
 */
async function reviewThenMerge(options, run, io) {
    const log = (0,run_cli/* cliLogger */.$v)(io, io.env.ML_ACTIONS_DEBUG === '1');
    const pull = openPullRequest(options.directory, {
        number: run.pullRequest,
        branch: 'retune-alpha',
        // Training reads alpha from MODEL_ALPHA, which the demo sets; the file is the commit's change.
        change: { file: 'alpha.txt', text: `${run.alpha}\n`, message: `Retune alpha to ${run.alpha}` }
    });
    const reviewed = await runPipeline(options, run, io, {
        sha: pull.evaluated,
        gate: {
            mode: 'review',
            pullRequest: pull.number,
            reviewedCommit: pull.head,
            baseSha: pull.base,
            baseRef: 'main'
        }
    });
    const review = reviewed.steps.gate ?? {};
    if (reviewed.failure || review.decision !== 'approve' || !review['review-ref']) {
        return {
            markdown: reviewed.markdown,
            problem: `did not record an approved review: ${reviewed.failure ?? review.reasons ?? reviewed.summary}`
        };
    }
    log.info(`=== pipeline pass, gate: approve in mode: review, production stays at version ${review['model-version']}; ` +
        `the review of pull request #${pull.number} is recorded: version ${review['candidate-version']}, head ${demo_short(pull.head)}, ` +
        `evaluated tree ${demo_short(pull.evaluatedTree)} (${review['review-ref']})`);
    const merge = squashMerge(options.directory, pull, `Retune alpha to ${run.alpha}`);
    const mergeRun = {
        ...run,
        label: `merge of pull request #${pull.number}`,
        ref: 'refs/heads/main'
    };
    log.info(`\n=== Pull request #${pull.number} squash-merged onto main as ${demo_short(merge)}; the push runs the gate alone, with candidate: reviewed`);
    const merged = await runPipeline(options, mergeRun, io, {
        sha: merge,
        steps: 'gate',
        gate: { candidate: 'reviewed', reviewedCommit: pull.head }
    });
    const problem = servingProblem(options, mergeRun, merged);
    if (problem)
        return { markdown: merged.markdown, problem };
    const gate = merged.steps.gate ?? {};
    log.info(`=== ${merged.summary}`);
    log.info(`=== the merge promoted version ${gate['model-version']}, the version the review recorded (${gate['review-ref']}), ` +
        `without retraining: its tree ${demo_short(treeOf(options.directory, merge))} is the tree that was evaluated`);
    return { markdown: reviewed.markdown };
}
function demo_short(sha) {
    return (sha ?? '?').slice(0, 7);
}
/**
 * Why a run that reached the gate did not end as the demo means it to (undefined when it did): a
 * promoted version must be what serves; a rolled-back one must have failed the step and left the
 * version it replaced serving.
 */
function servingProblem(options, run, outcome) {
    const gate = outcome.steps.gate ?? {};
    const serving = currentServer(servingState(options));
    if (!run.rolledBack) {
        if (outcome.failure)
            return `failed: ${outcome.failure}`;
        if (serving?.version !== gate['model-version']) {
            return `passed, but version ${gate['model-version']} is not what serves (${serving?.version ?? 'nothing'})`;
        }
        return undefined;
    }
    if (!outcome.failure)
        return 'passed, but its release should have been rolled back';
    const restored = gate['model-version'];
    if (gate.promoted !== 'false' || !restored || serving?.version !== restored) {
        return `failed without the rollback it should show: ${outcome.failure}`;
    }
    return undefined;
}
function servingState(options) {
    return (0,external_node_path_.join)(options.directory, '.serve');
}
/** A real request to what serves now, and its answer. */
async function servingProof(options) {
    const server = currentServer(servingState(options));
    if (!server)
        return '    (nothing serves)';
    const answer = await askDigit(server.url);
    return (`    POST ${server.url}/predict with a held-out ${SAMPLE_DIGIT.label} → version ${answer.version} ` +
        `answers ${answer.digit} (p = ${answer.probability.toFixed(3)})`);
}
/** Shows how to ask the last version, and how to stop it when it keeps serving. */
async function showServing(options, log) {
    const state = servingState(options);
    const server = currentServer(state);
    if (!server)
        return;
    const request = (0,external_node_path_.join)(options.directory, 'digit.json');
    await (0,promises_.writeFile)(request, `${JSON.stringify({ instances: [SAMPLE_DIGIT.pixels] })}\n`);
    log.info(`\nVersion ${server.version} of ${server.model} serves on ${server.url}; ask it:`);
    log.info(`  curl -s ${server.url}/predict -H 'content-type: application/json' -d @${request}`);
    if (options.keepServing) {
        log.info(`It keeps serving (pid ${server.pid}); stop it with:`);
        log.info(`  SERVE_STATE=${state} bash ${(0,external_node_path_.join)(options.directory, 'serve-local.sh')} stop`);
    }
}
async function stopDemoServer(options, log) {
    const state = servingState(options);
    const server = currentServer(state);
    if (!server)
        return;
    const script = (0,external_node_path_.join)(options.directory, 'serve-local.sh');
    const stopped = await stopServing(script, state, { PATH: process.env.PATH });
    log.info(stopped
        ? 'Server stopped (pass --keep-serving to leave it running).'
        : `The server (pid ${server.pid}) did not stop within 5 s.`);
}
/**
 * The regression must be stopped twice: compare-metrics fails the pull request's pipeline (the
 * steps after it are skipped, as in a job), and deploy-gate, asked to release the version that
 * pull request registered, rejects it on the same reports. Anything else is the demo failing.
 */
async function expectBlocked(options, run, pipelineRun, io) {
    const log = pipelineRun.context.log;
    const train = pipelineRun.steps.train ?? {};
    const compare = pipelineRun.steps.compare ?? {};
    if (!pipelineRun.failure || compare.result !== 'fail' || !train['model-version']) {
        return {
            markdown: pipelineRun.markdown,
            unexpected: `compare-metrics should have failed it, but the pipeline ended: ${pipelineRun.failure ?? pipelineRun.summary}`
        };
    }
    log.info(`=== blocked by compare-metrics, as expected: ${pipelineRun.failure}`);
    log.info(`\n=== The release job asks deploy-gate to promote version ${train['model-version']} on the same reports`);
    const gate = (0,step_catalog/* pipelineCatalog */.Y)('cli').gate;
    if (!gate)
        throw new Error('the CLI catalog has no deploy-gate step');
    const raw = {
        'model-name': 'digits-classifier',
        candidate: train['model-version'],
        reports: [train['report-path'], compare['report-path']].filter(Boolean).join('\n'),
        policy: 'policy.yml',
        alias: 'production',
        registry: '.ml-registry',
        environment: 'production',
        // Off GitHub, as the pipeline does without a token: no Deployment to record.
        'create-deployment': 'false',
        comment: 'off'
    };
    const decision = await gate.body((0,input_spec/* readInputs */.Ko)(gate.definition.inputs, (name) => raw[name]), demoContext(options, run, io));
    const markdown = `${pipelineRun.markdown}\n\n${decision.report ?? ''}`;
    if (decision.outputs.decision !== 'reject' || decision.outputs.promoted === 'true') {
        return {
            markdown,
            unexpected: `deploy-gate should have rejected version ${train['model-version']}, but decided ${String(decision.outputs.decision)}`
        };
    }
    log.info(`=== blocked by deploy-gate, as expected: reject, ${String(decision.outputs.reasons ?? '')
        .split('\n')
        .join('; ')}`);
    log.info(`=== The regression was stopped by both (that is the expected outcome, so the demo goes on); production stays at the version before it.`);
    return { markdown };
}
function demoContext(options, run, io, commit) {
    const sha = commit ?? (0,external_node_crypto_.createHash)('sha1').update(`ml-actions demo ${run.label}`).digest('hex');
    const env = {
        PATH: io.env.PATH,
        HOME: io.env.HOME,
        PYTHON: options.python,
        MODEL_ALPHA: run.alpha,
        ...(run.trainFraction ? { MODEL_TRAIN_FRACTION: run.trainFraction } : {}),
        ...run.env,
        // The gate's deploy command (serve-local.sh) starts this CLI's `serve` and keeps its state here.
        ML_ACTIONS_CLI: options.cli,
        SERVE_STATE: servingState(options),
        GITHUB_SHA: sha,
        GITHUB_REF: run.ref,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_REPOSITORY: 'example/digits',
        GITHUB_WORKFLOW: 'demo',
        GITHUB_ACTOR: 'ml-actions-demo',
        RUNNER_TEMP: (0,external_node_path_.join)(options.directory, '.runner-temp'),
        // Kept across demo runs, as a runner's tool cache is: onnxruntime is installed once.
        RUNNER_TOOL_CACHE: options.toolCache,
        ...(io.env.NPM_CONFIG_REGISTRY ? { NPM_CONFIG_REGISTRY: io.env.NPM_CONFIG_REGISTRY } : {}),
        ...(io.env.npm_config_registry ? { npm_config_registry: io.env.npm_config_registry } : {})
    };
    return {
        log: (0,run_cli/* cliLogger */.$v)(io, io.env.ML_ACTIONS_DEBUG === '1'),
        env,
        cwd: options.directory,
        cli: true
    };
}


/***/ })

};
;