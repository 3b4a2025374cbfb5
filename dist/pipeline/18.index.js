export const id = 18;
export const ids = [18];
export const modules = {

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
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

/***/ 37148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ MANIFEST_KIND),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   Vp: () => (/* binding */ contentDigestOf),
/* harmony export */   c9: () => (/* binding */ manifestProblems),
/* harmony export */   dL: () => (/* binding */ manifestSha256),
/* harmony export */   v5: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9810);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37399);


const MANIFEST_SCHEMA_VERSION = 1;
const MANIFEST_KIND = 'ml-actions/model-version';
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
    if (problems.length === 0 && manifest.contentDigest !== contentDigestOf(manifest.files)) {
        problems.push('contentDigest does not match the file list');
    }
    return problems;
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseModelRef)
/* harmony export */ });
/* unused harmony export formatVersionRef */
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

/***/ 70018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ ModelRegistry)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/registry/src/blob-store.ts
var blob_store = __webpack_require__(9810);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
;// CONCATENATED MODULE: ./packages/registry/src/alias-log.ts


const ALIAS_ENTRY_KIND = 'ml-actions/alias-move';
async function aliasEntryKeys(store, name, alias) {
    const keys = [];
    for await (const info of store.list(layout/* layout */.Zp.aliasLog(name, alias))) {
        if ((0,layout/* parseAliasSequence */.Bo)(info.key) !== null)
            keys.push(info.key);
    }
    return keys.sort();
}
async function readAliasHead(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    const last = keys.at(-1);
    return last ? (0,blob_store/* readJson */.Vh)(store, last) : null;
}
/** Oldest first. */
async function readAliasLog(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    return Promise.all(keys.map((key) => (0,blob_store/* readJson */.Vh)(store, key)));
}
/** The compare-and-swap: claiming `seq` succeeds for exactly one writer. */
function appendAliasEntry(store, entry) {
    return store.putIfAbsent(layout/* layout */.Zp.aliasEntry(entry.model, entry.alias, entry.seq), (0,blob_store/* jsonBytes */.yN)(entry));
}
async function listAliasNames(store, name) {
    const prefix = layout/* layout */.Zp.aliases(name);
    const aliases = new Set();
    for await (const info of store.list(prefix)) {
        const alias = info.key.slice(prefix.length).split('/')[0];
        if (alias)
            aliases.add(alias);
    }
    return [...aliases].sort();
}

// EXTERNAL MODULE: ./packages/registry/src/conditional-write-probe.ts
var conditional_write_probe = __webpack_require__(35512);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var src_errors = __webpack_require__(33622);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/registry/src/registry-events.ts



/**
 * An append-only outbox: names sort by time and a random suffix keeps two writers in the same
 * millisecond apart, so no coordination is needed.
 */
async function appendEvent(store, event) {
    const stamp = event.time.replace(/[-:]/g, '');
    const key = `${layout/* layout */.Zp.events(event.model)}${stamp}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}.json`;
    await store.putIfAbsent(key, (0,blob_store/* jsonBytes */.yN)(event));
    return key;
}
/** Oldest first. */
async function readEvents(store, name) {
    const keys = [];
    for await (const info of store.list(layout/* layout */.Zp.events(name)))
        keys.push(info.key);
    keys.sort();
    return Promise.all(keys.map((key) => (0,blob_store/* readJson */.Vh)(store, key)));
}

// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var src_manifest = __webpack_require__(37148);
;// CONCATENATED MODULE: ./packages/registry/src/version-catalog.ts





