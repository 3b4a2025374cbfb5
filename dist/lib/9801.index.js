"use strict";
exports.id = 9801;
exports.ids = [9801,4767];
exports.modules = {

/***/ 24767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ stripRuntimeNoise),
/* harmony export */   classifyLoadError: () => (/* binding */ classifyLoadError)
/* harmony export */ });
// Ordered: more specific messages first (the external-data ones also mention "initializer").
const PATTERNS = [
    {
        kind: 'invalid-protobuf',
        match: /protobuf parsing failed/i,
        explain: 'The file is not a valid ONNX protobuf (truncated or not a model).'
    },
    {
        kind: 'file-not-found',
        match: /File doesn't exist|No such file/i,
        explain: 'The model file does not exist.'
    },
    {
        kind: 'unsupported-ir-version',
        match: /Unsupported model IR version/i,
        explain: 'The model’s IR version is newer than this onnxruntime supports; export with an older onnx package or pin a newer onnxruntime.'
    },
    {
        kind: 'unsupported-opset',
        match: /Opset \d+ is under development|official support for domain|opset .*(?:not supported|is too new)/i,
        explain: 'The model’s opset is newer than this onnxruntime supports; export with a lower opset_version.'
    },
    {
        kind: 'missing-opset',
        match: /Missing opset in the model/i,
        explain: 'The model imports no operator set.'
    },
    {
        kind: 'external-data',
        match: /external data|external initializer|GetExtDataFromTensorProto/i,
        explain: 'External weight data is missing, outside the model folder, or shorter than declared.'
    },
    {
        kind: 'invalid-tensor-data',
        match: /raw_data size|buffer size mismatch|Deserialize tensor/i,
        explain: 'A weight tensor holds fewer or more bytes than its shape needs.'
    },
    {
        kind: 'unsupported-io-type',
        match: /Unsupported data type/i,
        explain: 'A graph input or output has a type onnxruntime-node cannot exchange (bfloat16, float8, …).'
    },
    {
        kind: 'op-not-implemented',
        match: /No Op registered for|Could not find an implementation for/i,
        explain: 'The model uses an operator (or operator/type combination) onnxruntime does not implement.'
    },
    {
        kind: 'shape-inference',
        match: /ShapeInferenceError|Type Error|type inference|shape inference/i,
        explain: 'Shape or type inference failed: tensors do not fit the operators that consume them.'
    },
    {
        kind: 'invalid-graph',
        match: /is not a graph input, initializer, or output|invalid model|Invalid model|graph output/i,
        explain: 'The graph is malformed (a dangling value, an output nobody produces, …).'
    }
];
function classifyLoadError(raw) {
    const detail = stripRuntimeNoise(raw);
    const pattern = PATTERNS.find((candidate) => candidate.match.test(raw));
    if (!pattern)
        return { kind: 'other', message: `onnxruntime could not load the model: ${detail}`, raw };
    return { kind: pattern.kind, message: `${pattern.explain} onnxruntime: ${detail}`, raw };
}
// onnxruntime colours its log lines; the escape character is built rather than written in a regex literal.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Drop source paths, C++ signatures and status prefixes: they say where, the rest says what. */
function stripRuntimeNoise(raw) {
    let text = raw.replace(ANSI_COLOUR, '').split('\n')[0] ?? '';
    text = text
        .replace(/^(?:Error: )?Load model from .*? failed:/, '')
        .replace(/Exception during initialization:\s*/g, '');
    text = text.replace(/\[ONNXRuntimeError\] : \d+ : \w+ : \S+:\d+ \w+ /g, '');
    for (;;) {
        const source = /\/onnxruntime_src\/\S+:\d+ /.exec(text);
        if (!source)
            break;
        const afterSource = source.index + source[0].length;
        text = text.slice(0, source.index) + text.slice(skipSignature(text, afterSource));
    }
    text = text.replace(/\b\w+\.cc:\d+ \w+ /g, '');
    return text.trim();
}
function skipSignature(text, start) {
    const open = text.indexOf('(', start);
    const prefix = text.slice(start, open);
    if (open === -1 || !/^[\w:<>,\s*&~]+$/.test(prefix))
        return start;
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0) {
            const rest = /^(?: const)?\s*/.exec(text.slice(i + 1));
            return i + 1 + (rest?.[0].length ?? 0);
        }
    }
    return start;
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


/***/ }),

/***/ 29801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkParity: () => (/* binding */ checkParity)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _feed_preparation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9429);
/* harmony import */ var _load_error_classification_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24767);
/* harmony import */ var _model_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83349);
/* harmony import */ var _output_parity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91342);
/* harmony import */ var _tolerance_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94848);






/** Run every reference sample through the session and compare each output with its reference. */
async function checkParity(ort, session, signature, samples, tolerance) {
    const pairs = new Map();
    const casts = new Set();
    const outputNames = signature.outputs.map((output) => output.name);
    for (const name of Object.keys(tolerance.perOutput ?? {})) {
        if (!outputNames.includes(name)) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`atol/rtol name the output "${name}", which the model does not have (${outputNames.join(', ')}).`, 'atol');
        }
    }
    for (const sample of samples) {
        for (const name of sample.outputs.keys()) {
            if (!outputNames.includes(name)) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Reference output "${name}" (${sample.label}) is not an output of the model (${outputNames.join(', ')}).`, 'reference-outputs');
            }
        }
        const prepared = (0,_feed_preparation_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareFeeds */ .h)(sample.inputs, signature, sample.label);
        prepared.casts.forEach((cast) => casts.add(cast));
        let actual;
        try {
            actual = await (0,_model_session_js__WEBPACK_IMPORTED_MODULE_2__/* .runSession */ .Ie)(ort, session, prepared.feeds);
        }
        catch (error) {
            const runError = `${sample.label}: ${(0,_load_error_classification_js__WEBPACK_IMPORTED_MODULE_3__/* .stripRuntimeNoise */ .N)(error instanceof Error ? error.message : String(error))}`;
            return {
                passed: false,
                tolerance,
                semantics: (0,_output_parity_js__WEBPACK_IMPORTED_MODULE_4__/* .describeComparison */ .L5)(tolerance.mode),
                samples: samples.length,
                outputs: [],
                uncompared: [],
                casts: [...casts],
                runError
            };
        }
        for (const [name, expected] of sample.outputs) {
            const produced = actual.get(name);
            if (!produced)
                continue;
            const list = pairs.get(name) ?? [];
            list.push({ sample: sample.label, actual: produced, expected });
            pairs.set(name, list);
        }
    }
    const outputs = [...pairs].map(([name, list]) => (0,_output_parity_js__WEBPACK_IMPORTED_MODULE_4__/* .compareOutput */ .NM)(name, list, (0,_tolerance_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .toleranceFor */ .Tu)(tolerance, name)));
    return {
        passed: outputs.length > 0 && outputs.every((output) => output.passed),
        tolerance,
        semantics: (0,_output_parity_js__WEBPACK_IMPORTED_MODULE_4__/* .describeComparison */ .L5)(tolerance.mode),
        samples: samples.length,
        outputs,
        uncompared: outputNames.filter((name) => !pairs.has(name)),
        casts: [...casts]
    };
}


/***/ })

};
;