import { createHash } from 'node:crypto';
import type { Logger } from '@shipgate/core';
import { type ImageReference, parseImageReference } from './reference';
import { RegistryError, RegistryTransport, type RegistryTransportOptions } from './registry-transport';

export {
  basicAuthorization,
  DEFAULT_MAX_RETRY_AFTER_MS,
  isRetryableRegistryError,
  parseChallenge,
  type RegistryCredentials,
  RegistryError,
  type RegistryRetryOptions,
} from './registry-transport';

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.dockerManifest,
].join(', ');

const INDEX_MEDIA_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  /** The bytes exactly as the registry serves them: the digest is over these. */
  bytes: Buffer;
  manifest: ImageManifest | ImageIndex;
}

/** The parts of an OCI image config this project reads; the rest is kept as it came. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  created?: string;
  config?: {
    Labels?: Record<string, string> | null;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    [key: string]: unknown;
  };
  rootfs?: { type: string; diff_ids: string[] };
  [key: string]: unknown;
}

export type RegistryClientOptions = RegistryTransportOptions;

/** Blob bodies can be gigabytes; they get far longer than an API call. */
const BLOB_TRANSFER_TIMEOUT_MS = 60 * 60_000;

/**
 * A client for the distribution API v2 (OCI distribution spec): enough to resolve, read and copy
 * images. Idempotent calls are retried on 408/429/5xx and dropped connections, honouring
 * Retry-After; 401/403/404 fail at once with what was being done.
 */
export class RegistryClient {
  readonly #log: Logger;
  readonly #transport: RegistryTransport;

  constructor(options: RegistryClientOptions = {}) {
    this.#transport = new RegistryTransport(options);
    this.#log = this.#transport.log;
  }

