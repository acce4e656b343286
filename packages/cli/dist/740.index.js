export const id = 740;
export const ids = [740];
export const modules = {

/***/ 97740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jc: () => (/* reexport */ AttestationRefusedError),
  dH: () => (/* reexport */ DEPLOY_STATEMENT_FILE),
  RX: () => (/* reexport */ DEPLOY_STATEMENT_REF_PREFIX),
  mS: () => (/* reexport */ attestBuild),
  xi: () => (/* reexport */ attestScan),
  Nl: () => (/* reexport */ copyAttestations),
  jT: () => (/* reexport */ deployRepositoryName),
  eH: () => (/* reexport */ deployStatementProblem),
  QT: () => (/* reexport */ deployStatementRef),
  DZ: () => (/* reexport */ deployStatementSigner),
  FJ: () => (/* reexport */ policyRequirements),
  Fo: () => (/* reexport */ readAttestSettings),
  iZ: () => (/* reexport */ readDeployStatementSigning),
  Vo: () => (/* reexport */ readGitHubAttestations),
  $1: () => (/* reexport */ readPolicyAttestationVerifier),
  bn: () => (/* reexport */ readTrust),
  T1: () => (/* reexport */ readVerifySettings),
  rm: () => (/* reexport */ verifyAttestations),
  sE: () => (/* reexport */ verifyImageAttestations)
});

// UNUSED EXPORTS: AttestationError, BUNDLE_MEDIA_TYPE, DEPLOY_STATEMENT_PREDICATE, GITHUB_ACTIONS_ISSUER, GITHUB_FULCIO_URL, GITHUB_TSA_URL, GITHUB_WORKFLOW_BUILD_TYPE, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_TYPE, PREDICATE_TYPES, PREDICATE_TYPE_ANNOTATION, PUBLIC_GOOD_FULCIO_URL, PUBLIC_GOOD_REKOR_URL, SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE, anchored, attachBundle, attestImage, decodeUtf8String, deployStatement, fetchOidcToken, imageSubject, keyTrust, keylessTrust, listReferrers, parseMaxAge, parseSigningKey, policyAttestationVerifier, postGitHubAttestation, prepareSigning, provenanceStatement, publicKeyHint, readBundles, sbomStatement, scanStatement, signDeployStatement, signStatement, tokenClaims, trivyPackages, workflowRunFromClaims

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(34257);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./packages/attest/src/oidc.ts

class AttestationError extends src/* ShipgateError */.Yu {
    name = 'AttestationError';
}
/**
 * Fetches the job's OIDC token for `audience` (Fulcio wants `sigstore`). Hand-written rather than
 * @actions/core's getIDToken because packages do not import @actions/core; the request token and
 * the answer are handed to `setSecret` before anything else happens with them.
 */
async function fetchOidcToken(source, audience, setSecret) {
    setSecret(source.requestToken);
    const url = new URL(source.requestUrl);
    url.searchParams.append('audience', audience);
    let response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/json', authorization: `Bearer ${source.requestToken}` },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new AttestationError(`Requesting the job's OIDC token from ${url.origin} failed: ${error.cause?.message ?? String(error)}.`);
    }
    if (!response.ok) {
        throw new AttestationError(`Requesting the job's OIDC token failed with ${response.status}; the job needs "permissions: id-token: write".`);
    }
    const body = (await response.json());
    if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
        throw new AttestationError("The job's OIDC token endpoint answered without a token.");
    }
    setSecret(body.value);
    return body.value;
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

;// CONCATENATED MODULE: ./packages/attest/src/statement.ts
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

;// CONCATENATED MODULE: ./packages/attest/src/sign.ts






