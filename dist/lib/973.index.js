"use strict";
exports.id = 973;
exports.ids = [973,5075];
exports.modules = {

/***/ 60973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkoutVersion: () => (/* binding */ checkoutVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37148);
/* harmony import */ var _version_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35075);





/**
 * A version's files in `destination`, each sha256-verified while it streams, then the manifest
 * beside them. A non-empty directory is refused unless forced: a deploy step must not ship a mix
 * of two versions. A directory holding only this version's files (a checkout killed part-way, or
 * a complete one run again) is written over, and staged files an interrupted download left are
 * removed, so a re-run completes and the directory ends as exactly the version.
 */
async function checkoutVersion(store, manifest, destination, options = {}) {
    const directory = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destination);
    if (manifest.files.some((file) => file.path === _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${manifest.name}/${manifest.version} has a file named ${_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU}, which is where its manifest goes; download it with ModelRegistry.download instead`, 'ref');
    }
    const existing = await existingFiles(directory);
    const staged = existing.filter(_version_download_js__WEBPACK_IMPORTED_MODULE_4__/* .isStagedPath */ .Y);
    const others = existing.filter((file) => !(0,_version_download_js__WEBPACK_IMPORTED_MODULE_4__/* .isStagedPath */ .Y)(file));
    if (others.length > 0 && !options.force && !(await isSameVersion(directory, others, manifest))) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${directory} is not empty (${others.length} entr${others.length === 1 ? 'y' : 'ies'}); choose an empty directory or pass --force to write into it`, 'to');
    }
    // Staged files of a checkout killed before its renames would otherwise stay beside the model.
    await Promise.all(staged.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, file), { force: true })));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(directory, { recursive: true });
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU);
    // A forced re-download must not leave the old manifest vouching for files being replaced.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(manifestPath, { force: true });
    const { files } = await (0,_version_download_js__WEBPACK_IMPORTED_MODULE_4__.downloadVersion)(store, manifest, directory);
    const temp = (0,_version_download_js__WEBPACK_IMPORTED_MODULE_4__/* .stagedPath */ .w)(manifestPath);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, manifestPath);
    return { manifest, directory, files, manifestPath };
}
/** Files under `directory`, relative and `/`-separated; none when it does not exist. */
async function existingFiles(directory) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory, { recursive: true, withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        if (error.code === 'ENOTDIR') {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${directory} is a file, not a directory`, 'to');
        }
        throw error;
    });
    return entries
        .filter((entry) => !entry.isDirectory())
        .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(directory, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(entry.parentPath, entry.name)))
        .map((file) => file.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
}
/**
 * Only this version's own files (and its manifest, if it got that far): an earlier checkout of
 * the same version, killed or complete, which a re-run may write over without mixing versions.
 */
async function isSameVersion(directory, files, manifest) {
    const own = new Set(manifest.files.map((file) => file.path));
    if (!files.every((file) => own.has(file) || file === _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU))
        return false;
    if (!files.includes(_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU))
        return true;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_MANIFEST_FILE */ .YU), 'utf8');
    try {
        const earlier = JSON.parse(text);
        return earlier.name === manifest.name && earlier.version === manifest.version;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 35075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadVersion: () => (/* binding */ downloadVersion),
  Y: () => (/* binding */ isStagedPath),
  w: () => (/* binding */ stagedPath)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var src_manifest = __webpack_require__(37148);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/registry/src/sha256-stream.ts
var sha256_stream = __webpack_require__(37399);
;// CONCATENATED MODULE: ./packages/registry/src/verified-file-sink.ts




/**
 * Received chunks (64 KiB off a socket or a file) are written in batches of about this size: one
 * syscall and one thread-pool hop per MiB instead of per chunk, which on a busy machine is what
 * pays for the hashing.
 */
const WRITE_BATCH_BYTES = 1024 * 1024;
/** Received but not yet written; beyond this the source is paused, so memory stays bounded. */
const MAX_PENDING_BYTES = 4 * WRITE_BATCH_BYTES;
/**
 * Creates `path` (it must not exist) and writes the stream into it while hashing it. The stream
 * fails when the content is not `expected`, as soon as it grows past the expected size or at its
 * end, and only after the file is closed: the caller renames it into place only after a clean
 * finish, and removes it otherwise.
 */
class VerifiedFileSink extends external_node_stream_.Writable {
    path;
    expected;
    file;
    reason;
    handle;
    hash = (0,external_node_crypto_.createHash)('sha256');
    received = 0;
    batch = [];
    batchBytes = 0;
    ready = [];
    pendingBytes = 0;
    writing = false;
    writeError;
    /** A `_write` or `_final` callback held until the writes catch up. */
    onWritesProgress;
    constructor(path, expected, file, reason = 'does not match its recorded digest') {
        // Well above one chunk, or every write would report backpressure and pause the source.
        super({ highWaterMark: WRITE_BATCH_BYTES });
        this.path = path;
        this.expected = expected;
        this.file = file;
        this.reason = reason;
    }
    _construct(callback) {
        (0,promises_.open)(this.path, 'wx').then((handle) => {
            this.handle = handle;
            callback();
        }, callback);
    }
    _write(chunk, _encoding, callback) {
        if (this.writeError)
            return callback(this.writeError);
        this.received += chunk.length;
        if (this.received > this.expected.size) {
            const got = `more than ${this.expected.size} bytes`;
            return callback((0,sha256_stream/* integrityError */.Wn)(this.expected, got, this.file, this.reason));
        }
        this.hash.update(chunk);
        this.batch.push(chunk);
        this.batchBytes += chunk.length;
        this.pendingBytes += chunk.length;
        if (this.batchBytes >= WRITE_BATCH_BYTES)
            this.sealBatch();
        this.whenWritesAllow(() => this.pendingBytes <= MAX_PENDING_BYTES, callback);
    }
    _final(callback) {
        this.sealBatch();
        this.whenWritesAllow(() => this.pendingBytes === 0, (error) => {
            if (error)
                return callback(error);
            const handle = this.handle;
            this.handle = undefined;
            handle?.close().then(() => {
                const actual = { sha256: this.hash.digest('hex'), size: this.received };
                callback((0,sha256_stream/* digestMismatch */.H3)(this.expected, actual, this.file, this.reason));
            }, callback);
        });
    }
    _destroy(error, callback) {
        this.onWritesProgress = undefined;
        const handle = this.handle;
        this.handle = undefined;
        // FileHandle.close waits for a write still in flight.
        if (!handle)
            return callback(error);
        handle.close().then(() => callback(error), () => callback(error));
    }
    sealBatch() {
        if (this.batchBytes === 0)
            return;
        this.ready.push(this.batch);
        this.batch = [];
        this.batchBytes = 0;
        this.writeNext();
    }
    /** One write at a time, in order: concurrent writes to one file only contend for its lock. */
    writeNext() {
        const chunks = this.writing ? undefined : this.ready.shift();
        if (!chunks || !this.handle)
            return;
        const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
        this.writing = true;
        this.handle.writev(chunks).then(({ bytesWritten }) => {
            this.writing = false;
            if (bytesWritten !== bytes) {
                this.writeError = new Error(`Short write to ${this.path}: ${bytesWritten} of ${bytes} bytes`);
            }
            this.pendingBytes -= bytes;
            this.writeNext();
            this.onWritesProgress?.();
        }, (error) => {
            this.writing = false;
            this.writeError = error;
            this.onWritesProgress?.();
        });
    }
    whenWritesAllow(condition, callback) {
        const check = () => {
            if (this.writeError || condition()) {
                this.onWritesProgress = undefined;
                callback(this.writeError);
                return true;
            }
            return false;
        };
        if (!check())
            this.onWritesProgress = check;
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/version-download.ts








const STAGED_SUFFIX = /\.[0-9a-f]{12}\.partial$/;
/** Where a file streams before it is verified and renamed to `target`. */
function stagedPath(target) {
    return `${target}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`;
}
/** A staged file of a download that was killed before its rename: nothing else names it. */
function isStagedPath(file) {
    return STAGED_SUFFIX.test(file);
}
/**
 * Every file is streamed to a temp name next to its destination and checked against the
 * manifest; only when all of them verified are they renamed into place, so a corrupt blob or a
 * dropped connection never leaves a file a later step could mistake for the model.
 */
async function downloadVersion(store, manifest, destination) {
    const root = external_node_path_default().resolve(destination);
    const staged = [];
    try {
        for (const file of manifest.files) {
            const label = `${manifest.name}/${manifest.version}: ${file.path}`;
            if (!(0,src_manifest/* isSafeRelativePath */.VH)(file.path)) {
                throw new errors/* IntegrityError */.cs(`${label} is not a safe relative path; refusing to write it`, file.path);
            }
            const target = external_node_path_default().join(root, ...file.path.split('/'));
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = stagedPath(target);
            staged.push({ temp, target });
            const source = await store.getStream(layout/* layout */.Zp.blob(file.sha256));
            const sink = new VerifiedFileSink(temp, file, label, 'does not match its manifest (corrupt or tampered blob)');
            // On a source error pipeline settles before the sink has closed the temp file, and an open
            // file cannot be removed on Windows.
            await (0,external_node_stream_promises_.pipeline)(source, sink).finally(() => version_download_closed(sink));
        }
        for (const { temp, target } of staged)
            await (0,promises_.rename)(temp, target);
        return { manifest, files: staged.map(({ target }) => target) };
    }
    catch (error) {
        await Promise.all(staged.map(({ temp }) => (0,promises_.rm)(temp, { force: true })));
        throw error;
    }
}
function version_download_closed(stream) {
    return new Promise((resolve) => (stream.closed ? resolve() : stream.once('close', resolve)));
}


/***/ })

};
;