export const id = 741;
export const ids = [741];
export const modules = {

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ configHash),
/* harmony export */   u: () => (/* binding */ configView)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88680);
/* harmony import */ var _images__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88918);



/**
 * A resource as YAML with every container image reduced to its repository (no tag, no digest):
 * what stays the same when only the image changes.
 */
function configView(object) {
    const copy = structuredClone(object);
    for (const slot of (0,_images__WEBPACK_IMPORTED_MODULE_1__/* .containerSlots */ .JQ)(copy)) {
        if (slot.image)
            slot.setImage((0,_images__WEBPACK_IMPORTED_MODULE_1__/* .repositoryOf */ ._M)(slot.image) ?? slot.image);
    }
    return (0,_documents__WEBPACK_IMPORTED_MODULE_2__/* .stringifyResource */ .qv)(copy);
}
/**
 * `sha256:<hex>` over the rendered files (name and config view, in file order). A new image digest
 * keeps it; any other change to the manifests, a file name included, changes it.
 */
function configHash(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const file of files) {
        hash.update(`--- ${file.name}\n`);
        // Only workloads hold container images; any other file is its own config view.
        const hasImages = (0,_images__WEBPACK_IMPORTED_MODULE_1__/* .containerSlots */ .JQ)(file.resource.object).some((slot) => slot.image);
        hash.update(hasImages ? configView(file.resource.object) : file.content);
    }
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 88680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ parseManifestStream),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   qv: () => (/* binding */ stringifyResource),
/* harmony export */   w4: () => (/* binding */ MAX_ALIAS_COUNT)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);


/**
 * Aliases one document may expand. Real manifests use a handful; a "billion laughs" document
 * needs thousands, and the yaml library refuses it before it exhausts memory.
 */
const MAX_ALIAS_COUNT = 100;
// Kubernetes reads manifests with go-yaml (YAML 1.1), where `yes`, `on` and `0777` are not strings:
// parsing and writing as 1.1 keeps what we write meaning what the cluster will read.
const YAML_VERSION = '1.1';
/**
 * Parses `text` once for every reader of it (the verifier's content rule and its config hash read
 * the same committed files): parsing is most of what reading a long history of deploys costs.
 */
function parseYamlStream(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    return {
        documents: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { version: YAML_VERSION, prettyErrors: true, lineCounter: lines }),
        lines,
    };
}
/**
 * Parses a multi-document YAML stream into resources. Empty documents are skipped and `kind: List`
 * is expanded. Throws a `ConfigurationError` naming `origin`, the line and the column on a syntax
 * error, and on a document that expands too many aliases.
 */
function parseManifestStream(text, origin, options = {}) {
    const { documents: list, lines } = options.parsed ?? parseYamlStream(text);
    const { file } = options;
    const locate = (offset) => file === undefined ? undefined : { file, line: offset === undefined ? 1 : lines.linePos(offset).line };
    const resources = [];
    const numbered = list.length > 1;
    list.forEach((document, index) => {
        const where = documentOrigin(document, origin, numbered ? index + 1 : undefined, options);
        const error = document.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const at = position ? ` at line ${position.line}, column ${position.col}` : '';
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} has a YAML syntax error${at}: ${firstLine(error.message)}.`, file === undefined ? undefined : { file, ...(position ? { line: position.line, column: position.col } : {}) });
        }
        const location = locate(document.contents?.range?.[0] ?? document.range[0]);
        let value;
        try {
            value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (caught) {
            if (caught instanceof ReferenceError) {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where} expands more than ${MAX_ALIAS_COUNT} YAML aliases, which is refused as a resource exhaustion attack.`, location);
            }
            throw caught;
        }
        if (value === null || value === undefined)
            return;
        if (!isPlainObject(value)) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where} is not a YAML mapping (a Kubernetes object).`, location);
        }
        if (value.kind === 'List' && Array.isArray(value.items)) {
            const itemNodes = listItemNodes(document);
            value.items.forEach((item, itemIndex) => {
                const itemOrigin = `${where}, item ${itemIndex + 1}`;
                const itemLocation = locate(itemNodes[itemIndex]?.range?.[0]) ?? location;
                if (!isPlainObject(item))
                    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${itemOrigin} is not a Kubernetes object.`, itemLocation);
                resources.push({ origin: itemOrigin, object: item, ...(itemLocation ? { location: itemLocation } : {}) });
            });
            return;
        }
        resources.push({ origin: where, object: value, ...(location ? { location } : {}) });
    });
    return resources;
}
/** The nodes of a `kind: List` document's `items`, for their lines. */
function listItemNodes(document) {
    const items = document.get('items', true);
    return items?.items ?? [];
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(object, {
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


/***/ }),

/***/ 32978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d5: () => (/* binding */ checkManifests)
/* harmony export */ });
/* unused harmony exports problemsOf, locatedAt */
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88680);
/* harmony import */ var _images__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88918);
/* harmony import */ var _resource__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18808);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11675);




