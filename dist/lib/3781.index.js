"use strict";
exports.id = 3781;
exports.ids = [3781];
exports.modules = {

/***/ 3781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadModel: () => (/* binding */ downloadModel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _registry_connection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39103);



/**
 * `mode: download`: the version `candidate` names (`7`, `name/7`, `name@alias`; empty: the gate's
 * alias) into `model-directory`, verified, with its manifest beside the files, for a deploy step
 * of the workflow's own.
 */
async function downloadModel(inputs, context, registry) {
    const name = inputs.modelName;
    const text = inputs.candidate.trim();
    const ref = text === '' ? `${name}@${inputs.alias.trim()}` : /^\d+$/.test(text) ? `${name}/${text}` : text;
    if (!ref.startsWith(`${name}@`) && !ref.startsWith(`${name}/`) && !ref.startsWith(`${name}:`)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input "candidate" (${text}) names another model than model-name (${name})`, 'candidate');
    }
    const directory = inputs.modelDirectory.trim()
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.cwd, inputs.modelDirectory.trim())
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context.env.RUNNER_TEMP || context.cwd, 'ml-actions-model', name);
    const result = await registry.checkout(ref, directory);
    const { manifest } = result;
    context.log.info(`deploy-gate: downloaded ${manifest.name}/${manifest.version}${result.alias ? ` (@${result.alias})` : ''}: ${manifest.files.length} file(s) verified into ${result.directory}`);
    return {
        outputs: {
            'candidate-version': manifest.version,
            'model-version': manifest.version,
            'model-uri': (0,_registry_connection_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestUri */ .o)(registry, manifest.name, manifest.version),
            'model-directory': result.directory
        }
    };
}


/***/ })

};
;