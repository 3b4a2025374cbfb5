export const id = 836;
export const ids = [836];
export const modules = {

/***/ 43836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRegistryBaseline: () => (/* binding */ fetchRegistryBaseline),
/* harmony export */   resolveRegisteredModel: () => (/* binding */ resolveRegisteredModel)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31136);




function openRegistry(access) {
    return _ml_actions_registry__WEBPACK_IMPORTED_MODULE_3__/* .ModelRegistry */ .zN.open(access.registry, {
        cwd: access.cwd,
        ...(access.s3 ? { s3: access.s3 } : {})
    });
}
async function resolveRef(registry, ref, inputName) {
    try {
        return await registry.resolve(ref);
    }
    catch (error) {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} "${ref}": ${error.message}`, inputName);
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
    const destination = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.scratch, 'onnx-baseline-'));
    await registry.download(resolved.name, resolved.version, destination);
    return {
        location: {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(destination, ...file.split('/')),
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
    const sameName = models.filter((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path) === candidateFileName);
    if (sameName.length === 1)
        return sameName[0];
    const listed = manifest.files.map((file) => file.path).join(', ');
    throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(models.length === 0
        ? `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds no .onnx file (files: ${listed}).`
        : `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds several .onnx files (${models.join(', ')}) and none is named ${candidateFileName}.`, 'baseline-ref');
}


/***/ })

};
