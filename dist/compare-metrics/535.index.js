"use strict";
exports.id = 535;
exports.ids = [535];
exports.modules = {

/***/ 95535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  predictionEvidence: () => (/* binding */ predictionEvidence)
});

// UNUSED EXPORTS: inferStatisticRequests, parseStatisticRequests, statisticForName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/compare/direction.ts
var direction = __webpack_require__(65496);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/stats/positive-class.ts

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
            throw new errors/* ConfigurationError */.j(`positive class '${named}' does not occur in the labels or predictions (classes: ${preview(classes)})`, POSITIVE_CLASS_INPUT);
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
    throw new errors/* ConfigurationError */.j(`cannot tell which class is positive among ${preview(classes)}: name the positive class, or use a macro average for multiclass labels`, POSITIVE_CLASS_INPUT);
}
function preview(classes) {
    const shown = classes.slice(0, 10).map((name) => `'${name}'`);
    return classes.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}

;// CONCATENATED MODULE: ./packages/core/src/stats/count-metrics.ts

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
function count_metrics_reduceForMetric(contingency, metric, options = {}) {
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
    const positive = choosePositiveClass(contingency.classes, options.positiveClass);
    return contingency.classes.indexOf(positive);
}

;// CONCATENATED MODULE: ./packages/core/src/stats/delimited-text.ts
function parseDelimitedText(text, delimiter) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const endRow = () => {
        fields.push(field);
        if (fields.length > 1 || (fields[0] ?? '').length > 0)
            rows.push({ line: rowLine, fields });
        fields = [];
        field = '';
    };
    while (position < text.length) {
        const char = text[position];
        if (quoted) {
            if (char === '"') {
                if (text[position + 1] === '"') {
                    field += '"';
                    position += 2;
                    continue;
                }
                quoted = false;
            }
            else {
                if (char === '\n')
                    line += 1;
                field += char;
            }
            position += 1;
            continue;
        }
        if (char === '"' && field.length === 0) {
            quoted = true;
        }
        else if (char === delimiter) {
            fields.push(field);
            field = '';
        }
        else if (char === '\n' || char === '\r') {
            if (char === '\r' && text[position + 1] === '\n')
                position += 1;
            endRow();
            line += 1;
            rowLine = line;
        }
        else {
            field += char;
        }
        position += 1;
    }
    if (field.length > 0 || fields.length > 0)
        endRow();
    return rows;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/npy.ts

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
const DTYPES = {
    b1: { dtype: 'bool', size: 1 },
    i1: { dtype: 'int8', size: 1 },
    u1: { dtype: 'uint8', size: 1 },
    i2: { dtype: 'int16', size: 2 },
    u2: { dtype: 'uint16', size: 2 },
    i4: { dtype: 'int32', size: 4 },
    u4: { dtype: 'uint32', size: 4 },
    i8: { dtype: 'int64', size: 8 },
    u8: { dtype: 'uint64', size: 8 },
    f4: { dtype: 'float32', size: 4 },
    f8: { dtype: 'float64', size: 8 }
};
function npy_parseNpy(bytes, source) {
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j(`${source}: not a readable .npy file: ${problem}`);
    };
    if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
        fail('missing the \\x93NUMPY magic');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const major = bytes[6] ?? 0;
    let headerLength;
    let headerStart;
    if (major === 1) {
        headerLength = view.getUint16(8, true);
        headerStart = 10;
    }
    else if (major === 2 || major === 3) {
        if (bytes.length < 12)
            fail('truncated header');
        headerLength = view.getUint32(8, true);
        headerStart = 12;
    }
    else {
        return fail(`format version ${major} is not supported (1, 2 and 3 are)`);
    }
    const dataStart = headerStart + headerLength;
    if (dataStart > bytes.length)
        fail('truncated header');
    const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(headerStart, dataStart));
    const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        return fail(`header ${JSON.stringify(header.trim())} lacks descr, fortran_order or shape`);
    }
    const byteOrder = descr.charAt(0);
    const kind = DTYPES[descr.slice(1)];
    if (kind === undefined || !['<', '|', '='].includes(byteOrder)) {
        return fail(byteOrder === '>'
            ? `big-endian data ('${descr}') is not supported; save with arr.astype(arr.dtype.newbyteorder('<'))`
            : `dtype '${descr}' is not supported (bool, integers, float32, float64)`);
    }
    const shape = shapeText
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => Number(part.replace(/L$/, '')));
    if (shape.length < 1 ||
        shape.length > 2 ||
        shape.some((size) => !Number.isSafeInteger(size) || size < 0)) {
        return fail(`shape (${shapeText}) is not 1-D or 2-D`);
    }
    if (fortran === 'True' && shape.length === 2 && (shape[0] ?? 0) > 1 && (shape[1] ?? 0) > 1) {
        fail('Fortran-ordered 2-D arrays are not supported; save with np.ascontiguousarray(arr)');
    }
    const count = shape.reduce((product, size) => product * size, 1);
    const needed = count * kind.size;
    if (bytes.length - dataStart < needed) {
        fail(`data is truncated: shape (${shape.join(', ')}) needs ${needed} bytes, found ${bytes.length - dataStart}`);
    }
    return { dtype: kind.dtype, shape, data: decode(view, dataStart, count, kind.dtype, fail) };
}
function decode(view, offset, count, dtype, fail) {
    const data = new Float64Array(count);
    switch (dtype) {
        case 'bool':
        case 'uint8':
            for (let i = 0; i < count; i++)
                data[i] = view.getUint8(offset + i);
            if (dtype === 'bool')
                for (let i = 0; i < count; i++)
                    data[i] = data[i] === 0 ? 0 : 1;
            break;
        case 'int8':
            for (let i = 0; i < count; i++)
                data[i] = view.getInt8(offset + i);
            break;
        case 'int16':
            for (let i = 0; i < count; i++)
                data[i] = view.getInt16(offset + 2 * i, true);
            break;
        case 'uint16':
            for (let i = 0; i < count; i++)
                data[i] = view.getUint16(offset + 2 * i, true);
            break;
        case 'int32':
            for (let i = 0; i < count; i++)
                data[i] = view.getInt32(offset + 4 * i, true);
            break;
        case 'uint32':
            for (let i = 0; i < count; i++)
                data[i] = view.getUint32(offset + 4 * i, true);
            break;
        case 'int64':
        case 'uint64':
            for (let i = 0; i < count; i++) {
                const value = dtype === 'int64'
                    ? view.getBigInt64(offset + 8 * i, true)
                    : view.getBigUint64(offset + 8 * i, true);
                if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
                    fail(`element ${i} (${value}) is beyond ±2^53 and cannot be represented exactly`);
                }
                data[i] = Number(value);
            }
            break;
        case 'float32':
            for (let i = 0; i < count; i++)
                data[i] = view.getFloat32(offset + 4 * i, true);
            break;
        case 'float64':
            for (let i = 0; i < count; i++)
                data[i] = view.getFloat64(offset + 8 * i, true);
            break;
    }
    return data;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/prediction-set.ts
