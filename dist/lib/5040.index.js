"use strict";
exports.id = 5040;
exports.ids = [5040];
exports.modules = {

/***/ 23162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ listAliasNames),
/* harmony export */   Bx: () => (/* binding */ ALIAS_ENTRY_KIND),
/* harmony export */   Fz: () => (/* binding */ readAliasLog),
/* harmony export */   J2: () => (/* binding */ readAliasHead),
/* harmony export */   np: () => (/* binding */ appendAliasEntry)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50687);


const ALIAS_ENTRY_KIND = 'ml-actions/alias-move';
async function aliasEntryKeys(store, name, alias) {
    const keys = [];
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliasLog(name, alias))) {
        if ((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAliasSequence */ .Bo)(info.key) !== null)
            keys.push(info.key);
    }
    return keys.sort();
}
async function readAliasHead(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    const last = keys.at(-1);
    return last ? (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, last) : null;
}
/** Oldest first. */
async function readAliasLog(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    return Promise.all(keys.map((key) => (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, key)));
}
/** The compare-and-swap: claiming `seq` succeeds for exactly one writer. */
function appendAliasEntry(store, entry) {
    return store.putIfAbsent(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliasEntry(entry.model, entry.alias, entry.seq), (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonBytes */ .yN)(entry));
}
async function listAliasNames(store, name) {
    const prefix = _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliases(name);
    const aliases = new Set();
    for await (const info of store.list(prefix)) {
        const alias = info.key.slice(prefix.length).split('/')[0];
        if (alias)
            aliases.add(alias);
    }
    return [...aliases].sort();
}


/***/ }),

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ chunksOf),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/** The body as chunks; those of a stream or buffer come as they are, whatever `chunkBytes`. */
function chunksOf(body, chunkBytes, pool) {
    if (Buffer.isBuffer(body))
        return [body];
    if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable)
        return body;
    return body.chunks(chunkBytes, pool);
}
async function readBytes(store, key) {
    const chunks = [];
    for await (const chunk of await store.getStream(key))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
async function readJson(store, key) {
    const text = (await readBytes(store, key)).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${store.location}/${key} is not valid JSON: ${error.message}`, {
            cause: error
        });
    }
}
function jsonBytes(value) {
    return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
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

/***/ 35512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ probeConditionalWrites)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const probes = new WeakMap();
/**
 * Some S3-compatible servers (s3rver, older gateways) accept `If-None-Match: *` and overwrite
 * anyway, which would let two promoters both "win". Writing one key twice reveals that; the
 * result is cached per store instance because it costs three requests.
 */
function probeConditionalWrites(store) {
    let probe = probes.get(store);
    if (!probe) {
        probe = runProbe(store);
        probes.set(store, probe);
        probe.catch(() => probes.delete(store));
    }
    return probe;
}
async function runProbe(store) {
    const key = `_probe/conditional-write/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.json`;
    const body = Buffer.from(JSON.stringify({ probe: 'create-only', at: new Date().toISOString() }));
    try {
        const first = await store.putIfAbsent(key, body);
        const second = await store.putIfAbsent(key, body);
        return { honoursPreconditions: first && !second, probedAt: new Date().toISOString() };
    }
    finally {
        await store.delete(key).catch(() => undefined);
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

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bT: () => (/* binding */ gcsStoreOptions),
/* harmony export */   i9: () => (/* binding */ GCS_XML_ENDPOINT),
/* harmony export */   jQ: () => (/* binding */ parseGcsUri),
/* harmony export */   ju: () => (/* binding */ gcsLocationUri)
/* harmony export */ });
/* unused harmony export GCS_SIGNING_REGION */
/* harmony import */ var _s3_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94155);

/** Google Cloud Storage's S3-compatible XML API. */
const GCS_XML_ENDPOINT = 'https://storage.googleapis.com';
/**
 * The region GCS wants in SigV4 signatures from S3 clients: any bucket location is reached through
 * the one endpoint, and `auto` is what Google documents for the interoperability API.
 */
const GCS_SIGNING_REGION = 'auto';
function parseGcsUri(uri) {
    return (0,_s3_location_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBucketUri */ .Si)(uri, 'gs');
}
function gcsLocationUri(location) {
    return (0,_s3_location_js__WEBPACK_IMPORTED_MODULE_0__/* .bucketLocationUri */ .w0)('gs', location);
}
/**
 * S3 client options for a `gs://` registry: the XML API endpoint and signing region unless the
 * caller named others (an emulator, a private endpoint), path-style addressing, and checksums only
 * where an operation requires them (the XML API does not take the SDK's default CRC trailers).
 * Credentials are an HMAC key of a service account, through the standard AWS variables.
 */
function gcsStoreOptions(given = {}) {
    return {
        ...given,
        endpoint: given.endpoint || GCS_XML_ENDPOINT,
        region: given.region || GCS_SIGNING_REGION,
        forcePathStyle: given.forcePathStyle ?? true,
        checksumMode: given.checksumMode ?? 'when_required'
    };
}


/***/ }),

/***/ 28010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ getRecord),
/* harmony export */   He: () => (/* binding */ recordSha256),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   j8: () => (/* binding */ putRecord)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33622);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37399);




