"use strict";
exports.id = 1689;
exports.ids = [1689];
exports.modules = {

/***/ 71689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_FILE_NAME: () => (/* binding */ REPORT_FILE_NAME),
  verifyExport: () => (/* binding */ verifyExport)
});

// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/action-kit/src/registry-inputs.ts
var registry_inputs = __webpack_require__(12574);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/github/src/pull-request-comment.ts
var pull_request_comment = __webpack_require__(81866);
// EXTERNAL MODULE: ./packages/github/src/event-context.ts
var event_context = __webpack_require__(87771);
// EXTERNAL MODULE: ./packages/onnx/src/onnx-runtime-loader.ts
var onnx_runtime_loader = __webpack_require__(37023);
// EXTERNAL MODULE: ./packages/onnx/src/feed-preparation.ts
var feed_preparation = __webpack_require__(9429);
// EXTERNAL MODULE: ./packages/onnx/src/percentile.ts
var percentile = __webpack_require__(89322);
;// CONCATENATED MODULE: ./packages/onnx/src/latency-comparison.ts

/**
 * Compare medians with distribution-free 95% confidence intervals (order statistics around n/2).
 * Within tolerance → pass; beyond it and the intervals are separated by more than the tolerance →
 * fail; beyond it on the point estimate only → inconclusive (noise could explain it).
 */
function compareLatency(candidateMs, baselineMs, tolerance) {
    const candidate = (0,percentile/* sortedCopy */.TZ)(candidateMs);
    const baseline = (0,percentile/* sortedCopy */.TZ)(baselineMs);
    const candidateMedian = (0,percentile/* nearestRank */.p3)(candidate, 50);
    const baselineMedian = (0,percentile/* nearestRank */.p3)(baseline, 50);
    const medianRatio = candidateMedian / baselineMedian;
    const p95Ratio = (0,percentile/* nearestRank */.p3)(candidate, 95) / (0,percentile/* nearestRank */.p3)(baseline, 95);
    const candidateInterval = medianInterval(candidate);
    const baselineInterval = medianInterval(baseline);
    const allowed = 1 + tolerance;
    const percent = (ratio) => `${((ratio - 1) * 100).toFixed(1)}%`;
    let verdict;
    let reason;
    if (medianRatio <= allowed) {
        verdict = 'pass';
        reason = `median latency changed by ${percent(medianRatio)}, within +${(tolerance * 100).toFixed(0)}%`;
    }
    else if (candidateInterval[0] > baselineInterval[1] * allowed) {
        verdict = 'fail';
        reason = `median latency is ${percent(medianRatio)} slower than the baseline, beyond +${(tolerance * 100).toFixed(0)}% and outside the noise`;
    }
    else {
        verdict = 'inconclusive';
        reason = `median latency is ${percent(medianRatio)} slower than the baseline, but the 95% intervals overlap within the tolerance`;
    }
    return {
        verdict,
        medianRatio,
        p95Ratio,
        tolerance,
        candidateMedianInterval: candidateInterval,
        baselineMedianInterval: baselineInterval,
        reason
    };
}
/** Ranks n/2 ± 1.96·√n/2 (normal approximation to the binomial), clamped to the sample. */
function medianInterval(sorted) {
    const n = sorted.length;
    if (n === 0)
        return [NaN, NaN];
    const spread = (1.96 * Math.sqrt(n)) / 2;
    const lower = Math.max(1, Math.floor(n / 2 - spread));
    const upper = Math.min(n, Math.ceil(n / 2 + spread) + 1);
    return [sorted[lower - 1], sorted[upper - 1]];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/onnx/src/element-type.ts
var element_type = __webpack_require__(18086);
// EXTERNAL MODULE: ./packages/onnx/src/finding.ts
var finding = __webpack_require__(10540);
;// CONCATENATED MODULE: ./packages/onnx/src/external-data-checks.ts




/**
 * External data `location` is attacker-controlled text that onnxruntime turns into a file path
 * (reliability §1.7): it must stay inside the model's folder, symlinks included, and every
 * offset+length must fall inside the file, before the runtime is allowed to open anything.
 */
async function checkExternalData(initializers, modelDirectory) {
    const findings = [];
    const files = new Map();
    const rejected = new Set();
    const root = await (0,promises_.realpath)(modelDirectory);
    for (const initializer of initializers) {
        const external = initializer.external;
        if (!external)
            continue;
        const subject = `Initializer "${initializer.name}"`;
        const location = external.location;
        const unsafe = describeUnsafeLocation(location);
        if (unsafe) {
            findings.push((0,finding/* finding */.g)('external-data-unsafe-path', 'error', `${subject}: external data location "${location}" ${unsafe}.`));
            continue;
        }
        if (!Number.isSafeInteger(external.offset) ||
            external.offset < 0 ||
            (external.length !== undefined &&
                (!Number.isSafeInteger(external.length) || external.length < 0))) {
            findings.push((0,finding/* finding */.g)('external-data-bad-range', 'error', `${subject}: offset/length of "${location}" are not non-negative integers.`));
            continue;
        }
        let size = files.get(location);
        if (size === undefined) {
            if (rejected.has(location))
                continue;
            const resolved = await resolveInside(root, location);
            if ('problem' in resolved) {
                rejected.add(location);
                findings.push((0,finding/* finding */.g)(resolved.code, 'error', `${subject}: external data file "${location}" ${resolved.problem}.`));
                continue;
            }
            size = resolved.size;
            files.set(location, size);
        }
        const expected = (0,element_type/* denseByteSize */.pp)(initializer.dataType, initializer.elements);
        const length = external.length ?? size - external.offset;
        if (external.offset + length > size) {
            findings.push((0,finding/* finding */.g)('external-data-out-of-range', 'error', `${subject}: bytes ${external.offset}..${external.offset + length} lie beyond the end of "${location}" (${size} bytes).`));
        }
        else if (expected !== undefined && length !== expected) {
            findings.push((0,finding/* finding */.g)('external-data-size-mismatch', 'error', `${subject} (${initializer.dtype} [${initializer.dims.join(', ')}]) declares ${length} bytes in "${location}"; its shape needs ${expected}.`));
        }
    }
    return { findings, files: [...files].map(([location, bytes]) => ({ location, bytes })) };
}
function describeUnsafeLocation(location) {
    if (location === '')
        return 'is empty';
    if (location.includes('\0'))
        return 'contains a NUL byte';
    if ((0,external_node_path_.isAbsolute)(location) ||
        external_node_path_.posix.isAbsolute(location) ||
        external_node_path_.win32.isAbsolute(location) ||
        /^[a-zA-Z]:/.test(location)) {
        return 'is an absolute path; it must be relative to the model folder';
    }
    if (location.split(/[\\/]/).includes('..'))
        return 'contains ".."; it must stay inside the model folder';
    return undefined;
}
async function resolveInside(root, location) {
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, location));
    }
    catch {
        return { problem: 'does not exist next to the model', code: 'external-data-missing' };
    }
    const inside = (0,external_node_path_.relative)(root, real);
    if (inside === '' || inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || (0,external_node_path_.isAbsolute)(inside)) {
        return {
            problem: 'resolves (through a symlink) outside the model folder',
            code: 'external-data-unsafe-path'
        };
    }
    const info = await (0,promises_.stat)(real);
    if (!info.isFile())
        return { problem: 'is not a regular file', code: 'external-data-missing' };
    return { size: info.size };
}

// EXTERNAL MODULE: ./packages/onnx/src/protobuf-reader.ts
var protobuf_reader = __webpack_require__(37248);
// EXTERNAL MODULE: ./packages/onnx/src/tensor-proto.ts
var tensor_proto = __webpack_require__(69507);
;// CONCATENATED MODULE: ./packages/onnx/src/model-header.ts



const ModelField = {
    irVersion: 1,
    producerName: 2,
    producerVersion: 3,
    domain: 4,
    modelVersion: 5,
    docString: 6,
    graph: 7,
    opsetImport: 8,
    metadataProps: 14,
    functions: 25
};
const GraphField = {
    node: 1,
    name: 2,
    initializer: 5,
    input: 11,
    output: 12,
    sparseInitializer: 15
};
const NodeField = { output: 2, name: 3, opType: 4, domain: 7 };
/**
 * Walk a serialized ModelProto and keep only what describes it: versions, signature, op histogram,
 * initializer inventory. Tensor payloads are skipped by length. Throws ProtobufError on bytes that
 * are not a well-formed ModelProto.
 */
