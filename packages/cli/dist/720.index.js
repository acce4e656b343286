export const id = 720;
export const ids = [720];
export const modules = {

/***/ 36644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ deployStatementSigner),
/* harmony export */   IK: () => (/* binding */ DEPLOY_STATEMENT_PREDICATE),
/* harmony export */   QT: () => (/* binding */ deployStatementRef),
/* harmony export */   RX: () => (/* binding */ DEPLOY_STATEMENT_REF_PREFIX),
/* harmony export */   dH: () => (/* binding */ DEPLOY_STATEMENT_FILE),
/* harmony export */   jT: () => (/* binding */ deployRepositoryName),
/* harmony export */   nC: () => (/* binding */ deployStatement)
/* harmony export */ });
/* unused harmony export signDeployStatement */
/* harmony import */ var _sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40194);
/* harmony import */ var _statement__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69918);


const DEPLOY_STATEMENT_PREDICATE = 'https://shipgate.dev/deploy-statement/v1';
/** Where a deploy commit's statement lives: a ref to a commit whose tree holds the bundle. */
const DEPLOY_STATEMENT_REF_PREFIX = 'refs/shipgate/statements/';
const DEPLOY_STATEMENT_FILE = 'deploy-statement.sigstore.json';
function deployStatementRef(commitSha) {
    return `${DEPLOY_STATEMENT_REF_PREFIX}${commitSha}`;
}
/** `owner/name` of a GitOps repository URL or name, lowercased, so both sides spell it alike. */
function deployRepositoryName(repository) {
    const value = repository.trim().replace(/\/+$/, '');
    const url = value.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?$/i);
    if (url)
        return `${url[1]}/${url[2]}`.toLowerCase();
    return value.replace(/\.git$/, '').toLowerCase();
}
function deployStatement(content) {
    const predicate = {
        repository: deployRepositoryName(content.repository),
        path: content.path,
        treeId: content.treeId,
        configHash: content.configHash,
        digests: [...new Set(content.digests)].sort(),
    };
    return {
        _type: _statement__WEBPACK_IMPORTED_MODULE_0__/* .IN_TOTO_STATEMENT_TYPE */ .yH,
        subject: [{ name: `${predicate.repository}/${predicate.path}`, digest: { gitTree: content.treeId } }],
        predicateType: DEPLOY_STATEMENT_PREDICATE,
        predicate,
    };
}
/** Signs the deploy statement keyless as the running job (its OIDC token names the run). */
async function signDeployStatement(content, signing) {
    return (0,_sign__WEBPACK_IMPORTED_MODULE_1__/* .signStatement */ .fT)(deployStatement(content), signing);
}
/**
 * gitops-commit's `deployStatement` option: signs with `signing` and returns the bundle as JSON;
 * `always` signs every deploy, else only those that count an environment review.
 */
function deployStatementSigner(signing, always = false) {
    return { always, sign: async (content) => JSON.stringify(await signDeployStatement(content, signing)) };
}


/***/ }),

/***/ 83652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ batchCheck),
/* harmony export */   nR: () => (/* binding */ ObjectReader),
/* harmony export */   vA: () => (/* binding */ batch)
/* harmony export */ });
/* unused harmony exports parseBatchCheck, parseBatch, parseTreeListings, listTrees */
/**
 * `<id> <type> <size>` per request, in request order; `undefined` for a name that names no object
 * (`<name> missing`, or ambiguous).
 */
function parseBatchCheck(output, count) {
    const lines = output.split('\n').slice(0, count);
    return lines.map((line) => {
        const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
        return match ? { id: match[1], type: match[2], size: Number(match[3]) } : undefined;
    });
}
/**
 * The contents of `git cat-file --batch` output, in request order: `<id> <type> <size>\n`, then
 * exactly `size` bytes and `\n`. A name that names no object (`<name> missing\n`) is `undefined`
 * in its place and the rest are still read. Sizes count bytes, so the output is walked as bytes.
 */