const RECORD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/**
 * Decision records and reports are evidence, so they are never overwritten: a second write of
 * identical bytes is accepted (retries), different bytes under the same key are refused.
 */
async function putRecord(store, kind, body, options = {}) {
    if (!RECORD_NAME.test(kind)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Record kind "${kind}" is invalid: use letters, digits, ".", "_", "-"`, 'kind');
    }
    if (options.key !== undefined && !RECORD_NAME.test(options.key)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Record key "${options.key}" is invalid: use letters, digits, ".", "_", "-"`, 'key');
    }
    const bytes = recordBytes(body);
    const sha256 = (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(bytes);
    const ref = `records/${kind}/${options.key ?? `sha256-${sha256}`}.json`;
    if (await store.putIfAbsent(ref, bytes))
        return { ref, sha256 };
    const existing = await (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readBytes */ .io)(store, ref);
    if (!existing.equals(bytes)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Record ${store.location}/${ref} already exists with different content; records are immutable`, 'key');
    }
    return { ref, sha256 };
}
async function getRecord(store, ref) {
    if (!/^records\/[^/]+\/[^/]+\.json$/.test(ref)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`"${ref}" is not a record reference (records/<kind>/<key>.json)`, 'ref');
    }
    try {
        return JSON.parse((await (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readBytes */ .io)(store, ref)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BlobNotFoundError */ .Bc) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Record ${ref} does not exist in ${store.location}`, 'ref');
        }
        throw error;
    }
}
/** sha256 of a record's bytes as putRecord stores them: what a holder of the body checks it against. */
function recordSha256(body) {
    return (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(recordBytes(body));
}
function recordBytes(body) {
    return Buffer.from(`${canonicalJson(body)}\n`, 'utf8');
}
/** Sorted keys so equal values always produce equal bytes and therefore equal addresses. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
        : inner);
}


/***/ }),

/***/ 40812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ LocalDirectoryStore)
/* harmony export */ });
/* unused harmony export errorCode */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33622);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37399);










const PARTIAL_SUFFIX = '.partial';
/**
 * A registry in a directory, safe for several processes sharing it (parallel CI jobs on one
 * volume): create-only writes use link(2), which fails atomically with EEXIST, and every object
 * becomes visible only by link or rename of a fully written, fsynced temp file.
 */
