"use strict";
exports.id = 5495;
exports.ids = [5495];
exports.modules = {

/***/ 56861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ treeOfCommit)
/* harmony export */ });
const SHA = /^[0-9a-f]{7,64}$/i;
/**
 * The tree (the code, whatever the commit's parents and message) of a commit: `git rev-parse
 * <sha>^{tree}` in the checkout, else GET /repos/{owner}/{repo}/git/commits/{sha}. Undefined when
 * neither knows the commit.
 */
async function treeOfCommit(sha, source) {
    if (!SHA.test(sha))
        return undefined;
    const fromGit = await treeFromCheckout(sha, source.cwd);
    if (fromGit)
        return { tree: fromGit, from: 'git' };
    const fromGitHub = await treeFromGitHub(sha, source);
    return fromGitHub ? { tree: fromGitHub, from: 'github' } : undefined;
}
async function treeFromCheckout(sha, cwd) {
    const [{ execFile }, { promisify }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 57975, 23))
    ]);
    try {
        const { stdout } = await promisify(execFile)('git', ['rev-parse', '--verify', '-q', `${sha}^{tree}`], { cwd, timeout: 10_000 });
        const tree = stdout.trim().toLowerCase();
        return SHA.test(tree) ? tree : undefined;
    }
    catch {
        // Not a checkout, no git, or a shallow checkout without this commit: GitHub may know it.
        return undefined;
    }
}
async function treeFromGitHub(sha, source) {
    const { event } = source;
    if (!source.token || !event.repository)
        return undefined;
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4642), __webpack_require__.e(7305)]).then(__webpack_require__.bind(__webpack_require__, 57305));
    const octokit = await createOctokit(source.token, {
        env: source.env,
        baseUrl: event.apiUrl,
        logger: source.log,
        ...(source.timing ? { timing: source.timing } : {})
    });
    try {
        const { data } = await octokit.rest.git.getCommit({
            owner: event.repository.owner,
            repo: event.repository.repo,
            commit_sha: sha
        });
        return data.tree.sha.toLowerCase();
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 14953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DECISION_FILE_NAME: () => (/* binding */ DECISION_FILE_NAME),
  createDeployGate: () => (/* binding */ createDeployGate),
  runDeployGate: () => (/* binding */ runDeployGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/core/src/ci/index.ts
var ci = __webpack_require__(6154);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/glob-engine.ts
var glob_engine = __webpack_require__(69090);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
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
            current = current.find((item) => (0,json_object/* isRecord */.u4)(item) &&
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
        if (!(0,json_object/* isRecord */.u4)(current) || !Object.hasOwn(current, segment.key))
            return { found: false };
        current = current[segment.key];
    }
    return current === undefined ? { found: false } : { found: true, value: current };
}
function sameText(value, text) {
    return ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
        String(value) === text);
}

