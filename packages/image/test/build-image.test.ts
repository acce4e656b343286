import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, ConfigurationError, createMemoryRuntime, type MemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { parseAnnotations } from '../src/annotations';
import type { BuildDependencies } from '../src/backend';
import { parseCacheEntries } from '../src/build-cache';
import { type BuildImageResult, type BuildImageSettings, buildImage } from '../src/builder';
import type { GitContext } from '../src/metadata';
import { parseImageReference } from '../src/reference';
import { RegistryClient, sha256Digest } from '../src/registry-client';
import { readTarGz } from './layer-files';

// buildah's own settings for an unprivileged test machine; the code under test sets neither.
const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

const git: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081',
  repository: 'acme/web',
  serverUrl: 'https://github.com',
  payload: {},
};

/** A context whose base is made without pulling: busybox copied in, then used by a RUN step. */
async function makeContext(dockerfile: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shipgate-context-'));
  await copyFile('/bin/busybox', join(dir, 'busybox'));
  await writeFile(join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

const GOOD_DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'ARG GREETING=unset',
  'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /etc && /bin/busybox echo \\"$GREETING\\" > /etc/greeting"]',
  'LABEL from.dockerfile=yes',
  '',
].join('\n');

function deps(runtime: MemoryRuntime): BuildDependencies & { registryRetry: { baseDelayMs: number } } {
  return {
    log: runtime.log,
    exec: runtime.exec,
    tempDir: runtime.tempDir,
    setSecret: (secret) => runtime.setSecret(secret),
    env: BUILDAH_TEST_ENV,
    registryRetry: { baseDelayMs: 0 },
  };
}

function settings(registry: TestRegistry, context: string, overrides: Partial<BuildImageSettings> = {}) {
  return {
    repository: parseImageReference(`${registry.host}/acme/web`),
    context,
    file: join(context, 'Dockerfile'),
    extraTags: ['candidate'],
    buildArgs: { GREETING: 'hello from shipgate' },
    labelEntries: ['team=payments'],
    platforms: [],
    push: true,
    builder: 'buildah',
    tlsVerify: false,
    git,
    now: new Date('2026-11-22T03:00:00Z'),
    ...overrides,
  } satisfies BuildImageSettings;
}

describe('buildImage with buildah and the real registry', () => {
  let registry: TestRegistry;
  let context: string;
  let tempDir: string;
  let runtime: MemoryRuntime;
  let result: BuildImageResult;
  const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });

  beforeAll(async () => {
    registry = await startRegistry();
    context = await makeContext(GOOD_DOCKERFILE);
    tempDir = await mkdtemp(join(tmpdir(), 'shipgate-runner-temp-'));
    runtime = createMemoryRuntime({ tempDir });
    result = await buildImage(deps(runtime), settings(registry, context));
  }, 180_000);

  afterAll(async () => {
    await registry?.stop();
    await Promise.all([context, tempDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('the digest equals the Docker-Content-Digest the registry serves for every tag', async () => {
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(result.tags).toEqual(['main', 'sha-9b2e1d0', 'candidate']);
    for (const tag of result.tags) {
      const response = await fetch(`${registry.url}/v2/acme/web/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      expect(response.headers.get('docker-content-digest')).toBe(result.digest);
      expect(await client.resolveDigest(`${registry.host}/acme/web:${tag}`)).toBe(result.digest);
    }
    expect(result.imageRef).toBe(`${registry.host}/acme/web@${result.digest}`);
    expect(result.references).toEqual(result.tags.map((tag) => `${registry.host}/acme/web:${tag}`));
    expect(result.builder).toBe('buildah');
  });

  test('the labels are in the image config read back through the registry client', async () => {
    const { config, manifestDigest } = await client.getImageConfig(result.imageRef!);
    expect(manifestDigest).toBe(result.digest);
    expect(config.config?.Labels).toMatchObject({
      'org.opencontainers.image.title': 'web',
      'org.opencontainers.image.source': 'https://github.com/acme/web',
      'org.opencontainers.image.revision': git.sha,
      'org.opencontainers.image.version': 'main',
      'org.opencontainers.image.created': '2026-11-22T03:00:00.000Z',
      'from.dockerfile': 'yes',
      team: 'payments',
    });
  });

  test('the RUN step ran with the build argument: its file is in the pushed layer', async () => {
    const manifest = await client.getManifest(result.imageRef!);
    const layers = (manifest.manifest as { layers: { digest: string }[] }).layers;
    const files = new Map<string, string>();
    for (const layer of layers) {
      for (const [name, content] of readTarGz(await client.getBlob(result.imageRef!, layer.digest)))
        files.set(name, content);
    }
    expect(files.get('etc/greeting')).toBe('hello from shipgate\n');
    expect(files.has('bin/busybox')).toBe(true);
  });

  test('no credential or scratch file is left in the temp dir', async () => {
    expect(await readdir(tempDir)).toEqual([]);
  });

  test("buildah's output is in the log at info level: the build in one group, each push in its own", () => {
    const groups = new Map<string, string[]>();
    let open: string[] | undefined;
    for (const entry of runtime.logs) {
      if (entry.level === 'group') {
        open = [];
        groups.set(entry.message, open);
      } else if (entry.level === 'endgroup') open = undefined;
      else if (open && entry.level === 'info') open.push(entry.message);
    }
    expect([...groups.keys()]).toEqual([
      `Building ${registry.host}/acme/web with buildah`,
      ...result.tags.map((tag) => `Pushing ${registry.host}/acme/web:${tag}`),
      'Checking the pushed tags on the registry',
    ]);
    const build = groups.get(`Building ${registry.host}/acme/web with buildah`) ?? [];
    expect(build[0]).toMatch(/^\[command\] buildah build --iidfile/);
    expect(build).toContain(
      'STEP 4/12: RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /etc && /bin/busybox echo \\"$GREETING\\" > /etc/greeting"]',
    );
    expect(build).toContain(`COMMIT ${registry.host}/acme/web:main`);
    for (const tag of result.tags) {
      const push = groups.get(`Pushing ${registry.host}/acme/web:${tag}`) ?? [];
      expect(push[0]).toMatch(/^\[command\] buildah push --digestfile/);
      expect(push).toContain('Writing manifest to image destination');
    }
  });
});

describe('bad input: one sentence, nothing built or pushed', () => {
  let registry: TestRegistry;
  let context: string;
  beforeAll(async () => {
    registry = await startRegistry();
    context = await makeContext(GOOD_DOCKERFILE);
  });
  afterAll(async () => {
    await registry?.stop();
    if (context) await rm(context, { recursive: true, force: true });
  });

  const catalog = async () =>
    ((await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] }).repositories;

  test.each([
    [
      'a missing context',
      (s: BuildImageSettings) => ({ ...s, context: '/nonexistent/ctx' }),
      /^Input "context" must be a directory/,
    ],
    [
      'a missing Dockerfile',
      (s: BuildImageSettings) => ({ ...s, file: join(s.context, 'Nope') }),
      /^Input "file" names .*Nope, which does not exist\.$/,
    ],
    [
      'a tag the grammar rejects',
      (s: BuildImageSettings) => ({ ...s, extraTags: ['bad tag'] }),
      /^Input "tags" has "bad tag"/,
    ],
    [
      'an image with a tag',
      (s: BuildImageSettings) => ({ ...s, repository: parseImageReference(`${registry.host}/acme/web:1`) }),
      /^Input "image" must be a repository without tag/,
    ],
    [
      'several platforms with buildah',
      (s: BuildImageSettings) => ({ ...s, platforms: ['linux/amd64', 'linux/arm64'] }),
      /^Input "platforms" lists 2 platforms/,
    ],
    [
      'a malformed platform',
      (s: BuildImageSettings) => ({ ...s, platforms: ['amd64'] }),
      /^Input "platforms" has "amd64"/,
    ],
    [
      'a cache buildah cannot use',
      (s: BuildImageSettings) => ({ ...s, cacheFrom: parseCacheEntries(['type=gha'], 'cache-from') }),
      /^Input "cache-from" has a cache of type "gha", but the buildah builder/,
    ],
    [
      'an index annotation with buildah',
      (s: BuildImageSettings) => ({ ...s, annotations: parseAnnotations(['index:a=b']) }),
      /^Input "annotations" has "index:a=b", but the buildah builder annotates the image manifest only/,
    ],
    [
      'a tagged image in images',
      (s: BuildImageSettings) => ({
        ...s,
        extraRepositories: [parseImageReference(`${registry.host}/acme/mirror:1`)],
      }),
      /^Input "images" must list repositories without tag or digest, got ".*\/acme\/mirror:1"/,
    ],
    [
      'a secret file that is not there',
      (s: BuildImageSettings) => ({ ...s, secrets: [{ id: 'aws', file: '/nonexistent/aws.ini' }] }),
      /^Input "secret-files" names \/nonexistent\/aws\.ini, which is not a file\.$/,
    ],
    [
      'an ssh key that is not there',
      (s: BuildImageSettings) => ({ ...s, ssh: [{ id: 'default', paths: ['/nonexistent/key'] }] }),
      /^Input "ssh" names \/nonexistent\/key for "default", which does not exist\.$/,
    ],
    [
      'a malformed label',
      (s: BuildImageSettings) => ({ ...s, labelEntries: ['novalue'] }),
      /^Input "labels" has "novalue"/,
    ],
  ])('%s', async (_name, change, message) => {
    const runtime = createMemoryRuntime();
    const error = await buildImage(deps(runtime), change(settings(registry, context))).catch((caught) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(runtime.logText()).not.toMatch(/\[command\] buildah/);
  });

  test('push to a registry that is not there fails before building', async () => {
    const gone = await startRegistry();
    await gone.stop();
    const runtime = createMemoryRuntime();
    const error = await buildImage(
      deps(runtime),
      settings(registry, context, { repository: parseImageReference(`${gone.host}/acme/web`) }),
    ).catch((caught) => caught);
    expect(error.message).toBe(`Pinging ${gone.host} failed: nothing is listening there (connection refused).`);
    expect(runtime.logText()).not.toMatch(/\[command\] buildah/);
  });

  test("a failing RUN step shows buildah's failing line and pushes nothing", async () => {
    const failing = await makeContext(
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo about to fail; exit 3"]\n',
    );
    try {
      const runtime = createMemoryRuntime();
      const error = await buildImage(
        deps(runtime),
        settings(registry, failing, { repository: parseImageReference(`${registry.host}/acme/broken`) }),
      ).catch((caught) => caught);
      expect(error).toBeInstanceOf(CommandError);
      expect(error.lastStderrLine).toMatch(/^Error: building at STEP "RUN .*exit 3": exit status 3$/);
      // The meaningful lines, buildah's repeated status line once.
      expect(error.message).toMatch(/exited with code 3: subprocess exited with status 3\nError: building at STEP/);
      expect(await catalog()).not.toContain('acme/broken');
    } finally {
      await rm(failing, { recursive: true, force: true });
    }
  }, 120_000);

  test('a tag the registry serves under another digest fails the step', async () => {
    const client = new RegistryClient({ insecure: true, retry: { baseDelayMs: 0 } });
    const layer = Buffer.from('decoy');
    const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
    await client.pushBlob(`${registry.host}/acme/decoy`, layer);
    await client.pushBlob(`${registry.host}/acme/decoy`, config);
    const manifest = (n: number) =>
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: sha256Digest(config),
            size: config.length,
          },
          layers: [],
          annotations: { n: String(n) },
        }),
      );
    const first = await client.pushManifest(
      `${registry.host}/acme/decoy:main`,
      manifest(1),
      'application/vnd.oci.image.manifest.v1+json',
    );
    await client.pushManifest(
      `${registry.host}/acme/decoy:sha-9b2e1d0`,
      manifest(2),
      'application/vnd.oci.image.manifest.v1+json',
    );
    const runtime = createMemoryRuntime();
    const error = await buildImage(
      {
        ...deps(runtime),
        // A backend that claims success with the first tag's digest: the check must catch the second.
        createBuilder: () => ({
          name: 'buildah',
          build: async (request) => ({
            digest: first,
            references: request.tags.map((tag) => `${request.repository.name}:${tag}`),
          }),
        }),
      },
      settings(registry, context, { repository: parseImageReference(`${registry.host}/acme/decoy`), extraTags: [] }),
    ).catch((caught) => caught);
    expect(error.message).toMatch(
      new RegExp(
        `^The registry serves ${registry.host.replace(/\./g, '\\.')}/acme/decoy:sha-9b2e1d0 as sha256:[a-f0-9]{64}, not the pushed digest ${first}\\.$`,
      ),
    );
  });
});

describe('buildImage with registry credentials (htpasswd registry)', () => {
  let registry: TestRegistry;
  let context: string;
  beforeAll(async () => {
    registry = await startRegistry({ auth: { username: 'ci', password: 'Sup3r-secret-pw' } });
    context = await makeContext(GOOD_DOCKERFILE);
  });
  afterAll(async () => {
    await registry?.stop();
    if (context) await rm(context, { recursive: true, force: true });
  });

  test('logs in with the password on stdin, pushes, and masks every form of it', async () => {
    const tempDir = await mkdtemp(join(tmpdir(), 'shipgate-runner-temp-'));
    try {
      const runtime = createMemoryRuntime({ tempDir });
      const result = await buildImage(
        deps(runtime),
        settings(registry, context, {
          credentials: { username: 'ci', password: 'Sup3r-secret-pw' },
          extraTags: [],
          git: { ...git, ref: '' },
        }),
      );
      expect(result.tags).toEqual(['sha-9b2e1d0']);
      const client = new RegistryClient({
        insecure: true,
        credentials: { [registry.host]: { username: 'ci', password: 'Sup3r-secret-pw' } },
      });
      expect(await client.resolveDigest(`${registry.host}/acme/web:sha-9b2e1d0`)).toBe(result.digest);
      expect(runtime.masker.secrets).toEqual(
        expect.arrayContaining([
          'Sup3r-secret-pw',
          'ci:Sup3r-secret-pw',
          Buffer.from('ci:Sup3r-secret-pw').toString('base64'),
        ]),
      );
      expect(runtime.logText()).toMatch(/\[command\] buildah login --authfile .* --password-stdin/);
      expect(runtime.logText()).not.toContain('Sup3r-secret-pw');
      expect(await readdir(tempDir)).toEqual([]);
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  }, 180_000);

  test('wrong credentials fail before building', async () => {
    const runtime = createMemoryRuntime();
    const error = await buildImage(
      deps(runtime),
      settings(registry, context, { credentials: { username: 'ci', password: 'wrong-password' } }),
    ).catch((caught) => caught);
    expect(error.message).toMatch(/refused the credentials \(401 Unauthorized\)/);
    expect(runtime.logText()).not.toMatch(/\[command\] buildah/);
  });
});
