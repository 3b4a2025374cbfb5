"use strict";
exports.id = 7401;
exports.ids = [7401,1573];
exports.modules = {

/***/ 1573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confusionFromPredictions: () => (/* binding */ confusionFromPredictions),
/* harmony export */   l: () => (/* binding */ sumConfusions),
/* harmony export */   metricsFromConfusion: () => (/* binding */ metricsFromConfusion)
/* harmony export */ });
/* unused harmony export COUNTED_PREFIX */
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_stats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58358);
/* harmony import */ var _ml_actions_core_stats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97206);


const COUNTED_PREFIX = 'counts.';
function confusionFromPredictions(predictions) {
    const { labels, predictions: predicted, source } = predictions;
    if (!labels || !predicted) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: predictions need a label and a prediction per sample to count a confusion matrix`, 'predictions');
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
    const contingency = (0,_ml_actions_core_stats__WEBPACK_IMPORTED_MODULE_1__/* .contingencyFromCells */ .h2)(cells);
    const metrics = {};
    const total = contingency.total;
    metrics[`${COUNTED_PREFIX}num_samples`] = total;
    if (total === 0)
        return { metrics, perClass: {} };
    for (const [metric, name] of MACRO_METRICS) {
        const reduced = (0,_ml_actions_core_stats__WEBPACK_IMPORTED_MODULE_2__/* .reduceForMetric */ .G)(contingency, metric);
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
        const precision = ratio(truePositives, predicted);
        const recall = ratio(truePositives, support);
        const f1 = ratio(2 * truePositives, predicted + support);
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
function ratio(numerator, denominator) {
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

/***/ 37401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96650);
/* harmony import */ var _confusion_counts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1573);
/* harmony import */ var _train_evaluate_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3483);






/**
 * Reads the reports the shard jobs wrote and sums their confusion counts. Every shard of the
 * declared count must be there exactly once, each having succeeded: a missing or repeated shard
 * would silently change the evaluation set.
 */
async function mergeShardReports(patterns, workingDirectory) {
    const files = await (0,_ml_actions_core_metrics__WEBPACK_IMPORTED_MODULE_2__/* .expandPathPatterns */ .t)(patterns, { cwd: workingDirectory });
    const reports = [];
    for (const file of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, file), 'utf8').catch(() => {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: cannot read ${file}`, 'merge-shards');
        });
        let report;
        try {
            report = JSON.parse(text);
        }
        catch (error) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${file} is not JSON: ${error.message}`, 'merge-shards');
        }
        if (report?.kind !== _train_evaluate_report_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_KIND */ .K) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${file} is not a train-evaluate report (kind ${JSON.stringify(report?.kind)})`, 'merge-shards');
        }
        reports.push({ file, report });
    }
    const problems = [];
    const counts = new Set(reports.map(({ report }) => report.shard?.count ?? 1));
    if (counts.size !== 1)
        problems.push(`the reports disagree on shard-count (${[...counts].join(', ')})`);
    const shardCount = [...counts][0] ?? 0;
    const seen = new Map();
    for (const { file, report } of reports) {
        if (report.status !== 'succeeded')
            problems.push(`${file}: the shard ${report.status}`);
        if (!report.confusion) {
            problems.push(`${file}: has no confusion counts (set predictions in the shard jobs)`);
        }
        const index = report.shard?.index ?? 0;
        const earlier = seen.get(index);
        if (earlier)
            problems.push(`shard ${index} appears twice (${earlier}, ${file})`);
        seen.set(index, file);
    }
    const missing = Array.from({ length: shardCount }, (_, i) => i).filter((i) => !seen.has(i));
    if (missing.length > 0)
        problems.push(`shard(s) ${missing.join(', ')} of ${shardCount} missing`);
    if (problems.length > 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${problems.join('; ')}`, 'merge-shards');
    }
    return {
        confusion: (0,_confusion_counts_js__WEBPACK_IMPORTED_MODULE_5__/* .sumConfusions */ .l)(reports.map(({ report }) => report.confusion)),
        shardCount,
        sources: reports.map(({ file }) => file)
    };
}


/***/ }),

/***/ 97206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reduceForMetric),
/* harmony export */   o: () => (/* binding */ COUNT_METRICS)
/* harmony export */ });
/* harmony import */ var _positive_class_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48647);

const COUNT_METRICS = [
    'accuracy',
    'error-rate',
    'precision',
    'recall',
    'f1',
    'macro-precision',
    'macro-recall',
    'macro-f1'
];
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
    const cellOfOriginal = new Int32Array(contingency.counts.length);
    const counts = new Float64Array(4);
    for (let cell = 0; cell < cellOfOriginal.length; cell++) {
        const truth = contingency.truth[cell];
        const baselineRight = contingency.baseline[cell] === truth;
        const candidateRight = contingency.candidate[cell] === truth;
        const reduced = baselineRight ? (candidateRight ? 0 : 1) : candidateRight ? 2 : 3;
        cellOfOriginal[cell] = reduced;
        counts[reduced] = (counts[reduced] ?? 0) + (contingency.counts[cell] ?? 0);
    }
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
    const cellOfOriginal = new Int32Array(contingency.counts.length);
    const counts = new Float64Array(8);
    for (let cell = 0; cell < cellOfOriginal.length; cell++) {
        const reduced = (contingency.truth[cell] === positive ? 4 : 0) +
            (contingency.baseline[cell] === positive ? 2 : 0) +
            (contingency.candidate[cell] === positive ? 1 : 0);
        cellOfOriginal[cell] = reduced;
        counts[reduced] = (counts[reduced] ?? 0) + (contingency.counts[cell] ?? 0);
    }
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
    const positive = (0,_positive_class_js__WEBPACK_IMPORTED_MODULE_0__/* .choosePositiveClass */ .z)(contingency.classes, options.positiveClass);
    return contingency.classes.indexOf(positive);
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


/***/ })

};
;