import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 49356:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(26);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 26:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: readSettings

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/attest/src/oidc.ts

class oidc_AttestationError extends errors/* ShipgateError */.Yu {
    name = 'AttestationError';
}
/** The claims of a JWT, unverified: used only to describe the run in the provenance Fulcio will certify. */
function tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new oidc_AttestationError("The job's OIDC token is not a JWT.");
    }
}

// EXTERNAL MODULE: ./packages/attest/src/statement.ts
var src_statement = __nccwpck_require__(69918);
;// CONCATENATED MODULE: ./packages/attest/src/sign.ts




/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
const sign_PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const sign_PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** A PEM private key from an input, refused with one sentence naming the input when it is not one. */
function parseSigningKey(pem, passphrase, input = 'signing-key') {
    try {
        const key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
        if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
            throw new Error('unsupported');
        }
        return key;
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`);
    }
}
/** The hint a key-signed bundle carries: the hex sha256 of the public key (SPKI DER). */
function publicKeyHint(key) {
    const publicKey = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ format: 'der', type: 'spki' }))
        .digest('hex');
}
/** Signs over DSSE PAE with a local key; no witnesses, so the bundle holds only the key hint. */
class LocalKeySigner {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(data) {
        const algorithm = this.key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
        const publicKey = (0,external_node_crypto_.createPublicKey)(this.key).export({ format: 'pem', type: 'spki' }).toString();
        return {
            signature: (0,external_node_crypto_.sign)(algorithm, data, this.key),
            key: { $case: 'publicKey', publicKey, hint: publicKeyHint(this.key) },
        };
    }
}
/** The statement as a DSSE envelope in a Sigstore bundle (v0.3), as JSON. */
async function signStatement(statement, settings) {
    // Loaded here, not with the module: @sigstore/sign and its HTTP stack are most of a bundle's
    // start-up time, and most runs sign nothing.
    const sigstore = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(310), __nccwpck_require__.e(463), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15179));
    const { bundleToJSON } = await __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 61040));
    const builder = settings.mode === 'key'
        ? new sigstore.DSSEBundleBuilder({ signer: new LocalKeySigner(settings.privateKey), witnesses: [] })
        : new sigstore.DSSEBundleBuilder({
            signer: fulcioSigner(sigstore, settings),
            witnesses: witnesses(sigstore, settings),
        });
    try {
        const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: src_statement/* IN_TOTO_PAYLOAD_TYPE */.T4 });
        return bundleToJSON(bundle);
    }
    catch (error) {
        throw new oidc_AttestationError(`Signing the ${statement.predicateType} statement failed: ${signingFailure(error)}.`);
    }
}
/** @sigstore/sign quotes a refused identity token in its message; no token leaves here. */
function signingFailure(error) {
    const parts = [];
    for (let current = error; current && parts.length < 3;) {
        if (current.message)
            parts.push(current.message);
        current = current.cause;
    }
    return redactTokens(parts.join(': ') || String(error));
}
/** Anything shaped like a JWT (three base64url parts, the first a JSON header) becomes `***`. */
function redactTokens(text) {
    return text.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***');
}
function fulcioSigner({ FulcioSigner }, settings) {
    return new FulcioSigner({
        fulcioBaseURL: settings.fulcioUrl,
        identityProvider: { getToken: settings.identityToken },
        retry: settings.retries ?? 2,
        timeout: 30_000,
    });
}
function witnesses({ RekorWitness, TSAWitness }, settings) {
    const list = [];
    const retry = settings.retries ?? 2;
    // `intoto` entries verify the same with every Rekor; the mock used in tests mangles `dsse` ones.
    if (settings.rekorUrl)
        list.push(new RekorWitness({ rekorBaseURL: settings.rekorUrl, entryType: 'intoto', retry }));
    if (settings.tsaUrl)
        list.push(new TSAWitness({ tsaBaseURL: settings.tsaUrl, retry }));
    if (list.length === 0) {
        throw new errors/* ConfigurationError */.j1('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/attest/src/settings.ts







/**
 * The signing inputs build-image and scan-image share: `attest` (`auto`: on when the job has an
 * OIDC token or a signing-key is given), `signing-key` (+ `signing-key-passphrase`), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The key is masked line by line before anything else reads it.
 */
function readAttestSettings({ inputs, env, context, setSecret, idToken, }) {
    const key = inputs.optional('signing-key');
    // The runner masks one line per value: each line of a PEM body is masked on its own.
    for (const line of key?.split(/\r?\n/) ?? [])
        if (line.trim().length > 8 && !line.startsWith('-----'))
            setSecret(line.trim());
    setSecret(key);
    const passphrase = inputs.optional('signing-key-passphrase');
    setSecret(passphrase);
    const mode = inputs.string('attest', 'auto');
    if (!['auto', 'true', 'false'].includes(mode)) {
        throw new errors/* ConfigurationError */.j1(`Input "attest" must be auto, true or false, got "${mode}".`);
    }
    const hasIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const githubToken = inputs.optional('github-token');
    setSecret(githubToken);
    if (mode === 'false' || (mode === 'auto' && !key && !hasIdToken))
        return undefined;
    // GitHub's attestations API too, when there is a token and a repository to store them in.
    const github = githubToken && context.repository
        ? { github: { token: githubToken, apiUrl: context.apiUrl, repository: context.repository } }
        : {};
    if (key) {
        return {
            signing: 'key',
            privateKey: parseSigningKey(key, passphrase),
            run: runFromContext(context, env),
            ...github,
        };
    }
    if (!hasIdToken) {
        throw new errors/* ConfigurationError */.j1('Input "attest" is true, but the job has no OIDC token (grant "permissions: id-token: write") and no "signing-key" is set.');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new errors/* ConfigurationError */.j1(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    return {
        signing: 'keyless',
        fulcioUrl: url('fulcio-url', sign_PUBLIC_GOOD_FULCIO_URL),
        rekorUrl: url('rekor-url', sign_PUBLIC_GOOD_REKOR_URL),
        tsaUrl: url('tsa-url', ''),
        idToken,
        serverUrl: context.serverUrl,
        ...github,
    };
}
/**
 * gitops-commit's deploy statement signing (keyless only: the certificate must name the run):
 * `deploy-statement` (`auto`: sign the deploys that count an environment review, when the job has
 * an OIDC token; `true`: sign every deploy, and require a token; `false`: never), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The token is requested only when a statement is signed, and masked.
 */
function readDeployStatementSigning({ inputs, env, setSecret, idToken, }) {
    const mode = inputs.string('deploy-statement', 'auto');
    if (!['auto', 'true', 'false'].includes(mode)) {
        throw new ConfigurationError(`Input "deploy-statement" must be auto, true or false, got "${mode}".`);
    }
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    setSecret(requestToken);
    if (mode === 'false' || (mode === 'auto' && !(requestUrl && requestToken)))
        return undefined;
    if (!requestUrl || !requestToken) {
        throw new ConfigurationError('Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    const rekorUrl = url('rekor-url', PUBLIC_GOOD_REKOR_URL);
    const tsaUrl = url('tsa-url', '');
    let token;
    return {
        always: mode === 'true',
        signing: {
            mode: 'keyless',
            fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL),
            ...(rekorUrl ? { rekorUrl } : {}),
            ...(tsaUrl ? { tsaUrl } : {}),
            identityToken: () => {
                token ??= idToken('sigstore').then((value) => {
                    setSecret(value);
                    return value;
                });
                return token;
            },
        },
    };
}
function runFromContext(context, env) {
    return {
        serverUrl: context.serverUrl,
        repository: context.repository,
        repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        ref: context.ref,
        sha: context.sha,
        eventName: context.eventName,
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
        runId: context.runId,
        runAttempt: context.runAttempt,
    };
}
/**
 * Who must have signed: `attestation-identity` (the signer workflow: exact, or a regular expression
 * when it starts with `^`) and `attestation-repository` (owner/name), each checked for its form.
 */
function readSignerInputs(inputs) {
    const identity = inputs.optional('attestation-identity');
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw new ConfigurationError(`Input "attestation-identity" is not a valid regular expression: ${identity}`);
        }
    }
    const repository = inputs.optional('attestation-repository');
    if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new ConfigurationError(`Input "attestation-repository" must be owner/name, got "${repository}".`);
    }
    return { ...(identity ? { identity } : {}), ...(repository ? { repository } : {}) };
}
/**
 * promote's verification inputs: `verify-attestations` (provenance, scan; empty = off),
 * `trusted-root` (a file, or the JSON) or `verify-key` (a PEM public key), `attestation-identity`
 * (the signer workflow: exact, or a regex when it starts with `^`), `attestation-issuer`,
 * `attestation-repository` (owner/name; its owner is required too) and `scan-max-age`.
 */
function readVerifySettings({ inputs, context, }) {
    const kinds = inputs.list('verify-attestations');
    if (kinds.length === 0)
        return undefined;
    for (const kind of kinds) {
        if (!(kind in PREDICATE_TYPES)) {
            throw new ConfigurationError(`Input "verify-attestations" lists "${kind}"; it takes provenance, scan and sbom.`);
        }
    }
    const trust = readTrust(inputs);
    if (!trust) {
        throw new ConfigurationError('Input "verify-attestations" needs "trusted-root" (keyless bundles) or "verify-key" (key-signed ones).');
    }
    const { identity, repository } = readSignerInputs(inputs);
    if (trust.mode === 'keyless' && !identity) {
        throw new ConfigurationError('Input "attestation-identity" is required with "trusted-root": name the workflow that must have signed.');
    }
    const maxAge = inputs.optional('scan-max-age');
    const from = inputs.string('attestations-from', 'registry');
    if (from !== 'registry' && from !== 'github') {
        throw new ConfigurationError(`Input "attestations-from" must be registry or github, got "${from}".`);
    }
    const githubToken = inputs.optional('github-token');
    if (from === 'github' && (!githubToken || !repository)) {
        throw new ConfigurationError('Input "attestations-from" is github, which needs "github-token" and "attestation-repository" (the repository holding them).');
    }
    return {
        ...(from === 'github' ? { github: { token: githubToken, apiUrl: context.apiUrl, repository: repository } } : {}),
        trust,
        requirements: {
            require: kinds,
            identity: identity ? (identity.startsWith('^') ? { pattern: identity } : { exact: identity }) : undefined,
            issuer: inputs.string('attestation-issuer', 'https://token.actions.githubusercontent.com'),
            sourceRepository: repository,
            sourceOwner: repository?.split('/')[0],
            serverUrl: context.serverUrl,
            scanMaxAgeMs: maxAge ? parseMaxAge(maxAge, 'scan-max-age') : undefined,
        },
    };
}
/**
 * The verifier of the GitOps policy's `attestations` and `scan: {require: pass}` rules for a
 * writer (gitops-commit, rollback): `trusted-root` or `verify-key`, and the registry the bundles
 * are read from (`registry-username`, `registry-password`, `tls-verify`). Undefined without trust:
 * a deploy the policy asks evidence of is then refused, naming these inputs.
 */
function readPolicyAttestationVerifier({ inputs, setSecret, log, serverUrl, }) {
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    setSecret(password);
    if (Boolean(username) !== Boolean(password)) {
        throw new ConfigurationError('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const credentials = username && password ? { username, password } : undefined;
    const trust = readTrust(inputs);
    if (!trust)
        return undefined;
    const registry = new RegistryClient({
        log,
        insecure: !inputs.boolean('tls-verify', true),
        credentials: () => credentials,
    });
    return policyAttestationVerifier(trust, { registry, credentials, log, serverUrl });
}
/** `verify-key` (a PEM public key) or `trusted-root` (a file or the JSON); undefined when neither is set. */
function readTrust(inputs) {
    const key = inputs.optional('verify-key');
    const root = inputs.optional('trusted-root');
    if (key && root)
        throw new ConfigurationError('Inputs "verify-key" and "trusted-root" exclude each other; give one.');
    if (key)
        return keyTrust(key);
    return root ? keylessTrust(readJsonOrFile(root, 'trusted-root'), 'trusted-root') : undefined;
}
function readJsonOrFile(value, input) {
    if (value.trimStart().startsWith('{'))
        return value;
    try {
        return readFileSync(value, 'utf8');
    }
    catch {
        throw new ConfigurationError(`Input "${input}" is neither JSON nor a readable file: ${value}`);
    }
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseMaxAge(value, input) {
    const match = /^(\d+)\s*([mhd])$/.exec(value.trim());
    if (!match || Number(match[1]) === 0) {
        throw new ConfigurationError(`Input "${input}" must be a duration like 90m, 24h or 7d, got "${value}".`);
    }
    return Number(match[1]) * UNIT_MS[match[2]];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __nccwpck_require__(30380);
;// CONCATENATED MODULE: ./packages/attest/src/github-store.ts
/**
 * GitHub's artifact attestations API: where `actions/attest` stores bundles and `gh attestation
 * verify` reads them by default. Shipgate posts there in addition to the registry when the token
 * allows (`attestations: write`); a refusal is a warning, since the registry copy is what the
 * cluster and promote read.
 */

/** Posts one bundle; returns the attestation id, or undefined (with a warning) when GitHub refuses. */
async function postGitHubAttestation(client, repository, bundle, log) {
    const [owner, repo] = repository.split('/');
    try {
        const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
            params: { owner: owner ?? '', repo: repo ?? '' },
            body: { bundle },
        });
        return response.data.id;
    }
    catch (error) {
        if (error instanceof github_client/* GitHubApiError */.O && [401, 403, 404, 422].includes(error.status ?? 0)) {
            log.warning(`GitHub did not store the attestation in ${repository} (${error.status}); the job's token needs "permissions: attestations: write". It is in the registry.`);
            return undefined;
        }
        throw error;
    }
}
/** The bundles GitHub holds for `digest` in `repository` (at most 100: the newest page). */
async function github_store_readGitHubAttestations(client, repository, digest) {
    const [owner, repo] = repository.split('/');
    let response;
    try {
        response = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            params: { owner: owner ?? '', repo: repo ?? '', subject_digest: digest },
            query: { per_page: 100 },
        });
    }
    catch (error) {
        // GitHub answers 404 for a digest it holds no attestation of; verification names what is missing.
        if (error instanceof GitHubApiError && error.status === 404)
            return [];
        throw error;
    }
    return (response.data.attestations ?? [])
        .filter((entry) => Boolean(entry.bundle))
        .map((entry, index) => ({ bundle: entry.bundle, source: `${repository} attestation ${index + 1} for ${digest}` }));
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __nccwpck_require__(59899);
;// CONCATENATED MODULE: ./packages/image/src/reference.ts

