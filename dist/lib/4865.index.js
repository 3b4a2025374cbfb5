"use strict";
exports.id = 4865;
exports.ids = [4865];
exports.modules = {

/***/ 19659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ REPORT_ENTRY),
/* harmony export */   Mz: () => (/* binding */ HISTORY_ENTRY),
/* harmony export */   Sb: () => (/* binding */ PREDICTIONS_ENTRY),
/* harmony export */   oL: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _metrics_sides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95739);



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
        const documents = await (0,_metrics_sides_js__WEBPACK_IMPORTED_MODULE_0__/* .readSide */ .w)(inputs.baseline, inputs.runs, action.cwd, 'baseline', (message) => action.log.warning(message));
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
        // Each baseline source loads its code (registry client; GitHub client, report and zip readers
        // for artifacts) only when used.
        const { registryBaseline } = await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(6410)]).then(__webpack_require__.bind(__webpack_require__, 49162));
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
            },
            ...(found.predictions ? { predictions: found.predictions } : {})
        };
    }
    const { artifactBaseline } = await __webpack_require__.e(/* import() */ 8081).then(__webpack_require__.bind(__webpack_require__, 48081));
    return artifactBaseline(context, source === 'artifact');
}


/***/ }),

/***/ 84865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_FILE_NAME: () => (/* binding */ REPORT_FILE_NAME),
  compareMetricsBody: () => (/* binding */ compareMetricsBody),
  createCompareMetrics: () => (/* binding */ createCompareMetrics)
});

// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/action-kit/src/registry-inputs.ts
var registry_inputs = __webpack_require__(12574);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/metrics/metric-names.ts
var metric_names = __webpack_require__(48070);
// EXTERNAL MODULE: ./packages/core/src/compare/counts.ts
var counts = __webpack_require__(87877);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
// EXTERNAL MODULE: ./packages/core/src/compare/rate-metric.ts
var rate_metric = __webpack_require__(77472);
;// CONCATENATED MODULE: ./packages/core/src/compare/change-reason.ts


