export const id = 895;
export const ids = [895];
export const modules = {

/***/ 41895:
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
// EXTERNAL MODULE: ./packages/attest/src/settings.ts + 1 modules
var settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./packages/attest/src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(69978);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/run-action.ts
var run_action = __webpack_require__(68971);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var src_summary = __webpack_require__(50521);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/image/src/build-secrets.ts



const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
/**
 * The `secrets` input as build-push-action reads it: one `id=value` per line, where a line may be
 * wrapped in double quotes (`"id=value"`, `""` for a quote) and a quoted one may span lines. The
 * value is never put into a message.
 */
function parseSecretValues(raw, inputName = 'secrets') {
    return splitQuotedLines(raw, inputName).map((entry, index) => {
        const equals = entry.indexOf('=');
        const id = equals > 0 ? entry.slice(0, equals).trim() : '';
        requireSecretId(id, `Input "${inputName}" entry ${index + 1}`);
        return { id, value: entry.slice(equals + 1) };
    });
}
/** The `secret-files` input: `id=path` lines; `resolvePath` makes a path absolute (the workspace's). */
function parseSecretFiles(entries, resolvePath, inputName = 'secret-files') {
    return entries.map((entry) => {
        const equals = entry.indexOf('=');
        const id = equals > 0 ? entry.slice(0, equals).trim() : '';
        requireSecretId(id, `Input "${inputName}" entry "${entry}"`);
        const path = entry.slice(equals + 1).trim();
        if (!path)
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" entry "${entry}" names no file.`);
        const file = resolvePath(path);
        // The path goes into buildah's `id=…,src=…`, which a comma would split.
        if (file.includes(',')) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${file}, whose path has a comma the builders cannot take.`);
        }
        return { id, file };
    });
}
/** The `secret-envs` input: `id=VARIABLE`, read from the step's environment. */
function parseSecretEnvs(entries, env, inputName = 'secret-envs') {
    return entries.map((entry) => {
        const equals = entry.indexOf('=');
        const id = equals > 0 ? entry.slice(0, equals).trim() : '';
        requireSecretId(id, `Input "${inputName}" entry "${entry}"`);
        const name = entry.slice(equals + 1).trim();
        const value = env[name];
        if (!name || value === undefined) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names the variable "${name}", which is not set.`);
        }
        return { id, value };
    });
}
/** Every id once across `secrets`, `secret-envs` and `secret-files`, and every file there. */
async function checkBuildSecrets(secrets) {
    const seen = new Set();
    for (const secret of secrets) {
        if (seen.has(secret.id)) {
            throw new errors/* ConfigurationError */.j1(`Input "secrets", "secret-envs" or "secret-files" gives the secret id "${secret.id}" twice.`);
        }
        seen.add(secret.id);
        if ('file' in secret) {
            const info = await (0,promises_.stat)(secret.file).catch(() => undefined);
            if (!info?.isFile()) {
                throw new errors/* ConfigurationError */.j1(`Input "secret-files" names ${secret.file}, which is not a file.`);
            }
        }
    }
}
/**
 * Writes each secret value to its own file (mode 0600) in `dir`, a directory of the build's own
 * that is removed after it; files the user named are used where they are.
 */
async function writeSecretSources(dir, secrets) {
    const sources = [];
    for (const [index, secret] of secrets.entries()) {
        if ('file' in secret) {
            sources.push({ id: secret.id, src: secret.file });
            continue;
        }
        const src = (0,external_node_path_.join)(dir, `secret-${index}`);
        await (0,promises_.writeFile)(src, secret.value, { mode: 0o600, flag: 'wx' });
        sources.push({ id: secret.id, src });
    }
    return sources;
}
/** `--secret id=…,src=…` for each source: the same flag in buildah and buildx. */
function secretArgs(sources) {
    return sources.flatMap((source) => ['--secret', `id=${source.id},src=${source.src}`]);
}
function requireSecretId(id, entry) {
    if (!SECRET_ID.test(id)) {
        throw new errors/* ConfigurationError */.j1(`${entry} is not of the form id=… with an id of letters, digits, ".", "_" or "-".`);
    }
}
/** Lines, where a line that starts with `"` runs to the closing quote (CSV's quoting). */
function splitQuotedLines(raw, inputName) {
    const entries = [];
    let position = 0;
    while (position < raw.length) {
        const lineEnd = raw.indexOf('\n', position);
        const end = lineEnd === -1 ? raw.length : lineEnd;
        const line = raw.slice(position, end).replace(/\r$/, '');
        if (!line.trimStart().startsWith('"')) {
            if (line.trim())
                entries.push(line.trim());
            position = end + 1;
            continue;
        }
        let value = '';
        let cursor = raw.indexOf('"', position) + 1;
        for (;;) {
            const quote = raw.indexOf('"', cursor);
            if (quote === -1) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" entry ${entries.length + 1} has an unclosed quote.`);
            }
            value += raw.slice(cursor, quote);
            if (raw[quote + 1] === '"') {
                value += '"';
                cursor = quote + 2;
                continue;
            }
            cursor = quote + 1;
            break;
        }
        const restEnd = raw.indexOf('\n', cursor);
        const rest = raw.slice(cursor, restEnd === -1 ? raw.length : restEnd);
        if (rest.trim()) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" entry ${entries.length + 1} has text after its closing quote.`);
        }
        entries.push(value);
        position = restEnd === -1 ? raw.length : restEnd + 1;
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/image/src/build-ssh.ts


const SSH_ID = /^[A-Za-z0-9_.-]+$/;
/**
 * The `ssh` input as buildx takes it, one per line: `default`, `<id>` or `<id>=<socket>|<key>[,<key>]`.
 * An id without paths means the step's ssh-agent, whose socket is made explicit here: the builders
 * run with an environment that does not pass SSH_AUTH_SOCK on.
 */
