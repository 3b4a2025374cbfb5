"use strict";
exports.id = 2509;
exports.ids = [2509,1349];
exports.modules = {

/***/ 48853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ COUNTED_PREFIX),
  confusionFromPredictions: () => (/* binding */ confusionFromPredictions),
  metricsFromConfusion: () => (/* binding */ metricsFromConfusion),
  l: () => (/* binding */ sumConfusions)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/stats/paired-contingency.ts
var paired_contingency = __webpack_require__(58358);
// EXTERNAL MODULE: ./packages/core/src/stats/positive-class.ts
var positive_class = __webpack_require__(48647);
;// CONCATENATED MODULE: ./packages/core/src/stats/count-metrics.ts

const COUNT_METRICS = (/* unused pure expression or super */ null && ([
    'accuracy',
    'error-rate',
    'precision',
    'recall',
    'f1',
    'macro-precision',
    'macro-recall',
    'macro-f1'
]));
function reduceForMetric(contingency, metric, options = {}) {
    switch (metric) {
        case 'accuracy':
        case 'error-rate':
            return reduceForAccuracy(contingency, metric);
        case 'precision':
        case 'recall':
        case 'f1':
            return reduceForBinary(contingency, metric, positiveClassIndex(contingency, options));
        case 'macro-precision':
        case 'macro-recall':
        case 'macro-f1':
            return reduceForMacro(contingency, metric);
    }
}
function reduceForAccuracy(contingency, metric) {
    const { cellOfOriginal, counts } = mergeCells(contingency, 4, (cell) => {
        const truth = contingency.truth[cell];
        const baselineRight = contingency.baseline[cell] === truth;
        const candidateRight = contingency.candidate[cell] === truth;
        return baselineRight ? (candidateRight ? 0 : 1) : candidateRight ? 2 : 3;
    });
    const sign = metric === 'accuracy' ? 1 : -1;
    const offset = metric === 'accuracy' ? 0 : 1;
    return {
        metric,
        total: contingency.total,
        counts,
        cellOfOriginal,
        evaluate(cells) {
            const both = cells[0] ?? 0;
            const onlyBaseline = cells[1] ?? 0;
            const onlyCandidate = cells[2] ?? 0;
            const total = both + onlyBaseline + onlyCandidate + (cells[3] ?? 0);
            return {
                baseline: offset + (sign * (both + onlyBaseline)) / total,
                candidate: offset + (sign * (both + onlyCandidate)) / total
            };
        }
    };
}
// Reduced cell index bits: 4 = truth is positive, 2 = baseline predicts positive, 1 = candidate does.
function reduceForBinary(contingency, metric, positive) {
    const { cellOfOriginal, counts } = mergeCells(contingency, 8, (cell) => (contingency.truth[cell] === positive ? 4 : 0) +
        (contingency.baseline[cell] === positive ? 2 : 0) +
        (contingency.candidate[cell] === positive ? 1 : 0));
    const score = binaryScore(metric);
    return {
        metric,
        total: contingency.total,
        counts,
        cellOfOriginal,
        evaluate(cells) {
            const c = (index) => cells[index] ?? 0;
            return {
                baseline: score(c(6) + c(7), c(2) + c(3), c(4) + c(5)),
                candidate: score(c(5) + c(7), c(1) + c(3), c(4) + c(6))
            };
        }
    };
}
/** The contingency's cells merged into `size` reduced cells, each original cell into `reducedCellOf`. */
function mergeCells(contingency, size, reducedCellOf) {
    const cellOfOriginal = new Int32Array(contingency.counts.length);
    const counts = new Float64Array(size);
    for (let cell = 0; cell < cellOfOriginal.length; cell++) {
        const reduced = reducedCellOf(cell);
        cellOfOriginal[cell] = reduced;
        counts[reduced] = (counts[reduced] ?? 0) + (contingency.counts[cell] ?? 0);
    }
    return { cellOfOriginal, counts };
}
function binaryScore(metric) {
    switch (metric) {
        case 'precision':
            return (tp, fp) => ratio(tp, tp + fp);
        case 'recall':
            return (tp, _fp, fn) => ratio(tp, tp + fn);
        case 'f1':
            return (tp, fp, fn) => ratio(2 * tp, 2 * tp + fp + fn);
    }
}
function ratio(numerator, denominator) {
    return denominator > 0 ? numerator / denominator : 0;
}
function reduceForMacro(contingency, metric) {
    const classCount = contingency.classes.length;
    const cellCount = contingency.counts.length;
    const score = binaryScore(metric === 'macro-precision' ? 'precision' : metric === 'macro-recall' ? 'recall' : 'f1');
    const truthCount = new Float64Array(classCount);
    const predicted = [new Float64Array(classCount), new Float64Array(classCount)];
    const hits = [new Float64Array(classCount), new Float64Array(classCount)];
    const macro = (model) => {
        const predictedCount = predicted[model];
        const hitCount = hits[model];
        let sum = 0;
        let present = 0;
        for (let k = 0; k < classCount; k++) {
            const truthK = truthCount[k] ?? 0;
            const predictedK = predictedCount[k] ?? 0;
            if (truthK === 0 && predictedK === 0)
                continue;
            const tp = hitCount[k] ?? 0;
            sum += score(tp, predictedK - tp, truthK - tp);
            present += 1;
        }
        return present > 0 ? sum / present : 0;
    };
    return {
        metric,
        total: contingency.total,
        counts: Float64Array.from(contingency.counts),
        cellOfOriginal: Int32Array.from({ length: cellCount }, (_, cell) => cell),
        evaluate(cells) {
            truthCount.fill(0);
            for (const array of [...predicted, ...hits])
                array.fill(0);
            for (let cell = 0; cell < cellCount; cell++) {
                const count = cells[cell] ?? 0;
                if (count === 0)
                    continue;
                const truth = contingency.truth[cell] ?? 0;
                const baseline = contingency.baseline[cell] ?? 0;
                const candidate = contingency.candidate[cell] ?? 0;
                truthCount[truth] = (truthCount[truth] ?? 0) + count;
                predicted[0][baseline] = (predicted[0][baseline] ?? 0) + count;
                predicted[1][candidate] = (predicted[1][candidate] ?? 0) + count;
                if (baseline === truth)
                    hits[0][truth] = (hits[0][truth] ?? 0) + count;
                if (candidate === truth)
                    hits[1][truth] = (hits[1][truth] ?? 0) + count;
            }
            return { baseline: macro(0), candidate: macro(1) };
        }
    };
}
function positiveClassIndex(contingency, options) {
    const positive = (0,positive_class/* choosePositiveClass */.z)(contingency.classes, options.positiveClass);
    return contingency.classes.indexOf(positive);
}

;// CONCATENATED MODULE: ./actions/train-evaluate/src/confusion-counts.ts


const COUNTED_PREFIX = 'counts.';
function confusionFromPredictions(predictions) {
    const { labels, predictions: predicted, source } = predictions;
    if (!labels || !predicted) {
        throw new errors/* ConfigurationError */.j(`${source}: predictions need a label and a prediction per sample to count a confusion matrix`, 'predictions');
    }
    const classes = [...new Set([...labels, ...predicted])].sort(compareClassNames);
    const index = new Map(classes.map((name, i) => [name, i]));
    const matrix = classes.map(() => classes.map(() => 0));
    for (let i = 0; i < labels.length; i++) {
        const row = matrix[index.get(labels[i])];
        const column = index.get(predicted[i]);
        row[column] = (row[column] ?? 0) + 1;
    }
    return { classes, matrix };
}
/**
 * Sums the confusion matrices of disjoint shards of one evaluation set. Metrics computed from the
 * sum equal those of one run over the whole set; averaging per-shard accuracies or F1 scores
 * would not (shards differ in size and class mix).
 */
