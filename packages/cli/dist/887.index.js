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

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ removeScratchClone),
/* harmony export */   Ol: () => (/* binding */ openScratchClone),
/* harmony export */   YC: () => (/* binding */ withScratchClone)
/* harmony export */ });
/* unused harmony exports initBareRepository, originSection */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60828);
/* harmony import */ var _repository__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35434);





/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty bare repository made (`initBareRepository`) with `origin` set. No reader or writer needs a
 * working tree: writers build their commits with `git fast-import`. The clone keeps no credential:
 * the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = (0,_repository__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepositoryAccess */ .zP)(access);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(access.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(repoDir);
        const identity = options.identity;
        const git = (0,_git__WEBPACK_IMPORTED_MODULE_4__/* .createGit */ .lD)({
            exec: access.exec,
            url,
            token: access.token,
            cwd: repoDir,
            ...(options.readRetry ? { readRetry: options.readRetry } : {}),
            ...(identity
                ? {
                    env: {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    },
                }
                : {}),
        });
        await initBareRepository(repoDir, url);
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
/**
 * What `git init --bare --template=` and `git remote add origin <url>` make (gitrepository-layout(5)),
 * written here: two git processes fewer on every deploy, which spends most of its CPU starting
 * processes. No template: nothing of the machine's git setup, sample or global hooks, belongs in
 * a throwaway clone. Beyond git's defaults:
 * - `pack.window=0`: a push deltas nothing. With deltas, pack-objects reads the server's old blob of
 *   each changed file as a base, and in a partial clone that is one more fetch (four processes and
 *   a round trip) to save a few hundred bytes.
 * - `maintenance.auto=false`, `gc.auto=0`: the fetches git makes for missing objects run no
 *   maintenance in a clone that is thrown away.
 * - `fastimport.unpackLimit=0`: fast-import keeps what it wrote as the pack it is. Below the limit
 *   (100 objects by default, more than a deploy writes) it starts `unpack-objects` to turn the
 *   pack into loose objects: one process more on every deploy, for nothing.
 */
async function initBareRepository(repoDir, url) {
    const origin = originSection(url);
    await Promise.all(['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'].map((sub) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, sub), { recursive: true })));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'HEAD'), 'ref: refs/heads/main\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'config'), `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n[pack]\n\twindow = 0\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n[fastimport]\n\tunpackLimit = 0\n${origin}`);
}
/** The `[remote "origin"]` section `git remote add` writes, the URL quoted as git-config(1) reads it. */
function originSection(url) {
    if (/[\n\r\0]/.test(url))
        throw new Error('A repository URL cannot hold a line break.');
    const quoted = `"${url.replace(/[\\"]/g, '\\$&')}"`;
    return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
}
async function removeScratchClone(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
async function withScratchClone(access, options, use) {
    const clone = await openScratchClone(access, options);
    try {
        return await use(clone);
    }
    finally {
        await removeScratchClone(clone.dir);
    }
}


/***/ }),

/***/ 23312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   IK: () => (/* binding */ fetchBranchAt),
/* harmony export */   hd: () => (/* binding */ fetch)
/* harmony export */ });
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60828);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);


/**
 * The one fetch: `refspecs` from `origin`, never tags, FETCH_HEAD or maintenance (every clone is
 * thrown away, and under a race every process counts). Retries of transient failures are
 * `createGit`'s.
 */
function fetch(git, options) {
    return git(fetchArgs(options), { ignoreReturnCode: options.ignoreReturnCode === true });
}
function fetchArgs(options) {
    return [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        ...(options.filter ? [`--filter=${options.filter}`] : []),
        'origin',
        ...options.refspecs,
    ];
}
/**
 * `branch` into its tracking ref, with `extra` refspecs beside it (the landing queue). Returns
 * false when the branch does not exist (yet).
 */
