"use strict";
exports.id = 3874;
exports.ids = [3874,7446];
exports.modules = {

/***/ 47446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifactUploader: () => (/* binding */ actionsArtifactUploader)
/* harmony export */ });
/**
 * @actions/artifact behind the upload seam. The artifact service exists only inside a workflow run;
 * elsewhere the upload is skipped. The client is loaded on first use, so a run that uploads nothing
 * does not pay for loading it.
 */
const actionsArtifactUploader = async ({ name, files, rootDirectory }) => {
    if (!process.env.ACTIONS_RUNTIME_TOKEN)
        return undefined;
    const { default: artifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1955), __webpack_require__.e(3251), __webpack_require__.e(3756), __webpack_require__.e(1351), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 60683));
    const uploaded = await artifactClient.uploadArtifact(name, [...files], rootDirectory, {
        retentionDays: 90
    });
    return uploaded.id === undefined ? {} : { id: uploaded.id };
};


/***/ }),

/***/ 21130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BASELINE_SOURCES: () => (/* binding */ BASELINE_SOURCES),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   RUN_MODES: () => (/* binding */ RUN_MODES),
/* harmony export */   compareMetricsAction: () => (/* binding */ compareMetricsAction)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72496);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2021);


const BASELINE_SOURCES = ['auto', 'file', 'registry', 'artifact', 'none'];
const RUN_MODES = ['merge', 'per-file'];
const FAIL_ON = ['regression', 'inconclusive', 'never'];
const compareMetricsAction = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'compare-metrics',
    description: 'Compare candidate metrics with a baseline (files, registry alias or the base branch artifact) under per-metric rules and statistics; sticky PR comment; fail on a real regression.',
    branding: { icon: 'bar-chart-2', color: 'blue' },
    inputs: {
        candidate: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Metrics files of the candidate: paths or globs, one per line or comma-separated (JSON, YAML, TOML, CSV, DVC, MLflow run folders, Hugging Face, scikit-learn, Keras, Made-With-ML). Empty only when posting a report (report, or on workflow_run).'
        }),
        baseline: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Metrics files of the baseline, like candidate. Given: the baseline is these files (baseline-source auto).'
        }),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(RUN_MODES, {
            description: "How several files of one side are read: merge (one evaluation split across files) or per-file (each file is one run or seed; means are compared with Welch's t-test).",
            default: 'merge'
        }),
        'baseline-source': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(BASELINE_SOURCES, {
            description: "Where the baseline comes from: auto (baseline files if given, else the registry alias if model-name is set, else the metrics artifact of the base branch's latest successful run, else none), file, registry, artifact or none.",
            default: 'auto'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)(),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Registry model name: the baseline is model-name@baseline-alias, and it names the report subject.'
        }),
        'baseline-alias': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Registry alias whose version is the baseline.',
            default: 'production'
        }),
        'registry-metrics-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path of a metrics file inside the registry version to compare with. Empty: the metrics stored in its manifest.'
        }),
        'artifact-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Name of the metrics artifact this action uploads (report and metric history) and looks for on the base branch. Empty: no artifact.',
            default: 'ml-metrics'
        }),
        'baseline-branch': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "Branch whose latest successful push run holds the baseline artifact. Empty: the pull request's base branch, else the default branch."
        }),
        'upload-artifact': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Upload the report and metric history as the artifact-name artifact (on pushes it becomes the next baseline; on pull requests the two-workflow fork mode posts it).',
            default: 'true'
        }),
        rules: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Comparison rules: a YAML/JSON file path or inline YAML (per metric or glob: direction, abs-tolerance, rel-tolerance, min, max, required, alert, gate). Empty: directions inferred from names, zero tolerance.'
        }),
        'candidate-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Per-sample predictions of the candidate (CSV, TSV, JSONL or .npy with id, label, prediction, score): paired bootstrap CIs, McNemar and DeLong tests.'
        }),
        'baseline-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Per-sample predictions of the baseline on the same samples (paired by id). Empty: those registered with the registry baseline version, or those in the baseline artifact.'
        }),
        statistics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Which test backs which metric, as metric=statistic lines (accuracy, error-rate, precision, recall, f1, macro-precision, macro-recall, macro-f1, roc-auc). Empty: inferred from the metric names.'
        }),
        'positive-class': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Positive class for binary precision, recall, F1 and ROC AUC. Empty: 1, true or the second of two sorted classes.'
        }),
        alpha: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: "Significance level: a change beyond tolerance fails only if significant at alpha. Empty: the rules' alpha (0.05).",
            min: 1e-12,
            max: 0.5
        }),
        correction: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "Multiplicity correction over the gated metrics with p-values: holm (family-wise error rate), bh (Benjamini-Hochberg, false discovery rate) or none. Empty: the rules file's correction (holm)."
        }),
        'exempt-headline': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Leave the headline metrics (those named exactly by a rule) out of the correction, each tested at alpha alone.',
            default: 'false'
        }),
        power: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: "Power of the minimum detectable effect reported for a change that is not significant. Empty: the rules' power (0.8).",
            min: 0.01,
            max: 0.99
        }),
        seed: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Seed of the bootstrap, so re-runs give the same intervals.',
            default: '20240601',
            integer: true,
            min: 0,
            max: 4294967295
        }),
        resamples: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Bootstrap resamples.',
            default: '10000',
            integer: true,
            min: 100,
            max: 1_000_000
        }),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, {
            description: 'When the step fails: regression (a significant regression, a breached bound or a missing required metric), inconclusive (also a regression the statistics cannot tell from noise) or never.',
            default: 'regression'
        }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'What to do with the sticky PR comment: upsert, recreate, append, hide-old, delete or off.',
            default: 'upsert'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several steps keep separate comments. Empty: the workflow and job name.'
        }),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Pull request to comment on. Empty: taken from the event.',
            integer: true,
            min: 1
        }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Fail the step when GitHub refuses the comment (e.g. the read-only token of a fork PR). By default that is a warning and the results stay in the job summary.',
            default: 'false'
        }),
        alert: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .ALERT_MODES */ .s, {
            description: 'issue: on a schedule or workflow_dispatch run, a failed comparison opens (or updates) one alert issue for the model (model-name, else the workflow), with the comparison and the run linked, and the next passing run closes it. Needs issues: write. off: no issue.',
            default: 'off'
        }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Write the comparison to the job summary.',
            default: 'true'
        }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Heading of the comment and summary.',
            default: 'Metrics comparison'
        }),
        'max-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Rows of the metric table in the comment; failing and changed metrics come first, the rest are counted and stay in the report.',
            default: '200',
            integer: true,
            min: 1,
            max: 100_000
        }),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Significant digits of the numbers shown.',
            default: '4',
            integer: true,
            min: 1,
            max: 17
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: metrics-comparison.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .writeConfinementInputs */ .jp)('report-path'),
        history: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Metric history for the trend chart: a JSON-lines file ({"label", "gitSha", "metrics"} per line) or registry (the versions baseline-alias pointed to). Empty: the history carried by the baseline artifact.'
        }),
        'candidate-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Candidate model file whose sha256 is recorded in the report subject, so deploy-gate can tie the report to the artifact.'
        }),
        report: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "Post this report instead of computing one (the workflow_run half of the fork mode). On workflow_run without candidate the report is taken from the triggering run's artifact-name artifact."
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment (pull-requests: write), for reading artifacts of other runs (actions: read) and for the alert issue (issues: write).'
        })
    },
    outputs: {
        result: 'pass, fail or inconclusive.',
        regressed: 'JSON list of the metrics that fail the check (significant regressions, breached bounds, missing required metrics).',
        improved: 'JSON list of the metrics that improved beyond tolerance.',
        counts: 'JSON object: total and the count of each verdict and outcome.',
        'baseline-source': 'Where the baseline came from: file, registry, artifact or none.',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind metrics-comparison).',
        'comment-id': 'Id of the sticky comment, when there is one.',
        'comment-url': 'URL of the sticky comment, when there is one.',
        'comment-status': 'created, updated, unchanged, deleted or skipped, with the reason after a colon when skipped (e.g. skipped:read-only-token).',
        'alert-issue': 'With alert: issue, the URL of the alert issue this run opened, updated or closed; empty when it did not touch one.'
    }
});


