export const id = 50;
export const ids = [50];
export const modules = {

/***/ 19659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ REPORT_ENTRY),
/* harmony export */   Mz: () => (/* binding */ HISTORY_ENTRY),
/* harmony export */   Sb: () => (/* binding */ PREDICTIONS_ENTRY),
/* harmony export */   oL: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47983);
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88537);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99569);
/* harmony import */ var _ml_actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54089);
/* harmony import */ var _metrics_sides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67971);





/** File names inside the metrics artifact compare-metrics uploads. */
const REPORT_ENTRY = 'metrics-comparison.json';
const HISTORY_ENTRY = 'metric-history.jsonl';
/** `predictions.csv` (or .tsv, .jsonl, .npy): the candidate's per-sample predictions, when given. */
const PREDICTIONS_ENTRY = 'predictions';
/**
 * Which baseline: `auto` takes files when `baseline` is given, the registry alias when `model` is,
 * the metrics artifact of the base branch's latest successful run when a token can read it, and
 * otherwise none (a first run, which passes).
 */
async function resolveBaseline(context) {
    const { inputs, action } = context;
    const source = inputs.baselineSource;
    if (source === 'none')
        return { provenance: { source: 'none' } };
    if (source === 'file' || (source === 'auto' && inputs.baseline.length > 0)) {
        if (inputs.baseline.length === 0)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('baseline-source is file but baseline names no files', 'baseline');
        const documents = await (0,_metrics_sides_js__WEBPACK_IMPORTED_MODULE_0__/* .readSide */ .w)(inputs.baseline, inputs.runs, action.cwd, 'baseline');
        const first = documents[0];
        return {
            documents,
            provenance: {
                source: 'file',
                path: documents.flatMap((document) => document.sources).join(', '),
                ...(first?.metadata.gitSha ? { gitSha: first.metadata.gitSha } : {})
            }
        };
    }
    if (source === 'registry' || (source === 'auto' && inputs.modelName !== '')) {
        if (inputs.modelName === '')
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('baseline-source is registry but model-name is empty', 'model-name');
        // Each baseline source loads its client (registry, artifact zip reader) only when used.
        const { registryBaseline } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 49162));
        const found = await registryBaseline({
            registry: inputs.registry,
            s3: (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .s3OptionsFromInputs */ .mD)(inputs),
            model: inputs.modelName,
            alias: inputs.baselineAlias,
            ...(inputs.registryMetricsFile ? { metricsFile: inputs.registryMetricsFile } : {}),
            cwd: action.cwd,
            scratch: context.scratch
        });
        if (!found) {
            action.log.info(`No baseline: ${inputs.modelName}@${inputs.baselineAlias} is not set yet in ${inputs.registry} (a first run).`);
            return { provenance: { source: 'none' } };
        }
        action.log.info(`Baseline: ${inputs.modelName}@${inputs.baselineAlias} = version ${found.version} in ${found.location}`);
        return {
            documents: [found.document],
            provenance: {
                source: 'registry',
                model: inputs.modelName,
                alias: inputs.baselineAlias,
                version: found.version,
                path: found.location,
                ...(found.gitSha ? { gitSha: found.gitSha } : {}),
                ...(found.runUrl ? { url: found.runUrl } : {})
            }
        };
    }
    return artifactBaseline(context, source === 'artifact');
}
async function artifactBaseline(context, explicit) {
    const { inputs, action, event } = context;
    const none = { provenance: { source: 'none' } };
    const unavailable = (reason) => {
        if (explicit)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`baseline-source is artifact, but ${reason}`, 'baseline-source');
        action.log.info(`No baseline: ${reason}.`);
        return none;
    };
    if (!inputs.githubToken)
        return unavailable('there is no github-token to read artifacts with');
    if (!event.repository)
        return unavailable('GITHUB_REPOSITORY is not set');
    const branch = inputs.baselineBranch || event.pullRequest?.baseRef || defaultBranchOf(event.payload) || 'main';
    const octokit = await (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .createOctokit */ .Qi)(inputs.githubToken, {
        env: action.env,
        baseUrl: event.apiUrl,
        logger: action.log,
        ...(context.timing ? { timing: context.timing } : {})
    });
    const { latestRunArtifact, workflowFileOf } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.bind(__webpack_require__, 97632));
    const workflowFile = workflowFileOf(action.env.GITHUB_WORKFLOW_REF);
    let found;
    try {
        found = await latestRunArtifact(octokit, {
            owner: event.repository.owner,
            repo: event.repository.repo,
            ...(workflowFile ? { workflowFile } : {}),
            workflowName: event.workflow,
            branch,
            artifactName: inputs.artifactName,
            ...(event.runId !== undefined ? { excludeRunId: event.runId } : {})
        });
    }
    catch (error) {
        const failure = (0,_ml_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .describeGitHubFailure */ .Po)(error, `find the baseline artifact on ${branch}`);
        if (!failure)
            throw error;
        if (explicit)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(failure.message, 'baseline-source');
        action.log.warning(`${failure.message} Comparing without a baseline.`);
        return none;
    }
    if (!found) {
        action.log.info(`No baseline: no successful push run of this workflow on ${branch} has an artifact named "${inputs.artifactName}" yet.`);
        return none;
    }
    const reportBytes = found.files.get(REPORT_ENTRY);
    const where = `artifact "${inputs.artifactName}" of run ${found.run.id}`;
    if (!reportBytes)
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${where} has no ${REPORT_ENTRY}`, 'artifact-name');
    const report = (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricsComparisonReport */ .ij)(new TextDecoder().decode(reportBytes), where);
    const historyBytes = found.files.get(HISTORY_ENTRY);
    const history = historyBytes
        ? (0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_6__/* .parseMetricHistory */ .Az)(new TextDecoder().decode(historyBytes), `${where} ${HISTORY_ENTRY}`)
        : undefined;
    const gitSha = report.gitSha ?? found.run.headSha;
    const predictionsName = [...found.files.keys()].find((name) => /^predictions\.(csv|tsv|jsonl|npy)$/.test(name));
    const predictionsBytes = predictionsName ? found.files.get(predictionsName) : undefined;
    action.log.info(`Baseline: ${where} on ${branch} at ${gitSha}`);
    return {
        documents: [(0,_ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_5__/* .candidateDocumentOf */ .Sl)(report, `${where} (${gitSha.slice(0, 12)})`)],
        provenance: {
            source: 'artifact',
            branch,
            gitSha,
            path: found.run.runNumber ? `#${found.run.runNumber}` : String(found.run.id),
            ...(found.run.url ? { url: found.run.url } : {})
        },
        ...(history ? { history } : {}),
        ...(predictionsName && predictionsBytes
            ? { predictions: { name: predictionsName, bytes: predictionsBytes } }
            : {})
    };
}
function defaultBranchOf(payload) {
    const repository = payload.repository;
    if (typeof repository !== 'object' || repository === null)
        return undefined;
    const branch = repository.default_branch;
    return typeof branch === 'string' ? branch : undefined;
}


/***/ }),

/***/ 84050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_FILE_NAME: () => (/* binding */ REPORT_FILE_NAME),
  compareMetricsBody: () => (/* binding */ compareMetricsBody),
  createCompareMetrics: () => (/* binding */ createCompareMetrics)
});

// EXTERNAL MODULE: ./packages/action-kit/src/registry-inputs.ts
var registry_inputs = __webpack_require__(12574);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/core/src/compare/report.ts
var report = __webpack_require__(8931);
;// CONCATENATED MODULE: ./packages/core/src/compare/counts.ts

function countComparisons(comparisons) {
    const verdicts = Object.fromEntries(report/* VERDICTS */.b.map((verdict) => [verdict, 0]));
    const outcomes = Object.fromEntries(report/* OUTCOMES */.i.map((outcome) => [outcome, 0]));
    let total = 0;
    for (const comparison of comparisons) {
        verdicts[comparison.verdict] += 1;
        outcomes[comparison.outcome] += 1;
        total += 1;
    }
    return { total, verdicts, outcomes };
}

;// CONCATENATED MODULE: ./packages/core/src/compare/exact-difference.ts
/**
 * candidate − baseline as the double nearest to the difference of the two decimal numbers the
 * values print as (their shortest round-trip decimal form). Metrics arrive as decimal text (0.9123, 0.9122); binary subtraction gives
 * 1.0000000000000009e-4 where the file says 0.0001, and a tolerance of exactly 0.0001 would then
 * fail. Both values are scaled by 10^k (k = the larger count of decimal places in their shortest
 * round-trip form) to integers, subtracted exactly, and divided once (one correct rounding).
 * When the scaled integers would exceed 2^51, the inputs already carry more digits than a double
 * can hold exactly and plain subtraction is as good as it gets.
 */
const SAFE_SCALED = 2 ** 51;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
function exactDifference(candidate, baseline) {
    if (candidate === baseline)
        return 0;
    const plain = candidate - baseline;
    if (!Number.isFinite(plain))
        return plain;
    const places = Math.max(decimalPlaces(candidate), decimalPlaces(baseline));
    const scale = POWERS_OF_TEN[places];
    if (scale === undefined ||
        Math.max(Math.abs(candidate), Math.abs(baseline)) * scale >= SAFE_SCALED) {
        return plain;
    }
    return (Math.round(candidate * scale) - Math.round(baseline * scale)) / scale;
}
/**
 * Decimal places of the shortest decimal that round-trips to `value`: the smallest k for which
 * round(value·10^k) / 10^k gives back the same double (the division is correctly rounded, so
 * this is exactly the round-trip test). Returns Infinity past 22 places or 2^51.
 */
function decimalPlaces(value) {
    const magnitude = Math.abs(value);
    for (let places = 0; places < POWERS_OF_TEN.length; places++) {
        const scale = POWERS_OF_TEN[places];
        const scaled = magnitude * scale;
        if (scaled >= SAFE_SCALED)
            return Infinity;
        if (Math.round(scaled) / scale === magnitude)
            return places;
    }
    return Infinity;
}

;// CONCATENATED MODULE: ./packages/core/src/compare/judge-metric.ts

