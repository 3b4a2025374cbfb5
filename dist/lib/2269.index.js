"use strict";
exports.id = 2269;
exports.ids = [2269];
exports.modules = {

/***/ 92269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ readMetrics)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/metrics/document-builder.ts + 1 modules
var document_builder = __webpack_require__(52887);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
// EXTERNAL MODULE: ./packages/core/src/metrics/metrics-document.ts + 9 modules
var metrics_document = __webpack_require__(98952);
;// CONCATENATED MODULE: ./packages/core/src/metrics/merge-documents.ts




/**
 * Merges documents read from several files into one. Names are kept as they are unless the same
 * name appears in more than one document: then every document that has it prefixes it with its
 * file stem and a dot (`evaluation_results.overall.f1`, `eval_results.epoch`), or, when two of
 * those files share a stem, with the path without extension (`runs/a/metrics.accuracy`).
 * Metrics and labels, groups and series are checked separately. Metadata fields take the first
 * document's value that is set.
 */
function mergeMetricsDocuments(documents) {
    const [first] = documents;
    if (first === undefined)
        throw new Error('mergeMetricsDocuments needs at least one document');
    if (documents.length === 1)
        return first;
    const prefixes = sourcePrefixes(documents);
    const metadata = {};
    for (const document of documents) {
        for (const [key, value] of Object.entries(document.metadata)) {
            if (value !== undefined && metadata[key] === undefined)
                metadata[key] = value;
        }
    }
    const formats = documents.flatMap((document) => document.sources.map((_, index) => document.formats?.[index] ?? document.format));
    return {
        sources: documents.flatMap((document) => document.sources),
        format: first.format,
        formats,
        metrics: mergeRecords(documents, prefixes, (document) => document.metrics, keep),
        labels: mergeRecords(documents, prefixes, (document) => document.labels, keep),
        groups: mergeRecords(documents, prefixes, (document) => document.groups, renameTable),
        series: mergeRecords(documents, prefixes, (document) => document.series, renameTable),
        metadata
    };
}
function keep(value) {
    return value;
}
function renameTable(table, name) {
    return { ...table, name };
}
function mergeRecords(documents, prefixes, pick, rename) {
    const owners = new Map();
    for (const document of documents) {
        for (const name of Object.keys(pick(document)))
            owners.set(name, (owners.get(name) ?? 0) + 1);
    }
    const merged = {};
    documents.forEach((document, index) => {
        for (const [name, value] of Object.entries(pick(document))) {
            const finalName = (owners.get(name) ?? 0) > 1 ? `${prefixes[index]}.${name}` : name;
            if (finalName !== name && (owners.has(finalName) || Object.hasOwn(merged, finalName))) {
                throw new errors/* ConfigurationError */.j(`${document.sources.join(', ')}: "${name}" appears in several files and its prefixed ` +
                    `name "${finalName}" is already taken; rename one of them`);
            }
            (0,json_object/* setEntry */.RY)(merged, finalName, finalName === name ? value : rename(value, finalName));
        }
    });
    return merged;
}
function sourcePrefixes(documents) {
    const describe = (document) => document.sources.join('+');
    const stems = documents.map((document) => document.sources.map(metrics_document/* fileStem */.E).join('+'));
    const prefixes = documents.map((document, index) => {
        const stem = stems[index] ?? describe(document);
        if (stems.filter((other) => other === stem).length === 1)
            return stem;
        return document.sources
            .map((source) => external_node_path_.posix.normalize(source.replaceAll('\\', '/')))
            .map((source) => source.slice(0, source.length - external_node_path_.posix.extname(source).length))
            .join('+');
    });
    // The same file given twice still needs two distinct prefixes.
    return prefixes.map((prefix, index) => prefixes.indexOf(prefix) === index ? prefix : `${prefix}#${index + 1}`);
}

// EXTERNAL MODULE: ./packages/core/src/io/path-patterns.ts
var path_patterns = __webpack_require__(89151);
// EXTERNAL MODULE: ./packages/core/src/io/results-file.ts + 4 modules
var results_file = __webpack_require__(20995);
;// CONCATENATED MODULE: ./packages/core/src/io/read-metrics.ts








/**
 * Reads every file the paths and glob patterns name (see `expandPathPatterns`) and merges them
 * into one document (see `mergeMetricsDocuments` for how clashing names are prefixed). A path that
 * is a directory with a `metrics/` folder is read as an MLflow run. `required` is checked on the
 * merged document, so a required metric may come from any of the files.
 */