class LocalDirectoryStore {
    root;
    location;
    constructor(root) {
        this.root = root;
        this.location = (0,node_url__WEBPACK_IMPORTED_MODULE_6__.pathToFileURL)(root).href;
    }
    async putIfAbsent(key, body) {
        const target = this.pathOf(key);
        const directory = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(directory, { recursive: true });
        const temp = partialPathFor(target);
        try {
            await writeSynced(temp, body);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temp, target);
            }
            catch (error) {
                const code = errorCode(error);
                if (code === 'EEXIST')
                    return false;
                // Some filesystems (FAT, certain network mounts) have no hard links; O_EXCL is still
                // create-only, only the "never partially visible" property is lost there.
                if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
                    return await createExclusive(target, body);
                }
                throw error;
            }
            await syncDirectory(directory);
            return true;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        }
    }
    async put(key, body) {
        const target = this.pathOf(key);
        const directory = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(directory, { recursive: true });
        const temp = partialPathFor(target);
        try {
            const source = body instanceof node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable ? body : node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from((0,_blob_store_js__WEBPACK_IMPORTED_MODULE_7__/* .chunksOf */ .U_)(body, _sha256_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .STREAM_BUFFER_BYTES */ .Mr));
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp, { flags: 'wx', flush: true }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
            await syncDirectory(directory);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
        }
    }
    async getStream(key) {
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(this.pathOf(key), 'r');
            return handle.createReadStream();
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .BlobNotFoundError */ .Bc(key);
            }
            throw error;
        }
    }
    async head(key) {
        try {
            const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(this.pathOf(key));
            if (!stats.isFile())
                return null;
            return { key, size: stats.size, lastModified: stats.mtime };
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
                return null;
            throw error;
        }
    }
    async *list(prefix) {
        const slash = prefix.lastIndexOf('/');
        const baseKey = slash === -1 ? '' : prefix.slice(0, slash + 1);
        const keys = [];
        for await (const key of this.walk(baseKey)) {
            if (key.startsWith(prefix) && !isPartial(key))
                keys.push(key);
        }
        keys.sort();
        for (const key of keys) {
            const info = await this.head(key);
            if (info)
                yield info;
        }
    }
    async delete(key) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.pathOf(key), { force: true });
    }
    async sweepInterruptedWrites(olderThanMs, dryRun) {
        const swept = [];
        const cutoff = Date.now() - olderThanMs;
        for await (const key of this.walk('')) {
            if (!isPartial(key))
                continue;
            const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(this.pathOf(key)).catch(() => null);
            if (!stats || stats.mtimeMs > cutoff)
                continue;
            swept.push(key);
            if (!dryRun)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.pathOf(key), { force: true });
        }
        return swept;
    }
    async *walk(directoryKey) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.pathOf(directoryKey), { withFileTypes: true });
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
                return;
            throw error;
        }
        for (const entry of entries) {
            const key = `${directoryKey}${entry.name}`;
            if (entry.isDirectory())
                yield* this.walk(`${key}/`);
            else if (entry.isFile())
                yield key;
        }
    }
    pathOf(key) {
        const segments = key.split('/').filter((segment) => segment !== '');
        if (segments.some((segment) => segment === '..' || segment === '.')) {
            throw new Error(`Refusing a registry key that leaves the registry root: ${key}`);
        }
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, ...segments);
    }
}
function partialPathFor(target) {
    const unique = `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}`;
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${unique}${PARTIAL_SUFFIX}`);
}
function isPartial(key) {
    const name = key.slice(key.lastIndexOf('/') + 1);
    return name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX);
}
async function writeSynced(file, body) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
    try {
        await handle.writeFile(body);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function createExclusive(target, body) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, body, { flag: 'wx', flush: true });
        return true;
    }
    catch (error) {
        if (errorCode(error) === 'EEXIST')
            return false;
        throw error;
    }
}
/** Without this a power loss after rename can lose the directory entry (ext4 data=ordered aside). */
async function syncDirectory(directory) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(directory, 'r');
        await handle.sync();
    }
    catch (error) {
        // Windows and some network filesystems cannot open or fsync a directory.
        if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'].includes(errorCode(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : undefined;
}


/***/ }),

/***/ 37148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ MANIFEST_KIND),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   Vp: () => (/* binding */ contentDigestOf),
/* harmony export */   YU: () => (/* binding */ CHECKOUT_MANIFEST_FILE),
/* harmony export */   c9: () => (/* binding */ manifestProblems),
/* harmony export */   dL: () => (/* binding */ manifestSha256),
/* harmony export */   v5: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37399);


const MANIFEST_SCHEMA_VERSION = 1;
const MANIFEST_KIND = 'ml-actions/model-version';
/** A downloaded version's manifest, written beside its files last: all of them verified. */
const CHECKOUT_MANIFEST_FILE = 'manifest.json';
function contentDigestOf(files) {
    const lines = [...files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => `${file.sha256} ${file.size} ${file.path}\n`);
    return (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(lines.join(''));
}
/** sha256 of the manifest exactly as stored: what a report cites as the digest of a version. */
function manifestSha256(manifest) {
    return (0,_sha256_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)((0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonBytes */ .yN)(manifest));
}
/**
 * A manifest path must stay inside the download directory whatever the registry contains: the
 * bucket may be writable by more people than the machine that downloads.
 */
function isSafeRelativePath(candidate) {
    if (candidate === '' || candidate.startsWith('/') || candidate.includes('\\'))
        return false;
    if (/^[A-Za-z]:/.test(candidate) || candidate.includes('\0'))
        return false;
    return candidate
        .split('/')
        .every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
/** Structural problems of a stored manifest; empty when it is sound. */
function manifestProblems(value, name, version) {
    if (typeof value !== 'object' || value === null)
        return ['manifest is not a JSON object'];
    const manifest = value;
    const problems = [];
    if (manifest.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        problems.push(`unsupported schemaVersion ${String(manifest.schemaVersion)}`);
    }
    if (manifest.name !== name)
        problems.push(`name is "${String(manifest.name)}", expected "${name}"`);
    if (manifest.version !== version) {
        problems.push(`version is ${String(manifest.version)}, expected ${version}`);
    }
    if (!Array.isArray(manifest.files) || manifest.files.length === 0) {
        problems.push('files is missing or empty');
        return problems;
    }
    for (const file of manifest.files) {
        if (typeof file?.path !== 'string' || !isSafeRelativePath(file.path)) {
            problems.push(`file path ${JSON.stringify(file?.path)} is not a safe relative path`);
        }
        if (typeof file?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
            problems.push(`file ${String(file?.path)} has no valid sha256`);
        }
        if (!Number.isSafeInteger(file?.size) || file.size < 0) {
            problems.push(`file ${String(file?.path)} has no valid size`);
        }
    }
    if (manifest.predictions !== undefined) {
        const predictions = manifest.predictions;
        if (typeof predictions?.path !== 'string' ||
            !isSafeRelativePath(predictions.path) ||
            typeof predictions.sha256 !== 'string' ||
            !/^[0-9a-f]{64}$/.test(predictions.sha256) ||
            !Number.isSafeInteger(predictions.size) ||
            (predictions.size ?? -1) < 0) {
            problems.push('predictions is not a file entry with a safe path, a sha256 and a size');
        }
    }
    if (problems.length === 0 && manifest.contentDigest !== contentDigestOf(manifest.files)) {
        problems.push('contentDigest does not match the file list');
    }
    return problems;
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseModelRef),
/* harmony export */   t: () => (/* binding */ formatVersionRef)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50687);


/** `name@alias`, `name@latest`, `name/7`, `name:7`, or a bare `name` (= latest). */
function parseModelRef(ref, input = 'ref') {
    const trimmed = ref.trim();
    const versioned = /^([^@/:]+)[/:](\d+)$/.exec(trimmed);
    if (versioned?.[1] && versioned[2]) {
        (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .assertModelName */ .fY)(versioned[1], input);
        const version = Number(versioned[2]);
        if (!Number.isSafeInteger(version) || version < 1) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Model reference "${ref}" has an invalid version`, input);
        }
        return { name: versioned[1], version };
    }
    const aliased = /^([^@/:]+)(?:@([^@/:]+))?$/.exec(trimmed);
    if (!aliased?.[1]) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Model reference "${ref}" is not understood: use name, name@alias, name@latest or name/<version>`, input);
    }
    (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .assertModelName */ .fY)(aliased[1], input);
    return { name: aliased[1], alias: aliased[2] ?? _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .LATEST_ALIAS */ .tQ };
}
function formatVersionRef(name, version) {
    return `${name}/${version}`;
}


/***/ }),

/***/ 65040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ ModelRegistry)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/registry/src/alias-log.ts
var alias_log = __webpack_require__(23162);
// EXTERNAL MODULE: ./packages/registry/src/conditional-write-probe.ts
var conditional_write_probe = __webpack_require__(35512);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var src_errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/registry/src/registry-events.ts
var registry_events = __webpack_require__(89202);
// EXTERNAL MODULE: ./packages/registry/src/version-catalog.ts
var version_catalog = __webpack_require__(86311);
;// CONCATENATED MODULE: ./packages/registry/src/alias-moves.ts






const UNCONDITIONAL_RETRIES = 10;
async function assertAliasWritesSafe(context) {
    if (context.allowUnsafeAliases)
        return;
    const probe = await (0,conditional_write_probe/* probeConditionalWrites */.$)(context.store);
    if (!probe.honoursPreconditions) {
        throw new errors/* ConfigurationError */.j(`The registry store ${context.store.location} ignores create-only preconditions (If-None-Match: *), ` +
            'so two concurrent alias moves could both succeed. Use a store with conditional writes (AWS S3, MinIO, R2, a directory), ' +
            'or set allowUnsafeAliases (--allow-unsafe-aliases) if only one writer can ever move aliases.', 'allow-unsafe-aliases');
    }
}
async function moveAlias(context, name, alias, version, action, options) {
    await assertAliasWritesSafe(context);
    await (0,version_catalog/* requireManifest */.dW)(context.store, name, version);
    for (let attempt = 0; attempt < UNCONDITIONAL_RETRIES; attempt++) {
        const head = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
        const current = head?.version ?? null;
        if (options.expect !== undefined && options.expect !== current) {
            throw staleExpectation(name, alias, options.expect, current);
        }
        const entry = {
            schemaVersion: 1,
            kind: alias_log/* ALIAS_ENTRY_KIND */.Bx,
            model: name,
            alias,
            seq: (head?.seq ?? 0) + 1,
            action,
            version,
            previousVersion: current,
            actor: options.actor ?? 'unknown',
            ...(options.reason ? { reason: options.reason } : {}),
            ...(options.decisionRef ? { decisionRef: options.decisionRef } : {}),
            ...(options.runUrl ? { runUrl: options.runUrl } : {}),
            time: context.now().toISOString()
        };
        if (await (0,alias_log/* appendAliasEntry */.np)(context.store, entry)) {
            await (0,registry_events/* appendEvent */.Z)(context.store, {
                schemaVersion: 1,
                kind: 'ml-actions/registry-event',
                type: action,
                model: name,
                version,
                alias,
                previousVersion: current,
                actor: entry.actor,
                time: entry.time,
                ...(options.runUrl ? { runUrl: options.runUrl } : {})
            });
            return entry;
        }
        if (options.expect !== undefined) {
            const winner = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
            throw new src_errors/* ConcurrencyError */.Yu(`Another writer moved ${name}@${alias} first (now version ${String(winner?.version ?? null)}, ` +
                `seq ${String(winner?.seq)}); re-read it and re-evaluate before promoting again`, name, alias, options.expect, winner?.version ?? null);
        }
    }
    throw new src_errors/* ConcurrencyError */.Yu(`Could not move ${name}@${alias}: it kept changing under ${UNCONDITIONAL_RETRIES} attempts`, name, alias, undefined, (await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias))?.version ?? null);
}
async function rollbackAlias(context, name, alias, options) {
    const head = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
    if (!head) {
        throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} has never been set; there is nothing to roll back`, 'alias');
    }
    if (options.expect !== undefined && options.expect !== head.version) {
        throw staleExpectation(name, alias, options.expect, head.version);
    }
    const target = options.to ?? head.previousVersion;
    if (target === null) {
        throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} has no previous version to roll back to; name one with "to"`, 'to');
    }
    if (target === head.version) {
        throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} already points to version ${target}`, 'to');
    }
    return moveAlias(context, name, alias, target, 'rollback', { ...options, expect: head.version });
}
function staleExpectation(name, alias, expected, actual) {
    const describe = (value) => (value === null ? 'unset' : `version ${value}`);
    return new src_errors/* ConcurrencyError */.Yu(`${name}@${alias} is ${describe(actual)}, not ${describe(expected)} as expected; ` +
        're-read it and re-evaluate before promoting', name, alias, expected, actual);
}

