import { readSignerInputs, readTrust, type TrustPolicy } from '@shipgate/attest';
import type { InputReader } from '@shipgate/core';

/** What verify-deployments trusts for signed evidence: scan attestations and deploy statements. */
export interface VerifierTrust {
  /** `trusted-root` (keyless) or `verify-key`; undefined when neither is set (then both give "could not verify" where needed). */
  trust: TrustPolicy | undefined;
  /** `attestation-identity`: who signs scan attestations (exact SAN, or a regex starting with `^`). */
  identity?: string;
  /** `attestation-repository`: where scan attestations are read (owner/name); default each deploy's Shipgate-Source. */
  repository?: string;
  /** `attestation-issuer`; GitHub Actions' by default. */
  issuer?: string;
}

/**
 * verify-deployments' trust inputs, as promote reads them (@shipgate/attest's readTrust):
 * `trusted-root` / `verify-key`, `attestation-identity`, `attestation-repository`,
 * `attestation-issuer`. Build the verifiers with `scanEvidenceVerifier({ client, ...trust, serverUrl })`
 * and, in the clone, `deployStatementVerifier({ git, trust: trust.trust, issuer: trust.issuer })`.
 */
export function readVerifierTrust(inputs: InputReader): VerifierTrust {
  const trust = readTrust(inputs);
  const { identity, repository } = readSignerInputs(inputs);
  const issuer = inputs.optional('attestation-issuer');
  return {
    trust,
    ...(identity ? { identity } : {}),
    ...(repository ? { repository } : {}),
    ...(issuer ? { issuer } : {}),
  };
}
