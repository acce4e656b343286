export const id = 183;
export const ids = [183];
export const modules = {

/***/ 83064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ postGitHubAttestation),
/* harmony export */   V: () => (/* binding */ readGitHubAttestations)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30380);
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
        if (error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O && [401, 403, 404, 422].includes(error.status ?? 0)) {
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
        if (error instanceof _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O && error.status === 404)
            return [];
        throw error;
    }
    return (response.data.attestations ?? [])
        .filter((entry) => Boolean(entry.bundle))
        .map((entry, index) => ({ bundle: entry.bundle, source: `${repository} attestation ${index + 1} for ${digest}` }));
}


/***/ }),

/***/ 28878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ AttestationError),
/* harmony export */   f: () => (/* binding */ tokenClaims)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

class AttestationError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
    name = 'AttestationError';
}
/** The claims of a JWT, unverified: used only to describe the run in the provenance Fulcio will certify. */
function tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new AttestationError("The job's OIDC token is not a JWT.");
    }
}


/***/ }),

/***/ 69978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mS: () => (/* binding */ attestBuild),
  xi: () => (/* binding */ attestScan),
  Nl: () => (/* binding */ copyAttestations),
  jN: () => (/* binding */ policyAttestationVerifier),
  FJ: () => (/* binding */ policyRequirements),
  sE: () => (/* binding */ verifyImageAttestations)
});

// UNUSED EXPORTS: attestImage, prepareSigning

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __webpack_require__(30380);
// EXTERNAL MODULE: ./packages/attest/src/github-store.ts
var github_store = __webpack_require__(83064);
// EXTERNAL MODULE: ./packages/attest/src/oidc.ts
var oidc = __webpack_require__(28878);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __webpack_require__(59899);
// EXTERNAL MODULE: ./packages/image/src/reference.ts
var src_reference = __webpack_require__(74723);
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
async function attachBundle(options) {
    const { name, digest } = splitReference(options.imageRef);
    // A fixed creation time keeps the artifact manifest byte-identical across re-adds.
    const created = (options.now ?? new Date()).toISOString();
    // Loaded on first write, not with the module: @sigstore/oci brings a whole HTTP client stack.
    const { attachArtifactToImage } = await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(57)]).then(__webpack_require__.bind(__webpack_require__, 81057));
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
        throw new oidc/* AttestationError */.L(`Attaching the ${options.predicateType} attestation to ${options.imageRef} failed: ${cause?.message ?? String(error)}.`);
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
        await (0,external_node_timers_promises_.setTimeout)(jitter(options.settleMs ?? 500));
        const listed = await listReferrers(options.registry, options.imageRef);
        if (listed.via === 'referrers-api' && listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
            return { digest: artifact.digest, writes, via: 'referrers-api' };
        }
        if (listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
            // Present on a second look too, so a concurrent writer that read before us has written since.
            await (0,external_node_timers_promises_.setTimeout)(jitter(options.settleMs ?? 500));
            const again = await listReferrers(options.registry, options.imageRef);
            if (again.index.manifests.some((entry) => entry.digest === artifact.digest)) {
                return { digest: artifact.digest, writes, via: 'tag-index' };
            }
        }
        await attachOnce();
        writes++;
    }
    throw new oidc/* AttestationError */.L(`The attestation for ${options.imageRef} kept disappearing from its referrers index after ${writes} writes; another writer keeps replacing it.`);
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
    const reference = (0,src_reference/* parseImageReference */.o_)(imageRef);
    if (!reference.digest)
        throw new oidc/* AttestationError */.L(`${imageRef} is not pinned by digest; attestations are per digest.`);
    return { name: reference.name, digest: reference.digest };
}

// EXTERNAL MODULE: ./packages/attest/src/sign.ts
var sign = __webpack_require__(40194);
// EXTERNAL MODULE: ./packages/attest/src/statement.ts
var statement = __webpack_require__(69918);
;// CONCATENATED MODULE: ./packages/attest/src/pipeline.ts







