"use strict";
exports.id = 5982;
exports.ids = [5982];
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
    string(opts = {}) {
        return withDefault('string', opts, (text) => text);
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
    list(opts = {}) {
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

/***/ 15352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JA: () => (/* binding */ CLI_ENVIRONMENT_INPUTS),
  $v: () => (/* binding */ cliLogger),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: parseCliArguments, withEnvironmentInputs

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
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
;// CONCATENATED MODULE: ./packages/action-kit/src/run-cli.ts




const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
};
function cliLogger(io, verbose = false) {
    return {
        info: (m) => io.stderr(`${m}\n`),
        warning: (m) => io.stderr(`warning: ${m}\n`),
        error: (m) => io.stderr(`error: ${m}\n`),
        debug: (m) => (verbose ? io.stderr(`debug: ${m}\n`) : undefined),
        untrusted: (t) => io.stderr(t.endsWith('\n') ? t : `${t}\n`)
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
    const io = options.io ?? processIo;
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

/***/ 45982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

// EXTERNAL MODULE: ./packages/action-kit/src/run-cli.ts + 1 modules
var run_cli = __webpack_require__(15352);
;// CONCATENATED MODULE: ./src/cli/action-commands.ts

// Each command loads its action when it runs: `--help` and one command never pay for the others.
const actionCommands = [
    {
        name: 'pipeline',
        summary: 'The root action off GitHub: train, compare, verify, gate from .github/ml-actions.yml, one PR comment',
        usage: 'ml-actions pipeline [--config .github/ml-actions.yml] [--steps train,compare] [--working-directory DIR] [--output-file F] [--github-token T (or GITHUB_TOKEN) --pr-number N] [--comment upsert|off]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 3949).then(__webpack_require__.bind(__webpack_require__, 83949))).pipeline,
            actionFile: 'action.yml',
            examples: [
                'ml-actions pipeline --config .github/ml-actions.yml',
                'ml-actions pipeline --steps train,compare,verify --pr-number 12   # GITHUB_TOKEN set: comments',
                'ml-actions pipeline --working-directory ml-actions-demo --config ml-actions.yml'
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(6440), __webpack_require__.e(4031), __webpack_require__.e(2980)]).then(__webpack_require__.bind(__webpack_require__, 2980))).runPipelineCli(argv, io)
    },
    {
        name: 'json-to-md',
        summary: 'Render JSON/YAML/TOML/CSV results as markdown tables',
        usage: 'ml-actions json-to-md <files or globs…> [--title T] [--precision N] [--include GLOB] [--exclude GLOB] [--output-file F] [--comment upsert --pr-number N --github-token T]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 4523).then(__webpack_require__.bind(__webpack_require__, 54523))).jsonToMd,
            actionFile: 'actions/json-to-md/action.yml',
            positional: 'files',
            examples: [
                'ml-actions json-to-md results/*.json --title Evaluation --precision 3',
                'ml-actions json-to-md results/*.json --output-file results.md',
                'ml-actions json-to-md results/*.json --pr-number 12 --github-token "$GITHUB_TOKEN"'
            ]
        }),
        run: async (argv, io) => {
            const [{ jsonToMd }, { createRenderResults }] = await Promise.all([
                __webpack_require__.e(/* import() */ 4523).then(__webpack_require__.bind(__webpack_require__, 54523)),
                Promise.all(/* import() */[__webpack_require__.e(8016), __webpack_require__.e(6440), __webpack_require__.e(6908), __webpack_require__.e(2598), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 92598))
            ]);
            const { commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(7305)]).then(__webpack_require__.bind(__webpack_require__, 57305));
            const body = createRenderResults({ comment: commentOnPullRequest });
            return (0,run_cli/* runCli */.ak)(jsonToMd, body, argv, { positional: 'files', io, showOutputs: false });
        }
    },
    {
        name: 'compare-metrics',
        summary: 'Compare candidate metrics with a baseline under rules and statistics; exit 1 on a regression',
        usage: 'ml-actions compare-metrics --candidate GLOB [--baseline GLOB | --model NAME --registry URI] [--rules FILE] [--candidate-predictions F --baseline-predictions F] [--fail-on regression|inconclusive|never] [--comment upsert --pr-number N --github-token T]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 1130).then(__webpack_require__.bind(__webpack_require__, 21130)))
                .compareMetricsAction,
            actionFile: 'actions/compare-metrics/action.yml',
            positional: 'candidate',
            examples: [
                'ml-actions compare-metrics new.json --baseline old.json --rules rules.yml',
                'ml-actions compare-metrics results/metrics.json --model-name digits --registry s3://bucket/models',
                'ml-actions compare-metrics new.json --baseline old.json --pr-number 12   # GITHUB_TOKEN set: comments'
            ]
        }),
        run: async (argv, io) => {
            const [{ compareMetricsAction }, { compareMetricsBody }] = await Promise.all([
                __webpack_require__.e(/* import() */ 1130).then(__webpack_require__.bind(__webpack_require__, 21130)),
                Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(6440), __webpack_require__.e(6908), __webpack_require__.e(3282), __webpack_require__.e(7519), __webpack_require__.e(5374)]).then(__webpack_require__.bind(__webpack_require__, 17519))
            ]);
            return (0,run_cli/* runCli */.ak)(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io });
        }
    },
    {
        name: 'train-evaluate',
        summary: 'Run a training command, read its metrics, register the model with lineage',
        usage: 'ml-actions train-evaluate --run CMD [--metrics GLOB] [--predictions FILE] [--model PATH --model-name NAME] [--registry URI] [--timeout-minutes N]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 1043).then(__webpack_require__.bind(__webpack_require__, 31043))).trainEvaluate,
            actionFile: 'actions/train-evaluate/action.yml',
            examples: [
                "ml-actions train-evaluate --run 'python train.py' --metrics results/metrics.json",
                "ml-actions train-evaluate --run 'python train.py' --model results/model.onnx --model-name digits --parent digits@production"
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(6440), __webpack_require__.e(6908), __webpack_require__.e(3282), __webpack_require__.e(3713), __webpack_require__.e(612)]).then(__webpack_require__.bind(__webpack_require__, 3570))).runTrainEvaluateCli(argv, io)
    },
    {
        name: 'registry',
        summary: 'Model registry: list, show, resolve, download, promote, rollback, history, verify, gc',
        usage: 'ml-actions registry <list|show|resolve|download|promote|rollback|history|verify|gc> [--registry URI] (see ml-actions registry help)',
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(6375)]).then(__webpack_require__.bind(__webpack_require__, 16375))).runRegistryCli([...argv], io)
    },
    {
        name: 'onnx-export-verify',
        summary: 'Verify an ONNX export: structure, loadability, contract, parity, latency and size',
        usage: 'ml-actions onnx-export-verify --model F [--reference-inputs F --reference-outputs F | --reference-data DIR] [--atol "1e-5 out:1e-4"] [--baseline-model F | --baseline-ref NAME@ALIAS] [--max-p95-ms N] [--onnxruntime-path DIR]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 4419).then(__webpack_require__.bind(__webpack_require__, 94419)))
                .onnxExportVerify,
            actionFile: 'actions/onnx-export-verify/action.yml',
            positional: 'model',
            examples: [
                'ml-actions onnx-export-verify model.onnx --reference-inputs in.npy --reference-outputs out.npy',
                'ml-actions onnx-export-verify model.onnx --baseline-ref digits@production --max-p95-ms 20'
            ]
        }),
        run: async (argv, io) => {
            const [{ onnxExportVerify }, { verifyExport }] = await Promise.all([
                __webpack_require__.e(/* import() */ 4419).then(__webpack_require__.bind(__webpack_require__, 94419)),
                Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(6440), __webpack_require__.e(1689), __webpack_require__.e(4303)]).then(__webpack_require__.bind(__webpack_require__, 71689))
            ]);
            return (0,run_cli/* runCli */.ak)(onnxExportVerify, verifyExport, argv, { positional: 'model', io });
        }
    },
    {
        name: 'deploy-gate',
        summary: 'Judge reports with a policy, promote or roll back a registry alias atomically',
        usage: 'ml-actions deploy-gate --model NAME --candidate N --reports GLOB --policy FILE [--alias A] [--registry URI] [--dry-run] [--mode rollback [--rollback-to N]]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 4956).then(__webpack_require__.bind(__webpack_require__, 54956))).deployGate,
            actionFile: 'actions/deploy-gate/action.yml',
            examples: [
                'ml-actions deploy-gate --model-name digits --candidate 7 --reports reports/*.json --policy policy.yml',
                'ml-actions deploy-gate --model-name digits --mode rollback --alias production'
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(1866), __webpack_require__.e(6440), __webpack_require__.e(5040), __webpack_require__.e(9589), __webpack_require__.e(8170)]).then(__webpack_require__.bind(__webpack_require__, 74247))).runDeployGateCli(argv, io)
    }
];

