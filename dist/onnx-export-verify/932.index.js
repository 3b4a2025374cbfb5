"use strict";
exports.id = 932;
exports.ids = [932];
exports.modules = {

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertStickyComment: () => (/* binding */ upsertStickyComment)
});

// UNUSED EXPORTS: CommentError, GITHUB_ACTIONS_LOGIN

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __webpack_require__(7177);
;// CONCATENATED MODULE: ./packages/github/src/comment-body.ts

/** GitHub's measured limit for comment bodies in bytes; the code-point limit is the stricter one in practice. */
const COMMENT_LIMIT_BYTES = 262_144;
/** The comment as posted: content fitted to GitHub's limit with a notice, the marker always last. */
function composeCommentBody(content, options) {
    const limit = options.maxCodePoints ?? fit_markdown/* COMMENT_LIMIT_CODE_POINTS */.Os;
    const notice = truncationNotice(options.reportUrl);
    const fitted = (0,fit_markdown/* fitMarkdown */.DJ)(content, {
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

;// CONCATENATED MODULE: ./packages/github/src/comment-marker.ts
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

;// CONCATENATED MODULE: ./packages/github/src/github-failure.ts
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

// EXTERNAL MODULE: ./packages/github/src/sticky-comment-plan.ts
var sticky_comment_plan = __webpack_require__(2496);
;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts





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
    const logger = options.logger;
    const marker = stickyMarker(options.action, options.key ?? defaultStickyKey(options.env ?? process.env));
    const identity = options.viewerLogin ?? options.identity ?? GITHUB_ACTIONS_LOGIN;
    const target = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
    const where = `#${options.issueNumber}`;
    let truncated = false;
    const compose = (content) => {
        const composed = composeCommentBody(defuseMarkers(content), {
            marker,
            ...(options.reportUrl ? { reportUrl: options.reportUrl } : {})
        });
        truncated = composed.truncated;
        return composed.body;
    };
    const listComments = async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...target,
            per_page: 100
        });
        return comments.map((c) => ({
            id: c.id,
            nodeId: c.node_id,
            body: c.body ?? '',
            authorLogin: c.user?.login ?? '',
            createdAt: c.created_at,
            url: c.html_url
        }));
    };
    const deleteComment = async (comment) => {
        try {
            await octokit.rest.issues.deleteComment({
                owner: options.owner,
                repo: options.repo,
                comment_id: comment.id
            });
        }
        catch (error) {
            // A concurrent run may have removed it first; the goal state is reached either way.
            if (!isNotFound(error))
                throw error;
        }
    };
    const hideComment = async (comment) => {
        try {
            await octokit.graphql(MINIMIZE_COMMENT, { subjectId: comment.nodeId, classifier: 'OUTDATED' });
        }
        catch (error) {
            // GraphQL reports a refused mutation in the body, not the status; the new comment stands regardless.
            if (error.name !== 'GraphqlResponseError')
                throw error;
            logger.warning(`Could not hide comment ${comment.id} on ${where}: ${error.message}`);
        }
        // Minimized state is invisible to the REST list, so retire the marker or the next run would adopt it.
        await octokit.rest.issues.updateComment({
            owner: options.owner,
            repo: options.repo,
            comment_id: comment.id,
            body: comment.body.split(marker).join(retiredMarker(marker))
        });
    };
    const createReconciled = async (body, before) => {
        const known = new Set(before.map((c) => c.id));
        const attempts = Math.max(1, options.createAttempts ?? 3);
        for (let attempt = 1;; attempt++) {
            try {
                // The retry plugin must not repeat this POST on its own: a lost answer would become a duplicate.
                const { data } = await octokit.rest.issues.createComment({
                    ...target,
                    body,
                    request: { retries: 0 }
                });
                return { id: data.id, url: data.html_url };
            }
            catch (error) {
                if (!isAmbiguousWriteFailure(error) || attempt >= attempts)
                    throw error;
                logger.info(`Creating the comment on ${where} failed without a clear answer; checking whether it exists.`);
                await delay((options.reconcileDelayMs ?? 1000) * attempt);
                const created = (0,sticky_comment_plan/* findOwnComments */.gP)(await listComments(), marker, identity).filter((c) => !known.has(c.id));
                const [first, ...extra] = created;
                if (first) {
                    for (const duplicate of extra)
                        await deleteComment(duplicate);
                    return { id: first.id, url: first.url };
                }
            }
        }
    };
    /**
     * Listing and creating is not atomic: a parallel run (another matrix leg, a re-run) may have created too.
     * Everyone converges on the oldest comment, so whichever runs last leaves exactly one.
     */
    const settleConcurrentCreates = async (createdId, body) => {
        const [oldest, ...newer] = (0,sticky_comment_plan/* findOwnComments */.gP)(await listComments(), marker, identity);
        if (!oldest || oldest.id === createdId) {
            for (const duplicate of newer)
                await deleteComment(duplicate);
            return undefined;
        }
        await octokit.rest.issues.updateComment({
            owner: options.owner,
            repo: options.repo,
            comment_id: oldest.id,
            body
        });
        for (const duplicate of newer)
            await deleteComment(duplicate);
        return { action: 'updated', commentId: oldest.id, url: oldest.url };
    };
    let step = `list the comments of ${where}`;
    try {
        const comments = await listComments();
        const plan = (0,sticky_comment_plan/* planStickyComment */.ko)({
            comments,
            marker,
            identity,
            mode,
            content: options.body,
            compose
        });
        if (plan.update) {
            step = `update comment ${plan.update.comment.id} on ${where}`;
            await octokit.rest.issues.updateComment({
                owner: options.owner,
                repo: options.repo,
                comment_id: plan.update.comment.id,
                body: plan.update.body
            });
            step = `delete duplicate comments on ${where}`;
            for (const duplicate of plan.remove)
                await deleteComment(duplicate);
            return {
                action: 'updated',
                commentId: plan.update.comment.id,
                url: plan.update.comment.url,
                truncated
            };
        }
        if (plan.unchanged) {
            step = `delete duplicate comments on ${where}`;
            for (const duplicate of plan.remove)
                await deleteComment(duplicate);
            return {
                action: 'unchanged',
                commentId: plan.unchanged.id,
                url: plan.unchanged.url,
                truncated
            };
        }
        if (plan.create !== undefined) {
            step = `create a comment on ${where}`;
            const created = await createReconciled(plan.create, comments);
            // Old ones go only after the new one exists, so a failure never leaves the PR without a report.
            step = `remove the previous comment on ${where}`;
            for (const old of plan.remove)
                await deleteComment(old);
            step = `hide the previous comment on ${where}`;
            for (const old of plan.hide)
                await hideComment(old);
            if (mode === 'upsert' || mode === 'append') {
                step = `check for concurrent comments on ${where}`;
                const settled = await settleConcurrentCreates(created.id, plan.create);
                if (settled)
                    return { ...settled, truncated };
            }
            return { action: 'created', commentId: created.id, url: created.url, truncated };
        }
        step = `delete the comment on ${where}`;
        for (const old of plan.remove)
            await deleteComment(old);
        const [first] = plan.remove;
        return first
            ? { action: 'deleted', commentId: first.id, url: first.url }
            : { action: 'skipped', code: 'nothing-to-delete', reason: `no comment of ours on ${where}` };
    }
    catch (error) {
        const failure = describeGitHubFailure(error, step);
        if (!failure)
            throw error;
        if (options.failOnCommentError) {
            throw failure.code === 'read-only-token' || failure.code === 'forbidden'
                ? new errors/* ConfigurationError */.j(failure.message, 'github-token')
                : new CommentError(failure.message, failure.code);
        }
        logger.warning(failure.message);
        return { action: 'skipped', code: failure.code, reason: failure.message };
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
;