function changeReason(change, findings) {
    const { evidence, disagreement, breach } = findings;
    const unit = (0,rate_metric/* isRateMetric */.n)(change) ? PERCENT_POINTS : PLAIN;
    let reason = describeChange(change, unit);
    if (findings.noisy)
        reason += `, but ${describeNoise(evidence, change.alpha, unit)}`;
    if (disagreement !== undefined)
        reason += `; ${describeDisagreement(disagreement)}`;
    if (evidence.evidence === 'no-statistics' && change.movement !== 'none') {
        reason += findings.blind
            ? '; no statistics (not recomputable from the predictions), so at tolerance 0 it does not gate'
            : '; no statistics (not recomputable from the predictions): judged on tolerance alone';
    }
    return breach === undefined ? reason : `${breach}; ${reason}`;
}
const PLAIN = { scale: 1, suffix: '' };
const PERCENT_POINTS = { scale: 100, suffix: ' pp' };
function inUnit(value, unit, signed = false) {
    const scaled = value * unit.scale;
    return `${signed ? (0,number_format/* formatSigned */.Gp)(scaled) : (0,number_format/* formatNumber */.ZV)(scaled)}${unit.suffix}`;
}
const DIRECTION_WORDS = { higher: 'higher is better', lower: 'lower is better', neutral: 'neutral' };
function describeChange(change, unit) {
    const { movement } = change;
    if (Number.isNaN(change.candidate) && movement !== 'none')
        return 'the candidate value is NaN';
    const delta = `Δ ${inUnit(change.delta, unit, true)}`;
    const allowed = inUnit(change.allowed, unit);
    if (movement === 'none')
        return `${delta} within tolerance ±${allowed}`;
    return `${delta} beyond tolerance ±${allowed} (${DIRECTION_WORDS[change.rule.direction]})`;
}
function describeNoise(evidence, alpha, unit) {
    const parts = [];
    if (evidence.degenerate)
        return `the statistics cannot decide (${evidence.method ?? 'test'} is degenerate)`;
    const deciding = evidence.pAdjusted ?? evidence.pValue;
    if (deciding !== undefined) {
        const which = evidence.pAdjusted !== undefined ? 'adjusted p' : 'p';
        parts.push(`${which} = ${(0,number_format/* formatNumber */.ZV)(deciding)}${deciding < alpha ? ' <' : ' ≥'} α ${alpha}`);
    }
    if (evidence.ci !== undefined) {
        const level = evidence.ci.level !== undefined ? `${(0,number_format/* formatNumber */.ZV)(evidence.ci.level * 100)}% ` : '';
        const includesZero = evidence.ci.low <= 0 && evidence.ci.high >= 0;
        parts.push(`${level}CI [${inUnit(evidence.ci.low, unit, true)}, ${inUnit(evidence.ci.high, unit, true)}]${includesZero ? ' includes 0' : ''}`);
    }
    if (evidence.mde !== undefined)
        parts.push(`detectable effect ±${inUnit(evidence.mde, unit)}`);
    return `not significant (${parts.join('; ')}${evidence.method ? `; ${evidence.method}` : ''})`;
}
function describeDisagreement(disagreement) {
    const sides = [
        disagreement.baseline !== undefined
            ? `baseline ${(0,number_format/* formatNumber */.ZV)(disagreement.baseline)}`
            : undefined,
        disagreement.candidate !== undefined
            ? `candidate ${(0,number_format/* formatNumber */.ZV)(disagreement.candidate)}`
            : undefined
    ].filter((side) => side !== undefined);
    return `the predictions give ${sides.join(', ')}, not the file's value: they are not the predictions that produced the metrics file`;
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

// EXTERNAL MODULE: ./packages/core/src/stats/normal.ts
var normal = __webpack_require__(33342);
;// CONCATENATED MODULE: ./packages/core/src/stats/minimum-detectable-effect.ts

/**
 * The smallest true change a two-sided test at level α detects with the given power, for an
 * estimate with this standard error (normal approximation): (z₁₋α/₂ + z_power) · SE.
 * It tells a reviewer whether "not significant" means "no change of that size" or "too few
 * samples to tell".
 */
function minimumDetectableEffect(standardError, alpha, power) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power must be in (0, 1), got ${power}`);
    if (!(standardError >= 0))
        return NaN;
    return ((0,normal/* normalQuantile */.Zl)(1 - alpha / 2) + (0,normal/* normalQuantile */.Zl)(power)) * standardError;
}
/** The standard error a symmetric normal interval of this width and level implies. */
function standardErrorOfInterval(low, high, level) {
    return (high - low) / (2 * normalQuantile(1 - (1 - level) / 2));
}

;// CONCATENATED MODULE: ./packages/core/src/compare/metric-evidence.ts

/** No statistics and none expected: the judgement carries no evidence fields at all. */
const NO_EVIDENCE = Object.freeze({});
const NO_STATISTICS = Object.freeze({ evidence: 'no-statistics' });
function evidenceOf(question) {
    const statistics = question.statistics;
    if (statistics === undefined)
        return question.predictionsGiven ? NO_STATISTICS : NO_EVIDENCE;
    const { low, high, pValue } = statistics;
    const decidingP = question.adjustedPValue ?? pValue;
    const hasInterval = low !== undefined && high !== undefined;
    const degenerate = (hasInterval && (Number.isNaN(low) || Number.isNaN(high))) ||
        (decidingP !== undefined && Number.isNaN(decidingP));
    const excludesZero = hasInterval ? low > 0 || high < 0 : true;
    const belowAlpha = decidingP !== undefined ? decidingP < question.alpha : true;
    const standardError = statistics.standardError;
    const mde = standardError !== undefined && Number.isFinite(standardError)
        ? minimumDetectableEffect(standardError, question.alpha, question.power)
        : undefined;
    return {
        method: statistics.method,
        ...(hasInterval
            ? {
                ci: { low, high, ...(statistics.level !== undefined ? { level: statistics.level } : {}) }
            }
            : {}),
        ...(pValue !== undefined ? { pValue } : {}),
        ...(question.adjustedPValue !== undefined ? { pAdjusted: question.adjustedPValue } : {}),
        significant: !degenerate && excludesZero && belowAlpha,
        ...(statistics.statistic !== undefined ? { statistic: statistics.statistic } : {}),
        ...(standardError !== undefined ? { standardError } : {}),
        ...(mde !== undefined ? { mde } : {}),
        ...(question.predictionsGiven ? { evidence: 'statistics' } : {}),
        ...(degenerate ? { degenerate } : {})
    };
}
/**
 * The recomputed values that differ from the files' beyond the rounding the files show: a value
 * written with d decimals may be off by half a unit in the d-th place; full-precision values
 * by a few ulps of float32 (1e-6 relative).
 */
function disagreementOf(statistics, candidate, baseline) {
    const recomputed = statistics?.recomputed;
    if (recomputed === undefined)
        return undefined;
    const off = (file, computed) => Number.isFinite(file) && Math.abs(file - computed) > roundingOf(file);
    const result = {
        ...(off(candidate, recomputed.candidate) ? { candidate: recomputed.candidate } : {}),
        ...(off(baseline, recomputed.baseline) ? { baseline: recomputed.baseline } : {})
    };
    return result.candidate === undefined && result.baseline === undefined ? undefined : result;
}
function roundingOf(value) {
    const text = String(Math.abs(value));
    const decimals = /e/.test(text) ? 16 : (text.split('.')[1]?.length ?? 0);
    const halfUnit = decimals < 7 ? 0.5 * 10 ** -decimals : 0;
    return Math.max(halfUnit, 1e-6 * Math.abs(value)) * (1 + 1e-9);
}

;// CONCATENATED MODULE: ./packages/core/src/compare/judge-metric.ts




// Differences this small relative to the values are representation noise (0.1 + 0.2 ≠ 0.3).
const NOISE_ULPS = 4 * Number.EPSILON;
const TOLERANCE_SLACK = 1 + 8 * Number.EPSILON;
function judgeMetric(input) {
    const { rule, candidate, baseline } = input;
    const gating = canGate(rule, input.gateAllowed);
    if (candidate === undefined)
        return judgeAbsent(input, gating);
    if (baseline === undefined || (Number.isNaN(baseline) && !Number.isNaN(candidate)))
        return judgeWithoutBaseline(input, candidate, gating);
    return judgeChange(input, candidate, baseline, gating);
}
/** Whether the metric can change the overall result at all. */
function canGate(rule, gateAllowed) {
    return (rule.gate &&
        gateAllowed &&
        (rule.direction !== 'neutral' ||
            rule.bounds !== undefined ||
            rule.required ||
            rule.alert === 'both'));
}
function judgeAbsent(input, gating) {
    const rule = input.rule;
    return judgement(input, gating, {
        verdict: 'missing',
        movement: 'none',
        outcome: rule.required ? 'fail' : input.hasBaseline ? rule.missing : 'pass',
        reason: rule.required
            ? 'required but absent from the candidate'
            : 'in the baseline but absent from the candidate'
    });
}
/** A candidate value with nothing to differ from: new, unless it breaks a bound. */
function judgeWithoutBaseline(input, candidate, gating) {
    const reason = input.baseline !== undefined
        ? 'the baseline value is NaN'
        : input.hasBaseline
            ? 'not in the baseline'
            : 'no baseline (first run)';
    const breach = boundBreach(candidate, input.rule);
    if (breach !== undefined) {
        return judgement(input, gating, {
            verdict: 'failed-bound',
            movement: 'none',
            outcome: 'fail',
            reason: `${breach}; ${reason}`
        });
    }
    return judgement(input, gating, {
        verdict: 'new',
        movement: 'none',
        outcome: input.hasBaseline ? input.rule.new : 'pass',
        reason
    });
}
/**
 * Both values: the change against the rule's tolerance, then whether the statistics back it,
 * then the verdict and its outcome (a breached bound fails whatever the change).
 */
function judgeChange(input, candidate, baseline, gating) {
    const rule = input.rule;
    const delta = Number.isNaN(candidate) && Number.isNaN(baseline) ? 0 : exactDifference(candidate, baseline);
    const allowed = rule.absTolerance + rule.relTolerance * Math.abs(baseline);
    const movement = movementOf(delta, allowed, candidate, baseline, rule);
    const evidence = evidenceOf(input);
    const noisy = movement !== 'none' && evidence.significant === false;
    const blind = evidence.evidence === 'no-statistics' && allowed === 0;
    const breach = boundBreach(candidate, rule);
    const disagreement = disagreementOf(input.statistics, candidate, baseline);
    const change = {
        name: input.name,
        rule,
        candidate,
        baseline,
        delta,
        allowed,
        movement,
        alpha: input.alpha
    };
    return judgement(input, gating, {
        verdict: breach !== undefined
            ? 'failed-bound'
            : noisy
                ? evidence.degenerate
                    ? 'inconclusive'
                    : 'no-significant-change'
                : verdictOf(movement, delta, candidate, baseline),
        movement,
        outcome: breach !== undefined ? 'fail' : outcomeOf(signalOf(movement, rule, blind), noisy),
        reason: changeReason(change, { evidence, noisy, blind, breach, disagreement }),
        delta,
        allowed
    }, disagreement === undefined ? evidence : { ...evidence, disagreement });
}
/**
 * The result object, in one of two literal shapes so that V8 keeps two hidden classes for 10^5
 * results: the common one without statistics has no evidence keys at all; the other has every
 * evidence key, set or undefined (undefined keys vanish in JSON, so both serialise alike).
 */
function judgement(input, gating, fields, evidence = NO_EVIDENCE) {
    const { rule, baseline } = input;
    const delta = fields.delta;
    const outcome = gating ? fields.outcome : capAtWarn(fields.outcome);
    const deltaPct = delta === undefined || baseline === undefined
        ? null
        : delta === 0
            ? 0
            : baseline !== 0 && Number.isFinite(baseline)
                ? reportNumber((100 * delta) / Math.abs(baseline))
                : null;
    const tolerance = {
        abs: rule.absTolerance,
        rel: rule.relTolerance,
        allowed: fields.allowed ?? null
    };
    if (evidence === NO_EVIDENCE) {
        return {
            name: input.name,
            group: input.group,
            baseline: reportNumber(baseline),
            candidate: reportNumber(input.candidate),
            delta: reportNumber(delta),
            deltaPct,
            direction: rule.direction,
            directionSource: rule.directionSource,
            tolerance,
            bounds: rule.bounds,
            movement: fields.movement,
            verdict: fields.verdict,
            gating,
            alert: rule.alert,
            outcome,
            rule: rule.pattern,
            runs: input.runs,
            reason: fields.reason
        };
    }
    return {
        name: input.name,
        group: input.group,
        baseline: reportNumber(baseline),
        candidate: reportNumber(input.candidate),
        delta: reportNumber(delta),
        deltaPct,
        direction: rule.direction,
        directionSource: rule.directionSource,
        tolerance,
        bounds: rule.bounds,
        movement: fields.movement,
        verdict: fields.verdict,
        gating,
        alert: rule.alert,
        outcome,
        rule: rule.pattern,
        method: evidence.method,
        ci: evidence.ci,
        pValue: evidence.pValue,
        pAdjusted: evidence.pAdjusted,
        significant: evidence.significant,
        statistic: evidence.statistic,
        standardError: evidence.standardError,
        mde: evidence.mde,
        evidence: evidence.evidence,
        disagreement: evidence.disagreement,
        runs: input.runs,
        reason: fields.reason
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
/** What the alert mode makes of the movement; without statistics at tolerance 0 a fail warns. */
function signalOf(movement, rule, blind) {
    const signal = alertSignal(movement, rule);
    return blind && signal === 'fail' ? 'warn' : signal;
}
function alertSignal(movement, rule) {
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
/** A signal the statistics do not back is inconclusive when it would fail, and passes otherwise. */
function outcomeOf(signal, noisy) {
    if (signal === 'fail')
        return noisy ? 'inconclusive' : 'fail';
    return signal === 'warn' && !noisy ? 'warn' : 'pass';
}
function verdictOf(movement, delta, candidate, baseline) {
    switch (movement) {
        case 'better':
            return 'improved';
        case 'worse':
            return 'regressed';
        case 'changed':
            return 'changed';
        case 'none': {
            const scale = Math.max(Math.abs(candidate), Math.abs(baseline));
            const equal = delta === 0 || (Number.isFinite(scale) && Math.abs(delta) <= NOISE_ULPS * scale);
            return equal ? 'unchanged' : 'within-tolerance';
        }
    }
}
function boundBreach(candidate, rule) {
    if (rule.bounds === undefined)
        return undefined;
    if (Number.isNaN(candidate))
        return 'NaN cannot satisfy the bounds';
    if (rule.min !== undefined && candidate < rule.min) {
        return `${(0,number_format/* formatNumber */.ZV)(candidate)} is below the minimum ${(0,number_format/* formatNumber */.ZV)(rule.min)}`;
    }
    if (rule.max !== undefined && candidate > rule.max) {
        return `${(0,number_format/* formatNumber */.ZV)(candidate)} is above the maximum ${(0,number_format/* formatNumber */.ZV)(rule.max)}`;
    }
    return undefined;
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

;// CONCATENATED MODULE: ./packages/core/src/stats/multiple-testing.ts
function adjustPValues(pValues, method) {
    const adjusted = [...pValues];
    if (method === 'none')
        return adjusted;
    const order = pValues
        .map((p, index) => ({ p, index }))
        .filter(({ p }) => Number.isFinite(p))
        .sort((left, right) => left.p - right.p || left.index - right.index);
    const m = order.length;
    if (m === 0)
        return adjusted;
    if (method === 'holm') {
        let running = 0;
        order.forEach(({ p, index }, rank) => {
            running = Math.max(running, Math.min(1, (m - rank) * p));
            adjusted[index] = running;
        });
        return adjusted;
    }
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
        const entry = order[rank];
        if (entry === undefined)
            continue;
        running = Math.min(running, (m / (rank + 1)) * entry.p);
        adjusted[entry.index] = Math.min(1, running);
    }
    return adjusted;
}

;// CONCATENATED MODULE: ./packages/core/src/compare/multiplicity.ts

function correctForMultiplicity(judged, method, hooks) {
    const exempt = [];
    const family = [];
    for (const entry of judged) {
        const comparison = entry.list[entry.index];
        const pValue = entry.input.statistics?.pValue;
        if (comparison === undefined || !comparison.gating)
            continue;
        if (pValue === undefined || !Number.isFinite(pValue))
            continue;
        if (comparison.verdict === 'missing' || comparison.verdict === 'new')
            continue;
        if (hooks.exempt(entry.input.name))
            exempt.push(entry.input.name);
        else
            family.push(entry);
    }
    if (method !== 'none' && family.length > 1) {
        const adjusted = adjustPValues(family.map((entry) => entry.input.statistics?.pValue ?? NaN), method);
        family.forEach((entry, position) => {
            entry.list[entry.index] = hooks.rejudge(entry.input, adjusted[position] ?? NaN);
        });
    }
    return { method, family: family.length, exempt };
}

// EXTERNAL MODULE: ./packages/core/src/compare/multi-run.ts
var multi_run = __webpack_require__(40692);
// EXTERNAL MODULE: ./packages/core/src/glob-engine.ts
var glob_engine = __webpack_require__(69090);
// EXTERNAL MODULE: ./packages/core/src/compare/direction.ts
var compare_direction = __webpack_require__(65496);
;// CONCATENATED MODULE: ./packages/core/src/compare/rule-matcher.ts


class RuleMatcher {
    rules;
    exact = new Map();
    globs = [];
    resolved = new Map();
    /** Resolved rules by a hash of the name's shape (the digits no glob tells apart as one). */
    byShape;
    /** Per character code up to '9': the code it has in a shape. */
    shapeCodes;
    /** `picomatch` is needed when a pattern may be a glob; `ruleMatcherFor` loads it then. */
    constructor(rules, picomatch) {
        this.rules = rules;
        rules.metrics.forEach((rule, order) => {
            if (!(0,glob_engine/* mayBeGlob */.j)(rule.pattern)) {
                this.exact.set(rule.pattern, rule);
                return;
            }
            if (!picomatch) {
                throw new Error(`Rule "${rule.pattern}" may be a glob: give RuleMatcher the glob engine`);
            }
            if (!picomatch.scan(rule.pattern).isGlob) {
                this.exact.set(rule.pattern, rule);
                return;
            }
            const { wildcards, literals } = specificity(rule.pattern);
            this.globs.push({
                rule,
                regex: picomatch.makeRe(swapSeparators(rule.pattern), { dot: true, windows: false }),
                wildcards,
                literals,
                order
            });
        });
        this.globs.sort((left, right) => left.wildcards - right.wildcards ||
            right.literals - left.literals ||
            left.order - right.order);
        this.shapeCodes = shapeCodesFor(this.globs.map((glob) => glob.rule.pattern));
        this.byShape = this.shapeCodes === undefined ? undefined : new Map();
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
        const codes = this.shapeCodes;
        if (this.byShape === undefined || codes === undefined || this.exact.has(name))
            return this.resolveName(name);
        // A hash of the shape rather than the shape as a string: 10^5 names, no string per name.
        const hash = shapeHash(name, codes);
        let entries = this.byShape.get(hash);
        if (entries === undefined) {
            entries = [];
            this.byShape.set(hash, entries);
        }
        for (const entry of entries)
            if (sameShape(entry.name, name, codes))
                return entry.resolved;
        const resolved = this.resolveName(name);
        entries.push({ name, resolved });
        return resolved;
    }
    resolveName(name) {
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
            bounds: rule?.min !== undefined || rule?.max !== undefined
                ? { min: rule.min, max: rule.max }
                : undefined,
            required: rule?.required ?? defaults.required,
            alert: rule?.alert ?? defaults.alert,
            gate: rule?.gate ?? defaults.gate,
            missing: rule?.missing ?? defaults.missing,
            new: rule?.new ?? defaults.new
        };
    }
}
/**
 * The digits the globs cannot tell apart, each mapped to the first of them in a name's shape.
 * A glob distinguishes only the digits it writes literally: wildcards match every digit alike,
 * and so does a range whose ends are not digits (it holds all ten or none). Direction words have
 * no digits. So with `per_class.*.f1`, task_7.loss and task_3.loss resolve alike (the shape
 * keeps the 1s), and 10^5 names cost a few hundred glob passes. A digit in a class, brace or
 * escape could be a range's end: then every name is matched on its own.
 */
function shapeCodesFor(patterns) {
    const literal = new Set();
    for (const pattern of patterns) {
        const digits = pattern.match(/[0-9]/g) ?? [];
        if (pattern.includes('\\') || (digits.length > 0 && /[[{(]/.test(pattern)))
            return undefined;
        for (const digit of digits)
            literal.add(digit);
    }
    const alike = [...'0123456789'].filter((digit) => !literal.has(digit));
    if (alike.length < 2)
        return undefined;
    const codes = Uint8Array.from({ length: NINE + 1 }, (_, code) => code);
    for (const digit of alike)
        codes[digit.charCodeAt(0)] = alike[0].charCodeAt(0);
    return codes;
}
const NINE = 57;
function shapeCode(name, index, codes) {
    const code = name.charCodeAt(index);
    return code <= NINE ? codes[code] : code;
}
function shapeHash(name, codes) {
    let hash = name.length;
    for (let i = 0; i < name.length; i++)
        hash = (Math.imul(hash, 31) + shapeCode(name, i, codes)) | 0;
    return hash;
}
function sameShape(left, right, codes) {
    if (left.length !== right.length)
        return false;
    for (let i = 0; i < left.length; i++)
        if (shapeCode(left, i, codes) !== shapeCode(right, i, codes))
            return false;
    return true;
}
const compiled = new WeakMap();
/**
 * One matcher per rules object, reused across comparisons. The glob engine loads only for rules
 * with glob patterns: the built-in defaults and exact names need none.
 */
async function ruleMatcherFor(rules) {
    let matcher = compiled.get(rules);
    if (matcher === undefined) {
        const needsGlobs = rules.metrics.some((rule) => (0,glob_engine/* mayBeGlob */.j)(rule.pattern));
        matcher = new RuleMatcher(rules, needsGlobs ? await (0,glob_engine/* loadGlobEngine */.t)() : undefined);
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
// EXTERNAL MODULE: ./packages/core/src/compare/verdicts.ts
var verdicts = __webpack_require__(32999);
;// CONCATENATED MODULE: ./packages/core/src/compare/compare-metrics.ts









async function compareMetrics(candidate, baseline, rules = compare_rules/* DEFAULT_RULES */.ck, options = {}) {
    const settings = settingsOf(rules, options);
    const candidateSummary = (0,multi_run/* summariseRuns */.ti)(runsOf(candidate));
    const baselineSummary = baseline === undefined ? undefined : (0,multi_run/* summariseRuns */.ti)(runsOf(baseline));
    const statistics = await statisticsFor(candidateSummary, baselineSummary, options, settings);
    const context = {
        matcher: await ruleMatcherFor(rules),
        groupsGate: rules.groups === 'gate',
        hasBaseline: baselineSummary !== undefined,
        alpha: settings.alpha,
        power: settings.power,
        predictionsGiven: options.predictionsGiven === true,
        statistics,
        judged: [],
        runs: baselineSummary !== undefined && (candidateSummary.runs > 1 || baselineSummary.runs > 1)
            ? { baseline: baselineSummary.runs, candidate: candidateSummary.runs }
            : undefined
    };
    const candidateDocument = candidateSummary.mean;
    const baselineDocument = baselineSummary?.mean;
    const scalars = compareScalars(candidateDocument, baselineDocument, context);
    const groupCells = compareGroups(candidateDocument, baselineDocument, context);
    const correction = correctJudged(context, settings);
    const requiredGlobs = missingRequiredGlobs(candidateDocument, context);
    return reportOf(settings, rules, {
        metrics: requiredGlobs.length === 0 ? scalars : [...scalars, ...requiredGlobs],
        groups: groupCells.map((group) => ({ ...group, counts: (0,counts/* countComparisons */.G)(group.cells) })),
        correction,
        candidate: sideOf(candidateDocument, candidateSummary.runs),
        baseline: baselineDocument === undefined || baselineSummary === undefined
            ? null
            : sideOf(baselineDocument, baselineSummary.runs)
    });
}
function settingsOf(rules, options) {
    const alpha = options.alpha ?? rules.alpha;
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const failOn = options.failOn ?? rules.failOn;
    const power = options.power ?? rules.power ?? verdicts/* DEFAULT_POWER */.qc;
    if (!(power > 0 && power < 1))
        throw new RangeError(`power must be in (0, 1), got ${power}`);
    return {
        alpha,
        failOn,
        power,
        correction: options.correction ?? rules.correction ?? verdicts/* DEFAULT_CORRECTION */.Zf,
        exemptHeadline: options.exemptHeadline ?? rules.exemptHeadline ?? false
    };
}
/**
 * The evidence per metric: the given statistics, or with several runs on both sides Welch's
 * t-test on every metric, the given statistics taking precedence.
 */
async function statisticsFor(candidate, baseline, options, settings) {
    if (baseline === undefined || candidate.runs <= 1 || baseline.runs <= 1)
        return options.statistics;
    const welch = await (0,multi_run/* welchStatistics */.N1)(candidate, baseline, options.level ?? 1 - settings.alpha);
    for (const [name, result] of options.statistics ?? [])
        welch.set(name, { ...result, runs: { baseline: baseline.runs, candidate: candidate.runs } });
    return welch;
}
/** The multiplicity correction over the judgements with p-values, judging those again. */
function correctJudged(context, settings) {
    return correctForMultiplicity(context.judged, settings.correction, {
        exempt: settings.exemptHeadline
            ? (name) => context.matcher.exactRules().some((rule) => rule.pattern === name)
            : () => false,
        rejudge: (input, adjustedPValue) => judgeMetric({ ...input, adjustedPValue })
    });
}
function reportOf(settings, rules, judged) {
    // The scalars and every group's cells, in report order, walked in place: with 10^5 metrics a
    // joined copy, and counting it again where each group is counted already, cost a pass each.
    const lists = [judged.metrics, ...judged.groups.map((group) => group.cells)];
    return {
        schemaVersion: 1,
        kind: 'metrics-comparison',
        overall: overallOf(lists, settings.failOn),
        reasons: reasonsOf(lists),
        failOn: settings.failOn,
        alpha: settings.alpha,
        power: settings.power,
        correction: judged.correction,
        rules: rules.source,
        candidate: judged.candidate,
        baseline: judged.baseline,
        counts: (0,counts/* sumCounts */.W)([
            (0,counts/* countComparisons */.G)(judged.metrics),
            ...judged.groups.map((group) => group.counts)
        ]),
        metrics: judged.metrics,
        groups: judged.groups
    };
}
/** Judge one metric, remembering where a judgement with statistics went. */
function judgeInto(list, input, context) {
    const index = list.push(judgeMetric(input)) - 1;
    if (input.statistics !== undefined)
        context.judged.push({ input, list, index });
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
    const judge = (name, candidateValue, baselineValue) => judgeInto(results, scalarToJudge(name, candidateValue, baselineValue, context), context);
    const candidateMetrics = candidate.metrics;
    const baselineMetrics = baseline?.metrics ?? {};
    // Names and values as their producer kept them (enumerating and looking up 10^5 keys per side is
    // the costly part, see metric-names.ts): where both files list the same name at the same place,
    // as two runs of one script do, the baseline's value is read by position; else it is looked up.
    const { names, values } = (0,metric_names/* metricEntries */.d)(candidateMetrics);
    const { names: baselineNames, values: baselineValues } = (0,metric_names/* metricEntries */.d)(baselineMetrics);
    let inBoth = 0;
    for (let index = 0; index < names.length; index++) {
        const name = names[index];
        const baselineValue = baselineValues !== undefined && baselineNames[index] === name
            ? baselineValues[index]
            : metricValue(baselineMetrics, name);
        if (baselineValue !== undefined)
            inBoth += 1;
        judge(name, values !== undefined ? values[index] : candidateMetrics[name], baselineValue);
    }
    if (baselineNames.length > inBoth) {
        for (const name of baselineNames)
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
/** A metric's value, one lookup: a number is never inherited, so no own-property check. */
function metricValue(metrics, name) {
    const value = metrics[name];
    return typeof value === 'number' ? value : undefined;
}
function scalarToJudge(name, candidate, baseline, context) {
    return {
        name,
        candidate,
        baseline,
        hasBaseline: context.hasBaseline,
        rule: context.matcher.resolve(name),
        gateAllowed: true,
        alpha: context.alpha,
        power: context.power,
        predictionsGiven: context.predictionsGiven,
        statistics: context.statistics?.get(name),
        runs: context.runs
    };
}
function isGroupCell(name, document) {
    if (document === undefined)
        return false;
    for (const [groupName, group] of Object.entries(document.groups)) {
        if (!name.startsWith(`${groupName}.`))
            continue;
        for (const [member, row] of Object.entries(group.rows)) {
            for (const field of Object.keys(row))
                if ((0,multi_run/* cellName */.I4)(groupName, member, field) === name)
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
                const name = (0,multi_run/* cellName */.I4)(groupName, member, field);
                const rule = context.matcher.resolve(name);
                const statistics = context.statistics?.get(name);
                judgeInto(cells, {
                    name,
                    group: { name: groupName, member, field },
                    candidate: candidateValue,
                    baseline: baselineValue,
                    hasBaseline: context.hasBaseline,
                    rule,
                    gateAllowed: context.groupsGate || rule.pattern !== null,
                    alpha: context.alpha,
                    power: context.power,
                    predictionsGiven: context.predictionsGiven,
                    statistics,
                    runs: context.runs
                }, context);
            }
        }
        return { name: groupName, members, fields, cells };
    });
}
/** A required glob that matches nothing the candidate reports is itself a missing metric. */
function missingRequiredGlobs(candidate, context) {
    const required = context.matcher.globRules().filter((rule) => rule.required);
    if (required.length === 0)
        return [];
    const names = [
        ...Object.keys(candidate.metrics),
        ...Object.entries(candidate.groups).flatMap(([groupName, group]) => Object.entries(group.rows).flatMap(([member, row]) => Object.keys(row).map((field) => (0,multi_run/* cellName */.I4)(groupName, member, field))))
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
            alpha: context.alpha,
            power: context.power
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
function overallOf(lists, failOn) {
    let inconclusive = false;
    for (const comparisons of lists) {
        for (const comparison of comparisons) {
            if (comparison.outcome === 'fail')
                return 'fail';
            if (comparison.outcome === 'inconclusive')
                inconclusive = true;
        }
    }
    return inconclusive && failOn === 'inconclusive' ? 'inconclusive' : 'pass';
}
const SEVERITY = {
    fail: 0,
    inconclusive: 1,
    warn: 2,
    pass: 3
};
function reasonsOf(lists) {
    return lists
        .flatMap((comparisons) => comparisons.filter((comparison) => comparison.outcome !== 'pass'))
        .sort((left, right) => SEVERITY[left.outcome] - SEVERITY[right.outcome])
        .map((comparison) => {
        const values = typeof comparison.candidate === 'number' && typeof comparison.baseline === 'number'
            ? ` (${(0,number_format/* formatNumber */.ZV)(comparison.baseline)} → ${(0,number_format/* formatNumber */.ZV)(comparison.candidate)})`
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

// EXTERNAL MODULE: ./packages/core/src/compare/report-reader.ts
var report_reader = __webpack_require__(47983);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(42998);
// EXTERNAL MODULE: ./actions/compare-metrics/src/baseline-resolution.ts
var baseline_resolution = __webpack_require__(19659);
// EXTERNAL MODULE: ./actions/compare-metrics/src/metrics-sides.ts
var metrics_sides = __webpack_require__(95739);
// EXTERNAL MODULE: ./actions/compare-metrics/src/publish-report.ts + 6 modules
var publish_report = __webpack_require__(62351);
;// CONCATENATED MODULE: ./actions/compare-metrics/src/compare-body.ts











const REPORT_FILE_NAME = baseline_resolution/* REPORT_ENTRY */.In;
function createCompareMetrics(dependencies = {}) {
    return async (inputs, context) => {
        // Checked before the run context is read: off GitHub that asks git, which a mistake need not wait for.
        const workflowRun = context.env.GITHUB_EVENT_NAME === 'workflow_run';
        if (inputs.candidate.length === 0 && inputs.report === '' && !workflowRun) {
            throw new errors/* ConfigurationError */.j('candidate names no metrics files (or give report, or run on workflow_run to post a report)', 'candidate');
        }
        const event = await (0,run_context/* readRunContext */.$)(context.env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'), {
            cwd: context.cwd,
            ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {})
        });
        const posting = inputs.report !== '' || (event.eventName === 'workflow_run' && inputs.candidate.length === 0);
        // The fork-PR posting mode, paired statistics and registry history load only when used.
        if (posting)
            return (await __webpack_require__.e(/* import() */ 2779).then(__webpack_require__.bind(__webpack_require__, 92779))).postReport({
                inputs,
                context,
                event,
                ...(dependencies.timing ? { timing: dependencies.timing } : {})
            });
        return computeAndPublish(inputs, context, event, dependencies);
    };
}
async function computeAndPublish(inputs, context, event, dependencies) {
    const scratchRoot = context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(scratchRoot, { recursive: true });
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(scratchRoot, 'compare-metrics-'));
    try {
        const rules = await (0,metrics_sides/* loadRules */.A)(inputs.rules, context.cwd);
        const candidate = await (0,metrics_sides/* readSide */.w)(inputs.candidate, inputs.runs, context.cwd, 'candidate', (message) => context.log.warning(message));
        const baseline = await (0,baseline_resolution/* resolveBaseline */.oL)({
            inputs,
            action: context,
            event,
            scratch,
            ...(dependencies.timing ? { timing: dependencies.timing } : {})
        });
        const alpha = inputs.alpha ?? rules.alpha;
        const statistics = await compare_body_statisticsFor(inputs, context, candidate, alpha, baseline, scratch);
        const comparison = await compareMetrics(candidate, baseline.documents, rules, {
            alpha,
            ...(statistics ? { statistics, predictionsGiven: true } : {}),
            ...(inputs.failOn === 'inconclusive' ? { failOn: 'inconclusive' } : {}),
            ...correctionOptions(inputs),
            ...(inputs.power !== undefined ? { power: inputs.power } : {})
        });
        warnAboutDisagreements(comparison, context);
        const report = await envelopedReport(comparison, inputs, context, event, baseline, dependencies);
        const history = await historyFor(inputs, context, baseline.history);
        const reportPath = await writeReportFile(report, inputs, context);
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
            eventName: event.eventName,
            ...(dependencies.timing ? { timing: dependencies.timing } : {})
        });
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The comparison wrapped with where it was made: commit, run, model and the pull request it judges. */
async function envelopedReport(comparison, inputs, context, event, baseline, dependencies) {
    const now = dependencies.now?.() ?? new Date();
    return withReportEnvelope(comparison, {
        ...(event.sha ? { gitSha: event.sha } : {}),
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
}
/** Writes report.json where report-path says (inside the workspace unless allowed), returning its path. */
async function writeReportFile(report, inputs, context) {
    const reportPath = await (0,write_target/* writeTarget */.vN)((0,external_node_path_.resolve)(context.cwd, inputs.reportPath || (0,external_node_path_.join)(context.env.RUNNER_TEMP || '.', REPORT_FILE_NAME)), context, { input: 'report-path', allowOutside: inputs.allowWritesOutsideWorkspace });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    context.log.info(`Report written to ${reportPath}`);
    return reportPath;
}
function correctionOptions(inputs) {
    const given = inputs.correction.toLowerCase();
    if (given !== '' && !verdicts/* CORRECTIONS */.ql.includes(given)) {
        throw new errors/* ConfigurationError */.j(`correction must be one of ${verdicts/* CORRECTIONS */.ql.join(', ')} (or empty for the rules file's), got "${inputs.correction}"`, 'correction');
    }
    return {
        ...(given !== '' ? { correction: given } : {}),
        ...(inputs.exemptHeadline ? { exemptHeadline: true } : {})
    };
}
function warnAboutDisagreements(comparison, context) {
    for (const metric of (0,report_reader/* allComparisons */.mF)(comparison)) {
        if (metric.disagreement === undefined)
            continue;
        context.log.warning(`${metric.name}: the value recomputed from the predictions differs from the metrics file: ${metric.reason}`, { title: 'compare-metrics: predictions do not match the metrics' });
    }
}
async function compare_body_statisticsFor(inputs, context, candidate, alpha, baseline, scratch) {
    const { candidatePredictions } = inputs;
    let baselinePredictions = inputs.baselinePredictions;
    if (!candidatePredictions && !baselinePredictions)
        return undefined;
    if (!candidatePredictions) {
        throw new errors/* ConfigurationError */.j('paired statistics need predictions of both models on the same samples; candidate-predictions is empty', 'candidate-predictions');
    }
    if (!baselinePredictions && baseline.predictions) {
        // The base branch's run stored its predictions in the artifact next to its report, or
        // train-evaluate registered them with the registry version.
        baselinePredictions = (0,external_node_path_.join)(scratch, `baseline-${baseline.predictions.name}`);
        await (0,promises_.writeFile)(baselinePredictions, baseline.predictions.bytes);
    }
    if (!baselinePredictions) {
        if (baseline.documents !== undefined) {
            context.log.warning(`candidate-predictions is set but the baseline has no predictions (baseline-predictions is empty and ${baseline.provenance.source === 'registry' ? `version ${baseline.provenance.version ?? '?'} was registered without predictions: set train-evaluate's predictions` : 'the baseline artifact holds none'}): comparing without statistics.`, { title: 'No paired statistics (compare-metrics)' });
        }
        return undefined;
    }
    const document = candidate[0];
    if (document === undefined || candidate.length > 1) {
        throw new errors/* ConfigurationError */.j('candidate-predictions belong to one evaluation; with runs: per-file the runs are compared with Welch’s t-test instead', 'candidate-predictions');
    }
    const { predictionEvidence } = await Promise.all(/* import() */[__webpack_require__.e(6244), __webpack_require__.e(2092)]).then(__webpack_require__.bind(__webpack_require__, 62092));
    const evidence = await predictionEvidence({
        candidatePath: candidatePredictions,
        baselinePath: baselinePredictions,
        explicit: inputs.statistics,
        candidate: document,
        ...(inputs.positiveClass ? { positiveClass: inputs.positiveClass } : {}),
        ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
        resamples: inputs.resamples ?? 10_000,
        level: 1 - alpha,
        cwd: context.cwd
    });
    context.log.info(`Paired statistics on ${evidence.samples} samples for ${[...evidence.statistics.keys()].join(', ') || 'no metric'}`);
    for (const skipped of evidence.skipped)
        context.log.debug(`No statistics for ${skipped}`);
    return evidence.statistics;
}
async function historyFor(inputs, context, fromArtifact) {
    if (inputs.history === 'registry') {
        if (!inputs.modelName)
            throw new errors/* ConfigurationError */.j('history: registry needs the model-name input', 'history');
        const { registryHistory } = await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(6410)]).then(__webpack_require__.bind(__webpack_require__, 49162));
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
        const { parseMetricHistory } = await __webpack_require__.e(/* import() */ 6854).then(__webpack_require__.bind(__webpack_require__, 86854));
        return parseMetricHistory(text, inputs.history);
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
    const { formatMetricHistory, historyPointOfReport } = await __webpack_require__.e(/* import() */ 6854).then(__webpack_require__.bind(__webpack_require__, 86854));
    await (0,promises_.writeFile)(files[1], formatMetricHistory([...history, historyPointOfReport(report)]));
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
    // Only for candidate-model: node:crypto and the stream helpers would otherwise load at start-up.
    const [{ createHash }, { pipeline }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 46466, 23))
    ]);
    const hash = createHash('sha256');
    await pipeline((0,external_node_fs_.createReadStream)(path), hash).catch((error) => {
        throw new errors/* ConfigurationError */.j(`candidate-model "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 'candidate-model');
    });
    return hash.digest('hex');
}
const compareMetricsBody = createCompareMetrics();


/***/ }),

/***/ 95739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadRules),
/* harmony export */   w: () => (/* binding */ readSide)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97342);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92269);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89151);







/**
 * One side of the comparison from its files: `merge` reads them all as one evaluation split across
 * files; `per-file` reads each file as one run (a seed), so the means are compared with Welch's
 * t-test.
 */
async function readSide(patterns, mode, cwd, input, warn) {
    const options = { cwd, allowNonFinite: true, ...(warn ? { warn } : {}) };
    const named = (error) => {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j && error.input === undefined)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${input}: ${error.message}`, input);
        throw error;
    };
    if (mode === 'merge')
        return [relativeSources(await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_4__/* .readMetrics */ .U)(patterns, options).catch(named), cwd)];
    const files = await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_5__/* .expandPathPatterns */ .t)(patterns, { cwd }).catch(named);
    if (files.length === 0)
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${input} names no files`, input);
    return Promise.all(files.map(async (file) => relativeSources(await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_4__/* .readMetrics */ .U)([file], options).catch(named), cwd)));
}
/** The comment and the report name files as the workflow wrote them, not as absolute paths. */
function relativeSources(document, cwd) {
    const shown = document.sources.map((source) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(source) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, source).startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, source) : source);
    return { ...document, sources: shown };
}
/** The `rules` input: a path to a YAML/JSON file, or the rules written inline. */
async function loadRules(rules, cwd) {
    const text = rules.trim();
    if (text === '')
        return _ml_actions_core_compare__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RULES */ .ck;
    // The rules parser loads only for a rules input; the built-in defaults need none.
    const { parseComparisonRules } = await __webpack_require__.e(/* import() */ 6854).then(__webpack_require__.bind(__webpack_require__, 86854));
    const singleLine = !text.includes('\n');
    if (singleLine && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, text))) {
        return await parseComparisonRules(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, text), 'utf8'), text);
    }
    if (singleLine && /\.(ya?ml|json)$/i.test(text)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`rules file "${text}" does not exist`, 'rules');
    }
    return await parseComparisonRules(text, 'the rules input');
}


/***/ }),

/***/ 62351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./packages/core/src/compare/report-reader.ts
var report_reader = __webpack_require__(47983);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
// EXTERNAL MODULE: ./packages/core/src/markdown/display-path.ts
var display_path = __webpack_require__(45841);
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
// EXTERNAL MODULE: ./packages/core/src/compare/counts.ts
var counts = __webpack_require__(87877);
// EXTERNAL MODULE: ./packages/core/src/compare/direction.ts
var direction = __webpack_require__(65496);
// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __webpack_require__(63932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/xy-chart.ts


/**
 * Line colours that read on GitHub's light and dark themes alike (mid-tones of its own palette):
 * mermaid's default first colour, #ECECFF, is nearly invisible on white.
 */
const CHART_COLORS = [
    '#2f81f7',
    '#e5534b',
    '#3fb950',
    '#d29922',
    '#a371f7'
];
const DEFAULT_MAX_POINTS = 100;
/**
 * A mermaid `xychart-beta` block, which GitHub renders itself (no image host needed).
 * The grammar has no exponent notation and no missing-value marker, so values are plain decimals and
 * an x position where any series is NaN or infinite is left out. Mermaid 11 draws no legend: series
 * names are written into the source but not shown, so a caller with several lines names them
 * (colours in CHART_COLORS order) in the text around the chart. Returns '' when no point is left.
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
    const palette = CHART_COLORS.join(', ');
    const lines = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta'
    ];
    if (options.title)
        lines.push(`  title ${quote(options.title)}`);
    const xTitle = options.xLabel ? `${quote(options.xLabel)} ` : '';
    const labels = positions.map((position) => quote(String(xLabels[position])));
    lines.push(`  x-axis ${xTitle}[${labels.join(', ')}]`);
    const range = options.yRange
        ? ` ${format(options.yRange.min)} --> ${format(options.yRange.max)}`
        : '';
    if (options.yLabel || range)
        lines.push(`  y-axis${options.yLabel ? ` ${quote(options.yLabel)}` : ''}${range}`);
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

// EXTERNAL MODULE: ./packages/core/src/compare/rate-metric.ts
var rate_metric = __webpack_require__(77472);
;// CONCATENATED MODULE: ./packages/core/src/compare/history-charts.ts






/** Earlier points a chart shows at most: more x labels than this overlap at comment width. */
const CHART_POINTS = 12;
const SERIES_PER_CHART = CHART_COLORS.length;
const LABEL_LENGTH = 10;
/** The smallest y span of a proportion's chart (5 pp), so noise is not drawn as a cliff. */
const RATE_MIN_SPAN = 0.05;
/** The smallest y span of any other chart, relative to the values' magnitude. */
const RELATIVE_MIN_SPAN = 0.05;
/**
 * Trend charts of the headline metrics, folded: related metrics share one chart (proportions under
 * the same prefix, e.g. overall.precision/recall/f1, are drawn as lines of one xychart), the y-axis
 * spans at least a few points of the scale, the baseline's point is marked and the candidate is the
 * last one. Below each chart the same numbers as a table, for readers without mermaid.
 */
function historyCharts(metrics, numbers, options) {
    const history = options.history.slice(-CHART_POINTS);
    if (history.length === 0)
        return '';
    const groups = new Map();
    for (const metric of metrics) {
        if (typeof metric.candidate !== 'number')
            continue;
        if (!history.some((point) => Object.hasOwn(point.metrics, metric.name)))
            continue;
        const key = (0,rate_metric/* isRateMetric */.n)(metric) ? `rate:${prefixOf(metric.name)}` : `one:${metric.name}`;
        const group = groups.get(key) ?? [];
        if (group.length < SERIES_PER_CHART)
            group.push(metric);
        groups.set(key, group);
    }
    const labels = [
        ...history.map((point) => shortLabel(point.label) + (point.label === options.baselineLabel ? ' (base)' : '')),
        'candidate'
    ];
    const charts = [];
    for (const group of [...groups.values()].slice(0, options.maxCharts)) {
        const series = group.map((metric) => ({
            name: metric.name,
            values: [
                ...history.map((point) => point.metrics[metric.name] ?? NaN),
                metric.candidate
            ]
        }));
        const chart = xyChart({
            title: group.length === 1 ? (group[0]?.name ?? '') : titleOf(group),
            xLabels: labels,
            series,
            yRange: yRange(series.flatMap((each) => each.values), group.every((metric) => (0,rate_metric/* isRateMetric */.n)(metric))),
            significantDigits: options.significantDigits
        });
        if (chart === '')
            continue;
        const legend = group.length > 1
            ? `\n\n${group.map((metric, index) => `${colorName(index)} ${(0,markdown_escape/* escapeText */.X1)(metric.name)}`).join(' · ')}`
            : '';
        charts.push(`${chart}${legend}\n\n${fallbackTable(group, labels, history, numbers)}`);
    }
    if (charts.length === 0)
        return '';
    return (0,details/* details */.z)(`History (${history.length} earlier point${history.length === 1 ? '' : 's'})`, charts.join('\n\n'), { open: false });
}
function prefixOf(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(0, dot);
}
function titleOf(group) {
    const prefix = prefixOf(group[0]?.name ?? '');
    const fields = group.map((metric) => metric.name.slice(prefix === '' ? 0 : prefix.length + 1));
    return prefix === '' ? fields.join(', ') : `${prefix}: ${fields.join(', ')}`;
}
function shortLabel(label) {
    return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1)}…`;
}
const COLOR_NAMES = ['blue', 'red', 'green', 'yellow', 'purple'];
function colorName(index) {
    return `<b>${COLOR_NAMES[index] ?? ''}</b>`;
}
function yRange(values, proportion) {
    const finite = values.filter((value) => Number.isFinite(value));
    if (finite.length === 0)
        return undefined;
    const low = Math.min(...finite);
    const high = Math.max(...finite);
    const magnitude = Math.max(Math.abs(low), Math.abs(high));
    const minSpan = proportion ? RATE_MIN_SPAN : magnitude === 0 ? 1 : magnitude * RELATIVE_MIN_SPAN;
    const span = Math.max(high - low, minSpan) * 1.2;
    let min = (low + high) / 2 - span / 2;
    let max = min + span;
    if (proportion) {
        if (min < 0)
            [min, max] = [0, Math.min(1, span)];
        if (max > 1)
            [min, max] = [Math.max(0, 1 - span), 1];
    }
    else if (low >= 0 && min < 0) {
        ;
        [min, max] = [0, span];
    }
    const step = 10 ** Math.floor(Math.log10(span / 10));
    return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step };
}
function fallbackTable(group, labels, history, numbers) {
    const rows = labels.map((label, index) => [
        label,
        ...group.map((metric) => {
            const value = index < history.length ? history[index]?.metrics[metric.name] : metric.candidate;
            if (value === undefined)
                return undefined;
            const text = numbers.value({ ...metric, candidate: value }, 'candidate');
            return text === undefined ? undefined : (0,trusted/* trustedMarkdown */.p)(text);
        })
    ]);
    return (0,table/* table */.t)(['', ...group.map((metric) => metric.name)], rows, [
        'left',
        ...group.map(() => 'right')
    ]);
}