function parseBatch(output) {
    const contents = [];
    let offset = 0;
    while (offset < output.length) {
        const end = output.indexOf(0x0a, offset);
        if (end < 0)
            break;
        const header = output.subarray(offset, end).toString('latin1');
        offset = end + 1;
        const match = /^[0-9a-f]{40,64} \w+ (\d+)$/.exec(header);
        if (!match) {
            contents.push(undefined);
            continue;
        }
        const size = Number(match[1]);
        contents.push(output.subarray(offset, offset + size));
        offset += size + 1;
    }
    return contents;
}
/** What each name is (`<rev>:<path>`, an id), in one `cat-file --batch-check`; `undefined` for none. */
async function batchCheck(git, names) {
    if (names.length === 0)
        return [];
    const { stdout } = await git(['cat-file', '--batch-check'], { input: `${names.join('\n')}\n` });
    return parseBatchCheck(stdout, names.length);
}
/**
 * The content of each named object, in request order, in one `cat-file --batch`: bytes as stored
 * (a file need not be UTF-8), `undefined` for a name that names no object. Objects not in a
 * partial clone are fetched lazily by git.
 */
async function batch(git, names) {
    if (names.length === 0)
        return [];
    const result = await git(['cat-file', '--batch'], { input: `${names.join('\n')}\n`, bytes: true });
    const contents = parseBatch(result.stdoutBytes ?? Buffer.from(result.stdout, 'utf8'));
    return names.map((_, index) => contents[index]);
}
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * Parses `git diff-tree --stdin -r -z` fed `<empty tree> <tree>` lines: git echoes each line,
 * then lists every blob of `<tree>` as added (`:000000 <mode> <zeros> <blob> A`, NUL, path, NUL).
 */
function parseTreeListings(output) {
    const listings = new Map();
    let current;
    let pending;
    for (const token of output.split('\u0000')) {
        if (pending !== undefined) {
            current?.push({ path: token, ...pending });
            pending = undefined;
            continue;
        }
        let meta = token;
        const echo = /^[0-9a-f]{40,64} ([0-9a-f]{40,64})\n/.exec(token);
        if (echo) {
            current = [];
            listings.set(echo[1], current);
            meta = token.slice(echo[0].length);
        }
        const entry = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]{40,64}) A$/.exec(meta);
        if (entry)
            pending = { mode: entry[1], blob: entry[2] };
    }
    return listings;
}
/** Every blob below each tree id, recursively, in one `diff-tree --stdin`. */
async function listTrees(git, treeIds) {
    if (treeIds.length === 0)
        return new Map();
    const input = treeIds.map((id) => `${EMPTY_TREE} ${id}\n`).join('');
    const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--no-renames'], { input });
    const listings = parseTreeListings(stdout);
    for (const id of treeIds)
        if (!listings.has(id))
            listings.set(id, []);
    return listings;
}
/**
 * Batched object reads in one clone: a handful of git processes for a whole range, never one per
 * commit or per file.
 */
class ObjectReader {
    #git;
    constructor(git) {
        this.#git = git;
    }
    /** The object each `<rev>:<path>` names, or `undefined` when there is none. */
    resolve(names) {
        return batchCheck(this.#git, names);
    }
    /** The text of each blob id, in order. */
    async blobs(ids) {
        return (await batch(this.#git, ids)).map((content) => content?.toString('utf8'));
    }
    /** Every blob below each tree id, recursively. */
    listTrees(treeIds) {
        return listTrees(this.#git, treeIds);
    }
}


/***/ }),

/***/ 24106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kb: () => (/* binding */ lsTree),
/* harmony export */   nl: () => (/* binding */ readFilesAt),
/* harmony export */   od: () => (/* binding */ readTreeFiles)
/* harmony export */ });
/* unused harmony export parseLsTree */
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83652);

function parseLsTree(output) {
    return output.split('\0').flatMap((entry) => {
        const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        return match ? [{ mode: match[1], type: match[2], id: match[3], path: match[4] }] : [];
    });
}
/** The entries of `treeish` (`<commit>`, `<commit>:<path>`, a tree id), in one `ls-tree`. */
async function lsTree(git, treeish, options = {}) {
    const args = [
        'ls-tree',
        ...(options.recursive ? ['-r'] : []),
        ...(options.trees ? ['-t'] : []),
        '-z',
        treeish,
        ...(options.paths ? ['--', ...options.paths] : []),
    ];
    const listed = await git(args, { ignoreReturnCode: options.allowMissing === true });
    return listed.exitCode === 0 ? parseLsTree(listed.stdout) : [];
}
/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, byte for byte, in
 * two processes: one `ls-tree -r` and one `cat-file --batch` for all the blobs. Empty when the
 * path does not exist there. Blobs not in the clone are fetched lazily by git.
 */
