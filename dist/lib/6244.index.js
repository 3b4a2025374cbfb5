"use strict";
exports.id = 6244;
exports.ids = [6244];
exports.modules = {

/***/ 31923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readNpyHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
/** `source` names the file in error messages. */
function readNpyHeader(bytes, source) {
    if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not a .npy file (no \\x93NUMPY magic).`);
    }
    const major = bytes[6] ?? 0;
    if (major < 1 || major > 3) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: .npy format version ${major} is not supported (1, 2 and 3 are).`);
    }
    const headerStart = major === 1 ? 10 : 12;
    if (bytes.length < headerStart)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: truncated .npy header.`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    const dataStart = headerStart + headerLength;
    if (dataStart > bytes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: truncated .npy header.`);
    const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(headerStart, dataStart));
    const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: cannot read the .npy header ${JSON.stringify(header.trim())} (it lacks descr, fortran_order or shape; structured dtypes are not supported).`);
    }
    const shape = shapeText
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => Number(part.replace(/L$/, '')));
    if (shape.some((size) => !Number.isSafeInteger(size) || size < 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: invalid shape (${shapeText}) in the .npy header.`);
    }
    return {
        descr,
        byteOrder: descr.charAt(0),
        typeCode: descr.slice(1),
        fortranOrder: fortran === 'True',
        shape,
        dataStart
    };
}


/***/ }),

/***/ 61053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ canonicalClassName)
/* harmony export */ });
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


/***/ }),

/***/ 46244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R_: () => (/* binding */ readPredictions)
});

// UNUSED EXPORTS: predictionsFormatOf, predictionsFromNpyFiles

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
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

// EXTERNAL MODULE: ./packages/core/src/archive/npy-header.ts
var npy_header = __webpack_require__(31923);
;// CONCATENATED MODULE: ./packages/core/src/stats/npy.ts


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
    const { descr, byteOrder, typeCode, fortranOrder, shape, dataStart } = (0,npy_header/* readNpyHeader */.n)(bytes, source);
    const kind = DTYPES[typeCode];
    if (kind === undefined || !['<', '|', '='].includes(byteOrder)) {
        return fail(byteOrder === '>'
            ? `big-endian data ('${descr}') is not supported; save with arr.astype(arr.dtype.newbyteorder('<'))`
            : `dtype '${descr}' is not supported (bool, integers, float32, float64)`);
    }
    if (shape.length < 1 || shape.length > 2) {
        return fail(`shape (${shape.join(', ')}) is not 1-D or 2-D`);
    }
    if (fortranOrder && shape.length === 2 && (shape[0] ?? 0) > 1 && (shape[1] ?? 0) > 1) {
        fail('Fortran-ordered 2-D arrays are not supported; save with np.ascontiguousarray(arr)');
    }
    const count = shape.reduce((product, size) => product * size, 1);
    const needed = count * kind.size;
    if (bytes.length - dataStart < needed) {
        fail(`data is truncated: shape (${shape.join(', ')}) needs ${needed} bytes, found ${bytes.length - dataStart}`);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return {
        dtype: kind.dtype,
        shape: [...shape],
        data: decode(view, dataStart, count, kind.dtype, fail)
    };
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

// EXTERNAL MODULE: ./packages/core/src/stats/prediction-set.ts
var prediction_set = __webpack_require__(61053);
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
        return Array.from(loaded.array.data, (value) => (0,prediction_set/* canonicalClassName */.m)(value));
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
            classColumns.push({ index, name: (0,prediction_set/* canonicalClassName */.m)(name.slice('score_'.length)) });
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
    return (0,prediction_set/* canonicalClassName */.m)(text);
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
                : (0,prediction_set/* canonicalClassName */.m)(value);
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
                    classScores.set((0,prediction_set/* canonicalClassName */.m)(name), builder.number(score, where, `scores.${name}`));
                }
            }
            else {
                throw new errors/* ConfigurationError */.j(`${source}:${where}: scores must be an array or an object`);
            }
        }
        else if (lowered.startsWith('score_')) {
            classScores.set((0,prediction_set/* canonicalClassName */.m)(key.slice('score_'.length)), builder.number(value, where, key));
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


/***/ })

};
;