;// CONCATENATED MODULE: ./packages/core/src/compare/interest-order.ts
/**
 * The order a comment shows metrics in: failing rows first, then inconclusive, warning and
 * changed ones, then the rest, each bucket in file order. A stable bucket sort: one pass, no
 * comparison sort of 10^5 rows, and only the rows a table can show are kept.
 */
const SEVERITY = {
    fail: 0,
    inconclusive: 1,
    warn: 2,
    pass: 3
};
const BUCKETS = 6;
function interest(metric) {
    const severity = SEVERITY[metric.outcome];
    if (severity < 3)
        return severity;
    return metric.verdict === 'unchanged' || metric.verdict === 'within-tolerance' ? 5 : 4;
}
/**
 * The first `limit` rows in interest order, of the metrics added to it. Rows past `limit` in
 * their own bucket can never be shown: they are only counted, by verdict, for the line that
 * says what the table leaves out.
 */
class InterestOrder {
    limit;
    kept = Array.from({ length: BUCKETS }, () => []);
    overflow = Array.from({ length: BUCKETS }, () => new Map());
    added = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Whether a row of this interest would be kept (false: the bucket is full). */
    wouldKeep(bucket) {
        return this.kept[bucket].length < this.limit;
    }
    add(metric, bucket = interest(metric)) {
        this.added += 1;
        const kept = this.kept[bucket];
        if (kept.length < this.limit)
            kept.push(metric);
        else {
            const counts = this.overflow[bucket];
            counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1);
        }
    }
    /** How many rows were added. */
    get size() {
        return this.added;
    }
    /** The rows shown, at most `limit`. */
    shown() {
        const rows = [];
        for (const kept of this.kept) {
            for (const metric of kept) {
                if (rows.length >= this.limit)
                    return rows;
                rows.push(metric);
            }
        }
        return rows;
    }
    /** The rows left out, counted by verdict in the order the verdicts first appear among them. */
    omittedVerdicts() {
        const counts = new Map();
        let position = 0;
        for (let bucket = 0; bucket < BUCKETS; bucket++) {
            for (const metric of this.kept[bucket]) {
                if (position++ < this.limit)
                    continue;
                counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1);
            }
            for (const [verdict, count] of this.overflow[bucket])
                counts.set(verdict, (counts.get(verdict) ?? 0) + count);
        }
        return counts;
    }
}
/** Every row in interest order. */
function byInterest(metrics) {
    return mostInteresting(metrics, metrics.length);
}
function mostInteresting(metrics, limit) {
    const order = new InterestOrder(Math.max(0, limit));
    for (const metric of metrics)
        order.add(metric);
    return order.shown();
}