async function readTreeFiles(git, treeish) {
    const blobs = (await lsTree(git, treeish, { recursive: true, allowMissing: true })).filter((entry) => entry.type === 'blob');
    const contents = await (0,_objects__WEBPACK_IMPORTED_MODULE_0__/* .batch */ .vA)(git, blobs.map((blob) => blob.id));
    const files = new Map();
    blobs.forEach((blob, index) => {
        const content = contents[index];
        if (content)
            files.set(blob.path, content);
    });
    return files;
}
/**
 * The content of `paths` at `commit` (only those that are files there), as text: one `ls-tree` to
 * find them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
async function readFilesAt(git, commit, paths) {
    const files = new Map();
    if (paths.length === 0)
        return files;
    const blobs = (await lsTree(git, commit, { paths })).filter((entry) => entry.type === 'blob' && paths.includes(entry.path));
    const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.id])));
    blobs.forEach((blob, index) => {
        files.set(blob.path, contents[index]?.stdout ?? '');
    });
    return files;
}


/***/ }),

/***/ 93775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yj: () => (/* binding */ readDirectoryEntries),
/* harmony export */   ed: () => (/* binding */ environmentContentProblem),
/* harmony export */   qb: () => (/* binding */ requireEnvironmentContent),
/* harmony export */   xv: () => (/* binding */ readEnvironmentEntriesAt)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24106);
/* harmony import */ var _shipgate_manifests__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88680);
/* harmony import */ var _kustomization__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24563);






/** Git's modes of a regular file; anything else is not something a controller applies as written. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** Names kustomize (and so Argo CD and Flux) takes as a kustomization in any directory. */
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * Why an environment path's content is not what Shipgate can vouch for, as a reason fragment
 * ("kustomization.yaml is not the generated listing of the files"), or `undefined` when it is:
 * regular *.yaml/*.yml files whose documents are Kubernetes resources (none a kustomization),
 * plus at most the `kustomization.yaml` gitops-commit generates for exactly those files.
 *
 * Why so strict: the config hash and the images are read from these bytes, while the cluster
 * applies what kustomize, Argo CD (directory, Helm or kustomize mode) or Flux make of them. An
 * edited kustomization (`images:`, patches, generators, components, `../` or remote resources),
 * a document of kind Kustomization, a Chart.yaml, a symlink, a submodule, a .json file (Argo CD
 * applies it) or a hidden file can each make the cluster run something the hash never saw. One
 * function for the writers (gitops-commit, rollback) and the verifier, so all refuse the same set.
 */
function environmentContentProblem(entries) {
    const files = entries.filter((entry) => entry.mode !== '040000' && entry.mode !== '40000');
    for (const entry of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const problem = entryProblem(entry, files);
        if (problem)
            return problem;
    }
    return undefined;
}
function entryProblem(entry, all) {
    const { path, mode } = entry;
    if (mode === '120000')
        return `${path} is a symlink, which the controller follows to content that was never hashed`;
    if (mode === '160000')
        return `${path} is a submodule, whose content is another repository's`;
    if (!REGULAR_FILE_MODES.has(mode))
        return `${path} is not a regular file (git mode ${mode})`;
    const parts = path.split('/');
    if (parts.some((part) => part.startsWith('.')))
        return `${path} is a hidden file, which no rendering writes`;
    const name = parts.at(-1) ?? path;
    if (KUSTOMIZATION_NAMES.has(name.toLowerCase()))
        return kustomizationProblem(entry, all);
    // Argo CD renders a directory holding Chart.yaml as a Helm chart: with its values, not as written.
    if (/^chart\.ya?ml$/i.test(name))
        return `${path} is a Helm chart file, and Argo CD would render the path as a chart`;
    if (!/\.ya?ml$/.test(name)) {
        return `${path} is not a .yaml or .yml file, and a controller may apply it (Argo CD applies .json too)`;
    }
    return documentsProblem(entry);
}
/** Only the listing gitops-commit generates, byte for byte, at the top of the path. */
function kustomizationProblem(entry, all) {
    if (entry.path !== _kustomization__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILE */ .j9) {
        return `${entry.path} is a kustomization other than the generated ${_kustomization__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILE */ .j9}, and kustomize would apply it`;
    }
    const listed = (0,_kustomization__WEBPACK_IMPORTED_MODULE_2__/* .kustomizationFor */ .fx)(all.filter((other) => other !== entry).map((other) => other.path));
    if (entry.content !== listed) {
        return `${_kustomization__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILE */ .j9} is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)`;
    }
    return undefined;
}
/**
 * Every document a Kubernetes resource (a mapping naming apiVersion and kind), none of them a
 * kustomization: kustomize, Argo CD and Flux take one as instructions, not as a resource, and a
 * mapping that is no resource (a chart's values) is input to some tool. An empty or plain-scalar
 * document is let through: no tool reads instructions from it, the sync just fails (and the
 * tests use such placeholders).
 */
