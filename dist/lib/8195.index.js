"use strict";
exports.id = 8195;
exports.ids = [8195];
exports.modules = {

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluatedTree: () => (/* binding */ evaluatedTree),
/* harmony export */   reviewTarget: () => (/* binding */ reviewTarget)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38839);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _commit_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56861);



const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * On a pull_request event the event names the pull request (inputs may only agree with it): that
 * is what keeps a fork from recording a review for another head. Anywhere else the caller names
 * it, and vouches that the run built trusted code.
 */
function reviewTarget(inputs, event) {
    const pull = event.pullRequest;
    const named = {
        pullRequest: inputs.pullRequest,
        headSha: inputs.reviewedCommit.trim().toLowerCase(),
        baseSha: inputs.baseSha.trim().toLowerCase(),
        baseRef: inputs.baseRef.trim().replace(/^refs\/heads\//, '')
    };
    if (pull?.source === 'event' && pull.headSha) {
        const fromEvent = {
            pullRequest: pull.number,
            headSha: pull.headSha.toLowerCase(),
            baseSha: pull.baseSha?.toLowerCase() ?? '',
            baseRef: pull.baseRef ?? ''
        };
        for (const [input, key] of [
            ['pull-request', 'pullRequest'],
            ['reviewed-commit', 'headSha'],
            ['base-sha', 'baseSha'],
            ['base-ref', 'baseRef']
        ]) {
            const given = named[key];
            if (given !== undefined && given !== '' && String(given) !== String(fromEvent[key])) {
                throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`mode: review on a ${event.eventName} event records the review for the event's pull request #${pull.number}: ` +
                    `${input} ${String(given)} disagrees with the event (${String(fromEvent[key]) || 'unset'}); leave it empty`, input);
            }
        }
        return {
            pullRequest: pull.number,
            headSha: fromEvent.headSha,
            ...(fromEvent.baseSha ? { baseSha: fromEvent.baseSha } : {}),
            ...(fromEvent.baseRef ? { baseRef: fromEvent.baseRef } : {})
        };
    }
    if (named.pullRequest === undefined || !named.headSha) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`mode: review ${event.eventName ? `on a ${event.eventName} event` : 'off GitHub'} records a review only for a pull request named explicitly: ` +
            'give pull-request (its number) and reviewed-commit (its head commit), and base-ref, base-sha where known; ' +
            'on GitHub, run it on the pull_request event instead', named.pullRequest === undefined ? 'pull-request' : 'reviewed-commit');
    }
    for (const [input, sha] of [
        ['reviewed-commit', named.headSha],
        ['base-sha', named.baseSha]
    ]) {
        if (sha && !FULL_SHA.test(sha)) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${input} must be a full commit sha, not "${sha}"`, input);
        }
    }
    return {
        pullRequest: named.pullRequest,
        headSha: named.headSha,
        ...(named.baseSha ? { baseSha: named.baseSha } : {}),
        ...(named.baseRef ? { baseRef: named.baseRef } : {})
    };
}
/**
 * The commit that was built (evaluated-sha, else the checkout's HEAD, else the CI's sha) and its
 * tree, which the merge must match. A review without a tree could never be promoted, so none is
 * recorded.
 */
async function evaluatedTree(evaluatedSha, source) {
    const given = evaluatedSha.trim().toLowerCase();
    if (given && !FULL_SHA.test(given)) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`evaluated-sha must be a full commit sha, not "${given}"`, 'evaluated-sha');
    }
    const sha = given || (await (0,_ml_actions_core_ci__WEBPACK_IMPORTED_MODULE_1__/* .readGitCheckout */ .H)(source.cwd)).sha || source.fallbackSha.toLowerCase();
    if (!sha) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('mode: review records the tree of the evaluated commit: run it in the checkout that was built, or give evaluated-sha', 'evaluated-sha');
    }
    const found = await (0,_commit_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .treeOfCommit */ .r)(sha, source);
    if (!found) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`mode: review records the tree of the evaluated commit ${sha}, which neither the checkout (git rev-parse) nor GitHub (git/commits, needs github-token with contents: read) knows; ` +
            'run it in the checkout that was built, or give github-token. Nothing was recorded.', 'evaluated-sha');
    }
    return { sha, tree: found.tree };
}


/***/ })

};
;