async function readMetrics(patterns, options) {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const cwd = options.cwd;
    const paths = await (0,path_patterns/* expandPathPatterns */.t)(list, { cwd });
    const { required = [], ...perFile } = options;
    const documents = [];
    for (const matched of paths) {
        const path = (0,external_node_path_.resolve)(cwd, matched);
        if (await isMlflowRun(path)) {
            // MLflow runs are the rarer input: their reader loads with the first one.
            const { readMlflowRun } = await __webpack_require__.e(/* import() */ 5961).then(__webpack_require__.bind(__webpack_require__, 5961));
            documents.push(await readMlflowRun(path, perFile));
            continue;
        }
        const file = await (0,results_file/* readResultsFile */.B)(path, { maxBytes: options.maxBytes, warn: options.warn });
        documents.push((0,metrics_document/* toMetricsDocument */.u)(file, perFile));
    }
    if (documents.length === 0) {
        throw new errors/* ConfigurationError */.j('no metrics files were given');
    }
    const merged = mergeMetricsDocuments(documents);
    (0,document_builder/* requireMetrics */.M)(merged, required, merged.sources.join(', '));
    return merged;
}
async function isMlflowRun(path) {
    const [self, metrics] = await Promise.all([
        (0,promises_.stat)(path).catch(() => undefined),
        (0,promises_.stat)((0,external_node_path_.join)(path, 'metrics')).catch(() => undefined)
    ]);
    return (self?.isDirectory() ?? false) && (metrics?.isDirectory() ?? false);
}


/***/ }),

/***/ 52887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ DocumentBuilder),
  M: () => (/* binding */ requireMetrics)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
;// CONCATENATED MODULE: ./packages/core/src/metrics/metadata.ts
// Names are compared lower-cased with dashes read as underscores.
const ALIASES = {
    model: ['model', 'model_name', 'modelname', 'model_id', 'model.name'],
    version: ['version', 'model_version', 'model.version'],
    gitSha: [
        'git_sha',
        'git_commit',
        'commit',
        'commit_sha',
        'sha',
        'git.sha',
        'git.commit',
        'mlflow.source.git.commit'
    ],
    runId: ['run_id', 'runid', 'run.id'],
    timestamp: ['timestamp', 'created_at', 'date', 'datetime'],
    datasetDigest: [
        'dataset_digest',
        'dataset_hash',
        'data_digest',
        'data_hash',
        'dataset.digest',
        'dataset.hash',
        'dataset.md5',
        'dataset.sha256'
    ]
};
// Metadata is looked for at the top level and in the usual wrapper objects.
const CONTAINERS = ['', 'metadata.', 'meta.', 'info.'];
const FIELD_BY_NAME = new Map(Object.entries(ALIASES).flatMap(([field, aliases]) => CONTAINERS.flatMap((container) => aliases.map((alias) => [container + alias, field]))));
function normalize(name) {
    return name.toLowerCase().replaceAll('-', '_');
}
/** Whether a flattened name holds run metadata; such values are labels even when numeric. */
function isMetadataName(name) {
    return FIELD_BY_NAME.has(normalize(name));
}
/** Picks model, version, git sha, run id, timestamp and dataset digest out of the labels. */
function extractMetadata(labels) {
    const metadata = {};
    for (const [name, value] of Object.entries(labels)) {
        const field = FIELD_BY_NAME.get(normalize(name));
        if (field !== undefined && metadata[field] === undefined)
            metadata[field] = value;
    }
    return metadata;
}

// EXTERNAL MODULE: ./packages/core/src/metrics/metric-names.ts
var metric_names = __webpack_require__(48070);
// EXTERNAL MODULE: ./packages/core/src/metrics/numeric-text.ts
var numeric_text = __webpack_require__(6042);
;// CONCATENATED MODULE: ./packages/core/src/metrics/document-builder.ts






/**
 * Collects the metrics, labels, groups and series of one source, enforcing the rules every shape
 * shares: finite values unless allowed, no two places in the file claiming the same name, numeric
 * strings only when coercion was asked for, and metadata kept out of the metrics.
 */
