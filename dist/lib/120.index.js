"use strict";
exports.id = 120;
exports.ids = [120];
exports.modules = {

/***/ 80120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tokenLogin: () => (/* binding */ tokenLogin)
/* harmony export */ });
/**
 * Whose comments are this token's own, off GitHub Actions: there a personal access token (or a bot
 * user's) is usual, and GET /user names it. An app's installation token may not ask; its comments
 * are then matched as github-actions[bot], so give the CLI a user's token for sticky comments.
 */
async function tokenLogin(octokit, logger) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        const status = error.status;
        logger.debug(`GET /user answered ${status ?? error.message}; matching earlier comments as github-actions[bot]`);
        return undefined;
    }
}


/***/ })

};
;