async function fetchBranch(git, branch, options) {
    const args = fetchArgs({
        refspecs: [`+refs/heads/${branch}:${(0,_refs__WEBPACK_IMPORTED_MODULE_0__/* .remoteTrackingRef */ .d3)(branch)}`, ...(options.extra ?? [])],
        filter: options.filter,
        ...(options.prune ? { prune: true } : {}),
    });
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new _git__WEBPACK_IMPORTED_MODULE_1__/* .GitCommandError */ .iR({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/**
 * The history up to `commit`, an id the caller read from the server (an `ls-remote`), into
 * `branch`'s tracking ref. Naming the commit instead of the branch spares the ref listing: one
 * request to the server fewer than `fetchBranch`, and the same tip whatever moved meanwhile.
 */
async function fetchBranchAt(git, branch, commit, options) {
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        throw new Error(`Not a commit id: ${JSON.stringify(commit)}`);
    await fetch(git, { refspecs: [`+${commit}:${(0,_refs__WEBPACK_IMPORTED_MODULE_0__/* .remoteTrackingRef */ .d3)(branch)}`], filter: options.filter });
}


/***/ }),

/***/ 60828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ isTransientGitFailure),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   lD: () => (/* binding */ createGit)
/* harmony export */ });
/* unused harmony exports READ_RETRY, TRANSIENT_GIT_FAILURE, withheldEnvironment, gitFailureLine */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59899);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _repository__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35434);


const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/**
 * Failures on the way to the server or back, worth trying again (an auth answer never is). Over
 * HTTP a fetch lists the refs in one request and asks for their objects in the next; a ref
 * deleted in between (a landing push takes the queue's refs away) can come back as a want of an
 * object the server cannot give, `not our ref` (git 2.39's server was seen listing such a ref with
 * the null id). The next attempt lists the refs again.
 */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server|upload-pack: not our ref)/i;
function isTransientGitFailure(stderr) {
    return TRANSIENT_GIT_FAILURE.test(stderr) && !/returned error: (401|403|404)/.test(stderr);
}
/** The git subcommands that only read from the server, and so may be repeated freely. */
const RETRIED_READS = new Set(['fetch', 'ls-remote']);
/**
 * Variables of the caller's environment that git must not see: tokens and other secrets the CLI or
 * the runner holds (`SHIPGATE_TOKEN`, `INPUT_TOKEN`, `GITHUB_TOKEN`, …). git gets its credential
 * from the header below and nothing else; a child that inherits them could echo them in a trace,
 * pass them to a credential helper or a hook.
 */
const SECRET_VARIABLE = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|(^|_)KEY$|^INPUT_)/i;
function withheldEnvironment(inherited) {
    const withheld = {};
    for (const key of Object.keys(inherited))
        if (SECRET_VARIABLE.test(key))
            withheld[key] = undefined;
    return withheld;
}
/**
 * The one way this package runs git: through the Exec seam (argument array, masked command line)
 * with the token in the environment only, no secret of the caller's environment, prompts off and
 * messages in English. Reads are retried with jittered backoff when they fail on the way; a failure
 * names git's own first `fatal:`/`error:` line.
 */
function createGit(options) {
    const baseEnv = {
        ...withheldEnvironment({ ...process.env, ...options.inherited }),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: undefined,
        SSH_ASKPASS: undefined,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        // Whatever the caller's environment configured must not add or shadow our header.
        GIT_CONFIG_COUNT: undefined,
        GIT_CONFIG_PARAMETERS: undefined,
        ...(options.url === undefined ? {} : (0,_repository__WEBPACK_IMPORTED_MODULE_0__/* .gitAuthEnvironment */ .U)(options.url, options.token)),
        ...options.env,
    };
    const readRetry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0 && options.url !== undefined)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    return async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, readRetry.attempts) : 1;
        const result = await (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(async () => {
            const attempt = await once(args, execOptions);
            if (attempt.exitCode !== 0 && isTransientGitFailure(attempt.stderr))
                throw new TransientGitFailure(attempt);
            return attempt;
        }, { ...readRetry, attempts, isRetryable: (error) => error instanceof TransientGitFailure }).catch((error) => {
            // The last attempt's failure is git's answer, reported like any other.
            if (error instanceof TransientGitFailure)
                return error.result;
            throw error;
        });
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
}
/** A read that failed on the way: carried through `retry` so the next attempt runs. */
class TransientGitFailure extends Error {
    result;
    constructor(result) {
        super('transient git failure');
        this.result = result;
    }
}
/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
function gitFailureLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((line) => line.trim());
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .lastNonEmptyLine */ .z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class GitCommandError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Qd {
    constructor(failure) {
        super(failure);
        const line = gitFailureLine(failure.stderr);
        const commandLine = ['git', ...failure.args].join(' ');
        this.message = line
            ? `\`${commandLine}\` exited with code ${failure.exitCode}: ${line}`
            : `\`${commandLine}\` exited with code ${failure.exitCode}.`;
    }
}
const AUTH_FAILURE = /could not read Username|Authentication failed|returned error: (401|403)|terminal prompts disabled/i;
/**
 * git turns a 401 into "could not read Username … terminal prompts disabled" (it wanted to prompt
 * for a password); say what happened instead, naming the input, with git's own line.
 */
