"use strict";
exports.id = 2258;
exports.ids = [2258,7446,5374,4303];
exports.modules = {

/***/ 47446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
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
    const { default: artifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1955), __webpack_require__.e(3251), __webpack_require__.e(1371), __webpack_require__.e(1351), __webpack_require__.e(6518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
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
/* harmony export */   COMMENT_MODES: () => (/* binding */ COMMENT_MODES),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   RUN_MODES: () => (/* binding */ RUN_MODES),
/* harmony export */   compareMetricsAction: () => (/* binding */ compareMetricsAction)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24949);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96793);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35186);

const BASELINE_SOURCES = ['auto', 'file', 'registry', 'artifact', 'none'];
const RUN_MODES = ['merge', 'per-file'];
const FAIL_ON = ['regression', 'inconclusive', 'never'];
const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'];
const compareMetricsAction = (0,_ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .Q)({
    name: 'compare-metrics',
    inputs: {
        candidate: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        baseline: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        runs: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(RUN_MODES, { default: 'merge' }),
        'baseline-source': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(BASELINE_SOURCES, {
            default: 'auto'
        }),
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .registryInputs */ .P4,
        ..._ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeConfinementInputs */ .jp,
        'model-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-alias': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'production' }),
        'registry-metrics-file': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'artifact-name': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'ml-metrics' }),
        'baseline-branch': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'upload-artifact': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        rules: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'candidate-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'baseline-predictions': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        statistics: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list(),
        'positive-class': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        alpha: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 1e-12, max: 0.5 }),
        correction: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'exempt-headline': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        power: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ min: 0.01, max: 0.99 }),
        seed: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '20240601', integer: true, min: 0, max: 4294967295 }),
        resamples: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '10000', integer: true, min: 100, max: 1_000_000 }),
        'fail-on': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(FAIL_ON, { default: 'regression' }),
        comment: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.choice(COMMENT_MODES, { default: 'upsert' }),
        'comment-key': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'pr-number': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ integer: true, min: 1 }),
        'fail-on-comment-error': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'false' }),
        summary: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ default: 'true' }),
        title: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ default: 'Metrics comparison' }),
        'max-rows': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '200', integer: true, min: 1, max: 100_000 }),
        precision: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.number({ default: '4', integer: true, min: 1, max: 17 }),
        'report-path': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        history: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'candidate-model': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        report: _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string(),
        'github-token': _ml_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string()
    },
    outputs: [
        'result',
        'regressed',
        'improved',
        'counts',
        'baseline-source',
        'report-path',
        'comment-id',
        'comment-url',
        'comment-status'
    ]
});


/***/ }),

/***/ 73874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12009);
/* harmony import */ var _actions_artifact_uploader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47446);
/* harmony import */ var _compare_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17519);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21130);




const run = () => (0,_ml_actions_action_kit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(_definition_js__WEBPACK_IMPORTED_MODULE_1__.compareMetricsAction, (0,_compare_body_js__WEBPACK_IMPORTED_MODULE_0__.createCompareMetrics)({ uploadArtifact: _actions_artifact_uploader_js__WEBPACK_IMPORTED_MODULE_3__.actionsArtifactUploader }));


/***/ }),

/***/ 24949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(definition) {
    return definition;
}


/***/ }),

/***/ 96793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* unused harmony exports splitList, camelCase */
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input required and not supplied: ${name}`, name);
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
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`, name);
        });
    },
    number(opts) {
        return withDefault('number', opts, (text, name) => {
            if (text === '')
                return undefined;
            const value = Number(text);
            const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`;
            if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`, name);
            }
            if ((opts.min !== undefined && value < opts.min) ||
                (opts.max !== undefined && value > opts.max)) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be in ${bounds}, got ${value}`, name);
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
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`, name);
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


/***/ }),

/***/ 28326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatOutput)
/* harmony export */ });
/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return JSON.stringify(value);
    return String(value);
}


/***/ }),

/***/ 12574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ registryInputs),
/* harmony export */   mD: () => (/* binding */ s3OptionsFromInputs)
/* harmony export */ });
/* unused harmony export S3_PATH_STYLES */
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96793);

const S3_PATH_STYLES = ['auto', 'true', 'false'];
/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
const registryInputs = {
    registry: _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.ml-registry' }),
    's3-endpoint': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-region': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    's3-path-style': _input_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(S3_PATH_STYLES, { default: 'auto' })
};
/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
function s3OptionsFromInputs(inputs) {
    return {
        ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
        ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
        ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
    };
}


/***/ }),

