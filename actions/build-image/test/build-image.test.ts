import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, createMemoryRuntime } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { runActionBundle } from '../../../test/support/run-action-bundle';
import { readSettings } from '../src/main';

// buildah's own settings for this machine, given to the step as a workflow's `env:` would.
const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

describe('readSettings', () => {
  const base = { image: 'ghcr.io/acme/web' };
  test('defaults', () => {
    const runtime = createMemoryRuntime({ inputs: base, workspace: '/ws' });
    const settings = readSettings(runtime);
    expect(settings).toMatchObject({
      context: '/ws',
      file: '/ws/Dockerfile',
      extraTags: [],
      buildArgs: {},
      labelEntries: [],
      platforms: [],
      push: true,
      builder: 'auto',
      tlsVerify: true,
    });
    expect(settings.repository.name).toBe('ghcr.io/acme/web');
    expect(settings.credentials).toBeUndefined();
  });

  test.each([
    ['ghcr.io/Codertocat/Hello-World', 'ghcr.io/codertocat/hello-world'],
    ['localhost:5000/Acme/Web', 'localhost:5000/acme/web'],
    ['Registry.Example.com/Acme/Web', 'Registry.Example.com/acme/web'],
  ])('image %s: the repository path is lowercased, with a notice', (image, expected) => {
    const runtime = createMemoryRuntime({ inputs: { image } });
    expect(readSettings(runtime).repository.name).toBe(expected);
    expect(runtime.logs).toContainEqual({
      level: 'notice',
      message: `Input "image" is ${image}; using ${expected}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`,
    });
  });

  test('a lowercase image gets no notice', () => {
    const runtime = createMemoryRuntime({ inputs: base });
    readSettings(runtime);
    expect(runtime.logs.filter((entry) => entry.level === 'notice')).toEqual([]);
  });

  test('every input', () => {
    const runtime = createMemoryRuntime({
      workspace: '/ws',
      inputs: {
        ...base,
        context: 'app',
        file: 'app/Containerfile',
        tags: 'stable, candidate',
        'build-args': 'A=1\nB=x=y',
        labels: 'team=payments',
        target: 'runtime',
        platforms: 'linux/amd64\nlinux/arm64',
        push: 'false',
        builder: 'docker',
        'registry-username': 'ci',
        'registry-password': 'pw-123456',
        'tls-verify': 'false',
      },
    });
    expect(readSettings(runtime)).toMatchObject({
      context: '/ws/app',
      file: '/ws/app/Containerfile',
      extraTags: ['stable', 'candidate'],
      buildArgs: { A: '1', B: 'x=y' },
      labelEntries: ['team=payments'],
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      push: false,
      builder: 'docker',
      tlsVerify: false,
      credentials: { username: 'ci', password: 'pw-123456' },
    });
    expect(runtime.masker.secrets).toContain('pw-123456');
  });

  test.each([
    [{}, /^Input "image" \(or "images"\) is required\.$/],
    [{ images: 'ghcr.io/acme/web_' }, /^Input "images" has "ghcr.io\/acme\/web_", which is not a valid repository: /],
    [{ ...base, secrets: 'token' }, /^Input "secrets" entry 1 is not of the form id=…/],
    [
      { ...base, 'secret-envs': 'token=SHIPGATE_TEST_UNSET_VARIABLE' },
      /names the variable "SHIPGATE_TEST_UNSET_VARIABLE"/,
    ],
    [{ ...base, 'cache-to': 'type=registry,mode' }, /^Input "cache-to" has "type=registry,mode"/],
    [{ ...base, annotations: 'novalue' }, /^Input "annotations" has "novalue"/],
    [{ image: 'ghcr.io/acme/web_' }, /^Input "image" is not a valid repository: /],
    [{ ...base, builder: 'kaniko' }, /^Input "builder" must be one of "auto", "buildah" or "docker", got "kaniko"\.$/],
    [{ ...base, push: 'yes' }, /^Input "push" must be true or false/],
    [{ ...base, 'build-args': 'NOVALUE' }, /^Input "build-args" has "NOVALUE"/],
    [
      { ...base, 'registry-password': 'pw-123456' },
      /^Input "registry-username" is required when "registry-password" is set\.$/,
    ],
    [
      { ...base, 'registry-username': 'ci' },
      /^Input "registry-password" is required when "registry-username" is set\.$/,
    ],
  ])('%j is refused in one sentence', (inputs, message) => {
    const runtime = createMemoryRuntime({ inputs });
    expect(() => readSettings(runtime)).toThrow(ConfigurationError);
    expect(() => readSettings(runtime)).toThrow(message);
  });
});