// EXTERNAL MODULE: ./packages/core/src/markdown/column-format.ts
var column_format = __webpack_require__(51337);
;// CONCATENATED MODULE: ./packages/core/src/compare/metric-numbers.ts



const PERCENT_DECIMALS = 1;
/** Joins a number to its unit and the ends of an interval, so a narrow cell does not break them. */
const NBSP = '\u00A0';
const SMALLEST_P_SHOWN = 0.001;
/** `p = 0.012`, or `p < 0.001` below that: more digits of a tiny p-value say nothing more. */
function formatPValue(p) {
    if (p < SMALLEST_P_SHOWN)
        return `p${NBSP}<${NBSP}${SMALLEST_P_SHOWN}`;
    return `p${NBSP}=${NBSP}${(0,number_format/* formatNumber */.ZV)(p, { significantDigits: 2 })}`;
}
function metricNumbers(metrics, significantDigits) {
    const rateValues = [];
    for (const metric of metrics) {
        if (!(0,rate_metric/* isRateMetric */.n)(metric))
            continue;
        for (const value of [metric.baseline, metric.candidate]) {
            if (typeof value === 'number' && !Number.isInteger(value))
                rateValues.push(value);
        }
    }
    const rates = (0,column_format/* columnFormat */.UR)(rateValues.length > 0 ? rateValues : [0.5], significantDigits);
    // Changes of proportions, their intervals and MDEs share one count of decimals of their own, with
    // a digit fewer than the values: a change is known less precisely than either value.
    const pointValues = [];
    for (const metric of metrics) {
        if (!(0,rate_metric/* isRateMetric */.n)(metric))
            continue;
        const changes = [metric.delta, metric.ci?.low, metric.ci?.high, metric.mde];
        for (const change of changes)
            if (typeof change === 'number')
                pointValues.push(change * 100);
    }
    const points = (0,column_format/* columnFormat */.UR)(pointValues, Math.max(2, significantDigits - 1));
    const rowFormats = new Map();
    const rowFormat = (metric) => {
        if ((0,rate_metric/* isRateMetric */.n)(metric))
            return rates;
        let format = rowFormats.get(metric);
        if (format === undefined) {
            format = (0,column_format/* columnFormat */.UR)([metric.baseline, metric.candidate].filter((value) => typeof value === 'number'), significantDigits);
            rowFormats.set(metric, format);
        }
        return format;
    };
    return {
        value: (metric, side) => {
            const value = metric[side];
            return value === null ? undefined : rowFormat(metric).format(toNumber(value));
        },
        delta: (metric) => {
            if (metric.delta === null)
                return undefined;
            const delta = toNumber(metric.delta);
            if ((0,rate_metric/* isRateMetric */.n)(metric))
                return `${points.format(delta * 100, true)}${NBSP}pp`;
            if (delta === 0)
                return '0';
            const absolute = rowFormat(metric).format(delta, true);
            if (typeof metric.baseline !== 'number' ||
                metric.baseline === 0 ||
                delta === 0 ||
                !Number.isFinite(delta))
                return absolute;
            const percent = (delta / Math.abs(metric.baseline)) * 100;
            return `${absolute}${NBSP}(${(0,column_format/* fixedFormat */.sW)(PERCENT_DECIMALS, 2).format(percent, true)}%)`;
        },
        interval: (metric) => {
            if (metric.ci === undefined)
                return undefined;
            const { low, high } = metric.ci;
            if ((0,rate_metric/* isRateMetric */.n)(metric))
                return `${points.format(low * 100, true)}${NBSP}to${NBSP}${points.format(high * 100, true)}${NBSP}pp`;
            const format = rowFormat(metric);
            return `${format.format(low, true)}${NBSP}to${NBSP}${format.format(high, true)}`;
        },
        minimumEffect: (metric) => {
            if (metric.mde === undefined)
                return undefined;
            if ((0,rate_metric/* isRateMetric */.n)(metric))
                return `${points.format(metric.mde * 100)}${NBSP}pp`;
            return rowFormat(metric).format(metric.mde);
        }
    };
}
function toNumber(value) {
    return typeof value === 'number' ? value : Number(value);
}