// EXTERNAL MODULE: ./packages/core/src/markdown/distinct-number.ts
var distinct_number = __webpack_require__(71197);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
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
    // The bounds are the user's own numbers, shown as written; the value beside them with as many
    // digits as it takes to differ from them.
    const shown = (0,distinct_number/* formatDistinct */._)(number, [min, max].filter((bound) => bound !== undefined));
    if (min !== undefined && number < min)
        return { status: 'fail', detail: `${shown} is below the minimum ${min}` };
    if (max !== undefined && number > max)
        return { status: 'fail', detail: `${shown} is above the maximum ${max}` };
    return { status: 'pass', detail: `${shown} is within ${describeThreshold(min, max)}` };
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
    const moved = `${(0,distinct_number/* formatDistinct */._)(candidate, [reference, bound])} vs baseline ${(0,distinct_number/* formatDistinct */._)(reference, [candidate, bound])} (${change === 0 ? '0' : (0,number_format/* formatSigned */.Gp)(change)})`;
    return ok
        ? { status: 'pass', detail: `${moved} is within ${describeRelative(direction, tolerance)}` }
        : {
            status: 'fail',
            detail: `${moved} is worse than ${describeRelative(direction, tolerance)} = ${(0,distinct_number/* formatDistinct */._)(bound, [candidate, reference])}`
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




const MAX_REF_LENGTH = 512;
/**
 * Every rule of the policy against the reports and the run, in policy order. Pure: no I/O, no
 * `eval`; rules are data interpreted here.
 */
async function evaluatePolicy(policy, reports, context) {
    // Only allowed-refs rules match globs; a policy without them never loads picomatch.
    const picomatch = policy.rules.some((rule) => rule.type === 'allowed-refs')
        ? await (0,glob_engine/* loadGlobEngine */.t)()
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
    // Git and GitHub keep branch names far shorter; a longer one is crafted, and only slows matching.
    if (ref.length > MAX_REF_LENGTH)
        return result(rule, 'ref', expected, {
            status: 'fail',
            observed: `${ref.slice(0, 40)}…`,
            detail: `the ref is ${ref.length} characters long, more than the ${MAX_REF_LENGTH} a real one has`
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

// EXTERNAL MODULE: ./packages/github/src/run-context.ts
var run_context = __webpack_require__(42998);
// EXTERNAL MODULE: ./packages/github/src/pull-request-comment.ts
var pull_request_comment = __webpack_require__(81866);
// EXTERNAL MODULE: ./packages/github/src/issue-alert.ts
var issue_alert = __webpack_require__(2021);
// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var manifest = __webpack_require__(37148);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var src_errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/registry/src/conditional-write-probe.ts
var conditional_write_probe = __webpack_require__(35512);
// EXTERNAL MODULE: ./packages/registry/src/model-ref.ts
var model_ref = __webpack_require__(4900);
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
    const ref = (0,model_ref/* parseModelRef */.q)(text, 'candidate');
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

// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/deploy-alert.ts

/** One issue per model and alias: a failed deploy of any version of it is the same incident. */
function deployAlertKey(model, alias) {
    return `${model}@${alias}`;
}
/**
 * What the gate's outcome means for the alert issue: a failed deploy or smoke test raises it, a
 * version now serving after a good deploy (or a move with no commands to fail) resolves it.
 * Anything else (held, refused, a lost race, a dry run) leaves it as it is.
 */
function deployAlertChange(facts) {
    const { action } = facts;
    const ref = `${facts.model}@${facts.alias}`;
    if (action.kind === 'deploy-failed') {
        const lines = [
            `**The deploy of ${(0,code/* inlineCode */.t)(facts.model)} version ${action.to} to ${(0,code/* inlineCode */.t)(facts.alias)} failed:** ${(0,markdown_escape/* escapeText */.X1)(action.failure)}.`,
            '',
            `${(0,markdown_escape/* escapeText */.X1)(action.outcome)}.`,
            '',
            ...runLines(facts),
            '',
            'This issue is updated while deploys keep failing and closed by the next good deploy.',
            '',
            (0,details/* details */.z)('Decision', facts.decisionMarkdown)
        ];
        return {
            kind: 'raise',
            title: `deploy-gate: deploying ${ref} version ${action.to} failed`,
            markdown: lines.join('\n')
        };
    }
    const moved = action.kind === 'promoted' || action.kind === 'rolled-back' || action.kind === 'unchanged';
    if (!moved || !facts.deployed || facts.currentVersion === null)
        return undefined;
    return {
        kind: 'resolve',
        comment: [
            `Resolved: ${(0,code/* inlineCode */.t)(ref)} is version ${facts.currentVersion}, deployed${action.kind === 'unchanged' ? ' again' : ''} by this run.`,
            '',
            ...runLines(facts)
        ].join('\n')
    };
}
function runLines(facts) {
    return [
        ...(facts.runUrl ? [`- Run: ${facts.runUrl}`] : []),
        ...(facts.decisionRef
            ? [
                `- Decision record: ${(0,code/* inlineCode */.t)(facts.decisionRef)} in ${(0,code/* inlineCode */.t)(facts.registry)} (\`ml-actions registry\` reads it; the run also keeps it as its decision file)`
            ]
            : [])
    ];
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/decision-record.ts
const DECISION_KIND = 'deploy-decision';
function decisionRecord(facts) {
    const { env, candidate, ciRun } = facts;
    return {
        schemaVersion: 1,
        kind: DECISION_KIND,
        ...optional('gitSha', ciRun.sha),
        ...optional('runId', ciRun.runId),
        ...optional('runAttempt', ciRun.runAttempt),
        ...optional('runUrl', facts.runUrl),
        ciProvider: ciRun.provider,
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
        ...optional('actor', env.GITHUB_TRIGGERING_ACTOR || ciRun.actor),
        ...optional('event', ciRun.event),
        ...optional('ref', ciRun.ref),
        ...optional('reason', facts.reason)
    };
}
function optional(key, value) {
    return value ? { [key]: value } : {};
}

// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/display-path.ts
var display_path = __webpack_require__(45841);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/decision-markdown.ts

const VERDICT_ICON = {
    approve: '✅',
    reject: '❌',
    inconclusive: '⚠️'
};
/** The gate's own checks (the reports' provenance, the event): folded unless one of them fails. */
const GATE_CHECK_TYPES = new Set(['provenance', 'trust']);
/** Observed values longer than this are cut, so the Result column stays on screen at 860 px. */
const MAX_OBSERVED = 48;
/**
 * The decision in the layout every ml-actions comment has: line 1 the verdict and why in one
 * sentence, what happened to the alias, one compact table of the policy's rules (and any check that
 * did not pass), the gate's own provenance checks folded, and the decision record last.
 */
function renderDecision(view) {
    const reasons = view.reasons.map((reason) => withDisplayPaths(reason, view));
    const headline = view.results.filter((result) => !GATE_CHECK_TYPES.has(result.type) || result.status !== 'pass');
    const compact = headline.length > 0 ? headline : view.results;
    const folded = view.results.filter((result) => !compact.includes(result));
    const title = `${VERDICT_ICON[view.verdict]} Deploy gate: ${view.verdict} — ${whySentence(view, reasons)}`;
    const parts = [(0,heading/* heading */.R)(2, (0,trusted/* trustedMarkdown */.p)(title))];
    parts.push([actionLine(view), view.release ? releaseLines(view, view.release) : ''].join(' ').trim());
    if (reasons.length > 1)
        parts.push(reasons.map((reason) => `- ${(0,markdown_escape/* escapeText */.X1)(reason)}`).join('\n'));
    if (compact.length > 0) {
        parts.push((0,table/* table */.t)(['Rule', 'Observed', 'Expected', 'Result'], byStatus(compact).map((result) => [
            result.name,
            observedCell(result.observed, result.expected),
            result.expected,
            (0,trusted/* trustedMarkdown */.p)(resultCell(result))
        ]), ['left', 'right', 'left', 'left']));
    }
    if (folded.length > 0) {
        parts.push((0,details/* details */.z)(`${folded.length} provenance and trust check${folded.length === 1 ? '' : 's'} passed`, (0,table/* table */.t)(['Check', 'Of', 'Observed', 'Expected', 'Result'], folded.map((result) => [
            result.name,
            subjectCell(result.subject, view.workspace),
            observedCell(result.observed, result.expected),
            result.expected,
            (0,trusted/* trustedMarkdown */.p)(resultCell(result))
        ]), ['left', 'left', 'right', 'left', 'left'])));
    }
    parts.push(footer(view));
    return `${parts.join('\n\n')}\n`;
}
/** Escaped and ready for the heading: every check passed, or the first reason it did not. */
function whySentence(view, reasons) {
    const target = `${(0,code/* inlineCode */.t)(`${view.model}@${view.alias}`)} → version ${view.version}`;
    const [first] = reasons;
    if (first === undefined) {
        const passed = view.results.filter((result) => result.status === 'pass').length;
        const total = view.results.length;
        const checks = passed === total
            ? `${total === 1 ? 'the one check' : `all ${total} checks`} passed`
            : `${passed} of ${total} checks passed, the others do not block`;
        return total === 0 ? target : `${checks}; ${target}`;
    }
    const more = reasons.length - 1;
    return `${(0,markdown_escape/* escapeText */.X1)(first)}${more > 0 ? ` (and ${more} more)` : ''}; ${target}`;
}
/** Not passing first (rejections, then undecided), each group in policy order. */
function byStatus(results) {
    const rank = (result) => result.status === 'pass'
        ? 3
        : result.effect === 'reject'
            ? 0
            : result.effect === 'inconclusive'
                ? 1
                : 2;
    return [...results].sort((a, b) => rank(a) - rank(b));
}
/** Reasons name report files by their runner paths; a reader sees the workspace path or the name. */
function withDisplayPaths(reason, view) {
    let text = reason;
    for (const subject of new Set(view.results.map((result) => result.subject))) {
        if (isAbsolutePath(subject))
            text = text.split(subject).join((0,display_path/* displayPath */.G)(subject, view.workspace));
    }
    return text;
}
function isAbsolutePath(text) {
    return /^(?:\/|[A-Za-z]:[\\/])/.test(text);
}
function actionLine(view) {
    const alias = (0,code/* inlineCode */.t)(`${view.model}@${view.alias}`);
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
            return `Not promoted: ${(0,markdown_escape/* escapeText */.X1)(action.reason)}`;
        case 'reviewed':
            return `Reviewed version ${action.version} for ${alias}: ${action.recorded ? 'the verdict and its reports are recorded for the merge to promote' : 'dry run, nothing recorded'}; nothing was moved.`;
        case 'deploy-failed':
            return `Moved ${alias} from ${version(action.from)} to ${action.to}, then the ${(0,markdown_escape/* escapeText */.X1)(action.failure)}; ${(0,markdown_escape/* escapeText */.X1)(action.outcome)}.`;
    }
}
function releaseLines(view, release) {
    const commands = [
        release.deploy.trim() ? `deploy ${(0,code/* inlineCode */.t)(firstLine(release.deploy))}` : '',
        release.smokeTest.trim() ? `smoke test ${(0,code/* inlineCode */.t)(firstLine(release.smokeTest))}` : ''
    ].filter(Boolean);
    if (view.action.kind === 'dry-run') {
        return view.verdict === 'approve'
            ? `Would download version ${view.action.to} and run ${commands.join(', then ')}.`
            : `Would run ${commands.join(', then ')} on approve.`;
    }
    if (release.succeeded.length === 0)
        return `Ran ${commands.join(', then ')}.`;
    return `Deployed and smoke-tested: ${release.succeeded.map((v) => `version ${v}`).join(', then ')} (${commands.join(', then ')}).`;
}
/** A multi-line command shown by its first line, so the summary line stays one line. */
function firstLine(command) {
    const lines = command.trim().split(/\r?\n/);
    return lines.length > 1 ? `${lines[0]} …` : (lines[0] ?? '');
}
function footer(view) {
    const facts = [`environment ${(0,code/* inlineCode */.t)(view.environment)}`];
    if (view.decisionRef)
        facts.push(`decision record ${digestsShortened(view.decisionRef)}`);
    if (view.deploymentId !== undefined)
        facts.push(`deployment ${view.deploymentId}`);
    if (view.policySource) {
        facts.push(`policy ${(0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(view.policySource, view.workspace))} (sha256 ${shaCode(view.policySha256 ?? '')})`);
    }
    return `<sub>${facts.join(' · ')}</sub>`;
}
/** Long hex runs (digests in a record name) cut to 12, the whole text in the mouse-over title. */
function digestsShortened(text) {
    const shown = text.replace(/[0-9a-f]{16,}/gi, (hex) => `${hex.slice(0, 12)}…`);
    return `<code title="${(0,markdown_escape/* escapeHtml */.ZD)(text)}">${(0,markdown_escape/* escapeHtml */.ZD)(shown)}</code>`;
}
/** A commit as 7 characters, a longer digest as 12, the whole value in the title. */
function shaCode(sha) {
    return `<code title="${(0,markdown_escape/* escapeHtml */.ZD)(sha)}">${(0,markdown_escape/* escapeHtml */.ZD)(sha.slice(0, sha.length > 40 ? 12 : 7))}</code>`;
}
function observedCell(value, expected) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === 'number')
        return (0,distinct_number/* formatDistinct */._)(value, (0,distinct_number/* numbersIn */.M)(expected));
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string' && /^[0-9a-f]{40,64}$/i.test(value)) {
        return (0,trusted/* trustedMarkdown */.p)(shaCode(value));
    }
    const text = typeof value === 'string'
        ? value
        : Array.isArray(value) && value.every((item) => typeof item === 'string')
            ? value.join(', ')
            : JSON.stringify(value);
    return (0,trusted/* trustedMarkdown */.p)((0,code/* inlineCode */.t)(text.length > MAX_OBSERVED ? `${text.slice(0, MAX_OBSERVED - 1)}…` : text));
}
/** What a rule checks: a report file (shown by its workspace path or name) or a field. */
function subjectCell(subject, workspace) {
    return isAbsolutePath(subject) ? (0,display_path/* displayPath */.G)(subject, workspace) : subject;
}
/** Emoji and word held together (a no-break space): a narrow Result column must not split them. */
function resultCell(result) {
    if (result.status === 'pass')
        return '✅\u00A0pass';
    const label = result.status === 'fail' ? 'fail' : 'missing';
    if (result.effect === 'reject')
        return `❌\u00A0${label}`;
    if (result.effect === 'inconclusive')
        return `⚠️\u00A0${label}`;
    return `ℹ️\u00A0${label} (${result.reportOnly ? 'report only' : 'allowed'})`;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/yaml-text.ts
var yaml_text = __webpack_require__(54076);
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
async function parsePolicy(text, source) {
    const value = await (0,yaml_text/* parseYamlText */.c)(text, {
        failure: `Policy ${source} is not valid YAML`,
        input: 'policy'
    });
    return policyFromValue(value, source);
}
function policyFromValue(value, source) {
    const fail = (message) => {
        throw new errors/* ConfigurationError */.j(`Policy ${source}: ${message}`, 'policy');
    };
    if (!(0,json_object/* isRecord */.u4)(value))
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
    if (!(0,json_object/* isRecord */.u4)(value))
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
            if (!(0,json_object/* isRecord */.u4)(body))
                fail(`${where} must be a mapping`);
            const record = body;
            const name = record.name;
            if (typeof name !== 'string' || name.trim() === '')
                fail(`${where} needs a "name"`);
            entries.push([name.trim(), record, where]);
        });
    }
    else if ((0,json_object/* isRecord */.u4)(value)) {
        for (const [name, body] of Object.entries(value)) {
            if (!(0,json_object/* isRecord */.u4)(body))
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
            for (const pattern of list)
                checkRefPattern(pattern, fail);
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
    if (!(0,json_object/* isRecord */.u4)(target))
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
// A glob becomes a backtracking regular expression: each wildcard or alternation multiplies the
// work on a ref that almost matches, and the ref is the pusher's to choose. Four `*` take a second
// on a 250-character branch name and six take minutes; three stay within milliseconds.
const MAX_REF_WILDCARDS = 3;
const REF_WILDCARD = /\*+|\?|\{|[@!+](?=\()/g;
function checkRefPattern(pattern, fail) {
    const wildcards = pattern.match(REF_WILDCARD)?.length ?? 0;
    if (wildcards > MAX_REF_WILDCARDS) {
        fail(`allowed-refs pattern "${pattern}" has ${wildcards} wildcards or alternations; at most ` +
            `${MAX_REF_WILDCARDS} are allowed, because matching more can take minutes on a crafted ` +
            'branch name (list several simpler patterns instead)');
    }
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
    // train-evaluate names the version by its manifest, the other reports by the model file they
    // judged: two digests of one model, so each says which it is.
    const digestKind = report.kind === 'train-evaluate' ? 'manifest' : 'file';
    const observed = subject
        ? [
            subject.model,
            subject.version,
            subject.sha256 ? `${digestKind} ${provenance_checks_short(subject.sha256)}` : undefined
        ]
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

// EXTERNAL MODULE: ./actions/deploy-gate/src/registry-connection.ts
var registry_connection = __webpack_require__(39103);
// EXTERNAL MODULE: ./packages/core/src/io/path-patterns.ts
var path_patterns = __webpack_require__(89151);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/report-files.ts





const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Reads each report named by the patterns; a file that is not a report is the user's mistake. */
async function readReports(patterns, cwd) {
    let paths;
    try {
        paths = await (0,path_patterns/* expandPathPatterns */.t)(patterns, { cwd });
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

// EXTERNAL MODULE: ./actions/deploy-gate/src/reviewed-candidate.ts + 1 modules
var reviewed_candidate = __webpack_require__(91126);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/unfinished-move.ts

/**
 * Whether the alias's head entry is a move an earlier attempt of this same CI run made, in this
 * mode, for this subject: that attempt was killed or cancelled after its compare-and-swap and
 * before its deploy, smoke test or automatic rollback finished. A re-run finishes that move (deploys
 * it, or puts the previous version back) instead of taking it for another run's and judging again.
 * Only a run identity the CI keeps across attempts counts (GitHub's run id and attempt number);
 * without one (a local run, CircleCI and GitLab CI give a retried job a new id) every move is
 * someone else's.
 */
async function isUnfinishedMoveOfThisRun(registry, head, ciRun, mode) {
    if (!head?.decisionRef || !ciRun.runId)
        return false;
    const record = await registry
        .getRecord(head.decisionRef)
        .catch(() => undefined);
    return (record?.kind === DECISION_KIND &&
        record.mode === mode &&
        record.runId === ciRun.runId &&
        // An earlier attempt: another step of this attempt moving the same alias made its own move.
        Number(record.runAttempt) < Number(ciRun.runAttempt) &&
        record.ciProvider === ciRun.provider &&
        record.alias === head.alias &&
        record.subject?.version === head.version);
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/deploy-gate.ts




















const DECISION_FILE_NAME = 'deploy-decision.json';
function createDeployGate(dependencies = {}) {
    return async (inputs, context) => {
        const alias = inputs.alias.trim();
        const environment = inputs.environment.trim() || alias;
        if (inputs.mode === 'download') {
            const { downloadModel } = await __webpack_require__.e(/* import() */ 3781).then(__webpack_require__.bind(__webpack_require__, 3781));
            return downloadModel(inputs, context, (0,registry_connection/* openRegistry */.M)(inputs, context.cwd));
        }
        const ciRun = await (0,ci/* detectCiRun */.bw)(context.env, context.cwd);
        const event = await (0,run_context/* readRunContext */.$)(context.env, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'), {
            cwd: context.cwd
        });
        if (inputs.createDeployment && !inputs.dryRun && inputs.mode !== 'review') {
            requireDeploymentAccess(inputs, event);
        }
        const evidence = inputs.mode === 'rollback' ? undefined : await readEvidence(inputs, context);
        const run = {
            inputs: { ...inputs, alias },
            context,
            dependencies,
            registry: (0,registry_connection/* openRegistry */.M)(inputs, context.cwd),
            event,
            ciRun,
            environment,
            commands: {
                deploy: inputs.deploy,
                smokeTest: inputs.smokeTest,
                ...(inputs.deployTimeout ? { deployTimeoutMs: inputs.deployTimeout * 1000 } : {}),
                ...(inputs.smokeTestTimeout ? { smokeTestTimeoutMs: inputs.smokeTestTimeout * 1000 } : {})
            }
        };
        const result = !evidence
            ? await rollback(run)
            : inputs.mode === 'review'
                ? await review(run, evidence)
                : await promote(run, evidence);
        return finish(run, result);
    };
}
const runDeployGate = createDeployGate();
async function readEvidence(inputs, context) {
    if (isReviewedCandidate(inputs)) {
        if (inputs.mode === 'review' || inputs.reports.length > 0) {
            throw new errors/* ConfigurationError */.j(inputs.mode === 'review'
                ? 'candidate: reviewed promotes a recorded review; mode: review records one: name the version to review'
                : 'Input "reports" must be empty with candidate: reviewed: the reports the pull request recorded are judged', inputs.mode === 'review' ? 'candidate' : 'reports');
        }
        return { policy: await loadPolicy(inputs.policy, context.cwd), reports: [] };
    }
    if (inputs.reports.length === 0) {
        throw new errors/* ConfigurationError */.j('Input "reports" is required in promote mode: give the report files to judge', 'reports');
    }
    const policy = await loadPolicy(inputs.policy, context.cwd);
    const reports = await readReports(inputs.reports, context.cwd);
    return { policy, reports };
}
function isReviewedCandidate(inputs) {
    return inputs.candidate.trim() === reviewed_candidate/* REVIEWED_CANDIDATE */.G;
}
async function loadReviewed(run) {
    const { resolveReviewedCandidate } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 91126));
    return resolveReviewedCandidate({
        registry: run.registry,
        model: run.inputs.modelName,
        reviewedCommit: run.inputs.reviewedCommit,
        mergedSha: run.event.sha || run.ciRun.sha || '',
        reviewedTree: run.inputs.reviewedTree,
        ...treeSource(run)
    });
}
/** Where a commit's tree is asked: the step's checkout, then GitHub with the step's token. */
function treeSource(run) {
    return {
        cwd: run.context.cwd,
        event: run.event,
        token: run.inputs.githubToken,
        env: run.context.env,
        log: run.context.log,
        ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
    };
}
async function judge(run, evidence) {
    const { inputs, registry } = run;
    const { policy } = evidence;
    const reviewed = isReviewedCandidate(inputs) ? await loadReviewed(run) : undefined;
    const reports = reviewed?.reports ?? evidence.reports;
    const candidate = reviewed?.candidate ??
        (await resolveCandidate(registry, inputs.modelName, inputs.candidate, reports));
    const head = (await registry.history(inputs.modelName, inputs.alias))[0];
    const previous = head?.version ?? null;
    // A re-run after this candidate was promoted must judge against what it replaced, not itself.
    const comparedWith = head && head.version === candidate.version ? head.previousVersion : previous;
    const baseline = comparedWith === null ? undefined : await registry.get(inputs.modelName, comparedWith);
    const candidateSha = candidate.lineage.git?.sha ?? (run.ciRun.sha || undefined);
    const results = [
        trustCheck(run.event, inputs.allowUntrustedEvents),
        ...(reviewed?.checks ?? []),
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
            ...(policyRef(run) ? { ref: policyRef(run) } : {}),
            ...(run.ciRun.event ? { event: run.ciRun.event } : {}),
            lineage: candidate.lineage
        }))
    ];
    const evaluation = decideVerdict(results);
    const record = {
        ...decisionRecord({
            mode: 'promote',
            dryRun: inputs.dryRun,
            evaluation,
            reports,
            policy,
            candidate,
            ...(candidateSha ? { candidateSha } : {}),
            baselineVersion: previous,
            ...runFacts(run)
        }),
        ...(reviewed ? { review: reviewSummary(reviewed) } : {})
    };
    const base = {
        mode: 'promote',
        evaluation,
        record,
        subject: candidate,
        previous,
        policy,
        ...(reviewed ? { reviewRef: reviewed.reviewRef } : {})
    };
    return {
        base,
        head,
        previous,
        candidateSha,
        reports,
        ...(reviewed ? { reviewed } : {})
    };
}
function reviewSummary(reviewed) {
    return {
        ref: reviewed.reviewRef,
        pullRequest: reviewed.review.pullRequest,
        headSha: reviewed.review.headSha,
        ...(reviewed.review.evaluatedSha ? { evaluatedSha: reviewed.review.evaluatedSha } : {})
    };
}
/**
 * A pull request runs on refs/pull/N/merge; what its review vouches for is the branch it merges
 * into, so `allowed-refs` judges the base ref there.
 */
function policyRef(run) {
    const pull = run.event.pullRequest;
    const baseRef = pull?.source === 'event' && pull.baseRef
        ? pull.baseRef
        : run.inputs.baseRef.trim().replace(/^refs\/heads\//, '');
    if (run.inputs.mode === 'review' && baseRef)
        return `refs/heads/${baseRef}`;
    return run.ciRun.ref || undefined;
}
/**
 * Review mode: the pull request's verdict and every report it judged are stored once, so the merge
 * promotes exactly this version without retraining. A fork's review is never recorded.
 */
async function review(run, evidence) {
    const { reviewTarget, evaluatedTree } = await __webpack_require__.e(/* import() */ 8195).then(__webpack_require__.bind(__webpack_require__, 8195));
    const untrusted = untrustedReason(run.event) ?? forkOfOtherCi(run.ciRun);
    const target = untrusted ? undefined : reviewTarget(run.inputs, run.event);
    const { base, reports } = await judge(run, evidence);
    const version = base.subject.version;
    if (!target) {
        return {
            ...base,
            action: { kind: 'refused', reason: `${untrusted}: its review is not recorded` }
        };
    }
    if (run.inputs.dryRun)
        return { ...base, action: { kind: 'reviewed', version, recorded: false } };
    const evaluated = await evaluatedTree(run.inputs.evaluatedSha, {
        ...treeSource(run),
        fallbackSha: run.ciRun.sha ?? ''
    });
    const { storeReview } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 33463));
    const stored = await storeReview(run.registry, base.subject, {
        model: run.inputs.modelName,
        version,
        pullRequest: target.pullRequest,
        headSha: target.headSha,
        evaluatedSha: evaluated.sha,
        evaluatedTree: evaluated.tree,
        ...(target.baseSha ? { baseSha: target.baseSha } : {}),
        ...(target.baseRef ? { baseRef: target.baseRef } : {}),
        verdict: base.evaluation.verdict,
        reasons: base.evaluation.reasons,
        ...(base.policy ? { policySha256: base.policy.sha256 } : {}),
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
        createdAt: base.record.createdAt
    }, reports, `${run.ciRun.runId ?? 'local'}-${run.ciRun.runAttempt ?? '1'}`);
    return { ...base, reviewRef: stored.ref, action: { kind: 'reviewed', version, recorded: true } };
}
/** Another CI's word that its pull request comes from a fork: its review is not recorded either. */
function forkOfOtherCi(ciRun) {
    const change = ciRun.changeRequest;
    return ciRun.provider !== 'github-actions' && change?.fromFork
        ? `${ciRun.provider} says pull request #${change.number} comes from a fork`
        : undefined;
}
async function promote(run, evidence) {
    const { inputs, registry } = run;
    const { base, head, previous, candidateSha, reviewed } = await judge(run, evidence);
    const { evaluation, record, subject: candidate } = base;
    if (evaluation.verdict !== 'approve')
        return { ...base, action: { kind: 'held', from: previous } };
    if (previous === candidate.version) {
        const unchanged = { ...base, action: { kind: 'unchanged', version: previous } };
        if (!hasCommands(run) || inputs.dryRun)
            return unchanged;
        if (head && (await isUnfinishedMoveOfThisRun(registry, head, run.ciRun, 'promote'))) {
            // An earlier attempt moved the alias and died before its deploy, smoke test or rollback
            // finished: finish them, so a failing candidate still gives the alias back.
            const from = head.previousVersion;
            const decisionRef = head.decisionRef;
            const action = { kind: 'promoted', from, to: candidate.version };
            return release(run, { ...base, previous: from, decisionRef, action }, decisionRef, undefined);
        }
        // A re-run after a deploy that failed with nothing to roll back to must deploy again, not pass.
        return redeployUnchanged(run, unchanged);
    }
    if (inputs.dryRun)
        return { ...base, action: { kind: 'dry-run', from: previous, to: candidate.version } };
    // The test merge a pull request evaluated is not on the default branch; the pushed commit is.
    const deployRef = reviewed && run.event.sha ? run.event.sha : candidateSha;
    return move(run, base, deployRef, (decisionRef) => registry.promote(inputs.modelName, inputs.alias, candidate.version, {
        expect: previous,
        actor: record.actor ?? 'unknown',
        decisionRef,
        ...(inputs.reason ? { reason: inputs.reason } : {}),
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
    }));
}
async function rollback(run) {
    const { inputs, registry } = run;
    const head = (await registry.history(inputs.modelName, inputs.alias))[0];
    if (!head) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} has never been set; there is nothing to roll back`, 'alias');
    }
    // An earlier attempt of this run rolled back and died before it finished: finish that one
    // instead of rolling back once more (from the version it just left to).
    const resumed = (inputs.rollbackTo === undefined || inputs.rollbackTo === head.version) &&
        !inputs.dryRun &&
        (await isUnfinishedMoveOfThisRun(registry, head, run.ciRun, 'rollback'));
    const from = resumed ? (head.previousVersion ?? 0) : head.version;
    const targetVersion = resumed ? head.version : (inputs.rollbackTo ?? head.previousVersion);
    if (targetVersion === null) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} has no previous version to roll back to; name one with rollback-to`, 'rollback-to');
    }
    if (targetVersion === head.version && !resumed) {
        throw new errors/* ConfigurationError */.j(`${inputs.modelName}@${inputs.alias} already is version ${targetVersion}`, 'rollback-to');
    }
    const target = await registry.get(inputs.modelName, targetVersion);
    const targetSha = target.lineage.git?.sha ?? (run.ciRun.sha || undefined);
    const evaluation = decideVerdict([trustCheck(run.event, inputs.allowUntrustedEvents)]);
    const record = decisionRecord({
        mode: 'rollback',
        dryRun: inputs.dryRun,
        evaluation,
        reports: [],
        candidate: target,
        ...(targetSha ? { candidateSha: targetSha } : {}),
        baselineVersion: from,
        ...runFacts(run)
    });
    const base = {
        mode: 'rollback',
        evaluation,
        record,
        subject: target,
        previous: from
    };
    if (evaluation.verdict !== 'approve')
        return { ...base, action: { kind: 'held', from } };
    if (inputs.dryRun)
        return { ...base, action: { kind: 'dry-run', from, to: targetVersion } };
    if (resumed) {
        const decisionRef = head.decisionRef;
        const done = { ...base, decisionRef, action: { kind: 'rolled-back', from, to: targetVersion } };
        return hasCommands(run)
            ? release(run, done, decisionRef, undefined)
            : done;
    }
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
        ciRun: run.ciRun,
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
        const { startDeployment } = await __webpack_require__.e(/* import() */ 8712).then(__webpack_require__.bind(__webpack_require__, 78712));
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
                modelUri: (0,registry_connection/* manifestUri */.o)(registry, inputs.modelName, to),
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
        const action = base.mode === 'rollback'
            ? { kind: 'rolled-back', from: entry.previousVersion ?? 0, to: entry.version }
            : { kind: 'promoted', from: entry.previousVersion, to: entry.version };
        const moved = { ...withDeployment, previous: entry.previousVersion, action };
        if (hasCommands(run))
            return await release(run, moved, stored.ref, deployment);
        await deployment?.finish('success', `${inputs.modelName}@${inputs.alias} is version ${entry.version}`);
        return moved;
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
function hasCommands(run) {
    return run.commands.deploy.trim() !== '' || run.commands.smokeTest.trim() !== '';
}
/** A review moves nothing, so it deploys nothing: its commands are the merge's. */
function releases(run) {
    return hasCommands(run) && run.inputs.mode !== 'review';
}
async function releaseFlow(run) {
    const [{ releaseRoot }, { withOwnCli }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8995).then(__webpack_require__.bind(__webpack_require__, 78995)),
        __webpack_require__.e(/* import() */ 9102).then(__webpack_require__.bind(__webpack_require__, 19102))
    ]);
    return {
        registry: run.registry,
        commands: run.commands,
        ...(run.dependencies.runCommand ? { runCommand: run.dependencies.runCommand } : {}),
        name: run.inputs.modelName,
        alias: run.inputs.alias,
        cwd: run.context.cwd,
        env: withOwnCli(run.context.env, process.argv[1]),
        root: releaseRoot(run.context.env, run.context.cwd),
        log: run.context.log
    };
}
/**
 * The alias already points to the subject (claimed by compare-and-swap, so a concurrent gate lost
 * before anything was deployed); now the deploy and smoke test decide whether the move stands.
 */
