"use strict";
exports.id = 6375;
exports.ids = [6375,9667,8756];
exports.modules = {

/***/ 61568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ needsGitCheckout),
/* harmony export */   ZE: () => (/* binding */ ciRunFromEnv),
/* harmony export */   vH: () => (/* binding */ ciProviderOf)
/* harmony export */ });
/* unused harmony export CI_PROVIDERS */
/* harmony import */ var _repository_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81176);

const CI_PROVIDERS = (/* unused pure expression or super */ null && (['github-actions', 'circleci', 'gitlab-ci', 'local']));
/**
 * Which CI this process runs under, by the variable each one documents as its marker. Runner
 * variables set by hand with no other CI's marker (GITHUB_SHA, GITHUB_EVENT_PATH: a runner
 * emulated, as the demo does) are read as GitHub Actions, as they always were.
 */
function ciProviderOf(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github-actions';
    if (env.CIRCLECI === 'true')
        return 'circleci';
    if (env.GITLAB_CI === 'true')
        return 'gitlab-ci';
    if (env.GITHUB_SHA || env.GITHUB_EVENT_PATH)
        return 'github-actions';
    return 'local';
}
/**
 * The run as the CI's own variables describe it. Off GitHub Actions, whatever the variables leave
 * out (and everything, with no CI) comes from the git checkout when one is given.
 */
