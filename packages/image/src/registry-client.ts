import { createHash } from 'node:crypto';
import {
  isRetryableStatus,
  type Logger,
  parseRetryAfter,
  type RetryOptions,
  retry,
  ShipgateError,
  silentLogger,
} from '@shipgate/core';
import { type ImageReference, parseImageReference } from './reference';

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

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryClientOptions {
  log?: Logger;
  /** Credentials by registry host as written in references (`ghcr.io`, `127.0.0.1:5000`). */
  credentials?: Readonly<Record<string, RegistryCredentials>> | ((domain: string) => RegistryCredentials | undefined);
  /** Registries spoken to over plain HTTP: `true` for every one, or a list of hosts (`tls-verify: false`). */
  insecure?: boolean | readonly string[];
  /** Backoff for 408/429/5xx and dropped connections; tests pass `baseDelayMs: 0`. */
  retry?: Partial<Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'>>;
  userAgent?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
}

/** A registry said no, or could not be reached. The message says which operation on which image. */
export class RegistryError extends ShipgateError {
  override name = 'RegistryError';
  constructor(
    message: string,
    /** The HTTP status, or undefined when no answer came. */
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly networkCode?: string,
  ) {
    super(message);
  }
}

/** Blob bodies can be gigabytes; they get far longer than an API call. */
const BLOB_TRANSFER_TIMEOUT_MS = 60 * 60_000;

const DEFAULT_RETRY: Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'> = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Network failures worth another attempt: the connection dropped mid-way, not "nobody is there". */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export function isRetryableRegistryError(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false;
  if (error.status !== undefined) return isRetryableStatus(error.status);
  return error.networkCode !== undefined && RETRYABLE_NETWORK_CODES.has(error.networkCode);
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (one challenge). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const paramPattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const param of (match[2] ?? '').matchAll(paramPattern)) {
    const key = param[1]?.toLowerCase();
    if (key) params[key] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
  }
  return { scheme: (match[1] ?? '').toLowerCase(), params };
}

type Access = 'pull' | 'push';

interface RequestSpec {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** A path under the registry (`/v2/…`) or an absolute URL (upload locations). */
  url: string;
  headers?: Record<string, string>;
  /** A stream can be sent once only: a 401 on it fails instead of re-sending. */
  body?: Buffer | ReadableStream<Uint8Array>;
  timeoutMs?: number;
  /** The token scopes this request needs, e.g. `repository:acme/web:pull`. */
  scopes: readonly string[];
  /** Statuses that are an answer, not a failure. */
  accept: readonly number[];
  /** For error messages: "reading the manifest of 127.0.0.1:5000/web:1". */
  what: string;
}

/**
 * A client for the distribution API v2 (OCI distribution spec): enough to resolve, read and copy
 * images. Idempotent calls are retried on 408/429/5xx and dropped connections, honouring
 * Retry-After; 401/403/404 fail at once with what was being done.
 */
export class RegistryClient {
  readonly #log: Logger;
  readonly #options: RegistryClientOptions;
  readonly #retry: Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'>;
  /** `host scope…` → Authorization header value. */
  readonly #authorizations = new Map<string, string>();