// Differences this small relative to the values are representation noise (0.1 + 0.2 ≠ 0.3).
const NOISE_ULPS = 4 * Number.EPSILON;
const TOLERANCE_SLACK = 1 + 8 * Number.EPSILON;
function judgeMetric(input) {
    const { rule, candidate, baseline } = input;
    const hasBounds = rule.min !== undefined || rule.max !== undefined;
    const gating = rule.gate &&
        input.gateAllowed &&
        (rule.direction !== 'neutral' || hasBounds || rule.required || rule.alert === 'both');
    const bounds = hasBounds ? { min: rule.min, max: rule.max } : undefined;
    if (candidate === undefined) {
        const outcome = rule.required
            ? 'fail'
            : input.hasBaseline
                ? rule.missing
                : 'pass';
        const reason = rule.required
            ? 'required but absent from the candidate'
            : 'in the baseline but absent from the candidate';
        return finishJudgement(input, gating, bounds, {
            verdict: 'missing',
            movement: 'none',
            outcome,
            reason
        });
    }
    const breach = boundBreach(candidate, rule);
    const baselineUsable = baseline !== undefined && !(Number.isNaN(baseline) && !Number.isNaN(candidate));
    if (!baselineUsable) {
        const reason = baseline === undefined
            ? input.hasBaseline
                ? 'not in the baseline'
                : 'no baseline (first run)'
            : 'the baseline value is NaN';
        if (breach !== undefined) {
            return finishJudgement(input, gating, bounds, {
                verdict: 'failed-bound',
                movement: 'none',
                outcome: 'fail',
                reason: `${breach}; ${reason}`
            });
        }
        return finishJudgement(input, gating, bounds, {
            verdict: 'new',
            movement: 'none',
            outcome: input.hasBaseline ? rule.new : 'pass',
            reason
        });
    }
    const delta = Number.isNaN(candidate) && Number.isNaN(baseline) ? 0 : exactDifference(candidate, baseline);
    const allowed = rule.absTolerance + rule.relTolerance * Math.abs(baseline);
    const movement = movementOf(delta, allowed, candidate, baseline, rule);
    const evidence = evidenceOf(input.statistics, input.alpha);
    const noisy = movement !== 'none' && evidence.significant === false;
    const signal = signalOf(movement, rule);
    let outcome = signal === 'fail'
        ? noisy
            ? 'inconclusive'
            : 'fail'
        : signal === 'warn' && !noisy
            ? 'warn'
            : 'pass';
    let verdict = noisy ? 'within-noise' : verdictOf(movement);
    let reason = describeChange(movement, delta, allowed, rule, candidate);
    if (noisy)
        reason += `, but ${describeNoise(evidence, input.alpha)}`;
    if (breach !== undefined) {
        verdict = 'failed-bound';
        outcome = 'fail';
        reason = `${breach}; ${reason}`;
    }
    return finishJudgement(input, gating, bounds, { verdict, movement, outcome, reason, delta, allowed }, evidence);
}
/** The result object; a module function rather than a closure per metric (10^5 of them). */
function finishJudgement(input, gating, bounds, fields, evidence = NO_EVIDENCE) {
    const { rule, candidate, baseline } = input;
    const delta = fields.delta;
    let deltaPct;
    if (delta !== undefined && baseline !== undefined) {
        if (delta === 0)
            deltaPct = 0;
        else if (baseline !== 0 && Number.isFinite(baseline))
            deltaPct = (100 * delta) / Math.abs(baseline);
    }
    // One literal with every key keeps V8 on a single object shape; undefined keys vanish in JSON.
    return {
        name: input.name,
        group: input.group,
        baseline: reportNumber(baseline),
        candidate: reportNumber(candidate),
        delta: reportNumber(delta),
        deltaPct: reportNumber(deltaPct),
        direction: rule.direction,
        directionSource: rule.directionSource,
        tolerance: {
            abs: rule.absTolerance,
            rel: rule.relTolerance,
            allowed: fields.allowed ?? null
        },
        bounds,
        movement: fields.movement,
        verdict: fields.verdict,
        gating,
        alert: rule.alert,
        outcome: gating ? fields.outcome : capAtWarn(fields.outcome),
        rule: rule.pattern,
        method: evidence?.method,
        ci: evidence?.ci,
        pValue: evidence?.pValue,
        significant: evidence?.significant,
        runs: input.runs,
        reason: fields.reason
    };
}
const NO_EVIDENCE = Object.freeze({});
function evidenceOf(statistics, alpha) {
    if (statistics === undefined)
        return NO_EVIDENCE;
    const { low, high, pValue } = statistics;
    const hasInterval = low !== undefined && high !== undefined;
    const excludesZero = hasInterval ? low > 0 || high < 0 : true;
    const belowAlpha = pValue !== undefined ? pValue < alpha : true;
    return {
        method: statistics.method,
        ...(hasInterval
            ? {
                ci: { low, high, ...(statistics.level !== undefined ? { level: statistics.level } : {}) }
            }
            : {}),
        ...(pValue !== undefined ? { pValue } : {}),
        significant: excludesZero && belowAlpha
    };
}
function movementOf(delta, allowed, candidate, baseline, rule) {
    if (Number.isNaN(delta)) {
        // Only the candidate is NaN here: a metric that stopped being a number got worse.
        return rule.direction === 'neutral' ? 'changed' : 'worse';
    }
    const magnitude = Math.abs(delta);
    if (magnitude <= allowed * TOLERANCE_SLACK)
        return 'none';
    const scale = Math.max(Math.abs(candidate), Math.abs(baseline));
    if (Number.isFinite(scale) && magnitude <= NOISE_ULPS * scale)
        return 'none';
    if (rule.direction === 'neutral')
        return 'changed';
    const increased = delta > 0;
    return increased === (rule.direction === 'higher') ? 'better' : 'worse';
}
function signalOf(movement, rule) {
    switch (movement) {
        case 'worse':
            return 'fail';
        case 'better':
            return rule.alert === 'both' ? 'fail' : rule.alert === 'improvement-too' ? 'warn' : 'none';
        case 'changed':
            return rule.alert === 'both' ? 'fail' : 'none';
        case 'none':
            return 'none';
    }
}
function verdictOf(movement) {
    switch (movement) {
        case 'better':
            return 'improved';
        case 'worse':
            return 'regressed';
        case 'changed':
            return 'changed';
        case 'none':
            return 'unchanged';
    }
}
function boundBreach(candidate, rule) {
    if (rule.min === undefined && rule.max === undefined)
        return undefined;
    if (Number.isNaN(candidate))
        return 'NaN cannot satisfy the bounds';
    if (rule.min !== undefined && candidate < rule.min) {
        return `${formatNumber(candidate)} is below the minimum ${formatNumber(rule.min)}`;
    }
    if (rule.max !== undefined && candidate > rule.max) {
        return `${formatNumber(candidate)} is above the maximum ${formatNumber(rule.max)}`;
    }
    return undefined;
}
function describeChange(movement, delta, allowed, rule, candidate) {
    if (Number.isNaN(candidate) && movement !== 'none')
        return 'the candidate value is NaN';
    const change = `Δ ${formatSigned(delta)}`;
    if (movement === 'none')
        return `${change} within tolerance ±${formatNumber(allowed)}`;
    const better = rule.direction === 'higher'
        ? 'higher is better'
        : rule.direction === 'lower'
            ? 'lower is better'
            : 'neutral';
    return `${change} beyond tolerance ±${formatNumber(allowed)} (${better})`;
}
function describeNoise(evidence, alpha) {
    const parts = [];
    if (evidence.pValue !== undefined) {
        parts.push(`p = ${formatNumber(evidence.pValue)}${evidence.pValue < alpha ? ' <' : ' ≥'} α ${alpha}`);
    }
    if (evidence.ci !== undefined) {
        const level = evidence.ci.level !== undefined ? `${formatNumber(evidence.ci.level * 100)}% ` : '';
        const includesZero = evidence.ci.low <= 0 && evidence.ci.high >= 0;
        parts.push(`${level}CI [${formatSigned(evidence.ci.low)}, ${formatSigned(evidence.ci.high)}]${includesZero ? ' includes 0' : ''}`);
    }
    return `not significant (${parts.join('; ')}${evidence.method ? `; ${evidence.method}` : ''})`;
}
function capAtWarn(outcome) {
    return outcome === 'fail' || outcome === 'inconclusive' ? 'warn' : outcome;
}
function reportNumber(value) {
    if (value === undefined)
        return null;
    if (Number.isFinite(value))
        return value;
    if (Number.isNaN(value))
        return 'NaN';
    return value > 0 ? 'Infinity' : '-Infinity';
}
/** Six significant digits, never rounding a small number to 0 (1e-6 stays 0.000001). */
function formatNumber(value) {
    const shortest = String(value);
    if (shortest.length <= 8 || !Number.isFinite(value))
        return shortest;
    return String(Number(value.toPrecision(6)));
}
function formatSigned(value) {
    return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

// EXTERNAL MODULE: ./packages/core/src/stats/incomplete-beta.ts
var incomplete_beta = __webpack_require__(40716);
// EXTERNAL MODULE: ./packages/core/src/stats/log-gamma.ts
var log_gamma = __webpack_require__(99439);
// EXTERNAL MODULE: ./packages/core/src/stats/normal.ts
var normal = __webpack_require__(33342);
;// CONCATENATED MODULE: ./packages/core/src/stats/student-t.ts



/**
 * Student's t distribution with real degrees of freedom (Welch's df is rarely an integer).
 * P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2), with ν/(ν+t²) and its complement t²/(ν+t²) both formed
 * directly, so neither tail is computed as 1 − (something close to 1).
 * Measured against mpmath (50 digits): relative error ≤ 2e-14 for ν ≤ 1e3, 1e-13 at ν = 1e4 and
 * 3e-11 at ν = 1e6, where the continued fraction is evaluated near the mean of the beta
 * distribution. Beyond ν = 1e12 the normal distribution is used.
 */
const NORMAL_LIMIT_DF = 1e12;
function studentTTwoSidedPValue(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalTwoSidedPValue */.OA)(t);
    const squared = t * t;
    const total = df + squared;
    return (0,incomplete_beta/* incompleteBeta */.J7)(df / total, squared / total, df / 2, 0.5).value;
}
/** P(T ≤ t). */
function studentTCdf(t, df) {
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalCdf */.vr)(t);
    const halfTail = studentTTwoSidedPValue(t, df) / 2;
    return t > 0 ? 1 - halfTail : halfTail;
}
/** P(T > t), accurate in the upper tail. */
function studentTSurvival(t, df) {
    return studentTCdf(-t, df);
}
function studentTPdf(t, df) {
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalPdf */.E7)(t);
    const logDensity = (0,log_gamma/* logGamma */.SX)((df + 1) / 2) -
        (0,log_gamma/* logGamma */.SX)(df / 2) -
        0.5 * Math.log(df * Math.PI) -
        ((df + 1) / 2) * Math.log1p((t * t) / df);
    return Math.exp(logDensity);
}
/**
 * The t value with P(T ≤ t) = p. Newton steps on the upper tail, kept inside a bracket that
 * falls back to bisection, so heavy tails (ν = 1) cannot throw an iterate out of range.
 */
function studentTQuantile(p, df) {
    if (!(p >= 0 && p <= 1) || !(df > 0))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (df >= NORMAL_LIMIT_DF)
        return (0,normal/* normalQuantile */.Zl)(p);
    if (p < 0.5)
        return -upperQuantile(p, df);
    return upperQuantile(1 - p, df);
}
function upperQuantile(tail, df) {
    let t = Math.max(cornishFisherStart(tail, df), 1e-3);
    let low = 0;
    let high = Math.max(2 * t, 1);
    while (studentTSurvival(high, df) > tail) {
        low = high;
        high *= 2;
        if (!Number.isFinite(high))
            return Infinity;
    }
    for (let iteration = 0; iteration < 200; iteration++) {
        const excess = studentTSurvival(t, df) - tail;
        if (excess === 0)
            return t;
        if (excess > 0)
            low = t;
        else
            high = t;
        const density = studentTPdf(t, df);
        let next = density > 0 ? t + excess / density : NaN;
        if (!(next > low && next < high))
            next = (low + high) / 2;
        if (Math.abs(next - t) <= 4e-16 * Math.abs(next) || high - low <= 4e-16 * high)
            return next;
        t = next;
    }
    return t;
}
function cornishFisherStart(tail, df) {
    const z = -(0,normal/* normalQuantile */.Zl)(tail);
    const z3 = z * z * z;
    const z5 = z3 * z * z;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

;// CONCATENATED MODULE: ./packages/core/src/stats/welch.ts

function welchTTest(baselineValues, candidateValues, options = {}) {
    const level = options.level ?? 0.95;
    if (!(level > 0 && level < 1))
        throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
    const baseline = moments(baselineValues, 'baseline');
    const candidate = moments(candidateValues, 'candidate');
    const delta = candidate.mean - baseline.mean;
    const baselineShare = baseline.variance / baseline.count;
    const candidateShare = candidate.variance / candidate.count;
    const squaredError = baselineShare + candidateShare;
    const standardError = Math.sqrt(squaredError);
    const common = {
        method: 'welch-t',
        baselineMean: baseline.mean,
        candidateMean: candidate.mean,
        baselineVariance: baseline.variance,
        candidateVariance: candidate.variance,
        baselineRuns: baseline.count,
        candidateRuns: candidate.count,
        delta,
        standardError,
        level
    };
    if (squaredError === 0) {
        return {
            ...common,
            statistic: delta === 0 ? 0 : Math.sign(delta) * Infinity,
            degreesOfFreedom: baseline.count + candidate.count - 2,
            pValue: delta === 0 ? 1 : 0,
            low: delta,
            high: delta,
            degenerate: true
        };
    }
    const degreesOfFreedom = (squaredError * squaredError) /
        ((baselineShare * baselineShare) / (baseline.count - 1) +
            (candidateShare * candidateShare) / (candidate.count - 1));
    const statistic = delta / standardError;
    const margin = studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
    return {
        ...common,
        statistic,
        degreesOfFreedom,
        pValue: studentTTwoSidedPValue(statistic, degreesOfFreedom),
        low: delta - margin,
        high: delta + margin,
        degenerate: false
    };
}
function moments(values, side) {
    const count = values.length;
    if (count < 2)
        throw new RangeError(`Welch's t-test needs at least 2 ${side} runs, got ${count}`);
    let mean = 0;
    for (let i = 0; i < count; i++) {
        const value = values[i] ?? NaN;
        if (!Number.isFinite(value))
            throw new RangeError(`${side} run ${i} is not a finite number`);
        mean += value;
    }
    mean /= count;
    let squares = 0;
    for (let i = 0; i < count; i++) {
        const deviation = (values[i] ?? 0) - mean;
        squares += deviation * deviation;
    }
    return { count, mean, variance: squares / (count - 1) };
}

;// CONCATENATED MODULE: ./packages/core/src/compare/multi-run.ts

function summariseRuns(runs) {
    const first = runs[0];
    if (first === undefined)
        throw new RangeError('at least one run is needed');
    if (runs.length === 1)
        return { mean: first, runs: 1, values: new Map() };
    const values = new Map();
    const push = (name, value) => {
        const list = values.get(name);
        if (list === undefined)
            values.set(name, [value]);
        else
            list.push(value);
    };
    const metricNames = [];
    const groupShapes = new Map();
    for (const run of runs) {
        for (const [name, value] of Object.entries(run.metrics)) {
            if (!values.has(name))
                metricNames.push(name);
            push(name, value);
        }
        for (const [groupName, group] of Object.entries(run.groups)) {
            let members = groupShapes.get(groupName);
            if (members === undefined) {
                members = new Map();
                groupShapes.set(groupName, members);
            }
            for (const [member, row] of Object.entries(group.rows)) {
                let fields = members.get(member);
                if (fields === undefined) {
                    fields = new Set();
                    members.set(member, fields);
                }
                for (const [field, value] of Object.entries(row)) {
                    fields.add(field);
                    push(cellName(groupName, member, field), value);
                }
            }
        }
    }
    const metrics = {};
    for (const name of metricNames)
        metrics[name] = mean(values.get(name) ?? []);
    const groups = {};
    for (const [groupName, members] of groupShapes) {
        const rows = {};
        for (const [member, fields] of members) {
            const row = {};
            for (const field of fields)
                row[field] = mean(values.get(cellName(groupName, member, field)) ?? []);
            rows[member] = row;
        }
        groups[groupName] = { name: groupName, rows };
    }
    return {
        mean: {
            sources: runs.flatMap((run) => run.sources),
            format: first.format,
            metrics,
            groups,
            series: {},
            labels: first.labels,
            metadata: first.metadata
        },
        runs: runs.length,
        values
    };
}
function cellName(group, member, field) {
    return `${group}.${member}.${field}`;
}
/** Welch's t-test for every name both sides measured at least twice. */
function welchStatistics(candidate, baseline, level) {
    const statistics = new Map();
    for (const [name, candidateValues] of candidate.values) {
        const baselineValues = baseline.values.get(name);
        if (baselineValues === undefined || baselineValues.length < 2 || candidateValues.length < 2)
            continue;
        if (!candidateValues.every(Number.isFinite) || !baselineValues.every(Number.isFinite))
            continue;
        const result = welchTTest(baselineValues, candidateValues, { level });
        statistics.set(name, {
            method: result.method,
            delta: result.delta,
            low: result.low,
            high: result.high,
            level: result.level,
            pValue: result.pValue,
            runs: { baseline: baselineValues.length, candidate: candidateValues.length }
        });
    }
    return statistics;
}
function mean(values) {
    let sum = 0;
    for (const value of values)
        sum += value;
    return sum / values.length;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/compare/direction.ts
var compare_direction = __webpack_require__(65496);
;// CONCATENATED MODULE: ./packages/core/src/compare/rule-matcher.ts


class RuleMatcher {
    rules;
    exact = new Map();
    globs = [];
    resolved = new Map();
    constructor(rules) {
        this.rules = rules;
        rules.metrics.forEach((rule, order) => {
            if (!picomatch_default().scan(rule.pattern).isGlob) {
                this.exact.set(rule.pattern, rule);
                return;
            }
            const { wildcards, literals } = specificity(rule.pattern);
            this.globs.push({
                rule,
                regex: picomatch_default().makeRe(swapSeparators(rule.pattern), { dot: true, windows: false }),
                wildcards,
                literals,
                order
            });
        });
        this.globs.sort((left, right) => left.wildcards - right.wildcards ||
            right.literals - left.literals ||
            left.order - right.order);
    }
    /** The rules with exact names: they can be required even when no document mentions them. */
    exactRules() {
        return [...this.exact.values()];
    }
    globRules() {
        return this.globs.map((glob) => glob.rule);
    }
    /** Does this glob rule match the name? (For required globs.) */
    globMatches(rule, name) {
        const glob = this.globs.find((candidate) => candidate.rule === rule);
        return glob !== undefined && glob.regex.test(swapSeparators(name));
    }
    ruleFor(name) {
        const exact = this.exact.get(name);
        if (exact !== undefined)
            return exact;
        if (this.globs.length === 0)
            return undefined;
        const swapped = swapSeparators(name);
        return this.globs.find((glob) => glob.regex.test(swapped))?.rule;
    }
    resolve(name) {
        const rule = this.ruleFor(name);
        const direction = rule?.direction ?? this.rules.defaults.direction ?? (0,compare_direction/* inferDirection */._w)(name);
        let byDirection = this.resolved.get(rule ?? null);
        if (byDirection === undefined) {
            byDirection = new Map();
            this.resolved.set(rule ?? null, byDirection);
        }
        let resolved = byDirection.get(direction);
        if (resolved === undefined) {
            resolved = this.fill(rule, direction);
            byDirection.set(direction, resolved);
        }
        return resolved;
    }
    fill(rule, direction) {
        const defaults = this.rules.defaults;
        const directionSource = rule?.direction !== undefined
            ? 'rule'
            : defaults.direction !== undefined
                ? 'defaults'
                : 'inferred';
        return {
            pattern: rule?.pattern ?? null,
            direction,
            directionSource,
            absTolerance: rule?.absTolerance ?? defaults.absTolerance,
            relTolerance: rule?.relTolerance ?? defaults.relTolerance,
            min: rule?.min,
            max: rule?.max,
            required: rule?.required ?? defaults.required,
            alert: rule?.alert ?? defaults.alert,
            gate: rule?.gate ?? defaults.gate,
            missing: rule?.missing ?? defaults.missing,
            new: rule?.new ?? defaults.new
        };
    }
}
const compiled = new WeakMap();
/** One matcher per rules object, reused across comparisons. */
function ruleMatcherFor(rules) {
    let matcher = compiled.get(rules);
    if (matcher === undefined) {
        matcher = new RuleMatcher(rules);
        compiled.set(rules, matcher);
    }
    return matcher;
}
function swapSeparators(text) {
    if (!text.includes('/'))
        return text.replaceAll('.', '/');
    let swapped = '';
    for (const char of text)
        swapped += char === '.' ? '/' : char === '/' ? '.' : char;
    return swapped;
}
function specificity(pattern) {
    let wildcards = 0;
    let literals = 0;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\') {
            i += 1;
            if (depth === 0)
                literals += 1;
            continue;
        }
        if (depth > 0) {
            if (char === ']' || char === '}' || char === ')')
                depth -= 1;
            else if (char === '[' || char === '{' || char === '(')
                depth += 1;
            continue;
        }
        if (char === '*' || char === '?')
            wildcards += 1;
        else if (char === '[' || char === '{' || char === '(') {
            wildcards += 1;
            depth = 1;
        }
        else
            literals += 1;
    }
    return { wildcards, literals };
}