// EXTERNAL MODULE: ./packages/registry/src/immutable-records.ts
var immutable_records = __webpack_require__(28010);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
// EXTERNAL MODULE: ./packages/registry/src/model-ref.ts
var model_ref = __webpack_require__(4900);
// EXTERNAL MODULE: ./packages/registry/src/store-uri.ts + 1 modules
var store_uri = __webpack_require__(34093);
;// CONCATENATED MODULE: ./packages/registry/src/model-registry.ts









class ModelRegistry {
    store;
    aliasContext;
    now;
    constructor(store, options = {}) {
        this.store = store;
        this.now = options.now ?? (() => new Date());
        this.aliasContext = {
            store,
            allowUnsafeAliases: options.allowUnsafeAliases ?? false,
            now: this.now
        };
    }
    /** `file:///abs`, a directory path, `s3://bucket/prefix`, or nothing for `./.ml-registry`. */
    static open(uri, options = {}) {
        return new ModelRegistry((0,store_uri/* openStore */.C)(uri, options), options);
    }
    get location() {
        return this.store.location;
    }
    async register(name, files, options = {}) {
        (0,layout/* assertModelName */.fY)(name);
        // Register, download, verify and gc each load their code on first use: a registry user needs
        // one or two of them (a gate none), and together they are a good part of a bundle's start-up.
        const { registerModelVersion } = await __webpack_require__.e(/* import() */ 9941).then(__webpack_require__.bind(__webpack_require__, 69941));
        return registerModelVersion(this.store, name, files, options, this.now);
    }
    async get(name, version) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertVersionNumber */.ol)(version);
        return (0,version_catalog/* requireManifest */.dW)(this.store, name, version);
    }
    async resolve(ref) {
        const parsed = (0,model_ref/* parseModelRef */.q)(ref);
        if ('version' in parsed) {
            const manifest = await (0,version_catalog/* requireManifest */.dW)(this.store, parsed.name, parsed.version, 'ref');
            return { name: parsed.name, version: parsed.version, manifest };
        }
        const { name, alias } = parsed;
        let version;
        if (alias === layout/* LATEST_ALIAS */.tQ) {
            version = (await (0,version_catalog/* scanVersions */.Fy)(this.store, name)).committed.at(-1);
            if (version === undefined) {
                throw new errors/* ConfigurationError */.j(`Model "${name}" has no versions in the registry ${this.location}`, 'ref');
            }
        }
        else {
            const head = await (0,alias_log/* readAliasHead */.J2)(this.store, name, alias);
            if (!head) {
                throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} is not set in the registry ${this.location}`, 'ref');
            }
            version = head.version;
        }
        const manifest = await (0,version_catalog/* requireManifest */.dW)(this.store, name, version, 'ref');
        return { name, version, alias, manifest };
    }
    async list() {
        const summaries = [];
        for (const name of await (0,version_catalog/* listModelNames */.Y_)(this.store)) {
            const versions = await this.listVersions(name);
            summaries.push({
                name,
                versions,
                latest: versions.at(-1) ?? null,
                aliases: await this.aliases(name)
            });
        }
        return summaries.filter((summary) => summary.versions.length > 0);
    }
    /** Committed versions, ascending; claims still uploading (or abandoned) are not listed. */
    async listVersions(name) {
        (0,layout/* assertModelName */.fY)(name);
        return (await (0,version_catalog/* scanVersions */.Fy)(this.store, name)).committed;
    }
    async download(name, version, destination) {
        const { downloadVersion } = await __webpack_require__.e(/* import() */ 5075).then(__webpack_require__.bind(__webpack_require__, 35075));
        return downloadVersion(this.store, await this.get(name, version), destination);
    }
    /** The evaluation predictions registered with a version, verified; undefined when it has none. */
    async predictions(manifest) {
        const { readVersionPredictions } = await __webpack_require__.e(/* import() */ 6802).then(__webpack_require__.bind(__webpack_require__, 96802));
        return readVersionPredictions(this.store, manifest);
    }
    /**
     * `name@alias`, `name/7` or `name@latest` into `destination`, verified, with its manifest
     * beside the files; refuses a non-empty directory unless `force`.
     */
    async checkout(ref, destination, options = {}) {
        const resolved = await this.resolve(ref);
        const { checkoutVersion } = await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.bind(__webpack_require__, 60973));
        const result = await checkoutVersion(this.store, resolved.manifest, destination, options);
        return { ...result, ...(resolved.alias ? { alias: resolved.alias } : {}) };
    }
    async promote(name, alias, version, options = {}) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertAliasName */.Kn)(alias);
        (0,layout/* assertVersionNumber */.ol)(version);
        if (options.expect !== undefined && options.expect !== null)
            (0,layout/* assertVersionNumber */.ol)(options.expect, 'expect');
        return moveAlias(this.aliasContext, name, alias, version, 'promote', options);
    }
    /**
     * Runs the conditional-write probe now (it otherwise runs before the first alias move), so a
     * caller can refuse to start long work whose result it could not promote safely.
     */
    async assertAliasMovesSafe() {
        await assertAliasWritesSafe(this.aliasContext);
    }
    async rollback(name, alias, options = {}) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertAliasName */.Kn)(alias);
        if (options.to !== undefined)
            (0,layout/* assertVersionNumber */.ol)(options.to, 'to');
        return rollbackAlias(this.aliasContext, name, alias, options);
    }
    /** Newest first. */
    async history(name, alias) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertAliasName */.Kn)(alias);
        return (await (0,alias_log/* readAliasLog */.Fz)(this.store, name, alias)).reverse();
    }
    async aliases(name) {
        (0,layout/* assertModelName */.fY)(name);
        const current = {};
        for (const alias of await (0,alias_log/* listAliasNames */.B8)(this.store, name)) {
            const head = await (0,alias_log/* readAliasHead */.J2)(this.store, name, alias);
            if (head)
                current[alias] = head.version;
        }
        return current;
    }
    async events(name) {
        (0,layout/* assertModelName */.fY)(name);
        return (0,registry_events/* readEvents */.w)(this.store, name);
    }
    async verify(name) {
        if (name !== undefined)
            (0,layout/* assertModelName */.fY)(name);
        const { verifyRegistry } = await __webpack_require__.e(/* import() */ 9087).then(__webpack_require__.bind(__webpack_require__, 79087));
        return verifyRegistry(this.store, name);
    }
    async gc(options = {}) {
        const { collectGarbage } = await __webpack_require__.e(/* import() */ 9667).then(__webpack_require__.bind(__webpack_require__, 9667));
        return collectGarbage(this.store, options, this.now);
    }
    async putRecord(kind, body, options = {}) {
        return (0,immutable_records/* putRecord */.j8)(this.store, kind, body, options);
    }
    async getRecord(ref) {
        return (0,immutable_records/* getRecord */.EI)(this.store, ref);
    }
}


/***/ }),

/***/ 89202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ appendEvent),
/* harmony export */   w: () => (/* binding */ readEvents)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9810);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50687);



/**
 * An append-only outbox: names sort by time and a random suffix keeps two writers in the same
 * millisecond apart, so no coordination is needed.
 */
async function appendEvent(store, event) {
    const stamp = event.time.replace(/[-:]/g, '');
    const key = `${_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp.events(event.model)}${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}.json`;
    await store.putIfAbsent(key, (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBytes */ .yN)(event));
    return key;
}
/** Oldest first. */
async function readEvents(store, name) {
    const keys = [];
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp.events(name)))
        keys.push(info.key);
    keys.sort();
    return Promise.all(keys.map((key) => (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(store, key)));
}


/***/ }),

/***/ 94155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OB: () => (/* binding */ s3LocationUri),
/* harmony export */   Si: () => (/* binding */ parseBucketUri),
/* harmony export */   w0: () => (/* binding */ bucketLocationUri),
/* harmony export */   yc: () => (/* binding */ parseS3Uri)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

function parseBucketUri(uri, scheme) {
    const match = new RegExp(`^${scheme}://([^/]+)/?(.*)$`).exec(uri);
    if (!match?.[1]) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Registry URI "${uri}" must look like ${scheme}://bucket or ${scheme}://bucket/prefix`, 'registry');
    }
    return { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') };
}
function bucketLocationUri(scheme, { bucket, prefix }) {
    return `${scheme}://${bucket}${prefix ? `/${prefix}` : ''}`;
}
function parseS3Uri(uri) {
    return parseBucketUri(uri, 's3');
}
function s3LocationUri(location) {
    return bucketLocationUri('s3', location);
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


/***/ }),

