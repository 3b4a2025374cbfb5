"use strict";
exports.id = 1636;
exports.ids = [1636];
exports.modules = {

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

/***/ 61636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVE_USAGE: () => (/* binding */ SERVE_USAGE),
/* harmony export */   parseServeArguments: () => (/* binding */ parseServeArguments),
/* harmony export */   runServe: () => (/* binding */ runServe)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);






const SERVE_USAGE = `Usage: ml-actions serve <ref | directory> [options]

Serves an ONNX model over HTTP on loopback with onnxruntime: POST /predict, GET /healthz.

  <ref>                     name@alias, name/<n> or name@latest in --registry (downloaded, verified)
  <directory>               a directory from \`registry download\` (its manifest.json names the version)
  --registry <uri>          directory, file:///path, s3:// or gs://bucket/prefix (default .ml-registry)
  --endpoint <url>          S3-compatible endpoint; --region <r>
  --model-file <path>       the .onnx file inside the version (default: its only .onnx file)
  --host <address>          127.0.0.1 (default), ::1 or localhost: loopback only
  --port <n>                default 8080; 0 picks a free port
  --ready-file <path>       written with {"url", "pid", "model", "version"} once the server listens
  --onnxruntime-path <dir>  onnxruntime-node to load (default: the tool cache, installed on first use)

Stops cleanly on SIGTERM or SIGINT.`;
const OPTIONS = {
    registry: { type: 'string' },
    endpoint: { type: 'string' },
    region: { type: 'string' },
    'model-file': { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'ready-file': { type: 'string' },
    'onnxruntime-path': { type: 'string' }
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
function parseServeArguments(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: true
    });
    if (positionals.length !== 1) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`serve takes one <ref | directory>\n${SERVE_USAGE}`, 'serve');
    }
    const host = values.host ?? '127.0.0.1';
    if (!LOOPBACK.has(host)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`--host ${host} is not a loopback address: serve answers only on this machine (127.0.0.1, ::1, localhost)`, 'host');
    }
    const port = Number(values.port ?? '8080');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`--port must be 0..65535, got "${values.port}"`, 'port');
    }
    return {
        source: positionals[0],
        ...(values.registry ? { registry: values.registry } : {}),
        ...(values.endpoint ? { endpoint: values.endpoint } : {}),
        ...(values.region ? { region: values.region } : {}),
        ...(values['model-file'] ? { modelFile: values['model-file'] } : {}),
        host,
        port,
        ...(values['ready-file'] ? { readyFile: values['ready-file'] } : {}),
        ...(values['onnxruntime-path'] ? { onnxruntimePath: values['onnxruntime-path'] } : {})
    };
}
/** `ml-actions serve`: resolves when the server has stopped (a signal), with the exit code. */
async function runServe(argv, io) {
    let cleanup;
    try {
        const options = parseServeArguments(argv);
        const located = await locateModel(options, io);
        cleanup = located.cleanup;
        const model = await loadServedModel(located, options, io);
        const { createModelServer } = await __webpack_require__.e(/* import() */ 6241).then(__webpack_require__.bind(__webpack_require__, 86241));
        const server = createModelServer(model);
        await new Promise((resolveListen, reject) => {
            server.once('error', reject);
            server.listen(options.port, options.host, () => resolveListen());
        });
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : options.port;
        const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
        if (options.readyFile) {
            const ready = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, options.readyFile);
            const temp = `${ready}.${process.pid}.partial`;
            const facts = { url, pid: process.pid, model: model.name, version: model.version };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(facts)}\n`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, ready);
        }
        io.stdout(`serving ${model.name} version ${model.version} on ${url} (POST /predict, GET /healthz)\n`);
        await new Promise((stopped) => {
            const stop = (signal) => {
                io.stdout(`${signal}: stopping\n`);
                process.off('SIGTERM', stop);
                process.off('SIGINT', stop);
                server.close(() => stopped());
                server.closeIdleConnections();
                // Requests in flight finish; a client that keeps a connection open does not hold the exit.
                setTimeout(() => server.closeAllConnections(), 2_000).unref();
            };
            process.on('SIGTERM', stop);
            process.on('SIGINT', stop);
        });
        await located.release?.();
        return 0;
    }
    catch (error) {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j || isParseArgsError(error)) {
            io.stderr(`error: ${error.message}\n`);
            return 2;
        }
        io.stderr(`error: ${error.stack ?? String(error)}\n`);
        return 1;
    }
    finally {
        await cleanup?.();
    }
}
/** A directory is served in place; a registry reference is downloaded (verified) to a temp folder first. */
async function locateModel(options, io) {
    const asPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, options.source);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(asPath) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(asPath).isDirectory()) {
        const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(asPath, 'manifest.json');
        const manifest = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestPath)
            ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifestPath, 'utf8'))
            : undefined;
        return {
            name: manifest?.name ?? headerSafe((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(asPath)),
            version: manifest ? String(manifest.version) : 'unversioned',
            modelPath: modelFileIn(asPath, manifest, options.modelFile)
        };
    }
    const { ModelRegistry } = await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(8756)]).then(__webpack_require__.bind(__webpack_require__, 16375));
    const registry = ModelRegistry.open(options.registry ?? '.ml-registry', {
        cwd: io.cwd,
        s3: {
            ...(options.endpoint ? { endpoint: options.endpoint } : {}),
            ...(options.region ? { region: options.region } : {})
        }
    });
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ml-actions-serve-'));
    const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(directory, { recursive: true, force: true });
    try {
        const { manifest } = await registry.checkout(options.source, directory);
        return {
            name: manifest.name,
            version: String(manifest.version),
            modelPath: modelFileIn(directory, manifest, options.modelFile),
            cleanup
        };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}
function modelFileIn(directory, manifest, chosen) {
    if (chosen) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(directory, chosen);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`--model-file ${chosen} is not in ${directory}`, 'model-file');
        }
        return path;
    }
    const candidates = manifest
        ? manifest.files.map((file) => file.path).filter((path) => path.endsWith('.onnx'))
        : [];
    if (candidates.length !== 1) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(candidates.length === 0
            ? `${directory} has no .onnx file in its manifest; name one with --model-file`
            : `${directory} has several .onnx files (${candidates.join(', ')}); choose one with --model-file`, 'model-file');
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, ...candidates[0].split('/'));
}
async function loadServedModel(located, options, io) {
    const { loadOnnxRuntime, createSession, runSession } = await __webpack_require__.e(/* import() */ 9173).then(__webpack_require__.bind(__webpack_require__, 59173));
    const { ort } = await loadOnnxRuntime({
        ...(options.onnxruntimePath ? { path: options.onnxruntimePath } : {}),
        ...(io.env.RUNNER_TOOL_CACHE ? { toolCache: io.env.RUNNER_TOOL_CACHE } : {})
    });
    const load = await createSession(ort, located.modelPath);
    if (!load.ok) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`${located.modelPath} does not load in onnxruntime: ${load.error.message}`, 'model-file');
    }
    const { session } = load;
    located.release = () => session.release();
    const inputs = session.inputMetadata.map((meta) => {
        if (!meta.isTensor) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`input "${meta.name}" of ${located.modelPath} is not a tensor; serve takes tensor inputs only`, 'model-file');
        }
        return { name: meta.name, type: meta.type, shape: [...meta.shape] };
    });
    return {
        name: located.name,
        version: located.version,
        inputs,
        outputs: [...session.outputNames],
        predict: (feeds) => runSession(ort, session, feeds)
    };
}
/** Response headers carry the name: keep it to printable ASCII. */
function headerSafe(name) {
    return /^[\x20-\x7e]+$/.test(name) ? name : encodeURIComponent(name);
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}


/***/ })

};
;