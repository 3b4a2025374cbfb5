"use strict";
exports.id = 5265;
exports.ids = [5265];
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

/***/ 81866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options, options.pullRequestNumber);
    const { event, onRunner } = run;
    if (!event.pullRequest || !event.repository) {
        const reason = onRunner
            ? `no pull request to comment on (event ${event.eventName || 'unknown'})`
            : `no GitHub pull request to comment on (${event.provider} run${event.ref ? ` of ${event.ref}` : ''}; pr-number names one)`;
        // A local run with no token never meant to comment: no line for it.
        const say = (message) => onRunner || options.token ? options.logger.info(message) : options.logger.debug(message);
        say(`Not commenting: ${reason}; the results are in the ${onRunner ? 'job summary' : 'output'}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Not commenting on ${event.repository.owner}/${event.repository.repo}#${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const sticky = {
        ...(viewerLogin ? { viewerLogin } : {}),
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        // Off the runner there is no workflow/job pair: the CI and its job name keep one comment per job
        // (CircleCI's workflow id changes with every run, so it cannot be part of it).
        ...(options.key
            ? { key: options.key }
            : onRunner
                ? {}
                : { key: `${event.provider}/${event.job || 'job'}` }),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 4642).then(__webpack_require__.bind(__webpack_require__, 44642));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}


/***/ }),

/***/ 2980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPipelineCli: () => (/* binding */ runPipelineCli)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61248);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83949);
/* harmony import */ var _pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);



/**
 * `ml-actions pipeline`: the root action's steps from the same config, off GitHub (CircleCI,
 * GitLab CI, a shell). The combined comment goes to the GitHub pull request the run builds when a
 * token is given; without one the Deployment is left out, as there is nowhere to record it.
 */
function runPipelineCli(argv, io) {
    return (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(_definition_js__WEBPACK_IMPORTED_MODULE_0__.pipeline, (0,_pipeline_body_js__WEBPACK_IMPORTED_MODULE_1__/* .commentingPipelineBody */ .AD)('cli'), argv, { io });
}


/***/ }),

/***/ 2075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ commentingPipelineBody),
/* harmony export */   bG: () => (/* binding */ pipelineBody)
/* harmony export */ });
/* unused harmony export postCombinedComment */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81866);
/* harmony import */ var _run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39442);
/* harmony import */ var _step_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99648);





/** The one combined sticky comment, on the runner's pull request or the one another CI builds. */
const postCombinedComment = async (markdown, inputs, context) => {
    const result = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .commentOnPullRequest */ .r)({
        action: 'ml-actions',
        markdown,
        mode: inputs.comment,
        env: context.env,
        cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, inputs.workingDirectory),
        logger: context.log,
        readFile: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'),
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {}),
        ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
    });
    return {
        status: result.action,
        ...(result.commentId !== undefined ? { id: result.commentId } : {}),
        ...(result.url ? { url: result.url } : {})
    };
};
/** Every step from the catalog and one combined sticky comment, on the runner or the command line. */
function commentingPipelineBody(runtime) {
    return (0,_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .createPipelineBody */ .j)({
        catalog: (0,_step_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineCatalog */ .Y)(runtime),
        wiring: _step_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINE_WIRING */ .y,
        comment: postCombinedComment
    });
}
/** The root action's body. */
const pipelineBody = commentingPipelineBody('runner');


/***/ })

};
;