function throwIfAuthFailure(stderr, url) {
    if (!AUTH_FAILURE.test(stderr))
        return;
    const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
    const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}


/***/ }),

/***/ 33904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   VJ: () => (/* binding */ remoteBranchExists),
/* harmony export */   d3: () => (/* binding */ remoteTrackingRef),
/* harmony export */   nM: () => (/* binding */ tipOf),
/* harmony export */   sL: () => (/* binding */ isOnBranch)
/* harmony export */ });
/* unused harmony export parseSymref */
/** Where a clone keeps what it fetched of `branch`. */
function remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/** The branch the remote's HEAD points at, or `undefined` for an empty repository. */
async function remoteDefaultBranch(git) {
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function remoteBranchExists(git, branch) {
    const { stdout } = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
    return stdout.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
}


/***/ }),

/***/ 35434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ gitAuthEnvironment),
/* harmony export */   YD: () => (/* binding */ resolveRepositoryUrl),
/* harmony export */   bO: () => (/* binding */ repositoryAccess),
/* harmony export */   gg: () => (/* binding */ maskToken),
/* harmony export */   uD: () => (/* binding */ ownerAndName),
/* harmony export */   zP: () => (/* binding */ resolveRepositoryAccess)
/* harmony export */ });
/* unused harmony export GIT_TOKEN_USERNAME */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87620);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .basicAuthForms */ .oq)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function repositoryAccess(options) {
    const { repository, branch, token, setSecret, serverUrl, workspace, tempDir } = options;
    return { repository, branch, token, setSecret, serverUrl, workspace, tempDir };
}
/**
 * The URL git is to use for `options.repository`, after the token's forms are registered with the
 * step's masker: how every reader and writer starts, before git first runs.
 */
function resolveRepositoryAccess(options) {
    maskToken(options.token, options.setSecret);
    return resolveRepositoryUrl(options.repository, {
        serverUrl: options.serverUrl ?? 'https://github.com',
        workspace: options.workspace ?? process.cwd(),
    });
}
/**
 * Where the GitOps repository is: an http(s) or file URL, a local path, or `owner/name` on the
 * GitHub server the workflow runs on. URLs carrying credentials are refused: the token has its own
 * input and must not end up in `.git/config` or a log line.
 */
function resolveRepositoryUrl(repository, options) {
    const inputName = options.inputName ?? 'repository';
    const value = repository.trim();
    if (!value)
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.workspace, value);
    throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
}
/** The GitHub `owner/name` a repository URL points at, for the pull-request API. */
function ownerAndName(url) {
    const match = url.match(/^[a-z]+:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i);
    return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}
/**
 * The environment that gives git the token: an `http.<origin>/.extraHeader` set through
 * `GIT_CONFIG_COUNT`, so it is scoped to the GitOps server, never on a command line, in the URL or
 * in `.git/config`. Nothing for file URLs and local paths.
 */
function gitAuthEnvironment(url, token) {
    if (!token || !/^https?:\/\//i.test(url))
        return {};
    const origin = new URL(url).origin;
    const basic = Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    };
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