function sumConfusions(parts) {
    const classes = [...new Set(parts.flatMap((part) => part.classes))].sort(compareClassNames);
    const index = new Map(classes.map((name, i) => [name, i]));
    const matrix = classes.map(() => classes.map(() => 0));
    for (const part of parts) {
        part.classes.forEach((truth, r) => {
            part.classes.forEach((predicted, c) => {
                const row = matrix[index.get(truth)];
                const column = index.get(predicted);
                row[column] = (row[column] ?? 0) + (part.matrix[r]?.[c] ?? 0);
            });
        });
    }
    return { classes, matrix };
}
const MACRO_METRICS = [
    ['accuracy', 'accuracy'],
    ['macro-precision', 'macro_precision'],
    ['macro-recall', 'macro_recall'],
    ['macro-f1', 'macro_f1']
];
/**
 * Accuracy and macro averages through the shared count-metric code (one model: baseline and
 * candidate are the same predictions), per-class and support-weighted scores as scikit-learn's
 * classification_report computes them.
 */
function metricsFromConfusion(confusion) {
    const cells = confusion.classes.flatMap((truth, r) => confusion.classes.map((predicted, c) => ({
        truth,
        baseline: predicted,
        candidate: predicted,
        count: confusion.matrix[r]?.[c] ?? 0
    })));
    const contingency = (0,paired_contingency/* contingencyFromCells */.h2)(cells);
    const metrics = {};
    const total = contingency.total;
    metrics[`${COUNTED_PREFIX}num_samples`] = total;
    if (total === 0)
        return { metrics, perClass: {} };
    for (const [metric, name] of MACRO_METRICS) {
        const reduced = reduceForMetric(contingency, metric);
        metrics[`${COUNTED_PREFIX}${name}`] = reduced.evaluate(reduced.counts).candidate;
    }
    const perClass = {};
    let weightedPrecision = 0;
    let weightedRecall = 0;
    let weightedF1 = 0;
    confusion.classes.forEach((name, k) => {
        const truePositives = confusion.matrix[k]?.[k] ?? 0;
        const support = sum(confusion.matrix[k] ?? []);
        const predicted = sum(confusion.matrix.map((row) => row[k] ?? 0));
        const precision = confusion_counts_ratio(truePositives, predicted);
        const recall = confusion_counts_ratio(truePositives, support);
        const f1 = confusion_counts_ratio(2 * truePositives, predicted + support);
        perClass[name] = { precision, recall, f1, support };
        weightedPrecision += precision * support;
        weightedRecall += recall * support;
        weightedF1 += f1 * support;
    });
    metrics[`${COUNTED_PREFIX}weighted_precision`] = weightedPrecision / total;
    metrics[`${COUNTED_PREFIX}weighted_recall`] = weightedRecall / total;
    metrics[`${COUNTED_PREFIX}weighted_f1`] = weightedF1 / total;
    return { metrics, perClass };
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
function confusion_counts_ratio(numerator, denominator) {
    return denominator > 0 ? numerator / denominator : 0;
}
/** Numeric class names in numeric order (2 before 10), others after, alphabetically. */
function compareClassNames(a, b) {
    const x = Number(a);
    const y = Number(b);
    const numeric = (value, text) => text.trim() !== '' && Number.isFinite(value);
    if (numeric(x, a) && numeric(y, b))
        return x - y || (a < b ? -1 : a > b ? 1 : 0);
    if (numeric(x, a))
        return -1;
    if (numeric(y, b))
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 31349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   noDataCache: () => (/* binding */ noDataCache),
/* harmony export */   planCacheKey: () => (/* binding */ planCacheKey)
/* harmony export */ });
const noDataCache = {
    available: () => Promise.resolve(false),
    restore: () => Promise.resolve(undefined),
    save: () => Promise.resolve()
};
/**
 * With an explicit key the cache behaves like actions/cache. Without one the key is
 * `ml-data-<os>-<paths hash>-<manifest digest>`: the newest copy of these paths is restored by
 * prefix, and a new entry is saved only when the command changed the files.
 */
async function planCacheKey(paths, explicitKey, runnerOs, manifestDigestBefore) {
    if (explicitKey !== '') {
        const key = await sanitizeKey(explicitKey);
        return { primaryKey: key, restoreKeys: [], keyFor: () => key, contentAddressed: false };
    }
    const pathsHash = (await sha256Hex(paths.join('\n'))).slice(0, 12);
    const prefix = `ml-data-${runnerOs.toLowerCase() || 'unknown'}-${pathsHash}-`;
    const keyFor = (digest) => `${prefix}${digest.slice(0, 32)}`;
    return {
        primaryKey: keyFor(manifestDigestBefore),
        restoreKeys: [prefix],
        keyFor,
        contentAddressed: true
    };
}
/** Cache keys may not contain commas and are limited to 512 characters. */
async function sanitizeKey(key) {
    const cleaned = key.replace(/,/g, '-');
    if (cleaned.length <= 512)
        return cleaned;
    return `${cleaned.slice(0, 512 - 65)}-${await sha256Hex(cleaned)}`;
}
/** node:crypto loads here, for steps with cache-paths only, not at every step's start-up. */
async function sha256Hex(text) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    return createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ REPORT_KIND)
/* harmony export */ });
const REPORT_KIND = 'train-evaluate';


/***/ }),

/***/ 53713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  METRICS_FILE_NAME: () => (/* binding */ METRICS_FILE_NAME),
  REPORT_FILE_NAME: () => (/* binding */ REPORT_FILE_NAME),
  SHARD_COUNT_VARIABLE: () => (/* binding */ SHARD_COUNT_VARIABLE),
  SHARD_INDEX_VARIABLE: () => (/* binding */ SHARD_INDEX_VARIABLE),
  TIMEOUT_EXIT_CODE: () => (/* binding */ TIMEOUT_EXIT_CODE),
  createTrainEvaluate: () => (/* binding */ createTrainEvaluate),
  stepExitCode: () => (/* binding */ stepExitCode)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/io/read-metrics.ts + 1 modules
var read_metrics = __webpack_require__(92269);
// EXTERNAL MODULE: ./packages/core/src/ci/index.ts
var ci = __webpack_require__(6154);
// EXTERNAL MODULE: ./packages/registry/src/lineage.ts
var src_lineage = __webpack_require__(36524);
// EXTERNAL MODULE: ./packages/registry/src/layout.ts
var layout = __webpack_require__(50687);
// EXTERNAL MODULE: ./packages/action-kit/src/command/command-output.ts
var command_output = __webpack_require__(16430);
// EXTERNAL MODULE: ./packages/action-kit/src/command/command-runner.ts
var command_runner = __webpack_require__(78281);
// EXTERNAL MODULE: ./actions/train-evaluate/src/data-cache.ts
var data_cache = __webpack_require__(31349);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/data-cache-steps.ts

/** Cache failures never fail the step: a restore that fails is a miss, a failed save a warning. */
async function restoreDataCache(request) {
    if (request.paths.length === 0)
        return { summary: { status: 'skipped' } };
    if (!(await request.cache.available())) {
        const note = 'skipped: no GitHub Actions cache service here (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset).';
        request.log.info(`Data cache ${note}`);
        return { summary: { status: 'skipped', note } };
    }
    const before = await manifestOf(request);
    const plan = await (0,data_cache.planCacheKey)(request.paths, request.key, request.runnerOs, before.digest);
    const paths = absolutePaths(request);
    try {
        const restoredKey = await request.cache.restore(paths, plan.primaryKey, plan.restoreKeys);
        request.log.info(restoredKey
            ? `Data cache restored from ${restoredKey}`
            : `Data cache miss for ${plan.primaryKey}`);
        return {
            plan,
            ...(restoredKey ? { restoredKey } : {}),
            summary: restoredKey
                ? { status: 'restored', key: plan.primaryKey, restoredKey }
                : { status: 'miss', key: plan.primaryKey }
        };
    }
    catch (error) {
        const note = `restore failed, continuing without it: ${error.message}`;
        request.log.warning(`Data cache ${note}`);
        return { plan, summary: { status: 'failed', key: plan.primaryKey, note } };
    }
}
/**
 * After a successful command: a hit when the restored entry already holds exactly these files,
 * otherwise the files are saved under their key.
 */
