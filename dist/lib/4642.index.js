"use strict";
exports.id = 4642;
exports.ids = [4642];
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

/***/ 68505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ codePoints),
/* harmony export */   Gx: () => (/* binding */ truncationNotice),
/* harmony export */   oR: () => (/* binding */ composeCommentBody)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67177);

/** GitHub's measured limit for comment bodies in bytes; the code-point limit is the stricter one in practice. */
const COMMENT_LIMIT_BYTES = 262_144;
/** The comment as posted: content fitted to GitHub's limit with a notice, the marker always last. */
function composeCommentBody(content, options) {
    const limit = options.maxCodePoints ?? _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_LIMIT_CODE_POINTS */ .Os;
    const notice = truncationNotice(options.reportUrl);
    const fitted = (0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fitMarkdown */ .DJ)(content, {
        maxCodePoints: limit,
        maxBytes: COMMENT_LIMIT_BYTES,
        notice,
        keepTail: options.marker
    });
    // The shared fitter is trusted only as far as it verifiably kept the limit and the marker at the end.
    if (codePoints(fitted.text) <= limit && fitted.text.endsWith(options.marker)) {
        return { body: fitted.text, truncated: fitted.truncated };
    }
    const tail = `\n\n${options.marker}`;
    const cut = cutToCodePoints(content, limit - codePoints(tail), notice);
    return { body: `${cut.text.replace(/\s+$/, '')}${tail}`, truncated: cut.truncated };
}
function truncationNotice(reportUrl) {
    const where = reportUrl
        ? `the job summary / [report artifact](${reportUrl})`
        : 'the job summary / report artifact';
    return `…truncated: see ${where}`;
}
function codePoints(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
function cutToCodePoints(content, budget, notice) {
    if (codePoints(content) <= budget)
        return { text: content, truncated: false };
    const fenceCloser = '\n```';
    const room = budget - codePoints(`\n\n${notice}`) - codePoints(fenceCloser);
    let kept = Array.from(content).slice(0, Math.max(0, room)).join('');
    // Cut at a line end so no table row or word is half shown.
    const lastNewline = kept.lastIndexOf('\n');
    if (lastNewline > 0)
        kept = kept.slice(0, lastNewline);
    const openFences = (kept.match(/^\s*(```|~~~)/gm) ?? []).length;
    if (openFences % 2 === 1)
        kept += fenceCloser;
    return { text: `${kept}\n\n${notice}`, truncated: true };
}


/***/ }),

/***/ 13423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ retiredMarker),
/* harmony export */   Um: () => (/* binding */ defuseMarkers),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   yw: () => (/* binding */ defaultStickyKey)
/* harmony export */ });
const MARKER_NAMESPACE = 'ml-actions';
const RETIRED_NAMESPACE = 'ml-actions-hidden';
/**
 * The hidden HTML comment that identifies one sticky comment. Action and key are percent-encoded down to a safe
 * alphabet, and runs of hyphens are broken up, so no key can end the HTML comment or forge another marker.
 */
function stickyMarker(action, key) {
    return `<!-- ${MARKER_NAMESPACE}:${encodeMarkerPart(action)}:${encodeMarkerPart(key)} -->`;
}
/** The marker a hidden (minimized) comment keeps, so later lookups no longer adopt it. */
function retiredMarker(marker) {
    return marker.replace(`<!-- ${MARKER_NAMESPACE}:`, `<!-- ${RETIRED_NAMESPACE}:`);
}
/** Workflow + job: distinct per job, stable across re-runs. Matrix legs need their own key. */
function defaultStickyKey(env) {
    return `${env.GITHUB_WORKFLOW || 'workflow'}/${env.GITHUB_JOB || 'job'}`;
}
/** Neutralises marker look-alikes in content we did not write, so our marker is the only one in the body. */
function defuseMarkers(markdown) {
    return markdown.replace(/<!--(\s*ml-actions)/g, '&lt;!--$1');
}
const SAFE = /[A-Za-z0-9 _.,/@+=#()[\]-]/;
function encodeMarkerPart(value) {
    let encoded = '';
    for (const char of value) {
        encoded += SAFE.test(char)
            ? char
            : [...Buffer.from(char, 'utf8')]
                .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
                .join('');
    }
    return encoded.replace(/-(?=-)/g, '%2D');
}


/***/ }),

/***/ 54089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ describeAcceptedPermissions),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   Sc: () => (/* binding */ isAmbiguousWriteFailure),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   si: () => (/* binding */ FORK_RECIPE_PATH)
/* harmony export */ });
const FORK_RECIPE_PATH = 'docs/recipes/fork-prs.md';
/** Classifies an Octokit RequestError; undefined for anything that is not an HTTP failure (those are bugs). */
function describeGitHubFailure(error, attempted) {
    if (!isHttpError(error))
        return undefined;
    const status = error.status;
    const headers = error.response?.headers ?? {};
    const apiMessage = messageOf(error);
    if (isRateLimit(status, headers, apiMessage)) {
        return {
            code: 'rate-limited',
            status,
            message: `Could not ${attempted}: GitHub rate limit exceeded (${apiMessage}).`
        };
    }
    if (status === 403) {
        const accepted = headers['x-accepted-github-permissions'];
        const permission = describeAcceptedPermissions(typeof accepted === 'string' ? accepted : undefined);
        if (/resource not accessible by integration/i.test(apiMessage)) {
            return {
                code: 'read-only-token',
                status,
                message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}": the token lacks ${permission}. ` +
                    'Pull requests from forks only get a read-only GITHUB_TOKEN, so the results are in the job summary ' +
                    `and the report artifact instead. To comment on fork pull requests, use the two-workflow mode in ${FORK_RECIPE_PATH}.`
            };
        }
        return {
            code: 'forbidden',
            status,
            message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}" (needs ${permission}).`
        };
    }
    if (status === 404 || status === 410) {
        return {
            code: 'not-found',
            status,
            message: `Could not ${attempted}: GitHub answered ${status} (the pull request or issue is gone, or the token cannot see it).`
        };
    }
    return {
        code: 'github-error',
        status,
        message: `Could not ${attempted}: GitHub answered ${status} "${apiMessage}".`
    };
}
/**
 * `issues=write; pull_requests=write` lists alternatives (any one set suffices); a set may name several
 * permissions separated by commas. Rendered in workflow `permissions:` syntax.
 */