class DocumentBuilder {
    source;
    options;
    metrics = {};
    metricNames = [];
    metricValues = [];
    labels = {};
    groups = {};
    series = {};
    scalarLocations = new Map();
    tableLocations = new Map();
    constructor(source, options) {
        this.source = source;
        this.options = options;
    }
    /** The number a value stands for, if it is a metric value under the current options. */
    numberOf(value) {
        if (typeof value === 'number')
            return value;
        if (typeof value === 'string' && this.options.coerceNumericStrings) {
            return (0,numeric_text/* parseNumericText */.A)(value);
        }
        return undefined;
    }
    /** Numbers become metrics, text and booleans labels; null carries nothing and is skipped. */
    addScalar(path, value, name = path.name) {
        if (value === null)
            return;
        const number = this.numberOf(value);
        if (number !== undefined && !isMetadataName(name))
            this.addMetric(name, number, path.toString());
        else
            this.addLabel(name, String(value), path.toString());
    }
    addMetric(name, value, location) {
        this.claimScalarName(name, location);
        this.requireFinite(value, location);
        (0,json_object/* setEntry */.RY)(this.metrics, name, value);
        this.metricNames.push(name);
        this.metricValues.push(value);
    }
    addLabel(name, value, location) {
        this.claimScalarName(name, location);
        (0,json_object/* setEntry */.RY)(this.labels, name, value);
    }
    addGroup(name, path, rows) {
        this.claimTableName(name, path.toString());
        const table = {};
        const fieldOrder = [];
        for (const [member, row] of rows) {
            for (const [field, value] of Object.entries(row)) {
                this.requireFinite(value, `${path.key(member).toString()}.${field}`);
                if (!fieldOrder.includes(field))
                    fieldOrder.push(field);
            }
            (0,json_object/* setEntry */.RY)(table, member, row);
        }
        const rowOrder = rows.map(([member]) => member);
        (0,json_object/* setEntry */.RY)(this.groups, name, { name, rows: table, rowOrder, fieldOrder });
    }
    /** Series may hold NaN/Infinity (a diverged step is history); only their scalars are checked. */
    addSeries(name, path, points, index) {
        this.claimTableName(name, path.toString());
        (0,json_object/* setEntry */.RY)(this.series, name, index === undefined ? { name, points } : { name, index, points });
    }
    build(format, extraMetadata = {}) {
        const metadata = { ...extractMetadata(this.labels), ...extraMetadata };
        const document = {
            sources: [this.source],
            format,
            metrics: (0,metric_names/* freezeWithEntries */.u)(this.metrics, this.metricNames, this.metricValues),
            groups: this.groups,
            series: this.series,
            labels: this.labels,
            metadata
        };
        requireMetrics(document, this.options.required ?? [], this.source);
        return document;
    }
    requireFinite(value, location) {
        if (Number.isFinite(value) || this.options.allowNonFinite)
            return;
        throw new errors/* ConfigurationError */.j(`${this.source}: metric ${location} is ${value}; fix the run that wrote it, or allow ` +
            'non-finite values explicitly');
    }
    claimScalarName(name, location) {
        claim(this.scalarLocations, name, location, this.source);
    }
    claimTableName(name, location) {
        claim(this.tableLocations, name, location, this.source);
    }
}
function claim(taken, name, location, source) {
    const previous = taken.get(name);
    if (previous !== undefined) {
        throw new errors/* ConfigurationError */.j(`${source}: ${previous} and ${location} both give the name "${name}"; ` +
            'rename one of the keys (dots in keys read as nesting)');
    }
    taken.set(name, location);
}
/** Throws when a metric named in `required` is missing from the document. */
function requireMetrics(document, required, sourceDescription) {
    const missing = required.filter((name) => !Object.hasOwn(document.metrics, name));
    if (missing.length === 0)
        return;
    const available = Object.keys(document.metrics);
    const shown = available.slice(0, 20).join(', ') + (available.length > 20 ? ', …' : '');
    throw new errors/* ConfigurationError */.j(`${sourceDescription}: required metric${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((name) => JSON.stringify(name)).join(', ')} not found; ` +
        `available: ${shown || '(none)'}`);
}


/***/ }),

/***/ 48070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ metricEntries),
/* harmony export */   u: () => (/* binding */ freezeWithEntries)
/* harmony export */ });
/* harmony import */ var _json_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4013);

const recordedEntries = new WeakMap();
/**
 * Freezes `metrics` and keeps `names` as its names and `values` as their values. The caller vouches
 * that `names` lists every own enumerable key of `metrics` once, in insertion order, and that
 * `values[i]` is `metrics[names[i]]`.
 */
