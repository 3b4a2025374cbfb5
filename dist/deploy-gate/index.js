/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2521:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5756);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __nccwpck_require__(7177);
;// CONCATENATED MODULE: ./packages/action-kit/src/output-format.ts
/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/input-spec.ts

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function withDefault(kind, opts, parseGiven, extra = {}) {
    const required = opts.required ?? false;
    const fallback = opts.default ?? '';
    return {
        kind,
        required,
        default: fallback,
        ...extra,
        parse(raw, name) {
            const text = raw === '' ? fallback : raw;
            if (text === '' && required) {
                throw new errors/* ConfigurationError */.j(`Input required and not supplied: ${name}`, name);
            }
            return parseGiven(text, name);
        }
    };
}
const input = {
    string(opts = {}) {
        return withDefault('string', opts, (text) => text);
    },
    boolean(opts) {
        return withDefault('boolean', opts, (text, name) => {
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`, name);
        });
    },
    number(opts) {
        return withDefault('number', opts, (text, name) => {
            if (text === '')
                return undefined;
            const value = Number(text);
            const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`;
            if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`, name);
            }
            if ((opts.min !== undefined && value < opts.min) ||
                (opts.max !== undefined && value > opts.max)) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be in ${bounds}, got ${value}`, name);
            }
            return value;
        });
    },
    /** Newline- or comma-separated values; blank entries and `#` comments dropped. */
    list(opts = {}) {
        return withDefault('list', opts, (text) => splitList(text));
    },
    choice(choices, opts) {
        return withDefault('choice', opts, (text, name) => {
            if (choices.includes(text))
                return text;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`, name);
        }, { choices });
    }
};
function splitList(text) {
    return text
        .split(/\r?\n/)
        .flatMap((line) => (line.includes(',') && !/[{}]/.test(line) ? line.split(',') : [line]))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '' && !entry.startsWith('#'));
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Parse every input of a spec from a raw source (runner env, CLI flags, or a test table). */
function readInputs(spec, source) {
    const result = {};
    for (const [name, parser] of Object.entries(spec)) {
        result[camelCase(name)] = parser.parse((source(name) ?? '').trim(), name);
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts


/** `INPUT_<NAME>` with spaces as underscores, upper-cased, trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Appends `name<<delimiter` … to $GITHUB_OUTPUT; without that file, the legacy command. */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    (0,external_node_fs_.appendFileSync)(file, `${keyValueMessage(name, value)}${external_node_os_.EOL}`, 'utf8');
}
/** The heredoc form of an environment file entry; a random delimiter the text cannot contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output "${name}" contains its own delimiter`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, annotation) {
    issueCommand('warning', annotationCommandProperties(annotation), message);
}
function error(message, annotation) {
    issueCommand('error', annotationCommandProperties(annotation), message);
}
/** An error annotation, and the step's exit code set to 1 without ending the process early. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function issueCommand(command, properties, message) {
    process.stdout.write(`${formatCommand(command, properties, message)}${external_node_os_.EOL}`);
}
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function annotationCommandProperties(annotation) {
    if (!annotation)
        return {};
    return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts






const runnerLogger = {
    info: info,
    warning: warning,
    error: error,
    debug: debug,
    untrusted: (text) => {
        // A fresh random token per block: text inside cannot end the block or issue commands. (Web
        // Crypto, as in workflow-commands.ts: node:crypto would load at start-up.)
        const token = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
        process.stdout.write(`::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`);
    }
};
/**
 * The runner entry point of every action: read inputs, run the body, write outputs and the job
 * summary, then fail if the body asked to. It never throws: a ConfigurationError becomes a
 * failure naming the input, anything else a failure with the stack at debug level.
 */
async function runAction(definition, body) {
    try {
        const inputs = readInputs(definition.inputs, (name) => getInput(name));
        const context = {
            log: runnerLogger,
            env: process.env,
            cwd: process.cwd(),
            cli: false
        };
        const outcome = await body(inputs, context);
        for (const name of definition.outputs) {
            const value = outcome.outputs[name];
            if (value !== undefined)
                setOutput(name, formatOutput(value));
        }
        if (outcome.report)
            await writeJobSummary(outcome.report);
        if (outcome.failure)
            setFailed(outcome.failure);
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (error instanceof errors/* ConfigurationError */.j) {
            setFailed(error.message);
        }
        else {
            setFailed(`${definition.name} failed unexpectedly: ${error.message}`);
            debug(error.stack ?? String(error));
        }
    }
}
/** Append to $GITHUB_STEP_SUMMARY, keeping this step's contribution under GitHub's 1 MiB limit. */
async function writeJobSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const fitted = (0,fit_markdown/* fitMarkdown */.DJ)(markdown, {
        maxBytes: fit_markdown/* JOB_SUMMARY_LIMIT */.zS,
        notice: 'The job summary was cut to stay under GitHub’s 1 MiB limit; the full report is in the report file.'
    });
    await (0,promises_.appendFile)(path, fitted.text.endsWith('\n') ? fitted.text : `${fitted.text}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/action-definition.ts
function defineAction(definition) {
    return definition;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/registry-inputs.ts

const S3_PATH_STYLES = ['auto', 'true', 'false'];
/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
const registryInputs = {
    registry: input.string({ default: '.ml-registry' }),
    's3-endpoint': input.string(),
    's3-region': input.string(),
    's3-path-style': input.choice(S3_PATH_STYLES, { default: 'auto' })
};
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}

// EXTERNAL MODULE: ./packages/github/src/sticky-comment-plan.ts
var sticky_comment_plan = __nccwpck_require__(2496);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/definition.ts


const GATE_MODES = ['promote', 'rollback'];
const deployGate = defineAction({
    name: 'deploy-gate',
    inputs: {
        'model-name': input.string({ required: true }),
        candidate: input.string(),
        alias: input.string({ default: 'production' }),
        mode: input.choice(GATE_MODES, { default: 'promote' }),
        'rollback-to': input.number({ integer: true, min: 1 }),
        reports: input.list(),
        policy: input.string(),
        ...registryInputs,
        'allow-unsafe-aliases': input.boolean({ default: 'false' }),
        environment: input.string(),
        'environment-url': input.string(),
        'create-deployment': input.boolean({ default: 'true' }),
        'required-contexts': input.list(),
        'dry-run': input.boolean({ default: 'false' }),
        'allow-untrusted-events': input.boolean({ default: 'false' }),
        reason: input.string(),
        'decision-path': input.string(),
        comment: input.choice(sticky_comment_plan/* STICKY_COMMENT_MODES */.xB, { default: 'upsert' }),
        'comment-key': input.string(),
        'github-token': input.string()
    },
    outputs: [
        'decision',
        'reasons',
        'promoted',
        'candidate-version',
        'model-version',
        'previous-version',
        'model-uri',
        'decision-ref',
        'decision-path',
        'deployment-id'
    ]
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/glob-engine.ts
// Without one of these characters picomatch cannot see a glob, negation or escape in a pattern.
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
/** False means the pattern is certainly a plain name or path; true means ask the engine. */
function mayBeGlob(pattern) {
    return GLOB_SYNTAX.test(pattern);
}
/**
 * picomatch, loaded with the first pattern that needs it: plain names and paths are the common
 * case, and the engine would otherwise be a sizeable share of every step's start-up.
 */
async function loadGlobEngine() {
    return (await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23))).default;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/field-path.ts
class FieldPathError extends Error {
    name = 'FieldPathError';
}
const PLAIN = /^[^.[\]"=]+/;
function parseFieldPath(text) {
    const segments = [];
    let rest = text.trim();
    if (rest === '')
        throw new FieldPathError('the path is empty');
    let expectSegment = true;
    while (rest !== '') {
        if (rest.startsWith('[')) {
            const [segment, consumed] = parseBracket(rest, text);
            segments.push(segment);
            rest = rest.slice(consumed);
            expectSegment = false;
            continue;
        }
        if (!expectSegment) {
            if (!rest.startsWith('.'))
                throw new FieldPathError(`unexpected "${rest[0]}" in "${text}"`);
            rest = rest.slice(1);
            expectSegment = true;
            continue;
        }
        const plain = PLAIN.exec(rest);
        if (!plain)
            throw new FieldPathError(`expected a key at "${rest}" in "${text}"`);
        segments.push({ kind: 'key', key: plain[0].trim() });
        rest = rest.slice(plain[0].length);
        expectSegment = false;
    }
    if (expectSegment)
        throw new FieldPathError(`"${text}" ends with "."`);
    return { text: text.trim(), segments };
}
function parseBracket(rest, text) {
    const quoted = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest);
    if (quoted) {
        return [{ kind: 'key', key: JSON.parse(`"${quoted[1] ?? ''}"`) }, quoted[0].length];
    }
    const selector = /^\[\s*([^\]=\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\]]*?))\s*\]/.exec(rest);
    if (selector) {
        const value = selector[2] !== undefined ? JSON.parse(`"${selector[2]}"`) : (selector[3] ?? '');
        return [{ kind: 'select', key: selector[1] ?? '', value }, selector[0].length];
    }
    const index = /^\[\s*(\d+)\s*\]/.exec(rest);
    if (index)
        return [{ kind: 'key', key: index[1] ?? '' }, index[0].length];
    throw new FieldPathError(`"${text}" has a bracket that is not ["key"], [index] or [field=value]`);
}
/** Follows the path; absent keys, out-of-range indices and unmatched selectors are "not found". */
function lookupField(root, path) {
    let current = root;
    for (const segment of path.segments) {
        if (segment.kind === 'select') {
            if (!Array.isArray(current))
                return { found: false };
            current = current.find((item) => isRecord(item) &&
                Object.hasOwn(item, segment.key) &&
                sameText(item[segment.key], segment.value));
            if (current === undefined)
                return { found: false };
            continue;
        }
        if (Array.isArray(current) && /^\d+$/.test(segment.key)) {
            const index = Number(segment.key);
            if (index >= current.length)
                return { found: false };
            current = current[index];
            continue;
        }
        if (!isRecord(current) || !Object.hasOwn(current, segment.key))
            return { found: false };
        current = current[segment.key];
    }
    return current === undefined ? { found: false } : { found: true, value: current };
}
function sameText(value, text) {
    return ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
        String(value) === text);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/core/src/policy/value-checks.ts
/** Numbers, and the strings reports use for values JSON cannot hold. */
function numericValue(value) {
    if (typeof value === 'number')
        return value;
    if (value === 'NaN')
        return Number.NaN;
    if (value === 'Infinity')
        return Number.POSITIVE_INFINITY;
    if (value === '-Infinity')
        return Number.NEGATIVE_INFINITY;
    return undefined;
}
function describeThreshold(min, max) {
    if (min !== undefined && max !== undefined)
        return `${min} ≤ x ≤ ${max}`;
    if (min !== undefined)
        return `≥ ${min}`;
    return `≤ ${String(max)}`;
}
function checkThreshold(value, min, max) {
    const number = numericValue(value);
    if (number === undefined)
        return { status: 'fail', detail: `${show(value)} is not a number` };
    if (Number.isNaN(number))
        return { status: 'fail', detail: 'the value is NaN' };
    if (min !== undefined && number < min)
        return { status: 'fail', detail: `${number} is below the minimum ${min}` };
    if (max !== undefined && number > max)
        return { status: 'fail', detail: `${number} is above the maximum ${max}` };
    return { status: 'pass', detail: `${number} is within ${describeThreshold(min, max)}` };
}
function checkEquals(value, expected) {
    return value === expected
        ? { status: 'pass', detail: `is ${show(expected)}` }
        : { status: 'fail', detail: `is ${show(value)}, not ${show(expected)}` };
}
function checkOneOf(value, expected) {
    return expected.some((candidate) => candidate === value)
        ? { status: 'pass', detail: `${show(value)} is allowed` }
        : { status: 'fail', detail: `is ${show(value)}, not one of ${expected.map(show).join(', ')}` };
}
function describeRelative(direction, tolerance) {
    const sign = direction === 'higher' ? '≥' : '≤';
    const slack = tolerance.value === 0
        ? ''
        : ` ${direction === 'higher' ? '−' : '+'} ${formatTolerance(tolerance)}`;
    return `${sign} baseline${slack}`;
}
function formatTolerance(tolerance) {
    return tolerance.relative
        ? `${Number((tolerance.value * 100).toPrecision(12))}%`
        : String(tolerance.value);
}
/** Not worse than the baseline by more than the tolerance, in the direction that is better. */
function checkRelative(value, baseline, direction, tolerance) {
    const candidate = numericValue(value);
    const reference = numericValue(baseline);
    if (candidate === undefined)
        return { status: 'fail', detail: `${show(value)} is not a number` };
    if (reference === undefined)
        return { status: 'fail', detail: `the baseline ${show(baseline)} is not a number` };
    if (Number.isNaN(candidate) || Number.isNaN(reference)) {
        return { status: 'fail', detail: 'NaN cannot be compared' };
    }
    const allowed = tolerance.relative ? tolerance.value * Math.abs(reference) : tolerance.value;
    const bound = direction === 'higher' ? reference - allowed : reference + allowed;
    const ok = direction === 'higher' ? candidate >= bound : candidate <= bound;
    const change = candidate - reference;
    const moved = `${candidate} vs baseline ${reference} (${change >= 0 ? '+' : ''}${Number(change.toPrecision(12))})`;
    return ok
        ? { status: 'pass', detail: `${moved} is within ${describeRelative(direction, tolerance)}` }
        : {
            status: 'fail',
            detail: `${moved} is worse than ${describeRelative(direction, tolerance)} = ${Number(bound.toPrecision(12))}`
        };
}
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/verdict.ts
/** What a status does to the verdict, given the rule's settings. */
function effectOf(status, reportOnly, onMissing) {
    if (reportOnly || status === 'pass')
        return 'none';
    if (status === 'fail')
        return 'reject';
    return onMissing === 'pass' ? 'none' : onMissing;
}
/** Any rejection rejects; otherwise any inconclusive result leaves the decision to a human. */
function decideVerdict(results) {
    const rejecting = results.filter((result) => result.effect === 'reject');
    const undecided = results.filter((result) => result.effect === 'inconclusive');
    const reasons = [...rejecting, ...undecided].map((result) => `${result.name}: ${result.detail}`);
    const verdict = rejecting.length > 0 ? 'reject' : undecided.length > 0 ? 'inconclusive' : 'approve';
    return { verdict, reasons, results };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/evaluate-policy.ts




/**
 * Every rule of the policy against the reports and the run, in policy order. Pure: no I/O, no
 * `eval`; rules are data interpreted here.
 */
async function evaluatePolicy(policy, reports, context) {
    // Only allowed-refs rules match globs; a policy without them never loads picomatch.
    const picomatch = policy.rules.some((rule) => rule.type === 'allowed-refs')
        ? await loadGlobEngine()
        : undefined;
    return policy.rules.map((rule) => evaluateRule(rule, reports, context, picomatch));
}
function evaluateRule(rule, reports, context, picomatch) {
    switch (rule.type) {
        case 'reports-present':
            return reportsPresent(rule, reports);
        case 'lineage':
            return lineageFields(rule, context.lineage);
        case 'allowed-refs':
            // evaluatePolicy loaded picomatch because this rule exists.
            return allowedRefs(rule, context.ref, picomatch);
        case 'allowed-events':
            return allowedEvents(rule, context.event);
        default:
            return fieldRule(rule, reports);
    }
}
/** A kind given by several reports (matrix shards) must pass in each of them. */
function fieldRule(rule, reports) {
    const subject = `${rule.report}: ${rule.field.text}`;
    const expected = expectedText(rule);
    const matching = reports.filter((report) => report.kind === rule.report);
    if (matching.length === 0) {
        return result(rule, subject, expected, {
            status: 'missing',
            observed: undefined,
            detail: `no ${rule.report} report was given`
        });
    }
    const observations = matching.map((report) => observe(rule, report, reports));
    const worst = observations.find((o) => o.status === 'fail') ??
        observations.find((o) => o.status === 'missing') ??
        observations[0];
    const observed = observations.length === 1 ? worst.observed : observations.map((o) => o.observed ?? null);
    return result(rule, subject, expected, { ...worst, observed });
}
function observe(rule, report, all) {
    const found = lookupField(report.data, rule.field);
    const where = matchingCount(all, report.kind) > 1 ? ` in ${report.source}` : '';
    if (!found.found) {
        return {
            status: 'missing',
            observed: undefined,
            detail: `${rule.field.text} is absent${where}`
        };
    }
    const outcome = check(rule, found.value, report, all);
    return 'missing' in outcome
        ? { status: 'missing', observed: found.value, detail: outcome.missing }
        : { status: outcome.status, observed: found.value, detail: `${outcome.detail}${where}` };
}
function check(rule, value, report, all) {
    switch (rule.type) {
        case 'threshold':
            return checkThreshold(value, rule.min, rule.max);
        case 'equals':
            return checkEquals(value, rule.expected);
        case 'in':
            return checkOneOf(value, rule.expected);
        case 'relative': {
            // Within one kind the baseline comes from the same report; across kinds from the first.
            const source = rule.compareTo.report === report.kind
                ? report
                : all.find((candidate) => candidate.kind === rule.compareTo.report);
            if (!source)
                return { missing: `no ${rule.compareTo.report} report to compare with` };
            const baseline = lookupField(source.data, rule.compareTo.field);
            if (!baseline.found) {
                return {
                    missing: `the baseline ${rule.compareTo.report}: ${rule.compareTo.field.text} is absent`
                };
            }
            return checkRelative(value, baseline.value, rule.direction, rule.tolerance);
        }
    }
}
function expectedText(rule) {
    switch (rule.type) {
        case 'threshold':
            return describeThreshold(rule.min, rule.max);
        case 'equals':
            return `= ${show(rule.expected)}`;
        case 'in':
            return `one of ${rule.expected.map(show).join(', ')}`;
        case 'relative':
            return `${describeRelative(rule.direction, rule.tolerance)} (${rule.compareTo.report}: ${rule.compareTo.field.text})`;
    }
}
function reportsPresent(rule, reports) {
    const kinds = [...new Set(reports.map((report) => report.kind))];
    const absent = rule.kinds.filter((kind) => !kinds.includes(kind));
    return result(rule, 'reports', `all of ${rule.kinds.join(', ')}`, {
        status: absent.length === 0 ? 'pass' : 'fail',
        observed: kinds,
        detail: absent.length === 0
            ? `all ${rule.kinds.length} required reports are present`
            : `missing report${absent.length > 1 ? 's' : ''}: ${absent.join(', ')}`
    });
}
function lineageFields(rule, lineage) {
    const present = (path) => {
        const found = lookupField(lineage, path);
        return found.found && !isEmpty(found.value);
    };
    const absent = rule.fields.filter((path) => !present(path)).map((path) => path.text);
    const observed = rule.fields.filter(present).map((path) => path.text);
    return result(rule, 'candidate lineage', `has ${rule.fields.map((p) => p.text).join(', ')}`, {
        status: absent.length === 0 ? 'pass' : 'fail',
        observed,
        detail: absent.length === 0
            ? 'every required lineage field is recorded'
            : `the candidate's lineage lacks ${absent.join(', ')}`
    });
}
function allowedRefs(rule, ref, picomatch) {
    const expected = `matches ${rule.patterns.join(', ')}`;
    if (!ref)
        return result(rule, 'ref', expected, {
            status: 'missing',
            observed: undefined,
            detail: 'the run has no ref'
        });
    const short = ref.replace(/^refs\/(heads|tags)\//, '');
    const matches = rule.patterns.some((pattern) => {
        const test = picomatch(pattern, { dot: true });
        return test(ref) || test(short);
    });
    return result(rule, 'ref', expected, {
        status: matches ? 'pass' : 'fail',
        observed: ref,
        detail: matches ? `${ref} is allowed` : `${ref} is not an allowed ref`
    });
}
function allowedEvents(rule, event) {
    const expected = `one of ${rule.events.join(', ')}`;
    if (!event)
        return result(rule, 'event', expected, {
            status: 'missing',
            observed: undefined,
            detail: 'the run has no event name'
        });
    const ok = rule.events.includes(event);
    return result(rule, 'event', expected, {
        status: ok ? 'pass' : 'fail',
        observed: event,
        detail: ok ? `${event} is allowed` : `the event ${event} is not allowed to deploy`
    });
}
function result(rule, subject, expected, observation) {
    return {
        name: rule.name,
        type: rule.type,
        subject,
        observed: observation.observed,
        expected,
        status: observation.status,
        effect: effectOf(observation.status, rule.reportOnly, rule.onMissing),
        reportOnly: rule.reportOnly,
        detail: observation.detail
    };
}
function matchingCount(reports, kind) {
    return reports.filter((report) => report.kind === kind).length;
}
function isEmpty(value) {
    if (value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return typeof value === 'object' && Object.keys(value).length === 0;
}

;// CONCATENATED MODULE: ./packages/github/src/event-context.ts

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
        throw new errors/* ConfigurationError */.j(`GITHUB_EVENT_PATH (${path}) is not valid JSON`);
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

// EXTERNAL MODULE: ./packages/github/src/octokit.ts + 1 modules
var src_octokit = __nccwpck_require__(9569);
;// CONCATENATED MODULE: ./packages/github/src/pull-request-comment.ts



/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const event = readEventContext(options.env, options.readFile ?? readUtf8, {
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
    const octokit = await (0,src_octokit/* createOctokit */.Qi)(options.token, {
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
    const { upsertStickyComment } = await __nccwpck_require__.e(/* import() */ 109).then(__nccwpck_require__.bind(__nccwpck_require__, 6109));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}
const readUtf8 = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8');

// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var manifest = __nccwpck_require__(7148);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var src_errors = __nccwpck_require__(3622);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/registry/src/conditional-write-probe.ts

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
    const key = `_probe/conditional-write/${(0,external_node_crypto_.randomUUID)()}.json`;
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

// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __nccwpck_require__(687);
;// CONCATENATED MODULE: ./packages/registry/src/model-ref.ts


/** `name@alias`, `name@latest`, `name/7`, `name:7`, or a bare `name` (= latest). */
function parseModelRef(ref, input = 'ref') {
    const trimmed = ref.trim();
    const versioned = /^([^@/:]+)[/:](\d+)$/.exec(trimmed);
    if (versioned?.[1] && versioned[2]) {
        (0,layout/* assertModelName */.fY)(versioned[1], input);
        const version = Number(versioned[2]);
        if (!Number.isSafeInteger(version) || version < 1) {
            throw new errors/* ConfigurationError */.j(`Model reference "${ref}" has an invalid version`, input);
        }
        return { name: versioned[1], version };
    }
    const aliased = /^([^@/:]+)(?:@([^@/:]+))?$/.exec(trimmed);
    if (!aliased?.[1]) {
        throw new errors/* ConfigurationError */.j(`Model reference "${ref}" is not understood: use name, name@alias, name@latest or name/<version>`, input);
    }
    (0,layout/* assertModelName */.fY)(aliased[1], input);
    return { name: aliased[1], alias: aliased[2] ?? layout/* LATEST_ALIAS */.tQ };
}
function formatVersionRef(name, version) {
    return `${name}/${version}`;
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/candidate.ts


/**
 * The version to judge: `7`, `model/7` or `model@alias` from the `candidate` input, else the one
 * version every report names. Guessing `latest` would judge whatever was registered last.
 */
async function resolveCandidate(registry, model, candidate, reports) {
    const text = candidate.trim();
    if (text === '')
        return registry.get(model, versionFromReports(model, reports));
    if (/^\d+$/.test(text))
        return registry.get(model, Number(text));
    const ref = parseModelRef(text, 'candidate');
    if (ref.name !== model) {
        throw new errors/* ConfigurationError */.j(`Input "candidate" (${text}) names model ${ref.name}, but model is ${model}`, 'candidate');
    }
    return (await registry.resolve(text)).manifest;
}
function versionFromReports(model, reports) {
    const versions = new Set();
    for (const report of reports) {
        const subject = report.envelope.subject;
        if (typeof subject?.version === 'number' &&
            (subject.model === undefined || subject.model === model)) {
            versions.add(subject.version);
        }
    }
    if (versions.size === 1)
        return [...versions][0];
    throw new errors/* ConfigurationError */.j(versions.size === 0
        ? `Input "candidate" is empty and no report names a version of ${model} (subject.version); give the version to promote`
        : `Input "candidate" is empty and the reports name different versions of ${model} (${[...versions].join(', ')}); give the version to promote`, 'candidate');
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/decision-record.ts
const DECISION_KIND = 'deploy-decision';
function decisionRecord(facts) {
    const { env, candidate } = facts;
    return {
        schemaVersion: 1,
        kind: DECISION_KIND,
        ...optional('gitSha', env.GITHUB_SHA),
        ...optional('runId', env.GITHUB_RUN_ID),
        ...optional('runAttempt', env.GITHUB_RUN_ATTEMPT),
        ...optional('runUrl', facts.runUrl),
        createdAt: facts.now.toISOString(),
        subject: { model: candidate.name, version: candidate.version, sha256: candidate.contentDigest },
        mode: facts.mode,
        dryRun: facts.dryRun,
        verdict: facts.evaluation.verdict,
        reasons: facts.evaluation.reasons,
        rules: facts.evaluation.results,
        inputs: facts.reports.map((report) => ({
            path: report.path,
            kind: report.kind,
            sha256: report.sha256
        })),
        ...(facts.policy
            ? { policy: { source: facts.policy.source, sha256: facts.policy.sha256 } }
            : {}),
        candidate: {
            model: candidate.name,
            version: candidate.version,
            contentDigest: candidate.contentDigest,
            ...optional('gitSha', facts.candidateSha)
        },
        baseline: { alias: facts.alias, version: facts.baselineVersion },
        alias: facts.alias,
        environment: facts.environment,
        ...optional('actor', env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR),
        ...optional('event', env.GITHUB_EVENT_NAME),
        ...optional('ref', env.GITHUB_REF),
        ...optional('reason', facts.reason)
    };
}
function optional(key, value) {
    return value ? { [key]: value } : {};
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/code.ts

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
function inlineCode(text) {
    const content = (0,unicode/* toPrintable */.f8)(text).replace(/\r\n|\r|\n/g, ' ');
    if (content === '')
        return '';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
    const padding = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Untrusted text as a fenced code block. The fence is longer than any backtick run inside, so the
 * content cannot close it; the language is reduced to characters an info string may hold.
 */
function codeBlock(text, language = '') {
    const content = toPrintable(text)
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${fence}${info}\n${content}\n${fence}`;
}
function longestRun(text, character) {
    let longest = 0;
    let current = 0;
    for (const each of text) {
        current = each === character ? current + 1 : 0;
        longest = Math.max(longest, current);
    }
    return longest;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/escape.ts

/**
 * Escaping of untrusted text (file contents, metric names, keys, logs) for GitHub-flavoured markdown.
 *
 * - `&`, `<`, `>` become entities, so HTML, comments (`<!-- marker -->`), `</details>` and
 *   `<img>`/`<script>` are shown, not interpreted.
 * - Markdown punctuation that could start a construct (`\` `` ` `` `*` `~` `[` `]` `|` `$`, and `_`
 *   outside a word) is backslash-escaped: no code spans, fences, emphasis, links, images
 *   (`![x](https://…)` loses its `[`), math or table cells can be opened.
 * - `@name` gets a zero-width space after the `@`: GitHub's mention filter runs on the rendered text,
 *   where an entity such as `&#64;` would already be an `@` again, so only a character that stays
 *   between `@` and the name stops the ping.
 * - `#123` gets the same treatment: GitHub links it and adds a cross-reference to that issue's
 *   timeline on every edit of a sticky comment, which is noise in someone else's issue.
 * - Line breaks become `<br>`, so the text stays on one line of markdown and cannot start a block.
 * - Control characters and lone surrogates become U+FFFD.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LINE_BREAK = /\r\n|\r|\n/g;
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '~', '[', ']', '|', '$']);
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[\\`*~[\]|$&<>_@#"]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MENTION_START = /[A-Za-z0-9]/;
/** Untrusted text for a paragraph, list item or heading: also safe at the start of a line. */
function escapeText(text) {
    return escapeLineStart(escapeInline(text, 'text'));
}
/** Untrusted text for a GFM table cell. Pipes are escaped; block markers need no escaping in a cell. */
function escapeCell(text) {
    return escapeInline(text, 'cell');
}
/**
 * Untrusted text inside raw HTML such as `<summary>`, where markdown is not parsed (so a backslash
 * would show) but entities are: entity-escapes, neutralises mentions and issue references.
 */
function escapeHtml(text) {
    return escapeInline(text, 'html');
}
function escapeInline(text, context) {
    const clean = (0,unicode/* toPrintable */.f8)(text);
    const escaped = clean.replace(SPECIAL, (character, offset) => escapeCharacter(character, clean, offset, context));
    return escaped.replace(LINE_BREAK, context === 'html' ? ' ' : '<br>');
}
function escapeCharacter(character, text, offset, context) {
    const entity = ENTITIES[character];
    if (entity !== undefined)
        return entity;
    const next = text[offset + 1] ?? '';
    if (character === '@')
        return MENTION_START.test(next) ? `@${ZERO_WIDTH_SPACE}` : '@';
    if (character === '#')
        return escapeHash(text, offset, context);
    if (context === 'html')
        return character === '"' ? '&quot;' : character;
    if (character === '"')
        return character;
    if (character === '_')
        return isIntraword(text, offset) ? '_' : '\\_';
    return BACKSLASH_ESCAPED.has(character) ? `\\${character}` : character;
}
/**
 * `#` after a space would close a heading (`## title #`), and before a digit it is an issue reference.
 * A `#` opening a line is escapeLineStart's concern.
 */
function escapeHash(text, offset, context) {
    const previous = text[offset - 1];
    const closesHeading = context === 'text' && (previous === ' ' || previous === '\t');
    const hash = closesHeading ? '\\#' : '#';
    return /[0-9]/.test(text[offset + 1] ?? '') ? `${hash}${ZERO_WIDTH_SPACE}` : hash;
}
/** An underscore between two word characters can neither open nor close emphasis. */
function isIntraword(text, offset) {
    const previous = text[offset - 1] ?? '';
    const next = text[offset + 1] ?? '';
    return WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next);
}
/**
 * Escape what would make a line of inline markdown start a block: a heading (`#`), a list marker
 * (`-`, `+`, `1.` followed by a space), or a setext underline or thematic break (a line of only `-`
 * or `=`). `>`, `*` and `_` are escaped everywhere already. `-0.5` is left alone: it starts no block.
 */
function escapeLineStart(markdown) {
    if (/^\s*([-=])(\s*\1)*\s*$/.test(markdown))
        return markdown.replace(/^(\s*)/, '$1\\');
    return markdown
        .replace(/^(\s*)(#|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/trusted.ts
function trustedMarkdown(markdown) {
    return { trustedMarkdown: markdown };
}
function isTrustedMarkdown(value) {
    return typeof value === 'object' && value !== null && 'trustedMarkdown' in value;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/heading.ts


/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
function heading(level, text) {
    if (!Number.isInteger(level) || level < 1 || level > 6) {
        throw new RangeError(`A heading level is 1 to 6, got ${level}`);
    }
    const content = isTrustedMarkdown(text) ? text.trustedMarkdown : escapeText(text);
    return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`;
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/table.ts




/** Shown where a row has no value for a column. */
const MISSING_CELL = '–';
const ALIGN_CODES = {
    left: 'l',
    right: 'r',
    center: 'c',
    none: ''
};
/** A GFM table. Every plain-string cell and header is escaped; short rows are filled with empty cells. */
function table(headers, rows, align = [], options = {}) {
    if (headers.length === 0)
        throw new RangeError('A table needs at least one column');
    const matrix = [headers.map(renderCell)];
    for (const [index, row] of rows.entries()) {
        if (row.length > headers.length) {
            throw new RangeError(`Table row ${index} has ${row.length} cells for ${headers.length} columns`);
        }
        const cells = row.map(renderCell);
        while (cells.length < headers.length)
            cells.push('');
        matrix.push(cells);
    }
    return markdownTable(matrix, {
        align: headers.map((_, column) => ALIGN_CODES[align[column] ?? 'none']),
        alignDelimiters: options.alignDelimiters ?? true,
        stringLength: unicode/* countCodePoints */.sA
    });
}
function renderCell(cell) {
    if (cell === null || cell === undefined)
        return MISSING_CELL;
    if (isTrustedMarkdown(cell))
        return protectTableStructure(cell.trustedMarkdown);
    return escapeCell(cell);
}
/**
 * GFM splits cells on every unescaped pipe, even inside code spans, and un-escapes `\|` before
 * inline parsing; so escaping all pipes keeps trusted markdown in its cell and renders it unchanged.
 */
function protectTableStructure(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/decision-markdown.ts

const VERDICT_ICON = {
    approve: '✅',
    reject: '❌',
    inconclusive: '❔'
};
function renderDecision(view) {
    const title = `Deploy gate: ${VERDICT_ICON[view.verdict]} ${view.verdict}`;
    const target = `${inlineCode(`${view.model}@${view.alias}`)} → version ${view.version}`;
    const parts = [heading(2, trustedMarkdown(`${escapeText(title)} · ${target}`)), actionLine(view)];
    if (view.reasons.length > 0) {
        parts.push(view.reasons.map((reason) => `- ${escapeText(reason)}`).join('\n'));
    }
    if (view.results.length > 0) {
        parts.push(table(['Rule', 'Checks', 'Observed', 'Expected', 'Result'], view.results.map((result) => [
            result.name,
            result.subject,
            observedCell(result.observed),
            result.expected,
            trustedMarkdown(resultCell(result))
        ]), ['left', 'left', 'right', 'left', 'left']));
    }
    parts.push(footer(view));
    return `${parts.join('\n\n')}\n`;
}
function actionLine(view) {
    const alias = inlineCode(`${view.model}@${view.alias}`);
    const version = (value) => (value === null ? 'unset' : `version ${value}`);
    const action = view.action;
    switch (action.kind) {
        case 'promoted':
            return `Promoted ${alias} from ${version(action.from)} to ${action.to}.`;
        case 'rolled-back':
            return `Rolled ${alias} back from version ${action.from} to ${action.to}.`;
        case 'unchanged':
            return `${alias} already is version ${action.version}; nothing was moved.`;
        case 'dry-run':
            return `Dry run: ${view.verdict === 'approve' ? 'would move' : 'would not move'} ${alias} from ${version(action.from)} to ${action.to}; nothing was changed.`;
        case 'held':
            return `${alias} stays at ${version(action.from)}.`;
        case 'lost-race':
            return `Not promoted: another run moved ${alias} to ${version(action.actual)} while this one decided against ${version(action.expected)}. Re-run the pipeline to judge against the new baseline.`;
        case 'refused':
            return `Not promoted: ${escapeText(action.reason)}`;
    }
}
function footer(view) {
    const facts = [`environment ${inlineCode(view.environment)}`];
    if (view.decisionRef)
        facts.push(`decision record ${inlineCode(view.decisionRef)}`);
    if (view.deploymentId !== undefined)
        facts.push(`deployment ${view.deploymentId}`);
    if (view.policySource) {
        facts.push(`policy ${inlineCode(view.policySource)} (sha256 ${inlineCode((view.policySha256 ?? '').slice(0, 12))})`);
    }
    return `<sub>${facts.join(' · ')}</sub>`;
}
function observedCell(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string')
        return trustedMarkdown(inlineCode(value));
    const text = JSON.stringify(value);
    return trustedMarkdown(inlineCode(text.length > 80 ? `${text.slice(0, 77)}…` : text));
}
function resultCell(result) {
    if (result.status === 'pass')
        return '✅ pass';
    const label = result.status === 'fail' ? 'fail' : 'missing';
    if (result.effect === 'reject')
        return `❌ ${label}`;
    if (result.effect === 'inconclusive')
        return `❔ ${label}`;
    return `ℹ️ ${label} (${result.reportOnly ? 'report only' : 'allowed'})`;
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/event-trust.ts
/**
 * Code from a fork must not decide what ships: its reports can be forged. pull_request_target runs
 * with a write token on behalf of any fork, and a workflow_run triggered from a fork carries the
 * fork's artifacts, so both count as untrusted too.
 */
function untrustedReason(event) {
    if (event.eventName === 'pull_request_target') {
        return 'pull_request_target runs on behalf of any fork';
    }
    if (event.pullRequest?.isFork) {
        const head = event.pullRequest.headRepositoryFullName;
        return `pull request #${event.pullRequest.number} comes from a fork${head ? ` (${head})` : ''}`;
    }
    if (event.workflowRun?.isFork) {
        return `the triggering run ${event.workflowRun.id} ran code from a fork`;
    }
    return undefined;
}
function trustCheck(event, allowUntrusted) {
    const reason = untrustedReason(event);
    const observed = event.eventName || 'unknown';
    const base = {
        name: 'trusted event',
        type: 'trust',
        subject: 'event',
        observed,
        reportOnly: false
    };
    if (!reason) {
        return {
            ...base,
            expected: 'not from a fork',
            status: 'pass',
            effect: 'none',
            detail: `${observed} is trusted`
        };
    }
    return allowUntrusted
        ? {
            ...base,
            expected: 'not from a fork (allow-untrusted-events is on)',
            status: 'fail',
            effect: 'none',
            detail: `${reason}; allowed by allow-untrusted-events`
        }
        : {
            ...base,
            expected: 'not from a fork',
            status: 'fail',
            effect: 'reject',
            detail: `${reason}; untrusted events never promote (allow-untrusted-events)`
        };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/policy.ts
const MISSING_OUTCOMES = ['reject', 'inconclusive', 'pass'];
const PROVENANCE_MODES = ['required', 'if-present', 'off'];

;// CONCATENATED MODULE: ./packages/core/src/policy/policy-parser.ts



/**
 * Policy file (YAML, or JSON, which is YAML):
 *
 *   on-missing: reject             # default for every rule: reject | inconclusive | pass
 *   provenance:                    # each: required | if-present | off
 *     git-sha: required            # report.gitSha = the candidate's commit
 *     subject: required            # report.subject names the candidate version and its digest
 *     baseline: required           # report.baseline is still the alias's current version
 *   rules:                         # a list of rules with `name`, or a map name → rule
 *     - name: comparison passed
 *       report: metrics-comparison  # the report's `kind`
 *       field: overall             # dotted path; metrics[name=accuracy].candidate selects in arrays
 *       equals: pass               # or: in: [...], min/max, range: [lo, hi], compare-to
 *     - name: accuracy not worse than production
 *       report: candidate-model
 *       field: metrics.accuracy
 *       compare-to: {report: baseline-model}   # field defaults to the same path
 *       direction: higher
 *       tolerance: 0.5%            # or an absolute 0.005
 *     - {name: reports, require-reports: [train-evaluate, onnx-verification]}
 *     - {name: lineage, require-lineage: [git.sha, datasets]}
 *     - {name: branches, allowed-refs: [main, 'refs/tags/v*']}
 *     - {name: events, allowed-events: [push, workflow_dispatch], report-only: true}
 *
 * Unknown keys, duplicate names and a rule with two checks are errors: a typo must not silently
 * open the gate.
 */
const TOP_LEVEL_KEYS = ['version', 'on-missing', 'provenance', 'rules'];
const PROVENANCE_KEYS = ['git-sha', 'subject', 'baseline'];
const COMMON_KEYS = ['name', 'report-only', 'on-missing'];
const FIELD_KEYS = ['report', 'field'];
const CHECKS = {
    threshold: ['min', 'max'],
    range: ['range'],
    equals: ['equals'],
    in: ['in'],
    relative: ['compare-to', 'direction', 'tolerance'],
    'reports-present': ['require-reports'],
    lineage: ['require-lineage'],
    'allowed-refs': ['allowed-refs'],
    'allowed-events': ['allowed-events']
};
const FIELD_CHECKS = ['threshold', 'range', 'equals', 'in', 'relative'];
const INLINE_POLICY_SOURCE = 'inline policy';
/** The YAML parser is loaded on first use: a step that reads no policy does not pay for it. */
async function parsePolicy(text, source) {
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const error = document.errors[0];
    if (error !== undefined) {
        throw new errors/* ConfigurationError */.j(`Policy ${source} is not valid YAML: ${error.message}`, 'policy');
    }
    return policyFromValue(document.toJS(), source);
}
function policyFromValue(value, source) {
    const fail = (message) => {
        throw new errors/* ConfigurationError */.j(`Policy ${source}: ${message}`, 'policy');
    };
    if (!policy_parser_isRecord(value))
        return fail('must be a mapping with a "rules" list');
    checkKeys(value, TOP_LEVEL_KEYS, 'the top level', fail);
    if (value.version !== undefined && value.version !== 1)
        fail('version must be 1');
    const onMissing = oneOf(value['on-missing'], MISSING_OUTCOMES, 'reject', '"on-missing"', fail);
    const provenance = parseProvenance(value.provenance, fail);
    const rules = ruleEntries(value.rules, fail).map(([name, body, where]) => parseRule(name, body, onMissing, (message) => fail(`rule "${name}" (${where}): ${message}`)));
    if (rules.length === 0)
        fail('has no rules; a gate without rules would approve anything');
    return { source, rules, provenance };
}
function parseProvenance(value, fail) {
    if (value === undefined || value === null) {
        return { gitSha: 'required', subject: 'required', baseline: 'required' };
    }
    if (!policy_parser_isRecord(value))
        return fail('"provenance" must be a mapping');
    checkKeys(value, PROVENANCE_KEYS, '"provenance"', fail);
    const mode = (key) => oneOf(value[key], PROVENANCE_MODES, 'required', `provenance "${key}"`, fail);
    return { gitSha: mode('git-sha'), subject: mode('subject'), baseline: mode('baseline') };
}
function ruleEntries(value, fail) {
    if (value === undefined || value === null)
        return [];
    const entries = [];
    if (Array.isArray(value)) {
        value.forEach((body, index) => {
            const where = `rules[${index}]`;
            if (!policy_parser_isRecord(body))
                fail(`${where} must be a mapping`);
            const record = body;
            const name = record.name;
            if (typeof name !== 'string' || name.trim() === '')
                fail(`${where} needs a "name"`);
            entries.push([name.trim(), record, where]);
        });
    }
    else if (policy_parser_isRecord(value)) {
        for (const [name, body] of Object.entries(value)) {
            if (!policy_parser_isRecord(body))
                fail(`rule "${name}" must be a mapping`);
            const record = body;
            if (record.name !== undefined)
                fail(`rule "${name}": a rule in a map takes its name from the key`);
            entries.push([name, record, `rules.${name}`]);
        }
    }
    else {
        fail('"rules" must be a list or a mapping');
    }
    const seen = new Set();
    for (const [name] of entries) {
        if (seen.has(name))
            fail(`two rules are named "${name}"`);
        seen.add(name);
    }
    return entries;
}
function parseRule(name, body, defaultMissing, fail) {
    const present = Object.keys(CHECKS).filter((check) => CHECKS[check].some((key) => key in body));
    if (present.length === 0) {
        fail('has no check: give min/max, range, equals, in, compare-to, require-reports, require-lineage, allowed-refs or allowed-events');
    }
    if (present.length > 1)
        fail(`has more than one check (${present.join(', ')}); split it into rules`);
    const check = present[0];
    const isFieldCheck = FIELD_CHECKS.includes(check);
    checkKeys(body, [...COMMON_KEYS, ...(isFieldCheck ? FIELD_KEYS : []), ...CHECKS[check]], 'this rule', fail);
    const reportOnly = body['report-only'] ?? false;
    if (typeof reportOnly !== 'boolean')
        fail('"report-only" must be true or false');
    const base = {
        name,
        reportOnly: reportOnly,
        onMissing: oneOf(body['on-missing'], MISSING_OUTCOMES, defaultMissing, '"on-missing"', fail)
    };
    if (!isFieldCheck)
        return parseContextRule(check, body, base, fail);
    const ref = fieldRef(body, fail);
    switch (check) {
        case 'threshold': {
            const min = optionalNumber(body.min, '"min"', fail);
            const max = optionalNumber(body.max, '"max"', fail);
            if (min !== undefined && max !== undefined && min > max)
                fail(`"min" ${min} is above "max" ${max}`);
            return {
                type: 'threshold',
                ...base,
                ...ref,
                ...(min !== undefined ? { min } : {}),
                ...(max !== undefined ? { max } : {})
            };
        }
        case 'range': {
            const range = body.range;
            if (!Array.isArray(range) || range.length !== 2)
                fail('"range" must be [min, max]');
            const [min, max] = range.map((bound, i) => requiredNumber(bound, `"range"[${i}]`, fail));
            if (min > max)
                fail(`"range" [${min}, ${max}] is empty`);
            return { type: 'threshold', ...base, ...ref, min, max };
        }
        case 'equals':
            return { type: 'equals', ...base, ...ref, expected: scalar(body.equals, '"equals"', fail) };
        case 'in': {
            if (!Array.isArray(body.in) || body.in.length === 0)
                fail('"in" must be a non-empty list');
            const expected = body.in.map((item, i) => scalar(item, `"in"[${i}]`, fail));
            return { type: 'in', ...base, ...ref, expected };
        }
        default:
            return {
                type: 'relative',
                ...base,
                ...ref,
                compareTo: compareTo(body['compare-to'], ref, fail),
                direction: direction(body.direction, fail),
                tolerance: tolerance(body.tolerance, fail)
            };
    }
}
function parseContextRule(check, body, base, fail) {
    const key = CHECKS[check][0];
    const list = stringList(body[key], `"${key}"`, fail);
    switch (check) {
        case 'reports-present':
            return { type: 'reports-present', ...base, kinds: list };
        case 'lineage':
            return { type: 'lineage', ...base, fields: list.map((text) => path(text, `"${key}"`, fail)) };
        case 'allowed-refs':
            return { type: 'allowed-refs', ...base, patterns: list };
        default:
            return { type: 'allowed-events', ...base, events: list };
    }
}
function fieldRef(body, fail) {
    const report = body.report;
    if (typeof report !== 'string' || report.trim() === '')
        fail('needs "report" (a report kind)');
    if (typeof body.field !== 'string')
        fail('needs "field" (a dotted path into the report)');
    return { report: report.trim(), field: path(body.field, '"field"', fail) };
}
function compareTo(value, own, fail) {
    const target = typeof value === 'string' ? { field: value } : value;
    if (!policy_parser_isRecord(target))
        return fail('"compare-to" must be a field path or {report, field}');
    checkKeys(target, ['report', 'field'], '"compare-to"', fail);
    if (target.report !== undefined && (typeof target.report !== 'string' || target.report === '')) {
        fail('"compare-to.report" must be a report kind');
    }
    if (target.field !== undefined && typeof target.field !== 'string') {
        fail('"compare-to.field" must be a dotted path');
    }
    const report = target.report ?? own.report;
    const field = target.field === undefined ? own.field : path(target.field, '"compare-to"', fail);
    if (report === own.report && field.text === own.field.text) {
        fail('"compare-to" names the very value it compares; give another report or field');
    }
    return { report, field };
}
function direction(value, fail) {
    if (value === 'higher' || value === 'lower')
        return value;
    return fail('a compare-to rule needs "direction": higher or lower (which way is better)');
}
function tolerance(value, fail) {
    if (value === undefined || value === null)
        return { value: 0, relative: false };
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
        return { value, relative: false };
    }
    const percent = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
    if (percent)
        return { value: Number(percent[1]) / 100, relative: true };
    return fail(`"tolerance" must be a number ≥ 0 or a percentage like "1%", got ${JSON.stringify(value)}`);
}
function path(text, what, fail) {
    try {
        return parseFieldPath(text);
    }
    catch (error) {
        if (error instanceof FieldPathError)
            return fail(`${what}: ${error.message}`);
        throw error;
    }
}
function stringList(value, what, fail) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0)
        fail(`${what} must be a non-empty list`);
    return list.map((item) => {
        if (typeof item !== 'string' || item.trim() === '')
            fail(`${what} must list non-empty strings`);
        return item.trim();
    });
}
function optionalNumber(value, what, fail) {
    return value === undefined || value === null ? undefined : requiredNumber(value, what, fail);
}
function requiredNumber(value, what, fail) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    return fail(`${what} must be a finite number, got ${JSON.stringify(value)}`);
}
function scalar(value, what, fail) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
        return value;
    return fail(`${what} must be a string, number, boolean or null`);
}
function oneOf(value, allowed, fallback, what, fail) {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    return fail(`${what} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}
function checkKeys(value, allowed, where, fail) {
    const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
    if (unknown.length > 0) {
        fail(`unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} in ${where} (allowed: ${allowed.join(', ')})`);
    }
}
function policy_parser_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/policy-source.ts





/** The `policy` input is a file path, or the YAML itself when it spans lines or holds a mapping. */
async function loadPolicy(value, cwd) {
    if (value.trim() === '') {
        throw new errors/* ConfigurationError */.j('Input "policy" is required in promote mode: give a policy file or inline YAML', 'policy');
    }
    const inline = /\n/.test(value.trim()) || /^\s*[{[]|^\s*[\w-]+\s*:(\s|$)/.test(value);
    const source = inline ? INLINE_POLICY_SOURCE : value.trim();
    const text = inline ? value : await readPolicyFile(source, cwd);
    return {
        policy: await parsePolicy(text, source),
        source,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')
    };
}
async function readPolicyFile(path, cwd) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(`Policy file "${path}" cannot be read${code === 'ENOENT' ? ': no such file' : ` (${code})`}`, 'policy');
    }
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/provenance-checks.ts

/**
 * Freshness and provenance of every report: made from the candidate's commit, about the candidate
 * version (its digest as the registry holds it), and compared against the alias's current version.
 * A report that fails any of these judged something else than what would ship.
 */
function checkProvenance(reports, candidate, current, policy) {
    return reports.flatMap((report) => [
        ...(policy.gitSha === 'off' ? [] : [gitShaCheck(report, candidate, policy.gitSha)]),
        ...(policy.subject === 'off' ? [] : [subjectCheck(report, candidate, policy.subject)]),
        ...(policy.baseline === 'off' || report.envelope.baseline === undefined
            ? []
            : [baselineCheck(report, candidate, current, policy.baseline)])
    ]);
}
function gitShaCheck(report, candidate, mode) {
    const observed = report.envelope.gitSha;
    const expected = candidate.gitSha
        ? `${provenance_checks_short(candidate.gitSha)} (candidate commit)`
        : 'the candidate commit';
    const row = (status, detail) => provenanceRow('fresh', report, observed, expected, status, detail, mode);
    if (!candidate.gitSha) {
        return row('missing', `the candidate ${candidate.model}/${candidate.version} records no commit to compare ${report.path} with`);
    }
    if (!observed)
        return row('missing', `${report.path} does not say which commit it was made from (gitSha)`);
    return observed.toLowerCase() === candidate.gitSha.toLowerCase()
        ? row('pass', `${report.path} was made from the candidate's commit`)
        : row('fail', `${report.path} is stale: made from ${provenance_checks_short(observed)}, the candidate is ${provenance_checks_short(candidate.gitSha)}`);
}
function subjectCheck(report, candidate, mode) {
    const subject = report.envelope.subject ?? undefined;
    const expected = `${candidate.model}/${candidate.version}, digest as in the registry`;
    const observed = subject
        ? [subject.model, subject.version, subject.sha256 ? provenance_checks_short(subject.sha256) : undefined]
            .filter((part) => part !== undefined)
            .join(' ')
        : undefined;
    const row = (status, detail) => provenanceRow('subject', report, observed, expected, status, detail, mode);
    if (!subject)
        return row('missing', `${report.path} does not name what it judged (subject)`);
    if (subject.model !== undefined && subject.model !== candidate.model) {
        return row('fail', `${report.path} judged model ${subject.model}, not ${candidate.model}`);
    }
    if (subject.version !== undefined && subject.version !== candidate.version) {
        return row('fail', `${report.path} judged version ${subject.version}, not the candidate ${candidate.version}`);
    }
    if (!subject.sha256)
        return row('missing', `${report.path} carries no subject digest (subject.sha256)`);
    return candidate.digests.includes(subject.sha256.toLowerCase())
        ? row('pass', `${report.path} judged the bytes the registry holds for ${candidate.model}/${candidate.version}`)
        : row('fail', `${report.path} judged sha256 ${provenance_checks_short(subject.sha256)}, which is not in ${candidate.model}/${candidate.version}: the report or the model was changed`);
}
function baselineCheck(report, candidate, current, mode) {
    const baseline = report.envelope.baseline ?? null;
    const now = current.version === null ? `${current.alias} unset` : `${current.alias} = ${current.version}`;
    const expected = `current ${now}`;
    const observed = baseline === null ? 'none' : (baseline.version ?? baseline.source ?? 'unknown');
    const row = (status, detail) => provenanceRow('baseline', report, observed, expected, status, detail, mode);
    const comparedWithNothing = baseline === null || baseline.source === 'none';
    if (comparedWithNothing) {
        return current.version === null
            ? row('pass', `${report.path} had no baseline, and ${current.alias} is still unset`)
            : row('fail', `${report.path} compared with no baseline, but ${candidate.model}@${now}: re-run the comparison`);
    }
    if (baseline.model !== undefined && baseline.model !== candidate.model) {
        return row('fail', `${report.path} compared with model ${baseline.model}, not ${candidate.model}`);
    }
    if (typeof baseline.version !== 'number') {
        return row('missing', `${report.path} compared with a ${baseline.source ?? 'baseline'} that is not a registry version, so it cannot be tied to ${current.alias}`);
    }
    return baseline.version === current.version
        ? row('pass', `${report.path} compared with ${candidate.model}@${now}, still current`)
        : row('fail', `${report.path} compared with version ${baseline.version}, but ${candidate.model}@${now} now: re-run the comparison`);
}
function provenanceRow(check, report, observed, expected, status, detail, mode) {
    return {
        name: `${check} (${report.kind})`,
        type: 'provenance',
        subject: report.path,
        observed,
        expected,
        status,
        effect: effectOf(status, false, mode === 'required' ? 'reject' : 'pass'),
        reportOnly: false,
        detail
    };
}
function provenance_checks_short(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 12) : sha;
}

// EXTERNAL MODULE: ./packages/registry/src/alias-log.ts
var alias_log = __nccwpck_require__(3162);
// EXTERNAL MODULE: ./packages/registry/src/registry-events.ts
var registry_events = __nccwpck_require__(9202);
// EXTERNAL MODULE: ./packages/registry/src/version-catalog.ts
var version_catalog = __nccwpck_require__(6311);
;// CONCATENATED MODULE: ./packages/registry/src/alias-moves.ts






const UNCONDITIONAL_RETRIES = 10;
async function assertAliasWritesSafe(context) {
    if (context.allowUnsafeAliases)
        return;
    const probe = await probeConditionalWrites(context.store);
    if (!probe.honoursPreconditions) {
        throw new errors/* ConfigurationError */.j(`The registry store ${context.store.location} ignores create-only preconditions (If-None-Match: *), ` +
            'so two concurrent alias moves could both succeed. Use a store with conditional writes (AWS S3, MinIO, R2, a directory), ' +
            'or set allowUnsafeAliases (--allow-unsafe-aliases) if only one writer can ever move aliases.', 'allow-unsafe-aliases');
    }
}
async function moveAlias(context, name, alias, version, action, options) {
    await assertAliasWritesSafe(context);
    await (0,version_catalog/* requireManifest */.dW)(context.store, name, version);
    for (let attempt = 0; attempt < UNCONDITIONAL_RETRIES; attempt++) {
        const head = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
        const current = head?.version ?? null;
        if (options.expect !== undefined && options.expect !== current) {
            throw staleExpectation(name, alias, options.expect, current);
        }
        const entry = {
            schemaVersion: 1,
            kind: alias_log/* ALIAS_ENTRY_KIND */.Bx,
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
        if (await (0,alias_log/* appendAliasEntry */.np)(context.store, entry)) {
            await (0,registry_events/* appendEvent */.Z)(context.store, {
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
            const winner = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
            throw new src_errors/* ConcurrencyError */.Yu(`Another writer moved ${name}@${alias} first (now version ${String(winner?.version ?? null)}, ` +
                `seq ${String(winner?.seq)}); re-read it and re-evaluate before promoting again`, name, alias, options.expect, winner?.version ?? null);
        }
    }
    throw new src_errors/* ConcurrencyError */.Yu(`Could not move ${name}@${alias}: it kept changing under ${UNCONDITIONAL_RETRIES} attempts`, name, alias, undefined, (await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias))?.version ?? null);
}
async function rollbackAlias(context, name, alias, options) {
    const head = await (0,alias_log/* readAliasHead */.J2)(context.store, name, alias);
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

// EXTERNAL MODULE: ./packages/registry/src/blob-store.ts
var blob_store = __nccwpck_require__(9810);
// EXTERNAL MODULE: ./packages/registry/src/sha256-stream.ts
var sha256_stream = __nccwpck_require__(7399);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
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
            const source = body instanceof external_node_stream_.Readable ? body : external_node_stream_.Readable.from((0,blob_store/* chunksOf */.U_)(body, sha256_stream/* STREAM_BUFFER_BYTES */.Mr));
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
var s3_location = __nccwpck_require__(4155);
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
            const { S3BlobStore } = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6112));
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
        // Register, download, verify and gc each load their code on first use: a registry user needs
        // one or two of them (a gate none), and together they are a good part of a bundle's start-up.
        const { registerModelVersion } = await __nccwpck_require__.e(/* import() */ 528).then(__nccwpck_require__.bind(__nccwpck_require__, 6528));
        return registerModelVersion(this.store, name, files, options, this.now);
    }
    async get(name, version) {
        (0,layout/* assertModelName */.fY)(name);
        (0,layout/* assertVersionNumber */.ol)(version);
        return (0,version_catalog/* requireManifest */.dW)(this.store, name, version);
    }
    async resolve(ref) {
        const parsed = parseModelRef(ref);
        if ('version' in parsed) {
            const manifest = await (0,version_catalog/* requireManifest */.dW)(this.store, parsed.name, parsed.version, 'ref');
            return { name: parsed.name, version: parsed.version, manifest };
        }
        const { name, alias } = parsed;
        let version;
        if (alias === layout/* LATEST_ALIAS */.tQ) {
            version = (await (0,version_catalog/* scanVersions */.Fy)(this.store, name)).committed.at(-1);
            if (version === undefined) {
                throw new errors/* ConfigurationError */.j(`Model "${name}" has no versions in the registry ${this.location}`, 'ref');
            }
        }
        else {
            const head = await (0,alias_log/* readAliasHead */.J2)(this.store, name, alias);
            if (!head) {
                throw new errors/* ConfigurationError */.j(`Alias ${name}@${alias} is not set in the registry ${this.location}`, 'ref');
            }
            version = head.version;
        }
        const manifest = await (0,version_catalog/* requireManifest */.dW)(this.store, name, version, 'ref');
        return { name, version, alias, manifest };
    }
    async list() {
        const summaries = [];
        for (const name of await (0,version_catalog/* listModelNames */.Y_)(this.store)) {
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
        return (await (0,version_catalog/* scanVersions */.Fy)(this.store, name)).committed;
    }
    async download(name, version, destination) {
        const { downloadVersion } = await __nccwpck_require__.e(/* import() */ 75).then(__nccwpck_require__.bind(__nccwpck_require__, 5075));
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
        return (await (0,alias_log/* readAliasLog */.Fz)(this.store, name, alias)).reverse();
    }
    async aliases(name) {
        (0,layout/* assertModelName */.fY)(name);
        const current = {};
        for (const alias of await (0,alias_log/* listAliasNames */.B8)(this.store, name)) {
            const head = await (0,alias_log/* readAliasHead */.J2)(this.store, name, alias);
            if (head)
                current[alias] = head.version;
        }
        return current;
    }
    async events(name) {
        (0,layout/* assertModelName */.fY)(name);
        return (0,registry_events/* readEvents */.w)(this.store, name);
    }
    async verify(name) {
        if (name !== undefined)
            (0,layout/* assertModelName */.fY)(name);
        const { verifyRegistry } = await __nccwpck_require__.e(/* import() */ 87).then(__nccwpck_require__.bind(__nccwpck_require__, 9087));
        return verifyRegistry(this.store, name);
    }
    async gc(options = {}) {
        const { collectGarbage } = await __nccwpck_require__.e(/* import() */ 667).then(__nccwpck_require__.bind(__nccwpck_require__, 9667));
        return collectGarbage(this.store, options, this.now);
    }
    async putRecord(kind, body, options = {}) {
        return putRecord(this.store, kind, body, options);
    }
    async getRecord(ref) {
        return getRecord(this.store, ref);
    }
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/registry-connection.ts


/** The registry the inputs name; S3 credentials come from the standard AWS chain (env, OIDC, role). */
function openRegistry(inputs, cwd) {
    return ModelRegistry.open(inputs.registry, {
        cwd,
        allowUnsafeAliases: inputs.allowUnsafeAliases,
        s3: s3OptionsFromInputs(inputs)
    });
}
/** Where the serving step finds the version: its manifest lists every file with its sha256. */
function manifestUri(registry, model, version) {
    return `${registry.location.replace(/\/+$/, '')}/models/${model}/versions/${version}/manifest.json`;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/path-patterns.ts




// Dependency trees are never where results live, and walking them is slow.
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
/**
 * Expands file paths and glob patterns (picomatch syntax: `*`, `**`, `{a,b}`, `[0-9]`) into file
 * paths, in pattern order, each pattern's matches sorted, duplicates dropped. Patterns starting
 * with `!` remove matches of the earlier patterns. A plain path is returned as written even if it
 * does not exist (reading it reports that); a glob that matches nothing is an error naming it.
 * Below the pattern's fixed prefix, hidden files and folders, `node_modules` and symlinked
 * folders are not searched.
 */
async function expandPathPatterns(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const found = [];
    const exclusions = [];
    // Plain paths, the common case, need no glob engine: picomatch loads for the first glob.
    let picomatch;
    for (const pattern of patterns) {
        if (!mayBeGlob(pattern)) {
            found.push(pattern);
            continue;
        }
        picomatch ??= await loadGlobEngine();
        if (pattern.startsWith('!')) {
            exclusions.push(picomatch(external_node_path_.posix.normalize(pattern.slice(1))));
            continue;
        }
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            found.push(pattern);
            continue;
        }
        const matches = await walkMatches(picomatch(scan.glob), cwd, scan.base, scan.glob);
        if (matches.length === 0) {
            throw new errors/* ConfigurationError */.j(`no files match the pattern "${pattern}"`);
        }
        found.push(...matches);
    }
    const unique = [...new Set(found)];
    return unique.filter((path) => !exclusions.some((excluded) => excluded(external_node_path_.posix.normalize(path))));
}
async function walkMatches(matches, cwd, base, glob) {
    const maxDepth = glob.includes('**') ? Number.POSITIVE_INFINITY : glob.split('/').length;
    const files = [];
    const visit = async (relativeDirectory, depth) => {
        const absolute = (0,external_node_path_.resolve)(cwd, base, relativeDirectory);
        const entries = await (0,promises_.readdir)(absolute, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const relative = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`;
            if (entry.isDirectory()) {
                if (depth < maxDepth &&
                    !SKIPPED_DIRECTORIES.has(entry.name) &&
                    !entry.name.startsWith('.')) {
                    await visit(relative, depth + 1);
                }
                continue;
            }
            if (!matches(relative))
                continue;
            if (entry.isFile() ||
                (entry.isSymbolicLink() && (await isFile((0,external_node_path_.resolve)(absolute, entry.name))))) {
                files.push(base === '' ? relative : external_node_path_.posix.join(base, relative));
            }
        }
    };
    await visit('', 1);
    return files.sort();
}
async function isFile(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/report-files.ts





const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Reads each report named by the patterns; a file that is not a report is the user's mistake. */
async function readReports(patterns, cwd) {
    let paths;
    try {
        paths = await expandPathPatterns(patterns, { cwd });
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw new errors/* ConfigurationError */.j(`reports: ${error.message}`, 'reports');
        throw error;
    }
    const reports = [];
    for (const path of paths)
        reports.push(await readReport(path, cwd));
    return reports;
}
async function readReport(path, cwd) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j(`reports: "${path}" cannot be read${code === 'ENOENT' ? ': no such file' : ` (${code})`}`, 'reports');
    }
    if (bytes.length > MAX_REPORT_BYTES) {
        throw new errors/* ConfigurationError */.j(`reports: "${path}" is larger than 64 MiB; it is not a report`, 'reports');
    }
    let data;
    try {
        data = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`reports: "${path}" is not JSON: ${error.message}`, 'reports');
    }
    const problem = envelopeProblem(data);
    if (problem)
        throw new errors/* ConfigurationError */.j(`reports: "${path}" ${problem}`, 'reports');
    const envelope = data;
    return {
        kind: envelope.kind,
        source: path,
        data,
        path,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        envelope
    };
}
function envelopeProblem(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return 'is not a JSON object';
    const record = data;
    if (typeof record.kind !== 'string' || record.kind === '')
        return 'has no "kind": it is not an ml-actions report';
    if (record.schemaVersion !== undefined && record.schemaVersion !== 1) {
        return `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this gate reads schemaVersion 1`;
    }
    for (const key of ['subject', 'baseline']) {
        const value = record[key];
        if (value !== undefined &&
            value !== null &&
            (typeof value !== 'object' || Array.isArray(value))) {
            return `has a "${key}" that is not an object`;
        }
    }
    if (record.gitSha !== undefined && typeof record.gitSha !== 'string')
        return 'has a "gitSha" that is not a string';
    return undefined;
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/deploy-gate.ts















const DECISION_FILE_NAME = 'deploy-decision.json';
function createDeployGate(dependencies = {}) {
    return async (inputs, context) => {
        const alias = inputs.alias.trim();
        const environment = inputs.environment.trim() || alias;
        const event = readEventContext(context.env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (inputs.createDeployment && !inputs.dryRun)
            requireDeploymentAccess(inputs, event);
        const evidence = inputs.mode === 'rollback' ? undefined : await readEvidence(inputs, context);
        const run = {
            inputs: { ...inputs, alias },
            context,
            dependencies,
            registry: openRegistry(inputs, context.cwd),
            event,
            environment
        };
        const result = evidence ? await promote(run, evidence) : await rollback(run);
        return finish(run, result);
    };
}
const runDeployGate = createDeployGate();
async function readEvidence(inputs, context) {
    if (inputs.reports.length === 0) {
        throw new errors/* ConfigurationError */.j('Input "reports" is required in promote mode: give the report files to judge', 'reports');
    }
    const policy = await loadPolicy(inputs.policy, context.cwd);
    const reports = await readReports(inputs.reports, context.cwd);
    return { policy, reports };
}
async function promote(run, { policy, reports }) {
    const { inputs, context, registry } = run;
    const candidate = await resolveCandidate(registry, inputs.modelName, inputs.candidate, reports);
    const head = (await registry.history(inputs.modelName, inputs.alias))[0];
    const previous = head?.version ?? null;
    // A re-run after this candidate was promoted must judge against what it replaced, not itself.
    const comparedWith = head && head.version === candidate.version ? head.previousVersion : previous;
    const baseline = comparedWith === null ? undefined : await registry.get(inputs.modelName, comparedWith);
    const candidateSha = candidate.lineage.git?.sha ?? context.env.GITHUB_SHA;
    const results = [
        trustCheck(run.event, inputs.allowUntrustedEvents),
        ...checkProvenance(reports, {
            model: candidate.name,
            version: candidate.version,
            ...(candidateSha ? { gitSha: candidateSha } : {}),
            digests: [
                (0,manifest/* manifestSha256 */.dL)(candidate),
                candidate.contentDigest,
                ...candidate.files.map((file) => file.sha256)
            ]
        }, { alias: inputs.alias, version: comparedWith }, policy.policy.provenance),
        ...(await evaluatePolicy(policy.policy, [...reports, ...registryReports(candidate, baseline)], {
            ...(context.env.GITHUB_REF ? { ref: context.env.GITHUB_REF } : {}),
            ...(context.env.GITHUB_EVENT_NAME ? { event: context.env.GITHUB_EVENT_NAME } : {}),
            lineage: candidate.lineage
        }))
    ];
    const evaluation = decideVerdict(results);
    const record = decisionRecord({
        mode: 'promote',
        dryRun: inputs.dryRun,
        evaluation,
        reports,
        policy,
        candidate,
        ...(candidateSha ? { candidateSha } : {}),
        baselineVersion: previous,
        ...runFacts(run)
    });
    const base = {
        mode: 'promote',
        evaluation,
        record,
        subject: candidate,
        previous,
        policy
    };
    if (evaluation.verdict !== 'approve')
        return { ...base, action: { kind: 'held', from: previous } };
    if (previous === candidate.version) {
        return { ...base, action: { kind: 'unchanged', version: previous } };
    }
    if (inputs.dryRun)
        return { ...base, action: { kind: 'dry-run', from: previous, to: candidate.version } };
    return move(run, base, candidateSha, (decisionRef) => registry.promote(inputs.modelName, inputs.alias, candidate.version, {
        expect: previous,
        actor: record.actor ?? 'unknown',
        decisionRef,
        ...(inputs.reason ? { reason: inputs.reason } : {}),
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
    }));
}
async function rollback(run) {
    const { inputs, context, registry } = run;
    const head = (await registry.history(inputs.modelName, inputs.alias))[0];
    if (!head) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} has never been set; there is nothing to roll back`, 'alias');
    }
    const targetVersion = inputs.rollbackTo ?? head.previousVersion;
    if (targetVersion === null) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} has no previous version to roll back to; name one with rollback-to`, 'rollback-to');
    }
    if (targetVersion === head.version) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} already is version ${targetVersion}`, 'rollback-to');
    }
    const target = await registry.get(inputs.modelName, targetVersion);
    const targetSha = target.lineage.git?.sha ?? context.env.GITHUB_SHA;
    const evaluation = decideVerdict([trustCheck(run.event, inputs.allowUntrustedEvents)]);
    const record = decisionRecord({
        mode: 'rollback',
        dryRun: inputs.dryRun,
        evaluation,
        reports: [],
        candidate: target,
        ...(targetSha ? { candidateSha: targetSha } : {}),
        baselineVersion: head.version,
        ...runFacts(run)
    });
    const base = {
        mode: 'rollback',
        evaluation,
        record,
        subject: target,
        previous: head.version
    };
    if (evaluation.verdict !== 'approve')
        return { ...base, action: { kind: 'held', from: head.version } };
    if (inputs.dryRun)
        return { ...base, action: { kind: 'dry-run', from: head.version, to: targetVersion } };
    return move(run, base, targetSha, (decisionRef) => registry.rollback(inputs.modelName, inputs.alias, {
        to: targetVersion,
        expect: head.version,
        actor: record.actor ?? 'unknown',
        decisionRef,
        reason: inputs.reason || `rollback from version ${head.version}`,
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
    }));
}
/**
 * The order is the audit trail's: the immutable decision first (the alias entry points to it),
 * then the deployment (a refusal stops here), then the compare-and-swap move; a lost race is
 * reported and never retried over the winner.
 */
/** What a decision record says about the run that made it, the same in both modes. */
function runFacts(run) {
    return {
        alias: run.inputs.alias,
        environment: run.environment,
        ...(run.inputs.reason ? { reason: run.inputs.reason } : {}),
        env: run.context.env,
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
        now: (run.dependencies.now ?? (() => new Date()))()
    };
}
async function move(run, base, sha, moveAlias) {
    const { inputs, registry } = run;
    await requireSafeAliasMoves(run);
    const stored = await registry.putRecord('deploy-decision', base.record);
    const withRecord = { ...base, decisionRef: stored.ref };
    const to = base.subject.version;
    let deployment;
    if (inputs.createDeployment) {
        // Optional (create-deployment): the GitHub Deployments client loads only for gates that record one.
        const { startDeployment } = await __nccwpck_require__.e(/* import() */ 273).then(__nccwpck_require__.bind(__nccwpck_require__, 4273));
        const started = await startDeployment({
            token: inputs.githubToken,
            apiUrl: run.event.apiUrl,
            owner: run.event.repository?.owner ?? '',
            repo: run.event.repository?.repo ?? '',
            ref: sha ?? run.event.sha,
            environment: run.environment,
            ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}),
            ...(run.event.runUrl ? { logUrl: run.event.runUrl } : {}),
            description: `${base.mode} ${inputs.modelName}@${inputs.alias} → version ${to}`,
            payload: {
                model: inputs.modelName,
                version: to,
                alias: inputs.alias,
                previousVersion: base.previous,
                mode: base.mode,
                decision: base.evaluation.verdict,
                decisionRef: stored.ref,
                modelUri: manifestUri(registry, inputs.modelName, to),
                registry: registry.location
            },
            requiredContexts: inputs.requiredContexts,
            env: run.context.env,
            log: run.context.log,
            ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
        });
        if (started.kind === 'refused') {
            return { ...withRecord, action: { kind: 'refused', reason: started.reason } };
        }
        deployment = started.deployment;
    }
    const withDeployment = { ...withRecord, ...(deployment ? { deploymentId: deployment.id } : {}) };
    try {
        const entry = await moveAlias(stored.ref);
        await deployment?.finish('success', `${inputs.modelName}@${inputs.alias} is version ${entry.version}`);
        const action = base.mode === 'rollback'
            ? { kind: 'rolled-back', from: entry.previousVersion ?? 0, to: entry.version }
            : { kind: 'promoted', from: entry.previousVersion, to: entry.version };
        return { ...withDeployment, previous: entry.previousVersion, action };
    }
    catch (error) {
        if (error instanceof src_errors/* ConcurrencyError */.Yu) {
            const actual = (await registry.history(inputs.modelName, inputs.alias))[0]?.version ?? null;
            await deployment?.finish('failure', `another run moved ${inputs.modelName}@${inputs.alias} to ${actual ?? 'unset'} first`);
            return { ...withDeployment, action: { kind: 'lost-race', expected: base.previous, actual } };
        }
        await deployment?.finish('error', `the alias move failed: ${error.message}`);
        throw error;
    }
}
async function finish(run, result) {
    const { inputs, context, registry } = run;
    const { decision, reasons } = finalDecision(result);
    const decisionPath = inputs.decisionPath
        ? (0,external_node_path_.isAbsolute)(inputs.decisionPath)
            ? inputs.decisionPath
            : (0,external_node_path_.resolve)(context.cwd, inputs.decisionPath)
        : (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || context.cwd, DECISION_FILE_NAME);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(decisionPath), { recursive: true });
    const file = {
        ...result.record,
        outcome: {
            decision,
            reasons,
            action: result.action,
            ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
            ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {})
        }
    };
    await (0,promises_.writeFile)(decisionPath, `${JSON.stringify(file, null, 2)}\n`);
    const moved = result.action.kind === 'promoted' || result.action.kind === 'rolled-back';
    const current = moved || result.action.kind === 'unchanged' ? result.subject.version : result.previous;
    const markdown = renderDecision({
        mode: result.mode,
        verdict: decision,
        model: inputs.modelName,
        alias: inputs.alias,
        version: result.subject.version,
        action: result.action,
        reasons,
        results: result.evaluation.results,
        environment: run.environment,
        ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
        ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {}),
        ...(result.policy
            ? { policySource: result.policy.source, policySha256: result.policy.sha256 }
            : {})
    });
    await commentOnPullRequest({
        action: 'deploy-gate',
        markdown,
        mode: inputs.comment,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        env: context.env,
        logger: context.log,
        ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
    });
    for (const reason of reasons)
        context.log.untrusted(`deploy-gate: ${reason}`);
    return {
        outputs: {
            decision,
            reasons: reasons.join('\n'),
            promoted: moved,
            'candidate-version': result.subject.version,
            ...(current !== null
                ? {
                    'model-version': current,
                    'model-uri': manifestUri(registry, inputs.modelName, current)
                }
                : {}),
            ...(result.previous !== null ? { 'previous-version': result.previous } : {}),
            ...(result.decisionRef ? { 'decision-ref': result.decisionRef } : {}),
            'decision-path': decisionPath,
            ...(result.deploymentId !== undefined ? { 'deployment-id': result.deploymentId } : {})
        },
        report: markdown,
        ...(decision === 'approve'
            ? {}
            : { failure: `deploy-gate: ${decision}: ${reasons[0] ?? decision}` })
    };
}
/** A policy approval that could not be carried out is, for the next step, not an approval. */
function finalDecision(result) {
    const { action, evaluation } = result;
    if (action.kind === 'lost-race') {
        const state = action.actual === null ? 'unset' : `version ${action.actual}`;
        return {
            decision: 'reject',
            reasons: [
                `lost the race: another run moved the alias to ${state} first; nothing was overwritten`
            ]
        };
    }
    if (action.kind === 'refused')
        return { decision: 'reject', reasons: [action.reason] };
    return { decision: evaluation.verdict, reasons: evaluation.reasons };
}
/** The registry's own manifests, addressable by policy rules as `candidate-model` and `baseline-model`. */
function registryReports(candidate, baseline) {
    return [
        { kind: 'candidate-model', source: `${candidate.name}/${candidate.version}`, data: candidate },
        ...(baseline
            ? [{ kind: 'baseline-model', source: `${baseline.name}/${baseline.version}`, data: baseline }]
            : [])
    ];
}
/** Probed before anything is written, so a store that cannot guard the move leaves no half-done trail. */
async function requireSafeAliasMoves(run) {
    if (run.inputs.allowUnsafeAliases)
        return;
    const probe = await probeConditionalWrites(run.registry.store);
    if (!probe.honoursPreconditions) {
        throw new errors/* ConfigurationError */.j(`The registry ${run.registry.location} ignores create-only preconditions (If-None-Match: *), so two gates could both move ${run.inputs.modelName}@${run.inputs.alias}. ` +
            'Use a store with conditional writes (AWS S3, MinIO, R2, a directory) or set allow-unsafe-aliases if only one writer can ever move aliases.', 'allow-unsafe-aliases');
    }
}
function requireDeploymentAccess(inputs, event) {
    if (!inputs.githubToken) {
        throw new errors/* ConfigurationError */.j('create-deployment is on but no github-token was given; pass one (deployments: write) or set create-deployment: false', 'github-token');
    }
    if (!event.repository) {
        throw new errors/* ConfigurationError */.j('create-deployment is on but GITHUB_REPOSITORY is not set; outside a runner set create-deployment: false', 'create-deployment');
    }
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/main.ts



const run = () => runAction(deployGate, runDeployGate);


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Os: () => (/* binding */ COMMENT_LIMIT_CODE_POINTS),
  zS: () => (/* binding */ JOB_SUMMARY_LIMIT),
  DJ: () => (/* binding */ fitMarkdown)
});

