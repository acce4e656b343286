export const id = 150;
export const ids = [150];
export const modules = {

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PA: () => (/* reexport */ deployToGitOps),
  J7: () => (/* reexport */ generateDeploymentReport),
  gg: () => (/* reexport */ maskToken),
  m1: () => (/* reexport */ parseSince),
  jj: () => (/* reexport */ parseTargetRepository),
  Id: () => (/* reexport */ parseUntil),
  pt: () => (/* reexport */ promote),
  ZM: () => (/* reexport */ renderReportSummary),
  Bl: () => (/* reexport */ resolveSourceTime),
  dU: () => (/* reexport */ rollback)
});

// UNUSED EXPORTS: DEPLOYMENT_LOG_FORMAT, KUSTOMIZATION_FILE, RULE_FILES, TRAILER_KEYS, buildCommitMessage, buildDeploymentReport, checkDeployOrder, checkDeployRules, choosePromotion, computeDoraMetrics, confineRepositoryPath, copyPromotedImage, createGit, deploysPerDayChart, fetchBranch, findLandedCommit, formatDuration, formatTrailers, kustomizationFor, listSourceFiles, mayQueue, normalizeScanTrailer, openScratchClone, ownerAndName, parseDeploymentLog, parseTrailerLines, percentile, planDeploy, planRollback, readAllDeployments, readDeployments, readDeploymentsFromClone, remoteDefaultBranch, remoteTrackingRef, renderMessageTemplate, repositoryAccess, resolveRepositoryAccess, resolveRepositoryUrl, restoreFilesAt, sameCommit, sanitizeTrailerValue, scanVerdictOf, trailFromTrailers, unknownNameWarnings, wantsKustomization, withScratchClone, writeCommit, writeDeploymentReport, writePathCommits

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(7224);
;// CONCATENATED MODULE: ./packages/gitops/src/git.ts


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,src/* basicAuthForms */.oq)(GIT_TOKEN_USERNAME, token))
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
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,external_node_path_.resolve)(options.workspace, value);
    throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
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
const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/** Failures on the way to the server or back, worth trying again (an auth answer never is). */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server)/i;
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
        ...gitAuthEnvironment(options.url, options.token),
        ...options.env,
    };
    const retry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    return async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, retry.attempts) : 1;
        let result = await once(args, execOptions);
        for (let attempt = 1; attempt < attempts && result.exitCode !== 0 && isTransientGitFailure(result.stderr); attempt++) {
            const delayMs = (0,src/* backoffDelay */.EY)(attempt, retry);
            if (delayMs > 0)
                await (0,src/* sleep */.yy)(delayMs);
            result = await once(args, execOptions);
        }
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
}
/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
function gitFailureLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((line) => line.trim());
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,src/* lastNonEmptyLine */.z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class GitCommandError extends src/* CommandError */.Qd {
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
    throw new src/* ConfigurationError */.j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}

;// CONCATENATED MODULE: ./packages/gitops/src/clone.ts




/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty repository made without templates (nothing of the machine's git setup, sample or global
 * hooks, belongs in a throwaway clone, and copying them is a good part of what `git init` costs),
 * with `origin` set. The clone keeps no credential: the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = resolveRepositoryAccess(access);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(access.tempDir ?? (0,external_node_os_.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,external_node_path_.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,promises_.mkdir)(repoDir);
        const identity = options.identity;
        const git = createGit({
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
        await git(['init', '--quiet', ...(options.bare ? ['--bare'] : []), '--template=']);
        await git(['remote', 'add', 'origin', url]);
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
async function removeScratchClone(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
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

// EXTERNAL MODULE: ./packages/approvals/src/index.ts + 6 modules
var approvals_src = __webpack_require__(6391);
// EXTERNAL MODULE: ./packages/image/src/index.ts + 7 modules
var image_src = __webpack_require__(5530);
// EXTERNAL MODULE: ./packages/scan/src/index.ts + 13 modules
var scan_src = __webpack_require__(3992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/gitops/src/refs.ts

/** Where a clone keeps what it fetched of `branch`. */
function remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/**
 * The one fetch of this package: `branch` into its tracking ref, with `extra` refspecs beside it
 * (the landing queue), never tags, FETCH_HEAD or maintenance (the clone is thrown away, and under
 * a race every process counts). `--prune` drops what the extra refspecs no longer match. Returns
 * false when the branch does not exist (yet); git's retries of transient failures are `createGit`'s.
 */
async function fetchBranch(git, branch, options) {
    const args = [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        `--filter=${options.filter}`,
        'origin',
        `+refs/heads/${branch}:${remoteTrackingRef(branch)}`,
        ...(options.extra ?? []),
    ];
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
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

;// CONCATENATED MODULE: ./packages/gitops/src/deployment.ts
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
    approvedBy: 'Approved-by',
};

;// CONCATENATED MODULE: ./packages/gitops/src/trailers.ts


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
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', TRAILER_KEYS.app],
    ['environment', TRAILER_KEYS.environment],
];
const OPTIONAL_SINGLE = [
    ['source', TRAILER_KEYS.source],
    ['sourceTime', TRAILER_KEYS.sourceTime],
    ['run', TRAILER_KEYS.run],
    ['scan', TRAILER_KEYS.scan],
    ['configHash', TRAILER_KEYS.configHash],
    ['rollbackOf', TRAILER_KEYS.rollbackOf],
    ['rollbackTo', TRAILER_KEYS.rollbackTo],
    ['reason', TRAILER_KEYS.reason],
    ['request', TRAILER_KEYS.request],
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
        add(TRAILER_KEYS.image, ref);
    for (const [field, key] of OPTIONAL_SINGLE)
        add(key, trail[field]);
    if (trail.removal)
        add(TRAILER_KEYS.removal, 'true');
    for (const approver of trail.approvedBy)
        add(TRAILER_KEYS.approvedBy, approver);
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
/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value.
 */
function trailFromTrailers(trailers) {
    const values = (key) => trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).map((trailer) => trailer.value);
    const first = (key) => values(key).find((value) => value !== '');
    const app = first(TRAILER_KEYS.app);
    const environment = first(TRAILER_KEYS.environment);
    if (!app || !environment)
        return undefined;
    const trail = {
        app,
        environment,
        imageRefs: values(TRAILER_KEYS.image).filter(Boolean),
        approvedBy: values(TRAILER_KEYS.approvedBy).filter(Boolean),
    };
    for (const [field, key] of OPTIONAL_SINGLE) {
        const value = first(key);
        if (value !== undefined)
            trail[field] = value;
    }
    if (first(TRAILER_KEYS.removal)?.toLowerCase() === 'true')
        trail.removal = true;
    return trail;
}

;// CONCATENATED MODULE: ./packages/gitops/src/history.ts



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
        const trimmed = record.replace(/^\n+/, '');
        if (!trimmed)
            continue;
        const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = trimmed.split(FIELD);
        if (!/^[0-9a-f]{40,64}$/.test(commitSha))
            continue;
        const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
        if (!trail)
            continue;
        if (filter.app !== undefined && trail.app !== filter.app)
            continue;
        if (filter.environment !== undefined && trail.environment !== filter.environment)
            continue;
        deployments.push({
            ...trail,
            commitSha,
            committedAt,
            kind: trail.rollbackOf ? 'rollback' : 'deploy',
            path: filter.path ?? '',
            subject,
        });
    }
    return deployments;
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
    return withScratchClone(options, { purpose: 'history', bare: true }, async ({ git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch)))
            return [];
        await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
    });
}
/** The deployments reachable from `tip`, every app and environment, newest first. */
async function readAllDeployments(git, tip) {
    const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
    return parseDeploymentLog(stdout);
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

;// CONCATENATED MODULE: ./packages/gitops/src/objects.ts
/** Writes one commit object (signed with `signing`); returns its id. */
async function writeCommit(git, commit, signing) {
    const args = [
        ...(signing ? ['-c', 'gpg.format=ssh', '-c', `user.signingKey=${signing.key}`] : []),
        'commit-tree',
        commit.tree,
        ...(commit.parent ? ['-p', commit.parent] : []),
        ...(signing ? ['-S'] : []),
        '-F',
        '-',
    ];
    const env = { ...identEnvironment('AUTHOR', commit.author), ...identEnvironment('COMMITTER', commit.committer) };
    return (await git(args, { input: commit.message, env })).stdout.trim();
}
function identEnvironment(role, ident) {
    const match = ident?.match(/^(.*) <([^>]*)> (\d+ [+-]\d{4})$/);
    if (!match)
        return {};
    return {
        [`GIT_${role}_NAME`]: match[1] ?? '',
        [`GIT_${role}_EMAIL`]: match[2] ?? '',
        [`GIT_${role}_DATE`]: `@${match[3]}`,
    };
}
/**
 * A chain of commits on `from` (or from an empty tree), each replacing one path: written by one
 * `git fast-import` (one process for the whole chain, no index). With `signing`, the chain is
 * re-committed with `commit-tree -S` on the trees fast-import built, since fast-import cannot sign.
 * Returns the commits' ids in order. `ref` is only where fast-import leaves the chain.
 */
async function writePathCommits(git, ref, commits, options = {}) {
    const commands = [];
    commits.forEach((commit, index) => {
        const [type, sha] = commit.object?.split(' ') ?? [];
        const path = fastImportPath(commit.path);
        commands.push(`commit ${ref}`, `mark :${index + 1}`, `author ${commit.author}`, `committer ${commit.committer}`, `data ${Buffer.byteLength(commit.message)}`, commit.message, ...(index === 0 && options.from ? [`from ${options.from}`] : []), `D ${path}`, ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []), '');
    });
    commits.forEach((_, index) => {
        commands.push(`get-mark :${index + 1}`);
    });
    commands.push('done', '');
    const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
    const unsigned = stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
    if (!options.signing || unsigned.length === 0)
        return unsigned;
    const trees = (await git(['rev-parse', ...unsigned.map((sha) => `${sha}^{tree}`)])).stdout.trim().split('\n');
    const signed = [];
    let parent = options.from;
    for (const [index, commit] of commits.entries()) {
        const tree = trees[index] ?? '';
        parent = await writeCommit(git, { ...commit, tree, parent }, options.signing);
        signed.push(parent);
    }
    return signed;
}
/** fast-import takes a path to the end of the line; only a leading quote needs C-style quoting. */
function fastImportPath(path) {
    return path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}
/**
 * The content of `paths` at `commit` (only those that are files there): one `ls-tree` to find
 * them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
async function readFilesAt(git, commit, paths) {
    const files = new Map();
    if (paths.length === 0)
        return files;
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...paths]);
    const blobs = [];
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        if (match?.[1] && match[2] && paths.includes(match[2]))
            blobs.push({ path: match[2], sha: match[1] });
    }
    const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.sha])));
    blobs.forEach((blob, index) => {
        files.set(blob.path, contents[index]?.stdout ?? '');
    });
    return files;
}
/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, in two processes: one
 * `ls-tree -r` and one `cat-file --batch` for all the blobs. Blobs not in the clone are fetched
 * lazily by git. Contents are read as text (what a deploy path holds: YAML).
 */