  constructor(options: RegistryClientOptions = {}) {
    this.#options = options;
    this.#log = options.log ?? silentLogger;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** Checks that the registry answers the v2 API and that our credentials (if any) are accepted. */
  async ping(domainOrReference: string): Promise<void> {
    const domain = domainOrReference.includes('/') ? toReference(domainOrReference).domain : domainOrReference;
    await this.#send(domain, { method: 'GET', url: '/v2/', scopes: [], accept: [200], what: `pinging ${domain}` });
  }

  /** HEADs the manifest; `undefined` when the registry has no such tag or digest. */
  async headManifest(reference: ImageReference | string): Promise<{ digest: string; mediaType: string } | undefined> {
    const ref = toReference(reference);
    const response = await this.#send(ref.domain, {
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
    const response = await this.#send(ref.domain, {
      method: 'GET',
      url: `/v2/${ref.path}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [scope(ref, 'pull')],
      accept: [200],
      what: `reading the manifest of ${ref}`,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
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
    const response = await this.#send(ref.domain, {
      method: 'GET',
      url: `/v2/${ref.path}/blobs/${digest}`,
      scopes: [scope(ref, 'pull')],
      accept: [200],
      what: `reading blob ${digest} of ${ref.name}`,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
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
      const mounted = await this.#send(target.domain, {
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
      const download = await this.#send(
        source.domain,
        {
          method: 'GET',
          url: `/v2/${source.path}/blobs/${blob.digest}`,
          scopes: [scope(source, 'pull')],
          accept: [200],
          what: `reading blob ${blob.digest} of ${source.name}`,
          timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
        },
        false,
      );
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
    await this.#withRetry(`uploading blob ${digest} to ${target.name}`, async () => {
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
      const started = await this.#send(
        target.domain,
        {
          method: 'POST',
          url: `/v2/${target.path}/blobs/uploads/`,
          headers: { 'content-length': '0' },
          scopes: pushScopes,
          accept: [202],
          what: `starting an upload to ${target.name}`,
        },
        false,
      );
      uploadLocation = started.headers.get('location') ?? undefined;
      if (!uploadLocation) throw new RegistryError(`${target.domain} started an upload without a Location.`);
    }
    const absolute = new URL(uploadLocation, `${this.#baseUrl(target.domain)}/`);
    absolute.searchParams.set('digest', digest);
    await this.#send(
      target.domain,
      {
        method: 'PUT',
        url: absolute.toString(),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
        body,
        scopes: pushScopes,
        accept: [201],
        what: `uploading blob ${digest} to ${target.name}`,
        timeoutMs: BLOB_TRANSFER_TIMEOUT_MS,
      },
      false,
    );
  }

  async #blobExists(ref: ImageReference, digest: string): Promise<boolean> {
    const response = await this.#send(ref.domain, {
      method: 'HEAD',
      url: `/v2/${ref.path}/blobs/${digest}`,
      scopes: [scope(ref, 'push')],
      accept: [200, 404],
      what: `checking blob ${digest} in ${ref.name}`,
    });
    return response.status === 200;
  }

  async #putManifest(target: ImageReference, id: string, fetched: FetchedManifest): Promise<void> {
    const response = await this.#send(target.domain, {
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

  async #withRetry<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return retry(operation, {
      ...this.#retry,
      isRetryable: isRetryableRegistryError,
      requestedDelayMs: (error) => (error instanceof RegistryError ? error.retryAfterMs : undefined),
      onRetry: ({ attempt, delayMs, error }) =>
        this.#log.warning(
          `${capitalise(what)} failed (${error instanceof Error ? error.message : String(error)}); ` +
            `attempt ${attempt + 1} of ${this.#retry.attempts} in ${(delayMs / 1000).toFixed(1)}s.`,
        ),
    });
  }

  /** One request, authenticated as the registry asks, retried when `retried` and it is safe to. */
  async #send(domain: string, spec: RequestSpec, retried = true): Promise<Response> {
    const once = () => this.#sendAuthenticated(domain, spec);
    return retried ? this.#withRetry(spec.what, once) : once();
  }

  async #sendAuthenticated(domain: string, spec: RequestSpec): Promise<Response> {
    const key = authorizationKey(domain, spec.scopes);
    let authorization = this.#authorizations.get(key) ?? this.#authorizations.get(`basic ${domain}`);
    let response = await this.#fetch(domain, spec, authorization);
    if (response.status === 401 && !(spec.body instanceof ReadableStream)) {
      const challenge = parseChallenge(response.headers.get('www-authenticate'));
      await response.body?.cancel();
      const fresh = await this.#answerChallenge(domain, spec, challenge);
      if (fresh && fresh !== authorization) {
        authorization = fresh;
        response = await this.#fetch(domain, spec, authorization);
      }
    }
    if (spec.accept.includes(response.status)) return response;
    throw await this.#failure(domain, spec, response, authorization !== undefined);
  }

  async #answerChallenge(
    domain: string,
    spec: RequestSpec,
    challenge: Challenge | undefined,
  ): Promise<string | undefined> {
    const credentials = this.#credentialsFor(domain);
    if (challenge?.scheme === 'basic') {
      if (!credentials) return undefined;
      const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      this.#authorizations.set(`basic ${domain}`, value);
      return value;
    }
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      const token = await this.#fetchToken(domain, challenge, spec.scopes, credentials);
      const value = `Bearer ${token}`;
      this.#authorizations.set(authorizationKey(domain, spec.scopes), value);
      return value;
    }
    return undefined;
  }

  async #fetchToken(
    domain: string,
    challenge: Challenge,
    scopes: readonly string[],
    credentials: RegistryCredentials | undefined,
  ): Promise<string> {
    const realm = new URL(challenge.params.realm ?? '');
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    const wanted = new Set(scopes);
    if (challenge.params.scope) for (const item of challenge.params.scope.split(' ')) wanted.add(item);
    for (const item of wanted) realm.searchParams.append('scope', item);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#options.userAgent) headers['user-agent'] = this.#options.userAgent;
    if (credentials) {
      headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    const what = `getting a token for ${domain} from ${realm.origin}`;
    return this.#withRetry(what, async () => {
      let response: Response;
      try {
        response = await fetch(realm, { headers, signal: AbortSignal.timeout(this.#options.timeoutMs ?? 60_000) });
      } catch (error) {
        throw networkFailure(what, error);
      }
      if (!response.ok) {
        const detail = await errorDetail(response);
        const reason =
          response.status === 401 || response.status === 403
            ? credentials
              ? 'the credentials were refused'
              : 'the registry requires credentials and none were given'
            : `the token service answered ${response.status}`;
        throw new RegistryError(
          `${capitalise(what)} failed: ${reason}${detail}.`,
          response.status,
          parseRetryAfter(response.headers.get('retry-after')),
        );
      }
      const body = (await response.json()) as { token?: string; access_token?: string };
      const token = body.token ?? body.access_token;
      if (!token) throw new RegistryError(`${capitalise(what)} failed: the answer held no token.`);
      return token;
    });
  }

  async #fetch(domain: string, spec: RequestSpec, authorization: string | undefined): Promise<Response> {
    const url = spec.url.startsWith('/') ? `${this.#baseUrl(domain)}${spec.url}` : new URL(spec.url).toString();
    const headers: Record<string, string> = { ...spec.headers };
    if (authorization) headers.authorization = authorization;
    if (this.#options.userAgent) headers['user-agent'] = this.#options.userAgent;
    this.#log.debug(`${spec.method} ${url}`);
    try {
      return await fetch(url, {
        method: spec.method,
        headers,
        ...(spec.body instanceof ReadableStream
          ? { body: spec.body, duplex: 'half' }
          : spec.body
            ? { body: new Uint8Array(spec.body) }
            : {}),
        signal: AbortSignal.timeout(spec.timeoutMs ?? this.#options.timeoutMs ?? 300_000),
      } as RequestInit);
    } catch (error) {
      throw networkFailure(spec.what, error);
    }
  }

  #baseUrl(domain: string): string {
    const insecure = this.#options.insecure;
    const plain = insecure === true || (Array.isArray(insecure) && insecure.includes(domain));
    // Docker Hub's API lives on another host than the name people write.
    const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  #credentialsFor(domain: string): RegistryCredentials | undefined {
    const { credentials } = this.#options;
    if (!credentials) return undefined;
    return typeof credentials === 'function' ? credentials(domain) : credentials[domain];
  }

  async #failure(domain: string, spec: RequestSpec, response: Response, authenticated: boolean) {
    const detail = await errorDetail(response);
    const status = response.status;
    let reason: string;
    if (status === 401) {
      reason = this.#credentialsFor(domain)
        ? `${domain} refused the credentials (401 Unauthorized)`
        : `${domain} requires credentials and none were given (401 Unauthorized)`;
    } else if (status === 403) {
      reason = `${domain} denied access${authenticated ? ' to these credentials' : ''} (403 Forbidden)`;
    } else if (status === 404) {
      reason = `${domain} has no such ${spec.url.includes('/blobs/') ? 'blob' : 'manifest or repository'} (404 Not Found)`;
    } else {
      reason = `${domain} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    }
    return new RegistryError(
      `${capitalise(spec.what)} failed: ${reason}${detail}.`,
      status,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
}

function authorizationKey(domain: string, scopes: readonly string[]): string {
  return `${domain} ${[...scopes].sort().join(' ')}`;
}

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

async function errorDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    if (first?.code || first?.message) return `: ${[first.code, first.message].filter(Boolean).join(' ')}`;
  } catch {
    // Not the registry's JSON error format; the status says enough.
  }
  return '';
}

function networkFailure(what: string, error: unknown): RegistryError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code =
    cause?.code ?? ((error as { name?: string })?.name === 'TimeoutError' ? 'ETIMEDOUT' : undefined) ?? undefined;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing is listening there (connection refused)'
      : code === 'ENOTFOUND'
        ? 'the host name does not resolve'
        : message;
  return new RegistryError(`${capitalise(what)} failed: ${reason}.`, undefined, undefined, code ?? 'UNKNOWN');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
