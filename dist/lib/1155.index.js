"use strict";
exports.id = 1155;
exports.ids = [1155];
exports.modules = {

/***/ 71155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DEMO_DIRECTORY: () => (/* binding */ DEFAULT_DEMO_DIRECTORY),
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15352);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37638);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _pipeline_definition_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83949);
/* harmony import */ var _pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39442);
/* harmony import */ var _pipeline_step_catalog_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99648);












/** Left in a demo folder so a later run knows it may wipe it. */
const DEMO_MARKER = '.ml-actions-demo';
const DEFAULT_DEMO_DIRECTORY = 'ml-actions-demo';
/** The two runs the demo plays: the first model on main, then a pull request's candidate. */
const RUNS = [
    {
        label: 'baseline: the first model, on main',
        alpha: '1e-3',
        ref: 'refs/heads/main',
        event: 'push'
    },
    {
        label: 'candidate: a pull request that retunes alpha',
        alpha: '1e-4',
        ref: 'refs/pull/7/merge',
        event: 'push'
    }
];
/**
 * `ml-actions demo`: the whole pipeline on the example project with the embedded default registry
 * (a local directory): trains a real classifier on scikit-learn's digits, registers and promotes a
 * baseline, then trains a candidate, compares it, exports and verifies the ONNX model, gates and
 * promotes it. Prints the candidate's PR comment and writes it to pr-comment.md.
 */
async function runDemo(argv, io) {
    const log = (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_9__/* .cliLogger */ .$v)(io, io.env.ML_ACTIONS_DEBUG === '1');
    try {
        const options = demoOptions(argv, io);
        checkPython(options.python);
        await prepareDirectory(options);
        log.info(`Demo workspace: ${options.directory}`);
        let markdown = '';
        for (const [index, run] of RUNS.entries()) {
            log.info(`\n=== Run ${index + 1}/${RUNS.length}, ${run.label}`);
            const outcome = await runPipeline(options, run, io);
            markdown = outcome.markdown;
            if (outcome.failure) {
                io.stdout(markdown);
                log.error(`The ${run.label.split(':')[0]} run failed: ${outcome.failure}`);
                return 1;
            }
            log.info(`=== ${outcome.summary}`);
        }
        const commentFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.directory, 'pr-comment.md');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)(commentFile, markdown);
        io.stdout(`${markdown}\n`);
        log.info(`\nThe pull-request comment above is in ${commentFile}`);
        log.info(`The registry is in ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.directory, '.ml-registry')}; try:`);
        log.info(`  node bin/ml-actions.js registry history digits-classifier production --registry ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.directory, '.ml-registry')}`);
        return 0;
    }
    catch (error) {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j) {
            log.error(error.message);
            return 2;
        }
        log.error(`demo failed unexpectedly: ${error.stack ?? String(error)}`);
        return 3;
    }
}
function demoOptions(argv, io) {
    let directory = DEFAULT_DEMO_DIRECTORY;
    let python = io.env.PYTHON || ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
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
        else {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j(`demo: unknown argument "${arg}" (usage: ml-actions demo [--dir DIR] [--python PATH])`);
        }
    }
    const examples = findExampleProject();
    return {
        directory: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(io.cwd, directory),
        python,
        examples,
        toolCache: io.env.RUNNER_TOOL_CACHE ||
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(examples, '..', '..', '..', 'node_modules', '.cache', 'ml-actions-tool-cache')
    };
}
/**
 * docs/examples/classifier of the checkout this code runs from (src/cli or dist/cli). Searched at
 * run time, so the bundler leaves the project in the repository instead of copying it as assets.
 */
function findExampleProject() {
    let directory = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (let depth = 0; depth < 4; depth++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(directory, 'docs', 'examples', 'classifier');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(candidate, 'ml-actions.yml')))
            return candidate;
        directory = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(directory);
    }
    throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j('demo: docs/examples/classifier was not found next to this ml-actions');
}
function checkPython(python) {
    const probe = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(python, ['-c', 'import numpy, sklearn, onnx'], { encoding: 'utf8' });
    if (probe.status !== 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j(`demo: ${python} cannot import numpy, scikit-learn and onnx. Install them with ` +
            '`bash scripts/install-python-deps.sh` (Debian) or pass --python PATH.');
    }
}
async function prepareDirectory(options) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(options.directory)) {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(options.directory);
        if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j(`demo: ${options.directory} exists and is not a demo folder; pass --dir to choose another`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(options.directory, { recursive: true, force: true });
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(options.directory, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.cp)(options.examples, options.directory, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.directory, DEMO_MARKER), 'made by ml-actions demo; safe to delete\n');
}
async function runPipeline(options, run, io) {
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha1').update(`ml-actions demo ${run.label}`).digest('hex');
    const env = {
        PATH: io.env.PATH,
        HOME: io.env.HOME,
        PYTHON: options.python,
        MODEL_ALPHA: run.alpha,
        GITHUB_SHA: sha,
        GITHUB_REF: run.ref,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_REPOSITORY: 'example/digits',
        GITHUB_WORKFLOW: 'demo',
        GITHUB_ACTOR: 'ml-actions-demo',
        RUNNER_TEMP: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.directory, '.runner-temp'),
        // Kept across demo runs, as a runner's tool cache is: onnxruntime is installed once.
        RUNNER_TOOL_CACHE: options.toolCache,
        ...(io.env.NPM_CONFIG_REGISTRY ? { NPM_CONFIG_REGISTRY: io.env.NPM_CONFIG_REGISTRY } : {}),
        ...(io.env.npm_config_registry ? { npm_config_registry: io.env.npm_config_registry } : {})
    };
    const context = {
        log: (0,_ml_actions_action_kit_cli__WEBPACK_IMPORTED_MODULE_9__/* .cliLogger */ .$v)(io, io.env.ML_ACTIONS_DEBUG === '1'),
        env,
        cwd: options.directory,
        cli: true
    };
    const body = (0,_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_7__/* .createPipelineBody */ .j)({ catalog: (0,_pipeline_step_catalog_js__WEBPACK_IMPORTED_MODULE_8__/* .pipelineCatalog */ .Y)('cli'), wiring: _pipeline_step_catalog_js__WEBPACK_IMPORTED_MODULE_8__/* .PIPELINE_WIRING */ .y });
    const inputs = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_11__/* .readInputs */ .Ko)(_pipeline_definition_js__WEBPACK_IMPORTED_MODULE_6__.pipeline.inputs, (name) => ({ config: 'ml-actions.yml' })[name]);
    const outcome = await body(inputs, context);
    const version = outcome.outputs['model-version'];
    const decision = outcome.outputs.decision;
    return {
        markdown: outcome.report ?? '',
        ...(outcome.failure ? { failure: outcome.failure } : {}),
        summary: `pipeline ${outcome.outputs.result}${version ? `, model version ${version}` : ''}${decision ? `, gate: ${decision}` : ''}`
    };
}


/***/ })

};
;