async function readTreeFiles(git, treeish) {
    const files = new Map();
    const listed = await git(['ls-tree', '-r', '-z', treeish], { ignoreReturnCode: true });
    if (listed.exitCode !== 0)
        return files;
    const blobs = listed.stdout.split('\0').flatMap((entry) => {
        const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
        return match?.[1] && match[2] ? [{ sha: match[1], path: match[2] }] : [];
    });
    if (blobs.length === 0)
        return files;
    const batch = Buffer.from((await git(['cat-file', '--batch'], { input: `${blobs.map((blob) => blob.sha).join('\n')}\n` })).stdout);
    let offset = 0;
    for (const blob of blobs) {
        const headerEnd = batch.indexOf(10, offset);
        const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        if (headerEnd < 0 || !Number.isInteger(size))
            break;
        files.set(blob.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/gitops/src/push.ts

function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split('\n')) {
        const match = line.match(/^([ +\-*!=])\t([^\t:]*):([^\t]+)\t(.*)$/);
        if (!match)
            continue;
        const [, flag = '', from = '', to = '', rest = ''] = match;
        const reasonMatch = rest.match(/^(.*?)\s*\((.*)\)\s*$/);
        refs.push({
            flag,
            from,
            to,
            summary: (reasonMatch?.[1] ?? rest).trim(),
            ...(reasonMatch?.[2] ? { reason: reasonMatch[2] } : {}),
        });
    }
    return refs;
}
// Reasons git and receive-pack give when another push won: the client saw the new tip first
// (fetch first, non-fast-forward, stale info), or the server lost the ref-lock or
// compare-and-swap during its update ("failed to update ref", "cannot lock ref …").
const RACE_REASON = /^(fetch first|non-fast-forward|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|unable to lock|reference already exists|already exists)/i;
const ATOMIC_COLLATERAL = /^atomic (push|transaction) failed$/i;
/**
 * What a `git push --porcelain` run means. Only the reasons above are retried as races; a
 * pre-receive hook that declines (protected branch, policy) is fatal even though a test hook
 * could decline at random, because a hook's "no" is the server's decision, not a race. (The test
 * server's random rejections take a real ref lock, so they surface as "failed to update ref".)
 */
function classifyPush(result) {
    const refs = parsePushPorcelain(result.stdout);
    const rejected = refs.filter((ref) => ref.flag === '!');
    if (result.exitCode === 0 && rejected.length === 0)
        return { kind: 'pushed' };
    const remoteMessage = remoteLines(result.stderr);
    if (rejected.length > 0) {
        const describe = (ref) => `${ref.to}: ${ref.summary}${ref.reason ? ` (${ref.reason})` : ''}${remoteMessage ? ` — ${remoteMessage}` : ''}`;
        // In an atomic push every ref fails with the one that caused it: judge by the cause. When the
        // server's transaction failed, no ref names a cause and stderr holds the lock error: a race.
        const causes = rejected.filter((ref) => !ATOMIC_COLLATERAL.test(ref.reason ?? ''));
        const fatal = causes.find((ref) => !RACE_REASON.test(ref.reason ?? ''));
        if (fatal)
            return { kind: 'fatal', message: describe(fatal) };
        return { kind: 'race', message: describe((causes[0] ?? rejected[0])) };
    }
    const lastLine = lastLineOf(result.stderr) || `git push exited with code ${result.exitCode}`;
    if (isTransientGitFailure(result.stderr)) {
        return { kind: 'transient', message: lastLine };
    }
    return { kind: 'fatal', message: lastLine };
}
/** What the server said (`remote: …` lines), joined into one line. */
function remoteLines(stderr) {
    return stderr
        .split('\n')
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.replace(/^remote:\s*/, '').trim())
        .filter(Boolean)
        .join(' ')
        .slice(0, 500);
}
function lastLineOf(text) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('hint:'));
    return lines.at(-1) ?? '';
}
/**
 * The one push of this package: every update in one `git push --porcelain`, all or nothing with
 * `atomic`, hooks of this clone skipped, and the outcome classified (see `classifyPush`). Callers
 * keep a push to a bounded number of refs, so its command line stays far below the OS limit.
 */
async function pushRefs(git, updates, options = {}) {
    const args = [
        'push',
        '--porcelain',
        ...(options.atomic ? ['--atomic'] : []),
        '--no-verify',
        ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
        'origin',
        ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
    ];
    return classifyPush(await git(args, { ignoreReturnCode: true }));
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy-order.ts
/**
 * The no-stale-overwrite rule. `history` is the (app, environment)'s deployments, newest first.
 * A candidate is refused when its source is older than the current deployment's; and when the
 * current deployment is a rollback, also when it is the rolled-back source or older than it, so a
 * late retry of the bad build cannot undo the rollback. A newer source proceeds. Sources without
 * a time cannot be ordered and are allowed. `allowDowngrade` (rollback itself) skips the rule.
 */
function checkDeployOrder(history, candidate) {
    if (candidate.allowDowngrade)
        return { allowed: true };
    const current = history[0];
    if (!current)
        return { allowed: true };
    const candidateTime = timeOf(candidate.sourceTime);
    const currentTime = timeOf(current.sourceTime);
    if (candidateTime !== undefined && currentTime !== undefined && candidateTime < currentTime) {
        return {
            allowed: false,
            reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is older than the deployed ${current.source ?? current.commitSha} (${current.sourceTime})`,
        };
    }
    if (current.kind === 'rollback' && current.rollbackOf) {
        const rolledBack = history.find((deployment) => sameCommit(deployment.commitSha, current.rollbackOf ?? ''));
        if (rolledBack) {
            if (candidate.source && rolledBack.source && sameSource(candidate.source, rolledBack.source)) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source} was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
            const rolledBackTime = timeOf(rolledBack.sourceTime);
            if (candidateTime !== undefined && rolledBackTime !== undefined && candidateTime <= rolledBackTime) {
                return {
                    allowed: false,
                    reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is not newer than ${rolledBack.source ?? rolledBack.commitSha} (${rolledBack.sourceTime}), which was rolled back by ${current.commitSha.slice(0, 12)}`,
                };
            }
        }
    }
    return { allowed: true };
}
function timeOf(value) {
    if (!value)
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}
/** `owner/repo@sha` equality that accepts an abbreviated sha on either side. */
function sameSource(a, b) {
    const [repoA = '', shaA = ''] = splitSource(a);
    const [repoB = '', shaB = ''] = splitSource(b);
    if (repoA.toLowerCase() !== repoB.toLowerCase())
        return false;
    return shaA && shaB ? sameCommit(shaA, shaB) || shaA === shaB : a === b;
}
function splitSource(source) {
    const at = source.lastIndexOf('@');
    return at < 0 ? [source, ''] : [source.slice(0, at), source.slice(at + 1)];
}

;// CONCATENATED MODULE: ./packages/gitops/src/dora.ts
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
function dora_sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x.length < 7 || y.length < 7)
        return x === y;
    return x.startsWith(y) || y.startsWith(x);
}
function isNamedIn(shas, commitSha) {
    for (const sha of shas)
        if (dora_sameCommit(sha, commitSha))
            return true;
    return false;
}
function findByCommit(deployments, sha) {
    return deployments.find((d) => dora_sameCommit(d.commitSha, sha));
}

;// CONCATENATED MODULE: ./packages/gitops/src/rules.ts



/**
 * The rules a deploy must pass on the tip it lands on, in one function (`checkDeployRules`) that
 * the writer applies when it lands alone and the queue's leader applies to every request it lands:
 * the expected current deployment (rollback), the no-stale-overwrite rule, and that a path does
 * not hold other deployments. Checks that need more (policy, approvals) go here too; they get the
 * same context, with the files at the tip they declare in `RULE_FILES`.
 */
/** Files at the tip the rules read; the writer and the leader load them once per tip (absent → missing). */
const RULE_FILES = ['.shipgate/policy.yaml'];
/**
 * Whether a rule reads `DeployRuleContext.files` of queued deploys: the leader then reads every
 * queued tree's files (a process per request) before it plans the landing. No rule here does yet;
 * a rule that does sets this. (The writer landing alone always has them: they are its source files.)
 */
const RULES_READ_QUEUED_FILES = false;
/** Every rule, in order; the first that does not allow decides. */
function checkDeployRules(context) {
    const { deploy } = context;
    const history = context.history.filter((deployment) => deployment.app === deploy.app && deployment.environment === deploy.environment);
    const expected = deploy.expectCurrentCommit;
    const current = history[0]?.commitSha;
    if (expected !== undefined && !(current && dora_sameCommit(current, expected))) {
        return {
            verdict: 'fail',
            error: new src/* ShipgateError */.Yu(`The current deployment of ${deploy.app} in ${deploy.environment} is now ${current?.slice(0, 12) ?? 'none'}, not ${expected.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`),
        };
    }
    const order = checkDeployOrder(history, {
        source: deploy.source,
        sourceTime: deploy.sourceTime,
        allowDowngrade: deploy.allowDowngrade,
    });
    if (!order.allowed)
        return { verdict: 'refuse', reason: order.reason };
    const held = otherDeploymentBelow(deploy, context.history);
    if (held) {
        return {
            verdict: 'fail',
            error: new src/* ConfigurationError */.j1(`Input "path" is "${deploy.path}", which holds ${held}; a deploy replaces its whole path, so name the path of ${deploy.app} in ${deploy.environment} alone.`),
        };
    }
    return { verdict: 'allow' };
}
/**
 * Another app's or environment's deploy path below `deploy.path`: where the trail wrote it (a
 * request's path, as the leader knows it), else its default `apps/<app>/<environment>`.
 */
function otherDeploymentBelow(deploy, history) {
    const prefix = `${deploy.path}/`;
    for (const deployment of history) {
        if (deployment.app === deploy.app && deployment.environment === deploy.environment)
            continue;
        const path = deployment.path || `apps/${deployment.app}/${deployment.environment}`;
        if (path === deploy.path || path.startsWith(prefix)) {
            return `${path} (${deployment.app} in ${deployment.environment}, ${deployment.commitSha.slice(0, 12)})`;
        }
    }
    return undefined;
}
/**
 * Whether a deploy may wait in the landing queue to be replayed by another writer, and why not.
 * A replay sets the path to exactly the queued tree on whatever tip it lands, so only a deploy that
 * replaces its path entirely and asks nothing of the tip but the rules above can queue.
 */
function mayQueue(deploy) {
    if (deploy.mode !== 'push')
        return { queue: false, reason: 'a pull-request deploy has a branch of its own' };
    if (!deploy.prune)
        return { queue: false, reason: 'prune: false merges into what the path holds on the tip' };
    if (deploy.allowDowngrade)
        return { queue: false, reason: 'allow-downgrade is decided by its own writer' };
    if (deploy.expectCurrentCommit)
        return { queue: false, reason: 'a rollback expects one current deployment' };
    return { queue: true };
}
/**
 * The no-stale-overwrite and expected-current checks alone, as the writer used to call them:
 * the reason a deploy is refused; throws when the deployment planned against is no longer current.
 */
function checkHistory(history, options) {
    const decision = checkDeployRules({
        deploy: { imageRefs: [], approvedBy: [], path: '', ...options },
        tip: undefined,
        history,
        tipFiles: new Map(),
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    return decision.verdict === 'refuse' ? decision.reason : undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/write-tree.ts



/**
 * The repository path an input names, normalised (`apps/web/prod`), or a ConfigurationError when
 * it could leave the repository or touch git's own data: absolute, `..`, `.git`, empty.
 */
function confineRepositoryPath(path, inputName = 'path') {
    const raw = path.trim().replace(/\\/g, '/');
    if (!raw)
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not be empty.`);
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || (0,external_node_path_.isAbsolute)(raw)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be relative to the repository root, got "${path}".`);
    }
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain "..", got "${path}".`);
    if (parts.some((part) => part.toLowerCase() === '.git')) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not point into .git, got "${path}".`);
    }
    if (parts.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must name a directory below the root.`);
    if (parts.some((part) => /[\u0000-\u001f]/.test(part))) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must not contain control characters.`);
    }
    return parts.join('/');
}
/**
 * Every file below `sourceDir`, sorted. Symlinks are followed only when they stay inside
 * `sourceDir` (their content is written as a regular file); one that leaves it is a
 * ConfigurationError, raised before anything is written.
 */
async function listSourceFiles(sourceDir, inputName = 'source-dir') {
    let root;
    try {
        root = await (0,promises_.realpath)(sourceDir);
        if (!(await (0,promises_.lstat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" names ${sourceDir}, which is not a directory.`);
    }
    const files = [];
    // `dir` is where entries are read; `prefix` is the name they are written under (a symlinked
    // directory keeps the link's name). `ancestors` stops symlink loops.
    const walk = async (dir, prefix, ancestors) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.name === '.git') {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}; a .git entry cannot be deployed.`);
            }
            let target = path;
            if (entry.isSymbolicLink()) {
                let resolved;
                try {
                    resolved = await (0,promises_.realpath)(path);
                }
                catch {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink to ${await (0,promises_.readlink)(path)} that does not exist.`);
                }
                if (!isInside(root, resolved)) {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink that leaves the directory (to ${resolved}).`);
                }
                target = resolved;
            }
            const stat = await (0,promises_.lstat)(target);
            if (stat.isDirectory()) {
                if (ancestors.has(target)) {
                    throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, a symlink loop.`);
                }
                await walk(target, relativePath, new Set([...ancestors, target]));
                continue;
            }
            if (!stat.isFile()) {
                throw new src/* ConfigurationError */.j1(`Input "${inputName}" contains ${relativePath}, which is not a regular file.`);
            }
            files.push({ relativePath, absolutePath: target });
        }
    };
    await walk(root, '', new Set([root]));
    return files;
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Makes `repoDir/path` hold exactly the source files (with `prune`), or adds and overwrites them
 * (without). Only ever writes below `repoDir/path`.
 */