function readModelHeader(bytes) {
    let irVersion;
    let producerName = '';
    let producerVersion = '';
    let domain = '';
    let modelVersion = 0;
    let docString = '';
    let graph;
    let graphFieldCount = 0;
    let functionCount = 0;
    const opsetImports = [];
    const metadata = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        switch (field.number) {
            case ModelField.irVersion:
                irVersion = expectVarint(field, 'ModelProto.ir_version');
                break;
            case ModelField.producerName:
                producerName = model_header_text(field, 'ModelProto.producer_name');
                break;
            case ModelField.producerVersion:
                producerVersion = model_header_text(field, 'ModelProto.producer_version');
                break;
            case ModelField.domain:
                domain = model_header_text(field, 'ModelProto.domain');
                break;
            case ModelField.modelVersion:
                modelVersion = expectVarint(field, 'ModelProto.model_version');
                break;
            case ModelField.docString:
                docString = model_header_text(field, 'ModelProto.doc_string');
                break;
            case ModelField.graph:
                graphFieldCount++;
                graph = readGraph((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.graph'));
                break;
            case ModelField.opsetImport:
                opsetImports.push(readOpset((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.opset_import')));
                break;
            case ModelField.metadataProps:
                metadata.push((0,tensor_proto/* readStringPair */._q)((0,tensor_proto/* expectBytes */.nk)(field, 'ModelProto.metadata_props')));
                break;
            case ModelField.functions:
                functionCount++;
                break;
        }
    }
    return {
        irVersion,
        opsetImports,
        producerName,
        producerVersion,
        domain,
        modelVersion,
        docString,
        metadata,
        graph,
        graphFieldCount,
        functionCount
    };
}
function readGraph(bytes) {
    let name = '';
    let sparseInitializerCount = 0;
    const declaredInputs = [];
    const outputs = [];
    const nodes = [];
    const initializers = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        switch (field.number) {
            case GraphField.node:
                nodes.push(readNode((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.node')));
                break;
            case GraphField.name:
                name = model_header_text(field, 'GraphProto.name');
                break;
            case GraphField.initializer:
                initializers.push(describeInitializer((0,tensor_proto/* readTensorProto */.Qo)((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.initializer'))));
                break;
            case GraphField.input:
                declaredInputs.push(readValueInfo((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.input')));
                break;
            case GraphField.output:
                outputs.push(readValueInfo((0,tensor_proto/* expectBytes */.nk)(field, 'GraphProto.output')));
                break;
            case GraphField.sparseInitializer:
                sparseInitializerCount++;
                break;
        }
    }
    return { name, declaredInputs, outputs, nodes, initializers, sparseInitializerCount };
}
function readNode(bytes) {
    let opType = '';
    let domain = '';
    let name = '';
    const outputs = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === NodeField.opType)
            opType = model_header_text(field, 'NodeProto.op_type');
        else if (field.number === NodeField.domain)
            domain = model_header_text(field, 'NodeProto.domain');
        else if (field.number === NodeField.name)
            name = model_header_text(field, 'NodeProto.name');
        else if (field.number === NodeField.output)
            outputs.push(model_header_text(field, 'NodeProto.output'));
    }
    return { opType, domain, name, outputs };
}
function readOpset(bytes) {
    let domain = '';
    let version = 0;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            domain = model_header_text(field, 'OperatorSetIdProto.domain');
        else if (field.number === 2)
            version = expectVarint(field, 'OperatorSetIdProto.version');
    }
    return { domain, version };
}
/** ValueInfoProto → TypeProto → Tensor{elem_type, shape{dim{dim_value | dim_param}}}. */
function readValueInfo(bytes) {
    let name = '';
    let dtype = 'unknown';
    let shape = null;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            name = model_header_text(field, 'ValueInfoProto.name');
        else if (field.number === 2)
            ({ dtype, shape } = readType((0,tensor_proto/* expectBytes */.nk)(field, 'ValueInfoProto.type')));
    }
    return { name, dtype, shape };
}
const NON_TENSOR_KINDS = {
    4: 'sequence',
    5: 'map',
    8: 'sparse_tensor',
    9: 'optional'
};
function readType(bytes) {
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            return readTensorType((0,tensor_proto/* expectBytes */.nk)(field, 'TypeProto.tensor_type'));
        const kind = NON_TENSOR_KINDS[field.number];
        if (kind)
            return { dtype: kind, shape: null };
    }
    return { dtype: 'unknown', shape: null };
}
function readTensorType(bytes) {
    let dtype = 'unknown';
    let shape = null;
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number === 1)
            dtype = (0,element_type/* elementType */.rk)(expectVarint(field, 'TypeProto.Tensor.elem_type')).name;
        else if (field.number === 2)
            shape = readShape((0,tensor_proto/* expectBytes */.nk)(field, 'TypeProto.Tensor.shape'));
    }
    return { dtype, shape };
}
function readShape(bytes) {
    const dims = [];
    for (const field of protobuf_reader/* ProtobufReader */.te.of(bytes).fields()) {
        if (field.number !== 1)
            continue;
        let dim = null;
        for (const part of protobuf_reader/* ProtobufReader */.te.of((0,tensor_proto/* expectBytes */.nk)(field, 'TensorShapeProto.dim')).fields()) {
            if (part.number === 1) {
                expectVarint(part, 'Dimension.dim_value');
                dim = (0,protobuf_reader/* int64Value */.Hb)(part);
            }
            else if (part.number === 2)
                dim = model_header_text(part, 'Dimension.dim_param') || null;
        }
        dims.push(dim);
    }
    return dims;
}
function describeInitializer(tensor) {
    const type = (0,element_type/* elementType */.rk)(tensor.dataType);
    const elements = (0,tensor_proto/* elementCount */.KX)(tensor.dims);
    const base = {
        name: tensor.name,
        dtype: type.name,
        dataType: tensor.dataType,
        dims: tensor.dims,
        elements
    };
    if (tensor.dataLocation === tensor_proto/* DATA_LOCATION_EXTERNAL */.zn || tensor.externalData.size > 0) {
        const external = {
            location: tensor.externalData.get('location') ?? '',
            offset: Number(tensor.externalData.get('offset') ?? '0'),
            length: tensor.externalData.has('length')
                ? Number(tensor.externalData.get('length'))
                : undefined
        };
        return { ...base, storage: 'external', storedBytes: external.length ?? 0, external };
    }
    if (tensor.rawData !== undefined) {
        return {
            ...base,
            storage: 'raw',
            storedBytes: tensor.rawData.length,
            rawDataBytes: tensor.rawData.length
        };
    }
    if (tensor.typedData.size > 0) {
        let typedElements = 0;
        let storedBytes = 0;
        for (const [number, fields] of tensor.typedData) {
            for (const field of fields) {
                storedBytes += field.wireType === protobuf_reader/* WireType */.O0.lengthDelimited ? field.bytes.length : 8;
                typedElements += countTypedElements(number, field);
            }
        }
        return { ...base, storage: 'typed', storedBytes, typedElements };
    }
    return { ...base, storage: 'empty', storedBytes: 0 };
}
function countTypedElements(number, field) {
    if (field.wireType !== protobuf_reader/* WireType */.O0.lengthDelimited)
        return 1;
    if (number === tensor_proto/* TensorField */.aK.floatData)
        return field.bytes.length / 4;
    if (number === tensor_proto/* TensorField */.aK.doubleData)
        return field.bytes.length / 8;
    if (number === tensor_proto/* TensorField */.aK.stringData)
        return 1;
    const values = [];
    (0,protobuf_reader/* readRepeatedVarints */.y3)(field, values);
    return values.length;
}
function expectVarint(field, what) {
    if (field.wireType !== protobuf_reader/* WireType */.O0.varint) {
        throw new protobuf_reader/* ProtobufError */.uk(`${what} has wire type ${field.wireType}, expected varint`);
    }
    return field.value;
}
function model_header_text(field, what) {
    return (0,protobuf_reader/* decodeString */.sc)((0,tensor_proto/* expectBytes */.nk)(field, what));
}

// EXTERNAL MODULE: ./packages/onnx/src/model-signature.ts
var model_signature = __webpack_require__(13579);
;// CONCATENATED MODULE: ./packages/onnx/src/structural-checks.ts



const ORT_1_30_LIMITS = { maxIrVersion: 13, maxDefaultOpset: 26 };
const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);
const KNOWN_DOMAINS = new Set([
    '',
    'ai.onnx',
    'ai.onnx.ml',
    'com.microsoft',
    'ai.onnx.training',
    'ai.onnx.preview.training'
]);
/** Checks that need only the header; external data files are checked by checkExternalData. */
function checkModelStructure(header, limits = ORT_1_30_LIMITS) {
    const findings = [];
    findings.push(...checkVersions(header, limits));
    findings.push(...checkMetadata(header));
    if (header.graphFieldCount > 1) {
        findings.push((0,finding/* finding */.g)('repeated-graph', 'warning', `The model holds ${header.graphFieldCount} graph fields; readers merge them.`));
    }
    const graph = header.graph;
    if (!graph) {
        findings.push((0,finding/* finding */.g)('missing-graph', 'error', 'The model has no graph.'));
        return findings;
    }
    findings.push(...checkGraph(graph));
    findings.push(...checkSignatureTypes(header));
    for (const initializer of graph.initializers)
        findings.push(...checkInitializerSize(initializer));
    return findings;
}
function checkVersions(header, limits) {
    const findings = [];
    if (header.irVersion === undefined || header.irVersion === 0) {
        findings.push((0,finding/* finding */.g)('missing-ir-version', 'error', 'The model does not set ir_version.'));
    }
    else if (header.irVersion > limits.maxIrVersion) {
        findings.push((0,finding/* finding */.g)('ir-version-too-new', 'error', `IR version ${header.irVersion} is newer than onnxruntime supports (≤ ${limits.maxIrVersion}).`));
    }
    if (header.opsetImports.length === 0 && (header.irVersion ?? 0) >= 3) {
        findings.push((0,finding/* finding */.g)('missing-opset-import', 'error', 'The model imports no operator set (required from IR version 3).'));
    }
    const seen = new Set();
    for (const opset of header.opsetImports) {
        const domain = opset.domain || 'ai.onnx';
        if (seen.has(domain))
            findings.push((0,finding/* finding */.g)('duplicate-opset-import', 'error', `Operator set domain "${domain}" is imported twice.`));
        seen.add(domain);
        if (DEFAULT_DOMAINS.has(opset.domain) && opset.version > limits.maxDefaultOpset) {
            findings.push((0,finding/* finding */.g)('opset-too-new', 'error', `ai.onnx opset ${opset.version} is newer than onnxruntime supports (≤ ${limits.maxDefaultOpset}).`));
        }
        if (!KNOWN_DOMAINS.has(opset.domain)) {
            findings.push((0,finding/* finding */.g)('custom-domain', 'info', `The model imports the custom operator domain "${opset.domain}".`));
        }
    }
    return findings;
}
function checkMetadata(header) {
    const keys = header.metadata.map((entry) => entry.key);
    return duplicates(keys).map((key) => (0,finding/* finding */.g)('duplicate-metadata-key', 'error', `Metadata key "${key}" appears more than once.`));
}
function checkGraph(graph) {
    const findings = [];
    if (graph.outputs.length === 0)
        findings.push((0,finding/* finding */.g)('no-outputs', 'error', 'The graph declares no outputs.'));
    const initializerNames = graph.initializers.map((initializer) => initializer.name);
    for (const name of duplicates(initializerNames)) {
        findings.push((0,finding/* finding */.g)('duplicate-initializer', 'error', `Initializer "${name}" is defined more than once.`));
    }
    const initialized = new Set(initializerNames);
    const definitions = [
        ...graph.declaredInputs
            .filter((input) => !initialized.has(input.name))
            .map((input) => input.name),
        ...new Set(initializerNames),
        ...graph.nodes.flatMap((node) => node.outputs.filter((output) => output !== ''))
    ];
    for (const name of duplicates(definitions)) {
        findings.push((0,finding/* finding */.g)('duplicate-value-name', 'error', `Value "${name}" is produced by more than one graph input, initializer or node.`));
    }
    // Sparse initializer names are not read by the header walk, so they could be what an output names.
    if (graph.sparseInitializerCount === 0) {
        const produced = new Set(definitions);
        graph.declaredInputs.forEach((input) => produced.add(input.name));
        for (const output of graph.outputs) {
            if (!produced.has(output.name)) {
                findings.push((0,finding/* finding */.g)('output-not-produced', 'error', `Graph output "${output.name}" is not produced by any node, initializer or graph input.`));
            }
        }
    }
    for (const name of duplicates(graph.outputs.map((output) => output.name))) {
        findings.push((0,finding/* finding */.g)('duplicate-output', 'error', `Graph output "${name}" is declared more than once.`));
    }
    for (const node of graph.nodes) {
        if (node.opType === '')
            findings.push((0,finding/* finding */.g)('node-without-op', 'error', `Node "${node.name}" has no op_type.`));
    }
    if (graph.sparseInitializerCount > 0) {
        findings.push((0,finding/* finding */.g)('sparse-initializers', 'info', `${graph.sparseInitializerCount} sparse initializers are not inventoried.`));
    }
    return findings;
}
function checkSignatureTypes(header) {
    const signature = (0,model_signature/* modelSignature */.S)(header);
    const findings = [];
    for (const [kind, values] of [
        ['input', signature.inputs],
        ['output', signature.outputs]
    ]) {
        for (const value of values) {
            if (!(0,element_type/* isFeedableByNode */.Qb)(value.dtype)) {
                findings.push((0,finding/* finding */.g)('unsupported-io-type', 'error', `Graph ${kind} "${value.name}" has type ${value.dtype}, which onnxruntime-node cannot exchange; cast it to float32/float16 at the graph boundary.`));
            }
            for (const dim of value.shape ?? []) {
                if (typeof dim === 'number' && dim < 0) {
                    findings.push((0,finding/* finding */.g)('negative-dimension', 'error', `Graph ${kind} "${value.name}" declares a negative dimension ${dim}.`));
                }
            }
        }
    }
    return findings;
}
/** onnx.checker does not compare raw_data with the declared shape (research §2.1); do it here. */
function checkInitializerSize(initializer) {
    if (initializer.dims.some((dim) => dim < 0)) {
        return [
            (0,finding/* finding */.g)('negative-dimension', 'error', `Initializer "${initializer.name}" declares a negative dimension.`)
        ];
    }
    const expected = (0,element_type/* denseByteSize */.pp)(initializer.dataType, initializer.elements);
    if (initializer.storage === 'raw' &&
        expected !== undefined &&
        initializer.rawDataBytes !== expected) {
        return [
            (0,finding/* finding */.g)('raw-data-size-mismatch', 'error', `Initializer "${initializer.name}" (${initializer.dtype} [${initializer.dims.join(', ')}]) holds ${initializer.rawDataBytes} bytes of raw_data; its shape needs ${expected}.`)
        ];
    }
    const packsSeveralPerValue = (0,element_type/* elementType */.rk)(initializer.dataType).bits === 4 || initializer.dtype.startsWith('complex');
    if (initializer.storage === 'typed' &&
        initializer.dtype !== 'string' &&
        !packsSeveralPerValue &&
        initializer.typedElements !== initializer.elements) {
        return [
            (0,finding/* finding */.g)('typed-data-count-mismatch', 'error', `Initializer "${initializer.name}" holds ${initializer.typedElements} values; its shape [${initializer.dims.join(', ')}] needs ${initializer.elements}.`)
        ];
    }
    if (initializer.storage === 'empty' && initializer.elements > 0) {
        return [
            (0,finding/* finding */.g)('initializer-without-data', 'error', `Initializer "${initializer.name}" has a shape but no data.`)
        ];
    }
    return [];
}
function duplicates(names) {
    const seen = new Set();
    const repeated = new Set();
    for (const name of names) {
        if (seen.has(name))
            repeated.add(name);
        seen.add(name);
    }
    return [...repeated];
}

;// CONCATENATED MODULE: ./packages/onnx/src/model-inspection.ts










/** Everything learned from the bytes alone: digest, header, structural and external-data findings. */
async function inspectModel(path, displayPath, inputName, limits) {
    const bytes = await (0,promises_.readFile)(path).catch((error) => {
        throw new errors/* ConfigurationError */.j(`${inputName} "${displayPath}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, inputName);
    });
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    let header;
    const findings = [];
    try {
        header = readModelHeader(bytes);
    }
    catch (error) {
        if (!(error instanceof protobuf_reader/* ProtobufError */.uk))
            throw error;
        findings.push((0,finding/* finding */.g)('invalid-protobuf', 'error', `"${displayPath}" is not a valid ONNX protobuf: ${error.message}.`));
    }
    let externalDataBytes = 0;
    if (header) {
        findings.push(...checkModelStructure(header, limits));
        const external = await checkExternalData(header.graph?.initializers ?? [], (0,external_node_path_.dirname)(path));
        findings.push(...external.findings);
        externalDataBytes = external.files.reduce((sum, file) => sum + file.bytes, 0);
    }
    return {
        file: {
            path: displayPath,
            sha256,
            fileBytes: bytes.length,
            externalDataBytes,
            totalBytes: bytes.length + externalDataBytes
        },
        header,
        signature: header ? (0,model_signature/* modelSignature */.S)(header) : { inputs: [], outputs: [] },
        findings,
        unsafeToLoad: findings.some((entry) => entry.code === 'external-data-unsafe-path')
    };
}

// EXTERNAL MODULE: ./packages/onnx/src/model-session.ts
var model_session = __webpack_require__(83349);
;// CONCATENATED MODULE: ./packages/onnx/src/structure-summary.ts
const LARGEST_INITIALIZERS = 10;
/** The report's view of the header: counts and sizes, no tensor data. */
function summarizeStructure(header) {
    const graph = header.graph;
    const opHistogram = {};
    for (const node of graph?.nodes ?? []) {
        const key = node.domain && node.domain !== 'ai.onnx' ? `${node.domain}::${node.opType}` : node.opType;
        opHistogram[key] = (opHistogram[key] ?? 0) + 1;
    }
    const byDtype = {};
    let parameters = 0;
    let bytes = 0;
    let externalBytes = 0;
    for (const initializer of graph?.initializers ?? []) {
        const group = byDtype[initializer.dtype] ?? { count: 0, parameters: 0, bytes: 0 };
        byDtype[initializer.dtype] = {
            count: group.count + 1,
            parameters: group.parameters + initializer.elements,
            bytes: group.bytes + initializer.storedBytes
        };
        parameters += initializer.elements;
        bytes += initializer.storedBytes;
        if (initializer.storage === 'external')
            externalBytes += initializer.storedBytes;
    }
    const largest = [...(graph?.initializers ?? [])]
        .sort((a, b) => b.storedBytes - a.storedBytes)
        .slice(0, LARGEST_INITIALIZERS)
        .map((initializer) => ({
        name: initializer.name,
        dtype: initializer.dtype,
        dims: initializer.dims,
        bytes: initializer.storedBytes,
        external: initializer.storage === 'external'
    }));
    return {
        irVersion: header.irVersion,
        opsetImports: header.opsetImports,
        producer: { name: header.producerName, version: header.producerVersion },
        domain: header.domain,
        modelVersion: header.modelVersion,
        metadata: Object.fromEntries(header.metadata.map((entry) => [entry.key, entry.value])),
        graphName: graph?.name ?? '',
        nodeCount: graph?.nodes.length ?? 0,
        opHistogram,
        initializers: {
            count: graph?.initializers.length ?? 0,
            parameters,
            bytes,
            externalBytes,
            byDtype,
            largest
        }
    };
}

// EXTERNAL MODULE: ./packages/onnx/src/synthetic-inputs.ts
var synthetic_inputs = __webpack_require__(76798);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
// EXTERNAL MODULE: ./packages/core/src/markdown/distinct-number.ts
var distinct_number = __webpack_require__(71197);
;// CONCATENATED MODULE: ./packages/onnx/src/verification-verdict.ts

/** Fail on any error; inconclusive only when nothing failed but a decision could not be made. */
function decideVerdict(report) {
    const failures = [];
    const doubts = [];
    const errors = (findings) => findings.filter((entry) => entry.severity === 'error');
    for (const entry of errors(report.findings))
        failures.push(`structure: ${entry.message}`);
    if (!report.load.ok)
        failures.push(`load: ${report.load.error?.message ?? report.load.skipped ?? 'not loaded'}`);
    for (const entry of errors(report.contract?.findings ?? []))
        failures.push(`contract: ${entry.message}`);
    const parity = report.parity;
    if (parity && !('skipped' in parity) && !parity.passed) {
        if (parity.runError)
            failures.push(`parity: onnxruntime rejected the reference inputs: ${parity.runError}`);
        else if (parity.outputs.length === 0)
            failures.push('parity: no model output has reference data');
        for (const output of parity.outputs.filter((entry) => !entry.passed)) {
            failures.push(`parity: output "${output.name}": ${output.failure ?? 'mismatch'} (max abs error ${(0,number_format/* formatNumber */.ZV)(output.maxAbsError)})`);
        }
    }
    const batch = report.batchConsistency;
    if (batch?.status === 'checked' && !batch.passed) {
        failures.push(`batch: batch of ${batch.batchSize} differs from one-by-one runs${batch.runError ? ` (${batch.runError})` : ''}`);
    }
    const latency = report.latency;
    if (latency?.error)
        failures.push(`latency: ${latency.error}`);
    if (latency?.maxP95Ms !== undefined && latency.candidate.p95Ms > latency.maxP95Ms) {
        failures.push(`latency: p95 ${(0,distinct_number/* formatDistinct */._)(latency.candidate.p95Ms, [latency.maxP95Ms])} ms exceeds the budget of ${latency.maxP95Ms} ms`);
    }
    if (latency?.comparison?.verdict === 'fail')
        failures.push(`latency: ${latency.comparison.reason}`);
    if (latency?.comparison?.verdict === 'inconclusive')
        doubts.push(`latency: ${latency.comparison.reason}`);
    if (report.size.maxSizeMb !== undefined && report.size.totalMb > report.size.maxSizeMb) {
        failures.push(`size: ${(0,distinct_number/* formatDistinct */._)(report.size.totalMb, [report.size.maxSizeMb])} MB exceeds the budget of ${report.size.maxSizeMb} MB`);
    }
    if (failures.length > 0)
        return { result: 'fail', reasons: [...failures, ...doubts] };
    if (doubts.length > 0)
        return { result: 'inconclusive', reasons: doubts };
    return { result: 'pass', reasons: [] };
}

;// CONCATENATED MODULE: ./packages/onnx/src/verify-model.ts










const MEGABYTE = 1024 * 1024;
/** The whole verification of one exported model; the report's verdict says whether it passed. */
async function verifyModel(options) {
    const log = options.log ?? (() => undefined);
    const { candidate, baseline } = await inspectModels(options, log);
    const contract = await readContract(options, candidate, baseline);
    const load = await loadCandidate(options, candidate);
    const samples = await loadSamples(options, candidate);
    const checked = load.session
        ? await checkSession(options, load.session, candidate, baseline, samples, log)
        : samples.length > 0
            ? { parity: { skipped: 'the model did not load' } }
            : {};
    const partial = {
        ...(options.gitSha ? { gitSha: options.gitSha } : {}),
        ...options.run,
        subject: { ...options.subject, sha256: candidate.file.sha256 },
        model: candidate.file,
        ...(baseline ? baselineSection(options, baseline) : {}),
        runtime: runtimeSection(options.runtime),
        structure: candidate.header ? summarizeStructure(candidate.header) : undefined,
        signature: candidate.signature,
        findings: candidate.findings,
        load: load.outcome,
        ...(contract ? { contract } : {}),
        ...checked,
        size: {
            totalMb: candidate.file.totalBytes / MEGABYTE,
            ...(options.maxSizeMb !== undefined ? { maxSizeMb: options.maxSizeMb } : {}),
            ...(baseline ? { baselineMb: baseline.file.totalBytes / MEGABYTE } : {})
        }
    };
    return {
        schemaVersion: 1,
        kind: 'onnx-verification',
        createdAt: (options.now ?? (() => new Date()))().toISOString(),
        ...partial,
        verdict: decideVerdict(partial)
    };
}
async function inspectModels(options, log) {
    const candidate = await inspectModel(options.model.path, options.model.display, 'model');
    log(`Model ${options.model.display}: ${candidate.file.totalBytes} bytes, sha256 ${candidate.file.sha256}`);
    const baseline = options.baselineModel
        ? await inspectModel(options.baselineModel.path, options.baselineModel.display, 'baseline-model')
        : undefined;
    return { candidate, baseline };
}
// Reference data, parity, the batch check, the signature contract and the latency worker are
// optional steps: each loads its code (the npz/zlib readers, worker_threads) only when it runs.
async function loadSamples(options, candidate) {
    if (!options.references)
        return [];
    const { loadReferenceSamples } = await __webpack_require__.e(/* import() */ 9561).then(__webpack_require__.bind(__webpack_require__, 99561));
    return loadReferenceSamples(options.references, candidate.signature, options.resolvePath);
}
/** Parity and the batch check on the loaded session (released after them), then latency. */
async function checkSession(options, session, candidate, baseline, samples, log) {
    const { ort } = options.runtime;
    const checks = {};
    try {
        if (samples.length > 0) {
            log(`Parity on ${samples.length} reference sample(s)`);
            const { checkParity } = await __webpack_require__.e(/* import() */ 9801).then(__webpack_require__.bind(__webpack_require__, 29801));
            checks.parity = await checkParity(ort, session, candidate.signature, samples, options.tolerance);
        }
        else if (options.references) {
            checks.parity = { skipped: 'no reference data given' };
        }
        if (options.batchCheck > 0) {
            log(`Batch consistency: batch of ${options.batchCheck} vs one by one`);
            const { checkBatchConsistency } = await __webpack_require__.e(/* import() */ 536).then(__webpack_require__.bind(__webpack_require__, 60536));
            checks.batchConsistency = await checkBatchConsistency(ort, session, candidate.signature, options.batchCheck, options.tolerance);
        }
    }
    finally {
        await session.release();
    }
    if (options.runs > 0) {
        log(`Latency: at least ${options.warmupRuns} warm-up + ${options.runs} timed runs in a worker thread`);
        checks.latency = await measureCandidateLatency(options, candidate, baseline, samples);
    }
    return checks;
}
function baselineSection(options, baseline) {
    return {
        baselineModel: baseline.file,
        baseline: {
            source: 'file',
            ...options.baselineOrigin,
            path: baseline.file.path,
            sha256: baseline.file.sha256
        }
    };
}
function runtimeSection(runtime) {
    return {
        package: 'onnxruntime-node',
        version: runtime.version,
        source: runtime.source,
        directory: runtime.packageDirectory,
        platform: process.platform,
        arch: (0,external_node_os_.arch)()
    };
}
async function readContract(options, candidate, baseline) {
    if (options.contract) {
        const { path, display } = options.contract;
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => {
            throw new errors/* ConfigurationError */.j(`contract "${display}" cannot be read.`, 'contract');
        });
        const { checkSignatureContract, parseSignatureContract } = await signatureContract();
        const expected = parseSignatureContract(text, display);
        return {
            source: `file ${display}`,
            findings: checkSignatureContract(expected, candidate.signature)
        };
    }
    if (baseline?.header) {
        const { checkSignatureContract } = await signatureContract();
        return {
            source: `baseline model ${baseline.file.path}`,
            findings: checkSignatureContract(baseline.signature, candidate.signature)
        };
    }
    return undefined;
}
const signatureContract = () => __webpack_require__.e(/* import() */ 2114).then(__webpack_require__.bind(__webpack_require__, 32114));
async function loadCandidate(options, candidate) {
    if (candidate.unsafeToLoad) {
        return {
            outcome: {
                ok: false,
                skipped: 'not handed to onnxruntime: external data points outside the model folder'
            }
        };
    }
    const loaded = await (0,model_session/* createSession */.jw)(options.runtime.ort, options.model.path);
    if (!loaded.ok)
        return { outcome: { ok: false, createMs: loaded.createMs, error: loaded.error } };
    return { outcome: { ok: true, createMs: loaded.createMs }, session: loaded.session };
}
async function measureCandidateLatency(options, candidate, baseline, samples) {
    const first = samples[0];
    const candidateFeeds = first
        ? (0,feed_preparation/* prepareFeeds */.h)(first.inputs, candidate.signature, first.label).feeds
        : (0,synthetic_inputs/* syntheticInputs */.T)(candidate.signature.inputs, {});
    const models = [
        { label: 'candidate', path: options.model.path, feeds: candidateFeeds }
    ];
    const baselineLoads = baseline && options.baselineModel && !baseline.unsafeToLoad && baseline.header;
    if (baselineLoads && options.baselineModel) {
        const feeds = sameInputs(candidate.signature, baseline.signature, candidateFeeds) ??
            (0,synthetic_inputs/* syntheticInputs */.T)(baseline.signature.inputs, {});
        models.push({ label: 'baseline', path: options.baselineModel.path, feeds });
    }
    const inputs = first ? 'reference' : 'synthetic';
    const budget = options.maxP95Ms !== undefined ? { maxP95Ms: options.maxP95Ms } : {};
    const { measureLatency } = await __webpack_require__.e(/* import() */ 9238).then(__webpack_require__.bind(__webpack_require__, 59238));
    try {
        const measured = await measureLatency(options.runtime.packageDirectory, models, {
            warmupRuns: options.warmupRuns,
            runs: options.runs
        });
        const [candidateStats, baselineStats] = measured.models;
        return {
            candidate: withoutSamples(candidateStats),
            ...(baselineStats
                ? {
                    baseline: withoutSamples(baselineStats),
                    comparison: compareLatency(candidateStats.samplesMs, baselineStats.samplesMs, options.latencyTolerance)
                }
                : {}),
            peakRssMb: measured.peakRssMb,
            inputs,
            ...budget
        };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { candidate: emptyFigures(), peakRssMb: 0, inputs, ...budget, error: message };
    }
}
function sameInputs(candidate, baseline, feeds) {
    const key = (signature) => signature.inputs.map((input) => `${input.name}:${input.dtype}`).join(',');
    return key(candidate) === key(baseline) ? feeds : undefined;
}
function withoutSamples(stats) {
    const { samplesMs: _samples, ...figures } = stats;
    return figures;
}
function emptyFigures() {
    return {
        label: 'candidate',
        runs: 0,
        warmupRuns: 0,
        sessionCreateMs: NaN,
        firstInferenceMs: NaN,
        minMs: NaN,
        p50Ms: NaN,
        p90Ms: NaN,
        p95Ms: NaN,
        p99Ms: NaN,
        maxMs: NaN,
        meanMs: NaN,
        stddevMs: NaN,
        throughputPerSecond: NaN,
        percentileMethod: ''
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/display-path.ts
var display_path = __webpack_require__(45841);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
;// CONCATENATED MODULE: ./packages/onnx/src/report-markdown.ts


const VERDICT_ICON = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️'
};
const number = (value, digits = 4) => value === undefined || Number.isNaN(value)
    ? '–'
    : (0,number_format/* formatNumber */.ZV)(value, { significantDigits: digits });
const report_markdown_code = (text) => (0,trusted/* trustedMarkdown */.p)((0,code/* inlineCode */.t)(text));
const mark = (ok) => (0,trusted/* trustedMarkdown */.p)(ok ? '✅ pass' : '❌ fail');
/**
 * The report in the layout every ml-actions comment has: line 1 the verdict and why, one compact
 * table of the checks (load, parity per output, batch, latency, size, contract), and the rest
 * folded: parity in full, signature, latency, structure, provenance. Every name that came from the
 * model or the user's files is escaped.
 */
function renderReportMarkdown(report) {
    const sections = [
        `## ${VERDICT_ICON[report.verdict.result]} ONNX export verification: ${report.verdict.result} — ${whySentence(report)}`,
        report.verdict.reasons.length > 1 ? renderReasons(report) : '',
        renderChecks(report),
        renderParityDetails(report),
        renderSignature(report),
        renderFindings('Structure findings', report.findings),
        report.contract
            ? renderFindings(`Signature contract (against ${report.contract.source})`, report.contract.findings, 'No breaking changes.')
            : '',
        renderBatch(report),
        report.latency ? renderLatency(report.latency) : '',
        renderStructureDetails(report),
        renderProvenance(report)
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
/** Escaped: the first reason it failed, or what passed in a few words. */
function whySentence(report) {
    const [first, ...more] = report.verdict.reasons;
    if (first !== undefined) {
        return `${(0,markdown_escape/* escapeText */.X1)(first)}${more.length > 0 ? ` (and ${more.length} more)` : ''}`;
    }
    const parts = [];
    const parity = report.parity;
    if (parity && !('skipped' in parity)) {
        const worst = Math.max(...parity.outputs.map((output) => output.maxAbsError));
        parts.push(`${parity.outputs.length === 1 ? 'the output matches' : `all ${parity.outputs.length} outputs match`} the reference (max abs error ${number(worst, 3)})`);
    }
    else if (report.load.ok) {
        parts.push('the model loads in onnxruntime');
    }
    const latency = report.latency;
    if (latency && !latency.error)
        parts.push(`p95 ${number(latency.candidate.p95Ms, 3)} ms`);
    parts.push(`${number(report.size.totalMb, 3)} MB`);
    return parts.join(', ');
}
/** One row per check a reader looks at: what was measured, the limit, the result. */
function renderChecks(report) {
    const rows = [];
    const { load } = report;
    rows.push([
        'load',
        load.ok
            ? `session in ${number(load.createMs, 3)} ms`
            : (0,trusted/* trustedMarkdown */.p)((0,markdown_escape/* escapeText */.X1)(load.error ? load.error.kind : (load.skipped ?? 'not loaded'))),
        'onnxruntime accepts it',
        mark(load.ok)
    ]);
    const structureErrors = report.findings.filter((entry) => entry.severity === 'error').length;
    if (report.findings.length > 0) {
        rows.push([
            'structure',
            `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${structureErrors} error${structureErrors === 1 ? '' : 's'}`,
            'no errors',
            mark(structureErrors === 0)
        ]);
    }
    if (report.contract) {
        const breaking = report.contract.findings.filter((entry) => entry.severity === 'error').length;
        rows.push([
            'signature contract',
            breaking === 0 ? 'no breaking change' : `${breaking} breaking`,
            'as the baseline',
            mark(breaking === 0)
        ]);
    }
    rows.push(...parityRows(report.parity));
    const batch = report.batchConsistency;
    if (batch?.status === 'checked') {
        rows.push([
            'batch consistency',
            `batch of ${batch.batchSize} vs one at a time`,
            'same outputs',
            mark(batch.passed)
        ]);
    }
    rows.push(...latencyRows(report.latency));
    const { size } = report;
    rows.push([
        'size',
        `${number(size.totalMb, 3)} MB`,
        size.maxSizeMb !== undefined ? `≤ ${number(size.maxSizeMb)} MB` : 'reported',
        mark(size.maxSizeMb === undefined || size.totalMb <= size.maxSizeMb)
    ]);
    return (0,table/* table */.t)(['Check', 'Observed', 'Limit', 'Result'], rows, ['left', 'right', 'left', 'left']);
}
/** The parity rows: one per output (and its argmax agreement), or why parity did not run. */
function parityRows(parity) {
    const rows = [];
    if (parity && 'skipped' in parity)
        rows.push(['parity', 'skipped', '–', '⏭️ skipped']);
    else if (parity) {
        if (parity.runError)
            rows.push(['parity', 'reference inputs rejected', '–', mark(false)]);
        for (const output of parity.outputs) {
            rows.push([
                (0,trusted/* trustedMarkdown */.p)(`parity ${(0,code/* inlineCode */.t)(output.name)}`),
                `max abs ${number(output.maxAbsError, 3)}`,
                `atol ${number(output.atol)}, rtol ${number(output.rtol)}`,
                mark(output.passed)
            ]);
            if (output.argmax) {
                rows.push([
                    (0,trusted/* trustedMarkdown */.p)(`argmax ${(0,code/* inlineCode */.t)(output.name)}`),
                    `${output.argmax.agreeing} of ${output.argmax.rows} rows agree`,
                    'reported',
                    (0,trusted/* trustedMarkdown */.p)(output.argmax.agreeing === output.argmax.rows ? '✅ all' : 'ℹ️ some differ')
                ]);
            }
        }
    }
    return rows;
}
/** The latency rows: p95 against its limit and, given a baseline, the median ratio's verdict. */
function latencyRows(latency) {
    const rows = [];
    if (latency) {
        rows.push([
            'latency p95',
            latency.error ? 'not measured' : `${number(latency.candidate.p95Ms, 3)} ms`,
            latency.maxP95Ms !== undefined ? `≤ ${number(latency.maxP95Ms)} ms` : 'reported',
            latency.error
                ? mark(false)
                : mark(latency.maxP95Ms === undefined || latency.candidate.p95Ms <= latency.maxP95Ms)
        ]);
        if (latency.comparison) {
            rows.push([
                'latency vs baseline',
                `median × ${number(latency.comparison.medianRatio, 3)}`,
                `≤ × ${number(1 + latency.comparison.tolerance, 3)}`,
                (0,trusted/* trustedMarkdown */.p)(latency.comparison.verdict === 'pass'
                    ? '✅ pass'
                    : latency.comparison.verdict === 'fail'
                        ? '❌ fail'
                        : '⚠️ inconclusive')
            ]);
        }
    }
    return rows;
}
function renderReasons(report) {
    return report.verdict.reasons.map((reason) => `- ${(0,markdown_escape/* escapeText */.X1)(reason)}`).join('\n');
}
/** Where the numbers come from: the file, its digest, the runtime, the commit, the baseline. */
function renderProvenance(report) {
    const { model, runtime } = report;
    const lines = [
        `**Model:** ${(0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(model.path))}, sha256 ${shaCode(model.sha256, 12)} (of the .onnx file)${report.gitSha ? ` at commit ${shaCode(report.gitSha, 7)}` : ''}.`,
        `**Runtime:** onnxruntime-node ${(0,markdown_escape/* escapeText */.X1)(runtime.version)} (${(0,markdown_escape/* escapeText */.X1)(runtime.source)}, ${(0,markdown_escape/* escapeText */.X1)(`${runtime.platform}-${runtime.arch}`)}).`
    ];
    if (report.baseline) {
        const from = report.baseline.source === 'registry' && report.baseline.model
            ? `${(0,code/* inlineCode */.t)(`${report.baseline.model}/${report.baseline.version ?? '?'}`)}${report.baseline.alias ? ` (alias ${(0,code/* inlineCode */.t)(report.baseline.alias)})` : ''} from the registry`
            : (0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(report.baseline.path));
        lines.push(`**Baseline:** ${from}, sha256 ${shaCode(report.baseline.sha256, 12)}.`);
    }
    return (0,details/* details */.z)('Provenance', lines.join('\n\n'));
}
/** A digest or commit cut to `length`, the whole value in the title a mouse-over shows. */
function shaCode(sha, length) {
    const safe = sha.replace(/[^0-9a-fA-F]/g, '');
    return `<code title="${safe}">${safe.slice(0, length)}</code>`;
}
function renderSignature(report) {
    const rows = [
        ...report.signature.inputs.map((value) => [
            'input',
            report_markdown_code(value.name),
            value.dtype,
            report_markdown_code((0,model_signature/* formatShape */.B)(value.shape))
        ]),
        ...report.signature.outputs.map((value) => [
            'output',
            report_markdown_code(value.name),
            value.dtype,
            report_markdown_code((0,model_signature/* formatShape */.B)(value.shape))
        ])
    ];
    if (rows.length === 0)
        return '';
    return (0,details/* details */.z)('Signature', (0,table/* table */.t)(['', 'Name', 'Type', 'Shape'], rows));
}
function renderFindings(title, findings, whenEmpty = '') {
    if (findings.length === 0)
        return whenEmpty ? (0,details/* details */.z)(title, whenEmpty) : '';
    const rows = findings.map((entry) => [entry.severity, report_markdown_code(entry.code), entry.message]);
    return (0,details/* details */.z)(`${title}: ${findings.length}`, (0,table/* table */.t)(['Severity', 'Code', 'Message'], rows), findings.some((entry) => entry.severity === 'error') ? { open: true } : {});
}
/** How parity was judged and every figure of it, folded; a load error in full. */
function renderParityDetails(report) {
    const { load } = report;
    const loadError = !load.ok && load.error
        ? `**${(0,markdown_escape/* escapeText */.X1)(load.error.kind)}**: ${(0,markdown_escape/* escapeText */.X1)(load.error.message)}`
        : '';
    const parity = report.parity;
    if (!parity)
        return loadError;
    if ('skipped' in parity)
        return [loadError, `Parity skipped: ${(0,markdown_escape/* escapeText */.X1)(parity.skipped)}.`]
            .filter(Boolean)
            .join('\n\n');
    const { atol, rtol } = parity.tolerance;
    const overrides = Object.keys(parity.tolerance.perOutput ?? {}).length;
    const feeds = `${parity.samples} reference feed${parity.samples === 1 ? '' : 's'}`;
    const method = `${feeds}; ${(0,markdown_escape/* escapeText */.X1)(parity.semantics)}; atol ${number(atol)}, rtol ${number(rtol)}${overrides ? `, ${overrides} output${overrides === 1 ? '' : 's'} with their own tolerance` : ''}. "atol needed" / "rtol needed": the smallest value that would pass with the other one unchanged.`;
    const notes = [
        parity.runError
            ? `onnxruntime rejected the reference inputs: ${(0,markdown_escape/* escapeText */.X1)(parity.runError)}`
            : '',
        parity.casts.length
            ? `Inputs converted: ${parity.casts.map((cast) => (0,markdown_escape/* escapeText */.X1)(cast)).join(', ')}.`
            : '',
        parity.uncompared.length
            ? `Outputs without reference data (not compared): ${parity.uncompared.map((name) => (0,code/* inlineCode */.t)(name)).join(', ')}.`
            : ''
    ].filter(Boolean);
    const body = [method, ...notes, parityTable(parity.outputs), worstElements(parity.outputs)];
    return [loadError, (0,details/* details */.z)('Parity in full', body.filter(Boolean).join('\n\n'))]
        .filter(Boolean)
        .join('\n\n');
}
/** Outputs per table of error figures: more columns would not fit a comment's 860 px. */
const OUTPUTS_PER_TABLE = 4;
/** Every error figure of each output, one column per output (pass or fail is in the checks). */
function parityTable(outputs) {
    const tables = [];
    for (let start = 0; start < outputs.length; start += OUTPUTS_PER_TABLE) {
        const chunk = outputs.slice(start, start + OUTPUTS_PER_TABLE);
        const figure = (label, value) => [
            label,
            ...chunk.map(value)
        ];
        const rows = [
            figure('result', (output) => (0,trusted/* trustedMarkdown */.p)(output.passed ? '✅ pass' : `❌ ${(0,markdown_escape/* escapeText */.X1)(output.failure ?? 'fail')}`)),
            figure('max abs error', (output) => number(output.maxAbsError, 3)),
            figure('mean abs error', (output) => number(output.meanAbsError, 3)),
            figure('p99 abs error', (output) => number(output.p99AbsError, 3)),
            figure('max rel error', (output) => number(output.maxRelError, 3)),
            figure('atol needed', (output) => number(output.minPassingAtol, 3)),
            figure('rtol needed', (output) => number(output.minPassingRtol, 3)),
            figure('tolerance', (output) => `atol ${number(output.atol)}, rtol ${number(output.rtol)}`)
        ];
        tables.push((0,table/* table */.t)(['', ...chunk.map((output) => report_markdown_code(output.name))], rows, [
            'left',
            ...chunk.map(() => 'right')
        ]));
    }
    return tables.join('\n\n');
}
function worstElements(outputs) {
    const rows = outputs.flatMap((output) => output.worst.map((element) => [
        report_markdown_code(output.name),
        element.sample,
        report_markdown_code(`[${element.index.join(', ')}]`),
        number(element.actual, 6),
        number(element.expected, 6),
        number(element.absError, 3),
        number(element.relError, 3)
    ]));
    if (rows.length === 0)
        return '';
    return `Largest differences:\n\n${(0,table/* table */.t)(['Output', 'Sample', 'Index', 'ONNX', 'Reference', 'abs', 'rel'], rows, ['left', 'left', 'left', 'right', 'right', 'right', 'right'])}`;
}
function renderBatch(report) {
    const batch = report.batchConsistency;
    if (!batch)
        return '';
    if (batch.status === 'skipped')
        return (0,details/* details */.z)('Batch consistency: skipped', `${(0,markdown_escape/* escapeText */.X1)(batch.reason)}.`);
    const verdict = batch.passed ? '✅ consistent' : '❌ inconsistent';
    const summary = `${verdict}: batch of ${batch.batchSize} (${(0,code/* inlineCode */.t)(batch.batchDimension)}) vs one sample at a time.`;
    return (0,details/* details */.z)('Batch consistency', [summary, batch.runError ? (0,markdown_escape/* escapeText */.X1)(batch.runError) : '', parityTable(batch.outputs)]
        .filter(Boolean)
        .join('\n\n'));
}
function renderLatency(latency) {
    if (latency.error)
        return (0,details/* details */.z)('Latency', `❌ ${(0,markdown_escape/* escapeText */.X1)(latency.error)}`);
    const rows = [latency.candidate, ...(latency.baseline ? [latency.baseline] : [])].map((stats) => [
        stats.label,
        number(stats.sessionCreateMs, 3),
        number(stats.firstInferenceMs, 3),
        number(stats.p50Ms, 3),
        number(stats.p90Ms, 3),
        number(stats.p95Ms, 3),
        number(stats.p99Ms, 3),
        number(stats.meanMs, 3),
        number(stats.stddevMs, 3),
        number(stats.throughputPerSecond, 4)
    ]);
    const lines = [
        (0,table/* table */.t)(['Model', 'session', 'first run', 'p50', 'p90', 'p95', 'p99', 'mean', 'std', 'runs/s'], rows, ['left', ...Array(9).fill('right')]),
        `Milliseconds. ${latency.candidate.runs} timed runs after ${latency.candidate.warmupRuns} warm-up runs on ${latency.inputs} inputs, in a worker thread; percentiles: ${(0,markdown_escape/* escapeText */.X1)(latency.candidate.percentileMethod)}. Peak RSS ${number(latency.peakRssMb)} MB.${latency.maxP95Ms !== undefined ? ` Budget: p95 ≤ ${number(latency.maxP95Ms)} ms.` : ''}`
    ];
    if (latency.comparison) {
        lines.push(`Against the baseline (${latency.comparison.verdict}): ${(0,markdown_escape/* escapeText */.X1)(latency.comparison.reason)}; median ratio ${number(latency.comparison.medianRatio, 3)}, p95 ratio ${number(latency.comparison.p95Ratio, 3)}.`);
    }
    return (0,details/* details */.z)('Latency', lines.join('\n\n'));
}
function renderStructureDetails(report) {
    const structure = report.structure;
    if (!structure)
        return '';
    const facts = [
        ['IR version', String(structure.irVersion ?? '–')],
        [
            'Opsets',
            structure.opsetImports
                .map((opset) => `${opset.domain || 'ai.onnx'} ${opset.version}`)
                .join(', ')
        ],
        ['Producer', `${structure.producer.name} ${structure.producer.version}`.trim()],
        ['Nodes', String(structure.nodeCount)],
        [
            'Parameters',
            `${structure.initializers.parameters} in ${structure.initializers.count} initializers (${number(structure.initializers.bytes / 1024 / 1024)} MB, ${number(structure.initializers.externalBytes / 1024 / 1024)} MB external)`
        ],
        ...Object.entries(structure.metadata).map(([key, value]) => [`metadata ${key}`, value])
    ];
    const ops = Object.entries(structure.opHistogram)
        .sort((a, b) => b[1] - a[1])
        .map(([op, count]) => [report_markdown_code(op), String(count)]);
    const largest = structure.initializers.largest.map((initializer) => [
        report_markdown_code(initializer.name),
        initializer.dtype,
        report_markdown_code(`[${initializer.dims.join(', ')}]`),
        String(initializer.bytes),
        initializer.external ? 'external' : ''
    ]);
    const body = [
        (0,table/* table */.t)(['', 'Value'], facts),
        ops.length ? (0,table/* table */.t)(['Op', 'Count'], ops) : '',
        largest.length ? (0,table/* table */.t)(['Largest initializers', 'Type', 'Shape', 'Bytes', ''], largest) : ''
    ];
    return (0,details/* details */.z)('Model structure', body.filter(Boolean).join('\n\n'));
}

// EXTERNAL MODULE: ./packages/onnx/src/tolerance-spec.ts
var tolerance_spec = __webpack_require__(94848);
// EXTERNAL MODULE: ./packages/core/src/ci/index.ts
var ci = __webpack_require__(6154);
;// CONCATENATED MODULE: ./actions/onnx-export-verify/src/verify-export.ts










const REPORT_FILE_NAME = 'onnx-verification.json';
/**
 * The action: optional export command, then the verification of the model, the JSON report, the
 * job summary and (when asked) the sticky PR comment. onnxruntime-node comes from onnxruntime-path,
 * the tool cache, or the npm registry (NPM_CONFIG_REGISTRY, NODE_AUTH_TOKEN for a private mirror).
 */
const verifyExport = async (inputs, context) => {
    const workingDirectory = (0,external_node_path_.resolve)(context.cwd, inputs.workingDirectory);
    const locate = (path) => (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workingDirectory, path);
    if (inputs.exportCommand) {
        const failed = await runExport(inputs, context, workingDirectory);
        if (failed)
            return failed;
    }
    const report = await verifyExportedModel(inputs, context, workingDirectory, locate);
    return publishVerification(inputs, context, report, workingDirectory, locate);
};
/** The export command; its failure is the step's, with nothing verified. */
async function runExport(inputs, context, workingDirectory) {
    context.log.info(`Running the export command in ${workingDirectory}`);
    // Optional (export-command): the child-process code loads only for runs that export.
    const { runExportCommand } = await __webpack_require__.e(/* import() */ 3240).then(__webpack_require__.bind(__webpack_require__, 23240));
    const exported = await runExportCommand(inputs.exportCommand, workingDirectory, context.env, context.log);
    if (exported.exitCode === 0)
        return undefined;
    const how = exported.signal
        ? `was killed by ${exported.signal}`
        : `exited with code ${exported.exitCode}`;
    const failure = `The export command ${how}; no model was verified.`;
    const markdown = `## ❌ ONNX export verification: fail — ${(0,markdown_escape/* escapeText */.X1)(failure)}\n`;
    const comment = await postComment(inputs, context, markdown);
    return { outputs: { result: 'fail', 'comment-url': comment.url }, report: markdown, failure };
}
/** The baseline (registry or file), the runtime, then the verification of the model. */
async function verifyExportedModel(inputs, context, workingDirectory, locate) {
    const location = (path) => ({ path: locate(path), display: path });
    const tolerance = readTolerances(inputs);
    const scratch = context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const registryBaseline = await readRegistryBaseline(inputs, context, workingDirectory, scratch);
    const registered = await readRegisteredSubject(inputs, workingDirectory);
    const runtime = await (0,onnx_runtime_loader/* loadOnnxRuntime */.aD)({
        ...(inputs.onnxruntimePath ? { path: locate(inputs.onnxruntimePath) } : {}),
        toolCache: context.env.RUNNER_TOOL_CACHE || scratch,
        install: installFromRegistry(context)
    });
    context.log.info(`onnxruntime-node ${runtime.version} from ${runtime.source}: ${runtime.packageDirectory}`);
    const gitSha = (await (0,ci/* detectCiRun */.bw)(context.env, workingDirectory)).sha;
    const report = await verifyModel({
        model: location(inputs.model),
        runtime,
        resolvePath: locate,
        ...referenceSources(inputs),
        tolerance,
        ...(inputs.contract ? { contract: location(inputs.contract) } : {}),
        ...(registryBaseline
            ? { baselineModel: registryBaseline.location, baselineOrigin: registryBaseline.origin }
            : inputs.baselineModel
                ? { baselineModel: location(inputs.baselineModel) }
                : {}),
        batchCheck: inputs.batchCheck ?? 0,
        warmupRuns: inputs.warmupRuns ?? 10,
        runs: inputs.runs ?? 100,
        ...(inputs.maxP95Ms !== undefined ? { maxP95Ms: inputs.maxP95Ms } : {}),
        ...(inputs.maxSizeMb !== undefined ? { maxSizeMb: inputs.maxSizeMb } : {}),
        latencyTolerance: inputs.latencyTolerance ?? 0.1,
        ...(gitSha ? { gitSha } : {}),
        run: runProvenance(context.env),
        ...(registered ? { subject: { model: registered.model, version: registered.version } } : {}),
        log: (message) => context.log.info(message)
    });
    if (registered && !registered.digests.includes(report.model.sha256)) {
        throw new errors/* ConfigurationError */.j(`model-ref "${inputs.modelRef}": model "${inputs.model}" (sha256 ${report.model.sha256.slice(0, 12)}…) is not a file of ${registered.model}/${registered.version}.`, 'model-ref');
    }
    return report;
}
/** The JSON report, the job summary and the comment, and whether the step fails. */
async function publishVerification(inputs, context, report, workingDirectory, locate) {
    const reportPath = await (0,write_target/* writeTarget */.vN)(inputs.reportPath
        ? locate(inputs.reportPath)
        : (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME), context, { input: 'report-path', allowOutside: inputs.allowWritesOutsideWorkspace });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const markdown = renderReportMarkdown(report);
    const comment = await postComment(inputs, context, markdown);
    const result = report.verdict.result;
    const failing = inputs.failOn === 'never'
        ? false
        : result === 'fail' || (inputs.failOn === 'inconclusive' && result === 'inconclusive');
    return {
        outputs: {
            result,
            'report-path': reportPath,
            'max-abs-diff': maxAbsDiff(report),
            'p95-ms': report.latency && !report.latency.error ? report.latency.candidate.p95Ms : undefined,
            'size-mb': Number(report.size.totalMb.toFixed(6)),
            'model-sha256': report.model.sha256,
            'comment-url': comment.url
        },
        report: markdown,
        ...(failing
            ? { failure: `ONNX verification ${result}: ${report.verdict.reasons[0] ?? result}` }
            : {})
    };
}
/**
 * The npm-registry installer, loaded on the first install only: a runtime from onnxruntime-path or
 * the tool cache needs no tarball download, gunzip or tar code.
 */
function installFromRegistry(context) {
    return async (prefix, version) => {
        const { registryInstaller } = await __webpack_require__.e(/* import() */ 7010).then(__webpack_require__.bind(__webpack_require__, 97010));
        const install = registryInstaller({
            registry: context.env.NPM_CONFIG_REGISTRY || context.env.npm_config_registry || '',
            ...(context.env.NODE_AUTH_TOKEN ? { token: context.env.NODE_AUTH_TOKEN } : {}),
            log: (message) => context.log.info(message)
        });
        await install(prefix, version);
    };
}
/** The sticky PR comment (mode off: nothing); GitHub's refusals are warnings, not failures. */
function postComment(inputs, context, markdown) {
    return (0,pull_request_comment/* commentOnPullRequest */.r)({
        action: 'onnx-export-verify',
        markdown,
        mode: inputs.comment,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        env: context.env,
        logger: context.log
    });
}
function readTolerances(inputs) {
    return (0,tolerance_spec/* toleranceSpec */.v_)((0,tolerance_spec/* parseToleranceList */.x$)(inputs.atol, 'atol', 1e-5), (0,tolerance_spec/* parseToleranceList */.x$)(inputs.rtol, 'rtol', 1e-3), inputs.comparison);
}
async function readRegistryBaseline(inputs, context, workingDirectory, scratch) {
    if (!inputs.baselineRef)
        return undefined;
    if (inputs.baselineModel) {
        throw new errors/* ConfigurationError */.j('baseline-model and baseline-ref are both set; give the baseline as a file or as a registry reference, not both.', 'baseline-ref');
    }
    // Loaded on demand: the registry brings the S3 client, which a run without baseline-ref never needs.
    const { fetchRegistryBaseline } = await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(7188)]).then(__webpack_require__.bind(__webpack_require__, 43836));
    const baseline = await fetchRegistryBaseline({
        ...registryAccess(inputs, workingDirectory),
        ref: inputs.baselineRef,
        candidateFileName: (0,external_node_path_.basename)(inputs.model),
        scratch
    });
    context.log.info(`Baseline ${baseline.location.display} downloaded from the registry`);
    return baseline;
}
function registryAccess(inputs, cwd) {
    return {
        registry: inputs.registry,
        cwd,
        s3: (0,registry_inputs/* s3OptionsFromInputs */.mD)(inputs)
    };
}
/** `model-ref`: the registry version the verified file belongs to; the file must be one of its files. */
async function readRegisteredSubject(inputs, workingDirectory) {
    if (!inputs.modelRef)
        return undefined;
    const { resolveRegisteredModel } = await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(7188)]).then(__webpack_require__.bind(__webpack_require__, 43836));
    return resolveRegisteredModel({
        ...registryAccess(inputs, workingDirectory),
        ref: inputs.modelRef
    });
}
function runProvenance(env) {
    const event = (0,event_context/* readEventContext */.ws)(env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    if (event.runId === undefined)
        return {};
    return {
        runId: String(event.runId),
        runAttempt: event.runAttempt,
        ...(event.runUrl ? { runUrl: `${event.runUrl}/attempts/${event.runAttempt}` } : {})
    };
}
function referenceSources(inputs) {
    const { referenceInputs, referenceOutputs, referenceData } = inputs;
    if (referenceInputs.length + referenceOutputs.length + referenceData.length === 0)
        return {};
    if (referenceInputs.length > 0 && referenceOutputs.length === 0) {
        throw new errors/* ConfigurationError */.j('reference-inputs is set without reference-outputs: there is nothing to compare with.', 'reference-outputs');
    }
    return { references: { inputs: referenceInputs, outputs: referenceOutputs, data: referenceData } };
}
function maxAbsDiff(report) {
    const parity = report.parity;
    if (!parity || 'skipped' in parity || parity.outputs.length === 0)
        return undefined;
    return Math.max(...parity.outputs.map((output) => output.maxAbsError));
}


/***/ }),

/***/ 31870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ codeBlock),
/* harmony export */   t: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _unicode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63932);

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
function inlineCode(text) {
    const content = (0,_unicode_js__WEBPACK_IMPORTED_MODULE_0__/* .toPrintable */ .f8)(text).replace(/\r\n|\r|\n/g, ' ');
    if (content === '')
        return '';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
    const padding = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Untrusted text as a fenced code block. The fence is longer than any backtick run inside, so the
 * content cannot close it; the language is reduced to characters an info string may hold.
 */
function codeBlock(text, language = '') {
    const content = (0,_unicode_js__WEBPACK_IMPORTED_MODULE_0__/* .toPrintable */ .f8)(text)
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${fence}${info}\n${content}\n${fence}`;
}
function longestRun(text, character) {
    let longest = 0;
    let current = 0;
    for (const each of text) {
        current = each === character ? current + 1 : 0;
        longest = Math.max(longest, current);
    }
    return longest;
}


/***/ }),

/***/ 45841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/**
 * A file or store location as a reader of a comment should see it: relative to the workspace when
 * it lies inside, otherwise only its last segment after `…/`. Runner paths (/home/runner/work/…,
 * $RUNNER_TEMP) mean nothing to a reviewer and tell an attacker about the machine. URIs other than
 * file:// (s3://bucket/prefix) are kept as they are.
 */
function displayPath(location, workspace) {
    const fileUri = /^file:\/\//i.test(location);
    if (!fileUri && /^[a-z][a-z0-9+.-]*:\/\//i.test(location))
        return location;
    const path = fileUri ? decodeURIComponentSafe(location.replace(/^file:\/\//i, '')) : location;
    const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
    if (!absolute)
        return path;
    const root = workspace?.replace(/[\\/]+$/, '');
    if (root && (path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`))) {
        return path === root ? '.' : path.slice(root.length + 1);
    }
    const segments = path.split(/[\\/]+/).filter(Boolean);
    return `…/${segments.at(-1) ?? ''}`;
}
function decodeURIComponentSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 71197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ numbersIn),
/* harmony export */   _: () => (/* binding */ formatDistinct)
/* harmony export */ });
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80036);