;// CONCATENATED MODULE: ./packages/core/src/markdown/open-blocks.ts
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const DETAILS_OPENING = /<details(?:\s[^>]*)?>/gi;
const DETAILS_CLOSING = /<\/details\s*>/gi;
/**
 * Follows, line by line, the constructs that would swallow whatever comes after a cut: a code fence,
 * an HTML comment and `<details>` elements. Only markup this project writes is expected here
 * (untrusted text is escaped before), so the rules are CommonMark's for top-level fences and a plain
 * count of tags.
 */
class OpenBlocks {
    fence;
    inComment = false;
    detailsDepth = 0;
    advance(line) {
        if (this.fence !== undefined) {
            const closing = FENCE_CLOSING.exec(line)?.[1];
            if (closing !== undefined &&
                closing[0] === this.fence[0] &&
                closing.length >= this.fence.length) {
                this.fence = undefined;
            }
            return;
        }
        if (!this.inComment) {
            const opening = FENCE_OPENING.exec(line);
            const marker = opening?.[1];
            if (marker !== undefined && !(marker.startsWith('`') && opening?.[2]?.includes('`'))) {
                this.fence = marker;
                return;
            }
        }
        this.followHtml(line);
    }
    /** Markdown that closes what is open, innermost first, to append after the last kept line. */
    closers() {
        let text = '';
        if (this.fence !== undefined)
            text += `\n${this.fence}`;
        else if (this.inComment)
            text += '\n-->';
        text += '\n\n</details>'.repeat(this.detailsDepth);
        return text;
    }
    followHtml(line) {
        let rest = line;
        while (rest !== '') {
            if (this.inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    return;
                this.inComment = false;
                rest = rest.slice(end + 3);
                continue;
            }
            const start = rest.indexOf('<!--');
            this.countDetails(start < 0 ? rest : rest.slice(0, start));
            if (start < 0)
                return;
            this.inComment = true;
            rest = rest.slice(start + 4);
        }
    }
    countDetails(html) {
        const opened = html.match(DETAILS_OPENING)?.length ?? 0;
        const closed = html.match(DETAILS_CLOSING)?.length ?? 0;
        this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed);
    }
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/fit-markdown.ts


