"use strict";
exports.id = 6410;
exports.ids = [6410];
exports.modules = {

/***/ 49162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryBaseline: () => (/* binding */ registryBaseline),
/* harmony export */   registryHistory: () => (/* binding */ registryHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98952);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92269);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65040);






async function registryBaseline(request) {
    const registry = _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .ModelRegistry */ .z.open(request.registry, { cwd: request.cwd, s3: request.s3 ?? {} });
    const ref = `${request.model}@${request.alias}`;
    // An alias that was never set is the first run of a project, not a broken baseline.
    if ((await registry.history(request.model, request.alias)).length === 0)
        return undefined;
    const resolved = await registry.resolve(ref).catch((error) => {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`baseline-alias: ${error.message}`, 'baseline-alias');
        throw error;
    });
    const source = `${registry.location} ${request.model}/${resolved.version}`;
    const document = request.metricsFile
        ? await metricsFromFile(registry, resolved.manifest, request.metricsFile, request.scratch)
        : metricsFromManifest(resolved.manifest, source);
    const predictions = await registry.predictions(resolved.manifest);
    return {
        document,
        version: resolved.version,
        location: registry.location,
        ...(resolved.manifest.lineage.git?.sha ? { gitSha: resolved.manifest.lineage.git.sha } : {}),
        ...(resolved.manifest.lineage.ci?.runUrl
            ? { runUrl: resolved.manifest.lineage.ci.runUrl }
            : {}),
        manifestDigest: resolved.manifest.contentDigest,
        ...(predictions ? { predictions: { name: predictions.path, bytes: predictions.bytes } } : {})
    };
}
function metricsFromManifest(manifest, source) {
    if (Object.keys(manifest.metrics).length === 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${source} has no metrics in its manifest; register it with metrics, or name the metrics file inside the version with registry-metrics-file`, 'registry-metrics-file');
    }
    return (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_4__/* .toMetricsDocument */ .u)({ path: `${source} manifest`, syntax: 'json', data: manifest.metrics }, { allowNonFinite: true });
}
async function metricsFromFile(registry, manifest, file, scratch) {
    if (!manifest.files.some((entry) => entry.path === file)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`registry-metrics-file "${file}" is not a file of ${manifest.name}/${manifest.version} (it has ${manifest.files
            .slice(0, 10)
            .map((entry) => entry.path)
            .join(', ')})`, 'registry-metrics-file');
    }
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scratch, 'registry-baseline-'));
    try {
        await registry.download(manifest.name, manifest.version, directory);
        return await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_5__/* .readMetrics */ .U)([file], { cwd: directory, allowNonFinite: true });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
    }
}
/** Every version the alias pointed to, oldest first, labelled `v<n>`, from the manifests' metrics. */
async function registryHistory(request) {
    const registry = _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .ModelRegistry */ .z.open(request.registry, { cwd: request.cwd, s3: request.s3 ?? {} });
    const entries = (await registry.history(request.model, request.alias)).reverse();
    const points = [];
    const seen = new Set();
    for (const entry of entries) {
        if (seen.has(entry.version))
            continue;
        seen.add(entry.version);
        const manifest = await registry.get(request.model, entry.version);
        if (Object.keys(manifest.metrics).length === 0)
            continue;
        const metrics = {};
        const document = metricsFromManifest(manifest, `${request.model}/${entry.version}`);
        for (const [name, value] of Object.entries(document.metrics)) {
            if (Number.isFinite(value))
                metrics[name] = value;
        }
        points.push({
            label: `v${entry.version}`,
            ...(manifest.lineage.git?.sha ? { gitSha: manifest.lineage.git.sha } : {}),
            createdAt: manifest.createdAt,
            metrics
        });
    }
    return points;
}


/***/ }),

/***/ 50687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ parseAliasSequence),
/* harmony export */   Kn: () => (/* binding */ assertAliasName),
/* harmony export */   QK: () => (/* binding */ parseBlobKey),
/* harmony export */   Zp: () => (/* binding */ layout),
/* harmony export */   _w: () => (/* binding */ MODELS_PREFIX),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   mk: () => (/* binding */ BLOBS_PREFIX),
/* harmony export */   n4: () => (/* binding */ parseVersionKey),
/* harmony export */   ol: () => (/* binding */ assertVersionNumber),
/* harmony export */   tQ: () => (/* binding */ LATEST_ALIAS)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Names become key segments on disk and in S3, so they are kept to a portable grammar. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const LATEST_ALIAS = 'latest';
const ALIAS_SEQUENCE_DIGITS = 12;
function assertModelName(name, input = 'name') {
    if (!NAME_PATTERN.test(name)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Model name "${name}" is invalid: use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`, input);
    }
}
function assertAliasName(alias, input = 'alias') {
    if (!NAME_PATTERN.test(alias) || /^\d+$/.test(alias)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${alias}" is invalid: use letters, digits, ".", "_" and "-", not only digits`, input);
    }
    if (alias === LATEST_ALIAS) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${LATEST_ALIAS}" is reserved: it always means the newest version`, input);
    }
}
function assertVersionNumber(version, input = 'version') {
    if (!Number.isSafeInteger(version) || version < 1) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Version "${version}" is invalid: versions are integers from 1`, input);
    }
}
const MODELS_PREFIX = 'models/';
const BLOBS_PREFIX = 'blobs/sha256/';
const layout = {
    model: (name) => `${MODELS_PREFIX}${name}/`,
    versions: (name) => `${MODELS_PREFIX}${name}/versions/`,
    claim: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/claim.json`,
    manifest: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/manifest.json`,
    aliases: (name) => `${MODELS_PREFIX}${name}/aliases/`,
    aliasLog: (name, alias) => `${MODELS_PREFIX}${name}/aliases/${alias}/`,
    aliasEntry: (name, alias, seq) => `${MODELS_PREFIX}${name}/aliases/${alias}/${String(seq).padStart(ALIAS_SEQUENCE_DIGITS, '0')}.json`,
    events: (name) => `${MODELS_PREFIX}${name}/events/`,
    idempotency: (name, token) => `${MODELS_PREFIX}${name}/idempotency/${token}.json`,
    blob: (sha256) => `${BLOBS_PREFIX}${sha256.slice(0, 2)}/${sha256}`,
    records: (kind) => `records/${kind}/`
};
/** `models/<name>/versions/<n>/<file>` → `{ version: n, file }`, or null for any other key. */
function parseVersionKey(name, key) {
    const prefix = layout.versions(name);
    if (!key.startsWith(prefix))
        return null;
    const match = /^(\d+)\/([^/]+)$/.exec(key.slice(prefix.length));
    if (!match?.[1] || !match[2])
        return null;
    return { version: Number(match[1]), file: match[2] };
}
function parseAliasSequence(key) {
    const match = /\/(\d+)\.json$/.exec(key);
    return match?.[1] ? Number(match[1]) : null;
}
function parseBlobKey(key) {
    const match = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key);
    return match?.[1] ?? null;
}


/***/ })

};
;