/** An image reference that is not valid under the distribution reference grammar. */
class ImageReferenceError extends errors/* ConfigurationError */.j1 {
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
            throw new ConfigurationError(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new ConfigurationError(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
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

;// CONCATENATED MODULE: ./packages/attest/src/registry-store.ts
/**
 * Sigstore bundles stored with the image, the OCI 1.1 way (as actions/attest and cosign store
 * them): an artifact manifest whose `subject` is the image, found through the referrers API when
 * the registry has one, else through the `sha256-<hex>` tag holding an index of referrers.
 *
 * Writes go through @sigstore/oci (what actions/attest uses); every read (the referrers API,
 * manifests, blobs) goes through @shipgate/image's RegistryClient, with its auth and retry policy.
 */




const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const BUNDLE_MEDIA_TYPES = new Set([BUNDLE_MEDIA_TYPE, 'application/vnd.dev.sigstore.bundle+json;version=0.3']);
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** Reading stops here: an image with more referrers than this is not one Shipgate attested. */
const MAX_REFERRERS = 64;
async function registry_store_attachBundle(options) {
    const { name, digest } = splitReference(options.imageRef);
    // A fixed creation time keeps the artifact manifest byte-identical across re-adds.
    const created = (options.now ?? new Date()).toISOString();
    // Loaded on first write, not with the module: @sigstore/oci brings a whole HTTP client stack.
    const { attachArtifactToImage } = await Promise.all(/* import() */[__nccwpck_require__.e(310), __nccwpck_require__.e(57)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81057));
    const attachOnce = () => attachArtifactToImage({
        imageName: name,
        imageDigest: digest,
        artifact: Buffer.from(JSON.stringify(options.bundle)),
        mediaType: BUNDLE_MEDIA_TYPE,
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            [PREDICATE_TYPE_ANNOTATION]: options.predicateType,
            'org.opencontainers.image.created': created,
        },
        // @sigstore/oci signs in only when given credentials; anonymous registries get none.
        credentials: options.credentials,
        fetchOpts: { timeout: 60_000, retry: 2, proxy: undefined, noProxy: undefined },
    }).catch((error) => {
        const cause = error.cause;
        throw new oidc_AttestationError(`Attaching the ${options.predicateType} attestation to ${options.imageRef} failed: ${cause?.message ?? String(error)}.`);
    });
    // Writers attaching to one digest at once upload the same blobs; the Debian registry can answer
    // one of them 400 (a blob another upload still holds) on the manifest. Everything written is
    // content-addressed, so writing it again is safe.
    const artifact = await (0,retry/* retry */.L5)(attachOnce, { attempts: 3, baseDelayMs: 200, maxDelayMs: 1_000 });
    const rounds = options.rounds ?? 5;
    let writes = 1;
    if (rounds === 0)
        return { digest: artifact.digest, writes, via: 'tag-index' };
    for (let round = 0; round < rounds; round++) {
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(jitter(options.settleMs ?? 500));
        const listed = await listReferrers(options.registry, options.imageRef);
        if (listed.via === 'referrers-api' && listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
            return { digest: artifact.digest, writes, via: 'referrers-api' };
        }
        if (listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
            // Present on a second look too, so a concurrent writer that read before us has written since.
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(jitter(options.settleMs ?? 500));
            const again = await listReferrers(options.registry, options.imageRef);
            if (again.index.manifests.some((entry) => entry.digest === artifact.digest)) {
                return { digest: artifact.digest, writes, via: 'tag-index' };
            }
        }
        await attachOnce();
        writes++;
    }
    throw new oidc_AttestationError(`The attestation for ${options.imageRef} kept disappearing from its referrers index after ${writes} writes; another writer keeps replacing it.`);
}
/** Up to a quarter more or less than `ms`, so two writers that collided do not collide again. */
function jitter(ms) {
    return ms === 0 ? 0 : Math.round(ms * (0.75 + Math.random() / 2));
}
/** The referrers of a digest: from the referrers API when the registry answers it, else the tag index. */
async function listReferrers(registry, imageRef) {
    const { name, digest } = splitReference(imageRef);
    const fromApi = await registry.getReferrers(imageRef);
    if (fromApi)
        return { index: fromApi, via: 'referrers-api' };
    const tag = `${name}:${digest.replace(':', '-')}`;
    if (!(await registry.headManifest(tag)))
        return { index: { schemaVersion: 2, manifests: [] }, via: 'none' };
    const fetched = await registry.getManifest(tag);
    const index = fetched.manifest;
    return { index: { ...index, manifests: Array.isArray(index.manifests) ? index.manifests : [] }, via: 'tag-index' };
}
/** Every Sigstore bundle attached to the digest (optionally only those whose annotation names `predicateTypes`). */
async function registry_store_readBundles(registry, imageRef, options = {}) {
    const { name } = splitReference(imageRef);
    const listing = await listReferrers(registry, imageRef);
    const wanted = options.predicateTypes ? new Set(options.predicateTypes) : undefined;
    const entries = listing.index.manifests
        .filter((entry) => BUNDLE_MEDIA_TYPES.has(entry.artifactType ?? ''))
        // cosign's own fallback writes drop the annotation; those are read and judged by their content.
        .filter((entry) => !wanted ||
        !entry.annotations?.[PREDICATE_TYPE_ANNOTATION] ||
        wanted.has(entry.annotations[PREDICATE_TYPE_ANNOTATION]))
        .slice(0, MAX_REFERRERS);
    const bundles = [];
    for (const entry of entries) {
        const manifest = (await registry.getManifest(`${name}@${entry.digest}`)).manifest;
        const layer = manifest.layers?.find((candidate) => BUNDLE_MEDIA_TYPES.has(candidate.mediaType));
        if (!layer)
            continue;
        const bytes = await registry.getBlob(name, layer.digest);
        try {
            bundles.push({
                bundle: JSON.parse(bytes.toString('utf8')),
                source: `${name}@${entry.digest}`,
            });
        }
        catch {
            // Not JSON: not a bundle anyone could verify; verification reports what is missing.
        }
    }
    return bundles;
}
function splitReference(imageRef) {
    const reference = parseImageReference(imageRef);
    if (!reference.digest)
        throw new oidc_AttestationError(`${imageRef} is not pinned by digest; attestations are per digest.`);
    return { name: reference.name, digest: reference.digest };
}

;// CONCATENATED MODULE: ./packages/attest/src/pipeline.ts







/** Gets the token (keyless) once, so the statement's run and Fulcio's certificate say the same. */
async function prepareSigning(settings, setSecret) {
    if (settings.signing === 'key')
        return { settings: { mode: 'key', privateKey: settings.privateKey }, run: settings.run };
    const token = await settings.idToken('sigstore');
    setSecret(token);
    return {
        run: (0,src_statement/* workflowRunFromClaims */.oz)(tokenClaims(token), settings.serverUrl),
        settings: {
            mode: 'keyless',
            fulcioUrl: settings.fulcioUrl,
            rekorUrl: settings.rekorUrl,
            tsaUrl: settings.tsaUrl,
            retries: settings.retries,
            identityToken: async () => token,
        },
    };
}
/** Signs each statement and attaches the bundle to the image; nothing is attached unless all are signed. */
async function attestImage(options) {
    const bundles = [];
    for (const statement of options.statements)
        bundles.push(await signStatement(statement, options.signing));
    const name = options.imageRef.slice(0, options.imageRef.indexOf('@'));
    const attached = [];
    for (const [index, bundle] of bundles.entries()) {
        const predicateType = options.statements[index].predicateType;
        const result = await registry_store_attachBundle({
            imageRef: options.imageRef,
            bundle,
            predicateType,
            registry: options.registry,
            credentials: options.credentials,
            settleMs: options.settleMs,
        });
        options.log.info(`Attached a signed ${predicateType} attestation to ${options.imageRef} (${result.digest}).`);
        attached.push({ predicateType, artifact: `${name}@${result.digest}` });
        if (options.github) {
            const client = (0,github_client/* createGitHubClient */.L)({
                token: options.github.token,
                baseUrl: options.github.apiUrl,
                log: options.log,
            });
            const id = await postGitHubAttestation(client, options.github.repository, bundle, options.log);
            if (id !== undefined)
                options.log.info(`Stored it in ${options.github.repository}'s attestations too (id ${id}).`);
        }
    }
    return attached;
}
/** Reads the digest's bundles from the registry and verifies them; throws AttestationRefusedError. */
async function verifyImageAttestations(options) {
    const digest = options.imageRef.slice(options.imageRef.indexOf('@') + 1);
    const bundles = options.github
        ? await readGitHubAttestations(createGitHubClient({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }), options.github.repository, digest)
        : options.registry
            ? await readBundles(options.registry, options.imageRef, {
                predicateTypes: options.requirements.require.map((kind) => PREDICATE_TYPES[kind]),
            })
            : [];
    // @sigstore/verify is loaded by the first verification, not with the module.
    const { verifyAttestations } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463), __nccwpck_require__.e(187), __nccwpck_require__.e(668)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38668));
    const result = verifyAttestations(digest, bundles, options.trust, options.requirements);
    options.log.info(`Verified the attestations of ${options.imageRef}: ${result.trailer}.`);
    return result;
}
/** build-image: SLSA provenance of the pushed digest, signed and attached. */
async function attestBuild(settings, imageRef, dependencies) {
    const signing = await prepareSigning(settings, dependencies.setSecret);
    return attestImage({
        ...dependencies,
        imageRef,
        statements: [(0,src_statement/* provenanceStatement */.D2)(imageRef, signing.run)],
        signing: signing.settings,
        github: settings.github,
    });
}
/** scan-image: the verdict (pass or fail) of the scanned digest, signed and attached. */
async function attestScan(settings, imageRef, scan, dependencies, 
/** The scanner's raw report: its package list becomes a CycloneDX SBOM attestation too. */
sbomFrom) {
    if (sbomFrom === '')
        throw new AttestationError('The scan record names no report file to take the SBOM from.');
    const sbom = sbomFrom ? await sbomOf(imageRef, sbomFrom) : undefined;
    const signing = await prepareSigning(settings, dependencies.setSecret);
    const run = signing.run;
    const runUrl = run.repository && run.runId ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}` : '';
    return attestImage({
        ...dependencies,
        imageRef,
        statements: [scanStatement(imageRef, { ...scan, runUrl }), ...(sbom ? [sbom] : [])],
        signing: signing.settings,
        github: settings.github,
    });
}
/** The SBOM statement from the scanner's report; CycloneDX is loaded only for it. */
async function sbomOf(imageRef, reportFile) {
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    const { sbomStatement, trivyPackages } = await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47534));
    return sbomStatement(imageRef, trivyPackages(report));
}
/**
 * promote's copy to another repository keeps the digest, so the bundles stay valid there; they are
 * re-attached to the copy, so admission policies that look in the target repository find them.
 */
async function copyAttestations(fromRef, toRef, dependencies) {
    const bundles = await readBundles(dependencies.registry, fromRef);
    for (const { bundle } of bundles) {
        const payload = bundle.dsseEnvelope?.payload;
        const predicateType = payload
            ? String(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')).predicateType ?? '')
            : '';
        await attachBundle({
            imageRef: toRef,
            bundle,
            predicateType,
            registry: dependencies.registry,
            credentials: dependencies.credentials,
            settleMs: dependencies.settleMs,
        });
    }
    dependencies.log.info(`Copied ${bundles.length} attestation(s) of ${fromRef} to ${toRef}.`);
    return bundles.length;
}
/**
 * gitops-commit's check of a policy's `attestations` (the scan's max-age is the policy's
 * `scan.max-age`), and of its `scan: {require: pass}` (require `['scan']`): repository, owner,
 * signer-workflow and ref compared exactly with the certificate; a legacy `identity` is the SAN
 * exactly, or, starting with `^`, an anchored regular expression. Keyless, a policy that names no
 * signer at all is refused: any workflow could sign. Bundles come from the registry's referrers,
 * or from GitHub's attestations API when `github` is given.
 */
function pipeline_policyAttestationVerifier(trust, dependencies) {
    return async (imageRef, rules) => {
        const unknown = rules.require.find((kind) => !(kind in PREDICATE_TYPES));
        if (unknown)
            throw new AttestationError(`The policy requires a "${unknown}" attestation, which Shipgate cannot verify.`);
        return verifyImageAttestations({
            imageRef,
            registry: dependencies.registry,
            credentials: dependencies.credentials,
            log: dependencies.log,
            ...(dependencies.github ? { github: dependencies.github } : {}),
            trust,
            requirements: {
                ...policyRequirements(rules, trust),
                ...(dependencies.serverUrl ? { serverUrl: dependencies.serverUrl } : {}),
            },
        });
    };
}
/** The requirements a policy's `attestations` make, every identity field exact. */
function policyRequirements(rules, trust) {
    const { identity } = rules;
    const names = identity || rules.repository || rules.owner || rules.signerWorkflow;
    if (trust.mode === 'keyless' && !names) {
        throw new AttestationError("The policy's attestations name no signer (repository, owner, signer-workflow or identity), so a signature by any workflow would count.");
    }
    return {
        require: rules.require,
        ...(identity ? { identity: identity.startsWith('^') ? { pattern: identity } : { exact: identity } } : {}),
        ...(rules.repository ? { sourceRepository: rules.repository } : {}),
        ...(rules.owner ? { sourceOwner: rules.owner } : {}),
        ...(rules.signerWorkflow ? { signerWorkflow: rules.signerWorkflow } : {}),
        ...(rules.ref ? { sourceRef: rules.ref } : {}),
        ...(rules.scanMaxAgeMs !== undefined ? { scanMaxAgeMs: rules.scanMaxAgeMs } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

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
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
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
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be true or false, got "${value}".`);
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
            throw new errors/* ConfigurationError */.j1(`Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`);
        }
        return number;
    }
    /** Newline- or comma-separated values, trimmed, empty entries dropped. */
    list(name, options = {}) {
        const values = splitList(this.source.getInput(name));
        if (options.required && values.length === 0)
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
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
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
    }
}
/**
 * Refuses what git refuses as a branch name (git-check-ref-format(1)), so that a name like `a..b`
 * or `main:evil` is a bad input instead of a revision range or refspec handed to git.
 */
