export const id = 0;
export const ids = [0];
export const modules = {

/***/ 53000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fy: () => (/* reexport */ BUILDER_CHOICES),
  G9: () => (/* reexport */ DEFAULT_PUSH_RETRIES),
  rI: () => (/* reexport */ ImageReferenceError),
  pT: () => (/* reexport */ MAX_PUSH_RETRIES),
  bP: () => (/* reexport */ RegistryClient),
  _w: () => (/* reexport */ buildImage),
  vZ: () => (/* reexport */ lowercaseRepositoryPath),
  NQ: () => (/* reexport */ parseBuildArgs),
  o_: () => (/* reexport */ parseImageReference),
  L1: () => (/* reexport */ requireDigestReference),
  hQ: () => (/* reexport */ withDigest)
});

// UNUSED EXPORTS: BuildahBuilder, DEFAULT_DOMAIN, DEFAULT_MAX_RETRY_AFTER_MS, DEFAULT_PUSH_RETRY_DELAY_MS, DockerBuilder, MEDIA_TYPES, NAME_TOTAL_LENGTH_MAX, PushError, RegistryError, basicAuthorization, buildahBuildArgs, buildahLoginArgs, buildahPushArgs, buildxBuildArgs, computeImageMetadata, dockerDaemonAnswers, isRetryableRegistryError, isTransientPushFailure, isValidTag, parseBuildxMetadata, parseChallenge, parseDigestFile, parseLabels, requireOneDigest, revisionOf, sameRepository, sanitizeTag, semverTags, sha256Digest, withTag

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
;// CONCATENATED MODULE: ./packages/image/src/backend.ts
function tagReference(repository, tag) {
    return `${repository.name}:${tag}`;
}

;// CONCATENATED MODULE: ./packages/image/src/push-retry.ts

const DEFAULT_PUSH_RETRIES = 3;
const DEFAULT_PUSH_RETRY_DELAY_MS = 2_000;
const MAX_PUSH_RETRIES = 10;
/** A push that failed after its retries, for one reference; the build itself succeeded. */
class PushError extends src/* ShipgateError */.Yu {
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
    if (!(error instanceof src/* CommandError */.Qd) || error.exitCode === null)
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
        return await (0,src/* retry */.L5)(push, {
            attempts,
            baseDelayMs: policy.delayMs,
            maxDelayMs: policy.delayMs * 8,
            jitter: 'equal',
            isRetryable: isTransientPushFailure,
            sleep: policy.sleep ?? src/* sleep */.yy,
            onRetry: ({ attempt, delayMs, error }) => log.warning(`Pushing ${reference} failed (${error.lastStderrLine}); ` +
                `attempt ${attempt + 1} of ${attempts} in ${(delayMs / 1000).toFixed(1)}s.`),
        });
    }
    catch (error) {
        if (error instanceof src/* CommandError */.Qd)
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





/** The arguments of `buildah build` for a request; pure, so the command line is tested as data. */
function buildahBuildArgs(request, files) {
    const args = ['build', '--iidfile', files.iidFile, '--file', request.file];
    for (const tag of request.tags)
        args.push('--tag', tagReference(request.repository, tag));
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (files.authFile)
        args.push('--authfile', files.authFile);
    if (!request.tlsVerify)
        args.push('--tls-verify=false');
    args.push(request.context);
    return args;
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
        throw new src/* ShipgateError */.Yu(`buildah wrote no digest to its ${what} (got "${digest.slice(0, 80)}").`);
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
        if (request.platforms.length > 1) {
            // Checked again here for callers other than the action, which rejects this before building.
            throw new src/* ShipgateError */.Yu('The buildah backend builds one platform at a time; use builder "docker" for several.');
        }
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.deps.tempDir, 'shipgate-buildah-'));
        try {
            let authFile;
            if (request.credentials) {
                const { username, password } = request.credentials;
                for (const form of (0,src/* basicAuthForms */.oq)(username, password))
                    this.deps.setSecret(form);
                authFile = (0,external_node_path_.join)(scratch, 'auth.json');
                await exec('buildah', buildahLoginArgs(request.repository.domain, username, authFile, request.tlsVerify), {
                    input: password,
                    env,
                });
            }
            const iidFile = (0,external_node_path_.join)(scratch, 'iid');
            await log.group(`Building ${request.repository.name} with buildah`, () => exec('buildah', buildahBuildArgs(request, { iidFile, authFile }), { env, streamOutput: true }));
            const imageId = parseDigestFile(await (0,promises_.readFile)(iidFile, 'utf8'), '--iidfile');
            const references = request.tags.map((tag) => tagReference(request.repository, tag));
            if (!request.push)
                return { imageId, references };
            const pushed = [];
            await log.group(`Pushing ${references.length} tag(s)`, async () => {
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
                    await pushWithRetries({ reference, imageId }, request.pushRetry, log, () => exec('buildah', args, { env, streamOutput: true }));
                    const digest = parseDigestFile(await (0,promises_.readFile)(digestFile, 'utf8'), '--digestfile');
                    log.info(`Pushed ${reference} → ${digest}`);
                    pushed.push({ reference, digest });
                }
            });
            return { digest: requireOneDigest(pushed), imageId, references };
        }
        finally {
            // The auth file holds the credentials: nothing of it may outlive the step.
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
}
/** All tags must name the same manifest (push-to-registry #26), else the build's identity is ambiguous. */
function requireOneDigest(pushed) {
    const digests = new Set(pushed.map((entry) => entry.digest));
    const first = pushed[0];
    if (!first)
        throw new src/* ShipgateError */.Yu('Nothing was pushed.');
    if (digests.size > 1) {
        const listing = pushed.map((entry) => `${entry.reference} → ${entry.digest}`).join(', ');
        throw new src/* ShipgateError */.Yu(`The pushed tags ended on different digests (${listing}).`);
    }
    return first.digest;
}

