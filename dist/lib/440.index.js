"use strict";
exports.id = 440;
exports.ids = [440];
exports.modules = {

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

/***/ 20995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ readResultsFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __webpack_require__(4013);
// EXTERNAL MODULE: ./packages/core/src/metrics/key-path.ts
var key_path = __webpack_require__(79990);
;// CONCATENATED MODULE: ./packages/core/src/metrics/foreign-value.ts



/**
 * Converts what the YAML and TOML parsers return (Maps, Dates, bigints, byte arrays) into the
 * JSON value tree. Maps keep their order, which is why YAML is parsed with `mapAsMap`.
 */
function toJsonValue(value, source, path = key_path/* KeyPath */.p.root) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    if (typeof value === 'bigint')
        return Number(value);
    if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    }
    if (Array.isArray(value) || value instanceof Set) {
        return [...value].map((item, index) => toJsonValue(item, source, path.index(index)));
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    if (value instanceof Map) {
        const entries = [...value].map(([key, item]) => [String(key), item]);
        return toObject(entries, source, path);
    }
    if (typeof value === 'object')
        return toObject(Object.entries(value), source, path);
    return String(value);
}
function toObject(entries, source, path) {
    const result = {};
    for (const [key, item] of entries) {
        // YAML keys `1` and `"1"` are distinct to the parser but the same name here.
        if (Object.hasOwn(result, key)) {
            throw new errors/* ConfigurationError */.j(`${source}: duplicate key ${path.key(key).toString()}`);
        }
        (0,json_object/* setEntry */.RY)(result, key, toJsonValue(item, source, path.key(key)));
    }
    (0,json_object/* rememberKeyOrder */.FB)(result, entries.map(([key]) => key));
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/strict-json.ts



// Deep enough for any real results file, shallow enough that recursion cannot exhaust the stack.
const MAX_DEPTH = 1000;
// Everything up to the next quote, backslash or control character (JSON forbids raw ones).
// eslint-disable-next-line no-control-regex
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = [
    ['true', true],
    ['false', false],
    ['null', null],
    // Python's json.dump writes these for float('nan') and float('inf') unless allow_nan=False.
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY]
];
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/**
 * Parses JSON like `JSON.parse`, but rejects duplicate keys (which `JSON.parse` silently resolves
 * to the last value), accepts Python's `NaN`/`Infinity`/`-Infinity`, keeps the file's key order
 * and reports errors with the file name, line and column.
 */