function ciRunFromEnv(env, git = {}) {
    switch (ciProviderOf(env)) {
        case 'github-actions':
            return githubActionsRun(env);
        case 'circleci':
            return withGit(circleCiRun(env), git);
        case 'gitlab-ci':
            return withGit(gitLabRun(env), git);
        case 'local':
            return withGit({ provider: 'local' }, git);
    }
}
/** Whether git has anything to add: it is asked only then, and never on GitHub Actions. */
function needsGitCheckout(run) {
    return run.provider !== 'github-actions' && (!run.sha || !run.repository || !run.ref);
}
function githubActionsRun(env) {
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const pull = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return compact({
        provider: 'github-actions',
        repository: env.GITHUB_REPOSITORY,
        serverUrl,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        branch: env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : ''),
        tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : '',
        // The event file says whether the head is a fork; readers that need that read it there.
        changeRequest: pull
            ? {
                number: Number(pull[1]),
                forge: 'github',
                fromFork: false,
                ...repo(env.GITHUB_REPOSITORY)
            }
            : undefined,
        runId: env.GITHUB_RUN_ID,
        runAttempt: attempt,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt ? `/attempts/${attempt}` : ''}`
            : '',
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        actor: env.GITHUB_ACTOR,
        event: env.GITHUB_EVENT_NAME
    });
}
/** CircleCI's built-in project values (circleci.com/docs/variables). */
function circleCiRun(env) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(env.CIRCLE_REPOSITORY_URL);
    const repository = env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME
        ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}`
        : location?.repository;
    const serverUrl = location?.serverUrl;
    // CIRCLE_PR_NUMBER and CIRCLE_PR_REPONAME are set only for pull requests from forks.
    const fromFork = Boolean(env.CIRCLE_PR_NUMBER);
    const pulls = (env.CIRCLE_PULL_REQUESTS || env.CIRCLE_PULL_REQUEST || '')
        .split(',')
        .map((url) => pullNumberOf(url))
        .filter((n) => n !== undefined);
    const number = positiveInt(env.CIRCLE_PR_NUMBER) ?? (new Set(pulls).size === 1 ? pulls[0] : undefined);
    const headRepository = fromFork && env.CIRCLE_PR_USERNAME && env.CIRCLE_PR_REPONAME
        ? `${env.CIRCLE_PR_USERNAME}/${env.CIRCLE_PR_REPONAME}`
        : undefined;
    return compact({
        provider: 'circleci',
        repository,
        serverUrl,
        sha: env.CIRCLE_SHA1,
        ref: refOf(env.CIRCLE_BRANCH, env.CIRCLE_TAG),
        branch: env.CIRCLE_BRANCH,
        tag: env.CIRCLE_TAG,
        changeRequest: number !== undefined
            ? compact({
                number,
                forge: (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .forgeOf */ .$)(serverUrl),
                repository,
                fromFork,
                headRepository
            })
            : undefined,
        runId: env.CIRCLE_BUILD_NUM,
        runUrl: env.CIRCLE_BUILD_URL,
        workflow: env.CIRCLE_WORKFLOW_ID,
        job: env.CIRCLE_JOB,
        actor: env.CIRCLE_USERNAME,
        event: number !== undefined ? 'pull_request' : env.CIRCLE_TAG ? 'tag' : 'push'
    });
}
/** GitLab's predefined variables (docs.gitlab.com/ci/variables/predefined_variables). */
function gitLabRun(env) {
    const serverUrl = trimSlash(env.CI_SERVER_URL || 'https://gitlab.com');
    // A GitHub repository built by GitLab CI: its pull requests run as external pull request pipelines.
    const external = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID);
    const mergeRequest = positiveInt(env.CI_MERGE_REQUEST_IID);
    let changeRequest;
    if (external !== undefined) {
        const target = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY;
        const source = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY;
        changeRequest = compact({
            number: external,
            forge: 'github',
            repository: target,
            fromFork: Boolean(source && target && source !== target),
            headRepository: source
        });
    }
    else if (mergeRequest !== undefined) {
        const project = env.CI_MERGE_REQUEST_PROJECT_ID;
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        changeRequest = compact({
            number: mergeRequest,
            forge: 'gitlab',
            repository: env.CI_MERGE_REQUEST_PROJECT_PATH || env.CI_PROJECT_PATH,
            fromFork: Boolean(project && source && project !== source),
            headRepository: env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH
        });
    }
    const branch = env.CI_COMMIT_BRANCH ||
        env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
        env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME;
    return compact({
        provider: 'gitlab-ci',
        repository: env.CI_PROJECT_PATH,
        serverUrl,
        sha: env.CI_COMMIT_SHA,
        ref: refOf(branch, env.CI_COMMIT_TAG),
        branch,
        tag: env.CI_COMMIT_TAG,
        changeRequest,
        runId: env.CI_JOB_ID,
        runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        workflow: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        actor: env.GITLAB_USER_LOGIN,
        event: env.CI_PIPELINE_SOURCE
    });
}
function withGit(run, git) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(git.remoteUrl);
    return compact({
        ...run,
        repository: run.repository || location?.repository,
        serverUrl: run.serverUrl || location?.serverUrl,
        sha: run.sha || git.sha,
        branch: run.branch || git.branch,
        ref: run.ref || refOf(git.branch, undefined)
    });
}
function refOf(branch, tag) {
    if (tag)
        return `refs/tags/${tag}`;
    return branch ? `refs/heads/${branch}` : undefined;
}
function pullNumberOf(url) {
    const match = /\/pull\/(\d+)\/?$/.exec(url.trim());
    return match ? positiveInt(match[1]) : undefined;
}
function repo(repository) {
    return repository ? { repository } : {};
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/** Leaves out what a CI left empty, so records carry no blank fields. */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ }),

/***/ 81176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ forgeOf),
/* harmony export */   k: () => (/* binding */ repositoryFromUrl)
/* harmony export */ });
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/;
function repositoryFromUrl(url) {
    const text = url?.trim() ?? '';
    if (text === '')
        return undefined;
    let host;
    let path;
    const scp = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? null : SCP_LIKE.exec(text);
    if (scp) {
        host = scp[1];
        path = scp[2];
    }
    else {
        let parsed;
        try {
            parsed = new URL(text);
        }
        catch {
            return undefined;
        }
        if (parsed.protocol === 'file:')
            return undefined;
        host = parsed.port && parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
        path = parsed.pathname;
        if (parsed.protocol === 'http:') {
            return located(`http://${host}`, path);
        }
    }
    return located(`https://${host}`, path);
}
function located(serverUrl, path) {
    const repository = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return repository.split('/').length >= 2 && !repository.split('/').includes('')
        ? { serverUrl, repository }
        : undefined;
}
/** The forge behind a web origin, where the name says so; anything else may be a GitHub Enterprise Server. */
function forgeOf(serverUrl) {
    const host = serverUrl ? hostOf(serverUrl) : '';
    if (host === 'github.com')
        return 'github';
    if (host === 'gitlab.com' || host.startsWith('gitlab.'))
        return 'gitlab';
    if (host === 'bitbucket.org')
        return 'bitbucket';
    return 'unknown';
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ toError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix: a bad input value, a missing or malformed file.
 * The message must name the input or the file so the fix is obvious from the log line alone.
 */
class ConfigurationError extends Error {
    input;
    name = 'ConfigurationError';
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** Narrow an unknown thrown value to an Error without losing non-Error throws. */
function toError(value) {
    if (value instanceof Error)
        return value;
    return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}


/***/ }),

