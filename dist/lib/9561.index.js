"use strict";
exports.id = 9561;
exports.ids = [9561];
exports.modules = {

/***/ 31923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readNpyHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
/** `source` names the file in error messages. */
function readNpyHeader(bytes, source) {
    if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not a .npy file (no \\x93NUMPY magic).`);
    }
    const major = bytes[6] ?? 0;
    if (major < 1 || major > 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: .npy format version ${major} is not supported (1, 2 and 3 are).`);
    }
    const headerStart = major === 1 ? 10 : 12;
    if (bytes.length < headerStart)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: truncated .npy header.`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    const dataStart = headerStart + headerLength;
    if (dataStart > bytes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: truncated .npy header.`);
    const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(headerStart, dataStart));
    const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: cannot read the .npy header ${JSON.stringify(header.trim())} (it lacks descr, fortran_order or shape; structured dtypes are not supported).`);
    }
    const shape = shapeText
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => Number(part.replace(/L$/, '')));
    if (shape.some((size) => !Number.isSafeInteger(size) || size < 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: invalid shape (${shapeText}) in the .npy header.`);
    }
    return {
        descr,
        byteOrder: descr.charAt(0),
        typeCode: descr.slice(1),
        fortranOrder: fortran === 'True',
        shape,
        dataStart
    };
}


/***/ }),

/***/ 68482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readZipEntries)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
/**
 * Read every file of a zip archive from its central directory (the local headers of numpy's
 * `savez` carry zip64 placeholders, so sizes come from the directory). Stored and deflated only.
 */
function readZipEntries(bytes, source) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = locateCentralDirectory(view, source);
    const entries = [];
    let at = directory.offset;
    for (let index = 0; index < directory.count; index++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: corrupt zip central directory (entry ${index}).`);
        }
        const flags = view.getUint16(at + 8, true);
        const method = view.getUint16(at + 10, true);
        const crc = view.getUint32(at + 16, true);
        let compressedSize = view.getUint32(at + 20, true);
        let size = view.getUint32(at + 24, true);
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        let localOffset = view.getUint32(at + 42, true);
        if (at + 46 + nameLength + extraLength > bytes.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: corrupt zip central directory (entry ${index} runs past the end).`);
        }
        const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
        const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength, {
            size,
            compressedSize,
            localOffset
        });
        ({ size, compressedSize, localOffset } = zip64);
        if (![size, compressedSize, localOffset].every(Number.isFinite)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: corrupt zip64 sizes (entry ${index}).`);
        }
        at += 46 + nameLength + extraLength + commentLength;
        if (escapesItsDirectory(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: entry "${name}" has an absolute or climbing (..) path; no zip tool writes one.`);
        }
        if (name.endsWith('/'))
            continue;
        if (flags & 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: entry "${name}" is encrypted.`);
        if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: entry "${name}" points to no local header.`);
        }
        const dataStart = localOffset +
            30 +
            view.getUint16(localOffset + 26, true) +
            view.getUint16(localOffset + 28, true);
        if (dataStart + compressedSize > bytes.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: entry "${name}" is truncated.`);
        const stored = bytes.subarray(dataStart, dataStart + compressedSize);
        const data = decompress(stored, method, size, `${source}: entry "${name}"`);
        if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32 === 'function' && node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(data) !== crc) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source}: entry "${name}" fails its CRC-32 check.`);
        }
        entries.push({ name, data });
    }
    return entries;
}
function decompress(stored, method, size, what) {
    if (method === STORED)
        return stored;
    if (method !== DEFLATED)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what} uses compression method ${method}; only stored and deflate are supported.`);
    let data;
    try {
        data = node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) });
    }
    catch (error) {
        // zlib stops at the cap instead of inflating a zip bomb whole; say so in the archive's terms.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what} inflates past its declared ${size} bytes.`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what} is not valid deflate data (${String(error)}).`);
    }
    if (data.length !== size)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${what} inflates to ${data.length} bytes, expected ${size}.`);
    return data;
}
/**
 * Entries are read into memory, never extracted, but a caller that writes one under its name must
 * not be able to leave its directory: a name a zip tool writes is relative and never climbs.
 */