/**
 * A number beside the numbers it is judged against (a threshold, a baseline), with the formatter's
 * significant digits, or more where fewer would show two different numbers as one: 0.94999 against
 * a minimum of 0.95 reads `0.94999 is below the minimum 0.95`, not `0.95 is below the minimum 0.95`.
 */
function formatDistinct(value, others, significantDigits = _number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SIGNIFICANT_DIGITS */ .vb) {
    for (let digits = significantDigits; digits < 17; digits++) {
        const text = (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, { significantDigits: digits });
        const clash = others.some((other) => other !== value && (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(other, { significantDigits: digits }) === text);
        if (!clash)
            return text;
    }
    return (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, { significantDigits: 17 });
}
/** The numbers written in a text such as `0 ≤ x ≤ 50` or `≥ baseline − 0.02`. */
function numbersIn(text) {
    return (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}


/***/ }),

/***/ 81866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options, options.pullRequestNumber);
    const { event, onRunner } = run;
    if (!event.pullRequest || !event.repository) {
        const reason = onRunner
            ? `no pull request to comment on (event ${event.eventName || 'unknown'})`
            : `no GitHub pull request to comment on (${event.provider} run${event.ref ? ` of ${event.ref}` : ''}; pr-number names one)`;
        // A local run with no token never meant to comment: no line for it.
        const say = (message) => onRunner || options.token ? options.logger.info(message) : options.logger.debug(message);
        say(`Not commenting: ${reason}; the results are in the ${onRunner ? 'job summary' : 'output'}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Not commenting on ${event.repository.owner}/${event.repository.repo}#${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const sticky = {
        ...(viewerLogin ? { viewerLogin } : {}),
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        // Off the runner there is no workflow/job pair: the CI and its job name keep one comment per job
        // (CircleCI's workflow id changes with every run, so it cannot be part of it).
        ...(options.key
            ? { key: options.key }
            : onRunner
                ? {}
                : { key: `${event.provider}/${event.job || 'job'}` }),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 4642).then(__webpack_require__.bind(__webpack_require__, 44642));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}


/***/ }),

/***/ 18086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ isFeedableByNode),
/* harmony export */   pp: () => (/* binding */ denseByteSize),
/* harmony export */   rk: () => (/* binding */ elementType)
/* harmony export */ });
const TYPES = [
    { code: 1, name: 'float32', bits: 32 },
    { code: 2, name: 'uint8', bits: 8 },
    { code: 3, name: 'int8', bits: 8 },
    { code: 4, name: 'uint16', bits: 16 },
    { code: 5, name: 'int16', bits: 16 },
    { code: 6, name: 'int32', bits: 32 },
    { code: 7, name: 'int64', bits: 64 },
    { code: 8, name: 'string', bits: 0 },
    { code: 9, name: 'bool', bits: 8 },
    { code: 10, name: 'float16', bits: 16 },
    { code: 11, name: 'float64', bits: 64 },
    { code: 12, name: 'uint32', bits: 32 },
    { code: 13, name: 'uint64', bits: 64 },
    { code: 14, name: 'complex64', bits: 64 },
    { code: 15, name: 'complex128', bits: 128 },
    { code: 16, name: 'bfloat16', bits: 16 },
    { code: 17, name: 'float8e4m3fn', bits: 8 },
    { code: 18, name: 'float8e4m3fnuz', bits: 8 },
    { code: 19, name: 'float8e5m2', bits: 8 },
    { code: 20, name: 'float8e5m2fnuz', bits: 8 },
    { code: 21, name: 'uint4', bits: 4 },
    { code: 22, name: 'int4', bits: 4 },
    { code: 23, name: 'float4e2m1', bits: 4 }
];
const BY_CODE = new Map(TYPES.map((type) => [type.code, type]));
function elementType(code) {
    return BY_CODE.get(code) ?? { code, name: `unknown(${code})`, bits: 0 };
}
/** Types onnxruntime-node 1.30 cannot expose as graph inputs/outputs (its type table has holes there). */
function isFeedableByNode(name) {
    return !/^(bfloat16|float8|complex|float4|unknown)/.test(name);
}
/** Bytes a dense tensor of this type and element count occupies; undefined when not fixed-size. */
function denseByteSize(code, elements) {
    const { bits } = elementType(code);
    if (bits === 0)
        return undefined;
    return Math.ceil((elements * bits) / 8);
}


/***/ }),

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ prepareFeeds)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80359);


/** Match reference arrays to the model's inputs by name, converting to the declared element type. */
function prepareFeeds(arrays, signature, sample) {
    const feeds = new Map();
    const casts = [];
    for (const input of signature.inputs) {
        const array = arrays.get(input.name);
        if (!array) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Reference data "${sample}" has no array for model input "${input.name}" (it has: ${[...arrays.keys()].join(', ') || 'nothing'}).`, 'reference-inputs');
        }
        if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericDtype */ .cZ)(input.dtype) || array.dtype === input.dtype) {
            feeds.set(input.name, array);
            continue;
        }
        casts.push(`${input.name}: ${array.dtype} → ${input.dtype}`);
        feeds.set(input.name, (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_1__/* .castNdArray */ .LT)(array, input.dtype));
    }
    const unknown = [...arrays.keys()].filter((name) => !signature.inputs.some((input) => input.name === name));
    if (unknown.length > 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Reference data "${sample}" has arrays for ${unknown.map((name) => `"${name}"`).join(', ')}, which are not model inputs (${signature.inputs.map((input) => input.name).join(', ')}).`, 'reference-inputs');
    }
    return { feeds, casts };
}


/***/ }),

/***/ 10540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export hasErrors */
function finding(code, severity, message) {
    return { code, severity, message };
}
function hasErrors(findings) {
    return findings.some((entry) => entry.severity === 'error');
}


/***/ }),

/***/ 77636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ halfBitsToNumber),
/* harmony export */   a: () => (/* binding */ numberToHalfBits)
/* harmony export */ });
/** IEEE 754 half precision ↔ double, for float16 tensors that onnxruntime-node passes as raw bits. */
function halfBitsToNumber(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0)
        return sign * fraction * 2 ** -24;
    if (exponent === 0x1f)
        return fraction === 0 ? sign * Infinity : NaN;
    return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
const scratch = new DataView(new ArrayBuffer(8));
const SMALLEST_NORMAL = 2 ** -14;
/** Adding and taking away 2^52 rounds a double below 2^52 to an integer, ties to even. */
const ROUNDER = 2 ** 52;
/**
 * Round-to-nearest-even from the double itself, as numpy's float16 does. Going through float32
 * first rounds twice: a double just above a midpoint of two halves becomes that midpoint in float32,
 * whose tie then goes to the even neighbour, below the double (63 of 1M random doubles).
 */
function numberToHalfBits(value) {
    if (Number.isNaN(value))
        return 0x7e00;
    const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
    const magnitude = Math.abs(value);
    // Subnormal halves count units of 2^-24; 1024 of them is the smallest normal's bit pattern.
    if (magnitude < SMALLEST_NORMAL)
        return sign | (magnitude * 2 ** 24 + ROUNDER - ROUNDER);
    scratch.setFloat64(0, magnitude);
    const exponent = (scratch.getUint16(0) >>> 4) - 1023;
    if (exponent > 15)
        return sign | 0x7c00;
    // The significand scaled to [1024, 2048) and rounded; 2048 carries into the exponent (to ∞ at
    // the top).
    const significand = magnitude * 2 ** (10 - exponent) + ROUNDER - ROUNDER;
    return sign | (((exponent + 15) << 10) + significand - 1024);
}


/***/ }),

/***/ 83349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ QUIET_SESSION_OPTIONS),
/* harmony export */   Ie: () => (/* binding */ runSession),
/* harmony export */   jw: () => (/* binding */ createSession)
/* harmony export */ });
/* unused harmony exports toTensor, fromTensor */
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80359);

/** Options every session of a verification shares; ORT's own error log would only repeat what we report. */
const QUIET_SESSION_OPTIONS = { logSeverityLevel: 4 };
/**
 * Create a session from the file path, so external data resolves next to the model: onnxruntime's
 * loader is the authoritative check that the model can be served.
 */
async function createSession(ort, modelPath, options = {}) {
    const started = performance.now();
    try {
        const session = await ort.InferenceSession.create(modelPath, {
            ...QUIET_SESSION_OPTIONS,
            ...options
        });
        return { ok: true, session, createMs: performance.now() - started };
    }
    catch (error) {
        const createMs = performance.now() - started;
        const message = error instanceof Error ? error.message : String(error);
        // A model that does not load is the rare case: its classifier loads only then.
        const { classifyLoadError } = await __webpack_require__.e(/* import() */ 4767).then(__webpack_require__.bind(__webpack_require__, 24767));
        return { ok: false, error: classifyLoadError(message), createMs };
    }
}
function toTensor(ort, array) {
    return new ort.Tensor(array.dtype, array.data, array.shape);
}
function fromTensor(tensor, name) {
    if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericDtype */ .cZ)(tensor.type))
        throw new Error(`output "${name}" has type ${tensor.type}, which cannot be compared`);
    return { dtype: tensor.type, shape: [...tensor.dims], data: tensor.data };
}
async function runSession(ort, session, inputs) {
    const feeds = {};
    for (const [name, array] of inputs)
        feeds[name] = toTensor(ort, array);
    const results = await session.run(feeds);
    const outputs = new Map();
    for (const name of session.outputNames) {
        const tensor = results[name];
        if (tensor)
            outputs.set(name, fromTensor(tensor, name));
    }
    return outputs;
}


/***/ }),

/***/ 13579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatShape),
/* harmony export */   S: () => (/* binding */ modelSignature)
/* harmony export */ });
/** The inputs a caller must feed: graph inputs that an initializer does not already provide. */
function modelSignature(header) {
    const graph = header.graph;
    if (!graph)
        return { inputs: [], outputs: [] };
    const initialized = new Set(graph.initializers.map((initializer) => initializer.name));
    return {
        inputs: graph.declaredInputs.filter((input) => !initialized.has(input.name)),
        outputs: graph.outputs
    };
}
function formatShape(shape) {
    if (shape === null)
        return '?';
    return `[${shape.map((dim) => (dim === null ? '?' : String(dim))).join(', ')}]`;
}


/***/ }),

/***/ 80359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ allocate),
/* harmony export */   Gg: () => (/* binding */ toFloat64),
/* harmony export */   LO: () => (/* binding */ shapeSize),
/* harmony export */   LT: () => (/* binding */ castNdArray),
/* harmony export */   cZ: () => (/* binding */ isNumericDtype),
/* harmony export */   lw: () => (/* binding */ fromLittleEndianBytes),
/* harmony export */   mq: () => (/* binding */ sliceFirstAxis)
/* harmony export */ });
/* unused harmony export bytesPerElement */
/* harmony import */ var _float16_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77636);

const CONSTRUCTORS = {
    float32: Float32Array,
    float64: Float64Array,
    float16: Uint16Array,
    int8: Int8Array,
    int16: Int16Array,
    int32: Int32Array,
    int64: BigInt64Array,
    uint8: Uint8Array,
    uint16: Uint16Array,
    uint32: Uint32Array,
    uint64: BigUint64Array,
    bool: Uint8Array
};
function isNumericDtype(name) {
    return name in CONSTRUCTORS;
}
function bytesPerElement(dtype) {
    return CONSTRUCTORS[dtype].BYTES_PER_ELEMENT;
}
function allocate(dtype, length) {
    return new CONSTRUCTORS[dtype](length);
}
function shapeSize(shape) {
    return shape.reduce((product, dim) => product * dim, 1);
}
/** Copy little-endian bytes into a fresh (aligned) typed array of the dtype. */
function fromLittleEndianBytes(dtype, shape, bytes) {
    const length = shapeSize(shape);
    const expected = length * bytesPerElement(dtype);
    if (bytes.length !== expected) {
        throw new RangeError(`${dtype} [${shape.join(', ')}] needs ${expected} bytes, got ${bytes.length}`);
    }
    const data = allocate(dtype, length);
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength).set(bytes);
    return { dtype, shape, data };
}
/** Values as doubles for comparison: float16 decoded, int64 rounded to the nearest double. */
function toFloat64(array) {
    const result = new Float64Array(array.data.length);
    const { data } = array;
    if (array.dtype === 'float16') {
        for (let i = 0; i < data.length; i++)
            result[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_0__/* .halfBitsToNumber */ .O)(data[i]);
    }
    else if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
        for (let i = 0; i < data.length; i++)
            result[i] = Number(data[i]);
    }
    else {
        result.set(data);
    }
    return result;
}
/** Convert to another dtype (JSON numbers, float64 `.npy` files fed to a float32 model). */
function castNdArray(array, dtype) {
    if (array.dtype === dtype)
        return array;
    const values = toFloat64(array);
    const data = allocate(dtype, values.length);
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (data instanceof BigInt64Array || data instanceof BigUint64Array)
            data[i] = BigInt(Math.round(value));
        else if (dtype === 'float16')
            data[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_0__/* .numberToHalfBits */ .a)(value);
        else if (dtype === 'bool')
            data[i] = value !== 0 ? 1 : 0;
        else
            data[i] = value;
    }
    return { dtype, shape: array.shape, data };
}
/** Rows [start, end) along the first axis, sharing no memory with the source. */
function sliceFirstAxis(array, start, end) {
    const rowSize = shapeSize(array.shape.slice(1));
    const data = array.data.slice(start * rowSize, end * rowSize);
    return { dtype: array.dtype, shape: [end - start, ...array.shape.slice(1)], data };
}


/***/ }),

/***/ 37023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony exports PINNED_ONNXRUNTIME_VERSION, toolCacheDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);






const PINNED_ONNXRUNTIME_VERSION = '1.30.0';
const PACKAGE = 'onnxruntime-node';
/**
 * Find and load onnxruntime-node. It is never bundled (its native binaries cannot be inlined), so
 * it comes from, in order: an explicit path, the tool cache where an earlier step installed it, or a
 * fresh install of the pinned version for this platform into the tool cache.
 */
async function loadOnnxRuntime(options = {}) {
    const version = options.version ?? PINNED_ONNXRUNTIME_VERSION;
    if (options.path) {
        const packageDirectory = findPackageDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(options.path));
        if (!packageDirectory) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`onnxruntime-path "${options.path}" holds no ${PACKAGE} package (looked for package.json, node_modules/${PACKAGE}).`, 'onnxruntime-path');
        }
        return requireRuntime(packageDirectory, 'path-input', 0);
    }
    const cacheDirectory = toolCacheDirectory(options.toolCache ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), version);
    const installedDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDirectory, 'node_modules', PACKAGE);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(completionMarker(cacheDirectory)) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(installedDirectory)) {
        return requireRuntime(installedDirectory, 'tool-cache', 0);
    }
    const started = performance.now();
    // The installer (tarball download, gunzip, tar) loads only when the runtime is not cached yet.
    const install = options.install ?? (await __webpack_require__.e(/* import() */ 7010).then(__webpack_require__.bind(__webpack_require__, 97010))).registryInstaller();
    await installInto(cacheDirectory, version, install);
    return requireRuntime(installedDirectory, 'installed', performance.now() - started);
}
/** Same layout as @actions/tool-cache (`<root>/<tool>/<version>/<arch>` + `<arch>.complete`). */
function toolCacheDirectory(toolCache, version) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(toolCache, PACKAGE, version, `${process.platform}-${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)()}`);
}
function completionMarker(cacheDirectory) {
    return `${cacheDirectory}.complete`;
}
async function installInto(cacheDirectory, version, install) {
    // Install beside the final folder and rename: a half-finished install is never mistaken for a cached one.
    const staging = `${cacheDirectory}.staging-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
    try {
        await install(staging, version);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'node_modules', PACKAGE, 'package.json'))) {
            throw new Error(`installing ${PACKAGE}@${version} left no node_modules/${PACKAGE} in ${staging}`);
        }
        // Another job on this runner may have finished the same install meanwhile: keep theirs, it may be in use.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(completionMarker(cacheDirectory)))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(cacheDirectory, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(cacheDirectory), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, cacheDirectory);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(completionMarker(cacheDirectory), '');
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
function findPackageDirectory(path) {
    for (const candidate of [path, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, PACKAGE), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, 'node_modules', PACKAGE)]) {
        if (readPackageName(candidate) === PACKAGE)
            return candidate;
    }
    return undefined;
}
function readPackageName(directory) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(directory, 'package.json'), 'utf8'))
            .name;
    }
    catch {
        return undefined;
    }
}
function requireRuntime(packageDirectory, source, installMs) {
    const started = performance.now();
    // createRequire keeps the bundler from resolving (and inlining) the package at build time.
    const load = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(packageDirectory, 'package.json'));
    let ort;
    try {
        ort = load(packageDirectory);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`${PACKAGE} in ${packageDirectory} cannot be loaded on ${process.platform}/${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)()} (prebuilt binaries exist for linux x64/arm64, darwin arm64, win32 x64/arm64): ${reason}`, 'onnxruntime-path');
    }
    const { version } = load((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(packageDirectory, 'package.json'));
    return { ort, packageDirectory, version, source, installMs, loadMs: performance.now() - started };
}


