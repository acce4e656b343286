import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryRuntime, type MemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { parseAnnotations } from '../src/annotations';
import { parseCacheEntries } from '../src/build-cache';
import { type BuildImageResult, type BuildImageSettings, buildImage } from '../src/builder';
import { parseImageReference } from '../src/reference';
import { RegistryClient } from '../src/registry-client';
import { readTarGz } from './layer-files';

const run = promisify(execFile);

// A RUN step whose layer is random, so equal layers across builds can only come from the cache;
// and one that reads a build secret and keeps only its length.
const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /etc && /bin/busybox head -c 32 /dev/urandom | /bin/busybox od -An -tx1 > /etc/random"]',
  'RUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "/bin/busybox wc -c < /run/secrets/token > /etc/token-length"]',
  'RUN --mount=type=ssh,id=deploy ["/bin/busybox", "sh", "-c", "/bin/busybox test -S \\"$SSH_AUTH_SOCK\\" && /bin/busybox echo agent > /etc/ssh-agent-seen"]',
  '',
].join('\n');

const SECRET = 'build-secret-7f3a9c';

describe('buildah for real: registry cache, a build secret, an ssh key, annotations, several images', () => {
  let registry: TestRegistry;
  let dir: string;
  let context: string;
  const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
  const builds: Array<{ result: BuildImageResult; runtime: MemoryRuntime; tempDir: string }> = [];

  /** Each build gets containers-storage of its own: nothing is reused but what the registry cache holds. */
  async function build(name: string, overrides: Partial<BuildImageSettings>) {
    const storage = join(dir, `storage-${name}`);
    const storageConf = join(dir, `storage-${name}.conf`);
    await writeFile(
      storageConf,
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
    );
    const tempDir = await mkdtemp(join(dir, `runner-temp-${name}-`));
    const runtime = createMemoryRuntime({ tempDir });
    const settings: BuildImageSettings = {
      repository: parseImageReference(`${registry.host}/acme/web`),
      extraRepositories: [parseImageReference(`${registry.host}/mirror/web`)],
      context,
      file: join(context, 'Dockerfile'),
      extraTags: [name],
      buildArgs: {},
      labelEntries: [],
      platforms: [],
      push: true,
      builder: 'buildah',
      tlsVerify: false,
      secrets: [{ id: 'token', value: SECRET }],
      ssh: [{ id: 'deploy', paths: [join(dir, 'deploy-key')] }],
      annotations: parseAnnotations(['org.opencontainers.image.description=built by shipgate', 'manifest:team=web']),
      git: { eventName: 'push', ref: '', sha: '', repository: 'acme/web', serverUrl: '', payload: {} },
      ...overrides,
    };
    const result = await buildImage(
      {
        log: runtime.log,
        exec: runtime.exec,
        tempDir,
        setSecret: (secret) => runtime.setSecret(secret),
        env: { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', CONTAINERS_STORAGE_CONF: storageConf },
        registryRetry: { baseDelayMs: 0 },
      },
      settings,
    );
    builds.push({ result, runtime, tempDir });
    return { result, runtime, tempDir };
  }

  const layers = async (imageRef: string) =>
    ((await client.getManifest(imageRef)).manifest as { layers: { digest: string }[] }).layers.map(
      (layer) => layer.digest,
    );
  const files = async (imageRef: string) => {
    const all = new Map<string, string>();
    for (const digest of await layers(imageRef)) {
      for (const [name, content] of readTarGz(await client.getBlob(imageRef, digest))) all.set(name, content);
    }
    return all;
  };

  let cold: Awaited<ReturnType<typeof build>>;
  let warm: Awaited<ReturnType<typeof build>>;
  let uncached: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    registry = await startRegistry();
    dir = await mkdtemp(join(tmpdir(), 'shipgate-build-options-'));
    context = join(dir, 'context');
    await mkdir(context);
    await copyFile('/bin/busybox', join(context, 'busybox'));
    await writeFile(join(context, 'Dockerfile'), DOCKERFILE);
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(join(dir, 'deploy-key'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });

    const cache = `${registry.host}/acme/web-cache`;
    cold = await build('cold', { cacheTo: parseCacheEntries([`type=registry,ref=${cache},mode=max`], 'cache-to') });
    warm = await build('warm', { cacheFrom: parseCacheEntries([cache], 'cache-from') });
    uncached = await build('uncached', {});
  }, 300_000);

  afterAll(async () => {
    await registry?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('cache-to filled a cache repository in the registry, one tag per cached layer', async () => {
    const tags = (await (await fetch(`${registry.url}/v2/acme/web-cache/tags/list`)).json()) as { tags: string[] };
    expect(tags.tags.length).toBeGreaterThanOrEqual(3);
    for (const tag of tags.tags) expect(tag).toMatch(/^[a-f0-9]{64}$/);
    expect(cold.runtime.logText()).toMatch(/\[command\] buildah build .* --layers --cache-to \S+\/acme\/web-cache /);
  });

  test('a build from fresh storage with cache-from reuses the cached layers: the random layer is the same', async () => {
    expect(warm.runtime.logText()).toMatch(/--layers --cache-from \S+\/acme\/web-cache /);
    const coldLayers = await layers(cold.result.imageRef as string);
    expect(await layers(warm.result.imageRef as string)).toEqual(coldLayers);
    // (The manifests differ: the version and created labels are this build's own.)
    // The control: the same build from fresh storage without the cache makes a new random layer.
    expect(await layers(uncached.result.imageRef as string)).not.toEqual(coldLayers);
  });

  test('the RUN step read the secret; its value is in no layer, no log and no file left behind', async () => {
    const content = await files(cold.result.imageRef as string);
    expect(content.get('etc/token-length')?.trim()).toBe(String(SECRET.length));
    for (const text of content.values()) expect(text).not.toContain(SECRET);
    expect(content.has('run/secrets/token')).toBe(false);
    for (const { runtime, tempDir } of builds) {
      expect(runtime.masker.secrets).toContain(SECRET);
      expect(runtime.logText()).not.toContain(SECRET);
      expect(runtime.logText()).toMatch(/--secret id=token,src=\S+\/secret-0 /);
      expect(await readdir(tempDir)).toEqual([]);
    }
  });

  test('the RUN step with --mount=type=ssh had an agent holding the key', async () => {
    expect((await files(cold.result.imageRef as string)).get('etc/ssh-agent-seen')).toBe('agent\n');
  });

  test('the annotations are in the pushed manifest (skopeo inspect --raw)', async () => {
    const { stdout } = await run('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${cold.result.imageRef}`,
    ]);
    expect(JSON.parse(stdout).annotations).toMatchObject({
      'org.opencontainers.image.description': 'built by shipgate',
      team: 'web',
    });
  });

  test('every image gets every tag, all one digest', async () => {
    const { digest } = cold.result;
    expect(cold.result.imageRefs).toEqual([
      `${registry.host}/acme/web@${digest}`,
      `${registry.host}/mirror/web@${digest}`,
    ]);
    expect(cold.result.references).toEqual([`${registry.host}/acme/web:cold`, `${registry.host}/mirror/web:cold`]);
    for (const reference of cold.result.references) expect(await client.resolveDigest(reference)).toBe(digest);
  });
});