function escapesItsDirectory(name) {
    if (/^([/\\]|[A-Za-z]:)/.test(name))
        return true;
    return name.split(/[/\\]/).includes('..');
}
function locateCentralDirectory(view, source) {
    const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
    for (let at = view.byteLength - 22; at >= lowest; at--) {
        if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY)
            continue;
        let count = view.getUint16(at + 10, true);
        let offset = view.getUint32(at + 16, true);
        const locator = at - 20;
        if ((count === 0xffff || offset === 0xffffffff) &&
            locator >= 0 &&
            view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
            const record = Number(view.getBigUint64(locator + 8, true));
            if (view.getUint32(record, true) === ZIP64_END_RECORD) {
                count = Number(view.getBigUint64(record + 32, true));
                offset = Number(view.getBigUint64(record + 48, true));
            }
        }
        return { offset, count };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${source} is not a zip/.npz archive (no end-of-central-directory record).`);
}
function readZip64Extra(view, start, length, values) {
    const result = { ...values };
    for (let at = start; at + 4 <= start + length;) {
        const id = view.getUint16(at, true);
        const fieldLength = view.getUint16(at + 2, true);
        if (id === ZIP64_EXTRA) {
            let cursor = at + 4;
            const next = () => {
                // A zip64 field shorter than the sizes it stands for: the caller reports the archive as corrupt.
                if (cursor + 8 > Math.min(at + 4 + fieldLength, start + length))
                    return Number.NaN;
                const value = Number(view.getBigUint64(cursor, true));
                cursor += 8;
                return value;
            };
            if (values.size === 0xffffffff)
                result.size = next();
            if (values.compressedSize === 0xffffffff)
                result.compressedSize = next();
            if (values.localOffset === 0xffffffff)
                result.localOffset = next();
        }
        at += 4 + fieldLength;
    }
    return result;
}


/***/ }),

/***/ 99561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadReferenceSamples: () => (/* binding */ loadReferenceSamples)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
;// CONCATENATED MODULE: ./packages/onnx/src/json-reference.ts


/**
 * `{"inputs": {name: nested arrays}, "outputs": {...}}`. Numbers arrive as float64 and are cast to
 * the model's types when fed; `null` stands for NaN and the strings "Infinity"/"-Infinity"/"NaN" are accepted.
 */
function readJsonReference(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${source} is not valid JSON: ${error.message}`);
    }
    if (!(0,json_object/* isRecord */.u4)(parsed))
        throw new errors/* ConfigurationError */.j(`${source} must hold an object with "inputs" and/or "outputs".`);
    return {
        inputs: readGroup(parsed.inputs, `${source}: inputs`),
        outputs: readGroup(parsed.outputs, `${source}: outputs`)
    };
}
function readGroup(value, where) {
    const arrays = new Map();
    if (value === undefined)
        return arrays;
    if (!(0,json_object/* isRecord */.u4)(value))
        throw new errors/* ConfigurationError */.j(`${where} must be an object of name → nested arrays.`);
    for (const [name, nested] of Object.entries(value))
        arrays.set(name, nestedToArray(nested, `${where}.${name}`));
    return arrays;
}
function nestedToArray(value, where) {
    const shape = [];
    let probe = value;
    while (Array.isArray(probe)) {
        shape.push(probe.length);
        probe = probe[0];
    }
    const flat = [];
    flatten(value, 0, shape, flat, where);
    return { dtype: 'float64', shape, data: Float64Array.from(flat) };
}
function flatten(value, depth, shape, into, where) {
    if (depth === shape.length) {
        into.push(toNumber(value, where));
        return;
    }
    if (!Array.isArray(value) || value.length !== shape[depth]) {
        throw new errors/* ConfigurationError */.j(`${where} is ragged: every level must have the same length (shape [${shape.join(', ')}]).`);
    }
    for (const item of value)
        flatten(item, depth + 1, shape, into, where);
}
function toNumber(value, where) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (value === null || value === 'NaN')
        return NaN;
    if (value === 'Infinity')
        return Infinity;
    if (value === '-Infinity')
        return -Infinity;
    throw new errors/* ConfigurationError */.j(`${where} holds ${JSON.stringify(value)}, which is not a number.`);
}

// EXTERNAL MODULE: ./packages/core/src/archive/npy-header.ts
var npy_header = __webpack_require__(31923);
// EXTERNAL MODULE: ./packages/onnx/src/nd-array.ts
var nd_array = __webpack_require__(80359);
;// CONCATENATED MODULE: ./packages/onnx/src/npy-reader.ts



