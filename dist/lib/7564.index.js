"use strict";
exports.id = 7564;
exports.ids = [7564];
exports.modules = {

/***/ 17564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionInputDescriptions: () => (/* binding */ actionInputDescriptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);




/**
 * The inputs' descriptions from an action.yml next to this code: the checkout's (src/cli or dist/lib)
 * or the npm package's, which carries the action.yml files. Empty when none is found: the help then
 * lists the options without them.
 */
async function actionInputDescriptions(actionFile) {
    let directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (let depth = 0; depth < 4; depth++, directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(directory)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, actionFile);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            continue;
        // Only --help reads the YAML; no command run pays for the parser.
        const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
        const metadata = parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
        return Object.fromEntries(Object.entries(metadata.inputs ?? {}).map(([name, spec]) => [name, spec.description ?? '']));
    }
    return {};
}


/***/ })

};
;