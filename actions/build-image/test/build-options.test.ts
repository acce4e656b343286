import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { readSettings, run } from '../src/main';

const execFileAsync = promisify(execFile);

describe('readSettings: the inputs of build-push-action and metadata-action', () => {
  test('image and images: lowercased with a notice, duplicates dropped, image first', () => {
    const runtime = createMemoryRuntime({
      inputs: { image: 'ghcr.io/acme/web', images: 'docker.io/Acme/Web\nghcr.io/acme/web, quay.io/acme/web' },
    });
    const settings = readSettings(runtime);
    expect(settings.repository.name).toBe('ghcr.io/acme/web');
    expect(settings.extraRepositories?.map((repository) => repository.name)).toEqual([
      'docker.io/acme/web',
      'quay.io/acme/web',
    ]);
    expect(runtime.logs).toContainEqual({
      level: 'notice',
      message:
        'Input "images" has docker.io/Acme/Web; using docker.io/acme/web, as a repository path must be lowercase (docker/metadata-action lowercases it too).',
    });
  });

  test('images alone: the first is the main repository', () => {
    const settings = readSettings(createMemoryRuntime({ inputs: { images: 'ghcr.io/acme/web\ndocker.io/acme/web' } }));
    expect(settings.repository.name).toBe('ghcr.io/acme/web');
    expect(settings.extraRepositories?.map((repository) => repository.name)).toEqual(['docker.io/acme/web']);
  });

  test('caches, secrets (masked before anything else), ssh and annotations', () => {
    const runtime = createMemoryRuntime({
      workspace: '/ws',
      env: { SSH_AUTH_SOCK: '/tmp/ssh-agent.sock', NPM_TOKEN: 'npm-t0ken-value' },
      inputs: {
        image: 'ghcr.io/acme/web',
        'cache-from': 'ghcr.io/acme/web-cache\ntype=gha',
        'cache-to': 'type=registry,ref=ghcr.io/acme/web-cache,mode=max',
        secrets: 'GIT_AUTH_TOKEN=ghp-s3cret-value\n"multi=line one\nline two"',
        'secret-envs': 'npm=NPM_TOKEN',
        'secret-files': 'aws=config/aws.ini',
        ssh: 'default\ndeploy=keys/deploy',
        annotations: 'manifest:org.opencontainers.image.description=Web app',
      },
    });
    const settings = readSettings(runtime);
    expect(settings.cacheFrom?.map((entry) => [entry.type, entry.raw])).toEqual([
      ['registry', 'ghcr.io/acme/web-cache'],
      ['gha', 'type=gha'],
    ]);
    expect(settings.cacheTo?.map((entry) => entry.attributes)).toEqual([
      { type: 'registry', ref: 'ghcr.io/acme/web-cache', mode: 'max' },
    ]);
    expect(settings.secrets).toEqual([
      { id: 'GIT_AUTH_TOKEN', value: 'ghp-s3cret-value' },
      { id: 'multi', value: 'line one\nline two' },
      { id: 'npm', value: 'npm-t0ken-value' },
      { id: 'aws', file: '/ws/config/aws.ini' },
    ]);
    expect(runtime.masker.secrets).toEqual(
      expect.arrayContaining(['ghp-s3cret-value', 'line one', 'line two', 'npm-t0ken-value']),
    );
    expect(settings.ssh).toEqual([
      { id: 'default', paths: ['/tmp/ssh-agent.sock'] },
      { id: 'deploy', paths: ['/ws/keys/deploy'] },
    ]);
    expect(settings.annotations?.map((annotation) => [annotation.level, annotation.key])).toEqual([
      ['manifest', 'org.opencontainers.image.description'],
    ]);
  });
});

describe('run(): several images, a registry cache, a secret and annotations with buildah', () => {
  let registry: TestRegistry;
  let workspace: string;
  let tempDir: string;

  beforeAll(async () => {
    registry = await startRegistry();
    workspace = await mkdtemp(join(tmpdir(), 'shipgate-build-options-ws-'));
    tempDir = await mkdtemp(join(tmpdir(), 'shipgate-build-options-temp-'));
    await copyFile('/bin/busybox', join(workspace, 'busybox'));
    await writeFile(
      join(workspace, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN --mount=type=secret,id=npm ["/bin/busybox", "sh", "-c", "/bin/busybox test -s /run/secrets/npm && /bin/busybox echo ok > /secret-seen"]',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await registry?.stop();
    for (const dir of [workspace, tempDir]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('every repository gets the tag and the digest; outputs, summary and nothing left behind', async () => {
    const runtime = createMemoryRuntime({
      workspace,
      tempDir,
      env: { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot', NPM_TOKEN: 'npm-action-t0ken' },
      inputs: {
        image: `${registry.host}/acme/web`,
        images: `${registry.host}/mirror/web`,
        tags: 'candidate',
        builder: 'buildah',
        'tls-verify': 'false',
        'cache-to': `type=registry,ref=${registry.host}/acme/web-cache`,
        'secret-envs': 'npm=NPM_TOKEN',
        annotations: 'org.opencontainers.image.vendor=Acme',
      },
    });
    await run(runtime);
    const digest = runtime.outputs.digest as string;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(runtime.outputs['image-refs']?.split('\n')).toEqual([
      `${registry.host}/acme/web@${digest}`,
      `${registry.host}/mirror/web@${digest}`,
    ]);
    expect(runtime.outputs['image-ref']).toBe(`${registry.host}/acme/web@${digest}`);
    expect(JSON.parse(runtime.outputs['image-refs-json'] ?? '')).toEqual(runtime.outputs['image-refs']?.split('\n'));
    expect(JSON.parse(runtime.outputs.metadata ?? '{}')['image-refs']).toHaveLength(2);
    for (const repository of ['acme/web', 'mirror/web']) {
      const { stdout } = await execFileAsync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/${repository}:candidate`,
      ]);
      expect(JSON.parse(stdout).annotations).toMatchObject({ 'org.opencontainers.image.vendor': 'Acme' });
    }
    const cacheTags = (await (await fetch(`${registry.url}/v2/acme/web-cache/tags/list`)).json()) as {
      tags: string[];
    };
    expect(cacheTags.tags.length).toBeGreaterThan(0);
    expect(runtime.summary).toContain(`| Cache | to \`type=registry,ref=${registry.host}/acme/web-cache\` |`);
    expect(runtime.summary).toContain('| Build secrets | `npm` |');
    expect(runtime.logText()).not.toContain('npm-action-t0ken');
    expect(await readdir(tempDir)).toEqual([]);
  }, 180_000);
});