// EXTERNAL MODULE: ./packages/core/src/compare/rules.ts
var compare_rules = __webpack_require__(97342);
;// CONCATENATED MODULE: ./packages/core/src/compare/compare-metrics.ts





function compareMetrics(candidate, baseline, rules = compare_rules/* DEFAULT_RULES */.ck, options = {}) {
    const alpha = options.alpha ?? rules.alpha;
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const failOn = options.failOn ?? rules.failOn;
    const candidateRuns = runsOf(candidate);
    const baselineRuns = baseline === undefined ? undefined : runsOf(baseline);
    const candidateSummary = summariseRuns(candidateRuns);
    const baselineSummary = baselineRuns === undefined ? undefined : summariseRuns(baselineRuns);
    let statistics = options.statistics;
    if (baselineSummary !== undefined && candidateSummary.runs > 1 && baselineSummary.runs > 1) {
        const welch = welchStatistics(candidateSummary, baselineSummary, options.level ?? 1 - alpha);
        for (const [name, result] of options.statistics ?? [])
            welch.set(name, {
                ...result,
                runs: { baseline: baselineSummary.runs, candidate: candidateSummary.runs }
            });
        statistics = welch;
    }
    const context = {
        matcher: ruleMatcherFor(rules),
        groupsGate: rules.groups === 'gate',
        hasBaseline: baselineSummary !== undefined,
        alpha,
        statistics,
        runs: baselineSummary !== undefined && (candidateSummary.runs > 1 || baselineSummary.runs > 1)
            ? { baseline: baselineSummary.runs, candidate: candidateSummary.runs }
            : undefined
    };
    const candidateDocument = candidateSummary.mean;
    const baselineDocument = baselineSummary?.mean;
    const metrics = compareScalars(candidateDocument, baselineDocument, context);
    const groups = compareGroups(candidateDocument, baselineDocument, context);
    const requiredGlobs = missingRequiredGlobs(candidateDocument, context);
    const allMetrics = [...metrics, ...requiredGlobs];
    const everything = [...allMetrics, ...groups.flatMap((group) => group.cells)];
    return {
        schemaVersion: 1,
        kind: 'metrics-comparison',
        overall: overallOf(everything, failOn),
        reasons: reasonsOf(everything),
        failOn,
        alpha,
        rules: rules.source,
        candidate: sideOf(candidateDocument, candidateSummary.runs),
        baseline: baselineDocument === undefined || baselineSummary === undefined
            ? null
            : sideOf(baselineDocument, baselineSummary.runs),
        counts: countComparisons(everything),
        metrics: allMetrics,
        groups
    };
}
function runsOf(side) {
    if (Array.isArray(side)) {
        if (side.length === 0)
            throw new RangeError('an empty list of runs cannot be compared');
        return side;
    }
    return [side];
}
function sideOf(document, runs) {
    return { sources: document.sources, metadata: document.metadata, runs };
}
function compareScalars(candidate, baseline, context) {
    const results = [];
    const judge = (name, candidateValue, baselineValue) => {
        const statistics = context.statistics?.get(name);
        results.push(judgeMetric({
            name,
            candidate: candidateValue,
            baseline: baselineValue,
            hasBaseline: context.hasBaseline,
            rule: context.matcher.resolve(name),
            gateAllowed: true,
            alpha: context.alpha,
            statistics,
            runs: context.runs
        }));
    };
    const candidateMetrics = candidate.metrics;
    const baselineMetrics = baseline?.metrics ?? {};
    // Object.keys once per side: enumerating a 10^5-key object (dictionary mode) is the costly part.
    for (const name of Object.keys(candidateMetrics)) {
        judge(name, candidateMetrics[name], Object.hasOwn(baselineMetrics, name) ? baselineMetrics[name] : undefined);
    }
    for (const name of Object.keys(baselineMetrics)) {
        if (!Object.hasOwn(candidateMetrics, name))
            judge(name, undefined, baselineMetrics[name]);
    }
    for (const rule of context.matcher.exactRules()) {
        if (!rule.required ||
            Object.hasOwn(candidateMetrics, rule.pattern) ||
            Object.hasOwn(baselineMetrics, rule.pattern))
            continue;
        if (isGroupCell(rule.pattern, candidate) || isGroupCell(rule.pattern, baseline))
            continue;
        judge(rule.pattern, undefined, undefined);
    }
    return results;
}
function isGroupCell(name, document) {
    if (document === undefined)
        return false;
    for (const [groupName, group] of Object.entries(document.groups)) {
        if (!name.startsWith(`${groupName}.`))
            continue;
        for (const [member, row] of Object.entries(group.rows)) {
            for (const field of Object.keys(row))
                if (cellName(groupName, member, field) === name)
                    return true;
        }
    }
    return false;
}
function compareGroups(candidate, baseline, context) {
    const names = unionOrdered(Object.keys(candidate.groups), Object.keys(baseline?.groups ?? {}));
    return names.map((groupName) => {
        const candidateRows = candidate.groups[groupName]?.rows ?? {};
        const baselineRows = baseline?.groups[groupName]?.rows ?? {};
        const members = unionOrdered(Object.keys(candidateRows), Object.keys(baselineRows));
        const fields = unionOrdered(...members.flatMap((member) => [
            Object.keys(candidateRows[member] ?? {}),
            Object.keys(baselineRows[member] ?? {})
        ]));
        const cells = [];
        for (const member of members) {
            const candidateRow = candidateRows[member];
            const baselineRow = baselineRows[member];
            for (const field of fields) {
                const candidateValue = candidateRow !== undefined && Object.hasOwn(candidateRow, field)
                    ? candidateRow[field]
                    : undefined;
                const baselineValue = baselineRow !== undefined && Object.hasOwn(baselineRow, field)
                    ? baselineRow[field]
                    : undefined;
                if (candidateValue === undefined && baselineValue === undefined)
                    continue;
                const name = cellName(groupName, member, field);
                const rule = context.matcher.resolve(name);
                const statistics = context.statistics?.get(name);
                cells.push(judgeMetric({
                    name,
                    group: { name: groupName, member, field },
                    candidate: candidateValue,
                    baseline: baselineValue,
                    hasBaseline: context.hasBaseline,
                    rule,
                    gateAllowed: context.groupsGate || rule.pattern !== null,
                    alpha: context.alpha,
                    statistics,
                    runs: context.runs
                }));
            }
        }
        return { name: groupName, members, fields, cells, counts: countComparisons(cells) };
    });
}
/** A required glob that matches nothing the candidate reports is itself a missing metric. */
function missingRequiredGlobs(candidate, context) {
    const required = context.matcher.globRules().filter((rule) => rule.required);
    if (required.length === 0)
        return [];
    const names = [
        ...Object.keys(candidate.metrics),
        ...Object.entries(candidate.groups).flatMap(([groupName, group]) => Object.entries(group.rows).flatMap(([member, row]) => Object.keys(row).map((field) => cellName(groupName, member, field))))
    ];
    return required
        .filter((rule) => !names.some((name) => context.matcher.globMatches(rule, name)))
        .map((rule) => {
        const judged = judgeMetric({
            name: rule.pattern,
            candidate: undefined,
            baseline: undefined,
            hasBaseline: context.hasBaseline,
            rule: context.matcher.resolve(rule.pattern),
            gateAllowed: true,
            alpha: context.alpha
        });
        return {
            ...judged,
            rule: rule.pattern,
            reason: 'required pattern matches no candidate metric'
        };
    });
}
function unionOrdered(...lists) {
    const seen = new Set();
    for (const list of lists)
        for (const item of list)
            seen.add(item);
    return [...seen];
}
function overallOf(comparisons, failOn) {
    let inconclusive = false;
    for (const comparison of comparisons) {
        if (comparison.outcome === 'fail')
            return 'fail';
        if (comparison.outcome === 'inconclusive')
            inconclusive = true;
    }
    return inconclusive && failOn === 'inconclusive' ? 'inconclusive' : 'pass';
}
const SEVERITY = {
    fail: 0,
    inconclusive: 1,
    warn: 2,
    pass: 3
};
function reasonsOf(comparisons) {
    return comparisons
        .filter((comparison) => comparison.outcome !== 'pass')
        .sort((left, right) => SEVERITY[left.outcome] - SEVERITY[right.outcome])
        .map((comparison) => {
        const values = typeof comparison.candidate === 'number' && typeof comparison.baseline === 'number'
            ? ` (${formatNumber(comparison.baseline)} → ${formatNumber(comparison.candidate)})`
            : '';
        return `${comparison.outcome}: ${comparison.name} ${comparison.verdict}${values}: ${comparison.reason}`;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/compare/report-envelope.ts
function withReportEnvelope(report, envelope, provenance, pullRequest) {
    const { baseline, ...rest } = report;
    const { schemaVersion, kind, ...comparison } = rest;
    return {
        schemaVersion,
        kind,
        ...envelopeFields(envelope),
        ...comparison,
        baseline: baseline === null ? { ...provenance, source: 'none' } : { ...provenance, ...baseline },
        ...(pullRequest ? { pullRequest } : {})
    };
}
function envelopeFields(envelope) {
    return {
        ...(envelope.gitSha ? { gitSha: envelope.gitSha } : {}),
        ...(envelope.runId ? { runId: envelope.runId } : {}),
        ...(envelope.runAttempt !== undefined ? { runAttempt: envelope.runAttempt } : {}),
        ...(envelope.runUrl ? { runUrl: envelope.runUrl } : {}),
        createdAt: envelope.createdAt,
        subject: envelope.subject
    };
}

// EXTERNAL MODULE: ./packages/core/src/compare/history.ts
var compare_history = __webpack_require__(88537);
// EXTERNAL MODULE: ./packages/core/src/compare/report-reader.ts
var report_reader = __webpack_require__(47983);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/stats/random.ts
var random = __webpack_require__(81538);
// EXTERNAL MODULE: ./packages/github/src/event-context.ts
var event_context = __webpack_require__(87771);
// EXTERNAL MODULE: ./actions/compare-metrics/src/baseline-resolution.ts
var baseline_resolution = __webpack_require__(19659);
// EXTERNAL MODULE: ./actions/compare-metrics/src/metrics-sides.ts + 2 modules
var metrics_sides = __webpack_require__(67971);
// EXTERNAL MODULE: ./actions/compare-metrics/src/publish-report.ts + 2 modules
var publish_report = __webpack_require__(11046);
;// CONCATENATED MODULE: ./actions/compare-metrics/src/compare-body.ts














const REPORT_FILE_NAME = baseline_resolution/* REPORT_ENTRY */.In;
function createCompareMetrics(dependencies = {}) {
    return async (inputs, context) => {
        const event = (0,event_context/* readEventContext */.w)(context.env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'), {
            ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {})
        });
        const posting = inputs.report !== '' || (event.eventName === 'workflow_run' && inputs.candidate.length === 0);
        // The fork-PR posting mode, paired statistics and registry history load only when used.
        if (posting)
            return (await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 93501))).postReport({
                inputs,
                context,
                event,
                ...(dependencies.timing ? { timing: dependencies.timing } : {})
            });
        if (inputs.candidate.length === 0) {
            throw new errors/* ConfigurationError */.j('candidate names no metrics files (or give report, or run on workflow_run to post a report)', 'candidate');
        }
        return computeAndPublish(inputs, context, event, dependencies);
    };
}
async function computeAndPublish(inputs, context, event, dependencies) {
    const scratchRoot = context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(scratchRoot, { recursive: true });
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(scratchRoot, 'compare-metrics-'));
    try {
        const rules = await (0,metrics_sides/* loadRules */.A)(inputs.rules, context.cwd);
        const candidate = await (0,metrics_sides/* readSide */.w)(inputs.candidate, inputs.runs, context.cwd, 'candidate');
        const baseline = await (0,baseline_resolution/* resolveBaseline */.oL)({
            inputs,
            action: context,
            event,
            scratch,
            ...(dependencies.timing ? { timing: dependencies.timing } : {})
        });
        const alpha = inputs.alpha ?? rules.alpha;
        const statistics = await statisticsFor(inputs, context, candidate, alpha, baseline, scratch);
        const comparison = compareMetrics(candidate, baseline.documents, rules, {
            alpha,
            ...(statistics ? { statistics } : {}),
            ...(inputs.failOn === 'inconclusive' ? { failOn: 'inconclusive' } : {})
        });
        const now = dependencies.now?.() ?? new Date();
        const report = withReportEnvelope(comparison, {
            ...(context.env.GITHUB_SHA ? { gitSha: context.env.GITHUB_SHA } : {}),
            ...(event.runId !== undefined ? { runId: String(event.runId) } : {}),
            ...(event.runId !== undefined ? { runAttempt: event.runAttempt } : {}),
            ...(event.runUrl ? { runUrl: event.runUrl } : {}),
            createdAt: now.toISOString(),
            subject: {
                ...(inputs.modelName ? { model: inputs.modelName } : {}),
                ...(inputs.candidateModel
                    ? { sha256: await sha256Of((0,external_node_path_.resolve)(context.cwd, inputs.candidateModel)) }
                    : {})
            }
        }, baseline.provenance, event.pullRequest
            ? {
                number: event.pullRequest.number,
                ...(event.pullRequest.headSha ? { headSha: event.pullRequest.headSha } : {}),
                ...(event.pullRequest.headRepositoryId !== undefined
                    ? { headRepositoryId: event.pullRequest.headRepositoryId }
                    : {})
            }
            : undefined);
        const history = await historyFor(inputs, context, baseline.history);
        const reportPath = (0,external_node_path_.resolve)(context.cwd, inputs.reportPath || (0,external_node_path_.join)(context.env.RUNNER_TEMP || '.', REPORT_FILE_NAME));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
        context.log.info(`Report written to ${reportPath}`);
        const artifactId = await uploadArtifact(inputs, context, dependencies, scratch, report, history);
        const reportUrl = artifactId !== undefined && event.runUrl
            ? `${event.runUrl}/artifacts/${artifactId}`
            : undefined;
        return await (0,publish_report/* publishReport */.S)({
            report,
            inputs,
            context,
            markdown: {
                ...(history.length > 0 ? { history } : {}),
                ...(event.runUrl ? { runUrl: event.runUrl } : {}),
                ...(reportUrl ? { reportUrl } : {})
            },
            reportPath,
            gate: true,
            ...(dependencies.timing ? { timing: dependencies.timing } : {})
        });
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function statisticsFor(inputs, context, candidate, alpha, baseline, scratch) {
    const { candidatePredictions } = inputs;
    let baselinePredictions = inputs.baselinePredictions;
    if (!candidatePredictions && !baselinePredictions)
        return undefined;
    if (!candidatePredictions) {
        throw new errors/* ConfigurationError */.j('paired statistics need predictions of both models on the same samples; candidate-predictions is empty', 'candidate-predictions');
    }
    if (!baselinePredictions && baseline.predictions) {
        // The base branch's run stored its predictions in the artifact next to its report.
        baselinePredictions = (0,external_node_path_.join)(scratch, `baseline-${baseline.predictions.name}`);
        await (0,promises_.writeFile)(baselinePredictions, baseline.predictions.bytes);
    }
    if (!baselinePredictions) {
        if (baseline.documents !== undefined) {
            context.log.warning('candidate-predictions is set but the baseline has no predictions (baseline-predictions is empty and the baseline artifact holds none): comparing without statistics.', { title: 'No paired statistics (compare-metrics)' });
        }
        return undefined;
    }
    const document = candidate[0];
    if (document === undefined || candidate.length > 1) {
        throw new errors/* ConfigurationError */.j('candidate-predictions belong to one evaluation; with runs: per-file the runs are compared with Welch’s t-test instead', 'candidate-predictions');
    }
    const { predictionEvidence } = await Promise.all(/* import() */[__webpack_require__.e(676), __webpack_require__.e(925)]).then(__webpack_require__.bind(__webpack_require__, 27925));
    const evidence = await predictionEvidence({
        candidatePath: candidatePredictions,
        baselinePath: baselinePredictions,
        explicit: inputs.statistics,
        candidate: document,
        ...(inputs.positiveClass ? { positiveClass: inputs.positiveClass } : {}),
        seed: inputs.seed ?? random/* DEFAULT_SEED */.K,
        resamples: inputs.resamples ?? 10_000,
        level: 1 - alpha,
        cwd: context.cwd
    });
    context.log.info(`Paired statistics on ${evidence.samples} samples for ${[...evidence.statistics.keys()].join(', ') || 'no metric'}`);
    for (const skipped of evidence.skipped)
        context.log.debug(`No statistics for ${skipped}`);
    for (const metric of evidence.mismatches) {
        context.log.warning(`${metric}: the value computed from candidate-predictions differs from the reported one; are they from the same run?`, { title: 'compare-metrics: predictions do not match the metrics' });
    }
    return evidence.statistics;
}
async function historyFor(inputs, context, fromArtifact) {
    if (inputs.history === 'registry') {
        if (!inputs.modelName)
            throw new errors/* ConfigurationError */.j('history: registry needs the model-name input', 'history');
        const { registryHistory } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 49162));
        return registryHistory({
            registry: inputs.registry,
            s3: (0,registry_inputs/* s3OptionsFromInputs */.mD)(inputs),
            model: inputs.modelName,
            alias: inputs.baselineAlias,
            cwd: context.cwd
        });
    }
    if (inputs.history) {
        const path = (0,external_node_path_.resolve)(context.cwd, inputs.history);
        const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (text === undefined) {
            context.log.info(`history file ${inputs.history} does not exist yet; no chart this time`);
            return [];
        }
        return (0,compare_history/* parseMetricHistory */.Az)(text, inputs.history);
    }
    return [...(fromArtifact ?? [])];
}
async function uploadArtifact(inputs, context, dependencies, scratch, report, history) {
    if (!inputs.uploadArtifact || context.cli || !dependencies.uploadArtifact || !inputs.artifactName)
        return undefined;
    const directory = (0,external_node_path_.join)(scratch, 'artifact');
    await (0,promises_.mkdir)(directory, { recursive: true });
    const files = [(0,external_node_path_.join)(directory, baseline_resolution/* REPORT_ENTRY */.In), (0,external_node_path_.join)(directory, baseline_resolution/* HISTORY_ENTRY */.Mz)];
    await (0,promises_.writeFile)(files[0], `${JSON.stringify(report, null, 2)}\n`);
    await (0,promises_.writeFile)(files[1], (0,compare_history/* formatMetricHistory */.OZ)([...history, (0,report_reader/* historyPointOfReport */.sL)(report)]));
    const predictions = await predictionsForArtifact(inputs, context, directory);
    if (predictions)
        files.push(predictions);
    try {
        const uploaded = await dependencies.uploadArtifact({
            name: inputs.artifactName,
            files,
            rootDirectory: directory
        });
        if (uploaded?.id !== undefined)
            context.log.info(`Uploaded artifact ${inputs.artifactName} (${uploaded.id})`);
        return uploaded?.id;
    }
    catch (error) {
        context.log.warning(`Could not upload the artifact ${inputs.artifactName}: ${error.message}. The report is still at the report path.`);
        return undefined;
    }
}
/** Later runs pair their candidate predictions with these when this run becomes their baseline. */
async function predictionsForArtifact(inputs, context, directory) {
    const source = inputs.candidatePredictions;
    const extension = /\.(csv|tsv|jsonl|npy)$/i.exec(source)?.[1]?.toLowerCase();
    if (!source || !extension)
        return undefined;
    const path = (0,external_node_path_.resolve)(context.cwd, source);
    const size = (await (0,promises_.stat)(path)).size;
    if (size > MAX_STORED_PREDICTIONS_BYTES) {
        context.log.info(`${source} is ${size} bytes; not storing it in the artifact (limit ${MAX_STORED_PREDICTIONS_BYTES})`);
        return undefined;
    }
    const target = (0,external_node_path_.join)(directory, `${baseline_resolution/* PREDICTIONS_ENTRY */.Sb}.${extension}`);
    await (0,promises_.copyFile)(path, target);
    return target;
}
// Below the 50 MiB a baseline artifact may have when it is read back.
const MAX_STORED_PREDICTIONS_BYTES = 40 * 1024 * 1024;
async function sha256Of(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash).catch((error) => {
        throw new errors/* ConfigurationError */.j(`candidate-model "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 'candidate-model');
    });
    return hash.digest('hex');
}
const compareMetricsBody = createCompareMetrics();


/***/ }),

/***/ 67971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ loadRules),
  w: () => (/* binding */ readSide)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/compare/rules.ts
var compare_rules = __webpack_require__(97342);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/compare/setting-number.ts
/**
 * A number in a rules file: a YAML/JSON number or a string such as "0.01", "1%" or "2.5 %".
 * "1%" means 0.01 wherever a number is expected, so `abs-tolerance: 1%` on an accuracy in [0, 1]
 * is one percentage point. Percentages are scaled in decimal (by moving the exponent) so that
 * "0.1%" is exactly the double nearest 0.001.
 */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
function parseSettingNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? { value, percent: false } : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const percent = text.endsWith('%');
    const digits = percent ? text.slice(0, -1).trim() : text;
    if (!NUMBER.test(digits))
        return undefined;
    if (!percent)
        return { value: Number(digits), percent: false };
    const scaled = /e/i.test(digits) ? Number(digits) / 100 : Number(`${digits}e-2`);
    return Number.isFinite(scaled) ? { value: scaled, percent: true } : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/compare/rules-parser.ts



/**
 * Rules file (YAML, or JSON, which is YAML):
 *
 *   fail-on: regression          # or inconclusive
 *   groups: report               # or gate: per-class cells gate without a rule naming them
 *   alpha: 0.05
 *   defaults:                    # any per-metric key except min/max
 *     rel-tolerance: 1%
 *     missing: warn              # fail | inconclusive | warn | pass
 *     new: pass
 *   metrics:                     # pattern → rule, or a list of {name: pattern, …}
 *     accuracy: {direction: higher, abs-tolerance: 0.005, min: 0.9, required: true}
 *     "per_class.*.f1": {rel-tolerance: 2%}
 *     "latency_*": {direction: lower, rel-tolerance: 10%, max: 250}
 *     epoch: {gate: false}
 *     loss: lower                # shorthand for {direction: lower}
 *
 * Per-metric keys: direction (higher | lower | neutral | auto), abs-tolerance, rel-tolerance
 * (a fraction ≥ 0 below 1, or any percentage "150%"), min, max, required, alert (regression |
 * improvement-too | both), gate, missing, new. Unknown keys are errors (a typo must not silently
 * disable a gate), as are duplicate patterns.
 */
const TOP_LEVEL_KEYS = ['defaults', 'metrics', 'fail-on', 'groups', 'alpha'];
const RULE_KEYS = [
    'direction',
    'abs-tolerance',
    'rel-tolerance',
    'min',
    'max',
    'required',
    'alert',
    'gate',
    'missing',
    'new'
];
const DEFAULT_KEYS = RULE_KEYS.filter((key) => key !== 'min' && key !== 'max');
const DIRECTIONS = ['higher', 'lower', 'neutral', 'auto'];
const ALERTS = ['regression', 'improvement-too', 'both'];
const ABSENCE = ['fail', 'inconclusive', 'warn', 'pass'];
const FAIL_ON = ['regression', 'inconclusive'];
const GROUPS = ['report', 'gate'];
/** YAML (or JSON) rules text; the YAML parser is loaded on first use, not at every start-up. */
async function parseComparisonRules(text, source) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const error = document.errors[0];
    if (error !== undefined) {
        throw new errors/* ConfigurationError */.j(`${source}: not valid YAML/JSON: ${error.message}`);
    }
    return comparisonRulesFromValue(document.toJS({ mapAsMap: true }), source);
}
/** Rules already parsed (e.g. a `compare:` section of a larger config file). */
function comparisonRulesFromValue(value, source) {
    const at = new Location(source);
    if (value === null || value === undefined)
        return withDefaults(source);
    const top = entriesOf(value, at.root());
    checkKeys(top, TOP_LEVEL_KEYS, at.root());
    const defaultsValue = top.get('defaults');
    const defaults = defaultsValue === undefined || defaultsValue === null
        ? compare_rules/* BUILT_IN_DEFAULTS */.K1
        : parseDefaults(defaultsValue, at.child('defaults'));
    const metricsValue = top.get('metrics');
    const metrics = metricsValue === undefined || metricsValue === null
        ? []
        : parseMetrics(metricsValue, at.child('metrics'));
    const alpha = top.has('alpha')
        ? numberSetting(top.get('alpha'), at.child('alpha'))
        : compare_rules/* DEFAULT_ALPHA */.pO;
    if (!(alpha > 0 && alpha < 1))
        at.child('alpha').fail(`must be between 0 and 1, got ${alpha}`);
    return {
        source,
        defaults,
        metrics,
        failOn: top.has('fail-on')
            ? choice(top.get('fail-on'), FAIL_ON, at.child('fail-on'))
            : 'regression',
        groups: top.has('groups') ? choice(top.get('groups'), GROUPS, at.child('groups')) : 'report',
        alpha
    };
}
function withDefaults(source) {
    return {
        source,
        defaults: compare_rules/* BUILT_IN_DEFAULTS */.K1,
        metrics: [],
        failOn: 'regression',
        groups: 'report',
        alpha: compare_rules/* DEFAULT_ALPHA */.pO
    };
}
class Location {
    source;
    path;
    constructor(source, path = []) {
        this.source = source;
        this.path = path;
    }
    root() {
        return this;
    }
    child(key) {
        return new Location(this.source, [...this.path, key]);
    }
    fail(problem) {
        const where = this.path.length === 0
            ? ''
            : ` at ${this.path.map((part) => (/^[\w-]+$/.test(part) ? part : JSON.stringify(part))).join('.')}`;
        throw new errors/* ConfigurationError */.j(`${this.source}${where}: ${problem}`);
    }
}
function entriesOf(value, at) {
    if (value instanceof Map) {
        const entries = new Map();
        for (const [key, item] of value)
            entries.set(String(key), item);
        return entries;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return new Map(Object.entries(value));
    }
    return at.fail(`expected a mapping, got ${describe(value)}`);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `${typeof value} ${String(value)}`;
}
function checkKeys(entries, allowed, at) {
    for (const key of entries.keys()) {
        if (allowed.includes(key))
            continue;
        const normalised = key
            .replace(/_/g, '-')
            .replace(/([a-z])([A-Z])/g, '$1-$2')
            .toLowerCase();
        const hint = allowed.includes(normalised)
            ? ` (did you mean '${normalised}'?)`
            : ` (allowed: ${allowed.join(', ')})`;
        at.child(key).fail(`unknown key '${key}'${hint}`);
    }
}
function parseDefaults(value, at) {
    const entries = entriesOf(value, at);
    checkKeys(entries, DEFAULT_KEYS, at);
    const rule = parseRuleEntries('*', entries, at);
    return {
        ...compare_rules/* BUILT_IN_DEFAULTS */.K1,
        ...(rule.direction !== undefined ? { direction: rule.direction } : {}),
        ...(rule.absTolerance !== undefined ? { absTolerance: rule.absTolerance } : {}),
        ...(rule.relTolerance !== undefined ? { relTolerance: rule.relTolerance } : {}),
        ...(rule.alert !== undefined ? { alert: rule.alert } : {}),
        ...(rule.gate !== undefined ? { gate: rule.gate } : {}),
        ...(rule.required !== undefined ? { required: rule.required } : {}),
        ...(rule.missing !== undefined ? { missing: rule.missing } : {}),
        ...(rule.new !== undefined ? { new: rule.new } : {})
    };
}
function parseMetrics(value, at) {
    const rules = [];
    const seen = new Set();
    const add = (pattern, body, where) => {
        if (pattern.trim() === '')
            where.fail('empty metric name or pattern');
        if (pattern.startsWith('!'))
            where.fail(`negated pattern '${pattern}' is not supported; write the patterns to match`);
        if (seen.has(pattern))
            where.fail(`duplicate rule for '${pattern}'`);
        seen.add(pattern);
        rules.push(parseRule(pattern, body, where));
    };
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            const where = at.child(String(index));
            const entries = entriesOf(item, where);
            const name = entries.get('name') ?? entries.get('pattern');
            if (typeof name !== 'string') {
                return where.fail(`each list entry needs a 'name' (metric name or glob)`);
            }
            entries.delete('name');
            entries.delete('pattern');
            add(name, entries, where.child(name));
        });
        return rules;
    }
    for (const [pattern, body] of entriesOf(value, at))
        add(pattern, body, at.child(pattern));
    return rules;
}
function parseRule(pattern, body, at) {
    if (typeof body === 'string') {
        return { pattern, ...directionEntry(body, at) };
    }
    if (body === null || body === undefined)
        return { pattern };
    const entries = entriesOf(body, at);
    checkKeys(entries, RULE_KEYS, at);
    const rule = parseRuleEntries(pattern, entries, at);
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        at.fail(`min (${rule.min}) is greater than max (${rule.max})`);
    }
    return rule;
}
function parseRuleEntries(pattern, entries, at) {
    const get = (key, read) => entries.has(key) ? read(entries.get(key), at.child(key)) : undefined;
    const direction = get('direction', (value, where) => directionEntry(value, where).direction);
    const absTolerance = get('abs-tolerance', tolerance);
    const relTolerance = get('rel-tolerance', relativeTolerance);
    const min = get('min', numberSetting);
    const max = get('max', numberSetting);
    const required = get('required', booleanSetting);
    const alert = get('alert', (value, where) => choice(value, ALERTS, where));
    const gate = get('gate', booleanSetting);
    const missing = get('missing', (value, where) => choice(value, ABSENCE, where));
    const fresh = get('new', (value, where) => choice(value, ABSENCE, where));
    return {
        pattern,
        ...(direction !== undefined ? { direction } : {}),
        ...(absTolerance !== undefined ? { absTolerance } : {}),
        ...(relTolerance !== undefined ? { relTolerance } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(required !== undefined ? { required } : {}),
        ...(alert !== undefined ? { alert } : {}),
        ...(gate !== undefined ? { gate } : {}),
        ...(missing !== undefined ? { missing } : {}),
        ...(fresh !== undefined ? { new: fresh } : {})
    };
}
function directionEntry(value, at) {
    const direction = choice(value, DIRECTIONS, at);
    return direction === 'auto' ? {} : { direction };
}
function choice(value, allowed, at) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    return at.fail(`expected one of ${allowed.join(' | ')}, got ${describe(value)}`);
}
function booleanSetting(value, at) {
    if (typeof value === 'boolean')
        return value;
    return at.fail(`expected true or false, got ${describe(value)}`);
}
function numberSetting(value, at) {
    const parsed = parseSettingNumber(value);
    if (parsed === undefined)
        return at.fail(`expected a number or a percentage such as "1%", got ${describe(value)}`);
    return parsed.value;
}
function tolerance(value, at) {
    const parsed = numberSetting(value, at);
    if (parsed < 0)
        at.fail(`a tolerance cannot be negative, got ${parsed}`);
    return parsed;
}
function relativeTolerance(value, at) {
    const parsed = parseSettingNumber(value);
    if (parsed === undefined)
        return at.fail(`expected a fraction such as 0.01 or a percentage such as "1%", got ${describe(value)}`);
    if (parsed.value < 0)
        at.fail(`a tolerance cannot be negative, got ${describe(value)}`);
    // A bare 5 is far more likely to mean 5 % than 500 %; make the large case explicit.
    if (!parsed.percent && parsed.value >= 1) {
        at.fail(`${parsed.value} would allow a change of ${parsed.value * 100}%; write "${parsed.value}%" for ${parsed.value} percent, or "${parsed.value * 100}%" if that is intended`);
    }
    return parsed.value;
}

// EXTERNAL MODULE: ./packages/core/src/metrics/read-metrics.ts + 2 modules
var read_metrics = __webpack_require__(75745);
// EXTERNAL MODULE: ./packages/core/src/metrics/path-patterns.ts
var path_patterns = __webpack_require__(96650);
;// CONCATENATED MODULE: ./actions/compare-metrics/src/metrics-sides.ts






/**
 * One side of the comparison from its files: `merge` reads them all as one evaluation split across
 * files; `per-file` reads each file as one run (a seed), so the means are compared with Welch's
 * t-test.
 */
async function readSide(patterns, mode, cwd, input) {
    const options = { cwd, allowNonFinite: true };
    const named = (error) => {
        if (error instanceof errors/* ConfigurationError */.j && error.input === undefined)
            throw new errors/* ConfigurationError */.j(`${input}: ${error.message}`, input);
        throw error;
    };
    if (mode === 'merge')
        return [relativeSources(await (0,read_metrics/* readMetrics */.U)(patterns, options).catch(named), cwd)];
    const files = await (0,path_patterns/* expandPathPatterns */.t)(patterns, { cwd }).catch(named);
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j(`${input} names no files`, input);
    return Promise.all(files.map(async (file) => relativeSources(await (0,read_metrics/* readMetrics */.U)([file], options).catch(named), cwd)));
}
/** The comment and the report name files as the workflow wrote them, not as absolute paths. */
function relativeSources(document, cwd) {
    const shown = document.sources.map((source) => (0,external_node_path_.isAbsolute)(source) && !(0,external_node_path_.relative)(cwd, source).startsWith('..') ? (0,external_node_path_.relative)(cwd, source) : source);
    return { ...document, sources: shown };
}
/** The `rules` input: a path to a YAML/JSON file, or the rules written inline. */
async function loadRules(rules, cwd) {
    const text = rules.trim();
    if (text === '')
        return compare_rules/* DEFAULT_RULES */.ck;
    const singleLine = !text.includes('\n');
    if (singleLine && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, text))) {
        return await parseComparisonRules(await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, text), 'utf8'), text);
    }
    if (singleLine && /\.(ya?ml|json)$/i.test(text)) {
        throw new errors/* ConfigurationError */.j(`rules file "${text}" does not exist`, 'rules');
    }
    return await parseComparisonRules(text, 'the rules input');
}


/***/ }),

/***/ 11046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __webpack_require__(63932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/xy-chart.ts


const DEFAULT_MAX_POINTS = 100;
/**
 * A mermaid `xychart-beta` block, which GitHub renders itself (no image host needed).
 * The grammar has no exponent notation and no missing-value marker, so values are plain decimals and
 * an x position where any series is NaN or infinite is left out. Mermaid draws no legend: series
 * names are written into the source but not shown. Returns '' when no point is left to draw.
 */
function xyChart(options) {
    const { xLabels, series } = options;
    for (const each of series) {
        if (each.values.length !== xLabels.length) {
            throw new RangeError(`Series ${each.name} has ${each.values.length} values for ${xLabels.length} x labels`);
        }
    }
    const drawable = xLabels
        .map((_, position) => position)
        .filter((position) => series.every((each) => Number.isFinite(each.values[position])));
    const positions = thin(drawable, options.maxPoints ?? DEFAULT_MAX_POINTS);
    if (series.length === 0 || positions.length === 0)
        return '';
    const format = (value) => (0,number_format/* formatPlainDecimal */.TB)(value, { significantDigits: options.significantDigits });
    const lines = ['```mermaid', 'xychart-beta'];
    if (options.title)
        lines.push(`  title ${quote(options.title)}`);
    const xTitle = options.xLabel ? `${quote(options.xLabel)} ` : '';
    const labels = positions.map((position) => quote(String(xLabels[position])));
    lines.push(`  x-axis ${xTitle}[${labels.join(', ')}]`);
    if (options.yLabel)
        lines.push(`  y-axis ${quote(options.yLabel)}`);
    for (const each of series) {
        const values = positions.map((position) => format(each.values[position] ?? NaN));
        lines.push(`  ${each.kind ?? 'line'} ${quote(each.name)} [${values.join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}
/**
 * Mermaid strings have no escapes: a `"` would end the string, a leading backtick would switch to a
 * markdown string, `%%` right after the opening quote is read as a comment, and a line break would end
 * the statement (and could end the code fence). Those characters are replaced.
 */
function quote(text) {
    const safe = (0,unicode/* toPrintable */.f8)(text)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%(?=%)/g, '% ');
    return `"${safe}"`;
}
function thin(positions, maxPoints) {
    if (!Number.isInteger(maxPoints) || maxPoints < 2) {
        throw new RangeError(`maxPoints must be an integer of at least 2, got ${maxPoints}`);
    }
    if (positions.length <= maxPoints)
        return [...positions];
    const step = (positions.length - 1) / (maxPoints - 1);
    const picked = new Set();
    for (let index = 0; index < maxPoints; index++) {
        picked.add(positions[Math.round(index * step)] ?? 0);
    }
    return [...picked];
}

;// CONCATENATED MODULE: ./packages/core/src/compare/report-markdown.ts







const DEFAULT_MAX_ROWS = 200;
const DEFAULT_MAX_GROUP_CELLS = 600;
const DEFAULT_MAX_CHARTS = 3;
const MAX_REASONS = 10;
const RESULT_EMOJI = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️'
};
const VERDICT_TEXT = {
    improved: 'improved',
    unchanged: 'unchanged',
    regressed: 'regressed',
    changed: 'changed',
    'within-noise': 'within noise',
    missing: 'missing',
    new: 'new',
    'failed-bound': 'out of bounds'
};
function renderComparisonMarkdown(report, options = {}) {
    const format = { significantDigits: options.significantDigits ?? 4 };
    const hasBaseline = report.baseline.source !== 'none';
    const blocks = [];
    const title = options.title ?? 'Metrics comparison';
    blocks.push(`## ${RESULT_EMOJI[report.overall]} ${(0,markdown_escape/* escapeText */.X1)(title)}: ${report.overall}`);
    blocks.push(summaryLine(report));
    const reportLink = (url) => url !== undefined &&
        (options.trustedLinkPrefix === undefined || url.startsWith(options.trustedLinkPrefix))
        ? url
        : undefined;
    blocks.push(baselineLine(report.baseline, reportLink(report.baseline.url)));
    const reasons = report.reasons.filter((reason) => !reason.startsWith('pass'));
    if (reasons.length > 0) {
        const shown = reasons.slice(0, MAX_REASONS).map((reason) => `- ${(0,markdown_escape/* escapeText */.X1)(reason)}`);
        if (reasons.length > MAX_REASONS)
            shown.push(`- … and ${reasons.length - MAX_REASONS} more in the full report`);
        blocks.push(shown.join('\n'));
    }
    if (report.metrics.length > 0) {
        blocks.push(metricTable(report.metrics, hasBaseline, options.maxRows ?? DEFAULT_MAX_ROWS, format));
    }
    for (const group of report.groups) {
        blocks.push(groupDetails(group, hasBaseline, options.maxGroupCells ?? DEFAULT_MAX_GROUP_CELLS, format));
    }
    const charts = historyCharts(report, options, format);
    if (charts !== '')
        blocks.push(charts);
    const links = linksLine(report, options, reportLink(report.runUrl));
    if (links !== '')
        blocks.push(links);
    return `${blocks.join('\n\n')}\n`;
}
function summaryLine(report) {
    const { verdicts, outcomes, total } = report.counts;
    const parts = [];
    const add = (count, label) => {
        if (count > 0)
            parts.push(`${count} ${label}`);
    };
    add(verdicts.regressed, 'regressed');
    add(verdicts['failed-bound'], 'out of bounds');
    add(verdicts['within-noise'], 'within noise');
    add(verdicts.missing, 'missing');
    add(verdicts.improved, 'improved');
    add(verdicts.changed, 'changed');
    add(verdicts.unchanged, 'unchanged');
    add(verdicts.new, 'new');
    const gate = `${outcomes.fail} failing, ${outcomes.inconclusive} inconclusive, ${outcomes.warn} warning`;
    return `**${total} metric${total === 1 ? '' : 's'}**: ${parts.join(' · ') || 'none'} (${gate}; fail-on ${report.failOn}, α = ${report.alpha}).`;
}
function baselineLine(baseline, url) {
    const commit = baseline.gitSha ? ` at commit ${(0,code/* inlineCode */.t)(baseline.gitSha.slice(0, 12))}` : '';
    const link = url ? ` ([run](${safeUrl(url)}))` : '';
    switch (baseline.source) {
        case 'none':
            return '**Baseline:** none yet (first run): the candidate is shown alone and nothing can regress. Bounds and required metrics still apply.';
        case 'registry': {
            const ref = `${baseline.model ?? '?'}@${baseline.alias ?? '?'}`;
            const version = baseline.version !== undefined ? ` → version ${baseline.version}` : '';
            const where = baseline.path ? ` in ${(0,code/* inlineCode */.t)(baseline.path)}` : '';
            return `**Baseline:** registry ${(0,code/* inlineCode */.t)(ref)}${version}${where}${commit}.`;
        }
        case 'artifact': {
            const branch = baseline.branch ? ` on ${(0,code/* inlineCode */.t)(baseline.branch)}` : '';
            // The path is the run number this action wrote (`#41`); anything else is shown as code.
            const run = baseline.path
                ? ` (run ${/^#\d+$/.test(baseline.path) ? baseline.path : (0,code/* inlineCode */.t)(baseline.path)})`
                : '';
            return `**Baseline:** latest successful run${branch}${run}${commit}${link}.`;
        }
        case 'file': {
            const files = (baseline.sources ?? (baseline.path ? [baseline.path] : []))
                .map((source) => (0,code/* inlineCode */.t)(source))
                .join(', ');
            return `**Baseline:** ${files || 'file'}${commit}.`;
        }
    }
}
const SEVERITY = {
    fail: 0,
    inconclusive: 1,
    warn: 2,
    pass: 3
};
/** Failing rows first, then changed ones, then the rest in file order. */
function interest(metric) {
    const severity = SEVERITY[metric.outcome];
    if (severity < 3)
        return severity;
    return metric.verdict === 'unchanged' ? 5 : 4;
}
/** A stable bucket sort on `interest`: one pass, no comparison sort of 10^5 rows. */
function byInterest(metrics) {
    const buckets = [[], [], [], [], [], []];
    for (const metric of metrics)
        buckets[interest(metric)]?.push(metric);
    return buckets.flat();
}
function metricTable(metrics, hasBaseline, maxRows, format) {
    const ordered = byInterest(metrics);
    const shown = ordered.slice(0, Math.max(0, maxRows));
    const withCi = shown.some((metric) => metric.ci !== undefined || metric.pValue !== undefined);
    const headers = hasBaseline
        ? [
            'Metric',
            'Baseline',
            'Candidate',
            'Δ',
            'Δ %',
            ...(withCi ? [ciHeader(shown)] : []),
            'Status'
        ]
        : ['Metric', 'Candidate', 'Status'];
    const rows = shown.map((metric) => {
        const name = metric.name;
        if (!hasBaseline)
            return [name, numberCell(metric.candidate, format), statusCell(metric)];
        return [
            name,
            numberCell(metric.baseline, format),
            numberCell(metric.candidate, format),
            deltaCell(metric.delta, format),
            percentCell(metric),
            ...(withCi ? [ciCell(metric, format)] : []),
            statusCell(metric)
        ];
    });
    const align = hasBaseline
        ? ['left', 'right', 'right', 'right', 'right', ...(withCi ? ['right'] : []), 'left']
        : ['left', 'right', 'left'];
    let markdown = (0,table/* table */.t)(headers, rows, align, { alignDelimiters: shown.length <= 50 });
    const omitted = metrics.length - shown.length;
    if (omitted > 0) {
        markdown += `\n\n_${omitted} more metric${omitted === 1 ? '' : 's'} (${describeOmitted(ordered.slice(shown.length))}) are in the full report._`;
    }
    return markdown;
}
function describeOmitted(metrics) {
    const counts = new Map();
    for (const metric of metrics)
        counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1);
    return [...counts].map(([verdict, count]) => `${count} ${VERDICT_TEXT[verdict]}`).join(', ');
}
function ciHeader(metrics) {
    const levels = new Set(metrics.map((metric) => metric.ci?.level).filter((level) => level !== undefined));
    const [level] = levels;
    return levels.size === 1 && level !== undefined
        ? `${(0,number_format/* formatNumber */.ZV)(level * 100)}% CI of Δ`
        : 'CI of Δ';
}
function groupDetails(group, hasBaseline, maxCells, format) {
    const summary = `${(0,markdown_escape/* escapeHtml */.ZD)(group.name)}: ${group.members.length} × ${group.fields.length}${countsSuffix(group.counts)}`;
    const open = group.counts.outcomes.fail > 0 || group.counts.outcomes.inconclusive > 0;
    if (group.members.length * group.fields.length > maxCells) {
        const changed = group.cells.filter((cell) => cell.verdict !== 'unchanged');
        const body = changed.length === 0
            ? '_Every cell is unchanged._'
            : metricTable(changed, hasBaseline, maxCells, format);
        return (0,details/* details */.z)((0,trusted/* trustedMarkdown */.p)(summary), `_Too many cells to show as a grid; the changed ones:_\n\n${body}`, { open });
    }
    const byCell = new Map();
    for (const cell of group.cells) {
        if (cell.group)
            byCell.set(`${cell.group.member}\u0000${cell.group.field}`, cell);
    }
    const rows = group.members.map((member) => [
        member,
        ...group.fields.map((field) => {
            const cell = byCell.get(`${member}\u0000${field}`);
            return cell === undefined ? undefined : groupCell(cell, hasBaseline, format);
        })
    ]);
    const legend = hasBaseline ? '\n\n_Each cell: candidate (Δ against the baseline)._' : '';
    return (0,details/* details */.z)((0,trusted/* trustedMarkdown */.p)(summary), `${(0,table/* table */.t)(['', ...group.fields], rows, ['left', ...group.fields.map(() => 'right')])}${legend}`, { open });
}
function countsSuffix(counts) {
    const parts = [];
    if (counts.outcomes.fail > 0)
        parts.push(`${counts.outcomes.fail} failing`);
    if (counts.outcomes.inconclusive > 0)
        parts.push(`${counts.outcomes.inconclusive} inconclusive`);
    if (counts.verdicts.regressed > 0)
        parts.push(`${counts.verdicts.regressed} regressed`);
    if (counts.verdicts.improved > 0)
        parts.push(`${counts.verdicts.improved} improved`);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}
function groupCell(cell, hasBaseline, format) {
    const value = numberText(cell.candidate, format);
    const delta = hasBaseline && typeof cell.delta === 'number' && cell.delta !== 0
        ? ` (${(0,number_format/* formatSigned */.Gp)(cell.delta, format)})`
        : '';
    const mark = cellMark(cell);
    return (0,trusted/* trustedMarkdown */.p)(`${mark}${value}${delta}`);
}
function cellMark(cell) {
    if (cell.outcome === 'fail')
        return '❌ ';
    if (cell.outcome === 'inconclusive')
        return '⚠️ ';
    if (cell.verdict === 'regressed')
        return '🔻 ';
    if (cell.verdict === 'improved')
        return '🔼 ';
    return '';
}
function statusCell(metric) {
    const text = VERDICT_TEXT[metric.verdict];
    const emoji = statusEmoji(metric);
    const gating = metric.gating || metric.outcome === 'pass' ? '' : ' (not gating)';
    return (0,trusted/* trustedMarkdown */.p)(`${emoji} ${text}${gating}`);
}
function statusEmoji(metric) {
    switch (metric.outcome) {
        case 'fail':
            return '❌';
        case 'inconclusive':
            return '⚠️';
        case 'warn':
            return '🟡';
        case 'pass':
            break;
    }
    switch (metric.verdict) {
        case 'improved':
            return '🟢';
        case 'new':
            return '🆕';
        case 'within-noise':
            return '〰️';
        case 'regressed':
            return '🔻';
        case 'changed':
            return '🔵';
        default:
            return '✅';
    }
}
function numberText(value, format) {
    if (value === null)
        return '–';
    return (0,number_format/* formatNumber */.ZV)(toNumber(value), format);
}
function numberCell(value, format) {
    return value === null ? undefined : (0,trusted/* trustedMarkdown */.p)(numberText(value, format));
}
function deltaCell(value, format) {
    if (value === null)
        return undefined;
    return (0,trusted/* trustedMarkdown */.p)((0,number_format/* formatSigned */.Gp)(toNumber(value), format));
}
function percentCell(metric) {
    if (typeof metric.delta !== 'number' || typeof metric.baseline !== 'number')
        return undefined;
    const percent = (0,number_format/* formatPercentChange */.vW)(metric.delta, metric.baseline);
    return percent === undefined ? undefined : (0,trusted/* trustedMarkdown */.p)(percent);
}
function ciCell(metric, format) {
    const parts = [];
    if (metric.ci) {
        parts.push(`[${(0,number_format/* formatSigned */.Gp)(metric.ci.low, format)}, ${(0,number_format/* formatSigned */.Gp)(metric.ci.high, format)}]`);
    }
    if (metric.pValue !== undefined)
        parts.push(`p = ${(0,number_format/* formatNumber */.ZV)(metric.pValue, { significantDigits: 2 })}`);
    return parts.length === 0 ? undefined : (0,trusted/* trustedMarkdown */.p)(parts.join(' '));
}
function toNumber(value) {
    return typeof value === 'number' ? value : Number(value);
}
/** Charts for the metrics that matter most, the candidate as the last point. */
function historyCharts(report, options, format) {
    const history = options.history ?? [];
    if (history.length === 0)
        return '';
    const candidates = byInterest(report.metrics).filter((metric) => typeof metric.candidate === 'number');
    const charts = [];
    for (const metric of candidates) {
        if (charts.length >= (options.maxCharts ?? DEFAULT_MAX_CHARTS))
            break;
        const points = history.filter((point) => Object.hasOwn(point.metrics, metric.name));
        if (points.length < 1)
            continue;
        const chart = xyChart({
            title: metric.name,
            xLabels: [...points.map((point) => point.label), 'candidate'],
            series: [
                {
                    name: metric.name,
                    values: [
                        ...points.map((point) => point.metrics[metric.name] ?? NaN),
                        metric.candidate
                    ]
                }
            ],
            ...(format.significantDigits !== undefined
                ? { significantDigits: format.significantDigits }
                : {})
        });
        if (chart !== '')
            charts.push(chart);
    }
    if (charts.length === 0)
        return '';
    return (0,details/* details */.z)(`History (${history.length} earlier point${history.length === 1 ? '' : 's'})`, charts.join('\n\n'), { open: false });
}
function linksLine(report, options, reportRunUrl) {
    const links = [];
    const runUrl = options.runUrl ?? reportRunUrl;
    if (runUrl)
        links.push(`[workflow run](${safeUrl(runUrl)})`);
    if (options.reportUrl)
        links.push(`[full report](${safeUrl(options.reportUrl)})`);
    const sources = report.candidate.sources.map((source) => (0,code/* inlineCode */.t)(source)).join(', ');
    const candidate = sources ? `Candidate: ${sources}` : '';
    const commit = report.gitSha ? ` at ${(0,code/* inlineCode */.t)(report.gitSha.slice(0, 12))}` : '';
    const line = [candidate ? `${candidate}${commit}` : '', ...links].filter(Boolean).join(' · ');
    return line === '' ? '' : `<sub>${line}</sub>`;
}
/** Only http(s) links, with characters that could end the markdown link destination encoded. */
function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return '#';
    return url.replace(/[()<>\s"'`]/g, (character) => encodeURIComponent(character));
}

// EXTERNAL MODULE: ./packages/core/src/compare/report-reader.ts
var report_reader = __webpack_require__(47983);
// EXTERNAL MODULE: ./packages/github/src/pull-request-comment.ts
var pull_request_comment = __webpack_require__(81866);
;// CONCATENATED MODULE: ./actions/compare-metrics/src/publish-report.ts


/** The summary gets more rows than the comment: its limit is 1 MiB, not 65,536 characters. */
const SUMMARY_MIN_ROWS = 2000;
/**
 * Everything a finished comparison shows: the sticky comment, annotations on failing metrics, the
 * job summary (or stdout under the CLI), the outputs, and the failure when the gate says so.
 */
async function publishReport(request) {
    const { report, inputs, context } = request;
    const repository = context.env.GITHUB_REPOSITORY;
    const serverUrl = (context.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const render = (maxRows) => renderComparisonMarkdown(report, {
        ...(repository ? { trustedLinkPrefix: `${serverUrl}/${repository}/` } : {}),
        ...request.markdown,
        title: inputs.title,
        maxRows,
        significantDigits: inputs.precision ?? 4
    });
    const commentMarkdown = render(inputs.maxRows ?? 200);
    const truncationLink = request.markdown.reportUrl ?? request.markdown.runUrl;
    let comment;
    if (!context.cli) {
        const pullRequestNumber = request.pullRequestNumber ?? inputs.prNumber;
        comment = await (0,pull_request_comment/* commentOnPullRequest */.r)({
            action: 'compare-metrics',
            markdown: commentMarkdown,
            mode: inputs.comment,
            ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
            token: inputs.githubToken,
            ...(pullRequestNumber ? { pullRequestNumber } : {}),
            failOnCommentError: inputs.failOnCommentError,
            ...(truncationLink ? { reportUrl: truncationLink } : {}),
            env: context.env,
            logger: context.log,
            ...(request.timing ? { timing: request.timing } : {})
        });
    }
    const comparisons = (0,report_reader/* allComparisons */.mF)(report);
    const failing = comparisons.filter((metric) => metric.outcome === 'fail');
    // The posting half of the fork mode leaves annotations to the run that computed the report.
    for (const metric of request.gate ? failing : []) {
        context.log.error(`${metric.name}: ${metric.reason}`, {
            title: `${metric.name} ${metric.verdict} (compare-metrics)`
        });
    }
    for (const metric of comparisons.filter((each) => request.gate && each.outcome === 'inconclusive')) {
        context.log.warning(`${metric.name}: ${metric.reason}`, {
            title: `${metric.name} inconclusive (compare-metrics)`
        });
    }
    const improved = comparisons.filter((metric) => metric.verdict === 'improved');
    // overall is inconclusive only when fail-on (input or rules) is inconclusive, so it fails then too.
    const failOnResult = request.gate && inputs.failOn !== 'never' && report.overall !== 'pass';
    const summaryMarkdown = context.cli || inputs.summary
        ? render(Math.max(inputs.maxRows ?? 200, SUMMARY_MIN_ROWS))
        : undefined;
    return {
        outputs: {
            result: report.overall,
            regressed: failing.map((metric) => metric.name),
            improved: improved.map((metric) => metric.name),
            counts: JSON.stringify({
                total: report.counts.total,
                ...report.counts.verdicts,
                outcomes: report.counts.outcomes
            }),
            'baseline-source': report.baseline.source,
            ...(request.reportPath ? { 'report-path': request.reportPath } : {}),
            ...(comment?.commentId !== undefined ? { 'comment-id': comment.commentId } : {}),
            ...(comment?.url ? { 'comment-url': comment.url } : {}),
            'comment-status': comment
                ? comment.code
                    ? `${comment.action}:${comment.code}`
                    : comment.action
                : 'skipped'
        },
        ...(summaryMarkdown ? { report: summaryMarkdown } : {}),
        ...(failOnResult
            ? {
                failure: `Metrics comparison ${report.overall}: ${report.reasons[0] ?? report.overall}${report.reasons.length > 1 ? ` (and ${report.reasons.length - 1} more)` : ''}`
            }
            : {})
    };
}


/***/ }),

/***/ 65496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ nameWords),
/* harmony export */   _w: () => (/* binding */ inferDirection)
/* harmony export */ });
/* unused harmony exports LOWER_IS_BETTER, NEUTRAL_WORDS */
const LOWER_IS_BETTER = [
    'loss',
    'error',
    'err',
    'latency',
    'mae',
    'mape',
    'mse',
    'rmse',
    'msle',
    'logloss',
    'time',
    'runtime',
    'duration',
    'size',
    'perplexity',
    'ppl',
    'wer',
    'cer',
    'fpr',
    'fnr',
    'eer'
];
const NEUTRAL_WORDS = [
    'epoch',
    'epochs',
    'step',
    'steps',
    'seed',
    'support',
    'count',
    'samples'
];
const lowerWords = new Set(LOWER_IS_BETTER.flatMap((word) => [word, `${word}s`, `${word}es`]));
const neutralWords = new Set(NEUTRAL_WORDS);
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word.length > 0);
}
// The same test as on nameWords' output, as one regex each: this runs once per metric, 10^5 times.
const alternatives = (words) => [...words].join('|');
const LOWER_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${alternatives(lowerWords)})(?![a-z0-9])`);
const NEUTRAL_LAST_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${alternatives(neutralWords)})[^a-z0-9]*$`);
function inferDirection(name) {
    const spaced = /[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : name;
    const lowered = spaced.toLowerCase();
    if (LOWER_WORD.test(lowered))
        return 'lower';
    if (NEUTRAL_LAST_WORD.test(lowered))
        return 'neutral';
    return 'higher';
}


/***/ }),