;// CONCATENATED MODULE: ./packages/core/src/compare/verdict-sentence.ts



/** Metrics the sentence names before it says "and N more". */
const NAMED = 2;
/**
 * What a reviewer reads first: the result and why, in one sentence, with the same numbers as the
 * table below it. "1 metric regressed significantly: accuracy -2.10 pp (95% CI -3.40 to -0.80 pp,
 * p = 0.002)"; "no gated metric regressed; 2 improved"; "first run, 12 metrics recorded".
 */
function verdictSentence(report, comparisons, numbers) {
    const failing = comparisons.filter((metric) => metric.outcome === 'fail');
    if (failing.length > 0)
        return `${countOf(failing)} ${verbOf(failing)}: ${named(failing, numbers)}`;
    const undecided = comparisons.filter((metric) => metric.outcome === 'inconclusive');
    if (undecided.length > 0) {
        const notSignificant = undecided.every((metric) => metric.verdict === 'no-significant-change');
        const what = notSignificant ? 'moved, but not significantly' : 'could not be decided';
        return `${countOf(undecided)} ${what}: ${named(undecided, numbers)}`;
    }
    if (report.baseline.source === 'none') {
        const total = report.counts.total;
        return `first run, ${total} metric${total === 1 ? '' : 's'} recorded; no baseline to compare with yet`;
    }
    const { verdicts } = report.counts;
    const warned = comparisons.filter((metric) => metric.outcome === 'warn').length;
    const parts = [
        verdicts.improved > 0 ? `${verdicts.improved} improved` : '',
        warned > 0 ? `${warned} outside the gate moved the wrong way` : ''
    ].filter(Boolean);
    return `no gated metric regressed${parts.length > 0 ? `; ${parts.join(', ')}` : ''}`;
}
function countOf(metrics) {
    return `${metrics.length} metric${metrics.length === 1 ? '' : 's'}`;
}
const VERBS = {
    regressed: 'regressed',
    'failed-bound': 'out of bounds',
    missing: 'missing',
    changed: 'changed'
};
function verbOf(metrics) {
    const verdicts = new Set(metrics.map((metric) => metric.verdict));
    const [verdict] = verdicts;
    const verb = verdicts.size === 1 && verdict !== undefined ? (VERBS[verdict] ?? 'failed') : 'failed';
    const significant = metrics.every((metric) => metric.significant === true);
    return significant ? `${verb} significantly` : verb;
}
function named(metrics, numbers) {
    const shown = metrics.slice(0, NAMED).map((metric) => describe(metric, numbers));
    const more = metrics.length - NAMED;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function describe(metric, numbers) {
    const name = (0,markdown_escape/* escapeText */.X1)(metric.name);
    if (metric.verdict === 'missing')
        return `${name} is missing`;
    const delta = numbers.delta(metric)?.replace(/\u00A0\(.*\)$/, '');
    const interval = numbers.interval(metric);
    const level = metric.ci?.level;
    const evidence = [
        interval ? `${level !== undefined ? `${(0,number_format/* formatNumber */.ZV)(level * 100)}% ` : ''}CI ${interval}` : '',
        metric.pValue !== undefined ? formatPValue(metric.pValue) : ''
    ].filter(Boolean);
    const values = `${numbers.value(metric, 'baseline') ?? '–'} → ${numbers.value(metric, 'candidate') ?? '–'}`;
    const detail = evidence.length > 0 ? evidence.join(', ') : values;
    return delta === undefined ? `${name} (${values})` : `${name} ${delta} (${detail})`;
}

// EXTERNAL MODULE: ./packages/core/src/compare/verdicts.ts
var verdicts = __webpack_require__(32999);
;// CONCATENATED MODULE: ./packages/core/src/compare/report-markdown.ts














const DEFAULT_MAX_ROWS = 200;
const DEFAULT_MAX_GROUP_CELLS = 600;
const DEFAULT_MAX_CHARTS = 3;
const MAX_REASONS = 10;
/** Rows of the headline table: what a reviewer reads in ten seconds. */
const HEADLINE_ROWS = 8;
const RESULT_EMOJI = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️'
};
const VERDICT_TEXT = verdicts/* VERDICT_LABELS */.W4;
function renderComparisonMarkdown(report, options = {}) {
    const significantDigits = options.significantDigits ?? 4;
    const hasBaseline = report.baseline.source !== 'none';
    const title = options.title ?? 'Metrics comparison';
    const reportLink = (url) => url !== undefined &&
        (options.trustedLinkPrefix === undefined || url.startsWith(options.trustedLinkPrefix))
        ? url
        : undefined;
    const groupCells = report.groups.flatMap((group) => group.cells);
    const comparisons = [...report.metrics, ...groupCells];
    const headline = headlineMetrics(report.metrics, groupCells);
    const numbers = metricNumbers(headline, significantDigits);
    const blocks = [];
    blocks.push(`## ${RESULT_EMOJI[report.overall]} ${(0,markdown_escape/* escapeText */.X1)(title)}: ${report.overall} — ${verdictSentence(report, comparisons, numbers)}`);
    if (headline.length > 0)
        blocks.push(metricTable(inInterestOrder(headline, headline.length), hasBaseline, significantDigits));
    const shown = new Set(headline);
    const rest = report.metrics.filter((metric) => !shown.has(metric));
    if (rest.length > 0) {
        const maxRows = Math.max(0, (options.maxRows ?? DEFAULT_MAX_ROWS) - headline.length);
        blocks.push((0,details/* details */.z)(`${rest.length} more metric${rest.length === 1 ? '' : 's'}${countsSuffix((0,counts/* countComparisons */.G)(rest))}`, metricTable(inInterestOrder(rest, maxRows), hasBaseline, significantDigits)));
    }
    for (const group of report.groups) {
        blocks.push(groupDetails(group, hasBaseline, options.maxGroupCells ?? DEFAULT_MAX_GROUP_CELLS, significantDigits));
    }
    if (options.history !== undefined && options.history.length > 0) {
        const charts = historyCharts(byInterest(report.metrics), numbers, {
            history: options.history,
            ...(report.baseline.version !== undefined
                ? { baselineLabel: `v${report.baseline.version}` }
                : {}),
            maxCharts: options.maxCharts ?? DEFAULT_MAX_CHARTS,
            significantDigits
        });
        if (charts !== '')
            blocks.push(charts);
    }
    blocks.push(provenanceDetails(report, options, reportLink(report.baseline.url)));
    const links = linksLine(report, options, reportLink(report.runUrl));
    if (links !== '')
        blocks.push(links);
    return `${blocks.join('\n\n')}\n`;
}
/** Line 1 of the comment without markdown around it, e.g. for the step's failure message. */
function comparisonVerdict(report, significantDigits = 4) {
    const groupCells = report.groups.flatMap((group) => group.cells);
    const numbers = metricNumbers(headlineMetrics(report.metrics, groupCells), significantDigits);
    return verdictSentence(report, [...report.metrics, ...groupCells], numbers);
}
/**
 * The table a reviewer reads: the gated scalar metrics and any group cell that fails, failing and
 * changed first; counts (support, num_samples) only when they fail, as they are not quality.
 */