/** Gets the token (keyless) once, so the statement's run and Fulcio's certificate say the same. */
async function prepareSigning(settings, setSecret) {
    if (settings.signing === 'key')
        return { settings: { mode: 'key', privateKey: settings.privateKey }, run: settings.run };
    const token = await settings.idToken('sigstore');
    setSecret(token);
    return {
        run: (0,statement/* workflowRunFromClaims */.oz)((0,oidc/* tokenClaims */.f)(token), settings.serverUrl),
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
        bundles.push(await (0,sign/* signStatement */.fT)(statement, options.signing));
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
            const client = (0,github_client/* createGitHubClient */.L)({
                token: options.github.token,
                baseUrl: options.github.apiUrl,
                log: options.log,
            });
            const id = await (0,github_store/* postGitHubAttestation */.M)(client, options.github.repository, bundle, options.log);
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
        ? await (0,github_store/* readGitHubAttestations */.V)((0,github_client/* createGitHubClient */.L)({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }), options.github.repository, digest)
        : options.registry
            ? await readBundles(options.registry, options.imageRef, {
                predicateTypes: options.requirements.require.map((kind) => statement/* PREDICATE_TYPES */.Cs[kind]),
            })
            : [];
    // @sigstore/verify is loaded by the first verification, not with the module.
    const { verifyAttestations } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(463), __webpack_require__.e(187), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 48230));
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
        statements: [(0,statement/* provenanceStatement */.D2)(imageRef, signing.run)],
        signing: signing.settings,
        github: settings.github,
    });
}
/** scan-image: the verdict (pass or fail) of the scanned digest, signed and attached. */
async function attestScan(settings, imageRef, scan, dependencies, 
/** The scanner's raw report: its package list becomes a CycloneDX SBOM attestation too. */
sbomFrom) {
    if (sbomFrom === '')
        throw new oidc/* AttestationError */.L('The scan record names no report file to take the SBOM from.');
    const sbom = sbomFrom ? await sbomOf(imageRef, sbomFrom) : undefined;
    const signing = await prepareSigning(settings, dependencies.setSecret);
    const run = signing.run;
    const runUrl = run.repository && run.runId ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}` : '';
    return attestImage({
        ...dependencies,
        imageRef,
        statements: [(0,statement/* scanStatement */.py)(imageRef, { ...scan, runUrl }), ...(sbom ? [sbom] : [])],
        signing: signing.settings,
        github: settings.github,
    });
}
/** The SBOM statement from the scanner's report; CycloneDX is loaded only for it. */
async function sbomOf(imageRef, reportFile) {
    const report = JSON.parse(await (0,promises_.readFile)(reportFile, 'utf8'));
    const { sbomStatement, trivyPackages } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 47534));
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
function policyAttestationVerifier(trust, dependencies) {
    return async (imageRef, rules) => {
        const unknown = rules.require.find((kind) => !(kind in statement/* PREDICATE_TYPES */.Cs));
        if (unknown)
            throw new oidc/* AttestationError */.L(`The policy requires a "${unknown}" attestation, which Shipgate cannot verify.`);
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
        throw new oidc/* AttestationError */.L("The policy's attestations name no signer (repository, owner, signer-workflow or identity), so a signature by any workflow would count.");
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


/***/ }),

/***/ 3183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fo: () => (/* binding */ readAttestSettings),
  iZ: () => (/* binding */ readDeployStatementSigning),
  $1: () => (/* binding */ readPolicyAttestationVerifier),
  mH: () => (/* binding */ readSignerInputs),
  bn: () => (/* binding */ readTrust),
  T1: () => (/* binding */ readVerifySettings)
});

// UNUSED EXPORTS: parseMaxAge

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/image/src/registry-client.ts
var registry_client = __webpack_require__(83536);
// EXTERNAL MODULE: ./packages/attest/src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(69978);
// EXTERNAL MODULE: ./packages/attest/src/sign.ts
var sign = __webpack_require__(40194);
// EXTERNAL MODULE: ./packages/attest/src/statement.ts
var statement = __webpack_require__(69918);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
        hint: (0,sign/* publicKeyHint */.yd)(publicKey),
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
            privateKey: (0,sign/* parseSigningKey */.UG)(key, passphrase),
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
        fulcioUrl: url('fulcio-url', sign/* PUBLIC_GOOD_FULCIO_URL */.Xw),
        rekorUrl: url('rekor-url', sign/* PUBLIC_GOOD_REKOR_URL */.Y4),
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
        throw new errors/* ConfigurationError */.j1(`Input "deploy-statement" must be auto, true or false, got "${mode}".`);
    }
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    setSecret(requestToken);
    if (mode === 'false' || (mode === 'auto' && !(requestUrl && requestToken)))
        return undefined;
    if (!requestUrl || !requestToken) {
        throw new errors/* ConfigurationError */.j1('Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new errors/* ConfigurationError */.j1(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    const rekorUrl = url('rekor-url', sign/* PUBLIC_GOOD_REKOR_URL */.Y4);
    const tsaUrl = url('tsa-url', '');
    let token;
    return {
        always: mode === 'true',
        signing: {
            mode: 'keyless',
            fulcioUrl: url('fulcio-url', sign/* PUBLIC_GOOD_FULCIO_URL */.Xw),
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
        throw new errors/* ConfigurationError */.j1('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const credentials = username && password ? { username, password } : undefined;
    const trust = readTrust(inputs);
    if (!trust)
        return undefined;
    const registry = new registry_client/* RegistryClient */.bP({
        log,
        insecure: !inputs.boolean('tls-verify', true),
        credentials: () => credentials,
    });
    return (0,pipeline/* policyAttestationVerifier */.jN)(trust, { registry, credentials, log, serverUrl });
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


/***/ }),

/***/ 40194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UG: () => (/* binding */ parseSigningKey),
/* harmony export */   Xw: () => (/* binding */ PUBLIC_GOOD_FULCIO_URL),
/* harmony export */   Y4: () => (/* binding */ PUBLIC_GOOD_REKOR_URL),
/* harmony export */   fT: () => (/* binding */ signStatement),
/* harmony export */   yd: () => (/* binding */ publicKeyHint)
/* harmony export */ });
/* unused harmony exports GITHUB_FULCIO_URL, GITHUB_TSA_URL, redactTokens */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _oidc__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28878);
/* harmony import */ var _statement__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69918);




/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** A PEM private key from an input, refused with one sentence naming the input when it is not one. */
function parseSigningKey(pem, passphrase, input = 'signing-key') {
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
        if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
            throw new Error('unsupported');
        }
        return key;
    }
    catch {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`);
    }
}
/** The hint a key-signed bundle carries: the hex sha256 of the public key (SPKI DER). */
function publicKeyHint(key) {
    const publicKey = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
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
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(this.key).export({ format: 'pem', type: 'spki' }).toString();
        return {
            signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, data, this.key),
            key: { $case: 'publicKey', publicKey, hint: publicKeyHint(this.key) },
        };
    }
}
/** The statement as a DSSE envelope in a Sigstore bundle (v0.3), as JSON. */
async function signStatement(statement, settings) {
    // Loaded here, not with the module: @sigstore/sign and its HTTP stack are most of a bundle's
    // start-up time, and most runs sign nothing.
    const sigstore = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(463), __webpack_require__.e(310), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { bundleToJSON } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 61040));
    const builder = settings.mode === 'key'
        ? new sigstore.DSSEBundleBuilder({ signer: new LocalKeySigner(settings.privateKey), witnesses: [] })
        : new sigstore.DSSEBundleBuilder({
            signer: fulcioSigner(sigstore, settings),
            witnesses: witnesses(sigstore, settings),
        });
    try {
        const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: _statement__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 });
        return bundleToJSON(bundle);
    }
    catch (error) {
        throw new _oidc__WEBPACK_IMPORTED_MODULE_3__/* .AttestationError */ .L(`Signing the ${statement.predicateType} statement failed: ${signingFailure(error)}.`);
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
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
    }
    return list;
}