/***/ 88537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ parseMetricHistory),
/* harmony export */   OZ: () => (/* binding */ formatMetricHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_LIMIT, historyPointOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const HISTORY_LIMIT = 100;
function parseMetricHistory(text, source) {
    const points = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}:${index + 1}: not a JSON object (${error.message})`, 'history');
        }
        points.push(historyPointOf(value, `${source}:${index + 1}`, `#${index + 1}`));
    });
    return points;
}
function historyPointOf(value, where, fallbackLabel) {
    if (!isObject(value) || !isObject(value.metrics)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${where}: expected {"metrics": {name: number, …}}`, 'history');
    }
    const metrics = {};
    for (const [name, metric] of Object.entries(value.metrics)) {
        if (typeof metric === 'number' && Number.isFinite(metric))
            metrics[name] = metric;
    }
    const gitSha = typeof value.gitSha === 'string' ? value.gitSha : undefined;
    const label = typeof value.label === 'string' && value.label !== ''
        ? value.label
        : gitSha
            ? gitSha.slice(0, 7)
            : fallbackLabel;
    return {
        label,
        ...(gitSha ? { gitSha } : {}),
        ...(typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {}),
        metrics
    };
}
/** One JSON line per point, newest last, at most `limit` points kept. */
function formatMetricHistory(points, limit = HISTORY_LIMIT) {
    return points
        .slice(-limit)
        .map((point) => `${JSON.stringify(point)}\n`)
        .join('');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 47983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ candidateDocumentOf),
/* harmony export */   ij: () => (/* binding */ parseMetricsComparisonReport),
/* harmony export */   mF: () => (/* binding */ allComparisons),
/* harmony export */   sL: () => (/* binding */ historyPointOfReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8931);


/**
 * Reading a comparison report written by an earlier run, which may come from an untrusted fork
 * (the two-workflow mode) or an old artifact: the shape is checked before anything uses it, and
 * the error names the file. Metric names stay untrusted text; the renderer escapes them.
 */
function parseMetricsComparisonReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: not valid JSON (${error.message})`, 'report');
    }
    const problems = reportProblems(value);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not a compare-metrics report (schemaVersion 1, kind metrics-comparison): ${problems.slice(0, 5).join('; ')}`, 'report');
    }
    return value;
}
const OVERALL = new Set(['pass', 'fail', 'inconclusive']);
const OUTCOMES = new Set(_report_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOMES */ .i);
const VERDICTS = new Set(_report_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICTS */ .b);
function reportProblems(value) {
    if (!isObject(value))
        return ['not a JSON object'];
    const problems = [];
    if (value.schemaVersion !== 1)
        problems.push(`schemaVersion is ${String(value.schemaVersion)}`);
    if (value.kind !== 'metrics-comparison')
        problems.push(`kind is ${String(value.kind)}`);
    if (!OVERALL.has(String(value.overall)))
        problems.push('overall is not pass/fail/inconclusive');
    if (!isObject(value.baseline) || typeof value.baseline.source !== 'string')
        problems.push('baseline.source is missing');
    if (!isObject(value.candidate) || !Array.isArray(value.candidate.sources))
        problems.push('candidate.sources is missing');
    if (!isObject(value.counts))
        problems.push('counts is missing');
    if (!Array.isArray(value.reasons) || !value.reasons.every((r) => typeof r === 'string'))
        problems.push('reasons is not a list of strings');
    if (!Array.isArray(value.metrics))
        problems.push('metrics is not a list');
    else
        value.metrics.forEach((metric, index) => metricProblems(metric, `metrics[${index}]`, problems));
    if (!Array.isArray(value.groups))
        problems.push('groups is not a list');
    else
        value.groups.forEach((group, index) => {
            if (!isObject(group) ||
                typeof group.name !== 'string' ||
                !Array.isArray(group.members) ||
                !Array.isArray(group.fields) ||
                !Array.isArray(group.cells) ||
                !isObject(group.counts)) {
                problems.push(`groups[${index}] is malformed`);
                return;
            }
            group.cells.forEach((cell, cellIndex) => metricProblems(cell, `groups[${index}].cells[${cellIndex}]`, problems));
        });
    return problems;
}
function metricProblems(value, where, problems) {
    if (!isObject(value) || typeof value.name !== 'string') {
        problems.push(`${where} has no name`);
        return;
    }
    for (const key of ['baseline', 'candidate', 'delta', 'deltaPct']) {
        if (!isReportNumber(value[key]))
            problems.push(`${where}.${key} is not a number or null`);
    }
    if (!VERDICTS.has(String(value.verdict)))
        problems.push(`${where}.verdict is unknown`);
    if (!OUTCOMES.has(String(value.outcome)))
        problems.push(`${where}.outcome is unknown`);
}
function isReportNumber(value) {
    return (value === null ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        value === 'NaN' ||
        value === 'Infinity' ||
        value === '-Infinity');
}
/**
 * The candidate side of a report as a metrics document: what the next run compares against when
 * this report is its baseline (the artifact mode). Multi-run reports give the per-metric means.
 */
function candidateDocumentOf(report, source) {
    const metrics = {};
    for (const metric of report.metrics) {
        if (metric.candidate !== null)
            metrics[metric.name] = numberOf(metric.candidate);
    }
    const groups = {};
    for (const group of report.groups) {
        const rows = {};
        for (const cell of group.cells) {
            if (cell.candidate === null || !cell.group)
                continue;
            const row = (rows[cell.group.member] ??= {});
            row[cell.group.field] = numberOf(cell.candidate);
        }
        groups[group.name] = {
            name: group.name,
            rows,
            rowOrder: group.members.filter((member) => Object.hasOwn(rows, member)),
            fieldOrder: [...group.fields]
        };
    }
    return {
        sources: [source],
        format: 'json',
        metrics,
        groups,
        series: {},
        labels: {},
        metadata: {
            ...report.candidate.metadata,
            ...(report.gitSha ? { gitSha: report.gitSha } : {})
        }
    };
}
/** The report's candidate scalars as one point of a metric history. */
function historyPointOfReport(report) {
    const metrics = {};
    for (const metric of report.metrics) {
        if (typeof metric.candidate === 'number')
            metrics[metric.name] = metric.candidate;
    }
    return {
        label: report.gitSha ? report.gitSha.slice(0, 7) : report.createdAt.slice(0, 10),
        ...(report.gitSha ? { gitSha: report.gitSha } : {}),
        createdAt: report.createdAt,
        metrics
    };
}
/** Scalars and group cells together, in report order. */
function allComparisons(report) {
    return [...report.metrics, ...report.groups.flatMap((group) => group.cells)];
}
function numberOf(value) {
    return typeof value === 'number' ? value : Number(value);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ VERDICTS),
/* harmony export */   i: () => (/* binding */ OUTCOMES)
/* harmony export */ });
const VERDICTS = [
    'improved',
    'unchanged',
    'regressed',
    'changed',
    'within-noise',
    'missing',
    'new',
    'failed-bound'
];
const OUTCOMES = ['pass', 'warn', 'inconclusive', 'fail'];


/***/ }),

/***/ 97342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ BUILT_IN_DEFAULTS),
/* harmony export */   ck: () => (/* binding */ DEFAULT_RULES),
/* harmony export */   pO: () => (/* binding */ DEFAULT_ALPHA)
/* harmony export */ });
const BUILT_IN_DEFAULTS = {
    absTolerance: 0,
    relTolerance: 0,
    alert: 'regression',
    gate: true,
    required: false,
    missing: 'warn',
    new: 'pass'
};
const DEFAULT_ALPHA = 0.05;
const DEFAULT_RULES = {
    source: 'built-in defaults',
    defaults: BUILT_IN_DEFAULTS,
    metrics: [],
    failOn: 'regression',
    groups: 'report',
    alpha: DEFAULT_ALPHA
};


/***/ }),

/***/ 40716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   Vt: () => (/* binding */ regularizedIncompleteBeta)
/* harmony export */ });
/* unused harmony export complementedIncompleteBeta */
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99439);

/**
 * Regularized incomplete beta I_x(a, b) by its continued fraction (modified Lentz), evaluated on
 * whichever of I_x(a, b) and 1 − I_{1−x}(b, a) converges quickly: the fraction converges fast for
 * x < (a + 1) / (a + b + 2). The prefactor x^a (1 − x)^b / (a B(a, b)) is formed in log space.
 * Callers that know 1 − x more precisely than by subtraction (Student's t) pass both, because
 * with a = 5e5 an error of one ulp in ln x would already cost 1e-10 of relative accuracy.
 * Measured against mpmath: ~1e-15 relative for small shape parameters, ~2e-13 at the mean of
 * Beta(200, 200); see student-t.ts for the behaviour at very large a.
 */
const CONVERGED = 2.5e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;
function regularizedIncompleteBeta(x, a, b) {
    return incompleteBeta(x, 1 - x, a, b).value;
}
/** 1 − I_x(a, b) without cancellation when I_x(a, b) is close to 1. */
function complementedIncompleteBeta(x, a, b) {
    return incompleteBeta(x, 1 - x, a, b).complement;
}
/** I_x(a, b) and its complement, given x and y = 1 − x each computed as precisely as possible. */
function incompleteBeta(x, y, a, b) {
    if (!(a > 0 && b > 0) || Number.isNaN(x) || Number.isNaN(y)) {
        return { value: NaN, complement: NaN };
    }
    if (x <= 0)
        return { value: 0, complement: 1 };
    if (y <= 0)
        return { value: 1, complement: 0 };
    if (x < (a + 1) / (a + b + 2)) {
        const value = lowerTail(x, y, a, b);
        return { value, complement: 1 - value };
    }
    const complement = lowerTail(y, x, b, a);
    return { value: 1 - complement, complement };
}
function lowerTail(x, y, a, b) {
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    const logPrefactor = a * logX + b * logY - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logBeta */ .ln)(a, b) - Math.log(a);
    return Math.exp(logPrefactor) * continuedFraction(x, y, a, b);
}
function continuedFraction(x, y, a, b) {
    let c = 1;
    // 1 − (a + b) x / (a + 1); near x = 1 the form in y = 1 − x avoids cancellation
    let d = x < 0.5 ? 1 - ((a + b) * x) / (a + 1) : (1 - b + (a + b) * y) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let result = d;
    for (let m = 1; m <= MAX_ITERATIONS; m++) {
        const twoM = 2 * m;
        const even = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
        d = 1 + even * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + even / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        result *= d * c;
        const odd = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
        d = 1 + odd * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + odd / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const step = d * c;
        result *= step;
        if (Math.abs(step - 1) < CONVERGED)
            return result;
    }
    return result;
}


/***/ }),

/***/ 99439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   kV: () => (/* binding */ logFactorial),
/* harmony export */   ln: () => (/* binding */ logBeta)
/* harmony export */ });
/**
 * ln Γ(x) for x > 0 by the Stirling series with Bernoulli-number terms up to B14, after shifting
 * x up to at least 10 with the recurrence Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)).
 * At x ≥ 10 the first omitted term is below 3e-17, so the result carries an absolute error of a
 * few ulps of ln Γ(x + n) (≈ 1e-15 for moderate x, relative 2e-16 for large x).
 */
const HALF_LOG_TWO_PI = 0.9189385332046728;
const SHIFT_THRESHOLD = 10;
function logGamma(x) {
    if (!(x > 0)) {
        if (x === 0)
            return Infinity;
        return NaN;
    }
    if (x === Infinity)
        return Infinity;
    let product = 1;
    let shifted = x;
    while (shifted < SHIFT_THRESHOLD) {
        product *= shifted;
        shifted += 1;
    }
    return stirling(shifted) - Math.log(product);
}
function stirling(x) {
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
}
/** ω(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], valid for x ≥ 10. */
function stirlingCorrection(x) {
    const inverse = 1 / x;
    const inverseSquared = inverse * inverse;
    return (inverse *
        (1 / 12 +
            inverseSquared *
                (-1 / 360 +
                    inverseSquared *
                        (1 / 1260 +
                            inverseSquared *
                                (-1 / 1680 +
                                    inverseSquared *
                                        (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared / 156)))))));
}
const FACTORIAL_TABLE_SIZE = 1024;
const logFactorialTable = buildLogFactorialTable();
function buildLogFactorialTable() {
    const table = new Float64Array(FACTORIAL_TABLE_SIZE);
    for (let k = 0; k < FACTORIAL_TABLE_SIZE; k++)
        table[k] = logGamma(k + 1);
    return table;
}
/** ln k! for a non-negative integer k; a table lookup for k < 1024 because samplers call it in loops. */
function logFactorial(k) {
    if (k < FACTORIAL_TABLE_SIZE) {
        const cached = logFactorialTable[k];
        if (cached !== undefined)
            return cached;
    }
    return logGamma(k + 1);
}
/**
 * ln B(a, b). When the larger argument is ≥ 10 the Stirling leading terms of ln Γ(a), ln Γ(b) and
 * ln Γ(a + b) are combined algebraically before evaluation, because subtracting three values of
 * size a ln a would lose about log10(a ln a) digits (1e-10 relative error at a = 1e6).
 */
function logBeta(a, b) {
    const large = Math.max(a, b);
    const small = Math.min(a, b);
    if (!(small > 0))
        return small === 0 ? Infinity : NaN;
    if (large < SHIFT_THRESHOLD)
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    const sum = large + small;
    const largeTerms = -(large - 0.5) * Math.log1p(small / large) + stirlingCorrection(large) - stirlingCorrection(sum);
    if (small < SHIFT_THRESHOLD) {
        return logGamma(small) + largeTerms - small * Math.log(sum) + small;
    }
    return (HALF_LOG_TWO_PI +
        largeTerms +
        (small - 0.5) * Math.log(small) -
        small * Math.log(sum) +
        stirlingCorrection(small));
}


/***/ }),

/***/ 33342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ normalPdf),
/* harmony export */   Lr: () => (/* binding */ erfc),
/* harmony export */   OA: () => (/* binding */ normalTwoSidedPValue),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports erf, normalSurvival */
/**
 * erf, erfc and the standard normal distribution to near double precision.
 * Below |x| = 1.5, erf uses the series erf(x) = 2/√π · x e^{−x²} Σ (2x²)^n / (1·3·…·(2n+1)),
 * whose terms are all positive (no cancellation). At and above 1.5, erfc is the incomplete gamma
 * Q(1/2, x²) by its continued fraction (modified Lentz), so the upper tail keeps its relative
 * accuracy down to the underflow of e^{−x²} near x ≈ 26.5, where 1 − erf would keep none.
 */
const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INVERSE_SQRT_PI = 0.5641895835477563;
const SQRT_TWO = 1.4142135623730951;
const INVERSE_SQRT_TWO_PI = 0.3989422804014327;
const SERIES_LIMIT = 1.5;
const EPSILON = 1e-17;
const CONVERGED = 2.5e-16;
const TINY = 1e-300;
function erf(x) {
    if (Number.isNaN(x))
        return NaN;
    const magnitude = Math.abs(x);
    if (magnitude < SERIES_LIMIT)
        return erfSeries(x);
    const value = 1 - erfcContinuedFraction(magnitude);
    return x < 0 ? -value : value;
}
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < SERIES_LIMIT)
        return 1 - erfSeries(x);
    return erfcContinuedFraction(x);
}
function erfSeries(x) {
    const twoXSquared = 2 * x * x;
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 200; n++) {
        term *= twoXSquared / (2 * n + 1);
        sum += term;
        if (term < sum * EPSILON)
            break;
    }
    return TWO_OVER_SQRT_PI * x * Math.exp(-x * x) * sum;
}
function erfcContinuedFraction(x) {
    const z = x * x;
    if (z > 745)
        return 0;
    let b = z + 0.5;
    let c = 1 / TINY;
    let d = 1 / b;
    let fraction = d;
    for (let i = 1; i < 500; i++) {
        const a = -i * (i - 0.5);
        b += 2;
        d = a * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + a / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const step = d * c;
        fraction *= step;
        if (Math.abs(step - 1) < CONVERGED)
            break;
    }
    return Math.exp(-z) * x * INVERSE_SQRT_PI * fraction;
}
function normalPdf(x) {
    return INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
}
/** P(Z ≤ x); accurate relative to its own size in both tails. */
function normalCdf(x) {
    return 0.5 * erfc(-x / SQRT_TWO);
}
/** P(Z > x). */
function normalSurvival(x) {
    return 0.5 * erfc(x / SQRT_TWO);
}
/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
function normalTwoSidedPValue(z) {
    return erfc(Math.abs(z) / SQRT_TWO);
}
/**
 * Φ⁻¹(p). Start from Abramowitz & Stegun 26.2.23 (absolute error < 4.5e-4), then Halley steps on
 * the tail probability, which converge cubically; three steps reach the accuracy of erfc.
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    const upper = p > 0.5;
    const tail = upper ? 1 - p : p;
    let x = tailStart(tail);
    for (let step = 0; step < 6; step++) {
        const density = normalPdf(x);
        if (density === 0)
            break;
        const ratio = (normalSurvival(x) - tail) / density;
        const next = x + ratio / (1 - (x * ratio) / 2);
        const converged = Math.abs(next - x) <= 1e-15 * Math.abs(next);
        x = next;
        if (converged)
            break;
    }
    return upper ? x : -x;
}
function tailStart(tail) {
    const t = Math.sqrt(-2 * Math.log(tail));
    return (t -
        (2.515517 + t * (0.802853 + t * 0.010328)) /
            (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
}


/***/ }),

/***/ 81538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SeededRandom),
/* harmony export */   K: () => (/* binding */ DEFAULT_SEED)
/* harmony export */ });
/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021):
 * 128 bits of state, period 2^128 − 1, passes BigCrush, and needs only 32-bit integer
 * arithmetic, which JavaScript does natively through its 32-bit bitwise operators.
 * The state is seeded with SplitMix64, as the authors recommend, so that nearby seeds
 * (0, 1, 2 …) give unrelated streams.
 */
const DEFAULT_SEED = 20240601;
const TWO_POW_32 = 4294967296;
const TWO_POW_53_INVERSE = 1 / 9007199254740992;
class SeededRandom {
    s0;
    s1;
    s2;
    s3;
    constructor(seed = DEFAULT_SEED) {
        const words = splitMix64Words(toSeedBigInt(seed), 4);
        this.s0 = words[0] ?? 0;
        this.s1 = words[1] ?? 0;
        this.s2 = words[2] ?? 0;
        this.s3 = words[3] ?? 0;
        // An all-zero state is the one fixed point of the generator; SplitMix64 cannot produce it,
        // but a state restored by hand could.
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** A generator with exactly this state (test vectors and reproducing a published stream). */
    static fromState(state) {
        const random = new SeededRandom(0);
        random.s0 = state[0] >>> 0;
        random.s1 = state[1] >>> 0;
        random.s2 = state[2] >>> 0;
        random.s3 = state[3] >>> 0;
        return random;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextUint32() {
        // The multipliers are small, so the products stay below 2^53 and `>>> 0` reduces them
        // exactly mod 2^32: no Math.imul, which is a global lookup per call in sandboxed contexts
        // such as jest's, where it costs ~100× more.
        const result = (rotateLeft((this.s1 * 5) >>> 0, 7) * 9) >>> 0;
        const shifted = this.s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= shifted;
        this.s3 = rotateLeft(this.s3, 11);
        return result;
    }
    /** Uniform on [0, 1) with the full 53-bit resolution of a double (two 32-bit draws). */
    nextDouble() {
        const high = this.nextUint32() >>> 5;
        const low = this.nextUint32() >>> 6;
        return (high * 67108864 + low) * TWO_POW_53_INVERSE;
    }
    /** Uniform integer in [0, bound) for bound ≤ 2^32: rejection of the top partial block removes modulo bias. */
    nextInt(bound) {
        if (!(bound >= 1 && bound <= TWO_POW_32 && Number.isInteger(bound))) {
            throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${bound}`);
        }
        const limit = TWO_POW_32 - (TWO_POW_32 % bound);
        for (;;) {
            const value = this.nextUint32();
            if (value < limit)
                return value % bound;
        }
    }
}
function rotateLeft(value, bits) {
    return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
function toSeedBigInt(seed) {
    if (typeof seed === 'bigint')
        return BigInt.asUintN(64, seed);
    if (!Number.isSafeInteger(seed)) {
        throw new RangeError(`random seed must be a safe integer, got ${seed}`);
    }
    return BigInt.asUintN(64, BigInt(seed));
}
function splitMix64Words(seed, count) {
    const mask = (1n << 64n) - 1n;
    let state = seed;
    const words = [];
    while (words.length < count) {
        state = (state + 0x9e3779b97f4a7c15n) & mask;
        let z = state;
        z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
        z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
        z = z ^ (z >> 31n);
        words.push(Number(z & 0xffffffffn), Number(z >> 32n));
    }
    return words.slice(0, count);
}


/***/ }),

