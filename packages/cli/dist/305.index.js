export const id = 305;
export const ids = [305];
export const modules = {

/***/ 73305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57466);



/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .runOnGitHub */ ._2)(run);
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const apiToken = inputs.optional('github-token') || token;
    runtime.setSecret(apiToken);
    const reportFile = inputs.optional('report-file');
    const settings = {
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        range: (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .parseRange */ .RC)(inputs.optional('range') ?? (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .rangeFromEvent */ .Io)(runtime.context.eventName, runtime.context.payload), new Date()),
        githubRepository: inputs.optional('github-repository'),
        environments: inputs.list('environments'),
        trust: (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .readVerifierTrust */ .dZ)(inputs),
        reportFile: reportFile
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, reportFile)
            : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runtime.tempDir, 'shipgate-verify-report.json'),
    };
    const client = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .GitHubClient */ .jh({ token: apiToken ?? '', env: runtime.env, log: runtime.log });
    const report = await (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .verifyDeployments */ .SQ)({
        ...settings,
        activity: (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .withEventPush */ .NT)((0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .activitySourceFor */ .aM)(apiToken ? client : undefined, settings), (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .pushFromEvent */ .lV)(runtime.context.eventName, runtime.context.payload)),
        scanEvidence: (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .scanEvidenceVerifier */ .hh)({ client, ...settings.trust, serverUrl: runtime.context.serverUrl }),
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
        evidence: new _shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .GitHubEvidenceChecker */ .ql(client, runtime.log),
    });
    await (0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .writeVerifyReport */ .TO)(report, settings.reportFile);
    runtime.setOutput('verdict', report.verdict);
    runtime.setOutput('violations', report.violations);
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary((0,_shipgate_verify__WEBPACK_IMPORTED_MODULE_2__/* .renderVerifySummary */ .i2)(report));
    if (report.verdict === 'fail') {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ShipgateError */ .Yu(`${report.violations} commit(s) in ${report.range} failed verification or could not be verified; the job summary and the report list why.`);
    }
}


/***/ })

};