/** GitHub rejects issue and pull-request comments longer than 65,536 characters (code points). */
const COMMENT_LIMIT_CODE_POINTS = 65_536;
/** The job summary limit is 1 MiB per step; 1,000,000 bytes leaves room for what others append. */
const JOB_SUMMARY_LIMIT = 1_000_000;
const ELLIPSIS = '…';
const BLOCK_SEPARATOR = '\n\n';
/** A line is only kept in part when at least this much of it fits; less is not worth reading. */
const MIN_PARTIAL_CODE_POINTS = 20;
/**
 * Fit markdown under GitHub's limits, counting code points and UTF-8 bytes (never UTF-16 units).
 * The cut falls between lines, so table rows stay whole; a long plain line that would be lost
 * entirely is kept in part, cut between code points. Code fences, HTML comments and `<details>`
 * left open are closed, then the notice and `keepTail` follow, and the whole result fits the limits.
 */
function fitMarkdown(markdown, options) {
    const limit = resolveLimit(options);
    const body = (0,unicode/* toWellFormed */.lH)(markdown).replace(/\n+$/, '');
    const tail = options.keepTail === undefined ? '' : (0,unicode/* toWellFormed */.lH)(options.keepTail);
    const whole = joinBlocks(body, tail);
    if (fits(measure(whole), limit))
        return { text: whole, truncated: false, droppedLines: 0 };
    const ending = joinBlocks(options.notice, tail);
    const endingSize = measure(BLOCK_SEPARATOR + ending);
    if (!fits(measure(ending), limit)) {
        throw new RangeError('The truncation notice and the kept tail alone exceed the limit');
    }
    const lines = body.split('\n');
    const blocks = new OpenBlocks();
    let kept = { codePoints: 0, bytes: 0 };
    let keptLines = 0;
    let closers = '';
    for (const line of lines) {
        blocks.advance(line);
        const lineClosers = blocks.closers();
        const withLine = add(kept, measure(line), keptLines === 0 ? 0 : 1);
        if (!fits(add(add(withLine, measure(lineClosers)), endingSize), limit))
            break;
        kept = withLine;
        closers = lineClosers;
        keptLines++;
    }
    let head = lines.slice(0, keptLines).join('\n');
    const firstDropped = lines[keptLines];
    if (firstDropped !== undefined && canKeepInPart(firstDropped)) {
        const separator = keptLines === 0 ? 0 : 1;
        const room = subtract(limit, add(add(kept, measure(closers), separator), endingSize));
        const part = partOfLine(firstDropped, subtract(room, measure(ELLIPSIS)));
        if (part !== '')
            head += `${keptLines === 0 ? '' : '\n'}${part}${ELLIPSIS}`;
    }
    return {
        text: joinBlocks(head + closers, ending),
        truncated: true,
        droppedLines: lines.length - keptLines
    };
}
function resolveLimit(options) {
    const { maxCodePoints, maxBytes } = options;
    const neither = maxCodePoints === undefined && maxBytes === undefined;
    const limit = {
        codePoints: neither ? COMMENT_LIMIT_CODE_POINTS : (maxCodePoints ?? Infinity),
        bytes: maxBytes ?? Infinity
    };
    for (const [name, value] of Object.entries(limit)) {
        if (!(value > 0))
            throw new RangeError(`The ${name} limit must be positive, got ${value}`);
    }
    return limit;
}
/**
 * Table rows, HTML lines and fence lines are all-or-nothing: half a row breaks the table, half a tag
 * can swallow the notice.
 */