async function release(run, moved, decisionRef, deployment) {
    const { deployVersion, restorePrevious, describeRestoration } = await __webpack_require__.e(/* import() */ 8995).then(__webpack_require__.bind(__webpack_require__, 78995));
    const flow = await releaseFlow(run);
    const { inputs } = run;
    const purpose = moved.mode === 'rollback' ? 'rollback' : 'deploy';
    const attempt = await deployVersion(flow, moved.subject, moved.previous, purpose);
    if (attempt.ok) {
        await deployment?.finish('success', `${inputs.modelName}@${inputs.alias} is version ${attempt.version}, deployed and smoke-tested`);
        return { ...moved, releases: [attempt] };
    }
    const restored = moved.mode === 'rollback'
        ? { restoration: { kind: 'kept' } }
        : await restorePrevious(flow, attempt, moved.previous, {
            actor: moved.record.actor ?? 'unknown',
            decisionRef,
            ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
        });
    const outcome = describeRestoration(restored.restoration, inputs.modelName, inputs.alias, restored.redeploy);
    const failed = { ...attempt, restoration: restored.restoration };
    await deployment?.finish('failure', `${attempt.failure}; ${outcome}`.slice(0, 140));
    return {
        ...moved,
        releases: [failed, ...(restored.redeploy ? [restored.redeploy] : [])],
        action: {
            kind: 'deploy-failed',
            from: moved.previous,
            to: moved.subject.version,
            failure: attempt.failure ?? 'deploy failed',
            outcome
        }
    };
}
/** The alias already is the candidate: deploy it again; a failure moves nothing (it was not this run's move). */
async function redeployUnchanged(run, unchanged) {
    const { deployVersion } = await __webpack_require__.e(/* import() */ 8995).then(__webpack_require__.bind(__webpack_require__, 78995));
    const attempt = await deployVersion(await releaseFlow(run), unchanged.subject, unchanged.previous, 'deploy');
    if (attempt.ok)
        return { ...unchanged, releases: [attempt] };
    return {
        ...unchanged,
        releases: [{ ...attempt, restoration: { kind: 'kept' } }],
        action: {
            kind: 'deploy-failed',
            from: unchanged.previous,
            to: unchanged.subject.version,
            failure: attempt.failure ?? 'deploy failed',
            outcome: `${run.inputs.modelName}@${run.inputs.alias} already pointed to it and stays`
        }
    };
}
/** The decision JSON for the next step: the record, and what this run did about it. */
async function writeDecisionFile(run, result, decision, reasons) {
    const { inputs, context } = run;
    const decisionPath = await (0,write_target/* writeTarget */.vN)(inputs.decisionPath
        ? (0,external_node_path_.resolve)(context.cwd, inputs.decisionPath)
        : (0,external_node_path_.resolve)(context.env.RUNNER_TEMP || context.cwd, DECISION_FILE_NAME), context, { input: 'decision-path', allowOutside: inputs.allowWritesOutsideWorkspace });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(decisionPath), { recursive: true });
    const file = {
        ...result.record,
        outcome: {
            decision,
            reasons,
            action: result.action,
            ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
            ...(result.reviewRef ? { reviewRef: result.reviewRef } : {}),
            ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {}),
            ...(result.releases ? { releases: result.releases } : {})
        }
    };
    await (0,promises_.writeFile)(decisionPath, `${JSON.stringify(file, null, 2)}\n`);
    return decisionPath;
}
async function finish(run, result) {
    const { inputs, context, registry } = run;
    const { decision, reasons } = finalDecision(result);
    const decisionPath = await writeDecisionFile(run, result, decision, reasons);
    const moved = result.action.kind === 'promoted' || result.action.kind === 'rolled-back';
    const current = await currentVersion(run, result, moved);
    const deployedRelease = result.releases?.find((release) => release.ok && release.version === current);
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
        workspace: context.env.GITHUB_WORKSPACE || context.cwd,
        ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
        ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {}),
        ...(result.policy
            ? { policySource: result.policy.source, policySha256: result.policy.sha256 }
            : {}),
        ...(releases(run) ? { release: releaseView(run, result) } : {})
    });
    await (0,pull_request_comment/* commentOnPullRequest */.r)({
        action: 'deploy-gate',
        markdown,
        mode: inputs.comment,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        env: context.env,
        logger: context.log,
        ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
    });
    const alertIssue = await deploy_gate_alert(run, result, markdown, current, deployedRelease !== undefined);
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
                    'model-uri': (0,registry_connection/* manifestUri */.o)(registry, inputs.modelName, current)
                }
                : {}),
            ...(result.previous !== null ? { 'previous-version': result.previous } : {}),
            ...(result.decisionRef ? { 'decision-ref': result.decisionRef } : {}),
            ...(result.reviewRef ? { 'review-ref': result.reviewRef } : {}),
            'decision-path': decisionPath,
            ...(result.deploymentId !== undefined ? { 'deployment-id': result.deploymentId } : {}),
            ...(releases(run) ? { deployed: deployedRelease !== undefined } : {}),
            ...(deployedRelease ? { 'model-directory': deployedRelease.directory } : {}),
            ...(alertIssue ? { 'alert-issue': alertIssue } : {})
        },
        report: markdown,
        ...(decision === 'approve'
            ? {}
            : { failure: `deploy-gate: ${decision}: ${reasons[0] ?? decision}` })
    };
}
/** With `alert: issue`: a failed deploy raises the alert issue, the next good one closes it. */
async function deploy_gate_alert(run, result, markdown, current, deployedNow) {
    const { inputs, context } = run;
    if (inputs.alert === 'off' || inputs.dryRun || inputs.mode === 'review')
        return undefined;
    const change = deployAlertChange({
        model: inputs.modelName,
        alias: inputs.alias,
        action: result.action,
        deployed: hasCommands(run) ? deployedNow : result.action.kind !== 'unchanged',
        currentVersion: current,
        ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
        ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
        registry: run.registry.location,
        decisionMarkdown: markdown
    });
    if (!change)
        return undefined;
    const outcome = await (0,issue_alert/* alertOnIssue */.l)({
        mode: inputs.alert,
        action: 'deploy-gate',
        key: deployAlertKey(inputs.modelName, inputs.alias),
        change,
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        env: context.env,
        logger: context.log,
        cwd: context.cwd,
        ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
    });
    return 'url' in outcome ? outcome.url : undefined;
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
    if (action.kind === 'deploy-failed') {
        return { decision: 'reject', reasons: [`the ${action.failure}`, action.outcome] };
    }
    return { decision: evaluation.verdict, reasons: evaluation.reasons };
}
/** Where the alias is after the run: after a failed deploy, only the registry knows for sure. */
async function currentVersion(run, result, moved) {
    if (result.action.kind === 'deploy-failed') {
        return (await run.registry.history(run.inputs.modelName, run.inputs.alias))[0]?.version ?? null;
    }
    return moved || result.action.kind === 'unchanged' ? result.subject.version : result.previous;
}
function releaseView(run, result) {
    return {
        deploy: run.commands.deploy,
        smokeTest: run.commands.smokeTest,
        succeeded: (result.releases ?? []).filter((r) => r.ok).map((r) => r.version)
    };
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
    const probe = await (0,conditional_write_probe/* probeConditionalWrites */.$)(run.registry.store);
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
        throw new errors/* ConfigurationError */.j('create-deployment is on but no repository is known (no CI variables or git remote name one); set create-deployment: false', 'create-deployment');
    }
}


