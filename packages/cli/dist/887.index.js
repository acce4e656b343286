export const id = 887;
export const ids = [887];
export const modules = {

/***/ 12887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/attest/src/settings.ts + 1 modules
var src_settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./packages/attest/src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(69978);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./packages/git/src/repository.ts
var repository = __webpack_require__(35434);
// EXTERNAL MODULE: ./packages/image/src/reference.ts
var src_reference = __webpack_require__(74723);
// EXTERNAL MODULE: ./packages/trail/src/dora.ts
var dora = __webpack_require__(70986);
// EXTERNAL MODULE: ./packages/trail/src/report.ts
var report = __webpack_require__(12528);
// EXTERNAL MODULE: ./packages/trail/src/history.ts
var src_history = __webpack_require__(62032);
;// CONCATENATED MODULE: ./packages/gitops/src/promote.ts




/**
 * The current deployment of the from-environment (newest commit first in `history`), if it may be
 * promoted: there is one, it names digest-pinned images, and its recorded scan verdict is `pass`.
 * A rollback commit carries the trailers of the deploy it restored, so promoting after a rollback
 * promotes the restored image.
 */
function choosePromotion(history, where) {
    const current = history[0];
    if (!current)
        throw new errors/* ConfigurationError */.j1(`There is no deployment of ${where} to promote.`);
    const what = `The current deployment of ${where} (${current.commitSha.slice(0, 7)})`;
    if (current.imageRefs.length === 0)
        throw new errors/* ConfigurationError */.j1(`${what} names no image to promote.`);
    const unpinned = current.imageRefs.find((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
    if (unpinned)
        throw new errors/* ConfigurationError */.j1(`${what} names ${unpinned}, which is not pinned by digest.`);
    // A rollback commit restores a deploy's image; when it carries no scan trailer of its own, the
    // restored deploy's verdict is the image's.
    const restored = current.kind === 'rollback' && current.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && (0,dora/* sameCommit */.Kd)(d.commitSha, current.rollbackTo))
        : undefined;
    const scan = current.scan ?? restored?.scan;
    const verdict = (0,report/* scanVerdictOf */.Qt)({ scan });
    if (verdict !== 'pass') {
        const recorded = scan ? `"${scan}"` : 'no scan verdict';
        throw new errors/* ConfigurationError */.j1(`${what} cannot be promoted: its scan recorded ${recorded}, not pass.`);
    }
    return {
        deployment: current,
        imageRefs: current.imageRefs,
        source: current.source ?? '',
        sourceTime: current.sourceTime ?? restored?.sourceTime ?? '',
        scanVerdict: verdict,
        scan: scan ?? '',
        configHash: current.configHash ?? restored?.configHash ?? '',
    };
}
/**
 * The destination repository of `to-image`: `registry/name`, optionally with a tag to set there
 * too; a digest is refused (the digest is the source's, by definition).
 */
function parseTargetRepository(value, input = 'to-image') {
    let reference;
    try {
        reference = (0,src_reference/* parseImageReference */.o_)(value);
    }
    catch (error) {
        if (error instanceof src_reference/* ImageReferenceError */.rI) {
            throw new errors/* ConfigurationError */.j1(`Input "${input}" is not a valid image repository: ${error.message}`);
        }
        throw error;
    }
    if (reference.digest) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" must name a repository without a digest, got "${value}".`);
    }
    return reference;
}
/**
 * Copies the promoted image by digest into `target`'s repository and checks that the registry
 * now serves the same digest there: the exact bytes that were tested, not a rebuild. Returns
 * `target-repository@digest`.
 */
async function copyPromotedImage(imageRef, target, registry, log) {
    const source = (0,src_reference/* parseImageReference */.o_)(imageRef);
    if (!source.digest)
        throw new errors/* ConfigurationError */.j1(`${imageRef} is not pinned by digest.`);
    const destination = target.tag ? `${target.name}:${target.tag}` : target.name;
    if (target.name === source.name && !target.tag) {
        log.info(`${imageRef} is already in ${target.name}; nothing to copy.`);
        return imageRef;
    }
    const copied = await registry.copyImage(imageRef, destination);
    const pinned = `${target.name}@${source.digest}`;
    const served = await registry.headManifest(pinned);
    if (copied.digest !== source.digest || served?.digest !== source.digest) {
        throw new errors/* ShipgateError */.Yu(`Copying ${imageRef} to ${target.name} changed the digest: the registry serves ${served?.digest ?? 'nothing'} for ${pinned}.`);
    }
    log.info(`Copied ${imageRef} to ${pinned}; digest unchanged.`);
    return pinned;
}
/**
 * Reads the current deployment of the from-environment (commits only, no file contents) and
 * returns the exact image to deploy next, copied by digest when `toImage` is set. Commits
 * nothing: the workflow chains render-manifests, approval-gate and gitops-commit after it.
 */
async function promote(options) {
    if (options.fromEnvironment === options.toEnvironment) {
        throw new errors/* ConfigurationError */.j1(`Input "to-environment" must differ from "from-environment" (${options.fromEnvironment}).`);
    }
    if (options.toImage && !options.registry)
        throw new Error('promote: a registry client is needed to copy the image.');
    const history = await (0,src_history/* readDeployments */.Fz)({
        ...(0,repository/* repositoryAccess */.bO)(options),
        exec: options.exec,
        path: options.path,
        app: options.app,
        environment: options.fromEnvironment,
    });
    const candidate = choosePromotion(history, `${options.app} in ${options.fromEnvironment}`);
    options.log.info(`Promoting ${candidate.imageRefs.join(', ')} (${candidate.source || 'unknown source'}, scan pass) from ${options.fromEnvironment} to ${options.toEnvironment}.`);
    const attestations = [];
    if (options.verifyImage) {
        for (const imageRef of candidate.imageRefs)
            attestations.push((await options.verifyImage(imageRef)).trailer);
    }
    let imageRefs = candidate.imageRefs;
    if (options.toImage) {
        if (candidate.imageRefs.length !== 1) {
            throw new errors/* ConfigurationError */.j1(`Input "to-image" names one repository, but ${options.app} in ${options.fromEnvironment} deploys ${candidate.imageRefs.length} images.`);
        }
        imageRefs = [await copyPromotedImage(candidate.imageRefs[0], options.toImage, options.registry, options.log)];
        if (options.copyAttestations && imageRefs[0] !== candidate.imageRefs[0]) {
            await options.copyAttestations(candidate.imageRefs[0], imageRefs[0]);
        }
    }
    return {
        imageRefs,
        source: candidate.source,
        sourceTime: candidate.sourceTime,
        scanVerdict: candidate.scanVerdict,
        scan: candidate.scan,
        configHash: candidate.configHash,
        fromCommit: candidate.deployment.commitSha,
        fromImageRefs: candidate.imageRefs,
        attestations,
    };
}

// EXTERNAL MODULE: ./packages/image/src/registry-client.ts
var registry_client = __webpack_require__(83536);
;// CONCATENATED MODULE: ./actions/promote/src/main.ts




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const registryPassword = inputs.optional('registry-password');
    runtime.setSecret(registryPassword);
    runtime.setSecret(inputs.optional('github-token'));
    const registryUsername = inputs.optional('registry-username');
    if (Boolean(registryUsername) !== Boolean(registryPassword)) {
        throw new errors/* ConfigurationError */.j1('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const toImage = inputs.optional('to-image');
    const settings = {
        app: inputs.required('app'),
        fromEnvironment: inputs.required('from-environment'),
        toEnvironment: inputs.required('to-environment'),
        toImage: toImage ? parseTargetRepository(toImage) : undefined,
        tlsVerify: inputs.boolean('tls-verify', true),
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        path: inputs.optional('path'),
        verify: (0,src_settings/* readVerifySettings */.T1)({ inputs, context: runtime.context }),
    };
    const credentials = registryUsername && registryPassword ? { username: registryUsername, password: registryPassword } : undefined;
    const registry = new registry_client/* RegistryClient */.bP({
        log: runtime.log,
        insecure: !settings.tlsVerify,
        credentials: () => credentials,
    });
    const { verify } = settings;
    const result = await promote({
        ...settings,
        verifyImage: verify
            ? (imageRef) => (0,pipeline/* verifyImageAttestations */.sE)({ ...verify, imageRef, registry, credentials, log: runtime.log })
            : undefined,
        copyAttestations: verify
            ? (fromRef, toRef) => (0,pipeline/* copyAttestations */.Nl)(fromRef, toRef, { registry, credentials, log: runtime.log })
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
    await runtime.appendSummary(new summary/* Summary */.B()
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

/***/ 12528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ parseUntil),
/* harmony export */   J7: () => (/* binding */ generateDeploymentReport),
/* harmony export */   Qt: () => (/* binding */ scanVerdictOf),
/* harmony export */   m1: () => (/* binding */ parseSince)
/* harmony export */ });
/* unused harmony exports buildDeploymentReport, MAX_REPORT_WINDOW_DAYS, writeDeploymentReport, unknownNameWarnings */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_git__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35434);
/* harmony import */ var _dora__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70986);
/* harmony import */ var _history__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62032);