function parseSshSources(entries, options, inputName = 'ssh') {
    const seen = new Set();
    return entries.map((entry) => {
        const equals = entry.indexOf('=');
        const id = (equals === -1 ? entry : entry.slice(0, equals)).trim();
        if (!SSH_ID.test(id)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not of the form default, <id> or <id>=<socket or key>[,<key>].`);
        }
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" gives the id "${id}" twice.`);
        seen.add(id);
        const written = equals === -1
            ? []
            : entry
                .slice(equals + 1)
                .split(',')
                .map((path) => path.trim());
        if (written.some((path) => !path)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which has an empty path.`);
        }
        if (written.length > 0)
            return { id, paths: written.map(options.resolvePath) };
        if (!options.sshAuthSock) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which needs an ssh-agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give a key file as ${id}=<path>.`);
        }
        return { id, paths: [options.sshAuthSock] };
    });
}
/** Every socket or key named exists, before anything is built. */
async function checkSshSources(sources, inputName = 'ssh') {
    for (const source of sources) {
        for (const path of source.paths) {
            if (!(await (0,promises_.stat)(path).catch(() => undefined))) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" names ${path} for "${source.id}", which does not exist.`);
            }
        }
    }
}
/** `--ssh id=path[,path]`: the same flag in buildah and buildx. */
function sshArgs(sources) {
    return sources.flatMap((source) => ['--ssh', `${source.id}=${source.paths.join(',')}`]);
}

;// CONCATENATED MODULE: ./packages/image/src/annotations.ts

const LEVELS = new Set(['manifest', 'index', 'manifest-descriptor', 'index-descriptor']);
const PREFIX = /^([a-z-]+(?:,[a-z-]+)*)(?:\[([^\]]+)\])?:/;
function parseAnnotations(entries, inputName = 'annotations') {
    return entries.map((raw) => {
        const prefix = PREFIX.exec(raw);
        const levels = prefix?.[1]?.split(',') ?? [];
        // `org.example:thing=1` has a colon in its key, not a level: only the known levels are prefixes.
        const hasLevel = levels.length > 0 && levels.every((level) => LEVELS.has(level));
        const body = hasLevel && prefix ? raw.slice(prefix[0].length) : raw;
        const equals = body.indexOf('=');
        const key = equals > 0 ? body.slice(0, equals).trim() : '';
        if (!key) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", which is not of the form key=value or <level>:key=value.`);
        }
        return {
            raw,
            level: hasLevel && prefix ? prefix[1] : '',
            ...(hasLevel && prefix?.[2] ? { platform: prefix[2] } : {}),
            key,
            value: body.slice(equals + 1),
        };
    });
}
/**
 * buildah's `--annotation key=value` annotates the one manifest it builds; an index or a descriptor
 * it does not write, so those entries are refused rather than dropped.
 */
function buildahAnnotationArgs(annotations, inputName = 'annotations') {
    return annotations.flatMap((annotation) => {
        if ((annotation.level !== '' && annotation.level !== 'manifest') || annotation.platform) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${annotation.raw}", but the buildah builder annotates the image manifest only; drop the "${annotation.level}${annotation.platform ? `[${annotation.platform}]` : ''}:" part or use builder "docker".`);
        }
        return ['--annotation', `${annotation.key}=${annotation.value}`];
    });
}

;// CONCATENATED MODULE: ./packages/image/src/backend.ts
function tagReference(repository, tag) {
    return `${repository.name}:${tag}`;
}
/** Every `repository:tag` a build names: each repository (the first one first) with each tag. */
function requestReferences(request) {
    const repositories = [request.repository, ...(request.extraRepositories ?? [])];
    return repositories.flatMap((repository) => request.tags.map((tag) => tagReference(repository, tag)));
}

// EXTERNAL MODULE: ./packages/image/src/reference.ts
var reference = __webpack_require__(74723);
;// CONCATENATED MODULE: ./packages/image/src/build-cache.ts


/**
 * Reads cache entries the way buildx does: comma-separated `key=value` fields, where an entry that
 * is only a reference (`ghcr.io/acme/web:buildcache`) means `type=registry,ref=<it>`.
 */
function parseCacheEntries(entries, inputName) {
    return entries.map((raw) => {
        const fields = raw.split(',').map((field) => field.trim());
        if (fields.length === 1 && !fields[0]?.includes('=')) {
            return { raw, type: 'registry', attributes: { ref: fields[0] ?? '' } };
        }
        const attributes = {};
        for (const field of fields) {
            const equals = field.indexOf('=');
            if (equals <= 0) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", whose field "${field}" is not of the form key=value (e.g. type=registry,ref=ghcr.io/acme/web-cache).`);
            }
            attributes[field.slice(0, equals)] = field.slice(equals + 1);
        }
        return { raw, type: attributes.type ?? 'registry', attributes };
    });
}
// What buildah's registry cache can honour; mode=max is what it does anyway (every layer is pushed).
const BUILDAH_CACHE_KEYS = {
    'cache-from': new Set(['type', 'ref']),
    'cache-to': new Set(['type', 'ref', 'mode']),
};
/**
 * The one repository buildah (1.28, Debian 12) takes for `--cache-from` or `--cache-to`. buildah
 * keeps a registry cache as one tag per layer's cache key, so the repository carries no tag, and
 * its flag is a single value: a second entry would be dropped silently, so it is refused.
 */
function buildahCacheRepository(entries, inputName) {
    if (entries.length === 0)
        return undefined;
    if (entries.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" lists ${entries.length} caches, but the buildah builder takes one cache repository; list one, or use builder "docker".`);
    }
    const entry = entries[0];
    if (entry.type !== 'registry') {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has a cache of type "${entry.type}", but the buildah builder keeps its cache in a registry only (type=registry); use builder "docker" for ${entry.type}.`);
    }
    const unsupported = Object.entries(entry.attributes).find(([key, value]) => !BUILDAH_CACHE_KEYS[inputName].has(key) || (key === 'mode' && value !== 'max'));
    if (unsupported) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${unsupported[0]}=${unsupported[1]}", which the buildah builder cannot honour (it takes type=registry,ref=<repository>${inputName === 'cache-to' ? ' and mode=max' : ''}).`);
    }
    const ref = entry.attributes.ref ?? '';
    let repository;
    try {
        repository = (0,reference/* parseImageReference */.o_)(ref);
    }
    catch (error) {
        if (!(error instanceof reference/* ImageReferenceError */.rI))
            throw error;
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry.raw}", whose ref is not a valid repository.`);
    }
    if (repository.tag || repository.digest) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry.raw}", but buildah tags its cache by layer itself: give a repository without tag or digest (e.g. ${repository.name}).`);
    }
    return repository.name;
}

// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __webpack_require__(59899);
;// CONCATENATED MODULE: ./packages/image/src/push-retry.ts

