import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 38512:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29456);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 29456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
// EXTERNAL MODULE: ./packages/attest/src/statement.ts
var statement = __nccwpck_require__(69918);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/attest/src/sign.ts




/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
const sign_PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const sign_PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** A PEM private key from an input, refused with one sentence naming the input when it is not one. */
function sign_parseSigningKey(pem, passphrase, input = 'signing-key') {
    try {
        const key = createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
        if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
            throw new Error('unsupported');
        }
        return key;
    }
    catch {
        throw new ConfigurationError(`Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`);
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
        const publicKey = createPublicKey(this.key).export({ format: 'pem', type: 'spki' }).toString();
        return {
            signature: sign(algorithm, data, this.key),
            key: { $case: 'publicKey', publicKey, hint: publicKeyHint(this.key) },
        };
    }
}
/** The statement as a DSSE envelope in a Sigstore bundle (v0.3), as JSON. */
async function sign_signStatement(statement, settings) {
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
        const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE });
        return bundleToJSON(bundle);
    }
    catch (error) {
        throw new AttestationError(`Signing the ${statement.predicateType} statement failed: ${signingFailure(error)}.`);
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
        throw new ConfigurationError('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/attest/src/trust.ts



const AUTHORITY_LISTS = ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'];
/** The entries of one of the root's lists; a list that is not an array counts as empty, as protobuf-specs reads it. */
function listed(root, list) {
    const value = root[list];
    return Array.isArray(value) ? value : [];
}
/**
 * A trusted root (the protobuf-specs JSON that `cosign trusted-root create` and the Sigstore TUF
 * repositories publish). Every kind of authority the root lists is demanded once: a root with
 * transparency logs requires a log entry, one with CT logs an SCT, and a timestamp is always needed.
 */
function keylessTrust(trustedRootJson, input = 'trusted-root') {
    const notARoot = () => new errors/* ConfigurationError */.j1(`Input "${input}" is not a Sigstore trusted root (JSON).`);
    let root;
    try {
        root = JSON.parse(trustedRootJson);
    }
    catch {
        throw notARoot();
    }
    // What protobuf-specs' TrustedRoot.fromJSON refuses at the top: null, or a listed authority that is null.
    if (root === null || root === undefined)
        throw notARoot();
    if (AUTHORITY_LISTS.some((list) => listed(root, list).some((entry) => entry === null || entry === undefined))) {
        throw notARoot();
    }
    if (listed(root, 'certificateAuthorities').length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" lists no certificate authority, so no certificate could verify.`);
    }
    return {
        mode: 'keyless',
        trustedRoot: root,
        input,
        thresholds: {
            tlogThreshold: listed(root, 'tlogs').length > 0 ? 1 : 0,
            ctlogThreshold: listed(root, 'ctlogs').length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
    };
}
/** Trust in one public key (PEM): bundles signed with `signing-key` carry its hint and no timestamp. */
function keyTrust(publicKeyPem, input = 'verify-key') {
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: publicKeyPem, format: 'pem' });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is not a PEM public key.`);
    }
    return {
        mode: 'key',
        publicKey,
        hint: publicKeyHint(publicKey),
        thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
    };
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
        throw new ConfigurationError(`Input "attest" must be auto, true or false, got "${mode}".`);
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
        throw new ConfigurationError('Input "attest" is true, but the job has no OIDC token (grant "permissions: id-token: write") and no "signing-key" is set.');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    return {
        signing: 'keyless',
        fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL),
        rekorUrl: url('rekor-url', PUBLIC_GOOD_REKOR_URL),
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
            throw new errors/* ConfigurationError */.j1(`Input "attestation-identity" is not a valid regular expression: ${identity}`);
        }
    }
    const repository = inputs.optional('attestation-repository');
    if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`Input "attestation-repository" must be owner/name, got "${repository}".`);
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
        if (!(kind in statement/* PREDICATE_TYPES */.Cs)) {
            throw new errors/* ConfigurationError */.j1(`Input "verify-attestations" lists "${kind}"; it takes provenance, scan and sbom.`);
        }
    }
    const trust = readTrust(inputs);
    if (!trust) {
        throw new errors/* ConfigurationError */.j1('Input "verify-attestations" needs "trusted-root" (keyless bundles) or "verify-key" (key-signed ones).');
    }
    const { identity, repository } = readSignerInputs(inputs);
    if (trust.mode === 'keyless' && !identity) {
        throw new errors/* ConfigurationError */.j1('Input "attestation-identity" is required with "trusted-root": name the workflow that must have signed.');
    }
    const maxAge = inputs.optional('scan-max-age');
    const from = inputs.string('attestations-from', 'registry');
    if (from !== 'registry' && from !== 'github') {
        throw new errors/* ConfigurationError */.j1(`Input "attestations-from" must be registry or github, got "${from}".`);
    }
    const githubToken = inputs.optional('github-token');
    if (from === 'github' && (!githubToken || !repository)) {
        throw new errors/* ConfigurationError */.j1('Input "attestations-from" is github, which needs "github-token" and "attestation-repository" (the repository holding them).');
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
        throw new errors/* ConfigurationError */.j1('Inputs "verify-key" and "trusted-root" exclude each other; give one.');
    if (key)
        return keyTrust(key);
    return root ? keylessTrust(readJsonOrFile(root, 'trusted-root'), 'trusted-root') : undefined;
}
function readJsonOrFile(value, input) {
    if (value.trimStart().startsWith('{'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is neither JSON nor a readable file: ${value}`);
    }
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseMaxAge(value, input) {
    const match = /^(\d+)\s*([mhd])$/.exec(value.trim());
    if (!match || Number(match[1]) === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" must be a duration like 90m, 24h or 7d, got "${value}".`);
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
async function github_store_postGitHubAttestation(client, repository, bundle, log) {
    const [owner, repo] = repository.split('/');
    try {
        const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
            params: { owner: owner ?? '', repo: repo ?? '' },
            body: { bundle },
        });
        return response.data.id;
    }
    catch (error) {
        if (error instanceof GitHubApiError && [401, 403, 404, 422].includes(error.status ?? 0)) {
            log.warning(`GitHub did not store the attestation in ${repository} (${error.status}); the job's token needs "permissions: attestations: write". It is in the registry.`);
            return undefined;
        }
        throw error;
    }
}
/** The bundles GitHub holds for `digest` in `repository` (at most 100: the newest page). */
async function readGitHubAttestations(client, repository, digest) {
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
        if (error instanceof github_client/* GitHubApiError */.O && error.status === 404)
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

;// CONCATENATED MODULE: ./packages/attest/src/oidc.ts

class oidc_AttestationError extends errors/* ShipgateError */.Yu {
    name = 'AttestationError';
}
/** The claims of a JWT, unverified: used only to describe the run in the provenance Fulcio will certify. */
function oidc_tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new oidc_AttestationError("The job's OIDC token is not a JWT.");
    }
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
async function readBundles(registry, imageRef, options = {}) {
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
        run: workflowRunFromClaims(tokenClaims(token), settings.serverUrl),
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
        const result = await attachBundle({
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
            const client = createGitHubClient({
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
        ? await readGitHubAttestations((0,github_client/* createGitHubClient */.L)({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }), options.github.repository, digest)
        : options.registry
            ? await readBundles(options.registry, options.imageRef, {
                predicateTypes: options.requirements.require.map((kind) => statement/* PREDICATE_TYPES */.Cs[kind]),
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
        statements: [provenanceStatement(imageRef, signing.run)],
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
        await registry_store_attachBundle({
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __nccwpck_require__(87620);
;// CONCATENATED MODULE: ./packages/git/src/repository.ts


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,secrets/* basicAuthForms */.oq)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function repository_repositoryAccess(options) {
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
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,external_node_path_.resolve)(options.workspace, value);
    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
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
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: ${gitAuthorization(token)}`,
    };
}
/** The `Authorization` value git sends for `token`. */
function gitAuthorization(token) {
    return `Basic ${Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/trail/src/dora.ts
const DAY_MS = (/* unused pure expression or super */ null && (24 * 60 * 60 * 1000));
/** The metrics over `deployments` (one environment's history, in any order). */
function dora_computeDoraMetrics(deployments, window) {
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

;// CONCATENATED MODULE: ./packages/trail/src/report.ts






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
        ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, deployment.rollbackTo))
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
const report_UNIT_MS = { m: 60_000, h: 3_600_000, d: report_DAY_MS, w: 7 * report_DAY_MS };
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
    const tooLong = () => new ConfigurationError(`Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`);
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new ConfigurationError(`Input "${input}" must be a duration greater than zero.`);
        const span = amount * report_UNIT_MS[duration[2]];
        if (span > maxDays * report_DAY_MS)
            throw tooLong();
        return new Date(now.getTime() - span);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new ConfigurationError(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime()) {
        const until = options.untilInput;
        throw new ConfigurationError(until
            ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
            : `Input "${input}" must be in the past, got "${value}".`);
    }
    if (now.getTime() - time > maxDays * report_DAY_MS)
        throw tooLong();
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new ConfigurationError(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
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
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/proxy.ts + 1 modules
var proxy = __nccwpck_require__(38432);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/git/src/node-http.ts


/**
 * A request over node:http(s) with one keep-alive connection per remote: the advertisement and the
 * push share it. (Node's fetch costs a fresh process about 150 ms of CPU to compile undici.) A
 * redirect is not followed: the header must not go along, and git decides whether to follow one.
 */
function nodeHttpSend() {
    const agents = {
        http: new external_node_http_.Agent({ keepAlive: true, maxSockets: 4 }),
        https: new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: 4 }),
    };
    return (url, init) => new Promise((resolve, reject) => {
        const secure = /^https:/i.test(url);
        const send = secure ? external_node_https_namespaceObject.request : external_node_http_.request;
        const request = send(url, {
            method: init.method ?? 'GET',
            headers: { ...init.headers, ...(init.body ? { 'Content-Length': String(init.body.length) } : {}) },
            agent: secure ? agents.https : agents.http,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
            });
        });
        request.on('error', reject);
        request.end(init.body);
    });
}
/** Whether the server answered with success (2xx); anything else is git's to read and word. */
function succeeded(answer) {
    return answer.status >= 200 && answer.status < 300;
}
/** The repository's URL without a trailing slash: the base of its smart HTTP services. */
function serviceUrl(remote) {
    return remote.url.replace(/\/+$/, '');
}
/** The headers every request to the remote carries: git's agent form, and git's own auth header. */
function remoteHeaders(remote) {
    return { 'User-Agent': 'git/shipgate', Authorization: remote.authorization };
}

;// CONCATENATED MODULE: ./packages/git/src/receive-pack.ts
/**
 * The receive-pack side of git's smart HTTP protocol, as pure functions: the pkt-line framing, the
 * ref advertisement of `GET info/refs?service=git-receive-pack`, the request body of `POST
 * git-receive-pack` and the report the server sends back (gitprotocol-pack(5),
 * gitprotocol-http(5)). Written here because no maintained Node library speaks it for a pack built
 * elsewhere (isomorphic-git builds its own packs and cannot push to a partial clone's remote).
 */
const ZERO_ID = /^0+$/;
const FLUSH = Buffer.from('0000');
/** One pkt-line: four hex digits of length (its own four included), then the payload. */
function receive_pack_pktLine(payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0')), body]);
}
/** A pkt-line stream's packets in order: a payload, or `flush` for `0000` (`0001`/`0002` too). */
function receive_pack_readPktLines(stream) {
    const packets = [];
    let at = 0;
    while (at + 4 <= stream.length) {
        const length = Number.parseInt(stream.toString('latin1', at, at + 4), 16);
        if (Number.isNaN(length))
            throw new Error(`malformed pkt-line length at byte ${at}`);
        if (length < 4) {
            packets.push('flush');
            at += 4;
            continue;
        }
        if (at + length > stream.length)
            throw new Error(`truncated pkt-line at byte ${at}`);
        packets.push(stream.subarray(at + 4, at + length));
        at += length;
    }
    return packets;
}
/**
 * The body of `GET info/refs?service=git-receive-pack`: `# service=…`, a flush, then one ref a
 * line, the first carrying the capabilities after a NUL (an empty repository sends
 * `capabilities^{}` with the null id instead).
 */
function parseReceivePackAdvertisement(body) {
    const refs = new Map();
    let capabilities = new Set();
    let sawService = false;
    for (const packet of receive_pack_readPktLines(body)) {
        if (packet === 'flush')
            continue;
        const text = packet.toString('utf8').replace(/\n$/, '');
        if (!sawService && text.startsWith('# service=')) {
            sawService = true;
            continue;
        }
        const [line = '', caps] = text.split('\u0000', 2);
        if (caps !== undefined)
            capabilities = new Set(caps.split(' ').filter(Boolean));
        const match = line.match(/^([0-9a-f]{40,64}) (\S+)$/);
        if (!match?.[1] || !match[2])
            throw new Error(`unexpected line in the ref advertisement: ${JSON.stringify(text)}`);
        if (match[2] !== 'capabilities^{}' && !ZERO_ID.test(match[1]))
            refs.set(match[2], match[1]);
    }
    if (!sawService)
        throw new Error('the server did not answer as a smart HTTP git server (no "# service=" line)');
    return { refs, capabilities };
}
/** The `POST git-receive-pack` body: the commands (capabilities after a NUL on the first), a flush, the pack. */
function receivePackRequest(commands, capabilities, pack, zeroId) {
    const lines = commands.map((command, index) => {
        const text = `${command.old ?? zeroId} ${command.new ?? zeroId} ${command.ref}`;
        return receive_pack_pktLine(index === 0 ? `${text}\u0000${capabilities.join(' ')}` : text);
    });
    return Buffer.concat([...lines, FLUSH, ...(pack ? [pack] : [])]);
}
/**
 * The body of the `POST git-receive-pack` answer: the report-status pkt-lines (`unpack ok`, `ok
 * <ref>`, `ng <ref> <reason>`); with `side-band-64k` they come on band 1, the server's messages on
 * band 2 and a fatal error on band 3.
 */
function parseReceivePackReport(body, options) {
    const status = [];
    const progress = [];
    let fatal;
    // Without side-band the body is the report itself.
    if (!options.sideband)
        status.push(body);
    for (const packet of options.sideband ? receive_pack_readPktLines(body) : []) {
        if (packet === 'flush' || packet.length === 0)
            continue;
        const band = packet[0];
        const data = packet.subarray(1);
        if (band === 1)
            status.push(data);
        else if (band === 2)
            progress.push(data);
        else if (band === 3)
            fatal = data.toString('utf8').trim();
        else
            throw new Error(`unexpected side-band ${band} in the receive-pack report`);
    }
    const report = { unpack: '', refs: new Map(), messages: splitMessages(progress) };
    if (fatal !== undefined)
        report.fatal = fatal;
    for (const packet of receive_pack_readPktLines(Buffer.concat(status))) {
        if (packet === 'flush')
            continue;
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('unpack '))
            report.unpack = line.slice('unpack '.length);
        else if (line.startsWith('ok '))
            report.refs.set(line.slice(3), undefined);
        else if (line.startsWith('ng ')) {
            const [ref = '', ...reason] = line.slice(3).split(' ');
            report.refs.set(ref, reason.join(' ') || 'rejected');
        }
    }
    return report;
}
/** The progress band's bytes as lines: git separates them with `\n` or `\r` (a progress meter). */
function splitMessages(chunks) {
    return Buffer.concat(chunks)
        .toString('utf8')
        .split(/\r?\n|\r/)
        .map((line) => line.trimEnd())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/git/src/http-push.ts


/** The id that stands for "no object" in a command (`planPush` takes SHA-1 repositories only). */
const SHA1_ZERO_ID = '0'.repeat(40);
/**
 * A push over smart HTTP from this process: one `git pack-objects` for the pack, the two requests
 * `git push` would send (the ref advertisement, then the commands and the pack), and its answer
 * given back as `git push --porcelain` would give it, so one classifier reads both. `git push`
 * runs five processes for the same (push, the helper's dispatcher, git-remote-http with its
 * thirty-odd libraries, send-pack, pack-objects); most of a deploy's CPU went to starting them.
 *
 * It takes only pushes whose every outcome it can decide from the advertisement alone: each update
 * says what the server must hold (`base` or `lease`) and none is forced. `undefined` hands the
 * push to `git push`: another kind of update, a server without report-status, or an advertisement
 * that could not be read (nothing was sent yet).
 */
async function pushOverHttp(git, remote, updates, options) {
    if (!decidableOverHttp(updates))
        return undefined;
    // The pack first, as git's push has its objects before it asks the server anything: whatever
    // happens on the server until the advertisement is read is decided as git would decide it. A
    // pack the caller made holds whole objects only, which any server takes.
    const packed = !options.pack && updates.some((update) => update.from) ? await packFor(git, updates) : undefined;
    const pack = options.pack ?? packed;
    const advertised = await readAdvertisement(remote);
    if (!advertised)
        return undefined;
    if (packed && (!advertised.capabilities.has('ofs-delta') || advertised.capabilities.has('no-thin')))
        return undefined;
    const plan = planPush(updates, advertised, options);
    if (!plan)
        return undefined;
    if (plan.commands.length === 0)
        return porcelainResult(remote.url, plan, undefined);
    const body = receivePackRequest(plan.commands, plan.capabilities, plan.commands.some((command) => command.new) ? pack : undefined, SHA1_ZERO_ID);
    let response;
    try {
        response = await remote.send(`${serviceUrl(remote)}/git-receive-pack`, {
            method: 'POST',
            headers: {
                ...remoteHeaders(remote),
                'Content-Type': 'application/x-git-receive-pack-request',
                Accept: 'application/x-git-receive-pack-result',
            },
            body,
        });
    }
    catch (error) {
        return unanswered(error);
    }
    if (!succeeded(response))
        return failed(httpFailure(remote.url, response.status));
    let report;
    try {
        report = parseReceivePackReport(response.body, {
            sideband: plan.capabilities.includes('side-band-64k'),
        });
    }
    catch (error) {
        return unanswered(error);
    }
    return porcelainResult(remote.url, plan, report);
}
/** Whether `pushOverHttp` takes these updates (the server's answer may still send them to git). */
function decidableOverHttp(updates) {
    return updates.every(decidable);
}
/** An update this path can take: a set with the value it builds on, or a leased set or delete. */
function decidable(update) {
    if (update.force)
        return false;
    return update.lease !== undefined || (update.from !== undefined && update.base !== undefined);
}
async function readAdvertisement(remote) {
    try {
        // Any other answer (a refused token, a redirect, a server error) is git's to read and word.
        const response = await remote.send(`${serviceUrl(remote)}/info/refs?service=git-receive-pack`, {
            headers: remoteHeaders(remote),
        });
        if (!succeeded(response))
            return undefined;
        return parseReceivePackAdvertisement(response.body);
    }
    catch {
        return undefined;
    }
}
/**
 * What git's push would decide from the advertisement: an update whose ref already holds the new
 * value is up to date; one whose ref holds other than it expects is rejected (`stale info` for a
 * lease, `fetch first` for a base: git, too, refuses a push that is not a fast-forward of what
 * the server has); with `atomic`, one rejection fails them all and nothing is sent.
 */
function planPush(updates, advertised, options) {
    const { capabilities } = advertised;
    // A SHA-256 repository wants its object format named back; git's push does that.
    if ([...capabilities].some((capability) => capability.startsWith('object-format=') && capability !== 'object-format=sha1'))
        return undefined;
    const wanted = ['report-status', ...(options.atomic ? ['atomic'] : [])];
    if (updates.some((update) => update.from === undefined))
        wanted.push('delete-refs');
    if (!wanted.every((capability) => capabilities.has(capability)))
        return undefined;
    const decisions = updates.map((update) => {
        const current = advertised.refs.get(update.ref);
        if (update.from !== undefined && current === update.from)
            return { update, kind: 'up to date' };
        const expected = update.lease ?? update.base ?? '';
        if ((current ?? '') !== expected) {
            return { update, kind: 'rejected', reason: update.lease !== undefined ? 'stale info' : 'fetch first' };
        }
        return { update, kind: 'send', command: { ref: update.ref, old: current, new: update.from } };
    });
    const rejected = decisions.some((decision) => decision.kind === 'rejected');
    if (rejected && options.atomic) {
        return {
            decisions: decisions.map((decision) => decision.kind === 'send'
                ? { update: decision.update, kind: 'rejected', reason: 'atomic push failed' }
                : decision),
            commands: [],
            capabilities: [],
        };
    }
    const commands = decisions.flatMap((decision) => (decision.kind === 'send' ? [decision.command] : []));
    const optional = ['side-band-64k', 'quiet', 'ofs-delta'].filter((capability) => capabilities.has(capability));
    return { decisions, commands, capabilities: [...wanted, ...optional, 'agent=git/shipgate'] };
}
/**
 * The pack of what the new values bring: `git pack-objects --revs` from them, less what the server
 * holds if the push is to succeed (each value an update was built on or is leased on: every one is
 * in this clone, the tip a commit was built on, the tags a landing read). Thin, with offset
 * deltas, as git's push sends it to a server that takes them (checked against the advertisement).
 */
async function packFor(git, updates) {
    const wants = updates.flatMap((update) => (update.from ? [update.from] : []));
    const haves = updates.flatMap((update) => {
        const held = update.lease ?? update.base;
        return held ? [`^${held}`] : [];
    });
    const { stdoutBytes } = await git(['pack-objects', '--revs', '--stdout', '-q', '--thin', '--delta-base-offset'], {
        input: `${[...wants, ...haves].join('\n')}\n`,
        bytes: true,
    });
    if (!stdoutBytes)
        throw new Error('git pack-objects gave no pack');
    return stdoutBytes;
}
/** The result `git push --porcelain` gives for the same push: the lines `classifyPush` reads. */
function porcelainResult(url, plan, report) {
    const lines = [];
    let failedRefs = false;
    for (const decision of plan.decisions) {
        const { update } = decision;
        const spec = `${update.from ?? (decision.kind === 'rejected' ? '(delete)' : '')}:${update.ref}`;
        if (decision.kind === 'up to date')
            lines.push(`=\t${spec}\t[up to date]`);
        else if (decision.kind === 'rejected') {
            failedRefs = true;
            lines.push(`!\t${spec}\t[rejected] (${decision.reason})`);
        }
        else {
            const refused = serverRefusal(report, decision.command.ref);
            if (refused !== undefined) {
                failedRefs = true;
                lines.push(`!\t${spec}\t[remote rejected] (${refused})`);
            }
            else
                lines.push(`${flagOf(decision.command)}\t${spec}\t${summaryOf(decision.command)}`);
        }
    }
    const stderr = [
        ...(report?.messages ?? []).map((line) => `remote: ${line}`),
        ...(report && report.unpack !== 'ok' ? [`error: remote unpack failed: ${report.unpack}`] : []),
        ...(report?.fatal ? [`fatal: ${report.fatal}`] : []),
        ...(failedRefs ? [`error: failed to push some refs to '${url}'`] : []),
    ];
    return {
        exitCode: report?.fatal ? 128 : failedRefs ? 1 : 0,
        stdout: `To ${url}\n${lines.map((line) => `${line}\n`).join('')}Done\n`,
        stderr: stderr.map((line) => `${line}\n`).join(''),
    };
}
/** Why the server did not take `ref`; `undefined` when it did. */
function serverRefusal(report, ref) {
    if (!report)
        return undefined;
    if (report.fatal !== undefined)
        return report.fatal || 'remote error';
    if (report.unpack !== 'ok')
        return 'unpacker error';
    if (!report.refs.has(ref))
        return 'remote did not report status';
    return report.refs.get(ref);
}
function flagOf(command) {
    if (!command.new)
        return '-';
    return command.old ? ' ' : '*';
}
function summaryOf(command) {
    if (!command.new)
        return '[deleted]';
    if (!command.old)
        return command.ref.startsWith('refs/heads/') ? '[new branch]' : '[new reference]';
    return `${command.old.slice(0, 7)}..${command.new.slice(0, 7)}`;
}
/** A request that got no usable answer, as git words it (read as a failure on the way). */
function unanswered(error) {
    return failed(`error: RPC failed; ${causeOf(error)}\nfatal: the remote end hung up unexpectedly\n`);
}
function failed(stderr) {
    return { exitCode: 128, stdout: '', stderr };
}
/** As git words it, so the failure is read as git's would be (auth, or worth retrying). */
function httpFailure(url, status) {
    return `fatal: unable to access '${url}/': The requested URL returned error: ${status}\n`;
}
function causeOf(error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    const message = error instanceof Error ? error.message : String(error);
    return cause ? `${message} (${cause})` : message;
}

;// CONCATENATED MODULE: ./packages/git/src/git.ts




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
        ...(options.url === undefined ? {} : gitAuthEnvironment(options.url, options.token)),
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
    const run = async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, readRetry.attempts) : 1;
        const result = await (0,retry/* retry */.L5)(async () => {
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
    const remote = httpRemote(options);
    return remote ? Object.assign(run, { remote }) : run;
}
/**
 * `origin` as this process reaches it over HTTP(S), with git's header. `undefined` (every push by
 * git) for other URLs (a path, file://), without a URL, without a token (git's credential helper
 * has the credentials) and behind a proxy (git honours HTTP(S)_PROXY and NO_PROXY itself). A
 * server this process cannot reach as git does (a CA only git is told of) fails the
 * advertisement, and git pushes instead: nothing was sent yet.
 */
function httpRemote(options) {
    if (options.url === undefined || !/^https?:\/\//i.test(options.url) || !options.token)
        return undefined;
    if ((0,proxy/* proxyConfigured */.$)({ ...process.env, ...options.inherited }))
        return undefined;
    return {
        url: options.url,
        authorization: gitAuthorization(options.token),
        send: nodeHttpSend(),
        push: options.pushFromProcess ?? pushOverHttp,
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
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,errors/* lastNonEmptyLine */.z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class GitCommandError extends errors/* CommandError */.Qd {
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
    throw new errors/* ConfigurationError */.j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}

;// CONCATENATED MODULE: ./packages/git/src/clone.ts





/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty bare repository made (`initBareRepository`) with `origin` set. No reader or writer needs a
 * working tree: writers build their commits with `git fast-import`. The clone keeps no credential:
 * the token travels in git's environment only.
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
            ...(access.pushFromProcess ? { pushFromProcess: access.pushFromProcess } : {}),
            ...(access.inherited ? { inherited: access.inherited } : {}),
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
        await initBareRepository(repoDir, url, { promisor: options.wholeHistory !== true });
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
 * - `promisor`: `remote.origin.promisor=true`, with repository format 1, what `git fetch --filter`
 *   writes after its first partial fetch, written before any fetch. Readers and writers fetch part
 *   of the history, and a deploy's first fetch is the process's own (`http-fetch.ts`): without it, a
 *   command that meets an object not fetched yet fails ("not a tree object") where git would fetch
 *   it from origin. Not for the verifier (`wholeHistory`), which judges only what the refs reach.
 */
async function initBareRepository(repoDir, url, options) {
    const origin = originSection(url);
    await Promise.all(['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'].map((sub) => (0,promises_.mkdir)((0,external_node_path_.join)(repoDir, sub), { recursive: true })));
    await (0,promises_.writeFile)((0,external_node_path_.join)(repoDir, 'HEAD'), 'ref: refs/heads/main\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(repoDir, 'config'), `[core]\n\trepositoryformatversion = ${options.promisor ? 1 : 0}\n\tfilemode = true\n\tbare = true\n[pack]\n\twindow = 0\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n[fastimport]\n\tunpackLimit = 0\n${origin}${options.promisor ? '\tpromisor = true\n' : ''}`);
}
/** The `[remote "origin"]` section `git remote add` writes, the URL quoted as git-config(1) reads it. */
function originSection(url) {
    if (/[\n\r\0]/.test(url))
        throw new Error('A repository URL cannot hold a line break.');
    const quoted = `"${url.replace(/[\\"]/g, '\\$&')}"`;
    return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
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

;// CONCATENATED MODULE: ./packages/git/src/upload-pack.ts

/**
 * The upload-pack side of git's protocol v2 over smart HTTP (`POST git-upload-pack` with
 * `Git-Protocol: version=2`), as pure functions: the body of an `ls-refs` command and the refs in
 * its answer, the body of a `fetch` command that asks for objects by id under a filter, and the
 * pack in its answer (gitprotocol-v2(5), gitprotocol-http(5)). Written here for the reason
 * receive-pack.ts gives: no maintained Node library fetches into a partial clone that git then reads.
 */
const DELIMITER = Buffer.from('0001');
const upload_pack_FLUSH = Buffer.from('0000');
/**
 * A `fetch` command for `wants` (any object ids) under `filter`: the answer is a whole pack at once
 * (`done`), without progress, in offset deltas, never thin. `haves`: commits the clone holds, so
 * that the pack leaves out what they reach (the server ignores one it does not know). `deepen: 1`:
 * the wanted commits alone, without their history (the answer then opens with a `shallow-info`
 * section, which a caller that fetches the history beside it ignores).
 */
function upload_pack_fetchObjectsRequest(options) {
    return Buffer.concat([
        ...commandHeader('fetch', options.agent),
        pktLine('no-progress\n'),
        pktLine('ofs-delta\n'),
        pktLine(`filter ${options.filter}\n`),
        ...(options.deepen ? [pktLine(`deepen ${options.deepen}\n`)] : []),
        ...options.wants.map((id) => pktLine(`want ${id}\n`)),
        ...(options.haves ?? []).map((id) => pktLine(`have ${id}\n`)),
        pktLine('done\n'),
        upload_pack_FLUSH,
    ]);
}
/**
 * An `ls-refs` command for the refs that start with any of `prefixes` (`HEAD` names the remote's
 * HEAD), without peeling; `symrefs`: a symbolic ref says what it points at.
 */
function lsRefsRequest(options) {
    return Buffer.concat([
        ...commandHeader('ls-refs', options.agent),
        ...(options.symrefs ? [receive_pack_pktLine('symrefs\n')] : []),
        ...options.prefixes.map((prefix) => receive_pack_pktLine(`ref-prefix ${prefix}\n`)),
        upload_pack_FLUSH,
    ]);
}
/**
 * The answer to `lsRefsRequest`: ref name → what it is, for every ref the server listed (a prefix
 * also matches longer names; the caller picks the exact ones). Throws with the server's own words
 * on an `ERR` line, and on anything else that is not a complete listing, so that an answer this
 * process cannot read is never taken for "no such ref".
 */
function parseLsRefsAnswer(body) {
    const refs = new Map();
    const packets = receive_pack_readPktLines(body);
    for (const [index, packet] of packets.entries()) {
        if (packet === 'flush') {
            if (index !== packets.length - 1)
                break;
            return refs;
        }
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('ERR '))
            throw new Error(line.slice(4).trim());
        const [id = '', name = '', ...attributes] = line.split(' ');
        if (!/^[0-9a-f]{40}$/.test(id) || !name) {
            throw new Error(`unexpected ls-refs line ${JSON.stringify(line.slice(0, 80))}`);
        }
        const target = attributes.find((attribute) => attribute.startsWith('symref-target:'));
        refs.set(name, target ? { id, symrefTarget: target.slice('symref-target:'.length) } : { id });
    }
    throw new Error('the ref listing did not end with its one flush');
}
/** The lines every v2 command opens with: its name, our agent, SHA-1, and the delimiter. */
function commandHeader(command, agent) {
    return [receive_pack_pktLine(`command=${command}\n`), receive_pack_pktLine(`agent=${agent}\n`), receive_pack_pktLine('object-format=sha1\n'), DELIMITER];
}
/**
 * The pack in the answer to `fetchObjectsRequest`: the `packfile` section's band 1, in order.
 * Throws with the server's own words on an `ERR` line or a band-3 message, and when the answer
 * holds no pack (or ends early).
 */
function upload_pack_packFromFetchAnswer(body) {
    const packets = readPktLines(body);
    const first = packets[0];
    if (first !== 'flush' && first?.subarray(0, 4).toString('latin1') === 'ERR ') {
        throw new Error(first.subarray(4).toString('utf8').trim());
    }
    const start = packets.findIndex((packet) => packet !== 'flush' && packet.toString('latin1') === 'packfile\n');
    if (start < 0)
        throw new Error('the answer holds no packfile section');
    const chunks = [];
    for (const packet of packets.slice(start + 1)) {
        if (packet === 'flush')
            return Buffer.concat(chunks);
        const band = packet[0];
        if (band === 1)
            chunks.push(packet.subarray(1));
        else if (band === 3)
            throw new Error(packet.subarray(1).toString('utf8').trim());
    }
    throw new Error('the packfile section ended early');
}

;// CONCATENATED MODULE: ./packages/git/src/http-fetch.ts




const AGENT = 'git/shipgate';
/**
 * Objects by id from this process, into the clone as a promisor pack: the `fetch` request git's
 * lazy fetch of a missing object sends, and one `git index-pack` for what comes back. git's lazy
 * fetch runs four processes for the same (fetch, git-remote-http, index-pack under the command
 * that missed the object) and asks for the advertisement first.
 *
 * Returns false, with nothing written, when this process cannot ask: a v0 server, no filter
 * support, another object format, a refused token, or no usable answer. git then fetches the
 * objects lazily when a command misses them, and reports whatever fails there in its own words.
 */
async function http_fetch_fetchObjectsOverHttp(git, remote, wants, filter) {
    if (wants.length === 0)
        return true;
    const pack = await askForPack(remote, fetchObjectsRequest({ wants, filter, agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * `branch` from this process, as a deploy reads it: its tip from one `ls-refs`, then the commits up
 * to it (`tree:0`) and the tip's own trees (`blob:none` at depth 1) in two `fetch`es side by side,
 * each into its own promisor pack, and the tracking ref set to the tip. `git fetch` followed by the
 * lazy fetch of the trees takes six requests one after another and seven processes for the same.
 *
 * Settles once the history is in: the trees may still be on their way, and `trees` settles (never
 * rejects) with whether they came, so that the history's reader starts before the larger pack has
 * arrived. `undefined`, with the tracking ref untouched, when this process cannot do it: the branch
 * is not listed (git decides whether it exists), or any answer this process cannot use (see
 * `fetchObjectsOverHttp`); when only the trees cannot be had, git fetches them when a command
 * misses them.
 */
async function http_fetch_fetchBranchOverHttp(git, remote, branch) {
    const tip = await listBranchTip(remote, branch);
    if (!tip)
        return undefined;
    const trees = askForPack(remote, fetchObjectsRequest({ wants: [tip], filter: 'blob:none', deepen: 1, agent: AGENT }))
        .then((pack) => pack !== undefined && indexPack(git, pack))
        .catch(() => false);
    if (await fetchCommitsOverHttp(git, remote, branch, tip, []))
        return { tip, trees };
    // Nothing of ours may still be writing into the clone when the caller turns to git.
    await trees;
    return undefined;
}
/**
 * The commits up to `tip` (an id the caller read from the server) into `branch`'s tracking ref,
 * from this process: `fetchHistoryOverHttp`, then one `update-ref`, where `git fetch` starts four
 * processes and negotiates first. False, with the ref untouched, when it cannot be done so.
 */
async function fetchCommitsOverHttp(git, remote, branch, tip, haves) {
    if (!(await http_fetch_fetchHistoryOverHttp(git, remote, tip, haves)))
        return false;
    return (await git(['update-ref', remoteTrackingRef(branch), tip], { ignoreReturnCode: true })).exitCode === 0;
}
/**
 * The commits up to `tip` into the clone, no ref set: one `fetch` that names what the clone holds
 * (`haves`), so only the new commits come, and one `index-pack`. False when it cannot be done so.
 */
async function http_fetch_fetchHistoryOverHttp(git, remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * The commits up to `tip` that `haves` do not reach, read in this process from one `fetch` and
 * stored nowhere (see `readPack`), for a caller that reads them once; `fetchHistoryOverHttp` and
 * a `git log` were two processes more. `undefined` when they cannot be had so (the caller asks git).
 */
async function readHistoryOverHttp(remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    if (!pack)
        return undefined;
    try {
        return readPack(pack);
    }
    catch (error) {
        if (error instanceof UnreadablePack)
            return undefined;
        throw error;
    }
}
/**
 * The refs the server lists under `prefixes` (`HEAD`: the remote's HEAD, with its target when
 * `symrefs`), from this process in one `ls-refs`, where `git ls-remote` starts three processes;
 * `undefined` when the answer cannot be used (the caller asks git).
 */
async function listRefsOverHttp(remote, prefixes, options = {}) {
    const answer = await ask(remote, lsRefsRequest({ prefixes, agent: AGENT, ...options }));
    try {
        return answer ? parseLsRefsAnswer(answer) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The server's refs under `mirrors` into the clone from this process, as `git fetch --prune` of
 * `+<remote>:<local>` would leave them: one `ls-refs`, one `fetch` of the objects the clone lacks
 * (naming what its refs hold now, `local`, as haves), one `index-pack`, and one `update-ref`
 * transaction that moves, adds and deletes the clone's refs all at once, each leased on what
 * `local` says. `git fetch` starts five processes and makes three requests for the same.
 *
 * Returns the refs as the server listed them, under their local names, and whether any moved
 * (`changed: false`: nothing was asked for or written). A ref of the clone that `local` left out
 * and the server no longer lists is not deleted: it is not among `refs`. `undefined`, with no ref
 * moved, when it cannot be done so: a single ref the server does not list (git decides whether it
 * exists), an answer this process cannot use (a ref deleted between the listing and the fetch is
 * one), or a transaction git refuses (a ref in the clone `local` did not name as it is, a name
 * git rejects).
 */
async function http_fetch_mirrorRefsOverHttp(git, remote, mirrors, local, filter) {
    const listed = await listRefsOverHttp(remote, mirrors.map((mirror) => mirror.remote));
    const wanted = listed && mirroredNames(listed, mirrors);
    if (!wanted)
        return undefined;
    const moved = [...wanted].filter(([ref, id]) => local.get(ref) !== id);
    const gone = [...local.keys()].filter((ref) => !wanted.has(ref) && mirrors.some((mirror) => covers(mirror, ref)));
    if (moved.length === 0 && gone.length === 0)
        return { refs: wanted, changed: false };
    const held = [...new Set(local.values())];
    const wants = [...new Set(moved.map(([, id]) => id))].filter((id) => !held.includes(id));
    if (wants.length > 0) {
        const pack = await askForPack(remote, fetchObjectsRequest({ wants, haves: held, filter, agent: AGENT }));
        if (!pack || !(await indexPack(git, pack)))
            return undefined;
    }
    // `-z`: names and ids NUL-terminated, nothing for git to unquote; an old id of zeros leases
    // "does not exist yet". One transaction: every ref moves, or none does.
    const zero = (id) => '0'.repeat(id.length);
    const commands = [
        ...moved.map(([ref, id]) => `update ${ref}\0${id}\0${local.get(ref) ?? zero(id)}\0`),
        ...gone.map((ref) => `delete ${ref}\0${local.get(ref)}\0`),
    ];
    const updated = await git(['update-ref', '--stdin', '-z'], { input: commands.join(''), ignoreReturnCode: true });
    return updated.exitCode === 0 ? { refs: wanted, changed: true } : undefined;
}
/** Whether `localRef` is where `mirror` keeps a ref. */
function covers(mirror, localRef) {
    return mirror.local.endsWith('/') ? localRef.startsWith(mirror.local) : localRef === mirror.local;
}
/**
 * The local name → id of each listed ref a mirror takes (ls-refs matches prefixes loosely: only a
 * single ref's exact name, or a name below a prefix, counts); `undefined` when a single ref is not
 * listed.
 */
function mirroredNames(listed, mirrors) {
    const names = new Map();
    for (const mirror of mirrors) {
        if (!mirror.remote.endsWith('/')) {
            const ref = listed.get(mirror.remote);
            if (!ref)
                return undefined;
            names.set(mirror.local, ref.id);
            continue;
        }
        for (const [name, ref] of listed) {
            if (name.startsWith(mirror.remote))
                names.set(`${mirror.local}${name.slice(mirror.remote.length)}`, ref.id);
        }
    }
    return names;
}
/** `refs/heads/<branch>`'s id as the server lists it; `undefined` when not listed or not readable. */
async function listBranchTip(remote, branch) {
    const ref = `refs/heads/${branch}`;
    return (await listRefsOverHttp(remote, [ref]))?.get(ref)?.id;
}
/** The pack the server sends for a `fetch` request; `undefined` when it cannot be had this way. */
async function askForPack(remote, request) {
    const answer = await ask(remote, request);
    try {
        return answer ? packFromFetchAnswer(answer) : undefined;
    }
    catch {
        // An ERR line, or an answer cut short: git asks again when it misses the objects.
        return undefined;
    }
}
/**
 * One v2 command to `git-upload-pack`, sent without the advertisement first: each command is
 * stateless over HTTP, and a server that does not speak v2, or lacks what the command asks for,
 * answers with something the readers above refuse. `undefined` for no answer or no success.
 */
async function ask(remote, request) {
    try {
        const answer = await remote.send(`${serviceUrl(remote)}/git-upload-pack`, {
            method: 'POST',
            headers: {
                ...remoteHeaders(remote),
                'Git-Protocol': 'version=2',
                'Content-Type': 'application/x-git-upload-pack-request',
                Accept: 'application/x-git-upload-pack-result',
            },
            body: request,
        });
        return succeeded(answer) ? answer.body : undefined;
    }
    catch {
        return undefined;
    }
}
/** A pack into the clone, as a promisor pack (what is missing from it, the server has). */
async function indexPack(git, pack) {
    const indexed = await git(['index-pack', '--stdin', '--promisor'], { input: pack, ignoreReturnCode: true });
    return indexed.exitCode === 0;
}

;// CONCATENATED MODULE: ./packages/git/src/refs.ts

/** Where a clone keeps what it fetched of `branch`. */
function refs_remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = refs_remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/**
 * The branch the remote's HEAD points at, or `undefined` for an empty repository: asked from the
 * process when it speaks to `origin` itself, else by `git ls-remote --symref`.
 */
async function remoteDefaultBranch(git) {
    const listed = git.remote ? await listRefsOverHttp(git.remote, ['HEAD'], { symrefs: true }) : undefined;
    if (listed)
        return listed.get('HEAD')?.symrefTarget?.match(/^refs\/heads\/(\S+)$/)?.[1];
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/**
 * Which of `refs` (full names) the server has, and their ids, in one listing: from the process when
 * it speaks to `origin` itself, else one `git ls-remote`. Only exact names count (both match
 * their patterns more loosely).
 */
async function listRemoteRefs(git, refs) {
    const listed = git.remote ? await listRefsOverHttp(git.remote, refs) : undefined;
    const found = listed
        ? [...listed].map(([name, ref]) => [name, ref.id])
        : (await git(['ls-remote', 'origin', ...refs])).stdout.split('\n').map((line) => {
            const [id = '', name = ''] = line.split('\t');
            return [name, id];
        });
    return new Map(found.filter(([name]) => refs.includes(name)));
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function remoteBranchExists(git, branch) {
    return (await listRemoteRefs(git, [`refs/heads/${branch}`])).has(`refs/heads/${branch}`);
}

;// CONCATENATED MODULE: ./packages/git/src/fetch.ts



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
        refspecs: [`+refs/heads/${branch}:${refs_remoteTrackingRef(branch)}`, ...(options.extra ?? [])],
        filter: options.filter,
        ...(options.prune ? { prune: true } : {}),
    });
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/**
 * `git fetch --prune` of `+<remote>:<local>` for each of `mirrors`: from this process when it speaks
 * to `origin` itself (`mirrorRefsOverHttp`, given `local`, the clone's refs under the mirrors'
 * local names as the caller last saw them), otherwise, or when that cannot be done, by git.
 * `changed: false` when the server listed just what `local` holds, so nothing moved. `refs`, when
 * the process mirrored them: the refs under the mirrors as the server listed them; a ref of the
 * clone not among them is stale (`local` missed it). Absent when git fetched: nothing stale is left.
 */
async function fetchMirrors(git, mirrors, options) {
    const mirrored = git.remote
        ? await mirrorRefsOverHttp(git, git.remote, mirrors, options.local, options.filter)
        : undefined;
    if (mirrored)
        return mirrored;
    const refspecs = mirrors.map((mirror) => `+${mirror.remote}${mirror.remote.endsWith('/') ? '*' : ''}:${mirror.local}${mirror.local.endsWith('/') ? '*' : ''}`);
    await fetch(git, { refspecs, filter: options.filter, prune: true });
    return { changed: true };
}
/**
 * `branch` as a deploy first reads it: the commits into its tracking ref (`tree:0`), and, when this
 * process speaks to `origin` itself, the tip's trees beside them (`fetchBranchOverHttp`: three
 * requests, two `index-pack`s side by side). Otherwise, or when that cannot be done, one `git fetch`
 * of the commits, as `fetchBranch`. `undefined` when the branch does not exist (yet). Settles when
 * the commits are in; `tipTrees` settles (never rejects) with whether the tip's trees came too.
 */
async function fetchBranchWithTipTrees(git, branch) {
    const fetched = git.remote ? await fetchBranchOverHttp(git, git.remote, branch) : undefined;
    if (fetched)
        return { tipTrees: fetched.trees };
    return (await fetchBranch(git, branch, { filter: 'tree:0' })) ? { tipTrees: Promise.resolve(false) } : undefined;
}
/**
 * The commits up to `commit`, an id the caller read from the server (a listing of refs), into the
 * clone, for a reader that names the id itself. Naming the commit instead of the branch spares the
 * ref listing, and gives the same tip whatever moved meanwhile. From the process when it speaks to
 * `origin` itself, naming `haves` (commits the clone holds) so that only the new ones come, and
 * leaving the tracking ref where it is (`fetchHistoryOverHttp`: one request, one `index-pack`);
 * otherwise `git fetch` of the commit into `branch`'s tracking ref.
 */
async function fetchCommitsAt(git, branch, commit, options) {
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        throw new Error(`Not a commit id: ${JSON.stringify(commit)}`);
    const fromProcess = git.remote !== undefined && (await fetchHistoryOverHttp(git, git.remote, commit, options.haves ?? []));
    if (!fromProcess)
        await fetch(git, { refspecs: [`+${commit}:${remoteTrackingRef(branch)}`], filter: 'tree:0' });
}
/**
 * The trees of `ref`'s tip (no blobs), ahead of the first command that reads one, after a fetch
 * that took commits only (`tree:0`): from this process when it speaks to `origin` itself (one
 * `git log` for the tree id, one `index-pack`), where git's lazy fetch would start four processes
 * inside that command. Without a remote of its own, or when the server cannot be asked so,
 * nothing happens here and git fetches them lazily as before.
 */
async function fetchTipTrees(git, ref) {
    if (!git.remote)
        return;
    // `log` reads the commit only; `rev-parse <ref>^{tree}` would look the tree up and fetch it lazily.
    const tree = (await git(['log', '-1', '--format=%T', ref])).stdout.trim();
    if (/^[0-9a-f]{40}$/.test(tree))
        await fetchObjectsOverHttp(git, git.remote, [tree], 'blob:none');
}

;// CONCATENATED MODULE: ./packages/trail/src/deployment.ts
/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
const deployment_TRAILER_KEYS = {
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

;// CONCATENATED MODULE: ./packages/trail/src/trailers.ts


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
        throw new ConfigurationError(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new ConfigurationError(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', deployment_TRAILER_KEYS.app],
    ['environment', deployment_TRAILER_KEYS.environment],
];
const OPTIONAL_SINGLE = [
    ['source', deployment_TRAILER_KEYS.source],
    ['sourceTime', deployment_TRAILER_KEYS.sourceTime],
    ['run', deployment_TRAILER_KEYS.run],
    ['scan', deployment_TRAILER_KEYS.scan],
    ['configHash', deployment_TRAILER_KEYS.configHash],
    ['rollbackOf', deployment_TRAILER_KEYS.rollbackOf],
    ['rollbackTo', deployment_TRAILER_KEYS.rollbackTo],
    ['reason', deployment_TRAILER_KEYS.reason],
    ['request', deployment_TRAILER_KEYS.request],
    ['policy', deployment_TRAILER_KEYS.policy],
    ['breakGlass', deployment_TRAILER_KEYS.breakGlass],
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
    if (trail.hotfix)
        add(TRAILER_KEYS.hotfix, 'true');
    for (const approver of trail.approvedBy)
        add(TRAILER_KEYS.approvedBy, approver);
    for (const url of trail.approvals ?? [])
        add(TRAILER_KEYS.approval, url);
    for (const verified of trail.attestations ?? [])
        add(TRAILER_KEYS.attestations, verified);
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
    ['imageRefs', deployment_TRAILER_KEYS.image],
    ['approvedBy', deployment_TRAILER_KEYS.approvedBy],
    ['approvals', deployment_TRAILER_KEYS.approval],
    ['attestations', deployment_TRAILER_KEYS.attestations],
];
const FLAGS = [
    ['removal', deployment_TRAILER_KEYS.removal],
    ['hotfix', deployment_TRAILER_KEYS.hotfix],
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

;// CONCATENATED MODULE: ./packages/trail/src/history.ts


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
    const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
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
async function history_readDeployments(options) {
    return withScratchClone(options, { purpose: 'history' }, async ({ git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch)))
            return [];
        await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return readDeploymentsFromClone(git, refs_remoteTrackingRef(branch), options);
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
        ? history.find((d) => d.kind === 'deploy' && dora_sameCommit(d.commitSha, current.rollbackTo))
        : undefined;
    const scan = current.scan ?? restored?.scan;
    const verdict = scanVerdictOf({ scan });
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
        reference = parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ImageReferenceError) {
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
    const source = parseImageReference(imageRef);
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
    const history = await history_readDeployments({
        ...repository_repositoryAccess(options),
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

// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __nccwpck_require__(84837);
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

;// CONCATENATED MODULE: ./actions/promote/src/main.ts




/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return runOnGitHub(run);
    const inputs = new InputReader(runtime);
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
        verify: readVerifySettings({ inputs, context: runtime.context }),
    };
    const credentials = registryUsername && registryPassword ? { username: registryUsername, password: registryPassword } : undefined;
    const registry = new registry_client_RegistryClient({
        log: runtime.log,
        insecure: !settings.tlsVerify,
        credentials: () => credentials,
    });
    const { verify } = settings;
    const result = await promote({
        ...settings,
        verifyImage: verify
            ? (imageRef) => verifyImageAttestations({ ...verify, imageRef, registry, credentials, log: runtime.log })
            : undefined,
        copyAttestations: verify
            ? (fromRef, toRef) => copyAttestations(fromRef, toRef, { registry, credentials, log: runtime.log })
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
    await runtime.appendSummary(new Summary()
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

/***/ 69918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   m1: () => (/* binding */ imageSubject),
/* harmony export */   yH: () => (/* binding */ IN_TOTO_STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE, GITHUB_WORKFLOW_BUILD_TYPE, workflowRunFromClaims, provenanceStatement, scanStatement */
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
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   z8: () => (/* binding */ lastNonEmptyLine)
/* harmony export */ });
/* unused harmony exports STDERR_REASON_BOUNDS, meaningfulStderrLines, isUserError */
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
  i: () => (/* binding */ proxiedFetch),
  $: () => (/* binding */ proxyConfigured)
});

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
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export sleep */
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
/******/ var __webpack_exports__ = __nccwpck_require__(38512);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
