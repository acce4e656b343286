/**
 * One meaning per name: `branch` defaults to the GitOps repository's default branch in every
 * action. Against a repository whose default branch is `master`, what gitops-commit deploys is
 * what promote promotes, rollback rolls back and deployment-report reports, with no `branch`
 * input anywhere. Through the bundles, over the real git server.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeploymentReport } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../support/git-server';
import { runActionBundle } from '../support/run-action-bundle';

const imageOf = (n: number) => `ghcr.io/acme/web@sha256:${String(n).repeat(64)}`;

describe('branch: the default branch of the GitOps repository, in every action', () => {
  let server: GitServer;
  let work: string;
  let repository: string;
  const deploys: string[] = [];

  async function deploy(n: number) {
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
        scan: 'pass; trivy 0.58.1; critical=0 high=0',
      },
      { workspace: work },
    );
    expect(result.exitCode, result.log).toBe(0);
    deploys.push(result.outputs['commit-sha']!);
  }

  beforeAll(async () => {
    server = await startGitServer();
    work = await mkdtemp(join(tmpdir(), 'default-branch-'));
    repository = await server.createRepo('gitops', { branch: 'master', files: { 'README.md': 'GitOps\n' } });
    await deploy(1);
    await deploy(2);
  });
  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('gitops-commit deploys onto master, and no main branch appears', async () => {
    expect(await server.git('gitops', ['rev-parse', 'master'])).toBe(deploys[1]);
    expect(await server.git('gitops', ['branch', '--list', 'main'])).toBe('');
  });

  test('promote finds the deployment on master', async () => {
    const result = await runActionBundle('promote', {
      repository,
      token: server.token,
      app: 'web',
      'from-environment': 'staging',
      'to-environment': 'production',
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['image-ref']).toBe(imageOf(2));
  });

  test('deployment-report reads master', async () => {
    const result = await runActionBundle('deployment-report', {
      repository,
      token: server.token,
      app: 'web',
      environments: 'staging',
      since: '2026-01-01',
    });
    expect(result.exitCode, result.log).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as DeploymentReport;
    expect(report.environments[0]!.metrics.deploys).toBe(2);
  });

  test('rollback restores the previous deployment on master', async () => {
    const result = await runActionBundle('rollback', {
      repository,
      token: server.token,
      app: 'web',
      environment: 'staging',
      to: 'previous',
      reason: 'error rate above 5%',
    });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['rolled-back-to']).toBe(deploys[0]);
    expect(await server.git('gitops', ['rev-parse', 'master'])).toBe(result.outputs['commit-sha']);
  });
});
