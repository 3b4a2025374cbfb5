"use strict";
exports.id = 4031;
exports.ids = [4031];
exports.modules = {

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

/***/ 80223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.compareMetricsAction),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21130);
/**
 * The compare-metrics action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions compare-metrics` command. Both load behind a dynamic import, so
 * importing this costs the definition only.
 */

/** On a runner the report and history also go up as the metrics artifact. */
async function loadPipelineBody(runtime) {
    const { createCompareMetrics } = await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(4865)]).then(__webpack_require__.bind(__webpack_require__, 84865));
    if (runtime === 'cli')
        return createCompareMetrics({});
    const { actionsArtifactUploader } = await __webpack_require__.e(/* import() */ 7446).then(__webpack_require__.bind(__webpack_require__, 47446));
    return createCompareMetrics({ uploadArtifact: actionsArtifactUploader });
}
async function runCommand(argv, io) {
    const [{ runCli }, { compareMetricsAction }, { compareMetricsBody }] = await Promise.all([
        __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 30239)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21130)),
        Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(4865)]).then(__webpack_require__.bind(__webpack_require__, 84865))
    ]);
    return runCli(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io });
}


/***/ }),

/***/ 54956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ deployGate)
/* harmony export */ });
/* unused harmony exports GATE_MODES, REVIEWED_TREE_MODES */
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72496);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2021);


const GATE_MODES = ['promote', 'review', 'rollback', 'download'];
/** must-match: the merged commit's tree must be the tree the review evaluated; any: not compared. */
const REVIEWED_TREE_MODES = ['must-match', 'any'];
const deployGate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'deploy-gate',
    description: 'Decide from a policy over the pipeline reports whether a model version ships, promote it atomically in the registry, record a GitHub Deployment; or roll back.',
    branding: { icon: 'shield', color: 'blue' },
    inputs: {
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Name of the model in the registry.',
            required: true
        }),
        candidate: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Version to promote: 7, model/7 or model@alias; or reviewed: the version a merged pull request evaluated (its review record, recorded by mode: review), judged again with its recorded reports. Empty: the version the reports name in subject.version.'
        }),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Alias the gate moves, e.g. production or champion.',
            default: 'production'
        }),
        mode: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(GATE_MODES, {
            description: 'promote (judge the candidate with the policy and move the alias to it), review (on a pull request: judge the candidate and record the verdict with its reports for the merge to promote; nothing moves), rollback (move the alias back to its previous version, or rollback-to) or download (write the version candidate names, else the alias, into model-directory, verified, with its manifest.json).',
            default: 'promote'
        }),
        'rollback-to': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'In rollback mode, the version to return to. Empty: the version the current alias entry replaced.',
            integer: true,
            min: 1
        }),
        'reviewed-commit': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The pull request head commit. With candidate: reviewed, the head whose review to promote (other CIs, the CLI); empty: the pull request merged as the pushed commit, asked of GitHub (commits/{sha}/pulls). In review mode off a pull_request event, the head the review is recorded for (with pull-request); on a pull_request event the event names it.'
        }),
        'reviewed-tree': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(REVIEWED_TREE_MODES, {
            description: "With candidate: reviewed, must-match refuses to promote when the merged commit's tree is not the tree the review evaluated (the base moved after the review), and refuses reviews recorded without a tree; any promotes whatever the merged tree.",
            default: 'must-match'
        }),
        'pull-request': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'In review mode off a pull_request event (other CIs, the CLI, workflow_dispatch): the number of the pull request the review is for; needs reviewed-commit. The caller vouches that the run built trusted code. On a pull_request event the event names it.',
            integer: true,
            min: 1
        }),
        'base-sha': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'In review mode off a pull_request event: the base branch commit the evaluated code was merged onto, recorded with the review. On a pull_request event: pull_request.base.sha.'
        }),
        'base-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'In review mode off a pull_request event: the branch the pull request merges into (main), which allowed-refs judges and the review records. On a pull_request event: pull_request.base.ref.'
        }),
        'evaluated-sha': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: "In review mode, the commit that was built and evaluated (its tree is recorded; a merge must have the same tree). Empty: the checkout's HEAD, else GITHUB_SHA."
        }),
        reports: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Report files or globs (JSON written by train-evaluate, compare-metrics, onnx-export-verify…), one per line. Needed in promote mode.'
        }),
        policy: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Policy: a YAML file path, or the YAML itself. Needed in promote mode.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)('Registry: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .aliasMoveInputs */ .Zj)(),
        deploy: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Command that deploys the version once the alias points to it, run with bash -e -o pipefail. It gets the version through ML_MODEL_DIR (its verified files and manifest.json), ML_MODEL_MANIFEST, ML_MODEL_NAME, ML_MODEL_VERSION, ML_MODEL_ALIAS, ML_MODEL_PREVIOUS_VERSION and ML_DEPLOY_PURPOSE (deploy, restore or rollback). If it or smoke-test fails, the alias goes back to the previous version (compare-and-swap) and that version is deployed again.'
        }),
        'smoke-test': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Command run after deploy, with the same variables, that checks the deployed model answers; its failure rolls back like a failed deploy.'
        }),
        'deploy-timeout': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Seconds after which the deploy command and everything it started are killed (a failure). 0: no limit.',
            min: 0,
            default: '900'
        }),
        'smoke-test-timeout': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Seconds after which the smoke test is killed (a failure). 0: no limit.',
            min: 0,
            default: '300'
        }),
        'model-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'In download mode, the directory to write the version into (must be empty). Empty: ml-actions-model/<model-name> in RUNNER_TEMP.'
        }),
        environment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'GitHub environment of the Deployment. Empty: the alias name.'
        }),
        'environment-url': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'URL of the deployed service, shown on the deployment.'
        }),
        'create-deployment': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Record a GitHub Deployment with statuses for the move (needs deployments: write).',
            default: 'true'
        }),
        'required-contexts': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Commit-status contexts GitHub must see green before it accepts the deployment, one per line. Empty: none are checked.'
        }),
        'dry-run': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Decide and report only: no decision record, no alias move, no deployment.',
            default: 'false'
        }),
        'allow-untrusted-events': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Let pull requests from forks and pull_request_target runs promote. Leave false unless the reports cannot come from untrusted code.',
            default: 'false'
        }),
        reason: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Why this move is made, stored in the decision record and the alias log.'
        }),
        'decision-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the decision JSON. Empty: deploy-decision.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('decision-path'),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'What to do with the PR comment: upsert, recreate, append, hide-old, delete or off.',
            default: 'upsert'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several gates keep separate comments. Empty: the workflow and job name.'
        }),
        alert: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_5__/* .ALERT_MODES */ .s, {
            description: 'issue: when the deploy or smoke test fails, open (or update) one alert issue for the model and alias, with the decision and the run linked, and close it on the next good deploy. Needs issues: write. off: no issue.',
            default: 'off'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the deployment, the PR comment and the alert issue. Needs deployments: write, pull-requests: write, and issues: write with alert: issue.'
        })
    },
    outputs: {
        decision: 'approve, reject or inconclusive (reject also when another run moved the alias first).',
        reasons: 'Why the decision is not approve, one line each.',
        promoted: 'true when this run moved the alias.',
        'candidate-version': 'The version that was judged (the rollback target in rollback mode), whatever the decision.',
        'model-version': 'The version the alias points to now (the candidate on approve, the rollback target on rollback).',
        'previous-version': 'The version the alias pointed to before (empty when it was unset).',
        'model-uri': 'URI of the registry manifest of model-version (lists its files with sha256), for the serving step.',
        'review-ref': 'Registry reference of the review record (written in review mode, promoted from with candidate: reviewed).',
        'decision-ref': 'Registry reference of the immutable decision record.',
        'decision-path': 'Path of the decision JSON (kind deploy-decision).',
        'deployment-id': 'ID of the GitHub Deployment created, if any.',
        deployed: 'With deploy or smoke-test set: true when the version the alias now points to was deployed and smoke-tested by this run.',
        'model-directory': 'Directory holding the verified files of model-version and its manifest.json (download mode, or after a successful deploy).',
        'alert-issue': 'With alert: issue, the URL of the alert issue this run opened, updated or closed; empty when it did not touch one.'
    }
});


