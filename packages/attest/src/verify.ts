import { ShipgateError } from '@shipgate/core';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { type Signer, toSignedEntity, Verifier } from '@sigstore/verify';
import {
  type AttestationKind,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_TYPE,
  PREDICATE_TYPES,
  type Statement,
  type VulnPredicate,
} from './statement';
import type { TrustPolicy } from './trust';
import { trustMaterial } from './trust-material';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fulcio's certificate extensions `gh attestation verify` reads (1.3.6.1.4.1.57264.1.x). */
const OID_BUILD_SIGNER_URI = '1.3.6.1.4.1.57264.1.9';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_SOURCE_REPOSITORY_REF = '1.3.6.1.4.1.57264.1.14';
const OID_SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16';

/** What must hold for a digest, as values: promote's inputs and a policy's `attestations` both end here. */
export interface AttestationRequirements {
  require: readonly AttestationKind[];
  /**
   * The signer: certificate SAN, `https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>`,
   * exactly, or a regular expression that must match all of it (it is anchored at both ends).
   */
  identity?: { exact?: string; pattern?: string };
  /** `owner/name/.github/workflows/<file>`: the Build Signer URI (1.9) without its `@ref`, exactly. */
  signerWorkflow?: string;
  /** `refs/heads/main`: the Source Repository Ref (1.14), exactly. */
  sourceRef?: string;
  /** The OIDC issuer; GitHub Actions' by default. */
  issuer?: string;
  /** `owner/name` the build ran in (certificate extension 1.12), on `serverUrl`. */
  sourceRepository?: string;
  /** The owner (1.16). */
  sourceOwner?: string;
  serverUrl?: string;
  /** The newest scan attestation must be at most this old. */
  scanMaxAgeMs?: number;
  now?: Date;
}

export interface VerifiedAttestation {
  kind: AttestationKind;
  predicateType: string;
  /** The SAN of the certificate, or `key <hint>` for key-signed bundles. */
  signer: string;
  /** The scan's verdict and finish time, for scan attestations. */
  scan?: { verdict: string; finishedOn: string };
  /** Where it was read from (the artifact manifest digest, or an API id). */
  source: string;
}

export interface AttestationVerification {
  digest: string;
  verified: VerifiedAttestation[];
  /** The `Shipgate-Attestations` trailer value: what was verified, by whom. */
  trailer: string;
}

export interface StoredBundle {
  bundle: SerializedBundle;
  source: string;
}

/** A requirement that no bundle meets; the message is one sentence naming the rule. */
export class AttestationRefusedError extends ShipgateError {
  override name = 'AttestationRefusedError';
}

interface Candidate {
  stored: StoredBundle;
  statement?: Statement;
  signer?: string;
  /** Why this bundle does not count; undefined when it passed every rule. */
  failure?: string;
}

/**
 * Verifies `digest`'s bundles against the trust policy and applies the rules `gh attestation
 * verify` applies (certificate chain and timestamps, SAN, issuer, source repository and owner,
 * subject digest), then the requirements: every required predicate type has a bundle that passes
 * all rules, and the newest passing scan attestation says `pass` and is not older than max-age.
 * Throws AttestationRefusedError naming the first rule that failed.
 */
export function verifyAttestations(
  digest: string,
  bundles: readonly StoredBundle[],
  trust: TrustPolicy,
  requirements: AttestationRequirements,
): AttestationVerification {
  const verifier = new Verifier(trustMaterial(trust), trust.thresholds);
  const candidates = bundles.map((stored) => checkBundle(stored, digest, verifier, trust, requirements));
  const verified: VerifiedAttestation[] = [];
  for (const kind of requirements.require) {
    const predicateType = PREDICATE_TYPES[kind];
    const ofType = candidates.filter((candidate) => bundlePredicateType(candidate) === predicateType);
    const passing = ofType.filter((candidate) => !candidate.failure);
    if (passing.length === 0) {
      const reason = ofType[0]?.failure ?? candidates.find((candidate) => candidate.failure)?.failure;
      throw new AttestationRefusedError(
        ofType.length === 0
          ? `No ${kind} attestation (${predicateType}) is attached to ${digest}${reason && !reason.startsWith('its statement') ? `; the others were refused: ${reason}` : ''}.`
          : `The ${kind} attestation of ${digest} is refused: ${reason}.`,
      );
    }
    const chosen = kind === 'scan' ? checkScan(passing, digest, requirements) : passing[0]!;
    verified.push(describe(kind, chosen));
  }
  return { digest, verified, trailer: trailer(verified) };
}

function checkBundle(
  stored: StoredBundle,
  digest: string,
  verifier: Verifier,
  trust: TrustPolicy,
  requirements: AttestationRequirements,
): Candidate {
  let statement: Statement | undefined;
  try {
    const envelope = stored.bundle.dsseEnvelope;
    if (!envelope) return { stored, failure: 'it holds no DSSE envelope' };
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
      return { stored, failure: `its payload type is ${envelope.payloadType}, not an in-toto statement` };
    }
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Statement;
  } catch {
    return { stored, failure: 'its payload is not JSON' };
  }
  let signer: Signer;
  try {
    signer = verifier.verify(toSignedEntity(bundleFromJSON(stored.bundle)));
  } catch (error) {
    return { stored, statement, failure: `its signature does not verify against the trusted root (${message(error)})` };
  }
  const identity = identityFailure(signer, trust, requirements);
  if (identity) return { stored, statement, failure: identity };
  const hex = digest.replace(/^sha256:/, '');
  if (statement._type !== IN_TOTO_STATEMENT_TYPE || !Array.isArray(statement.subject)) {
    return { stored, statement, failure: 'its statement is not an in-toto Statement v1' };
  }
  if (!statement.subject.some((subject) => subject?.digest?.sha256 === hex)) {
    return { stored, statement, failure: `its statement is about another digest, not ${digest}` };
  }
  return { stored, statement, signer: signerName(signer, trust) };
}

