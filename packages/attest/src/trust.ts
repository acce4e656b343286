import { createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '@shipgate/core';
import type { VerifierOptions } from '@sigstore/verify';
import { publicKeyHint } from './sign';

/**
 * What verification trusts: a Sigstore trusted root (keyless), or one public key (key-signed
 * bundles). Read and checked with the inputs; @sigstore/verify's trust material is built from it
 * by the first verification (trust-material.ts), so a step that verifies nothing never loads it.
 */
export type TrustPolicy =
  | { mode: 'keyless'; trustedRoot: TrustedRootJson; input: string; thresholds: VerifierOptions }
  | { mode: 'key'; publicKey: KeyObject; thresholds: VerifierOptions; hint: string };

/** A trusted root as its JSON spells it (protobuf-specs' TrustedRoot form). */
export type TrustedRootJson = Record<string, unknown>;

const AUTHORITY_LISTS = ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'] as const;

/** The entries of one of the root's lists; a list that is not an array counts as empty, as protobuf-specs reads it. */
function listed(root: TrustedRootJson, list: (typeof AUTHORITY_LISTS)[number]): unknown[] {
  const value = root[list];
  return Array.isArray(value) ? value : [];
}

/**
 * A trusted root (the protobuf-specs JSON that `cosign trusted-root create` and the Sigstore TUF
 * repositories publish). Every kind of authority the root lists is demanded once: a root with
 * transparency logs requires a log entry, one with CT logs an SCT, and a timestamp is always needed.
 */
export function keylessTrust(trustedRootJson: string, input = 'trusted-root'): TrustPolicy {
  const notARoot = () => new ConfigurationError(`Input "${input}" is not a Sigstore trusted root (JSON).`);
  let root: TrustedRootJson;
  try {
    root = JSON.parse(trustedRootJson);
  } catch {
    throw notARoot();
  }
  // What protobuf-specs' TrustedRoot.fromJSON refuses at the top: null, or a listed authority that is null.
  if (root === null || root === undefined) throw notARoot();
  if (AUTHORITY_LISTS.some((list) => listed(root, list).some((entry) => entry === null || entry === undefined))) {
    throw notARoot();
  }
  if (listed(root, 'certificateAuthorities').length === 0) {
    throw new ConfigurationError(`Input "${input}" lists no certificate authority, so no certificate could verify.`);
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
export function keyTrust(publicKeyPem: string, input = 'verify-key'): TrustPolicy {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: publicKeyPem, format: 'pem' });
  } catch {
    throw new ConfigurationError(`Input "${input}" is not a PEM public key.`);
  }
  return {
    mode: 'key',
    publicKey,
    hint: publicKeyHint(publicKey),
    thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
  };
}
