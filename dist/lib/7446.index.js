"use strict";
exports.id = 7446;
exports.ids = [7446];
exports.modules = {

/***/ 47446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifactUploader: () => (/* binding */ actionsArtifactUploader)
/* harmony export */ });
/**
 * @actions/artifact behind the upload seam. The artifact service exists only inside a workflow run;
 * elsewhere the upload is skipped. The client is loaded on first use, so a run that uploads nothing
 * does not pay for loading it.
 */
const actionsArtifactUploader = async ({ name, files, rootDirectory }) => {
    if (!process.env.ACTIONS_RUNTIME_TOKEN)
        return undefined;
    const { default: artifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1955), __webpack_require__.e(3251), __webpack_require__.e(3756), __webpack_require__.e(1351), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 60683));
    const uploaded = await artifactClient.uploadArtifact(name, [...files], rootDirectory, {
        retentionDays: 90
    });
    return uploaded.id === undefined ? {} : { id: uploaded.id };
};


/***/ })

};
;