async function saveDataCache(request, restored) {
    if (request.paths.length === 0)
        return restored.summary;
    const after = await manifestOf(request);
    const withDigest = { ...restored.summary, dataDigest: after.digest };
    const plan = restored.plan;
    if (!plan)
        return withDigest;
    const key = plan.keyFor(after.digest);
    if (restored.restoredKey === key)
        return { ...withDigest, status: 'hit', key, saved: false };
    if (after.files.length === 0) {
        return {
            ...withDigest,
            key,
            saved: false,
            note: 'nothing to save: the cache paths hold no files.'
        };
    }
    try {
        await request.cache.save(absolutePaths(request), key);
        request.log.info(`Data cache saved as ${key}`);
        return { ...withDigest, key, saved: true };
    }
    catch (error) {
        const note = `save failed (the step still succeeds): ${error.message}`;
        request.log.warning(`Data cache ${note}`);
        return { ...withDigest, key, saved: false, note };
    }
}
// Hashing the cached files (glob expansion, file digests) loads only for steps with cache-paths.
async function manifestOf(request) {
    const { dataManifest } = await __webpack_require__.e(/* import() */ 3526).then(__webpack_require__.bind(__webpack_require__, 23526));
    return dataManifest(request.paths, request.workingDirectory);
}
function absolutePaths(request) {
    // @actions/cache resolves relative paths against the process cwd, not the working directory.
    return request.paths.map((entry) => entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)
        ? entry
        : `${request.workingDirectory.replace(/[\\/]+$/, '')}/${entry}`);
}

;// CONCATENATED MODULE: ./actions/train-evaluate/src/lineage-inputs.ts


const DIGEST = /^[a-z0-9-]+:[A-Za-z0-9+/=._-]+$/;
/**
 * `name=algo:digest` records a digest the caller computed (`train=sha256:…`, `raw=etag:…`);
 * `name=path` hashes the file or folder now (sha256 over its data manifest).
 */
async function datasetDigests(entries, workingDirectory) {
    const datasets = [];
    for (const entry of entries) {
        const [name, value] = splitPair(entry, 'datasets', 'name=sha256:<hex> or name=<path>');
        if (DIGEST.test(value) && !value.includes('/')) {
            const algorithm = value.slice(0, value.indexOf(':'));
            datasets.push({ name, digest: value, digestAlgorithm: algorithm });
            continue;
        }
        // Only a dataset given as a path is hashed; its manifest code loads for the first one.
        const { dataManifest } = await __webpack_require__.e(/* import() */ 3526).then(__webpack_require__.bind(__webpack_require__, 23526));
        const manifest = await dataManifest([value], workingDirectory);
        if (manifest.files.length === 0) {
            throw new errors/* ConfigurationError */.j(`datasets: "${value}" (for ${name}) is neither a digest like sha256:<hex> nor an existing file or folder under ${workingDirectory}`, 'datasets');
        }
        datasets.push({
            name,
            uri: external_node_path_default().posix.normalize(value),
            digest: `sha256:${manifest.digest}`,
            digestAlgorithm: manifest.files.length === 1 ? 'sha256-manifest-1-file' : 'sha256-manifest'
        });
    }
    return datasets;
}
/** `torch=2.5.1` entries. */
function frameworkVersions(entries) {
    return Object.fromEntries(entries.map((entry) => splitPair(entry, 'frameworks', 'name=version, e.g. torch=2.5.1')));
}
function splitPair(entry, input, expected) {
    const at = entry.indexOf('=');
    const name = at === -1 ? '' : entry.slice(0, at).trim();
    const value = at === -1 ? '' : entry.slice(at + 1).trim();
    if (name === '' || value === '') {
        throw new errors/* ConfigurationError */.j(`${input}: "${entry}" must be ${expected}`, input);
    }
    return [name, value];
}

// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/column-format.ts
var column_format = __webpack_require__(51337);
// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/display-path.ts
var display_path = __webpack_require__(45841);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
;// CONCATENATED MODULE: ./packages/core/src/metrics/repeated-values.ts
const KEY_DIGITS = 12;
function repeatedValues(metrics, groups, repeatable = () => true) {
    const keptOfValue = new Map();
    const repeatedMetrics = new Map();
    for (const [name, value] of Object.entries(metrics)) {
        const key = valueKey(value);
        const kept = keptOfValue.get(key);
        if (kept !== undefined && repeatable(name)) {
            // counts.accuracy repeats overall.accuracy rather than overall.recall of the same value.
            const word = lastWord(name);
            repeatedMetrics.set(name, kept.find((each) => lastWord(each) === word) ?? kept[0] ?? name);
        }
        else if (kept !== undefined)
            kept.push(name);
        else
            keptOfValue.set(key, [name]);
    }
    const repeatedGroups = new Map();
    for (const [index, group] of groups.entries()) {
        if (!repeatable(group.name))
            continue;
        const original = groups
            .slice(0, index)
            .find((earlier) => !repeatedGroups.has(earlier.name) && covers(earlier, group));
        if (original)
            repeatedGroups.set(group.name, original.name);
    }
    return { metrics: repeatedMetrics, groups: repeatedGroups };
}
function covers(earlier, later) {
    const rows = Object.keys(later.rows);
    if (rows.length === 0 || rows.length !== Object.keys(earlier.rows).length)
        return false;
    return rows.every((row) => {
        const known = new Set(Object.values(earlier.rows[row] ?? {}).map(valueKey));
        const values = Object.values(later.rows[row] ?? {});
        return known.size > 0 && values.every((value) => known.has(valueKey(value)));
    });
}
function lastWord(name) {
    return name.split(/[^A-Za-z0-9]+/).at(-1) ?? name;
}
function valueKey(value) {
    return Number.isFinite(value) ? value.toPrecision(KEY_DIGITS) : String(value);
}

// EXTERNAL MODULE: ./actions/train-evaluate/src/confusion-counts.ts + 1 modules
var confusion_counts = __webpack_require__(48853);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/summary-markdown.ts



const MAX_METRIC_ROWS = 200;
/** Metrics in the table a reader sees first; the rest are folded. */
const HEADLINE_ROWS = 8;
const SIGNIFICANT_DIGITS = 4;
/** Counts (num_samples, support) are not quality: said once in a sentence, not listed as metrics. */
const COUNT_NAME = /(?:^|[._\s-])(?:num_samples|samples|support|count|n)$/i;
/**
 * The job summary, in the layout every ml-actions comment has: line 1 the outcome in one sentence,
 * one compact table of the headline metrics, everything else folded (more metrics, per-class and
 * slice groups, the command's output), the registered version last. Metrics the action counted
 * itself from the predictions (`counts.*`) that repeat the project's own values are shown once.
 */