describe('the build-image bundle, as the runner runs it', () => {
  let registry: TestRegistry;
  let workspace: string;
  const headSha = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

  beforeAll(async () => {
    registry = await startRegistry();
    workspace = await mkdtemp(join(tmpdir(), 'shipgate-build-image-ws-'));
    await copyFile('/bin/busybox', join(workspace, 'busybox'));
    await writeFile(
      join(workspace, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox echo ok > /ok"]\n',
    );
  });
  afterAll(async () => {
    await registry?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('a pull request build: tags from the PR head, digest checked, outputs and summary', async () => {
    const result = await runActionBundle(
      'build-image',
      { image: `${registry.host}/acme/web`, 'tls-verify': false, tags: 'candidate' },
      {
        workspace,
        env: { ...BUILDAH_TEST_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge' },
        event: { number: 42, pull_request: { number: 42, head: { sha: headSha } } },
      },
    );
    expect(result.exitCode, result.log).toBe(0);
    const { digest } = result.outputs;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(result.outputs['image-ref']).toBe(`${registry.host}/acme/web@${digest}`);
    expect(result.outputs.tags?.split('\n')).toEqual([
      `${registry.host}/acme/web:pr-42`,
      `${registry.host}/acme/web:sha-2222222`,
      `${registry.host}/acme/web:candidate`,
    ]);
    const metadata = JSON.parse(result.outputs.metadata ?? '{}');
    expect(metadata).toMatchObject({ digest, builder: 'buildah', platforms: [], version: 'pr-42', revision: headSha });
    expect(metadata.labels['org.opencontainers.image.revision']).toBe(headSha);

    const client = new RegistryClient({ insecure: true });
    for (const tag of ['pr-42', 'sha-2222222', 'candidate']) {
      const head = await fetch(`${registry.url}/v2/acme/web/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      expect(head.headers.get('docker-content-digest')).toBe(digest);
    }
    const { config } = await client.getImageConfig(result.outputs['image-ref'] ?? '');
    expect(config.config?.Labels?.['org.opencontainers.image.version']).toBe('pr-42');

    expect(result.summary).toContain('## Image built');
    expect(result.summary).toContain(digest);
    expect(result.summary).toContain(`${registry.host}/acme/web:pr-42`);
  }, 180_000);

  test('bad input fails with one line and pushes nothing', async () => {
    const result = await runActionBundle(
      'build-image',
      { image: `${registry.host}/acme/other`, 'tls-verify': false, tags: 'not a tag' },
      { workspace, env: BUILDAH_TEST_ENV },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message:
          'Input "tags" has "not a tag", which is not a valid tag (up to 128 letters, digits, "_", "." or "-", not starting with "." or "-").',
      },
    ]);
    expect(result.outputs).toEqual({});
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    expect(catalog.repositories).not.toContain('acme/other');
  }, 60_000);

  test('with registry credentials: logged in, pushed, the password masked everywhere', async () => {
    const secured = await startRegistry({ auth: { username: 'ci', password: 'Bundle-pass-42' } });
    try {
      const result = await runActionBundle(
        'build-image',
        {
          image: `${secured.host}/acme/web`,
          'tls-verify': false,
          builder: 'buildah',
          'registry-username': 'ci',
          'registry-password': 'Bundle-pass-42',
        },
        { workspace, env: BUILDAH_TEST_ENV },
      );
      expect(result.exitCode, result.log).toBe(0);
      expect(result.masked).toEqual(
        expect.arrayContaining(['Bundle-pass-42', Buffer.from('ci:Bundle-pass-42').toString('base64')]),
      );
      expect(`${result.stdout}${result.stderr}`.replace(/::add-mask::.*\n/g, '')).not.toContain('Bundle-pass-42');
      expect(result.summary).not.toContain('Bundle-pass-42');
      const client = new RegistryClient({
        insecure: true,
        credentials: { [secured.host]: { username: 'ci', password: 'Bundle-pass-42' } },
      });
      expect(await client.resolveDigest(`${secured.host}/acme/web:main`)).toBe(result.outputs.digest);
    } finally {
      await secured.stop();
    }
  }, 180_000);
});