function documentsProblem(entry) {
    const { documents } = entry.parsed ?? (0,_shipgate_manifests__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlStream */ .b8)(entry.content);
    for (const [index, document] of documents.entries()) {
        const where = documents.length > 1 ? `${entry.path} (document ${index + 1})` : entry.path;
        if (document.errors.length > 0)
            return `${where} is not valid YAML`;
        let value;
        try {
            value = document.toJS({ maxAliasCount: _shipgate_manifests__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ALIAS_COUNT */ .w4 });
        }
        catch {
            return `${where} expands too many YAML aliases`;
        }
        const items = isObject(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
        for (const [item, object] of items.entries()) {
            const problem = resourceProblem(object, object === value ? where : `${where}, item ${item + 1}`);
            if (problem)
                return problem;
        }
    }
    return undefined;
}
function resourceProblem(object, where) {
    if (object === null || ['string', 'number', 'boolean'].includes(typeof object))
        return undefined;
    const apiVersion = isObject(object) && typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const kind = isObject(object) && typeof object.kind === 'string' ? object.kind : '';
    // Flux's Kustomization (kustomize.toolkit.fluxcd.io) is refused too: it points the cluster at
    // other content, with images and patches of its own.
    if (apiVersion.startsWith('kustomize.config.k8s.io/') || kind === 'Kustomization' || kind === 'Component') {
        return `${where} is a ${kind || 'kustomization'}${apiVersion ? ` (${apiVersion})` : ''}, which would make the controller apply other content`;
    }
    if (!apiVersion || !kind)
        return `${where} is not a Kubernetes resource (a mapping with apiVersion and kind)`;
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The entries of a directory as git would record them, from lstat: a symlink is `120000` with its
 * target (never followed), an executable file `100755`. For the writer's check of `source-dir`.
 */
async function readDirectoryEntries(dir) {
    const entries = [];
    const walk = async (absolute, prefix) => {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(absolute)).sort()) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, name);
            const path = prefix ? `${prefix}/${name}` : name;
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full);
            if (stat.isDirectory())
                await walk(full, path);
            else if (stat.isSymbolicLink())
                entries.push({ path, mode: '120000', content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(full) });
            else if (stat.isFile()) {
                const mode = stat.mode & 0o111 ? '100755' : '100644';
                entries.push({ path, mode, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8') });
            }
            else
                entries.push({ path, mode: (stat.mode & 0o170000).toString(8), content: '' });
        }
    };
    await walk(dir, '');
    return entries;
}
/**
 * The entries of `path` at `commit` with git's modes (a submodule is `160000`, a symlink `120000`
 * with its target as content): the verifier's and rollback's input to `environmentContentProblem`.
 * Empty when the path does not exist there.
 */
async function readEnvironmentEntriesAt(git, commit, path) {
    const entries = await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_4__/* .lsTree */ .kb)(git, `${commit}:${path}`, { recursive: true, allowMissing: true });
    // One cat-file per blob, read as text: an environment path holds a handful of YAML files.
    return Promise.all(entries.map(async ({ mode, type, id, path: entryPath }) => ({
        path: entryPath,
        mode,
        content: type === 'blob' ? (await git(['cat-file', 'blob', id])).stdout : '',
    })));
}
/**
 * Refuses, with one sentence starting with `what` (which names the input), content an environment path must not hold (see
 * `environmentContentProblem`).
 */