function freezeWithEntries(metrics, names, values) {
    if (values.length !== names.length)
        throw new RangeError(`${names.length} metric names but ${values.length} values`);
    Object.freeze(metrics);
    if (!names.some(_json_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isArrayIndex */ .qL))
        recordedEntries.set(metrics, {
            names: Object.freeze([...names]),
            values: Object.freeze([...values])
        });
    return metrics;
}
/** The names in `Object.keys` order, with their values when they were kept. */
function metricEntries(metrics) {
    return (recordedEntries.get(metrics) ?? {
        names: Object.keys(metrics),
        values: undefined
    });
}


/***/ }),

/***/ 98952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ fileStem),
  u: () => (/* binding */ toMetricsDocument)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/metrics/document-builder.ts + 1 modules
var document_builder = __webpack_require__(52887);
// EXTERNAL MODULE: ./packages/core/src/metrics/key-path.ts
var key_path = __webpack_require__(79990);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
;// CONCATENATED MODULE: ./packages/core/src/metrics/row-fields.ts

/** Splits one table row (a per-class entry, an epoch record) into its numbers and the rest. */
function splitRowFields(builder, row, rowPath, skipKeys = []) {
    const fields = {};
    const rest = [];
    const visit = (value, path, fieldParts) => {
        if ((0,json_object/* isJsonObject */.OW)(value)) {
            for (const key of (0,json_object/* orderedKeys */.ir)(value))
                visit(value[key] ?? null, path.key(key), [...fieldParts, key]);
            return;
        }
        if (Array.isArray(value) && value.length === 1) {
            visit(value[0] ?? null, path.index(0, false), fieldParts);
            return;
        }
        const number = builder.numberOf(value);
        if (number !== undefined) {
            (0,json_object/* setEntry */.RY)(fields, fieldParts.join('.'), number);
        }
        else if (value !== null) {
            rest.push({ path, value });
        }
    };
    for (const key of (0,json_object/* orderedKeys */.ir)(row)) {
        if (!skipKeys.includes(key))
            visit(row[key] ?? null, rowPath.key(key), [key]);
    }
    return { fields, rest };
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/groups.ts


/**
 * Whether an object is a table of members (classes, slices) rather than nested scalars: at least
 * `minMembers` members, each an object, all sharing at least one numeric field.
 */
function looksLikeGroup(builder, value, minMembers = 2) {
    const members = (0,json_object/* orderedKeys */.ir)(value);
    if (members.length < minMembers)
        return false;
    let shared;
    for (const member of members) {
        const row = value[member];
        if (!(0,json_object/* isJsonObject */.OW)(row))
            return false;
        const numericFields = Object.entries(row)
            .filter(([, cell]) => builder.numberOf(cell) !== undefined)
            .map(([field]) => field);
        shared = new Set(shared === undefined ? numericFields : numericFields.filter((field) => shared?.has(field)));
        if (shared.size === 0)
            return false;
    }
    return true;
}
/**
 * Adds an object of members as a group, keeping the members' file order. Non-numeric cells are
 * not dropped: they go to `onRest` (labels such as `per_class.cat.note`).
 */
function addObjectGroup(builder, name, path, value, onRest) {
    const rows = [];
    for (const member of (0,json_object/* orderedKeys */.ir)(value)) {
        const row = value[member];
        const memberPath = path.key(member);
        if (!(0,json_object/* isJsonObject */.OW)(row)) {
            if (row !== undefined)
                onRest(memberPath, row);
            continue;
        }
        const { fields, rest } = splitRowFields(builder, row, memberPath);
        rows.push([member, fields]);
        for (const item of rest)
            onRest(item.path, item.value);
    }
    builder.addGroup(name, path, rows);
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/history.ts



// Counters rather than results: they order a history but are not compared as final values.
const STEP_FIELDS = ['step', 'epoch'];
/**
 * Adds a list of per-step records as a series. When the records are ordered by `step` or `epoch`
 * (a training history), the last recorded value of every other field also becomes a metric named
 * `<prefix>.<field>`: Made-With-ML's `metrics` list gives `metrics.val_loss`, Keras's top-level
 * history gives plain `val_loss`. "Last recorded" means the last record that has the field, so a
 * final summary record without eval fields does not hide the last evaluation.
 * Text inside records (notes, phase names) is not numeric history and is left out.
 */
function addHistory(builder, records, path, options = {}) {
    const points = [];
    const pointPositions = [];
    records.forEach((record, position) => {
        if (!(0,json_object/* isJsonObject */.OW)(record))
            return;
        points.push(splitRowFields(builder, record, path.index(position)).fields);
        pointPositions.push(position);
    });
    const index = options.index ?? detectIndex(points);
    const defaultName = path.isRoot ? (index === undefined ? 'rows' : 'history') : path.name;
    builder.addSeries(options.seriesName ?? defaultName, path, points, index);
    if (index === undefined)
        return;
    const prefix = options.scalarPrefix ?? path.name;
    const last = new Map();
    points.forEach((point, pointNumber) => {
        for (const [field, value] of Object.entries(point)) {
            last.set(field, { value, position: pointPositions[pointNumber] ?? pointNumber });
        }
    });
    const fieldsInFirstSeenOrder = [...new Set(points.flatMap((point) => Object.keys(point)))];
    for (const field of fieldsInFirstSeenOrder) {
        const final = last.get(field);
        if (final === undefined || field === index || isStepField(field))
            continue;
        builder.addMetric((0,key_path/* joinName */.Y)(prefix, field), final.value, `${path.index(final.position).toString()}.${field}`);
    }
}
function isStepField(field) {
    return STEP_FIELDS.includes(field);
}
function detectIndex(points) {
    if (points.length === 0)
        return undefined;
    return STEP_FIELDS.find((field) => points.every((point) => Number.isFinite(point[field] ?? Number.NaN)));
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/tree-interpreter.ts





/**
 * The generic reading of a value tree: nested objects flatten to dotted names, single-item lists
 * are unwrapped (as DVC does), objects of objects sharing numeric fields become groups, lists of
 * records become series (or a group when their first column names the rows), lists of numbers
 * become series of `value`, and text and booleans become labels.
 */
function interpretTree(builder, value, path, context) {
    if (Array.isArray(value))
        interpretList(builder, value, path, context);
    else if ((0,json_object/* isJsonObject */.OW)(value))
        interpretObject(builder, value, path, context);
    else
        builder.addScalar(path.isRoot ? path.key(context.rootName) : path, value);
}
/** Interprets the members of an object, except those the caller has already handled. */
function interpretObject(builder, value, path, context, skip = []) {
    for (const key of (0,json_object/* orderedKeys */.ir)(value)) {
        if (skip.includes(key))
            continue;
        const child = value[key] ?? null;
        const childPath = path.key(key);
        if (context.tables && (0,json_object/* isJsonObject */.OW)(child) && looksLikeGroup(builder, child)) {
            addObjectGroup(builder, childPath.name, childPath, child, (restPath, restValue) => interpretTree(builder, restValue, restPath, context));
        }
        else {
            interpretTree(builder, child, childPath, context);
        }
    }
}
function interpretList(builder, list, path, context) {
    if (list.length === 1) {
        interpretTree(builder, list[0] ?? null, path.index(0, false), context);
        return;
    }
    if (!context.tables || list.length === 0)
        return;
    if (list.every(json_object/* isJsonObject */.OW)) {
        interpretRecordList(builder, list, path, context);
        return;
    }
    const numbers = list.map((item) => builder.numberOf(item));
    if (numbers.every((number) => number !== undefined)) {
        const name = path.isRoot ? 'values' : path.name;
        builder.addSeries(name, path, numbers.map((number) => ({ value: number })));
        return;
    }
    list.forEach((item, position) => interpretTree(builder, item, path.index(position), context));
}
function interpretRecordList(builder, records, path, context) {
    const keyColumn = rowNameColumn(builder, records);
    if (keyColumn === undefined)
        addHistory(builder, records, path);
    else
        interpretNamedRows(builder, records, keyColumn, path, context);
}
/**
 * The column that names the rows of a table such as `class,precision,recall` or `name,value`:
 * the first column, when every row has distinct text there and some other column is numeric.
 */
function rowNameColumn(builder, records) {
    const first = records[0];
    const column = first === undefined ? undefined : (0,json_object/* orderedKeys */.ir)(first)[0];
    if (column === undefined)
        return undefined;
    const names = new Set();
    for (const record of records) {
        const name = record[column];
        if (typeof name !== 'string' || name === '' || names.has(name))
            return undefined;
        if (builder.numberOf(name) !== undefined)
            return undefined;
        names.add(name);
    }
    const hasNumbers = records.some((record) => Object.entries(record).some(([key, cell]) => key !== column && builder.numberOf(cell) !== undefined));
    return hasNumbers ? column : undefined;
}
/**
 * A table whose rows are named by `keyColumn`. With a single value column (`name,value`) each row
 * is one metric named after the row; with several it is a group named after the list (or, at the
 * top level of a CSV, after the key column).
 */
function interpretNamedRows(builder, records, keyColumn, path, context) {
    const valueColumns = [
        ...new Set(records.flatMap((record) => (0,json_object/* orderedKeys */.ir)(record).filter((key) => key !== keyColumn)))
    ];
    const rowName = (record) => String(record[keyColumn]);
    if (valueColumns.length === 1) {
        const [valueColumn] = valueColumns;
        records.forEach((record, position) => {
            const cell = record[valueColumn] ?? null;
            const location = path.index(position).key(valueColumn);
            if ((0,json_object/* isJsonObject */.OW)(cell) || Array.isArray(cell)) {
                interpretTree(builder, cell, location, context);
            }
            else {
                builder.addScalar(location, cell, (0,key_path/* joinName */.Y)(path.name, rowName(record)));
            }
        });
        return;
    }
    const groupName = path.isRoot ? keyColumn : path.name;
    const rows = records.map((record, position) => {
        const rowPath = path.index(position);
        const { fields, rest } = splitRowFields(builder, record, rowPath, [keyColumn]);
        for (const item of rest) {
            const field = item.path.nameParts.slice(rowPath.nameParts.length).join('.');
            if (Array.isArray(item.value) || (0,json_object/* isJsonObject */.OW)(item.value))
                continue;
            builder.addScalar(item.path, item.value, (0,key_path/* joinName */.Y)(groupName, rowName(record), field));
        }
        return [rowName(record), fields];
    });
    builder.addGroup(groupName, path, rows);
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/shape-dvc.ts


/**
 * DVC metrics files, read the way `dvc metrics show` reads them: nested keys joined with dots,
 * single-item lists unwrapped, other lists ignored, no groups or series. Any JSON/YAML/TOML file
 * is a valid DVC metrics file, so this shape is only used when asked for (`format: 'dvc'`).
 */
const dvcMetrics = {
    format: 'dvc',
    matches: () => true,
    interpret(builder, data, context) {
        interpretTree(builder, data, key_path/* KeyPath */.p.root, { ...context, tables: false });
    }
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/shape-hugging-face.ts





// Trainer internals (callback flags and arguments), not results.
const TRAINER_INTERNALS = ['log_history', 'stateful_callbacks'];
/**
 * Hugging Face `trainer_state.json`: top-level numbers (`best_metric`, `global_step`, `epoch`…)
 * become metrics; `log_history` becomes series `log_history` indexed by `step`, and the last
 * logged value of each field a metric such as `log_history.eval_loss`.
 */
const huggingFaceTrainerState = {
    format: 'hf-trainer-state',
    matches: (data) => (0,json_object/* isJsonObject */.OW)(data) &&
        Array.isArray(data['log_history']) &&
        ('global_step' in data || 'best_metric' in data),
    interpret(builder, data, context) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return;
        interpretObject(builder, data, key_path/* KeyPath */.p.root, context, TRAINER_INTERNALS);
        const history = data['log_history'];
        if (Array.isArray(history))
            addHistory(builder, history, key_path/* KeyPath */.p.root.key('log_history'));
    }
};
const RESULTS_FILE_NAME = /^(?:all|eval|train|test|predict)_results\.json$/i;
const TIMING_KEYS = ['eval_runtime', 'eval_samples_per_second', 'eval_steps_per_second'];
/** Hugging Face `eval_results.json` / `all_results.json`: flat `eval_*` numbers, kept as named. */
const huggingFaceEvalResults = {
    format: 'hf-eval-results',
    matches: (data, file) => (0,json_object/* isJsonObject */.OW)(data) &&
        Object.values(data).every((value) => typeof value !== 'object' || value === null) &&
        (RESULTS_FILE_NAME.test((0,external_node_path_.basename)(file.path)) || TIMING_KEYS.some((key) => key in data)),
    interpret(builder, data, context) {
        if ((0,json_object/* isJsonObject */.OW)(data))
            interpretObject(builder, data, key_path/* KeyPath */.p.root, context);
    }
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/shape-keras-history.ts



/**
 * Keras `history.history` saved as JSON: `{loss: [...], val_loss: [...], accuracy: [...]}`, one
 * value per epoch. Becomes series `history` indexed by a 0-based `epoch` (as Keras's CSVLogger
 * counts), and the last epoch's values the metrics `loss`, `val_loss`, … under their own names.
 */
const kerasHistory = {
    format: 'keras-history',
    matches(data) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return false;
        const keys = (0,json_object/* orderedKeys */.ir)(data);
        const lengths = new Set();
        for (const key of keys) {
            const values = data[key];
            if (!Array.isArray(values) || values.length === 0)
                return false;
            if (!values.every((value) => typeof value === 'number'))
                return false;
            lengths.add(values.length);
        }
        return lengths.size === 1 && keys.some((key) => key === 'loss' || key.startsWith('val_'));
    },
    interpret(builder, data) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return;
        const keys = (0,json_object/* orderedKeys */.ir)(data);
        const epochs = Math.max(...keys.map((key) => arrayAt(data, key).length));
        const records = [];
        for (let epoch = 0; epoch < epochs; epoch++) {
            const record = { epoch };
            for (const key of keys)
                (0,json_object/* setEntry */.RY)(record, key, arrayAt(data, key)[epoch] ?? null);
            records.push(record);
        }
        addHistory(builder, records, key_path/* KeyPath */.p.root, {
            seriesName: 'history',
            scalarPrefix: '',
            index: 'epoch'
        });
    }
};
function arrayAt(data, key) {
    const values = data[key];
    return Array.isArray(values) ? values : [];
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/shape-made-with-ml.ts





/**
 * Made-With-ML `results/training_results.json`:
 * `{timestamp, run_id, params: {lr, …}, metrics: [{epoch, train_loss, val_loss}, …]}`.
 * Params become `params.*` metrics (text params labels); the epoch list becomes series `metrics`
 * indexed by `epoch`, and its last epoch's values the metrics `metrics.train_loss`, `metrics.val_loss`.
 */
const madeWithMlTraining = {
    format: 'mwml-training',
    matches: (data) => (0,json_object/* isJsonObject */.OW)(data) &&
        (0,json_object/* isJsonObject */.OW)(data['params']) &&
        Array.isArray(data['metrics']) &&
        data['metrics'].length > 0 &&
        data['metrics'].every((record) => (0,json_object/* isJsonObject */.OW)(record) && 'epoch' in record),
    interpret(builder, data, context) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return;
        interpretObject(builder, data, key_path/* KeyPath */.p.root, context, ['metrics']);
        const epochs = data['metrics'];
        // Forced even for one epoch, which the generic reading would unwrap into plain scalars.
        if (Array.isArray(epochs))
            addHistory(builder, epochs, key_path/* KeyPath */.p.root.key('metrics'), { index: 'epoch' });
    }
};
const TABLE_KEYS = ['per_class', 'slices'];
/**
 * Made-With-ML `results/evaluation_results.json`:
 * `{timestamp, run_id, overall: {precision, recall, f1, num_samples}, per_class: {…}, slices: {…}}`.
 * `overall.*` become metrics; `per_class` and `slices` become groups in file order, even with a
 * single member.
 */
const madeWithMlEvaluation = {
    format: 'mwml-evaluation',
    matches: (data) => (0,json_object/* isJsonObject */.OW)(data) && (0,json_object/* isJsonObject */.OW)(data['overall']) && (0,json_object/* isJsonObject */.OW)(data['per_class']),
    interpret(builder, data, context) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return;
        interpretObject(builder, data, key_path/* KeyPath */.p.root, context, TABLE_KEYS);
        for (const key of TABLE_KEYS) {
            const table = data[key];
            if (table === undefined)
                continue;
            const path = key_path/* KeyPath */.p.root.key(key);
            if (!(0,json_object/* isJsonObject */.OW)(table)) {
                interpretTree(builder, table, path, context);
                continue;
            }
            addObjectGroup(builder, key, path, table, (restPath, value) => interpretTree(builder, value, restPath, context));
        }
    }
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/shape-sklearn-report.ts




const AVERAGE_KEYS = ['macro avg', 'weighted avg', 'micro avg', 'samples avg'];
/**
 * scikit-learn `classification_report(..., output_dict=True)`: class entries become group
 * `per_class` (precision, recall, f1-score, support) in report order; `accuracy` and the averages
 * become metrics (`accuracy`, `macro avg.f1-score`, `weighted avg.precision`).
 */
const sklearnReport = {
    format: 'sklearn-report',
    matches: (data) => (0,json_object/* isJsonObject */.OW)(data) &&
        AVERAGE_KEYS.some((key) => {
            const average = data[key];
            return (0,json_object/* isJsonObject */.OW)(average) && 'f1-score' in average;
        }),
    interpret(builder, data, context) {
        if (!(0,json_object/* isJsonObject */.OW)(data))
            return;
        const classes = {};
        const classOrder = [];
        for (const key of (0,json_object/* orderedKeys */.ir)(data)) {
            const value = data[key] ?? null;
            if (!AVERAGE_KEYS.includes(key) && (0,json_object/* isJsonObject */.OW)(value) && 'f1-score' in value) {
                (0,json_object/* setEntry */.RY)(classes, key, value);
                classOrder.push(key);
            }
            else {
                interpretTree(builder, value, key_path/* KeyPath */.p.root.key(key), context);
            }
        }
        (0,json_object/* rememberKeyOrder */.FB)(classes, classOrder);
        // The classes sit at the top level of the report, so that is where their cells are located.
        addObjectGroup(builder, 'per_class', key_path/* KeyPath */.p.root, classes, (restPath, value) => interpretTree(builder, value, restPath, context));
    }
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/metrics-document.ts










// Most specific first: a Made-With-ML file would also pass for a generic one.
const DETECTED_SHAPES = [
    madeWithMlTraining,
    madeWithMlEvaluation,
    huggingFaceTrainerState,
    sklearnReport,
    kerasHistory,
    huggingFaceEvalResults
];
const SHAPES_BY_FORMAT = new Map([...DETECTED_SHAPES, dvcMetrics].map((shape) => [shape.format, shape]));
/**
 * Interprets a parsed results file. Known layouts (Made-With-ML, Hugging Face, scikit-learn,
 * Keras) are detected and set `format`; anything else gets the generic reading (nested objects
 * flattened with dots, tables kept as groups and series; see `interpretTree`) and the file's
 * syntax as its format. NaN/±Infinity metrics, missing `required` metrics and names claimed twice
 * throw a `ConfigurationError` naming the file and key path.
 */
function toMetricsDocument(file, options = {}) {
    const builder = new document_builder/* DocumentBuilder */.t(file.path, options);
    const context = { tables: true, rootName: fileStem(file.path) };
    const shape = chooseShape(file, options.format);
    if (shape === undefined) {
        interpretTree(builder, file.data, key_path/* KeyPath */.p.root, context);
        return builder.build(genericFormat(file, options.format));
    }
    shape.interpret(builder, file.data, context);
    return builder.build(shape.format);
}
function chooseShape(file, requested) {
    if (requested === 'mlflow-run') {
        throw new errors/* ConfigurationError */.j(`${file.path}: an MLflow run is a directory; read it with readMlflowRun`);
    }
    const forced = requested === undefined ? undefined : SHAPES_BY_FORMAT.get(requested);
    if (forced !== undefined) {
        if (!forced.matches(file.data, file)) {
            throw new errors/* ConfigurationError */.j(`${file.path} does not have the layout of a ${requested} file`);
        }
        return forced;
    }
    if (requested !== undefined)
        return undefined;
    return DETECTED_SHAPES.find((shape) => shape.matches(file.data, file));
}
function genericFormat(file, requested) {
    if (requested !== undefined)
        return requested;
    return file.syntax === 'text' ? 'json' : file.syntax;
}
function fileStem(path) {
    const name = (0,external_node_path_.basename)(path);
    return name.slice(0, name.length - (0,external_node_path_.extname)(name).length) || name;
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseNumericText)
/* harmony export */ });
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Spellings that Python (`str(float)`), numpy, pandas and JSON writers use for non-finite floats.
const NOT_A_NUMBER = /^[+-]?nan$/i;
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;
/**
 * Reads a number written as text (a CSV cell, an MLflow metric line), or returns undefined when
 * the text is not a plain decimal number. Hex, thousands separators and units are not numbers.
 */
function parseNumericText(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed))
        return Number(trimmed);
    if (NOT_A_NUMBER.test(trimmed))
        return Number.NaN;
    const infinite = INFINITE.exec(trimmed);
    if (infinite)
        return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return undefined;
}


/***/ })

};
;