/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
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
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`);
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
    const builder = settings.mode === 'key'
        ? new sign_dist/* DSSEBundleBuilder */.VV({ signer: new LocalKeySigner(settings.privateKey), witnesses: [] })
        : new sign_dist/* DSSEBundleBuilder */.VV({ signer: fulcioSigner(settings), witnesses: witnesses(settings) });
    try {
        const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE });
        return (0,dist.bundleToJSON)(bundle);
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
function fulcioSigner(settings) {
    return new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: settings.fulcioUrl,
        identityProvider: { getToken: settings.identityToken },
        retry: settings.retries ?? 2,
        timeout: 30_000,
    });
}
function witnesses(settings) {
    const list = [];
    const retry = settings.retries ?? 2;
    // `intoto` entries verify the same with every Rekor; the mock used in tests mangles `dsse` ones.
    if (settings.rekorUrl)
        list.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: settings.rekorUrl, entryType: 'intoto', retry }));
    if (settings.tsaUrl)
        list.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: settings.tsaUrl, retry }));
    if (list.length === 0) {
        throw new src/* ConfigurationError */.j1('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/attest/src/verify.ts




const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extensions `gh attestation verify` reads (1.3.6.1.4.1.57264.1.x). */
const OID_BUILD_SIGNER_URI = '1.3.6.1.4.1.57264.1.9';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_SOURCE_REPOSITORY_REF = '1.3.6.1.4.1.57264.1.14';
const OID_SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16';
/** A requirement that no bundle meets; the message is one sentence naming the rule. */
class AttestationRefusedError extends src/* ShipgateError */.Yu {
    name = 'AttestationRefusedError';
}
/**
 * Verifies `digest`'s bundles against the trust policy and applies the rules `gh attestation
 * verify` applies (certificate chain and timestamps, SAN, issuer, source repository and owner,
 * subject digest), then the requirements: every required predicate type has a bundle that passes
 * all rules, and the newest passing scan attestation says `pass` and is not older than max-age.
 * Throws AttestationRefusedError naming the first rule that failed.
 */
function verifyAttestations(digest, bundles, trust, requirements) {
    const verifier = new verify_dist/* Verifier */.BL(trust.material, trust.thresholds);
    const candidates = bundles.map((stored) => checkBundle(stored, digest, verifier, trust, requirements));
    const verified = [];
    for (const kind of requirements.require) {
        const predicateType = PREDICATE_TYPES[kind];
        const ofType = candidates.filter((candidate) => bundlePredicateType(candidate) === predicateType);
        const passing = ofType.filter((candidate) => !candidate.failure);
        if (passing.length === 0) {
            const reason = ofType[0]?.failure ?? candidates.find((candidate) => candidate.failure)?.failure;
            throw new AttestationRefusedError(ofType.length === 0
                ? `No ${kind} attestation (${predicateType}) is attached to ${digest}${reason && !reason.startsWith('its statement') ? `; the others were refused: ${reason}` : ''}.`
                : `The ${kind} attestation of ${digest} is refused: ${reason}.`);
        }
        const chosen = kind === 'scan' ? checkScan(passing, digest, requirements) : passing[0];
        verified.push(describe(kind, chosen));
    }
    return { digest, verified, trailer: trailer(verified) };
}
function checkBundle(stored, digest, verifier, trust, requirements) {
    let statement;
    try {
        const envelope = stored.bundle.dsseEnvelope;
        if (!envelope)
            return { stored, failure: 'it holds no DSSE envelope' };
        if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
            return { stored, failure: `its payload type is ${envelope.payloadType}, not an in-toto statement` };
        }
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return { stored, failure: 'its payload is not JSON' };
    }
    let signer;
    try {
        signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)((0,dist.bundleFromJSON)(stored.bundle)));
    }
    catch (error) {
        return { stored, statement, failure: `its signature does not verify against the trusted root (${message(error)})` };
    }
    const identity = identityFailure(signer, trust, requirements);
    if (identity)
        return { stored, statement, failure: identity };
    const hex = digest.replace(/^sha256:/, '');
    if (statement._type !== IN_TOTO_STATEMENT_TYPE || !Array.isArray(statement.subject)) {
        return { stored, statement, failure: 'its statement is not an in-toto Statement v1' };
    }
    if (!statement.subject.some((subject) => subject?.digest?.sha256 === hex)) {
        return { stored, statement, failure: `its statement is about another digest, not ${digest}` };
    }
    return { stored, statement, signer: signerName(signer, trust) };
}
function identityFailure(signer, trust, requirements) {
    if (trust.mode === 'key')
        return undefined;
    const identity = signer.identity;
    const san = identity?.subjectAlternativeName ?? '';
    const { exact, pattern } = requirements.identity ?? {};
    if (exact !== undefined && san !== exact)
        return `its certificate SAN is ${san}, not the expected workflow ${exact}`;
    if (pattern !== undefined && !anchored(pattern).test(san)) {
        return `its certificate SAN ${san} does not match the expected workflow /${pattern}/ (as a whole)`;
    }
    const issuer = requirements.issuer ?? GITHUB_ACTIONS_ISSUER;
    if (identity?.extensions?.issuer !== issuer) {
        return `its certificate issuer is ${identity?.extensions?.issuer ?? 'missing'}, not ${issuer}`;
    }
    const server = (requirements.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const extension = (oid) => decodeUtf8String(identity?.oids?.find((entry) => entry.oid?.id.join('.') === oid)?.value);
    if (requirements.sourceRepository) {
        const expected = `${server}/${requirements.sourceRepository}`;
        const actual = extension(OID_SOURCE_REPOSITORY_URI);
        if (actual !== expected)
            return `its source repository is ${actual ?? 'missing'}, not ${expected}`;
    }
    if (requirements.sourceOwner) {
        const expected = `${server}/${requirements.sourceOwner}`;
        const actual = extension(OID_SOURCE_REPOSITORY_OWNER_URI);
        if (actual !== expected)
            return `its source repository owner is ${actual ?? 'missing'}, not ${expected}`;
    }
    if (requirements.signerWorkflow) {
        const expected = `${server}/${requirements.signerWorkflow}`;
        const uri = extension(OID_BUILD_SIGNER_URI);
        // The URI ends in `@<ref>`; a workflow path holds no `@`, so the last one separates them.
        const actual = uri?.includes('@') ? uri.slice(0, uri.lastIndexOf('@')) : uri;
        if (actual !== expected)
            return `its signer workflow is ${actual ?? 'missing'}, not ${expected}`;
    }
    if (requirements.sourceRef) {
        const actual = extension(OID_SOURCE_REPOSITORY_REF);
        if (actual !== requirements.sourceRef)
            return `its source ref is ${actual ?? 'missing'}, not ${requirements.sourceRef}`;
    }
    return undefined;
}
/**
 * A pattern as a regular expression over the whole value: unanchored, `…@refs/heads/main` would
 * match a signer on branch `main-mallory`.
 */
function anchored(pattern) {
    return new RegExp(`^(?:${pattern})$`);
}
/** Newer Fulcio extensions hold a DER UTF8String (tag 0x0c) inside the extension's octet string. */
function decodeUtf8String(value) {
    if (!value)
        return undefined;
    const bytes = Buffer.from(value);
    if (bytes[0] !== 0x0c || bytes.length < 2)
        return bytes.toString('utf8');
    let length = bytes[1];
    let offset = 2;
    if (length & 0x80) {
        const size = length & 0x7f;
        length = 0;
        for (let index = 0; index < size; index++)
            length = length * 256 + (bytes[2 + index] ?? 0);
        offset = 2 + size;
    }
    return bytes.subarray(offset, offset + length).toString('utf8');
}
const FUTURE_SKEW_MS = 5 * 60_000;
/** The newest passing scan attestation decides: an older `pass` does not outvote a newer `fail`. */
function checkScan(passing, digest, requirements) {
    const finished = (candidate) => Date.parse(candidate.statement?.predicate?.metadata?.scanFinishedOn ?? '');
    const newest = [...passing].sort((a, b) => (finished(b) || 0) - (finished(a) || 0))[0];
    const predicate = newest.statement?.predicate;
    const verdict = predicate?.scanner?.result?.verdict;
    if (verdict !== 'pass') {
        throw new AttestationRefusedError(`The newest scan attestation of ${digest} has verdict ${verdict ?? 'none'}, not pass.`);
    }
    const at = finished(newest);
    const now = (requirements.now ?? new Date()).getTime();
    if (!Number.isFinite(at) || at > now + FUTURE_SKEW_MS) {
        throw new AttestationRefusedError(`The newest scan attestation of ${digest} has no valid scanFinishedOn time.`);
    }
    if (requirements.scanMaxAgeMs !== undefined && now - at > requirements.scanMaxAgeMs) {
        throw new AttestationRefusedError(`The newest scan attestation of ${digest} is from ${new Date(at).toISOString()}, older than the max-age of ${formatAge(requirements.scanMaxAgeMs)}.`);
    }
    return newest;
}
function bundlePredicateType(candidate) {
    return typeof candidate.statement?.predicateType === 'string' ? candidate.statement.predicateType : undefined;
}
function describe(kind, candidate) {
    const predicate = candidate.statement?.predicate;
    return {
        kind,
        predicateType: PREDICATE_TYPES[kind],
        signer: candidate.signer ?? '',
        source: candidate.stored.source,
        ...(kind === 'scan' && predicate
            ? { scan: { verdict: predicate.scanner.result.verdict, finishedOn: predicate.metadata.scanFinishedOn } }
            : {}),
    };
}
function signerName(signer, trust) {
    return trust.mode === 'key' ? `key ${trust.hint.slice(0, 16)}` : (signer.identity?.subjectAlternativeName ?? '');
}
/** `provenance, scan (pass 2026-12-01T10:00:00Z); signer <SAN>` — one line, for a git trailer. */
function trailer(verified) {
    const kinds = verified.map((entry) => entry.scan ? `${entry.kind} (${entry.scan.verdict} ${entry.scan.finishedOn})` : entry.kind);
    const signers = [...new Set(verified.map((entry) => entry.signer))];
    return `${kinds.join(', ')}; signer ${signers.join(' + ')}`;
}
function formatAge(ms) {
    if (ms % 86_400_000 === 0)
        return `${ms / 86_400_000}d`;
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    return `${Math.round(ms / 60_000)}m`;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/attest/src/deploy-statement.ts
/**
 * Deploy statements: an environment review approves a workflow run, not bytes. The run that
 * deploys signs, keyless, an in-toto statement naming exactly what it commits (GitOps repository,
 * path, the tree id of the path in the deploy commit, config hash, image digests); Fulcio's
 * certificate names the run (extension 1.3.6.1.4.1.57264.1.21, the run invocation URI
 * `https://github.com/<owner>/<repo>/actions/runs/<id>/attempts/<n>`), so a verifier can tell that
 * this content was produced by the run the environment review approved. gitops-commit stores the
 * bundle under `refs/shipgate/statements/<deploy commit>` and pushes it atomically with the branch.
 */