/***/ }),

/***/ 89322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ standardDeviation),
/* harmony export */   Gz: () => (/* binding */ PERCENTILE_METHOD),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   p3: () => (/* binding */ nearestRank)
/* harmony export */ });
/**
 * Nearest-rank percentile: the smallest value with at least p% of the sample at or below it
 * (`sorted[ceil(p/100 · n) − 1]`). Always an observed value, no interpolation; the same rule as
 * onnxruntime_perf_test up to the index rounding.
 */
const PERCENTILE_METHOD = 'nearest-rank (sorted[ceil(p/100·n) − 1], no interpolation)';
function nearestRank(sorted, percent) {
    if (sorted.length === 0)
        return NaN;
    const rank = Math.ceil((percent / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
function sortedCopy(values) {
    return Float64Array.from(values).sort();
}
function mean(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return values.length === 0 ? NaN : sum / values.length;
}
/** Sample standard deviation (n − 1). */
function standardDeviation(values) {
    if (values.length < 2)
        return 0;
    const average = mean(values);
    let squares = 0;
    for (let i = 0; i < values.length; i++)
        squares += (values[i] - average) ** 2;
    return Math.sqrt(squares / (values.length - 1));
}


/***/ }),

/***/ 37248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ int64Value),
/* harmony export */   Iy: () => (/* binding */ varints64),
/* harmony export */   O0: () => (/* binding */ WireType),
/* harmony export */   aB: () => (/* binding */ readRepeatedInt64),
/* harmony export */   sc: () => (/* binding */ decodeString),
/* harmony export */   te: () => (/* binding */ ProtobufReader),
/* harmony export */   uk: () => (/* binding */ ProtobufError),
/* harmony export */   y3: () => (/* binding */ readRepeatedVarints)
/* harmony export */ });
/**
 * Just enough of the protobuf wire format to walk an ONNX file without a schema compiler: fields are
 * visited in order and length-delimited payloads are returned as views, so tensor bytes are never copied.
 */