function requireEnvironmentContent(entries, what) {
    const problem = environmentContentProblem(entries);
    if (problem)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${what}: ${problem}.`);
}


/***/ }),

/***/ 92881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ TRAILER_KEYS)
/* harmony export */ });
/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
const TRAILER_KEYS = {
    app: 'Shipgate-App',
    environment: 'Shipgate-Environment',
    image: 'Shipgate-Image',
    source: 'Shipgate-Source',
    /** Committer time of the source commit (ISO 8601): orders deploys and gives DORA lead time. */
    sourceTime: 'Shipgate-Source-Time',
    run: 'Shipgate-Run',
    scan: 'Shipgate-Scan',
    configHash: 'Shipgate-Config-Hash',
    rollbackOf: 'Shipgate-Rollback-Of',
    rollbackTo: 'Shipgate-Rollback-To',
    reason: 'Shipgate-Reason',
    /** `true` on a deploy that removed the path's files on purpose (`allow-empty`). */
    removal: 'Shipgate-Removal',
    /** The landing-queue request a replayed deploy came from: its nonce, single-use. */
    request: 'Shipgate-Request',
    /** `true` on a deploy marked as a hotfix: unplanned, for an incident (DORA's rework rate). */
    hotfix: 'Shipgate-Hotfix',
    approvedBy: 'Approved-by',
    /** The evidence of one approval: an issue comment URL or a run URL. */
    approval: 'Shipgate-Approval',
    /** The blob id of the `.shipgate/policy.yaml` that was applied. */
    policy: 'Shipgate-Policy',
    breakGlass: 'Shipgate-Break-Glass',
    /** What was verified of an image's signed attestations (one per image), when the policy requires them. */
    attestations: 'Shipgate-Attestations',
};


/***/ }),

/***/ 70986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   d3: () => (/* binding */ computeDoraMetrics)
/* harmony export */ });
/* unused harmony export percentile */
const DAY_MS = 24 * 60 * 60 * 1000;
/** The metrics over `deployments` (one environment's history, in any order). */
function computeDoraMetrics(deployments, window) {
    const since = window.since.getTime();
    const until = window.until.getTime();
    if (!(until > since))
        throw new RangeError('The metrics window must end after it starts.');
    const inWindow = (time) => time >= since && time < until;
    const timeOf = (deployment) => Date.parse(deployment.committedAt);
    const deploys = deployments.filter((d) => d.kind === 'deploy' && inWindow(timeOf(d)));
    const rollbacksKnown = deployments.filter((d) => d.kind === 'rollback' && timeOf(d) < until);
    const rollbacks = rollbacksKnown.filter((d) => inWindow(timeOf(d)));
    const leadTimes = deploys.flatMap((deploy) => {
        const sourceTime = deploy.sourceTime ? Date.parse(deploy.sourceTime) : Number.NaN;
        return Number.isNaN(sourceTime) ? [] : [Math.max(0, timeOf(deploy) - sourceTime)];
    });
    const rolledBack = new Set(rollbacksKnown.flatMap((r) => (r.rollbackOf ? [r.rollbackOf] : [])));
    const failedDeploys = deploys.filter((deploy) => isNamedIn(rolledBack, deploy.commitSha)).length;
    const restoreTimes = rollbacks.flatMap((rollback) => {
        const failed = rollback.rollbackOf ? findByCommit(deployments, rollback.rollbackOf) : undefined;
        return failed ? [Math.max(0, timeOf(rollback) - timeOf(failed))] : [];
    });
    const hotfixes = deploys.filter((deploy) => deploy.hotfix).length;
    const days = (until - since) / DAY_MS;
    return {
        deploys: deploys.length,
        rollbacks: rollbacks.length,
        deploysPerDay: deploys.length / days,
        deploysPerWeek: (deploys.length / days) * 7,
        leadTime: {
            samples: leadTimes.length,
            medianMs: percentile(leadTimes, 50),
            p90Ms: percentile(leadTimes, 90),
        },
        failedDeploys,
        changeFailureRate: deploys.length === 0 ? null : failedDeploys / deploys.length,
        timeToRestore: { samples: restoreTimes.length, medianMs: percentile(restoreTimes, 50) },
        hotfixes,
        reworkRate: deploys.length + rollbacks.length === 0
            ? null
            : (rollbacks.length + hotfixes) / (deploys.length + rollbacks.length),
    };
}
/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks, or `null` for no
 * values: rank = p/100 · (n − 1) over the sorted values.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    const low = sorted[lower];
    return low + (sorted[upper] - low) * (rank - lower);
}
/** Trailers may hold an abbreviated sha; a full sha matches any unambiguous prefix of it. */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
function isNamedIn(shas, commitSha) {
    for (const sha of shas)
        if (sameCommit(sha, commitSha))
            return true;
    return false;
}
function findByCommit(deployments, sha) {
    return deployments.find((d) => sameCommit(d.commitSha, sha));
}


/***/ }),

/***/ 62032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ readDeployments),
/* harmony export */   IP: () => (/* binding */ readAllDeployments),
/* harmony export */   Lw: () => (/* binding */ parseDeploymentLog),
/* harmony export */   QL: () => (/* binding */ landedCommitAmong),
/* harmony export */   Rl: () => (/* binding */ findLandedCommit),
/* harmony export */   U4: () => (/* binding */ readTipHistory),
/* harmony export */   _6: () => (/* binding */ readDeploymentsFromClone),
/* harmony export */   v4: () => (/* binding */ DEPLOYMENT_LOG_FORMAT)
/* harmony export */ });
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(973);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33904);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23312);
/* harmony import */ var _trailers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1446);


/**
 * The trail: how deploys are written into and read back from the branch's history (the log
 * format, the deployments reachable from a commit, finding a landed commit by its message).
 */
const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One record per commit (git log -z separates records with NUL): sha, committer time, subject,
 * then the trailers of the last paragraph, unfolded, separated by 0x1e.
 */
const DEPLOYMENT_LOG_FORMAT = '%H%x1f%cI%x1f%s%x1f%(trailers:only=true,unfold=true,separator=%x1e)';
/**
 * Deployments in `git log -z --format=DEPLOYMENT_LOG_FORMAT` output, in the log's order (newest
 * first). Commits without Shipgate-App/Shipgate-Environment trailers are not deployments.
 */
function parseDeploymentLog(output, filter = {}) {
    const deployments = [];
    for (const record of output.split('\u0000')) {
        const deployment = parseDeploymentRecord(record, 0, filter);
        if (deployment)
            deployments.push(deployment);
    }
    return deployments;
}
/**
 * One record of the log (`DEPLOYMENT_LOG_FORMAT`, read from `start`: a format may put fields of its
 * own first); `undefined` for a commit that is not a deployment or outside `filter`.
 */
function parseDeploymentRecord(record, start, filter) {
    let from = start;
    while (record.charCodeAt(from) === 10)
        from++;
    const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = record.slice(from).split(FIELD);
    if (!/^[0-9a-f]{40,64}$/.test(commitSha))
        return undefined;
    const trail = (0,_trailers__WEBPACK_IMPORTED_MODULE_0__/* .trailFromTrailers */ .rE)((0,_trailers__WEBPACK_IMPORTED_MODULE_0__/* .parseTrailerLines */ .ou)(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
    if (!trail)
        return undefined;
    if (filter.app !== undefined && trail.app !== filter.app)
        return undefined;
    if (filter.environment !== undefined && trail.environment !== filter.environment)
        return undefined;
    return {
        ...trail,
        commitSha,
        committedAt,
        kind: trail.rollbackOf ? 'rollback' : 'deploy',
        path: filter.path ?? '',
        subject,
    };
}
/** The deployments reachable from `ref` in an existing clone, newest first. */
async function readDeploymentsFromClone(git, ref, filter = {}) {
    const args = ['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`];
    if (filter.limit)
        args.push(`--max-count=${filter.limit}`);
    args.push(ref);
    if (filter.path)
        args.push('--', filter.path);
    const { stdout } = await git(args);
    return parseDeploymentLog(stdout, filter);
}
/**
 * The deployment history of a GitOps repository, newest first, read without fetching any file
 * content: a treeless partial fetch (commits only) when filtering by trailers, a blobless one when
 * filtering by path (the path filter needs trees). An absent branch has no history.
 */
