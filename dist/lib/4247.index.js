"use strict";
exports.id = 4247;
exports.ids = [4247];
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

/***/ 74247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDeployGateCli: () => (/* binding */ runDeployGateCli)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61248);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54956);
/* harmony import */ var _deploy_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14953);



/**
 * `ml-actions deploy-gate`: the action's body. Outside a runner there is often no token, so a
 * GitHub Deployment is only attempted when asked for (--create-deployment) or a token is given
 * (--github-token, or GITHUB_TOKEN / GH_TOKEN in the environment).
 */
function runDeployGateCli(argv, io) {
    const mentions = (flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
    const tokenInEnvironment = (_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__/* .CLI_ENVIRONMENT_INPUTS */ .JA['github-token'] ?? []).some((variable) => io.env[variable]);
    const deploymentChosen = mentions('--create-deployment') ||
        mentions('--no-create-deployment') ||
        mentions('--github-token') ||
        tokenInEnvironment;
    return (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .deployGate */ .Hl, _deploy_gate_js__WEBPACK_IMPORTED_MODULE_1__.runDeployGate, deploymentChosen ? argv : ['--no-create-deployment', ...argv], { io });
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

/***/ 13473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
/* harmony import */ var _descriptor_writer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45606);

/**
 * The CLI's own process: its streams, environment and directory. A module of its own, so that the
 * command dispatcher takes it without loading the action adapter at start. Text goes to the
 * descriptors (descriptor-writer.ts), and whether stderr is a terminal is asked when a logger wants
 * to know: `process.stderr.isTTY` builds the stream, which `--help` or a usage error never needs.
 */
const processIo = {
    stdout: _descriptor_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .writeStdout */ .jQ,
    stderr: _descriptor_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .writeStderr */ ._e,
    env: process.env,
    cwd: process.cwd(),
    get terminal() {
        return process.stderr.isTTY === true;
    }
};


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


/***/ })

};
;