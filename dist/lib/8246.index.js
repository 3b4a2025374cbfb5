"use strict";
exports.id = 8246;
exports.ids = [8246];
exports.modules = {

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

/***/ 71588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ escapeLineStart),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* harmony import */ var _unicode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63932);

/**
 * Escaping of untrusted text (file contents, metric names, keys, logs) for GitHub-flavoured markdown.
 *
 * - `&`, `<`, `>` become entities, so HTML, comments (`<!-- marker -->`), `</details>` and
 *   `<img>`/`<script>` are shown, not interpreted.
 * - Markdown punctuation that could start a construct (`\` `` ` `` `*` `~` `[` `]` `|` `$`, and `_`
 *   outside a word) is backslash-escaped: no code spans, fences, emphasis, links, images
 *   (`![x](https://…)` loses its `[`), math or table cells can be opened.
 * - `@name` gets a zero-width space after the `@`: GitHub's mention filter runs on the rendered text,
 *   where an entity such as `&#64;` would already be an `@` again, so only a character that stays
 *   between `@` and the name stops the ping.
 * - `#123`, `owner/repo#123` and `GH-123` get the same treatment: GitHub links them and adds a
 *   cross-reference to that issue's timeline on every edit of a sticky comment, which is noise in
 *   someone else's issue. `owner/repo@sha` and `user@sha` are mentions as far as the `@` goes.
 * - Autolink literals lose their trigger: a zero-width space goes after the `:` of `scheme://`,
 *   `mailto:` and `xmpp:` and after the `www` of `www.`. A backslash would not do: GitHub's parser
 *   also finds them in text after escapes are resolved.
 * - Line breaks become `<br>`, so the text stays on one line of markdown and cannot start a block.
 * - Control characters and lone surrogates become U+FFFD; bidirectional controls and zero-width
 *   characters become visible escapes such as `\u202E` (see `toPrintable`).
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LINE_BREAK = /\r\n|\r|\n/g;
// Indentation would start a code block, and a line break there an HTML block; neither shows.
const LEADING_BLANK = /^\s+/;
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '~', '[', ']', '|', '$']);
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[\\`*~[\]|$&<>_@#":.-]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MENTION_START = /[A-Za-z0-9]/;
/** Untrusted text for a paragraph, list item or heading: also safe at the start of a line. */
function escapeText(text) {
    return escapeLineStart(escapeInline(text.replace(LEADING_BLANK, ''), 'text'));
}
/** Untrusted text for a GFM table cell. Pipes are escaped; block markers need no escaping in a cell. */
function escapeCell(text) {
    return escapeInline(text, 'cell');
}
/**
 * Untrusted text inside raw HTML such as `<summary>`, where markdown is not parsed (so a backslash
 * would show) but entities are: entity-escapes, neutralises mentions and issue references.
 */
function escapeHtml(text) {
    return escapeInline(text, 'html');
}
function escapeInline(text, context) {
    const clean = (0,_unicode_js__WEBPACK_IMPORTED_MODULE_0__/* .toPrintable */ .f8)(text);
    const escaped = clean.replace(SPECIAL, (character, offset) => escapeCharacter(character, clean, offset, context));
    return escaped.replace(LINE_BREAK, context === 'html' ? ' ' : '<br>');
}
function escapeCharacter(character, text, offset, context) {
    const entity = ENTITIES[character];
    if (entity !== undefined)
        return entity;
    const next = text[offset + 1] ?? '';
    if (character === '@')
        return MENTION_START.test(next) ? `@${ZERO_WIDTH_SPACE}` : '@';
    if (character === '#')
        return escapeHash(text, offset, context);
    if (character === '-')
        return isGitHubReference(text, offset) ? `-${ZERO_WIDTH_SPACE}` : '-';
    if (character === ':')
        return startsAutolink(character, text, offset) ? `:${ZERO_WIDTH_SPACE}` : ':';
    if (character === '.')
        return startsAutolink(character, text, offset) ? `${ZERO_WIDTH_SPACE}.` : '.';
    if (context === 'html')
        return character === '"' ? '&quot;' : character;
    if (character === '"')
        return character;
    if (character === '_')
        return isIntraword(text, offset) ? '_' : '\\_';
    return BACKSLASH_ESCAPED.has(character) ? `\\${character}` : character;
}
/**
 * `#` after a space would close a heading (`## title #`), and before a digit it is an issue reference.
 * A `#` opening a line is escapeLineStart's concern.
 */