function requireBranchName(value, inputName) {
    const reason = branchNameProblem(value);
    if (reason)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid branch name (${reason}), got "${value}".`);
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

// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __nccwpck_require__(87620);
;// CONCATENATED MODULE: ./packages/core/src/cancel-on-signals.ts
/**
 * The entry point's half of cancellation. A runner cancels a step with SIGINT, then SIGTERM; Node
 * would exit at once and leave a writer's queued request and scratch clone behind. Here a signal
 * aborts the `AbortSignal` that library code takes (it stops between steps and cleans up), and the
 * step exits with 128 + the signal's number once it has. Only entry points call this: library code
 * never handles signals or exits.
 */
/** How long the clean-up after a signal may take before the process exits anyway. */
const CANCEL_CLEANUP_MS = 5_000;
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Why the step's signal aborted: names the process signal. */
class StepCancelledError extends Error {
    signal;
    name = 'StepCancelledError';
    constructor(signal) {
        super(signal);
        this.signal = signal;
    }
}
function cancelOnSignals(signals = ['SIGTERM', 'SIGINT'], cleanupMs = CANCEL_CLEANUP_MS) {
    const controller = new AbortController();
    let received;
    let deadline;
    const exitCode = () => (received ? 128 + (SIGNAL_NUMBERS[received] ?? 15) : undefined);
    const onSignal = (signal) => {
        if (received)
            return;
        received = signal;
        controller.abort(new StepCancelledError(signal));
        // A clean-up that hangs (a git call that does not return) must not keep a cancelled step alive.
        deadline = setTimeout(() => process.exit(exitCode()), cleanupMs);
        deadline.unref();
    };
    for (const signal of signals)
        process.on(signal, onSignal);
    return {
        signal: controller.signal,
        exitCode,
        dispose: () => {
            for (const signal of signals)
                process.off(signal, onSignal);
            if (deadline)
                clearTimeout(deadline);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts


/**
 * Runs an action's main and turns whatever it throws into a failed step with one line.
 * User mistakes show no stack trace; unexpected errors keep theirs at debug level; a mistake in a
 * file (a `ConfigurationError` with a location) is annotated on that file and line.
 * Returns the process exit code.
 */
async function runAction(main, runtime) {
    try {
        await main(runtime);
        return 0;
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* CommandError */.Qd) &&
            error instanceof Error &&
            error.stack) {
            runtime.log.debug(runtime.masker.mask(error.stack));
        }
        const location = error instanceof errors/* ConfigurationError */.j1 ? error.location : undefined;
        runtime.setFailed(runtime.masker.mask((0,errors/* describeError */.Uc)(error)), location && annotationAt(location));
        return 1;
    }
}
/** A file location as the properties of an annotation. */
function annotationAt(location) {
    return {
        file: location.file,
        ...(location.line ? { startLine: location.line } : {}),
        ...(location.column ? { startColumn: location.column } : {}),
        ...(location.title ? { title: location.title } : {}),
    };
}
/**
 * Runs `main` on a GitHub runner: what an action's entry point (and `@github/local-action`, which
 * calls the main module's `run()` with no arguments) does. The GitHub runtime is loaded only here,
 * so the CLI, which passes its own runtime, never loads it.
 */
async function runOnGitHub(main) {
    const { createGitHubRuntime } = await __nccwpck_require__.e(/* import() */ 587).then(__nccwpck_require__.bind(__nccwpck_require__, 13587));
    const cancellation = cancelOnSignals();
    try {
        const code = await runAction(main, createGitHubRuntime(process.env, cancellation.signal));
        process.exitCode = cancellation.exitCode() ?? code;
    }
    finally {
        cancellation.dispose();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts
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
        repository = parseImageReference(ref);
    }
    catch (error) {
        if (!(error instanceof ImageReferenceError))
            throw error;
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry.raw}", whose ref is not a valid repository.`);
    }
    if (repository.tag || repository.digest) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${entry.raw}", but buildah tags its cache by layer itself: give a repository without tag or digest (e.g. ${repository.name}).`);
    }
    return repository.name;
}

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
        if (!isValidTag(tag)) {
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

// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __nccwpck_require__(84837);
// EXTERNAL MODULE: ./packages/core/src/proxy.ts + 1 modules
var proxy = __nccwpck_require__(38432);
;// CONCATENATED MODULE: ./packages/image/src/registry-transport.ts

/** A registry said no, or could not be reached. The message says which operation on which image. */
class RegistryError extends errors/* ShipgateError */.Yu {
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
        return (0,retry/* isRetryableStatus */.PS)(error.status);
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
    /** Every request and token fetch goes through it: the proxy the environment names, if any. */
    #http;
    constructor(options = {}) {
        this.#options = options;
        this.#log = options.log ?? runtime/* silentLogger */.q;
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
        return (0,retry/* retry */.L5)(operation, {
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
            const fetch = await this.#fetcher();
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
            const fetch = await this.#fetcher();
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
    #fetcher() {
        this.#http ??= (0,proxy/* proxiedFetch */.i)(this.#options.env ?? process.env);
        return this.#http;
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
        const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.#maxRetryAfterMs && (0,retry/* isRetryableStatus */.PS)(response.status)) {
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
class registry_client_RegistryClient {
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
    const metadata = await checkBuildSettings(settings);
    const builderName = settings.builder === 'auto' ? await pickBuilder(deps) : settings.builder;
    const request = buildRequestOf(settings, metadata.tags, metadata.labels, deps);
    if (builderName === 'buildah')
        checkBuildahSupport(request);
    log.info(`Builder: ${builderName}${settings.builder === 'auto' ? ' (auto)' : ''}`);
    const repositories = [settings.repository, ...(settings.extraRepositories ?? [])];
    const domains = [...new Set(repositories.map((repository) => repository.domain))];
    const registry = new registry_client_RegistryClient({
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
            if (!(error instanceof RegistryError))
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
    const inputs = new InputReader(runtime);
    const [repository, ...extraRepositories] = readRepositories(runtime, inputs);
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    if (password)
        for (const form of (0,secrets/* basicAuthForms */.oq)(username ?? '', password))
            runtime.setSecret(form);
    if (Boolean(username) !== Boolean(password)) {
        throw new errors/* ConfigurationError */.j1(`Input "${password ? 'registry-username' : 'registry-password'}" is required when "${password ? 'registry-password' : 'registry-username'}" is set.`);
    }
    const attest = readAttestSettings({
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
        const lowercased = lowercaseRepositoryPath(value);
        if (lowercased !== value) {
            runtime.log.notice(`Input "${input}" ${input === 'image' ? 'is' : 'has'} ${value}; using ${lowercased}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`);
        }
        try {
            const repository = parseImageReference(lowercased);
            repositories.set(repository.toString(), repository);
        }
        catch (error) {
            if (error instanceof ImageReferenceError) {
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
        return runOnGitHub(run);
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
        const registry = new registry_client_RegistryClient({
            log: runtime.log,
            insecure: !settings.tlsVerify,
            credentials: credentialsFor,
        });
        for (const imageRef of result.imageRefs) {
            const credentials = credentialsFor(parseImageReference(imageRef).domain);
            attestations.push(...(await attestBuild(settings.attest, imageRef, {
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
    const summary = new Summary().heading('Image built');
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
    const labels = new Summary().table(['Label', 'Value'], Object.entries(result.labels).map(([key, value]) => [key, value]));
    summary.details(`Labels (${Object.keys(result.labels).length})`, labels.toString());
    return summary.toString();
}


/***/ }),

/***/ 69918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   D2: () => (/* binding */ provenanceStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   m1: () => (/* binding */ imageSubject),
/* harmony export */   oz: () => (/* binding */ workflowRunFromClaims),
/* harmony export */   yH: () => (/* binding */ IN_TOTO_STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE, GITHUB_WORKFLOW_BUILD_TYPE, scanStatement */
/**
 * The in-toto statements Shipgate signs: SLSA provenance v1 with the predicate `actions/attest`
 * builds for a GitHub workflow, and cosign's vulnerability-scan predicate carrying Shipgate's
 * verdict. Pure functions: the caller passes the context as values.
 */
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const VULN_SCAN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The requirement names a policy uses, and the predicate type each stands for. */
const PREDICATE_TYPES = {
    provenance: SLSA_PROVENANCE_PREDICATE,
    scan: VULN_SCAN_PREDICATE,
    /** CycloneDX, from scan-image's `sbom: true` (Trivy reports with --list-all-pkgs). */
    sbom: 'https://cyclonedx.org/bom',
};
/** The run described by a GitHub Actions OIDC token's claims (as actions/attest reads them). */
function workflowRunFromClaims(claims, serverUrl) {
    const text = (key) => (typeof claims[key] === 'string' ? claims[key] : '');
    return {
        serverUrl,
        repository: text('repository'),
        repositoryId: text('repository_id'),
        repositoryOwnerId: text('repository_owner_id'),
        ref: text('ref'),
        sha: text('sha'),
        eventName: text('event_name'),
        workflowRef: text('workflow_ref'),
        jobWorkflowRef: text('job_workflow_ref'),
        runnerEnvironment: text('runner_environment'),
        runId: text('run_id'),
        runAttempt: text('run_attempt'),
    };
}
/** `registry/name@sha256:<hex>` → the statement subject actions/attest writes for an image. */
function imageSubject(imageRef) {
    const match = /^(?<name>[^@]+)@sha256:(?<hex>[0-9a-f]{64})$/.exec(imageRef);
    if (!match?.groups)
        throw new Error(`${imageRef} is not an image reference pinned by a sha256 digest.`);
    // A tag before the digest is not part of the repository's name (`web:1@sha256:…` → `web`).
    const name = match.groups.name.replace(/:[\w][\w.-]{0,127}$/, '');
    return { name, digest: { sha256: match.groups.hex } };
}
function provenanceStatement(imageRef, run) {
    const [workflowPath, workflowGitRef] = splitWorkflowRef(run.workflowRef, run.repository);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [imageSubject(imageRef)],
        predicateType: SLSA_PROVENANCE_PREDICATE,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: workflowGitRef, repository: `${run.serverUrl}/${run.repository}`, path: workflowPath },
                },
                internalParameters: {
                    github: {
                        event_name: run.eventName,
                        repository_id: run.repositoryId ?? '',
                        repository_owner_id: run.repositoryOwnerId ?? '',
                        runner_environment: run.runnerEnvironment ?? '',
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${run.serverUrl}/${run.jobWorkflowRef || run.workflowRef}` },
                metadata: {
                    invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
                },
            },
        },
    };
}
/** `owner/name/.github/workflows/ci.yml@refs/heads/main` → [`.github/workflows/ci.yml`, `refs/heads/main`]. */
function splitWorkflowRef(workflowRef, repository) {
    const at = workflowRef.lastIndexOf('@');
    const path = at < 0 ? workflowRef : workflowRef.slice(0, at);
    const ref = at < 0 ? '' : workflowRef.slice(at + 1);
    return [path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path, ref];
}
const SCANNER_URIS = {
    trivy: 'pkg:github/aquasecurity/trivy',
    grype: 'pkg:github/anchore/grype',
};
function scanStatement(imageRef, scan) {
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [imageSubject(imageRef)],
        predicateType: VULN_SCAN_PREDICATE,
        predicate: {
            invocation: { parameters: null, uri: scan.runUrl ?? '', event_id: '', 'builder.id': 'shipgate scan-image' },
            scanner: {
                uri: SCANNER_URIS[scan.scanner.name] ?? scan.scanner.name,
                version: scan.scanner.version,
                db: { uri: '', version: scan.scanner.dbUpdatedAt ?? '' },
                result: { verdict: scan.verdict, counts: scan.counts, policy: scan.policy },
            },
            metadata: { scanStartedOn: scan.startedAt ?? scan.finishedAt, scanFinishedOn: scan.finishedAt },
        },
    };
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Yu: () => (/* binding */ ShipgateError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports lastNonEmptyLine, STDERR_REASON_BOUNDS, meaningfulStderrLines, isUserError */
/**
 * The two kinds of failure a step can have. A `ConfigurationError` is the user's mistake and is
 * shown as one sentence with no stack trace; a `CommandError` is an external tool that failed and
 * is shown with its command, exit code and the meaningful last lines of its stderr.
 */
class ShipgateError extends Error {
    name = 'ShipgateError';
}
class ConfigurationError extends ShipgateError {
    name = 'ConfigurationError';
    /** Set when the mistake is a file's: the step's failure is annotated there. */
    location;
    constructor(message, location) {
        super(message);
        if (location)
            this.location = location;
    }
    /** The same sentence, located in `location` unless it is located already. */
    locatedAt(location) {
        return this.location ? this : new ConfigurationError(this.message, location);
    }
}
class CommandError extends ShipgateError {
    name = 'CommandError';
    command;
    args;
    exitCode;
    stderr;
    constructor(failure) {
        super(describeCommandFailure(failure));
        this.command = failure.command;
        this.args = failure.args;
        this.exitCode = failure.exitCode;
        this.stderr = failure.stderr;
    }
    /**
     * The last meaningful line the tool wrote to stderr (see `meaningfulStderrLines`); usually the
     * one that says what went wrong.
     */
    get lastStderrLine() {
        return meaningfulStderrLines(this.stderr, { maxLines: 1 }).at(-1) ?? '';
    }
}
function lastNonEmptyLine(text) {
    const lines = text.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line)
            return line;
    }
    return '';
}
/** How much of a tool's stderr a failure keeps: its last lines, up to both bounds. */
const STDERR_REASON_BOUNDS = { maxLines: 8, maxChars: 1_000 };
/**
 * The last lines of `stderr` that say something, trimmed: blank lines, lines of punctuation alone
 * (kubectl closes a multi-line error with a lone `>`) and a line repeating the one before are
 * dropped. At most `maxLines`, and at most `maxChars` in all: older lines go first, and a last
 * line longer than that keeps its end, where tools put the underlying cause.
 */
function meaningfulStderrLines(stderr, bounds = {}) {
    const { maxLines = STDERR_REASON_BOUNDS.maxLines, maxChars = STDERR_REASON_BOUNDS.maxChars } = bounds;
    const lines = [];
    for (const raw of stderr.split(/\r?\n|\r/)) {
        const line = raw.trim();
        if (!line || /^[\p{P}\p{S}]+$/u.test(line) || line === lines.at(-1))
            continue;
        lines.push(line);
    }
    const kept = [];
    let chars = 0;
    for (let i = lines.length - 1; i >= 0 && kept.length < maxLines; i--) {
        const line = lines[i];
        if (kept.length === 0 && line.length > maxChars)
            return [`…${line.slice(line.length - maxChars + 1)}`];
        if (chars + line.length > maxChars)
            break;
        kept.unshift(line);
        chars += line.length;
    }
    return kept;
}
function describeCommandFailure(failure) {
    const commandLine = [failure.command, ...failure.args].join(' ');
    const status = failure.reason ?? `exited with code ${failure.exitCode}`;
    const reason = meaningfulStderrLines(failure.stderr).join('\n');
    return reason ? `\`${commandLine}\` ${status}: ${reason}` : `\`${commandLine}\` ${status}.`;
}
/** One line for the step's failure message, whatever was thrown. */
function describeError(error) {
    if (error instanceof Error) {
        const message = error.message.replace(/\s*\n\s*/g, ' ').trim();
        return message || error.name;
    }
    return String(error);
}
function isUserError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 30380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

/** A GitHub REST call that failed; names the call so a log reader knows which one. */
class GitHubApiError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
    name = 'GitHubApiError';
    status;
    /** `GET /repos/acme/web/issues/1/comments` (no host, no query, never a token). */
    call;
    /** A wait the server asked for (retry-after, rate-limit reset), in ms. */
    requestedDelayMs;
    rateLimited;
    constructor(call, detail, fields = {}) {
        super(`GitHub API call ${call} failed: ${detail}`, { cause: fields.cause });
        this.call = call;
        this.status = fields.status;
        this.requestedDelayMs = fields.requestedDelayMs;
        this.rateLimited = fields.rateLimited ?? false;
    }
}
function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    let loaded;
    const octokit = () => {
        loaded ??= Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(59), __nccwpck_require__.e(884)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88884)).then((module) => module.octokitClient({ ...options, env, baseUrl }));
        return loaded;
    };
    return {
        baseUrl,
        request: async (route, requestOptions) => (await octokit()).request(route, requestOptions),
        paginate: async (route, requestOptions) => (await octokit()).paginate(route, requestOptions),
        graphql: async (query, variables, graphqlOptions) => (await octokit()).graphql(query, variables, graphqlOptions),
    };
}


/***/ }),

/***/ 38432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ proxiedFetch)
});

// UNUSED EXPORTS: proxyConfigured

;// CONCATENATED MODULE: ./packages/core/src/deprecations.ts
/**
 * Drops one Node deprecation warning by code. For warnings about a bundled dependency's use of a
 * deprecated Node module, which users of the action can do nothing about and would read as ours.
 */
function silenceDeprecation(code) {
    const emitWarning = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const [typeOrOptions, warningCode] = rest;
        const given = typeof typeOrOptions === 'object' && typeOrOptions !== null
            ? typeOrOptions.code
            : warningCode;
        if (given === code)
            return;
        emitWarning(warning, ...rest);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/proxy.ts

/** The variables a runner (and curl, and git) takes a proxy from; lower case wins, as in curl. */
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'];
let warningSilenced = false;
const either = (env, name) => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
/** Whether `env` names a proxy for HTTP or HTTPS. */
function proxyConfigured(env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
/**
 * The fetch every HTTP client of Shipgate (the GitHub client, the registry client, the OIDC token
 * request) sends through: global `fetch` when `env` names no proxy, else undici's fetch with an
 * `EnvHttpProxyAgent` that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) as `env`
 * holds them, not as `process.env` does. undici is loaded only then, so a step without a proxy
 * does not pay for it. (Node's own fetch cannot take a dispatcher of another undici version.)
 */
async function proxiedFetch(env = process.env) {
    if (!proxyConfigured(env))
        return fetch;
    const undici = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 46752, 19));
    if (!warningSilenced) {
        // undici warns once that the agent is experimental; a step's log is not the place for that.
        silenceDeprecation('UNDICI-EHPA');
        warningSilenced = true;
    }
    // Empty strings, not undefined: undefined would make undici read process.env instead. Without
    // an HTTPS proxy, undici sends https through the HTTP one.
    const dispatcher = new undici.EnvHttpProxyAgent({
        httpProxy: either(env, 'http_proxy'),
        httpsProxy: either(env, 'https_proxy'),
        noProxy: either(env, 'no_proxy'),
    });
    return ((input, init) => undici.fetch(input, { ...init, dispatcher }));
}


/***/ }),

/***/ 59899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `operation` until it succeeds, an error is not retryable, or attempts run out; the last
 * error is rethrown as it was. Only wrap idempotent operations.
 */
async function retry(operation, options) {
    const { attempts, isRetryable = () => true, sleep: wait = sleep, random = Math.random } = options;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= attempts || !isRetryable(error, attempt))
                throw error;
            const backoff = backoffDelay(attempt, options, random);
            const requested = options.requestedDelayMs?.(error);
            const delayMs = requested !== undefined ? Math.max(requested, backoff) : backoff;
            options.onRetry?.({ attempt, delayMs, error });
            if (delayMs > 0)
                await wait(delayMs);
        }
    }
}
/** Jittered exponential backoff below a ceiling of min(max, base * factor^(attempt-1)); see `jitter`. */
function backoffDelay(attempt, options, random = Math.random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * (options.factor ?? 2) ** (attempt - 1));
    const floor = options.jitter === 'equal' ? ceiling / 2 : 0;
    return Math.round(floor + (ceiling - floor) * random());
}
/** Parses an HTTP `Retry-After` header (seconds or HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** HTTP statuses worth another attempt: timeouts, rate limits and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}


/***/ }),