function canKeepInPart(line) {
    return !/^\s*(\||<|`{3,}|~{3,})/.test(line) && !line.includes('<!--');
}
function partOfLine(line, room) {
    const maxCodePoints = Math.min(room.codePoints, room.bytes);
    if (maxCodePoints < MIN_PARTIAL_CODE_POINTS)
        return '';
    let part = (0,unicode/* headByCodePoints */.Wu)(line, maxCodePoints);
    let excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    while (excess > 0) {
        // A code point is 1 to 4 bytes: drop the fewest that could remove the excess, then check again.
        part = (0,unicode/* headByCodePoints */.Wu)(part, (0,unicode/* countCodePoints */.sA)(part) - Math.max(1, Math.ceil(excess / 4)));
        excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    }
    return withoutUnfinishedMarkup(part);
}
/** A cut inside `&amp;` or `<br>` would show half an entity or leave half a tag open. */
function withoutUnfinishedMarkup(part) {
    const trimmed = part.replace(/&[#A-Za-z0-9]{0,10}$/, '').replace(/<\/?[A-Za-z]{0,10}$/, '');
    // An odd number of trailing backslashes would escape whatever follows.
    return trimmed.replace(/(?<!\\)\\(\\\\)*$/, '$1');
}
function joinBlocks(...blocks) {
    return blocks.filter((block) => block !== '').join(BLOCK_SEPARATOR);
}
function measure(text) {
    return { codePoints: (0,unicode/* countCodePoints */.sA)(text), bytes: (0,unicode/* utf8Length */.wI)(text) };
}
function add(size, other, separators = 0) {
    return {
        codePoints: size.codePoints + other.codePoints + separators,
        bytes: size.bytes + other.bytes + separators
    };
}
function subtract(size, other) {
    return { codePoints: size.codePoints - other.codePoints, bytes: size.bytes - other.bytes };
}
function fits(size, limit) {
    return size.codePoints <= limit.codePoints && size.bytes <= limit.bytes;
}


/***/ }),

/***/ 3932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ headByCodePoints),
/* harmony export */   f8: () => (/* binding */ toPrintable),
/* harmony export */   lH: () => (/* binding */ toWellFormed),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Untrusted text made printable: lone surrogates and control characters (but tab and line breaks) become U+FFFD. */
function toPrintable(text) {
    return toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD');
}
/** GitHub counts comment length in code points, not in UTF-16 units as `String.length` does. */
function countCodePoints(text) {
    let count = 0;
    for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const isTrailingHalfOfPair = unit >= 0xdc00 &&
            unit <= 0xdfff &&
            index > 0 &&
            isLeadingSurrogate(text.charCodeAt(index - 1));
        if (!isTrailingHalfOfPair)
            count++;
    }
    return count;
}
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` with at most `maxCodePoints` code points, never ending between a surrogate pair. */
function headByCodePoints(text, maxCodePoints) {
    let end = 0;
    let count = 0;
    while (end < text.length && count < maxCodePoints) {
        end += startsSurrogatePair(text, end) ? 2 : 1;
        count++;
    }
    return text.slice(0, end);
}
function startsSurrogatePair(text, index) {
    const next = text.charCodeAt(index + 1);
    return isLeadingSurrogate(text.charCodeAt(index)) && next >= 0xdc00 && next <= 0xdfff;
}
function isLeadingSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}


/***/ }),