function escapeHash(text, offset, context) {
    const previous = text[offset - 1];
    const closesHeading = context === 'text' && (previous === ' ' || previous === '\t');
    const hash = closesHeading ? '\\#' : '#';
    return /[0-9]/.test(text[offset + 1] ?? '') ? `${hash}${ZERO_WIDTH_SPACE}` : hash;
}
/** `GH-7`: GitHub's other spelling of `#7`, in any case, not inside a longer word. */
function isGitHubReference(text, offset) {
    return (/(?:^|[^\p{L}\p{N}_])gh$/iu.test(text.slice(0, offset)) && /[0-9]/.test(text[offset + 1] ?? ''));
}
/** The characters GFM's autolink literals are recognised by: `scheme://`, `mailto:`, `xmpp:`, `www.`. */
function startsAutolink(character, text, offset) {
    const before = text.slice(Math.max(0, offset - 6), offset);
    if (character === '.')
        return /(?:^|[^\p{L}\p{N}])www$/iu.test(before) || /^www$/i.test(before);
    return text.startsWith('//', offset + 1) || /(?:mailto|xmpp)$/i.test(before);
}
/** An underscore between two word characters can neither open nor close emphasis. */
function isIntraword(text, offset) {
    const previous = text[offset - 1] ?? '';
    const next = text[offset + 1] ?? '';
    return WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next);
}
/**
 * Escape what would make a line of inline markdown start a block: a heading (`#`), a list marker
 * (`-`, `+`, `1.` followed by a space), or a setext underline or thematic break (a line of only `-`
 * or `=`). `>`, `*` and `_` are escaped everywhere already. `-0.5` is left alone: it starts no block.
 */
