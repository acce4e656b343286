/**
 * @sigstore/verify's trust material for a trust policy (trust.ts), built on the policy's first
 * verification and kept for the next. Only verifying modules import this: it loads Sigstore.
 */
import { ConfigurationError } from '@shipgate/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { type TrustMaterial, toTrustMaterial } from '@sigstore/verify';
import type { TrustPolicy } from './trust';

const built = new WeakMap<TrustPolicy, TrustMaterial>();

export function trustMaterial(trust: TrustPolicy): TrustMaterial {
  let material = built.get(trust);
  if (!material) {
    material = trust.mode === 'key' ? keyMaterial(trust) : rootMaterial(trust);
    built.set(trust, material);
  }
  return material;
}

function rootMaterial(trust: Extract<TrustPolicy, { mode: 'keyless' }>): TrustMaterial {
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(trust.trustedRoot);
  } catch {
    throw new ConfigurationError(`Input "${trust.input}" is not a Sigstore trusted root (JSON).`);
  }
  return toTrustMaterial(root);
}

/** No authorities at all: the one key, found by the hint the bundle carries. */
function keyMaterial(trust: Extract<TrustPolicy, { mode: 'key' }>): TrustMaterial {
  const empty = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
  return toTrustMaterial(empty, (candidate) => {
    if (candidate !== trust.hint)
      throw new Error(`the bundle names key ${candidate.slice(0, 16)}…, not the trusted one`);
    return { publicKey: trust.publicKey, validFor: () => true };
  });
}