const DEFAULT_PUSH_RETRIES = 3;
const DEFAULT_PUSH_RETRY_DELAY_MS = 2_000;
const MAX_PUSH_RETRIES = 10;
/** A push that failed after its retries, for one reference; the build itself succeeded. */
class PushError extends errors/* ShipgateError */.Yu {
    reference;
    failure;
    imageId;
    name = 'PushError';
    constructor(reference, failure, 
    /** The local image ID (its config digest), when the backend knows it before pushing. */
    imageId) {
        super(`Pushing ${reference} failed: ${failure.message}`);
        this.reference = reference;
        this.failure = failure;
        this.imageId = imageId;
    }
}
/**
 * `408`, `429` and `5xx` as buildah (`received unexpected HTTP status: 503 Service Unavailable`)
 * and buildkit (`unexpected status from PUT request to …: 503 Service Unavailable`) report them.
 */
const TRANSIENT_STATUS = /\b(?:HTTP status|status(?: code)?(?: from [A-Z]+ request to \S+)?):? (?:408|429|5\d\d)\b/i;
/** Connections that dropped mid-push. */
const TRANSIENT_NETWORK = /connection reset by peer|use of closed network connection|broken pipe|unexpected EOF|i\/o timeout|TLS handshake timeout/i;
/** The error line is about the push (buildah: "pushing image …"; buildkit: "failed to push …"). */
const PUSH_STAGE = /\bpush|\bupload|writing (?:manifest|blob)/i;
/** The tool retried this failure itself (containers/common: "Failed, retrying in 2s … (1/3)"): its budget is spent. */
const TOOL_RETRIED = /retrying in \S+/i;
/**
 * Whether a failed push is worth running again: the registry answered a transient status or the
 * connection dropped, and the tool did not already spend its own `--retry` budget on it (one
 * budget per push, not nested). Auth failures, unknown names and broken builds are final.
 */
function isTransientPushFailure(error) {
    if (!(error instanceof errors/* CommandError */.Qd) || error.exitCode === null)
        return false;
    // The tool's own error line, not the build output above it (a RUN step may print "503" too).
    const line = error.lastStderrLine;
    if (!PUSH_STAGE.test(line))
        return false;
    const cause = TRANSIENT_STATUS.exec(line)?.[0] ?? TRANSIENT_NETWORK.exec(line)?.[0];
    if (!cause)
        return false;
    // Retried by the tool itself when one of its "retrying in" warnings names the same cause.
    return !error.stderr.split(/\r?\n/).some((warning) => TOOL_RETRIED.test(warning) && warning.includes(cause));
}
/**
 * Runs one push (`buildah push`, `docker buildx build --push`) until it succeeds or fails for
 * good. Pushing is idempotent: blobs are content-addressed and the manifest PUT is the same bytes,
 * so a push that failed after some uploads simply skips what the registry has on the next try.
 */
async function pushWithRetries(target, requested, log, push) {
    const { reference } = target;
    const policy = pushPolicy(requested);
    const attempts = policy.retries + 1;
    try {
        return await (0,retry/* retry */.L5)(push, {
            attempts,
            baseDelayMs: policy.delayMs,
            maxDelayMs: policy.delayMs * 8,
            jitter: 'equal',
            isRetryable: isTransientPushFailure,
            sleep: policy.sleep ?? retry/* sleep */.yy,
            onRetry: ({ attempt, delayMs, error }) => log.warning(`Pushing ${reference} failed (${error.lastStderrLine}); ` +
                `attempt ${attempt + 1} of ${attempts} in ${(delayMs / 1000).toFixed(1)}s.`),
        });
    }
    catch (error) {
        if (error instanceof errors/* CommandError */.Qd)
            throw new PushError(reference, error, target.imageId);
        throw error;
    }
}
function pushPolicy(policy) {
    return policy ?? { retries: DEFAULT_PUSH_RETRIES, delayMs: DEFAULT_PUSH_RETRY_DELAY_MS };
}
/** Go's duration syntax, which buildah's `--retry-delay` takes. */
function goDuration(ms) {
    return `${Math.max(0, Math.round(ms))}ms`;
}

;// CONCATENATED MODULE: ./packages/image/src/buildah.ts









/**
 * The arguments of `buildah build` for a request; pure, so the command line is tested as data.
 * `secretSources` are the files holding the request's secrets (see `writeSecretSources`).
 */
function buildahBuildArgs(request, files) {
    const { cacheFrom, cacheTo } = checkBuildahSupport(request);
    const args = ['build', '--iidfile', files.iidFile, '--file', request.file];
    for (const reference of requestReferences(request))
        args.push('--tag', reference);
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    args.push(...buildahAnnotationArgs(request.annotations ?? []));
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    // A registry cache holds layers, so buildah must build layer by layer to use or fill one.
    if (cacheFrom || cacheTo)
        args.push('--layers');
    if (cacheFrom)
        args.push('--cache-from', cacheFrom);
    if (cacheTo)
        args.push('--cache-to', cacheTo);
    args.push(...secretArgs(files.secretSources ?? []));
    args.push(...sshArgs(request.ssh ?? []));
    if (files.authFile)
        args.push('--authfile', files.authFile);
    if (!request.tlsVerify)
        args.push('--tls-verify=false');
    args.push(request.context);
    return args;
}
/**
 * What the buildah builder cannot do, refused in one sentence naming the input, before anything
 * runs: several platforms, a cache other than one registry repository, an index annotation.
 */