function describeAcceptedPermissions(header) {
    const sets = (header ?? 'pull_requests=write; issues=write')
        .split(';')
        .map((set) => set
        .split(',')
        .map((permission) => permission.trim())
        .filter(Boolean)
        .map((permission) => {
        const [name = '', level = 'write'] = permission.split('=');
        return `\`${name.trim().replace(/_/g, '-')}: ${level.trim()}\``;
    })
        .join(' and '))
        .filter(Boolean);
    // Pull-request comments are the common case, so name that permission first.
    sets.sort((a, b) => Number(b.includes('pull-requests')) - Number(a.includes('pull-requests')));
    return sets.join(' or ');
}
/** A failed write whose outcome is unknown: the server may have done it before the answer was lost. */
function isAmbiguousWriteFailure(error) {
    return isHttpError(error) && error.status >= 500;
}
function isNotFound(error) {
    return isHttpError(error) && (error.status === 404 || error.status === 410);
}
function isRateLimit(status, headers, message) {
    if (status !== 403 && status !== 429)
        return false;
    return (String(headers['x-ratelimit-remaining']) === '0' ||
        /rate limit/i.test(message) ||
        status === 429);
}
function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function messageOf(error) {
    const data = error.response?.data;
    if (typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string') {
        return data.message;
    }
    return error.message ?? 'unknown error';
}


/***/ }),

/***/ 44642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CommentError),
/* harmony export */   q: () => (/* binding */ GITHUB_ACTIONS_LOGIN),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68505);
/* harmony import */ var _comment_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13423);
/* harmony import */ var _github_failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54089);
/* harmony import */ var _sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72496);





