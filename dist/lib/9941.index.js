"use strict";
exports.id = 9941;
exports.ids = [9941];
exports.modules = {

/***/ 69941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerModelVersion: () => (/* binding */ registerModelVersion)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/registry/src/blob-store.ts
var blob_store = __webpack_require__(9810);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var src_manifest = __webpack_require__(37148);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/registry/src/file-chunks.ts
var file_chunks = __webpack_require__(39110);
;// CONCATENATED MODULE: ./packages/registry/src/model-files.ts





async function collectModelFiles(sources, cwd) {
    if (sources.length === 0)
        throw new errors/* ConfigurationError */.j('No model files given to register', 'files');
    const files = [];
    for (const source of sources) {
        if (typeof source === 'string')
            files.push(...(await filesAtPath(external_node_path_default().resolve(cwd, source), undefined)));
        else if ('path' in source)
            files.push(...(await filesAtPath(external_node_path_default().resolve(cwd, source.path), source.name)));
        else if ('content' in source) {
            const bytes = Buffer.isBuffer(source.content)
                ? source.content
                : Buffer.from(source.content, 'utf8');
            files.push({
                name: source.name,
                origin: `<bytes ${source.name}>`,
                chunks: async function* (chunkBytes) {
                    yield* (0,file_chunks/* bufferChunks */.d)(bytes, chunkBytes);
                }
            });
        }
        else {
            const { open } = source;
            files.push({ name: source.name, origin: `<stream ${source.name}>`, chunks: () => open() });
        }
    }
    const seen = new Set();
    for (const file of files) {
        if (!(0,src_manifest/* isSafeRelativePath */.VH)(file.name)) {
            throw new errors/* ConfigurationError */.j(`Model file name "${file.name}" (from ${file.origin}) must be a relative path without "..", "." or empty segments`, 'files');
        }
        if (seen.has(file.name)) {
            throw new errors/* ConfigurationError */.j(`Two model files would both be stored as "${file.name}"`, 'files');
        }
        seen.add(file.name);
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function filesAtPath(absolute, name) {
    const stats = await (0,promises_.stat)(absolute).catch(() => null);
    if (!stats)
        throw new errors/* ConfigurationError */.j(`Model file "${absolute}" does not exist`, 'files');
    if (stats.isFile()) {
        return [
            {
                name: name ?? external_node_path_default().basename(absolute),
                origin: absolute,
                chunks: (chunkBytes, pool) => (0,file_chunks/* readFileChunks */.N)(absolute, chunkBytes, pool)
            }
        ];
    }
    if (!stats.isDirectory()) {
        throw new errors/* ConfigurationError */.j(`Model file "${absolute}" is neither a file nor a directory`, 'files');
    }
    const files = [];
    for (const relative of await walkDirectory(absolute, '')) {
        const file = external_node_path_default().join(absolute, ...relative.split('/'));
        const prefix = name === undefined ? '' : `${name}/`;
        files.push({
            name: `${prefix}${relative}`,
            origin: file,
            chunks: (chunkBytes, pool) => (0,file_chunks/* readFileChunks */.N)(file, chunkBytes, pool)
        });
    }
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j(`Model directory "${absolute}" is empty`, 'files');
    return files;
}
async function walkDirectory(root, relative) {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true });
    const found = [];
    for (const entry of entries) {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory())
            found.push(...(await walkDirectory(root, child)));
        else if (entry.isFile())
            found.push(child);
    }
    return found;
}

// EXTERNAL MODULE: ./packages/registry/src/registry-events.ts
var registry_events = __webpack_require__(89202);
// EXTERNAL MODULE: ./packages/registry/src/buffer-pool.ts
var buffer_pool = __webpack_require__(73466);
// EXTERNAL MODULE: ./packages/registry/src/sha256-stream.ts
var sha256_stream = __webpack_require__(37399);
// EXTERNAL MODULE: ./packages/registry/src/version-catalog.ts
var version_catalog = __webpack_require__(86311);
;// CONCATENATED MODULE: ./packages/registry/src/registration.ts









const MAX_CLAIM_ATTEMPTS = 1000;
/**
 * Order matters for crash safety: blobs first (content-addressed, harmless if orphaned), then a
 * create-only claim of the version number, then the manifest as the single commit point. A
 * process killed anywhere before the manifest leaves nothing that readers see, only debris for
 * `gc`.
 */