  /** Checks that the registry answers the v2 API and that our credentials (if any) are accepted. */
  async ping(domainOrReference: string): Promise<void> {
    const domain = domainOrReference.includes('/') ? toReference(domainOrReference).domain : domainOrReference;
    await this.#transport.send(domain, {
      method: 'GET',
      url: '/v2/',
      scopes: [],
      accept: [200],
      what: `pinging ${domain}`,
    });
  }

  /** HEADs the manifest; `undefined` when the registry has no such tag or digest. */
  async headManifest(reference: ImageReference | string): Promise<{ digest: string; mediaType: string } | undefined> {
    const ref = toReference(reference);
    const response = await this.#transport.send(ref.domain, {
      method: 'HEAD',
      url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [scope(ref, 'pull')],
      accept: [200, 404],
      what: `checking the manifest of ${ref}`,
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get('docker-content-digest');
    if (!digest) {
      // Registries may omit the header on HEAD; the digest of the served bytes is the truth then.
      const fetched = await this.getManifest(ref);
      return { digest: fetched.digest, mediaType: fetched.mediaType };
    }
    return { digest, mediaType: contentType(response) };
  }

  /** The manifest (image or index) with its exact bytes, checked against the digest when pinned. */
  async getManifest(reference: ImageReference | string): Promise<FetchedManifest> {
    const ref = toReference(reference);
    const { response, bytes } = await this.#transport.sendForBytes(ref.domain, {
      method: 'GET',
      url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [scope(ref, 'pull')],
      accept: [200],
      what: `reading the manifest of ${ref}`,
    });
    const computed = sha256Digest(bytes);
    const expected = ref.digest ?? response.headers.get('docker-content-digest') ?? computed;
    if (expected.startsWith('sha256:') && expected !== computed) {
      throw new RegistryError(
        `The manifest of ${ref} has digest ${computed}, but ${ref.digest ? 'was asked for' : 'the registry announced'} ${expected}.`,
      );
    }
    let manifest: ImageManifest | ImageIndex;
    try {
      manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
    } catch {
      throw new RegistryError(`The manifest of ${ref} is not JSON.`);
    }
    const mediaType = manifest.mediaType ?? contentType(response);
    return { digest: expected, mediaType, bytes, manifest };
  }

  /**
   * The OCI 1.1 referrers of a digest (`GET /v2/<name>/referrers/<digest>`), or `undefined` when the
   * registry has no referrers API: it answers 404 (distribution 2.8 does), 400 or 405, or with
   * something other than an image index. Callers then use the `sha256-<hex>` tag fallback.
   */
  async getReferrers(reference: ImageReference | string): Promise<ImageIndex | undefined> {
    const ref = toReference(reference);
    if (!ref.digest) throw new RegistryError(`Listing the referrers of ${ref} needs a digest.`);
    const { response, bytes } = await this.#transport.sendForBytes(ref.domain, {
      method: 'GET',
      url: `/v2/${ref.path}/referrers/${ref.digest}`,
      headers: { accept: MEDIA_TYPES.ociIndex },
      scopes: [scope(ref, 'pull')],
      accept: [200, 400, 404, 405],
      what: `listing the referrers of ${ref}`,
    });
    if (response.status !== 200 || contentType(response) !== MEDIA_TYPES.ociIndex) return undefined;
    try {
      const index = JSON.parse(bytes.toString('utf8')) as ImageIndex;
      return Array.isArray(index.manifests) ? index : undefined;
    } catch {
      throw new RegistryError(`The referrers of ${ref} are not JSON.`);
    }
  }

  /** The digest the registry serves for a tag (or confirms for a digest). Fails when it does not exist. */
  async resolveDigest(reference: ImageReference | string): Promise<string> {
    const ref = toReference(reference);
    const head = await this.headManifest(ref);
    if (!head) throw new RegistryError(`The image ${ref} was not found on ${ref.domain}.`, 404);
    return head.digest;
  }

  /**
   * The image config (labels, env, history…). For an index, the manifest for `platform`
   * (default linux/amd64, else the first) is followed.
   */
  async getImageConfig(
    reference: ImageReference | string,
    options: { platform?: string } = {},
  ): Promise<{ digest: string; manifestDigest: string; config: ImageConfig }> {
    const ref = toReference(reference);
    let fetched = await this.getManifest(ref);
    if (isIndex(fetched)) {
      const child = pickPlatform(fetched.manifest as ImageIndex, options.platform ?? 'linux/amd64');
      if (!child) throw new RegistryError(`The image index ${ref} lists no manifests.`);
      fetched = await this.getManifest(repositoryAt(ref, child.digest));
    }
    const manifest = fetched.manifest as ImageManifest;
    if (!manifest.config?.digest) throw new RegistryError(`The manifest of ${ref} has no config.`);
    const bytes = await this.getBlob(ref, manifest.config.digest);
    return {
      digest: manifest.config.digest,
      manifestDigest: fetched.digest,
      config: JSON.parse(bytes.toString('utf8')) as ImageConfig,
    };
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(reference: ImageReference | string, digest: string): Promise<Buffer> {
    const ref = toReference(reference);
    const { bytes } = await this.#transport.sendForBytes(ref.domain, {
      method: 'GET',
      url: `/v2/${ref.path}/blobs/${digest}`,
      scopes: [scope(ref, 'pull')],
      accept: [200],
      what: `reading blob ${digest} of ${ref.name}`,
    });
    if (digest.startsWith('sha256:') && sha256Digest(bytes) !== digest) {
      throw new RegistryError(`Blob ${digest} of ${ref.name} arrived with different content (digest mismatch).`, 502);
    }
    return bytes;
  }

  /**
   * Copies an image (or a whole index with its platform images) from `source` to `target`, by
   * digest: blobs first (mounted across repositories of one registry when it allows), then the
   * manifests, byte for byte, so the digest comes out unchanged. `target` names the repository and
   * optionally a tag to point at the copy. Returns the digest.
   */
  async copyImage(
    sourceReference: ImageReference | string,
    targetReference: ImageReference | string,
  ): Promise<{ digest: string; mediaType: string; target: string }> {
    const source = toReference(sourceReference);
    const target = toReference(targetReference);
    if (target.digest && source.digest && target.digest !== source.digest) {
      throw new RegistryError(`Cannot copy ${source} to ${target}: the target is pinned to another digest.`);
    }
    const fetched = await this.getManifest(source);
    if (target.digest && target.digest !== fetched.digest) {
      throw new RegistryError(`Cannot copy ${source} (${fetched.digest}) to ${target}: the digests differ.`);
    }
    this.#log.info(`Copying ${source} (${fetched.digest}) to ${target.name}`);
    if (isIndex(fetched)) {
      for (const child of (fetched.manifest as ImageIndex).manifests) {
        const childManifest = await this.getManifest(repositoryAt(source, child.digest));
        await this.#copyManifestContent(source, target, childManifest);
        await this.#putManifest(target, child.digest, childManifest);
      }
    } else {
      await this.#copyManifestContent(source, target, fetched);
    }
    await this.#putManifest(target, fetched.digest, fetched);
    if (target.tag) await this.#putManifest(target, target.tag, fetched);
    return {
      digest: fetched.digest,
      mediaType: fetched.mediaType,
      target: `${target.name}@${fetched.digest}`,
    };
  }

  async #copyManifestContent(source: ImageReference, target: ImageReference, fetched: FetchedManifest) {
    if (isIndex(fetched)) {
      throw new RegistryError(`Nested image indexes are not supported (in ${source.name}@${fetched.digest}).`);
    }
    const manifest = fetched.manifest as ImageManifest;
    // Foreign (non-distributable) layers live elsewhere by definition; registries do not take them.
    const blobs = [manifest.config, ...(manifest.layers ?? [])].filter((blob) => blob && !blob.urls?.length);
    for (const blob of blobs) await this.#copyBlob(source, target, blob);
  }

  async #copyBlob(source: ImageReference, target: ImageReference, blob: Descriptor): Promise<void> {
    if (await this.#blobExists(target, blob.digest)) {
      this.#log.debug(`Blob ${blob.digest} already in ${target.name}`);
      return;
    }
    const pushScopes = [scope(target, 'push')];
    let location: string | undefined;
    if (source.domain === target.domain && source.path !== target.path) {
      const mountScopes = [...pushScopes, scope(source, 'pull')];
      const mounted = await this.#transport.send(target.domain, {
        method: 'POST',
        url: `/v2/${target.path}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(source.path)}`,
        headers: { 'content-length': '0' },
        scopes: mountScopes,
        accept: [201, 202],
        what: `mounting blob ${blob.digest} from ${source.name} into ${target.name}`,
      });
      if (mounted.status === 201) {
        this.#log.debug(`Mounted ${blob.digest} from ${source.name}`);
        return;
      }
      location = mounted.headers.get('location') ?? undefined;
    }
    // Streamed from source to target, so a multi-gigabyte layer never sits in memory; the target
    // registry checks the digest of what arrives (`?digest=`) and refuses a mismatch.
    await this.#upload(target, blob.digest, location, async () => {
      const download = await this.#transport.sendOnce(source.domain, {
        method: 'GET',
        url: `/v2/${source.path}/blobs/${blob.digest}`,
        scopes: [scope(source, 'pull')],
        accept: [200],
        what: `reading blob ${blob.digest} of ${source.name}`,
        timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
      });
      if (!download.body) throw new RegistryError(`${source.domain} sent blob ${blob.digest} without a body.`);
      return { body: download.body, length: blob.size };
    });
  }

  /** Uploads a blob (monolithically) unless the repository has it already. Returns its digest. */
  async pushBlob(reference: ImageReference | string, bytes: Buffer): Promise<string> {
    const ref = toReference(reference);
    const digest = sha256Digest(bytes);
    if (!(await this.#blobExists(ref, digest))) {
      await this.#upload(ref, digest, undefined, async () => ({ body: bytes, length: bytes.length }));
    }
    return digest;
  }

  /** Writes a manifest under the reference's tag (or its digest). Returns the digest the registry stored. */
  async pushManifest(reference: ImageReference | string, bytes: Buffer, mediaType: string): Promise<string> {
    const ref = toReference(reference);
    const digest = sha256Digest(bytes);
    if (ref.digest && ref.digest !== digest) {
      throw new RegistryError(`The manifest for ${ref} has digest ${digest}, not the one in the reference.`);
    }
    const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest | ImageIndex;
    await this.#putManifest(ref, ref.tag ?? digest, { digest, mediaType, bytes, manifest });
    return digest;
  }

  /** A monolithic upload; `content` is called once per attempt (a stream cannot be replayed). */
  async #upload(
    target: ImageReference,
    digest: string,
    startedAt: string | undefined,
    content: () => Promise<{ body: Buffer | ReadableStream<Uint8Array>; length: number }>,
  ) {
    const pushScopes = [scope(target, 'push')];
    let location = startedAt;
    // One upload session per attempt: a session that failed midway is not resumed.
    await this.#transport.withRetry(`uploading blob ${digest} to ${target.name}`, async () => {
      const { body, length } = await content();
      try {
        await this.#uploadOnce(target, digest, location, body, length, pushScopes);
      } catch (error) {
        if (body instanceof ReadableStream) await body.cancel().catch(() => {});
        throw error;
      } finally {
        location = undefined;
      }
    });
  }

  async #uploadOnce(
    target: ImageReference,
    digest: string,
    location: string | undefined,
    body: Buffer | ReadableStream<Uint8Array>,
    length: number,
    pushScopes: string[],
  ) {
    let uploadLocation = location;
    if (!uploadLocation) {
      const started = await this.#transport.sendOnce(target.domain, {
        method: 'POST',
        url: `/v2/${target.path}/blobs/uploads/`,
        headers: { 'content-length': '0' },
        scopes: pushScopes,
        accept: [202],
        what: `starting an upload to ${target.name}`,
      });
      uploadLocation = started.headers.get('location') ?? undefined;
      if (!uploadLocation) throw new RegistryError(`${target.domain} started an upload without a Location.`);
    }
    const absolute = new URL(uploadLocation, `${this.#transport.baseUrl(target.domain)}/`);
    absolute.searchParams.set('digest', digest);
    await this.#transport.sendOnce(target.domain, {
      method: 'PUT',
      url: absolute.toString(),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
      body,
      scopes: pushScopes,
      accept: [201],
      what: `uploading blob ${digest} to ${target.name}`,
      timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
    });
  }

  async #blobExists(ref: ImageReference, digest: string): Promise<boolean> {
    const response = await this.#transport.send(ref.domain, {
      method: 'HEAD',
      url: `/v2/${ref.path}/blobs/${digest}`,
      scopes: [scope(ref, 'push')],
      accept: [200, 404],
      what: `checking blob ${digest} in ${ref.name}`,
    });
    return response.status === 200;
  }

  async #putManifest(target: ImageReference, id: string, fetched: FetchedManifest): Promise<void> {
    const response = await this.#transport.send(target.domain, {
      method: 'PUT',
      url: `/v2/${target.path}/manifests/${id}`,
      headers: { 'content-type': fetched.mediaType },
      body: fetched.bytes,
      scopes: [scope(target, 'push')],
      accept: [201],
      what: `writing the manifest ${target.name}${id.includes(':') ? '@' : ':'}${id}`,
    });
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== fetched.digest) {
      throw new RegistryError(
        `${target.domain} stored the manifest of ${target.name} as ${stored}, not ${fetched.digest}.`,
      );
    }
  }
}