const WireType = {
    varint: 0,
    fixed64: 1,
    lengthDelimited: 2,
    startGroup: 3,
    endGroup: 4,
    fixed32: 5
};
class ProtobufError extends Error {
    name = 'ProtobufError';
}
const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8', { fatal: false });
class ProtobufReader {
    buffer;
    position;
    end;
    constructor(buffer, start = 0, end = buffer.length) {
        this.buffer = buffer;
        this.position = start;
        this.end = end;
    }
    static of(bytes) {
        return new ProtobufReader(bytes);
    }
    *fields() {
        while (this.position < this.end) {
            const key = this.readVarint();
            const number = Math.floor(key / 8);
            const wireType = key % 8;
            if (number === 0)
                throw new ProtobufError(`field number 0 at byte ${this.position}`);
            yield this.readPayload(number, wireType);
        }
    }
    readPayload(number, wireType) {
        const offset = this.position;
        switch (wireType) {
            case WireType.varint: {
                const value = this.readVarint();
                return {
                    number,
                    wireType,
                    offset,
                    value,
                    bytes: this.buffer.subarray(offset, this.position)
                };
            }
            case WireType.fixed64: {
                this.require(8);
                const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 8);
                this.position += 8;
                return { number, wireType, offset, value: Number(view.getBigUint64(0, true)), bytes: EMPTY };
            }
            case WireType.fixed32: {
                this.require(4);
                const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 4);
                this.position += 4;
                return { number, wireType, offset, value: view.getUint32(0, true), bytes: EMPTY };
            }
            case WireType.lengthDelimited: {
                const length = this.readVarint();
                const start = this.position;
                this.require(length);
                this.position += length;
                return {
                    number,
                    wireType,
                    offset: start,
                    value: length,
                    bytes: this.buffer.subarray(start, start + length)
                };
            }
            default:
                throw new ProtobufError(`unsupported wire type ${wireType} for field ${number} at byte ${offset}`);
        }
    }
    require(length) {
        if (length < 0 || this.position + length > this.end) {
            throw new ProtobufError(`truncated: field needs ${length} bytes at byte ${this.position}, only ${this.end - this.position} left`);
        }
    }
    readVarint() {
        let result = 0;
        let multiplier = 1;
        for (let i = 0; i < 10; i++) {
            if (this.position >= this.end)
                throw new ProtobufError(`truncated varint at byte ${this.position}`);
            const byte = this.buffer[this.position++];
            result += (byte & 0x7f) * multiplier;
            if (byte < 0x80)
                return result;
            multiplier *= 128;
        }
        throw new ProtobufError(`varint longer than 10 bytes at byte ${this.position}`);
    }
}
function decodeString(bytes) {
    return utf8.decode(bytes);
}
/**
 * Varint values of a repeated field, packed or not, exactly as 64-bit integers: negative int64s are
 * 10-byte two's complement, which a double cannot hold.
 */
