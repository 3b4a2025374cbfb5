"use strict";
exports.id = 9385;
exports.ids = [9385];
exports.modules = {

/***/ 19385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDelimitedTable: () => (/* binding */ parseDelimitedTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _json_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4013);
/* harmony import */ var _numeric_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6042);



/**
 * Parses CSV or TSV with a header row (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes) into one object per data row. Numeric cells become
 * numbers, empty cells become null, everything else stays text.
 */
function parseDelimitedTable(text, delimiter, source) {
    const rows = splitRows(text, delimiter, source);
    const header = rows[0];
    if (header === undefined)
        return [];
    const columns = header.cells.map((cell, index) => cell.trim() || `column_${index + 1}`);
    const seen = new Set();
    for (const column of columns) {
        if (seen.has(column)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: the header names column "${column}" twice`);
        }
        seen.add(column);
    }
    return rows.slice(1).map((row) => {
        if (row.cells.length > columns.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: line ${row.line} has ${row.cells.length} cells but the header has ${columns.length}`);
        }
        const record = {};
        columns.forEach((column, index) => (0,_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .setEntry */ .RY)(record, column, cellValue(row.cells[index])));
        (0,_json_object_js__WEBPACK_IMPORTED_MODULE_1__/* .rememberKeyOrder */ .FB)(record, columns);
        return record;
    });
}
function cellValue(cell) {
    if (cell === undefined || cell.trim() === '')
        return null;
    return (0,_numeric_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumericText */ .A)(cell) ?? cell;
}
function splitRows(text, delimiter, source) {
    const rows = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let rowLine = 1;
    let position = 0;
    let rowHasContent = false;
    const endCell = () => {
        cells.push(cell);
        cell = '';
    };
    const endRow = () => {
        endCell();
        // Blank lines (including the usual trailing newline) are not rows.
        if (rowHasContent || cells.length > 1)
            rows.push({ cells, line: rowLine });
        cells = [];
        rowHasContent = false;
    };
    while (position < text.length) {
        const char = text[position];
        if (char === '"' && cell === '') {
            const quoteLine = line;
            position++;
            for (;;) {
                const inner = text[position];
                if (inner === undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: the quoted field that starts on line ${quoteLine} is never closed`);
                }
                if (inner === '"') {
                    if (text[position + 1] === '"') {
                        cell += '"';
                        position += 2;
                        continue;
                    }
                    position++;
                    break;
                }
                if (inner === '\n')
                    line++;
                cell += inner;
                position++;
            }
            rowHasContent = true;
            const next = text[position];
            if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: line ${line}: unexpected ${JSON.stringify(next)} after a closing quote`);
            }
            continue;
        }
        if (char === delimiter) {
            endCell();
            position++;
            continue;
        }
        if (char === '\r' || char === '\n') {
            endRow();
            position += char === '\r' && text[position + 1] === '\n' ? 2 : 1;
            line++;
            rowLine = line;
            continue;
        }
        cell += char;
        rowHasContent = true;
        position++;
    }
    if (cell !== '' || cells.length > 0 || rowHasContent)
        endRow();
    return rows;
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