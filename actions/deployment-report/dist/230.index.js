export const id = 230;
export const ids = [230];
export const modules = {

/***/ 89763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ trustMaterial)
/* harmony export */ });
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/**
 * @sigstore/verify's trust material for a trust policy (trust.ts), built on the policy's first
 * verification and kept for the next. Only verifying modules import this: it loads Sigstore.
 */



const built = new WeakMap();
function trustMaterial(trust) {
    let material = built.get(trust);
    if (!material) {
        material = trust.mode === 'key' ? keyMaterial(trust) : rootMaterial(trust);
        built.set(trust, material);
    }
    return material;
}
function rootMaterial(trust) {
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.TrustedRoot.fromJSON(trust.trustedRoot);
    }
    catch {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${trust.input}" is not a Sigstore trusted root (JSON).`);
    }
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toTrustMaterial */ .jO)(root);
}
/** No authorities at all: the one key, found by the hint the bundle carries. */
function keyMaterial(trust) {
    const empty = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.TrustedRoot.fromJSON({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: [],
    });
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toTrustMaterial */ .jO)(empty, (candidate) => {
        if (candidate !== trust.hint)
            throw new Error(`the bundle names key ${candidate.slice(0, 16)}…, not the trusted one`);
        return { publicKey: trust.publicKey, validFor: () => true };
    });
}


/***/ }),

/***/ 48230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ decodeUtf8String),
/* harmony export */   jc: () => (/* binding */ AttestationRefusedError),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   verifyAttestations: () => (/* binding */ verifyAttestations)
/* harmony export */ });
/* unused harmony export anchored */
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/* harmony import */ var _statement__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69918);
/* harmony import */ var _trust_material__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89763);





const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extensions `gh attestation verify` reads (1.3.6.1.4.1.57264.1.x). */
const OID_BUILD_SIGNER_URI = '1.3.6.1.4.1.57264.1.9';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_SOURCE_REPOSITORY_REF = '1.3.6.1.4.1.57264.1.14';
const OID_SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16';
/** A requirement that no bundle meets; the message is one sentence naming the rule. */
class AttestationRefusedError extends _shipgate_core__WEBPACK_IMPORTED_MODULE_2__/* .ShipgateError */ .Yu {
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
    const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL((0,_trust_material__WEBPACK_IMPORTED_MODULE_3__/* .trustMaterial */ .k)(trust), trust.thresholds);
    const candidates = bundles.map((stored) => checkBundle(stored, digest, verifier, trust, requirements));
    const verified = [];
    for (const kind of requirements.require) {
        const predicateType = _statement__WEBPACK_IMPORTED_MODULE_4__/* .PREDICATE_TYPES */ .Cs[kind];
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
        if (envelope.payloadType !== _statement__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
            return { stored, failure: `its payload type is ${envelope.payloadType}, not an in-toto statement` };
        }
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return { stored, failure: 'its payload is not JSON' };
    }
    let signer;
    try {
        signer = verifier.verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(stored.bundle)));
    }
    catch (error) {
        return { stored, statement, failure: `its signature does not verify against the trusted root (${message(error)})` };
    }
    const identity = identityFailure(signer, trust, requirements);
    if (identity)
        return { stored, statement, failure: identity };
    const hex = digest.replace(/^sha256:/, '');
    if (statement._type !== _statement__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_STATEMENT_TYPE */ .yH || !Array.isArray(statement.subject)) {
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
        predicateType: _statement__WEBPACK_IMPORTED_MODULE_4__/* .PREDICATE_TYPES */ .Cs[kind],
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


/***/ })

};