/***/ 34093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ DEFAULT_REGISTRY_DIRECTORY),
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/registry/src/deferred-blob-store.ts
/**
 * A store whose implementation is loaded on its first operation. The S3 backend is opened this
 * way: the AWS SDK is most of a bundle's start-up cost, and a step that never reaches the
 * registry (a missing input, a local-directory registry) should not pay it.
 */
class DeferredBlobStore {
    location;
    load;
    loaded;
    constructor(location, load) {
        this.location = location;
        this.load = load;
    }
    store() {
        this.loaded ??= this.load();
        return this.loaded;
    }
    async putIfAbsent(key, body) {
        return (await this.store()).putIfAbsent(key, body);
    }
    async put(key, body, options) {
        return (await this.store()).put(key, body, options);
    }
    async getStream(key) {
        return (await this.store()).getStream(key);
    }
    async head(key) {
        return (await this.store()).head(key);
    }
    async *list(prefix) {
        yield* (await this.store()).list(prefix);
    }
    async delete(key) {
        return (await this.store()).delete(key);
    }
    async sweepInterruptedWrites(olderThanMs, dryRun) {
        return (await (await this.store()).sweepInterruptedWrites?.(olderThanMs, dryRun)) ?? [];
    }
}

// EXTERNAL MODULE: ./packages/registry/src/gcs-location.ts
var gcs_location = __webpack_require__(8448);
// EXTERNAL MODULE: ./packages/registry/src/local-directory-store.ts
var local_directory_store = __webpack_require__(40812);
// EXTERNAL MODULE: ./packages/registry/src/s3-location.ts
var s3_location = __webpack_require__(94155);
;// CONCATENATED MODULE: ./packages/registry/src/store-uri.ts







