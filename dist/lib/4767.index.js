"use strict";
exports.id = 4767;
exports.ids = [4767];
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


/***/ })

};
;