;// CONCATENATED MODULE: ./packages/image/src/docker.ts





/** The arguments of `docker buildx build`; pure, so the command line is tested as data. */
function buildxBuildArgs(request, metadataFile) {
    const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
    for (const tag of request.tags)
        args.push('--tag', tagReference(request.repository, tag));
    for (const [key, value] of Object.entries(request.buildArgs))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
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
        throw new src/* ShipgateError */.Yu('docker buildx wrote a metadata file that is not JSON.');
    }
    const text = (value) => (typeof value === 'string' && value ? value : undefined);
    const descriptor = data['containerimage.descriptor'];
    const digest = text(data['containerimage.digest']) ?? text(descriptor?.digest);
    if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new src/* ShipgateError */.Yu(`docker buildx reported "${digest}" as the image digest, which is not a sha256 digest.`);
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
                for (const form of (0,src/* basicAuthForms */.oq)(username, password))
                    this.deps.setSecret(form);
                await exec('docker', ['login', '--username', username, '--password-stdin', registry], {
                    input: password,
                    env,
                });
                loggedIn = true;
            }
            const metadataFile = (0,external_node_path_.join)(scratch, 'metadata.json');
            const build = () => exec('docker', buildxBuildArgs(request, metadataFile), { env, streamOutput: true });
            // buildx has no push retry of its own: a push that met a transient fault runs the build
            // again, which the build cache answers at once, and only the push is repeated.
            await log.group(`Building ${request.repository.name} with docker buildx`, () => request.push ? pushWithRetries({ reference: request.repository.name }, request.pushRetry, log, build) : build());
            const metadata = parseBuildxMetadata(await (0,promises_.readFile)(metadataFile, 'utf8'));
            const references = request.tags.map((tag) => tagReference(request.repository, tag));
            if (request.push && !metadata.digest) {
                // build-push-action #906/#1435: an empty digest must fail the step, never flow downstream.
                throw new src/* ShipgateError */.Yu('docker buildx pushed but reported no containerimage.digest in its metadata file.');
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

;// CONCATENATED MODULE: ./packages/image/src/reference.ts

/** An image reference that is not valid under the distribution reference grammar. */
class ImageReferenceError extends src/* ConfigurationError */.j1 {
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
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new src/* ConfigurationError */.j1(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
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
        if (!isValidTag(tag)) {
            throw new src/* ConfigurationError */.j1(`Input "tags" has "${tag}", which is not a valid tag (up to 128 letters, digits, "_", "." or "-", not starting with "." or "-").`);
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
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not of the form key=value.`);
        labels[key] = entry.slice(equals + 1).trim();
    }
    return labels;
}
function unique(values) {
    return [...new Set(values)];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/image/src/registry-transport.ts

/** A registry said no, or could not be reached. The message says which operation on which image. */
class RegistryError extends src/* ShipgateError */.Yu {
    status;
    retryAfterMs;
    networkCode;
    retryable;
    name = 'RegistryError';
    constructor(message, 
    /** The HTTP status, or undefined when no answer came. */
    status, retryAfterMs, networkCode, 
    /** Overrides the classification by status/network code (e.g. a Retry-After beyond the cap). */
    retryable) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.networkCode = networkCode;
        this.retryable = retryable;
    }
}
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
};
/** Network failures worth another attempt: the connection dropped mid-way, not "nobody is there". */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
function isRetryableRegistryError(error) {
    if (!(error instanceof RegistryError))
        return false;
    if (error.retryable !== undefined)
        return error.retryable;
    if (error.status !== undefined)
        return (0,src/* isRetryableStatus */.PS)(error.status);
    return error.networkCode !== undefined && RETRYABLE_NETWORK_CODES.has(error.networkCode);
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (one challenge). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const paramPattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const param of (match[2] ?? '').matchAll(paramPattern)) {
        const key = param[1]?.toLowerCase();
        if (key)
            params[key] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    return { scheme: (match[1] ?? '').toLowerCase(), params };
}
/** The one place a Basic authorization header is built (registry requests and token fetches). */
function basicAuthorization(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
class RegistryTransport {
    #log;
    #options;
    #retry;
    #maxRetryAfterMs;
    /** `host scope…` → Authorization header value. */
    #authorizations = new Map();
    constructor(options = {}) {
        this.#options = options;
        this.#log = options.log ?? src/* silentLogger */.qq;
        const { maxRetryAfterMs, ...retryOptions } = options.retry ?? {};
        this.#retry = { ...DEFAULT_RETRY, ...retryOptions };
        this.#maxRetryAfterMs = maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    }
    get log() {
        return this.#log;
    }
    /** One request with its retry budget. The response body is the caller's, unread. */
    send(domain, spec) {
        return this.withRetry(spec.what, () => this.sendOnce(domain, spec));
    }
    /** One request whose body is read inside the retry budget, so a reset mid-body is retried too. */
    sendForBytes(domain, spec) {
        return this.withRetry(spec.what, async () => {
            const response = await this.sendOnce(domain, spec);
            try {
                return { response, bytes: Buffer.from(await response.arrayBuffer()) };
            }
            catch (error) {
                throw networkFailure(spec.what, error);
            }
        });
    }
    /** Runs a multi-request `operation` (an upload session) as one retried unit. */
    async withRetry(what, operation) {
        return (0,src/* retry */.L5)(operation, {
            ...this.#retry,
            isRetryable: isRetryableRegistryError,
            requestedDelayMs: (error) => (error instanceof RegistryError ? error.retryAfterMs : undefined),
            onRetry: ({ attempt, delayMs, error }) => this.#log.warning(`${capitalise(what)} failed (${error instanceof Error ? error.message : String(error)}); ` +
                `attempt ${attempt + 1} of ${this.#retry.attempts} in ${(delayMs / 1000).toFixed(1)}s.`),
        });
    }
    /** One attempt: the request, and when challenged, the token fetch and the request again. No retries. */
    async sendOnce(domain, spec) {
        const key = authorizationKey(domain, spec.scopes);
        let authorization = this.#authorizations.get(key) ?? this.#authorizations.get(`basic ${domain}`);
        let response = await this.#fetch(domain, spec, authorization);
        if (response.status === 401 && !(spec.body instanceof ReadableStream)) {
            const challenge = parseChallenge(response.headers.get('www-authenticate'));
            await response.body?.cancel();
            const fresh = await this.#answerChallenge(domain, spec, challenge);
            if (fresh && fresh !== authorization) {
                authorization = fresh;
                response = await this.#fetch(domain, spec, authorization);
            }
        }
        if (spec.accept.includes(response.status))
            return response;
        throw await this.#failure(domain, spec, response, authorization !== undefined);
    }
    baseUrl(domain) {
        const insecure = this.#options.insecure;
        const plain = insecure === true || (Array.isArray(insecure) && insecure.includes(domain));
        // Docker Hub's API lives on another host than the name people write.
        const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    async #answerChallenge(domain, spec, challenge) {
        const credentials = this.#credentialsFor(domain);
        if (challenge?.scheme === 'basic') {
            if (!credentials)
                return undefined;
            const value = basicAuthorization(credentials);
            this.#authorizations.set(`basic ${domain}`, value);
            return value;
        }
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            const token = await this.#fetchToken(domain, challenge, spec.scopes, credentials);
            const value = `Bearer ${token}`;
            this.#authorizations.set(authorizationKey(domain, spec.scopes), value);
            return value;
        }
        return undefined;
    }
    /** One token request, inside the attempt of the request that was challenged. */
    async #fetchToken(domain, challenge, scopes, credentials) {
        const realm = new URL(challenge.params.realm ?? '');
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        const wanted = new Set(scopes);
        if (challenge.params.scope)
            for (const item of challenge.params.scope.split(' '))
                wanted.add(item);
        for (const item of wanted)
            realm.searchParams.append('scope', item);
        const headers = { accept: 'application/json' };
        if (this.#options.userAgent)
            headers['user-agent'] = this.#options.userAgent;
        if (credentials)
            headers.authorization = basicAuthorization(credentials);
        const what = `getting a token for ${domain} from ${realm.origin}`;
        let response;
        try {
            response = await fetch(realm, { headers, signal: AbortSignal.timeout(this.#options.timeoutMs ?? 60_000) });
        }
        catch (error) {
            throw networkFailure(what, error);
        }
        if (!response.ok) {
            const reason = response.status === 401 || response.status === 403
                ? credentials
                    ? 'the credentials were refused'
                    : 'the registry requires credentials and none were given'
                : `the token service answered ${response.status}`;
            throw await this.#statusError(what, realm.host, reason, response);
        }
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`${capitalise(what)} failed: the answer held no token.`);
        return token;
    }
    async #fetch(domain, spec, authorization) {
        const url = spec.url.startsWith('/') ? `${this.baseUrl(domain)}${spec.url}` : new URL(spec.url).toString();
        const headers = { ...spec.headers };
        if (authorization)
            headers.authorization = authorization;
        if (this.#options.userAgent)
            headers['user-agent'] = this.#options.userAgent;
        this.#log.debug(`${spec.method} ${url}`);
        try {
            return await fetch(url, {
                method: spec.method,
                headers,
                ...(spec.body instanceof ReadableStream
                    ? { body: spec.body, duplex: 'half' }
                    : spec.body
                        ? { body: new Uint8Array(spec.body) }
                        : {}),
                signal: AbortSignal.timeout(spec.timeoutMs ?? this.#options.timeoutMs ?? 300_000),
            });
        }
        catch (error) {
            throw networkFailure(spec.what, error);
        }
    }
    #credentialsFor(domain) {
        const { credentials } = this.#options;
        if (!credentials)
            return undefined;
        return typeof credentials === 'function' ? credentials(domain) : credentials[domain];
    }
    async #failure(domain, spec, response, authenticated) {
        const status = response.status;
        let reason;
        if (status === 401) {
            reason = this.#credentialsFor(domain)
                ? `${domain} refused the credentials (401 Unauthorized)`
                : `${domain} requires credentials and none were given (401 Unauthorized)`;
        }
        else if (status === 403) {
            reason = `${domain} denied access${authenticated ? ' to these credentials' : ''} (403 Forbidden)`;
        }
        else if (status === 404) {
            reason = `${domain} has no such ${spec.url.includes('/blobs/') ? 'blob' : 'manifest or repository'} (404 Not Found)`;
        }
        else {
            reason = `${domain} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
        }
        return this.#statusError(spec.what, domain, reason, response);
    }
    /**
     * The error for a refused request. A `Retry-After` beyond the cap is not waited for: the error
     * names the host and the wait it asked for, and is not retried.
     */
    async #statusError(what, host, reason, response) {
        const detail = await errorDetail(response);
        const retryAfterMs = (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.#maxRetryAfterMs && (0,src/* isRetryableStatus */.PS)(response.status)) {
            return new RegistryError(`${capitalise(what)} failed: ${host} answered ${response.status} and asked to wait ` +
                `${formatSeconds(retryAfterMs)} before trying again, longer than the ${formatSeconds(this.#maxRetryAfterMs)} ` +
                `this client waits${detail}.`, response.status, retryAfterMs, undefined, false);
        }
        return new RegistryError(`${capitalise(what)} failed: ${reason}${detail}.`, response.status, retryAfterMs);
    }
}
function authorizationKey(domain, scopes) {
    return `${domain} ${[...scopes].sort().join(' ')}`;
}
function formatSeconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}
async function errorDetail(response) {
    try {
        const text = await response.text();
        const body = JSON.parse(text);
        const first = body.errors?.[0];
        if (first?.code || first?.message)
            return `: ${[first.code, first.message].filter(Boolean).join(' ')}`;
    }
    catch {
        // Not the registry's JSON error format; the status says enough.
    }
    return '';
}
function networkFailure(what, error) {
    const cause = error?.cause;
    const code = cause?.code ?? (error?.name === 'TimeoutError' ? 'ETIMEDOUT' : undefined) ?? undefined;
    const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
    const reason = code === 'ECONNREFUSED'
        ? 'nothing is listening there (connection refused)'
        : code === 'ENOTFOUND'
            ? 'the host name does not resolve'
            : message;
    return new RegistryError(`${capitalise(what)} failed: ${reason}.`, undefined, undefined, code ?? 'UNKNOWN');
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./packages/image/src/registry-client.ts




const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const INDEX_MEDIA_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
/** Blob bodies can be gigabytes; they get far longer than an API call. */
const BLOB_TRANSFER_TIMEOUT_MS = 60 * 60_000;
/**
 * A client for the distribution API v2 (OCI distribution spec): enough to resolve, read and copy
 * images. Idempotent calls are retried on 408/429/5xx and dropped connections, honouring
 * Retry-After; 401/403/404 fail at once with what was being done.
 */
class RegistryClient {
    #log;
    #transport;
    constructor(options = {}) {
        this.#transport = new RegistryTransport(options);
        this.#log = this.#transport.log;
    }
    /** Checks that the registry answers the v2 API and that our credentials (if any) are accepted. */
    async ping(domainOrReference) {
        const domain = domainOrReference.includes('/') ? toReference(domainOrReference).domain : domainOrReference;
        await this.#transport.send(domain, {
            method: 'GET',
            url: '/v2/',
            scopes: [],
            accept: [200],
            what: `pinging ${domain}`,
        });
    }
    /** HEADs the manifest; `undefined` when the registry has no such tag or digest. */
    async headManifest(reference) {
        const ref = toReference(reference);
        const response = await this.#transport.send(ref.domain, {
            method: 'HEAD',
            url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [scope(ref, 'pull')],
            accept: [200, 404],
            what: `checking the manifest of ${ref}`,
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest');
        if (!digest) {
            // Registries may omit the header on HEAD; the digest of the served bytes is the truth then.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType };
        }
        return { digest, mediaType: contentType(response) };
    }
    /** The manifest (image or index) with its exact bytes, checked against the digest when pinned. */
    async getManifest(reference) {
        const ref = toReference(reference);
        const { response, bytes } = await this.#transport.sendForBytes(ref.domain, {
            method: 'GET',
            url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [scope(ref, 'pull')],
            accept: [200],
            what: `reading the manifest of ${ref}`,
        });
        const computed = sha256Digest(bytes);
        const expected = ref.digest ?? response.headers.get('docker-content-digest') ?? computed;
        if (expected.startsWith('sha256:') && expected !== computed) {
            throw new RegistryError(`The manifest of ${ref} has digest ${computed}, but ${ref.digest ? 'was asked for' : 'the registry announced'} ${expected}.`);
        }
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The manifest of ${ref} is not JSON.`);
        }
        const mediaType = manifest.mediaType ?? contentType(response);
        return { digest: expected, mediaType, bytes, manifest };
    }
    /**
     * The OCI 1.1 referrers of a digest (`GET /v2/<name>/referrers/<digest>`), or `undefined` when the
     * registry has no referrers API: it answers 404 (distribution 2.8 does), 400 or 405, or with
     * something other than an image index. Callers then use the `sha256-<hex>` tag fallback.
     */
    async getReferrers(reference) {
        const ref = toReference(reference);
        if (!ref.digest)
            throw new RegistryError(`Listing the referrers of ${ref} needs a digest.`);
        const { response, bytes } = await this.#transport.sendForBytes(ref.domain, {
            method: 'GET',
            url: `/v2/${ref.path}/referrers/${ref.digest}`,
            headers: { accept: MEDIA_TYPES.ociIndex },
            scopes: [scope(ref, 'pull')],
            accept: [200, 400, 404, 405],
            what: `listing the referrers of ${ref}`,
        });
        if (response.status !== 200 || contentType(response) !== MEDIA_TYPES.ociIndex)
            return undefined;
        try {
            const index = JSON.parse(bytes.toString('utf8'));
            return Array.isArray(index.manifests) ? index : undefined;
        }
        catch {
            throw new RegistryError(`The referrers of ${ref} are not JSON.`);
        }
    }
    /** The digest the registry serves for a tag (or confirms for a digest). Fails when it does not exist. */
    async resolveDigest(reference) {
        const ref = toReference(reference);
        const head = await this.headManifest(ref);
        if (!head)
            throw new RegistryError(`The image ${ref} was not found on ${ref.domain}.`, 404);
        return head.digest;
    }
    /**
     * The image config (labels, env, history…). For an index, the manifest for `platform`
     * (default linux/amd64, else the first) is followed.
     */
    async getImageConfig(reference, options = {}) {
        const ref = toReference(reference);
        let fetched = await this.getManifest(ref);
        if (isIndex(fetched)) {
            const child = pickPlatform(fetched.manifest, options.platform ?? 'linux/amd64');
            if (!child)
                throw new RegistryError(`The image index ${ref} lists no manifests.`);
            fetched = await this.getManifest(repositoryAt(ref, child.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest)
            throw new RegistryError(`The manifest of ${ref} has no config.`);
        const bytes = await this.getBlob(ref, manifest.config.digest);
        return {
            digest: manifest.config.digest,
            manifestDigest: fetched.digest,
            config: JSON.parse(bytes.toString('utf8')),
        };
    }
    /** A blob's bytes, checked against its digest. */
    async getBlob(reference, digest) {
        const ref = toReference(reference);
        const { bytes } = await this.#transport.sendForBytes(ref.domain, {
            method: 'GET',
            url: `/v2/${ref.path}/blobs/${digest}`,
            scopes: [scope(ref, 'pull')],
            accept: [200],
            what: `reading blob ${digest} of ${ref.name}`,
        });
        if (digest.startsWith('sha256:') && sha256Digest(bytes) !== digest) {
            throw new RegistryError(`Blob ${digest} of ${ref.name} arrived with different content (digest mismatch).`, 502);
        }
        return bytes;
    }
    /**
     * Copies an image (or a whole index with its platform images) from `source` to `target`, by
     * digest: blobs first (mounted across repositories of one registry when it allows), then the
     * manifests, byte for byte, so the digest comes out unchanged. `target` names the repository and
     * optionally a tag to point at the copy. Returns the digest.
     */
    async copyImage(sourceReference, targetReference) {
        const source = toReference(sourceReference);
        const target = toReference(targetReference);
        if (target.digest && source.digest && target.digest !== source.digest) {
            throw new RegistryError(`Cannot copy ${source} to ${target}: the target is pinned to another digest.`);
        }
        const fetched = await this.getManifest(source);
        if (target.digest && target.digest !== fetched.digest) {
            throw new RegistryError(`Cannot copy ${source} (${fetched.digest}) to ${target}: the digests differ.`);
        }
        this.#log.info(`Copying ${source} (${fetched.digest}) to ${target.name}`);
        if (isIndex(fetched)) {
            for (const child of fetched.manifest.manifests) {
                const childManifest = await this.getManifest(repositoryAt(source, child.digest));
                await this.#copyManifestContent(source, target, childManifest);
                await this.#putManifest(target, child.digest, childManifest);
            }
        }
        else {
            await this.#copyManifestContent(source, target, fetched);
        }
        await this.#putManifest(target, fetched.digest, fetched);
        if (target.tag)
            await this.#putManifest(target, target.tag, fetched);
        return {
            digest: fetched.digest,
            mediaType: fetched.mediaType,
            target: `${target.name}@${fetched.digest}`,
        };
    }
    async #copyManifestContent(source, target, fetched) {
        if (isIndex(fetched)) {
            throw new RegistryError(`Nested image indexes are not supported (in ${source.name}@${fetched.digest}).`);
        }
        const manifest = fetched.manifest;
        // Foreign (non-distributable) layers live elsewhere by definition; registries do not take them.
        const blobs = [manifest.config, ...(manifest.layers ?? [])].filter((blob) => blob && !blob.urls?.length);
        for (const blob of blobs)
            await this.#copyBlob(source, target, blob);
    }
    async #copyBlob(source, target, blob) {
        if (await this.#blobExists(target, blob.digest)) {
            this.#log.debug(`Blob ${blob.digest} already in ${target.name}`);
            return;
        }
        const pushScopes = [scope(target, 'push')];
        let location;
        if (source.domain === target.domain && source.path !== target.path) {
            const mountScopes = [...pushScopes, scope(source, 'pull')];
            const mounted = await this.#transport.send(target.domain, {
                method: 'POST',
                url: `/v2/${target.path}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(source.path)}`,
                headers: { 'content-length': '0' },
                scopes: mountScopes,
                accept: [201, 202],
                what: `mounting blob ${blob.digest} from ${source.name} into ${target.name}`,
            });
            if (mounted.status === 201) {
                this.#log.debug(`Mounted ${blob.digest} from ${source.name}`);
                return;
            }
            location = mounted.headers.get('location') ?? undefined;
        }
        // Streamed from source to target, so a multi-gigabyte layer never sits in memory; the target
        // registry checks the digest of what arrives (`?digest=`) and refuses a mismatch.
        await this.#upload(target, blob.digest, location, async () => {
            const download = await this.#transport.sendOnce(source.domain, {
                method: 'GET',
                url: `/v2/${source.path}/blobs/${blob.digest}`,
                scopes: [scope(source, 'pull')],
                accept: [200],
                what: `reading blob ${blob.digest} of ${source.name}`,
                timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
            });
            if (!download.body)
                throw new RegistryError(`${source.domain} sent blob ${blob.digest} without a body.`);
            return { body: download.body, length: blob.size };
        });
    }
    /** Uploads a blob (monolithically) unless the repository has it already. Returns its digest. */
    async pushBlob(reference, bytes) {
        const ref = toReference(reference);
        const digest = sha256Digest(bytes);
        if (!(await this.#blobExists(ref, digest))) {
            await this.#upload(ref, digest, undefined, async () => ({ body: bytes, length: bytes.length }));
        }
        return digest;
    }
    /** Writes a manifest under the reference's tag (or its digest). Returns the digest the registry stored. */
    async pushManifest(reference, bytes, mediaType) {
        const ref = toReference(reference);
        const digest = sha256Digest(bytes);
        if (ref.digest && ref.digest !== digest) {
            throw new RegistryError(`The manifest for ${ref} has digest ${digest}, not the one in the reference.`);
        }
        const manifest = JSON.parse(bytes.toString('utf8'));
        await this.#putManifest(ref, ref.tag ?? digest, { digest, mediaType, bytes, manifest });
        return digest;
    }
    /** A monolithic upload; `content` is called once per attempt (a stream cannot be replayed). */
    async #upload(target, digest, startedAt, content) {
        const pushScopes = [scope(target, 'push')];
        let location = startedAt;
        // One upload session per attempt: a session that failed midway is not resumed.
        await this.#transport.withRetry(`uploading blob ${digest} to ${target.name}`, async () => {
            const { body, length } = await content();
            try {
                await this.#uploadOnce(target, digest, location, body, length, pushScopes);
            }
            catch (error) {
                if (body instanceof ReadableStream)
                    await body.cancel().catch(() => { });
                throw error;
            }
            finally {
                location = undefined;
            }
        });
    }
    async #uploadOnce(target, digest, location, body, length, pushScopes) {
        let uploadLocation = location;
        if (!uploadLocation) {
            const started = await this.#transport.sendOnce(target.domain, {
                method: 'POST',
                url: `/v2/${target.path}/blobs/uploads/`,
                headers: { 'content-length': '0' },
                scopes: pushScopes,
                accept: [202],
                what: `starting an upload to ${target.name}`,
            });
            uploadLocation = started.headers.get('location') ?? undefined;
            if (!uploadLocation)
                throw new RegistryError(`${target.domain} started an upload without a Location.`);
        }
        const absolute = new URL(uploadLocation, `${this.#transport.baseUrl(target.domain)}/`);
        absolute.searchParams.set('digest', digest);
        await this.#transport.sendOnce(target.domain, {
            method: 'PUT',
            url: absolute.toString(),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
            body,
            scopes: pushScopes,
            accept: [201],
            what: `uploading blob ${digest} to ${target.name}`,
            timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
        });
    }
    async #blobExists(ref, digest) {
        const response = await this.#transport.send(ref.domain, {
            method: 'HEAD',
            url: `/v2/${ref.path}/blobs/${digest}`,
            scopes: [scope(ref, 'push')],
            accept: [200, 404],
            what: `checking blob ${digest} in ${ref.name}`,
        });
        return response.status === 200;
    }
    async #putManifest(target, id, fetched) {
        const response = await this.#transport.send(target.domain, {
            method: 'PUT',
            url: `/v2/${target.path}/manifests/${id}`,
            headers: { 'content-type': fetched.mediaType },
            body: fetched.bytes,
            scopes: [scope(target, 'push')],
            accept: [201],
            what: `writing the manifest ${target.name}${id.includes(':') ? '@' : ':'}${id}`,
        });
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== fetched.digest) {
            throw new RegistryError(`${target.domain} stored the manifest of ${target.name} as ${stored}, not ${fetched.digest}.`);
        }
    }
}
function scope(ref, access) {
    return `repository:${ref.path}:${access === 'push' ? 'pull,push' : 'pull'}`;
}
function manifestId(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function repositoryAt(ref, digest) {
    return toReference(`${ref.name}@${digest}`, ref.domain !== '');
}
function toReference(reference, normalize = true) {
    const ref = typeof reference === 'string' ? parseImageReference(reference, { normalize }) : reference;
    if (!ref.domain)
        throw new RegistryError(`The image reference ${ref} names no registry.`);
    return ref;
}
function isIndex(fetched) {
    return INDEX_MEDIA_TYPES.has(fetched.mediaType) || Array.isArray(fetched.manifest.manifests);
}
function pickPlatform(index, platform) {
    const [os, architecture, variant] = platform.split('/');
    const candidates = index.manifests.filter(
    // Attestation manifests (buildx provenance) are listed as platform unknown/unknown.
    (entry) => entry.platform?.os !== 'unknown');
    return (candidates.find((entry) => entry.platform?.os === os &&
        entry.platform?.architecture === architecture &&
        (!variant || entry.platform?.variant === variant)) ?? candidates[0]);
}
function contentType(response) {
    return (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
}
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}

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
    if (settings.repository.tag || settings.repository.digest) {
        throw new src/* ConfigurationError */.j1(`Input "image" must be a repository without tag or digest, got "${settings.repository}"; put tags in "tags".`);
    }
    await requireDirectory(settings.context, 'context');
    await requireFile(settings.file, 'file');
    for (const platform of settings.platforms) {
        if (!PLATFORM_PATTERN.test(platform)) {
            throw new src/* ConfigurationError */.j1(`Input "platforms" has "${platform}", which is not of the form os/arch[/variant].`);
        }
    }
    const metadata = computeImageMetadata({
        context: settings.git,
        tags: settings.extraTags,
        labels: settings.labelEntries,
        now: settings.now,
    });
    if (metadata.tags.length === 0) {
        throw new src/* ConfigurationError */.j1('Input "tags" is required when there is no git ref or commit to derive tags from.');
    }
    const builderName = settings.builder === 'auto' ? await pickBuilder(deps) : settings.builder;
    if (builderName === 'buildah' && settings.platforms.length > 1) {
        throw new src/* ConfigurationError */.j1(`Input "platforms" lists ${settings.platforms.length} platforms, but the buildah builder builds one; use builder "docker" for several.`);
    }
    log.info(`Builder: ${builderName}${settings.builder === 'auto' ? ' (auto)' : ''}`);
    const registry = new RegistryClient({
        log,
        insecure: settings.tlsVerify ? false : [settings.repository.domain],
        credentials: settings.credentials ? { [settings.repository.domain]: settings.credentials } : undefined,
        retry: deps.registryRetry,
    });
    if (settings.credentials)
        deps.setSecret(settings.credentials.password);
    if (settings.push) {
        // Before a minutes-long build: an unreachable registry or refused credentials fail now.
        await registry.ping(settings.repository.domain);
    }
    const request = {
        context: settings.context,
        file: settings.file,
        repository: settings.repository,
        tags: metadata.tags,
        buildArgs: settings.buildArgs,
        labels: metadata.labels,
        target: settings.target,
        platforms: settings.platforms,
        push: settings.push,
        pushRetry: {
            retries: settings.pushRetries ?? DEFAULT_PUSH_RETRIES,
            delayMs: deps.pushRetryDelayMs ?? DEFAULT_PUSH_RETRY_DELAY_MS,
        },
        tlsVerify: settings.tlsVerify,
        credentials: settings.credentials,
    };
    const create = deps.createBuilder ?? defaultBuilder;
    const outcome = await create(builderName, deps)
        .build(request)
        .catch(async (error) => {
        throw error instanceof PushError ? await explainFailedPush(registry, error) : error;
    });
    let digest;
    if (settings.push) {
        if (!outcome.digest)
            throw new src/* ShipgateError */.Yu(`The ${builderName} build pushed but reported no digest.`);
        digest = outcome.digest;
        await log.group('Checking the pushed tags on the registry', () => verifyPushedTags(registry, outcome.references, digest, log));
    }
    return {
        ...(digest ? { digest, imageRef: `${settings.repository.name}@${digest}` } : {}),
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
/** Every pushed tag must be served as the pushed digest; a check that cannot be made says so. */
async function verifyPushedTags(registry, references, digest, log) {
    for (const reference of references) {
        let served;
        try {
            served = await registry.resolveDigest(reference);
        }
        catch (error) {
            if (!(error instanceof RegistryError))
                throw error;
            throw new src/* ShipgateError */.Yu(`${reference} was pushed as ${digest} but not verified: ${lowerFirst(error.message)} Re-run to verify it.`);
        }
        if (served !== digest) {
            throw new src/* ShipgateError */.Yu(`The registry serves ${reference} as ${served}, not the pushed digest ${digest}.`);
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
        return new src/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}), and whether it landed is unknown: ${lowerFirst(detail)}`);
    }
    if (served && error.imageId && served.digest === error.imageId) {
        return new src/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}), but the registry serves this build there as ` +
            `${served.manifestDigest}: pushed but not verified; re-run the step to verify it.`);
    }
    if (served && !error.imageId) {
        return new src/* ShipgateError */.Yu(`Pushing ${error.reference} failed (${reason}); the registry serves ${served.manifestDigest} there, which may be an earlier push.`);
    }
    return new src/* ShipgateError */.Yu(`${error.reference} was not pushed: ${reason}`);
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
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be a directory, but ${path} is not one.`);
}
async function requireFile(path, input) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${path}, which does not exist.`);
}
/** `KEY=VALUE` lines (the `build-args` input) into an object; the value may contain `=`. */
function parseBuildArgs(entries, inputName = 'build-args') {
    const args = {};
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals > 0 ? entry.slice(0, equals).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new src/* ConfigurationError */.j1(`Input "${inputName}" has "${entry}", which is not of the form NAME=value.`);
        }
        args[key] = entry.slice(equals + 1);
    }
    return args;
}

;// CONCATENATED MODULE: ./packages/image/src/index.ts









/***/ })

};