async function scanVersions(store, name) {
    const claims = new Map();
    const manifests = new Set();
    for await (const info of store.list(layout/* layout */.Zp.versions(name))) {
        const parsed = (0,layout/* parseVersionKey */.n4)(name, info.key);
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
    const key = layout/* layout */.Zp.manifest(name, version);
    if (!(await store.head(key)))
        return null;
    const value = await (0,blob_store/* readJson */.Vh)(store, key);
    const problems = (0,src_manifest/* manifestProblems */.c9)(value, name, version);
    if (problems.length > 0) {
        throw new src_errors/* IntegrityError */.cs(`Manifest ${store.location}/${key} is invalid: ${problems.join('; ')}`, key);
    }
    return value;
}
async function requireManifest(store, name, version, input = 'version') {
    const manifest = await readManifest(store, name, version);
    if (!manifest) {
        throw new errors/* ConfigurationError */.j(`Model "${name}" has no version ${version} in the registry ${store.location}`, input);
    }
    return manifest;
}
async function listModelNames(store) {
    const names = new Set();
    for await (const info of store.list(layout/* MODELS_PREFIX */._w)) {
        const name = info.key.slice(layout/* MODELS_PREFIX */._w.length).split('/')[0];
        if (name)
            names.add(name);
    }
    return [...names].sort();
}

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
    await requireManifest(context.store, name, version);
    for (let attempt = 0; attempt < UNCONDITIONAL_RETRIES; attempt++) {
        const head = await readAliasHead(context.store, name, alias);
        const current = head?.version ?? null;
        if (options.expect !== undefined && options.expect !== current) {
            throw staleExpectation(name, alias, options.expect, current);
        }
        const entry = {
            schemaVersion: 1,
            kind: ALIAS_ENTRY_KIND,
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
        if (await appendAliasEntry(context.store, entry)) {
            await appendEvent(context.store, {
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
            const winner = await readAliasHead(context.store, name, alias);
            throw new src_errors/* ConcurrencyError */.Yu(`Another writer moved ${name}@${alias} first (now version ${String(winner?.version ?? null)}, ` +
                `seq ${String(winner?.seq)}); re-read it and re-evaluate before promoting again`, name, alias, options.expect, winner?.version ?? null);
        }
    }
    throw new src_errors/* ConcurrencyError */.Yu(`Could not move ${name}@${alias}: it kept changing under ${UNCONDITIONAL_RETRIES} attempts`, name, alias, undefined, (await readAliasHead(context.store, name, alias))?.version ?? null);
}
async function rollbackAlias(context, name, alias, options) {
    const head = await readAliasHead(context.store, name, alias);
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

;// CONCATENATED MODULE: ./packages/registry/src/garbage-collection.ts


const DEFAULT_GC_GRACE_PERIOD_MS = 24 * 60 * 60 * 1000;
async function collectGarbage(store, options, now) {
    const dryRun = options.dryRun ?? false;
    const gracePeriodMs = options.gracePeriodMs ?? DEFAULT_GC_GRACE_PERIOD_MS;
    const cutoff = now().getTime() - gracePeriodMs;
    const report = {
        dryRun,
        removedClaims: [],
        removedBlobs: [],
        removedPartials: [],
        freedBytes: 0
    };
    const referenced = new Set();
    for (const model of await listModelNames(store)) {
        const { committed, uncommittedClaims } = await scanVersions(store, model);
        for (const claim of uncommittedClaims) {
            if (claim.lastModified.getTime() > cutoff)
                continue;
            report.removedClaims.push(claim.key);
            if (!dryRun)
                await store.delete(claim.key);
        }
        for (const version of committed) {
            const manifest = await readManifest(store, model, version);
            for (const file of manifest?.files ?? [])
                referenced.add(file.sha256);
        }
    }
    for await (const blob of store.list(layout/* BLOBS_PREFIX */.mk)) {
        const sha256 = (0,layout/* parseBlobKey */.QK)(blob.key);
        if (sha256 !== null && referenced.has(sha256))
            continue;
        if (blob.lastModified.getTime() > cutoff)
            continue;
        report.removedBlobs.push(blob.key);
        report.freedBytes += blob.size;
        if (!dryRun)
            await store.delete(blob.key);
    }
    report.removedPartials = (await store.sweepInterruptedWrites?.(gracePeriodMs, dryRun)) ?? [];
    return report;
}

// EXTERNAL MODULE: ./packages/registry/src/sha256-stream.ts
var sha256_stream = __webpack_require__(37399);
;// CONCATENATED MODULE: ./packages/registry/src/immutable-records.ts




const RECORD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/**
 * Decision records and reports are evidence, so they are never overwritten: a second write of
 * identical bytes is accepted (retries), different bytes under the same key are refused.
 */
async function putRecord(store, kind, body, options = {}) {
    if (!RECORD_NAME.test(kind)) {
        throw new errors/* ConfigurationError */.j(`Record kind "${kind}" is invalid: use letters, digits, ".", "_", "-"`, 'kind');
    }
    if (options.key !== undefined && !RECORD_NAME.test(options.key)) {
        throw new errors/* ConfigurationError */.j(`Record key "${options.key}" is invalid: use letters, digits, ".", "_", "-"`, 'key');
    }
    const bytes = Buffer.from(`${canonicalJson(body)}\n`, 'utf8');
    const sha256 = (0,sha256_stream/* sha256Hex */.fg)(bytes);
    const ref = `records/${kind}/${options.key ?? `sha256-${sha256}`}.json`;
    if (await store.putIfAbsent(ref, bytes))
        return { ref, sha256 };
    const existing = await (0,blob_store/* readBytes */.io)(store, ref);
    if (!existing.equals(bytes)) {
        throw new errors/* ConfigurationError */.j(`Record ${store.location}/${ref} already exists with different content; records are immutable`, 'key');
    }
    return { ref, sha256 };
}
async function getRecord(store, ref) {
    if (!/^records\/[^/]+\/[^/]+\.json$/.test(ref)) {
        throw new errors/* ConfigurationError */.j(`"${ref}" is not a record reference (records/<kind>/<key>.json)`, 'ref');
    }
    try {
        return JSON.parse((await (0,blob_store/* readBytes */.io)(store, ref)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof src_errors/* BlobNotFoundError */.Bc) {
            throw new errors/* ConfigurationError */.j(`Record ${ref} does not exist in ${store.location}`, 'ref');
        }
        throw error;
    }
}
/** Sorted keys so equal values always produce equal bytes and therefore equal addresses. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
        : inner);
}

;// CONCATENATED MODULE: ./packages/registry/src/integrity-check.ts




/** Re-reads everything: manifests must parse, every blob must exist and hash to its address. */
async function verifyRegistry(store, onlyModel) {
    const models = onlyModel === undefined ? await listModelNames(store) : [onlyModel];
    const problems = [];
    const blobVerdicts = new Map();
    let versions = 0;
    for (const model of models) {
        const { committed } = await scanVersions(store, model);
        for (const version of committed) {
            versions++;
            let manifest;
            try {
                manifest = await readManifest(store, model, version);
            }
            catch (error) {
                problems.push({ model, version, problem: error.message });
                continue;
            }
            if (!manifest)
                continue;
            for (const file of manifest.files) {
                let verdict = blobVerdicts.get(file.sha256);
                if (!verdict) {
                    verdict = checkBlob(store, file.sha256, file.size);
                    blobVerdicts.set(file.sha256, verdict);
                }
                const problem = await verdict;
                if (problem)
                    problems.push({ model, version, file: file.path, problem });
            }
        }
        const committedSet = new Set(committed);
        for (const alias of await listAliasNames(store, model)) {
            for (const entry of await readAliasLog(store, model, alias)) {
                if (!committedSet.has(entry.version)) {
                    problems.push({
                        model,
                        alias,
                        version: entry.version,
                        problem: `alias log entry ${entry.seq} points to version ${entry.version}, which has no manifest`
                    });
                }
            }
        }
    }
    return {
        ok: problems.length === 0,
        models: models.length,
        versions,
        blobs: blobVerdicts.size,
        problems
    };
}
async function checkBlob(store, sha256, size) {
    const key = layout/* layout */.Zp.blob(sha256);
    const info = await store.head(key);
    if (!info)
        return `blob ${key} is missing`;
    if (info.size !== size)
        return `blob ${key} has ${info.size} bytes, the manifest says ${size}`;
    const actual = await (0,sha256_stream/* digestStream */.Nq)(await store.getStream(key));
    if (actual.sha256 !== sha256)
        return `blob ${key} hashes to ${actual.sha256}`;
    return null;
}

// EXTERNAL MODULE: ./packages/registry/src/model-ref.ts
var model_ref = __webpack_require__(4900);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
                open: () => external_node_stream_.Readable.from([bytes])
            });
        }
        else
            files.push({ name: source.name, origin: `<stream ${source.name}>`, open: source.open });
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
                open: () => (0,external_node_fs_.createReadStream)(absolute, { highWaterMark: sha256_stream/* STREAM_BUFFER_BYTES */.Mr })
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
            open: () => (0,external_node_fs_.createReadStream)(file, { highWaterMark: sha256_stream/* STREAM_BUFFER_BYTES */.Mr })
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
    for (const file of modelFiles) {
        const digest = await (0,sha256_stream/* digestStream */.Nq)(file.open());
        digests.set(file.name, { path: file.name, ...digest });
    }
    const files = modelFiles.map((file) => digests.get(file.name));
    const contentDigest = (0,src_manifest/* contentDigestOf */.Vp)(files);
    const idempotencyToken = options.idempotencyKey === undefined
        ? undefined
        : (0,sha256_stream/* sha256Hex */.fg)(`${options.idempotencyKey}\n${contentDigest}`);
    if (idempotencyToken) {
        const existing = await findIdempotentVersion(store, name, idempotencyToken);
        if (existing)
            return { manifest: existing, created: false };
    }
    for (const file of modelFiles)
        await uploadBlob(store, file, digests.get(file.name));
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
        ...(idempotencyToken ? { idempotencyToken } : {})
    };
    if (!(await store.putIfAbsent(layout/* layout */.Zp.manifest(name, version), (0,blob_store/* jsonBytes */.yN)(manifest)))) {
        throw new Error(`Version ${version} of "${name}" was committed by another writer although this one claimed it; ` +
            `the store ${store.location} does not honour create-only writes, or gc removed a claim that was still in use`);
    }
    if (idempotencyToken) {
        await store.put(layout/* layout */.Zp.idempotency(name, idempotencyToken), (0,blob_store/* jsonBytes */.yN)({ version }));
    }
    await appendEvent(store, {
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
async function findIdempotentVersion(store, name, token) {
    const key = layout/* layout */.Zp.idempotency(name, token);
    if (!(await store.head(key)))
        return null;
    const { version } = await (0,blob_store/* readJson */.Vh)(store, key);
    const manifest = await readManifest(store, name, version);
    return manifest?.idempotencyToken === token ? manifest : null;
}
async function uploadBlob(store, file, digest) {
    const key = layout/* layout */.Zp.blob(digest.sha256);
    const existing = await store.head(key);
    if (existing?.size === digest.size)
        return;
    const verifying = new sha256_stream/* Sha256VerifyingStream */.lg(digest, file.origin, 'changed while it was being uploaded');
    // pipeline forwards a source failure into the verifier, so the store sees the error and
    // abandons the write instead of committing a truncated blob.
    (0,external_node_stream_.pipeline)(file.open(), verifying, () => undefined);
    await store.put(key, verifying, { size: digest.size });
}
async function claimNextVersion(store, name, claimedAt, idempotencyToken) {
    let candidate = (await scanVersions(store, name)).highest + 1;
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++, candidate++) {
        const claim = { schemaVersion: 1, model: name, version: candidate, claimedAt, idempotencyToken };
        if (await store.putIfAbsent(layout/* layout */.Zp.claim(name, candidate), (0,blob_store/* jsonBytes */.yN)(claim)))
            return candidate;
    }
    throw new Error(`Could not claim a version number for "${name}" after ${MAX_CLAIM_ATTEMPTS} attempts`);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./packages/registry/src/local-directory-store.ts








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
        this.location = (0,external_node_url_.pathToFileURL)(root).href;
    }
    async putIfAbsent(key, body) {
        const target = this.pathOf(key);
        const directory = external_node_path_default().dirname(target);
        await (0,promises_.mkdir)(directory, { recursive: true });
        const temp = partialPathFor(target);
        try {
            await writeSynced(temp, body);
            try {
                await (0,promises_.link)(temp, target);
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
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async put(key, body) {
        const target = this.pathOf(key);
        const directory = external_node_path_default().dirname(target);
        await (0,promises_.mkdir)(directory, { recursive: true });
        const temp = partialPathFor(target);
        try {
            const source = Buffer.isBuffer(body) ? external_node_stream_.Readable.from([body]) : body;
            await (0,external_node_stream_promises_.pipeline)(source, (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', flush: true }));
            await (0,promises_.rename)(temp, target);
            await syncDirectory(directory);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    }
    async getStream(key) {
        try {
            const handle = await (0,promises_.open)(this.pathOf(key), 'r');
            return handle.createReadStream();
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') {
                throw new src_errors/* BlobNotFoundError */.Bc(key);
            }
            throw error;
        }
    }
    async head(key) {
        try {
            const stats = await (0,promises_.stat)(this.pathOf(key));
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
        await (0,promises_.rm)(this.pathOf(key), { force: true });
    }
    async sweepInterruptedWrites(olderThanMs, dryRun) {
        const swept = [];
        const cutoff = Date.now() - olderThanMs;
        for await (const key of this.walk('')) {
            if (!isPartial(key))
                continue;
            const stats = await (0,promises_.stat)(this.pathOf(key)).catch(() => null);
            if (!stats || stats.mtimeMs > cutoff)
                continue;
            swept.push(key);
            if (!dryRun)
                await (0,promises_.rm)(this.pathOf(key), { force: true });
        }
        return swept;
    }
    async *walk(directoryKey) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(this.pathOf(directoryKey), { withFileTypes: true });
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
        return external_node_path_default().join(this.root, ...segments);
    }
}
function partialPathFor(target) {
    const unique = `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    return external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${unique}${PARTIAL_SUFFIX}`);
}
function isPartial(key) {
    const name = key.slice(key.lastIndexOf('/') + 1);
    return name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX);
}
async function writeSynced(file, body) {
    const handle = await (0,promises_.open)(file, 'wx');
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
        await (0,promises_.writeFile)(target, body, { flag: 'wx', flush: true });
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
        handle = await (0,promises_.open)(directory, 'r');
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

// EXTERNAL MODULE: ./packages/registry/src/s3-location.ts
var s3_location = __webpack_require__(94155);
;// CONCATENATED MODULE: ./packages/registry/src/store-uri.ts






const DEFAULT_REGISTRY_DIRECTORY = '.ml-registry';
/** `file:///abs/path`, a bare path, `s3://bucket/prefix`, or nothing for `./.ml-registry`. */
function openStore(uri, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const trimmed = uri?.trim() ?? '';
    if (trimmed === '')
        return new LocalDirectoryStore(external_node_path_default().resolve(cwd, DEFAULT_REGISTRY_DIRECTORY));
    if (trimmed.startsWith('s3://')) {
        const location = (0,s3_location/* parseS3Uri */.y)(trimmed);
        return new DeferredBlobStore((0,s3_location/* s3LocationUri */.O)(location), async () => {
            const { S3BlobStore } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 50331));
            return new S3BlobStore(location.bucket, location.prefix, options.s3);
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
        return new LocalDirectoryStore(directory);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
        throw new errors/* ConfigurationError */.j(`Registry URI "${trimmed}" has an unsupported scheme; use file:///path, a directory path or s3://bucket/prefix`, 'registry');
    }
    return new LocalDirectoryStore(external_node_path_default().resolve(cwd, trimmed));
}

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
                throw new src_errors/* IntegrityError */.cs(`${label} is not a safe relative path; refusing to write it`, file.path);
            }
            const target = external_node_path_default().join(root, ...file.path.split('/'));
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = `${target}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`;
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
        return new ModelRegistry(openStore(uri, options), options);
    }
    get location() {
        return this.store.location;
    }
    async register(name, files, options = {}) {
        (0,layout/* assertModelName */.fY)(name);
        return registerModelVersion(this.store, name, files, options, this.now);
    }
    async get(name, version) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertVersionNumber */.ol)(version);
        return requireManifest(this.store, name, version);
    }
    async resolve(ref) {
        const parsed = (0,model_ref/* parseModelRef */.q)(ref);
        if ('version' in parsed) {
            const manifest = await requireManifest(this.store, parsed.name, parsed.version, 'ref');
            return { name: parsed.name, version: parsed.version, manifest };
        }
        const { name, alias } = parsed;
        let version;
        if (alias === layout/* LATEST_ALIAS */.tQ) {
            version = (await scanVersions(this.store, name)).committed.at(-1);
            if (version === undefined) {
                throw new errors/* ConfigurationError */.j(`Model "${name}" has no versions in the registry ${this.location}`, 'ref');
            }
        }
        else {
            const head = await readAliasHead(this.store, name, alias);
            if (!head) {
                throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} is not set in the registry ${this.location}`, 'ref');
            }
            version = head.version;
        }
        const manifest = await requireManifest(this.store, name, version, 'ref');
        return { name, version, alias, manifest };
    }
    async list() {
        const summaries = [];
        for (const name of await listModelNames(this.store)) {
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
        return (await scanVersions(this.store, name)).committed;
    }
    async download(name, version, destination) {
        return downloadVersion(this.store, await this.get(name, version), destination);
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
        return (await readAliasLog(this.store, name, alias)).reverse();
    }
    async aliases(name) {
        (0,layout/* assertModelName */.fY)(name);
        const current = {};
        for (const alias of await listAliasNames(this.store, name)) {
            const head = await readAliasHead(this.store, name, alias);
            if (head)
                current[alias] = head.version;
        }
        return current;
    }
    async events(name) {
        (0,layout/* assertModelName */.fY)(name);
        return readEvents(this.store, name);
    }
    async verify(name) {
        if (name !== undefined)
            (0,layout/* assertModelName */.fY)(name);
        return verifyRegistry(this.store, name);
    }
    async gc(options = {}) {
        return collectGarbage(this.store, options, this.now);
    }
    async putRecord(kind, body, options = {}) {
        return putRecord(this.store, kind, body, options);
    }
    async getRecord(ref) {
        return getRecord(this.store, ref);
    }
}


/***/ }),

/***/ 94155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ s3LocationUri),
/* harmony export */   y: () => (/* binding */ parseS3Uri)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

function parseS3Uri(uri) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!match?.[1]) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Registry URI "${uri}" must look like s3://bucket or s3://bucket/prefix`, 'registry');
    }
    return { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') };
}
function s3LocationUri({ bucket, prefix }) {
    return `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
}


/***/ })

};
