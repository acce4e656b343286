export const id = 408;
export const ids = [408];
export const modules = {

/***/ 87761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSettings: () => (/* binding */ readSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/manifests/src/images.ts
var src_images = __webpack_require__(88918);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/manifests/src/documents.ts
var documents = __webpack_require__(88680);
;// CONCATENATED MODULE: ./packages/manifests/src/source.ts






const RENDERERS = ['auto', 'kustomize', 'helm', 'plain'];
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function hasKustomization(directory) {
    return KUSTOMIZATION_FILES.some((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(directory, file)));
}
function isDirectory(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}
/**
 * Decides how to render `source` for `environment`. `auto` picks kustomize when `source` or its
 * overlay for the environment has a kustomization, helm when it has a Chart.yaml, else plain YAML.
 */
async function planRender(options) {
    const { source, environment } = options;
    if (!(0,external_node_fs_.existsSync)(source))
        throw new errors/* ConfigurationError */.j1(`Input "source" names ${source}, which does not exist.`);
    const overlay = (0,external_node_path_.join)(source, 'overlays', environment);
    let renderer = options.renderer;
    if (renderer === 'auto') {
        if (!isDirectory(source))
            renderer = 'plain';
        // An overlays/ directory with overlays for other environments is a kustomize layout: a missing
        // overlay must say so, not fall through to plain YAML that trips over the kustomization files.
        else if (hasKustomization(source) || hasKustomization(overlay) || overlayNames(source).length > 0)
            renderer = 'kustomize';
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(source, 'Chart.yaml')))
            renderer = 'helm';
        else
            renderer = 'plain';
    }
    if (renderer !== 'plain' && !isDirectory(source)) {
        throw new errors/* ConfigurationError */.j1(`Input "source" must be a directory for renderer "${renderer}", got ${source}.`);
    }
    switch (renderer) {
        case 'kustomize':
            return { renderer, directory: kustomizeDirectory(source, environment) };
        case 'helm':
            return planHelm(options);
        default:
            return { renderer: 'plain', directory: source };
    }
}
/** The environments with an overlay (a directory with a kustomization) under `source/overlays`, sorted. */
function overlayNames(source) {
    const overlays = (0,external_node_path_.join)(source, 'overlays');
    if (!isDirectory(overlays))
        return [];
    return (0,external_node_fs_.readdirSync)(overlays, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && hasKustomization((0,external_node_path_.join)(overlays, entry.name)))
        .map((entry) => entry.name)
        .sort();
}
/** `source/overlays/<environment>`, or `source` itself when it is an overlay (a kustomization and no overlays/). */
function kustomizeDirectory(source, environment) {
    const overlays = (0,external_node_path_.join)(source, 'overlays');
    const overlay = (0,external_node_path_.join)(overlays, environment);
    if (hasKustomization(overlay))
        return overlay;
    if (isDirectory(overlays)) {
        const existing = overlayNames(source);
        throw new errors/* ConfigurationError */.j1(`Input "source" has no kustomize overlay for environment "${environment}": ${overlay} does not exist or holds no kustomization.yaml (overlays: ${existing.length > 0 ? existing.join(', ') : 'none'}).`);
    }
    if (hasKustomization(source))
        return source;
    throw new errors/* ConfigurationError */.j1(`Input "source" (${source}) holds no kustomization.yaml for renderer "kustomize".`);
}
async function planHelm(options) {
    const chartFile = (0,external_node_path_.join)(options.source, 'Chart.yaml');
    if (!(0,external_node_fs_.existsSync)(chartFile)) {
        throw new errors/* ConfigurationError */.j1(`Input "source" (${options.source}) holds no Chart.yaml for renderer "helm".`);
    }
    let chart;
    try {
        chart = (0,dist/* parse */.qg)(await (0,promises_.readFile)(chartFile, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${chartFile} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const name = (0,documents/* isPlainObject */.Qd)(chart) ? chart.name : undefined;
    if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${chartFile} needs a "name" that is a valid release name (lowercase, at most 53 characters).`);
    }
    for (const file of options.values) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* ConfigurationError */.j1(`Input "values" names ${file}, which does not exist.`);
    }
    // Without explicit values, a chart's values-<environment>.yaml is the environment's configuration.
    const environmentValues = (0,external_node_path_.join)(options.source, `values-${options.environment}.yaml`);
    const values = options.values.length > 0 || !(0,external_node_fs_.existsSync)(environmentValues) ? options.values : [environmentValues];
    return {
        renderer: 'helm',
        chart: options.source,
        release: name,
        values,
        ...(options.namespace ? { namespace: options.namespace } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./packages/manifests/src/config-hash.ts
var config_hash = __webpack_require__(5399);
// EXTERNAL MODULE: ./packages/manifests/src/plain.ts
var plain = __webpack_require__(80594);
;// CONCATENATED MODULE: ./packages/manifests/src/compare.ts







const CONTEXT_LINES = 3;
const GENERATED_KUSTOMIZATION = 'kustomization.yaml';
/**
 * Compares the rendered files with what the GitOps checkout holds for the environment
 * (`directory`, possibly absent before the first deploy). Image changes are listed apart from
 * configuration changes, so an approver sees at a glance whether only the image moved.
 */
async function compareWithDirectory(files, directory) {
    // gitops-commit's kustomization.yaml lists the files for Argo CD and Flux; it is not rendered, so
    // it is neither a removal nor a change an approver has to judge.
    const existing = (0,external_node_fs_.existsSync)(directory) ? await (0,plain/* readTree */.Zc)(directory, (name) => name !== GENERATED_KUSTOMIZATION) : [];
    const before = new Map(existing.map((file) => [file.path, file.text]));
    const after = new Map(files.map((file) => [file.name, file]));
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(plain/* compareStrings */.Kt);
    const diffs = [];
    const imageChanges = [];
    const configChanges = [];
    for (const name of names) {
        const oldText = before.get(name);
        const rendered = after.get(name);
        const newText = rendered?.content;
        if (oldText === newText)
            continue;
        diffs.push(unifiedDiff(name, oldText, newText));
        if (oldText === undefined) {
            configChanges.push({ file: name, change: 'added' });
            continue;
        }
        if (!rendered) {
            configChanges.push({ file: name, change: 'removed' });
            continue;
        }
        const oldObject = parseObject(oldText);
        if (!oldObject || (0,config_hash/* configView */.u)(oldObject) !== (0,config_hash/* configView */.u)(rendered.resource.object)) {
            configChanges.push({ file: name, change: 'modified' });
        }
        if (oldObject)
            imageChanges.push(...compareImages(name, oldObject, rendered.resource.object));
    }
    return { changed: diffs.length > 0, diff: diffs.join(''), imageChanges, configChanges };
}
function parseObject(text) {
    try {
        const value = (0,dist/* parse */.qg)(text, { version: '1.1', maxAliasCount: 100 });
        return (0,documents/* isPlainObject */.Qd)(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function compareImages(file, before, after) {
    const label = (slot) => `${slot.path.replace(/^.*\./, '')} (${slot.name})`;
    const old = new Map((0,src_images/* containerSlots */.JQ)(before).map((slot) => [label(slot), slot.image ?? '']));
    const changes = [];
    for (const slot of (0,src_images/* containerSlots */.JQ)(after)) {
        const container = label(slot);
        const previous = old.get(container);
        if (previous !== undefined && previous !== (slot.image ?? '')) {
            changes.push({ file, container, before: previous, after: slot.image ?? '' });
        }
    }
    return changes;
}
/** One file's unified diff; `undefined` text means the file does not exist on that side. */
function unifiedDiff(name, oldText, newText) {
    const patch = (0,create/* structuredPatch */.YB)(`a/${name}`, `b/${name}`, oldText ?? '', newText ?? '', '', '', {
        context: CONTEXT_LINES,
    });
    const lines = [
        `diff --git a/${name} b/${name}`,
        ...(oldText === undefined ? ['new file mode 100644'] : newText === undefined ? ['deleted file mode 100644'] : []),
        `--- ${oldText === undefined ? '/dev/null' : `a/${name}`}`,
        `+++ ${newText === undefined ? '/dev/null' : `b/${name}`}`,
    ];
    for (const hunk of patch.hunks) {
        // An empty side starts "before line 1", which unified diff writes as 0.
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        lines.push(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`, ...hunk.lines);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/manifests/src/guards.ts
var guards = __webpack_require__(32978);
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 1 modules
var exec = __webpack_require__(65364);
;// CONCATENATED MODULE: ./packages/manifests/src/tools.ts

function toolLookup(deps) {
    return deps.isOnPath ?? ((tool) => (0,exec/* isOnPath */.jY)(tool));
}
/** Rendering a large chart or overlay takes seconds; minutes means something hangs. */
const RENDER_TIMEOUT_MS = 5 * 60_000;

;// CONCATENATED MODULE: ./packages/manifests/src/helm.ts


/**
 * The arguments of `helm template`. CRDs are included because what lands in the GitOps repository
 * is everything the controller applies; chart tests are left out because nothing runs them there.
 */
function helmTemplateArgs(options) {
    return [
        'template',
        options.release,
        options.chart,
        '--include-crds',
        '--skip-tests',
        ...(options.namespace ? ['--namespace', options.namespace] : []),
        ...options.values.flatMap((file) => ['--values', file]),
    ];
}
/** Runs `helm template` and returns its multi-document YAML (each document headed by `# Source: <template>`). */
async function runHelmTemplate(deps, options) {
    if (!(await toolLookup(deps)('helm'))) {
        throw new errors/* ConfigurationError */.j1('Renderer "helm" needs the helm CLI, which is not on PATH; install it in an earlier step (for example with azure/setup-helm).');
    }
    const { stdout } = await deps.exec('helm', helmTemplateArgs(options), { timeoutMs: RENDER_TIMEOUT_MS });
    return stdout;
}

;// CONCATENATED MODULE: ./packages/manifests/src/kustomize.ts

/** `kustomize build <dir>` when the standalone binary is installed, else the copy built into kubectl. */
function kustomizeCommand(standalone, directory) {
    return standalone
        ? { command: 'kustomize', args: ['build', directory] }
        : { command: 'kubectl', args: ['kustomize', directory] };
}
/** Runs kustomize on an overlay (or base) directory and returns the multi-document YAML it prints. */
async function runKustomize(deps, directory) {
    const standalone = await toolLookup(deps)('kustomize');
    const { command, args } = kustomizeCommand(standalone, directory);
    // Its stdout is the rendered YAML (Secrets included): only its warnings and errors are shown.
    const { stdout } = await deps.exec(command, args, {
        timeoutMs: RENDER_TIMEOUT_MS,
        streamOutput: { group: `Rendering ${directory} with kustomize`, stdout: false },
    });
    return stdout;
}

// EXTERNAL MODULE: ./packages/manifests/src/resource.ts
var resource = __webpack_require__(18808);
;// CONCATENATED MODULE: ./packages/manifests/src/output.ts







/**
 * `<namespace>-<kind>-<name>.yaml`, or `<kind>-<name>.yaml` for an object without a namespace;
 * lowercase, with characters a file name should not hold (e.g. the `:` of `system:` roles) as `_`.
 */
function fileNameFor(object) {
    const metadata = (0,documents/* isPlainObject */.Qd)(object.metadata) ? object.metadata : {};
    const parts = [metadata.namespace, object.kind, metadata.name].filter((part) => typeof part === 'string' && part !== '');
    return `${parts
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '_')}.yaml`;
}
/** One file per resource, sorted by name; an error when two resources would share a file. */
function renderFiles(resources) {
    const files = resources.map((resource) => ({
        name: fileNameFor(resource.object),
        content: (0,documents/* stringifyResource */.qv)(resource.object),
        resource,
    }));
    files.sort((a, b) => (0,plain/* compareStrings */.Kt)(a.name, b.name));
    for (let i = 1; i < files.length; i++) {
        const [previous, current] = [files[i - 1], files[i]];
        if (previous.name === current.name) {
            throw new errors/* ConfigurationError */.j1(`${(0,resource/* describeResource */.w9)(current.resource)} and ${(0,resource/* describeResource */.w9)(previous.resource)} would both be written to ${current.name}; rename one of them.`);
        }
    }
    return files;
}
const OUR_FILE = /^[a-z0-9._-]+\.yaml$/;
/**
 * Checks that `directory` is absent, empty, or holds only files this action writes (`*.yaml`,
 * no sub-directories), so that replacing its contents cannot delete anything else. Call before
 * rendering, so a bad output-dir fails before any work.
 */
async function checkOutputDirectory(directory) {
    if (!(0,external_node_fs_.existsSync)(directory))
        return;
    let entries;
    try {
        entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "output-dir" (${directory}) is not a directory.`);
    }
    const foreign = entries.find((entry) => !entry.isFile() || !OUR_FILE.test(entry.name));
    if (foreign) {
        throw new errors/* ConfigurationError */.j1(`Input "output-dir" (${directory}) holds ${foreign.name}, which this action did not write; use an empty or new directory.`);
    }
}
/**
 * Replaces the previous output in `directory` with `files`. Synchronous on purpose: thousands of
 * small files go several times faster without a thread-pool round trip per open, write and close,
 * and nothing else runs in the step meanwhile.
 */
async function writeRenderedFiles(directory, files) {
    await checkOutputDirectory(directory);
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    for (const entry of (0,external_node_fs_.readdirSync)(directory))
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(directory, entry));
    for (const file of files)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(directory, file.name), file.content);
}

// EXTERNAL MODULE: ./packages/manifests/src/schema.ts
var schema = __webpack_require__(11675);
;// CONCATENATED MODULE: ./packages/manifests/src/render.ts














/**
 * Renders `source` for one environment, pins images by digest, checks the result and writes one
 * file per resource to `outputDir`. Everything is checked before anything is written; the source
 * tree is only read.
 */
async function renderManifests(deps, options) {
    checkPaths(options);
    await checkOutputDirectory(options.outputDir);
    const plan = await planRender(options);
    if (options.namespace && plan.renderer !== 'helm') {
        deps.log.warning(`Input "namespace" only applies to helm; ${plan.renderer} manifests keep their own namespaces.`);
    }
    const resources = await renderResources(deps, plan, options.source);
    // Committing an empty environment would make the GitOps controller prune everything in it.
    if (resources.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Rendering ${options.source} with ${plan.renderer} produced no Kubernetes resources.`);
    }
    deps.log.info(`Rendered ${resources.length} resources with ${plan.renderer}.`);
    const { replaced } = (0,src_images/* pinImages */.Mc)(resources, options.pins);
    const report = await (0,guards/* checkManifests */.d5)(resources, { requireDigests: options.requireDigests });
    const [first, ...more] = report.located;
    if (first !== undefined) {
        // The first problem fails the step; the others are annotated, so each is shown once.
        for (const problem of more)
            deps.log.error(problem.message, problem.location && (0,run_action/* annotationAt */.nx)(problem.location));
        throw new errors/* ConfigurationError */.j1(more.length > 0
            ? `${first.message} (and ${more.length} more problem${more.length > 1 ? 's' : ''}, listed above)`
            : first.message, first.location);
    }
    for (const kind of report.unvalidatedKinds) {
        deps.log.notice((0,schema/* isBuiltInApiVersion */.U)(kind)
            ? `${kind} passes without schema validation: no schema for this built-in kind is bundled.`
            : `${kind} is a custom resource and passes without schema validation.`);
    }
    const files = renderFiles(resources);
    const hash = (0,config_hash/* configHash */.r)(files);
    let comparison;
    if (options.compareTo) {
        const result = await compareWithDirectory(files, options.compareTo);
        const diffFile = options.diffFile ?? (0,external_node_path_.resolve)(options.outputDir, '..', `${options.environment}.diff`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(diffFile), { recursive: true });
        await (0,promises_.writeFile)(diffFile, result.diff);
        comparison = { ...result, diffFile };
    }
    await writeRenderedFiles(options.outputDir, files);
    return {
        plan,
        outputDir: options.outputDir,
        files: files.map((file) => file.name),
        configHash: hash,
        images: (0,src_images/* imagesOf */.IC)(resources),
        pinned: options.pins.map((pin, index) => ({
            reference: pin.reference.toString(),
            containers: replaced[index] ?? 0,
        })),
        unvalidatedKinds: report.unvalidatedKinds,
        ...(comparison ? { comparison } : {}),
    };
}
async function renderResources(deps, plan, source) {
    switch (plan.renderer) {
        case 'kustomize': {
            const stream = await runKustomize(deps, plan.directory);
            return (0,documents/* parseManifestStream */.Px)(stream, `kustomize output of ${displayPath(source, plan.directory)}`);
        }
        case 'helm': {
            const stream = await runHelmTemplate(deps, plan);
            return (0,documents/* parseManifestStream */.Px)(stream, `helm template output of ${plan.chart}`, { helmSourceComments: true });
        }
        case 'plain': {
            const files = await (0,plain/* readYamlTree */._d)(plan.directory);
            if (files.length === 0)
                throw new errors/* ConfigurationError */.j1(`Input "source" (${plan.directory}) holds no YAML files.`);
            return files.flatMap((file) => (0,documents/* parseManifestStream */.Px)(file.text, file.path, { file: file.file }));
        }
    }
}
function displayPath(root, path) {
    const shown = (0,external_node_path_.relative)(root, path);
    return shown === '' ? root : shown.split(external_node_path_.sep).join('/');
}
function isInside(parent, child) {
    const path = (0,external_node_path_.relative)(parent, child);
    return path === '' || (!path.startsWith('..') && !path.startsWith(external_node_path_.sep) && path !== '..');
}
/** The output must not land in the source (which is never modified) nor in the directory it is compared with. */
function checkPaths(options) {
    if (isInside(options.source, options.outputDir) || isInside(options.outputDir, options.source)) {
        throw new errors/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) overlaps "source" (${options.source}); the source tree is never written to.`);
    }
    if (options.compareTo && isInside(options.outputDir, options.compareTo)) {
        throw new errors/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) must not contain "compare-to" (${options.compareTo}).`);
    }
    if (options.compareTo && isInside(options.compareTo, options.outputDir)) {
        throw new errors/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) must not be inside "compare-to" (${options.compareTo}).`);
    }
}

;// CONCATENATED MODULE: ./actions/render-manifests/src/main.ts



const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Job summaries are limited to 1 MiB; a longer diff is cut and left to the diff file. */
const SUMMARY_DIFF_LIMIT = 60_000;
function readSettings(runtime) {
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const path = (value) => ((0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(runtime.workspace, value));
    const environment = inputs.required('environment');
    if (!ENVIRONMENT_NAME.test(environment)) {
        throw new errors/* ConfigurationError */.j1(`Input "environment" must hold only letters, digits, ".", "_" and "-", got "${environment}".`);
    }
    const namespace = inputs.optional('namespace');
    if (namespace !== undefined && !NAMESPACE_NAME.test(namespace)) {
        throw new errors/* ConfigurationError */.j1(`Input "namespace" must be a valid Kubernetes namespace name, got "${namespace}".`);
    }
    const compareTo = inputs.optional('compare-to');
    return {
        source: path(inputs.required('source')),
        environment,
        pins: (0,src_images/* parseImagePins */.Ru)(inputs.list('image-ref')),
        renderer: inputs.enum('renderer', RENDERERS, 'auto'),
        values: inputs.list('values').map(path),
        outputDir: path(inputs.string('output-dir', (0,external_node_path_.join)(runtime.tempDir, 'shipgate', 'rendered', environment))),
        ...(compareTo
            ? {
                compareTo: path(compareTo),
                diffFile: (0,external_node_path_.join)(runtime.tempDir, 'shipgate', 'diff', `${environment}.diff`),
            }
            : {}),
        requireDigests: inputs.optionalBoolean('require-digests') ?? environment === 'production',
        ...(namespace ? { namespace } : {}),
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const settings = readSettings(runtime);
    const result = await renderManifests({ exec: runtime.exec, log: runtime.log }, settings);
    runtime.setOutput('output-dir', result.outputDir);
    runtime.setOutput('files', result.files.join('\n'));
    runtime.setOutput('files-json', JSON.stringify(result.files));
    runtime.setOutput('config-hash', result.configHash);
    runtime.setOutput('image-refs', result.images.join('\n'));
    runtime.setOutput('image-refs-json', JSON.stringify(result.images));
    runtime.setOutput('changed', result.comparison ? String(result.comparison.changed) : '');
    runtime.setOutput('diff-file', result.comparison?.diffFile ?? '');
    runtime.log.info(`Wrote ${result.files.length} files to ${result.outputDir}; config hash ${result.configHash}.`);
    await runtime.appendSummary(summarize(settings, result));
}
function summarize(settings, result) {
    const summary = new src_summary/* Summary */.B().heading(`Rendered manifests: ${settings.environment}`);
    const from = result.plan.renderer === 'helm' ? result.plan.chart : result.plan.directory;
    summary.paragraph(`${result.files.length} resources rendered with **${result.plan.renderer}** from \`${from}\` into \`${result.outputDir}\`.`);
    summary.paragraph(`Config hash: \`${result.configHash}\``);
    if (result.pinned.length > 0) {
        summary.table(['Pinned image', 'Containers'], result.pinned.map((pin) => [`\`${pin.reference}\``, String(pin.containers)]));
    }
    summary.details(`Files (${result.files.length})`, new src_summary/* Summary */.B()
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
    const body = new src_summary/* Summary */.B().code(cut ? comparison.diff.slice(0, SUMMARY_DIFF_LIMIT) : comparison.diff, 'diff');
    if (cut)
        body.paragraph(`The diff is cut here; the whole of it is in \`${comparison.diffFile}\`.`);
    summary.details(`Diff (${comparison.diff.split('\n').length - 1} lines)`, body.toString().trimEnd());
    return summary.toString();
}


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   v: () => (/* binding */ requireBranchName)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/**
 * Typed, validated reads of action inputs. Every failure is a `ConfigurationError` whose message
 * is one sentence naming the input.
 */