function renderSummary(report, failure, logTail, workspace) {
    const icon = report.status === 'succeeded' ? '✅' : '❌';
    const title = report.merged
        ? `train-evaluate: ${report.merged.shardCount} shards merged`
        : report.shard
            ? `train-evaluate: shard ${report.shard.index + 1} of ${report.shard.count}`
            : 'train-evaluate';
    const groups = Object.values(report.groups);
    const repeated = repeatedValues(report.metrics, groups, (name) => name.startsWith(confusion_counts/* COUNTED_PREFIX */.k));
    const names = Object.keys(report.metrics).filter((name) => !repeated.metrics.has(name));
    const counts = names.filter((name) => COUNT_NAME.test(name));
    const quality = names.filter((name) => !COUNT_NAME.test(name));
    const sentence = headlineSentence(report, quality, counts, failure);
    const parts = [(0,heading/* heading */.R)(2, `${icon} ${title}: ${sentence}`)];
    if (failure)
        parts.push(failure);
    if (quality.length > 0) {
        const format = (0,column_format/* columnFormat */.UR)(quality.map((name) => report.metrics[name]), SIGNIFICANT_DIGITS);
        const metricTable = (shown) => (0,table/* table */.t)(['Metric', 'Value'], shown.map((name) => [name, (0,trusted/* trustedMarkdown */.p)(format.format(report.metrics[name]))]), ['left', 'right']);
        parts.push(metricTable(quality.slice(0, HEADLINE_ROWS)));
        const rest = quality.slice(HEADLINE_ROWS, MAX_METRIC_ROWS);
        if (rest.length > 0) {
            const more = quality.length - HEADLINE_ROWS - rest.length;
            parts.push((0,details/* details */.z)(`${quality.length - HEADLINE_ROWS} more metrics`, `${metricTable(rest)}${more > 0 ? `\n\n${more} more metrics are in the report file.` : ''}`));
        }
    }
    else if (report.status === 'succeeded' && counts.length === 0) {
        parts.push('No metrics were read (set `metrics` or `predictions`).');
    }
    for (const group of groups) {
        if (!repeated.groups.has(group.name))
            parts.push(renderGroup(group));
    }
    if (repeated.metrics.size > 0 || repeated.groups.size > 0) {
        const same = [...repeated.metrics, ...repeated.groups]
            .map(([name, shown]) => `${(0,code/* inlineCode */.t)(name)} = ${(0,code/* inlineCode */.t)(shown)}`)
            .join(', ');
        parts.push(`<sub>Counted from the predictions and shown once: ${same}.</sub>`);
    }
    if (logTail)
        parts.push((0,details/* details */.z)('End of the command output', (0,code/* codeBlock */.D)(logTail, 'text')));
    if (report.model) {
        const model = report.model;
        const state = model.created ? 'Registered' : 'Already registered by an earlier attempt:';
        const alias = model.alias ? `, alias ${(0,code/* inlineCode */.t)(model.alias.name)} → ${model.version}` : '';
        parts.push(`${state} ${(0,code/* inlineCode */.t)(`${model.name}/${model.version}`)} in ${(0,code/* inlineCode */.t)((0,display_path/* displayPath */.G)(model.registry, workspace))}${alias} (manifest sha256 <code title="${model.manifestSha256.replace(/[^0-9a-f]/gi, '')}">${model.manifestSha256.slice(0, 12).replace(/[^0-9a-f]/gi, '')}</code>).`);
    }
    if (report.cache?.note)
        parts.push(`Data cache: ${report.cache.note}`);
    return `${parts.join('\n\n')}\n`;
}
function headlineSentence(report, quality, counts, failure) {
    if (failure || report.status !== 'succeeded')
        return 'failed';
    const seconds = report.command
        ? ` in ${(0,number_format/* formatNumber */.ZV)(report.command.durationSeconds, { significantDigits: 3 })} s`
        : '';
    const samples = counts
        .map((name) => report.metrics[name])
        .find((value) => value !== undefined && Number.isInteger(value));
    const on = samples !== undefined ? ` on ${samples} samples` : '';
    const registered = report.model ? `; registered ${report.model.name}/${report.model.version}` : '';
    return `${quality.length} metric${quality.length === 1 ? '' : 's'}${on}${seconds}${registered}`;
}
function renderGroup(group) {
    const rows = group.rowOrder ?? Object.keys(group.rows);
    const fields = group.fieldOrder ?? [
        ...new Set(rows.flatMap((row) => Object.keys(group.rows[row] ?? {})))
    ];
    const formats = new Map(fields.map((field) => [
        field,
        (0,column_format/* columnFormat */.UR)(rows.map((row) => group.rows[row]?.[field]).filter((value) => value !== undefined), SIGNIFICANT_DIGITS)
    ]));
    const body = (0,table/* table */.t)([group.name, ...fields], rows.slice(0, MAX_METRIC_ROWS).map((row) => [
        row,
        ...fields.map((field) => {
            const value = group.rows[row]?.[field];
            const format = formats.get(field);
            return value === undefined || format === undefined
                ? undefined
                : (0,trusted/* trustedMarkdown */.p)(format.format(value));
        })
    ]), ['left', ...fields.map(() => 'right')]);
    return (0,details/* details */.z)(group.name, body);
}

// EXTERNAL MODULE: ./actions/train-evaluate/src/train-evaluate-report.ts
var train_evaluate_report = __webpack_require__(3483);
;// CONCATENATED MODULE: ./actions/train-evaluate/src/train-evaluate.ts