/***/ }),

/***/ 39103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry),
/* harmony export */   o: () => (/* binding */ manifestUri)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65040);


/** The registry the inputs name; S3 credentials come from the standard AWS chain (env, OIDC, role). */
function openRegistry(inputs, cwd) {
    return _ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__/* .ModelRegistry */ .z.open(inputs.registry, (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .registryOpenOptions */ .OC)(inputs, cwd));
}
/** Where the serving step finds the version: its manifest lists every file with its sha256. */
function manifestUri(registry, model, version) {
    return `${registry.location.replace(/\/+$/, '')}/models/${model}/versions/${version}/manifest.json`;
}


/***/ }),

/***/ 33463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ listPullReviews),
/* harmony export */   O_: () => (/* binding */ requireReadableReview),
/* harmony export */   af: () => (/* binding */ listReviews),
/* harmony export */   gr: () => (/* binding */ noReviewError),
/* harmony export */   jW: () => (/* binding */ reviewCheck),
/* harmony export */   kj: () => (/* binding */ readRecordedReports),
/* harmony export */   storeReview: () => (/* binding */ storeReview)
/* harmony export */ });
/* unused harmony exports REVIEW_KIND, REVIEW_SCHEMA_VERSION */
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37148);
/* harmony import */ var _ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28010);