const DESCRIPTORS = {
    f2: 'float16',
    f4: 'float32',
    f8: 'float64',
    i1: 'int8',
    i2: 'int16',
    i4: 'int32',
    i8: 'int64',
    u1: 'uint8',
    u2: 'uint16',
    u4: 'uint32',
    u8: 'uint64',
    b1: 'bool'
};
/** Parse a NumPy `.npy` file (format 1.0–3.0). `source` names the file in error messages. */
function readNpy(bytes, source) {
    const { descr, byteOrder, typeCode, fortranOrder, shape, dataStart } = (0,npy_header/* readNpyHeader */.n)(bytes, source);
    if (fortranOrder) {
        throw new errors/* ConfigurationError */.j(`${source} is stored in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(array))).`);
    }
    if (byteOrder === '>' && !typeCode.endsWith('1')) {
        throw new errors/* ConfigurationError */.j(`${source} is big-endian (${descr}); convert it with array.astype(array.dtype.newbyteorder('<')).`);
    }
    const dtype = DESCRIPTORS[typeCode];
    if (!dtype || !['<', '|', '=', '>'].includes(byteOrder)) {
        throw new errors/* ConfigurationError */.j(`${source} has dtype ${descr}; supported are float16/32/64, int8/16/32/64, uint8/16/32/64 and bool.`);
    }
    const payload = bytes.subarray(dataStart);
    const expectedBytes = (0,nd_array/* shapeSize */.LO)(shape) * Number(typeCode.slice(1));
    if (payload.length < expectedBytes) {
        throw new errors/* ConfigurationError */.j(`${source} is truncated: ${payload.length} data bytes, [${shape.join(', ')}] ${descr} needs ${expectedBytes}.`);
    }
    return (0,nd_array/* fromLittleEndianBytes */.lw)(dtype, [...shape], payload.subarray(0, expectedBytes));
}

// EXTERNAL MODULE: ./packages/core/src/archive/zip-entries.ts
var zip_entries = __webpack_require__(68482);
;// CONCATENATED MODULE: ./packages/onnx/src/npz-reader.ts


/** A NumPy `.npz` archive (np.savez / savez_compressed) as arrays keyed by name. */
function readNpz(bytes, source) {
    const arrays = new Map();
    for (const entry of (0,zip_entries/* readZipEntries */.Y)(bytes, source)) {
        const key = entry.name.endsWith('.npy') ? entry.name.slice(0, -4) : entry.name;
        arrays.set(key, readNpy(entry.data, `${source}:${entry.name}`));
    }
    return arrays;
}

// EXTERNAL MODULE: ./packages/onnx/src/element-type.ts
var element_type = __webpack_require__(18086);
// EXTERNAL MODULE: ./packages/onnx/src/protobuf-reader.ts
var protobuf_reader = __webpack_require__(37248);
// EXTERNAL MODULE: ./packages/onnx/src/tensor-proto.ts
var tensor_proto = __webpack_require__(69507);
;// CONCATENATED MODULE: ./packages/onnx/src/tensor-proto-decoding.ts





