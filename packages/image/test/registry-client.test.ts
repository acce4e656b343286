import { randomBytes } from 'node:crypto';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../../test/support/fault-proxy';
import {
  faultWhen,
  type RegistryProxy,
  startRegistry,
  startRegistryProxy,
  type TestRegistry,
} from '../../../test/support/registry';
import {
  MEDIA_TYPES,
  parseChallenge,
  RegistryClient,
  type RegistryClientOptions,
  RegistryError,
  sha256Digest,
} from '../src/registry-client';

/** Pushes a small synthetic image (any bytes make a layer as far as the registry cares). */
async function pushSyntheticImage(
  client: RegistryClient,
  repository: string,
  options: { labels?: Record<string, string>; architecture?: string; mediaType?: string; seed?: string } = {},
) {
  const layer = Buffer.from(`layer for ${repository} ${options.seed ?? ''} ${options.architecture ?? 'amd64'}`);
  const config = Buffer.from(
    JSON.stringify({
      architecture: options.architecture ?? 'amd64',
      os: 'linux',
      config: { Labels: options.labels ?? {} },
      rootfs: { type: 'layers', diff_ids: [sha256Digest(layer)] },
    }),
  );
  const docker = options.mediaType === MEDIA_TYPES.dockerManifest;
  await client.pushBlob(repository, layer);
  await client.pushBlob(repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
      config: {
        mediaType: docker
          ? 'application/vnd.docker.container.image.v1+json'
          : 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: docker
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256Digest(layer),
          size: layer.length,
        },
      ],
    }),
  );
  const digest = await client.pushManifest(
    repository,
    manifest,
    docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
  );
  return { digest, manifest, size: manifest.length };
}

const fastRetry = { baseDelayMs: 0, maxDelayMs: 0, attempts: 4 };

describe('parseChallenge', () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/ubuntu:pull',
        },
      },
    ],
    ['Basic realm="registry"', { scheme: 'basic', params: { realm: 'registry' } }],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/web:pull,push"',
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/web:pull,push' },
      },
    ],
    ['Bearer realm=unquoted, service="a\\"b"', { scheme: 'bearer', params: { realm: 'unquoted', service: 'a"b' } }],
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });

  test('no header, no challenge', () => {
    expect(parseChallenge(null)).toBeUndefined();
    expect(parseChallenge('')).toBeUndefined();
  });
});

