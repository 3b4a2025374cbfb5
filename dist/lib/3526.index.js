"use strict";
exports.id = 3526;
exports.ids = [3526];
exports.modules = {

/***/ 23526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dataManifest: () => (/* binding */ dataManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89151);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37399);




/**
 * Hashes every file under the given paths (files, folders, globs). Missing paths contribute
 * nothing, so the manifest of a data folder that does not exist yet is the empty one.
 */
async function dataManifest(patterns, workingDirectory) {
    const roots = await expandRoots(patterns, workingDirectory);
    const files = new Map();
    for (const root of roots) {
        for (const file of await filesUnder(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, root))) {
            const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workingDirectory, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
            if (files.has(relative))
                continue;
            files.set(relative, { path: relative, ...(await (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file)) });
        }
    }
    const sorted = [...files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const lines = sorted.map((file) => `${file.sha256} ${file.size} ${file.path}\n`);
    return { files: sorted, digest: (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(lines.join('')) };
}
async function expandRoots(patterns, cwd) {
    try {
        return await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_3__/* .expandPathPatterns */ .t)(patterns, { cwd });
    }
    catch {
        // A glob that matches nothing yet (data not downloaded) must not hide the other paths.
        const kept = [];
        for (const pattern of patterns.filter((entry) => !entry.startsWith('!'))) {
            kept.push(...(await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_3__/* .expandPathPatterns */ .t)([pattern], { cwd }).catch(() => [])));
        }
        return kept;
    }
}
async function filesUnder(target) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined);
    if (!info)
        return [];
    if (info.isFile())
        return [target];
    if (!info.isDirectory())
        return [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(target, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(entry.parentPath, entry.name);
        if (entry.isFile() ||
            (entry.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full).catch(() => undefined))?.isFile())) {
            files.push(full);
        }
    }
    return files.sort();
}


/***/ }),

/***/ 73466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/**
 * Buffers handed back once their bytes are used up (hashed, or acknowledged by the server), so that
 * moving a large file through fixed-size chunks reuses a handful of buffers instead of allocating
 * the whole file anew: garbage chunks otherwise pile up between collections and set peak memory.
 */
class BufferPool {
    capacity;
    free = [];
    issued = new WeakSet();
    constructor(capacity = 8) {
        this.capacity = capacity;
    }
    take(size) {
        const index = this.free.findIndex((buffer) => buffer.length === size);
        if (index !== -1)
            return this.free.splice(index, 1)[0];
        const buffer = Buffer.allocUnsafe(size);
        this.issued.add(buffer);
        return buffer;
    }
    /**
     * Only a buffer this pool issued is kept: anything else (a caller's bytes, a view of them) may
     * still be in use by its owner, and handing it out again would overwrite it.
     */
    give(buffer) {
        if (!this.issued.has(buffer) || this.free.includes(buffer))
            return;
        if (this.free.length < this.capacity)
            this.free.push(buffer);
    }
}


/***/ }),

/***/ 33622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ BlobNotFoundError),
/* harmony export */   Yu: () => (/* binding */ ConcurrencyError),
/* harmony export */   cs: () => (/* binding */ IntegrityError)
/* harmony export */ });
/**
 * Another writer moved the alias first, or the caller's `expect` was stale. The caller should
 * re-read the current value and re-evaluate its decision (the baseline changed) before retrying.
 */
class ConcurrencyError extends Error {
    model;
    alias;
    expected;
    actual;
    name = 'ConcurrencyError';
    constructor(message, model, alias, expected, actual) {
        super(message);
        this.model = model;
        this.alias = alias;
        this.expected = expected;
        this.actual = actual;
    }
}
/** Stored bytes do not match the digest or size the manifest recorded: corruption or tampering. */
class IntegrityError extends Error {
    file;
    name = 'IntegrityError';
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
/** A key the caller expected is absent from the store. */
class BlobNotFoundError extends Error {
    key;
    name = 'BlobNotFoundError';
    constructor(key) {
        super(`Not found in the registry store: ${key}`);
        this.key = key;
    }
}


/***/ }),

