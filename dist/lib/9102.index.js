"use strict";
exports.id = 9102;
exports.ids = [9102];
exports.modules = {

/***/ 19102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ownCliPath: () => (/* binding */ ownCliPath),
/* harmony export */   withOwnCli: () => (/* binding */ withOwnCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The start script of the ml-actions CLI this step runs from, for deploy commands that use it
 * (`node "$ML_ACTIONS_CLI" serve …`, as the example's serve-local.sh does): on a runner the step is
 * `dist/<name>/index.js` of the action's checkout, from the command line `bin/ml-actions.js`; both
 * sit beside `dist/cli/index.js`. Undefined when neither layout holds (the sources under jest).
 */
function ownCliPath(script) {
    if (!script)
        return undefined;
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(script));
    for (const candidate of [
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', 'cli', 'index.js'),
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', 'dist', 'cli', 'index.js')
    ])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(candidate);
    return undefined;
}
/** The commands' environment: the step's, with ML_ACTIONS_CLI named unless the workflow set it. */
function withOwnCli(env, script) {
    if (env.ML_ACTIONS_CLI)
        return env;
    const cli = ownCliPath(script);
    return cli ? { ...env, ML_ACTIONS_CLI: cli } : env;
}


/***/ })

};
;