async function writeTargetDirectory(repoDir, path, files, prune) {
    const target = (0,external_node_path_.resolve)(repoDir, path);
    if (!isInside(repoDir, target) || target === (0,external_node_path_.resolve)(repoDir)) {
        throw new src/* ConfigurationError */.j1(`Input "path" must name a directory inside the repository.`);
    }
    if (prune)
        await (0,promises_.rm)(target, { recursive: true, force: true });
    for (const file of files) {
        const destination = (0,external_node_path_.resolve)(target, file.relativePath);
        if (!isInside(target, destination)) {
            throw new src/* ConfigurationError */.j1(`Source file ${file.relativePath} would be written outside "path".`);
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        await (0,promises_.rm)(destination, { force: true, recursive: true });
        await (0,promises_.copyFile)(file.absolutePath, destination);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/landing-queue.ts










/**
 * The landing queue: how a crowd of writers on one branch land in a few pushes instead of one
 * after another.
 *
 * A writer that loses the race for the branch does not start over alone. It posts its deploy as a
 * request under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path it is for,
 * on a commit that holds the deploy's message and nothing but the path's tree. The writer of the
 * oldest request then lands the whole queue: on the current tip it replays each request as a
 * commit of its own (the deploy's author, message and trailers; the path's tree becomes exactly
 * the queued one), checks each against the no-stale-overwrite rule as its writer would, and pushes
 * the new tip atomically with the deletion of every request it settled. The other writers only
 * look, and find their request gone and their commit on the branch. History stays linear and
 * every deploy keeps its own commit.
 */
const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';
/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
const LANDING_REQUEST_TTL_MS = 5 * 60_000;
/**
 * Backoff between landing rounds once a deploy is queued. Any writer's winning push lands every
 * queued deploy, so losing one is cheap and the next look should come soon; the jitter still keeps
 * a crowd of queued writers from fetching at the same instant.
 */
const LANDING_RETRY = {
    baseDelayMs: 50,
    maxDelayMs: 2_000,
    factor: 2,
};
/**
 * Between looks at the queue. The leader looks again soon while it lets a growing queue settle.
 * The others wait longer the longer the queue: each look is a fetch, and on a machine they share,
 * a crowd looking often takes the CPU the leader's landing needs; a short queue lands quickly, so
 * its writers look often. Equal jitter keeps any look from coming back almost at once.
 */
const LANDING_LOOK = {
    leaderMs: 300,
    perRequestMs: 80,
    minMs: 300,
    maxMs: 2_500,
};
/** The wait before the next look at the queue, for the leader or for a writer waiting on it. */
function landingLookDelay(wait, random = Math.random) {
    const ceiling = wait.leading
        ? LANDING_LOOK.leaderMs
        : Math.min(LANDING_LOOK.maxMs, Math.max(LANDING_LOOK.minMs, LANDING_LOOK.perRequestMs * wait.pending));
    return (0,src/* backoffDelay */.EY)(1, { baseDelayMs: ceiling, maxDelayMs: ceiling, jitter: 'equal' }, random);
}
/**
 * How long a leader lets a growing queue settle before it lands it anyway (counted from its own
 * request): a crowd that lost the same race queues within about this time.
 */
const LANDING_SETTLE_MS = 3_000;
/**
 * How long a queued writer leaves the landing to the same leader before it lands the queue itself
 * (the leader's runner may have died): longer than a leader may wait for the queue to settle plus
 * a few of its rounds on a busy machine.
 */
const LANDING_LEADER_GRACE_MS = 8_000;
const REQUEST_SUBJECT = 'Shipgate landing request';
/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
const LANDING_CLOCK_SKEW_MS = 60_000;
/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
const MAX_LANDING_REQUESTS = 32;
/** Junk requests one writer deletes per round at most, in one push. */
const JUNK_BATCH = 100;
function formatLandingRequest(request) {
    const time = (ms) => new Date(ms).toISOString();
    const nonce = request.nonce ? `nonce: ${request.nonce}\n` : '';
    const signature = request.signature ? `signature: ${request.signature}\n` : '';
    return `${REQUEST_SUBJECT}\n\nbranch: ${request.branch}\npath: ${request.path}\nqueued: ${time(request.queuedAt)}\nexpires: ${time(request.expiresAt)}\n${nonce}${signature}`;
}
function parseLandingRequest(message) {
    if (!message.startsWith(REQUEST_SUBJECT))
        return undefined;
    const field = (name) => message.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
    const branch = field('branch');
    const path = field('path');
    const queuedAt = Date.parse(field('queued') ?? '');
    const expiresAt = Date.parse(field('expires') ?? '');
    const nonce = field('nonce');
    const signature = field('signature');
    if (!branch || !path || Number.isNaN(queuedAt) || Number.isNaN(expiresAt))
        return undefined;
    return { branch, path, queuedAt, expiresAt, ...(nonce ? { nonce } : {}), ...(signature ? { signature } : {}) };
}
/**
 * The HMAC-SHA256 that lets a writer trust another's request: over everything the request asks
 * (its ref name and nonce included, so a copy under another name does not verify) and the commit it
 * carries (whose id binds the path's tree, the message and the author). Anyone
 * who can push `refs/shipgate/queue/*` can queue a request, but only one signed with the key the
 * writers share is landed by another writer; otherwise write access to the repository would be
 * enough to get a deploy onto a branch only the pipelines' token may push to, with no approval.
 */
function landingSignature(key, request, commit) {
    const signed = [
        'shipgate landing request v2',
        request.ref ?? '',
        request.nonce ?? '',
        request.branch,
        request.path,
        String(request.queuedAt),
        String(request.expiresAt),
        commit,
    ].join('\n');
    return (0,external_node_crypto_.createHmac)('sha256', key).update(signed).digest('hex');
}
/**
 * Whether a writer holding `key` may land `entry`: signed with that key; with no key (no token:
 * a local repository), unsigned only.
 */
function isTrustedRequest(entry, key) {
    if (!key)
        return entry.signature === undefined;
    if (!entry.signature || !/^[0-9a-f]{64}$/.test(entry.signature))
        return false;
    // The nonce in the tag must be the one the deploy commit carries, or a copy could dodge the trail.
    if (entry.nonce !== entry.trail?.request)
        return false;
    const expected = Buffer.from(landingSignature(key, entry, entry.commit), 'hex');
    return (0,external_node_crypto_.timingSafeEqual)(expected, Buffer.from(entry.signature, 'hex'));
}
const landing_queue_FIELD = '\u0000';
/** for-each-ref ends each record with a newline; a NUL before it cannot occur inside a message. */
const RECORD_END = '\u0000\n';
const QUEUE_LISTING_FORMAT = [
    '%(refname)',
    '%(objectname)',
    '%(*objectname)',
    '%(contents)',
    '%(*author)',
    '%(*committername) %(*committeremail)',
    '%(*trailers:only=true,unfold=true,separator=%x1e)',
    '%(*contents)',
].join('%00');
function isConfinedPath(path) {
    try {
        return confineRepositoryPath(path) === path;
    }
    catch {
        return false;
    }
}
/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
function parseQueueListing(stdout) {
    const queued = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = record
            .replace(/^\n+/, '')
            .split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || message === undefined)
            continue;
        const request = parseLandingRequest(tagMessage);
        if (!request || !/^[0-9a-f]{40,64}$/.test(tag) || !/^[0-9a-f]{40,64}$/.test(commit))
            continue;
        // Only a path a writer could have asked for: a request is data from the server.
        if (!isConfinedPath(request.path))
            continue;
        const id = localRef.slice(LOCAL_QUEUE_PREFIX.length);
        queued.push({
            ...request,
            id,
            ref: `${LANDING_QUEUE_PREFIX}${id}`,
            tag,
            commit,
            message,
            author: author ?? '',
            committer: committer ?? '',
            trail: trailFromTrailers(parseTrailerLines((trailers ?? '').split('\u001e').map((line) => line.trim()))),
        });
    }
    return queued;
}
/**
 * Every ref of a queue listing that is junk at `now`: not a request (malformed, a path no writer
 * could ask for, not a tag on a commit), or one whose times lie further ahead than a writer sets
 * them (an expiry in the year 9999 would keep it, and make every writer download it, forever).
 */
function queueJunk(stdout, now) {
    const valid = new Map(parseQueueListing(stdout).map((entry) => [entry.ref, entry]));
    const junk = [];
    for (const record of stdout.split(RECORD_END)) {
        const [localRef = '', object = ''] = record.replace(/^\n+/, '').split(landing_queue_FIELD);
        if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || !/^[0-9a-f]{40,64}$/.test(object))
            continue;
        const ref = `${LANDING_QUEUE_PREFIX}${localRef.slice(LOCAL_QUEUE_PREFIX.length)}`;
        const entry = valid.get(ref);
        const tooLong = entry !== undefined &&
            (entry.expiresAt > now + LANDING_REQUEST_TTL_MS + LANDING_CLOCK_SKEW_MS ||
                entry.queuedAt > now + LANDING_CLOCK_SKEW_MS);
        if (!entry || tooLong)
            junk.push({ ref, object });
    }
    return junk;
}
/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param identity `Name <email>` of the author, committer and tagger
 */
async function announceDeploy(git, options) {
    const id = (0,external_node_crypto_.randomBytes)(10).toString('hex');
    const nonce = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const ref = `${LANDING_QUEUE_PREFIX}${id}`;
    const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
    // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
    const message = `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
    const [commit = ''] = await writePathCommits(git, 'refs/shipgate/request', [
        {
            author: ident,
            committer: ident,
            message,
            path: options.path,
            object: options.pathTree ? `tree ${options.pathTree}` : undefined,
        },
    ]);
    const request = {
        branch: options.branch,
        path: options.path,
        queuedAt: options.now,
        expiresAt: options.now + LANDING_REQUEST_TTL_MS,
        nonce,
    };
    if (options.key)
        request.signature = landingSignature(options.key, { ...request, ref }, commit);
    const tagObject = [
        `object ${commit}`,
        'type commit',
        `tag shipgate-queue-${id}`,
        `tagger ${ident}`,
        '',
        formatLandingRequest(request),
    ].join('\n');
    const tag = (await git(['mktag'], { input: tagObject })).stdout.trim();
    const pushed = await pushRefs(git, [{ ref, from: tag }]);
    if (pushed.kind === 'pushed')
        return { queued: { id, ref, tag, queuedAt: options.now, message } };
    // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
    if (pushed.kind === 'transient')
        await withdrawRequest(git, { ref, tag }).catch(() => undefined);
    return { failed: pushed };
}
/**
 * Fetches the branch and the whole queue. Blobs come along (up to a size): a landing push sends
 * the queued trees, and pack-objects would otherwise fetch their blobs lazily, one more round trip.
 * `--prune` drops requests that were settled since the last look.
 */
async function fetchLandingState(git, branch, now = Date.now()) {
    const tracking = remoteTrackingRef(branch);
    await fetchBranch(git, branch, {
        filter: 'blob:limit=1m',
        prune: true,
        extra: [`+${LANDING_QUEUE_PREFIX}*:${LOCAL_QUEUE_PREFIX}*`],
    });
    const listing = await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking]);
    const tipLine = listing.stdout.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
    const junk = queueJunk(listing.stdout, now);
    const junkRefs = new Set(junk.map((entry) => entry.ref));
    return {
        tip: tipLine?.split(landing_queue_FIELD)[1] || undefined,
        queue: parseQueueListing(listing.stdout).filter((entry) => !junkRefs.has(entry.ref)),
        junk,
    };
}
/**
 * Deletes up to `JUNK_BATCH` junk refs in one push, each leased on what we saw (so nothing a writer
 * re-used is touched), and not atomically: one another writer deleted first costs nothing. Best
 * effort: what is left goes with a later round, so a flood of junk costs each writer one bounded
 * push per round and never fails a deploy.
 */
async function deleteJunk(git, junk) {
    const batch = junk.slice(0, JUNK_BATCH);
    if (batch.length === 0)
        return;
    await pushRefs(git, batch.map((entry) => ({ ref: entry.ref, lease: entry.object }))).catch(() => undefined);
}
/**
 * Decides, without touching git, what landing the queue on the current tip does with each
 * request of `branch`: in source order (oldest source first, so a newer source lands last and
 * stays), each checked against the history as it will be once the requests before it have landed.
 *
 * @param history every deployment reachable from the tip, newest first
 * @param pathObjects the object at each request's path: in its own commit (`<commit>:<path>`) and
 *   on the tip (`tip:<path>`); absent when there is none
 */
function planLanding(queue, options) {
    const requests = queue
        .filter((entry) => entry.branch === options.branch && entry.trail !== undefined)
        .sort((a, b) => landing_queue_timeOf(a.trail?.sourceTime) - landing_queue_timeOf(b.trail?.sourceTime) ||
        a.queuedAt - b.queuedAt ||
        a.id.localeCompare(b.id));
    const spent = new Set(options.history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    let landed = [];
    const pathNow = new Map();
    const actions = [];
    for (const entry of requests) {
        const trail = entry.trail;
        if (entry.expiresAt <= options.now) {
            actions.push({ entry, action: 'expired' });
            continue;
        }
        const nonce = entry.nonce ?? trail.request;
        if (nonce && spent.has(nonce)) {
            actions.push({ entry, action: 'replayed' });
            continue;
        }
        const decision = checkDeployRules({
            deploy: { ...trail, path: entry.path },
            tip: undefined,
            history: [...landed, ...options.history],
            tipFiles: options.tipFiles ?? new Map(),
            ...(options.files?.has(entry.id) ? { files: options.files.get(entry.id) } : {}),
            landing: 'queue',
        });
        if (decision.verdict !== 'allow') {
            const reason = decision.verdict === 'refuse' ? decision.reason : decision.error.message;
            actions.push({ entry, action: 'refused', reason });
            continue;
        }
        const current = pathNow.has(entry.path) ? pathNow.get(entry.path) : options.pathObjects.get(`tip:${entry.path}`);
        const wanted = options.pathObjects.get(`${entry.commit}:${entry.path}`);
        if (wanted === current) {
            actions.push({ entry, action: 'unchanged' });
            continue;
        }
        pathNow.set(entry.path, wanted);
        if (nonce)
            spent.add(nonce);
        landed = [
            {
                ...trail,
                commitSha: entry.commit,
                committedAt: new Date(options.now).toISOString(),
                kind: trail.rollbackOf ? 'rollback' : 'deploy',
                path: entry.path,
                subject: entry.message.split('\n', 1)[0] ?? '',
            },
            ...landed,
        ];
        actions.push({ entry, action: 'apply' });
    }
    return actions;
}
function landing_queue_timeOf(value) {
    const time = value ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? 0 : time;
}
/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
async function readPathObjects(git, tip, queue) {
    const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
    const input = keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)).join('\n');
    const { stdout } = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${input}\n` });
    const objects = new Map();
    stdout.split('\n').forEach((line, index) => {
        const match = line.match(/^([0-9a-f]{40,64}) (tree|blob)$/);
        const key = keys[index];
        if (match?.[1] && key)
            objects.set(key, `${match[2]} ${match[1]}`);
    });
    return objects;
}
/**
 * One commit per applied request on top of `tip`, written by a single `git fast-import`: the
 * request's author and message, its committer identity at `now`, and its path set to exactly the
 * queued tree (or removed). Returns each request's new commit, in order.
 */