function* varints64(field) {
    let result = 0n;
    let shift = 0n;
    for (const byte of field.bytes) {
        result |= BigInt(byte & 0x7f) << shift;
        if (byte < 0x80) {
            yield BigInt.asUintN(64, result);
            result = 0n;
            shift = 0n;
        }
        else {
            shift += 7n;
        }
    }
    if (shift !== 0n)
        throw new ProtobufError('truncated varint');
}
/** A signed int64 field (dims, dim_value) as a number; exact up to 2^53. */
function int64Value(field) {
    let value = 0;
    for (const unsigned of varints64(field))
        value = Number(BigInt.asIntN(64, unsigned));
    return value;
}
function readRepeatedInt64(field, into) {
    for (const unsigned of varints64(field))
        into.push(Number(BigInt.asIntN(64, unsigned)));
}
/** Repeated scalar fields may be packed (one length-delimited run) or not (one field per value). */
function readRepeatedVarints(field, into) {
    if (field.wireType !== WireType.lengthDelimited) {
        into.push(field.value);
        return;
    }
    for (const inner of new PackedVarintReader(field.bytes).values())
        into.push(inner);
}
class PackedVarintReader {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    *values() {
        let result = 0;
        let multiplier = 1;
        for (const byte of this.bytes) {
            result += (byte & 0x7f) * multiplier;
            if (byte < 0x80) {
                yield result;
                result = 0;
                multiplier = 1;
            }
            else {
                multiplier *= 128;
            }
        }
        if (multiplier !== 1)
            throw new ProtobufError('truncated packed varint');
    }
}


