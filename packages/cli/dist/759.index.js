export const id = 759;
export const ids = [759];
export const modules = {

/***/ 1759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w4: () => (/* reexport */ MAX_ALIAS_COUNT),
  vy: () => (/* reexport */ RENDERERS),
  U2: () => (/* reexport */ inspectCommittedFiles),
  Ru: () => (/* reexport */ parseImagePins),
  hO: () => (/* reexport */ renderManifests)
});

// UNUSED EXPORTS: checkManifests, checkOutputDirectory, compareWithDirectory, configHash, configView, containerSlots, describeResource, fileNameFor, helmTemplateArgs, identityOf, imageProblems, imagesOf, isBuiltInApiVersion, kustomizeCommand, parseManifestStream, pinImages, planRender, readTree, readYamlTree, renderFiles, repositoryOf, runHelmTemplate, runKustomize, stringifyResource, unifiedDiff, validateSchemas, writeRenderedFiles

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/manifests/src/documents.ts


/**
 * Aliases one document may expand. Real manifests use a handful; a "billion laughs" document
 * needs thousands, and the yaml library refuses it before it exhausts memory.
 */
const MAX_ALIAS_COUNT = 100;
// Kubernetes reads manifests with go-yaml (YAML 1.1), where `yes`, `on` and `0777` are not strings:
// parsing and writing as 1.1 keeps what we write meaning what the cluster will read.
const YAML_VERSION = '1.1';
/**
 * Parses a multi-document YAML stream into resources. Empty documents are skipped and `kind: List`
 * is expanded. Throws a `ConfigurationError` naming `origin`, the line and the column on a syntax
 * error, and on a document that expands too many aliases.
 */
function parseManifestStream(text, origin, options = {}) {
    const list = (0,dist/* parseAllDocuments */.hR)(text, { version: YAML_VERSION, prettyErrors: true });
    const resources = [];
    const numbered = list.length > 1;
    list.forEach((document, index) => {
        const where = documentOrigin(document, origin, numbered ? index + 1 : undefined, options);
        const error = document.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const at = position ? ` at line ${position.line}, column ${position.col}` : '';
            throw new src/* ConfigurationError */.j1(`${origin} has a YAML syntax error${at}: ${firstLine(error.message)}.`);
        }
        let value;
        try {
            value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (caught) {
            if (caught instanceof ReferenceError) {
                throw new src/* ConfigurationError */.j1(`${where} expands more than ${MAX_ALIAS_COUNT} YAML aliases, which is refused as a resource exhaustion attack.`);
            }
            throw caught;
        }
        if (value === null || value === undefined)
            return;
        if (!isPlainObject(value))
            throw new src/* ConfigurationError */.j1(`${where} is not a YAML mapping (a Kubernetes object).`);
        if (value.kind === 'List' && Array.isArray(value.items)) {
            value.items.forEach((item, itemIndex) => {
                const itemOrigin = `${where}, item ${itemIndex + 1}`;
                if (!isPlainObject(item))
                    throw new src/* ConfigurationError */.j1(`${itemOrigin} is not a Kubernetes object.`);
                resources.push({ origin: itemOrigin, object: item });
            });
            return;
        }
        resources.push({ origin: where, object: value });
    });
    return resources;
}
function documentOrigin(document, origin, number, options) {
    if (options.helmSourceComments) {
        const comment = `${document.commentBefore ?? ''}\n${document.contents?.commentBefore ?? ''}`;
        const source = /^\s*Source:\s*(\S.*?)\s*$/m.exec(comment)?.[1];
        if (source)
            return source;
    }
    return number === undefined ? origin : `${origin} (document ${number})`;
}
/** The one way resources are written: YAML 1.1-safe quoting, no line folding, no anchors. */
function stringifyResource(object) {
    return (0,dist/* stringify */.As)(object, {
        version: YAML_VERSION,
        lineWidth: 0,
        aliasDuplicateObjects: false,
    });
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+/, '').replace(/[.:]\s*$/, '');
}