async function readDeployments(options) {
    return (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_1__/* .withScratchClone */ .YC)(options, { purpose: 'history' }, async ({ git }) => {
        const branch = options.branch ?? (await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_2__/* .remoteDefaultBranch */ .Ki)(git));
        if (!branch || !(await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_2__/* .remoteBranchExists */ .VJ)(git, branch)))
            return [];
        await (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return readDeploymentsFromClone(git, (0,_shipgate_git__WEBPACK_IMPORTED_MODULE_2__/* .remoteTrackingRef */ .d3)(branch), options);
    });
}
/** The deployments reachable from `tip`, every app and environment, newest first. */
async function readAllDeployments(git, tip) {
    const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
    return parseDeploymentLog(stdout);
}
/**
 * A tip's commit and root tree, and every deployment reachable from it, newest first, in one
 * `git log`: what a writer reads of the tip it builds on (the tree tells an unchanged deploy).
 * `undefined` when `ref` has no commits.
 */
async function readTipHistory(git, ref) {
    const { stdout } = await git(['log', '-z', `--format=%T%x1f${DEPLOYMENT_LOG_FORMAT}`, ref]);
    const records = stdout.split('\u0000');
    const [tree = '', commit = ''] = (records[0] ?? '').replace(/^\n+/, '').split(FIELD, 2);
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        return undefined;
    const deployments = [];
    for (const record of records) {
        // Past the tree id (and the newline git puts between records).
        const deployment = parseDeploymentRecord(record, record.indexOf(FIELD) + 1, {});
        if (deployment)
            deployments.push(deployment);
    }
    return { commit, tree, deployments };
}
/**
 * The commit that landed a deploy between `since` and `tip` (same message, byte for byte), when
 * another writer landed it.
 */