const DEFAULT_REGISTRY_DIRECTORY = '.ml-registry';
/**
 * `file:///abs/path`, a bare path, `s3://bucket/prefix`, `gs://bucket/prefix` (Google Cloud Storage
 * through its S3-compatible XML API), or nothing for `./.ml-registry`.
 */
function openStore(uri, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const trimmed = uri?.trim() ?? '';
    if (trimmed === '')
        return new local_directory_store/* LocalDirectoryStore */.y(external_node_path_default().resolve(cwd, DEFAULT_REGISTRY_DIRECTORY));
    if (trimmed.startsWith('s3://')) {
        const location = (0,s3_location/* parseS3Uri */.yc)(trimmed);
        return new DeferredBlobStore((0,s3_location/* s3LocationUri */.OB)(location), async () => {
            const { S3BlobStore } = await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(6112)]).then(__webpack_require__.bind(__webpack_require__, 96112));
            return new S3BlobStore(location.bucket, location.prefix, options.s3);
        });
    }
    if (trimmed.startsWith('gs://')) {
        const location = (0,gcs_location/* parseGcsUri */.jQ)(trimmed);
        const uri = (0,gcs_location/* gcsLocationUri */.ju)(location);
        return new DeferredBlobStore(uri, async () => {
            const { S3BlobStore } = await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(6112)]).then(__webpack_require__.bind(__webpack_require__, 96112));
            return new S3BlobStore(location.bucket, location.prefix, {
                ...(0,gcs_location/* gcsStoreOptions */.bT)(options.s3),
                location: uri
            });
        });
    }
    if (trimmed.startsWith('file:')) {
        let directory;
        try {
            directory = (0,external_node_url_.fileURLToPath)(trimmed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`Registry URI "${trimmed}" is not a valid file URL (use file:///absolute/path): ${error.message}`, 'registry');
        }
        return new local_directory_store/* LocalDirectoryStore */.y(directory);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
        throw new errors/* ConfigurationError */.j(`Registry URI "${trimmed}" has an unsupported scheme; use file:///path, a directory path, s3://bucket/prefix or gs://bucket/prefix`, 'registry');
    }
    return new local_directory_store/* LocalDirectoryStore */.y(external_node_path_default().resolve(cwd, trimmed));
}