/***/ 9667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectGarbage: () => (/* binding */ collectGarbage),
/* harmony export */   x: () => (/* binding */ DEFAULT_GC_GRACE_PERIOD_MS)
/* harmony export */ });
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50687);
/* harmony import */ var _version_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86311);


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
    for (const model of await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .listModelNames */ .Y_)(store)) {
        const { committed, uncommittedClaims } = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .scanVersions */ .Fy)(store, model);
        for (const claim of uncommittedClaims) {
            if (claim.lastModified.getTime() > cutoff)
                continue;
            report.removedClaims.push(claim.key);
            if (!dryRun)
                await store.delete(claim.key);
        }
        for (const version of committed) {
            const manifest = await (0,_version_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(store, model, version);
            for (const file of manifest?.files ?? [])
                referenced.add(file.sha256);
            if (manifest?.predictions)
                referenced.add(manifest.predictions.sha256);
        }
    }
    for await (const blob of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .BLOBS_PREFIX */ .mk)) {
        const sha256 = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBlobKey */ .QK)(blob.key);
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


/***/ }),

/***/ 16375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BlobNotFoundError: () => (/* reexport */ errors/* BlobNotFoundError */.Bc),
  CHECKOUT_MANIFEST_FILE: () => (/* reexport */ manifest/* CHECKOUT_MANIFEST_FILE */.YU),
  ConcurrencyError: () => (/* reexport */ errors/* ConcurrencyError */.Yu),
  DEFAULT_GC_GRACE_PERIOD_MS: () => (/* reexport */ garbage_collection/* DEFAULT_GC_GRACE_PERIOD_MS */.x),
  DEFAULT_REGISTRY_DIRECTORY: () => (/* reexport */ store_uri/* DEFAULT_REGISTRY_DIRECTORY */.e),
  GCS_XML_ENDPOINT: () => (/* reexport */ gcs_location/* GCS_XML_ENDPOINT */.i9),
  IntegrityError: () => (/* reexport */ errors/* IntegrityError */.cs),
  LocalDirectoryStore: () => (/* reexport */ local_directory_store/* LocalDirectoryStore */.y),
  MANIFEST_SCHEMA_VERSION: () => (/* reexport */ manifest/* MANIFEST_SCHEMA_VERSION */.v5),
  ModelRegistry: () => (/* reexport */ model_registry/* ModelRegistry */.z),
  assertAliasName: () => (/* reexport */ layout/* assertAliasName */.Kn),
  assertModelName: () => (/* reexport */ layout/* assertModelName */.fY),
  canonicalJson: () => (/* reexport */ immutable_records/* canonicalJson */.dj),
  digestFile: () => (/* reexport */ sha256_stream/* digestFile */.TM),
  digestStream: () => (/* reexport */ sha256_stream/* digestStream */.Nq),
  formatVersionRef: () => (/* reexport */ model_ref/* formatVersionRef */.t),
  gcsStoreOptions: () => (/* reexport */ gcs_location/* gcsStoreOptions */.bT),
  githubRunUrl: () => (/* reexport */ lineage/* githubRunUrl */.Gk),
  idempotencyKeyFromEnv: () => (/* reexport */ lineage/* idempotencyKeyFromEnv */.g7),
  idempotencyKeyOf: () => (/* reexport */ lineage/* idempotencyKeyOf */.wX),
  layout: () => (/* reexport */ layout/* layout */.Zp),
  lineageFromCiRun: () => (/* reexport */ lineage/* lineageFromCiRun */.dp),
  lineageFromEnv: () => (/* reexport */ lineage/* lineageFromEnv */.pS),
  manifestSha256: () => (/* reexport */ manifest/* manifestSha256 */.dL),
  openStore: () => (/* reexport */ store_uri/* openStore */.C),
  parseGcsUri: () => (/* reexport */ gcs_location/* parseGcsUri */.jQ),
  parseModelRef: () => (/* reexport */ model_ref/* parseModelRef */.q),
  parseS3Uri: () => (/* reexport */ s3_location/* parseS3Uri */.yc),
  probeConditionalWrites: () => (/* reexport */ conditional_write_probe/* probeConditionalWrites */.$),
  recordSha256: () => (/* reexport */ immutable_records/* recordSha256 */.He),
  runRegistryCli: () => (/* reexport */ runRegistryCli),
  sha256Hex: () => (/* reexport */ sha256_stream/* sha256Hex */.fg)
});