/***/ 87771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readEventContext)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Reads what a step knows about its run from the runner's environment and event file; no network. */
function readEventContext(env, readFile, options = {}) {
    const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromPayload(payload);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const apiUrl = trimSlash(env.GITHUB_API_URL ?? 'https://api.github.com');
    const runId = positiveInt(env.GITHUB_RUN_ID);
    const repositoryId = numberAt(payload, 'repository', 'id');
    const workflowRun = eventName === 'workflow_run' ? triggeringRun(payload, repositoryId) : undefined;
    const pullRequest = pullRequestOf(eventName, payload, repositoryId, workflowRun, options.pullRequestNumber);
    return {
        eventName,
        payload,
        ...(repository ? { repository } : {}),
        ...(repositoryId !== undefined ? { repositoryId } : {}),
        sha: env.GITHUB_SHA ?? '',
        ...(runId !== undefined ? { runId } : {}),
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL ?? graphqlUrlFor(apiUrl)),
        ...(repository && runId !== undefined
            ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` }
            : {}),
        ...(pullRequest ? { pullRequest } : {}),
        ...(workflowRun ? { workflowRun } : {})
    };
}
function readPayload(path, readFile) {
    if (!path)
        return {};
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        // Outside a runner (the CLI, a local dry run) the event file may simply not exist.
        if (error.code === 'ENOENT')
            return {};
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return isObject(parsed) ? parsed : {};
    }
    catch {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`GITHUB_EVENT_PATH (${path}) is not valid JSON`);
    }
}
function pullRequestOf(eventName, payload, repositoryId, workflowRun, override) {
    const fromEvent = pullRequestFromEvent(eventName, payload, repositoryId, workflowRun);
    if (override === undefined)
        return fromEvent;
    if (fromEvent?.number === override)
        return { ...fromEvent, source: 'override' };
    return { number: override, source: 'override' };
}
function pullRequestFromEvent(eventName, payload, repositoryId, workflowRun) {
    if (eventName === 'pull_request' ||
        eventName === 'pull_request_target' ||
        eventName === 'pull_request_review') {
        const pull = objectAt(payload, 'pull_request');
        const number = numberAt(pull, 'number');
        if (!pull || number === undefined)
            return undefined;
        const headRepo = objectAt(pull, 'head', 'repo');
        const baseRepoId = numberAt(pull, 'base', 'repo', 'id') ?? repositoryId;
        const headRepoId = numberAt(headRepo, 'id');
        const headSha = stringAt(pull, 'head', 'sha');
        const headRef = stringAt(pull, 'head', 'ref');
        const baseRef = stringAt(pull, 'base', 'ref');
        const headFullName = stringAt(headRepo, 'full_name');
        return {
            number,
            source: 'event',
            ...(headSha ? { headSha } : {}),
            ...(headRef ? { headRef } : {}),
            ...(baseRef ? { baseRef } : {}),
            ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
            ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
            // A deleted fork leaves head.repo null: it still was not this repository.
            isFork: headRepo === undefined || headRepoId === undefined || headRepoId !== baseRepoId
        };
    }
    if (eventName === 'issue_comment') {
        const issue = objectAt(payload, 'issue');
        const number = numberAt(issue, 'number');
        if (number === undefined || !objectAt(issue, 'pull_request'))
            return undefined;
        return { number, source: 'event' };
    }
    if (workflowRun && workflowRun.pullRequestNumbers.length === 1) {
        return {
            number: workflowRun.pullRequestNumbers[0],
            source: 'workflow_run',
            headSha: workflowRun.headSha,
            ...(workflowRun.headRepositoryId !== undefined
                ? { headRepositoryId: workflowRun.headRepositoryId }
                : {}),
            isFork: workflowRun.isFork
        };
    }
    return undefined;
}
function triggeringRun(payload, repositoryId) {
    const run = objectAt(payload, 'workflow_run');
    const id = numberAt(run, 'id');
    const headSha = stringAt(run, 'head_sha');
    if (!run || id === undefined || !headSha)
        return undefined;
    const headRepoId = numberAt(run, 'head_repository', 'id');
    const baseRepoId = numberAt(run, 'repository', 'id') ?? repositoryId;
    const headFullName = stringAt(run, 'head_repository', 'full_name');
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        event: stringAt(run, 'event') ?? '',
        conclusion: stringAt(run, 'conclusion') ?? null,
        headSha,
        headBranch: stringAt(run, 'head_branch') ?? null,
        ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
        ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
        isFork: headRepoId === undefined || headRepoId !== baseRepoId,
        // Only entries for this very commit: GitHub also lists PRs whose head moved on since.
        pullRequestNumbers: pulls
            .filter((p) => isObject(p) && stringAt(p, 'head', 'sha')?.toLowerCase() === headSha.toLowerCase())
            .map((p) => numberAt(p, 'number'))
            .filter((n) => n !== undefined)
    };
}
function parseRepository(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function repositoryFromPayload(payload) {
    return parseRepository(stringAt(payload, 'repository', 'full_name'));
}
function graphqlUrlFor(apiUrl) {
    return /\/api\/v3$/.test(apiUrl)
        ? apiUrl.replace(/\/api\/v3$/, '/api/graphql')
        : `${apiUrl}/graphql`;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path)
        current = isObject(current) ? current[key] : undefined;
    return isObject(current) ? current : undefined;
}
function numberAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'number' ? found : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'string' ? found : undefined;
}


/***/ }),

/***/ 54089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   Sc: () => (/* binding */ isAmbiguousWriteFailure),
/* harmony export */   c4: () => (/* binding */ isNotFound)
/* harmony export */ });
/* unused harmony exports FORK_RECIPE_PATH, describeAcceptedPermissions */
const FORK_RECIPE_PATH = 'docs/recipes/fork-prs.md';
/** Classifies an Octokit RequestError; undefined for anything that is not an HTTP failure (those are bugs). */
function describeGitHubFailure(error, attempted) {
    if (!isHttpError(error))
        return undefined;
    const status = error.status;
    const headers = error.response?.headers ?? {};
    const apiMessage = messageOf(error);
    if (isRateLimit(status, headers, apiMessage)) {
        return {
            code: 'rate-limited',
            status,
            message: `Could not ${attempted}: GitHub rate limit exceeded (${apiMessage}).`
        };
    }
    if (status === 403) {
        const accepted = headers['x-accepted-github-permissions'];
        const permission = describeAcceptedPermissions(typeof accepted === 'string' ? accepted : undefined);
        if (/resource not accessible by integration/i.test(apiMessage)) {
            return {
                code: 'read-only-token',
                status,
                message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}": the token lacks ${permission}. ` +
                    'Pull requests from forks only get a read-only GITHUB_TOKEN, so the results are in the job summary ' +
                    `and the report artifact instead. To comment on fork pull requests, use the two-workflow mode in ${FORK_RECIPE_PATH}.`
            };
        }
        return {
            code: 'forbidden',
            status,
            message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}" (needs ${permission}).`
        };
    }
    if (status === 404 || status === 410) {
        return {
            code: 'not-found',
            status,
            message: `Could not ${attempted}: GitHub answered ${status} (the pull request or issue is gone, or the token cannot see it).`
        };
    }
    return {
        code: 'github-error',
        status,
        message: `Could not ${attempted}: GitHub answered ${status} "${apiMessage}".`
    };
}
/**
 * `issues=write; pull_requests=write` lists alternatives (any one set suffices); a set may name several
 * permissions separated by commas. Rendered in workflow `permissions:` syntax.
 */