const REVIEW_KIND = 'deploy-review';
const REPORT_KIND = 'review-report';
/** One small record per review, keyed by pull request: what "the head moved" is found from. */
const PULL_INDEX_KIND = 'deploy-review-pull';
/** 2 added evaluatedTree and baseSha; a merge refuses a 1 unless reviewed-tree: any (docs/registry.md). */
const REVIEW_SCHEMA_VERSION = 2;
const READABLE_SCHEMA_VERSIONS = [1, 2];
/** Stores each report, then the review naming them (the review last: nothing points to a half-written one). */
async function storeReview(registry, candidate, facts, reports, runKey) {
    const recorded = [];
    for (const report of reports) {
        const stored = await registry.putRecord(REPORT_KIND, report.data);
        recorded.push({ path: report.path, kind: report.kind, ref: stored.ref, sha256: stored.sha256 });
    }
    const record = {
        kind: REVIEW_KIND,
        schemaVersion: REVIEW_SCHEMA_VERSION,
        ...facts,
        manifestSha256: (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_0__/* .manifestSha256 */ .dL)(candidate),
        reports: recorded
    };
    const stored = await registry.putRecord(REVIEW_KIND, record, {
        key: `${facts.headSha.toLowerCase()}.${runKey}`
    });
    // After the review: an index entry never names a review that is not there. Lost to a crash, it
    // costs only the "head moved" diagnosis; the merge finds the review by its head.
    const entry = {
        kind: PULL_INDEX_KIND,
        schemaVersion: 1,
        model: facts.model,
        pullRequest: facts.pullRequest,
        headSha: facts.headSha.toLowerCase(),
        reviewRef: stored.ref,
        createdAt: facts.createdAt
    };
    await registry.putRecord(PULL_INDEX_KIND, entry, {
        key: `${await pullIndexPrefix(facts.model, facts.pullRequest)}${entry.headSha}.${runKey}`
    });
    return { ref: stored.ref, record };
}
/**
 * `pr<N>.<16 hex of sha256(model)>.`: a model name may be 128 characters and contain dots, so the
 * key carries a fixed-length digest of it instead, which keeps the key short and the prefix exact.
 */
