export const id = 964;
export const ids = [964];
export const modules = {

/***/ 66964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSettings: () => (/* binding */ readSettings),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34257);
/* harmony import */ var _shipgate_manifests__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1759);



const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Job summaries are limited to 1 MiB; a longer diff is cut and left to the diff file. */
const SUMMARY_DIFF_LIMIT = 60_000;
function readSettings(runtime) {
    const inputs = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_(runtime);
    const path = (value) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(runtime.workspace, value));
    const environment = inputs.required('environment');
    if (!ENVIRONMENT_NAME.test(environment)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "environment" must hold only letters, digits, ".", "_" and "-", got "${environment}".`);
    }
    const namespace = inputs.optional('namespace');
    if (namespace !== undefined && !NAMESPACE_NAME.test(namespace)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "namespace" must be a valid Kubernetes namespace name, got "${namespace}".`);
    }
    const compareTo = inputs.optional('compare-to');
    return {
        source: path(inputs.required('source')),
        environment,
        pins: (0,_shipgate_manifests__WEBPACK_IMPORTED_MODULE_2__/* .parseImagePins */ .Ru)(inputs.list('image-ref')),
        renderer: inputs.enum('renderer', _shipgate_manifests__WEBPACK_IMPORTED_MODULE_2__/* .RENDERERS */ .vy, 'auto'),
        values: inputs.list('values').map(path),
        outputDir: path(inputs.string('output-dir', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runtime.tempDir, 'shipgate', 'rendered', environment))),
        ...(compareTo
            ? {
                compareTo: path(compareTo),
                diffFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runtime.tempDir, 'shipgate', 'diff', `${environment}.diff`),
            }
            : {}),
        requireDigests: inputs.optionalBoolean('require-digests') ?? environment === 'production',
        ...(namespace ? { namespace } : {}),
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .runOnGitHub */ ._2)(run);
    const settings = readSettings(runtime);
    const result = await (0,_shipgate_manifests__WEBPACK_IMPORTED_MODULE_2__/* .renderManifests */ .hO)({ exec: runtime.exec, log: runtime.log }, settings);
    runtime.setOutput('output-dir', result.outputDir);
    runtime.setOutput('files', result.files);
    runtime.setOutput('config-hash', result.configHash);
    runtime.setOutput('image-refs', result.images);
    runtime.setOutput('changed', result.comparison ? String(result.comparison.changed) : '');
    runtime.setOutput('diff-file', result.comparison?.diffFile ?? '');
    runtime.log.info(`Wrote ${result.files.length} files to ${result.outputDir}; config hash ${result.configHash}.`);
    await runtime.appendSummary(summarize(settings, result));
}
function summarize(settings, result) {
    const summary = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD().heading(`Rendered manifests: ${settings.environment}`);
    const from = result.plan.renderer === 'helm' ? result.plan.chart : result.plan.directory;
    summary.paragraph(`${result.files.length} resources rendered with **${result.plan.renderer}** from \`${from}\` into \`${result.outputDir}\`.`);
    summary.paragraph(`Config hash: \`${result.configHash}\``);
    if (result.pinned.length > 0) {
        summary.table(['Pinned image', 'Containers'], result.pinned.map((pin) => [`\`${pin.reference}\``, String(pin.containers)]));
    }
    summary.details(`Files (${result.files.length})`, new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD()
        .list(result.files.map((file) => `\`${file}\``))
        .toString()
        .trimEnd());
    if (result.unvalidatedKinds.length > 0) {
        summary.paragraph(`Not schema-validated: ${result.unvalidatedKinds.map((kind) => `\`${kind}\``).join(', ')}.`);
    }
    const comparison = result.comparison;
    if (!comparison)
        return summary.toString();
    summary.heading(`Changes against \`${settings.compareTo}\``, 3);
    if (!comparison.changed)
        return summary.paragraph('No changes.').toString();
    summary.heading('Image changes', 4);
    if (comparison.imageChanges.length === 0)
        summary.paragraph('None.');
    else {
        summary.table(['File', 'Container', 'Before', 'After'], comparison.imageChanges.map((change) => [change.file, change.container, change.before, change.after]));
    }
    summary.heading('Config changes', 4);
    if (comparison.configChanges.length === 0)
        summary.paragraph('None: only images changed.');
    else
        summary.list(comparison.configChanges.map((change) => `${change.change}: \`${change.file}\``));
    const cut = comparison.diff.length > SUMMARY_DIFF_LIMIT;
    const body = new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD().code(cut ? comparison.diff.slice(0, SUMMARY_DIFF_LIMIT) : comparison.diff, 'diff');
    if (cut)
        body.paragraph(`The diff is cut here; the whole of it is in \`${comparison.diffFile}\`.`);
    summary.details(`Diff (${comparison.diff.split('\n').length - 1} lines)`, body.toString().trimEnd());
    return summary.toString();
}


/***/ })

};