async function writeLandingCommits(git, options) {
    const seconds = Math.floor(options.now / 1000);
    const shas = await writePathCommits(git, 'refs/shipgate/landing', options.applied.map((entry) => ({
        author: entry.author,
        committer: `${entry.committer} ${seconds} +0000`,
        message: entry.message,
        path: entry.path,
        object: options.pathObjects.get(`${entry.commit}:${entry.path}`),
    })), { from: options.tip, ...(options.signing ? { signing: options.signing } : {}) });
    const commits = new Map();
    options.applied.forEach((entry, index) => {
        const sha = shas[index];
        if (sha)
            commits.set(entry.id, sha);
    });
    return commits;
}
/**
 * Moves the branch from `tip` to `newTip` (when there is one) and deletes the settled requests,
 * all or nothing: each deletion is leased on the tag we saw, so a request its writer withdrew (or
 * another lander settled) in the meantime fails the whole push instead of being landed twice.
 */
async function pushLanding(git, options) {
    const updates = [
        ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip }] : []),
        ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
    ];
    return pushRefs(git, updates, { atomic: true });
}
/**
 * Deletes our own request (leased on its tag). `gone` means someone settled it first: it landed,
 * or it was found already deployed, and the caller looks on the branch for which.
 */
async function withdrawRequest(git, request) {
    const outcome = await pushRefs(git, [{ ref: request.ref, lease: request.tag }]);
    if (outcome.kind === 'pushed')
        return 'withdrawn';
    if (outcome.kind === 'race' && /stale info/.test(outcome.message))
        return 'gone';
    return outcome;
}
/**
 * One round for a writer whose deploy is queued: fetch the branch and the queue; when our request
 * is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch): `mayWait` says whether to keep leaving it to that writer, which a caller stops doing
 * once the same leader has been pending too long (its writer may be gone), and whether the leader
 * lets a growing queue settle first.
 */
async function runLandingRound(git, options) {
    const { branch, request } = options;
    const state = await fetchLandingState(git, branch);
    if (!state.tip) {
        await withdrawRequest(git, request);
        return { kind: 'requeue' };
    }
    const tip = state.tip;
    const ours = state.queue.find((entry) => entry.id === request.id);
    if (!ours)
        return settledElsewhere(git, { ...options, tip });
    if (options.pushed && tip !== options.since && (await isOnBranch(git, options.pushed, tip))) {
        // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
        await withdrawRequest(git, request);
        return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
    }
    const now = options.now();
    // Requests we cannot verify are neither landed nor waited for, only cleared once expired. A
    // writer with no key verifies none: it lands its own deploy only.
    const trusted = (entry) => entry.id === ours.id ||
        entry.expiresAt <= now ||
        (options.key !== undefined && isTrustedRequest(entry, options.key));
    const queue = boundedQueue(state.queue.filter((entry) => entry.branch === branch && trusted(entry)), ours);
    const pending = queue.filter((entry) => inForce(entry, now));
    const leader = oldestPending(pending, now);
    const wait = { leader: leader?.id ?? ours.id, leading: leader?.id === ours.id, pending: pending.length };
    if (leader && options.mayWait(wait))
        return { kind: 'waiting', ...wait };
    const [history, pathObjects, tipFiles, files] = await Promise.all([
        readAllDeployments(git, tip),
        readPathObjects(git, tip, queue),
        readFilesAt(git, tip, RULE_FILES),
        RULES_READ_QUEUED_FILES ? readQueuedFiles(git, queue, now) : undefined,
    ]);
    const actions = planLanding(queue, { branch, history, pathObjects, now, tipFiles, files });
    const own = actions.find((action) => action.entry.id === request.id);
    if (own?.action === 'refused') {
        // We report our own refusal; the others' requests are left to their writers.
        const withdrawn = await withdrawRequest(git, request);
        if (withdrawn === 'gone')
            return settledElsewhere(git, { ...options, tip });
        return { kind: 'refused', reason: own.reason, tip };
    }
    const applied = actions.flatMap((action) => (action.action === 'apply' ? [action.entry] : []));
    const commits = applied.length > 0
        ? await writeLandingCommits(git, {
            tip,
            applied,
            pathObjects,
            now,
            ...(options.signing ? { signing: options.signing } : {}),
        })
        : new Map();
    const newTip = applied.length > 0 ? commits.get(applied.at(-1).id) : undefined;
    const settled = actions.flatMap((action) => (action.action === 'refused' ? [] : [action.entry]));
    const pushed = await pushLanding(git, { branch, newTip, settled });
    if (pushed.kind !== 'pushed')
        return { kind: 'push-failed', outcome: pushed };
    // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
    const spent = spentCopies(state.queue, queue, history).map((entry) => ({ ref: entry.ref, object: entry.tag }));
    await deleteJunk(git, [...spent, ...state.junk]);
    const ownCommit = commits.get(request.id);
    if (own?.action === 'apply' && ownCommit) {
        return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
    }
    return { kind: 'unchanged', tip: newTip ?? tip };
}
/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(git, queue, now) {
    const live = queue.filter((entry) => inForce(entry, now));
    const files = await Promise.all(live.map((entry) => readTreeFiles(git, `${entry.commit}:${entry.path}`)));
    return new Map(live.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}
/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue, ours) {
    const oldest = [...queue]
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))
        .filter((entry) => entry.id !== ours.id)
        .slice(0, MAX_LANDING_REQUESTS - 1);
    return [ours, ...oldest];
}
/**
 * Requests outside this landing (not verified, or beyond its bound) whose nonce is on the branch
 * already: copies of spent requests, deleted as junk whoever signed them.
 */
function spentCopies(all, landing, history) {
    const spent = new Set(history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
    const inLanding = new Set(landing.map((entry) => entry.id));
    return all
        .filter((entry) => !inLanding.has(entry.id))
        .filter((entry) => [entry.nonce, entry.trail?.request].some((nonce) => nonce !== undefined && spent.has(nonce)))
        .slice(0, MAX_LANDING_REQUESTS);
}
/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry, now) {
    return entry.expiresAt > now && entry.trail !== undefined;
}
/** The request whose writer lands the queue: the oldest one still in force. */
function oldestPending(queue, now) {
    return queue
        .filter((entry) => inForce(entry, now))
        .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))[0];
}
/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
async function settledElsewhere(git, options) {
    let tip = options.tip;
    for (let look = 1; look <= 2; look++) {
        const landed = await findLandedCommit(git, { ...options, tip });
        if (landed)
            return { kind: 'landed', commitSha: landed, landedBy: 'another writer', alongside: 0 };
        if (look === 2)
            break;
        const state = await fetchLandingState(git, options.branch);
        if (!state.tip)
            return { kind: 'requeue' };
        tip = state.tip;
    }
    return { kind: 'unchanged', tip };
}
/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
async function abandonRequest(git, branch, request, message, failure) {
    let last = '';
    // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
    for (let tries = 1; tries <= 3; tries++) {
        const outcome = await withdrawRequest(git, request);
        if (outcome === 'withdrawn')
            throw failure;
        if (outcome === 'gone') {
            const state = await fetchLandingState(git, branch);
            const settled = state.tip
                ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message })
                : undefined;
            if (settled?.kind === 'landed')
                return settled.commitSha;
            throw failure;
        }
        last = 'message' in outcome ? outcome.message : '';
    }
    throw new src/* ShipgateError */.Yu(`${failure.message.replace(/\.$/, '')}; the queued request ${request.ref} could not be withdrawn (${last}), so another writer may still land it.`);
}
/** How many of `refs` the server still has (one `ls-remote`, no objects). */
async function queuedRefsPresent(git, refs) {
    const { stdout } = await git(['ls-remote', 'origin', ...refs]);
    const listed = new Set(stdout.split('\n').map((line) => line.split('\t')[1]));
    return refs.filter((ref) => listed.has(ref)).length;
}
/**
 * One writer's place in the landing queue, from its request until it is settled: it runs the
 * rounds, and keeps what the leader policy needs between them (when each leader was first seen,
 * how long the queue was at the last look).
 */