/***/ }),

/***/ 73874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69211);
/* harmony import */ var _actions_artifact_uploader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47446);
/* harmony import */ var _compare_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84865);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21130);




const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_1__.compareMetricsAction, (0,_compare_body_js__WEBPACK_IMPORTED_MODULE_0__.createCompareMetrics)({ uploadArtifact: _actions_artifact_uploader_js__WEBPACK_IMPORTED_MODULE_3__.actionsArtifactUploader }));


/***/ }),

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ registryOpenOptions),
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   Zj: () => (/* binding */ aliasMoveInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony exports S3_PATH_STYLES, REGISTRY_DESCRIPTION */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
const REGISTRY_DESCRIPTION = 'Registry URI: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.';
/**
 * The inputs every action that opens the model registry declares, spelled the same everywhere;
 * `registry` says what the registry is for in this action.
 */
function registryInputs(registryDescription = REGISTRY_DESCRIPTION) {
    return {
        registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry', description: registryDescription }),
        's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'S3-compatible endpoint (MinIO, R2, Ceph). Empty: AWS (for gs:// registries, https://storage.googleapis.com). Credentials come from the standard AWS chain (env, OIDC via configure-aws-credentials, instance role).'
        }),
        's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'S3 region. Empty: AWS_REGION, else us-east-1.' }),
        's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, {
            default: 'auto',
            description: 'Path-style S3 addressing: auto (on with a custom endpoint), true or false.'
        })
    };
}
/** The input of every action that moves an alias, spelled the same everywhere. */
function aliasMoveInputs() {
    return {
        'allow-unsafe-aliases': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Move the alias even on a store whose start-up probe shows it ignores create-only preconditions (only safe when a single writer can move aliases).',
            default: 'false'
        })
    };
}
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}
/**
 * `ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))`: the registry the inputs
 * name; S3 credentials come from the standard AWS chain (env, OIDC, instance role).
 */
