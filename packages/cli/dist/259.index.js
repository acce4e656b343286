export const id = 259;
export const ids = [259];
export const modules = {

/***/ 67259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97740);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70787);
/* harmony import */ var _shipgate_image__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53000);




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .runOnGitHub */ ._2)(run);
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const registryPassword = inputs.optional('registry-password');
    runtime.setSecret(registryPassword);
    runtime.setSecret(inputs.optional('github-token'));
    const registryUsername = inputs.optional('registry-username');
    if (Boolean(registryUsername) !== Boolean(registryPassword)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const toImage = inputs.optional('to-image');
    const settings = {
        app: inputs.required('app'),
        fromEnvironment: inputs.required('from-environment'),
        toEnvironment: inputs.required('to-environment'),
        toImage: toImage ? (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .parseTargetRepository */ .jj)(toImage) : undefined,
        tlsVerify: inputs.boolean('tls-verify', true),
        repository: inputs.required('repository'),
        branch: inputs.branch('branch', 'main'),
        token,
        path: inputs.optional('path'),
        verify: (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .readVerifySettings */ .T1)({ inputs, context: runtime.context }),
    };
    const credentials = registryUsername && registryPassword ? { username: registryUsername, password: registryPassword } : undefined;
    const registry = new _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({
        log: runtime.log,
        insecure: !settings.tlsVerify,
        credentials: () => credentials,
    });
    const { verify } = settings;
    const result = await (0,_shipgate_gitops__WEBPACK_IMPORTED_MODULE_2__/* .promote */ .pt)({
        ...settings,
        verifyImage: verify
            ? (imageRef) => (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .verifyImageAttestations */ .sE)({ ...verify, imageRef, registry, credentials, log: runtime.log })
            : undefined,
        copyAttestations: verify
            ? (fromRef, toRef) => (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_0__/* .copyAttestations */ .Nl)(fromRef, toRef, { registry, credentials, log: runtime.log })
            : undefined,
        exec: runtime.exec,
        log: runtime.log,
        registry: settings.toImage ? registry : undefined,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    runtime.setOutput('image-ref', result.imageRefs.join('\n'));
    runtime.setOutput('source', result.source);
    runtime.setOutput('source-time', result.sourceTime);
    runtime.setOutput('scan-verdict', result.scanVerdict);
    runtime.setOutput('scan', result.scan);
    runtime.setOutput('config-hash', result.configHash);
    if (verify)
        runtime.setOutput('attestations', result.attestations.join('\n'));
    runtime.setOutput('commit-sha', '');
    await runtime.appendSummary(new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD()
        .heading(`Promote ${settings.app}: ${settings.fromEnvironment} → ${settings.toEnvironment}`)
        .table(['', 'value'], [
        ['from deploy commit', result.fromCommit],
        ['image', result.fromImageRefs.join('<br>')],
        ...(settings.toImage ? [['copied to (digest unchanged)', result.imageRefs.join('<br>')]] : []),
        ['source', result.source],
        ['scan', result.scan],
        ['config hash', result.configHash],
        ...(verify ? [['attestations verified', result.attestations.join('<br>')]] : []),
    ])
        .paragraph(`Nothing is committed yet: render-manifests, approval-gate and gitops-commit deploy this image to ${settings.toEnvironment}.`)
        .toString());
}


/***/ })

};
