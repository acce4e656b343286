import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeploymentLog } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';

// Captured from git 2.39: `git log -z --format=<DEPLOYMENT_LOG_FORMAT>` over five commits: a
// Shipgate-less initial commit, a deploy, a manual commit with a Signed-off-by trailer, a
// rollback whose body mentions a trailer and whose last trailer is folded, and a deploy whose
// trailer keys are in other cases.
const captured = readFileSync(join(import.meta.dirname, 'fixtures', 'deployment-log.z'), 'utf8');

describe('parseDeploymentLog', () => {
  const deployments = parseDeploymentLog(captured, { path: 'apps/web/production' });

  test('keeps only deploy commits, newest first', () => {
    expect(deployments.map((deployment) => deployment.subject)).toEqual([
      'Deploy api to staging',
      'Roll back web in production',
      'Deploy web to production',
    ]);
  });

  test('reads every trailer of a deploy, with repeated Shipgate-Image and Approved-by', () => {
    expect(deployments[2]).toEqual({
      commitSha: '8006dae3c7f6063559e400afbea01a2825ad55e1',
      committedAt: '2026-11-01T11:00:00+00:00',
      subject: 'Deploy web to production',
      kind: 'deploy',
      path: 'apps/web/production',
      app: 'web',
      environment: 'production',
      imageRefs: [
        'ghcr.io/acme/web@sha256:4f1c0000000000000000000000000000000000000000000000000000000000aa',
        'ghcr.io/acme/worker@sha256:4f1c0000000000000000000000000000000000000000000000000000000000bb',
      ],
      source: 'acme/web@9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081',
      sourceTime: '2026-11-01T09:30:00.000Z',
      run: 'https://github.com/acme/web/actions/runs/123',
      scan: 'pass; trivy 0.58.1; critical=0 high=2',
      configHash: 'sha256:77ab000000000000000000000000000000000000000000000000000000000000',
      approvedBy: ['alice', 'bob'],
    });
  });

  test('a rollback: its kind, unfolded reason, and body text that is not a trailer', () => {
    expect(deployments[1]).toMatchObject({
      kind: 'rollback',
      app: 'web',
      rollbackOf: 'PLACEHOLDER',
      rollbackTo: '0000000',
      reason: 'pager went off at 3am (folded continuation line)',
      approvedBy: [],
    });
  });

  test('trailer keys match case-insensitively, as in git', () => {
    expect(deployments[0]).toMatchObject({ app: 'api', environment: 'staging', imageRefs: [] });
  });

  test.each([
    [{ app: 'web' }, ['Roll back web in production', 'Deploy web to production']],
    [{ environment: 'staging' }, ['Deploy api to staging']],
    [{ app: 'web', environment: 'staging' }, []],
  ])('filters by %o', (filter, subjects) => {
    expect(parseDeploymentLog(captured, filter).map((deployment) => deployment.subject)).toEqual(subjects);
  });

  test.each([[''], ['\u0000\u0000'], ['not a log']])('output without records (%j) has no deployments', (output) => {
    expect(parseDeploymentLog(output)).toEqual([]);
  });
});
