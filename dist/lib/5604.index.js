"use strict";
exports.id = 5604;
exports.ids = [5604];
exports.modules = {

/***/ 31043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

const trainEvaluate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'train-evaluate',
    description: 'Run a training/evaluation command (bash, strict mode), read its metrics, cache its data, and register the model with metrics and lineage in a serverless registry (directory or S3).',
    branding: { icon: 'cpu', color: 'blue' },
    inputs: {
        run: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The command, run as bash -e -o pipefail -c <run> in working-directory. Pass untrusted values through env:, never ${{ }} inside it. Required unless merge-shards is set.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Folder the command runs in; relative paths of the other inputs start here.',
            default: '.'
        }),
        metrics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Metrics files or globs the command wrote (JSON, YAML, TOML, CSV, DVC, MLflow run folder, Hugging Face, scikit-learn, Made-With-ML shapes), one per line.'
        }),
        predictions: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Per-sample evaluation predictions, one file or a glob matching one (CSV/TSV/JSONL with label and prediction columns): counted into a confusion matrix (counts.* metrics, what shard merging sums) and registered with the version (sha256 in the manifest), so compare-metrics against it has paired statistics.'
        }),
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Model files, folders or globs to register, one per line. Needs model-name.'
        }),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Registry model name (letters, digits, ".", "_", "-"). Empty: nothing is registered.'
        }),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Alias to move to the new version after registering (e.g. candidate), as a compare-and-swap. Empty: no alias move.'
        }),
        parent: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The registry version this model started from (a retrain, a fine-tune): name@alias, name/<version> or name (latest). Resolved to name/<version> before the command runs and recorded in the lineage as parents.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)(),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .aliasMoveInputs */ .Zj)(),
        'cache-paths': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Data folders or files to restore before and save after the command with the GitHub Actions cache. Empty: no data cache.'
        }),
        'cache-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Cache key. Empty: content-addressed, ml-data-<os>-<paths>-<digest of the data manifest>; the newest copy is restored and a new one saved only when the data changed.'
        }),
        'timeout-minutes': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Kill the command and every process it started after this many minutes (the step exits 124). 0: no limit beyond the job timeout.',
            default: '0',
            min: 0
        }),
        'shard-index': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: "This job's shard of the evaluation set, from 0; given to the command as ML_ACTIONS_SHARD_INDEX.",
            default: '0',
            integer: true,
            min: 0
        }),
        'shard-count': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Number of shards (matrix jobs); given to the command as ML_ACTIONS_SHARD_COUNT. With more than one, shard jobs register nothing and a merge step does.',
            default: '1',
            integer: true,
            min: 1,
            max: 256
        }),
        'merge-shards': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Shard reports (files or globs) to merge: confusion counts are summed and the metrics recomputed, never averaged. Replaces run.'
        }),
        datasets: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Dataset lineage, one per line: name=sha256:<hex> (a digest you computed) or name=<path> (hashed now).'
        }),
        frameworks: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Framework versions for lineage, one per line: name=version (torch=2.5.1).'
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: train-evaluate-report.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('report-path')
    },
    outputs: {
        'metrics-path': 'JSON file with the metrics read and counted (flat names, groups as nested rows).',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind train-evaluate).',
        'model-version': 'Registered version number; empty when nothing was registered.',
        'model-uri': "URI of the registered version's manifest.",
        'manifest-sha256': 'sha256 of the registered manifest (the report subject digest).',
        'duration-seconds': 'Wall time of the command in seconds.',
        'cache-hit': 'true when the data cache restored exactly the files the command then used.',
        'exit-code': 'Exit code of the command (124 on timeout).'
    }
});


/***/ }),

/***/ 65604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.o),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31043);
/**
 * The train-evaluate action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions train-evaluate` command, both behind a dynamic import.
 */

/** The data cache is the runner's cache service; the command line has none. */
async function loadPipelineBody(runtime) {
    const [{ createTrainEvaluate }, { execCommandRunner }, dataCache] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(2509)]).then(__webpack_require__.bind(__webpack_require__, 53713)),
        __webpack_require__.e(/* import() */ 5795).then(__webpack_require__.bind(__webpack_require__, 25795)),
        runtime === 'runner'
            ? __webpack_require__.e(/* import() */ 6875).then(__webpack_require__.bind(__webpack_require__, 96875)).then((module) => module.actionsDataCache)
            : __webpack_require__.e(/* import() */ 1349).then(__webpack_require__.bind(__webpack_require__, 31349)).then((module) => module.noDataCache)
    ]);
    return createTrainEvaluate({ runCommand: execCommandRunner, dataCache });
}
async function runCommand(argv, io) {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(2509), __webpack_require__.e(3570)]).then(__webpack_require__.bind(__webpack_require__, 3570))).runTrainEvaluateCli(argv, io);
}


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

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ registryOpenOptions),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   Zj: () => (/* binding */ aliasMoveInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony exports S3_PATH_STYLES, REGISTRY_DESCRIPTION */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
const REGISTRY_DESCRIPTION = 'Registry URI: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.';
/**
 * The inputs every action that opens the model registry declares, spelled the same everywhere;
 * `registry` says what the registry is for in this action.
 */
function registryInputs(registryDescription = REGISTRY_DESCRIPTION) {
    return {
        registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry', description: registryDescription }),
        's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'S3-compatible endpoint (MinIO, R2, Ceph). Empty: AWS (for gs:// registries, https://storage.googleapis.com). Credentials come from the standard AWS chain (env, OIDC via configure-aws-credentials, instance role).'
        }),
        's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'S3 region. Empty: AWS_REGION, else us-east-1.' }),
        's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, {
            default: 'auto',
            description: 'Path-style S3 addressing: auto (on with a custom endpoint), true or false.'
        })
    };
}
/** The input of every action that moves an alias, spelled the same everywhere. */
function aliasMoveInputs() {
    return {
        'allow-unsafe-aliases': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Move the alias even on a store whose start-up probe shows it ignores create-only preconditions (only safe when a single writer can move aliases).',
            default: 'false'
        })
    };
}
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}
/**
 * `ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))`: the registry the inputs
 * name; S3 credentials come from the standard AWS chain (env, OIDC, instance role).
 */
function registryOpenOptions(inputs, cwd) {
    return { cwd, allowUnsafeAliases: inputs.allowUnsafeAliases, s3: s3OptionsFromInputs(inputs) };
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


/***/ })

};
;