/**
 * Sigstore bundles stored with the image, the OCI 1.1 way (as actions/attest and cosign store
 * them): an artifact manifest whose `subject` is the image, found through the referrers API when
 * the registry has one, else through the `sha256-<hex>` tag holding an index of referrers.
 *
 * Writes go through @sigstore/oci (what actions/attest uses); every read (the referrers API,
 * manifests, blobs) goes through @shipgate/image's RegistryClient, with its auth and retry policy.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { retry } from '@shipgate/core';
import { type ImageIndex, type ImageManifest, parseImageReference, type RegistryClient } from '@shipgate/image';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Credentials } from '@sigstore/oci';
import { AttestationError } from './oidc';
import type { StoredBundle } from './verify';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const BUNDLE_MEDIA_TYPES = new Set([BUNDLE_MEDIA_TYPE, 'application/vnd.dev.sigstore.bundle+json;version=0.3']);
export const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** Reading stops here: an image with more referrers than this is not one Shipgate attested. */
const MAX_REFERRERS = 64;

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface AttachBundleOptions {
  /** `registry/name@sha256:…` */
  imageRef: string;
  bundle: SerializedBundle;
  predicateType: string;
  registry: RegistryClient;
  credentials?: RegistryCredentials;
  /**
   * The fallback index is read, modified and written back; registries that ignore If-Match (the
   * CNCF distribution one does) lose one of two concurrent writes. After writing, the index is
   * re-read `settleMs` later and the artifact re-added while missing, at most `rounds` times.
   */
  settleMs?: number;
  rounds?: number;
  now?: Date;
}

export interface AttachedBundle {
  /** The artifact manifest's digest. */
  digest: string;
  /** How many times the artifact had to be (re-)added to the fallback index. */
  writes: number;
  via: 'referrers-api' | 'tag-index';
}

export async function attachBundle(options: AttachBundleOptions): Promise<AttachedBundle> {
  const { name, digest } = splitReference(options.imageRef);
  // A fixed creation time keeps the artifact manifest byte-identical across re-adds.
  const created = (options.now ?? new Date()).toISOString();
  // Loaded on first write, not with the module: @sigstore/oci brings a whole HTTP client stack.
  const { attachArtifactToImage } = await import('@sigstore/oci');
  const attachOnce = () =>
    attachArtifactToImage({
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
      credentials: options.credentials as Credentials,
      fetchOpts: { timeout: 60_000, retry: 2, proxy: undefined, noProxy: undefined },
    }).catch((error: unknown) => {
      const cause = (error as { cause?: Error }).cause;
      throw new AttestationError(
        `Attaching the ${options.predicateType} attestation to ${options.imageRef} failed: ${cause?.message ?? String(error)}.`,
      );
    });
  // Writers attaching to one digest at once upload the same blobs; the Debian registry can answer
  // one of them 400 (a blob another upload still holds) on the manifest. Everything written is
  // content-addressed, so writing it again is safe.
  const artifact = await retry(attachOnce, { attempts: 3, baseDelayMs: 200, maxDelayMs: 1_000 });
  const rounds = options.rounds ?? 5;
  let writes = 1;
  if (rounds === 0) return { digest: artifact.digest, writes, via: 'tag-index' };
  for (let round = 0; round < rounds; round++) {
    await sleep(jitter(options.settleMs ?? 500));
    const listed = await listReferrers(options.registry, options.imageRef);
    if (listed.via === 'referrers-api' && listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
      return { digest: artifact.digest, writes, via: 'referrers-api' };
    }
    if (listed.index.manifests.some((entry) => entry.digest === artifact.digest)) {
      // Present on a second look too, so a concurrent writer that read before us has written since.
      await sleep(jitter(options.settleMs ?? 500));
      const again = await listReferrers(options.registry, options.imageRef);
      if (again.index.manifests.some((entry) => entry.digest === artifact.digest)) {
        return { digest: artifact.digest, writes, via: 'tag-index' };
      }
    }
    await attachOnce();
    writes++;
  }
  throw new AttestationError(
    `The attestation for ${options.imageRef} kept disappearing from its referrers index after ${writes} writes; another writer keeps replacing it.`,
  );
}

/** Up to a quarter more or less than `ms`, so two writers that collided do not collide again. */
function jitter(ms: number): number {
  return ms === 0 ? 0 : Math.round(ms * (0.75 + Math.random() / 2));
}

export interface ReferrersListing {
  index: ImageIndex;
  via: 'referrers-api' | 'tag-index' | 'none';
}

/** The referrers of a digest: from the referrers API when the registry answers it, else the tag index. */
export async function listReferrers(registry: RegistryClient, imageRef: string): Promise<ReferrersListing> {
  const { name, digest } = splitReference(imageRef);
  const fromApi = await registry.getReferrers(imageRef);
  if (fromApi) return { index: fromApi, via: 'referrers-api' };
  const tag = `${name}:${digest.replace(':', '-')}`;
  if (!(await registry.headManifest(tag))) return { index: { schemaVersion: 2, manifests: [] }, via: 'none' };
  const fetched = await registry.getManifest(tag);
  const index = fetched.manifest as ImageIndex;
  return { index: { ...index, manifests: Array.isArray(index.manifests) ? index.manifests : [] }, via: 'tag-index' };
}

/** Every Sigstore bundle attached to the digest (optionally only those whose annotation names `predicateTypes`). */
export async function readBundles(
  registry: RegistryClient,
  imageRef: string,
  options: { predicateTypes?: readonly string[] } = {},
): Promise<StoredBundle[]> {
  const { name } = splitReference(imageRef);
  const listing = await listReferrers(registry, imageRef);
  const wanted = options.predicateTypes ? new Set(options.predicateTypes) : undefined;
  const entries = listing.index.manifests
    .filter((entry) => BUNDLE_MEDIA_TYPES.has((entry as { artifactType?: string }).artifactType ?? ''))
    // cosign's own fallback writes drop the annotation; those are read and judged by their content.
    .filter(
      (entry) =>
        !wanted ||
        !entry.annotations?.[PREDICATE_TYPE_ANNOTATION] ||
        wanted.has(entry.annotations[PREDICATE_TYPE_ANNOTATION]),
    )
    .slice(0, MAX_REFERRERS);
  const bundles: StoredBundle[] = [];
  for (const entry of entries) {
    const manifest = (await registry.getManifest(`${name}@${entry.digest}`)).manifest as ImageManifest;
    const layer = manifest.layers?.find((candidate) => BUNDLE_MEDIA_TYPES.has(candidate.mediaType));
    if (!layer) continue;
    const bytes = await registry.getBlob(name, layer.digest);
    try {
      bundles.push({
        bundle: JSON.parse(bytes.toString('utf8')) as SerializedBundle,
        source: `${name}@${entry.digest}`,
      });
    } catch {
      // Not JSON: not a bundle anyone could verify; verification reports what is missing.
    }
  }
  return bundles;
}

function splitReference(imageRef: string): { name: string; digest: string } {
  const reference = parseImageReference(imageRef);
  if (!reference.digest)
    throw new AttestationError(`${imageRef} is not pinned by digest; attestations are per digest.`);
  return { name: reference.name, digest: reference.digest };
}