class InputReader {
    source;
    constructor(source) {
        this.source = source;
    }
    /** A required string input. */
    required(name) {
        const value = this.source.getInput(name);
        if (!value)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" is required.`);
        return value;
    }
    /** A string input, or `defaultValue` when it is empty. */
    string(name, defaultValue) {
        return this.source.getInput(name) || defaultValue;
    }
    /** A string input, or `undefined` when it is empty. */
    optional(name) {
        return this.source.getInput(name) || undefined;
    }
    /**
     * An input that replaced `oldName`: the old one, when a workflow still sets it, wins over the new
     * one's default (an action.yml default cannot be told from a value the workflow set), and `name`
     * says which input the value came from, so errors and the caller's deprecation warning name it.
     */
    renamed(name, oldName) {
        const old = this.source.getInput(oldName);
        return old ? { name: oldName, value: old } : { name, value: this.source.getInput(name) || undefined };
    }
    boolean(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (TRUE_VALUES.has(value))
            return true;
        if (FALSE_VALUES.has(value))
            return false;
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An optional boolean: `undefined` when empty, so a caller can derive the default from other inputs. */
    optionalBoolean(name) {
        return this.source.getInput(name) ? this.boolean(name, false) : undefined;
    }
    integer(name, options) {
        const value = this.source.getInput(name);
        if (!value)
            return options.default;
        const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(number) || number < options.min || number > options.max) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`);
        }
        return number;
    }
    /** Newline- or comma-separated values, trimmed, empty entries dropped. */
    list(name, options = {}) {
        const values = splitList(this.source.getInput(name));
        if (options.required && values.length === 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" is required.`);
        return values;
    }
    /** Newline-separated values only, for entries that may contain commas (e.g. `build-args`). */
    lines(name) {
        return this.source
            .getInput(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean);
    }
    branch(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        requireBranchName(value, name);
        return value;
    }
    enum(name, allowed, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
    }
}
/**
 * Refuses what git refuses as a branch name (git-check-ref-format(1)), so that a name like `a..b`
 * or `main:evil` is a bad input instead of a revision range or refspec handed to git.
 */