/***/ }),

/***/ 86311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ scanVersions),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Y_: () => (/* binding */ listModelNames),
/* harmony export */   dW: () => (/* binding */ requireManifest)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33622);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50687);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37148);





async function scanVersions(store, name) {
    const claims = new Map();
    const manifests = new Set();
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.versions(name))) {
        const parsed = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersionKey */ .n4)(name, info.key);
        if (!parsed)
            continue;
        if (parsed.file === 'manifest.json')
            manifests.add(parsed.version);
        else if (parsed.file === 'claim.json')
            claims.set(parsed.version, info);
    }
    const committed = [...manifests].sort((a, b) => a - b);
    const uncommittedClaims = [...claims.entries()]
        .filter(([version]) => !manifests.has(version))
        .sort(([a], [b]) => a - b)
        .map(([, info]) => info);
    const highest = Math.max(0, ...manifests, ...claims.keys());
    return { committed, uncommittedClaims, highest };
}
async function readManifest(store, name, version) {
    const key = _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.manifest(name, version);
    if (!(await store.head(key)))
        return null;
    const value = await (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, key);
    const problems = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestProblems */ .c9)(value, name, version);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs(`Manifest ${store.location}/${key} is invalid: ${problems.join('; ')}`, key);
    }
    return value;
}
async function requireManifest(store, name, version, input = 'version') {
    const manifest = await readManifest(store, name, version);
    if (!manifest) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Model "${name}" has no version ${version} in the registry ${store.location}`, input);
    }
    return manifest;
}
async function listModelNames(store) {
    const names = new Set();
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELS_PREFIX */ ._w)) {
        const name = info.key.slice(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELS_PREFIX */ ._w.length).split('/')[0];
        if (name)
            names.add(name);
    }
    return [...names].sort();
}


/***/ })

};
;