/**
 * Every check the rendered manifests must pass before anything is written. Structural problems
 * (missing apiVersion, kind or name) are reported alone, since the other checks need those fields.
 */
async function checkManifests(resources, options) {
    const structural = resources.flatMap(problemsOf(missingFields));
    if (structural.length > 0)
        return report(structural, []);
    const schemas = await (0,_schema__WEBPACK_IMPORTED_MODULE_0__/* .validateSchemas */ .r)(resources);
    const located = [
        ...duplicates(resources),
        ...resources.flatMap(problemsOf(plaintextSecret)),
        ...resources.flatMap(problemsOf((resource) => (0,_images__WEBPACK_IMPORTED_MODULE_1__/* .imageProblems */ .yR)([resource], options.requireDigests))),
        ...schemas.located,
    ];
    return report(located, schemas.unvalidatedKinds);
}
function report(located, unvalidatedKinds) {
    return { problems: located.map((problem) => problem.message), located, unvalidatedKinds };
}
/** A check of one resource, its sentences located at the resource. */
function problemsOf(check) {
    return (resource) => check(resource).map((message) => locatedAt(resource, message));
}
function locatedAt(resource, message) {
    return resource.location ? { message, location: resource.location } : { message };
}
function missingFields(resource) {
    const { object } = resource;
    const missing = [];
    if (typeof object.apiVersion !== 'string' || !object.apiVersion)
        missing.push('apiVersion');
    if (typeof object.kind !== 'string' || !object.kind)
        missing.push('kind');
    const metadata = object.metadata;
    if (!(0,_documents__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(metadata) || typeof metadata.name !== 'string' || !metadata.name)
        missing.push('metadata.name');
    if (missing.length === 0)
        return [];
    return [`${(0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w9)(resource)} is missing ${missing.join(', ')}.`];
}
function duplicates(resources) {
    const first = new Map();
    const problems = [];
    for (const resource of resources) {
        const identity = (0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .identityOf */ .cu)(resource.object);
        if (!identity)
            continue;
        const key = [identity.apiVersion, identity.kind, identity.namespace ?? '', identity.name].join('\u0000');
        const earlier = first.get(key);
        if (earlier) {
            problems.push(locatedAt(resource, `${(0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w9)(resource)} duplicates ${(0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w9)(earlier)}: both are ${identity.apiVersion} ${identity.kind} "${identity.name}".`));
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
    if (object.kind !== 'Secret' || (0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .apiGroupOf */ .nq)(String(object.apiVersion)) !== '')
        return [];
    if ((0,_documents__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(object.sops))
        return [];
    const fields = ['data', 'stringData'].filter((field) => (0,_documents__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(object[field]) && Object.keys(object[field]).length > 0);
    if (fields.length === 0)
        return [];
    return [
        `${(0,_resource__WEBPACK_IMPORTED_MODULE_3__/* .describeResource */ .w9)(resource)} holds plaintext ${fields.join(' and ')}; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
    ];
}


/***/ }),

/***/ 88918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   JQ: () => (/* binding */ containerSlots),
/* harmony export */   Mc: () => (/* binding */ pinImages),
/* harmony export */   Ru: () => (/* binding */ parseImagePins),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   yR: () => (/* binding */ imageProblems)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_image__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74723);
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88680);
/* harmony import */ var _resource__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18808);




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
    if (kind === 'Rollout' && (0,_resource__WEBPACK_IMPORTED_MODULE_0__/* .apiGroupOf */ .nq)(apiVersion) !== 'argoproj.io')
        return [];
    let podSpec = object;
    for (const key of path) {
        podSpec = (0,_documents__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(podSpec) ? podSpec[key] : undefined;
    }
    if (!(0,_documents__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(podSpec))
        return [];
    const spec = podSpec;
    const slots = [];
    for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!(0,_documents__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(container))
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
        const reference = (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_2__/* .requireDigestReference */ .L1)(equals >= 0 ? entry.slice(equals + 1).trim() : entry, inputName);
        let repository = reference.name;
        if (placeholder !== undefined) {
            try {
                repository = (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(placeholder).name;
            }
            catch (error) {
                throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${inputName}" entry "${entry}" names an invalid image to replace: ${error.message}`);
            }
        }
        const clash = pins.find((pin) => pin.repository === repository);
        if (clash) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${inputName}" has two entries for repository ${repository}: "${clash.entry}" and "${entry}".`);
        }
        pins.push({ entry, repository, reference });
    }
    return pins;
}
/** The repository of an image as written in a manifest, or `undefined` when it does not parse. */
function repositoryOf(image) {
    try {
        return (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image).name;
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Image reference "${pin.entry}" matches no container image of repository ${pin.repository} in the rendered manifests (images found: ${found.length ? found.join(', ') : 'none'}).`);
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
            const where = `container "${slot.name}" of ${(0,_resource__WEBPACK_IMPORTED_MODULE_0__/* .describeResource */ .w9)(resource)}`;
            if (slot.image === undefined) {
                problems.push(`The ${where} has no image.`);
                continue;
            }
            let reference;
            try {
                reference = (0,_shipgate_image__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(slot.image);
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


/***/ }),

/***/ 80594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Zc: () => (/* binding */ readTree),
/* harmony export */   _d: () => (/* binding */ readYamlTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const YAML_FILE = /\.ya?ml$/i;
/** The YAML files under `directory` (recursively; dot-files and dot-directories skipped), sorted by path. */
function readYamlTree(directory) {
    return readTree(directory, (name) => YAML_FILE.test(name));
}
/** The files under `directory` whose name passes `include` (dot-files and dot-directories skipped), sorted by path. */
async function readTree(directory, include) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(directory);
    if (info.isFile()) {
        return [
            { path: directory.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).at(-1) ?? directory, file: directory, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(directory, 'utf8') },
        ];
    }
    const paths = [];
    const walk = async (dir) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && include(entry.name))
                paths.push(full);
        }
    };
    await walk(directory);
    // Plain code-unit order, so the result does not depend on the machine's locale.
    const relativePaths = paths.map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(directory, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')).sort(compareStrings);
    return Promise.all(relativePaths.map(async (path) => {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, ...path.split('/'));
        return { path, file, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') };
    }));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 18808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   nq: () => (/* binding */ apiGroupOf),
/* harmony export */   w9: () => (/* binding */ describeResource)
/* harmony export */ });
/* unused harmony export describeObject */
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88680);

/** The identity, or `undefined` when apiVersion, kind or metadata.name is missing (a guard reports that). */
function identityOf(object) {
    const metadata = (0,_documents__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(object.metadata) ? object.metadata : {};
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
    const metadata = (0,_documents__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(object.metadata) ? object.metadata : {};
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


/***/ }),

/***/ 11675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isBuiltInApiVersion),
/* harmony export */   r: () => (/* binding */ validateSchemas)
/* harmony export */ });
/* harmony import */ var _documents__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88680);
/* harmony import */ var _resource__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18808);


/** Whether `apiVersion` belongs to Kubernetes itself (core, `apps`, `*.k8s.io`, …) rather than a custom resource. */
function isBuiltInApiVersion(apiVersion) {
    const group = (0,_resource__WEBPACK_IMPORTED_MODULE_0__/* .apiGroupOf */ .nq)(apiVersion);
    return !group.includes('.') || group.endsWith('.k8s.io');
}
const MAX_ERRORS_PER_RESOURCE = 3;
/** Validates each resource of a kind in the table against its Kubernetes schema. */
async function validateSchemas(resources) {
    // Loaded on first use: the compiled schemas are most of the action's code, and an action that
    // fails on its inputs should not pay for them.
    const { VALIDATORS } = await Promise.all(/* import() */[__webpack_require__.e(614), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 60583));
    const located = [];
    const unvalidated = new Set();
    let validated = 0;
    for (const resource of resources) {
        const { apiVersion, kind } = resource.object;
        if (typeof apiVersion !== 'string' || typeof kind !== 'string')
            continue;
        // SOPS-encrypted values only become valid once the controller decrypts them.
        if ((0,_documents__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(resource.object.sops))
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
        const message = `${(0,_resource__WEBPACK_IMPORTED_MODULE_0__/* .describeResource */ .w9)(resource)} does not match the ${apiVersion} ${kind} schema: ${errors.join('; ')}.`;
        located.push(resource.location ? { message, location: resource.location } : { message });
    }
    return { located, unvalidatedKinds: [...unvalidated].sort(), validated };
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


/***/ })

};
