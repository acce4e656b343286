export const id = 287;
export const ids = [287];
export const modules = {

/***/ 1287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7224);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1150);



/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .runOnGitHub */ ._2)(run);
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const until = inputs.optional('until');
    const end = until ? (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .parseUntil */ .Id)(until) : new Date();
    const environments = inputs.list('environments', { required: true });
    const duplicate = environments.find((environment, i) => environments.indexOf(environment) !== i);
    if (duplicate)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "environments" lists "${duplicate}" twice.`);
    const reportFile = inputs.optional('report-file');
    const settings = {
        app: inputs.required('app'),
        environments,
        since: (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .parseSince */ .m1)(inputs.string('since', '30d'), end),
        until: end,
        repository: inputs.required('repository'),
        branch: inputs.string('branch', 'main'),
        token,
        reportFile: reportFile
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, reportFile)
            : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runtime.tempDir, 'shipgate-deployment-report.json'),
    };
    const report = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .generateDeploymentReport */ .J7)({
        ...settings,
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary((0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .renderReportSummary */ .ZM)(report));
}


/***/ })

};