const INTEGRAL = /^[+-]?\d+(?:\.0*)?$/;
/**
 * One spelling per class across CSV text, JSON values and .npy numbers: booleans (JSON, .npy bool,
 * or the words true/false in any case) become '1' / '0', integral numbers lose a trailing '.0' and
 * a leading '+', so `1`, `1.0`, `true` and `True` all name the class '1'. Other text is kept as
 * written (trimmed), so '01' stays distinct from '1'.
 */
function canonicalClassName(value) {
    if (typeof value === 'boolean')
        return value ? '1' : '0';
    if (typeof value === 'number')
        return String(value);
    const text = value.trim();
    const lowered = text.toLowerCase();
    if (lowered === 'true')
        return '1';
    if (lowered === 'false')
        return '0';
    if (INTEGRAL.test(text)) {
        const unsigned = text.replace(/^\+/, '').replace(/\.0*$/, '');
        return unsigned === '-0' ? '0' : unsigned;
    }
    return text;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/predictions-reader.ts




function predictionsFormatOf(path) {
    const lowered = path.toLowerCase();
    if (lowered.endsWith('.csv'))
        return 'csv';
    if (lowered.endsWith('.tsv') || lowered.endsWith('.tab'))
        return 'tsv';
    if (lowered.endsWith('.jsonl') || lowered.endsWith('.ndjson'))
        return 'jsonl';
    if (lowered.endsWith('.npy'))
        return 'npy';
    return undefined;
}
function readPredictions(content, source, format = predictionsFormatOf(source)) {
    if (format === undefined) {
        throw new errors/* ConfigurationError */.j(`${source}: cannot tell the predictions format from the file name (expected .csv, .tsv, .jsonl or .npy)`);
    }
    if (format === 'npy') {
        if (typeof content === 'string') {
            throw new errors/* ConfigurationError */.j(`${source}: .npy files must be read as bytes, not text`);
        }
        const array = npy_parseNpy(content, source);
        const role = array.dtype.startsWith('float') ? 'scores' : 'predictions';
        return predictionsFromNpyArrays({ [role]: { path: source, array } });
    }
    const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
    if (format === 'jsonl')
        return parseJsonLines(text, source);
    return parseDelimited(text, source, format === 'tsv' ? '\t' : ',');
}
/** Predictions kept as separate arrays (e.g. `np.save('scores.npy', model.predict_proba(X))`). */
function predictionsFromNpyFiles(files) {
    const load = (file) => file === undefined ? undefined : { path: file.path, array: parseNpy(file.bytes, file.path) };
    return predictionsFromNpyArrays({
        labels: load(files.labels),
        predictions: load(files.predictions),
        scores: load(files.scores)
    });
}
function predictionsFromNpyArrays(arrays) {
    const present = [arrays.labels, arrays.predictions, arrays.scores].filter((loaded) => loaded !== undefined);
    const first = present[0];
    if (first === undefined)
        throw new errors/* ConfigurationError */.j('no .npy predictions files were given');
    const source = present.map((loaded) => loaded.path).join(' + ');
    const rows = first.array.shape[0] ?? 0;
    for (const loaded of present) {
        if ((loaded.array.shape[0] ?? 0) !== rows) {
            throw new errors/* ConfigurationError */.j(`${loaded.path} has ${loaded.array.shape[0]} rows but ${first.path} has ${rows}: the arrays must describe the same samples in the same order`);
        }
    }
    const classesOf = (loaded) => {
        if (loaded === undefined)
            return undefined;
        if (loaded.array.shape.length !== 1) {
            throw new errors/* ConfigurationError */.j(`${loaded.path}: class labels must be a 1-D array, got shape (${loaded.array.shape.join(', ')})`);
        }
        return Array.from(loaded.array.data, (value) => canonicalClassName(value));
    };
    let scores;
    let classScores;
    const scoreArray = arrays.scores?.array;
    if (scoreArray !== undefined) {
        const columns = scoreArray.shape.length === 1 ? 1 : (scoreArray.shape[1] ?? 0);
        assertFinite(scoreArray.data, arrays.scores?.path ?? source);
        if (columns === 1) {
            scores = scoreArray.data;
        }
        else {
            classScores = {
                classes: Array.from({ length: columns }, (_, j) => String(j)),
                values: scoreArray.data
            };
        }
    }
    const labels = classesOf(arrays.labels);
    const predictions = classesOf(arrays.predictions) ?? (classScores && argmaxClasses(classScores));
    return {
        source,
        ids: Array.from({ length: rows }, (_, i) => String(i)),
        ...(labels ? { labels } : {}),
        ...(predictions ? { predictions } : {}),
        ...(scores ? { scores } : {}),
        ...(classScores ? { classScores } : {})
    };
}
function assertFinite(values, source) {
    for (let i = 0; i < values.length; i++) {
        if (!Number.isFinite(values[i] ?? NaN)) {
            throw new errors/* ConfigurationError */.j(`${source}: score at flat index ${i} is ${values[i]}, not a finite number`);
        }
    }
}
const COLUMN_ALIASES = {
    id: 'id',
    sample_id: 'id',
    label: 'label',
    target: 'label',
    y_true: 'label',
    truth: 'label',
    prediction: 'prediction',
    pred: 'prediction',
    predicted: 'prediction',
    y_pred: 'prediction',
    score: 'score',
    prob: 'score',
    probability: 'score',
    y_score: 'score'
};
class PredictionsBuilder {
    source;
    ids = [];
    labels = [];
    predictions = [];
    scores = [];
    classScoreRows = [];
    classes;
    constructor(source) {
        this.source = source;
    }
    number(raw, where, what) {
        const value = typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && raw.trim() !== ''
                ? Number(raw)
                : NaN;
        if (!Number.isFinite(value)) {
            throw new errors/* ConfigurationError */.j(`${this.source}:${where}: ${what} ${JSON.stringify(raw)} is not a finite number`);
        }
        return value;
    }
    build(has) {
        const classScores = this.classes === undefined
            ? undefined
            : { classes: this.classes, values: Float64Array.from(this.classScoreRows) };
        const predictions = has.prediction
            ? this.predictions
            : classScores === undefined
                ? undefined
                : argmaxClasses(classScores);
        if (predictions === undefined && !has.score) {
            throw new errors/* ConfigurationError */.j(`${this.source}: no prediction, score or score_<class> column/key; at least one is needed`);
        }
        return {
            source: this.source,
            ids: has.id ? this.ids : this.ids.map((_, i) => String(i)),
            ...(has.label ? { labels: this.labels } : {}),
            ...(predictions ? { predictions } : {}),
            ...(has.score ? { scores: Float64Array.from(this.scores) } : {}),
            ...(classScores ? { classScores } : {})
        };
    }
}
function parseDelimited(text, source, delimiter) {
    const rows = parseDelimitedText(text, delimiter);
    const header = rows[0];
    if (header === undefined)
        throw new errors/* ConfigurationError */.j(`${source}: the file is empty`);
    const columnOf = new Map();
    const classColumns = [];
    header.fields.forEach((raw, index) => {
        const name = raw.trim();
        const lowered = name.toLowerCase();
        const column = COLUMN_ALIASES[lowered];
        if (column !== undefined) {
            if (columnOf.has(column)) {
                throw new errors/* ConfigurationError */.j(`${source}: more than one ${column} column in the header (${name})`);
            }
            columnOf.set(column, index);
        }
        else if (lowered.startsWith('score_')) {
            classColumns.push({ index, name: canonicalClassName(name.slice('score_'.length)) });
        }
    });
    const builder = new PredictionsBuilder(source);
    if (classColumns.length > 0)
        builder.classes = classColumns.map((column) => column.name);
    const width = header.fields.length;
    for (const row of rows.slice(1)) {
        if (row.fields.length !== width) {
            throw new errors/* ConfigurationError */.j(`${source}:${row.line}: ${row.fields.length} fields, but the header has ${width}`);
        }
        const cell = (column) => {
            const index = columnOf.get(column);
            return index === undefined ? undefined : (row.fields[index] ?? '').trim();
        };
        const where = String(row.line);
        builder.ids.push(cell('id') ?? String(builder.ids.length));
        const label = cell('label');
        if (label !== undefined)
            builder.labels.push(requireClass(label, source, where, 'label'));
        const prediction = cell('prediction');
        if (prediction !== undefined) {
            builder.predictions.push(requireClass(prediction, source, where, 'prediction'));
        }
        const score = cell('score');
        if (score !== undefined)
            builder.scores.push(builder.number(score, where, 'score'));
        for (const column of classColumns) {
            builder.classScoreRows.push(builder.number(row.fields[column.index] ?? '', where, `score_${column.name}`));
        }
    }
    const id = columnOf.has('id');
    if (id)
        assertIdsPresent(builder.ids, source);
    return builder.build({
        id,
        label: columnOf.has('label'),
        prediction: columnOf.has('prediction'),
        score: columnOf.has('score')
    });
}
function requireClass(text, source, where, what) {
    if (text === '')
        throw new errors/* ConfigurationError */.j(`${source}:${where}: empty ${what}`);
    return canonicalClassName(text);
}
function assertIdsPresent(ids, source) {
    const empty = ids.findIndex((id) => id === '');
    if (empty >= 0)
        throw new errors/* ConfigurationError */.j(`${source}: row ${empty + 1} has an empty id`);
}
function parseJsonLines(text, source) {
    const builder = new PredictionsBuilder(source);
    let keys;
    let has = { id: false, label: false, prediction: false, score: false };
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '')
            return;
        const where = String(index + 1);
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`${source}:${where}: not valid JSON (${error.message})`);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* ConfigurationError */.j(`${source}:${where}: each line must be a JSON object`);
        }
        const record = value;
        const fields = readJsonRecord(record, builder, where);
        const signature = fields.join(',');
        if (keys === undefined) {
            keys = signature;
            has = {
                id: fields.includes('id'),
                label: fields.includes('label'),
                prediction: fields.includes('prediction'),
                score: fields.includes('score')
            };
        }
        else if (signature !== keys) {
            throw new errors/* ConfigurationError */.j(`${source}:${where}: fields {${signature}} differ from the first record's {${keys}}`);
        }
    });
    if (keys === undefined)
        throw new errors/* ConfigurationError */.j(`${source}: the file has no records`);
    if (has.id)
        assertIdsPresent(builder.ids, source);
    return builder.build(has);
}
function readJsonRecord(record, builder, where) {
    const source = builder.source;
    const fields = [];
    const classScores = new Map();
    for (const [key, value] of Object.entries(record)) {
        const lowered = key.toLowerCase();
        const column = COLUMN_ALIASES[lowered];
        if (column === 'id') {
            if (typeof value !== 'string' && typeof value !== 'number') {
                throw new errors/* ConfigurationError */.j(`${source}:${where}: id must be a string or a number`);
            }
            builder.ids.push(String(value).trim());
            fields.push('id');
        }
        else if (column === 'label' || column === 'prediction') {
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
                throw new errors/* ConfigurationError */.j(`${source}:${where}: ${key} must be a string, number or boolean`);
            }
            const name = typeof value === 'string'
                ? requireClass(value, source, where, key)
                : canonicalClassName(value);
            (column === 'label' ? builder.labels : builder.predictions).push(name);
            fields.push(column);
        }
        else if (column === 'score') {
            builder.scores.push(builder.number(value, where, key));
            fields.push('score');
        }
        else if (lowered === 'scores') {
            if (Array.isArray(value)) {
                value.forEach((score, j) => classScores.set(String(j), builder.number(score, where, `scores[${j}]`)));
            }
            else if (value !== null && typeof value === 'object') {
                for (const [name, score] of Object.entries(value)) {
                    classScores.set(canonicalClassName(name), builder.number(score, where, `scores.${name}`));
                }
            }
            else {
                throw new errors/* ConfigurationError */.j(`${source}:${where}: scores must be an array or an object`);
            }
        }
        else if (lowered.startsWith('score_')) {
            classScores.set(canonicalClassName(key.slice('score_'.length)), builder.number(value, where, key));
        }
    }
    if (classScores.size > 0) {
        const classes = [...classScores.keys()];
        if (builder.classes === undefined)
            builder.classes = classes;
        else if (builder.classes.join('\u0000') !== classes.join('\u0000')) {
            throw new errors/* ConfigurationError */.j(`${source}:${where}: score classes (${classes.join(', ')}) differ from the first record's (${builder.classes.join(', ')})`);
        }
        for (const score of classScores.values())
            builder.classScoreRows.push(score);
        fields.push('scores');
    }
    return fields.sort();
}
function argmaxClasses(classScores) {
    const width = classScores.classes.length;
    const rows = width === 0 ? 0 : classScores.values.length / width;
    const predictions = new Array(rows);
    for (let i = 0; i < rows; i++) {
        let best = 0;
        for (let j = 1; j < width; j++) {
            if ((classScores.values[i * width + j] ?? -Infinity) >
                (classScores.values[i * width + best] ?? -Infinity))
                best = j;
        }
        predictions[i] = classScores.classes[best] ?? '';
    }
    return predictions;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/align-predictions.ts

const EXAMPLES_SHOWN = 5;
function alignPredictions(baseline, candidate) {
    const candidateRow = rowOfId(candidate);
    rowOfId(baseline);
    const missingFromCandidate = baseline.ids.filter((id) => !candidateRow.has(id));
    const baselineIds = new Set(baseline.ids);
    const missingFromBaseline = candidate.ids.filter((id) => !baselineIds.has(id));
    if (missingFromCandidate.length > 0 || missingFromBaseline.length > 0) {
        const problems = [];
        if (missingFromCandidate.length > 0) {
            problems.push(`${missingFromCandidate.length} id(s) of ${baseline.source} are missing from ${candidate.source} (${examples(missingFromCandidate)})`);
        }
        if (missingFromBaseline.length > 0) {
            problems.push(`${missingFromBaseline.length} id(s) of ${candidate.source} are missing from ${baseline.source} (${examples(missingFromBaseline)})`);
        }
        throw new errors/* ConfigurationError */.j(`predictions are not paired: ${problems.join('; ')}. Both models must be scored on the same samples.`);
    }
    const order = baseline.ids.map((id) => candidateRow.get(id) ?? 0);
    const reorderedCandidate = reorder(candidate, order);
    const labels = mergeLabels(baseline, candidate.labels && order.map((row) => candidate.labels?.[row] ?? ''), candidate.source);
    return {
        ids: baseline.ids,
        ...(labels ? { labels } : {}),
        baseline: outputsOf(baseline),
        candidate: reorderedCandidate,
        sources: { baseline: baseline.source, candidate: candidate.source }
    };
}
function rowOfId(set) {
    const rows = new Map();
    set.ids.forEach((id, row) => {
        const earlier = rows.get(id);
        if (earlier !== undefined) {
            throw new errors/* ConfigurationError */.j(`${set.source}: duplicate id '${id}' (records ${earlier + 1} and ${row + 1}); each sample must appear once`);
        }
        rows.set(id, row);
    });
    return rows;
}
function examples(ids) {
    const shown = ids.slice(0, EXAMPLES_SHOWN).map((id) => `'${id}'`);
    return ids.length > EXAMPLES_SHOWN ? `e.g. ${shown.join(', ')}, …` : shown.join(', ');
}
function mergeLabels(baseline, candidateLabels, candidateSource) {
    if (baseline.labels === undefined)
        return candidateLabels;
    if (candidateLabels === undefined)
        return baseline.labels;
    for (let row = 0; row < baseline.labels.length; row++) {
        if (baseline.labels[row] !== candidateLabels[row]) {
            throw new errors/* ConfigurationError */.j(`label of id '${baseline.ids[row]}' differs: '${baseline.labels[row]}' in ${baseline.source}, '${candidateLabels[row]}' in ${candidateSource}`);
        }
    }
    return baseline.labels;
}
function outputsOf(set) {
    return {
        ...(set.predictions ? { predictions: set.predictions } : {}),
        ...(set.scores ? { scores: set.scores } : {}),
        ...(set.classScores ? { classScores: set.classScores } : {})
    };
}
function reorder(set, order) {
    const predictions = set.predictions && order.map((row) => set.predictions?.[row] ?? '');
    const scores = set.scores && Float64Array.from(order, (row) => set.scores?.[row] ?? NaN);
    let classScores;
    if (set.classScores) {
        const width = set.classScores.classes.length;
        const values = new Float64Array(order.length * width);
        order.forEach((row, i) => {
            values.set(set.classScores?.values.subarray(row * width, (row + 1) * width) ?? [], i * width);
        });
        classScores = { classes: set.classScores.classes, values };
    }
    return {
        ...(predictions ? { predictions } : {}),
        ...(scores ? { scores } : {}),
        ...(classScores ? { classScores } : {})
    };
}

;// CONCATENATED MODULE: ./packages/core/src/stats/random.ts
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
class random_SeededRandom {
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
        const random = new random_SeededRandom(0);
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

;// CONCATENATED MODULE: ./packages/core/src/stats/midranks.ts
/**
 * Midranks (1-based; tied values share the mean of the ranks they span), O(n log n).
 * Ties must share ranks for the Mann–Whitney form of the AUC to count a tie as one half.
 */
function midranks(values) {
    const size = values.length;
    const order = new Uint32Array(size);
    for (let i = 0; i < size; i++)
        order[i] = i;
    order.sort((left, right) => {
        const a = values[left] ?? 0;
        const b = values[right] ?? 0;
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const ranks = new Float64Array(size);
    let start = 0;
    while (start < size) {
        const value = values[order[start] ?? 0] ?? 0;
        let end = start + 1;
        while (end < size && (values[order[end] ?? 0] ?? 0) === value)
            end += 1;
        const rank = (start + end + 1) / 2;
        for (let i = start; i < end; i++)
            ranks[order[i] ?? 0] = rank;
        start = end;
    }
    return ranks;
}

// EXTERNAL MODULE: ./packages/core/src/stats/normal.ts
var normal = __webpack_require__(33342);
;// CONCATENATED MODULE: ./packages/core/src/stats/delong.ts


function delongTest(isPositive, baselineScores, candidateScores, options = {}) {
    const level = options.level ?? 0.95;
    if (!(level > 0 && level < 1))
        throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
    const size = isPositive.length;
    if (baselineScores.length !== size || candidateScores.length !== size) {
        throw new RangeError(`DeLong inputs differ in length: labels ${size}, baseline ${baselineScores.length}, candidate ${candidateScores.length}`);
    }
    const positiveIndices = [];
    const negativeIndices = [];
    for (let i = 0; i < size; i++) {
        if (isPositive[i])
            positiveIndices.push(i);
        else
            negativeIndices.push(i);
    }
    const m = positiveIndices.length;
    const n = negativeIndices.length;
    if (m < 2 || n < 2) {
        throw new RangeError(`DeLong's test needs at least 2 positive and 2 negative samples, got ${m} and ${n}`);
    }
    const baseline = structuralComponents(baselineScores, positiveIndices, negativeIndices);
    const candidate = structuralComponents(candidateScores, positiveIndices, negativeIndices);
    const varianceBaseline = covariance(baseline.positive, baseline.positive) / m +
        covariance(baseline.negative, baseline.negative) / n;
    const varianceCandidate = covariance(candidate.positive, candidate.positive) / m +
        covariance(candidate.negative, candidate.negative) / n;
    const between = covariance(baseline.positive, candidate.positive) / m +
        covariance(baseline.negative, candidate.negative) / n;
    const delta = candidate.auc - baseline.auc;
    const variance = Math.max(varianceBaseline + varianceCandidate - 2 * between, 0);
    const standardError = Math.sqrt(variance);
    const statistic = standardError > 0 ? delta / standardError : delta === 0 ? 0 : Math.sign(delta) * Infinity;
    const margin = (0,normal/* normalQuantile */.Zl)(1 - (1 - level) / 2) * standardError;
    return {
        method: 'delong',
        baselineAuc: baseline.auc,
        candidateAuc: candidate.auc,
        delta,
        variance,
        standardError,
        statistic,
        pValue: standardError > 0 ? (0,normal/* normalTwoSidedPValue */.OA)(statistic) : delta === 0 ? 1 : 0,
        low: delta - margin,
        high: delta + margin,
        level,
        positives: m,
        negatives: n,
        covariance: { baseline: varianceBaseline, candidate: varianceCandidate, between }
    };
}
function structuralComponents(scores, positiveIndices, negativeIndices) {
    const m = positiveIndices.length;
    const n = negativeIndices.length;
    const positiveScores = Float64Array.from(positiveIndices, (i) => finiteScore(scores, i));
    const negativeScores = Float64Array.from(negativeIndices, (i) => finiteScore(scores, i));
    const combined = new Float64Array(m + n);
    combined.set(positiveScores, 0);
    combined.set(negativeScores, m);
    const rankAll = midranks(combined);
    const rankPositive = midranks(positiveScores);
    const rankNegative = midranks(negativeScores);
    const positive = new Float64Array(m);
    const negative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < m; i++) {
        const component = ((rankAll[i] ?? 0) - (rankPositive[i] ?? 0)) / n;
        positive[i] = component;
        sum += component;
    }
    for (let j = 0; j < n; j++) {
        negative[j] = 1 - ((rankAll[m + j] ?? 0) - (rankNegative[j] ?? 0)) / m;
    }
    return { auc: sum / m, positive, negative };
}
function finiteScore(scores, index) {
    const score = scores[index] ?? NaN;
    if (Number.isNaN(score))
        throw new RangeError(`score of sample ${index} is NaN`);
    return score;
}
function covariance(left, right) {
    const size = left.length;
    let leftMean = 0;
    let rightMean = 0;
    for (let i = 0; i < size; i++) {
        leftMean += left[i] ?? 0;
        rightMean += right[i] ?? 0;
    }
    leftMean /= size;
    rightMean /= size;
    let sum = 0;
    for (let i = 0; i < size; i++)
        sum += ((left[i] ?? 0) - leftMean) * ((right[i] ?? 0) - rightMean);
    return sum / (size - 1);
}

// EXTERNAL MODULE: ./packages/core/src/stats/incomplete-beta.ts
var incomplete_beta = __webpack_require__(40716);
;// CONCATENATED MODULE: ./packages/core/src/stats/mcnemar.ts


/**
 * McNemar's test of paired accuracy: do the two models err on different samples more often in one
 * direction than chance allows? Only the discordant samples matter (b = only the baseline right,
 * c = only the candidate right); under H0 each is a fair coin flip.
 *
 * - exact (b + c < 25 under 'auto'): two-sided binomial test, p = min(1, 2·P(X ≤ min(b, c))) with
 *   X ~ Binomial(b + c, ½); the statistic reported is min(b, c), as statsmodels does.
 * - chi-square: (|b − c| − 1)² / (b + c) with Edwards' continuity correction, p from χ²(1).
 *
 * The switch at 25 discordant pairs is the usual rule (e.g. statsmodels' documentation and
 * Fagerland et al. 2013, who show the corrected chi-square is conservative but adequate beyond it).
 * statsmodels.stats.contingency_tables.mcnemar gives the same numbers with exact=True / exact=False.
 */
const MCNEMAR_EXACT_BELOW = 25;
function mcnemarTest(pairs, options = {}) {
    const b = pairs.baselineOnlyCorrect;
    const c = pairs.candidateOnlyCorrect;
    if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
        throw new RangeError(`McNemar counts must be non-negative integers, got ${b} and ${c}`);
    }
    const discordant = b + c;
    const method = options.method ?? 'auto';
    const exact = method === 'exact' || (method === 'auto' && discordant < MCNEMAR_EXACT_BELOW);
    const delta = options.samples !== undefined && options.samples > 0 ? (c - b) / options.samples : undefined;
    const common = {
        baselineOnlyCorrect: b,
        candidateOnlyCorrect: c,
        ...(delta === undefined ? {} : { delta })
    };
    if (exact) {
        const smaller = Math.min(b, c);
        return {
            method: 'mcnemar-exact',
            statistic: smaller,
            pValue: Math.min(1, 2 * binomialHalfCdf(smaller, discordant)),
            ...common
        };
    }
    // Not clamped at b = c, matching R's mcnemar.test and statsmodels.
    const excess = Math.abs(b - c) - 1;
    const statistic = discordant > 0 ? (excess * excess) / discordant : 0;
    return {
        method: 'mcnemar-chi-square',
        statistic,
        // χ²(1) survival: P(Z² ≥ s) = erfc(√(s/2))
        pValue: (0,normal/* erfc */.Lr)(Math.sqrt(statistic / 2)),
        ...common
    };
}
/** P(X ≤ k) for X ~ Binomial(n, ½), via P(X ≤ k) = I_{1/2}(n − k, k + 1). */
function binomialHalfCdf(k, n) {
    if (k >= n)
        return 1;
    return (0,incomplete_beta/* regularizedIncompleteBeta */.Vt)(0.5, n - k, k + 1);
}

;// CONCATENATED MODULE: ./packages/core/src/stats/bootstrap-interval.ts

/** `sorted` must be ascending. */
function quantileOfSorted(sorted, probability) {
    const last = sorted.length - 1;
    if (last < 0)
        return NaN;
    const position = Math.min(Math.max(probability, 0), 1) * last;
    const below = Math.floor(position);
    const lower = sorted[below] ?? NaN;
    if (below >= last)
        return lower;
    const upper = sorted[below + 1] ?? NaN;
    const fraction = position - below;
    return fraction === 0 ? lower : lower + fraction * (upper - lower);
}
function percentileInterval(sorted, level) {
    const alpha = 1 - level;
    return {
        low: quantileOfSorted(sorted, alpha / 2),
        high: quantileOfSorted(sorted, 1 - alpha / 2),
        interval: 'percentile'
    };
}
function bcaInterval(sorted, estimate, jackknife, level) {
    const bias = biasCorrection(sorted, estimate);
    if (!Number.isFinite(bias))
        return percentileInterval(sorted, level);
    const acceleration = jackknifeAcceleration(jackknife);
    const alpha = 1 - level;
    const adjusted = (tailProbability) => {
        const z = (0,normal/* normalQuantile */.Zl)(tailProbability);
        const shifted = bias + z;
        return (0,normal/* normalCdf */.vr)(bias + shifted / (1 - acceleration * shifted));
    };
    return {
        low: quantileOfSorted(sorted, adjusted(alpha / 2)),
        high: quantileOfSorted(sorted, adjusted(1 - alpha / 2)),
        interval: 'bca'
    };
}
function biasCorrection(sorted, estimate) {
    let below = 0;
    let ties = 0;
    for (let i = 0; i < sorted.length; i++) {
        const value = sorted[i] ?? NaN;
        if (value < estimate)
            below += 1;
        else if (value === estimate)
            ties += 1;
        else
            break;
    }
    return (0,normal/* normalQuantile */.Zl)((below + ties / 2) / sorted.length);
}
function jackknifeAcceleration(jackknife) {
    const { values, weights } = jackknife;
    let totalWeight = 0;
    let weightedSum = 0;
    for (let i = 0; i < values.length; i++) {
        const weight = weights[i] ?? 0;
        totalWeight += weight;
        weightedSum += weight * (values[i] ?? 0);
    }
    const mean = weightedSum / totalWeight;
    let squares = 0;
    let cubes = 0;
    for (let i = 0; i < values.length; i++) {
        const weight = weights[i] ?? 0;
        const deviation = mean - (values[i] ?? 0);
        squares += weight * deviation * deviation;
        cubes += weight * deviation * deviation * deviation;
    }
    return squares > 0 ? cubes / (6 * Math.pow(squares, 1.5)) : 0;
}

// EXTERNAL MODULE: ./packages/core/src/stats/log-gamma.ts
var log_gamma = __webpack_require__(99439);
;// CONCATENATED MODULE: ./packages/core/src/stats/binomial-sampler.ts

/**
 * Exact binomial variates, O(1) expected time for any n.
 *
 * - n·min(p, 1−p) < 10: inversion by sequential search from k = 0 (expected n·p + 1 steps).
 * - otherwise: BTRS, transformed rejection with squeeze (W. Hörmann, "The generation of binomial
 *   random variates", J. Statist. Comput. Simul. 46, 1993). A hat built from a transformed
 *   uniform covers the pmf; about 86 % of proposals are accepted by the squeeze without evaluating
 *   the pmf, and the rest are accepted or rejected against the exact log-pmf ratio
 *   ln(f(k)/f(m)) = ln m! + ln (n−m)! − ln k! − ln (n−k)! + (k−m) ln(p/q).
 *
 * Both are exact in distribution; the only departure is floating-point rounding. The log-factorials
 * (Stirling series, see log-gamma.ts) carry an absolute error of a few ulps of ln n!, so at
 * n = 10^7 the acceptance probability is off by ≲ 1e-8 relative, far below anything a simulation
 * of realistic length can detect.
 */
const INVERSION_LIMIT = 10;
function sampleBinomial(random, trials, probability) {
    if (trials <= 0 || probability <= 0)
        return 0;
    if (probability >= 1)
        return trials;
    if (probability > 0.5)
        return trials - sampleBinomial(random, trials, 1 - probability);
    if (trials * probability < INVERSION_LIMIT)
        return inversion(random, trials, probability);
    return transformedRejection(random, trials, probability);
}
function inversion(random, trials, probability) {
    const odds = probability / (1 - probability);
    let mass = Math.exp(trials * Math.log1p(-probability));
    let remaining = random.nextDouble();
    let k = 0;
    while (remaining >= mass && k < trials) {
        remaining -= mass;
        k += 1;
        mass *= (odds * (trials - k + 1)) / k;
        // Round-off can leave a sliver of `remaining` after the mass has become negligible.
        if (mass < 1e-300)
            break;
    }
    return k;
}
function transformedRejection(random, trials, probability) {
    const q = 1 - probability;
    const spread = Math.sqrt(trials * probability * q);
    const b = 1.15 + 2.53 * spread;
    const a = -0.0873 + 0.0248 * b + 0.01 * probability;
    const c = trials * probability + 0.5;
    const squeezeLimit = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spread;
    const logOdds = Math.log(probability / q);
    const mode = Math.floor((trials + 1) * probability);
    const logModeMass = (0,log_gamma/* logFactorial */.kV)(mode) + (0,log_gamma/* logFactorial */.kV)(trials - mode);
    for (;;) {
        const u = random.nextDouble() - 0.5;
        const v = random.nextDouble();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > trials)
            continue;
        if (us >= 0.07 && v <= squeezeLimit)
            return k;
        const logHatRatio = Math.log((v * alpha) / (a / (us * us) + b));
        const logMassRatio = logModeMass - (0,log_gamma/* logFactorial */.kV)(k) - (0,log_gamma/* logFactorial */.kV)(trials - k) + (k - mode) * logOdds;
        if (logHatRatio <= logMassRatio)
            return k;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/stats/multinomial-sampler.ts

/**
 * Multinomial(n, p) by conditional binomials: cell i receives Binomial(n_left, p_i / p_left).
 * Exact, and O(cells) per draw whatever n is, because each binomial draw is O(1).
 * Writes the counts into `counts` (length ≥ probabilities.length) to avoid allocation in loops.
 */
function sampleMultinomial(random, trials, probabilities, counts) {
    let trialsLeft = trials;
    let massLeft = 1;
    const last = probabilities.length - 1;
    for (let cell = 0; cell < last; cell++) {
        const probability = probabilities[cell] ?? 0;
        if (trialsLeft === 0 || probability <= 0) {
            counts[cell] = 0;
        }
        else {
            const conditional = massLeft > probability ? probability / massLeft : 1;
            const drawn = sampleBinomial(random, trialsLeft, conditional);
            counts[cell] = drawn;
            trialsLeft -= drawn;
        }
        massLeft -= probability;
    }
    if (last >= 0)
        counts[last] = trialsLeft;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/paired-bootstrap.ts





/**
 * Paired bootstrap of the difference candidate − baseline of one metric, both models scored on
 * the same samples, so the pairing (and the correlation it carries) survives every resample.
 *
 * For count-based metrics, drawing n samples with replacement from n observations yields cell
 * counts distributed exactly Multinomial(n, observed cell shares). Drawing those counts directly
 * (`bootstrapCountMetricDelta`) is the same bootstrap at O(cells) per resample instead of O(n).
 * `bootstrapCountMetricDeltaBySample` is the textbook O(n) version, kept as the reference the
 * tests and benchmarks compare against.
 */
const DEFAULT_RESAMPLES = 10_000;
const DEFAULT_LEVEL = 0.95;
function settingsOf(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const level = options.level ?? DEFAULT_LEVEL;
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`bootstrap resamples must be a positive integer, got ${resamples}`);
    }
    if (!(level > 0 && level < 1)) {
        throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
    }
    return {
        resamples,
        level,
        seed: options.seed ?? DEFAULT_SEED,
        interval: options.interval ?? 'percentile',
        keepDistribution: options.keepDistribution ?? false
    };
}
function bootstrapCountMetricDelta(contingency, metric, options = {}) {
    const settings = settingsOf(options);
    const total = contingency.total;
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const reduced = count_metrics_reduceForMetric(contingency, metric, options);
    const probabilities = reduced.counts.map((count) => count / total);
    const observed = reduced.evaluate(reduced.counts);
    const random = new random_SeededRandom(settings.seed);
    const counts = new Float64Array(reduced.counts.length);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        sampleMultinomial(random, total, probabilities, counts);
        const pair = reduced.evaluate(counts);
        deltas[r] = pair.candidate - pair.baseline;
    }
    const jackknife = () => {
        const values = new Float64Array(reduced.counts.length);
        const leaveOneOut = Float64Array.from(reduced.counts);
        for (let cell = 0; cell < values.length; cell++) {
            if ((reduced.counts[cell] ?? 0) === 0)
                continue;
            leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) - 1;
            const pair = reduced.evaluate(leaveOneOut);
            values[cell] = pair.candidate - pair.baseline;
            leaveOneOut[cell] = (leaveOneOut[cell] ?? 0) + 1;
        }
        return { values, weights: reduced.counts };
    };
    return summarise('paired-bootstrap-multinomial', metric, observed, observed.candidate - observed.baseline, deltas, settings, total, jackknife);
}
/** The O(n)-per-resample bootstrap of the same statistic: draw samples, then count cells. */
function bootstrapCountMetricDeltaBySample(classes, truth, baseline, candidate, metric, options = {}) {
    const settings = settingsOf(options);
    const contingency = contingencyFromClassIndices(classes, truth, baseline, candidate);
    const total = contingency.total;
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const reduced = reduceForMetric(contingency, metric, options);
    const originalCells = cellOfEachSample(contingency, truth, baseline, candidate);
    const reducedCellOfSample = originalCells.map((cell) => reduced.cellOfOriginal[cell] ?? 0);
    const observed = reduced.evaluate(reduced.counts);
    const random = new SeededRandom(settings.seed);
    const counts = new Float64Array(reduced.counts.length);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        counts.fill(0);
        for (let draw = 0; draw < total; draw++) {
            const cell = reducedCellOfSample[random.nextInt(total)] ?? 0;
            counts[cell] = (counts[cell] ?? 0) + 1;
        }
        const pair = reduced.evaluate(counts);
        deltas[r] = pair.candidate - pair.baseline;
    }
    const jackknife = () => {
        throw new RangeError('the per-sample reference bootstrap computes percentile intervals only');
    };
    return summarise('paired-bootstrap', metric, observed, observed.candidate - observed.baseline, deltas, settings, total, jackknife);
}
/**
 * Paired bootstrap of the mean of a per-sample quantity (loss, squared error, latency): the delta
 * is mean(candidateᵢ − baselineᵢ). Generic, so O(n) per resample.
 */