type Access = 'pull' | 'push';

function scope(ref: ImageReference, access: Access): string {
  return `repository:${ref.path}:${access === 'push' ? 'pull,push' : 'pull'}`;
}

function manifestId(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

function repositoryAt(ref: ImageReference, digest: string): ImageReference {
  return toReference(`${ref.name}@${digest}`, ref.domain !== '');
}

function toReference(reference: ImageReference | string, normalize = true): ImageReference {
  const ref = typeof reference === 'string' ? parseImageReference(reference, { normalize }) : reference;
  if (!ref.domain) throw new RegistryError(`The image reference ${ref} names no registry.`);
  return ref;
}

function isIndex(fetched: FetchedManifest): boolean {
  return INDEX_MEDIA_TYPES.has(fetched.mediaType) || Array.isArray((fetched.manifest as ImageIndex).manifests);
}

function pickPlatform(index: ImageIndex, platform: string): Descriptor | undefined {
  const [os, architecture, variant] = platform.split('/');
  const candidates = index.manifests.filter(
    // Attestation manifests (buildx provenance) are listed as platform unknown/unknown.
    (entry) => entry.platform?.os !== 'unknown',
  );
  return (
    candidates.find(
      (entry) =>
        entry.platform?.os === os &&
        entry.platform?.architecture === architecture &&
        (!variant || entry.platform?.variant === variant),
    ) ?? candidates[0]
  );
}

function contentType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