function checkBuildahSupport(request) {
    if (request.platforms.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Input "platforms" lists ${request.platforms.length} platforms, but the buildah builder builds one; use builder "docker" for several.`);
    }
    buildahAnnotationArgs(request.annotations ?? []);
    const cacheFrom = buildahCacheRepository(request.cacheFrom ?? [], 'cache-from');
    const cacheTo = buildahCacheRepository(request.cacheTo ?? [], 'cache-to');
    return { ...(cacheFrom ? { cacheFrom } : {}), ...(cacheTo ? { cacheTo } : {}) };
}
/** The arguments of `buildah push` for one tag. */
function buildahPushArgs(imageId, destination, options) {
    const { retries, delayMs } = pushPolicy(options.retry);
    const args = [
        'push',
        '--digestfile',
        options.digestFile,
        '--retry',
        String(retries),
        '--retry-delay',
        goDuration(delayMs),
    ];
    if (options.authFile)
        args.push('--authfile', options.authFile);
    if (!options.tlsVerify)
        args.push('--tls-verify=false');
    args.push(imageId, `docker://${destination}`);
    return args;
}
/** The arguments of `buildah login`; the password goes on stdin. */
function buildahLoginArgs(registry, username, authFile, tlsVerify) {
    const args = ['login', '--authfile', authFile, '--username', username, '--password-stdin'];
    if (!tlsVerify)
        args.push('--tls-verify=false');
    args.push(registry);
    return args;
}
/** `--iidfile` and `--digestfile` hold one `sha256:<hex>` with no newline; anything else is a broken tool. */
function parseDigestFile(content, what) {
    const digest = content.trim();
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new errors/* ShipgateError */.Yu(`buildah wrote no digest to its ${what} (got "${digest.slice(0, 80)}").`);
    }
    return digest;
}
/** Daemonless builds: `buildah build`, then `buildah push --digestfile` for every tag. */
class BuildahBuilder {
    deps;
    name = 'buildah';
    constructor(deps) {
        this.deps = deps;
    }
    async build(request) {
        const { log, exec, env } = this.deps;
        // Checked again here for callers other than the action, which rejects these before building.
        checkBuildahSupport(request);
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.deps.tempDir, 'shipgate-buildah-'));
        try {
            let authFile;
            if (request.credentials) {
                const { username, password } = request.credentials;
                for (const form of (0,secrets/* basicAuthForms */.oq)(username, password))
                    this.deps.setSecret(form);
                authFile = (0,external_node_path_.join)(scratch, 'auth.json');
                await exec('buildah', buildahLoginArgs(request.repository.domain, username, authFile, request.tlsVerify), {
                    input: password,
                    env,
                });
            }
            const iidFile = (0,external_node_path_.join)(scratch, 'iid');
            const secretSources = await writeSecretSources(scratch, request.secrets ?? []);
            for (const secret of request.secrets ?? [])
                if ('value' in secret)
                    this.deps.setSecret(secret.value);
            const buildArgs = buildahBuildArgs(request, { iidFile, authFile, secretSources });
            await exec('buildah', buildArgs, {
                env,
                streamOutput: { group: `Building ${request.repository.name} with buildah` },
            });
            const imageId = parseDigestFile(await (0,promises_.readFile)(iidFile, 'utf8'), '--iidfile');
            const references = requestReferences(request);
            if (!request.push)
                return { imageId, references };
            const pushed = [];
            for (const [index, reference] of references.entries()) {
                const digestFile = (0,external_node_path_.join)(scratch, `digest-${index}`);
                const args = buildahPushArgs(imageId, reference, {
                    digestFile,
                    tlsVerify: request.tlsVerify,
                    authFile,
                    retry: request.pushRetry,
                });
                // buildah's --retry covers what it retries itself (dropped connections in this version);
                // a 408/429/5xx it reports without retrying runs the push again, within the same budget.
                await pushWithRetries({ reference, imageId }, request.pushRetry, log, () => exec('buildah', args, { env, streamOutput: { group: `Pushing ${reference}` } }));
                const digest = parseDigestFile(await (0,promises_.readFile)(digestFile, 'utf8'), '--digestfile');
                log.info(`Pushed ${reference} → ${digest}`);
                pushed.push({ reference, digest });
            }
            return { digest: requireOneDigest(pushed), imageId, references };
        }
        finally {
            // The auth file and the secret files hold credentials: nothing of them may outlive the step.
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
}
/** All tags must name the same manifest (push-to-registry #26), else the build's identity is ambiguous. */
function requireOneDigest(pushed) {
    const digests = new Set(pushed.map((entry) => entry.digest));
    const first = pushed[0];
    if (!first)
        throw new errors/* ShipgateError */.Yu('Nothing was pushed.');
    if (digests.size > 1) {
        const listing = pushed.map((entry) => `${entry.reference} → ${entry.digest}`).join(', ');
        throw new errors/* ShipgateError */.Yu(`The pushed tags ended on different digests (${listing}).`);
    }
    return first.digest;
}

;// CONCATENATED MODULE: ./packages/image/src/docker.ts







/**
 * The arguments of `docker buildx build`; pure, so the command line is tested as data. Cache and
 * annotation entries go to buildx as written (build-push-action's semantics); `secretSources` are
 * the files holding the request's secrets.
 */
function buildxBuildArgs(request, metadataFile, secretSources = []) {
    const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
    for (const reference of requestReferences(request))
        args.push('--tag', reference);
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    for (const annotation of request.annotations ?? [])
        args.push('--annotation', annotation.raw);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    for (const entry of request.cacheFrom ?? [])
        args.push('--cache-from', entry.raw);
    for (const entry of request.cacheTo ?? [])
        args.push('--cache-to', entry.raw);
    args.push(...secretArgs(secretSources));
    args.push(...sshArgs(request.ssh ?? []));
    if (request.push) {
        // `--push` cannot say "plain HTTP"; the image exporter can, per build, without touching buildkitd.toml.
        args.push('--output', request.tlsVerify ? 'type=image,push=true' : 'type=image,push=true,registry.insecure=true');
    }
    else if (request.platforms.length <= 1) {
        // Several platforms cannot be loaded into the daemon's image store; then the result stays in the cache.
        args.push('--load');
    }
    args.push(request.context);
    return args;
}
/**
 * Reads the JSON buildx writes with `--metadata-file` (documented keys `containerimage.digest`,
 * `containerimage.descriptor`, `containerimage.config.digest`, `image.name`).
 */