describe('RegistryClient against the real registry', () => {
  let registry: TestRegistry;
  let other: TestRegistry;
  let client: RegistryClient;
  let image: { digest: string; size: number };

  beforeAll(async () => {
    [registry, other] = await Promise.all([startRegistry(), startRegistry()]);
    client = new RegistryClient({ insecure: true, retry: fastRetry });
    image = await pushSyntheticImage(client, `${registry.host}/acme/web:v1`, {
      labels: { 'org.opencontainers.image.title': 'web' },
    });
  });
  afterAll(async () => {
    await Promise.all([registry?.stop(), other?.stop()]);
  });

  test('ping answers', async () => {
    await expect(client.ping(registry.host)).resolves.toBeUndefined();
  });

  test('resolveDigest equals the Docker-Content-Digest the registry serves', async () => {
    const head = await fetch(`${registry.url}/v2/acme/web/manifests/v1`, {
      method: 'HEAD',
      headers: { accept: MEDIA_TYPES.ociManifest },
    });
    expect(await client.resolveDigest(`${registry.host}/acme/web:v1`)).toBe(head.headers.get('docker-content-digest'));
    expect(await client.resolveDigest(`${registry.host}/acme/web:v1`)).toBe(image.digest);
    expect(await client.resolveDigest(`${registry.host}/acme/web@${image.digest}`)).toBe(image.digest);
  });

  test('getManifest returns the exact bytes and media type', async () => {
    const fetched = await client.getManifest(`${registry.host}/acme/web:v1`);
    expect(fetched.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(sha256Digest(fetched.bytes)).toBe(image.digest);
    expect(fetched.bytes.length).toBe(image.size);
  });

  test('getImageConfig reads the labels', async () => {
    const { config, manifestDigest } = await client.getImageConfig(`${registry.host}/acme/web:v1`);
    expect(manifestDigest).toBe(image.digest);
    expect(config.config?.Labels).toEqual({ 'org.opencontainers.image.title': 'web' });
    expect(config.architecture).toBe('amd64');
  });

  test('a missing tag is undefined for headManifest and a 404 error for resolveDigest', async () => {
    expect(await client.headManifest(`${registry.host}/acme/web:missing`)).toBeUndefined();
    const error = await client.resolveDigest(`${registry.host}/acme/web:missing`).catch((caught) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.status).toBe(404);
    expect(error.message).toContain(`${registry.host}/acme/web:missing`);
    const blob = await client
      .getBlob(`${registry.host}/acme/web`, `sha256:${'0'.repeat(64)}`)
      .catch((caught) => caught);
    expect(blob.message).toMatch(
      /^Reading blob sha256:0+ of .*acme\/web failed: .* has no such blob \(404 Not Found\)/,
    );
  });

  test('copyImage within one registry mounts blobs and keeps the digest', async () => {
    const result = await client.copyImage(`${registry.host}/acme/web:v1`, `${registry.host}/promoted/web:prod`);
    expect(result.digest).toBe(image.digest);
    expect(result.target).toBe(`${registry.host}/promoted/web@${image.digest}`);
    expect(await client.resolveDigest(`${registry.host}/promoted/web:prod`)).toBe(image.digest);
    expect(await client.resolveDigest(`${registry.host}/promoted/web@${image.digest}`)).toBe(image.digest);
  });

  test('copyImage to another registry transfers blobs; pinned by digest with no tag', async () => {
    const result = await client.copyImage(`${registry.host}/acme/web@${image.digest}`, `${other.host}/mirror/web`);
    expect(result.digest).toBe(image.digest);
    const { config } = await client.getImageConfig(`${other.host}/mirror/web@${image.digest}`);
    expect(config.config?.Labels?.['org.opencontainers.image.title']).toBe('web');
    // Copying again finds every blob present and still succeeds.
    await expect(
      client.copyImage(`${registry.host}/acme/web:v1`, `${other.host}/mirror/web:v1`),
    ).resolves.toMatchObject({
      digest: image.digest,
    });
  });

  test('copyImage refuses a target pinned to a different digest', async () => {
    await expect(
      client.copyImage(`${registry.host}/acme/web:v1`, `${other.host}/mirror/web@sha256:${'1'.repeat(64)}`),
    ).rejects.toThrow(/digests differ/);
  });

  test('Docker media types survive a copy', async () => {
    const docker = await pushSyntheticImage(client, `${registry.host}/acme/legacy:1`, {
      mediaType: MEDIA_TYPES.dockerManifest,
    });
    const copied = await client.copyImage(`${registry.host}/acme/legacy:1`, `${other.host}/acme/legacy:1`);
    expect(copied).toMatchObject({ digest: docker.digest, mediaType: MEDIA_TYPES.dockerManifest });
    const fetched = await client.getManifest(`${other.host}/acme/legacy:1`);
    expect(fetched.mediaType).toBe(MEDIA_TYPES.dockerManifest);
  });

  test('an index is copied with its platform manifests; getImageConfig picks the platform', async () => {
    const repository = `${registry.host}/acme/multi`;
    const amd64 = await pushSyntheticImage(client, `${repository}:amd64`, {
      architecture: 'amd64',
      labels: { arch: 'amd64' },
    });
    const arm64 = await pushSyntheticImage(client, `${repository}:arm64`, {
      architecture: 'arm64',
      labels: { arch: 'arm64' },
    });
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [
          {
            mediaType: MEDIA_TYPES.ociManifest,
            digest: amd64.digest,
            size: amd64.size,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            mediaType: MEDIA_TYPES.ociManifest,
            digest: arm64.digest,
            size: arm64.size,
            platform: { os: 'linux', architecture: 'arm64' },
          },
        ],
      }),
    );
    const indexDigest = await client.pushManifest(`${repository}:1.0`, index, MEDIA_TYPES.ociIndex);
    const copied = await client.copyImage(`${repository}:1.0`, `${other.host}/acme/multi:1.0`);
    expect(copied).toMatchObject({ digest: indexDigest, mediaType: MEDIA_TYPES.ociIndex });
    expect(await client.resolveDigest(`${other.host}/acme/multi@${amd64.digest}`)).toBe(amd64.digest);
    expect(await client.resolveDigest(`${other.host}/acme/multi@${arm64.digest}`)).toBe(arm64.digest);
    const arm = await client.getImageConfig(`${other.host}/acme/multi:1.0`, { platform: 'linux/arm64' });
    expect(arm.config.config?.Labels).toEqual({ arch: 'arm64' });
    const defaultPlatform = await client.getImageConfig(`${other.host}/acme/multi:1.0`);
    expect(defaultPlatform.manifestDigest).toBe(amd64.digest);
  });

  test('a registry that is not there fails at once, saying so', async () => {
    const stopped = await startRegistry();
    const host = stopped.host;
    await stopped.stop();
    const started = Date.now();
    const error = await client.resolveDigest(`${host}/acme/web:v1`).catch((caught) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.message).toMatch(/connection refused/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('RegistryClient retries and auth, through a fault-injecting proxy', () => {
  let registry: TestRegistry;
  let proxy: RegistryProxy;
  let digest: string;
  const newClient = (options: Partial<RegistryClientOptions> = {}) =>
    new RegistryClient({ insecure: true, retry: fastRetry, ...options });

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startRegistryProxy(registry.url);
    ({ digest } = await pushSyntheticImage(newClient(), `${registry.host}/acme/web:v1`));
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  const manifestRequests = () => proxy.requests.filter((line) => line.includes('/manifests/'));

  test('503 twice, then pass-through: retried and resolved', async () => {
    proxy.requests.length = 0;
    const runtime = createMemoryRuntime();
    proxy.failNext(faultWhen(/manifests/, { status: 503 }), faultWhen(/manifests/, { status: 503 }));
    const client = newClient({ log: runtime.log });
    expect(await client.resolveDigest(`${proxy.host}/acme/web:v1`)).toBe(digest);
    expect(manifestRequests()).toEqual(Array(3).fill('HEAD /v2/acme/web/manifests/v1'));
    expect(runtime.logs.filter((entry) => entry.level === 'warning')).toHaveLength(2);
    expect(runtime.logText()).toMatch(/answered 503.*attempt 2 of 4/);
  });

  test('429 with Retry-After waits as long as the registry asked', async () => {
    const waits: number[] = [];
    proxy.failNext(faultWhen(/manifests/, { status: 429, headers: { 'retry-after': '3' } }));
    const client = newClient({ retry: { ...fastRetry, sleep: async (ms) => void waits.push(ms) } });
    expect(await client.resolveDigest(`${proxy.host}/acme/web:v1`)).toBe(digest);
    expect(waits).toEqual([3_000]);
  });

  test('a reset connection is retried', async () => {
    proxy.requests.length = 0;
    proxy.failNext(faultWhen(/manifests/, 'reset'));
    expect(await newClient().resolveDigest(`${proxy.host}/acme/web:v1`)).toBe(digest);
    expect(manifestRequests()).toHaveLength(2);
  });

  test('503 on every attempt gives up after the configured attempts with the status', async () => {
    proxy.requests.length = 0;
    proxy.setFault(faultWhen(/manifests/, { status: 503 }));
    try {
      const error = await newClient()
        .resolveDigest(`${proxy.host}/acme/web:v1`)
        .catch((caught) => caught);
      expect(error).toBeInstanceOf(RegistryError);
      expect(error.status).toBe(503);
      expect(manifestRequests()).toHaveLength(4);
    } finally {
      proxy.setFault(undefined);
    }
  });

  test.each([
    [401, /requires credentials and none were given \(401 Unauthorized\)/],
    [403, /denied access \(403 Forbidden\)/],
    [404, /has no such manifest or repository \(404 Not Found\)/],
  ])('%i fails at once with what failed', async (status, message) => {
    proxy.requests.length = 0;
    proxy.failNext(faultWhen(/manifests/, { status }));
    const error = await newClient()
      .getManifest(`${proxy.host}/acme/web:v1`)
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(/^Reading the manifest of 127\.0\.0\.1:\d+\/acme\/web:v1 failed: /);
    expect(error.message).toMatch(message);
    expect(manifestRequests()).toHaveLength(1);
  });

  test('a blob upload that fails with 503 is retried from a fresh download, streamed not buffered', async () => {
    const client = newClient();
    // A 3 MiB random layer, pushed straight to the registry.
    const big = await pushSyntheticImage(client, `${registry.host}/acme/big:v1`, {
      seed: randomBytes(3 * 1024 * 1024).toString('base64'),
    });
    proxy.requests.length = 0;
    proxy.failNext(faultWhen(/^PUT \/v2\/acme\/streamed\/blobs\/uploads\//, { status: 503 }));
    // Different registry names for one registry: no cross-repository mount, a real transfer.
    const copied = await client.copyImage(`${registry.host}/acme/big:v1`, `${proxy.host}/acme/streamed:v1`);
    expect(copied.digest).toBe(big.digest);
    const puts = proxy.requests.filter((line) => line.startsWith('PUT /v2/acme/streamed/blobs/uploads/'));
    expect(puts).toHaveLength(3); // layer (failed once, then again) and config
    expect(await client.resolveDigest(`${registry.host}/acme/streamed:v1`)).toBe(big.digest);
  });

  test('bearer challenge: token fetched with basic credentials and the scope, then used', async () => {
    const tokenRequests: string[] = [];
    const expectedBasic = `Basic ${Buffer.from('ci:tok3n-pass').toString('base64')}`;
    proxy.setFault((request) => {
      if (request.url?.startsWith('/token')) {
        tokenRequests.push(request.url);
        if (request.headers.authorization !== expectedBasic) return { status: 401 };
        return { status: 200, body: JSON.stringify({ token: 'registry-token-123' }) };
      }
      if (request.headers.authorization === 'Bearer registry-token-123') return undefined;
      return {
        status: 401,
        headers: {
          'www-authenticate': `Bearer realm="${proxy.url}/token",service="test-registry",scope="repository:acme/web:pull"`,
        },
      };
    });
    try {
      const client = newClient({ credentials: { [proxy.host]: { username: 'ci', password: 'tok3n-pass' } } });
      expect(await client.resolveDigest(`${proxy.host}/acme/web:v1`)).toBe(digest);
      expect(tokenRequests).toHaveLength(1);
      const tokenUrl = new URL(tokenRequests[0] ?? '', proxy.url);
      expect(tokenUrl.searchParams.get('service')).toBe('test-registry');
      expect(tokenUrl.searchParams.getAll('scope')).toEqual(['repository:acme/web:pull']);
      // The token is cached for the scope: a second call asks no new token.
      await client.getImageConfig(`${proxy.host}/acme/web:v1`);
      expect(tokenRequests).toHaveLength(1);
      // Copy needs push on the target and pull on the source: a token with both scopes.
      await client.copyImage(`${proxy.host}/acme/web:v1`, `${proxy.host}/acme/copy:v1`);
      const scopes = tokenRequests.map((url) => new URL(url, proxy.url).searchParams.getAll('scope').sort().join(' '));
      expect(scopes).toContain('repository:acme/copy:pull,push repository:acme/web:pull');

      const refused = newClient({ credentials: { [proxy.host]: { username: 'ci', password: 'wrong' } } });
      await expect(refused.resolveDigest(`${proxy.host}/acme/web:v1`)).rejects.toThrow(
        /Getting a token for .* failed: the credentials were refused/,
      );
      await expect(newClient().resolveDigest(`${proxy.host}/acme/web:v1`)).rejects.toThrow(
        /requires credentials and none were given/,
      );
    } finally {
      proxy.setFault(undefined);
    }
  });
});

describe('RegistryClient with basic auth (htpasswd registry)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: { username: 'ci', password: 'basic-pass-1' } });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('pushes and resolves with credentials; fails clearly without or with wrong ones', async () => {
    const client = new RegistryClient({
      insecure: [registry.host],
      retry: fastRetry,
      credentials: (domain) => (domain === registry.host ? { username: 'ci', password: 'basic-pass-1' } : undefined),
    });
    await client.ping(registry.host);
    const { digest } = await pushSyntheticImage(client, `${registry.host}/acme/web:v1`);
    expect(await client.resolveDigest(`${registry.host}/acme/web:v1`)).toBe(digest);

    const anonymous = new RegistryClient({ insecure: true, retry: fastRetry });
    await expect(anonymous.resolveDigest(`${registry.host}/acme/web:v1`)).rejects.toThrow(
      /requires credentials and none were given \(401 Unauthorized\)/,
    );
    const wrong = new RegistryClient({
      insecure: true,
      retry: fastRetry,
      credentials: { [registry.host]: { username: 'ci', password: 'nope' } },
    });
    await expect(wrong.resolveDigest(`${registry.host}/acme/web:v1`)).rejects.toThrow(/refused the credentials/);
  });
});

describe('RegistryClient retry policy: capped waits, one budget per request, resets mid-body', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.url);
    ({ digest } = await pushSyntheticImage(
      new RegistryClient({ insecure: true, retry: fastRetry }),
      `${registry.host}/acme/api:v1`,
    ));
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  test('Retry-After: 100000 is not obeyed: it fails at once naming the registry and the wait', async () => {
    proxy.clearRules();
    const waits: number[] = [];
    proxy.addRule({
      name: 'long-429',
      path: /manifests/,
      action: { kind: 'respond', status: 429, retryAfter: 100000 },
    });
    const client = new RegistryClient({
      insecure: true,
      retry: { ...fastRetry, sleep: async (ms) => void waits.push(ms) },
    });
    const started = Date.now();
    const error = await client.resolveDigest(`${proxy.host}/acme/api:v1`).catch((caught) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.message).toBe(
      `Checking the manifest of ${proxy.host}/acme/api:v1 failed: ${proxy.host} answered 429 and asked to wait ` +
        '100000s before trying again, longer than the 60s this client waits.',
    );
    expect(waits).toEqual([]);
    expect(proxy.applied('long-429')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('the cap is a parameter: a wait within it is obeyed, one beyond it is not', async () => {
    proxy.clearRules();
    const waits: number[] = [];
    proxy.addRule({ path: /manifests/, times: 1, action: { kind: 'respond', status: 503, retryAfter: 2 } });
    const sleep = async (ms: number) => void waits.push(ms);
    const within = new RegistryClient({ insecure: true, retry: { ...fastRetry, sleep, maxRetryAfterMs: 2_000 } });
    expect(await within.resolveDigest(`${proxy.host}/acme/api:v1`)).toBe(digest);
    expect(waits).toEqual([2_000]);
    proxy.addRule({ path: /manifests/, times: 1, action: { kind: 'respond', status: 503, retryAfter: 3 } });
    const error = await within.resolveDigest(`${proxy.host}/acme/api:v1`).catch((caught) => caught);
    expect(error.message).toMatch(/asked to wait 3s before trying again, longer than the 2s this client waits/);
    expect(waits).toEqual([2_000]);
  });

  test('a failing token service is asked once per attempt of the request, not once per nested retry', async () => {
    proxy.clearRules();
    proxy.addRule({ name: 'token-503', path: /^\/token/, action: { kind: 'respond', status: 503 } });
    proxy.addRule({
      name: 'challenge',
      path: /manifests/,
      action: {
        kind: 'respond',
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="${proxy.url}/token",service="test"` },
      },
    });
    const client = new RegistryClient({ insecure: true, retry: fastRetry });
    const error = await client.resolveDigest(`${proxy.host}/acme/api:v1`).catch((caught) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.message).toMatch(
      /^Getting a token for 127\.0\.0\.1:\d+ from http:\/\/127\.0\.0\.1:\d+ failed: the token service answered 503/,
    );
    expect(proxy.applied('token-503')).toHaveLength(fastRetry.attempts);
    expect(proxy.applied('challenge')).toHaveLength(fastRetry.attempts);
    proxy.clearRules();
  });

  test('a connection reset in the middle of a manifest or blob body is retried', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'cut-manifest',
      method: 'GET',
      path: /manifests/,
      times: 1,
      action: { kind: 'reset', afterBytes: 20 },
    });
    proxy.addRule({
      name: 'cut-blob',
      method: 'GET',
      path: /blobs/,
      times: 1,
      action: { kind: 'reset', afterBytes: 10 },
    });
    const client = new RegistryClient({ insecure: true, retry: fastRetry });
    const { manifestDigest } = await client.getImageConfig(`${proxy.host}/acme/api:v1`);
    expect(manifestDigest).toBe(digest);
    expect(proxy.applied('cut-manifest')).toHaveLength(1);
    expect(proxy.applied('cut-blob')).toHaveLength(1);
    proxy.clearRules();
  });
});