async function pullIndexPrefix(model, pullRequest) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    return `pr${pullRequest}.${createHash('sha256').update(model).digest('hex').slice(0, 16)}.`;
}
/** The reviews of one pull request of `model`, newest first: its index entries only, not every review. */
async function listPullReviews(registry, model, pullRequest) {
    const prefix = `records/${PULL_INDEX_KIND}/${await pullIndexPrefix(model, pullRequest)}`;
    const found = [];
    for await (const blob of registry.store.list(prefix)) {
        if (!blob.key.endsWith('.json'))
            continue;
        const entry = await registry.getRecord(blob.key);
        if (entry.kind === PULL_INDEX_KIND && entry.model === model)
            found.push(entry);
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
/** Every review of `model` for the pull request head `headSha`, newest first. */
async function listReviews(registry, model, headSha) {
    const prefix = `records/${REVIEW_KIND}/${headSha.toLowerCase()}.`;
    const found = [];
    for await (const blob of registry.store.list(prefix)) {
        if (!blob.key.endsWith('.json'))
            continue;
        const record = await registry.getRecord(blob.key);
        if (record.kind === REVIEW_KIND && record.model === model)
            found.push({ ref: blob.key, record });
    }
    return found.sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt));
}
/** A review this version can judge; a newer format is refused rather than read half. */
function requireReadableReview(ref, review) {
    if (!READABLE_SCHEMA_VERSIONS.includes(review.schemaVersion)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`candidate: reviewed: ${ref} has schemaVersion ${String(review.schemaVersion)}, which this ml-actions cannot read (it reads ${READABLE_SCHEMA_VERSIONS.join(', ')}); ` +
            'use the ml-actions version that recorded it. Nothing was moved.', 'candidate');
    }
}
/** The recorded reports, each re-read and checked against the sha256 the review holds. */
async function readRecordedReports(registry, review) {
    const reports = [];
    const checks = [];
    for (const entry of review.reports) {
        const data = await registry.getRecord(entry.ref);
        const actual = (0,_ml_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .recordSha256 */ .He)(data);
        const intact = actual === entry.sha256 && entry.ref.endsWith(`sha256-${entry.sha256}.json`);
        checks.push(reviewCheck(`recorded report ${entry.kind}`, entry.ref, { observed: actual, expected: entry.sha256, pass: intact }, intact
            ? `${entry.path} as the pull request's gate judged it`
            : `${entry.path}: the stored report does not match the sha256 the review recorded; it was changed after the review`));
        if (intact) {
            reports.push({
                kind: entry.kind,
                source: entry.path,
                data,
                path: entry.path,
                sha256: entry.sha256,
                envelope: data
            });
        }
    }
    return { reports, checks };
}
/** A check the review itself contributes to the verdict: a failed one rejects. */
function reviewCheck(name, subject, outcome, detail) {
    return {
        name,
        type: 'review',
        subject,
        observed: outcome.observed,
        expected: outcome.expected,
        reportOnly: false,
        status: outcome.pass ? 'pass' : 'fail',
        effect: outcome.pass ? 'none' : 'reject',
        detail
    };
}
function noReviewError(model, pull, headSha) {
    return new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`candidate: reviewed: no review of ${model} is recorded for ${pull} at head ${headSha}; ` +
        'the pull request run must run deploy-gate with mode: review (and the same registry). Nothing was moved.', 'candidate');
}


