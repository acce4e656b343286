export const id = 90;
export const ids = [90];
export const modules = {

/***/ 91090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSettings: () => (/* binding */ readSettings),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97740);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_image__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53000);
/* harmony import */ var _shipgate_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53992);






function readSettings(runtime) {
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .InputReader */ .i_(runtime);
    const inWorkspace = (path) => (path ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(runtime.workspace, path) : undefined);
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    if (password)
        for (const form of (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .basicAuthForms */ .oq)(username ?? '', password))
            runtime.setSecret(form);
    if (password && !username) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('Input "registry-password" is set but "registry-username" is empty; give both.');
    }
    const attest = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .readAttestSettings */ .Fo)({
        inputs,
        env: runtime.env,
        context: runtime.context,
        setSecret: (secret) => runtime.setSecret(secret),
    });
    const sbom = inputs.boolean('sbom', false);
    if (sbom && !attest) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('Input "sbom" is true, but nothing is attested: it needs attest (an OIDC token or signing-key).');
    }
    return {
        ...(attest ? { attest } : {}),
        sbom,
        imageRef: inputs.required('image-ref'),
        scanner: inputs.enum('scanner', ['trivy', 'grype', 'auto'], 'auto'),
        reportFile: inWorkspace(inputs.optional('report')),
        severityThreshold: (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .parseSeverityName */ .qC)(inputs.string('severity-threshold', 'high'), 'severity-threshold'),
        reportThreshold: (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .parseSeverityName */ .qC)(inputs.string('report-threshold', 'low'), 'report-threshold'),
        ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
        ignoreFile: inWorkspace(inputs.optional('ignore-file')),
        sarifFile: inWorkspace(inputs.optional('sarif-file')),
        failOnViolation: inputs.boolean('fail-on-violation', true),
        allowUnboundReport: inputs.boolean('allow-unbound-report', false),
        registry: {
            ...(username ? { username } : {}),
            ...(password ? { password } : {}),
            tlsVerify: inputs.boolean('tls-verify', true),
        },
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .runOnGitHub */ ._2)(run);
    const { failOnViolation, sarifFile, attest, sbom, ...settings } = readSettings(runtime);
    if (settings.reportFile)
        await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .requireFileSizeWithin */ .sL)(settings.reportFile, 'report', _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_FILE_BYTES */ .xD);
    if (settings.ignoreFile)
        await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .requireFileSizeWithin */ .sL)(settings.ignoreFile, 'ignore-file', _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_FILE_BYTES */ .iV);
    const { username, password } = settings.registry;
    const credentials = username && password ? { username, password } : undefined;
    const outDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runtime.tempDir, 'shipgate-scan-'));
    const result = await (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanImage */ .FW)({
        ...settings,
        sarifFile: sarifFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'results.sarif'),
        recordFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'scan-record.json'),
        workDir: outDir,
    }, {
        log: runtime.log,
        exec: runtime.exec,
        env: runtime.env,
        resolveDigest: (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .registryDigestResolver */ .aY)(runtime.log),
        listIndexManifests: (0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .registryIndexLister */ .Dv)(runtime.log),
    });
    const { record } = result;
    // A fail verdict is attested too: it outranks an older pass of the same digest at promotion.
    const attestations = attest
        ? await (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_2__/* .attestScan */ .xi)(attest, record.imageRef, {
            verdict: record.verdict,
            counts: record.counts,
            policy: { ...record.policy },
            scanner: record.scanner,
            finishedAt: record.createdAt,
        }, {
            log: runtime.log,
            registry: new _shipgate_image__WEBPACK_IMPORTED_MODULE_4__/* .RegistryClient */ .bP({
                log: runtime.log,
                insecure: !settings.registry.tlsVerify,
                credentials: () => credentials,
            }),
            credentials,
            setSecret: (secret) => runtime.setSecret(secret),
        }, sbom ? (record.report.path ?? '') : undefined)
        : [];
    if (attest)
        runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
    runtime.setOutput('verdict', record.verdict);
    runtime.setOutput('counts', record.counts);
    runtime.setOutput('sarif-file', result.sarifFile);
    runtime.setOutput('scan-record', result.recordFile);
    await runtime.appendSummary((0,_shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .renderScanSummary */ .uw)(result));
    runtime.log.info(`Verdict ${record.verdict} for ${record.imageRef}: ${record.violations.length} violation(s) at or above ${record.policy.severityThreshold}.`);
    if (record.verdict === 'fail' && failOnViolation) {
        throw new _shipgate_scan__WEBPACK_IMPORTED_MODULE_5__/* .PolicyViolationError */ .u2(`${record.violations.length} finding(s) in ${record.imageRef} are at or above severity ${record.policy.severityThreshold}; see the job summary.`);
    }
}


/***/ })

};