/***/ }),

/***/ 2521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.Hl),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54956);
/**
 * The deploy-gate action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions deploy-gate` command, both behind a dynamic import.
 */

async function loadPipelineBody() {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(5040), __webpack_require__.e(5495)]).then(__webpack_require__.bind(__webpack_require__, 14953))).runDeployGate;
}
async function runCommand(argv, io) {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(5040), __webpack_require__.e(5495), __webpack_require__.e(4247)]).then(__webpack_require__.bind(__webpack_require__, 74247))).runDeployGateCli(argv, io);
}


/***/ }),

/***/ 54523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonToMd: () => (/* binding */ jsonToMd)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72496);


const jsonToMd = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'json-to-md',
    description: 'Render JSON, YAML, TOML or CSV results as faithful markdown tables in a sticky PR comment and the job summary.',
    branding: { icon: 'file-text', color: 'blue' },
    inputs: {
        files: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Result files to render: paths or globs, one per line or comma-separated (JSON, YAML, TOML, CSV, TSV).',
            required: true
        }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ description: 'Heading shown above the tables. Empty: no heading.' }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'What to do with the PR comment: upsert, recreate, append, hide-old, delete or off.',
            default: 'upsert'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several steps keep separate comments. Empty: the workflow and job name.'
        }),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Pull request to comment on. Empty: taken from the event (pull_request, pull_request_target, issue_comment).',
            integer: true,
            min: 1
        }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Also write the markdown to the job summary.',
            default: 'true'
        }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the markdown. Empty: a file under RUNNER_TEMP (see the markdown-file output).'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('output-file'),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Significant digits for numbers (1-17). Small values keep their digits: 1e-4 is shown as 0.0001.',
            default: '4',
            integer: true,
            min: 1,
            max: 17
        }),
        include: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Only render keys matching these dotted-path globs (e.g. overall.*, per_class.*). Empty: everything.'
        }),
        exclude: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Leave out keys matching these dotted-path globs (e.g. timestamp, run_id).'
        }),
        'max-table-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Rows shown per table, at least 2: the first and the last ones, with a count of the rows left out between them.',
            default: '50',
            integer: true,
            min: 2
        }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Fail the step when the comment cannot be written (for example a read-only token on a fork PR). Default: warn.',
            default: 'false'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment. Needs pull-requests: write (or issues: write).'
        })
    },
    outputs: {
        markdown: 'The rendered markdown.',
        'markdown-file': 'Path of the file holding the rendered markdown.',
        'comment-id': 'ID of the PR comment written, if any.',
        'comment-url': 'URL of the PR comment written, if any.',
        'comment-status': 'created, updated, unchanged, deleted or skipped.'
    }
});


/***/ }),

/***/ 16380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.jsonToMd),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54523);
/**
 * The json-to-md action from outside (the pipeline, the CLI): its definition, the body the pipeline
 * runs and the `ml-actions json-to-md` command, both behind a dynamic import.
 */

/** In the pipeline the step never comments: the pipeline writes one comment for all steps. */
async function loadPipelineBody() {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2598), __webpack_require__.e(7413)]).then(__webpack_require__.bind(__webpack_require__, 92598))).renderResults;
}
async function runCommand(argv, io) {
    const [{ runCli }, { jsonToMd }, { createRenderResults }, { commentOnPullRequest }] = await Promise.all([
        __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 30239)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54523)),
        Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2598), __webpack_require__.e(7413)]).then(__webpack_require__.bind(__webpack_require__, 92598)),
        Promise.all(/* import() */[__webpack_require__.e(1596), __webpack_require__.e(4642), __webpack_require__.e(8188)]).then(__webpack_require__.bind(__webpack_require__, 57305))
    ]);
    const body = createRenderResults({ comment: commentOnPullRequest });
    return runCli(jsonToMd, body, argv, { positional: 'files', io, showOutputs: false });
}


