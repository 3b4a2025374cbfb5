"use strict";
exports.id = 6290;
exports.ids = [6290];
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
        // Each baseline source loads its code (registry client; GitHub client, report and zip readers
        // for artifacts) only when used.
        const { registryBaseline } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(6410)]).then(__webpack_require__.bind(__webpack_require__, 49162));
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
    const { artifactBaseline } = await __webpack_require__.e(/* import() */ 8081).then(__webpack_require__.bind(__webpack_require__, 48081));
    return artifactBaseline(context, source === 'artifact');
}


/***/ }),

/***/ 36290:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
;// CONCATENATED MODULE: ./packages/core/src/compare/compare-metrics.ts





async function compareMetrics(candidate, baseline, rules = compare_rules/* DEFAULT_RULES */.ck, options = {}) {
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
        const welch = await welchStatistics(candidateSummary, baselineSummary, options.level ?? 1 - alpha);
        for (const [name, result] of options.statistics ?? [])
            welch.set(name, {
                ...result,
                runs: { baseline: baselineSummary.runs, candidate: candidateSummary.runs }
            });
        statistics = welch;
    }
    const context = {
        matcher: await ruleMatcherFor(rules),
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

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/github/src/event-context.ts
var event_context = __webpack_require__(87771);
// EXTERNAL MODULE: ./actions/compare-metrics/src/baseline-resolution.ts
var baseline_resolution = __webpack_require__(19659);
// EXTERNAL MODULE: ./actions/compare-metrics/src/metrics-sides.ts
var metrics_sides = __webpack_require__(95739);
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
            return (await __webpack_require__.e(/* import() */ 3501).then(__webpack_require__.bind(__webpack_require__, 93501))).postReport({
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
        const comparison = await compareMetrics(candidate, baseline.documents, rules, {
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
    const { predictionEvidence } = await Promise.all(/* import() */[__webpack_require__.e(5676), __webpack_require__.e(3984)]).then(__webpack_require__.bind(__webpack_require__, 3984));
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
    for (const metric of evidence.mismatches) {
        context.log.warning(`${metric}: the value computed from candidate-predictions differs from the reported one; are they from the same run?`, { title: 'compare-metrics: predictions do not match the metrics' });
    }
    return evidence.statistics;
}
async function historyFor(inputs, context, fromArtifact) {
    if (inputs.history === 'registry') {
        if (!inputs.modelName)
            throw new errors/* ConfigurationError */.j('history: registry needs the model-name input', 'history');
        const { registryHistory } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(6410)]).then(__webpack_require__.bind(__webpack_require__, 49162));
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
/* harmony import */ var _ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68138);
/* harmony import */ var _ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96650);






/**
 * One side of the comparison from its files: `merge` reads them all as one evaluation split across
 * files; `per-file` reads each file as one run (a seed), so the means are compared with Welch's
 * t-test.
 */
async function readSide(patterns, mode, cwd, input) {
    const options = { cwd, allowNonFinite: true };
    const named = (error) => {
        if (error instanceof _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j && error.input === undefined)
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${input}: ${error.message}`, input);
        throw error;
    };
    if (mode === 'merge')
        return [relativeSources(await (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_4__/* .readMetrics */ .U)(patterns, options).catch(named), cwd)];
    const files = await (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_5__/* .expandPathPatterns */ .t)(patterns, { cwd }).catch(named);
    if (files.length === 0)
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${input} names no files`, input);
    return Promise.all(files.map(async (file) => relativeSources(await (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_4__/* .readMetrics */ .U)([file], options).catch(named), cwd)));
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


/***/ })

};
;