/***/ }),

/***/ 76798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ syntheticInputs)
/* harmony export */ });
/* unused harmony export concreteShape */
/* harmony import */ var _nd_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80359);
/* harmony import */ var _float16_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77636);


function concreteShape(shape, bindings) {
    return (shape ?? []).map((dim) => typeof dim === 'number' ? dim : dim === null ? 1 : (bindings[dim] ?? 1));
}
/** Deterministic inputs for timing and batch checks: floats in [-1, 1), integers in [0, 10), bools. */
function syntheticInputs(inputs, bindings, seed = 1) {
    const random = mulberry32(seed);
    const feeds = new Map();
    for (const input of inputs) {
        if (!(0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .isNumericDtype */ .cZ)(input.dtype))
            throw new Error(`input "${input.name}" has type ${input.dtype}; synthetic data needs a numeric tensor`);
        const shape = concreteShape(input.shape, bindings);
        const data = (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .allocate */ .CN)(input.dtype, (0,_nd_array_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeSize */ .LO)(shape));
        for (let i = 0; i < data.length; i++) {
            const unit = random();
            if (data instanceof BigInt64Array || data instanceof BigUint64Array)
                data[i] = BigInt(Math.floor(unit * 10));
            else if (input.dtype === 'float16')
                data[i] = (0,_float16_js__WEBPACK_IMPORTED_MODULE_1__/* .numberToHalfBits */ .a)(unit * 2 - 1);
            else if (input.dtype === 'bool')
                data[i] = unit < 0.5 ? 0 : 1;
            else if (input.dtype.startsWith('float'))
                data[i] = unit * 2 - 1;
            else
                data[i] = Math.floor(unit * 10);
        }
        feeds.set(input.name, { dtype: input.dtype, shape, data });
    }
    return feeds;
}
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 69507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   Qo: () => (/* binding */ readTensorProto),
/* harmony export */   _q: () => (/* binding */ readStringPair),
/* harmony export */   aK: () => (/* binding */ TensorField),
/* harmony export */   nk: () => (/* binding */ expectBytes),
/* harmony export */   zn: () => (/* binding */ DATA_LOCATION_EXTERNAL)
/* harmony export */ });
/* harmony import */ var _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37248);

