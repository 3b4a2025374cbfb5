"use strict";
exports.id = 9173;
exports.ids = [9173];
exports.modules = {

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

/***/ 59173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSession: () => (/* reexport safe */ _model_session_js__WEBPACK_IMPORTED_MODULE_1__.jw),
/* harmony export */   loadOnnxRuntime: () => (/* reexport safe */ _onnx_runtime_loader_js__WEBPACK_IMPORTED_MODULE_0__.aD),
/* harmony export */   runSession: () => (/* reexport safe */ _model_session_js__WEBPACK_IMPORTED_MODULE_1__.Ie)
/* harmony export */ });
/* harmony import */ var _onnx_runtime_loader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37023);
/* harmony import */ var _model_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83349);
































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


/***/ })

};
;