function parseStrictJson(text, source, options = {}) {
    return new StrictJsonParser(text, source, options.firstLine ?? 1).parseDocument();
}
class StrictJsonParser {
    text;
    source;
    firstLine;
    position = 0;
    // Keys and list positions leading to the value being parsed, turned into a KeyPath only for errors.
    pathStack = [];
    constructor(text, source, firstLine) {
        this.text = text;
        this.source = source;
        this.firstLine = firstLine;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.position >= this.text.length)
            this.fail('the file holds no JSON value');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.position < this.text.length)
            this.fail('unexpected content after the JSON value');
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`values are nested more than ${MAX_DEPTH} levels deep`);
        const char = this.text[this.position];
        if (char === '{')
            return this.parseObject(depth);
        if (char === '[')
            return this.parseArray(depth);
        if (char === '"')
            return this.parseString();
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
            if (this.text.startsWith('-Infinity', this.position))
                return this.parseWord();
            return this.parseNumber();
        }
        return this.parseWord();
    }
    parseObject(depth) {
        const result = {};
        const keys = [];
        this.position++;
        this.skipWhitespace();
        if (this.text[this.position] === '}') {
            this.position++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.position] !== '"')
                this.fail('expected a key in double quotes');
            const keyStart = this.position;
            const key = this.parseString();
            if (Object.hasOwn(result, key)) {
                const { line } = this.locate(keyStart);
                throw new errors/* ConfigurationError */.j(`${this.source}: duplicate key ${this.currentPath().key(key).toString()} at line ${line}. ` +
                    'JSON keeps only the last value, so the file is ambiguous; remove one of them.');
            }
            this.skipWhitespace();
            this.expect(':');
            this.skipWhitespace();
            this.pathStack.push(key);
            (0,json_object/* setEntry */.RY)(result, key, this.parseValue(depth + 1));
            this.pathStack.pop();
            keys.push(key);
            this.skipWhitespace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect('}');
            (0,json_object/* rememberKeyOrder */.FB)(result, keys);
            return result;
        }
    }
    parseArray(depth) {
        const result = [];
        this.position++;
        this.skipWhitespace();
        if (this.text[this.position] === ']') {
            this.position++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            this.pathStack.push(result.length);
            result.push(this.parseValue(depth + 1));
            this.pathStack.pop();
            this.skipWhitespace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect(']');
            return result;
        }
    }
    parseString() {
        let value = '';
        this.position++;
        for (;;) {
            PLAIN_STRING_RUN.lastIndex = this.position;
            PLAIN_STRING_RUN.test(this.text);
            value += this.text.slice(this.position, PLAIN_STRING_RUN.lastIndex);
            this.position = PLAIN_STRING_RUN.lastIndex;
            const code = this.text.charCodeAt(this.position);
            if (code === 0x22) {
                this.position++;
                return value;
            }
            if (code === 0x5c)
                value += this.parseEscape();
            else if (Number.isNaN(code))
                this.fail('unterminated string');
            else
                this.fail('control character inside a string');
        }
    }
    parseEscape() {
        const escape = this.text[this.position + 1];
        if (escape === 'u') {
            const hex = this.text.slice(this.position + 2, this.position + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
                this.fail('invalid \\u escape');
            this.position += 6;
            return String.fromCharCode(Number.parseInt(hex, 16));
        }
        const replacement = escape === undefined ? undefined : ESCAPES[escape];
        if (replacement === undefined)
            this.fail('invalid escape sequence');
        this.position += 2;
        return replacement;
    }
    parseNumber() {
        NUMBER.lastIndex = this.position;
        const match = NUMBER.exec(this.text);
        if (match === null)
            this.fail('invalid number');
        this.position += match[0].length;
        return Number(match[0]);
    }
    parseWord() {
        for (const [word, value] of WORDS) {
            if (this.text.startsWith(word, this.position)) {
                this.position += word.length;
                return value;
            }
        }
        const found = this.text[this.position];
        this.fail(found === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(found)}`);
    }
    expect(char) {
        if (this.text[this.position] !== char) {
            const found = this.text[this.position];
            const what = found === undefined ? 'end of file' : JSON.stringify(found);
            this.fail(`expected ${JSON.stringify(char)} but found ${what}`);
        }
        this.position++;
    }
    skipWhitespace() {
        for (;;) {
            const code = this.text.charCodeAt(this.position);
            if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09)
                return;
            this.position++;
        }
    }
    currentPath() {
        return this.pathStack.reduce((path, part) => (typeof part === 'number' ? path.index(part) : path.key(part)), key_path/* KeyPath */.p.root);
    }
    locate(offset) {
        let line = this.firstLine;
        let lineStart = 0;
        for (let index = 0; index < offset; index++) {
            if (this.text.charCodeAt(index) === 0x0a) {
                line++;
                lineStart = index + 1;
            }
        }
        return { line, column: offset - lineStart + 1 };
    }
    fail(reason) {
        const { line, column } = this.locate(this.position);
        throw new errors/* ConfigurationError */.j(`${this.source}: invalid JSON at line ${line}, column ${column}: ${reason}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/number-overflow.ts
// Only literals that can overflow are looked at: an exponent of three digits or more, or 309+ digits.
const CANDIDATE = /[-+]?(?:\d+\.?\d*|\.\d+)[eE]\+?\d{3,}|\d{309,}(?:\.\d*)?/g;
const MAX_REPORTED = 5;
/**
 * Number literals in a file's text that are finite as written but beyond the largest 64-bit float
 * (about 1.8e308), so every parser reads them as ±∞ without a word. Returned so the reader can warn:
 * an ∞ the file never said is a bug in whatever wrote it, and it would otherwise pass or fail a gate
 * silently.
 */
function overflowingNumbers(text) {
    const found = [];
    for (const match of text.matchAll(CANDIDATE)) {
        if (Number.isFinite(Number(match[0])))
            continue;
        found.push(match[0]);
        if (found.length === MAX_REPORTED)
            break;
    }
    return found;
}
function overflowWarning(path, literal) {
    const infinity = literal.startsWith('-') ? '-∞' : '∞';
    return `${path}: ${literal} is beyond the largest 64-bit float (1.8e308) and is read as ${infinity}`;
}

// EXTERNAL MODULE: ./packages/core/src/yaml-text.ts
var yaml_text = __webpack_require__(54076);
;// CONCATENATED MODULE: ./packages/core/src/metrics/results-text.ts






const SYNTAX_BY_EXTENSION = {
    '.json': 'json',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.toml': 'toml',
    '.csv': 'csv',
    '.tsv': 'tsv'
};
/**
 * Parses the text of one results file by the extension of its path: .json, .jsonl/.ndjson (a list, one value per
 * line), .yaml/.yml, .toml, .csv, .tsv; any other name is tried as JSON, then YAML. Every problem
 * the user can fix (missing file, too large, not text, malformed, duplicate keys) throws a
 * `ConfigurationError` that names the file.
 */
async function parseResultsText(text, path, options = {}) {
    if (options.warn) {
        for (const literal of overflowingNumbers(text))
            options.warn(overflowWarning(path, literal));
    }
    const declared = options.syntax ?? SYNTAX_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    switch (declared) {
        case 'json':
            return { path, syntax: 'json', data: parseStrictJson(text, path) };
        case 'jsonl':
            return { path, syntax: 'json', data: parseJsonLines(text, path) };
        case 'yaml':
            return { path, syntax: 'yaml', data: await parseYaml(text, path) };
        case 'toml':
            return { path, syntax: 'toml', data: await parseTomlText(text, path) };
        case 'csv':
            return { path, syntax: 'csv', data: await parseTable(text, ',', path) };
        case 'tsv':
            return { path, syntax: 'tsv', data: await parseTable(text, '\t', path) };
        default:
            return sniff(text, path);
    }
}
function parseJsonLines(text, path) {
    const values = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() !== '')
            values.push(parseStrictJson(line, path, { firstLine: index + 1 }));
    });
    return values;
}
// The YAML, TOML and CSV/TSV parsers load when a file of theirs is first read: most results are
// JSON, and the parsers would otherwise be a large share of every step's start-up.
async function parseTable(text, delimiter, path) {
    const { parseDelimitedTable } = await __webpack_require__.e(/* import() */ 9385).then(__webpack_require__.bind(__webpack_require__, 19385));
    return parseDelimitedTable(text, delimiter, path);
}
async function parseYaml(text, path) {
    const value = await (0,yaml_text/* parseYamlText */.c)(text, { failure: `${path}: invalid YAML`, mapAsMap: true });
    return toJsonValue(value, path);
}
async function parseTomlText(text, path) {
    const { parse: parseToml, TomlError } = await __webpack_require__.e(/* import() */ 3292).then(__webpack_require__.bind(__webpack_require__, 3292));
    try {
        return toJsonValue(parseToml(text), path);
    }
    catch (error) {
        if (error instanceof TomlError) {
            const reason = error.message.split('\n')[0] ?? error.message;
            throw new errors/* ConfigurationError */.j(`${path}: invalid TOML at line ${error.line}, column ${error.column}: ${reason}`);
        }
        throw error;
    }
}
async function sniff(text, path) {
    try {
        return { path, syntax: 'json', data: parseStrictJson(text, path) };
    }
    catch (jsonError) {
        const looksLikeJson = /^\s*[[{]/.test(text);
        let data;
        try {
            data = await parseYaml(text, path);
        }
        catch (yamlError) {
            throw looksLikeJson ? jsonError : yamlError;
        }
        // Almost any text is a valid YAML string; a results file has to be a mapping or a list.
        if (typeof data !== 'object' || data === null) {
            throw new errors/* ConfigurationError */.j(`${path} is neither JSON nor a YAML mapping or list; ` +
                'give it a .json, .yaml, .toml, .csv or .tsv extension');
        }
        return { path, syntax: 'yaml', data };
    }
}

// EXTERNAL MODULE: ./packages/core/src/io/text-file.ts
var text_file = __webpack_require__(98506);
;// CONCATENATED MODULE: ./packages/core/src/io/results-file.ts


/**
 * Reads one results file (size-checked, decoded as text) and parses it by extension (see
 * `parseResultsText`). Every problem the user can fix (missing file, too large, not text, malformed,
 * duplicate keys) throws a `ConfigurationError` that names the file.
 */
async function readResultsFile(path, options = {}) {
    const text = await (0,text_file/* readTextFile */.Gu)(path, { maxBytes: options.maxBytes });
    return parseResultsText(text, path, options);
}


/***/ }),