const REPORT_FILE_NAME = 'train-evaluate-report.json';
const METRICS_FILE_NAME = 'train-evaluate-metrics.json';
/** Exit code of the step when the command hit timeout-minutes, as timeout(1) uses. */
const TIMEOUT_EXIT_CODE = 124;
const SHARD_INDEX_VARIABLE = 'ML_ACTIONS_SHARD_INDEX';
const SHARD_COUNT_VARIABLE = 'ML_ACTIONS_SHARD_COUNT';
/** The exit code the step should end with: the command's own when it failed. */
function stepExitCode(outcome) {
    if (!outcome.failure)
        return undefined;
    const code = Number(outcome.outputs['exit-code']);
    return Number.isInteger(code) && code > 0 && code < 256 ? code : 1;
}
function createTrainEvaluate(dependencies) {
    return async (inputs, context) => {
        const run = await prepareRun(inputs, context, dependencies);
        const restored = await restoreDataCache(run.cacheRequest);
        let cache = inputs.cachePaths.length > 0 ? restored.summary : undefined;
        let command;
        if (inputs.run) {
            const result = await runUserCommand(dependencies.runCommand, inputs, run.workingDirectory, context, run.shard);
            command = result.summary;
            if (command.timedOut || command.exitCode !== 0)
                return failedRun(run, inputs, context, { command, cache, logTail: result.tail });
            if (inputs.cachePaths.length > 0)
                cache = await saveDataCache(run.cacheRequest, restored);
        }
        recordCachedData(run.lineage, inputs.cachePaths, cache);
        const measured = await collectMetrics(inputs, run, context);
        const model = await registerModelVersion(run, inputs, measured, context);
        return succeededRun(run, inputs, context, { command, cache, measured, model });
    };
}
async function prepareRun(inputs, context, dependencies) {
    const workingDirectory = external_node_path_default().resolve(context.cwd, inputs.workingDirectory);
    const shardCount = inputs.shardCount ?? 1;
    const shardIndex = inputs.shardIndex ?? 0;
    const merging = inputs.mergeShards.length > 0;
    validate(inputs, shardIndex, shardCount, merging);
    const shard = shardCount > 1 && !merging ? { index: shardIndex, count: shardCount } : undefined;
    // The registry client loads only for runs that register a model; evaluation-only runs skip it.
    const registration = inputs.modelName ? await Promise.all(/* import() */[__webpack_require__.e(5040), __webpack_require__.e(6079)]).then(__webpack_require__.bind(__webpack_require__, 56079)) : undefined;
    const registry = registration?.openRegistry(inputs, workingDirectory);
    // Before the command: a store that cannot move the alias safely should fail in seconds, not
    // after hours of training.
    if (registry && inputs.alias && !shard)
        await registry.assertAliasMovesSafe();
    const ciRun = await (0,ci/* detectCiRun */.bw)(context.env, workingDirectory);
    const parents = registration && registry && inputs.parent
        ? [await registration.resolveParent(registry, inputs.parent)]
        : [];
    const lineage = (0,src_lineage/* lineageFromCiRun */.dp)(ciRun, {
        datasets: await datasetDigests(inputs.datasets, workingDirectory),
        frameworks: frameworkVersions(inputs.frameworks),
        parents
    });
    const cacheRequest = {
        paths: inputs.cachePaths,
        key: inputs.cacheKey,
        workingDirectory,
        runnerOs: context.env.RUNNER_OS ?? process.platform,
        cache: context.cli ? data_cache.noDataCache : dependencies.dataCache,
        log: context.log
    };
    return { workingDirectory, shard, merging, registration, registry, ciRun, lineage, cacheRequest };
}
/** The command failed or timed out: a report saying so, nothing registered, its exit code kept. */
async function failedRun(run, inputs, context, { command, cache, logTail }) {
    const minutes = inputs.timeoutMinutes ?? 0;
    const failure = command.timedOut
        ? `The command timed out after ${minutes} minute(s) and its process tree was killed; nothing was registered.`
        : command.exitCode === null
            ? 'The command was killed by a signal (out of memory?); nothing was registered.'
            : `The command failed with exit code ${command.exitCode}; nothing was registered.`;
    const report = buildReport({
        status: command.timedOut ? 'timed-out' : 'failed',
        ciRun: run.ciRun,
        modelName: inputs.modelName,
        lineage: run.lineage,
        command,
        metrics: {},
        groups: {},
        metricSources: [],
        ...(cache ? { cache } : {}),
        ...(run.shard ? { shard: run.shard } : {})
    });
    const reportPath = await writeJson(await reportFilePath(inputs, context, run.workingDirectory), report);
    const exitCode = command.timedOut ? TIMEOUT_EXIT_CODE : (command.exitCode ?? 1);
    return {
        outputs: {
            'report-path': reportPath,
            'duration-seconds': command.durationSeconds,
            'cache-hit': false,
            'exit-code': exitCode
        },
        report: renderSummary(report, failure, logTail, context.env.GITHUB_WORKSPACE || context.cwd),
        failure
    };
}
/** The cached data the command used is part of the model's lineage, by its manifest digest. */
function recordCachedData(lineage, cachePaths, cache) {
    if (!cache?.dataDigest)
        return;
    lineage.datasets = [
        ...(lineage.datasets ?? []),
        {
            name: 'cache-paths',
            uri: cachePaths.join(','),
            digest: `sha256:${cache.dataDigest}`,
            digestAlgorithm: 'sha256-manifest'
        }
    ];
}
async function collectMetrics(inputs, run, context) {
    const { workingDirectory } = run;
    const metrics = {};
    const groups = {};
    const metricSources = [];
    if (inputs.metrics.length > 0) {
        const document = await (0,read_metrics/* readMetrics */.U)(inputs.metrics, {
            cwd: workingDirectory,
            warn: (message) => context.log.warning(message)
        });
        Object.assign(metrics, document.metrics);
        Object.assign(groups, document.groups);
        metricSources.push(...document.sources.map((source) => relativeTo(workingDirectory, source)));
    }
    const counted = run.merging
        ? await countMergedShards(inputs, workingDirectory)
        : inputs.predictions
            ? await countPredictions(inputs.predictions, workingDirectory)
            : undefined;
    if (!counted)
        return { metrics, groups, metricSources };
    metricSources.push(...counted.sources);
    const { metricsFromConfusion } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 48853));
    const { confusion } = counted;
    const fromConfusion = metricsFromConfusion(confusion);
    Object.assign(metrics, fromConfusion.metrics);
    groups['counts.per_class'] = {
        name: 'counts.per_class',
        rows: Object.fromEntries(Object.entries(fromConfusion.perClass).map(([k, v]) => [k, { ...v }])),
        rowOrder: confusion.classes,
        fieldOrder: ['precision', 'recall', 'f1', 'support']
    };
    return {
        metrics,
        groups,
        metricSources,
        confusion,
        ...(counted.predictionsFile ? { predictionsFile: counted.predictionsFile } : {}),
        ...(counted.merged ? { merged: counted.merged } : {})
    };
}
// Shard merging and prediction files are optional; their readers and the confusion counting load
// only when used.
async function countMergedShards(inputs, workingDirectory) {
    const { mergeShardReports } = await __webpack_require__.e(/* import() */ 7401).then(__webpack_require__.bind(__webpack_require__, 37401));
    const shards = await mergeShardReports(inputs.mergeShards, workingDirectory);
    return {
        confusion: shards.confusion,
        sources: shards.sources,
        merged: { shardCount: shards.shardCount, sources: shards.sources },
        // The shards' predictions joined into one file: registered with the merged version (the
        // counts are the shards' own, already summed).
        ...(inputs.predictions
            ? { predictionsFile: await predictionsPath(inputs.predictions, workingDirectory) }
            : {})
    };
}
async function countPredictions(pattern, workingDirectory) {
    const predictionsFile = await predictionsPath(pattern, workingDirectory);
    const content = await (0,promises_.readFile)(predictionsFile).catch(() => {
        throw new errors/* ConfigurationError */.j(`predictions: cannot read ${pattern}`, 'predictions');
    });
    const { readPredictions } = await Promise.all(/* import() */[__webpack_require__.e(6244), __webpack_require__.e(8609)]).then(__webpack_require__.bind(__webpack_require__, 88609));
    const { confusionFromPredictions } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 48853));
    const source = relativeTo(workingDirectory, predictionsFile);
    return {
        confusion: confusionFromPredictions(readPredictions(content, source)),
        sources: [source],
        predictionsFile
    };
}
/** A shard never registers: the merge step does, once, with every shard's counts. */
async function registerModelVersion(run, inputs, measured, context) {
    const { registration, registry, shard } = run;
    if (registry && shard) {
        context.log.info(`Shard ${shard.index + 1} of ${shard.count}: the model is registered by the merge step, not by each shard.`);
        return undefined;
    }
    if (!registration || !registry)
        return undefined;
    const model = await registration.registerModel(registry, inputs, run.workingDirectory, metricsFileContent(measured.metrics, measured.groups), run.lineage, run.ciRun, context.env, measured.predictionsFile);
    context.log.info(`${model.created ? 'Registered' : 'Found the earlier registration'} ${model.name}/${model.version} in ${model.registry}`);
    return model;
}
/** The report, the metrics file and the outputs of a run whose command succeeded. */
async function succeededRun(run, inputs, context, { command, cache, measured, model }) {
    const { metrics, groups, metricSources, confusion, merged } = measured;
    const report = buildReport({
        status: 'succeeded',
        ciRun: run.ciRun,
        modelName: inputs.modelName,
        lineage: run.lineage,
        ...(command ? { command } : {}),
        metrics,
        groups,
        metricSources,
        ...(confusion ? { confusion } : {}),
        ...(run.shard ? { shard: run.shard } : {}),
        ...(merged ? { merged } : {}),
        ...(model ? { model } : {}),
        ...(cache ? { cache } : {})
    });
    const reportPath = await writeJson(await reportFilePath(inputs, context, run.workingDirectory), report);
    // Not beside the report: a glob over shard reports must not pick it up.
    const metricsPath = await writeJson(external_node_path_default().resolve(context.env.RUNNER_TEMP || run.workingDirectory, METRICS_FILE_NAME), metricsFileContent(metrics, groups));
    return {
        outputs: {
            'metrics-path': metricsPath,
            'report-path': reportPath,
            'model-version': model?.version,
            'model-uri': model?.uri,
            'manifest-sha256': model?.manifestSha256,
            'duration-seconds': command?.durationSeconds ?? 0,
            'cache-hit': cache?.status === 'hit',
            'exit-code': command?.exitCode ?? undefined
        },
        report: renderSummary(report, undefined, undefined, context.env.GITHUB_WORKSPACE || context.cwd)
    };
}
function validate(inputs, shardIndex, shardCount, merging) {
    if (!inputs.run && !merging) {
        throw new errors/* ConfigurationError */.j('Input "run" is required (or merge-shards to merge shard reports)', 'run');
    }
    if (merging && inputs.run) {
        throw new errors/* ConfigurationError */.j('merge-shards merges the reports of earlier shard jobs; it does not run a command. Remove "run" from the merge step.', 'merge-shards');
    }
    if (shardIndex >= shardCount) {
        throw new errors/* ConfigurationError */.j(`shard-index ${shardIndex} must be below shard-count ${shardCount} (indices start at 0)`, 'shard-index');
    }
    if (inputs.modelName)
        (0,layout/* assertModelName */.fY)(inputs.modelName, 'model-name');
    if (inputs.parent && !inputs.modelName) {
        throw new errors/* ConfigurationError */.j('parent records what a registered model started from, but model-name is empty: nothing is registered', 'parent');
    }
    if (inputs.model.length > 0 && !inputs.modelName) {
        throw new errors/* ConfigurationError */.j('model is set but model-name is empty: name the model to register it', 'model-name');
    }
    if (inputs.modelName && inputs.model.length === 0) {
        throw new errors/* ConfigurationError */.j(`model-name is "${inputs.modelName}" but no model files are given`, 'model');
    }
    if (inputs.alias && !inputs.modelName) {
        throw new errors/* ConfigurationError */.j('alias needs model-name and model', 'alias');
    }
}
async function runUserCommand(runCommand, inputs, workingDirectory, context, shard) {
    const stdout = new command_output/* CommandOutput */.$(context.log);
    const stderr = new command_output/* CommandOutput */.$(context.log);
    const env = {};
    for (const [name, value] of Object.entries(context.env))
        if (value !== undefined)
            env[name] = value;
    env[SHARD_INDEX_VARIABLE] = String(shard?.index ?? 0);
    env[SHARD_COUNT_VARIABLE] = String(shard?.count ?? 1);
    const minutes = inputs.timeoutMinutes ?? 0;
    context.log.info(`Running the command with bash -e -o pipefail in ${workingDirectory}:`);
    context.log.untrusted(inputs.run);
    const result = await runCommand({
        ...(0,command_runner/* bashCommand */.O)(inputs.run),
        cwd: workingDirectory,
        env,
        ...(minutes > 0 ? { timeoutMs: minutes * 60_000 } : {}),
        onStdout: (chunk) => stdout.write(chunk),
        onStderr: (chunk) => stderr.write(chunk)
    });
    stdout.flush();
    stderr.flush();
    const tail = stderr.tail() || stdout.tail();
    return {
        summary: {
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            durationSeconds: Number((result.durationMs / 1000).toFixed(3)),
            workingDirectory
        },
        tail: tail === '' ? undefined : tail
    };
}
function buildReport({ ciRun, modelName, ...parts }) {
    const attempt = Number(ciRun.runAttempt);
    return {
        schemaVersion: 1,
        kind: train_evaluate_report/* REPORT_KIND */.K,
        ...(ciRun.sha ? { gitSha: ciRun.sha } : {}),
        ...(ciRun.runId ? { runId: ciRun.runId } : {}),
        ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
        ...(ciRun.runUrl ? { runUrl: ciRun.runUrl } : {}),
        createdAt: new Date().toISOString(),
        subject: parts.model
            ? {
                model: parts.model.name,
                version: parts.model.version,
                sha256: parts.model.manifestSha256
            }
            : modelName
                ? { model: modelName }
                : {},
        ...parts
    };
}
/** Flat metrics plus groups as nested rows: readable by compare-metrics as a plain JSON file. */
function metricsFileContent(metrics, groups) {
    const content = { ...metrics };
    for (const group of Object.values(groups))
        content[group.name] = group.rows;
    return content;
}
/** The one predictions file: a path, or a glob that matches exactly one file. */
async function predictionsPath(pattern, workingDirectory) {
    const { expandPathPatterns } = await __webpack_require__.e(/* import() */ 3670).then(__webpack_require__.bind(__webpack_require__, 53670));
    const found = await expandPathPatterns([pattern], { cwd: workingDirectory }).catch((error) => {
        if (error instanceof errors/* ConfigurationError */.j)
            throw new errors/* ConfigurationError */.j(`predictions: ${error.message}`, 'predictions');
        throw error;
    });
    if (found.length !== 1) {
        throw new errors/* ConfigurationError */.j(`predictions "${pattern}" matches ${found.length} files (${found.slice(0, 5).join(', ')}); name one file, as compare-metrics reads it`, 'predictions');
    }
    return external_node_path_default().resolve(workingDirectory, found[0]);
}
async function reportFilePath(inputs, context, workingDirectory) {
    const file = inputs.reportPath
        ? external_node_path_default().resolve(workingDirectory, inputs.reportPath)
        : external_node_path_default().resolve(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME);
    return await (0,write_target/* writeTarget */.vN)(file, context, {
        input: 'report-path',
        allowOutside: inputs.allowWritesOutsideWorkspace
    });
}
async function writeJson(file, value) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(value, null, 2)}\n`);
    return file;
}
function relativeTo(directory, file) {
    const relative = external_node_path_default().relative(directory, file);
    return relative.startsWith('..') ? file : relative.split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 16430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CommandOutput)
/* harmony export */ });
const TAIL_BYTES = 4_096;
/**
 * Forwards the command's output to `log.untrusted` a block of whole lines at a time (so a
 * printed `::set-output` or `::add-mask` stays text), and keeps the last few KiB for the summary
 * of a failed run.
 */
class CommandOutput {
    log;
    pending = '';
    tailText = '';
    constructor(log) {
        this.log = log;
    }
    write(chunk) {
        if (chunk === '')
            return;
        this.tailText = (this.tailText + chunk).slice(-TAIL_BYTES);
        this.pending += chunk;
        const end = this.pending.lastIndexOf('\n');
        if (end === -1)
            return;
        this.log.untrusted(this.pending.slice(0, end + 1));
        this.pending = this.pending.slice(end + 1);
    }
    flush() {
        if (this.pending !== '')
            this.log.untrusted(this.pending);
        this.pending = '';
    }
    /** The end of the output, starting at a line boundary when one is near. */
    tail() {
        const firstBreak = this.tailText.indexOf('\n');
        const text = this.tailText.length >= TAIL_BYTES && firstBreak !== -1
            ? this.tailText.slice(firstBreak + 1)
            : this.tailText;
        return text.replace(/\s+$/, '');
    }
}


/***/ }),

/***/ 78281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ bashCommand)
/* harmony export */ });
/** `bash -e -o pipefail -c <run>`: strict mode, and the user's text stays a single argv entry. */
function bashCommand(run) {
    return { file: 'bash', args: ['-e', '-o', 'pipefail', '-c', run] };
}


/***/ }),

/***/ 61568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ needsGitCheckout),
/* harmony export */   ZE: () => (/* binding */ ciRunFromEnv),
/* harmony export */   vH: () => (/* binding */ ciProviderOf)
/* harmony export */ });
/* unused harmony export CI_PROVIDERS */
/* harmony import */ var _repository_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81176);

const CI_PROVIDERS = (/* unused pure expression or super */ null && (['github-actions', 'circleci', 'gitlab-ci', 'local']));
/**
 * Which CI this process runs under, by the variable each one documents as its marker. Runner
 * variables set by hand with no other CI's marker (GITHUB_SHA, GITHUB_EVENT_PATH: a runner
 * emulated, as the demo does) are read as GitHub Actions, as they always were.
 */
function ciProviderOf(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github-actions';
    if (env.CIRCLECI === 'true')
        return 'circleci';
    if (env.GITLAB_CI === 'true')
        return 'gitlab-ci';
    if (env.GITHUB_SHA || env.GITHUB_EVENT_PATH)
        return 'github-actions';
    return 'local';
}
/**
 * The run as the CI's own variables describe it. Off GitHub Actions, whatever the variables leave
 * out (and everything, with no CI) comes from the git checkout when one is given.
 */
function ciRunFromEnv(env, git = {}) {
    switch (ciProviderOf(env)) {
        case 'github-actions':
            return githubActionsRun(env);
        case 'circleci':
            return withGit(circleCiRun(env), git);
        case 'gitlab-ci':
            return withGit(gitLabRun(env), git);
        case 'local':
            return withGit({ provider: 'local' }, git);
    }
}
/** Whether git has anything to add: it is asked only then, and never on GitHub Actions. */
function needsGitCheckout(run) {
    return run.provider !== 'github-actions' && (!run.sha || !run.repository || !run.ref);
}
function githubActionsRun(env) {
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const pull = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return compact({
        provider: 'github-actions',
        repository: env.GITHUB_REPOSITORY,
        serverUrl,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        branch: env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : ''),
        tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : '',
        // The event file says whether the head is a fork; readers that need that read it there.
        changeRequest: pull
            ? {
                number: Number(pull[1]),
                forge: 'github',
                fromFork: false,
                ...repo(env.GITHUB_REPOSITORY)
            }
            : undefined,
        runId: env.GITHUB_RUN_ID,
        runAttempt: attempt,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt ? `/attempts/${attempt}` : ''}`
            : '',
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        actor: env.GITHUB_ACTOR,
        event: env.GITHUB_EVENT_NAME
    });
}
/** CircleCI's built-in project values (circleci.com/docs/variables). */
function circleCiRun(env) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(env.CIRCLE_REPOSITORY_URL);
    const repository = env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME
        ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}`
        : location?.repository;
    const serverUrl = location?.serverUrl;
    // CIRCLE_PR_NUMBER and CIRCLE_PR_REPONAME are set only for pull requests from forks.
    const fromFork = Boolean(env.CIRCLE_PR_NUMBER);
    const pulls = (env.CIRCLE_PULL_REQUESTS || env.CIRCLE_PULL_REQUEST || '')
        .split(',')
        .map((url) => pullNumberOf(url))
        .filter((n) => n !== undefined);
    const number = positiveInt(env.CIRCLE_PR_NUMBER) ?? (new Set(pulls).size === 1 ? pulls[0] : undefined);
    const headRepository = fromFork && env.CIRCLE_PR_USERNAME && env.CIRCLE_PR_REPONAME
        ? `${env.CIRCLE_PR_USERNAME}/${env.CIRCLE_PR_REPONAME}`
        : undefined;
    return compact({
        provider: 'circleci',
        repository,
        serverUrl,
        sha: env.CIRCLE_SHA1,
        ref: refOf(env.CIRCLE_BRANCH, env.CIRCLE_TAG),
        branch: env.CIRCLE_BRANCH,
        tag: env.CIRCLE_TAG,
        changeRequest: number !== undefined
            ? compact({
                number,
                forge: (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .forgeOf */ .$)(serverUrl),
                repository,
                fromFork,
                headRepository
            })
            : undefined,
        runId: env.CIRCLE_BUILD_NUM,
        runUrl: env.CIRCLE_BUILD_URL,
        workflow: env.CIRCLE_WORKFLOW_ID,
        job: env.CIRCLE_JOB,
        actor: env.CIRCLE_USERNAME,
        event: number !== undefined ? 'pull_request' : env.CIRCLE_TAG ? 'tag' : 'push'
    });
}
/** GitLab's predefined variables (docs.gitlab.com/ci/variables/predefined_variables). */
function gitLabRun(env) {
    const serverUrl = trimSlash(env.CI_SERVER_URL || 'https://gitlab.com');
    // A GitHub repository built by GitLab CI: its pull requests run as external pull request pipelines.
    const external = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID);
    const mergeRequest = positiveInt(env.CI_MERGE_REQUEST_IID);
    let changeRequest;
    if (external !== undefined) {
        const target = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY;
        const source = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY;
        changeRequest = compact({
            number: external,
            forge: 'github',
            repository: target,
            fromFork: Boolean(source && target && source !== target),
            headRepository: source
        });
    }
    else if (mergeRequest !== undefined) {
        const project = env.CI_MERGE_REQUEST_PROJECT_ID;
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        changeRequest = compact({
            number: mergeRequest,
            forge: 'gitlab',
            repository: env.CI_MERGE_REQUEST_PROJECT_PATH || env.CI_PROJECT_PATH,
            fromFork: Boolean(project && source && project !== source),
            headRepository: env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH
        });
    }
    const branch = env.CI_COMMIT_BRANCH ||
        env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
        env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME;
    return compact({
        provider: 'gitlab-ci',
        repository: env.CI_PROJECT_PATH,
        serverUrl,
        sha: env.CI_COMMIT_SHA,
        ref: refOf(branch, env.CI_COMMIT_TAG),
        branch,
        tag: env.CI_COMMIT_TAG,
        changeRequest,
        runId: env.CI_JOB_ID,
        runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        workflow: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        actor: env.GITLAB_USER_LOGIN,
        event: env.CI_PIPELINE_SOURCE
    });
}
function withGit(run, git) {
    const location = (0,_repository_url_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryFromUrl */ .k)(git.remoteUrl);
    return compact({
        ...run,
        repository: run.repository || location?.repository,
        serverUrl: run.serverUrl || location?.serverUrl,
        sha: run.sha || git.sha,
        branch: run.branch || git.branch,
        ref: run.ref || refOf(git.branch, undefined)
    });
}
function refOf(branch, tag) {
    if (tag)
        return `refs/tags/${tag}`;
    return branch ? `refs/heads/${branch}` : undefined;
}
function pullNumberOf(url) {
    const match = /\/pull\/(\d+)\/?$/.exec(url.trim());
    return match ? positiveInt(match[1]) : undefined;
}
function repo(repository) {
    return repository ? { repository } : {};
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/** Leaves out what a CI left empty, so records carry no blank fields. */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ }),

/***/ 38839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readGitCheckout)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Asks git in `cwd` (an args array, never a shell string). Not a checkout, or no git: an empty
 * answer, since a run outside any repository is allowed and records no commit.
 */
async function readGitCheckout(cwd) {
    // Loaded only off GitHub Actions, where the runner's variables already say all of this.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const run = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(execFile);
    const ask = async (args) => {
        try {
            const { stdout } = await run('git', args, { cwd, timeout: 5_000 });
            const answer = stdout.trim();
            return answer === '' ? undefined : answer;
        }
        catch {
            return undefined;
        }
    };
    const [sha, branch, remoteUrl] = await Promise.all([
        ask(['rev-parse', '--verify', '-q', 'HEAD']),
        ask(['symbolic-ref', '-q', '--short', 'HEAD']),
        ask(['config', '--get', 'remote.origin.url'])
    ]);
    return {
        ...(sha && /^[0-9a-f]{40,64}$/.test(sha) ? { sha } : {}),
        ...(branch ? { branch } : {}),
        ...(remoteUrl ? { remoteUrl } : {})
    };
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bw: () => (/* binding */ detectCiRun)
/* harmony export */ });
/* harmony import */ var _ci_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61568);
/* harmony import */ var _git_checkout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38839);





// One answer per environment and folder: every step of a pipeline asks, git is asked once.
const detected = new WeakMap();
/** The CI run this process belongs to, with git asked for what the CI's variables leave out. */
function detectCiRun(env, cwd) {
    const fromEnv = (0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env);
    if (!(0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .needsGitCheckout */ .Es)(fromEnv))
        return Promise.resolve(fromEnv);
    let byFolder = detected.get(env);
    if (!byFolder)
        detected.set(env, (byFolder = new Map()));
    let run = byFolder.get(cwd);
    if (!run) {
        run = (0,_git_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitCheckout */ .H)(cwd).then((git) => (0,_ci_run_js__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env, git));
        byFolder.set(cwd, run);
    }
    return run;
}


/***/ }),

/***/ 81176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ forgeOf),
/* harmony export */   k: () => (/* binding */ repositoryFromUrl)
/* harmony export */ });
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/;
function repositoryFromUrl(url) {
    const text = url?.trim() ?? '';
    if (text === '')
        return undefined;
    let host;
    let path;
    const scp = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? null : SCP_LIKE.exec(text);
    if (scp) {
        host = scp[1];
        path = scp[2];
    }
    else {
        let parsed;
        try {
            parsed = new URL(text);
        }
        catch {
            return undefined;
        }
        if (parsed.protocol === 'file:')
            return undefined;
        host = parsed.port && parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname;
        path = parsed.pathname;
        if (parsed.protocol === 'http:') {
            return located(`http://${host}`, path);
        }
    }
    return located(`https://${host}`, path);
}
function located(serverUrl, path) {
    const repository = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return repository.split('/').length >= 2 && !repository.split('/').includes('')
        ? { serverUrl, repository }
        : undefined;
}
/** The forge behind a web origin, where the name says so; anything else may be a GitHub Enterprise Server. */
function forgeOf(serverUrl) {
    const host = serverUrl ? hostOf(serverUrl) : '';
    if (host === 'github.com')
        return 'github';
    if (host === 'gitlab.com' || host.startsWith('gitlab.'))
        return 'gitlab';
    if (host === 'bitbucket.org')
        return 'bitbucket';
    return 'unknown';
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return '';
    }
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

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ rememberKeyOrder),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   RY: () => (/* binding */ setEntry),
/* harmony export */   ir: () => (/* binding */ orderedKeys),
/* harmony export */   qL: () => (/* binding */ isArrayIndex),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
// JS objects list integer-like keys first, in ascending order, whatever the insertion order was.
// Parsers remember the file's order here when it differs, without adding anything visible to the
// objects themselves.
const fileKeyOrder = new WeakMap();
/** Records the key order of `target` as it appeared in the file, if a JS object would lose it. */
function rememberKeyOrder(target, keysInFileOrder) {
    if (keysInFileOrder.some(isArrayIndex)) {
        fileKeyOrder.set(target, keysInFileOrder);
    }
}
/** The keys of an object in the order they had in the file it was parsed from. */
function orderedKeys(value) {
    return fileKeyOrder.get(value) ?? Object.keys(value);
}
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LARGEST_ARRAY_INDEX = 2 ** 32 - 2;
/** A key that objects list before the others, in ascending numeric order: "0", "7", "42". */
function isArrayIndex(key) {
    const first = key.charCodeAt(0);
    if (!(first >= DIGIT_0 && first <= DIGIT_9))
        return false;
    const index = Number(key);
    return Number.isInteger(index) && index <= LARGEST_ARRAY_INDEX && String(index) === key;
}
/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as a prototype change rather than data.
 */