async function findLandedCommit(git, options) {
    const range = options.since ? `${options.since}..${options.tip}` : options.tip;
    const { stdout } = await git(['log', '-z', '--format=%H%x00%B', range]);
    const parts = stdout.split('\u0000');
    for (let index = 0; index + 1 < parts.length; index += 2) {
        const sha = (parts[index] ?? '').replace(/^\n+/, '');
        if (normalizeMessage(parts[index + 1] ?? '') === normalizeMessage(options.message))
            return sha;
    }
    return undefined;
}
/**
 * `findLandedCommit` over commits already read (`readHistoryOverHttp`): the one commit with the
 * message among those reachable from `tip` and not from `since`. `undefined` when there is none,
 * more than one (git's order picks), or the walk meets a commit that is not among them: only git
 * can tell then.
 */
function landedCommitAmong(commits, options) {
    const wanted = normalizeMessage(options.message);
    const found = [];
    const seen = new Set();
    const next = [options.tip];
    for (let id = next.pop(); id !== undefined; id = next.pop()) {
        if (id === options.since || seen.has(id))
            continue;
        seen.add(id);
        const commit = commits.get(id);
        if (commit?.type !== 'commit')
            return undefined;
        const text = commit.body.toString('utf8');
        const headerEnd = text.indexOf('\n\n');
        const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
        if (headerEnd >= 0 && normalizeMessage(text.slice(headerEnd + 2)) === wanted)
            found.push(id);
        for (const match of header.matchAll(/^parent ([0-9a-f]{40,64})$/gm))
            next.push(match[1]);
    }
    return found.length === 1 ? found[0] : undefined;
}
function normalizeMessage(message) {
    return message.replace(/\s+$/, '');
}


/***/ }),

/***/ 1446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a0: () => (/* binding */ normalizeScanTrailer),
/* harmony export */   ou: () => (/* binding */ parseTrailerLines),
/* harmony export */   rE: () => (/* binding */ trailFromTrailers),
/* harmony export */   ur: () => (/* binding */ sanitizeTrailerValue),
/* harmony export */   vL: () => (/* binding */ buildCommitMessage)
/* harmony export */ });
/* unused harmony export formatTrailers */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _deployment__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92881);


/**
 * A trailer value as one safe line: control characters (newlines above all, which would start a
 * forged trailer or paragraph) become spaces, runs of whitespace collapse.
 */