function describeAcceptedPermissions(header) {
    const sets = (header ?? 'pull_requests=write; issues=write')
        .split(';')
        .map((set) => set
        .split(',')
        .map((permission) => permission.trim())
        .filter(Boolean)
        .map((permission) => {
        const [name = '', level = 'write'] = permission.split('=');
        return `\`${name.trim().replace(/_/g, '-')}: ${level.trim()}\``;
    })
        .join(' and '))
        .filter(Boolean);
    // Pull-request comments are the common case, so name that permission first.
    sets.sort((a, b) => Number(b.includes('pull-requests')) - Number(a.includes('pull-requests')));
    return sets.join(' or ');
}
/** A failed write whose outcome is unknown: the server may have done it before the answer was lost. */
function isAmbiguousWriteFailure(error) {
    return isHttpError(error) && error.status >= 500;
}
function isNotFound(error) {
    return isHttpError(error) && (error.status === 404 || error.status === 410);
}
function isRateLimit(status, headers, message) {
    if (status !== 403 && status !== 429)
        return false;
    return (String(headers['x-ratelimit-remaining']) === '0' ||
        /rate limit/i.test(message) ||
        status === 429);
}
function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function messageOf(error) {
    const data = error.response?.data;
    if (typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string') {
        return data.message;
    }
    return error.message ?? 'unknown error';
}