/***/ 9569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))
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

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gP: () => (/* binding */ findOwnComments),
/* harmony export */   ko: () => (/* binding */ planStickyComment),
/* harmony export */   xB: () => (/* binding */ STICKY_COMMENT_MODES)
/* harmony export */ });
const STICKY_COMMENT_MODES = [
    'upsert',
    'recreate',
    'append',
    'hide-old',
    'delete',
    'off'
];
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

/***/ 3162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ listAliasNames),
/* harmony export */   Bx: () => (/* binding */ ALIAS_ENTRY_KIND),
/* harmony export */   Fz: () => (/* binding */ readAliasLog),
/* harmony export */   J2: () => (/* binding */ readAliasHead),
/* harmony export */   np: () => (/* binding */ appendAliasEntry)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9810);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);


const ALIAS_ENTRY_KIND = 'ml-actions/alias-move';
async function aliasEntryKeys(store, name, alias) {
    const keys = [];
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliasLog(name, alias))) {
        if ((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAliasSequence */ .Bo)(info.key) !== null)
            keys.push(info.key);
    }
    return keys.sort();
}
async function readAliasHead(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    const last = keys.at(-1);
    return last ? (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, last) : null;
}
/** Oldest first. */
async function readAliasLog(store, name, alias) {
    const keys = await aliasEntryKeys(store, name, alias);
    return Promise.all(keys.map((key) => (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, key)));
}
/** The compare-and-swap: claiming `seq` succeeds for exactly one writer. */
function appendAliasEntry(store, entry) {
    return store.putIfAbsent(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliasEntry(entry.model, entry.alias, entry.seq), (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonBytes */ .yN)(entry));
}
async function listAliasNames(store, name) {
    const prefix = _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.aliases(name);
    const aliases = new Set();
    for await (const info of store.list(prefix)) {
        const alias = info.key.slice(prefix.length).split('/')[0];
        if (alias)
            aliases.add(alias);
    }
    return [...aliases].sort();
}