// EXTERNAL MODULE: ./packages/image/src/index.ts + 9 modules
var image_src = __webpack_require__(53000);
;// CONCATENATED MODULE: ./packages/manifests/src/resource.ts

/** The identity, or `undefined` when apiVersion, kind or metadata.name is missing (a guard reports that). */
function identityOf(object) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    const { apiVersion, kind } = object;
    const { name, namespace } = metadata;
    if (typeof apiVersion !== 'string' || !apiVersion)
        return undefined;
    if (typeof kind !== 'string' || !kind)
        return undefined;
    if (typeof name !== 'string' || !name)
        return undefined;
    return { apiVersion, kind, name, ...(typeof namespace === 'string' && namespace ? { namespace } : {}) };
}
/** `Deployment "web" in namespace "shop"` (or whatever part of that the object has). */
function describeObject(object) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    const kind = typeof object.kind === 'string' && object.kind ? object.kind : 'resource';
    const name = typeof metadata.name === 'string' && metadata.name ? ` "${metadata.name}"` : ' (no name)';
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace ? ` in namespace "${metadata.namespace}"` : '';
    return `${kind}${name}${namespace}`;
}
/** `Deployment "web" in namespace "shop" (base/deployment.yaml)`: the resource and the file it came from. */
function describeResource(resource) {
    return `${describeObject(resource.object)} (${resource.origin})`;
}
/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
function apiGroupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}

;// CONCATENATED MODULE: ./packages/manifests/src/images.ts




const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Rollout: ['spec', 'template', 'spec'],
};
/** The containers of a workload (Pod, Deployment, …, CronJob, Argo Rollout); none for other kinds. */
function containerSlots(object) {
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const path = POD_SPEC_PATHS[kind];
    if (!path)
        return [];
    // Rollout is Argo's; another group's Rollout is some other custom resource.
    if (kind === 'Rollout' && apiGroupOf(apiVersion) !== 'argoproj.io')
        return [];
    let podSpec = object;
    for (const key of path) {
        podSpec = isPlainObject(podSpec) ? podSpec[key] : undefined;
    }
    if (!isPlainObject(podSpec))
        return [];
    const spec = podSpec;
    const slots = [];
    for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isPlainObject(container))
                return;
            slots.push({
                path: `${path.join('.')}.${list}[${index}]`,
                name: typeof container.name === 'string' ? container.name : `#${index + 1}`,
                image: typeof container.image === 'string' ? container.image : undefined,
                setImage: (image) => {
                    container.image = image;
                },
            });
        });
    }
    return slots;
}
/**
 * Parses `image-ref` entries: `registry/repo[:tag]@sha256:…` replaces images of that repository;
 * `name=registry/repo@sha256:…` replaces images of repository `name` (a placeholder in the
 * manifests) with a reference in another repository. Every entry must be pinned by digest.
 */
function parseImagePins(entries, inputName = 'image-ref') {
    const pins = [];
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const placeholder = equals >= 0 ? entry.slice(0, equals).trim() : undefined;
        const reference = (0,image_src/* requireDigestReference */.L1)(equals >= 0 ? entry.slice(equals + 1).trim() : entry, inputName);
        let repository = reference.name;
        if (placeholder !== undefined) {
            try {
                repository = (0,image_src/* parseImageReference */.o_)(placeholder).name;
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" entry "${entry}" names an invalid image to replace: ${error.message}`);
            }
        }
        const clash = pins.find((pin) => pin.repository === repository);
        if (clash) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" has two entries for repository ${repository}: "${clash.entry}" and "${entry}".`);
        }
        pins.push({ entry, repository, reference });
    }
    return pins;
}
/** The repository of an image as written in a manifest, or `undefined` when it does not parse. */
function repositoryOf(image) {
    try {
        return (0,image_src/* parseImageReference */.o_)(image).name;
    }
    catch {
        return undefined;
    }
}
/**
 * Replaces the image of every container whose repository matches a pin. Mutates the resources
 * (our parsed copies; the source tree is never touched). A pin that matches nothing is an error.
 */
