export const id = 319;
export const ids = [319];
export const modules = {

/***/ 93319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSettings: () => (/* binding */ readSettings),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_attest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97740);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_image__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53000);




/** Every input read, defaulted and checked; paths absolute. */
function readSettings(runtime) {
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(runtime);
    const imageWritten = inputs.required('image');
    const imageInput = (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .lowercaseRepositoryPath */ .vZ)(imageWritten);
    if (imageInput !== imageWritten) {
        runtime.log.notice(`Input "image" is ${imageWritten}; using ${imageInput}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`);
    }
    let repository;
    try {
        repository = (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(imageInput);
    }
    catch (error) {
        if (error instanceof _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .ImageReferenceError */ .rI) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "image" is not a valid repository: ${error.message}`);
        }
        throw error;
    }
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    if (password)
        for (const form of (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .basicAuthForms */ .oq)(username ?? '', password))
            runtime.setSecret(form);
    if (Boolean(username) !== Boolean(password)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${password ? 'registry-username' : 'registry-password'}" is required when "${password ? 'registry-password' : 'registry-username'}" is set.`);
    }
    const attest = (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_1__/* .readAttestSettings */ .Fo)({
        inputs,
        env: runtime.env,
        context: runtime.context,
        setSecret: (secret) => runtime.setSecret(secret),
    });
    const context = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, inputs.string('context', '.'));
    const file = inputs.optional('file');
    return {
        repository,
        context,
        file: file ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, file) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context, 'Dockerfile'),
        extraTags: inputs.list('tags'),
        buildArgs: (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .parseBuildArgs */ .NQ)(inputs.lines('build-args')),
        labelEntries: inputs.lines('labels'),
        target: inputs.optional('target'),
        platforms: inputs.list('platforms'),
        push: inputs.boolean('push', true),
        pushRetries: inputs.integer('push-retries', { min: 0, max: _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PUSH_RETRIES */ .pT, default: _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PUSH_RETRIES */ .G9 }),
        builder: inputs.enum('builder', _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .BUILDER_CHOICES */ .fy, 'auto'),
        tlsVerify: inputs.boolean('tls-verify', true),
        ...(username && password ? { credentials: { username, password } } : {}),
        git: runtime.context,
        ...(attest ? { attest } : {}),
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .runOnGitHub */ ._2)(run);
    const settings = readSettings(runtime);
    const result = await (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .buildImage */ ._w)({
        log: runtime.log,
        exec: runtime.exec,
        tempDir: runtime.tempDir,
        setSecret: (secret) => runtime.setSecret(secret),
    }, settings);
    let attestations = [];
    if (settings.attest && settings.push && result.imageRef) {
        attestations = await (0,_shipgate_attest__WEBPACK_IMPORTED_MODULE_1__/* .attestBuild */ .mS)(settings.attest, result.imageRef, {
            log: runtime.log,
            registry: new _shipgate_image__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({
                log: runtime.log,
                insecure: !settings.tlsVerify,
                credentials: () => settings.credentials,
            }),
            credentials: settings.credentials,
            setSecret: (secret) => runtime.setSecret(secret),
        });
    }
    runtime.setOutput('digest', result.digest ?? '');
    runtime.setOutput('image-ref', result.imageRef ?? '');
    runtime.setOutput('image-id', result.imageId ?? '');
    runtime.setOutput('tags', result.references.join('\n'));
    runtime.setOutput('metadata', {
        tags: result.references,
        labels: result.labels,
        digest: result.digest ?? null,
        'image-ref': result.imageRef ?? null,
        builder: result.builder,
        platforms: result.platforms,
        version: result.version,
        revision: result.revision,
    });
    if (settings.attest)
        runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
    await runtime.appendSummary(renderSummary(result, settings.push, attestations));
}
function renderSummary(result, pushed, attestations) {
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD().heading('Image built');
    summary.table(['Field', 'Value'], [
        ['Image', result.imageRef ? `\`${result.imageRef}\`` : 'not pushed'],
        ['Digest', result.digest ? `\`${result.digest}\`` : 'not pushed'],
        ['Builder', result.builder],
        ['Platforms', result.platforms.length > 0 ? result.platforms.join(', ') : 'builder default'],
        ['Version', result.version],
        ['Revision', result.revision ? `\`${result.revision}\`` : ''],
        ...(attestations.length > 0 ? [['Provenance', `signed, attached as \`${attestations[0].artifact}\``]] : []),
    ]);
    summary.heading(pushed ? 'Tags (each checked on the registry)' : 'Tags (built, not pushed)', 3);
    summary.list(result.references.map((reference) => `\`${reference}\``));
    const labels = new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .Summary */ .BD().table(['Label', 'Value'], Object.entries(result.labels).map(([key, value]) => [key, value]));
    summary.details(`Labels (${Object.keys(result.labels).length})`, labels.toString());
    return summary.toString();
}


/***/ })

};
