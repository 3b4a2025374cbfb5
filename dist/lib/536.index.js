"use strict";
exports.id = 536;
exports.ids = [536];
exports.modules = {

/***/ 60536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkBatchConsistency: () => (/* binding */ checkBatchConsistency)
/* harmony export */ });
/* harmony import */ var _model_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83349);
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80359);
/* harmony import */ var _output_parity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91342);
/* harmony import */ var _tolerance_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94848);
/* harmony import */ var _synthetic_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76798);





/**
 * Run N samples as one batch and one by one, and compare: a model whose rows influence each other
 * (a baked-in batch size, a bad reshape, batch-norm in training mode) shows up here.
 */
async function checkBatchConsistency(ort, session, signature, batchSize, tolerance) {
    const batchDimension = sharedLeadingSymbol(signature);
    if (!batchDimension) {
        return {
            status: 'skipped',
            reason: 'the inputs have no shared symbolic first dimension to vary'
        };
    }
    const batched = (0,_synthetic_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .syntheticInputs */ .T)(signature.inputs, { [batchDimension]: batchSize }, 7);
    try {
        const whole = await (0,_model_session_js__WEBPACK_IMPORTED_MODULE_1__/* .runSession */ .Ie)(ort, session, batched);
        const rowsByOutput = new Map();
        for (let row = 0; row < batchSize; row++) {
            const single = new Map([...batched].map(([name, array]) => [name, (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceFirstAxis */ .mq)(array, row, row + 1)]));
            for (const [name, output] of await (0,_model_session_js__WEBPACK_IMPORTED_MODULE_1__/* .runSession */ .Ie)(ort, session, single)) {
                rowsByOutput.set(name, [...(rowsByOutput.get(name) ?? []), output]);
            }
        }
        const outputs = [];
        for (const [name, batchedOutput] of whole) {
            const rows = rowsByOutput.get(name);
            if (!rows || batchedOutput.shape[0] !== batchSize)
                continue;
            const pairs = rows.map((single, row) => ({
                sample: `row ${row}`,
                actual: single,
                expected: (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_2__/* .sliceFirstAxis */ .mq)(batchedOutput, row, row + 1)
            }));
            outputs.push((0,_output_parity_js__WEBPACK_IMPORTED_MODULE_3__/* .compareOutput */ .NM)(name, pairs, (0,_tolerance_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .toleranceFor */ .Tu)(tolerance, name)));
        }
        return {
            status: 'checked',
            passed: outputs.every((output) => output.passed),
            batchSize,
            batchDimension,
            outputs
        };
    }
    catch (error) {
        const runError = error instanceof Error ? error.message : String(error);
        return { status: 'checked', passed: false, batchSize, batchDimension, outputs: [], runError };
    }
}
function sharedLeadingSymbol(signature) {
    const leading = signature.inputs.map((input) => input.shape?.[0]);
    const first = leading[0];
    if (typeof first !== 'string' || leading.some((dim) => dim !== first))
        return undefined;
    return first;
}


/***/ }),

/***/ 91342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NM: () => (/* binding */ compareOutput),
  L5: () => (/* binding */ describeComparison)
});

// UNUSED EXPORTS: RELATIVE_ERROR_FLOOR, WORST_ELEMENTS, unravel

// EXTERNAL MODULE: ./packages/onnx/src/nd-array.ts
var nd_array = __webpack_require__(80359);
// EXTERNAL MODULE: ./packages/onnx/src/percentile.ts
var percentile = __webpack_require__(89322);
;// CONCATENATED MODULE: ./packages/onnx/src/argmax-agreement.ts

/**
 * For classifier-shaped outputs ([batch, classes] of floats): how often the exported model picks
 * the same class as the reference. Small numeric drift matters less than a changed prediction.
 */
function argmaxAgreement(pairs) {
    let rows = 0;
    let agreeing = 0;
    for (const { actual, expected } of pairs) {
        const [batch, classes] = expected.shape;
        if (expected.shape.length !== 2 || batch === undefined || classes === undefined || classes < 2)
            return undefined;
        if (!expected.dtype.startsWith('float'))
            return undefined;
        const a = (0,nd_array/* toFloat64 */.Gg)(actual);
        const b = (0,nd_array/* toFloat64 */.Gg)(expected);
        for (let row = 0; row < batch; row++) {
            rows++;
            if (argmax(a, row * classes, classes) === argmax(b, row * classes, classes))
                agreeing++;
        }
    }
    return rows === 0 ? undefined : { rows, agreeing, rate: agreeing / rows };
}
function argmax(values, start, length) {
    let best = 0;
    for (let i = 1; i < length; i++) {
        if (values[start + i] > values[start + best])
            best = i;
    }
    return best;
}

;// CONCATENATED MODULE: ./packages/onnx/src/output-parity.ts