function setEntry(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    else {
        target[key] = value;
    }
}
/** A JSON object or YAML mapping: an object that is neither null nor an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isJsonObject(value) {
    return isRecord(value);
}


/***/ }),

/***/ 58358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h2: () => (/* binding */ contingencyFromCells),
/* harmony export */   nM: () => (/* binding */ contingencyFromLabels)
/* harmony export */ });
/* unused harmony exports contingencyFromClassIndices, cellOfEachSample */
/** Build from class indices (fast path for large arrays, e.g. decoded .npy files). */
function contingencyFromClassIndices(classes, truth, baseline, candidate) {
    const size = truth.length;
    if (baseline.length !== size || candidate.length !== size) {
        throw new RangeError(`paired arrays differ in length: truth ${size}, baseline ${baseline.length}, candidate ${candidate.length}`);
    }
    const classCount = classes.length;
    const cellOfKey = new Map();
    const truthOfCell = [];
    const baselineOfCell = [];
    const candidateOfCell = [];
    const countOfCell = [];
    for (let i = 0; i < size; i++) {
        const t = truth[i] ?? 0;
        const b = baseline[i] ?? 0;
        const c = candidate[i] ?? 0;
        const key = (t * classCount + b) * classCount + c;
        const cell = cellOfKey.get(key);
        if (cell === undefined) {
            cellOfKey.set(key, countOfCell.length);
            truthOfCell.push(t);
            baselineOfCell.push(b);
            candidateOfCell.push(c);
            countOfCell.push(1);
        }
        else {
            countOfCell[cell] = (countOfCell[cell] ?? 0) + 1;
        }
    }
    return {
        classes,
        total: size,
        truth: Int32Array.from(truthOfCell),
        baseline: Int32Array.from(baselineOfCell),
        candidate: Int32Array.from(candidateOfCell),
        counts: Float64Array.from(countOfCell)
    };
}
/** Build from per-sample class names (labels and predictions of two aligned prediction sets). */
function contingencyFromLabels(truth, baseline, candidate) {
    const classes = [];
    const indexOf = new Map();
    const encode = (values) => {
        const encoded = new Int32Array(values.length);
        for (let i = 0; i < values.length; i++) {
            const value = values[i] ?? '';
            let index = indexOf.get(value);
            if (index === undefined) {
                index = classes.length;
                indexOf.set(value, index);
                classes.push(value);
            }
            encoded[i] = index;
        }
        return encoded;
    };
    const truthIndices = encode(truth);
    const baselineIndices = encode(baseline);
    const candidateIndices = encode(candidate);
    return contingencyFromClassIndices(classes, truthIndices, baselineIndices, candidateIndices);
}
/** Build from already-aggregated cells, e.g. counts published in a paper or kept from a report. */
function contingencyFromCells(cells) {
    const classes = [];
    const indexOf = new Map();
    const classIndex = (name) => {
        let index = indexOf.get(name);
        if (index === undefined) {
            index = classes.length;
            indexOf.set(name, index);
            classes.push(name);
        }
        return index;
    };
    const kept = cells.filter((cell) => cell.count > 0);
    for (const cell of kept) {
        if (!Number.isInteger(cell.count)) {
            throw new RangeError(`contingency counts must be whole numbers, got ${cell.count}`);
        }
    }
    return {
        classes,
        total: kept.reduce((sum, cell) => sum + cell.count, 0),
        truth: Int32Array.from(kept, (cell) => classIndex(cell.truth)),
        baseline: Int32Array.from(kept, (cell) => classIndex(cell.baseline)),
        candidate: Int32Array.from(kept, (cell) => classIndex(cell.candidate)),
        counts: Float64Array.from(kept, (cell) => cell.count)
    };
}
/** The contingency cell of every sample: what a per-sample bootstrap draws from. */
function cellOfEachSample(contingency, truth, baseline, candidate) {
    const classCount = contingency.classes.length;
    const cellOfKey = new Map();
    for (let cell = 0; cell < contingency.counts.length; cell++) {
        const key = ((contingency.truth[cell] ?? 0) * classCount + (contingency.baseline[cell] ?? 0)) *
            classCount +
            (contingency.candidate[cell] ?? 0);
        cellOfKey.set(key, cell);
    }
    const cells = new Int32Array(truth.length);
    for (let i = 0; i < truth.length; i++) {
        const key = ((truth[i] ?? 0) * classCount + (baseline[i] ?? 0)) * classCount + (candidate[i] ?? 0);
        const cell = cellOfKey.get(key);
        if (cell === undefined)
            throw new RangeError(`sample ${i} has no cell in this contingency`);
        cells[i] = cell;
    }
    return cells;
}