/***/ }),

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ chunksOf),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/** The body as chunks; those of a stream or buffer come as they are, whatever `chunkBytes`. */
function chunksOf(body, chunkBytes, pool) {
    if (Buffer.isBuffer(body))
        return [body];
    if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable)
        return body;
    return body.chunks(chunkBytes, pool);
}
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

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ BlobNotFoundError),
/* harmony export */   Yu: () => (/* binding */ ConcurrencyError),
/* harmony export */   cs: () => (/* binding */ IntegrityError)
/* harmony export */ });
/**
 * Another writer moved the alias first, or the caller's `expect` was stale. The caller should
 * re-read the current value and re-evaluate its decision (the baseline changed) before retrying.
 */
class ConcurrencyError extends Error {
    model;
    alias;
    expected;
    actual;
    name = 'ConcurrencyError';
    constructor(message, model, alias, expected, actual) {
        super(message);
        this.model = model;
        this.alias = alias;
        this.expected = expected;
        this.actual = actual;
    }
}
/** Stored bytes do not match the digest or size the manifest recorded: corruption or tampering. */
class IntegrityError extends Error {
    file;
    name = 'IntegrityError';
    constructor(message, file) {
        super(message);
        this.file = file;
    }
}
/** A key the caller expected is absent from the store. */
class BlobNotFoundError extends Error {
    key;
    name = 'BlobNotFoundError';
    constructor(key) {
        super(`Not found in the registry store: ${key}`);
        this.key = key;
    }
}


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

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

