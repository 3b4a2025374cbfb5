"use strict";
exports.id = 7188;
exports.ids = [7188];
exports.modules = {

/***/ 43836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRegistryBaseline: () => (/* binding */ fetchRegistryBaseline),
/* harmony export */   resolveRegisteredModel: () => (/* binding */ resolveRegisteredModel)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65040);




function openRegistry(access) {
    return _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .ModelRegistry */ .z.open(access.registry, {
        cwd: access.cwd,
        ...(access.s3 ? { s3: access.s3 } : {})
    });
}
async function resolveRef(registry, ref, inputName) {
    try {
        return await registry.resolve(ref);
    }
    catch (error) {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${inputName} "${ref}": ${error.message}`, inputName);
        }
        throw error;
    }
}
/**
 * Resolve `baseline-ref` (`name@alias`, `name/7`, `name@latest`) in the registry and download the
 * whole version (external data files travel with the .onnx) into a fresh folder; the registry
 * verifies every file's sha256 on the way.
 */
async function fetchRegistryBaseline(options) {
    const registry = openRegistry(options);
    const resolved = await resolveRef(registry, options.ref, 'baseline-ref');
    const file = pickOnnxFile(resolved.manifest, options.candidateFileName, options.ref);
    const destination = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.scratch, 'onnx-baseline-'));
    await registry.download(resolved.name, resolved.version, destination);
    return {
        location: {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destination, ...file.split('/')),
            display: `${resolved.name}/${resolved.version}:${file}`
        },
        origin: {
            source: 'registry',
            model: resolved.name,
            version: resolved.version,
            ...(resolved.alias ? { alias: resolved.alias } : {})
        }
    };
}
/**
 * The registry version the verified file belongs to (`model-ref`), for the report's subject, so
 * deploy-gate can tie the verification to the version it promotes. `digests` are the version's file
 * digests: the caller checks that the verified file is one of them.
 */
async function resolveRegisteredModel(options) {
    const resolved = await resolveRef(openRegistry(options), options.ref, 'model-ref');
    return {
        model: resolved.name,
        version: resolved.version,
        digests: resolved.manifest.files.map((file) => file.sha256)
    };
}
/** The version's only .onnx file, or the one named like the candidate when it holds several. */
function pickOnnxFile(manifest, candidateFileName, ref) {
    const models = manifest.files.map((file) => file.path).filter((path) => path.endsWith('.onnx'));
    if (models.length === 1)
        return models[0];
    const sameName = models.filter((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) === candidateFileName);
    if (sameName.length === 1)
        return sameName[0];
    const listed = manifest.files.map((file) => file.path).join(', ');
    throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(models.length === 0
        ? `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds no .onnx file (files: ${listed}).`
        : `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds several .onnx files (${models.join(', ')}) and none is named ${candidateFileName}.`, 'baseline-ref');
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