function parseBuildxMetadata(json) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        throw new errors/* ShipgateError */.Yu('docker buildx wrote a metadata file that is not JSON.');
    }
    const text = (value) => (typeof value === 'string' && value ? value : undefined);
    const descriptor = data['containerimage.descriptor'];
    const digest = text(data['containerimage.digest']) ?? text(descriptor?.digest);
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new errors/* ShipgateError */.Yu(`docker buildx reported "${digest}" as the image digest, which is not a sha256 digest.`);
    }
    return {
        digest,
        mediaType: text(descriptor?.mediaType),
        configDigest: text(data['containerimage.config.digest']),
        imageNames: (text(data['image.name']) ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
    };
}
/** Whether a Docker daemon answers; `builder: auto` uses docker then. */
async function dockerDaemonAnswers(exec, env) {
    try {
        const result = await exec('docker', ['info', '--format', '{{json .ServerVersion}}'], {
            env,
            quiet: true,
            ignoreReturnCode: true,
            timeoutMs: 15_000,
        });
        return result.exitCode === 0 && result.stdout.trim() !== '' && result.stdout.trim() !== '""';
    }
    catch {
        // Not on PATH, or hung: either way there is no daemon to use.
        return false;
    }
}
/** `docker buildx build --metadata-file`, pushing with the image exporter. */
class DockerBuilder {
    deps;
    name = 'docker';
    constructor(deps) {
        this.deps = deps;
    }
    async build(request) {
        const { log, exec, env } = this.deps;
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.deps.tempDir, 'shipgate-buildx-'));
        const registry = request.repository.domain;
        let loggedIn = false;
        try {
            if (request.credentials) {
                const { username, password } = request.credentials;
                for (const form of (0,secrets/* basicAuthForms */.oq)(username, password))
                    this.deps.setSecret(form);
                await exec('docker', ['login', '--username', username, '--password-stdin', registry], {
                    input: password,
                    env,
                });
                loggedIn = true;
            }
            const metadataFile = (0,external_node_path_.join)(scratch, 'metadata.json');
            const secretSources = await writeSecretSources(scratch, request.secrets ?? []);
            for (const secret of request.secrets ?? [])
                if ('value' in secret)
                    this.deps.setSecret(secret.value);
            const buildArgs = buildxBuildArgs(request, metadataFile, secretSources);
            const build = () => exec('docker', buildArgs, {
                env,
                streamOutput: { group: `Building ${request.repository.name} with docker buildx` },
            });
            // buildx has no push retry of its own: a push that met a transient fault runs the build
            // again, which the build cache answers at once, and only the push is repeated.
            await (request.push
                ? pushWithRetries({ reference: request.repository.name }, request.pushRetry, log, build)
                : build());
            const metadata = parseBuildxMetadata(await (0,promises_.readFile)(metadataFile, 'utf8'));
            const references = requestReferences(request);
            if (request.push && !metadata.digest) {
                // build-push-action #906/#1435: an empty digest must fail the step, never flow downstream.
                throw new errors/* ShipgateError */.Yu('docker buildx pushed but reported no containerimage.digest in its metadata file.');
            }
            return {
                ...(request.push ? { digest: metadata.digest } : {}),
                ...(metadata.configDigest ? { imageId: metadata.configDigest } : {}),
                references,
            };
        }
        finally {
            // docker login stores the credential in the user's config; the step must not leave it there.
            if (loggedIn)
                await exec('docker', ['logout', registry], { env, ignoreReturnCode: true, quiet: true });
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./packages/image/src/metadata.ts


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_TAG_LENGTH = 128;
/**
 * Tags and OCI labels from the git context, the way docker/metadata-action does by default plus a
 * `sha-<7>` tag: branch → sanitised branch name (and `nightly` first on a schedule), pull request →
 * `pr-<n>` (built from the PR head, never the merge commit), `refs/tags/v1.2.3` → `1.2.3`, `1.2`,
 * `1`, `latest`. A prerelease (semver `-rc.1`, or a GitHub release marked prerelease) never moves
 * `latest`. build-image's README lists where this deliberately differs from metadata-action.
 */
function computeImageMetadata(options) {
    const { context } = options;
    const rawTags = options.tags ?? [];
    for (const tag of rawTags) {
        if (!(0,reference/* isValidTag */.r_)(tag)) {
            throw new errors/* ConfigurationError */.j1(`Input "tags" has "${tag}", which is not a valid tag (up to 128 letters, digits, "_", "." or "-", not starting with "." or "-").`);
        }
    }
    const overrides = parseLabels(options.labels ?? []);
    const revision = revisionOf(context);
    const shortSha = revision.slice(0, 7);
    // Most specific first: the first tag is the version, as metadata-action orders them.
    const fromRef = [];
    const pullRequest = pullRequestNumber(context);
    if (pullRequest !== undefined) {
        fromRef.push(`pr-${pullRequest}`);
    }
    else if (context.ref.startsWith('refs/tags/')) {
        const name = context.ref.slice('refs/tags/'.length);
        const semver = semverTags(name);
        const tags = semver ? semver.tags : [sanitizeTag(name)];
        // A release GitHub marks as a prerelease never moves latest, whatever its tag looks like.
        fromRef.push(...(isGitHubPrerelease(context) ? tags.filter((tag) => tag !== 'latest') : tags));
    }
    else if (context.ref.startsWith('refs/heads/')) {
        // metadata-action's type=schedule default: a scheduled build is also `nightly`, first.
        if (context.eventName === 'schedule')
            fromRef.push('nightly');
        fromRef.push(sanitizeTag(context.ref.slice('refs/heads/'.length)));
    }
    const fromSha = shortSha ? [`sha-${shortSha}`] : [];
    const tags = unique([...fromRef, ...fromSha, ...rawTags].filter(Boolean));
    const version = tags[0] ?? '';
    const labels = {};
    const title = context.repository.split('/')[1];
    if (title)
        labels['org.opencontainers.image.title'] = title;
    if (context.repository) {
        const source = `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
        labels['org.opencontainers.image.source'] = source;
        labels['org.opencontainers.image.url'] = source;
    }
    if (revision)
        labels['org.opencontainers.image.revision'] = revision;
    if (version)
        labels['org.opencontainers.image.version'] = version;
    labels['org.opencontainers.image.created'] = (options.now ?? new Date()).toISOString();
    const repository = context.payload.repository;
    if (typeof repository?.description === 'string' && repository.description) {
        labels['org.opencontainers.image.description'] = repository.description;
    }
    const license = repository?.license?.spdx_id;
    if (typeof license === 'string' && license && license !== 'NOASSERTION') {
        labels['org.opencontainers.image.licenses'] = license;
    }
    return { tags, version, revision, labels: { ...labels, ...overrides } };
}
/** The commit being built: for pull requests the head of the PR branch (metadata-action #206, #414). */
function revisionOf(context) {
    if (PULL_REQUEST_EVENTS.has(context.eventName)) {
        const head = context.payload.pull_request?.head?.sha;
        if (typeof head === 'string' && head)
            return head;
    }
    return context.sha;
}
function isGitHubPrerelease(context) {
    return (context.eventName === 'release' &&
        context.payload.release?.prerelease === true);
}
function pullRequestNumber(context) {
    if (!PULL_REQUEST_EVENTS.has(context.eventName) && !context.ref.startsWith('refs/pull/'))
        return undefined;
    const fromPayload = context.payload.pull_request?.number ?? context.payload.number;
    if (typeof fromPayload === 'number' && Number.isSafeInteger(fromPayload))
        return fromPayload;
    const fromRef = /^refs\/pull\/(\d+)\//.exec(context.ref)?.[1];
    return fromRef ? Number(fromRef) : undefined;
}
/**
 * `v1.2.3` → `1.2.3`, `1.2`, `1`, `latest`; a prerelease (`1.2.3-rc.1`) only gets its full
 * version. `0.x` gets no bare `0` tag: a major of 0 promises no compatibility between minors.
 * `undefined` when the name is not semver.
 */
function semverTags(name) {
    const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(name);
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease, build] = match;
    const full = sanitizeTag(`${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}${build ? `-${build}` : ''}`);
    if (prerelease)
        return { tags: [full], prerelease: true };
    const tags = [full, `${major}.${minor}`];
    if (major !== '0')
        tags.push(`${major}`);
    tags.push('latest');
    return { tags, prerelease: false };
}
/** A branch or tag name made into a valid image tag: runs of other characters become `-`. */
function sanitizeTag(value) {
    const replaced = value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    return replaced.slice(0, MAX_TAG_LENGTH);
}
/** `key=value` entries into an object; the value may contain `=`. */
function parseLabels(entries, inputName = 'labels') {
    const labels = {};
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals > 0 ? entry.slice(0, equals).trim() : '';
        if (!key)
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not of the form key=value.`);
        labels[key] = entry.slice(equals + 1).trim();
    }
    return labels;
}
function unique(values) {
    return [...new Set(values)];
}