/***/ 7148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ MANIFEST_KIND),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   Vp: () => (/* binding */ contentDigestOf),
/* harmony export */   c9: () => (/* binding */ manifestProblems),
/* harmony export */   dL: () => (/* binding */ manifestSha256),
/* harmony export */   v5: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9810);
/* harmony import */ var _sha256_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7399);


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

/***/ 9202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ appendEvent),
/* harmony export */   w: () => (/* binding */ readEvents)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9810);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(687);



/**
 * An append-only outbox: names sort by time and a random suffix keeps two writers in the same
 * millisecond apart, so no coordination is needed.
 */
async function appendEvent(store, event) {
    const stamp = event.time.replace(/[-:]/g, '');
    const key = `${_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp.events(event.model)}${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}.json`;
    await store.putIfAbsent(key, (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBytes */ .yN)(event));
    return key;
}
/** Oldest first. */
async function readEvents(store, name) {
    const keys = [];
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layout */ .Zp.events(name)))
        keys.push(info.key);
    keys.sort();
    return Promise.all(keys.map((key) => (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(store, key)));
}


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ s3LocationUri),
/* harmony export */   y: () => (/* binding */ parseS3Uri)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

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


/***/ }),

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ verifiedChunks),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Mr: () => (/* binding */ STREAM_BUFFER_BYTES),
/* harmony export */   Nq: () => (/* binding */ digestStream),
/* harmony export */   TC: () => (/* binding */ DIGEST_CHUNK_BYTES),
/* harmony export */   Wn: () => (/* binding */ integrityError),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony export digestFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3622);