// EXTERNAL MODULE: ./packages/registry/src/model-registry.ts + 1 modules
var model_registry = __webpack_require__(65040);
// EXTERNAL MODULE: ./packages/registry/src/local-directory-store.ts
var local_directory_store = __webpack_require__(40812);
// EXTERNAL MODULE: ./packages/registry/src/s3-location.ts
var s3_location = __webpack_require__(94155);
// EXTERNAL MODULE: ./packages/registry/src/gcs-location.ts
var gcs_location = __webpack_require__(8448);
// EXTERNAL MODULE: ./packages/registry/src/store-uri.ts + 1 modules
var store_uri = __webpack_require__(34093);
// EXTERNAL MODULE: ./packages/registry/src/conditional-write-probe.ts
var conditional_write_probe = __webpack_require__(35512);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/registry/src/lineage.ts
var lineage = __webpack_require__(36524);
// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var manifest = __webpack_require__(37148);
// EXTERNAL MODULE: ./packages/registry/src/model-ref.ts
var model_ref = __webpack_require__(4900);
// EXTERNAL MODULE: ./packages/registry/src/garbage-collection.ts
var garbage_collection = __webpack_require__(9667);
// EXTERNAL MODULE: ./packages/registry/src/immutable-records.ts
var immutable_records = __webpack_require__(28010);
// EXTERNAL MODULE: ./packages/registry/src/sha256-stream.ts
var sha256_stream = __webpack_require__(37399);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/ci/ci-run.ts
var ci_run = __webpack_require__(61568);
;// CONCATENATED MODULE: ./packages/registry/src/cli.ts







