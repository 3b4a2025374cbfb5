"use strict";
exports.id = 8609;
exports.ids = [8609];
exports.modules = {

/***/ 88609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPredictions: () => (/* reexport safe */ _predictions_reader_js__WEBPACK_IMPORTED_MODULE_0__.R_)
/* harmony export */ });
/* harmony import */ var _predictions_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46244);

































/***/ })

};
;