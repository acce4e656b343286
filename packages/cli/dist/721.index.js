export const id = 721;
export const ids = [721];
export const modules = {

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_approvals__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7224);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1150);




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .runOnGitHub */ ._2)(run);
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const approvalRecordPath = inputs.optional('approval-record');
    const settings = {
        app: inputs.required('app'),
        environment: inputs.required('environment'),
        to: inputs.string('to', 'previous'),
        reason: inputs.required('reason'),
        approvalRecord: approvalRecordPath
            ? await (0,_shipgate_approvals__WEBPACK_IMPORTED_MODULE_1__/* .readApprovalRecord */ .Vh)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, approvalRecordPath))
            : undefined,
        requireApproval: inputs.optionalBoolean('require-approval'),
        repository: inputs.required('repository'),
        branch: inputs.string('branch', 'main'),
        token,
        path: inputs.optional('path'),
    };
    const result = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_3__/* .rollback */ .dU)({
        ...settings,
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        runUrl: runtime.context.runUrl || undefined,
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    runtime.setOutput('commit-sha', result.commitSha);
    runtime.setOutput('rolled-back-to', result.rolledBackTo);
    await runtime.appendSummary(new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD()
        .heading(`Rollback of ${settings.app} in ${settings.environment}`)
        .table(['', 'value'], [
        ['rolled back', result.rolledBackFrom],
        ['restored deploy', result.rolledBackTo],
        ['image', result.target.imageRefs.join('<br>')],
        ['source', result.target.source ?? ''],
        ['reason', settings.reason],
        ['rollback commit', result.changed ? result.commitSha : 'none: the path already held these files'],
    ])
        .paragraph('Later deploys of the rolled-back source, or of anything older, are refused; a newer source proceeds.')
        .toString());
}


/***/ })

};