const USAGE = `Usage: registry <command> [options]

Commands:
  list                                          models with their versions and aliases
  show <ref>                                    manifest of name, name@alias, name@latest or name/<n>
  resolve <ref>                                 the version a reference points to
  download <ref> --to <dir> [--force]           the version's files, sha256-verified, and its manifest.json
  promote <name> <alias> <version> [--expect v] move an alias (--expect none: alias must be unset)
  rollback <name> <alias> [--to v]              move an alias back (default: its previous version)
  history <name> <alias>                        alias moves, newest first
  verify [name]                                 re-hash blobs and check manifests (exit 1 on problems)
  gc [--dry-run] [--grace-hours h]              remove abandoned claims and unreferenced blobs

Options:
  --registry <uri>          directory, file:///path, s3:// or gs://bucket/prefix (default ${store_uri/* DEFAULT_REGISTRY_DIRECTORY */.e})
  --endpoint <url>          S3-compatible endpoint; --region <r>; --path-style / --no-path-style
  --allow-unsafe-aliases    move aliases even on a store that ignores create-only preconditions
  --actor <who>  --reason <why>  --decision-ref <ref>   recorded with alias moves
  --force                   download: write into a directory that is not empty
  --json                    machine-readable output
`;
const OPTIONS = {
    registry: { type: 'string' },
    endpoint: { type: 'string' },
    region: { type: 'string' },
    'path-style': { type: 'boolean' },
    'no-path-style': { type: 'boolean' },
    'allow-unsafe-aliases': { type: 'boolean' },
    json: { type: 'boolean' },
    expect: { type: 'string' },
    to: { type: 'string' },
    actor: { type: 'string' },
    reason: { type: 'string' },
    'decision-ref': { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
    'grace-hours': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/** Exit codes: 0 success, 1 failed check / lost race / corruption, 2 usage or configuration error. */
async function runRegistryCli(argv, io) {
    try {
        const { values, positionals } = parseArguments(argv);
        const [command, ...operands] = positionals;
        if (values.help || command === undefined || command === 'help') {
            io.stdout(USAGE);
            return command === undefined && !values.help ? 2 : 0;
        }
        const subcommand = Object.hasOwn(SUBCOMMANDS, command) ? SUBCOMMANDS[command] : undefined;
        if (!subcommand)
            throw new src_errors/* ConfigurationError */.j(`Unknown command "${command}"\n${USAGE}`, 'command');
        const registry = openFromOptions(values, io);
        return await subcommand({ registry, operands, values, io, print: printer(values, io) });
    }
    catch (error) {
        return reportFailure(error, io);
    }
}
function printer(values, io) {
    return (value, text) => io.stdout(values.json ? `${JSON.stringify(value, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`);
}
/** A user's mistake exits 2, a failed check or a lost race 1, anything else 1 with its stack. */
function reportFailure(error, io) {
    if (error instanceof src_errors/* ConfigurationError */.j || isParseArgsError(error)) {
        io.stderr(`error: ${error.message}\n`);
        return 2;
    }
    if (error instanceof errors/* ConcurrencyError */.Yu || error instanceof errors/* IntegrityError */.cs) {
        io.stderr(`error: ${error.message}\n`);
        return 1;
    }
    io.stderr(`error: ${error.stack ?? String(error)}\n`);
    return 1;
}
const SUBCOMMANDS = {
    list: listModels,
    show: showVersion,
    resolve: resolveReference,
    download: downloadVersion,
    promote: promoteAlias,
    rollback: rollBackAlias,
    history: aliasHistory,
    verify: verifyRegistry,
    gc: collectGarbage
};
/** `list`: every model with its versions and aliases. */
async function listModels({ registry, operands, print }) {
    expectOperands('list', operands, 0, 0);
    const models = await registry.list();
    print(models, models.length === 0 ? `No models in ${registry.location}` : models.map(formatSummary).join('\n'));
    return 0;
}
/** `show <ref>`: a version's files, metrics and lineage. */
async function showVersion({ registry, operands, print }) {
    const [ref] = expectOperands('show', operands, 1, 1);
    const resolved = await registry.resolve(ref);
    const { manifest } = resolved;
    const lines = [
        `${manifest.name}/${manifest.version}${resolved.alias ? ` (@${resolved.alias})` : ''} created ${manifest.createdAt}`,
        ...manifest.files.map((file) => `  ${file.sha256}  ${String(file.size).padStart(12)}  ${file.path}`),
        `metrics: ${JSON.stringify(manifest.metrics)}`,
        `lineage: ${JSON.stringify(manifest.lineage)}`
    ];
    print(resolved, lines.join('\n'));
    return 0;
}
/** `resolve <ref>`: the name/version a reference stands for. */
async function resolveReference({ registry, operands, print }) {
    const [ref] = expectOperands('resolve', operands, 1, 1);
    const { name, version, alias } = await registry.resolve(ref);
    print({ name, version, ...(alias ? { alias } : {}) }, `${name}/${version}`);
    return 0;
}
/** `download <ref> --to DIR`: the version's files, verified, into a directory. */
async function downloadVersion({ registry, operands, values, io, print }) {
    const [ref] = expectOperands('download', operands, 1, 1);
    if (!values.to) {
        throw new src_errors/* ConfigurationError */.j('"download" needs --to <directory>', 'to');
    }
    const result = await registry.checkout(ref, (0,external_node_path_.resolve)(io.cwd, values.to), {
        force: values.force ?? false
    });
    const { manifest } = result;
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    print({
        name: manifest.name,
        version: manifest.version,
        ...(result.alias ? { alias: result.alias } : {}),
        directory: result.directory,
        manifest: result.manifestPath,
        files: result.files
    }, `${manifest.name}/${manifest.version}: ${manifest.files.length} file(s), ${bytes} bytes verified into ${result.directory}`);
    return 0;
}
/** `promote <name> <alias> <version>`: a compare-and-swap move of the alias. */
async function promoteAlias({ registry, operands, values, io, print }) {
    const [name, alias, version] = expectOperands('promote', operands, 3, 3);
    const entry = await registry.promote(name, alias, parseVersion(version, 'version'), {
        ...(values.expect !== undefined ? { expect: parseExpectation(values.expect) } : {}),
        ...aliasMoveDetails(values, io)
    });
    print(entry, formatEntry(entry));
    return 0;
}
/** `rollback <name> <alias>`: the alias back to its previous (or --to) version. */
async function rollBackAlias({ registry, operands, values, io, print }) {
    const [name, alias] = expectOperands('rollback', operands, 2, 2);
    const entry = await registry.rollback(name, alias, {
        ...(values.to !== undefined ? { to: parseVersion(values.to, 'to') } : {}),
        ...aliasMoveDetails(values, io)
    });
    print(entry, formatEntry(entry));
    return 0;
}
/** `history <name> <alias>`: every move of the alias. */
async function aliasHistory({ registry, operands, print }) {
    const [name, alias] = expectOperands('history', operands, 2, 2);
    const entries = await registry.history(name, alias);
    print(entries, entries.length === 0 ? `${name}@${alias} has no history` : entries.map(formatEntry).join('\n'));
    return 0;
}
/** `verify [name]`: re-hash every blob and check every manifest and alias; 1 when anything is wrong. */
async function verifyRegistry({ registry, operands, print }) {
    const [name] = expectOperands('verify', operands, 0, 1);
    const report = await registry.verify(name);
    const summary = `${report.ok ? 'OK' : 'FAILED'}: ${report.models} model(s), ${report.versions} version(s), ${report.blobs} blob(s) checked`;
    const details = report.problems.map((p) => `  ${p.model}${p.version !== undefined ? `/${p.version}` : ''}${p.alias ? `@${p.alias}` : ''}${p.file ? ` ${p.file}` : ''}: ${p.problem}`);
    print(report, [summary, ...details].join('\n'));
    return report.ok ? 0 : 1;
}
/** `gc`: remove abandoned claims, unreferenced blobs and interrupted writes. */
async function collectGarbage({ registry, operands, values, print }) {
    expectOperands('gc', operands, 0, 0);
    const graceHours = values['grace-hours'] === undefined ? undefined : Number(values['grace-hours']);
    if (graceHours !== undefined && !(graceHours >= 0)) {
        throw new src_errors/* ConfigurationError */.j(`--grace-hours must be a non-negative number, got "${values['grace-hours']}"`, 'grace-hours');
    }
    const report = await registry.gc({
        dryRun: values['dry-run'] ?? false,
        ...(graceHours !== undefined ? { gracePeriodMs: graceHours * 3_600_000 } : {})
    });
    const verb = report.dryRun ? 'would remove' : 'removed';
    print(report, `${verb} ${report.removedClaims.length} abandoned claim(s), ${report.removedBlobs.length} unreferenced blob(s) ` +
        `(${report.freedBytes} bytes), ${report.removedPartials.length} interrupted write(s)`);
    return 0;
}
function parseArguments(argv) {
    return (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}
function openFromOptions(values, io) {
    const pathStyle = values['no-path-style'] ? false : values['path-style'];
    return model_registry/* ModelRegistry */.z.open(values.registry ?? store_uri/* DEFAULT_REGISTRY_DIRECTORY */.e, {
        cwd: io.cwd,
        allowUnsafeAliases: values['allow-unsafe-aliases'] ?? false,
        s3: {
            ...(values.endpoint ? { endpoint: values.endpoint } : {}),
            ...(values.region ? { region: values.region } : {}),
            ...(pathStyle !== undefined ? { forcePathStyle: pathStyle } : {})
        }
    });
}
function aliasMoveDetails(values, io) {
    const { runUrl, actor } = (0,ci_run/* ciRunFromEnv */.ZE)(io.env);
    return {
        actor: values.actor ?? actor ?? io.env.GITHUB_ACTOR ?? io.env.USER ?? 'unknown',
        ...(values.reason ? { reason: values.reason } : {}),
        ...(values['decision-ref'] ? { decisionRef: values['decision-ref'] } : {}),
        ...(runUrl ? { runUrl } : {})
    };
}
function expectOperands(command, operands, min, max) {
    if (operands.length < min || operands.length > max) {
        throw new src_errors/* ConfigurationError */.j(`"${command}" takes ${min === max ? min : `${min}-${max}`} argument(s), got ${operands.length}\n${USAGE}`, 'command');
    }
    return operands;
}
function parseVersion(text, input) {
    const version = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(version) || version < 1) {
        throw new src_errors/* ConfigurationError */.j(`--${input} / <${input}> must be a version number, got "${text}"`, input);
    }
    return version;
}
function parseExpectation(text) {
    return text === 'none' || text === 'null' ? null : parseVersion(text, 'expect');
}
function formatSummary(model) {
    const aliases = Object.entries(model.aliases).map(([alias, version]) => `${alias}=${version}`);
    return `${model.name}  latest=${model.latest}  versions=${model.versions.join(',')}${aliases.length ? `  aliases: ${aliases.join(' ')}` : ''}`;
}
function formatEntry(entry) {
    const from = entry.previousVersion === null ? 'unset' : String(entry.previousVersion);
    const why = entry.reason ? ` — ${entry.reason}` : '';
    return `#${entry.seq} ${entry.time} ${entry.action} ${entry.model}@${entry.alias}: ${from} -> ${entry.version} by ${entry.actor}${why}`;
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts


















/***/ }),

/***/ 50687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ parseAliasSequence),
/* harmony export */   Kn: () => (/* binding */ assertAliasName),
/* harmony export */   QK: () => (/* binding */ parseBlobKey),
/* harmony export */   Zp: () => (/* binding */ layout),
/* harmony export */   _w: () => (/* binding */ MODELS_PREFIX),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   mk: () => (/* binding */ BLOBS_PREFIX),
/* harmony export */   n4: () => (/* binding */ parseVersionKey),
/* harmony export */   ol: () => (/* binding */ assertVersionNumber),
/* harmony export */   tQ: () => (/* binding */ LATEST_ALIAS)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Names become key segments on disk and in S3, so they are kept to a portable grammar. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const LATEST_ALIAS = 'latest';
const ALIAS_SEQUENCE_DIGITS = 12;
function assertModelName(name, input = 'name') {
    if (!NAME_PATTERN.test(name)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Model name "${name}" is invalid: use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`, input);
    }
}
function assertAliasName(alias, input = 'alias') {
    if (!NAME_PATTERN.test(alias) || /^\d+$/.test(alias)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${alias}" is invalid: use letters, digits, ".", "_" and "-", not only digits`, input);
    }
    if (alias === LATEST_ALIAS) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Alias "${LATEST_ALIAS}" is reserved: it always means the newest version`, input);
    }
}
function assertVersionNumber(version, input = 'version') {
    if (!Number.isSafeInteger(version) || version < 1) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Version "${version}" is invalid: versions are integers from 1`, input);
    }
}
const MODELS_PREFIX = 'models/';
const BLOBS_PREFIX = 'blobs/sha256/';
const layout = {
    model: (name) => `${MODELS_PREFIX}${name}/`,
    versions: (name) => `${MODELS_PREFIX}${name}/versions/`,
    claim: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/claim.json`,
    manifest: (name, version) => `${MODELS_PREFIX}${name}/versions/${version}/manifest.json`,
    aliases: (name) => `${MODELS_PREFIX}${name}/aliases/`,
    aliasLog: (name, alias) => `${MODELS_PREFIX}${name}/aliases/${alias}/`,
    aliasEntry: (name, alias, seq) => `${MODELS_PREFIX}${name}/aliases/${alias}/${String(seq).padStart(ALIAS_SEQUENCE_DIGITS, '0')}.json`,
    events: (name) => `${MODELS_PREFIX}${name}/events/`,
    idempotency: (name, token) => `${MODELS_PREFIX}${name}/idempotency/${token}.json`,
    blob: (sha256) => `${BLOBS_PREFIX}${sha256.slice(0, 2)}/${sha256}`,
    records: (kind) => `records/${kind}/`
};
/** `models/<name>/versions/<n>/<file>` → `{ version: n, file }`, or null for any other key. */
function parseVersionKey(name, key) {
    const prefix = layout.versions(name);
    if (!key.startsWith(prefix))
        return null;
    const match = /^(\d+)\/([^/]+)$/.exec(key.slice(prefix.length));
    if (!match?.[1] || !match[2])
        return null;
    return { version: Number(match[1]), file: match[2] };
}
function parseAliasSequence(key) {
    const match = /\/(\d+)\.json$/.exec(key);
    return match?.[1] ? Number(match[1]) : null;
}
function parseBlobKey(key) {
    const match = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key);
    return match?.[1] ?? null;
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ githubRunUrl),
/* harmony export */   dp: () => (/* binding */ lineageFromCiRun),
/* harmony export */   g7: () => (/* binding */ idempotencyKeyFromEnv),
/* harmony export */   pS: () => (/* binding */ lineageFromEnv),
/* harmony export */   wX: () => (/* binding */ idempotencyKeyOf)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61568);

/** Provenance of a run on any CI (or none: provider `local`, the commit from git); empty blocks are left out. */
function lineageFromCiRun(run, extras = {}) {
    const lineage = {};
    const git = compact({ repository: run.repository, sha: run.sha, ref: run.ref });
    if (Object.keys(git).length > 0)
        lineage.git = git;
    lineage.ci = {
        provider: run.provider,
        ...compact({
            runId: run.runId,
            runAttempt: run.runAttempt,
            runUrl: run.runUrl,
            workflow: run.workflow,
            job: run.job,
            actor: run.actor,
            event: run.event
        }),
        ...(run.changeRequest ? { changeRequest: run.changeRequest.number } : {})
    };
    if (extras.datasets?.length)
        lineage.datasets = extras.datasets;
    if (extras.frameworks && Object.keys(extras.frameworks).length > 0) {
        lineage.frameworks = extras.frameworks;
    }
    if (extras.parents?.length)
        lineage.parents = extras.parents;
    return lineage;
}
/** lineageFromCiRun for what the environment alone says (no git asked). */
function lineageFromEnv(env, extras = {}) {
    return lineageFromCiRun((0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env), extras);
}
function githubRunUrl(env) {
    return (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env).runUrl;
}
/**
 * The identity of one CI job execution: a re-run of the same attempt (retried step, re-invoked
 * action) registers nothing new, while a new attempt or run does. GitHub's keys stay as they were
 * before other CIs were read; theirs name the provider. A local run has none.
 */
function idempotencyKeyOf(run) {
    if (!run.runId || run.provider === 'local')
        return undefined;
    const parts = run.provider === 'github-actions'
        ? [run.repository, run.runId, run.runAttempt ?? '1', run.job]
        : [run.provider, run.repository, run.runId, run.job];
    return parts.filter((part) => part !== undefined && part !== '').join(':');
}
function idempotencyKeyFromEnv(env) {
    return idempotencyKeyOf((0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env));
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ })

};
;