/***/ 84837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatOutput),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
function formatOutput(value) {
    return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** A logger that drops everything; for package code called where nobody listens. */
const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};


/***/ }),

/***/ 87620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   oq: () => (/* binding */ basicAuthForms)
/* harmony export */ });
/* unused harmony export refuseSecretsInCommittedInputs */

/**
 * Replaces every registered secret, and the forms derived from it that tools print, with `***`.
 * Used on everything this project writes itself (logs, errors, outputs) so that masking does not
 * depend on the GitHub runner being the reader.
 */
class SecretMasker {
    #secrets = new Set();
    /** Registers a secret and returns the values that were newly registered (to forward to the runner). */
    add(secret) {
        if (!secret)
            return [];
        const added = [];
        for (const form of [secret, ...secret.split(/\r?\n/)]) {
            const value = form.trim();
            // Masking very short values would shred ordinary log text and protects nothing.
            if (value.length < 3 || this.#secrets.has(value))
                continue;
            this.#secrets.add(value);
            added.push(value);
        }
        return added;
    }
    get secrets() {
        return [...this.#secrets];
    }
    /** Whether `text` holds any registered secret (or a form of one). */
    contains(text) {
        if (!text)
            return false;
        for (const secret of this.#secrets)
            if (text.includes(secret))
                return true;
        return false;
    }
    mask(text) {
        if (this.#secrets.size === 0 || !text)
            return text;
        let masked = text;
        // Longest first, so a secret that contains another is replaced whole.
        for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
            masked = masked.split(secret).join('***');
        }
        return masked;
    }
}
/**
 * Inputs whose values are written into the GitOps repository (commit message, trailers, author,
 * paths) are public to everyone who can read it, and masking only covers logs. A registered secret
 * in one of them is refused, naming the input and never the value. Call after every secret input
 * has been registered.
 */
function refuseSecretsInCommittedInputs(masker, source, names) {
    for (const name of names) {
        if (masker.contains(source.getInput(name))) {
            throw new ConfigurationError(`Input "${name}" contains a secret (a value registered for masking); it would be committed to the GitOps repository in clear.`);
        }
    }
}
/**
 * The forms a token takes on the wire when used for HTTP basic auth, which git and registries
 * may echo in debug output: `user:token` and its base64.
 */
function basicAuthForms(username, password) {
    const pair = `${username}:${password}`;
    return [password, pair, Buffer.from(pair).toString('base64')];
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(49356);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
