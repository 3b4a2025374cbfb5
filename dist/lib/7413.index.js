"use strict";
exports.id = 7413;
exports.ids = [7413];
exports.modules = {

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


/***/ })

};
;