/***/ }),

/***/ 48647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ choosePositiveClass)
/* harmony export */ });
/* unused harmony export POSITIVE_CLASS_INPUT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Which class is "positive" for binary precision, recall, F1 and ROC AUC: the one named, or for
 * two-class problems the conventional one ('1' — which is also what true/True read as —, 'yes',
 * 'positive', 'pos'). Guessing between arbitrary names such as 'cat' and 'dog' would silently flip
 * the metric, so that is refused.
 */
const CONVENTIONAL_POSITIVES = ['1', 'yes', 'positive', 'pos'];
const POSITIVE_CLASS_INPUT = 'positive-class';
function choosePositiveClass(classes, named) {
    if (named !== undefined) {
        if (!classes.includes(named)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`positive class '${named}' does not occur in the labels or predictions (classes: ${preview(classes)})`, POSITIVE_CLASS_INPUT);
        }
        return named;
    }
    if (classes.length <= 2) {
        for (const conventional of CONVENTIONAL_POSITIVES) {
            const match = classes.find((name) => name.toLowerCase() === conventional);
            if (match !== undefined)
                return match;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`cannot tell which class is positive among ${preview(classes)}: name the positive class, or use a macro average for multiclass labels`, POSITIVE_CLASS_INPUT);
}
function preview(classes) {
    const shown = classes.slice(0, 10).map((name) => `'${name}'`);
    return classes.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
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


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ githubRunUrl),
/* harmony export */   dp: () => (/* binding */ lineageFromCiRun),
/* harmony export */   g7: () => (/* binding */ idempotencyKeyFromEnv),
/* harmony export */   pS: () => (/* binding */ lineageFromEnv),
/* harmony export */   wX: () => (/* binding */ idempotencyKeyOf)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61568);

