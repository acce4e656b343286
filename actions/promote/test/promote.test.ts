import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { buildCommitMessage, type DeploymentTrail } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pushSmallImage } from '../../../packages/gitops/test/promote-image';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { runActionBundle } from '../../../test/support/run-action-bundle';
import { run } from '../src/main';

function trail(overrides: Partial<DeploymentTrail>): DeploymentTrail {
  return { app: 'web', environment: 'staging', imageRefs: [], approvedBy: [], ...overrides };
}

describe('promote', () => {
  let server: GitServer;
  let registry: TestRegistry;
  let stagingImage: string;
  let repository: string;

  beforeAll(async () => {
    [server, registry] = await Promise.all([startGitServer(), startRegistry()]);
    stagingImage = await pushSmallImage(registry.host, 'staging/web', 'promote-action');
    const failedImage = `${registry.host}/staging/api@sha256:${'f'.repeat(64)}`;
    repository = await server.createRepo('gitops', {
      files: { 'README.md': 'GitOps\n' },
      commits: [
        {
          date: '2026-11-20T10:00:00Z',
          files: { 'apps/web/staging/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
          message: buildCommitMessage(
            '',
            trail({
              imageRefs: [stagingImage],
              source: 'acme/web@1111111',
              sourceTime: '2026-11-20T09:00:00Z',
              scan: 'pass; trivy 0.58.1; critical=0 high=0',
              configHash: 'sha256:77ab',
            }),
          ),
        },
        {
          date: '2026-11-20T11:00:00Z',
          files: { 'apps/api/staging/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
          message: buildCommitMessage(
            '',
            trail({
              app: 'api',
              imageRefs: [failedImage],
              source: 'acme/api@2222222',
              scan: 'fail; trivy 0.58.1; critical=2',
            }),
          ),
        },
        // A newer commit of another environment must not be taken for staging's current deployment.
        {
          date: '2026-11-20T12:00:00Z',
          files: { 'apps/web/production/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
          message: buildCommitMessage(
            '',
            trail({ environment: 'production', imageRefs: [failedImage], scan: 'fail; trivy 0.58.1; critical=2' }),
          ),
        },
      ],
    });
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), registry?.stop()]);
  });

  test('the bundle copies the current staging image to another repository by digest and outputs it', async () => {
    const result = await runActionBundle('promote', {
      app: 'web',
      'from-environment': 'staging',
      'to-environment': 'production',
      'to-image': `${registry.host}/production/web`,
      'tls-verify': 'false',
      repository,
      token: server.token,
    });
    expect(result.exitCode, result.log).toBe(0);
    const digest = stagingImage.split('@')[1];
    expect(result.outputs).toEqual({
      'image-ref': `${registry.host}/production/web@${digest}`,
      source: 'acme/web@1111111',
      'source-time': '2026-11-20T09:00:00Z',
      'scan-verdict': 'pass',
      scan: 'pass; trivy 0.58.1; critical=0 high=0',
      'config-hash': 'sha256:77ab',
      'commit-sha': '',
    });
    const served = await fetch(`${registry.url}/v2/production/web/manifests/${digest}`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(served.headers.get('docker-content-digest')).toBe(digest);
    expect(result.summary).toContain('Promote web: staging → production');
    expect(result.summary).toContain('Nothing is committed yet');
    expect(result.log).not.toContain(server.token);
  });

  test('without to-image the image is promoted where it is', async () => {
    const runtime = createMemoryRuntime({
      inputs: {
        app: 'web',
        'from-environment': 'staging',
        'to-environment': 'production',
        repository,
        token: server.token,
      },
    });
    await run(runtime);
    expect(runtime.outputs['image-ref']).toBe(stagingImage);
  });

  test("promote → gitops-commit with promote's outputs → promote again: the verdict, source and time carry over", async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'promote-chain-'));
    try {
      await mkdir(join(workspace, 'rendered'), { recursive: true });
      await writeFile(join(workspace, 'rendered', 'deployment.yaml'), 'apiVersion: v1\nkind: Deployment\n');
      const promoted = await runActionBundle('promote', {
        app: 'web',
        'from-environment': 'staging',
        'to-environment': 'canary',
        repository,
        token: server.token,
      });
      expect(promoted.exitCode, promoted.log).toBe(0);
      const { 'image-ref': imageRef, source, 'source-time': sourceTime, scan } = promoted.outputs;
      const committed = await runActionBundle(
        'gitops-commit',
        {
          repository,
          token: server.token,
          app: 'web',
          environment: 'canary',
          'source-dir': 'rendered',
          'image-ref': imageRef ?? '',
          source: source ?? '',
          'source-time': sourceTime ?? '',
          scan: scan ?? '',
        },
        { workspace },
      );
      expect(committed.exitCode, committed.log).toBe(0);
      expect(committed.outputs.changed).toBe('true');
      const trailers = await server.git('gitops', ['log', '-1', '--format=%(trailers:only,unfold)', 'main']);
      expect(trailers).toContain('Shipgate-Environment: canary');
      expect(trailers).toContain('Shipgate-Source: acme/web@1111111');
      expect(trailers).toContain('Shipgate-Source-Time: 2026-11-20T09:00:00.000Z');
      expect(trailers).toContain('Shipgate-Scan: pass; trivy 0.58.1; critical=0 high=0');

      const runtime = createMemoryRuntime({
        inputs: {
          app: 'web',
          'from-environment': 'canary',
          'to-environment': 'production',
          repository,
          token: server.token,
        },
      });
      await run(runtime);
      expect(runtime.outputs).toMatchObject({
        'image-ref': stagingImage,
        source: 'acme/web@1111111',
        'source-time': '2026-11-20T09:00:00.000Z',
        'scan-verdict': 'pass',
        scan: 'pass; trivy 0.58.1; critical=0 high=0',
      });
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  test('an environment whose current deployment failed its scan is refused', async () => {
    const result = await runActionBundle('promote', {
      app: 'api',
      'from-environment': 'staging',
      'to-environment': 'production',
      repository,
      token: server.token,
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: expect.stringMatching(
        /^The current deployment of api in staging \([0-9a-f]{7}\) cannot be promoted: its scan recorded "fail; trivy 0.58.1; critical=2", not pass\.$/,
      ),
    });
    expect(result.outputs).toEqual({});
  });

  test.each([
    [{ 'from-environment': 'staging', 'to-environment': 'staging' }, /Input "to-environment" must differ/],
    [{ 'from-environment': 'qa', 'to-environment': 'production' }, /There is no deployment of web in qa to promote\./],
    [
      { 'from-environment': 'staging', 'to-environment': 'production', 'to-image': 'x@sha256:' + 'a'.repeat(64) },
      /Input "to-image" must name a repository without a digest/,
    ],
    [
      { 'from-environment': 'staging', 'to-environment': 'production', 'registry-username': 'ci' },
      /must be given together/,
    ],
  ])('refuses %j', async (inputs, message) => {
    const runtime = createMemoryRuntime({ inputs: { app: 'web', repository, token: server.token, ...inputs } });
    await expect(run(runtime)).rejects.toThrow(message);
    expect(runtime.outputs).toEqual({});
  });
});
