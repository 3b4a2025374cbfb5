"use strict";
exports.id = 3670;
exports.ids = [3670];
exports.modules = {

/***/ 53670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandPathPatterns: () => (/* reexport safe */ _path_patterns_js__WEBPACK_IMPORTED_MODULE_0__.t)
/* harmony export */ });
/* harmony import */ var _path_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89151);
// Core's file reading, outside its pure part: the readers of results and metrics files, MLflow run
// folders and path patterns. The rest of core takes text and returns data (eslint keeps node:fs here).







/***/ })

};
;