const DEPLOY_STATEMENT_PREDICATE = 'https://shipgate.dev/deploy-statement/v1';
/** Where a deploy commit's statement lives: a ref to a commit whose tree holds the bundle. */
const DEPLOY_STATEMENT_REF_PREFIX = 'refs/shipgate/statements/';
const DEPLOY_STATEMENT_FILE = 'deploy-statement.sigstore.json';
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_RUN_INVOCATION_URI = '1.3.6.1.4.1.57264.1.21';
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
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [{ name: `${predicate.repository}/${predicate.path}`, digest: { gitTree: content.treeId } }],
        predicateType: DEPLOY_STATEMENT_PREDICATE,
        predicate,
    };
}
/** Signs the deploy statement keyless as the running job (its OIDC token names the run). */
async function signDeployStatement(content, signing) {
    return signStatement(deployStatement(content), signing);
}
/**
 * gitops-commit's `deployStatement` option: signs with `signing` and returns the bundle as JSON;
 * `always` signs every deploy, else only those that count an environment review.
 */
function deployStatementSigner(signing, always = false) {
    return { always, sign: async (content) => JSON.stringify(await signDeployStatement(content, signing)) };
}
/**
 * Why `bundle` does not bind `expected` to its run, as one clause; `undefined` when it does: the
 * signature verifies against the trusted root (keyless only: a key cannot name a run), the
 * certificate's issuer is GitHub Actions' and its run invocation URI names the `Shipgate-Run` run,
 * and the statement names exactly this repository, path, tree, config hash and digests.
 */