/** Chunk size of streamed writes: bounded memory stays a few MiB per stream. */
const STREAM_BUFFER_BYTES = 1024 * 1024;
/**
 * Passes chunks through while hashing them. The iteration fails as soon as more bytes arrive than
 * expected, and at its end when the content is not what was expected: a writer that commits only
 * once the chunks are exhausted (rename, multipart complete) never commits wrong bytes under their
 * content address or the final path.
 */
async function* verifiedChunks(chunks, expected, file, reason) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        size += chunk.length;
        if (size > expected.size)
            throw integrityError(expected, `more than ${expected.size} bytes`, file, reason);
        hash.update(chunk);
        yield chunk;
    }
    const mismatch = digestMismatch(expected, { sha256: hash.digest('hex'), size }, file, reason);
    if (mismatch)
        throw mismatch;
}
/** The error for content that is not what was recorded, or null when it is. */
function digestMismatch(expected, actual, file, reason) {
    if (actual.size === expected.size && actual.sha256 === expected.sha256)
        return null;
    return integrityError(expected, `${actual.sha256} (${actual.size} bytes)`, file, reason);
}
/** `got` says what arrived instead, e.g. a digest and size, or "more than N bytes". */
function integrityError(expected, got, file, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IntegrityError */ .cs(`${file} ${reason}: expected sha256 ${expected.sha256} (${expected.size} bytes), got ${got}`, file);
}
/** Digest of a stream or any other source of chunks; each chunk goes back to `pool` once hashed. */
async function digestStream(chunks, pool) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        pool?.give(chunk);
    }
    return { sha256: hash.digest('hex'), size };
}
/** Large enough that reading and hashing, not the hand-offs between them, set the pace. */
const DIGEST_CHUNK_BYTES = 4 * 1024 * 1024;
function digestFile(filePath) {
    const pool = new BufferPool();
    return digestStream(readFileChunks(filePath, DIGEST_CHUNK_BYTES, pool), pool);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 6311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ scanVersions),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Y_: () => (/* binding */ listModelNames),
/* harmony export */   dW: () => (/* binding */ requireManifest)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7638);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9810);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3622);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7148);





async function scanVersions(store, name) {
    const claims = new Map();
    const manifests = new Set();
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.versions(name))) {
        const parsed = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersionKey */ .n4)(name, info.key);
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
    const key = _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .layout */ .Zp.manifest(name, version);
    if (!(await store.head(key)))
        return null;
    const value = await (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(store, key);
    const problems = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestProblems */ .c9)(value, name, version);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs(`Manifest ${store.location}/${key} is invalid: ${problems.join('; ')}`, key);
    }
    return value;
}
async function requireManifest(store, name, version, input = 'version') {
    const manifest = await readManifest(store, name, version);
    if (!manifest) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Model "${name}" has no version ${version} in the registry ${store.location}`, input);
    }
    return manifest;
}
async function listModelNames(store) {
    const names = new Set();
    for await (const info of store.list(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELS_PREFIX */ ._w)) {
        const name = info.key.slice(_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELS_PREFIX */ ._w.length).split('/')[0];
        if (name)
            names.add(name);
    }
    return [...names].sort();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(2521);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;