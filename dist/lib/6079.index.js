"use strict";
exports.id = 6079;
exports.ids = [6079];
exports.modules = {

/***/ 56079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRegistry: () => (/* binding */ openRegistry),
/* harmony export */   registerModel: () => (/* binding */ registerModel),
/* harmony export */   resolveParent: () => (/* binding */ resolveParent)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89151);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65040);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36524);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50687);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37148);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4900);




function openRegistry(inputs, cwd) {
    return _ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__/* .ModelRegistry */ .z.open(inputs.registry, (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .registryOpenOptions */ .OC)(inputs, cwd));
}
/**
 * Registers the model files with the run's metrics (groups included: a later comparison against
 * this version compares per-class cells with per-class cells), its evaluation predictions and
 * lineage. A re-run of the same job attempt (retried step) returns the version it registered
 * before instead of adding one.
 */
async function registerModel(registry, inputs, workingDirectory, metrics, lineage, ciRun, env, predictions) {
    const files = await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_2__/* .expandPathPatterns */ .t)(inputs.model, { cwd: workingDirectory });
    const idempotencyKey = (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_3__/* .idempotencyKeyOf */ .wX)(ciRun);
    const { manifest, created } = await registry.register(inputs.modelName, files, {
        cwd: workingDirectory,
        metrics,
        lineage,
        ...(predictions ? { predictions } : {}),
        ...(idempotencyKey ? { idempotencyKey } : {}),
        ...(lineage.ci?.actor ? { actor: lineage.ci.actor } : {})
    });
    let alias;
    if (inputs.alias) {
        const current = (await registry.aliases(manifest.name))[inputs.alias];
        if (current === manifest.version) {
            alias = { name: inputs.alias, seq: 0, previousVersion: current };
        }
        else {
            const entry = await registry.promote(manifest.name, inputs.alias, manifest.version, {
                expect: current ?? null,
                actor: lineage.ci?.actor ?? env.USER ?? 'unknown',
                reason: 'train-evaluate registered a new version',
                ...(lineage.ci?.runUrl ? { runUrl: lineage.ci.runUrl } : {})
            });
            alias = { name: inputs.alias, seq: entry.seq, previousVersion: entry.previousVersion };
        }
    }
    return {
        registry: registry.location,
        name: manifest.name,
        version: manifest.version,
        uri: `${registry.location}/${_ml_actions_registry__WEBPACK_IMPORTED_MODULE_4__/* .layout */ .Zp.manifest(manifest.name, manifest.version)}`,
        manifestSha256: (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_5__/* .manifestSha256 */ .dL)(manifest),
        contentDigest: manifest.contentDigest,
        created,
        files: manifest.files,
        ...(manifest.predictions ? { predictions: manifest.predictions } : {}),
        ...(alias ? { alias } : {})
    };
}
/**
 * The version a retrain started from, as a fixed `name/7` even when given as `name@production`:
 * the alias moves on, the lineage must keep naming what was actually used. Resolved before the
 * command runs, so a wrong ref fails in seconds.
 */
async function resolveParent(registry, ref) {
    try {
        const resolved = await registry.resolve(ref);
        return (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_6__/* .formatVersionRef */ .t)(resolved.name, resolved.version);
    }
    catch (error) {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j(`parent: ${error.message}`, 'parent');
        }
        throw error;
    }
}


/***/ })

};
;