function deployStatementProblem(bundle, trust, expected, options = {}) {
    if (trust.mode !== 'keyless')
        return 'its deploy statement cannot be verified with a key: the run signs it keyless';
    const envelope = bundle.dsseEnvelope;
    if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return 'its deploy statement is no in-toto DSSE envelope';
    let signer;
    try {
        signer = new verify_dist/* Verifier */.BL(trust.material, trust.thresholds).verify((0,verify_dist/* toSignedEntity */.DC)((0,dist.bundleFromJSON)(bundle)));
    }
    catch (error) {
        return `its deploy statement's signature does not verify against the trusted root (${error.message})`;
    }
    const extension = (oid) => decodeUtf8String(signer.identity?.oids?.find((entry) => entry.oid?.id.join('.') === oid)?.value);
    const issuer = options.issuer ?? GITHUB_ACTIONS_ISSUER;
    const certIssuer = signer.identity?.extensions?.issuer ?? extension(OID_ISSUER_V2);
    if (certIssuer !== issuer)
        return `its deploy statement was signed by ${certIssuer ?? 'an unknown issuer'}, not ${issuer}`;
    const invocation = extension(OID_RUN_INVOCATION_URI);
    if (!invocation)
        return 'its deploy statement certificate names no run (no run invocation URI)';
    if (!sameRun(invocation, expected.runUrl)) {
        return `its deploy statement was signed by run ${invocation}, not by the approved run ${expected.runUrl || '(no Shipgate-Run)'}`;
    }
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return 'its deploy statement is not JSON';
    }
    if (statement._type !== IN_TOTO_STATEMENT_TYPE || statement.predicateType !== DEPLOY_STATEMENT_PREDICATE) {
        return `its deploy statement is a ${String(statement.predicateType)} statement, not ${DEPLOY_STATEMENT_PREDICATE}`;
    }
    const signed = statement.predicate ?? {};
    const want = deployStatement(expected).predicate;
    const subjectTree = statement.subject?.[0]?.digest?.gitTree;
    const differs = [];
    if (signed.repository !== want.repository)
        differs.push(`repository ${signed.repository} (not ${want.repository})`);
    if (signed.path !== want.path)
        differs.push(`path ${signed.path} (not ${want.path})`);
    if (signed.treeId !== want.treeId || subjectTree !== want.treeId)
        differs.push(`tree ${signed.treeId} (not ${want.treeId})`);
    if (signed.configHash !== want.configHash)
        differs.push(`config hash ${signed.configHash} (not ${want.configHash})`);
    if (JSON.stringify(signed.digests) !== JSON.stringify(want.digests))
        differs.push(`digests ${(signed.digests ?? []).join(', ')} (not ${want.digests.join(', ')})`);
    if (differs.length > 0)
        return `its deploy statement names other content: ${differs.join('; ')}`;
    return undefined;
}
/** `…/actions/runs/<id>/attempts/<n>` names the run `…/actions/runs/<id>` (any attempt) or exactly that attempt. */
function sameRun(invocation, runUrl) {
    const run = runUrl.replace(/\/+$/, '');
    if (!/\/actions\/runs\/\d+(\/attempts\/\d+)?$/.test(run))
        return false;
    if (/\/attempts\/\d+$/.test(run))
        return invocation === run;
    return invocation.replace(/\/attempts\/\d+$/, '') === run && /\/attempts\/\d+$/.test(invocation);
}

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
        if (error instanceof src/* GitHubApiError */.OS && [401, 403, 404, 422].includes(error.status ?? 0)) {
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
        if (error instanceof src/* GitHubApiError */.OS && error.status === 404)
            return [];
        throw error;
    }
    return (response.data.attestations ?? [])
        .filter((entry) => Boolean(entry.bundle))
        .map((entry, index) => ({ bundle: entry.bundle, source: `${repository} attestation ${index + 1} for ${digest}` }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/image/src/index.ts + 9 modules
var image_src = __webpack_require__(53000);
// EXTERNAL MODULE: ./node_modules/@sigstore/oci/dist/index.js
var oci_dist = __webpack_require__(81057);
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
    const attachOnce = () => (0,oci_dist/* attachArtifactToImage */.Kg)({
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
        throw new AttestationError(`Attaching the ${options.predicateType} attestation to ${options.imageRef} failed: ${cause?.message ?? String(error)}.`);
    });
    const artifact = await attachOnce();
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
    throw new AttestationError(`The attestation for ${options.imageRef} kept disappearing from its referrers index after ${writes} writes; another writer keeps replacing it.`);
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
    const reference = (0,image_src/* parseImageReference */.o_)(imageRef);
    if (!reference.digest)
        throw new AttestationError(`${imageRef} is not pinned by digest; attestations are per digest.`);
    return { name: reference.name, digest: reference.digest };
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
;// CONCATENATED MODULE: ./packages/attest/src/sbom.ts
/**
 * A CycloneDX SBOM of the scanned image from the scanner's package list, as an attestation
 * (predicate type `https://cyclonedx.org/bom`, what `cosign attest --type cyclonedx` writes).
 * Only Trivy reports list an inventory, and only when Trivy ran with `--list-all-pkgs`; Grype's
 * JSON lists matches, not packages.
 */






/** The packages a Trivy JSON report (SchemaVersion 2) lists under `Results[].Packages`. */
function trivyPackages(report) {
    const results = report?.Results;
    if (!Array.isArray(results))
        return [];
    const seen = new Map();
    for (const result of results) {
        const packages = result?.Packages;
        if (!Array.isArray(packages))
            continue;
        for (const entry of packages) {
            const name = typeof entry.Name === 'string' ? entry.Name : '';
            if (!name)
                continue;
            const version = typeof entry.Version === 'string' ? entry.Version : '';
            const purl = entry.Identifier?.PURL;
            const found = { name, version, ...(typeof purl === 'string' ? { purl } : {}) };
            seen.set(found.purl ?? `${name}@${version}`, found);
        }
    }
    return [...seen.values()];
}
/** The statement: subject the image digest, predicate the CycloneDX 1.5 JSON document. */
function sbomStatement(imageRef, packages) {
    if (packages.length === 0) {
        throw new src/* ConfigurationError */.j1('Input "sbom" is true, but the report lists no packages: run Trivy with --list-all-pkgs (Grype reports list only matches).');
    }
    const subject = imageSubject(imageRef);
    const bom = new models.Bom();
    bom.metadata.component = new models.Component(enums.ComponentType.Container, subject.name, {
        version: `sha256:${subject.digest.sha256}`,
    });
    for (const entry of packages) {
        bom.components.add(new models.Component(enums.ComponentType.Library, entry.name, {
            version: entry.version,
            ...(entry.purl ? { purl: entry.purl, bomRef: entry.purl } : {}),
        }));
    }
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot5));
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [subject],
        predicateType: PREDICATE_TYPES.sbom,
        predicate: JSON.parse(serializer.serialize(bom, { sortLists: true })),
    };
}

