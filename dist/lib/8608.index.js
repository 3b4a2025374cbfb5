"use strict";
exports.id = 8608;
exports.ids = [8608];
exports.modules = {

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

/***/ 58608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69211);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54956);
/* harmony import */ var _deploy_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14953);



const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .deployGate */ .Hl, _deploy_gate_js__WEBPACK_IMPORTED_MODULE_1__.runDeployGate);


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