/***/ }),

/***/ 94419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPARISON_MODES: () => (/* binding */ COMPARISON_MODES),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   onnxExportVerify: () => (/* binding */ onnxExportVerify)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72496);


const COMPARISON_MODES = ['allclose', 'both-exceed'];
const FAIL_ON = ['failure', 'inconclusive', 'never'];
const onnxExportVerify = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'onnx-export-verify',
    description: 'Verify an ONNX export without Python: structure, onnxruntime loadability, signature contract, numerical parity, latency and size budgets.',
    branding: { icon: 'check-circle', color: 'blue' },
    inputs: {
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Path of the exported .onnx file (relative to working-directory). External data files must sit in its folder.',
            required: true
        }),
        'export-command': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Command that produces the model, run first with bash -eo pipefail in working-directory. Empty: the model already exists.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Folder the export command runs in and relative paths are resolved from.',
            default: '.'
        }),
        'reference-inputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Reference inputs: .npy, .npz, .pb (TensorProto) or .json files, one per line; name=path binds a file to a graph input.'
        }),
        'reference-outputs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Outputs the source framework produced for reference-inputs, in the same formats.'
        }),
        'reference-data': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Inputs and outputs together: test_data_set_N folders (input_K.pb/output_K.pb), a folder of them, .json {inputs, outputs} or .npz with inputs/<name> and outputs/<name>.'
        }),
        atol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Absolute tolerance of the parity check: a default and/or per-output values, e.g. "1e-5 logits:1e-4" (Polygraphy style).',
            default: '1e-5'
        }),
        rtol: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Relative tolerance of the parity check, same form as atol (e.g. "1e-3 probs:1e-2").',
            default: '1e-3'
        }),
        comparison: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMPARISON_MODES, {
            description: 'Tolerance rule: allclose (|a-b| <= atol + rtol*|b|, numpy) or both-exceed (fail only where both the absolute and the relative error exceed, Polygraphy).',
            default: 'allclose'
        }),
        contract: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'JSON signature contract ({inputs, outputs} of {name, dtype, shape}, or an earlier report); breaking changes fail. Empty: compare with baseline-model if given.'
        }),
        'baseline-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The model in production as a file: its signature is the contract (unless contract is set) and its latency and size are measured in the same run for comparison.'
        }),
        'baseline-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The model in production from the registry instead of a file: name@alias, name/version or name@latest. The version is downloaded (sha256-verified) with its external data.'
        }),
        'model-ref': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The registry version the model file belongs to (name/version or name@alias, e.g. what train-evaluate registered): written to the report subject for deploy-gate; the file must be one of its files.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)('Registry URI for baseline-ref and model-ref: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'),
        'batch-check': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Batch size N to compare a batch of N with N single runs (needs a symbolic first dimension). 0 turns it off.',
            default: '0',
            integer: true,
            min: 0,
            max: 4096
        }),
        'warmup-runs': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Untimed inference runs before the latency measurement, at least; the warm-up then goes on (0.5 s to 3 s) until run times stop falling.',
            default: '10',
            integer: true,
            min: 0
        }),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Timed inference runs (in a worker thread). 0 skips the latency measurement.',
            default: '100',
            integer: true,
            min: 0,
            max: 1_000_000
        }),
        'max-p95-ms': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Latency budget: fail when the p95 latency exceeds this many milliseconds. Empty: no budget.',
            min: 0
        }),
        'max-size-mb': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Size budget: fail when the model plus its external data exceed this many MiB. Empty: no budget.',
            min: 0
        }),
        'latency-tolerance': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Allowed median slowdown against baseline-model as a fraction (0.1 = +10%). Beyond it and outside the noise fails; within the noise is inconclusive.',
            default: '0.1',
            min: 0
        }),
        'onnxruntime-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'An installed onnxruntime-node (package folder, node_modules or npm prefix) for offline or self-hosted runners. Empty: the tool cache, downloading 1.30.0 for this platform from the npm registry (NPM_CONFIG_REGISTRY) on first use.'
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: onnx-verification.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('report-path'),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'Sticky PR comment with the verification: off, upsert, recreate, append, hide-old or delete. Off by default: the job summary always has it; upsert needs pull-requests: write.',
            default: 'off'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several verifications keep separate comments. Empty: the workflow and job name.'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment (only used when comment is not off).'
        }),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, {
            description: 'When to fail the step: failure (the verdict is fail), inconclusive (fail or inconclusive) or never (only set the outputs).',
            default: 'failure'
        })
    },
    outputs: {
        result: 'pass, fail or inconclusive.',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind onnx-verification).',
        'max-abs-diff': 'Largest absolute difference from the reference outputs over all outputs; empty without reference data.',
        'p95-ms': 'p95 inference latency in milliseconds (nearest-rank); empty when runs is 0.',
        'size-mb': 'Model size in MiB, external data included.',
        'model-sha256': 'SHA-256 of the .onnx file, to tie the report to the artifact.',
        'comment-url': 'URL of the PR comment written, if any.'
    }
});


/***/ }),

/***/ 70644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.onnxExportVerify),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94419);
/**
 * The onnx-export-verify action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions onnx-export-verify` command, both behind a dynamic import.
 */

async function loadPipelineBody() {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(1596), __webpack_require__.e(1689)]).then(__webpack_require__.bind(__webpack_require__, 71689))).verifyExport;
}
async function runCommand(argv, io) {
    const [{ runCli }, { onnxExportVerify }, { verifyExport }] = await Promise.all([
        __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 30239)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 94419)),
        Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(1596), __webpack_require__.e(1689)]).then(__webpack_require__.bind(__webpack_require__, 71689))
    ]);
    return runCli(onnxExportVerify, verifyExport, argv, { positional: 'model', io });
}