/***/ 12009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: runnerLogger, writeJobSummary

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __webpack_require__(67177);
// EXTERNAL MODULE: ./packages/action-kit/src/output-format.ts
var output_format = __webpack_require__(28326);
// EXTERNAL MODULE: ./packages/action-kit/src/input-spec.ts
var input_spec = __webpack_require__(96793);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
        const inputs = (0,input_spec/* readInputs */.Ko)(definition.inputs, (name) => getInput(name));
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
                setOutput(name, (0,output_format/* formatOutput */.V)(value));
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

/***/ 49513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71588);
/* harmony import */ var _trusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);


/**
 * A collapsible block. The summary sits in raw HTML, so a plain string is HTML-escaped (markdown is
 * not parsed there). Blank lines around the body let GitHub render it as markdown.
 */
function details(summary, body, options = {}) {
    const summaryHtml = (0,_trusted_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustedMarkdown */ .N)(summary) ? summary.trustedMarkdown : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(summary);
    const tag = options.open ? '<details open>' : '<details>';
    return `${tag}<summary>${summaryHtml}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>`;
}


/***/ }),

/***/ 67177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var unicode = __webpack_require__(63932);
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

/***/ 80036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TB: () => (/* binding */ formatPlainDecimal),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   vb: () => (/* binding */ DEFAULT_SIGNIFICANT_DIGITS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PERCENT_SIGNIFICANT_DIGITS, formatSigned, formatPercentChange, formatDelta */
const DEFAULT_SIGNIFICANT_DIGITS = 4;
const DEFAULT_PERCENT_SIGNIFICANT_DIGITS = 2;
/**
 * Non-integers are written out from 0.0001 (so learning rates like 1e-4 read `0.0001`) up to, not
 * including, 1,000,000, judged after rounding; outside that range they get scientific notation
 * (`1.235e-7`, `1.235e6`). Compared as powers of ten because `10 ** -4` is not exactly 0.0001.
 */
const MIN_POSITIONAL_EXPONENT = -4;
const MAX_POSITIONAL_EXPONENT = 5;
/**
 * A number for people: significant digits, never a small value rounded to 0, integers whole
 * (no grouping, so the text can be pasted back into code), `NaN`, `∞`, `−∞`, and -0 as `0`.
 * Integers beyond 2^53 are not exact any more, so they get scientific notation like other large values.
 */
function formatNumber(value, options = {}) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return '−∞';
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    const { exponent } = rounded;
    if (exponent < MIN_POSITIONAL_EXPONENT || exponent > MAX_POSITIONAL_EXPONENT) {
        return scientific(rounded);
    }
    if (exponent >= significantDigits - 1)
        return String(Math.round(value));
    return positional(rounded);
}
/**
 * Like formatNumber but never in scientific notation, for consumers that cannot parse exponents
 * (mermaid's xychart). Non-finite values are a caller bug here.
 */
function formatPlainDecimal(value, options = {}) {
    if (!Number.isFinite(value))
        throw new RangeError(`Cannot write ${value} as a plain decimal`);
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    if (rounded.exponent >= significantDigits - 1)
        return BigInt(Math.round(value)).toString();
    return positional(rounded);
}
/** formatNumber with an explicit `+` on positive values; zero and NaN stay unsigned. */
function formatSigned(value, options = {}) {
    const text = formatNumber(value, options);
    return value > 0 ? `+${text}` : text;
}
/**
 * The change relative to `base` in percent, signed: `+1.4%`. Undefined when it has no meaning
 * (base 0 or not finite, delta NaN). The base's magnitude is used so that the sign follows the delta.
 */
function formatPercentChange(delta, base, options = {}) {
    if (base === 0 || !Number.isFinite(base) || Number.isNaN(delta))
        return undefined;
    const percent = (delta / Math.abs(base)) * 100;
    const significantDigits = options.percentSignificantDigits ?? DEFAULT_PERCENT_SIGNIFICANT_DIGITS;
    return `${formatSigned(percent, { significantDigits })}%`;
}
/** `+0.0123 (+1.4%)`; the percent part is left out when there is none (see formatPercentChange). */
function formatDelta(delta, base, options = {}) {
    const absolute = formatSigned(delta, options);
    const percent = formatPercentChange(delta, base, options);
    return percent === undefined ? absolute : `${absolute} (${percent})`;
}
function checkSignificantDigits(requested) {
    const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS;
    if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
        throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`);
    }
    return digits;
}
function roundToSignificant(value, significantDigits) {
    // toExponential rounds the exact binary value once, so every notation below shows the same digits.
    const [mantissa = '0', exponent = '0'] = Math.abs(value)
        .toExponential(significantDigits - 1)
        .split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    return { negative: value < 0, digits, exponent: Number(exponent) };
}
function scientific({ negative, digits, exponent }) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${negative ? '-' : ''}${mantissa}e${exponent}`;
}
function positional({ negative, digits, exponent }) {
    const sign = negative ? '-' : '';
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
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


/***/ })

};
;