// EXTERNAL MODULE: ./packages/image/src/registry-client.ts
var registry_client = __webpack_require__(83536);
// EXTERNAL MODULE: ./packages/image/src/registry-transport.ts
var registry_transport = __webpack_require__(84182);
;// CONCATENATED MODULE: ./packages/image/src/builder.ts









const BUILDER_CHOICES = ['auto', 'buildah', 'docker'];
const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/**
 * Builds an image and (optionally) pushes every tag, then asks the registry for each tag's digest
 * and fails unless all equal the pushed digest. Everything that can be checked is checked before
 * the build starts, so bad input pushes nothing.
 */
async function buildImage(deps, settings) {
    const { log } = deps;
    const metadata = await checkBuildSettings(settings);
    const builderName = settings.builder === 'auto' ? await pickBuilder(deps) : settings.builder;
    const request = buildRequestOf(settings, metadata.tags, metadata.labels, deps);
    if (builderName === 'buildah')
        checkBuildahSupport(request);
    log.info(`Builder: ${builderName}${settings.builder === 'auto' ? ' (auto)' : ''}`);
    const repositories = [settings.repository, ...(settings.extraRepositories ?? [])];
    const domains = [...new Set(repositories.map((repository) => repository.domain))];
    const registry = new registry_client/* RegistryClient */.bP({
        log,
        insecure: settings.tlsVerify ? false : domains,
        credentials: settings.credentials ? { [settings.repository.domain]: settings.credentials } : undefined,
        retry: deps.registryRetry,
    });
    if (settings.credentials)
        deps.setSecret(settings.credentials.password);
    if (settings.push) {
        // Before a minutes-long build: an unreachable registry or refused credentials fail now.
        for (const domain of domains)
            await registry.ping(domain);
    }
    const create = deps.createBuilder ?? defaultBuilder;
    const outcome = await create(builderName, deps)
        .build(request)
        .catch(async (error) => {
        throw error instanceof PushError ? await explainFailedPush(registry, error) : error;
    });
    let digest;
    if (settings.push) {
        if (!outcome.digest)
            throw new errors/* ShipgateError */.Yu(`The ${builderName} build pushed but reported no digest.`);
        digest = outcome.digest;
        await log.group('Checking the pushed tags on the registry', () => verifyPushedTags(registry, outcome.references, digest, log));
    }
    return {
        ...(digest ? { digest, imageRef: `${settings.repository.name}@${digest}` } : {}),
        imageRefs: digest ? repositories.map((repository) => `${repository.name}@${digest}`) : [],
        ...(outcome.imageId ? { imageId: outcome.imageId } : {}),
        references: outcome.references,
        tags: metadata.tags,
        labels: metadata.labels,
        builder: builderName,
        platforms: [...settings.platforms],
        version: metadata.version,
        revision: metadata.revision,
    };
}
/** What a builder is asked to do, from the settings and the tags and labels computed from them. */
function buildRequestOf(settings, tags, labels, deps) {
    return {
        context: settings.context,
        file: settings.file,
        repository: settings.repository,
        ...(settings.extraRepositories?.length ? { extraRepositories: settings.extraRepositories } : {}),
        tags,
        buildArgs: settings.buildArgs,
        labels,
        target: settings.target,
        platforms: settings.platforms,
        push: settings.push,
        pushRetry: {
            retries: settings.pushRetries ?? DEFAULT_PUSH_RETRIES,
            delayMs: deps.pushRetryDelayMs ?? DEFAULT_PUSH_RETRY_DELAY_MS,
        },
        tlsVerify: settings.tlsVerify,
        credentials: settings.credentials,
        ...(settings.cacheFrom?.length ? { cacheFrom: settings.cacheFrom } : {}),
        ...(settings.cacheTo?.length ? { cacheTo: settings.cacheTo } : {}),
        ...(settings.secrets?.length ? { secrets: settings.secrets } : {}),
        ...(settings.ssh?.length ? { ssh: settings.ssh } : {}),
        ...(settings.annotations?.length ? { annotations: settings.annotations } : {}),
    };
}
/** Every check that needs no builder and no registry, before anything runs; the image's tags and labels. */
async function checkBuildSettings(settings) {
    if (settings.repository.tag || settings.repository.digest) {
        throw new errors/* ConfigurationError */.j1(`Input "image" must be a repository without tag or digest, got "${settings.repository}"; put tags in "tags".`);
    }
    for (const repository of settings.extraRepositories ?? []) {
        if (repository.tag || repository.digest) {
            throw new errors/* ConfigurationError */.j1(`Input "images" must list repositories without tag or digest, got "${repository}"; put tags in "tags".`);
        }
    }
    await checkBuildSecrets(settings.secrets ?? []);
    await checkSshSources(settings.ssh ?? []);
    await requireDirectory(settings.context, 'context');
    await requireFile(settings.file, 'file');
    for (const platform of settings.platforms) {
        if (!PLATFORM_PATTERN.test(platform)) {
            throw new errors/* ConfigurationError */.j1(`Input "platforms" has "${platform}", which is not of the form os/arch[/variant].`);
        }
    }
    const metadata = computeImageMetadata({
        context: settings.git,
        tags: settings.extraTags,
        labels: settings.labelEntries,
        now: settings.now,
    });
    if (metadata.tags.length === 0) {
        throw new errors/* ConfigurationError */.j1('Input "tags" is required when there is no git ref or commit to derive tags from.');
    }
    return metadata;
}
/** Every pushed tag must be served as the pushed digest; a check that cannot be made says so. */
async function verifyPushedTags(registry, references, digest, log) {
    for (const reference of references) {
        let served;
        try {
            served = await registry.resolveDigest(reference);
        }
        catch (error) {
            if (!(error instanceof registry_transport/* RegistryError */.gl))
                throw error;
            throw new errors/* ShipgateError */.Yu(`${reference} was pushed as ${digest} but not verified: ${lowerFirst(error.message)} Re-run to verify it.`);
        }
        if (served !== digest) {
            throw new errors/* ShipgateError */.Yu(`The registry serves ${reference} as ${served}, not the pushed digest ${digest}.`);
        }
        log.info(`${reference} → ${served}`);
    }
}
/**
 * A push that failed for good may still have landed (the manifest PUT went through and its answer
 * was lost). The registry is asked: when the tag serves this build's image (its config is the
 * local image ID) it is "pushed but not verified", else "not pushed".
 */