/** Provenance of a run on any CI (or none: provider `local`, the commit from git); empty blocks are left out. */
function lineageFromCiRun(run, extras = {}) {
    const lineage = {};
    const git = compact({ repository: run.repository, sha: run.sha, ref: run.ref });
    if (Object.keys(git).length > 0)
        lineage.git = git;
    lineage.ci = {
        provider: run.provider,
        ...compact({
            runId: run.runId,
            runAttempt: run.runAttempt,
            runUrl: run.runUrl,
            workflow: run.workflow,
            job: run.job,
            actor: run.actor,
            event: run.event
        }),
        ...(run.changeRequest ? { changeRequest: run.changeRequest.number } : {})
    };
    if (extras.datasets?.length)
        lineage.datasets = extras.datasets;
    if (extras.frameworks && Object.keys(extras.frameworks).length > 0) {
        lineage.frameworks = extras.frameworks;
    }
    if (extras.parents?.length)
        lineage.parents = extras.parents;
    return lineage;
}
/** lineageFromCiRun for what the environment alone says (no git asked). */
function lineageFromEnv(env, extras = {}) {
    return lineageFromCiRun((0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env), extras);
}
function githubRunUrl(env) {
    return (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env).runUrl;
}
/**
 * The identity of one CI job execution: a re-run of the same attempt (retried step, re-invoked
 * action) registers nothing new, while a new attempt or run does. GitHub's keys stay as they were
 * before other CIs were read; theirs name the provider. A local run has none.
 */
function idempotencyKeyOf(run) {
    if (!run.runId || run.provider === 'local')
        return undefined;
    const parts = run.provider === 'github-actions'
        ? [run.repository, run.runId, run.runAttempt ?? '1', run.job]
        : [run.provider, run.repository, run.runId, run.job];
    return parts.filter((part) => part !== undefined && part !== '').join(':');
}
function idempotencyKeyFromEnv(env) {
    return idempotencyKeyOf((0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_0__/* .ciRunFromEnv */ .ZE)(env));
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
}


/***/ })

};
;