;// CONCATENATED MODULE: ./src/cli/main.ts

const commands = [
    ...actionCommands,
    {
        name: 'serve',
        summary: 'Serve an ONNX model from the registry or a directory over HTTP on loopback',
        usage: 'ml-actions serve <name@alias | name/N | directory> [--registry URI] [--port N] [--ready-file F] (see ml-actions serve --help)',
        run: async (argv, io) => (await __webpack_require__.e(/* import() */ 1636).then(__webpack_require__.bind(__webpack_require__, 61636))).runServe(argv, io)
    },
    {
        name: 'demo',
        summary: 'The whole pipeline on the example project, locally (local registry, no cloud)',
        usage: 'ml-actions demo [--dir DIR] [--python PATH]',
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(6440), __webpack_require__.e(4031), __webpack_require__.e(1155)]).then(__webpack_require__.bind(__webpack_require__, 71155))).runDemo(argv, io)
    }
];
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
};
function usage() {
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
        'ml-actions: the ml-actions GitHub Actions as a command line, for local runs and other CI systems.',
        '',
        'Usage: ml-actions <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Options of a command are its action inputs: --<input-name> <value>. Run `ml-actions <command> --help`.'
    ].join('\n');
}
async function main(argv, io = processIo) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(`${usage()}\n`);
        return name ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        io.stderr(`Unknown command "${name}".\n\n${usage()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(command.help ? await commandHelp(command, command.help) : `${command.usage}\n`);
        return 0;
    }
    return command.run(rest, io);
}
async function commandHelp(command, load) {
    const help = await load();
    const { actionInputDescriptions } = await __webpack_require__.e(/* import() */ 7564).then(__webpack_require__.bind(__webpack_require__, 17564));
    const { renderCommandHelp } = await __webpack_require__.e(/* import() */ 1871).then(__webpack_require__.bind(__webpack_require__, 11871));
    const descriptions = await actionInputDescriptions(help.actionFile);
    return renderCommandHelp(command.name, command.summary, help, descriptions);
}


/***/ })

};
;