function scanVerdictOf(deployment) {
    const verdict = deployment.scan?.split(';')[0]?.trim().toLowerCase();
    return verdict === 'pass' || verdict === 'fail' ? verdict : 'unknown';
}
/** The report over histories already read; pure, so its numbers can be checked by hand. */
function buildDeploymentReport(options) {
    const { since, until } = options;
    const environments = [...options.histories].map(([environment, deployments]) => {
        const newestFirst = [...deployments].sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
        const known = newestFirst.filter((d) => Date.parse(d.committedAt) < until.getTime());
        const inWindow = known.filter((d) => Date.parse(d.committedAt) >= since.getTime());
        const current = known[0];
        return {
            environment,
            ...(current ? { current: toRow(current, deployments) } : {}),
            history: inWindow.map((d) => toRow(d, deployments)),
            metrics: (0,_dora__WEBPACK_IMPORTED_MODULE_2__/* .computeDoraMetrics */ .d3)(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
            ...(options.verification
                ? { verification: options.verification.get(environment) ?? { judged: 0, verified: 0, unverifiable: 0 } }
                : {}),
        };
    });
    return {
        app: options.app,
        since: since.toISOString(),
        until: until.toISOString(),
        environments,
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && (0,_dora__WEBPACK_IMPORTED_MODULE_2__/* .sameCommit */ .Kd)(d.commitSha, deployment.rollbackTo))
        : undefined;
    return {
        // Git prints the committer's zone; the report is in UTC throughout.
        time: new Date(Date.parse(deployment.committedAt)).toISOString(),
        kind: deployment.kind,
        commitSha: deployment.commitSha,
        imageRefs: deployment.imageRefs,
        imageDigests: deployment.imageRefs.map((ref) => /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? ''),
        source: deployment.source ?? '',
        approvers: deployment.approvedBy,
        scanVerdict: scanVerdictOf(restored ?? deployment),
        ...(deployment.rollbackOf ? { rollbackOf: deployment.rollbackOf } : {}),
        ...(deployment.rollbackTo ? { rollbackTo: deployment.rollbackTo } : {}),
        ...(deployment.reason ? { reason: deployment.reason } : {}),
    };
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += DAY_MS)
        counts.set(utcDate(day), 0);
    for (const deploy of deploys) {
        const date = utcDate(Date.parse(deploy.committedAt));
        counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return [...counts].map(([date, count]) => ({ date, deploys: count }));
}
function utcDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
/**
 * The longest report window: ten years of daily counts is already more than a summary can show,
 * and the window sizes every per-day loop, so it is bounded before anything is computed.
 */
const MAX_REPORT_WINDOW_DAYS = 3660;
/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC), at most `maxDays` before `now`.
 */