/***/ }),

/***/ 91126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ REVIEWED_CANDIDATE),
  resolveReviewedCandidate: () => (/* binding */ resolveReviewedCandidate)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/registry/src/manifest.ts
var manifest = __webpack_require__(37148);
// EXTERNAL MODULE: ./actions/deploy-gate/src/commit-tree.ts
var commit_tree = __webpack_require__(56861);
// EXTERNAL MODULE: ./actions/deploy-gate/src/review-record.ts
var review_record = __webpack_require__(33463);
;// CONCATENATED MODULE: ./actions/deploy-gate/src/reviewed-tree.ts

const NAME = 'reviewed tree';
/**
 * A squash, a merge commit or a rebase of a branch that was up to date all give the tree the pull
 * request's test merge had; a different tree means the base moved after the review, so the code
 * on the default branch was never evaluated.
 */
function reviewedTreeCheck(review, merged, mode) {
    const evaluated = review.evaluatedTree;
    if (mode === 'any') {
        return (0,review_record/* reviewCheck */.jW)(NAME, 'review', { observed: merged.tree ?? 'not compared', expected: 'any (reviewed-tree: any)', pass: true }, 'the merged tree is not compared with the evaluated one (reviewed-tree: any)');
    }
    if (!evaluated) {
        return (0,review_record/* reviewCheck */.jW)(NAME, 'review', { observed: merged.tree ?? 'unknown', expected: 'the evaluated tree', pass: false }, `the review (schemaVersion ${review.schemaVersion}) recorded no evaluated tree, so the merged code cannot be shown to be the code evaluated; ` +
            're-run the pull request evaluation, or set reviewed-tree: any (refused)');
    }
    const same = merged.tree === evaluated;
    const base = review.baseSha ? ` on base ${review.baseSha}` : '';
    return (0,review_record/* reviewCheck */.jW)(NAME, 'review', { observed: merged.tree ?? 'unknown', expected: evaluated, pass: same }, same
        ? `the merged commit ${merged.sha} has tree ${evaluated}, the tree the review evaluated (${review.evaluatedSha ?? 'its test merge'})`
        : `the merged commit ${merged.sha} has tree ${merged.tree ?? 'unknown'}, but the review evaluated tree ${evaluated} (${review.evaluatedSha ?? 'its test merge'}${base}): ` +
            'the base moved after the review, so the merged code was never evaluated. Re-run the pull request evaluation, ' +
            'or require branches to be up to date before merging (refused)');
}

;// CONCATENATED MODULE: ./actions/deploy-gate/src/reviewed-candidate.ts