function bootstrapMeanDelta(baselineValues, candidateValues, options = {}) {
    const settings = settingsOf(options);
    const total = baselineValues.length;
    if (candidateValues.length !== total) {
        throw new RangeError(`paired values differ in length: baseline ${total}, candidate ${candidateValues.length}`);
    }
    if (total < 1)
        throw new RangeError('bootstrap needs at least one paired sample');
    const differences = new Float64Array(total);
    let baselineSum = 0;
    let candidateSum = 0;
    let differenceSum = 0;
    for (let i = 0; i < total; i++) {
        const b = baselineValues[i] ?? NaN;
        const c = candidateValues[i] ?? NaN;
        if (!Number.isFinite(b) || !Number.isFinite(c)) {
            throw new RangeError(`per-sample value ${i} is not a finite number`);
        }
        baselineSum += b;
        candidateSum += c;
        differences[i] = c - b;
        differenceSum += c - b;
    }
    const observed = { baseline: baselineSum / total, candidate: candidateSum / total };
    const random = new SeededRandom(settings.seed);
    const deltas = new Float64Array(settings.resamples);
    for (let r = 0; r < settings.resamples; r++) {
        let sum = 0;
        for (let draw = 0; draw < total; draw++)
            sum += differences[random.nextInt(total)] ?? 0;
        deltas[r] = sum / total;
    }
    const jackknife = () => ({
        values: differences.map((difference) => (differenceSum - difference) / (total - 1)),
        weights: new Float64Array(total).fill(1)
    });
    const delta = differenceSum / total;
    return summarise('paired-bootstrap', 'mean', observed, delta, deltas, settings, total, jackknife);
}
function summarise(method, statistic, observed, delta, deltas, settings, samples, jackknife) {
    deltas.sort();
    const interval = settings.interval === 'bca' && samples > 1
        ? bcaInterval(deltas, delta, jackknife(), settings.level)
        : percentileInterval(deltas, settings.level);
    return {
        method,
        statistic,
        baseline: observed.baseline,
        candidate: observed.candidate,
        delta,
        low: interval.low,
        high: interval.high,
        level: settings.level,
        interval: interval.interval,
        resamples: settings.resamples,
        standardError: standardDeviation(deltas),
        seed: settings.seed,
        samples,
        ...(settings.keepDistribution ? { distribution: deltas } : {})
    };
}
function standardDeviation(values) {
    if (values.length < 2)
        return 0;
    let mean = 0;
    for (let i = 0; i < values.length; i++)
        mean += values[i] ?? 0;
    mean /= values.length;
    let squares = 0;
    for (let i = 0; i < values.length; i++) {
        const deviation = (values[i] ?? 0) - mean;
        squares += deviation * deviation;
    }
    return Math.sqrt(squares / (values.length - 1));
}

