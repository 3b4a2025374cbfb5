"use strict";
exports.id = 5982;
exports.ids = [5982];
exports.modules = {

/***/ 45606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _e: () => (/* binding */ writeStderr),
/* harmony export */   jQ: () => (/* binding */ writeStdout)
/* harmony export */ });
/* unused harmony export descriptorWriter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Text to a descriptor with `fs.writeSync` instead of through `process.stdout`/`process.stderr`:
 * node builds those streams on first use, and for a pipe (what the runner gives a step) that loads
 * `node:net` and `node:stream`, ~3 ms of every step's start before its first line of output.
 *
 * A descriptor someone has made non-blocking (the stream itself does, once anything touches it) can
 * refuse a write with EAGAIN while the pipe is full: the rest then goes to the stream, which queues
 * it, and so does every later text while the stream still holds unwritten bytes, so the output keeps
 * its order. Once the stream has drained, writes go straight to the descriptor again.
 */
function descriptorWriter(fd, stream, write = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync) {
    let queued;
    return (text) => {
        const bytes = Buffer.from(text, 'utf8');
        if (queued && queued.writableLength > 0) {
            queued.write(bytes);
            return;
        }
        let offset = 0;
        try {
            while (offset < bytes.length)
                offset += write(fd, bytes, offset);
        }
        catch (thrown) {
            if (thrown.code !== 'EAGAIN')
                throw thrown;
            queued = stream();
            queued.write(bytes.subarray(offset));
        }
    };
}
const writeStdout = descriptorWriter(1, () => process.stdout);
const writeStderr = descriptorWriter(2, () => process.stderr);


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

/***/ 45982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

// EXTERNAL MODULE: ./packages/action-kit/src/process-io.ts
var process_io = __webpack_require__(13473);
;// CONCATENATED MODULE: ./src/cli/action-commands.ts
// Each command loads its action, through the action's entry point (actions/<name>/src/index.ts), when
// it runs: `--help` and one command never pay for the others.
const actionCommands = [
    {
        name: 'pipeline',
        summary: 'The root action off GitHub: train, compare, verify, gate from .github/ml-actions.yml, one PR comment',
        usage: 'ml-actions pipeline [--config .github/ml-actions.yml] [--steps train,compare] [--working-directory DIR] [--output-file F] [--github-token T (or GITHUB_TOKEN) --pr-number N] [--comment upsert|off]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 3949).then(__webpack_require__.bind(__webpack_require__, 83949))).pipeline,
            examples: [
                'ml-actions pipeline --config .github/ml-actions.yml',
                'ml-actions pipeline --steps train,compare,verify --pr-number 12   # GITHUB_TOKEN set: comments',
                'ml-actions pipeline --working-directory ml-actions-demo --config ml-actions.yml'
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(1596), __webpack_require__.e(4031), __webpack_require__.e(5265)]).then(__webpack_require__.bind(__webpack_require__, 2980))).runPipelineCli(argv, io)
    },
    {
        name: 'json-to-md',
        summary: 'Render JSON/YAML/TOML/CSV results as markdown tables',
        usage: 'ml-actions json-to-md <files or globs…> [--title T] [--precision N] [--include GLOB] [--exclude GLOB] [--output-file F] [--comment upsert --pr-number N --github-token T]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 6380).then(__webpack_require__.bind(__webpack_require__, 16380))).definition,
            positional: 'files',
            examples: [
                'ml-actions json-to-md results/*.json --title Evaluation --precision 3',
                'ml-actions json-to-md results/*.json --output-file results.md',
                'ml-actions json-to-md results/*.json --pr-number 12 --github-token "$GITHUB_TOKEN"'
            ]
        }),
        run: async (argv, io) => (await __webpack_require__.e(/* import() */ 6380).then(__webpack_require__.bind(__webpack_require__, 16380))).runCommand(argv, io)
    },
    {
        name: 'compare-metrics',
        summary: 'Compare candidate metrics with a baseline under rules and statistics; exit 1 on a regression',
        usage: 'ml-actions compare-metrics --candidate GLOB [--baseline GLOB | --model NAME --registry URI] [--rules FILE] [--candidate-predictions F --baseline-predictions F] [--fail-on regression|inconclusive|never] [--comment upsert --pr-number N --github-token T]',
        help: async () => ({
            definition: (await Promise.all(/* import() */[__webpack_require__.e(1596), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 80223))).definition,
            positional: 'candidate',
            examples: [
                'ml-actions compare-metrics new.json --baseline old.json --rules rules.yml',
                'ml-actions compare-metrics results/metrics.json --model-name digits --registry s3://bucket/models',
                'ml-actions compare-metrics new.json --baseline old.json --pr-number 12   # GITHUB_TOKEN set: comments'
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(1596), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 80223))).runCommand(argv, io)
    },
    {
        name: 'train-evaluate',
        summary: 'Run a training command, read its metrics, register the model with lineage',
        usage: 'ml-actions train-evaluate --run CMD [--metrics GLOB] [--predictions FILE] [--model PATH --model-name NAME] [--registry URI] [--timeout-minutes N]',
        help: async () => ({
            definition: (await __webpack_require__.e(/* import() */ 5604).then(__webpack_require__.bind(__webpack_require__, 65604))).definition,
            examples: [
                "ml-actions train-evaluate --run 'python train.py' --metrics results/metrics.json",
                "ml-actions train-evaluate --run 'python train.py' --model results/model.onnx --model-name digits --parent digits@production"
            ]
        }),
        run: async (argv, io) => (await __webpack_require__.e(/* import() */ 5604).then(__webpack_require__.bind(__webpack_require__, 65604))).runCommand(argv, io)
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
            definition: (await __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 70644))).definition,
            positional: 'model',
            examples: [
                'ml-actions onnx-export-verify model.onnx --reference-inputs in.npy --reference-outputs out.npy',
                'ml-actions onnx-export-verify model.onnx --baseline-ref digits@production --max-p95-ms 20'
            ]
        }),
        run: async (argv, io) => (await __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 70644))).runCommand(argv, io)
    },
    {
        name: 'deploy-gate',
        summary: 'Judge reports with a policy, promote or roll back a registry alias atomically',
        usage: 'ml-actions deploy-gate --model NAME --candidate N --reports GLOB --policy FILE [--alias A] [--registry URI] [--dry-run] [--mode rollback [--rollback-to N]]',
        help: async () => ({
            definition: (await Promise.all(/* import() */[__webpack_require__.e(1596), __webpack_require__.e(2521)]).then(__webpack_require__.bind(__webpack_require__, 2521))).definition,
            examples: [
                'ml-actions deploy-gate --model-name digits --candidate 7 --reports reports/*.json --policy policy.yml',
                'ml-actions deploy-gate --model-name digits --mode rollback --alias production'
            ]
        }),
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(1596), __webpack_require__.e(2521)]).then(__webpack_require__.bind(__webpack_require__, 2521))).runCommand(argv, io)
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
        usage: 'ml-actions demo [--dir DIR] [--python PATH] [--keep-serving]',
        run: async (argv, io) => (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(1596), __webpack_require__.e(4031), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 90839))).runDemo(argv, io)
    }
];
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
async function main(argv, io = process_io/* processIo */.W) {
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
    const { renderCommandHelp } = await __webpack_require__.e(/* import() */ 1871).then(__webpack_require__.bind(__webpack_require__, 11871));
    return renderCommandHelp(command.name, command.summary, help);
}


/***/ })

};
;