/** The rule in words, written into the report next to the numbers it produced. */
function describeComparison(mode) {
    const rule = mode === 'allclose'
        ? 'allclose: an element fails where |a − b| > atol + rtol·|b|'
        : 'both-exceed: an element fails where |a − b| > atol and |a − b|/|b| > rtol';
    return `${rule} (a = ONNX, b = reference; relative errors divide by max(|b|, 2.2e-16); NaN must match NaN, ±Inf the same infinity)`;
}
/** Relative error divides by |reference|; an exact zero reference uses this instead (as Polygraphy). */
const RELATIVE_ERROR_FLOOR = 2.220446049250313e-16;
const WORST_ELEMENTS = 5;
function compareOutput(name, pairs, tolerance) {
    for (const pair of pairs) {
        if (pair.actual.shape.join(',') !== pair.expected.shape.join(',')) {
            return shapeMismatch(name, pair, tolerance);
        }
    }
    const accumulator = new ErrorAccumulator(tolerance);
    for (const pair of pairs)
        accumulator.add(pair);
    return accumulator.result(name, argmaxAgreement(pairs));
}
class ErrorAccumulator {
    tolerance;
    absErrors = [];
    relErrors = [];
    worst = [];
    elements = 0;
    mismatches = 0;
    nanMismatches = 0;
    infMismatches = 0;
    minPassingAtol = 0;
    minPassingRtol = 0;
    constructor(tolerance) {
        this.tolerance = tolerance;
    }
    add(pair) {
        const actual = (0,nd_array/* toFloat64 */.Gg)(pair.actual);
        const expected = (0,nd_array/* toFloat64 */.Gg)(pair.expected);
        const { atol, rtol, mode } = this.tolerance;
        this.elements += actual.length;
        for (let i = 0; i < actual.length; i++) {
            const a = actual[i];
            const b = expected[i];
            if (!Number.isFinite(a) || !Number.isFinite(b)) {
                if (Number.isNaN(a) && Number.isNaN(b))
                    continue;
                if (a === b)
                    continue;
                if (Number.isNaN(a) || Number.isNaN(b))
                    this.nanMismatches++;
                else
                    this.infMismatches++;
                this.mismatches++;
                this.minPassingAtol = Infinity;
                this.minPassingRtol = Infinity;
                this.consider(pair, i, a, b, Infinity, Infinity);
                continue;
            }
            const absError = Math.abs(a - b);
            const magnitude = Math.abs(b);
            const relError = absError / Math.max(magnitude, RELATIVE_ERROR_FLOOR);
            this.absErrors.push(absError);
            this.relErrors.push(relError);
            if (mode === 'allclose') {
                if (absError > atol + rtol * magnitude)
                    this.mismatches++;
                this.minPassingAtol = Math.max(this.minPassingAtol, absError - rtol * magnitude);
                if (absError > atol)
                    this.minPassingRtol = Math.max(this.minPassingRtol, magnitude === 0 ? Infinity : (absError - atol) / magnitude);
            }
            else {
                if (absError > atol && relError > rtol)
                    this.mismatches++;
                if (relError > rtol)
                    this.minPassingAtol = Math.max(this.minPassingAtol, absError);
                if (absError > atol)
                    this.minPassingRtol = Math.max(this.minPassingRtol, relError);
            }
            if (absError > 0)
                this.consider(pair, i, a, b, absError, relError);
        }
    }
    consider(pair, flatIndex, actual, expected, absError, relError) {
        const last = this.worst[this.worst.length - 1];
        if (this.worst.length === WORST_ELEMENTS && last && last.absError >= absError)
            return;
        const entry = {
            sample: pair.sample,
            index: unravel(flatIndex, pair.expected.shape),
            actual,
            expected,
            absError,
            relError
        };
        const at = this.worst.findIndex((existing) => existing.absError < absError);
        this.worst.splice(at === -1 ? this.worst.length : at, 0, entry);
        if (this.worst.length > WORST_ELEMENTS)
            this.worst.pop();
    }
    result(name, argmax) {
        const absSorted = (0,percentile/* sortedCopy */.TZ)(this.absErrors);
        const relSorted = (0,percentile/* sortedCopy */.TZ)(this.relErrors);
        const nonFinite = this.nanMismatches + this.infMismatches;
        const passed = this.mismatches === 0;
        const failure = passed
            ? undefined
            : nonFinite > 0
                ? `${this.nanMismatches} NaN and ${this.infMismatches} Inf positions differ from the reference`
                : `${this.mismatches} of ${this.elements} elements exceed the tolerance`;
        return {
            name,
            atol: this.tolerance.atol,
            rtol: this.tolerance.rtol,
            passed,
            ...(failure ? { failure } : {}),
            elements: this.elements,
            mismatches: this.mismatches,
            nanMismatches: this.nanMismatches,
            infMismatches: this.infMismatches,
            maxAbsError: absSorted.length ? absSorted[absSorted.length - 1] : 0,
            meanAbsError: absSorted.length ? (0,percentile/* mean */.i2)(absSorted) : 0,
            p99AbsError: absSorted.length ? (0,percentile/* nearestRank */.p3)(absSorted, 99) : 0,
            maxRelError: relSorted.length ? relSorted[relSorted.length - 1] : 0,
            meanRelError: relSorted.length ? (0,percentile/* mean */.i2)(relSorted) : 0,
            p99RelError: relSorted.length ? (0,percentile/* nearestRank */.p3)(relSorted, 99) : 0,
            minPassingAtol: Math.max(0, this.minPassingAtol),
            minPassingRtol: Math.max(0, this.minPassingRtol),
            worst: this.worst,
            ...(argmax ? { argmax } : {})
        };
    }
}
function shapeMismatch(name, pair, tolerance) {
    return {
        name,
        atol: tolerance.atol,
        rtol: tolerance.rtol,
        passed: false,
        failure: `shape [${pair.actual.shape.join(', ')}] differs from the reference [${pair.expected.shape.join(', ')}] (${pair.sample})`,
        elements: 0,
        mismatches: 0,
        nanMismatches: 0,
        infMismatches: 0,
        maxAbsError: NaN,
        meanAbsError: NaN,
        p99AbsError: NaN,
        maxRelError: NaN,
        meanRelError: NaN,
        p99RelError: NaN,
        minPassingAtol: NaN,
        minPassingRtol: NaN,
        worst: []
    };
}
function unravel(flatIndex, shape) {
    const index = new Array(shape.length).fill(0);
    let rest = flatIndex;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
        const size = shape[axis];
        index[axis] = size === 0 ? 0 : rest % size;
        rest = size === 0 ? 0 : Math.floor(rest / size);
    }
    return index;
}


/***/ })

};
;