function headlineMetrics(metrics, groupCells) {
    const failingCells = groupCells.filter((cell) => cell.outcome === 'fail' || cell.outcome === 'inconclusive');
    return (headlineOf(failingCells, metrics, (metric) => metric.gating || metric.outcome !== 'pass') ??
        headlineOf(failingCells, metrics, () => true) ??
        mostInteresting(failingCells, HEADLINE_ROWS));
}
/**
 * The failing cells and the quality metrics that pass `wanted`, the most interesting first;
 * undefined when no metric qualifies. A row whose bucket is already full cannot be shown, so
 * whether it is a count (a regex on its name) is asked only while none has qualified yet.
 */
function headlineOf(failingCells, metrics, wanted) {
    const order = inInterestOrder(failingCells, HEADLINE_ROWS);
    let qualified = false;
    for (const metric of metrics) {
        if (!wanted(metric))
            continue;
        const bucket = interest(metric);
        if (!order.wouldKeep(bucket)) {
            if (!qualified)
                qualified = isQualityMetric(metric);
            continue;
        }
        if (!isQualityMetric(metric))
            continue;
        qualified = true;
        order.add(metric, bucket);
    }
    return qualified ? order.shown() : undefined;
}
function isQualityMetric(metric) {
    return metric.outcome !== 'pass' || !isCountMetric(metric);
}
function isCountMetric(metric) {
    return (0,direction/* endsWithNeutralWord */.qt)(metric.name);
}
function inInterestOrder(metrics, limit) {
    const order = new InterestOrder(Math.max(0, limit));
    for (const metric of metrics)
        order.add(metric);
    return order;
}
function provenanceDetails(report, options, baselineUrl) {
    const lines = [
        baselineLine(report.baseline, baselineUrl, options.workspace),
        `**Candidate:** ${report.candidate.sources.map((source) => (0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(source, options.workspace))).join(', ') || 'metrics'}${report.gitSha ? ` at commit ${shaCode(report.gitSha)}` : ''}.`,
        `**Method:** ${report.counts.total} comparison${report.counts.total === 1 ? '' : 's'}; a metric fails when it moves the wrong way beyond its tolerance${report.alpha !== undefined ? ` and, where per-sample predictions allow a test, the change is significant at α = ${report.alpha}` : ''}; fail-on ${report.failOn}${correctionNote(report)}. Changes of proportions are in percentage points (pp); MDE is the minimum detectable effect at ${(0,number_format/* formatNumber */.ZV)((report.power ?? 0.8) * 100)}% power.`
    ];
    const reasons = report.reasons.filter((reason) => !reason.startsWith('pass'));
    if (reasons.length > 0) {
        const shown = reasons.slice(0, MAX_REASONS).map((reason) => `- ${(0,markdown_escape/* escapeText */.X1)(reason)}`);
        if (reasons.length > MAX_REASONS)
            shown.push(`- … and ${reasons.length - MAX_REASONS} more in the full report`);
        lines.push(`**Reasons:**\n\n${shown.join('\n')}`);
    }
    return (0,details/* details */.z)('Method and provenance', lines.join('\n\n'));
}
function correctionNote(report) {
    const correction = report.correction;
    if (correction === undefined || correction.family <= 1)
        return '';
    return `; p-values adjusted by ${verdicts/* CORRECTION_LABELS */.Lz[correction.method]} over ${correction.family} tests`;
}
/** A commit as 7 characters, the full value in the title a mouse-over shows. */
function shaCode(sha) {
    const safe = sha.replace(/[^0-9a-fA-F]/g, '');
    return `<code title="${safe}">${safe.slice(0, 7)}</code>`;
}
function baselineLine(baseline, url, workspace) {
    const commit = baseline.gitSha ? ` at commit ${shaCode(baseline.gitSha)}` : '';
    const link = url ? ` ([run](${safeUrl(url)}))` : '';
    switch (baseline.source) {
        case 'none':
            return '**Baseline:** none yet (first run): the candidate is shown alone and nothing can regress. Bounds and required metrics still apply.';
        case 'registry': {
            const ref = `${baseline.model ?? '?'}@${baseline.alias ?? '?'}`;
            const version = baseline.version !== undefined ? ` → version ${baseline.version}` : '';
            const where = baseline.path ? ` in ${(0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(baseline.path, workspace))}` : '';
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
                .map((source) => (0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(source, workspace)))
                .join(', ');
            return `**Baseline:** ${files || 'file'}${commit}.`;
        }
    }
}
/**
 * The most interesting `maxRows` metrics as a table, their numbers formatted over the rows shown
 * (a column's decimals come from what the reader sees, and 10^5 hidden rows cost nothing).
 */