/***/ }),

/***/ 31043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ trainEvaluate)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

const trainEvaluate = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'train-evaluate',
    description: 'Run a training/evaluation command (bash, strict mode), read its metrics, cache its data, and register the model with metrics and lineage in a serverless registry (directory or S3).',
    branding: { icon: 'cpu', color: 'blue' },
    inputs: {
        run: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The command, run as bash -e -o pipefail -c <run> in working-directory. Pass untrusted values through env:, never ${{ }} inside it. Required unless merge-shards is set.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Folder the command runs in; relative paths of the other inputs start here.',
            default: '.'
        }),
        metrics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Metrics files or globs the command wrote (JSON, YAML, TOML, CSV, DVC, MLflow run folder, Hugging Face, scikit-learn, Made-With-ML shapes), one per line.'
        }),
        predictions: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Per-sample evaluation predictions, one file or a glob matching one (CSV/TSV/JSONL with label and prediction columns): counted into a confusion matrix (counts.* metrics, what shard merging sums) and registered with the version (sha256 in the manifest), so compare-metrics against it has paired statistics.'
        }),
        model: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Model files, folders or globs to register, one per line. Needs model-name.'
        }),
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Registry model name (letters, digits, ".", "_", "-"). Empty: nothing is registered.'
        }),
        alias: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Alias to move to the new version after registering (e.g. candidate), as a compare-and-swap. Empty: no alias move.'
        }),
        parent: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The registry version this model started from (a retrain, a fine-tune): name@alias, name/<version> or name (latest). Resolved to name/<version> before the command runs and recorded in the lineage as parents.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4)(),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .aliasMoveInputs */ .Zj)(),
        'cache-paths': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Data folders or files to restore before and save after the command with the GitHub Actions cache. Empty: no data cache.'
        }),
        'cache-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Cache key. Empty: content-addressed, ml-data-<os>-<paths>-<digest of the data manifest>; the newest copy is restored and a new one saved only when the data changed.'
        }),
        'timeout-minutes': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Kill the command and every process it started after this many minutes (the step exits 124). 0: no limit beyond the job timeout.',
            default: '0',
            min: 0
        }),
        'shard-index': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: "This job's shard of the evaluation set, from 0; given to the command as ML_ACTIONS_SHARD_INDEX.",
            default: '0',
            integer: true,
            min: 0
        }),
        'shard-count': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Number of shards (matrix jobs); given to the command as ML_ACTIONS_SHARD_COUNT. With more than one, shard jobs register nothing and a merge step does.',
            default: '1',
            integer: true,
            min: 1,
            max: 256
        }),
        'merge-shards': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Shard reports (files or globs) to merge: confusion counts are summed and the metrics recomputed, never averaged. Replaces run.'
        }),
        datasets: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Dataset lineage, one per line: name=sha256:<hex> (a digest you computed) or name=<path> (hashed now).'
        }),
        frameworks: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Framework versions for lineage, one per line: name=version (torch=2.5.1).'
        }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the JSON report. Empty: train-evaluate-report.json in RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('report-path')
    },
    outputs: {
        'metrics-path': 'JSON file with the metrics read and counted (flat names, groups as nested rows).',
        'report-path': 'Path of the JSON report (schemaVersion 1, kind train-evaluate).',
        'model-version': 'Registered version number; empty when nothing was registered.',
        'model-uri': "URI of the registered version's manifest.",
        'manifest-sha256': 'sha256 of the registered manifest (the report subject digest).',
        'duration-seconds': 'Wall time of the command in seconds.',
        'cache-hit': 'true when the data cache restored exactly the files the command then used.',
        'exit-code': 'Exit code of the command (124 on timeout).'
    }
});


/***/ }),

/***/ 65604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   definition: () => (/* reexport safe */ _definition_js__WEBPACK_IMPORTED_MODULE_0__.o),
/* harmony export */   loadPipelineBody: () => (/* binding */ loadPipelineBody),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31043);
/**
 * The train-evaluate action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions train-evaluate` command, both behind a dynamic import.
 */

/** The data cache is the runner's cache service; the command line has none. */
async function loadPipelineBody(runtime) {
    const [{ createTrainEvaluate }, { execCommandRunner }, dataCache] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(2509)]).then(__webpack_require__.bind(__webpack_require__, 53713)),
        __webpack_require__.e(/* import() */ 5795).then(__webpack_require__.bind(__webpack_require__, 25795)),
        runtime === 'runner'
            ? __webpack_require__.e(/* import() */ 6875).then(__webpack_require__.bind(__webpack_require__, 96875)).then((module) => module.actionsDataCache)
            : __webpack_require__.e(/* import() */ 1349).then(__webpack_require__.bind(__webpack_require__, 31349)).then((module) => module.noDataCache)
    ]);
    return createTrainEvaluate({ runCommand: execCommandRunner, dataCache });
}
async function runCommand(argv, io) {
    return (await Promise.all(/* import() */[__webpack_require__.e(8246), __webpack_require__.e(440), __webpack_require__.e(2269), __webpack_require__.e(2509), __webpack_require__.e(3570)]).then(__webpack_require__.bind(__webpack_require__, 3570))).runTrainEvaluateCli(argv, io);
}


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

/***/ 64469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ heading)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71588);
/* harmony import */ var _trusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);


