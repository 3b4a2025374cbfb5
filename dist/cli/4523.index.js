"use strict";
exports.id = 4523;
exports.ids = [4523];
exports.modules = {

/***/ 54523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MODES: () => (/* binding */ COMMENT_MODES),
/* harmony export */   jsonToMd: () => (/* binding */ jsonToMd)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);

const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'];
const jsonToMd = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'json-to-md',
    inputs: {
        files: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({ required: true }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMMENT_MODES, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '4', integer: true, min: 1, max: 17 }),
        include: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        exclude: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'max-table-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '50', integer: true, min: 2 }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: ['markdown', 'markdown-file', 'comment-id', 'comment-url', 'comment-status']
});


/***/ }),

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(definition) {
    return definition;
}


/***/ })

};
;