async function explainFailedPush(registry, error) {
    const reason = error.failure.lastStderrLine || error.failure.message;
    let served;
    try {
        served = (await registry.headManifest(error.reference))
            ? await registry.getImageConfig(error.reference)
            : undefined;
    }
    catch (probe) {
        const detail = probe instanceof Error ? probe.message : String(probe);
        return new errors/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}), and whether it landed is unknown: ${lowerFirst(detail)}`);
    }
    if (served && error.imageId && served.digest === error.imageId) {
        return new errors/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}), but the registry serves this build there as ` +
            `${served.manifestDigest}: pushed but not verified; re-run the step to verify it.`);
    }
    if (served && !error.imageId) {
        return new errors/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}); the registry serves ${served.manifestDigest} there, which may be an earlier push.`);
    }
    return new errors/* ShipgateError */.Yu(`${error.reference} was not pushed: ${reason}`);
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
async function pickBuilder(deps) {
    return (await dockerDaemonAnswers(deps.exec, deps.env)) ? 'docker' : 'buildah';
}
function defaultBuilder(name, deps) {
    return name === 'docker' ? new DockerBuilder(deps) : new BuildahBuilder(deps);
}
async function requireDirectory(path, input) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* ConfigurationError */.j1(`Input "${input}" must be a directory, but ${path} is not one.`);
}
async function requireFile(path, input) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* ConfigurationError */.j1(`Input "${input}" names ${path}, which does not exist.`);
}
/** `KEY=VALUE` lines (the `build-args` input) into an object; the value may contain `=`. */
function parseBuildArgs(entries, inputName = 'build-args') {
    const args = {};
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals > 0 ? entry.slice(0, equals).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not of the form NAME=value.`);
        }
        args[key] = entry.slice(equals + 1);
    }
    return args;
}

;// CONCATENATED MODULE: ./actions/build-image/src/main.ts




/** Every input read, defaulted and checked; paths absolute. */
function readSettings(runtime) {
    const inputs = new src_inputs/* InputReader */.i_(runtime);
    const [repository, ...extraRepositories] = readRepositories(runtime, inputs);
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    if (password)
        for (const form of (0,secrets/* basicAuthForms */.oq)(username ?? '', password))
            runtime.setSecret(form);
    if (Boolean(username) !== Boolean(password)) {
        throw new errors/* ConfigurationError */.j1(`Input "${password ? 'registry-username' : 'registry-password'}" is required when "${password ? 'registry-password' : 'registry-username'}" is set.`);
    }
    const attest = (0,settings/* readAttestSettings */.Fo)({
        inputs,
        env: runtime.env,
        context: runtime.context,
        setSecret: (secret) => runtime.setSecret(secret),
        idToken: (audience) => runtime.idToken(audience),
    });
    const context = (0,external_node_path_.resolve)(runtime.workspace, inputs.string('context', '.'));
    const file = inputs.optional('file');
    return {
        repository: repository,
        ...(extraRepositories.length > 0 ? { extraRepositories } : {}),
        context,
        file: file ? (0,external_node_path_.resolve)(runtime.workspace, file) : (0,external_node_path_.join)(context, 'Dockerfile'),
        extraTags: inputs.list('tags'),
        buildArgs: parseBuildArgs(inputs.lines('build-args')),
        labelEntries: inputs.lines('labels'),
        target: inputs.optional('target'),
        platforms: inputs.list('platforms'),
        push: inputs.boolean('push', true),
        pushRetries: inputs.integer('push-retries', { min: 0, max: MAX_PUSH_RETRIES, default: DEFAULT_PUSH_RETRIES }),
        builder: inputs.enum('builder', BUILDER_CHOICES, 'auto'),
        tlsVerify: inputs.boolean('tls-verify', true),
        ...(username && password ? { credentials: { username, password } } : {}),
        ...readBuildOptions(runtime, inputs),
        git: runtime.context,
        ...(attest ? { attest } : {}),
    };
}
/**
 * `image`, then `images` (metadata-action's name), lowercased with a notice as metadata-action
 * does; at least one. The first is the one `image-ref` names and the credentials are for.
 */
