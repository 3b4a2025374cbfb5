"use strict";
exports.id = 5961;
exports.ids = [5961];
exports.modules = {

/***/ 5961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readMlflowRun: () => (/* binding */ readMlflowRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _metrics_document_builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52887);
/* harmony import */ var _metrics_json_object_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4013);
/* harmony import */ var _metrics_key_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79990);
/* harmony import */ var _metrics_numeric_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6042);
/* harmony import */ var _results_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20995);
/* harmony import */ var _text_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98506);









/**
 * Reads an MLflow file-store run directory (`mlruns/<experiment>/<run>/`). Each file under
 * `metrics/` (nested folders for names with slashes) holds lines `timestamp value [step]`; it
 * becomes series `<name>` indexed by `step` with points `{step, value}` in file order, and the
 * metric `<name>` takes the latest value the way MLflow picks it: highest step, then latest
 * timestamp. Files under `params/` become labels `params.<name>` (MLflow stores params as text).
 * `meta.yaml` and the git commit tag fill the metadata.
 */
async function readMlflowRun(directory, options = {}) {
    const metricsDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'metrics');
    if (!(await isDirectory(metricsDirectory))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${directory} is not an MLflow run directory (no metrics/ folder)`);
    }
    const builder = new _metrics_document_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentBuilder */ .t(directory, options);
    for (const name of await listFiles(metricsDirectory)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(metricsDirectory, name);
        const lines = parseMetricLines(await (0,_text_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(path, { maxBytes: options.maxBytes }), path);
        const location = `metrics/${name}`;
        builder.addSeries(name, _metrics_key_path_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyPath */ .p.root.key(location), lines.map(({ step, value }) => ({ step, value })), 'step');
        const latest = lines.reduce((best, line) => line.step > best.step || (line.step === best.step && line.timestamp >= best.timestamp)
            ? line
            : best);
        builder.addMetric(name, latest.value, `${location} line ${latest.line}`);
    }
    for (const [name, value] of await readTextEntries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'params'), options)) {
        builder.addScalar(_metrics_key_path_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyPath */ .p.root.key('params').key(name), value, `params.${name}`);
    }
    const metadata = await readRunMetadata(directory, options);
    return builder.build('mlflow-run', metadata);
}
function parseMetricLines(text, path) {
    const lines = [];
    text.split(/\r?\n/).forEach((content, index) => {
        if (content.trim() === '')
            return;
        const parts = content.trim().split(/\s+/);
        const timestamp = (0,_metrics_numeric_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNumericText */ .A)(parts[0] ?? '');
        const value = (0,_metrics_numeric_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNumericText */ .A)(parts[1] ?? '');
        const step = parts[2] === undefined ? 0 : (0,_metrics_numeric_text_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNumericText */ .A)(parts[2]);
        if (parts.length > 3 || timestamp === undefined || value === undefined || step === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${path}: line ${index + 1} is not "timestamp value step": ${JSON.stringify(content.slice(0, 80))}`);
        }
        lines.push({ timestamp, value, step, line: index + 1 });
    });
    if (lines.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${path} holds no metric values`);
    return lines;
}
async function readRunMetadata(directory, options) {
    const metadata = {};
    const tags = new Map(await readTextEntries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'tags'), options));
    const commit = tags.get('mlflow.source.git.commit');
    if (commit !== undefined)
        metadata.gitSha = commit;
    const runName = tags.get('mlflow.runName');
    if (runName !== undefined)
        metadata.runName = runName;
    const metaPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'meta.yaml');
    const meta = (await isFile(metaPath))
        ? (await (0,_results_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readResultsFile */ .B)(metaPath, { ...options, syntax: 'yaml' })).data
        : null;
    const runId = (0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_8__/* .isJsonObject */ .OW)(meta) ? meta['run_id'] : undefined;
    metadata.runId = typeof runId === 'string' ? runId : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(directory);
    const startTime = (0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_8__/* .isJsonObject */ .OW)(meta) ? meta['start_time'] : undefined;
    if (typeof startTime === 'number')
        metadata.timestamp = new Date(startTime).toISOString();
    return metadata;
}
/** Every file under a folder as `[relative name, trimmed content]`, or none if it is absent. */
async function readTextEntries(directory, options) {
    if (!(await isDirectory(directory)))
        return [];
    const entries = [];
    for (const name of await listFiles(directory)) {
        // MLflow writes empty files for empty params and tags.
        const text = await (0,_text_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name), {
            maxBytes: options.maxBytes,
            allowEmpty: true
        });
        entries.push([name, text.trim()]);
    }
    return entries;
}
/** Files below a folder as sorted `/`-separated relative names (MLflow nests names with `/`). */
async function listFiles(directory, prefix = '') {
    const names = [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const relative = prefix + entry.name;
        if (entry.isDirectory())
            names.push(...(await listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, entry.name), `${relative}/`)));
        else if (entry.isFile())
            names.push(relative);
    }
    return names;
}
async function isDirectory(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isFile() ?? false;
}


/***/ })

};
;