function sanitizeTrailerValue(value) {
    return value
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const MAX_SCAN_TRAILER_LENGTH = 500;
/**
 * A `Shipgate-Scan` value handed over as text rather than as a scan record: promote's `scan`
 * output, or the trailer of the deploy a rollback restores. It carries a verdict already recorded
 * in the trail, so it is checked for shape only: one sanitised line that starts with `pass` or
 * `fail`, the verdict promote and the report read back.
 */
function normalizeScanTrailer(value, inputName = 'scan') {
    const clean = sanitizeTrailerValue(value);
    const verdict = clean.split(';')[0]?.trim().toLowerCase();
    if (verdict !== 'pass' && verdict !== 'fail') {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.app],
    ['environment', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.environment],
];
const OPTIONAL_SINGLE = [
    ['source', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.source],
    ['sourceTime', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.sourceTime],
    ['run', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.run],
    ['scan', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.scan],
    ['configHash', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.configHash],
    ['rollbackOf', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.rollbackOf],
    ['rollbackTo', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.rollbackTo],
    ['reason', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.reason],
    ['request', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.request],
    ['policy', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.policy],
    ['breakGlass', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.breakGlass],
];
/** The trailer lines of a deploy commit, in DESIGN.md's order; empty values are left out. */
function formatTrailers(trail) {
    const lines = [];
    const add = (key, value) => {
        const clean = value === undefined ? '' : sanitizeTrailerValue(value);
        if (clean)
            lines.push(`${key}: ${clean}`);
    };
    for (const [field, key] of SINGLE_VALUED)
        add(key, trail[field]);
    for (const ref of trail.imageRefs)
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.image, ref);
    for (const [field, key] of OPTIONAL_SINGLE)
        add(key, trail[field]);
    if (trail.removal)
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.removal, 'true');
    if (trail.hotfix)
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.hotfix, 'true');
    for (const approver of trail.approvedBy)
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.approvedBy, approver);
    for (const url of trail.approvals ?? [])
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.approval, url);
    for (const verified of trail.attestations ?? [])
        add(_deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.attestations, verified);
    return lines;
}
const TRAILER_LIKE = /^\s*(shipgate-[a-z0-9-]*|approved-by)\s*[:=]/i;
/**
 * The full commit message: the rendered template with any line that looks like one of our
 * trailers removed (a template or placeholder value must not forge the trail), then a blank line
 * and the trailer block as the last paragraph, where git looks for trailers.
 */
function buildCommitMessage(message, trail) {
    const kept = message
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((line) => !TRAILER_LIKE.test(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const subject = kept || `Deploy ${sanitizeTrailerValue(trail.app)} to ${sanitizeTrailerValue(trail.environment)}`;
    return `${subject}\n\n${formatTrailers(trail).join('\n')}\n`;
}
function parseTrailerLines(lines) {
    const trailers = [];
    for (const line of lines) {
        const match = line.match(/^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/);
        if (match?.[1] && match[2] !== undefined)
            trailers.push({ key: match[1], value: match[2].trim() });
    }
    return trailers;
}
const LIST_VALUED = [
    ['imageRefs', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.image],
    ['approvedBy', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.approvedBy],
    ['approvals', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.approval],
    ['attestations', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.attestations],
];
const FLAGS = [
    ['removal', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.removal],
    ['hotfix', _deployment__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEYS */ .z.hotfix],
];
/** Trailer key, lowercased (git matches keys in any case) → the slot it fills. */
const TRAIL_SLOTS = new Map([
    ...[...SINGLE_VALUED, ...OPTIONAL_SINGLE].map(slotEntry('single')),
    ...LIST_VALUED.map(slotEntry('list')),
    ...FLAGS.map(slotEntry('flag')),
]);
function slotEntry(kind) {
    return ([field, key]) => [
        key.toLowerCase(),
        { field, kind },
    ];
}
/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value, empty values count for nothing.
 */
function trailFromTrailers(trailers) {
    // One pass, one lookup a trailer: a writer reads every commit of a branch's history through here.
    const firsts = new Map();
    const lists = {
        imageRefs: [],
        approvedBy: [],
        approvals: [],
        attestations: [],
    };
    for (const { key, value } of trailers) {
        if (value === '')
            continue;
        const slot = TRAIL_SLOTS.get(key.toLowerCase());
        if (!slot)
            continue;
        if (slot.kind === 'list')
            lists[slot.field].push(value);
        else if (!firsts.has(slot.field))
            firsts.set(slot.field, value);
    }
    const app = firsts.get('app');
    const environment = firsts.get('environment');
    if (!app || !environment)
        return undefined;
    const trail = { app, environment, imageRefs: lists.imageRefs, approvedBy: lists.approvedBy };
    if (lists.approvals.length > 0)
        trail.approvals = lists.approvals;
    if (lists.attestations.length > 0)
        trail.attestations = lists.attestations;
    for (const [field] of OPTIONAL_SINGLE) {
        const value = firsts.get(field);
        if (value !== undefined)
            trail[field] = value;
    }
    if (firsts.get('removal')?.toLowerCase() === 'true')
        trail.removal = true;
    if (firsts.get('hotfix')?.toLowerCase() === 'true')
        trail.hotfix = true;
    return trail;
}


/***/ })

};
