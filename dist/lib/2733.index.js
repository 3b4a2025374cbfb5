"use strict";
exports.id = 2733;
exports.ids = [2733];
exports.modules = {

/***/ 32733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isUnattendedRun: () => (/* binding */ isUnattendedRun),
/* harmony export */   retrainAlertChange: () => (/* binding */ retrainAlertChange)
/* harmony export */ });
/* harmony import */ var _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31870);
/* harmony import */ var _ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49513);

/**
 * Runs that nobody reviews as they happen: GitHub's schedule and manual dispatch, GitLab's
 * scheduled and web-started pipelines. A regression there has no pull request to show it.
 */
const UNATTENDED_EVENTS = new Set(['schedule', 'workflow_dispatch', 'web']);
function isUnattendedRun(eventName) {
    return UNATTENDED_EVENTS.has(eventName ?? '');
}
/** A failed comparison raises the alert; the next passing one closes it; inconclusive leaves it. */
function retrainAlertChange(facts) {
    const { report } = facts;
    const links = [
        ...(facts.runUrl ? [`- Run: ${facts.runUrl}`] : []),
        ...(facts.reportPath ? [`- Report: ${(0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .t)(facts.reportPath)} in the run`] : [])
    ];
    if (report.overall === 'fail') {
        const metrics = facts.failing.length > 0 ? ` (${facts.failing.join(', ')})` : '';
        return {
            kind: 'raise',
            title: `compare-metrics: the scheduled retrain of ${facts.subject} regressed${metrics}`,
            markdown: [
                `**The scheduled retrain of ${(0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .t)(facts.subject)} regressed against its baseline.**`,
                '',
                ...links,
                '',
                'This issue is updated while scheduled runs keep regressing and closed by the next one that passes.',
                '',
                (0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .z)('Comparison', facts.comparisonMarkdown, { open: true })
            ].join('\n')
        };
    }
    if (report.overall !== 'pass')
        return undefined;
    return {
        kind: 'resolve',
        comment: [
            `Resolved: the scheduled retrain of ${(0,_ml_actions_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .t)(facts.subject)} passes its comparison again.`,
            '',
            ...links
        ].join('\n')
    };
}


/***/ })

};
;