/** Who a workflow's GITHUB_TOKEN comments as. GET /user is closed to it, so this cannot be asked. */
const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
/** Raised only when the caller asked to fail on comment errors. */
class CommentError extends Error {
    code;
    name = 'CommentError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
const MINIMIZE_COMMENT = `mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } }
}`;
/**
 * Creates or maintains one comment per action and key on an issue or pull request. Never edits comments of
 * other authors, never leaves a duplicate behind after a lost response, and turns GitHub's refusals into a
 * warning plus `skipped` unless told otherwise.
 */
async function upsertStickyComment(octokit, options) {
    const mode = options.mode ?? 'upsert';
    if (mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment mode is off' };
    const thread = new CommentThread(octokit, options);
    let truncated = false;
    const compose = (content) => {
        const composed = (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .composeCommentBody */ .oR)((0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .defuseMarkers */ .Um)(content), {
            marker: thread.marker,
            ...(options.reportUrl ? { reportUrl: options.reportUrl } : {})
        });
        truncated = composed.truncated;
        return composed.body;
    };
    const progress = { step: `list the comments of ${thread.where}` };
    try {
        const comments = await thread.list();
        const plan = (0,_sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planStickyComment */ .ko)({
            comments,
            marker: thread.marker,
            identity: thread.identity,
            mode,
            content: options.body,
            compose
        });
        const result = await carryOutPlan(thread, plan, comments, mode, progress);
        return result.action === 'deleted' || result.action === 'skipped'
            ? result
            : { ...result, truncated };
    }
    catch (error) {
        return refusal(error, progress.step, options);
    }
}
/** Does what the plan says, naming in `progress.step` what it is doing for a refusal's message. */
async function carryOutPlan(thread, plan, comments, mode, progress) {
    const { where } = thread;
    if (plan.update) {
        progress.step = `update comment ${plan.update.comment.id} on ${where}`;
        await thread.update(plan.update.comment.id, plan.update.body);
        progress.step = `delete duplicate comments on ${where}`;
        for (const duplicate of plan.remove)
            await thread.delete(duplicate);
        return { action: 'updated', commentId: plan.update.comment.id, url: plan.update.comment.url };
    }
    if (plan.unchanged) {
        progress.step = `delete duplicate comments on ${where}`;
        for (const duplicate of plan.remove)
            await thread.delete(duplicate);
        return { action: 'unchanged', commentId: plan.unchanged.id, url: plan.unchanged.url };
    }
    if (plan.create !== undefined) {
        progress.step = `create a comment on ${where}`;
        const created = await thread.createReconciled(plan.create, comments);
        // Old ones go only after the new one exists, so a failure never leaves the PR without a report.
        progress.step = `remove the previous comment on ${where}`;
        for (const old of plan.remove)
            await thread.delete(old);
        progress.step = `hide the previous comment on ${where}`;
        for (const old of plan.hide)
            await thread.hide(old);
        if (mode === 'upsert' || mode === 'append') {
            progress.step = `check for concurrent comments on ${where}`;
            const settled = await thread.settleConcurrentCreates(created.id, plan.create);
            if (settled)
                return settled;
        }
        return { action: 'created', commentId: created.id, url: created.url };
    }
    progress.step = `delete the comment on ${where}`;
    for (const old of plan.remove)
        await thread.delete(old);
    const [first] = plan.remove;
    return first
        ? { action: 'deleted', commentId: first.id, url: first.url }
        : { action: 'skipped', code: 'nothing-to-delete', reason: `no comment of ours on ${where}` };
}
/** GitHub refused: a warning and `skipped`, or an error when the caller asked to fail. */
function refusal(error, step, options) {
    const failure = (0,_github_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .Po)(error, step);
    if (!failure)
        throw error;
    if (options.failOnCommentError) {
        throw failure.code === 'read-only-token' || failure.code === 'forbidden'
            ? new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(failure.message, 'github-token')
            : new CommentError(failure.message, failure.code);
    }
    options.logger.warning(failure.message);
    return { action: 'skipped', code: failure.code, reason: failure.message };
}
/** The comments of one issue or pull request, as the sticky comment of one action and key sees them. */
class CommentThread {
    octokit;
    options;
    marker;
    identity;
    where;
    target;
    constructor(octokit, options) {
        this.octokit = octokit;
        this.options = options;
        this.marker = (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .stickyMarker */ .YL)(options.action, options.key ?? (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultStickyKey */ .yw)(options.env ?? process.env));
        this.identity = options.viewerLogin ?? options.identity ?? GITHUB_ACTIONS_LOGIN;
        this.target = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
        this.where = `#${options.issueNumber}`;
    }
    async list() {
        const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            ...this.target,
            per_page: 100
        });
        return comments.map(_sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .existingComment */ .x_);
    }
    async update(commentId, body) {
        await this.octokit.rest.issues.updateComment({
            owner: this.options.owner,
            repo: this.options.repo,
            comment_id: commentId,
            body
        });
    }
    async delete(comment) {
        try {
            await this.octokit.rest.issues.deleteComment({
                owner: this.options.owner,
                repo: this.options.repo,
                comment_id: comment.id
            });
        }
        catch (error) {
            // A concurrent run may have removed it first; the goal state is reached either way.
            if (!(0,_github_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(error))
                throw error;
        }
    }
    async hide(comment) {
        try {
            await this.octokit.graphql(MINIMIZE_COMMENT, {
                subjectId: comment.nodeId,
                classifier: 'OUTDATED'
            });
        }
        catch (error) {
            // GraphQL reports a refused mutation in the body, not the status; the new comment stands regardless.
            if (error.name !== 'GraphqlResponseError')
                throw error;
            this.options.logger.warning(`Could not hide comment ${comment.id} on ${this.where}: ${error.message}`);
        }
        // Minimized state is invisible to the REST list, so retire the marker or the next run would adopt it.
        await this.update(comment.id, comment.body.split(this.marker).join((0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .retiredMarker */ .KW)(this.marker)));
    }
    async createReconciled(body, before) {
        const known = new Set(before.map((c) => c.id));
        const attempts = Math.max(1, this.options.createAttempts ?? 3);
        for (let attempt = 1;; attempt++) {
            try {
                // The retry plugin must not repeat this POST on its own: a lost answer would become a duplicate.
                const { data } = await this.octokit.rest.issues.createComment({
                    ...this.target,
                    body,
                    request: { retries: 0 }
                });
                return { id: data.id, url: data.html_url };
            }
            catch (error) {
                if (!(0,_github_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .isAmbiguousWriteFailure */ .Sc)(error) || attempt >= attempts)
                    throw error;
                this.options.logger.info(`Creating the comment on ${this.where} failed without a clear answer; checking whether it exists.`);
                await delay((this.options.reconcileDelayMs ?? 1000) * attempt);
                const created = (0,_sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .findOwnComments */ .gP)(await this.list(), this.marker, this.identity).filter((c) => !known.has(c.id));
                const [first, ...extra] = created;
                if (first) {
                    for (const duplicate of extra)
                        await this.delete(duplicate);
                    return { id: first.id, url: first.url };
                }
            }
        }
    }
    /**
     * Listing and creating is not atomic: a parallel run (another matrix leg, a re-run) may have created too.
     * Everyone converges on the oldest comment, so whichever runs last leaves exactly one.
     */
    async settleConcurrentCreates(createdId, body) {
        const [oldest, ...newer] = (0,_sticky_comment_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .findOwnComments */ .gP)(await this.list(), this.marker, this.identity);
        if (!oldest || oldest.id === createdId) {
            for (const duplicate of newer)
                await this.delete(duplicate);
            return undefined;
        }
        await this.update(oldest.id, body);
        for (const duplicate of newer)
            await this.delete(duplicate);
        return { action: 'updated', commentId: oldest.id, url: oldest.url };
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
;