/**
 * A rollback where the GitOps branch requires pull requests: mode pull-request pushes the rollback
 * commit to shipgate/<app>-<environment> and opens a pull request, as gitops-commit's mode does.
 * Through the bundle, over the real git server and the OpenAPI-checked GitHub API test server.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { runActionBundle } from '../../../test/support/run-action-bundle';

const imageOf = (n: number) => `ghcr.io/acme/web@sha256:${String(n).repeat(64)}`;

describe('rollback in mode pull-request', () => {
  let server: GitServer;
  let api: GitHubApi;
  let work: string;
  let repository: string;
  const deploys: string[] = [];

  beforeAll(async () => {
    server = await startGitServer();
    api = await startGitHubApi({ tokens: { [server.token]: 'shipgate-bot' } });
    work = await mkdtemp(join(tmpdir(), 'rollback-pr-'));
    repository = await server.createRepo('acme/gitops', { files: { 'README.md': 'GitOps\n' } });
    for (const n of [1, 2]) {
      const dir = join(work, `rendered-${n}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'deployment.yaml'), `apiVersion: v1\nkind: Deployment\nimage: ${imageOf(n)}\n`);
      const result = await runActionBundle(
        'gitops-commit',
        {
          repository,
          token: server.token,
          app: 'web',
          environment: 'staging',
          'source-dir': dir,
          'image-ref': imageOf(n),
          'source-time': `2026-11-0${n}T10:00:00Z`,
        },
        { workspace: work },
      );
      expect(result.exitCode, result.log).toBe(0);
      deploys.push(result.outputs['commit-sha']!);
    }
  });
  afterAll(async () => {
    await api?.stop();
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the rollback commit goes to a pull request; the branch itself is untouched', async () => {
    const before = await server.git('acme/gitops', ['rev-parse', 'main']);
    const result = await runActionBundle(
      'rollback',
      {
        repository,
        token: server.token,
        app: 'web',
        environment: 'staging',
        reason: 'error rate above 5%',
        mode: 'pull-request',
      },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['rolled-back-to']).toBe(deploys[0]);
    expect(result.outputs['pull-request-url']).toMatch(/\/acme\/gitops\/pull\/\d+$/);
    expect(await server.git('acme/gitops', ['rev-parse', 'main'])).toBe(before);
    const head = await server.git('acme/gitops', ['rev-parse', 'shipgate/web-staging']);
    expect(head).toBe(result.outputs['commit-sha']);
    expect(await server.git('acme/gitops', ['rev-parse', `${head}:apps/web/staging`])).toBe(
      await server.git('acme/gitops', ['rev-parse', `${deploys[0]}:apps/web/staging`]),
    );
    expect(api.state.pulls).toHaveLength(1);
    expect(api.state.pulls[0]).toMatchObject({ head: 'shipgate/web-staging', base: 'main' });
    expect(result.summary).toContain(result.outputs['pull-request-url']);
    api.assertNoViolations();
  });
});