function escapeLineStart(markdown) {
    if (/^\s*([-=])(\s*\1)*\s*$/.test(markdown))
        return markdown.replace(/^(\s*)/, '$1\\');
    return markdown
        .replace(/^(\s*)(#|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}


/***/ }),

/***/ 80036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   TB: () => (/* binding */ formatPlainDecimal),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   vb: () => (/* binding */ DEFAULT_SIGNIFICANT_DIGITS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PERCENT_SIGNIFICANT_DIGITS, formatPercentChange, formatDelta */
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
    const common = positionalBySpec(value, significantDigits);
    if (common !== undefined)
        return common;
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
/**
 * The common case in one call: from 0.0001 to 10^(digits − 1) toPrecision writes the same
 * rounded digits as toExponential (the two are specified alike) in positional notation, and
 * only the trailing zeros of its fraction differ from `positional`. Undefined elsewhere, and
 * when rounding reached 10^(digits − 1) (the text has no point): the general path decides.
 */
function positionalBySpec(value, significantDigits) {
    const magnitude = Math.abs(value);
    if (!(magnitude >= 1e-4 && magnitude < POSITIONAL_LIMITS[significantDigits]))
        return undefined;
    const text = magnitude.toPrecision(significantDigits);
    if (text.indexOf('.') < 0)
        return undefined;
    let end = text.length;
    while (text.charCodeAt(end - 1) === ZERO)
        end--;
    if (text.charCodeAt(end - 1) === POINT)
        end--;
    const digits = end === text.length ? text : text.slice(0, end);
    return value < 0 ? `-${digits}` : digits;
}
const POSITIONAL_LIMITS = Array.from({ length: 18 }, (_, digits) => 10 ** (digits - 1));
function checkSignificantDigits(requested) {
    const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS;
    if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
        throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`);
    }
    return digits;
}
function roundToSignificant(value, significantDigits) {
    // toExponential rounds the exact binary value once, so every notation below shows the same digits.
    // Read by index rather than split and regexes: the comparison writes 10^5 of these per report.
    const text = Math.abs(value).toExponential(significantDigits - 1);
    const exponentAt = text.indexOf('e');
    let end = exponentAt;
    while (end > 1 && (text.charCodeAt(end - 1) === ZERO || text.charCodeAt(end - 1) === POINT))
        end--;
    const digits = end > 2 ? text[0] + text.slice(2, end) : text.slice(0, 1);
    return { negative: value < 0, digits, exponent: Number(text.slice(exponentAt + 1)) };
}
const ZERO = 48;
const POINT = 46;
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

/***/ 22463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ table)
});

// UNUSED EXPORTS: MISSING_CELL

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./packages/core/src/markdown/escape.ts
var markdown_escape = __webpack_require__(71588);
// EXTERNAL MODULE: ./packages/core/src/markdown/trusted.ts
var trusted = __webpack_require__(23392);
// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __webpack_require__(63932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/table.ts




/** Shown where a row has no value for a column. */
const MISSING_CELL = '–';
const ALIGN_CODES = {
    left: 'l',
    right: 'r',
    center: 'c',
    none: ''
};
/** A GFM table. Every plain-string cell and header is escaped; short rows are filled with empty cells. */
function table(headers, rows, align = [], options = {}) {
    if (headers.length === 0)
        throw new RangeError('A table needs at least one column');
    const matrix = [headers.map(renderCell)];
    for (const [index, row] of rows.entries()) {
        if (row.length > headers.length) {
            throw new RangeError(`Table row ${index} has ${row.length} cells for ${headers.length} columns`);
        }
        const cells = row.map(renderCell);
        while (cells.length < headers.length)
            cells.push('');
        matrix.push(cells);
    }
    return markdownTable(matrix, {
        align: headers.map((_, column) => ALIGN_CODES[align[column] ?? 'none']),
        alignDelimiters: options.alignDelimiters ?? true,
        stringLength: unicode/* countCodePoints */.sA
    });
}
function renderCell(cell) {
    if (cell === null || cell === undefined)
        return MISSING_CELL;
    if ((0,trusted/* isTrustedMarkdown */.N)(cell))
        return protectTableStructure(cell.trustedMarkdown);
    return (0,markdown_escape/* escapeCell */.kq)(cell);
}
/**
 * GFM splits cells on every unescaped pipe, even inside code spans, and un-escapes `\|` before
 * inline parsing; so escaping all pipes keeps trusted markdown in its cell and renders it unchanged.
 */
function protectTableStructure(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}


/***/ }),

/***/ 23392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isTrustedMarkdown),
/* harmony export */   p: () => (/* binding */ trustedMarkdown)
/* harmony export */ });
function trustedMarkdown(markdown) {
    return { trustedMarkdown: markdown };
}
function isTrustedMarkdown(value) {
    return typeof value === 'object' && value !== null && 'trustedMarkdown' in value;
}


/***/ }),

/***/ 63932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ headByCodePoints),
/* harmony export */   f8: () => (/* binding */ toPrintable),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   lH: () => (/* binding */ toWellFormed),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony export visibleEscape */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/**
 * Characters that change how the text around them is displayed while showing nothing themselves:
 * bidirectional overrides, embeddings, isolates and marks (`rtl\u202Egnp.exe` displays as
 * "rtlexe.png"), zero-width spaces and joiners, the word joiner and invisible operators, the
 * byte-order mark, the soft hyphen, the Mongolian vowel separator, Hangul fillers, line and paragraph
 * separators, and the invisible tag characters (text smuggled past a reader).
 */
const INVISIBLE = /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const LETTER_OUTSIDE_ASCII = /[^\p{ASCII}](?<=[\p{L}\p{M}])/u;
/**
 * Untrusted text made printable: lone surrogates and control characters (but tab and line breaks)
 * become U+FFFD, and invisible formatting characters become visible escapes (`\u202E`,
 * `\u{E0041}`), so a name cannot be spoofed visually. Joiners keep their job where a script needs
 * them: a zero-width joiner between emoji (👩‍💻) and a zero-width non-joiner between letters of a
 * script other than Latin (Persian, Indic).
 */
function toPrintable(text) {
    return showInvisible(toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD'));
}
/**
 * Only the invisible formatting characters of `toPrintable` made visible escapes, control
 * characters left as they are: what a log line needs, where the runner renders ANSI colour
 * escapes and carriage returns of a training command's progress bars.
 */
function showInvisible(text) {
    return text.replace(INVISIBLE, (character, offset, whole) => isScriptJoiner(character, whole, offset) ? character : visibleEscape(character));
}
/** `\u202E` for a BMP character, `\u{E0041}` beyond it: the form JavaScript and Python both read. */
function visibleEscape(character) {
    const code = character.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
function isScriptJoiner(character, text, offset) {
    if (character !== '\u200D' && character !== '\u200C')
        return false;
    const before = codePointBefore(text, offset);
    const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0);
    if (character === '\u200D')
        return EMOJI.test(before.replace(/\uFE0F$/, '')) && EMOJI.test(after);
    return LETTER_OUTSIDE_ASCII.test(before) && LETTER_OUTSIDE_ASCII.test(after);
}
/** The code point ending at `offset`, skipping one emoji presentation selector. */
function codePointBefore(text, offset) {
    let end = offset;
    if (text[end - 1] === '\uFE0F')
        end--;
    const low = text.charCodeAt(end - 1);
    const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    return text.slice(Math.max(0, start), end);
}
/** GitHub counts comment length in code points, not in UTF-16 units as `String.length` does. */
function countCodePoints(text) {
    let count = 0;
    for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const isTrailingHalfOfPair = unit >= 0xdc00 &&
            unit <= 0xdfff &&
            index > 0 &&
            isLeadingSurrogate(text.charCodeAt(index - 1));
        if (!isTrailingHalfOfPair)
            count++;
    }
    return count;
}
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` with at most `maxCodePoints` code points, never ending between a surrogate pair. */
function headByCodePoints(text, maxCodePoints) {
    let end = 0;
    let count = 0;
    while (end < text.length && count < maxCodePoints) {
        end += startsSurrogatePair(text, end) ? 2 : 1;
        count++;
    }
    return text.slice(0, end);
}
function startsSurrogatePair(text, index) {
    const next = text.charCodeAt(index + 1);
    return isLeadingSurrogate(text.charCodeAt(index)) && next >= 0xdc00 && next <= 0xdfff;
}
function isLeadingSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}


/***/ })

};
;