function metricTable(order, hasBaseline, significantDigits) {
    const shown = order.shown();
    const numbers = metricNumbers(shown, significantDigits);
    const withCi = shown.some((metric) => metric.ci !== undefined || metric.pValue !== undefined || metric.evidence !== undefined);
    const headers = hasBaseline
        ? ['Metric', 'Baseline', 'Candidate', 'Δ', ...(withCi ? [ciHeader(shown)] : []), 'Status']
        : ['Metric', 'Candidate', 'Status'];
    const cell = (text) => text === undefined ? undefined : (0,trusted/* trustedMarkdown */.p)(text);
    const rows = shown.map((metric) => {
        const name = metric.name;
        if (!hasBaseline)
            return [name, cell(numbers.value(metric, 'candidate')), statusCell(metric)];
        return [
            name,
            cell(numbers.value(metric, 'baseline')),
            cell(numbers.value(metric, 'candidate')),
            cell(numbers.delta(metric)),
            ...(withCi ? [ciCell(metric, numbers)] : []),
            statusCell(metric)
        ];
    });
    const align = hasBaseline
        ? ['left', 'right', 'right', 'right', ...(withCi ? ['right'] : []), 'left']
        : ['left', 'right', 'left'];
    let markdown = (0,table/* table */.t)(headers, rows, align, { alignDelimiters: shown.length <= 50 });
    const omitted = order.size - shown.length;
    if (omitted > 0) {
        markdown += `\n\n_${omitted} more metric${omitted === 1 ? '' : 's'} (${describeOmitted(order.omittedVerdicts())}) are in the full report._`;
    }
    return markdown;
}
function describeOmitted(counts) {
    return [...counts].map(([verdict, count]) => `${count} ${VERDICT_TEXT[verdict]}`).join(', ');
}
function ciHeader(metrics) {
    const levels = new Set(metrics.map((metric) => metric.ci?.level).filter((level) => level !== undefined));
    const [level] = levels;
    return levels.size === 1 && level !== undefined ? `${(0,number_format/* formatNumber */.ZV)(level * 100)}% CI` : 'CI';
}
function groupDetails(group, hasBaseline, maxCells, significantDigits) {
    const summary = `${(0,markdown_escape/* escapeHtml */.ZD)(group.name)}: ${group.members.length} × ${group.fields.length}${countsSuffix(group.counts)}`;
    const open = group.counts.outcomes.fail > 0 || group.counts.outcomes.inconclusive > 0;
    if (group.members.length * group.fields.length > maxCells) {
        const changed = group.cells.filter((cell) => cell.verdict !== 'unchanged' && cell.verdict !== 'within-tolerance');
        const body = changed.length === 0
            ? '_Every cell is unchanged._'
            : metricTable(inInterestOrder(changed, maxCells), hasBaseline, significantDigits);
        return (0,details/* details */.z)((0,trusted/* trustedMarkdown */.p)(summary), `_Too many cells to show as a grid; the changed ones:_\n\n${body}`, { open });
    }
    const byCell = new Map();
    const cellsOfField = new Map();
    for (const cell of group.cells) {
        if (!cell.group)
            continue;
        byCell.set(`${cell.group.member}\u0000${cell.group.field}`, cell);
        const column = cellsOfField.get(cell.group.field) ?? [];
        column.push(cell);
        cellsOfField.set(cell.group.field, column);
    }
    // One formatter per column, so that each column's numbers share their decimals.
    const numbersOfField = new Map([...cellsOfField].map(([field, cells]) => [field, metricNumbers(cells, significantDigits)]));
    const rows = group.members.map((member) => [
        member,
        ...group.fields.map((field) => {
            const cell = byCell.get(`${member}\u0000${field}`);
            const numbers = numbersOfField.get(field);
            return cell === undefined || numbers === undefined
                ? undefined
                : groupCell(cell, hasBaseline, numbers);
        })
    ]);
    const legend = hasBaseline
        ? '\n\n_Each cell: candidate, under it the change against the baseline (pp = percentage points)._'
        : '';
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
function groupCell(cell, hasBaseline, numbers) {
    const value = numbers.value(cell, 'candidate') ?? '–';
    const counted = isCountMetric(cell);
    const delta = hasBaseline && !counted && typeof cell.delta === 'number' && cell.delta !== 0
        ? `<br>(${numbers.delta(cell)?.replace(/\u00A0\(.*\)$/, '') ?? ''})`
        : '';
    const mark = cellMark(cell);
    // The change goes under the value: side by side, a grid of five fields is wider than a comment.
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
    const emoji = statusEmoji(metric);
    const gating = metric.gating || metric.outcome === 'pass' ? '' : ' (not gating)';
    return (0,trusted/* trustedMarkdown */.p)(`${emoji}\u00A0${VERDICT_TEXT[metric.verdict]}${gating}`);
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
        case 'no-significant-change':
        case 'within-tolerance':
            return '〰️';
        case 'regressed':
            return '🔻';
        case 'changed':
            return '🔵';
        default:
            return '✅';
    }
}
function ciCell(metric, numbers) {
    const parts = [];
    const interval = numbers.interval(metric);
    if (interval !== undefined)
        parts.push(interval);
    if (metric.pValue !== undefined)
        parts.push(formatPValue(metric.pValue));
    if (metric.pAdjusted !== undefined && metric.pAdjusted !== metric.pValue)
        parts.push(`adj. ${formatPValue(metric.pAdjusted)}`);
    const mde = numbers.minimumEffect(metric);
    if (mde !== undefined && metric.significant === false)
        parts.push(`MDE\u00A0±${mde}`);
    if (metric.evidence === 'no-statistics')
        parts.push('no statistics');
    return parts.length === 0 ? undefined : (0,trusted/* trustedMarkdown */.p)(parts.join(', '));
}
function linksLine(report, options, reportRunUrl) {
    const links = [];
    const runUrl = options.runUrl ?? reportRunUrl;
    if (runUrl)
        links.push(`[workflow run](${safeUrl(runUrl)})`);
    if (options.reportUrl)
        links.push(`[full report](${safeUrl(options.reportUrl)})`);
    return links.length === 0 ? '' : `<sub>${links.join(' · ')}</sub>`;
}
/** Only http(s) links, with characters that could end the markdown link destination encoded. */
function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return '#';
    return url.replace(/[()<>\s"'`]/g, (character) => encodeURIComponent(character));
}

// EXTERNAL MODULE: ./packages/github/src/pull-request-comment.ts
var pull_request_comment = __webpack_require__(81866);
// EXTERNAL MODULE: ./packages/github/src/issue-alert.ts
var issue_alert = __webpack_require__(2021);
;// CONCATENATED MODULE: ./actions/compare-metrics/src/publish-report.ts


/** The summary gets more rows than the comment: its limit is 1 MiB, not 65,536 characters. */
const SUMMARY_MIN_ROWS = 2000;
/**
 * Everything a finished comparison shows: the sticky comment, annotations on failing metrics, the
 * job summary (or stdout under the CLI), the outputs, and the failure when the gate says so.
 */
async function publishReport(request) {
    const { report, inputs, context } = request;
    const render = reportRenderer(request);
    const commentMarkdown = render(inputs.maxRows ?? 200);
    const comment = await commentOnTheChange(request, commentMarkdown);
    const comparisons = (0,report_reader/* allComparisons */.mF)(report);
    const failing = comparisons.filter((metric) => metric.outcome === 'fail');
    // The posting half of the fork mode leaves annotations and the alert to the run that computed
    // the report.
    if (request.gate)
        annotateMetrics(context, comparisons);
    const alertIssue = request.gate
        ? await alertOnRetrain(request, commentMarkdown, failing.map((metric) => metric.name))
        : undefined;
    const summaryMarkdown = context.cli || inputs.summary
        ? render(Math.max(inputs.maxRows ?? 200, SUMMARY_MIN_ROWS))
        : undefined;
    const failure = gateFailure(request);
    return {
        outputs: {
            ...verdictOutputs(report, comparisons),
            ...(request.reportPath ? { 'report-path': request.reportPath } : {}),
            ...commentOutputs(comment),
            ...(alertIssue ? { 'alert-issue': alertIssue } : {})
        },
        ...(summaryMarkdown ? { report: summaryMarkdown } : {}),
        ...(failure ? { failure } : {})
    };
}
/** The report as markdown at a row limit; links into the repository only when the run names one. */
function reportRenderer(request) {
    const { report, inputs, context } = request;
    const repository = context.env.GITHUB_REPOSITORY;
    const serverUrl = (context.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return (maxRows) => renderComparisonMarkdown(report, {
        ...(repository ? { trustedLinkPrefix: `${serverUrl}/${repository}/` } : {}),
        workspace: context.env.GITHUB_WORKSPACE || context.cwd,
        ...request.markdown,
        title: inputs.title,
        maxRows,
        significantDigits: inputs.precision ?? 4
    });
}
/**
 * The sticky comment on the pull request: the verified one of the fork mode, else the event's or
 * pr-number. The CLI comments too when it has a token and a pull request (flags or the CI's variables).
 */
function commentOnTheChange(request, markdown) {
    const { inputs, context } = request;
    const truncationLink = request.markdown.reportUrl ?? request.markdown.runUrl;
    const pullRequestNumber = request.pullRequestNumber ?? inputs.prNumber;
    return (0,pull_request_comment/* commentOnPullRequest */.r)({
        cwd: context.cwd,
        action: 'compare-metrics',
        markdown,
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
/** An error annotation on each failing metric, then a warning on each inconclusive one. */
function annotateMetrics(context, comparisons) {
    for (const metric of comparisons.filter((each) => each.outcome === 'fail')) {
        context.log.error(`${metric.name}: ${metric.reason}`, {
            title: `${metric.name} ${metric.verdict} (compare-metrics)`
        });
    }
    for (const metric of comparisons.filter((each) => each.outcome === 'inconclusive')) {
        context.log.warning(`${metric.name}: ${metric.reason}`, {
            title: `${metric.name} inconclusive (compare-metrics)`
        });
    }
}
/** What the comparison decided, as the outputs a later step reads. */
function verdictOutputs(report, comparisons) {
    return {
        result: report.overall,
        regressed: comparisons
            .filter((metric) => metric.outcome === 'fail')
            .map((metric) => metric.name),
        improved: comparisons
            .filter((metric) => metric.verdict === 'improved')
            .map((metric) => metric.name),
        counts: JSON.stringify({
            total: report.counts.total,
            ...report.counts.verdicts,
            outcomes: report.counts.outcomes
        }),
        'baseline-source': report.baseline.source
    };
}
/** Where the comment went (or why it did not): `comment-status` is `<action>[:<code>]`. */
function commentOutputs(comment) {
    return {
        ...(comment.commentId !== undefined ? { 'comment-id': comment.commentId } : {}),
        ...(comment.url ? { 'comment-url': comment.url } : {}),
        'comment-status': comment.code ? `${comment.action}:${comment.code}` : comment.action
    };
}
/**
 * The step's failure message when the gate holds it to the result. overall is inconclusive only when
 * fail-on (input or rules) is inconclusive, so it fails then too.
 */
function gateFailure(request) {
    const { report, inputs } = request;
    if (!request.gate || inputs.failOn === 'never' || report.overall === 'pass')
        return undefined;
    const verdict = comparisonVerdict(report, inputs.precision ?? 4);
    return `Metrics comparison ${report.overall === 'fail' ? 'failed' : report.overall}: ${verdict}`;
}
/** With `alert: issue` on a scheduled or dispatched run: a regression raises the alert, a pass closes it. */
async function alertOnRetrain(request, comparisonMarkdown, failing) {
    const { inputs, context } = request;
    if (inputs.alert === 'off')
        return undefined;
    const { isUnattendedRun, retrainAlertChange } = await __webpack_require__.e(/* import() */ 2733).then(__webpack_require__.bind(__webpack_require__, 32733));
    if (!isUnattendedRun(request.eventName)) {
        context.log.debug(`alert: ${request.eventName || 'this'} run is not scheduled; no alert issue`);
        return undefined;
    }
    const subject = inputs.modelName || context.env.GITHUB_WORKFLOW || 'metrics';
    const change = retrainAlertChange({
        report: request.report,
        subject,
        failing,
        ...(request.markdown.runUrl ? { runUrl: request.markdown.runUrl } : {}),
        ...(request.reportPath ? { reportPath: request.reportPath } : {}),
        comparisonMarkdown
    });
    if (!change)
        return undefined;
    const outcome = await (0,issue_alert/* alertOnIssue */.l)({
        mode: inputs.alert,
        action: 'compare-metrics',
        key: inputs.commentKey || subject,
        change,
        token: inputs.githubToken,
        env: context.env,
        logger: context.log,
        cwd: context.cwd,
        ...(request.timing ? { timing: request.timing } : {})
    });
    return 'url' in outcome ? outcome.url : undefined;
}


/***/ }),

/***/ 87877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countComparisons),
/* harmony export */   W: () => (/* binding */ sumCounts)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32999);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8931);