class LandingQueueSeat {
    git;
    request;
    options;
    leadersSeen = new Map();
    /** The queue's length at this writer's last look as its leader: only its own request at first. */
    queueSizeSeen = 1;
    /** What the last full round said while another writer leads: a cheap look can confirm it. */
    waitingOn;
    constructor(git, request, options) {
        this.git = git;
        this.request = request;
        this.options = options;
    }
    /** The queued deploy's message (with its `Shipgate-Request` nonce): how it is found once landed. */
    get message() {
        return this.options.message;
    }
    /**
     * One round (see `runLandingRound`), after taking the request back if it has waited for half
     * its life, well before it could expire under us (`withdrawn`: go on alone).
     */
    async round() {
        const { request } = this;
        if (Date.now() - request.queuedAt > LANDING_REQUEST_TTL_MS / 2) {
            // When it is already gone, it was settled meanwhile and the round below finds how.
            if ((await withdrawRequest(this.git, request)) === 'withdrawn')
                return { kind: 'withdrawn' };
        }
        const waiting = this.waitingOn;
        if (waiting && this.mayWait({ ...waiting, leading: false })) {
            // While both requests are still there, nothing changed for us: one ls-remote instead of a
            // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
            const present = await queuedRefsPresent(this.git, [request.ref, `${LANDING_QUEUE_PREFIX}${waiting.leader}`]);
            if (present === 2)
                return { kind: 'waiting', ...waiting, leading: false };
        }
        const outcome = await runLandingRound(this.git, {
            branch: this.options.branch,
            request,
            since: request.since,
            ...(request.pushed ? { pushed: request.pushed } : {}),
            message: this.options.message,
            mayWait: (queue) => this.mayWait(queue),
            key: this.options.key,
            now: Date.now,
            ...(this.options.signing ? { signing: this.options.signing } : {}),
        });
        this.waitingOn =
            outcome.kind === 'waiting' && !outcome.leading ? { leader: outcome.leader, pending: outcome.pending } : undefined;
        return outcome;
    }
    /**
     * The leader waits while writers are still queueing (the queue grew since its last look): a
     * moment more lands them all in this one push instead of leaving them for another leader. The
     * others leave the landing to the leader for the grace period, then land the queue themselves.
     */
    mayWait({ leader, leading, pending }) {
        if (leading) {
            const growing = pending > this.queueSizeSeen;
            this.queueSizeSeen = pending;
            return growing && Date.now() - this.request.queuedAt < LANDING_SETTLE_MS;
        }
        const firstSeen = this.leadersSeen.get(leader) ?? Date.now();
        this.leadersSeen.set(leader, firstSeen);
        return Date.now() - firstSeen < (this.options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
    }
    /** See `abandonRequest`. */
    abandon(failure) {
        return abandonRequest(this.git, this.options.branch, this.request, this.options.message, failure);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/cancellation.ts


/** How long the clean-up on a signal may take before the process exits anyway. */
const CANCEL_CLEANUP_MS = 5_000;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
/** The writers of this process that are running, by the signals they are guarded against. */
const guarded = new Map();
/**
 * On SIGTERM or SIGINT (what a runner sends a cancelled step), withdraws the writer's request with
 * a leased delete, so it cannot land after the step was cancelled, removes the clone and exits with
 * 128 + the signal's number. Without a handler Node would exit at once and leave both behind. One
 * handler per signal serves every writer of the process.
 */
function guardCancellation(scope, signals = ['SIGTERM', 'SIGINT'], log) {
    const entry = { scope, log };
    for (const signal of signals) {
        let writers = guarded.get(signal);
        if (!writers) {
            writers = new Set();
            guarded.set(signal, writers);
            process.on(signal, onSignal);
        }
        writers.add(entry);
    }
    return {
        dispose: () => {
            for (const signal of signals) {
                const writers = guarded.get(signal);
                writers?.delete(entry);
                if (writers?.size === 0) {
                    guarded.delete(signal);
                    process.removeListener(signal, onSignal);
                }
            }
        },
    };
}
function onSignal(signal) {
    const code = 128 + (SIGNAL_NUMBERS[signal] ?? 15);
    const writers = [...(guarded.get(signal) ?? [])];
    const timer = setTimeout(() => process.exit(code), CANCEL_CLEANUP_MS);
    void Promise.allSettled(writers.map(({ scope, log }) => cancel(scope, signal, log))).then(() => {
        clearTimeout(timer);
        process.exit(code);
    });
}
async function cancel(scope, signal, log) {
    try {
        if (scope.request) {
            const outcome = await withdrawRequest(scope.git, scope.request);
            log?.warning(outcome === 'withdrawn'
                ? `Cancelled (${signal}): withdrew the queued request ${scope.request.ref}.`
                : `Cancelled (${signal}): the queued request ${scope.request.ref} was already settled.`);
        }
    }
    catch (error) {
        log?.warning(`Cancelled (${signal}): could not withdraw the queued request: ${error.message}`);
    }
    finally {
        await removeScratchClone(scope.dir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts

class GitHubApiError extends src/* ShipgateError */.Yu {
    status;
    retryAfterMs;
    name = 'GitHubApiError';
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The request that opens the pull request (`POST /repos/{owner}/{repo}/pulls`). */
function createPullRequestRequest(options) {
    return {
        method: 'POST',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls`,
        headers: apiHeaders(options.token),
        body: JSON.stringify({ title: options.title, head: options.head, base: options.base, body: options.body }),
    };
}
/** The request that finds the open pull request from `head` into `base`. */
function findPullRequestRequest(options) {
    const query = new URLSearchParams({ state: 'open', head: `${options.owner}:${options.head}`, base: options.base });
    return {
        method: 'GET',
        url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls?${query}`,
        headers: apiHeaders(options.token),
    };
}
function apiHeaders(token) {
    return {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': 'shipgate-gitops-commit',
        'x-github-api-version': '2022-11-28',
    };
}
/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. Retries rate limits and server errors only.
 */
async function openOrUpdatePullRequest(options) {
    const send = async (request) => (0,src/* retry */.L5)(async () => {
        const response = await (options.fetch ?? fetch)(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body ? { body: request.body } : {}),
        });
        const text = await response.text();
        let body = text;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            // keep the text for the error message
        }
        if ((0,src/* isRetryableStatus */.PS)(response.status) || (response.status === 403 && response.headers.get('retry-after'))) {
            throw new GitHubApiError(`${request.method} ${new URL(request.url).pathname} answered ${response.status}`, response.status, (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after')));
        }
        return { status: response.status, body };
    }, {
        attempts: 4,
        baseDelayMs: options.retryDelays?.baseDelayMs ?? 1000,
        maxDelayMs: options.retryDelays?.maxDelayMs ?? 10_000,
        isRetryable: (error) => error instanceof GitHubApiError,
        requestedDelayMs: (error) => (error instanceof GitHubApiError ? error.retryAfterMs : undefined),
    });
    const created = await send(createPullRequestRequest(options));
    if (created.status === 201) {
        const pull = created.body;
        return { url: pull.html_url, number: pull.number, created: true };
    }
    const message = apiMessage(created.body);
    if (created.status === 422 && /already exists/i.test(message)) {
        const found = await send(findPullRequestRequest(options));
        const pulls = found.status === 200 && Array.isArray(found.body) ? found.body : [];
        const open = pulls[0];
        if (open && typeof open.html_url === 'string') {
            return { url: open.html_url, number: Number(open.number), created: false };
        }
        throw new GitHubApiError(`A pull request from ${options.head} already exists but could not be listed (GET pulls answered ${found.status}).`, found.status);
    }
    throw new GitHubApiError(`Opening the pull request from ${options.head} into ${options.base} failed with ${created.status}: ${message}`, created.status);
}
function apiMessage(body) {
    if (body && typeof body === 'object') {
        const record = body;
        const details = (record.errors ?? []).map((error) => error.message).filter((m) => typeof m === 'string');
        return [record.message, ...details].filter(Boolean).join('; ');
    }
    return String(body ?? '');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/gitops/src/kustomization.ts

/** The file `kubectl kustomize <path>`, Argo CD and Flux's kustomize-controller look for. */
const KUSTOMIZATION_FILE = 'kustomization.yaml';
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * The kustomization.yaml for an environment path holding `files` (paths relative to it): every
 * YAML file as a resource, sorted, so `kubectl kustomize apps/web/staging` and a Flux
 * Kustomization render exactly the committed manifests. `undefined` when the files bring their own
 * kustomization (theirs is kept) or hold no YAML.
 */
function kustomizationFor(files) {
    if (files.some((file) => KUSTOMIZATION_NAMES.has(file.toLowerCase())))
        return undefined;
    const resources = files.filter((file) => /\.ya?ml$/i.test(file)).sort();
    if (resources.length === 0)
        return undefined;
    return (0,dist/* stringify */.As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}
/**
 * Whether to write it: as the `kustomization` input says; when it is not given, for a new path,
 * and for a path that already has one (so prune does not delete it), but not for an existing path
 * without one, whose controller may be set up for plain YAML.
 */
function wantsKustomization(setting, target) {
    if (setting !== undefined)
        return setting;
    return !target.pathExists || target.hasKustomization;
}

;// CONCATENATED MODULE: ./packages/gitops/src/writer.ts











/** One attempt: a landing round when queued, else fetch, build, push. */
async function runAttempt(context, state, attempt) {
    const current = state.message ? { ...context, message: state.message } : context;
    return state.seat ? landingRound(current, state) : pushAttempt(current, state, attempt);
}
async function pushAttempt(context, state, attempt) {
    const { git, pushBranch } = context;
    const step = state.last ? await rebuildAfterRace(context, state.last) : await buildOnFreshTip(context);
    if ('landed' in step)
        return { settled: { pushed: true, commitSha: step.landed } };
    if ('refused' in step)
        return { settled: { pushed: false, tip: step.tip, refused: step.refused } };
    if ('unchanged' in step)
        return { settled: { pushed: false, tip: step.tip } };
    const built = step.built;
    if (context.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, built.tree))) {
        return { settled: { pushed: false, tip: built.tip, unchangedPullRequest: true } };
    }
    const pushed = await pushRefs(git, [
        { ref: `refs/heads/${pushBranch}`, from: built.commitSha, force: context.mode === 'pull-request' },
    ]);
    if (pushed.kind === 'pushed')
        return { settled: { pushed: true, commitSha: built.commitSha } };
    if (pushed.kind === 'fatal') {
        throw new src/* ConfigurationError */.j1(`The push to ${pushBranch} was refused by the server: ${pushed.message}`);
    }
    const next = { last: built, ...(state.message ? { message: state.message } : {}) };
    if (context.queueable && pushed.kind === 'race' && !state.message) {
        const seat = await queueDeploy(context, built, attempt, pushed);
        if (seat)
            Object.assign(next, { seat, message: seat.message });
    }
    return { retry: pushed.message, state: next };
}
/** Posts the deploy to the landing queue after a lost race; `undefined` when the queue refused it. */
async function queueDeploy(context, built, attempt, lost) {
    const { git, deploy } = context;
    const pathTree = await git(['rev-parse', '--verify', '--quiet', `${built.tree}:${deploy.path}`], {
        ignoreReturnCode: true,
    });
    const announced = await announceDeploy(git, {
        pathTree: pathTree.exitCode === 0 ? pathTree.stdout.trim() : undefined,
        branch: context.baseBranch,
        path: deploy.path,
        message: context.message,
        identity: context.identity,
        key: context.queue.key,
        now: Date.now(),
    });
    if ('failed' in announced) {
        context.log.info(`Could not queue this deploy under ${LANDING_QUEUE_PREFIX} (${'message' in announced.failed ? announced.failed.message : 'push failed'}); re-applying it alone.`);
        return undefined;
    }
    const seat = new LandingQueueSeat(git, { ...announced.queued, since: built.tip, pushed: built.commitSha }, { ...context.queue, message: announced.queued.message, ...(context.signing ? { signing: context.signing } : {}) });
    context.log.info(`Push attempt ${attempt} lost a race (${lost.message}); queued this deploy as ${seat.request.ref}, so whichever writer pushes next lands it too.`);
    return seat;
}
async function landingRound(context, state) {
    const { log } = context;
    const seat = state.seat;
    const round = await seat.round();
    // Going on alone: from scratch, still with the queued message (see `WriterState.message`).
    const done = state.message ? { message: state.message } : {};
    switch (round.kind) {
        case 'landed':
            if (round.landedBy === 'another writer')
                log.info(`Another writer landed this deploy as ${round.commitSha}.`);
            else if (round.alongside > 0)
                log.info(`Landed ${round.alongside} queued deploy(s) of other writers with this one.`);
            return { settled: { pushed: true, commitSha: round.commitSha } };
        case 'unchanged':
            return { settled: { pushed: false, tip: round.tip } };
        case 'refused':
            return { settled: { pushed: false, tip: round.tip, refused: round.reason } };
        case 'waiting':
            return { wait: round, state };
        case 'requeue':
            return { retry: `${context.baseBranch} is gone from the server`, state: done };
        case 'withdrawn':
            return { retry: 'the deploy waited in the landing queue for too long', state: done };
        case 'push-failed':
            if (round.outcome.kind === 'fatal') {
                throw new src/* ConfigurationError */.j1(`The push to ${context.pushBranch} was refused by the server: ${round.outcome.message}`);
            }
            return { retry: round.outcome.message, state };
    }
}
/** The first attempt (or one after the branch was rewritten or gone): fetch commits only, build on the tip. */
async function buildOnFreshTip(context) {
    const { git, baseBranch } = context;
    const tip = (await fetchBranch(git, baseBranch, { filter: 'tree:0' })) ? await tipOf(git, baseBranch) : undefined;
    return buildOnTip(context, tip, async () => (tip ? readAllDeployments(git, tip.commit) : []));
}
/**
 * Checks the rules on `tip`, writes our files on it and commits; re-reads nothing it is given.
 * Reading the trail, checking the path and staging our files are independent: they run side by side
 * (the window between fetch and push decides races), and the rules decide before anything leaves
 * this clone.
 */
async function buildOnTip(context, tip, readHistory) {
    const { git, deploy } = context;
    const [history, pathTree, tipFiles] = await settleAll([
        readHistory(),
        tip ? inspectTargetPath(git, tip.commit, deploy.path) : Promise.resolve(undefined),
        (async () => {
            // The index only: no file of the tip is ever checked out, so no blob is fetched. The
            // target path is rewritten in the (sparse) working tree and `git add` stages the difference.
            await git(tip ? ['read-tree', tip.commit] : ['read-tree', '--empty']);
            await writeTargetDirectory(context.workDir, deploy.path, context.files, true);
            return tip ? readFilesAt(git, tip.commit, RULE_FILES) : new Map();
        })(),
    ]);
    const decision = checkDeployRules({
        deploy,
        tip: tip?.commit,
        history,
        files: await readSourceFiles(context.files),
        tipFiles,
        landing: 'alone',
    });
    if (decision.verdict === 'fail')
        throw decision.error;
    if (decision.verdict === 'refuse')
        return { refused: decision.reason, tip: tip?.commit };
    await writeKustomization(context, tip?.commit, pathTree);
    // Without prune, index entries we did not write stay (the working tree never had them).
    await git(['add', context.prune ? '--all' : '--ignore-removal', '--sparse', '--', deploy.path]);
    // --missing-ok: the tip's blobs exist on the server; checking them here would fetch them all.
    const tree = (await git(['write-tree', '--missing-ok'])).stdout.trim();
    if (tree === tip?.tree)
        return { unchanged: true, tip: tip.commit };
    const commitSha = await writeCommit(git, { tree, parent: tip?.commit, message: context.message }, context.signing);
    return { built: { tip: tip?.commit, history, pathTree, tree, commitSha } };
}
/**
 * The generated kustomization.yaml beside our files when wanted; it is not one of the rendered
 * files, so the rules (and the config hash an approval binds) see the files alone.
 */
async function writeKustomization(context, tip, pathTree) {
    const text = kustomizationFor(context.files.map((file) => file.relativePath));
    if (text === undefined)
        return;
    const path = `${context.deploy.path}/${KUSTOMIZATION_FILE}`;
    const hasKustomization = tip !== undefined &&
        pathTree !== undefined &&
        (await context.git(['ls-tree', '--name-only', tip, '--', path])).stdout.trim() !== '';
    if (!wantsKustomization(context.kustomization, { pathExists: pathTree !== undefined, hasKustomization }))
        return;
    await (0,promises_.writeFile)((0,external_node_path_.join)(context.workDir, path), text);
}
async function readSourceFiles(files) {
    const contents = await Promise.all(files.map((file) => (0,promises_.readFile)(file.absolutePath)));
    return new Map(files.map((file, index) => [file.relativePath, contents[index]]));
}
/**
 * After a lost race (or a push whose reply never came): fetch only what is new. When our own commit
 * is on the branch, the earlier push landed after all. Otherwise check the new commits' trail; when
 * none of them touched our path, merge our commit's tree with the new tip's (`merge-tree`: no
 * index, no working tree, no blob read, since the two sides changed different paths) instead of
 * writing and staging the files again, keeping the window between fetch and push short.
 */
async function rebuildAfterRace(context, previous) {
    const { git, baseBranch, deploy } = context;
    const fetched = await fetchBranch(git, baseBranch, { filter: 'blob:none' });
    if (!fetched)
        return buildOnTip(context, undefined, async () => []);
    const tracking = remoteTrackingRef(baseBranch);
    if (context.mode === 'push' && (await isOnBranch(git, previous.commitSha, tracking))) {
        context.log.info(`The server took push ${previous.commitSha} though its reply was lost.`);
        return { landed: previous.commitSha };
    }
    // The branch was created meanwhile: everything on it is new to us.
    if (!previous.tip) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    const [{ newest, deployments, rewritten }, pathTree] = await settleAll([
        readNewCommits(git, baseBranch, previous.tip),
        inspectTargetPath(git, tracking, deploy.path),
    ]);
    if (rewritten) {
        const tip = await tipOf(git, baseBranch);
        return buildOnTip(context, tip, () => readAllDeployments(git, tip.commit));
    }
    // The tip did not move (a lock lost to another push, a dropped connection): push it again.
    if (!newest)
        return { built: previous };
    const history = [...deployments, ...previous.history];
    if (pathTree === previous.pathTree) {
        const decision = checkDeployRules({
            deploy,
            tip: newest,
            history,
            tipFiles: await readFilesAt(git, newest, RULE_FILES),
            landing: 'alone',
            files: await readSourceFiles(context.files),
        });
        if (decision.verdict === 'fail')
            throw decision.error;
        if (decision.verdict === 'refuse')
            return { refused: decision.reason, tip: newest };
        const tree = await mergeOurPath(git, previous.commitSha, newest);
        if (tree) {
            const commitSha = await writeCommit(git, { tree, parent: newest, message: context.message }, context.signing);
            return { built: { tip: newest, history, pathTree, tree, commitSha } };
        }
    }
    // Someone else changed our path (or the merge was not clean): start over on the new tip.
    return buildOnTip(context, await tipOf(git, baseBranch), async () => history);
}
/** Our commit's change merged onto `newest`, renames off (our change replaces one path); `undefined` unless clean. */
async function mergeOurPath(git, ours, newest) {
    const merged = await git(['-c', 'merge.renames=false', '-c', 'merge.directoryRenames=false', 'merge-tree', '--write-tree', ours, newest], { ignoreReturnCode: true });
    const tree = merged.stdout.split('\n', 1)[0]?.trim() ?? '';
    return merged.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
}
/**
 * The commits fetched on top of `since`: the newest one (the new tip; `undefined` when the tip did
 * not move), the deployments among them, newest first, and whether `since` is no longer on the
 * branch (it was rewritten: nothing learnt from the old tip may be reused).
 */
async function readNewCommits(git, branch, since) {
    // The symmetric difference marks commits only the old tip reaches with `<`: then the branch was
    // rewritten. In topological order the new tip comes before every other `>` commit (its ancestors).
    const { stdout } = await git([
        'log',
        '-z',
        '--topo-order',
        '--left-right',
        `--format=%m${DEPLOYMENT_LOG_FORMAT}`,
        `${since}...${remoteTrackingRef(branch)}`,
    ]);
    const records = stdout
        .split('\u0000')
        .map((record) => record.replace(/^\n+/, ''))
        .filter(Boolean);
    const rewritten = records.some((record) => record.startsWith('<'));
    const added = records.filter((record) => record.startsWith('>')).map((record) => record.slice(1));
    const newest = added[0]?.split('\u001f', 1)[0] || undefined;
    return { newest, deployments: parseDeploymentLog(added.join('\u0000')), rewritten };
}
/**
 * The object at the target path in `commit` (its tree, `undefined` when absent), after refusing a
 * path that goes through a symlink (or submodule) in the repository: git would record our files
 * beside a link that points elsewhere, possibly outside the repository. A retry compares it with
 * the previous tip's to know whether anyone else wrote to the path meanwhile.
 */
async function inspectTargetPath(git, commit, path) {
    const parts = path.split('/');
    const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    const { stdout } = await git(['ls-tree', '-z', commit, '--', ...prefixes]);
    let pathObject;
    for (const entry of stdout.split('\0')) {
        const match = entry.match(/^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s);
        if (!match || !prefixes.includes(match[3] ?? ''))
            continue;
        if (match[1] === '120000' || match[1] === '160000') {
            throw new src/* ConfigurationError */.j1(`Input "path" goes through ${match[3]}, a ${match[1] === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`);
        }
        if (match[3] === path)
            pathObject = `${match[1]} ${match[2]}`;
    }
    return pathObject;
}
/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git, branch, tree) {
    try {
        if (!(await fetchBranch(git, branch, { filter: 'tree:0' })))
            return false;
    }
    catch {
        return false;
    }
    return (await git(['rev-parse', `${remoteTrackingRef(branch)}^{tree}`])).stdout.trim() === tree;
}
/**
 * `Promise.all` that waits for every operation before failing, so no git process is still
 * running in the clone when the caller reacts to the first error (and removes the clone).
 */
async function settleAll(operations) {
    const settled = await Promise.allSettled(operations);
    const failed = settled.find((entry) => entry.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((entry) => entry.value);
}

;// CONCATENATED MODULE: ./packages/gitops/src/deploy.ts














const DEFAULT_AUTHOR = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const DEFAULT_MESSAGE = 'Deploy {app} to {environment}';
/**
 * Backoff between push attempts (full jitter). A lost race usually needs only a re-fetch, so the
 * first retries come quickly; the steep factor still spreads a crowd of writers within a few
 * attempts, and the cap keeps enough total wait within the default 10 attempts for 32 writers
 * on one branch.
 */
const RACE_RETRY = {
    baseDelayMs: 100,
    maxDelayMs: 8_000,
    factor: 3,
};
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency: plan (every input checked before the remote is touched), clone,
 * land (attempts until settled, see writer.ts), then the pull request and the result.
 */
async function deployToGitOps(options) {
    const plan = await planDeploy(options);
    checkModeInputs(options, plan, resolveRepositoryAccess(options));
    if (options.queueKey)
        options.setSecret?.(options.queueKey);
    const identity = options.author ?? DEFAULT_AUTHOR;
    const clone = await openScratchClone(options, {
        purpose: 'gitops',
        bare: false,
        identity,
        readRetry: readRetryOf(options),
    });
    const scope = { git: clone.git, dir: clone.dir };
    const cancellation = guardCancellation(scope, options.cancelSignals, options.log);
    try {
        const context = await writerContext(options, plan, clone, identity);
        const { settled, attempts } = await landUntilSettled(context, plan.maxAttempts, options, scope);
        return await reportDeploy(options, plan, context, settled, attempts, clone.url);
    }
    finally {
        cancellation.dispose();
        await removeScratchClone(clone.dir);
    }
}
function checkModeInputs(options, plan, url) {
    if (plan.mode === 'pull-request' && !ownerAndName(url)) {
        throw new src/* ConfigurationError */.j1(`Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`);
    }
    if (plan.mode === 'pull-request' && !options.token) {
        throw new src/* ConfigurationError */.j1(`Input "token" is required for mode "pull-request".`);
    }
}
function readRetryOf(options) {
    return options.retryDelays ? { attempts: 4, ...options.retryDelays } : undefined;
}
async function writerContext(options, plan, clone, identity) {
    const { git } = clone;
    const baseBranch = options.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
    validateBranch(baseBranch, 'branch');
    // Cone mode: the working tree only ever holds the target path (and top-level files). The
    // index is a plain one: a sparse index makes write-tree fetch every blob of the tip. (Not beside
    // the first fetch: a filtered fetch writes the config too.)
    await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);
    const key = options.queueKey || options.token;
    const queueable = mayQueue({ ...plan, ...options }).queue;
    if (queueable && !key) {
        options.log.info('No queue key (no "token" or "queue-key"): this writer lands only its own deploy from the landing queue.');
    }
    return {
        git,
        workDir: clone.repoDir,
        log: options.log,
        deploy: plan.deploy,
        files: plan.files,
        message: plan.message,
        prune: plan.prune,
        kustomization: plan.kustomization,
        mode: plan.mode,
        baseBranch,
        pushBranch: plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch,
        queueable,
        queue: {
            branch: baseBranch,
            message: plan.message,
            key,
            ...(options.landingQueue?.leaderGraceMs !== undefined
                ? { leaderGraceMs: options.landingQueue.leaderGraceMs }
                : {}),
        },
        identity: `${identity.name} <${identity.email}>`,
        ...(options.signing ? { signing: options.signing } : {}),
    };
}
/**
 * Attempts until one settles: a lost race backs off and tries again (from what the last attempt
 * built, or as a landing round once queued); looking at the queue while another writer lands it is
 * not an attempt. A writer that gives up never leaves a request behind that could land later.
 */
async function landUntilSettled(context, maxAttempts, options, scope) {
    let state = {};
    for (let attempt = 1;; attempt++) {
        let result = await abandonOnError(state, () => runAttempt(context, state, attempt));
        while ('wait' in result) {
            scope.request = result.state.seat?.request;
            await (0,src/* sleep */.yy)(options.landingQueue?.lookDelayMs ?? landingLookDelay(result.wait));
            const waiting = result.state;
            result = await abandonOnError(waiting, () => runAttempt(context, waiting, attempt));
        }
        if ('settled' in result)
            return { settled: result.settled, attempts: attempt };
        state = result.state;
        scope.request = state.seat?.request;
        if (attempt >= maxAttempts) {
            const failure = new src/* ShipgateError */.Yu(`The push to ${context.pushBranch} was rejected ${maxAttempts} times (last: ${result.retry}); raise "max-attempts" or try again.`);
            if (!state.seat)
                throw failure;
            return { settled: { pushed: true, commitSha: await state.seat.abandon(failure) }, attempts: attempt };
        }
        const policy = state.seat ? LANDING_RETRY : RACE_RETRY;
        const delayMs = (0,src/* backoffDelay */.EY)(attempt, {
            baseDelayMs: options.retryDelays?.baseDelayMs ?? policy.baseDelayMs,
            maxDelayMs: options.retryDelays?.maxDelayMs ?? policy.maxDelayMs,
            factor: policy.factor,
        });
        if (!state.seat) {
            context.log.info(`Push attempt ${attempt} of ${maxAttempts} lost a race (${result.retry}); fetching the new tip and re-applying in ${delayMs} ms.`);
        }
        if (delayMs > 0)
            await (0,src/* sleep */.yy)(delayMs);
    }
}
/** Runs an attempt; when it fails while our deploy is queued, the request is withdrawn first. */
async function abandonOnError(state, attempt) {
    try {
        return await attempt();
    }
    catch (error) {
        if (!state.seat)
            throw error;
        return { settled: { pushed: true, commitSha: await state.seat.abandon(error) } };
    }
}
/** The result, the log lines that say what happened, and the pull request in that mode. */
async function reportDeploy(options, plan, context, settled, attempts, url) {
    const { log } = options;
    const result = {
        changed: settled.pushed,
        commitSha: settled.pushed ? settled.commitSha : (settled.tip ?? ''),
        attempts: !settled.pushed && settled.refused ? 0 : attempts,
        branch: context.pushBranch,
        path: plan.path,
    };
    if (!settled.pushed && settled.refused) {
        result.refused = settled.refused;
        log.notice(`Not deploying ${options.app} to ${options.environment}: ${settled.refused}. Set allow-downgrade: true to deploy it anyway.`);
        return result;
    }
    const unchangedPullRequest = !settled.pushed && settled.unchangedPullRequest === true;
    if (!settled.pushed && !unchangedPullRequest) {
        log.info(`${plan.path} on ${context.baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (settled.pushed || unchangedPullRequest)) {
        const repo = ownerAndName(url);
        const pull = await openOrUpdatePullRequest({
            apiUrl: options.apiUrl ?? 'https://api.github.com',
            token: options.token,
            owner: repo.owner,
            repo: repo.name,
            head: context.pushBranch,
            base: context.baseBranch,
            title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
            body: plan.message,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
        });
        result.pullRequestUrl = pull.url;
        log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    }
    else if (settled.pushed) {
        log.info(`Committed ${result.commitSha} to ${context.pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
}
/** Validates every input and builds the commit message; no side effects outside reading files. */
async function planDeploy(options) {
    if (!NAME_PATTERN.test(options.app)) {
        throw new src/* ConfigurationError */.j1(`Input "app" must be letters, digits, ".", "_" or "-", got "${options.app}".`);
    }
    if (!NAME_PATTERN.test(options.environment)) {
        throw new src/* ConfigurationError */.j1(`Input "environment" must be letters, digits, ".", "_" or "-", got "${options.environment}".`);
    }
    if (options.branch !== undefined)
        validateBranch(options.branch, 'branch');
    const path = confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const maxAttempts = options.maxAttempts ?? 10;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new src/* ConfigurationError */.j1(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
    }
    const imageRefs = options.imageRefs.map((ref) => (0,image_src/* requireDigestReference */.L1)(ref, 'image-ref').toString());
    const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
    if (options.scanRecord && !digests.has(options.scanRecord.digest)) {
        throw new src/* ConfigurationError */.j1(`Input "scan-record" is for ${options.scanRecord.imageRef}, which is not one of the images being deployed.`);
    }
    if (options.scanRecord && options.scan !== undefined) {
        throw new src/* ConfigurationError */.j1(`Inputs "scan" and "scan-record" must not be given together; pass one verdict.`);
    }
    const scan = options.scanRecord
        ? (0,scan_src/* formatScanTrailer */.Ox)(options.scanRecord)
        : options.scan !== undefined
            ? normalizeScanTrailer(options.scan)
            : undefined;
    if (options.sourceTime !== undefined && Number.isNaN(Date.parse(options.sourceTime))) {
        throw new src/* ConfigurationError */.j1(`Input "source-time" must be an ISO 8601 time, got "${options.sourceTime}".`);
    }
    const requireApproval = options.requireApproval ?? options.environment === 'production';
    if (requireApproval && !options.approvalRecord) {
        throw new src/* ConfigurationError */.j1(`Input "approval-record" is required to deploy to "${options.environment}" (require-approval is true).`);
    }
    if (options.approvalRecord) {
        (0,approvals_src/* verifyApprovalBinding */.I9)(options.approvalRecord, {
            app: options.app,
            environment: options.environment,
            imageRefs,
            configHash: options.configHash ?? '',
        });
    }
    const files = await listSourceFiles(options.sourceDir);
    if (files.length === 0 && !options.allowEmpty) {
        throw new src/* ConfigurationError */.j1(`Input "source-dir" (${options.sourceDir}) is empty, which would delete ${path}; set allow-empty: true to remove the deployment on purpose.`);
    }
    const trail = {
        app: options.app,
        environment: options.environment,
        imageRefs,
        ...(options.source ? { source: options.source } : {}),
        ...(options.sourceTime ? { sourceTime: new Date(Date.parse(options.sourceTime)).toISOString() } : {}),
        ...(options.runUrl ? { run: options.runUrl } : {}),
        ...(scan ? { scan } : {}),
        ...(options.configHash ? { configHash: options.configHash } : {}),
        approvedBy: [...new Set((options.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
        ...(options.rollback
            ? {
                rollbackOf: options.rollback.of,
                rollbackTo: options.rollback.to,
                ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
            }
            : {}),
        ...(files.length === 0 ? { removal: true } : {}),
    };
    const rendered = renderMessageTemplate(options.message || DEFAULT_MESSAGE, {
        app: options.app,
        environment: options.environment,
        image: imageRefs[0] ?? '',
        digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
        source: options.source ?? '',
    });
    return {
        path,
        deploy: {
            ...trail,
            path,
            ...(options.allowDowngrade ? { allowDowngrade: true } : {}),
            ...(options.expectCurrentCommit ? { expectCurrentCommit: options.expectCurrentCommit } : {}),
        },
        files,
        message: buildCommitMessage(rendered, trail),
        prune: options.prune ?? true,
        kustomization: options.kustomization,
        mode: options.mode ?? 'push',
        maxAttempts,
    };
}
const PLACEHOLDERS = ['app', 'environment', 'image', 'digest', 'short-digest', 'source'];
/** Fills `{app}`, `{environment}`, `{image}`, `{digest}`, `{short-digest}`, `{source}`; values become one line. */
function renderMessageTemplate(template, values) {
    const shortDigest = values.digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
    const all = { ...values, 'short-digest': shortDigest };
    return template.replace(/\{([a-z-]+)\}/g, (whole, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new src/* ConfigurationError */.j1(`Input "message" uses an unknown placeholder ${whole}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
        }
        return sanitizeTrailerValue(all[name]);
    });
}
function validateBranch(branch, inputName) {
    if (!branch ||
        branch.startsWith('-') ||
        branch.startsWith('/') ||
        branch.endsWith('/') ||
        branch.endsWith('.lock') ||
        branch.includes('..') ||
        branch.includes('//') ||
        branch.includes('@{') ||
        /[\u0000-\u0020\u007f~^:?*[\\]/.test(branch)) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" is not a valid branch name: "${branch}".`);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/report.ts






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
            metrics: computeDoraMetrics(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
        };
    });
    return { app: options.app, since: since.toISOString(), until: until.toISOString(), environments };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && dora_sameCommit(d.commitSha, deployment.rollbackTo))
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
const report_DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += report_DAY_MS)
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
const UNIT_MS = { m: 60_000, h: 3_600_000, d: report_DAY_MS, w: 7 * report_DAY_MS };
/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC).
 */
function parseSince(value, now, input = 'since') {
    const trimmed = value.trim();
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}" must be a duration greater than zero.`);
        return new Date(now.getTime() - amount * UNIT_MS[duration[2]]);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime())
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be in the past, got "${value}".`);
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
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
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await readDeployments({ ...repositoryAccess(options), exec: options.exec });
    for (const warning of unknownNameWarnings(everyApp, options.app, options.environments))
        options.log.warning(warning);
    const all = everyApp.filter((d) => d.app === options.app);
    const histories = new Map(options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]));
    for (const [environment, history] of histories) {
        options.log.info(`${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`);
    }
    const report = buildDeploymentReport({ app: options.app, since: options.since, until: options.until, histories });
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
        throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to promote.`);
    const what = `The current deployment of ${where} (${current.commitSha.slice(0, 7)})`;
    if (current.imageRefs.length === 0)
        throw new src/* ConfigurationError */.j1(`${what} names no image to promote.`);
    const unpinned = current.imageRefs.find((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
    if (unpinned)
        throw new src/* ConfigurationError */.j1(`${what} names ${unpinned}, which is not pinned by digest.`);
    // A rollback commit restores a deploy's image; when it carries no scan trailer of its own, the
    // restored deploy's verdict is the image's.
    const restored = current.kind === 'rollback' && current.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && dora_sameCommit(d.commitSha, current.rollbackTo))
        : undefined;
    const scan = current.scan ?? restored?.scan;
    const verdict = scanVerdictOf({ scan });
    if (verdict !== 'pass') {
        const recorded = scan ? `"${scan}"` : 'no scan verdict';
        throw new src/* ConfigurationError */.j1(`${what} cannot be promoted: its scan recorded ${recorded}, not pass.`);
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
        reference = (0,image_src/* parseImageReference */.o_)(value);
    }
    catch (error) {
        if (error instanceof image_src/* ImageReferenceError */.rI) {
            throw new src/* ConfigurationError */.j1(`Input "${input}" is not a valid image repository: ${error.message}`);
        }
        throw error;
    }
    if (reference.digest) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must name a repository without a digest, got "${value}".`);
    }
    return reference;
}
/**
 * Copies the promoted image by digest into `target`'s repository and checks that the registry
 * now serves the same digest there: the exact bytes that were tested, not a rebuild. Returns
 * `target-repository@digest`.
 */
async function copyPromotedImage(imageRef, target, registry, log) {
    const source = (0,image_src/* parseImageReference */.o_)(imageRef);
    if (!source.digest)
        throw new src/* ConfigurationError */.j1(`${imageRef} is not pinned by digest.`);
    const destination = target.tag ? `${target.name}:${target.tag}` : target.name;
    if (target.name === source.name && !target.tag) {
        log.info(`${imageRef} is already in ${target.name}; nothing to copy.`);
        return imageRef;
    }
    const copied = await registry.copyImage(imageRef, destination);
    const pinned = `${target.name}@${source.digest}`;
    const served = await registry.headManifest(pinned);
    if (copied.digest !== source.digest || served?.digest !== source.digest) {
        throw new src/* ShipgateError */.Yu(`Copying ${imageRef} to ${target.name} changed the digest: the registry serves ${served?.digest ?? 'nothing'} for ${pinned}.`);
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
        throw new src/* ConfigurationError */.j1(`Input "to-environment" must differ from "from-environment" (${options.fromEnvironment}).`);
    }
    if (options.toImage && !options.registry)
        throw new Error('promote: a registry client is needed to copy the image.');
    const history = await readDeployments({
        ...repositoryAccess(options),
        exec: options.exec,
        path: options.path,
        app: options.app,
        environment: options.fromEnvironment,
    });
    const candidate = choosePromotion(history, `${options.app} in ${options.fromEnvironment}`);
    options.log.info(`Promoting ${candidate.imageRefs.join(', ')} (${candidate.source || 'unknown source'}, scan pass) from ${options.fromEnvironment} to ${options.toEnvironment}.`);
    let imageRefs = candidate.imageRefs;
    if (options.toImage) {
        if (candidate.imageRefs.length !== 1) {
            throw new src/* ConfigurationError */.j1(`Input "to-image" names one repository, but ${options.app} in ${options.fromEnvironment} deploys ${candidate.imageRefs.length} images.`);
        }
        imageRefs = [await copyPromotedImage(candidate.imageRefs[0], options.toImage, options.registry, options.log)];
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
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/report-summary.ts

/**
 * The job summary of a deployment report: per environment, the metrics, a chart and the history
 * table, cut at `maxRows` rows (GitHub refuses step summaries over 1 MiB; the JSON has every row).
 */
function renderReportSummary(report, maxRows = 100) {
    const summary = new src/* Summary */.BD().heading(`Deployments of ${report.app}`);
    summary.paragraph(`From ${report.since} to ${report.until} (UTC).`);
    if (report.environments.length > 0) {
        summary.table(['environment', 'deploys', 'per day', 'lead time (median / p90)', 'change failure rate', 'time to restore'], report.environments.map((env) => metricsRow(env)));
    }
    for (const env of report.environments) {
        summary.heading(env.environment, 3);
        if (env.current) {
            summary.paragraph(`Current: ${describeCurrent(env.current)}`);
        }
        else {
            summary.paragraph('No deployment yet.');
        }
        summary.raw(deploysPerDayChart(env));
        if (env.history.length === 0) {
            summary.paragraph('No deploys or rollbacks in this window.');
            continue;
        }
        summary.table(['time (UTC)', 'kind', 'commit', 'image digest', 'source', 'approvers', 'scan'], env.history
            .slice(0, maxRows)
            .map((row) => [
            row.time.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
            row.kind === 'rollback'
                ? `rollback to ${report_summary_short(row.rollbackTo)}${row.reason ? `: ${row.reason}` : ''}`
                : 'deploy',
            report_summary_short(row.commitSha),
            row.imageDigests.map((digest, i) => (digest ? digest.slice(0, 19) : (row.imageRefs[i] ?? ''))).join(', '),
            row.source,
            row.approvers.join(', '),
            row.scanVerdict,
        ]));
        if (env.history.length > maxRows) {
            summary.paragraph(`The newest ${maxRows} of ${env.history.length} commits; the JSON report lists them all.`);
        }
    }
    return summary.toString();
}
function metricsRow(env) {
    const m = env.metrics;
    return [
        env.environment,
        String(m.deploys),
        formatNumber(m.deploysPerDay),
        m.leadTime.medianMs === null
            ? '–'
            : `${formatDuration(m.leadTime.medianMs)} / ${formatDuration(m.leadTime.p90Ms)}`,
        m.changeFailureRate === null
            ? '–'
            : `${formatNumber(m.changeFailureRate * 100)}% (${m.failedDeploys}/${m.deploys})`,
        m.timeToRestore.medianMs === null ? '–' : formatDuration(m.timeToRestore.medianMs),
    ];
}
function describeCurrent(row) {
    const what = row.kind === 'rollback' ? ` (a rollback to ${report_summary_short(row.rollbackTo)})` : '';
    return `commit ${report_summary_short(row.commitSha)}${what}, ${row.source || 'unknown source'}, since ${row.time} (scan: ${row.scanVerdict})`;
}
/** A mermaid bar chart of deploys per UTC day; GitHub renders `xychart-beta` in job summaries. */
function deploysPerDayChart(env) {
    const days = env.deploysPerDay;
    const max = Math.max(1, ...days.map((day) => day.deploys));
    // Labels are quoted: a bare 11-05 would not parse as a category.
    const labels = days.map((day) => `"${day.date.slice(5)}"`).join(', ');
    const values = days.map((day) => day.deploys).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Deploys per day: ${env.environment.replace(/"/g, "'")}"`,
        `    x-axis [${labels}]`,
        `    y-axis "deploys" 0 --> ${max}`,
        `    bar [${values}]`,
        '```',
    ].join('\n');
}
function formatDuration(ms) {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 60)
        return `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
    const days = Math.floor(hours / 24);
    return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
function report_summary_short(sha) {
    return sha ? sha.slice(0, 7) : '?';
}

;// CONCATENATED MODULE: ./packages/gitops/src/rollback.ts











/**
 * Chooses the deployment a rollback restores, from one environment's history (newest first).
 *
 * `to: previous` means the newest deploy commit that is older than what is live now and was not
 * itself rolled back. What is live is the current commit, or for a rollback commit the deploy it
 * restored; so rolling back twice walks further back (D0, D1, D2 → D1 → D0) instead of bouncing
 * between two states, and a deploy named in any `Shipgate-Rollback-Of` is never restored by
 * `previous` (it failed once already). A sha chooses that commit explicitly (a rollback commit's
 * sha means the deploy it restored), even one rolled back before.
 */
function planRollback(history, to, where) {
    const current = history[0];
    if (!current)
        throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back.`);
    const live = restoredDeploy(history, current) ?? current;
    if (to === 'previous') {
        const rolledBack = history.flatMap((d) => (d.kind === 'rollback' && d.rollbackOf ? [d.rollbackOf] : []));
        const liveIndex = history.indexOf(live);
        const target = history
            .slice(liveIndex + 1)
            .find((d) => d.kind === 'deploy' && !rolledBack.some((sha) => dora_sameCommit(sha, d.commitSha)));
        if (!target) {
            throw new src/* ConfigurationError */.j1(`There is no earlier deployment of ${where} to roll back to: ${live.commitSha.slice(0, 7)} is the oldest one not rolled back.`);
        }
        return { current, target };
    }
    if (!/^[0-9a-f]{7,64}$/i.test(to)) {
        throw new src/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${to}".`);
    }
    const named = history.find((d) => dora_sameCommit(d.commitSha, to));
    if (!named)
        throw new src/* ConfigurationError */.j1(`Input "to" names ${to}, which is not a deployment of ${where}.`);
    const target = named.kind === 'deploy' ? named : restoredDeploy(history, named);
    if (!target) {
        throw new src/* ConfigurationError */.j1(`Input "to" names rollback ${to}, whose restored deployment ${named.rollbackTo ?? '(none)'} is not in the history of ${where}.`);
    }
    if (target === live) {
        throw new src/* ConfigurationError */.j1(`Input "to" names ${to}, which is what ${where} runs now; there is nothing to roll back.`);
    }
    return { current, target };
}
/** For a rollback commit, the deploy commit it restored; for a deploy, the deploy itself. */
function restoredDeploy(history, deployment) {
    let cursor = deployment;
    // Bounded: a rollback names an older commit, and a chain cannot be longer than the history.
    for (let hops = 0; cursor && cursor.kind === 'rollback' && hops <= history.length; hops++) {
        const sha = cursor.rollbackTo;
        cursor = sha ? history.find((d) => dora_sameCommit(d.commitSha, sha)) : undefined;
    }
    return cursor?.kind === 'deploy' ? cursor : undefined;
}
/**
 * Writes the files `path` held at `commitSha` into `destination/path`, byte for byte (modes
 * included), from a clone that may be partial: git fetches only the blobs of that tree. Nothing
 * but `destination` is touched (no index, no checkout of the clone).
 */
async function restoreFilesAt(git, commitSha, path, destination) {
    const { stdout } = await git(['ls-tree', '-z', '--name-only', commitSha, '--', path]);
    if (!stdout.split('\u0000').includes(path)) {
        throw new src/* ConfigurationError */.j1(`Deployment ${commitSha.slice(0, 7)} has no files at "${path}" to restore.`);
    }
    await (0,promises_.mkdir)(destination, { recursive: true });
    await git([
        '-c',
        'core.autocrlf=false',
        '-c',
        'core.symlinks=true',
        `--work-tree=${destination}`,
        'restore',
        `--source=${commitSha}`,
        '--worktree',
        '--',
        path,
    ]);
    return (0,external_node_path_.join)(destination, path);
}
/**
 * Restores an earlier deployment of (app, environment): reads the history (commits only), picks
 * the target (see `planRollback`), restores the target's files from the repository's own history
 * (only those blobs are fetched) and commits them through gitops-commit's writer as a new commit
 * with the target's image, source and config-hash trailers plus `Shipgate-Rollback-Of/-To` and
 * `Shipgate-Reason`. The writer's order guard is skipped for this commit (`allowDowngrade`) and
 * from then on refuses the rolled-back source and anything older.
 */
async function rollback(options) {
    const reason = options.reason.trim();
    if (!reason)
        throw new src/* ConfigurationError */.j1('Input "reason" is required: say why this rollback is made.');
    if (options.to !== 'previous' && !/^[0-9a-f]{7,64}$/i.test(options.to)) {
        throw new src/* ConfigurationError */.j1(`Input "to" must be "previous" or a deploy commit sha, got "${options.to}".`);
    }
    const path = confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
    const where = `${options.app} in ${options.environment}`;
    return withScratchClone(options, { purpose: 'rollback', bare: true, subdir: 'repo.git' }, async ({ dir, git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch))) {
            throw new src/* ConfigurationError */.j1(`There is no deployment of ${where} to roll back: the branch does not exist.`);
        }
        // Blobless: commits and trees now, file contents only for the tree that is restored.
        await fetchBranch(git, branch, { filter: 'blob:none' });
        const history = await readDeploymentsFromClone(git, remoteTrackingRef(branch), {
            app: options.app,
            environment: options.environment,
        });
        const { current, target } = planRollback(history, options.to, where);
        options.log.info(`Rolling back ${where} from ${current.commitSha.slice(0, 12)} to ${target.commitSha.slice(0, 12)} (${target.source ?? 'unknown source'}, ${target.imageRefs.join(', ')}).`);
        const sourceDir = await restoreFilesAt(git, target.commitSha, path, (0,external_node_path_.join)(dir, 'restored'));
        return commitRollback(options, { branch, path, sourceDir, reason, current, target });
    });
}
/** The rollback commit, through gitops-commit's writer. */
async function commitRollback(options, restore) {
    const { branch, path, sourceDir, reason, current, target } = restore;
    const result = await deployToGitOps({
        ...repositoryAccess(options),
        branch,
        exec: options.exec,
        log: options.log,
        app: options.app,
        environment: options.environment,
        path,
        sourceDir,
        imageRefs: target.imageRefs,
        configHash: target.configHash,
        // The restored image's verdict goes with it, so the rollback commit can be promoted as is.
        ...(target.scan && scanVerdictOf(target) !== 'unknown' ? { scan: target.scan } : {}),
        source: target.source,
        sourceTime: target.sourceTime,
        approvalRecord: options.approvalRecord,
        requireApproval: options.requireApproval,
        message: `Roll back {app} in {environment} to ${target.commitSha.slice(0, 12)}`,
        prune: true,
        allowDowngrade: true,
        rollback: { of: current.commitSha, to: target.commitSha, reason },
        // A deploy landing after the history was read must not be silently overwritten.
        expectCurrentCommit: current.commitSha,
        runUrl: options.runUrl,
        maxAttempts: options.maxAttempts,
        retryDelays: options.retryDelays,
    });
    if (!result.changed) {
        options.log.warning(`${path} already holds the files of ${target.commitSha.slice(0, 12)}; no rollback commit was made.`);
    }
    return {
        commitSha: result.commitSha,
        changed: result.changed,
        rolledBackTo: target.commitSha,
        rolledBackFrom: current.commitSha,
        target,
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/source-time.ts
/**
 * The source commit's committer time, for `Shipgate-Source-Time`: from the checkout when the
 * commit is there, else from the push event's head commit; `undefined` when neither knows it.
 */
async function resolveSourceTime(lookup) {
    if (/^[0-9a-f]{7,64}$/i.test(lookup.sha)) {
        try {
            const shown = await lookup.exec('git', ['show', '-s', '--format=%cI', lookup.sha], {
                cwd: lookup.workspace,
                ignoreReturnCode: true,
                quiet: true,
            });
            const time = shown.exitCode === 0 ? shown.stdout.trim() : '';
            if (time && !Number.isNaN(Date.parse(time)))
                return time;
        }
        catch {
            // git missing or the workspace is not a directory: fall back to the event
        }
    }
    const headCommit = lookup.payload.head_commit;
    const timestamp = headCommit?.timestamp;
    if (typeof timestamp === 'string' && !Number.isNaN(Date.parse(timestamp)))
        return timestamp;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts
// What the actions and the other packages use; the rest of the package is reached through these.




















/***/ })

};
