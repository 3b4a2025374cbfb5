"use strict";
exports.id = 6854;
exports.ids = [6854];
exports.modules = {

/***/ 88537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ parseMetricHistory),
/* harmony export */   OZ: () => (/* binding */ formatMetricHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_LIMIT, historyPointOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4013);


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
    if (!(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) || !(0,_metrics_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value.metrics)) {
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


/***/ }),

/***/ 86854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatMetricHistory: () => (/* reexport */ compare_history/* formatMetricHistory */.OZ),
  historyPointOfReport: () => (/* reexport */ report_reader/* historyPointOfReport */.sL),
  parseComparisonRules: () => (/* reexport */ parseComparisonRules),
  parseMetricHistory: () => (/* reexport */ compare_history/* parseMetricHistory */.Az)
});

// UNUSED EXPORTS: BUILT_IN_DEFAULTS, CORRECTIONS, CORRECTION_LABELS, DEFAULT_ALPHA, DEFAULT_CORRECTION, DEFAULT_MAX_ROWS, DEFAULT_POWER, DEFAULT_RULES, EVIDENCE_LABELS, HISTORY_LIMIT, LOWER_IS_BETTER, NEUTRAL_WORDS, OUTCOMES, RuleMatcher, VERDICTS, VERDICT_LABELS, VERDICT_MEANINGS, allComparisons, candidateDocumentOf, cellName, compareMetrics, comparisonRulesFromValue, comparisonVerdict, correctForMultiplicity, exactDifference, historyPointOf, inferDirection, nameWords, parseMetricsComparisonReport, parseSettingNumber, renderComparisonMarkdown, ruleMatcherFor, summariseRuns, welchStatistics, withReportEnvelope

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/yaml-text.ts
var yaml_text = __webpack_require__(54076);
// EXTERNAL MODULE: ./packages/core/src/compare/rules.ts
var rules = __webpack_require__(97342);
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

// EXTERNAL MODULE: ./packages/core/src/compare/verdicts.ts
var verdicts = __webpack_require__(32999);
;// CONCATENATED MODULE: ./packages/core/src/compare/rules-parser.ts





/**
 * Rules file (YAML, or JSON, which is YAML):
 *
 *   fail-on: regression          # or inconclusive
 *   groups: report               # or gate: per-class cells gate without a rule naming them
 *   alpha: 0.05
 *   correction: holm             # or bh (Benjamini–Hochberg) or none, over the gated p-values
 *   exempt-headline: false       # true: metrics named exactly by a rule skip the correction
 *   power: 0.8                   # of the minimum detectable effect shown when not significant
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
const TOP_LEVEL_KEYS = [
    'defaults',
    'metrics',
    'fail-on',
    'groups',
    'alpha',
    'correction',
    'exempt-headline',
    'power'
];
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
    const value = await (0,yaml_text/* parseYamlText */.c)(text, {
        failure: `${source}: not valid YAML/JSON`,
        input: 'rules',
        mapAsMap: true
    });
    return comparisonRulesFromValue(value, source);
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
        ? rules/* BUILT_IN_DEFAULTS */.K1
        : parseDefaults(defaultsValue, at.child('defaults'));
    const metricsValue = top.get('metrics');
    const metrics = metricsValue === undefined || metricsValue === null
        ? []
        : parseMetrics(metricsValue, at.child('metrics'));
    const alpha = top.has('alpha')
        ? numberSetting(top.get('alpha'), at.child('alpha'))
        : rules/* DEFAULT_ALPHA */.pO;
    if (!(alpha > 0 && alpha < 1))
        at.child('alpha').fail(`must be between 0 and 1, got ${alpha}`);
    const power = top.has('power') ? numberSetting(top.get('power'), at.child('power')) : undefined;
    if (power !== undefined && !(power > 0 && power < 1))
        at.child('power').fail(`must be between 0 and 1, got ${power}`);
    return {
        source,
        defaults,
        metrics,
        failOn: top.has('fail-on')
            ? choice(top.get('fail-on'), FAIL_ON, at.child('fail-on'))
            : 'regression',
        groups: top.has('groups') ? choice(top.get('groups'), GROUPS, at.child('groups')) : 'report',
        alpha,
        ...(top.has('correction')
            ? { correction: choice(top.get('correction'), verdicts/* CORRECTIONS */.ql, at.child('correction')) }
            : {}),
        ...(top.has('exempt-headline')
            ? {
                exemptHeadline: booleanSetting(top.get('exempt-headline'), at.child('exempt-headline'))
            }
            : {}),
        ...(power !== undefined ? { power } : {})
    };
}
function withDefaults(source) {
    return {
        source,
        defaults: rules/* BUILT_IN_DEFAULTS */.K1,
        metrics: [],
        failOn: 'regression',
        groups: 'report',
        alpha: rules/* DEFAULT_ALPHA */.pO
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
        ...rules/* BUILT_IN_DEFAULTS */.K1,
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

// EXTERNAL MODULE: ./packages/core/src/compare/history.ts
var compare_history = __webpack_require__(88537);
// EXTERNAL MODULE: ./packages/core/src/compare/report-reader.ts
var report_reader = __webpack_require__(47983);
;// CONCATENATED MODULE: ./packages/core/src/compare/index.ts

















/***/ })

};
;