function countComparisons(comparisons) {
    const { verdicts, outcomes } = zeroCounts();
    let total = 0;
    for (const comparison of comparisons) {
        verdicts[comparison.verdict] += 1;
        outcomes[comparison.outcome] += 1;
        total += 1;
    }
    return { total, verdicts, outcomes };
}
/** The counts of several lists together, without walking their comparisons again. */
function sumCounts(parts) {
    const { verdicts, outcomes } = zeroCounts();
    let total = 0;
    for (const part of parts) {
        for (const verdict of _report_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk)
            verdicts[verdict] += part.verdicts[verdict];
        for (const outcome of _report_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOMES */ .i)
            outcomes[outcome] += part.outcomes[outcome];
        total += part.total;
    }
    return { total, verdicts, outcomes };
}
function zeroCounts() {
    const verdicts = Object.fromEntries(_report_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk.map((verdict) => [verdict, 0]));
    const outcomes = Object.fromEntries(_report_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOMES */ .i.map((outcome) => [outcome, 0]));
    return { verdicts, outcomes };
}


/***/ }),

/***/ 65496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ nameWords),
/* harmony export */   _w: () => (/* binding */ inferDirection),
/* harmony export */   ao: () => (/* binding */ loweredWords),
/* harmony export */   qt: () => (/* binding */ endsWithNeutralWord)
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
    const lowered = loweredWords(name);
    if (LOWER_WORD.test(lowered))
        return 'lower';
    if (NEUTRAL_LAST_WORD.test(lowered))
        return 'neutral';
    return 'higher';
}
/** Whether the name's last word is a count or a step (support, samples, epoch): not a quality. */
function endsWithNeutralWord(name) {
    return NEUTRAL_LAST_WORD.test(loweredWords(name));
}
/** The name lowercased with its camelCase humps spaced: nameWords' words, unsplit. */
function loweredWords(name) {
    const spaced = /[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : name;
    return spaced.toLowerCase();
}


/***/ }),

/***/ 40692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ cellName),
/* harmony export */   N1: () => (/* binding */ welchStatistics),
/* harmony export */   ti: () => (/* binding */ summariseRuns)
/* harmony export */ });
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
async function welchStatistics(candidate, baseline, level) {
    // Only comparisons of several runs per side need the t distribution.
    const { welchTTest } = await __webpack_require__.e(/* import() */ 9426).then(__webpack_require__.bind(__webpack_require__, 49426));
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


/***/ }),

/***/ 77472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isRateMetric)
/* harmony export */ });
/* harmony import */ var _direction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65496);

/**
 * Words that name a proportion (a value from 0 to 1). A change of such a metric is read in
 * percentage points (0.9444 → 0.9481 is +0.37 pp): "+0.39%" of a rate is a relative change that
 * readers take for the absolute one.
 */
const RATE_WORDS = new Set([
    'accuracy',
    'acc',
    'precision',
    'recall',
    'f1',
    'f1score',
    'fscore',
    'auc',
    'roc',
    'pr',
    'iou',
    'miou',
    'map',
    'dice',
    'jaccard',
    'specificity',
    'sensitivity',
    'rate',
    'fpr',
    'fnr',
    'tpr',
    'tnr',
    'wer',
    'cer',
    'eer',
    'top1',
    'top5'
]);
/** Whether the metric is a proportion by its name and both its values lie in [0, 1]. */
function isRateMetric(metric) {
    const inUnitRange = (value) => value === null || (typeof value === 'number' && value >= 0 && value <= 1);
    if (!inUnitRange(metric.baseline) || !inUnitRange(metric.candidate))
        return false;
    if (metric.baseline === null && metric.candidate === null)
        return false;
    return RATE_WORD.test((0,_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .loweredWords */ .ao)(metric.name));
}
// A word of the name (as nameWords splits it) that is a rate word, as one regex: this runs per
// metric, 10^5 times, where splitting into an array of words did not pay.
const RATE_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${[...RATE_WORDS].join('|')})(?![a-z0-9])`);


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
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32999);
/* harmony import */ var _metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4013);



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
// 'within-noise' is what reports written before the no-significant-change status said.
const VERDICTS = new Set([..._report_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk, 'within-noise']);
function reportProblems(value) {
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value))
        return ['not a JSON object'];
    const problems = [];
    if (value.schemaVersion !== 1)
        problems.push(`schemaVersion is ${String(value.schemaVersion)}`);
    if (value.kind !== 'metrics-comparison')
        problems.push(`kind is ${String(value.kind)}`);
    if (!OVERALL.has(String(value.overall)))
        problems.push('overall is not pass/fail/inconclusive');
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value.baseline) || typeof value.baseline.source !== 'string')
        problems.push('baseline.source is missing');
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value.candidate) || !Array.isArray(value.candidate.sources))
        problems.push('candidate.sources is missing');
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value.counts))
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
            if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(group) ||
                typeof group.name !== 'string' ||
                !Array.isArray(group.members) ||
                !Array.isArray(group.fields) ||
                !Array.isArray(group.cells) ||
                !(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(group.counts)) {
                problems.push(`groups[${index}] is malformed`);
                return;
            }
            group.cells.forEach((cell, cellIndex) => metricProblems(cell, `groups[${index}].cells[${cellIndex}]`, problems));
        });
    return problems;
}
function metricProblems(value, where, problems) {
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(value) || typeof value.name !== 'string') {
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


/***/ }),

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ OUTCOMES)
/* harmony export */ });
/**
 * The comparison report: plain JSON (JSON.stringify round-trips it). Non-finite metric values,
 * which JSON cannot hold, are written as the strings 'NaN', 'Infinity' and '-Infinity'.
 */

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

/***/ 32999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ CORRECTION_LABELS),
/* harmony export */   W4: () => (/* binding */ VERDICT_LABELS),
/* harmony export */   Zf: () => (/* binding */ DEFAULT_CORRECTION),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   qc: () => (/* binding */ DEFAULT_POWER),
/* harmony export */   ql: () => (/* binding */ CORRECTIONS)
/* harmony export */ });
/* unused harmony exports VERDICT_MEANINGS, EVIDENCE_LABELS */
const VERDICTS = [
    'regressed',
    'improved',
    'changed',
    'no-significant-change',
    'inconclusive',
    'within-tolerance',
    'unchanged',
    'missing',
    'new',
    'failed-bound'
];
/** The words a comment shows for each status. */
const VERDICT_LABELS = {
    regressed: 'regressed',
    improved: 'improved',
    changed: 'changed',
    'no-significant-change': 'no significant change',
    inconclusive: 'inconclusive',
    'within-tolerance': 'within tolerance',
    unchanged: 'unchanged',
    missing: 'missing',
    new: 'new',
    'failed-bound': 'out of bounds'
};
/** One sentence per status, for legends and docs. */
const VERDICT_MEANINGS = {
    regressed: 'worse by more than the tolerance, and significant at α after the correction (or the metric has no statistics)',
    improved: 'better by more than the tolerance, and significant (or the metric has no statistics)',
    changed: 'a neutral metric moved by more than its tolerance',
    'no-significant-change': 'moved by more than the tolerance, but not significantly; the minimum detectable effect says what this sample could have detected',
    inconclusive: 'moved by more than the tolerance, and the statistics cannot decide (degenerate test)',
    'within-tolerance': 'moved, but no more than the tolerance allows',
    unchanged: 'equal to the baseline',
    missing: 'in the baseline (or required) but absent from the candidate',
    new: 'absent from the baseline',
    'failed-bound': 'outside its min/max bounds'
};
const EVIDENCE_LABELS = {
    statistics: 'statistics',
    'no-statistics': 'no statistics'
};
const CORRECTIONS = ['holm', 'bh', 'none'];
const CORRECTION_LABELS = {
    holm: 'Holm (family-wise error rate)',
    bh: 'Benjamini–Hochberg (false discovery rate)',
    none: 'none'
};
const DEFAULT_CORRECTION = 'holm';
/** Power at which the minimum detectable effect is stated. */
const DEFAULT_POWER = 0.8;


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

/***/ 81866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _step_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21596);

/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const run = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .readStepRun */ .wR)(options, options.pullRequestNumber);
    const { event, onRunner } = run;
    if (!event.pullRequest || !event.repository) {
        const reason = onRunner
            ? `no pull request to comment on (event ${event.eventName || 'unknown'})`
            : `no GitHub pull request to comment on (${event.provider} run${event.ref ? ` of ${event.ref}` : ''}; pr-number names one)`;
        // A local run with no token never meant to comment: no line for it.
        const say = (message) => onRunner || options.token ? options.logger.info(message) : options.logger.debug(message);
        say(`Not commenting: ${reason}; the results are in the ${onRunner ? 'job summary' : 'output'}.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .missingTokenReason */ .Kk)(onRunner);
        options.logger.warning(`Not commenting on ${event.repository.owner}/${event.repository.repo}#${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const { octokit, viewerLogin } = await (0,_step_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectStep */ .nA)(options.token, run, options);
    const sticky = {
        ...(viewerLogin ? { viewerLogin } : {}),
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        // Off the runner there is no workflow/job pair: the CI and its job name keep one comment per job
        // (CircleCI's workflow id changes with every run, so it cannot be part of it).
        ...(options.key
            ? { key: options.key }
            : onRunner
                ? {}
                : { key: `${event.provider}/${event.job || 'job'}` }),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 4642).then(__webpack_require__.bind(__webpack_require__, 44642));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}


/***/ })

};
;