/** A serialized TensorProto (`test_data_set_N/input_K.pb`) as a named dense array. */
function decodeTensorProtoFile(bytes, source) {
    let tensor;
    try {
        tensor = (0,tensor_proto/* readTensorProto */.Qo)(bytes);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`${source} is not a TensorProto: ${error.message}`);
    }
    const dtype = (0,element_type/* elementType */.rk)(tensor.dataType).name;
    if (!(0,nd_array/* isNumericDtype */.cZ)(dtype))
        throw new errors/* ConfigurationError */.j(`${source}: tensor type ${dtype} is not supported as reference data.`);
    if (tensor.externalData.size > 0)
        throw new errors/* ConfigurationError */.j(`${source}: reference tensors with external data are not supported.`);
    const count = (0,tensor_proto/* elementCount */.KX)(tensor.dims);
    if (tensor.rawData !== undefined) {
        try {
            return { name: tensor.name, array: (0,nd_array/* fromLittleEndianBytes */.lw)(dtype, tensor.dims, tensor.rawData) };
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`${source}: ${error.message}`);
        }
    }
    const data = (0,nd_array/* allocate */.CN)(dtype, count);
    let written = 0;
    for (const [number, fields] of tensor.typedData) {
        for (const field of fields) {
            if (number === tensor_proto/* TensorField */.aK.floatData || number === tensor_proto/* TensorField */.aK.doubleData) {
                written = copyFixed(field, number === tensor_proto/* TensorField */.aK.floatData ? 4 : 8, data, written);
                continue;
            }
            for (const unsigned of (0,protobuf_reader/* varints64 */.Iy)(field)) {
                if (written < count)
                    data[written] = narrow(unsigned, number, dtype);
                written++;
            }
        }
    }
    if (written !== count) {
        throw new errors/* ConfigurationError */.j(`${source}: holds ${written} values, its shape [${tensor.dims.join(', ')}] needs ${count}.`);
    }
    return { name: tensor.name, array: { dtype, shape: tensor.dims, data } };
}
function copyFixed(field, width, data, at) {
    if (field.wireType !== protobuf_reader/* WireType */.O0.lengthDelimited) {
        const scratch = new DataView(new ArrayBuffer(8));
        if (width === 4)
            scratch.setUint32(0, field.value, true);
        else
            scratch.setBigUint64(0, BigInt(field.value), true);
        return store(data, at, width === 4 ? scratch.getFloat32(0, true) : scratch.getFloat64(0, true));
    }
    const view = new DataView(field.bytes.buffer, field.bytes.byteOffset, field.bytes.byteLength);
    for (let offset = 0; offset + width <= field.bytes.length; offset += width) {
        at = store(data, at, width === 4 ? view.getFloat32(offset, true) : view.getFloat64(offset, true));
    }
    return at;
}
function store(data, at, value) {
    if (at >= data.length)
        return at + 1;
    if (data instanceof BigInt64Array || data instanceof BigUint64Array)
        data[at] = BigInt(value);
    else
        data[at] = value;
    return at + 1;
}
/**
 * int64_data is signed, uint64_data unsigned; int32_data carries int8/16/32 sign-extended, the
 * unsigned small types as is and float16 as its bit pattern.
 */
function narrow(unsigned, field, dtype) {
    if (field === tensor_proto/* TensorField */.aK.int64Data)
        return dtype === 'int64' ? BigInt.asIntN(64, unsigned) : Number(BigInt.asIntN(64, unsigned));
    if (field === tensor_proto/* TensorField */.aK.uint64Data)
        return dtype === 'uint64' ? unsigned : Number(unsigned);
    const signed = !(dtype === 'float16' || dtype.startsWith('uint') || dtype === 'bool');
    return Number(signed ? BigInt.asIntN(32, unsigned) : BigInt.asUintN(32, unsigned));
}

;// CONCATENATED MODULE: ./packages/onnx/src/reference-data.ts