const REVIEWED_CANDIDATE = 'reviewed';
async function resolveReviewedCandidate(lookup) {
    const merged = lookup.reviewedCommit.trim()
        ? { headSha: lookup.reviewedCommit.trim().toLowerCase() }
        : await pullRequestOfMerge(lookup);
    const pull = 'number' in merged ? `pull request #${merged.number}` : 'the reviewed commit';
    const reviews = await (0,review_record/* listReviews */.af)(lookup.registry, lookup.model, merged.headSha);
    const latest = reviews[0];
    if (!latest)
        throw await missingReview(lookup, merged, pull);
    const review = latest.record;
    (0,review_record/* requireReadableReview */.O_)(latest.ref, review);
    const treeCheck = reviewedTreeCheck(review, await mergedCommit(lookup, review), lookup.reviewedTree);
    const candidate = await lookup.registry.get(lookup.model, review.version);
    const candidateSha256 = (0,manifest/* manifestSha256 */.dL)(candidate);
    const recorded = await (0,review_record/* readRecordedReports */.kj)(lookup.registry, review);
    const approved = review.verdict === 'approve';
    const intact = candidateSha256 === review.manifestSha256;
    const versionDetail = `${lookup.model}/${review.version} is the manifest the review judged`;
    return {
        candidate,
        reports: recorded.reports,
        review,
        reviewRef: latest.ref,
        checks: [
            (0,review_record/* reviewCheck */.jW)('reviewed verdict', 'review', { observed: review.verdict, expected: 'approve', pass: approved }, approved
                ? `${pull} was approved at ${review.headSha}`
                : `${pull} was judged ${review.verdict} at ${review.headSha}; only an approved review is promoted (refused)`),
            (0,review_record/* reviewCheck */.jW)('reviewed version intact', 'review', { observed: candidateSha256, expected: review.manifestSha256, pass: intact }, intact ? versionDetail : `${versionDetail} (refused)`),
            treeCheck,
            ...recorded.checks
        ]
    };
}
/** The merged commit and, when the review has a tree to compare it with, its tree. */
async function mergedCommit(lookup, review) {
    const sha = lookup.mergedSha.trim().toLowerCase();
    if (lookup.reviewedTree === 'any' || !review.evaluatedTree)
        return { sha };
    if (!sha) {
        throw new errors/* ConfigurationError */.j("candidate: reviewed compares the merged commit's tree with the evaluated one: run it on the merge (GITHUB_SHA, or a git checkout of it), or set reviewed-tree: any", 'reviewed-tree');
    }
    const found = await (0,commit_tree/* treeOfCommit */.r)(sha, lookup);
    if (!found) {
        throw new errors/* ConfigurationError */.j(`candidate: reviewed: the tree of the merged commit ${sha} was found neither in the checkout (git rev-parse) nor through GitHub (git/commits, needs github-token with contents: read); ` +
            'check the commit out, give github-token, or set reviewed-tree: any. Nothing was moved.', 'reviewed-tree');
    }
    return { sha, tree: found.tree };
}
/** The head moved after the evaluation when this PR has reviews, but none of its final head. */
async function missingReview(lookup, merged, pull) {
    if (merged.number !== undefined) {
        const [earlier] = await (0,review_record/* listPullReviews */.Br)(lookup.registry, lookup.model, merged.number);
        if (earlier) {
            return new errors/* ConfigurationError */.j(`candidate: reviewed: ${pull} was merged at head ${merged.headSha}, but its last review evaluated head ${earlier.headSha}: ` +
                'the code merged is not the code evaluated. Re-run the pull request evaluation on its final head. Nothing was moved.', 'candidate');
        }
    }
    return (0,review_record/* noReviewError */.gr)(lookup.model, pull, merged.headSha);
}
/** GET /repos/{owner}/{repo}/commits/{sha}/pulls: merge, squash and rebase merges all name their PR. */
async function pullRequestOfMerge(lookup) {
    const { event } = lookup;
    if (!event.repository || !event.sha) {
        throw new errors/* ConfigurationError */.j('candidate: reviewed needs the pushed commit and its repository (GITHUB_SHA, GITHUB_REPOSITORY), or reviewed-commit', 'reviewed-commit');
    }
    if (!lookup.token) {
        throw new errors/* ConfigurationError */.j('candidate: reviewed finds the merged pull request through GitHub: give github-token (contents: read), or reviewed-commit', 'github-token');
    }
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4642), __webpack_require__.e(7305)]).then(__webpack_require__.bind(__webpack_require__, 57305));
    const octokit = await createOctokit(lookup.token, {
        env: lookup.env,
        baseUrl: event.apiUrl,
        logger: lookup.log,
        ...(lookup.timing ? { timing: lookup.timing } : {})
    });
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: event.repository.owner,
        repo: event.repository.repo,
        commit_sha: event.sha,
        per_page: 100
    });
    const sha = event.sha.toLowerCase();
    const merged = data.filter((pull) => pull.merged_at !== null);
    const exact = merged.filter((pull) => pull.merge_commit_sha?.toLowerCase() === sha);
    const found = exact.length === 1 ? exact : merged;
    if (found.length !== 1 || !found[0]) {
        throw new errors/* ConfigurationError */.j(found.length === 0
            ? `candidate: reviewed: commit ${event.sha} is not the merge of a pull request; give reviewed-commit (the head that was evaluated)`
            : `candidate: reviewed: commit ${event.sha} belongs to ${found.length} merged pull requests (${found.map((p) => `#${p.number}`).join(', ')}); give reviewed-commit`, 'reviewed-commit');
    }
    return { headSha: found[0].head.sha.toLowerCase(), number: found[0].number };
}


/***/ }),

/***/ 69090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ mayBeGlob),
/* harmony export */   t: () => (/* binding */ loadGlobEngine)
/* harmony export */ });
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
    return (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
}


/***/ }),

/***/ 89151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ expandPathPatterns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _glob_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69090);




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
async function expandPathPatterns(patterns, options) {
    const cwd = options.cwd;
    const found = [];
    const exclusions = [];
    // Plain paths, the common case, need no glob engine: picomatch loads for the first glob.
    let picomatch;
    for (const pattern of patterns) {
        if (!(0,_glob_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .j)(pattern)) {
            found.push(pattern);
            continue;
        }
        picomatch ??= await (0,_glob_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .loadGlobEngine */ .t)();
        if (pattern.startsWith('!')) {
            exclusions.push(picomatch(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(pattern.slice(1))));
            continue;
        }
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            found.push(pattern);
            continue;
        }
        const matches = await walkMatches(picomatch(scan.glob), cwd, scan.base, scan.glob);
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`no files match the pattern "${pattern}"`);
        }
        found.push(...matches);
    }
    const unique = [...new Set(found)];
    return unique.filter((path) => !exclusions.some((excluded) => excluded(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path))));
}
async function walkMatches(matches, cwd, base, glob) {
    const maxDepth = glob.includes('**') ? Number.POSITIVE_INFINITY : glob.split('/').length;
    const files = [];
    const visit = async (relativeDirectory, depth) => {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, base, relativeDirectory);
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(absolute, { withFileTypes: true }).catch(() => []);
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
                (entry.isSymbolicLink() && (await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(absolute, entry.name))))) {
                files.push(base === '' ? relative : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(base, relative));
            }
        }
    };
    await visit('', 1);
    return files.sort();
}
async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isFile() ?? false;
}


/***/ }),

/***/ 31870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ codeBlock),
/* harmony export */   t: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _unicode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63932);

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
function inlineCode(text) {
    const content = (0,_unicode_js__WEBPACK_IMPORTED_MODULE_0__/* .toPrintable */ .f8)(text).replace(/\r\n|\r|\n/g, ' ');
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
    const content = (0,_unicode_js__WEBPACK_IMPORTED_MODULE_0__/* .toPrintable */ .f8)(text)
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


/***/ }),

/***/ 45841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/**
 * A file or store location as a reader of a comment should see it: relative to the workspace when
 * it lies inside, otherwise only its last segment after `…/`. Runner paths (/home/runner/work/…,
 * $RUNNER_TEMP) mean nothing to a reviewer and tell an attacker about the machine. URIs other than
 * file:// (s3://bucket/prefix) are kept as they are.
 */
function displayPath(location, workspace) {
    const fileUri = /^file:\/\//i.test(location);
    if (!fileUri && /^[a-z][a-z0-9+.-]*:\/\//i.test(location))
        return location;
    const path = fileUri ? decodeURIComponentSafe(location.replace(/^file:\/\//i, '')) : location;
    const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
    if (!absolute)
        return path;
    const root = workspace?.replace(/[\\/]+$/, '');
    if (root && (path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`))) {
        return path === root ? '.' : path.slice(root.length + 1);
    }
    const segments = path.split(/[\\/]+/).filter(Boolean);
    return `…/${segments.at(-1) ?? ''}`;
}
function decodeURIComponentSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 71197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ numbersIn),
/* harmony export */   _: () => (/* binding */ formatDistinct)
/* harmony export */ });
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80036);

/**
 * A number beside the numbers it is judged against (a threshold, a baseline), with the formatter's
 * significant digits, or more where fewer would show two different numbers as one: 0.94999 against
 * a minimum of 0.95 reads `0.94999 is below the minimum 0.95`, not `0.95 is below the minimum 0.95`.
 */
function formatDistinct(value, others, significantDigits = _number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SIGNIFICANT_DIGITS */ .vb) {
    for (let digits = significantDigits; digits < 17; digits++) {
        const text = (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, { significantDigits: digits });
        const clash = others.some((other) => other !== value && (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(other, { significantDigits: digits }) === text);
        if (!clash)
            return text;
    }
    return (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, { significantDigits: 17 });
}
/** The numbers written in a text such as `0 ≤ x ≤ 50` or `≥ baseline − 0.02`. */
function numbersIn(text) {
    return (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
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


/***/ })

};
;