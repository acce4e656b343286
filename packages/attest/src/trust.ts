import { createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '@shipgate/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { type TrustMaterial, toTrustMaterial, type VerifierOptions } from '@sigstore/verify';
import { publicKeyHint } from './sign';

/** What verification trusts: a Sigstore trusted root (keyless), or one public key (key-signed bundles). */
export type TrustPolicy =
  | { mode: 'keyless'; material: TrustMaterial; thresholds: VerifierOptions }
  | { mode: 'key'; material: TrustMaterial; thresholds: VerifierOptions; hint: string };

/**
 * A trusted root (the protobuf-specs JSON that `cosign trusted-root create` and the Sigstore TUF
 * repositories publish). Every kind of authority the root lists is demanded once: a root with
 * transparency logs requires a log entry, one with CT logs an SCT, and a timestamp is always needed.
 */
export function keylessTrust(trustedRootJson: string, input = 'trusted-root'): TrustPolicy {
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(trustedRootJson));
  } catch {
    throw new ConfigurationError(`Input "${input}" is not a Sigstore trusted root (JSON).`);
  }
  if (root.certificateAuthorities.length === 0) {
    throw new ConfigurationError(`Input "${input}" lists no certificate authority, so no certificate could verify.`);
  }
  return {
    mode: 'keyless',
    material: toTrustMaterial(root),
    thresholds: {
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
  };
}

/** Trust in one public key (PEM): bundles signed with `signing-key` carry its hint and no timestamp. */
export function keyTrust(publicKeyPem: string, input = 'verify-key'): TrustPolicy {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: publicKeyPem, format: 'pem' });
  } catch {
    throw new ConfigurationError(`Input "${input}" is not a PEM public key.`);
  }
  const hint = publicKeyHint(key);
  const empty = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
  const material = toTrustMaterial(empty, (candidate) => {
    if (candidate !== hint) throw new Error(`the bundle names key ${candidate.slice(0, 16)}…, not the trusted one`);
    return { publicKey: key, validFor: () => true };
  });
  return { mode: 'key', material, hint, thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 } };
}
