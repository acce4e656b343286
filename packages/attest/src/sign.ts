import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import { ConfigurationError } from '@shipgate/core';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Signature, Signer, Witness } from '@sigstore/sign';
import { AttestationError } from './oidc';
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from './statement';

/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
export const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
export const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';

export interface KeylessSigning {
  mode: 'keyless';
  fulcioUrl: string;
  /** Rekor to record the signature in; empty to rely on the TSA alone (GitHub's instance). */
  rekorUrl?: string;
  /** An RFC 3161 timestamp authority's endpoint. */
  tsaUrl?: string;
  /** The OIDC token Fulcio exchanges for a certificate (already masked). */
  identityToken: () => Promise<string>;
  /** Network retries for Fulcio/Rekor/TSA (tests pass 0). */
  retries?: number;
}

export interface KeySigning {
  mode: 'key';
  /** The private key, PEM (PKCS#8 or SEC1), already masked; it lives only in memory. */
  privateKey: KeyObject;
}

export type SigningSettings = KeylessSigning | KeySigning;

/** A PEM private key from an input, refused with one sentence naming the input when it is not one. */
export function parseSigningKey(pem: string, passphrase: string | undefined, input = 'signing-key'): KeyObject {
  try {
    const key = createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
      throw new Error('unsupported');
    }
    return key;
  } catch {
    throw new ConfigurationError(
      `Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`,
    );
  }
}

/** The hint a key-signed bundle carries: the hex sha256 of the public key (SPKI DER). */
export function publicKeyHint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex');
}

/** Signs over DSSE PAE with a local key; no witnesses, so the bundle holds only the key hint. */
class LocalKeySigner implements Signer {
  constructor(readonly key: KeyObject) {}
  async sign(data: Buffer): Promise<Signature> {
    const algorithm = this.key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    const publicKey = createPublicKey(this.key).export({ format: 'pem', type: 'spki' }).toString();
    return {
      signature: sign(algorithm, data, this.key),
      key: { $case: 'publicKey', publicKey, hint: publicKeyHint(this.key) },
    };
  }
}

type SignLibrary = typeof import('@sigstore/sign');

/** The statement as a DSSE envelope in a Sigstore bundle (v0.3), as JSON. */
export async function signStatement(statement: Statement, settings: SigningSettings): Promise<SerializedBundle> {
  // Loaded here, not with the module: @sigstore/sign and its HTTP stack are most of a bundle's
  // start-up time, and most runs sign nothing.
  const sigstore = await import('@sigstore/sign');
  const { bundleToJSON } = await import('@sigstore/bundle');
  const builder =
    settings.mode === 'key'
      ? new sigstore.DSSEBundleBuilder({ signer: new LocalKeySigner(settings.privateKey), witnesses: [] })
      : new sigstore.DSSEBundleBuilder({
          signer: fulcioSigner(sigstore, settings),
          witnesses: witnesses(sigstore, settings),
        });
  try {
    const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE });
    return bundleToJSON(bundle);
  } catch (error) {
    throw new AttestationError(`Signing the ${statement.predicateType} statement failed: ${signingFailure(error)}.`);
  }
}

/** @sigstore/sign quotes a refused identity token in its message; no token leaves here. */
function signingFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current = error as { message?: string; cause?: unknown } | undefined; current && parts.length < 3; ) {
    if (current.message) parts.push(current.message);
    current = current.cause as typeof current;
  }
  return redactTokens(parts.join(': ') || String(error));
}

/** Anything shaped like a JWT (three base64url parts, the first a JSON header) becomes `***`. */
export function redactTokens(text: string): string {
  return text.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***');
}

function fulcioSigner({ FulcioSigner }: SignLibrary, settings: KeylessSigning): Signer {
  return new FulcioSigner({
    fulcioBaseURL: settings.fulcioUrl,
    identityProvider: { getToken: settings.identityToken },
    retry: settings.retries ?? 2,
    timeout: 30_000,
  });
}

function witnesses({ RekorWitness, TSAWitness }: SignLibrary, settings: KeylessSigning): Witness[] {
  const list: Witness[] = [];
  const retry = settings.retries ?? 2;
  // `intoto` entries verify the same with every Rekor; the mock used in tests mangles `dsse` ones.
  if (settings.rekorUrl) list.push(new RekorWitness({ rekorBaseURL: settings.rekorUrl, entryType: 'intoto', retry }));
  if (settings.tsaUrl) list.push(new TSAWitness({ tsaBaseURL: settings.tsaUrl, retry }));
  if (list.length === 0) {
    throw new ConfigurationError('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
  }
  return list;
}