function readRepositories(runtime, inputs) {
    const image = inputs.optional('image');
    const written = [
        ...(image ? [{ input: 'image', value: image }] : []),
        ...inputs.list('images').map((value) => ({ input: 'images', value })),
    ];
    if (written.length === 0)
        throw new errors/* ConfigurationError */.j1('Input "image" (or "images") is required.');
    const repositories = new Map();
    for (const { input, value } of written) {
        const lowercased = (0,reference/* lowercaseRepositoryPath */.vZ)(value);
        if (lowercased !== value) {
            runtime.log.notice(`Input "${input}" ${input === 'image' ? 'is' : 'has'} ${value}; using ${lowercased}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`);
        }
        try {
            const repository = (0,reference/* parseImageReference */.o_)(lowercased);
            repositories.set(repository.toString(), repository);
        }
        catch (error) {
            if (error instanceof reference/* ImageReferenceError */.rI) {
                const subject = input === 'image' ? 'Input "image" is' : `Input "images" has "${value}", which is`;
                throw new errors/* ConfigurationError */.j1(`${subject} not a valid repository: ${error.message}`);
            }
            throw error;
        }
    }
    return [...repositories.values()];
}
/** build-push-action's inputs for caches, secrets, ssh and annotations; every secret value masked first. */
function readBuildOptions(runtime, inputs) {
    const inWorkspace = (path) => (0,external_node_path_.resolve)(runtime.workspace, path);
    const values = [
        ...parseSecretValues(inputs.string('secrets', '')),
        ...parseSecretEnvs(inputs.list('secret-envs'), runtime.env),
    ];
    for (const { value } of values)
        runtime.setSecret(value);
    const secrets = [...values, ...parseSecretFiles(inputs.lines('secret-files'), inWorkspace)];
    const ssh = parseSshSources(inputs.lines('ssh'), {
        ...(runtime.env.SSH_AUTH_SOCK ? { sshAuthSock: runtime.env.SSH_AUTH_SOCK } : {}),
        resolvePath: inWorkspace,
    });
    const cacheFrom = parseCacheEntries(inputs.lines('cache-from'), 'cache-from');
    const cacheTo = parseCacheEntries(inputs.lines('cache-to'), 'cache-to');
    const annotations = parseAnnotations(inputs.lines('annotations'));
    return {
        ...(cacheFrom.length > 0 ? { cacheFrom } : {}),
        ...(cacheTo.length > 0 ? { cacheTo } : {}),
        ...(secrets.length > 0 ? { secrets } : {}),
        ...(ssh.length > 0 ? { ssh } : {}),
        ...(annotations.length > 0 ? { annotations } : {}),
    };
}
/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return (0,run_action/* runOnGitHub */._2)(run);
    const settings = readSettings(runtime);
    const result = await buildImage({
        log: runtime.log,
        exec: runtime.exec,
        tempDir: runtime.tempDir,
        setSecret: (secret) => runtime.setSecret(secret),
    }, settings);
    const attestations = [];
    if (settings.attest && settings.push) {
        // Referrers live in each repository: every pushed repository gets the provenance attached.
        // The credentials are for the first repository's registry and go to no other.
        const credentialsFor = (domain) => domain === settings.repository.domain ? settings.credentials : undefined;
        const registry = new registry_client/* RegistryClient */.bP({
            log: runtime.log,
            insecure: !settings.tlsVerify,
            credentials: credentialsFor,
        });
        for (const imageRef of result.imageRefs) {
            const credentials = credentialsFor((0,reference/* parseImageReference */.o_)(imageRef).domain);
            attestations.push(...(await (0,pipeline/* attestBuild */.mS)(settings.attest, imageRef, {
                log: runtime.log,
                registry,
                credentials,
                setSecret: (secret) => runtime.setSecret(secret),
            })));
        }
    }
    runtime.setOutput('digest', result.digest ?? '');
    runtime.setOutput('image-ref', result.imageRef ?? '');
    runtime.setOutput('image-refs', result.imageRefs.join('\n'));
    runtime.setOutput('image-refs-json', JSON.stringify(result.imageRefs));
    runtime.setOutput('image-id', result.imageId ?? '');
    runtime.setOutput('tags', result.references.join('\n'));
    runtime.setOutput('metadata', {
        tags: result.references,
        labels: result.labels,
        digest: result.digest ?? null,
        'image-ref': result.imageRef ?? null,
        'image-refs': result.imageRefs,
        builder: result.builder,
        platforms: result.platforms,
        version: result.version,
        revision: result.revision,
    });
    if (settings.attest)
        runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
    await runtime.appendSummary(renderSummary(result, settings, attestations));
}
function renderSummary(result, settings, attestations) {
    const pushed = settings.push;
    const caches = [
        ...(settings.cacheFrom ?? []).map((entry) => `from \`${entry.raw}\``),
        ...(settings.cacheTo ?? []).map((entry) => `to \`${entry.raw}\``),
    ];
    const secretIds = (settings.secrets ?? []).map((secret) => `\`${secret.id}\``);
    const summary = new src_summary/* Summary */.B().heading('Image built');
    summary.table(['Field', 'Value'], [
        ['Image', result.imageRef ? `\`${result.imageRef}\`` : 'not pushed'],
        ['Digest', result.digest ? `\`${result.digest}\`` : 'not pushed'],
        ['Builder', result.builder],
        ['Platforms', result.platforms.length > 0 ? result.platforms.join(', ') : 'builder default'],
        ['Version', result.version],
        ['Revision', result.revision ? `\`${result.revision}\`` : ''],
        ...(caches.length > 0 ? [['Cache', caches.join(', ')]] : []),
        ...(secretIds.length > 0 ? [['Build secrets', secretIds.join(', ')]] : []),
        ...(attestations.length > 0
            ? [['Provenance', `signed, attached as ${attestations.map((entry) => `\`${entry.artifact}\``).join(', ')}`]]
            : []),
    ]);
    summary.heading(pushed ? 'Tags (each checked on the registry)' : 'Tags (built, not pushed)', 3);
    summary.list(result.references.map((reference) => `\`${reference}\``));
    const labels = new src_summary/* Summary */.B().table(['Label', 'Value'], Object.entries(result.labels).map(([key, value]) => [key, value]));
    summary.details(`Labels (${Object.keys(result.labels).length})`, labels.toString());
    return summary.toString();
}


/***/ })

};