function pinImages(resources, pins) {
    const replaced = pins.map(() => 0);
    const seen = new Set();
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object)) {
            if (slot.image === undefined)
                continue;
            seen.add(slot.image);
            const repository = repositoryOf(slot.image);
            if (repository === undefined)
                continue;
            const index = pins.findIndex((pin) => pin.repository === repository);
            const pin = pins[index];
            if (!pin)
                continue;
            slot.setImage(pin.reference.toString());
            replaced[index] = (replaced[index] ?? 0) + 1;
        }
    }
    const unused = pins.findIndex((_, index) => replaced[index] === 0);
    if (unused >= 0) {
        const pin = pins[unused];
        const found = [...seen].sort();
        throw new src/* ConfigurationError */.j1(`Image reference "${pin.entry}" matches no container image of repository ${pin.repository} in the rendered manifests (images found: ${found.length ? found.join(', ') : 'none'}).`);
    }
    return { replaced };
}
/** Every distinct container image in the resources, sorted. */
function imagesOf(resources) {
    const images = new Set();
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object))
            if (slot.image)
                images.add(slot.image);
    }
    return [...images].sort();
}
/** Problems with container images: unparseable references, and (when required) references without a digest. */
function imageProblems(resources, requireDigests) {
    const problems = [];
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object)) {
            const where = `container "${slot.name}" of ${describeResource(resource)}`;
            if (slot.image === undefined) {
                problems.push(`The ${where} has no image.`);
                continue;
            }
            let reference;
            try {
                reference = (0,image_src/* parseImageReference */.o_)(slot.image);
            }
            catch (error) {
                problems.push(`The image "${slot.image}" of ${where} is invalid: ${error.message}`);
                continue;
            }
            if (requireDigests && !reference.digest) {
                problems.push(`The image "${slot.image}" of ${where} is not pinned by digest; pass it in "image-ref" or set "require-digests: false".`);
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-hash.ts



/**
 * A resource as YAML with every container image reduced to its repository (no tag, no digest):
 * what stays the same when only the image changes.
 */
function configView(object) {
    const copy = structuredClone(object);
    for (const slot of containerSlots(copy)) {
        if (slot.image)
            slot.setImage(repositoryOf(slot.image) ?? slot.image);
    }
    return stringifyResource(copy);
}
/**
 * `sha256:<hex>` over the rendered files (name and config view, in file order). A new image digest
 * keeps it; any other change to the manifests, a file name included, changes it.
 */
function configHash(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        hash.update(`--- ${file.name}\n`);
        // Only workloads hold container images; any other file is its own config view.
        const hasImages = containerSlots(file.resource.object).some((slot) => slot.image);
        hash.update(hasImages ? configView(file.resource.object) : file.content);
    }
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts


/** Whether `apiVersion` belongs to Kubernetes itself (core, `apps`, `*.k8s.io`, …) rather than a custom resource. */
function isBuiltInApiVersion(apiVersion) {
    const group = apiGroupOf(apiVersion);
    return !group.includes('.') || group.endsWith('.k8s.io');
}
const MAX_ERRORS_PER_RESOURCE = 3;
/** Validates each resource of a kind in the table against its Kubernetes schema. */
async function validateSchemas(resources) {
    // Loaded on first use: the compiled schemas are most of the action's code, and an action that
    // fails on its inputs should not pay for them.
    const { VALIDATORS } = await Promise.all(/* import() */[__webpack_require__.e(614), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 60583));
    const problems = [];
    const unvalidated = new Set();
    let validated = 0;
    for (const resource of resources) {
        const { apiVersion, kind } = resource.object;
        if (typeof apiVersion !== 'string' || typeof kind !== 'string')
            continue;
        // SOPS-encrypted values only become valid once the controller decrypts them.
        if (isPlainObject(resource.object.sops))
            continue;
        const validator = VALIDATORS.get(`${apiVersion}/${kind}`);
        if (!validator) {
            unvalidated.add(`${apiVersion}/${kind}`);
            continue;
        }
        validated++;
        if (validator(resource.object))
            continue;
        const errors = (validator.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE).map(describeSchemaError);
        problems.push(`${describeResource(resource)} does not match the ${apiVersion} ${kind} schema: ${errors.join('; ')}.`);
    }
    return { problems, unvalidatedKinds: [...unvalidated].sort(), validated };
}
function describeSchemaError(error) {
    const at = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the object';
    const { params } = error;
    switch (error.keyword) {
        case 'required':
            return `${at === 'the object' ? '' : `${at}.`}${String(params.missingProperty)} is required`;
        case 'type':
            return `${at} must be of type ${String(params.type)}`;
        case 'enum':
            return `${at} must be one of ${params.allowedValues.map(String).join(', ')}`;
        case 'format':
            return `${at} must be in ${String(params.format)} format`;
        default:
            return `${at} fails "${error.keyword}"`;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/guards.ts




/**
 * Every check the rendered manifests must pass before anything is written. Structural problems
 * (missing apiVersion, kind or name) are reported alone, since the other checks need those fields.
 */
async function checkManifests(resources, options) {
    const structural = resources.flatMap(missingFields);
    if (structural.length > 0)
        return { problems: structural, unvalidatedKinds: [] };
    const schemas = await validateSchemas(resources);
    const problems = [
        ...duplicates(resources),
        ...resources.flatMap(plaintextSecret),
        ...imageProblems(resources, options.requireDigests),
        ...schemas.problems,
    ];
    return { problems, unvalidatedKinds: schemas.unvalidatedKinds };
}
function missingFields(resource) {
    const { object } = resource;
    const missing = [];
    if (typeof object.apiVersion !== 'string' || !object.apiVersion)
        missing.push('apiVersion');
    if (typeof object.kind !== 'string' || !object.kind)
        missing.push('kind');
    const metadata = object.metadata;
    if (!isPlainObject(metadata) || typeof metadata.name !== 'string' || !metadata.name)
        missing.push('metadata.name');
    if (missing.length === 0)
        return [];
    return [`${describeResource(resource)} is missing ${missing.join(', ')}.`];
}
function duplicates(resources) {
    const first = new Map();
    const problems = [];
    for (const resource of resources) {
        const identity = identityOf(resource.object);
        if (!identity)
            continue;
        const key = [identity.apiVersion, identity.kind, identity.namespace ?? '', identity.name].join('\u0000');
        const earlier = first.get(key);
        if (earlier) {
            problems.push(`${describeResource(resource)} duplicates ${describeResource(earlier)}: both are ${identity.apiVersion} ${identity.kind} "${identity.name}".`);
        }
        else {
            first.set(key, resource);
        }
    }
    return problems;
}
/**
 * A core `Secret` holding `data` or `stringData` puts the secret in git. SealedSecret and
 * ExternalSecret are other kinds and pass; a Secret encrypted by SOPS carries `sops:` metadata.
 */
function plaintextSecret(resource) {
    const { object } = resource;
    if (object.kind !== 'Secret' || apiGroupOf(String(object.apiVersion)) !== '')
        return [];
    if (isPlainObject(object.sops))
        return [];
    const fields = ['data', 'stringData'].filter((field) => isPlainObject(object[field]) && Object.keys(object[field]).length > 0);
    if (fields.length === 0)
        return [];
    return [
        `${describeResource(resource)} holds plaintext ${fields.join(' and ')}; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
    ];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/manifests/src/plain.ts


const YAML_FILE = /\.ya?ml$/i;
/** The YAML files under `directory` (recursively; dot-files and dot-directories skipped), sorted by path. */
function readYamlTree(directory) {
    return readTree(directory, (name) => YAML_FILE.test(name));
}
/** The files under `directory` whose name passes `include` (dot-files and dot-directories skipped), sorted by path. */
async function readTree(directory, include) {
    const info = await (0,promises_.stat)(directory);
    if (info.isFile())
        return [{ path: directory.split(external_node_path_.sep).at(-1) ?? directory, text: await (0,promises_.readFile)(directory, 'utf8') }];
    const paths = [];
    const walk = async (dir) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && include(entry.name))
                paths.push(full);
        }
    };
    await walk(directory);
    // Plain code-unit order, so the result does not depend on the machine's locale.
    const relativePaths = paths.map((path) => (0,external_node_path_.relative)(directory, path).split(external_node_path_.sep).join('/')).sort(compareStrings);
    return Promise.all(relativePaths.map(async (path) => ({ path, text: await (0,promises_.readFile)((0,external_node_path_.join)(directory, ...path.split('/')), 'utf8') })));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/manifests/src/committed.ts






/**
 * Reads what the files deploy: the config hash (render-manifests' `configHash` over files it
 * would write: one resource per YAML file, so an untouched render hashes the same), the images
 * the manifests run, and what the render guards would refuse. A file that is not one resource
 * (a kustomization, several documents, not YAML) is hashed by its bytes, so any change to it
 * changes the hash.
 */
async function inspectCommittedFiles(files) {
    const sorted = [...files].sort((a, b) => compareStrings(a.name, b.name));
    const rendered = [];
    const resources = [];
    const other = (0,external_node_crypto_.createHash)('sha256');
    let hasOther = false;
    for (const file of sorted) {
        const parsed = /\.ya?ml$/i.test(file.name) ? parseManifestStream(file.content, file.name) : [];
        resources.push(...parsed);
        const [only] = parsed;
        if (parsed.length === 1 && only && !/(^|\/)kustomization\.ya?ml$/i.test(file.name)) {
            rendered.push({ name: file.name, content: file.content, resource: only });
        }
        else {
            hasOther = true;
            other.update(`--- ${file.name}\n${file.content}`);
        }
    }
    const base = configHash(rendered);
    const hash = hasOther
        ? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(base).update(other.digest('hex')).digest('hex')}`
        : base;
    const report = await checkManifests(resources, { requireDigests: true });
    return { configHash: hash, images: imagesOf(resources), problems: report.problems };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
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
    const existing = (0,external_node_fs_.existsSync)(directory) ? await readTree(directory, (name) => name !== GENERATED_KUSTOMIZATION) : [];
    const before = new Map(existing.map((file) => [file.path, file.text]));
    const after = new Map(files.map((file) => [file.name, file]));
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
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
        if (!oldObject || configView(oldObject) !== configView(rendered.resource.object)) {
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
        return isPlainObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function compareImages(file, before, after) {
    const label = (slot) => `${slot.path.replace(/^.*\./, '')} (${slot.name})`;
    const old = new Map(containerSlots(before).map((slot) => [label(slot), slot.image ?? '']));
    const changes = [];
    for (const slot of containerSlots(after)) {
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

;// CONCATENATED MODULE: ./packages/manifests/src/tools.ts

function toolLookup(deps) {
    return deps.isOnPath ?? ((tool) => (0,src/* isOnPath */.jY)(tool));
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
        throw new src/* ConfigurationError */.j1('Renderer "helm" needs the helm CLI, which is not on PATH; install it in an earlier step (for example with azure/setup-helm).');
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
    const { stdout } = await deps.exec(command, args, { timeoutMs: RENDER_TIMEOUT_MS });
    return stdout;
}

;// CONCATENATED MODULE: ./packages/manifests/src/output.ts







/**
 * `<namespace>-<kind>-<name>.yaml`, or `<kind>-<name>.yaml` for an object without a namespace;
 * lowercase, with characters a file name should not hold (e.g. the `:` of `system:` roles) as `_`.
 */
function fileNameFor(object) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
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
        content: stringifyResource(resource.object),
        resource,
    }));
    files.sort((a, b) => compareStrings(a.name, b.name));
    for (let i = 1; i < files.length; i++) {
        const [previous, current] = [files[i - 1], files[i]];
        if (previous.name === current.name) {
            throw new src/* ConfigurationError */.j1(`${describeResource(current.resource)} and ${describeResource(previous.resource)} would both be written to ${current.name}; rename one of them.`);
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
        throw new src/* ConfigurationError */.j1(`Input "output-dir" (${directory}) is not a directory.`);
    }
    const foreign = entries.find((entry) => !entry.isFile() || !OUR_FILE.test(entry.name));
    if (foreign) {
        throw new src/* ConfigurationError */.j1(`Input "output-dir" (${directory}) holds ${foreign.name}, which this action did not write; use an empty or new directory.`);
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
        throw new src/* ConfigurationError */.j1(`Input "source" names ${source}, which does not exist.`);
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
        throw new src/* ConfigurationError */.j1(`Input "source" must be a directory for renderer "${renderer}", got ${source}.`);
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
        throw new src/* ConfigurationError */.j1(`Input "source" has no kustomize overlay for environment "${environment}": ${overlay} does not exist or holds no kustomization.yaml (overlays: ${existing.length > 0 ? existing.join(', ') : 'none'}).`);
    }
    if (hasKustomization(source))
        return source;
    throw new src/* ConfigurationError */.j1(`Input "source" (${source}) holds no kustomization.yaml for renderer "kustomize".`);
}
async function planHelm(options) {
    const chartFile = (0,external_node_path_.join)(options.source, 'Chart.yaml');
    if (!(0,external_node_fs_.existsSync)(chartFile)) {
        throw new src/* ConfigurationError */.j1(`Input "source" (${options.source}) holds no Chart.yaml for renderer "helm".`);
    }
    let chart;
    try {
        chart = (0,dist/* parse */.qg)(await (0,promises_.readFile)(chartFile, 'utf8'));
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${chartFile} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const name = isPlainObject(chart) ? chart.name : undefined;
    if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/.test(name)) {
        throw new src/* ConfigurationError */.j1(`${chartFile} needs a "name" that is a valid release name (lowercase, at most 53 characters).`);
    }
    for (const file of options.values) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new src/* ConfigurationError */.j1(`Input "values" names ${file}, which does not exist.`);
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
        throw new src/* ConfigurationError */.j1(`Rendering ${options.source} with ${plan.renderer} produced no Kubernetes resources.`);
    }
    deps.log.info(`Rendered ${resources.length} resources with ${plan.renderer}.`);
    const { replaced } = pinImages(resources, options.pins);
    const report = await checkManifests(resources, { requireDigests: options.requireDigests });
    const [first, ...more] = report.problems;
    if (first !== undefined) {
        // The first problem fails the step; the others are annotated, so each is shown once.
        for (const problem of more)
            deps.log.error(problem);
        throw new src/* ConfigurationError */.j1(more.length > 0 ? `${first} (and ${more.length} more problem${more.length > 1 ? 's' : ''}, listed above)` : first);
    }
    for (const kind of report.unvalidatedKinds) {
        deps.log.notice(isBuiltInApiVersion(kind)
            ? `${kind} passes without schema validation: no schema for this built-in kind is bundled.`
            : `${kind} is a custom resource and passes without schema validation.`);
    }
    const files = renderFiles(resources);
    const hash = configHash(files);
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
        images: imagesOf(resources),
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
            return parseManifestStream(stream, `kustomize output of ${displayPath(source, plan.directory)}`);
        }
        case 'helm': {
            const stream = await runHelmTemplate(deps, plan);
            return parseManifestStream(stream, `helm template output of ${plan.chart}`, { helmSourceComments: true });
        }
        case 'plain': {
            const files = await readYamlTree(plan.directory);
            if (files.length === 0)
                throw new src/* ConfigurationError */.j1(`Input "source" (${plan.directory}) holds no YAML files.`);
            return files.flatMap((file) => parseManifestStream(file.text, file.path));
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
        throw new src/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) overlaps "source" (${options.source}); the source tree is never written to.`);
    }
    if (options.compareTo && isInside(options.outputDir, options.compareTo)) {
        throw new src/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) must not contain "compare-to" (${options.compareTo}).`);
    }
    if (options.compareTo && isInside(options.compareTo, options.outputDir)) {
        throw new src/* ConfigurationError */.j1(`Input "output-dir" (${options.outputDir}) must not be inside "compare-to" (${options.compareTo}).`);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts
















/***/ })

};