/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
function heading(level, text) {
    if (!Number.isInteger(level) || level < 1 || level > 6) {
        throw new RangeError(`A heading level is 1 to 6, got ${level}`);
    }
    const content = (0,_trusted_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustedMarkdown */ .N)(text) ? text.trustedMarkdown : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(text);
    return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`;
}


/***/ }),

/***/ 54076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * YAML text to a plain value. Syntax errors and the parser's resource limits (an alias bomb stops at
 * `maxAliasCount`, deep nesting at the stack) are the author's to fix, so both become a
 * `ConfigurationError` that starts with `failure` and gives the position where the parser has one.
 * The parser is loaded on first use: a step that reads no YAML does not pay for it at start-up.
 */
async function parseYamlText(text, options) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const error = document.errors[0];
    if (error !== undefined) {
        const position = error.linePos?.[0];
        const where = position ? ` at line ${position.line}, column ${position.col}` : '';
        // With prettyErrors the first line ends in the position, which `where` already gives.
        const firstLine = error.message.split('\n')[0] ?? error.message;
        const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${options.failure}${where}: ${reason}`, options.input);
    }
    try {
        return document.toJS({ mapAsMap: options.mapAsMap ?? false });
    }
    catch (thrown) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${options.failure}: ${limitReason(thrown)}`, options.input);
    }
}
function limitReason(thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    if (/alias count/i.test(message)) {
        return 'its aliases expand too far (an alias bomb); use fewer `*alias` references';
    }
    if (thrown instanceof RangeError)
        return 'it is nested too deeply to read';
    return message;
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


/***/ }),

/***/ 83949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   pipeline: () => (/* binding */ pipeline)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72496);


const DEFAULT_CONFIG_PATH = '.github/ml-actions.yml';
const pipeline = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'ml-actions',
    description: 'The whole ML CI/CD pipeline in one step: train, compare with the baseline, verify the ONNX export, gate and promote, with one PR comment.',
    branding: { icon: 'activity', color: 'purple' },
    inputs: {
        config: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Pipeline config: which steps run (train, compare, verify, gate, render), their inputs, and defaults shared by all steps (registry, model-name). See docs/pipeline.md.',
            default: DEFAULT_CONFIG_PATH
        }),
        steps: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Run only these configured steps (comma- or newline-separated). Empty: every step in the config.'
        }),
        'working-directory': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Directory the config and every relative path in it are resolved from.',
            default: '.'
        }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(_ml_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .STICKY_COMMENT_MODES */ .xB, {
            description: 'The combined PR comment: upsert, recreate, append, hide-old, delete or off. Steps never comment on their own here.',
            default: 'upsert'
        }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Key of the sticky comment, so several pipelines keep separate comments. Empty: the workflow and job name.'
        }),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({
            description: 'Pull request to comment on. Empty: taken from the event.',
            integer: true,
            min: 1
        }),
        'output-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'Where to write the combined markdown. Empty: ml-actions-pipeline.md under RUNNER_TEMP.'
        }),
        ...(0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp)('output-file'),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Fail the step when the comment cannot be written (e.g. a read-only token on a fork PR). Default: warn.',
            default: 'false'
        }),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.githubToken({
            description: 'Token for the PR comment, the baseline artifact download and the Deployment. Needs the union of the permissions of the steps it runs (see docs/security.md).'
        })
    },
    outputs: {
        result: 'pass when every step passed, fail otherwise.',
        'failed-step': 'The action name of the step that failed, if any.',
        markdown: 'The combined markdown (the PR comment).',
        'markdown-file': 'Path of the file holding the combined markdown.',
        'comment-id': 'ID of the PR comment written, if any.',
        'comment-url': 'URL of the PR comment written, if any.',
        'comment-status': 'created, updated, unchanged, deleted or skipped.',
        'model-version': 'The model version the pipeline registered or promoted.',
        decision: 'The deploy gate decision (approve, reject, inconclusive), when the gate ran.',
        'step-outputs': 'Every step output as JSON: {"train": {"model-version": "3", …}, …}; read with fromJSON().'
    }
});


/***/ }),

/***/ 39442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ createPipelineBody)
});

// UNUSED EXPORTS: COMBINED_REPORT_FILE

// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: ./packages/action-kit/src/output-format.ts
var output_format = __webpack_require__(28326);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
;// CONCATENATED MODULE: ./src/pipeline/step-names.ts
/** The steps a pipeline can run, in the order they always run. */
const PIPELINE_ORDER = ['train', 'compare', 'verify', 'gate', 'render'];
const STEP_NAMES = PIPELINE_ORDER;
const ACTION_OF_STEP = {
    train: 'train-evaluate',
    compare: 'compare-metrics',
    verify: 'onnx-export-verify',
    gate: 'deploy-gate',
    render: 'json-to-md'
};
/** A step's short name from either spelling: `compare` or `compare-metrics`. */
function stepNameOf(key) {
    if (PIPELINE_ORDER.includes(key))
        return key;
    return PIPELINE_ORDER.find((name) => ACTION_OF_STEP[name] === key);
}

;// CONCATENATED MODULE: ./src/pipeline/combined-report.ts


const STATUS_MARK = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped'
};
/** Steps whose own report is shown unfolded: the one with the headline metrics, and a failure. */
const UNFOLDED = new Set(['compare']);
/**
 * One comment for the whole pipeline, in the layout every ml-actions comment has: line 1 the
 * result and why (the failing step's own words, or the gate's decision), the step table, then each
 * step's own report: the comparison (the headline metrics) and a failing step open, the others
 * folded under their status.
 */
function renderCombinedReport(records) {
    const failed = records.find((record) => record.status === 'failed');
    const last = [...records].reverse().find((record) => record.status === 'passed');
    const why = (failed ?? last)?.headline;
    const title = failed
        ? `❌ ml-actions pipeline: stopped at ${ACTION_OF_STEP[failed.name]}`
        : '✅ ml-actions pipeline: every step passed';
    const rows = records.map((record) => [
        (0,trusted/* trustedMarkdown */.p)(`\`${ACTION_OF_STEP[record.name]}\``),
        // No-break spaces: a narrow column must not split the emoji from its word, or a time from its unit.
        (0,trusted/* trustedMarkdown */.p)(STATUS_MARK[record.status].replace(' ', '\u00A0')),
        record.seconds === undefined ? null : `${record.seconds.toFixed(1)}\u00A0s`,
        record.headline
    ]);
    const sections = [
        (0,heading/* heading */.R)(2, (0,trusted/* trustedMarkdown */.p)(`${title}${why ? ` — ${(0,markdown_escape/* escapeText */.X1)(why)}` : ''}`)),
        (0,table/* table */.t)(['Step', 'Result', 'Time', 'Outcome'], rows, ['left', 'left', 'right', 'left'])
    ];
    for (const record of records) {
        if (!record.report)
            continue;
        const report = record.report.trim();
        if (record.status === 'failed' || UNFOLDED.has(record.name))
            sections.push(report);
        else
            sections.push((0,details/* details */.z)((0,trusted/* trustedMarkdown */.p)(`${STATUS_MARK[record.status]}: ${(0,markdown_escape/* escapeHtml */.ZD)(ACTION_OF_STEP[record.name])}`), report));
    }
    return `${sections.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/yaml-text.ts
var yaml_text = __webpack_require__(54076);
;// CONCATENATED MODULE: ./src/pipeline/pipeline-config.ts



/**
 * Reads `.github/ml-actions.yml`:
 *
 *   defaults: { registry: file://.ml-registry, model-name: digits }
 *   steps:
 *     train:   { run: python train.py, metrics: results/metrics.json, model: results/model.pkl }
 *     compare: { baseline-alias: production }
 *     verify:  { model: results/model.onnx }
 *     gate:    { policy: .github/deploy-policy.yml }
 *
 * Step names are the short ones above or the action names (train-evaluate, compare-metrics, …).
 */
async function parsePipelineConfig(text, file) {
    const document = await (0,yaml_text/* parseYamlText */.c)(text, {
        failure: `${file} is not valid YAML`,
        input: 'config'
    });
    const root = mapping(document, file, 'the file');
    for (const key of Object.keys(root)) {
        if (key !== 'defaults' && key !== 'steps') {
            throw new errors/* ConfigurationError */.j(`${file}: unknown top-level key "${key}" (expected defaults and steps)`, 'config');
        }
    }
    const defaults = root.defaults === undefined ? {} : rawInputs(root.defaults, file, 'defaults');
    const stepsValue = mapping(root.steps, file, 'steps');
    const steps = [];
    for (const [key, value] of Object.entries(stepsValue)) {
        const name = stepNameOf(key);
        if (!name) {
            throw new errors/* ConfigurationError */.j(`${file}: unknown step "${key}" (steps are ${STEP_NAMES.join(', ')})`, 'config');
        }
        if (steps.some((step) => step.name === name)) {
            throw new errors/* ConfigurationError */.j(`${file}: step "${name}" is configured twice`, 'config');
        }
        steps.push({ name, with: value == null ? {} : rawInputs(value, file, `steps.${key}`) });
    }
    if (steps.length === 0)
        throw new errors/* ConfigurationError */.j(`${file}: steps is empty`, 'config');
    steps.sort((a, b) => PIPELINE_ORDER.indexOf(a.name) - PIPELINE_ORDER.indexOf(b.name));
    return { defaults, steps };
}
function mapping(value, file, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j(`${file}: ${where} must be a mapping`, 'config');
    }
    return value;
}
/** Scalars become their text, lists one entry per line: what a multi-line `with:` value holds. */
function rawInputs(value, file, where) {
    const result = {};
    for (const [name, entry] of Object.entries(mapping(value, file, where))) {
        result[name] = inputText(entry, file, `${where}.${name}`);
    }
    return result;
}
function inputText(value, file, where) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return value.map((entry) => inputText(entry, file, where)).join('\n');
    throw new errors/* ConfigurationError */.j(`${file}: ${where} must be a string, number, boolean or list of them`, 'config');
}

;// CONCATENATED MODULE: ./src/pipeline/step-wiring.ts


const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const STEP_OUTPUT = /^steps\.([a-z-]+)\.outputs\.([a-z0-9-]+)$/;
/**
 * Replaces `${{ steps.<step>.outputs.<name> }}` with what that step produced. Nothing else is
 * evaluated: any other expression is a mistake in the config, named with where it stands.
 */
function substituteStepOutputs(text, outputs, where) {
    return text.replace(EXPRESSION, (_whole, expression) => {
        const match = STEP_OUTPUT.exec(expression);
        const step = match ? stepNameOf(match[1]) : undefined;
        if (!match || !step) {
            throw new errors/* ConfigurationError */.j(`${where}: only \${{ steps.<step>.outputs.<name> }} can be used here, not "\${{ ${expression} }}"`, 'config');
        }
        const produced = outputs.get(step);
        if (!produced) {
            throw new errors/* ConfigurationError */.j(`${where}: step "${step}" has not run before this one, so its outputs are not known`, 'config');
        }
        return produced[match[2]] ?? '';
    });
}
/** The inputs a step gets from earlier steps, for those the config leaves unset. */
function wiredInputs(step, given, outputs, rules) {
    const wired = {};
    for (const rule of rules) {
        if (rule.step !== step || (given[rule.input] ?? '') !== '')
            continue;
        const values = rule.from
            .map((source) => outputs.get(source.step)?.[source.output] ?? '')
            .filter((value) => value !== '');
        if (values.length === 0)
            continue;
        wired[rule.input] = rule.join === 'all' ? values.join('\n') : values[0];
    }
    return wired;
}

;// CONCATENATED MODULE: ./src/pipeline/run-pipeline.ts








const COMBINED_REPORT_FILE = 'ml-actions-pipeline.md';
/** Inputs the pipeline owns for every step: one combined comment instead of one per action. */
// A step's paths come from the config file, which a pull request can change: they stay confined.
const PIPELINE_OWNED = {
    comment: 'off',
    [write_target/* ALLOW_WRITES_OUTSIDE_WORKSPACE */.J8]: 'false'
};
function createPipelineBody(dependencies) {
    return async (inputs, context) => {
        const cwd = (0,external_node_path_.resolve)(context.cwd, inputs.workingDirectory);
        const config = await loadConfig(cwd, inputs.config);
        const selected = selectSteps(config, inputs.steps, inputs.config);
        const records = [];
        const outputs = new Map();
        let failure;
        for (const [index, step] of selected.entries()) {
            if (failure) {
                records.push({ name: step.name, status: 'skipped', headline: 'an earlier step failed' });
                continue;
            }
            const ran = await runStep(step, `[${index + 1}/${selected.length}]`, {
                dependencies,
                config,
                outputs,
                inputs,
                context: { ...context, cwd }
            });
            outputs.set(step.name, ran.produced);
            records.push(ran.record);
            failure = ran.failure;
        }
        const markdown = renderCombinedReport(records);
        const markdownFile = await writeCombinedReport(markdown, cwd, inputs, context);
        const posted = dependencies.comment && inputs.comment !== 'off'
            ? await dependencies.comment(markdown, inputs, context)
            : undefined;
        const failedStep = records.find((record) => record.status === 'failed');
        return {
            outputs: {
                result: failure ? 'fail' : 'pass',
                'failed-step': failedStep ? ACTION_OF_STEP[failedStep.name] : undefined,
                markdown,
                'markdown-file': markdownFile,
                'comment-id': posted?.id,
                'comment-url': posted?.url,
                'comment-status': posted?.status ?? 'skipped',
                'model-version': outputs.get('gate')?.['model-version'] || outputs.get('train')?.['model-version'],
                decision: outputs.get('gate')?.decision,
                'step-outputs': JSON.stringify(Object.fromEntries(outputs))
            },
            report: markdown,
            ...(failure ? { failure } : {})
        };
    };
}
/** Runs one configured step through its action's body: its outputs, its row and its failure, if any. */
async function runStep(step, position, { dependencies, config, outputs, inputs, context }) {
    const action = ACTION_OF_STEP[step.name];
    context.log.info(`▶ ${position} ${action}`);
    const started = performance.now();
    const entry = dependencies.catalog[step.name];
    if (!entry) {
        throw new errors/* ConfigurationError */.j(`${inputs.config}: step "${step.name}" (${action}) is not available in this version`, 'config');
    }
    const raw = stepInputs(step, entry, config, outputs, dependencies.wiring, inputs, context.cli);
    const stepContext = { ...context, log: prefixed(context.log, action) };
    const stopProgress = context.log.progress?.(`${position} ${action}`);
    const outcome = await withStepName(action, () => entry.body((0,input_spec/* readInputs */.Ko)(entry.definition.inputs, (name) => raw[name]), stepContext)).finally(stopProgress);
    const seconds = (performance.now() - started) / 1000;
    const produced = {};
    for (const name of entry.definition.outputs) {
        const value = outcome.outputs[name];
        if (value !== undefined)
            produced[name] = (0,output_format/* formatOutput */.V)(value);
    }
    const status = outcome.failure ? 'failed' : 'passed';
    context.log.info(`${status === 'passed' ? '✔' : '✖'} ${action} ${status} in ${seconds.toFixed(1)} s`);
    const record = {
        name: step.name,
        status,
        seconds,
        headline: outcome.failure ?? entry.headline(produced),
        ...(outcome.report ? { report: outcome.report } : {})
    };
    if (!outcome.failure)
        return { produced, record };
    const failure = outcome.failure.startsWith(action)
        ? outcome.failure
        : `${action}: ${outcome.failure}`;
    return { produced, record, failure };
}
async function loadConfig(cwd, given) {
    const path = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(cwd, given);
    return parsePipelineConfig(await readConfig(path, given), given);
}
/** Writes the combined markdown where output-file says (inside the workspace unless allowed). */
async function writeCombinedReport(markdown, cwd, inputs, context) {
    const markdownFile = await (0,write_target/* writeTarget */.vN)((0,external_node_path_.resolve)(cwd, inputs.outputFile || (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || cwd, COMBINED_REPORT_FILE)), context, { input: 'output-file', allowOutside: inputs.allowWritesOutsideWorkspace });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(markdownFile), { recursive: true });
    await (0,promises_.writeFile)(markdownFile, markdown);
    return markdownFile;
}
async function readConfig(path, shown) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(code === 'ENOENT'
            ? `config: ${shown} does not exist (looked at ${path})`
            : `config: cannot read ${shown}: ${error.message}`, 'config');
    }
}
function selectSteps(config, wanted, file) {
    if (wanted.length === 0)
        return [...config.steps];
    const names = wanted.map((key) => {
        const name = stepNameOf(key);
        if (!name || !config.steps.some((step) => step.name === name)) {
            throw new errors/* ConfigurationError */.j(`Input "steps" names "${key}", which ${file} does not configure (it has ${config.steps.map((s) => s.name).join(', ')})`, 'steps');
        }
        return name;
    });
    return config.steps.filter((step) => names.includes(step.name));
}
function stepInputs(step, entry, config, outputs, wiring, inputs, cli) {
    const declared = entry.definition.inputs;
    const action = ACTION_OF_STEP[step.name];
    for (const name of Object.keys(step.with)) {
        if (!(name in declared)) {
            throw new errors/* ConfigurationError */.j(`${inputs.config}: steps.${step.name} has no input "${name}" (${action} takes ${Object.keys(declared).join(', ')})`, 'config');
        }
    }
    const raw = {};
    for (const [name, value] of Object.entries(config.defaults)) {
        if (name in declared)
            raw[name] = value;
    }
    if ('github-token' in declared && inputs.githubToken)
        raw['github-token'] = inputs.githubToken;
    for (const [name, value] of Object.entries(step.with)) {
        raw[name] = substituteStepOutputs(value, outputs, `${inputs.config}: steps.${step.name}.${name}`);
    }
    Object.assign(raw, wiredInputs(step.name, raw, outputs, wiring));
    // Off GitHub and without a token there is nowhere to record a Deployment (as `ml-actions deploy-gate`).
    if (cli && !inputs.githubToken && 'create-deployment' in declared && !raw['create-deployment']) {
        raw['create-deployment'] = 'false';
    }
    for (const [name, value] of Object.entries(PIPELINE_OWNED)) {
        if (name in declared)
            raw[name] = value;
    }
    return raw;
}
function prefixed(log, action) {
    const tag = (message) => `[${action}] ${message}`;
    return {
        info: (message) => log.info(tag(message)),
        warning: (message, annotation) => log.warning(tag(message), annotation),
        error: (message, annotation) => log.error(tag(message), annotation),
        debug: (message) => log.debug(tag(message)),
        untrusted: (text) => log.untrusted(text)
    };
}
/** A step's configuration mistake names the step, so the log line alone points at the config. */
async function withStepName(action, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            throw new errors/* ConfigurationError */.j(`${action}: ${error.message}`, error.input);
        }
        throw error;
    }
}


/***/ }),

/***/ 99648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ pipelineCatalog),
/* harmony export */   y: () => (/* binding */ PIPELINE_WIRING)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80036);
/* harmony import */ var _actions_compare_metrics_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80223);
/* harmony import */ var _actions_deploy_gate_src_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2521);
/* harmony import */ var _actions_json_to_md_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16380);
/* harmony import */ var _actions_onnx_export_verify_src_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70644);
/* harmony import */ var _actions_train_evaluate_src_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65604);






/**
 * The definition is needed up front to check the config; the body is loaded when the step first
 * runs, so a pipeline pays at start-up only for the steps it runs, and for none before its config
 * is read.
 */
function step(definition, loadBody, headline) {
    let loaded;
    const body = async (inputs, context) => {
        loaded ??= loadBody();
        return (await loaded)(inputs, context);
    };
    return {
        definition: definition,
        body: body,
        headline
    };
}
/** Every action the pipeline can run, with the same definition and body as its own action. */
function pipelineCatalog(runtime) {
    return {
        train: step(_actions_train_evaluate_src_index_js__WEBPACK_IMPORTED_MODULE_4__.definition, () => _actions_train_evaluate_src_index_js__WEBPACK_IMPORTED_MODULE_4__.loadPipelineBody(runtime), (out) => [
            out['model-version']
                ? `registered version ${out['model-version']}`
                : 'nothing registered',
            out['duration-seconds'] ? `command took ${shortNumber(out['duration-seconds'])} s` : '',
            out['cache-hit'] === 'true' ? 'data from cache' : ''
        ]
            .filter(Boolean)
            .join(', ')),
        verify: step(_actions_onnx_export_verify_src_index_js__WEBPACK_IMPORTED_MODULE_3__.definition, () => _actions_onnx_export_verify_src_index_js__WEBPACK_IMPORTED_MODULE_3__.loadPipelineBody(), (out) => [
            `result ${out.result ?? '?'}`,
            out['max-abs-diff'] ? `max abs diff ${shortNumber(out['max-abs-diff'])}` : '',
            out['p95-ms'] ? `p95 ${shortNumber(out['p95-ms'])} ms` : '',
            out['size-mb'] ? `${shortNumber(out['size-mb'])} MB` : ''
        ]
            .filter(Boolean)
            .join(', ')),
        compare: step(_actions_compare_metrics_src_index_js__WEBPACK_IMPORTED_MODULE_0__.definition, () => _actions_compare_metrics_src_index_js__WEBPACK_IMPORTED_MODULE_0__.loadPipelineBody(runtime), (out) => {
            const regressed = out.regressed ? JSON.parse(out.regressed) : [];
            return [
                `result ${out.result ?? '?'}`,
                `baseline from ${out['baseline-source'] || 'nowhere'}`,
                regressed.length > 0 ? `regressed: ${regressed.join(', ')}` : ''
            ]
                .filter(Boolean)
                .join(', ');
        }),
        gate: step(_actions_deploy_gate_src_index_js__WEBPACK_IMPORTED_MODULE_1__.definition, () => _actions_deploy_gate_src_index_js__WEBPACK_IMPORTED_MODULE_1__.loadPipelineBody(), (out) => [
            `decision ${out.decision ?? '?'}`,
            out.promoted === 'true'
                ? `version ${out['model-version']} promoted (was ${out['previous-version'] || 'unset'})`
                : out['review-ref'] && out.decision === 'approve'
                    ? `version ${out['candidate-version']} reviewed, recorded for the merge to promote`
                    : 'nothing promoted',
            out.promoted === 'true' && out.deployed === 'true' ? 'deployed and smoke-tested' : ''
        ]
            .filter(Boolean)
            .join(', ')),
        render: step(_actions_json_to_md_src_index_js__WEBPACK_IMPORTED_MODULE_2__.definition, () => _actions_json_to_md_src_index_js__WEBPACK_IMPORTED_MODULE_2__.loadPipelineBody(), (out) => `markdown in ${out['markdown-file'] ?? '?'}`)
    };
}
/** An output number in three significant digits, as the step table has no room for more. */
function shortNumber(text) {
    const value = Number(text);
    return Number.isFinite(value) ? (0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(value, { significantDigits: 3 }) : text;
}
/** Where a step's inputs come from when the config leaves them unset. */
const PIPELINE_WIRING = [
    {
        step: 'compare',
        input: 'candidate',
        from: [{ step: 'train', output: 'metrics-path' }],
        join: 'first'
    },
    {
        step: 'gate',
        input: 'candidate',
        from: [{ step: 'train', output: 'model-version' }],
        join: 'first'
    },
    {
        step: 'gate',
        input: 'reports',
        from: [
            { step: 'train', output: 'report-path' },
            { step: 'compare', output: 'report-path' },
            { step: 'verify', output: 'report-path' }
        ],
        join: 'all'
    },
    {
        step: 'render',
        input: 'files',
        from: [{ step: 'train', output: 'metrics-path' }],
        join: 'first'
    }
];


/***/ })

};
;