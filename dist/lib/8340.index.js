"use strict";
exports.id = 8340;
exports.ids = [8340];
exports.modules = {

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


/***/ }),

/***/ 78340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  raiseAlertIssue: () => (/* binding */ raiseAlertIssue),
  resolveAlertIssue: () => (/* binding */ resolveAlertIssue)
});

// UNUSED EXPORTS: alertMarker

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __webpack_require__(63932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/plain-title.ts

const ZERO_WIDTH_SPACE = '\u200B';
/** GitHub's limit for an issue title. */
const ISSUE_TITLE_LIMIT = 256;
/**
 * Untrusted text for an issue title. A title is shown as text (entities and backslashes would show),
 * but GitHub still links `#123` and `owner/repo#123` there and a line break would end it, so: one
 * line, printable, references and mentions broken with a zero-width space, cut to the limit.
 */
function plainTitle(text, maxCodePoints = ISSUE_TITLE_LIMIT) {
    const line = (0,unicode/* toPrintable */.f8)(text)
        .replace(/\s+/g, ' ')
        .trim()
        // `a@b` is no mention (GitHub wants a non-word character before the `@`); `repo#1` is a reference.
        .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(gh-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`);
    return (0,unicode/* headByCodePoints */.Wu)(line, maxCodePoints);
}

// EXTERNAL MODULE: ./packages/github/src/comment-body.ts
var comment_body = __webpack_require__(68505);
// EXTERNAL MODULE: ./packages/github/src/comment-marker.ts
var comment_marker = __webpack_require__(13423);
// EXTERNAL MODULE: ./packages/github/src/github-failure.ts
var github_failure = __webpack_require__(54089);
// EXTERNAL MODULE: ./packages/github/src/sticky-comment-plan.ts
var sticky_comment_plan = __webpack_require__(72496);
// EXTERNAL MODULE: ./packages/github/src/sticky-comment.ts
var sticky_comment = __webpack_require__(44642);
;// CONCATENATED MODULE: ./packages/github/src/alert-issue.ts






const ALERT_ACTION_SUFFIX = 'alert';
/**
 * The alert issue, sticky like our comments: the open issue of the token's identity that carries the
 * marker is the one alert. Raising it again updates that issue, so a re-run or the next failed deploy
 * never opens a second one; after it was closed, the next failure opens a new one.
 */
async function raiseAlertIssue(octokit, options) {
    const { owner, repo } = options;
    const marker = alertMarker(options);
    const title = plainTitle(options.title);
    const body = (0,comment_body/* composeCommentBody */.oR)((0,comment_marker/* defuseMarkers */.Um)(options.body), { marker }).body;
    let step = `list the open issues of ${owner}/${repo}`;
    try {
        const [open] = await findOpenAlerts(octokit, options, marker);
        if (open) {
            if ((0,sticky_comment_plan/* sameText */.QV)(open.body, body) && open.title === title) {
                return { action: 'unchanged', issueNumber: open.number, url: open.url };
            }
            step = `update alert issue #${open.number}`;
            await octokit.rest.issues.update({ owner, repo, issue_number: open.number, title, body });
            return { action: 'updated', issueNumber: open.number, url: open.url };
        }
        step = `open an alert issue in ${owner}/${repo}`;
        const created = await createReconciled(octokit, options, marker, { title, body });
        step = `check for concurrent alert issues in ${owner}/${repo}`;
        return await settleConcurrentOpens(octokit, options, marker, created, { title, body });
    }
    catch (error) {
        return skipped(error, step, options.logger);
    }
}
/** Closes the open alert, if any, with a comment saying what resolved it. */
async function resolveAlertIssue(octokit, options) {
    const { owner, repo } = options;
    const marker = alertMarker(options);
    let step = `list the open issues of ${owner}/${repo}`;
    try {
        const open = await findOpenAlerts(octokit, options, marker);
        if (open.length === 0)
            return { action: 'none-open' };
        for (const issue of open) {
            step = `comment on alert issue #${issue.number}`;
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: issue.number,
                body: (0,comment_marker/* defuseMarkers */.Um)(options.comment)
            });
            step = `close alert issue #${issue.number}`;
            await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: issue.number,
                state: 'closed',
                state_reason: 'completed'
            });
        }
        const [first] = open;
        return { action: 'closed', issueNumber: first.number, url: first.url };
    }
    catch (error) {
        return skipped(error, step, options.logger);
    }
}
function alertMarker(options) {
    return (0,comment_marker/* stickyMarker */.YL)(`${options.action}-${ALERT_ACTION_SUFFIX}`, options.key);
}
/** Ours and open, oldest first: the oldest of several is the one that stays. */
async function findOpenAlerts(octokit, options, marker) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: options.owner,
        repo: options.repo,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    const byId = new Map();
    const candidates = [];
    for (const issue of issues) {
        // The issues list carries pull requests too; an alert is never one.
        if (issue.pull_request)
            continue;
        byId.set(issue.id, {
            number: issue.number,
            title: issue.title,
            body: issue.body ?? '',
            url: issue.html_url
        });
        candidates.push((0,sticky_comment_plan/* existingComment */.x_)(issue));
    }
    return (0,sticky_comment_plan/* findOwnComments */.gP)(candidates, marker, options.viewerLogin ?? sticky_comment/* GITHUB_ACTIONS_LOGIN */.q).map((c) => byId.get(c.id));
}
/** A lost answer to the create must not become a second issue: look before trying again. */
async function createReconciled(octokit, options, marker, content) {
    try {
        const { data } = await octokit.rest.issues.create({
            owner: options.owner,
            repo: options.repo,
            ...content,
            request: { retries: 0 }
        });
        return { number: data.number, url: data.html_url };
    }
    catch (error) {
        if (!(0,github_failure/* isAmbiguousWriteFailure */.Sc)(error))
            throw error;
        const [found] = await findOpenAlerts(octokit, options, marker);
        if (!found)
            throw error;
        return { number: found.number, url: found.url };
    }
}
/** Two runs that both found none both opened one: the oldest stays, the other is closed as a duplicate. */
async function settleConcurrentOpens(octokit, options, marker, created, content) {
    const [oldest, ...newer] = await findOpenAlerts(octokit, options, marker);
    for (const duplicate of newer) {
        await octokit.rest.issues.update({
            owner: options.owner,
            repo: options.repo,
            issue_number: duplicate.number,
            state: 'closed',
            state_reason: 'not_planned'
        });
    }
    if (!oldest || oldest.number === created.number) {
        return { action: 'opened', issueNumber: created.number, url: created.url };
    }
    await octokit.rest.issues.update({
        owner: options.owner,
        repo: options.repo,
        issue_number: oldest.number,
        ...content
    });
    return { action: 'updated', issueNumber: oldest.number, url: oldest.url };
}
function skipped(error, step, logger) {
    const failure = (0,github_failure/* describeGitHubFailure */.Po)(error, step);
    if (!failure)
        throw error;
    const message = failure.code === 'forbidden' || failure.code === 'read-only-token'
        ? `${failure.message} The alert issue needs \`issues: write\`.`
        : failure.message;
    logger.warning(message);
    return { action: 'skipped', code: failure.code, reason: message };
}


/***/ })

};
;