export const id = 978;
export const ids = [978];
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


/***/ })

};
