"use strict";
exports.id = 7401;
exports.ids = [7401];
exports.modules = {

/***/ 37401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ml_actions_core_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89151);
/* harmony import */ var _confusion_counts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48853);
/* harmony import */ var _train_evaluate_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3483);






/**
 * Reads the reports the shard jobs wrote and sums their confusion counts. Every shard of the
 * declared count must be there exactly once, each having succeeded: a missing or repeated shard
 * would silently change the evaluation set.
 */
async function mergeShardReports(patterns, workingDirectory) {
    const files = await (0,_ml_actions_core_io__WEBPACK_IMPORTED_MODULE_2__/* .expandPathPatterns */ .t)(patterns, { cwd: workingDirectory });
    const reports = [];
    for (const file of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, file), 'utf8').catch(() => {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: cannot read ${file}`, 'merge-shards');
        });
        let report;
        try {
            report = JSON.parse(text);
        }
        catch (error) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${file} is not JSON: ${error.message}`, 'merge-shards');
        }
        if (report?.kind !== _train_evaluate_report_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_KIND */ .K) {
            throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${file} is not a train-evaluate report (kind ${JSON.stringify(report?.kind)})`, 'merge-shards');
        }
        reports.push({ file, report });
    }
    const problems = [];
    const counts = new Set(reports.map(({ report }) => report.shard?.count ?? 1));
    if (counts.size !== 1)
        problems.push(`the reports disagree on shard-count (${[...counts].join(', ')})`);
    const shardCount = [...counts][0] ?? 0;
    const seen = new Map();
    for (const { file, report } of reports) {
        if (report.status !== 'succeeded')
            problems.push(`${file}: the shard ${report.status}`);
        if (!report.confusion) {
            problems.push(`${file}: has no confusion counts (set predictions in the shard jobs)`);
        }
        const index = report.shard?.index ?? 0;
        const earlier = seen.get(index);
        if (earlier)
            problems.push(`shard ${index} appears twice (${earlier}, ${file})`);
        seen.set(index, file);
    }
    const missing = Array.from({ length: shardCount }, (_, i) => i).filter((i) => !seen.has(i));
    if (missing.length > 0)
        problems.push(`shard(s) ${missing.join(', ')} of ${shardCount} missing`);
    if (problems.length > 0) {
        throw new _ml_actions_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`merge-shards: ${problems.join('; ')}`, 'merge-shards');
    }
    return {
        confusion: (0,_confusion_counts_js__WEBPACK_IMPORTED_MODULE_5__/* .sumConfusions */ .l)(reports.map(({ report }) => report.confusion)),
        shardCount,
        sources: reports.map(({ file }) => file)
    };
}


/***/ })

};
;