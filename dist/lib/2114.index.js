"use strict";
exports.id = 2114;
exports.ids = [2114];
exports.modules = {

/***/ 32114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSignatureContract: () => (/* binding */ checkSignatureContract),
/* harmony export */   parseSignatureContract: () => (/* binding */ parseSignatureContract)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10540);
/* harmony import */ var _model_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13579);



/**
 * Compare the candidate's signature with the expected one (a contract file or the baseline model).
 * Anything a serving client would notice is breaking (error); additions it can ignore are info.
 */
function checkSignatureContract(expected, actual) {
    return [
        ...compareSide('input', expected.inputs, actual.inputs),
        ...compareSide('output', expected.outputs, actual.outputs)
    ];
}
function compareSide(kind, expected, actual) {
    const findings = [];
    const actualByName = new Map(actual.map((value) => [value.name, value]));
    const expectedNames = new Set(expected.map((value) => value.name));
    const added = actual.filter((value) => !expectedNames.has(value.name));
    for (const want of expected) {
        const have = actualByName.get(want.name);
        if (!have) {
            const lookalike = added.find((value) => value.dtype === want.dtype && (0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(value.shape) === (0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(want.shape));
            findings.push(lookalike
                ? (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-renamed`, 'error', `${capitalize(kind)} "${want.name}" is gone; "${lookalike.name}" has its type and shape (renamed?).`)
                : (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-missing`, 'error', `${capitalize(kind)} "${want.name}" (${want.dtype} ${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(want.shape)}) is missing.`));
            continue;
        }
        findings.push(...compareValue(kind, want, have));
    }
    for (const value of added) {
        findings.push(kind === 'output'
            ? (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('output-added', 'info', `New output "${value.name}" (${value.dtype} ${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(value.shape)}); existing clients can ignore it.`)
            : (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('input-added', 'error', `New required input "${value.name}" (${value.dtype} ${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(value.shape)}); existing clients do not send it.`));
    }
    return findings;
}
function compareValue(kind, want, have) {
    const subject = `${capitalize(kind)} "${want.name}"`;
    const findings = [];
    if (want.dtype !== have.dtype) {
        findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-dtype-changed`, 'error', `${subject} changed type ${want.dtype} → ${have.dtype}.`));
    }
    if (want.shape === null || have.shape === null) {
        if (want.shape !== null)
            findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-rank-unknown`, 'error', `${subject} no longer declares a shape (was ${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(want.shape)}).`));
        return findings;
    }
    if (want.shape.length !== have.shape.length) {
        findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-rank-changed`, 'error', `${subject} changed rank ${want.shape.length} → ${have.shape.length} (${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(want.shape)} → ${(0,_model_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShape */ .B)(have.shape)}).`));
        return findings;
    }
    want.shape.forEach((before, axis) => {
        const after = have.shape?.[axis] ?? null;
        const change = describeDimensionChange(before, after);
        if (change)
            findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)(`${kind}-${change.code}`, change.severity, `${subject} dimension ${axis}: ${change.text}.`));
    });
    return findings;
}
function describeDimensionChange(before, after) {
    const isStatic = (dim) => typeof dim === 'number';
    if (before === after)
        return undefined;
    if (isStatic(before) && isStatic(after))
        return { code: 'dim-changed', severity: 'error', text: `${before} → ${after}` };
    if (isStatic(before))
        return {
            code: 'static-to-dynamic',
            severity: 'error',
            text: `static ${before} became dynamic (${after ?? '?'})`
        };
    if (isStatic(after))
        return {
            code: 'dynamic-to-static',
            severity: 'error',
            text: `dynamic ${before ?? '?'} became static ${after}`
        };
    return {
        code: 'dim-renamed',
        severity: 'info',
        text: `symbolic name ${before ?? '?'} → ${after ?? '?'}`
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A contract file is `{inputs: [...], outputs: [...]}` of `{name, dtype, shape}`, or an earlier report. */
function parseSignatureContract(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`contract "${source}" is not valid JSON: ${error.message}`, 'contract');
    }
    const candidate = parsed?.structure?.signature ?? parsed;
    const record = candidate;
    return {
        inputs: readValues(record.inputs, `${source}: inputs`),
        outputs: readValues(record.outputs, `${source}: outputs`)
    };
}
function readValues(value, where) {
    if (!Array.isArray(value))
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`contract ${where} must be a list of {name, dtype, shape}.`, 'contract');
    return value.map((entry, index) => {
        const item = entry;
        if (typeof item.name !== 'string' || typeof item.dtype !== 'string') {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`contract ${where}[${index}] needs a string name and dtype.`, 'contract');
        }
        const shape = item.shape === null || item.shape === undefined ? null : item.shape;
        if (shape !== null &&
            (!Array.isArray(shape) ||
                shape.some((dim) => dim !== null && typeof dim !== 'number' && typeof dim !== 'string'))) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`contract ${where}[${index}].shape must list numbers, names or null.`, 'contract');
        }
        return { name: item.name, dtype: item.dtype, shape: shape };
    });
}


/***/ })

};
;