;// CONCATENATED MODULE: ./packages/attest/src/pipeline.ts









/** Gets the token (keyless) once, so the statement's run and Fulcio's certificate say the same. */
async function prepareSigning(settings, setSecret) {
    if (settings.signing === 'key')
        return { settings: { mode: 'key', privateKey: settings.privateKey }, run: settings.run };
    const token = await fetchOidcToken(settings.tokenSource, 'sigstore', setSecret);
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
            const client = new src/* GitHubClient */.jh({
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
        ? await readGitHubAttestations(new src/* GitHubClient */.jh({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }), options.github.repository, digest)
        : options.registry
            ? await readBundles(options.registry, options.imageRef, {
                predicateTypes: options.requirements.require.map((kind) => PREDICATE_TYPES[kind]),
            })
            : [];
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
    const sbom = sbomFrom
        ? sbomStatement(imageRef, trivyPackages(JSON.parse(await (0,promises_.readFile)(sbomFrom, 'utf8'))))
        : undefined;
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./packages/attest/src/trust.ts





/**
 * A trusted root (the protobuf-specs JSON that `cosign trusted-root create` and the Sigstore TUF
 * repositories publish). Every kind of authority the root lists is demanded once: a root with
 * transparency logs requires a log entry, one with CT logs an SCT, and a timestamp is always needed.
 */
function keylessTrust(trustedRootJson, input = 'trusted-root') {
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(trustedRootJson));
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a Sigstore trusted root (JSON).`);
    }
    if (root.certificateAuthorities.length === 0) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" lists no certificate authority, so no certificate could verify.`);
    }
    return {
        mode: 'keyless',
        material: (0,verify_dist/* toTrustMaterial */.jO)(root),
        thresholds: {
            tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
    };
}
/** Trust in one public key (PEM): bundles signed with `signing-key` carry its hint and no timestamp. */
function keyTrust(publicKeyPem, input = 'verify-key') {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: publicKeyPem, format: 'pem' });
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a PEM public key.`);
    }
    const hint = publicKeyHint(key);
    const empty = protobuf_specs_dist.TrustedRoot.fromJSON({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
    });
    const material = (0,verify_dist/* toTrustMaterial */.jO)(empty, (candidate) => {
        if (candidate !== hint)
            throw new Error(`the bundle names key ${candidate.slice(0, 16)}…, not the trusted one`);
        return { publicKey: key, validFor: () => true };
    });
    return { mode: 'key', material, hint, thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 } };
}

;// CONCATENATED MODULE: ./packages/attest/src/settings.ts








/**
 * The signing inputs build-image and scan-image share: `attest` (`auto`: on when the job has an
 * OIDC token or a signing-key is given), `signing-key` (+ `signing-key-passphrase`), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The key is masked line by line before anything else reads it.
 */
function readAttestSettings({ inputs, env, context, setSecret }) {
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
        throw new src/* ConfigurationError */.j1(`Input "attest" must be auto, true or false, got "${mode}".`);
    }
    const tokenSource = env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
        ? { requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
        : undefined;
    setSecret(tokenSource?.requestToken);
    const githubToken = inputs.optional('github-token');
    setSecret(githubToken);
    if (mode === 'false' || (mode === 'auto' && !key && !tokenSource))
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
    if (!tokenSource) {
        throw new src/* ConfigurationError */.j1('Input "attest" is true, but the job has no OIDC token (grant "permissions: id-token: write") and no "signing-key" is set.');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new src/* ConfigurationError */.j1(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    return {
        signing: 'keyless',
        fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL),
        rekorUrl: url('rekor-url', PUBLIC_GOOD_REKOR_URL),
        tsaUrl: url('tsa-url', ''),
        tokenSource,
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
function readDeployStatementSigning({ inputs, env, setSecret, }) {
    const mode = inputs.string('deploy-statement', 'auto');
    if (!['auto', 'true', 'false'].includes(mode)) {
        throw new src/* ConfigurationError */.j1(`Input "deploy-statement" must be auto, true or false, got "${mode}".`);
    }
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    setSecret(requestToken);
    if (mode === 'false' || (mode === 'auto' && !(requestUrl && requestToken)))
        return undefined;
    if (!requestUrl || !requestToken) {
        throw new src/* ConfigurationError */.j1('Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new src/* ConfigurationError */.j1(`Input "${name}" must be an http(s) URL, got "${value}".`);
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
                token ??= fetchOidcToken({ requestUrl, requestToken }, 'sigstore', (secret) => setSecret(secret));
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
            throw new src/* ConfigurationError */.j1(`Input "verify-attestations" lists "${kind}"; it takes provenance, scan and sbom.`);
        }
    }
    const trust = readTrust(inputs);
    if (!trust) {
        throw new src/* ConfigurationError */.j1('Input "verify-attestations" needs "trusted-root" (keyless bundles) or "verify-key" (key-signed ones).');
    }
    const identity = inputs.optional('attestation-identity');
    if (trust.mode === 'keyless' && !identity) {
        throw new src/* ConfigurationError */.j1('Input "attestation-identity" is required with "trusted-root": name the workflow that must have signed.');
    }
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`Input "attestation-identity" is not a valid regular expression: ${identity}`);
        }
    }
    const repository = inputs.optional('attestation-repository');
    if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new src/* ConfigurationError */.j1(`Input "attestation-repository" must be owner/name, got "${repository}".`);
    }
    const maxAge = inputs.optional('scan-max-age');
    const from = inputs.string('attestations-from', 'registry');
    if (from !== 'registry' && from !== 'github') {
        throw new src/* ConfigurationError */.j1(`Input "attestations-from" must be registry or github, got "${from}".`);
    }
    const githubToken = inputs.optional('github-token');
    if (from === 'github' && (!githubToken || !repository)) {
        throw new src/* ConfigurationError */.j1('Input "attestations-from" is github, which needs "github-token" and "attestation-repository" (the repository holding them).');
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
        throw new src/* ConfigurationError */.j1('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const credentials = username && password ? { username, password } : undefined;
    const trust = readTrust(inputs);
    if (!trust)
        return undefined;
    const registry = new image_src/* RegistryClient */.bP({
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
        throw new src/* ConfigurationError */.j1('Inputs "verify-key" and "trusted-root" exclude each other; give one.');
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
        throw new src/* ConfigurationError */.j1(`Input "${input}" is neither JSON nor a readable file: ${value}`);
    }
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseMaxAge(value, input) {
    const match = /^(\d+)\s*([mhd])$/.exec(value.trim());
    if (!match || Number(match[1]) === 0) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be a duration like 90m, 24h or 7d, got "${value}".`);
    }
    return Number(match[1]) * UNIT_MS[match[2]];
}

;// CONCATENATED MODULE: ./packages/attest/src/index.ts













/***/ })

};