/** TensorProto field numbers (onnx.proto3). */
const TensorField = {
    dims: 1,
    dataType: 2,
    floatData: 4,
    int32Data: 5,
    stringData: 6,
    int64Data: 7,
    name: 8,
    rawData: 9,
    doubleData: 10,
    uint64Data: 11,
    externalData: 13,
    dataLocation: 14
};
const DATA_LOCATION_EXTERNAL = 1;
const TYPED_FIELDS = new Set([
    TensorField.floatData,
    TensorField.int32Data,
    TensorField.stringData,
    TensorField.int64Data,
    TensorField.doubleData,
    TensorField.uint64Data
]);
function readTensorProto(bytes) {
    let name = '';
    let dataType = 0;
    let dataLocation = 0;
    let rawData;
    const dims = [];
    const typedData = new Map();
    const externalData = new Map();
    for (const field of _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufReader */ .te.of(bytes).fields()) {
        switch (field.number) {
            case TensorField.dims:
                (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readRepeatedInt64 */ .aB)(field, dims);
                break;
            case TensorField.dataType:
                dataType = field.value;
                break;
            case TensorField.name:
                name = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'TensorProto.name'));
                break;
            case TensorField.rawData:
                rawData = expectBytes(field, 'TensorProto.raw_data');
                break;
            case TensorField.externalData: {
                const entry = readStringPair(expectBytes(field, 'TensorProto.external_data'));
                externalData.set(entry.key, entry.value);
                break;
            }
            case TensorField.dataLocation:
                dataLocation = field.value;
                break;
            default:
                if (TYPED_FIELDS.has(field.number)) {
                    const list = typedData.get(field.number) ?? [];
                    list.push(field);
                    typedData.set(field.number, list);
                }
        }
    }
    return { name, dataType, dims, rawData, typedData, externalData, dataLocation };
}
function expectBytes(field, what) {
    if (field.wireType !== _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .WireType */ .O0.lengthDelimited) {
        throw new _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufError */ .uk(`${what} has wire type ${field.wireType}, expected length-delimited`);
    }
    return field.bytes;
}
/** StringStringEntryProto: key = 1, value = 2 (metadata_props, external_data). */
function readStringPair(bytes) {
    let key = '';
    let value = '';
    for (const field of _protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtobufReader */ .te.of(bytes).fields()) {
        if (field.number === 1)
            key = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'entry key'));
        else if (field.number === 2)
            value = (0,_protobuf_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeString */ .sc)(expectBytes(field, 'entry value'));
    }
    return { key, value };
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * dim, 1);
}


/***/ }),

/***/ 94848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ toleranceFor),
/* harmony export */   v_: () => (/* binding */ toleranceSpec),
/* harmony export */   x$: () => (/* binding */ parseToleranceList)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

function toleranceFor(spec, output) {
    const override = spec.perOutput?.[output];
    return {
        atol: override?.atol ?? spec.atol,
        rtol: override?.rtol ?? spec.rtol,
        mode: spec.mode
    };
}
/**
 * `1e-5`, or `1e-5 logits:1e-4, probs:1e-3`: a bare number is the default, `name:value` sets one
 * output. The value follows the last colon, so names such as `output:0` keep theirs.
 */
function parseToleranceList(text, inputName, fallback) {
    let value = fallback;
    let sawDefault = false;
    const perOutput = {};
    for (const entry of text.split(/[\s,]+/).filter((part) => part !== '')) {
        const colon = entry.lastIndexOf(':');
        const name = colon === -1 ? undefined : entry.slice(0, colon);
        const number = parseTolerance(colon === -1 ? entry : entry.slice(colon + 1), entry, inputName);
        if (name === undefined) {
            if (sawDefault) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} has two default values; name the output of all but one (name:value).`, inputName);
            }
            sawDefault = true;
            value = number;
        }
        else if (name === '') {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} entry "${entry}" has no output name.`, inputName);
        }
        else {
            perOutput[name] = number;
        }
    }
    return { value, perOutput };
}
function parseTolerance(text, entry, inputName) {
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value < 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputName} entry "${entry}" is not a non-negative number (e.g. 1e-5 or logits:1e-4).`, inputName);
    }
    return value;
}
/** Combine parsed atol and rtol lists into one spec. */
function toleranceSpec(atol, rtol, mode) {
    const names = new Set([...Object.keys(atol.perOutput), ...Object.keys(rtol.perOutput)]);
    const perOutput = {};
    for (const name of names) {
        perOutput[name] = {
            ...(atol.perOutput[name] !== undefined ? { atol: atol.perOutput[name] } : {}),
            ...(rtol.perOutput[name] !== undefined ? { rtol: rtol.perOutput[name] } : {})
        };
    }
    return {
        atol: atol.value,
        rtol: rtol.value,
        mode,
        ...(names.size > 0 ? { perOutput } : {})
    };
}


/***/ })

};
;