/***/ 98506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, formatBytes */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Reads a file as text after checking its size; shared by every reader of user files. */
async function readTextFile(path, { maxBytes = DEFAULT_MAX_BYTES, allowEmpty = false } = {}) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(describeFsError(path, error));
    });
    if (info.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path} is a directory, not a results file`);
    }
    requireWithinLimit(path, info.size, maxBytes);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(describeFsError(path, error));
    });
    // The file may have grown since it was measured.
    requireWithinLimit(path, bytes.length, maxBytes);
    const text = decodeText(bytes, path);
    if (text.trim() === '' && !allowEmpty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path} is empty`);
    return text;
}
function requireWithinLimit(path, size, maxBytes) {
    if (size <= maxBytes)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for results files`);
}
function decodeText(bytes, path) {
    // PowerShell's `>` and `Out-File` write UTF-16 with a byte order mark.
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes);
    const zeroByte = bytes.indexOf(0);
    if (zeroByte !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path} is not a text file (binary data at byte ${zeroByte})`);
    }
    try {
        // The decoder drops a UTF-8 byte order mark.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path} is not UTF-8 text`);
    }
}
function describeFsError(path, error) {
    if (error.code === 'ENOENT')
        return `${path} does not exist`;
    if (error.code === 'EACCES' || error.code === 'EPERM')
        return `${path} cannot be read: permission denied`;
    return `${path} cannot be read: ${error.message}`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${trimNumber(bytes / 1024)} KiB`;
    return `${trimNumber(bytes / (1024 * 1024))} MiB`;
}
function trimNumber(value) {
    return String(Math.round(value * 10) / 10);
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

/***/ 51337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UR: () => (/* binding */ columnFormat),
/* harmony export */   sW: () => (/* binding */ fixedFormat)
/* harmony export */ });
/* unused harmony export MAX_DECIMALS */
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80036);

const MAX_DECIMALS = 6;
function columnFormat(values, significantDigits = _number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SIGNIFICANT_DIGITS */ .vb) {
    let largestExponent = -Infinity;
    let needed = 0;
    let integers = true;
    let proportions = true;
    for (const value of values) {
        if (!Number.isFinite(value) || value === 0)
            continue;
        if (!Number.isInteger(value))
            integers = false;
        if (Math.abs(value) > 1)
            proportions = false;
        const [mantissa = '', exponent = '0'] = Math.abs(value)
            .toExponential(significantDigits - 1)
            .split('e');
        const digits = mantissa.replace('.', '').replace(/0+$/, '').length;
        largestExponent = Math.max(largestExponent, Number(exponent));
        needed = Math.max(needed, digits - 1 - Number(exponent));
    }
    // A column of proportions where one is exactly 1 keeps the decimals of the others (1.0000 beside
    // 0.9815, not 1.000 beside 0.982).
    if (proportions)
        largestExponent = Math.min(largestExponent, -1);
    // As many decimals as the largest value's significant digits allow, and no more than any value
    // needs: 0.9 and 0.87 read 0.90 and 0.87, not 0.9000 and 0.8700.
    const decimals = integers || largestExponent === -Infinity
        ? 0
        : Math.min(MAX_DECIMALS, Math.max(0, Math.min(needed, significantDigits - 1 - largestExponent)));
    return fixedFormat(decimals, significantDigits);
}
/** Exactly `decimals` decimals; values that would show as 0 get `significantDigits` instead. */
function fixedFormat(decimals, significantDigits = _number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SIGNIFICANT_DIGITS */ .vb) {
    return {
        decimals,
        format: (value, signed = false) => {
            const text = fixed(value, decimals, significantDigits);
            return signed && value > 0 ? `+${text}` : text;
        }
    };
}
function fixed(value, decimals, significantDigits) {
    if (!Number.isFinite(value))
        return (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value);
    if (value === 0)
        return (0).toFixed(decimals);
    const text = Math.abs(value).toFixed(decimals);
    if (Number(text) === 0 || Math.abs(value) >= 1e15)
        return (0,_number_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, { significantDigits });
    return value < 0 ? `-${text}` : text;
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

/***/ 79990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ joinName),
/* harmony export */   p: () => (/* binding */ KeyPath)
/* harmony export */ });
/**
 * Where a value sits in a results file. `name` is the flattened metric name (`overall.f1`);
 * `toString()` is the precise location for messages (`metrics[2].val_loss`, `["a.b"].c`), which
 * also shows list positions that the name leaves out, such as DVC-style single-item lists.
 */
class KeyPath {
    nameParts;
    locationParts;
    static root = new KeyPath([], []);
    constructor(nameParts, locationParts) {
        this.nameParts = nameParts;
        this.locationParts = locationParts;
    }
    get name() {
        return this.nameParts.join('.');
    }
    get isRoot() {
        return this.locationParts.length === 0;
    }
    key(key) {
        return new KeyPath([...this.nameParts, key], [...this.locationParts, key]);
    }
    /** A list position; `named: false` keeps it out of the metric name (unwrapped single items). */
    index(position, named = true) {
        const nameParts = named ? [...this.nameParts, String(position)] : this.nameParts;
        return new KeyPath(nameParts, [...this.locationParts, position]);
    }
    toString() {
        if (this.locationParts.length === 0)
            return '(top level)';
        let text = '';
        for (const part of this.locationParts) {
            if (typeof part === 'number')
                text += `[${part}]`;
            else if (/^[\p{L}\p{N}_-]+$/u.test(part))
                text += text === '' ? part : `.${part}`;
            else
                text += `[${JSON.stringify(part)}]`;
        }
        return text;
    }
}
/** Joins name parts with dots, skipping empty prefixes (top-level names have none). */
function joinName(...parts) {
    return parts.filter((part) => part !== '').join('.');
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