;// CONCATENATED MODULE: ./packages/core/src/stats/paired-contingency.ts
/** Build from class indices (fast path for large arrays, e.g. decoded .npy files). */
function paired_contingency_contingencyFromClassIndices(classes, truth, baseline, candidate) {
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
    return paired_contingency_contingencyFromClassIndices(classes, truthIndices, baselineIndices, candidateIndices);
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
function paired_contingency_cellOfEachSample(contingency, truth, baseline, candidate) {
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

;// CONCATENATED MODULE: ./packages/core/src/stats/prediction-statistics.ts







function statisticsFromPredictions(aligned, requests, options = {}) {
    const results = new Map();
    for (const request of requests) {
        results.set(request.metric, request.statistic === 'roc-auc'
            ? aucStatistic(aligned, request, options)
            : countStatistic(aligned, request, request.statistic, options));
    }
    return results;
}
function requireLabels(aligned, metric) {
    if (aligned.labels === undefined) {
        throw new errors/* ConfigurationError */.j(`statistics for '${metric}' need true labels, but neither ${aligned.sources.baseline} nor ${aligned.sources.candidate} has a label column`);
    }
    return aligned.labels;
}
function countStatistic(aligned, request, metric, options) {
    const labels = requireLabels(aligned, request.metric);
    const predictionsOf = (outputs, source) => {
        if (outputs.predictions === undefined) {
            throw new errors/* ConfigurationError */.j(`statistics for '${request.metric}' need predicted classes, but ${source} has no prediction or score_<class> column`);
        }
        return outputs.predictions;
    };
    const contingency = contingencyFromLabels(labels, predictionsOf(aligned.baseline, aligned.sources.baseline), predictionsOf(aligned.candidate, aligned.sources.candidate));
    const positive = {
        ...(request.positiveClass === undefined ? {} : { positiveClass: request.positiveClass })
    };
    const bootstrap = bootstrapCountMetricDelta(contingency, metric, { ...options, ...positive });
    const base = {
        statistic: metric,
        baseline: bootstrap.baseline,
        candidate: bootstrap.candidate,
        delta: bootstrap.delta,
        low: bootstrap.low,
        high: bootstrap.high,
        level: bootstrap.level,
        samples: contingency.total
    };
    if (metric !== 'accuracy' && metric !== 'error-rate')
        return { method: bootstrap.method, ...base };
    const cells = count_metrics_reduceForMetric(contingency, 'accuracy').counts;
    const mcnemar = mcnemarTest({ baselineOnlyCorrect: cells[1] ?? 0, candidateOnlyCorrect: cells[2] ?? 0 }, { ...(options.mcnemar ? { method: options.mcnemar } : {}), samples: contingency.total });
    return { method: `${bootstrap.method} + ${mcnemar.method}`, pValue: mcnemar.pValue, ...base };
}
function aucStatistic(aligned, request, options) {
    const labels = requireLabels(aligned, request.metric);
    const classes = [...new Set(labels)];
    const positive = choosePositiveClass(classes, request.positiveClass);
    const scoresOf = (outputs, source) => {
        if (outputs.scores !== undefined)
            return outputs.scores;
        const classScores = outputs.classScores;
        const column = classScores?.classes.indexOf(positive) ?? -1;
        if (classScores !== undefined && column >= 0) {
            const width = classScores.classes.length;
            return Float64Array.from({ length: labels.length }, (_, i) => classScores.values[i * width + column] ?? NaN);
        }
        throw new errors/* ConfigurationError */.j(`ROC AUC statistics for '${request.metric}' need a score (or score_${positive}) column in ${source}`);
    };
    const result = delongTest(labels.map((label) => label === positive), scoresOf(aligned.baseline, aligned.sources.baseline), scoresOf(aligned.candidate, aligned.sources.candidate), { ...(options.level === undefined ? {} : { level: options.level }) });
    return {
        method: result.method,
        statistic: 'roc-auc',
        baseline: result.baselineAuc,
        candidate: result.candidateAuc,
        delta: result.delta,
        low: result.low,
        high: result.high,
        level: result.level,
        pValue: result.pValue,
        samples: labels.length
    };
}

;// CONCATENATED MODULE: ./actions/compare-metrics/src/prediction-evidence.ts





const STATISTICS = [...COUNT_METRICS, 'roc-auc'];
// Reported values are often rounded (4 decimals); more than this apart, they are not the same model run.
const MISMATCH_TOLERANCE = 0.005;
async function predictionEvidence(request) {
    const read = async (path, input) => {
        const absolute = (0,external_node_path_.resolve)(request.cwd, path);
        const bytes = await (0,promises_.readFile)(absolute).catch((error) => {
            throw new errors/* ConfigurationError */.j(`${input} "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, input);
        });
        return readPredictions(new Uint8Array(bytes), path);
    };
    const aligned = alignPredictions(await read(request.baselinePath, 'baseline-predictions'), await read(request.candidatePath, 'candidate-predictions'));
    const options = {
        seed: request.seed ?? DEFAULT_SEED,
        resamples: request.resamples,
        level: request.level
    };
    let statistics;
    const skipped = [];
    if (request.explicit.length > 0) {
        statistics = statisticsFromPredictions(aligned, parseStatisticRequests(request.explicit, request.positiveClass), options);
    }
    else {
        // Inferred tests the files cannot support (no scores for AUC, no labels) are left out, not errors.
        statistics = new Map();
        const inferred = inferStatisticRequests(request.candidate, classCount(aligned), request.positiveClass);
        for (const one of inferred) {
            try {
                for (const [metric, result] of statisticsFromPredictions(aligned, [one], options))
                    statistics.set(metric, result);
            }
            catch (error) {
                if (!(error instanceof errors/* ConfigurationError */.j))
                    throw error;
                skipped.push(`${one.metric}: ${error.message}`);
            }
        }
    }
    const mismatches = [];
    for (const [metric, result] of statistics) {
        const reported = request.candidate.metrics[metric];
        if (reported !== undefined && Math.abs(reported - result.candidate) > MISMATCH_TOLERANCE)
            mismatches.push(metric);
    }
    return { statistics, samples: aligned.ids.length, mismatches, skipped };
}
function parseStatisticRequests(entries, positiveClass) {
    return entries.map((entry) => {
        const at = entry.lastIndexOf('=');
        const metric = entry.slice(0, at).trim();
        const statistic = entry.slice(at + 1).trim();
        if (at <= 0 || !STATISTICS.includes(statistic)) {
            throw new errors/* ConfigurationError */.j(`statistics: "${entry}" should be metric=statistic with statistic one of ${STATISTICS.join(', ')}`, 'statistics');
        }
        return {
            metric,
            statistic: statistic,
            ...(positiveClass ? { positiveClass } : {})
        };
    });
}
function inferStatisticRequests(candidate, classes, positiveClass) {
    const requests = [];
    for (const metric of Object.keys(candidate.metrics)) {
        const statistic = statisticForName(metric, classes);
        if (statistic)
            requests.push({ metric, statistic, ...(positiveClass ? { positiveClass } : {}) });
    }
    return requests;
}
function statisticForName(name, classes) {
    const words = (0,direction/* nameWords */.Lo)(name);
    const last = words.at(-1) ?? '';
    const previous = words.at(-2) ?? '';
    if (words.some((word) => word === 'weighted' || word === 'micro' || word === 'top'))
        return undefined;
    if (last === 'auc' || last === 'auroc')
        return 'roc-auc';
    if (last === 'accuracy' || last === 'acc')
        return 'accuracy';
    if (last === 'rate' && previous === 'error')
        return 'error-rate';
    const macro = words.includes('macro') || classes > 2;
    if (last === 'f1' || (last === 'score' && previous === 'f1'))
        return macro ? 'macro-f1' : 'f1';
    if (last === 'precision')
        return macro ? 'macro-precision' : 'precision';
    if (last === 'recall')
        return macro ? 'macro-recall' : 'recall';
    return undefined;
}
function classCount(aligned) {
    const classes = new Set(aligned.labels ?? []);
    for (const prediction of aligned.candidate.predictions ?? [])
        classes.add(prediction);
    return classes.size;
}


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


/***/ })

};
;