function identityFailure(
  signer: Signer,
  trust: TrustPolicy,
  requirements: AttestationRequirements,
): string | undefined {
  if (trust.mode === 'key') return undefined;
  const identity = signer.identity;
  const san = identity?.subjectAlternativeName ?? '';
  const { exact, pattern } = requirements.identity ?? {};
  if (exact !== undefined && san !== exact) return `its certificate SAN is ${san}, not the expected workflow ${exact}`;
  if (pattern !== undefined && !anchored(pattern).test(san)) {
    return `its certificate SAN ${san} does not match the expected workflow /${pattern}/ (as a whole)`;
  }
  const issuer = requirements.issuer ?? GITHUB_ACTIONS_ISSUER;
  if (identity?.extensions?.issuer !== issuer) {
    return `its certificate issuer is ${identity?.extensions?.issuer ?? 'missing'}, not ${issuer}`;
  }
  const server = (requirements.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const extension = (oid: string) =>
    decodeUtf8String(identity?.oids?.find((entry) => entry.oid?.id.join('.') === oid)?.value);
  if (requirements.sourceRepository) {
    const expected = `${server}/${requirements.sourceRepository}`;
    const actual = extension(OID_SOURCE_REPOSITORY_URI);
    if (actual !== expected) return `its source repository is ${actual ?? 'missing'}, not ${expected}`;
  }
  if (requirements.sourceOwner) {
    const expected = `${server}/${requirements.sourceOwner}`;
    const actual = extension(OID_SOURCE_REPOSITORY_OWNER_URI);
    if (actual !== expected) return `its source repository owner is ${actual ?? 'missing'}, not ${expected}`;
  }
  if (requirements.signerWorkflow) {
    const expected = `${server}/${requirements.signerWorkflow}`;
    const uri = extension(OID_BUILD_SIGNER_URI);
    // The URI ends in `@<ref>`; a workflow path holds no `@`, so the last one separates them.
    const actual = uri?.includes('@') ? uri.slice(0, uri.lastIndexOf('@')) : uri;
    if (actual !== expected) return `its signer workflow is ${actual ?? 'missing'}, not ${expected}`;
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
export function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** Newer Fulcio extensions hold a DER UTF8String (tag 0x0c) inside the extension's octet string. */
export function decodeUtf8String(value: Uint8Array | undefined): string | undefined {
  if (!value) return undefined;
  const bytes = Buffer.from(value);
  if (bytes[0] !== 0x0c || bytes.length < 2) return bytes.toString('utf8');
  let length = bytes[1]!;
  let offset = 2;
  if (length & 0x80) {
    const size = length & 0x7f;
    length = 0;
    for (let index = 0; index < size; index++) length = length * 256 + (bytes[2 + index] ?? 0);
    offset = 2 + size;
  }
  return bytes.subarray(offset, offset + length).toString('utf8');
}

const FUTURE_SKEW_MS = 5 * 60_000;

/** The newest passing scan attestation decides: an older `pass` does not outvote a newer `fail`. */
function checkScan(passing: Candidate[], digest: string, requirements: AttestationRequirements): Candidate {
  const finished = (candidate: Candidate) =>
    Date.parse((candidate.statement?.predicate as VulnPredicate | undefined)?.metadata?.scanFinishedOn ?? '');
  const newest = [...passing].sort((a, b) => (finished(b) || 0) - (finished(a) || 0))[0]!;
  const predicate = newest.statement?.predicate as VulnPredicate | undefined;
  const verdict = predicate?.scanner?.result?.verdict;
  if (verdict !== 'pass') {
    throw new AttestationRefusedError(
      `The newest scan attestation of ${digest} has verdict ${verdict ?? 'none'}, not pass.`,
    );
  }
  const at = finished(newest);
  const now = (requirements.now ?? new Date()).getTime();
  if (!Number.isFinite(at) || at > now + FUTURE_SKEW_MS) {
    throw new AttestationRefusedError(`The newest scan attestation of ${digest} has no valid scanFinishedOn time.`);
  }
  if (requirements.scanMaxAgeMs !== undefined && now - at > requirements.scanMaxAgeMs) {
    throw new AttestationRefusedError(
      `The newest scan attestation of ${digest} is from ${new Date(at).toISOString()}, older than the max-age of ${formatAge(requirements.scanMaxAgeMs)}.`,
    );
  }
  return newest;
}

function bundlePredicateType(candidate: Candidate): string | undefined {
  return typeof candidate.statement?.predicateType === 'string' ? candidate.statement.predicateType : undefined;
}

function describe(kind: AttestationKind, candidate: Candidate): VerifiedAttestation {
  const predicate = candidate.statement?.predicate as VulnPredicate | undefined;
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

function signerName(signer: Signer, trust: TrustPolicy): string {
  return trust.mode === 'key' ? `key ${trust.hint.slice(0, 16)}` : (signer.identity?.subjectAlternativeName ?? '');
}

/** `provenance, scan (pass 2026-12-01T10:00:00Z); signer <SAN>` — one line, for a git trailer. */
function trailer(verified: readonly VerifiedAttestation[]): string {
  const kinds = verified.map((entry) =>
    entry.scan ? `${entry.kind} (${entry.scan.verdict} ${entry.scan.finishedOn})` : entry.kind,
  );
  const signers = [...new Set(verified.map((entry) => entry.signer))];
  return `${kinds.join(', ')}; signer ${signers.join(' + ')}`;
}

function formatAge(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  return `${Math.round(ms / 60_000)}m`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