function registryOpenOptions(inputs, cwd) {
    return { cwd, allowUnsafeAliases: inputs.allowUnsafeAliases, s3: s3OptionsFromInputs(inputs) };
}


/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ alertOnIssue),
/* harmony export */   s: () => (/* binding */ ALERT_MODES)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

const ALERT_MODES = ['off', 'issue'];
/**
 * The one way an action alerts: the repository from the run (any CI, or the git remote), the token
 * given, the sticky alert issue opened, updated or closed. Without a token or a repository it says in
 * one line what it did not do; GitHub's refusals are a warning, never the step's failure.
 */
async function alertOnIssue(options) {
    if (options.mode === 'off')
        return { action: 'off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options);
    const { event, onRunner } = run;
    const what = options.change.kind === 'raise'
        ? `open or update the alert issue for ${options.key}`
        : `close the alert issue for ${options.key}`;
    if (!event.repository) {
        const reason = 'no GitHub repository is known (no GITHUB_REPOSITORY, CI variables or git remote)';
        options.logger.warning(`Did not ${what}: ${reason}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Did not ${what}: ${reason}.`);
        return { action: 'skipped', reason };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const target = {
        owner: event.repository.owner,
        repo: event.repository.repo,
        action: options.action,
        key: options.key,
        ...(viewerLogin ? { viewerLogin } : {}),
        logger: options.logger
    };
    const { raiseAlertIssue, resolveAlertIssue } = await Promise.all(/* import() */[__webpack_require__.e(4642), __webpack_require__.e(8340)]).then(__webpack_require__.bind(__webpack_require__, 78340));
    const result = options.change.kind === 'raise'
        ? await raiseAlertIssue(octokit, {
            ...target,
            title: options.change.title,
            body: options.change.markdown
        })
        : await resolveAlertIssue(octokit, { ...target, comment: options.change.comment });
    if (result.action !== 'skipped' && result.action !== 'none-open') {
        options.logger.info(`Alert issue #${result.issueNumber} ${result.action}: ${result.url}`);
    }
    return result;
}


/***/ }),

/***/ 72496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   gP: () => (/* binding */ findOwnComments),
/* harmony export */   ko: () => (/* binding */ planStickyComment),
/* harmony export */   xB: () => (/* binding */ STICKY_COMMENT_MODES),
/* harmony export */   x_: () => (/* binding */ existingComment)
/* harmony export */ });
const STICKY_COMMENT_MODES = [
    'upsert',
    'recreate',
    'append',
    'hide-old',
    'delete',
    'off'
];
/** A comment (or an issue, whose body is its first comment) as the sticky plan reads it. */
function existingComment(item) {
    return {
        id: item.id,
        nodeId: item.node_id,
        body: item.body ?? '',
        authorLogin: item.user?.login ?? '',
        createdAt: item.created_at,
        url: item.html_url
    };
}
/**
 * Ours = authored by the token's identity and carrying the exact marker; everything else is never touched.
 * Oldest first, because the oldest of several is the one that wins.
 */
function findOwnComments(comments, marker, identity) {
    const login = identity.toLowerCase();
    return comments
        .filter((c) => c.authorLogin.toLowerCase() === login && c.body.includes(marker))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Decides what to create, update, delete or hide; no I/O, so every mode is testable from a list. */
function planStickyComment(input) {
    const ours = findOwnComments(input.comments, input.marker, input.identity);
    const [oldest, ...newer] = ours;
    switch (input.mode) {
        case 'delete':
            return { remove: ours, hide: [] };
        case 'recreate':
            return { create: input.compose(input.content), remove: ours, hide: [] };
        case 'hide-old':
            return { create: input.compose(input.content), remove: [], hide: ours };
        case 'append':
        case 'upsert': {
            if (!oldest)
                return { create: input.compose(input.content), remove: [], hide: [] };
            const content = input.mode === 'append'
                ? `${contentWithoutMarker(oldest.body, input.marker)}\n\n${input.content}`
                : input.content;
            const body = input.compose(content);
            if (sameText(body, oldest.body))
                return { unchanged: oldest, remove: newer, hide: [] };
            return { update: { comment: oldest, body }, remove: newer, hide: [] };
        }
    }
}
function contentWithoutMarker(body, marker) {
    return body.split(marker).join('').replace(/\s+$/, '');
}
/** GitHub may hand back CRLF line ends for bodies edited in the browser. */
function sameText(a, b) {
    return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}


/***/ })

};
;