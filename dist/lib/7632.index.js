"use strict";
exports.id = 7632;
exports.ids = [7632];
exports.modules = {

/***/ 75251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   latestRunArtifact: () => (/* binding */ latestRunArtifact),
/* harmony export */   runArtifact: () => (/* binding */ runArtifact),
/* harmony export */   workflowFileOf: () => (/* binding */ workflowFileOf)
/* harmony export */ });
/* unused harmony export MAX_ARTIFACT_BYTES */
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_archive__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68482);


/**
 * Reading the artifacts of other workflow runs through the REST API (an `actions: read` token):
 * the base branch's latest successful run for the baseline, and the triggering run in the
 * two-workflow fork mode. The zip is read in memory and never extracted, so entry names such as
 * `../x` or absolute paths cannot write anywhere; its size is capped before it is downloaded.
 */
const MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;
/** The newest successful push run of the workflow on the branch that still has the artifact. */
async function latestRunArtifact(octokit, request) {
    const maxRuns = request.maxRuns ?? 20;
    const filters = {
        owner: request.owner,
        repo: request.repo,
        branch: request.branch,
        event: 'push',
        status: 'success',
        per_page: Math.min(100, maxRuns)
    };
    const runs = request.workflowFile
        ? (await octokit.rest.actions.listWorkflowRuns({
            ...filters,
            workflow_id: request.workflowFile
        })).data.workflow_runs
        : (await octokit.rest.actions.listWorkflowRunsForRepo(filters)).data.workflow_runs.filter((run) => run.name === request.workflowName);
    for (const run of runs.slice(0, maxRuns)) {
        if (run.id === request.excludeRunId)
            continue;
        const found = await runArtifact(octokit, { ...request, runId: run.id });
        if (found) {
            return {
                ...found,
                run: {
                    id: run.id,
                    headSha: run.head_sha,
                    headBranch: run.head_branch,
                    url: run.html_url,
                    runNumber: run.run_number
                }
            };
        }
    }
    return undefined;
}
/** The named artifact of one run, downloaded and unzipped in memory; undefined when it has none. */
async function runArtifact(octokit, request) {
    const { owner, repo, runId, artifactName } = request;
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name: artifactName,
        per_page: 100
    });
    const artifact = listed.data.artifacts.find((candidate) => candidate.name === artifactName && !candidate.expired);
    if (!artifact)
        return undefined;
    if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`artifact "${artifactName}" of run ${runId} is ${artifact.size_in_bytes} bytes, more than the ${MAX_ARTIFACT_BYTES} a metrics artifact may have`, 'artifact-name');
    }
    const { data } = await octokit.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip'
    });
    const bytes = new Uint8Array(data);
    if (bytes.length > MAX_ARTIFACT_BYTES) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`artifact "${artifactName}" of run ${runId} downloaded to more than ${MAX_ARTIFACT_BYTES} bytes`, 'artifact-name');
    }
    const files = new Map();
    for (const entry of (0,_ml_actions_core_archive__WEBPACK_IMPORTED_MODULE_1__/* .readZipEntries */ .Y)(bytes, `artifact "${artifactName}" of run ${runId}`)) {
        files.set(entry.name, entry.data);
    }
    const run = artifact.workflow_run;
    return {
        run: {
            id: runId,
            headSha: run?.head_sha ?? '',
            headBranch: run?.head_branch ?? null,
            url: '',
            runNumber: 0
        },
        artifactId: artifact.id,
        files
    };
}
/** `owner/repo/.github/workflows/ci.yml@refs/…` → `ci.yml`. */
function workflowFileOf(workflowRef) {
    if (!workflowRef)
        return undefined;
    const path = workflowRef.split('@')[0] ?? '';
    const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
    return match?.[1];
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


/***/ })

};
;