export const id = 287;
export const ids = [287];
export const modules = {

/***/ 21287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70787);
/* harmony import */ var _shipgate_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57466);




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
        since: (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .parseSince */ .m1)(inputs.string('since', '30d'), end, 'since', until ? { untilInput: { name: 'until', value: until } } : {}),
        until: end,
        repository: inputs.required('repository'),
        branch: inputs.branch('branch', 'main'),
        token,
        reportFile: reportFile
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, reportFile)
            : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runtime.tempDir, 'shipgate-deployment-report.json'),
    };
    const apiToken = inputs.optional('github-token') ?? token;
    runtime.setSecret(apiToken);
    const access = {
        repository: settings.repository,
        branch: settings.branch,
        token,
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    };
    const client = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .GitHubClient */ .jh({ token: apiToken ?? '', env: runtime.env, log: runtime.log });
    const verification = inputs.boolean('verify', true)
        ? await (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_3__/* .verifiedDeploysOf */ .Oz)({
            ...access,
            app: settings.app,
            since: settings.since,
            until: settings.until,
            evidence: new _shipgate_verify__WEBPACK_IMPORTED_MODULE_3__/* .GitHubEvidenceChecker */ .ql(client, runtime.log),
            activity: (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_3__/* .activitySourceFor */ .aM)(apiToken ? client : undefined, {
                repository: settings.repository,
                githubRepository: inputs.optional('github-repository'),
            }),
        })
        : undefined;
    const report = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .generateDeploymentReport */ .J7)({ ...settings, ...access, ...(verification ? { verification } : {}) });
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary((0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .renderReportSummary */ .ZM)(report));
}


/***/ })

};