function requireBranchName(value, inputName) {
    const reason = branchNameProblem(value);
    if (reason)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid branch name (${reason}), got "${value}".`);
}
function branchNameProblem(value) {
    if (value.startsWith('-'))
        return 'it starts with "-"';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{') || value === '@')
        return 'it contains "@{"';
    if (/[\u0000-\u0020\u007f]/.test(value))
        return 'it contains a space or control character';
    if (/[~^:?*[\\]/.test(value))
        return 'it contains one of ~ ^ : ? * [ \\';
    const parts = value.split('/');
    if (parts.some((part) => part === ''))
        return 'it has an empty path component';
    if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
        return 'a component starts with "." or ends with ".lock"';
    }
    if (value.endsWith('.'))
        return 'it ends with "."';
    return undefined;
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
}
function formatChoices(values) {
    const quoted = values.map((value) => `"${value}"`);
    return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}


/***/ }),

/***/ 50521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Summary),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** A small markdown builder for job summaries; the GitHub, CLI and memory runtimes all take its text. */
class Summary {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    /** A table; cells are escaped so a `|` or newline in a value cannot break the layout. */
    table(headers, rows) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        this.#parts.push([line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n'));
        return this;
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '````' : '```';
        this.#parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`);
        return this;
    }
    /** A collapsed section; `body` is markdown (use a nested Summary to build it). */
    details(title, body) {
        this.#parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    raw(markdown) {
        this.#parts.push(markdown);
        return this;
    }
    get isEmpty() {
        return this.#parts.length === 0;
    }
    toString() {
        return `${this.#parts.join('\n\n')}\n`;
    }
}
function escapeCell(value) {
    return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 74723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ requireDigestReference),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   rI: () => (/* binding */ ImageReferenceError),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   vZ: () => (/* binding */ lowercaseRepositoryPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, sameRepository, withTag */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** An image reference that is not valid under the distribution reference grammar. */
class ImageReferenceError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    input;
    name = 'ImageReferenceError';
    constructor(input, reason) {
        super(`Image reference "${input}" is invalid: ${reason}.`);
        this.input = input;
    }
}
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPOSITORY_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;
// The grammar of github.com/distribution/reference (regexp.go), spelled out piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const referencePattern = new RegExp(`^((?:(${domainAndPort})/)?(${remoteName}))(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const anchoredTag = new RegExp(`^${tagPattern}$`);
const anchoredDomain = new RegExp(`^${domainAndPort}$`);
const anchoredDigest = new RegExp(`^${digestPattern}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;
/** Hex lengths of the digest algorithms go-digest registers; others are unsupported, as in Docker. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/**
 * Parses `[domain/]path[:tag][@digest]` exactly as github.com/distribution/reference does
 * (`ParseNormalizedNamed` when normalising, `Parse` otherwise). Throws `ImageReferenceError`.
 */
function parseImageReference(input, options = {}) {
    const normalize = options.normalize ?? true;
    if (input === '')
        throw new ImageReferenceError(input, 'it is empty');
    if (input.trim() !== input)
        throw new ImageReferenceError(input, 'it has leading or trailing whitespace');
    if (normalize) {
        if (anchoredIdentifier.test(input)) {
            throw new ImageReferenceError(input, 'a repository name cannot be a 64-character hexadecimal string');
        }
        const { domain, remainder, written } = splitDockerDomain(input);
        const tagAt = remainder.indexOf(':');
        const remote = tagAt >= 0 ? remainder.slice(0, tagAt) : remainder;
        if (remote.toLowerCase() !== remote) {
            const writtenTagAt = written.indexOf(':');
            const writtenRemote = (writtenTagAt >= 0 ? written.slice(0, writtenTagAt) : written).split('@')[0];
            throw new ImageReferenceError(input, `the repository name "${writtenRemote}" must be lowercase`);
        }
        const parsed = parseStrict(`${domain}/${remainder}`, input);
        return parsed;
    }
    return parseStrict(input, input);
}
function parseStrict(text, input) {
    const match = referencePattern.exec(text);
    if (!match)
        throw new ImageReferenceError(input, explainMismatch(input));
    const [, name = '', domain = '', path = '', tag, digest] = match;
    if (name.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ImageReferenceError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
    }
    if (digest !== undefined)
        validateDigest(digest, input);
    return makeReference(domain, path, tag, digest);
}
function makeReference(domain, path, tag, digest) {
    const name = domain ? `${domain}/${path}` : path;
    const reference = {
        domain,
        path,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        toString: () => `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`,
    };
    return reference;
}
function validateDigest(digest, input) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined)
        throw new ImageReferenceError(input, `the digest algorithm "${algorithm}" is not supported`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageReferenceError(input, `a ${algorithm} digest must be ${length} lowercase hexadecimal characters`);
    }
}
/**
 * `ghcr.io/Codertocat/Hello-World` → `ghcr.io/codertocat/hello-world`: the repository path
 * lowercased, the registry host kept, as docker/metadata-action does for image names (a workflow's
 * `ghcr.io/${{ github.repository }}` keeps the owner's case, which no registry accepts). A first
 * component is a registry only when it has a `.` or `:` or is `localhost`, as for docker.
 */
function lowercaseRepositoryPath(image) {
    const slash = image.indexOf('/');
    const first = slash >= 0 ? image.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost')) {
        return `${first}/${image.slice(slash + 1).toLowerCase()}`;
    }
    return image.toLowerCase();
}
/** The same split `docker` makes: a first component is a registry only if it looks like a host. */
function splitDockerDomain(input) {
    const slash = input.indexOf('/');
    const first = slash >= 0 ? input.slice(0, slash) : '';
    let domain;
    let remainder;
    if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
        domain = DEFAULT_DOMAIN;
        remainder = input;
    }
    else {
        domain = first;
        remainder = input.slice(slash + 1);
    }
    const written = remainder;
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = `${OFFICIAL_REPOSITORY_PREFIX}${remainder}`;
    return { domain, remainder, written };
}
/** The most specific reason a string is not a reference, checked piece by piece. */
function explainMismatch(text) {
    let rest = text;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const digest = rest.slice(at + 1);
        if (!anchoredDigest.test(digest)) {
            return `the digest "${digest}" is not of the form algorithm:hex (at least 32 hex characters)`;
        }
        rest = rest.slice(0, at);
    }
    // The tag starts at the first colon after the last slash: `host:5000/repo:tag`.
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        const tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (rest === '')
            return 'the repository name is empty';
        if (tag === '')
            return 'the tag after ":" is empty';
        if (!anchoredTag.test(tag)) {
            return `the tag "${tag}" must start with a letter, digit or underscore and have at most 128 of letters, digits, "_", "." and "-"`;
        }
    }
    if (rest === '')
        return 'the repository name is empty';
    const parts = rest.split('/');
    if (parts.some((part) => part === ''))
        return 'the repository name has an empty path component';
    const first = parts[0] ?? '';
    if (parts.length > 1 && !anchoredDomain.test(first) && /[.:[\]]/.test(first)) {
        return `the registry "${first}" is not a valid host[:port]`;
    }
    if (rest !== rest.toLowerCase() && referencePattern.test(rest.toLowerCase())) {
        return `the repository name "${rest}" must be lowercase`;
    }
    return 'path components may only hold lowercase letters and digits separated by ".", "_", "__" or "-"';
}
/**
 * Parses a reference that must be pinned by digest, for inputs such as `image-ref`.
 * Throws a `ConfigurationError` that names the input.
 */
function requireDigestReference(value, inputName) {
    let reference;
    try {
        reference = parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ImageReferenceError) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
    }
    return reference;
}
/** Whether two references name the same repository (tags and digests ignored, Docker Hub short names expanded). */
function sameRepository(a, b) {
    const nameOf = (value) => (typeof value === 'string' ? parseImageReference(value) : value).name;
    return nameOf(a) === nameOf(b);
}
/** A reference to `name` (a repository) pinned to `digest`: `name@digest`. */
function withDigest(reference, digest) {
    const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
    const input = `${base.name}@${digest}`;
    if (!anchoredDigest.test(digest))
        throw new ImageReferenceError(input, `"${digest}" is not of the form algorithm:hex`);
    validateDigest(digest, input);
    return makeReference(base.domain, base.path, undefined, digest);
}
/** A reference to `name` with `tag`, validating the tag against the grammar. */
function withTag(reference, tag) {
    const base = typeof reference === 'string' ? parseImageReference(reference) : reference;
    if (!isValidTag(tag))
        throw new ImageReferenceError(`${base.name}:${tag}`, `the tag "${tag}" is not valid`);
    return makeReference(base.domain, base.path, tag, undefined);
}
function isValidTag(tag) {
    return anchoredTag.test(tag);
}


/***/ })

};