async function registerModelVersion(store, name, sources, options, now) {
    const modelFiles = await collectModelFiles(sources, options.cwd ?? process.cwd());
    const digests = new Map();
    const pool = new buffer_pool/* BufferPool */.P();
    for (const file of modelFiles) {
        const digest = await (0,sha256_stream/* digestStream */.Nq)(file.chunks(sha256_stream/* DIGEST_CHUNK_BYTES */.TC, pool), pool);
        digests.set(file.name, { path: file.name, ...digest });
    }
    const files = modelFiles.map((file) => digests.get(file.name));
    const predictions = options.predictions === undefined
        ? undefined
        : await collectPredictionsFile(options.predictions, options.cwd ?? process.cwd());
    const predictionsEntry = predictions && {
        path: predictions.name,
        ...(await (0,sha256_stream/* digestStream */.Nq)(predictions.chunks(sha256_stream/* DIGEST_CHUNK_BYTES */.TC, pool), pool))
    };
    const contentDigest = (0,src_manifest/* contentDigestOf */.Vp)(files);
    const idempotencyToken = options.idempotencyKey === undefined
        ? undefined
        : idempotencyTokenOf(options.idempotencyKey, contentDigest, predictionsEntry);
    if (idempotencyToken) {
        const existing = await findIdempotentVersion(store, name, idempotencyToken);
        if (existing)
            return { manifest: existing, created: false };
    }
    for (const file of modelFiles)
        await uploadBlob(store, file, digests.get(file.name));
    if (predictions && predictionsEntry)
        await uploadBlob(store, predictions, predictionsEntry);
    const createdAt = now().toISOString();
    const version = await claimNextVersion(store, name, createdAt, idempotencyToken);
    const manifest = {
        schemaVersion: src_manifest/* MANIFEST_SCHEMA_VERSION */.v5,
        kind: src_manifest/* MANIFEST_KIND */.$8,
        name,
        version,
        createdAt,
        files,
        contentDigest,
        metrics: options.metrics ?? {},
        lineage: options.lineage ?? {},
        ...(predictionsEntry ? { predictions: predictionsEntry } : {}),
        ...(idempotencyToken ? { idempotencyToken } : {})
    };
    // The idempotency record goes before the manifest: it counts only once the manifest it names
    // carries its token, and a run killed between the two would otherwise register a duplicate.
    if (idempotencyToken) {
        await store.put(layout/* layout */.Zp.idempotency(name, idempotencyToken), (0,blob_store/* jsonBytes */.yN)({ version }));
    }
    if (!(await store.putIfAbsent(layout/* layout */.Zp.manifest(name, version), (0,blob_store/* jsonBytes */.yN)(manifest)))) {
        throw new Error(`Version ${version} of "${name}" was committed by another writer although this one claimed it; ` +
            `the store ${store.location} does not honour create-only writes, or gc removed a claim that was still in use`);
    }
    await (0,registry_events/* appendEvent */.Z)(store, {
        schemaVersion: 1,
        kind: 'ml-actions/registry-event',
        type: 'register',
        model: name,
        version,
        time: createdAt,
        ...((options.actor ?? options.lineage?.ci?.actor)
            ? { actor: options.actor ?? options.lineage?.ci?.actor }
            : {}),
        ...(options.lineage?.ci?.runUrl ? { runUrl: options.lineage.ci.runUrl } : {})
    });
    return { manifest, created: true };
}
async function collectPredictionsFile(source, cwd) {
    const found = await collectModelFiles([source], cwd).catch((error) => {
        if (error instanceof errors/* ConfigurationError */.j)
            throw new errors/* ConfigurationError */.j(`predictions: ${error.message.replace(/^Model (file|directory)/, 'Predictions $1')}`, 'predictions');
        throw error;
    });
    const [file] = found;
    if (found.length !== 1 || !file) {
        throw new errors/* ConfigurationError */.j(`predictions must be one file (as compare-metrics reads it), got ${found.length}: ${found
            .slice(0, 5)
            .map((one) => one.name)
            .join(', ')}`, 'predictions');
    }
    return file;
}
/**
 * The key and everything the version records as evaluated: the model files and, when given, the
 * predictions (a re-run that changed only the predictions is a new evaluation, so a new version
 * whose statistics a comparison recomputes). Without predictions the token is the one versions
 * registered before predictions existed carry.
 */
function idempotencyTokenOf(key, contentDigest, predictions) {
    const predictionsLine = predictions ? `\npredictions ${predictions.sha256}` : '';
    return (0,sha256_stream/* sha256Hex */.fg)(`${key}\n${contentDigest}${predictionsLine}`);
}
async function findIdempotentVersion(store, name, token) {
    const key = layout/* layout */.Zp.idempotency(name, token);
    if (!(await store.head(key)))
        return null;
    const { version } = await (0,blob_store/* readJson */.Vh)(store, key);
    const manifest = await (0,version_catalog/* readManifest */.WI)(store, name, version);
    return manifest?.idempotencyToken === token ? manifest : null;
}
async function uploadBlob(store, file, digest) {
    const key = layout/* layout */.Zp.blob(digest.sha256);
    const existing = await store.head(key);
    if (existing?.size === digest.size)
        return;
    // The content address was computed by an earlier read: hashing again as the bytes go out catches
    // a file that changed in between, before the store commits it under an address it does not have.
    const body = {
        chunks: (chunkBytes, pool) => (0,sha256_stream/* verifiedChunks */.Dc)(file.chunks(chunkBytes, pool), digest, file.origin, 'changed while it was being uploaded')
    };
    await store.put(key, body, { size: digest.size });
}
async function claimNextVersion(store, name, claimedAt, idempotencyToken) {
    let candidate = (await (0,version_catalog/* scanVersions */.Fy)(store, name)).highest + 1;
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++, candidate++) {
        const claim = { schemaVersion: 1, model: name, version: candidate, claimedAt, idempotencyToken };
        if (await store.putIfAbsent(layout/* layout */.Zp.claim(name, candidate), (0,blob_store/* jsonBytes */.yN)(claim)))
            return candidate;
    }
    throw new Error(`Could not claim a version number for "${name}" after ${MAX_CLAIM_ATTEMPTS} attempts`);
}


/***/ })

};
;