/***/ }),

/***/ 69918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   D2: () => (/* binding */ provenanceStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   m1: () => (/* binding */ imageSubject),
/* harmony export */   oz: () => (/* binding */ workflowRunFromClaims),
/* harmony export */   py: () => (/* binding */ scanStatement),
/* harmony export */   yH: () => (/* binding */ IN_TOTO_STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE, GITHUB_WORKFLOW_BUILD_TYPE */
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

/***/ 83536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74723);
/* harmony import */ var _registry_transport__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84182);




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
        this.#transport = new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryTransport */ .F7(options);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The manifest of ${ref} has digest ${computed}, but ${ref.digest ? 'was asked for' : 'the registry announced'} ${expected}.`);
        }
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The manifest of ${ref} is not JSON.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`Listing the referrers of ${ref} needs a digest.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The referrers of ${ref} are not JSON.`);
        }
    }
    /** The digest the registry serves for a tag (or confirms for a digest). Fails when it does not exist. */
    async resolveDigest(reference) {
        const ref = toReference(reference);
        const head = await this.headManifest(ref);
        if (!head)
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The image ${ref} was not found on ${ref.domain}.`, 404);
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
                throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The image index ${ref} lists no manifests.`);
            fetched = await this.getManifest(repositoryAt(ref, child.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest)
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The manifest of ${ref} has no config.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`Blob ${digest} of ${ref.name} arrived with different content (digest mismatch).`, 502);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`Cannot copy ${source} to ${target}: the target is pinned to another digest.`);
        }
        const fetched = await this.getManifest(source);
        if (target.digest && target.digest !== fetched.digest) {
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`Cannot copy ${source} (${fetched.digest}) to ${target}: the digests differ.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`Nested image indexes are not supported (in ${source.name}@${fetched.digest}).`);
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
                throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${source.domain} sent blob ${blob.digest} without a body.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The manifest for ${ref} has digest ${digest}, not the one in the reference.`);
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
                throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${target.domain} started an upload without a Location.`);
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
            throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`${target.domain} stored the manifest of ${target.name} as ${stored}, not ${fetched.digest}.`);
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
    const ref = typeof reference === 'string' ? (0,_reference__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(reference, { normalize }) : reference;
    if (!ref.domain)
        throw new _registry_transport__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`The image reference ${ref} names no registry.`);
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 84182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ RegistryTransport),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRY_AFTER_MS, isRetryableRegistryError, parseChallenge, basicAuthorization, networkFailure, capitalise */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59899);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84837);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(609);

/** A registry said no, or could not be reached. The message says which operation on which image. */
class RegistryError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
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
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(error.status);
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
        this.#log = options.log ?? _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q;
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
        return (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(operation, {
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
        this.#http ??= (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_3__/* .proxiedFetch */ .i)(this.#options.env ?? process.env);
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
        const retryAfterMs = (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(response.headers.get('retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.#maxRetryAfterMs && (0,_shipgate_core__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(response.status)) {
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


/***/ })

};