/** Read every reference sample the inputs describe, naming unnamed arrays after the model's signature. */
async function loadReferenceSamples(sources, signature, resolvePath) {
    const samples = [];
    for (const entry of sources.data)
        samples.push(...(await readDataEntry(resolvePath(entry), entry, signature)));
    if (sources.inputs.length > 0 || sources.outputs.length > 0) {
        if (sources.inputs.length === 0) {
            throw new errors/* ConfigurationError */.j('reference-outputs is set but reference-inputs is not: the model needs inputs to compare.', 'reference-inputs');
        }
        samples.push({
            label: 'reference',
            inputs: await readArrayFiles(sources.inputs, signature.inputs.map((value) => value.name), resolvePath, 'reference-inputs'),
            outputs: await readArrayFiles(sources.outputs, signature.outputs.map((value) => value.name), resolvePath, 'reference-outputs')
        });
    }
    return samples;
}
async function readDataEntry(path, given, signature) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j(`reference-data "${given}" does not exist.`, 'reference-data');
    if (info.isDirectory()) {
        const children = (await (0,promises_.readdir)(path))
            .filter((name) => /^test_data_set_\d+$/.test(name))
            .sort(byTrailingNumber);
        if (children.length > 0) {
            return Promise.all(children.map((child) => readTestDataSet((0,external_node_path_.join)(path, child), `${(0,external_node_path_.basename)(path)}/${child}`, signature)));
        }
        return [await readTestDataSet(path, (0,external_node_path_.basename)(path), signature)];
    }
    const bytes = await (0,promises_.readFile)(path);
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (extension === '.json') {
        const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), given);
        return [{ label: (0,external_node_path_.basename)(path), inputs, outputs }];
    }
    if (extension === '.npz')
        return [splitPrefixedArchive(readNpz(bytes, given), (0,external_node_path_.basename)(path), given)];
    throw new errors/* ConfigurationError */.j(`reference-data "${given}" must be a test_data_set_N folder, a folder of them, a .json or a .npz file.`, 'reference-data');
}
/** An `.npz` holding both sides names its arrays `inputs/<name>` and `outputs/<name>` (or `input:`/`output:`). */
function splitPrefixedArchive(arrays, label, given) {
    const inputs = new Map();
    const outputs = new Map();
    for (const [key, array] of arrays) {
        const match = /^(inputs?)[/:](.+)$|^(outputs?)[/:](.+)$/.exec(key);
        if (match?.[2])
            inputs.set(match[2], array);
        else if (match?.[4])
            outputs.set(match[4], array);
        else
            throw new errors/* ConfigurationError */.j(`reference-data "${given}": array "${key}" is neither inputs/<name> nor outputs/<name>.`, 'reference-data');
    }
    return { label, inputs, outputs };
}
async function readTestDataSet(directory, label, signature) {
    const files = await (0,promises_.readdir)(directory);
    const read = async (prefix, names) => {
        const arrays = new Map();
        const matching = files
            .filter((file) => new RegExp(`^${prefix}_\\d+\\.pb$`).test(file))
            .sort(byTrailingNumber);
        for (const file of matching) {
            const index = Number(/(\d+)\.pb$/.exec(file)?.[1]);
            const { name, array } = decodeTensorProtoFile(await (0,promises_.readFile)((0,external_node_path_.join)(directory, file)), `${label}/${file}`);
            const bound = name !== '' && names.includes(name) ? name : names[index];
            if (bound === undefined) {
                throw new errors/* ConfigurationError */.j(`${label}/${file}: the model has no ${prefix} ${name ? `"${name}"` : `number ${index}`}.`, 'reference-data');
            }
            arrays.set(bound, array);
        }
        return arrays;
    };
    const inputs = await read('input', signature.inputs.map((value) => value.name));
    if (inputs.size === 0)
        throw new errors/* ConfigurationError */.j(`reference-data folder "${label}" holds no input_K.pb files.`, 'reference-data');
    return {
        label,
        inputs,
        outputs: await read('output', signature.outputs.map((value) => value.name))
    };
}
async function readArrayFiles(entries, names, resolvePath, inputName) {
    const arrays = new Map();
    for (const [index, entry] of entries.entries()) {
        const explicit = /^([^=]+)=(.+)$/.exec(entry);
        const path = resolvePath(explicit ? explicit[2] : entry);
        const bytes = await (0,promises_.readFile)(path).catch(() => {
            throw new errors/* ConfigurationError */.j(`${inputName}: file "${entry}" does not exist.`, inputName);
        });
        const extension = (0,external_node_path_.extname)(path).toLowerCase();
        if (extension === '.npz') {
            for (const [key, array] of readNpz(bytes, entry))
                arrays.set(key, array);
            continue;
        }
        if (extension === '.json') {
            const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), entry);
            for (const [key, array] of inputName === 'reference-inputs' ? inputs : outputs)
                arrays.set(key, array);
            continue;
        }
        let array;
        let embeddedName = '';
        if (extension === '.npy')
            array = readNpy(bytes, entry);
        else if (extension === '.pb')
            ({ name: embeddedName, array } = decodeTensorProtoFile(bytes, entry));
        else
            throw new errors/* ConfigurationError */.j(`${inputName}: "${entry}" must be .npy, .npz, .pb or .json.`, inputName);
        const stem = (0,external_node_path_.basename)(path, (0,external_node_path_.extname)(path));
        const name = explicit?.[1]?.trim() ??
            (names.includes(embeddedName)
                ? embeddedName
                : names.includes(stem)
                    ? stem
                    : entries.length === names.length
                        ? names[index]
                        : undefined);
        if (name === undefined) {
            throw new errors/* ConfigurationError */.j(`${inputName}: cannot tell which of ${names.join(', ')} "${entry}" holds; write it as name=${entry}.`, inputName);
        }
        arrays.set(name, array);
    }
    return arrays;
}
function byTrailingNumber(a, b) {
    return Number(/(\d+)(?:\.pb)?$/.exec(a)?.[1]) - Number(/(\d+)(?:\.pb)?$/.exec(b)?.[1]);
}


/***/ })

};
;