/***/ }),

/***/ 99569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qi: () => (/* binding */ createOctokit)
});

// UNUSED EXPORTS: DEFAULT_TIMING, FAST_TIMING

;// CONCATENATED MODULE: ./packages/github/src/rate-limit-policy.ts
/**
 * Decides, for plugin-throttling, whether waiting out a rate limit is worth it. The budget is shared by all
 * requests of one client so a job cannot sleep for an hour in small steps.
 */
function rateLimitHandlers(policy, logger) {
    let waitedSeconds = 0;
    const decide = (limit) => (retryAfterSeconds, request, _octokit, retryCount) => {
        const route = `${request.method} ${request.url}`;
        if (retryCount >= policy.maxRetries ||
            waitedSeconds + retryAfterSeconds > policy.budgetSeconds) {
            logger.warning(`GitHub ${limit} on ${route}: giving up (${retryCount} retries made, next wait ${retryAfterSeconds}s, ` +
                `${waitedSeconds}s of the ${policy.budgetSeconds}s budget used).`);
            return false;
        }
        waitedSeconds += retryAfterSeconds;
        logger.info(`GitHub ${limit} on ${route}: waiting ${retryAfterSeconds}s before retry ${retryCount + 1} of ${policy.maxRetries}.`);
        return true;
    };
    return { onRateLimit: decide('rate limit'), onSecondaryRateLimit: decide('secondary rate limit') };
}

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts

const DEFAULT_TIMING = {
    retries: 3,
    retryBaseMs: 1000,
    rateLimitSecondMs: 1000,
    secondaryRateLimitFallbackSeconds: 60,
    rateLimitRetries: 3,
    rateLimitBudgetSeconds: 600,
    spaceWrites: true
};
/** Timing for tests against fake-github: same logic, milliseconds instead of seconds, no write spacing. */
const FAST_TIMING = {
    ...DEFAULT_TIMING,
    retryBaseMs: 5,
    rateLimitSecondMs: 5,
    spaceWrites: false
};
// 403 and 429 belong to the throttling plugin; the rest of 4xx is the caller's mistake and repeats identically.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * An Octokit for GitHub.com or GHES with retries and rate-limit handling. The base URL is read when the client is
 * made, not when @actions/github is imported, so a GITHUB_API_URL set later (tests, GHES) is honoured. Octokit
 * and its plugins load on the first call: a step that never talks to GitHub does not pay for them at start-up.
 */
async function createOctokit(token, options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    const env = options.env ?? process.env;
    const logger = options.logger;
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const throttle = {
        ...rateLimitHandlers({ maxRetries: timing.rateLimitRetries, budgetSeconds: timing.rateLimitBudgetSeconds }, logger),
        retryAfterBaseValue: timing.rateLimitSecondMs,
        fallbackSecondaryRateRetryAfter: timing.secondaryRateLimitFallbackSeconds,
        ...(timing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
    };
    return getOctokit(token, {
        baseUrl,
        userAgent: 'ml-actions',
        retry: {
            retries: timing.retries,
            retryAfterBaseValue: timing.retryBaseMs,
            doNotRetry: DO_NOT_RETRY
        },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.info(message),
            error: (message) => logger.info(message)
        }
    }, retry, throttling);
}
/**
 * A limiter group that runs jobs at once. plugin-throttling only calls `key(id).schedule(options, task)` on its
 * write groups, and accepts replacements through its options; this one drops the spacing for loopback tests.
 */
const UNSPACED = {
    key: () => ({ schedule: (_options, task) => task() })
};


/***/ }),

/***/ 81866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87771);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99569);



/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const event = (0,_event_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventContext */ .w)(options.env, options.readFile ?? readUtf8, {
        ...(options.pullRequestNumber ? { pullRequestNumber: options.pullRequestNumber } : {})
    });
    if (!event.pullRequest || !event.repository) {
        const reason = `no pull request to comment on (event ${event.eventName || 'unknown'})`;
        options.logger.info(`Not commenting: ${reason}; the results are in the job summary.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = 'no github-token was given';
        options.logger.warning(`Not commenting on #${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const octokit = await (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Qi)(options.token, {
        env: options.env,
        baseUrl: event.apiUrl,
        logger: options.logger,
        ...(options.timing ? { timing: options.timing } : {})
    });
    const sticky = {
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        ...(options.key ? { key: options.key } : {}),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 109).then(__webpack_require__.bind(__webpack_require__, 96109));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}
const readUtf8 = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');


/***/ })

};
