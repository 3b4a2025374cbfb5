"use strict";
exports.id = 2598;
exports.ids = [2598];
exports.modules = {

/***/ 92598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRenderResults: () => (/* binding */ createRenderResults),
  renderResults: () => (/* binding */ renderResults)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/glob-engine.ts
var glob_engine = __webpack_require__(69090);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
;// CONCATENATED MODULE: ./packages/core/src/markdown/json-shape.ts

/** Keys that order the rows of a per-step history; the first one present becomes the first column. */
const INDEX_KEYS = [
    'epoch',
    'step',
    'global_step',
    'iteration',
    'iter',
    'round',
    'batch',
    '_step',
    'index'
];
function isScalar(value) {
    return value === null || typeof value !== 'object';
}
function isEmptyContainer(value) {
    if (Array.isArray(value))
        return value.length === 0;
    return (0,json_object/* isJsonObject */.OW)(value) && Object.keys(value).length === 0;
}
function isScalarList(value) {
    return Array.isArray(value) && value.every(isScalar);
}
function isNumberList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'number');
}
function findIndexKey(keys) {
    return INDEX_KEYS.find((key) => keys.includes(key));
}
/** Keys of all objects in first-seen order: the order the file's author wrote, not alphabetical. */
function unionOfKeys(objects) {
    const keys = new Set();
    for (const object of objects)
        for (const key of Object.keys(object))
            keys.add(key);
    return [...keys];
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/key-filter.ts



/**
 * The glob engine a filter needs, loaded only when it has patterns: most renders have none, and
 * picomatch at start-up was a quarter of the code json-to-md compiled before reading its inputs.
 */
async function loadKeyGlobs(filter) {
    const patterns = [...(filter.include ?? []), ...(filter.exclude ?? [])];
    return patterns.length > 0 ? (filter.globs ?? (await (0,glob_engine/* loadGlobEngine */.t)())) : undefined;
}
/**
 * Keep the parts of a value selected by include/exclude globs over dotted key paths.
 * `*` matches one key and `**` any number of keys; a key that itself holds a dot is matched with `?`
 * or `*` in the dot's place. Array positions are not part of a path, so `metrics.val_loss` selects a
 * column of a per-epoch list; such a list keeps its index column (epoch, step) with any column kept.
 * A selected key keeps everything below it. Returns undefined when nothing is left.
 */
function filterKeys(value, filter) {
    const include = compile(filter.include, filter.globs);
    const exclude = compile(filter.exclude, filter.globs);
    if (include === undefined && exclude === undefined)
        return value;
    const isExcluded = exclude ?? (() => false);
    return key_filter_select(value, [], include === undefined, include ?? (() => true), isExcluded);
}
function key_filter_select(value, path, selected, isIncluded, isExcluded) {
    if (path.length > 0 && isExcluded(path))
        return undefined;
    const isSelected = selected || (path.length > 0 && isIncluded(path));
    if (Array.isArray(value)) {
        const items = [];
        for (const item of value) {
            const kept = key_filter_select(item, path, isSelected, isIncluded, isExcluded);
            if (kept === undefined)
                continue;
            items.push((0,json_object/* isJsonObject */.OW)(item) && (0,json_object/* isJsonObject */.OW)(kept) ? withIndexKey(item, kept, path, isExcluded) : kept);
        }
        return isSelected || items.length > 0 ? items : undefined;
    }
    if ((0,json_object/* isJsonObject */.OW)(value)) {
        const kept = {};
        for (const [key, child] of Object.entries(value)) {
            const keptChild = key_filter_select(child, [...path, key], isSelected, isIncluded, isExcluded);
            if (keptChild !== undefined)
                kept[key] = keptChild;
        }
        return isSelected || Object.keys(kept).length > 0 ? kept : undefined;
    }
    return isSelected ? value : undefined;
}
/** A row of a per-step list without its epoch or step column could not be read. */
function withIndexKey(original, kept, path, isExcluded) {
    const indexKey = findIndexKey(Object.keys(original));
    if (indexKey === undefined || indexKey in kept || Object.keys(kept).length === 0)
        return kept;
    if (isExcluded([...path, indexKey]))
        return kept;
    const indexValue = original[indexKey];
    return indexValue === undefined ? kept : { [indexKey]: indexValue, ...kept };
}
function compile(patterns, picomatch) {
    if (patterns === undefined || patterns.length === 0)
        return undefined;
    if (picomatch === undefined)
        throw new Error('key patterns need the engine loadKeyGlobs gives');
    const globs = patterns.map((pattern) => toGlobPath(pattern.split('.')));
    // Slashes separate keys, on every platform: picomatch's Windows mode would read `\` as one too.
    const matches = picomatch(globs, { dot: true, windows: false });
    return (path) => matches(toGlobPath(path));
}
/** Picomatch separates on slashes, so a slash inside a key (or a pattern's key) must not read as one. */
function toGlobPath(path) {
    return path.map((key) => key.replace(/\//g, '\u2215')).join('/');
}

// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __webpack_require__(67177);
// EXTERNAL MODULE: ./packages/action-kit/src/write-target.ts
var write_target = __webpack_require__(35186);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/io/path-patterns.ts
var path_patterns = __webpack_require__(89151);
// EXTERNAL MODULE: ./packages/core/src/io/results-file.ts + 4 modules
var results_file = __webpack_require__(20995);
;// CONCATENATED MODULE: ./actions/json-to-md/src/collect-results.ts



/**
 * Expand the `files` input (paths and globs, `!` exclusions) and parse every file, in input order.
 * Every failure is a ConfigurationError for the `files` input that names the pattern or the file
 * as the user wrote it, not as an absolute path the user never typed.
 */
async function collectResults(patterns, cwd, warn) {
    const paths = await (0,path_patterns/* expandPathPatterns */.t)(patterns, { cwd }).catch((error) => {
        throw asFilesError(error, (message) => `files: ${message}`);
    });
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j(`files: the ! exclusions removed every match of ${patterns.join(', ')}`, 'files');
    }
    const results = [];
    for (const name of paths) {
        const absolute = (0,external_node_path_.resolve)(cwd, name);
        // One file after the other, so the error reported is always the first file's in input order.
        const file = await (0,results_file/* readResultsFile */.B)(absolute, {
            ...(warn ? { warn: (message) => warn(message.split(absolute).join(name)) } : {})
        }).catch((error) => {
            throw asFilesError(error, (message) => message.split(absolute).join(name));
        });
        results.push({ name, data: file.data });
    }
    return results;
}
function asFilesError(error, rewrite) {
    if (!(error instanceof errors/* ConfigurationError */.j))
        return error;
    return new errors/* ConfigurationError */.j(rewrite(error.message), 'files');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./actions/json-to-md/src/markdown-file.ts



/**
 * Where the markdown goes when `output-file` is empty: RUNNER_TEMP, one file per step (GITHUB_ACTION
 * is the step's id), so two json-to-md steps in one job do not overwrite each other's file.
 */
function defaultMarkdownPath(env) {
    const step = (env.GITHUB_ACTION || 'results').replace(/[^A-Za-z0-9._-]/g, '_');
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ml-actions', `json-to-md-${step}.md`);
}
/** Writes the markdown and returns the absolute path written. */
async function writeMarkdownFile(path, markdown, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, markdown, 'utf8');
    return absolute;
}

// EXTERNAL MODULE: ./packages/core/src/markdown/heading.ts
var heading = __webpack_require__(64469);
// EXTERNAL MODULE: ./packages/core/src/markdown/details.ts
var details = __webpack_require__(49513);
// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/number-format.ts
var number_format = __webpack_require__(80036);
;// CONCATENATED MODULE: ./packages/core/src/markdown/render-settings.ts

function resolveSettings(options) {
    return {
        headingLevel: checkedInteger('headingLevel', options.headingLevel ?? 2, 1, 6),
        significantDigits: checkedInteger('precision', options.precision ?? number_format/* DEFAULT_SIGNIFICANT_DIGITS */.vb, 1, 17),
        maxTableRows: checkedInteger('maxTableRows', options.maxTableRows ?? 100, 2),
        maxTableColumns: checkedInteger('maxTableColumns', options.maxTableColumns ?? 20, 2),
        collapseAbove: checkedInteger('collapseAbove', options.collapseAbove ?? 10, 0),
        inlineListMax: checkedInteger('inlineListMax', options.inlineListMax ?? 8, 0),
        longSeries: options.longSeries ?? 'table'
    };
}
function checkedInteger(name, value, min, max = Infinity) {
    if (!Number.isInteger(value) || value < min || value > max) {
        const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
        throw new RangeError(`${name} must be an integer ${range}, got ${value}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/row-limit.ts
/**
 * Keep at most `max` rows: the first and the last ones, because for a training history both the
 * start and the end matter more than the middle.
 */
function limitRows(rows, max) {
    if (rows.length <= max)
        return { head: [...rows], omitted: 0, tail: [] };
    const headLength = Math.ceil(max / 2);
    const tailLength = max - headLength;
    return {
        head: rows.slice(0, headLength),
        omitted: rows.length - max,
        tail: rows.slice(rows.length - tailLength)
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown/code.ts
var code = __webpack_require__(31870);
// EXTERNAL MODULE: ./packages/core/src/markdown/column-format.ts
var column_format = __webpack_require__(51337);
;// CONCATENATED MODULE: ./packages/core/src/markdown/compact-json.ts

/**
 * A one-line preview of a value that fits no table shape, for an inline-code cell. It stops once
 * `maxLength` characters are written, so a huge subtree costs no more than its preview.
 * Numbers use the same formatting as everywhere else (NaN stays NaN instead of JSON's null).
 */
function compactJson(value, maxLength, significantDigits) {
    const parts = [];
    let length = 0;
    const write = (text) => {
        parts.push(text);
        length += text.length;
        return length < maxLength;
    };
    const visit = (node) => {
        if (typeof node === 'number')
            return write((0,number_format/* formatNumber */.ZV)(node, { significantDigits }));
        if (node === null || typeof node !== 'object')
            return write(JSON.stringify(node));
        const isArray = Array.isArray(node);
        if (!write(isArray ? '[' : '{'))
            return false;
        const entries = isArray ? node.map((item) => ['', item]) : Object.entries(node);
        for (const [index, [key, child]] of entries.entries()) {
            if (index > 0 && !write(', '))
                return false;
            if (!isArray && !write(`${JSON.stringify(key)}: `))
                return false;
            if (!visit(child))
                return false;
        }
        return write(isArray ? ']' : '}');
    };
    const complete = visit(value);
    const text = parts.join('');
    return complete && text.length <= maxLength ? text : `${text.slice(0, maxLength)}…`;
}

// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
;// CONCATENATED MODULE: ./packages/core/src/markdown/value-cells.ts







const EMPTY = '_(empty)_';
/** Characters of a preview of a value that fits no table shape. */
const PREVIEW_LENGTH = 60;
/** True for values shown in a single cell: scalars, empty containers and short lists of scalars. */
function isInlineValue(value, settings) {
    if (value === null || typeof value !== 'object')
        return true;
    if (isEmptyContainer(value))
        return true;
    return isScalarList(value) && value.length <= settings.inlineListMax;
}
/** A value as a table cell; strings stay plain so the table escapes them. */
function cellFor(value, settings) {
    if (typeof value === 'string')
        return value;
    return (0,trusted/* trustedMarkdown */.p)(inlineMarkdown(value, settings));
}
/**
 * Markdown for a value inside a line (cell or paragraph). Values that fit no table shape become an
 * inline-code preview rather than a dump of the whole structure.
 */
function inlineMarkdown(value, settings) {
    if (value === null || typeof value !== 'object')
        return scalarMarkdown(value, settings);
    if (isEmptyContainer(value))
        return EMPTY;
    if (isScalarList(value) && value.length <= settings.inlineListMax) {
        return value.map((item) => scalarMarkdown(item, settings)).join(', ');
    }
    return (0,code/* inlineCode */.t)(compactJson(value, PREVIEW_LENGTH, settings.significantDigits));
}
function scalarMarkdown(value, settings) {
    if (typeof value === 'number') {
        return (0,number_format/* formatNumber */.ZV)(value, { significantDigits: settings.significantDigits });
    }
    if (typeof value === 'string')
        return (0,markdown_escape/* escapeCell */.kq)(value);
    return String(value);
}
/**
 * The cells of one table column: its numbers share their decimals (0.9750 beside 0.9286, 0.00010
 * beside 0.00008) so they line up; anything else as cellFor writes it.
 */
function columnCells(values, settings) {
    const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
    const format = numbers.length > 0 ? (0,column_format/* columnFormat */.UR)(numbers, settings.significantDigits) : undefined;
    return (value) => {
        if (value === undefined)
            return undefined;
        if (format !== undefined && typeof value === 'number' && Number.isFinite(value)) {
            return (0,trusted/* trustedMarkdown */.p)(format.format(value));
        }
        return cellFor(value, settings);
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown/table.ts + 1 modules
var table = __webpack_require__(22463);
;// CONCATENATED MODULE: ./packages/core/src/markdown/value-tables.ts







/** Scalars of an object: one row per key. */
function keyValueTable(label, entries, settings) {
    return renderRows(label, ['Key', 'Value'], entries, settings, ([key, value]) => [
        key,
        cellFor(value, settings)
    ]);
}
/** A list of objects such as per-epoch metrics: one row per object, columns in first-seen order. */
function recordsTable(label, records, settings) {
    const columns = withIndexFirst(unionOfKeys(records));
    const shown = columns.slice(0, settings.maxTableColumns);
    const cells = shown.map((column) => columnCells(records.map((record) => record[column]), settings));
    return renderRows(label, shown, records, settings, (record) => shown.map((column, index) => cells[index](record[column])), columns.length - shown.length);
}
/** An object of objects with shared fields (per-class, per-slice): rows in file order, fields as columns. */
function matrixTable(label, rows, settings) {
    const columns = unionOfKeys(rows.map(([, record]) => record));
    const shown = columns.slice(0, settings.maxTableColumns - 1);
    const cells = shown.map((column) => columnCells(rows.map(([, record]) => record[column]), settings));
    return renderRows(label, ['', ...shown], rows, settings, ([key, record]) => [key, ...shown.map((column, index) => cells[index](record[column]))], columns.length - shown.length);
}
/** Equally long numeric lists (a Keras-style history): one row per position. */
function seriesTable(label, series, settings) {
    const shown = series.slice(0, settings.maxTableColumns - 1);
    const length = Math.max(...shown.map(([, values]) => values.length));
    const positions = Array.from({ length }, (_, position) => position);
    const cells = shown.map(([, values]) => columnCells(values, settings));
    return renderRows(label, ['#', ...shown.map(([name]) => name)], positions, settings, (position) => [
        (0,trusted/* trustedMarkdown */.p)(String(position)),
        ...shown.map(([, values], index) => cells[index](values[position] ?? null))
    ], series.length - shown.length);
}
/** A long list of scalars: one row per item. */
function listTable(label, header, items, settings) {
    const positions = items.map((_, position) => position);
    const cell = columnCells(items, settings);
    return renderRows(label, ['#', header], positions, settings, (position) => [
        (0,trusted/* trustedMarkdown */.p)(String(position)),
        cell(items[position] ?? null)
    ]);
}
/** A list of lists (a confusion matrix): row and column positions as labels. */
function gridTable(label, grid, settings) {
    const width = Math.max(0, ...grid.map((row) => row.length));
    const shown = Math.min(width, settings.maxTableColumns - 1);
    const headers = ['', ...Array.from({ length: shown }, (_, column) => String(column))];
    const positions = grid.map((_, position) => position);
    const cells = Array.from({ length: shown }, (_, column) => columnCells(grid.map((row) => row[column]), settings));
    return renderRows(label, headers, positions, settings, (position) => [
        (0,trusted/* trustedMarkdown */.p)(String(position)),
        ...(grid[position] ?? []).slice(0, shown).map((value, column) => cells[column](value))
    ], width - shown);
}
/** A long numeric series in one row: length, min, max (of the finite values) and last value. */
function seriesSummaryTable(values, settings) {
    const finite = values.filter(Number.isFinite);
    const format = (value) => (0,trusted/* trustedMarkdown */.p)((0,number_format/* formatNumber */.ZV)(value ?? NaN, { significantDigits: settings.significantDigits }));
    const min = finite.reduce((low, value) => Math.min(low, value), Infinity);
    const max = finite.reduce((high, value) => Math.max(high, value), -Infinity);
    return (0,table/* table */.t)(['length', 'min', 'max', 'last'], [
        [
            (0,trusted/* trustedMarkdown */.p)(String(values.length)),
            format(finite.length > 0 ? min : NaN),
            format(finite.length > 0 ? max : NaN),
            format(values.at(-1))
        ]
    ], ['right', 'right', 'right', 'right']);
}
function withIndexFirst(columns) {
    const indexKey = findIndexKey(columns);
    if (indexKey === undefined)
        return [...columns];
    return [indexKey, ...columns.filter((column) => column !== indexKey)];
}
/**
 * Shared by every shape: keeps the first and last rows within maxTableRows, right-aligns columns
 * that hold only numbers, notes what was left out, and collapses tables longer than collapseAbove.
 */
function renderRows(label, headers, items, settings, toRow, omittedColumns = 0) {
    const limited = limitRows(items, settings.maxTableRows);
    const head = limited.head.map(toRow);
    const tail = limited.tail.map(toRow);
    const align = headers.map((_, column) => alignmentOf([...head, ...tail], column));
    const gap = limited.omitted > 0 ? [headers.map(() => (0,trusted/* trustedMarkdown */.p)('…'))] : [];
    const blocks = [(0,table/* table */.t)(headers, [...head, ...gap, ...tail], align)];
    if (limited.omitted > 0) {
        blocks.push(`_${limited.omitted} of ${items.length} rows not shown._`);
    }
    if (omittedColumns > 0)
        blocks.push(`_${omittedColumns} more columns not shown._`);
    const markdown = blocks.join('\n\n');
    if (items.length <= settings.collapseAbove)
        return markdown;
    return (0,details/* details */.z)(`${label} (${items.length} rows)`, markdown);
}
function alignmentOf(rows, column) {
    let sawNumber = false;
    for (const row of rows) {
        const cell = row[column];
        if (cell === undefined || cell === null)
            continue;
        if (typeof cell === 'string')
            return 'none';
        if (cell.trustedMarkdown === 'null')
            continue;
        if (!FORMATTED_NUMBER.test(cell.trustedMarkdown))
            return 'none';
        sawNumber = true;
    }
    return sawNumber ? 'right' : 'none';
}
/** What formatNumber writes; cells reach this point already formatted. */
const FORMATTED_NUMBER = /^(NaN|-?\d+(\.\d+)?(e-?\d+)?|∞|−∞)$/;

;// CONCATENATED MODULE: ./packages/core/src/markdown/render-value.ts










/** Sections this many keys deep get headings; deeper ones are collapsed in `<details>`. */
const MAX_HEADING_DEPTH = 2;
/** Deeper values are previewed in one line: rendering them would only nest more sections. */
const MAX_NESTING = 32;
/**
 * Objects of objects become one matrix only when the fields are mostly shared: at least this share of
 * the row × column cells must hold a value, otherwise each object gets its own section.
 */
const MATRIX_MIN_FILL = 2 / 3;
/**
 * Any parsed results file as markdown, in the order the file was written: an object's scalars as a
 * key/value table, lists of objects as tables (index column first), objects of objects with shared
 * fields as matrices, equally long numeric lists as one table, everything else as sections. Keys and
 * strings are escaped. JSON objects list integer-like keys first (a JavaScript rule); that order is kept.
 */
function renderValue(value, options = {}) {
    const settings = resolveSettings(options);
    const selected = filterKeys(value, options);
    const blocks = [];
    if (options.title !== undefined)
        blocks.push((0,heading/* heading */.R)(settings.headingLevel, options.title));
    blocks.push(selected === undefined ? '_(no key matched)_' : renderNode(selected, [], settings));
    return `${blocks.join('\n\n')}\n`;
}
function renderNode(value, path, settings) {
    if (path.length > MAX_NESTING)
        return (0,markdown_escape/* escapeLineStart */.Kc)(inlineMarkdown(value, settings));
    if (Array.isArray(value))
        return renderArray(value, path, settings);
    if ((0,json_object/* isJsonObject */.OW)(value))
        return renderObject(value, path, settings);
    return (0,markdown_escape/* escapeLineStart */.Kc)(inlineMarkdown(value, settings));
}
function renderArray(items, path, settings) {
    const label = labelOf(path);
    if (items.length === 0)
        return EMPTY;
    if (isScalarList(items)) {
        if (items.length <= settings.inlineListMax) {
            return (0,markdown_escape/* escapeLineStart */.Kc)(inlineMarkdown(items, settings));
        }
        if (settings.longSeries === 'summary' && isNumberList(items)) {
            return seriesSummaryTable(items, settings);
        }
        return listTable(label, path.at(-1) ?? 'value', items, settings);
    }
    if (items.every(json_object/* isJsonObject */.OW))
        return recordsTable(label, items, settings);
    if (items.every(isScalarList))
        return gridTable(label, items, settings);
    return bulletList(items, settings);
}
/** Leftovers: a list mixing scalars, lists and objects. */
function bulletList(items, settings) {
    const limited = limitRows(items, settings.maxTableRows);
    const bullet = (item) => `- ${(0,markdown_escape/* escapeLineStart */.Kc)(inlineMarkdown(item, settings))}`;
    const lines = limited.head.map(bullet);
    if (limited.omitted > 0)
        lines.push(`- _… ${limited.omitted} more items_`);
    lines.push(...limited.tail.map(bullet));
    return lines.join('\n');
}
function renderObject(object, path, settings) {
    const entries = Object.entries(object);
    if (entries.length === 0)
        return EMPTY;
    const label = labelOf(path);
    const seriesGroups = groupEqualLengthSeries(entries);
    const seriesKeys = new Set(seriesGroups.flatMap((group) => group.map(([key]) => key)));
    const inline = entries.filter(([key, value]) => !seriesKeys.has(key) && isInlineValue(value, settings));
    const inlineKeys = new Set(inline.map(([key]) => key));
    const matrixRows = matrixRowsOf(entries.filter(([key]) => !seriesKeys.has(key) && !inlineKeys.has(key)), settings);
    const matrixKeys = new Set(matrixRows.map(([key]) => key));
    const blocks = [];
    if (inline.length > 0)
        blocks.push(keyValueTable(label, inline, settings));
    let sections = 0;
    let omittedSections = 0;
    for (const [key, value] of entries) {
        if (inlineKeys.has(key))
            continue;
        if (matrixKeys.has(key)) {
            if (key === matrixRows[0]?.[0])
                blocks.push(matrixTable(label, matrixRows, settings));
            continue;
        }
        const group = seriesGroups.find((candidate) => candidate[0]?.[0] === key);
        if (group !== undefined)
            blocks.push(seriesTable(label, group, settings));
        if (seriesKeys.has(key))
            continue;
        if (sections === settings.maxTableRows) {
            omittedSections++;
            continue;
        }
        blocks.push(renderSection([...path, key], value, settings));
        sections++;
    }
    if (omittedSections > 0)
        blocks.push(`_${omittedSections} more keys not shown._`);
    return blocks.join('\n\n');
}
function renderSection(path, value, settings) {
    const body = renderNode(value, path, settings);
    const level = settings.headingLevel + path.length;
    if (path.length <= MAX_HEADING_DEPTH && level <= 6) {
        return `${(0,heading/* heading */.R)(level, labelOf(path))}\n\n${body}`;
    }
    return (0,details/* details */.z)(labelOf(path), body);
}
/** Numeric lists of the same length (at least two of them, two long): columns of one table. */
function groupEqualLengthSeries(entries) {
    const byLength = new Map();
    for (const [key, value] of entries) {
        if (!isNumberList(value) || value.length < 2)
            continue;
        const group = byLength.get(value.length) ?? [];
        group.push([key, value]);
        byLength.set(value.length, group);
    }
    return [...byLength.values()].filter((group) => group.length >= 2);
}
/** Members that are flat objects, when there are several and they mostly share fields. */
function matrixRowsOf(entries, settings) {
    const rows = [];
    for (const [key, value] of entries) {
        if (!(0,json_object/* isJsonObject */.OW)(value))
            continue;
        const fields = Object.values(value);
        if (fields.length > 0 && fields.every((field) => isInlineValue(field, settings))) {
            rows.push([key, value]);
        }
    }
    if (rows.length < 2)
        return [];
    const columns = new Set(rows.flatMap(([, record]) => Object.keys(record)));
    const filled = rows.reduce((sum, [, record]) => sum + Object.keys(record).length, 0);
    return filled / (rows.length * columns.size) >= MATRIX_MIN_FILL ? rows : [];
}
function labelOf(path) {
    return path.length === 0 ? 'values' : path.join('.');
}

// EXTERNAL MODULE: ./packages/core/src/markdown/display-path.ts
var display_path = __webpack_require__(45841);
;// CONCATENATED MODULE: ./actions/json-to-md/src/results-markdown.ts


/** The document's title is an h2; with several files each gets an h3 under it. */
const TITLE_LEVEL = 2;
/**
 * The markdown of one or more results files. A single file renders right under the title; several
 * files each get a heading with their path (relative to the workspace; a runner path means nothing
 * to a reader). Keys, strings, the title and the paths are escaped by
 * the renderer. Key filters that leave nothing of any file are a mistake worth failing on: the
 * comment would otherwise be empty without saying why.
 */
function renderResultsMarkdown(results, options) {
    requireSomeKeySelected(results, options);
    const render = {
        precision: options.precision,
        include: options.include,
        exclude: options.exclude,
        globs: options.globs,
        maxTableRows: options.maxTableRows
    };
    const blocks = [];
    if (options.title)
        blocks.push((0,heading/* heading */.R)(TITLE_LEVEL, options.title));
    const [only] = results;
    if (results.length === 1 && only !== undefined) {
        blocks.push(renderValue(only.data, { ...render, headingLevel: TITLE_LEVEL }));
    }
    else {
        for (const { name, data } of results) {
            const title = (0,display_path/* displayPath */.G)(name, options.workspace);
            blocks.push(renderValue(data, { ...render, title, headingLevel: TITLE_LEVEL + 1 }));
        }
    }
    return `${blocks.map((block) => block.replace(/\n+$/, '')).join('\n\n')}\n`;
}
function requireSomeKeySelected(results, options) {
    if (options.include.length === 0 && options.exclude.length === 0)
        return;
    const filter = { include: options.include, exclude: options.exclude, globs: options.globs };
    if (results.some(({ data }) => filterKeys(data, filter) !== undefined))
        return;
    const input = options.include.length > 0 ? 'include' : 'exclude';
    const given = [...options.include, ...options.exclude.map((pattern) => `!${pattern}`)];
    throw new errors/* ConfigurationError */.j(`${input}: no key of ${results.map((r) => r.name).join(', ')} is left by ${given.join(', ')}` +
        `; the top-level keys are ${topLevelKeys(results).join(', ') || '(none)'}`, input);
}
function topLevelKeys(results) {
    const keys = new Set();
    for (const { data } of results) {
        if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
            for (const key of Object.keys(data))
                keys.add(key);
        }
    }
    return [...keys].slice(0, 20);
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/render-results.ts






/** Step outputs are capped by the runner; the full text is always in `markdown-file`. */
const MARKDOWN_OUTPUT_NOTICE = '_The markdown output was cut to stay under the 1 MB output limit; the full markdown is in the `markdown-file` output._';
const TRUNCATED_COMMENT_NOTE = 'The comment was cut on whole rows to GitHub’s 65,536-character limit; the full markdown is in the job summary and the markdown-file output.';
function createRenderResults(dependencies = {}) {
    return async (inputs, context) => {
        const results = await collectResults(inputs.files, context.cwd, (message) => context.log.warning(message));
        // Quoted: a file name may hold a line break, which must not start a workflow command.
        const names = results.map((r) => JSON.stringify(r.name)).join(', ');
        context.log.info(`Rendering ${results.length} file(s): ${names}`);
        const markdown = renderResultsMarkdown(results, {
            title: inputs.title,
            precision: inputs.precision ?? 4,
            include: inputs.include,
            exclude: inputs.exclude,
            globs: await loadKeyGlobs(inputs),
            maxTableRows: inputs.maxTableRows ?? 50,
            workspace: context.env.GITHUB_WORKSPACE || context.cwd
        });
        const markdownFile = await writeMarkdown(inputs, context, markdown);
        const commented = await commentIfAsked(dependencies.comment, inputs, context, markdown);
        const report = context.cli || inputs.summary ? markdown : undefined;
        return {
            outputs: {
                markdown: (0,fit_markdown/* fitMarkdown */.DJ)(markdown, {
                    maxBytes: fit_markdown/* JOB_SUMMARY_LIMIT */.zS,
                    notice: MARKDOWN_OUTPUT_NOTICE
                }).text,
                'markdown-file': markdownFile,
                ...commented.outputs
            },
            ...(report !== undefined ? { report } : {}),
            ...(commented.failure !== undefined ? { failure: commented.failure } : {})
        };
    };
}
/** Renders, never comments: the pipeline's render step, whose comment is the pipeline's own. */
const renderResults = createRenderResults();
async function writeMarkdown(inputs, context, markdown) {
    // The CLI prints the markdown; it writes a file only when asked to.
    if (context.cli && !inputs.outputFile)
        return undefined;
    const path = inputs.outputFile || defaultMarkdownPath(context.env);
    const target = await (0,write_target/* writeTarget */.vN)(path, context, {
        input: 'output-file',
        allowOutside: inputs.allowWritesOutsideWorkspace
    });
    try {
        return await writeMarkdownFile(target, markdown, context.cwd);
    }
    catch (error) {
        if (!inputs.outputFile)
            throw error;
        throw new errors/* ConfigurationError */.j(`output-file: cannot write "${path}": ${(0,errors/* toError */.i)(error).message}`, 'output-file');
    }
}
/**
 * GitHub's refusals come back as `skipped` with a warning already logged. When the caller asked to
 * fail on them they throw instead; that becomes the step's failure here, so the outputs and the job
 * summary are still written.
 */
async function commentIfAsked(comment, inputs, context, markdown) {
    if (comment === undefined || inputs.comment === 'off') {
        return { outputs: { 'comment-status': 'skipped' } };
    }
    try {
        const result = await comment(commentOptions(inputs, context, markdown));
        if (result.truncated)
            context.log.info(TRUNCATED_COMMENT_NOTE);
        return {
            outputs: {
                'comment-status': result.action,
                'comment-id': result.commentId,
                'comment-url': result.url
            }
        };
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (!(error instanceof errors/* ConfigurationError */.j) && error.name !== 'CommentError') {
            context.log.debug(error.stack ?? error.message);
        }
        return {
            outputs: { 'comment-status': 'skipped' },
            failure: `The pull-request comment could not be written: ${error.message}`
        };
    }
}
function commentOptions(inputs, context, markdown) {
    return {
        action: 'json-to-md',
        markdown,
        mode: inputs.comment,
        env: context.env,
        cwd: context.cwd,
        logger: context.log,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        ...(inputs.prNumber !== undefined ? { pullRequestNumber: inputs.prNumber } : {}),
        ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
    };
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


/***/ })

};
;