/***/ 39110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readFileChunks),
/* harmony export */   d: () => (/* binding */ bufferChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Buffer for reads past the size the file had when opened: it grew, or it is not a regular file. */
const UNEXPECTED_TAIL_BYTES = 64 * 1024;
/**
 * A file's bytes in fresh buffers of `chunkBytes` (the last one shorter), each read straight from
 * the file: an upload hands them on as parts without copying, and a small file costs no more than
 * its size. The next chunk is read while the caller works on the current one. Reading goes on
 * until the end of the file, not just its size at opening, so a file that grows is seen whole.
 * With a pool, buffers come from it; the caller gives each back when done with it.
 */
async function* readFileChunks(filePath, chunkBytes, pool) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(filePath, 'r');
    let next;
    try {
        const { size } = await handle.stat();
        let position = 0;
        const readNext = () => {
            const remaining = size - position;
            const length = Math.min(chunkBytes, remaining > 0 ? remaining : UNEXPECTED_TAIL_BYTES);
            return readFull(handle, pool?.take(length) ?? Buffer.allocUnsafe(length));
        };
        next = readNext();
        for (;;) {
            const chunk = await next;
            next = undefined;
            if (chunk.length === 0)
                return;
            position += chunk.length;
            next = readNext();
            yield chunk;
        }
    }
    finally {
        // A read still in flight must finish before its handle closes.
        await next?.catch(() => undefined);
        await handle.close();
    }
}
async function readFull(handle, buffer) {
    const { length } = buffer;
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, null);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled === length ? buffer : buffer.subarray(0, filled);
}
/** Views of `bytes`, `chunkBytes` long except possibly the last; nothing is copied. */
function* bufferChunks(bytes, chunkBytes) {
    for (let start = 0; start < bytes.length; start += chunkBytes)
        yield bytes.subarray(start, Math.min(start + chunkBytes, bytes.length));
}


/***/ }),

/***/ 37399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ verifiedChunks),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Mr: () => (/* binding */ STREAM_BUFFER_BYTES),
/* harmony export */   Nq: () => (/* binding */ digestStream),
/* harmony export */   TC: () => (/* binding */ DIGEST_CHUNK_BYTES),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Wn: () => (/* binding */ integrityError),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33622);
/* harmony import */ var _buffer_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73466);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39110);




/** Chunk size of streamed writes: bounded memory stays a few MiB per stream. */
const STREAM_BUFFER_BYTES = 1024 * 1024;
/**
 * Passes chunks through while hashing them. The iteration fails as soon as more bytes arrive than
 * expected, and at its end when the content is not what was expected: a writer that commits only
 * once the chunks are exhausted (rename, multipart complete) never commits wrong bytes under their
 * content address or the final path.
 */
async function* verifiedChunks(chunks, expected, file, reason) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        size += chunk.length;
        if (size > expected.size)
            throw integrityError(expected, `more than ${expected.size} bytes`, file, reason);
        hash.update(chunk);
        yield chunk;
    }
    const mismatch = digestMismatch(expected, { sha256: hash.digest('hex'), size }, file, reason);
    if (mismatch)
        throw mismatch;
}
/** The error for content that is not what was recorded, or null when it is. */
function digestMismatch(expected, actual, file, reason) {
    if (actual.size === expected.size && actual.sha256 === expected.sha256)
        return null;
    return integrityError(expected, `${actual.sha256} (${actual.size} bytes)`, file, reason);
}
/** `got` says what arrived instead, e.g. a digest and size, or "more than N bytes". */
function integrityError(expected, got, file, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${file} ${reason}: expected sha256 ${expected.sha256} (${expected.size} bytes), got ${got}`, file);
}
/** Digest of a stream or any other source of chunks; each chunk goes back to `pool` once hashed. */
async function digestStream(chunks, pool) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        pool?.give(chunk);
    }
    return { sha256: hash.digest('hex'), size };
}
/** Large enough that reading and hashing, not the hand-offs between them, set the pace. */
const DIGEST_CHUNK_BYTES = 4 * 1024 * 1024;
function digestFile(filePath) {
    const pool = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .BufferPool */ .P();
    return digestStream((0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileChunks */ .N)(filePath, DIGEST_CHUNK_BYTES, pool), pool);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ })

};
;