function parseSince(value, now, input = 'since', options = {}) {
    const maxDays = options.maxDays ?? MAX_REPORT_WINDOW_DAYS;
    const trimmed = value.trim();
    const tooLong = () => new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`);
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be a duration greater than zero.`);
        const span = amount * UNIT_MS[duration[2]];
        if (span > maxDays * DAY_MS)
            throw tooLong();
        return new Date(now.getTime() - span);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime()) {
        const until = options.untilInput;
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(until
            ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
            : `Input "${input}" must be in the past, got "${value}".`);
    }
    if (now.getTime() - time > maxDays * DAY_MS)
        throw tooLong();
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
    }
    return new Date(time);
}
/** Milliseconds of an ISO 8601 date (midnight UTC) or date-time with a zone; NaN otherwise. */
function parseIsoTime(value) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
        return Date.parse(`${value}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
        return Date.parse(value);
    return Number.NaN;
}
/** Writes the report as pretty JSON, creating the directory. */
async function writeDeploymentReport(report, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await (0,_history__WEBPACK_IMPORTED_MODULE_4__/* .readDeployments */ .Fz)({ ...(0,_shipgate_git__WEBPACK_IMPORTED_MODULE_5__/* .repositoryAccess */ .bO)(options), exec: options.exec });
    for (const warning of unknownNameWarnings(everyApp, options.app, options.environments))
        options.log.warning(warning);
    const all = everyApp.filter((d) => d.app === options.app);
    const histories = new Map(options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]));
    for (const [environment, history] of histories) {
        options.log.info(`${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`);
    }
    const report = buildDeploymentReport({
        app: options.app,
        since: options.since,
        until: options.until,
        histories,
        ...(options.verification ? { verification: options.verification } : {}),
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    });
    await writeDeploymentReport(report, options.reportFile);
    return report;
}
/**
 * A warning for an app, or an environment of it, with no deploy in the history while others have
 * some: most likely a misspelt input, so the warning names the ones that exist.
 */
function unknownNameWarnings(deployments, app, environments) {
    const apps = [...new Set(deployments.map((d) => d.app))].sort();
    if (apps.length === 0)
        return [];
    if (!apps.includes(app)) {
        return [
            `Input "app" names "${app}", which has no deploys in this repository; the apps deployed are ${apps.join(', ')}.`,
        ];
    }
    const deployedTo = [...new Set(deployments.filter((d) => d.app === app).map((d) => d.environment))].sort();
    return environments
        .filter((environment) => !deployedTo.includes(environment))
        .map((environment) => `Input "environments" names "${environment}", where ${app} has no deploys; ${app} is deployed to ${deployedTo.join(', ')}.`);
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
