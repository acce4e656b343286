import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { deployToGitOps } from '@shipgate/gitops';
import { SCAN_RECORD_SCHEMA, type ScanRecord } from '@shipgate/scan';
import type { DeploymentReport } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { runActionBundle } from '../../../test/support/run-action-bundle';

const HOUR = 3_600_000;
const digestOf = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
const imageOf = (n: number) => `registry.example/acme/web@${digestOf(n)}`;

function scanRecord(imageRef: string): ScanRecord {
  return {
    schema: SCAN_RECORD_SCHEMA,
    imageRef,
    digest: imageRef.slice(imageRef.indexOf('@') + 1),
    scanner: { name: 'trivy', version: '0.58.1' },
    policy: { severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false },
    counts: { critical: 0, high: 0, medium: 1, low: 0, negligible: 0, unknown: 0 },
    violations: [],
    ignored: [],
    verdict: 'pass',
    report: { sha256: 'a'.repeat(64) },
    createdAt: '2026-11-01T00:00:00Z',
  };
}

/**
 * The history, with deploy times set through GIT_COMMITTER_DATE and source times through the
 * writer's input, all in UTC; window [2026-11-01, 2026-11-08):
 *
 *   D0 staging 10-30 12:00 (before the window)
 *   D1 staging 11-01 10:00, source 09:00  → lead 1 h
 *   D2 staging 11-02 12:00, source 09:00  → lead 3 h
 *   Q1 qa      11-02 18:00, source 16:00  → lead 2 h
 *   D3 staging 11-03 15:00, source 13:00  → lead 2 h
 *   R1 staging 11-03 17:30 rollback of D3 to D2 (rollback action) → restore 2.5 h
 *   D3 again   11-04 09:00 (re-run of the old pipeline): refused, no commit
 *   D4 staging 11-05 08:00, source 04:00  → lead 4 h (newer source: proceeds)
 */
describe('deployment-report over a history written by the real writer and rollback action', () => {
  let server: GitServer;
  let repository: string;
  let work: string;
  const commits: Record<string, string> = {};

  async function deploy(
    name: string,
    environment: string,
    at: string,
    source: { sha: string; time: string },
    n: number,
  ) {
    const sourceDir = join(work, name);
    await mkdir(sourceDir, { recursive: true });
    await writeFile(
      join(sourceDir, 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nimage: ${imageOf(n)}\n`,
    );
    await writeFile(
      join(sourceDir, 'config.yaml'),
      `apiVersion: v1\r\nkind: ConfigMap\r\nrelease: ${name}\r\nbinary: "\u00e9\u0001"\n`,
    );
    const runtime = createMemoryRuntime({ env: { GIT_COMMITTER_DATE: at, GIT_AUTHOR_DATE: at } });
    const result = await deployToGitOps(
      ...deployCall({
        exec: runtime.exec,
        env: runtime.env,
        log: runtime.log,
        repository,
        token: server.token,
        branch: 'main',
        app: 'web',
        environment,
        sourceDir,
        imageRefs: [imageOf(n)],
        scanRecord: scanRecord(imageOf(n)),
        configHash: `sha256:${String(n).repeat(64).slice(0, 64)}`,
        source: `acme/web@${source.sha}`,
        sourceTime: source.time,
        retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
      }),
    );
    commits[name] = result.commitSha;
    return result;
  }

  beforeAll(async () => {
    server = await startGitServer();
    work = await mkdtemp(join(tmpdir(), 'report-e2e-'));
    repository = await server.createRepo('gitops', { files: { 'README.md': 'GitOps\n' } });
    await deploy('D0', 'staging', '2026-10-30T12:00:00Z', { sha: 'a000000', time: '2026-10-30T11:00:00Z' }, 0);
    await deploy('D1', 'staging', '2026-11-01T10:00:00Z', { sha: 'a111111', time: '2026-11-01T09:00:00Z' }, 1);
    await deploy('D2', 'staging', '2026-11-02T12:00:00Z', { sha: 'a222222', time: '2026-11-02T09:00:00Z' }, 2);
    await deploy('Q1', 'qa', '2026-11-02T18:00:00Z', { sha: 'a222222', time: '2026-11-02T16:00:00Z' }, 2);
    await deploy('D3', 'staging', '2026-11-03T15:00:00Z', { sha: 'a333333', time: '2026-11-03T13:00:00Z' }, 3);
  });
  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the rollback action restores the exact files of the previous deployment as a new commit', async () => {
    const before = await server.git('gitops', ['rev-parse', 'main']);
    const result = await runActionBundle(
      'rollback',
      {
        app: 'web',
        environment: 'staging',
        to: 'previous',
        reason: 'error rate above 5%',
        repository,
        token: server.token,
      },
      { env: { GIT_COMMITTER_DATE: '2026-11-03T17:30:00Z', GIT_AUTHOR_DATE: '2026-11-03T17:30:00Z' } },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs['rolled-back-to']).toBe(commits.D2);
    const rollbackSha = result.outputs['commit-sha']!;
    commits.R1 = rollbackSha;
    // A new commit on top of the old tip: never a force push.
    expect(await server.git('gitops', ['rev-parse', `${rollbackSha}^`])).toBe(before);
    // The restored tree is D2's, byte for byte (same tree hash), and only that path changed.
    const treeAt = (sha: string) => server.git('gitops', ['rev-parse', `${sha}:apps/web/staging`]);
    expect(await treeAt(rollbackSha)).toBe(await treeAt(commits.D2!));
    expect(await server.git('gitops', ['diff', '--name-only', before, rollbackSha])).toBe(
      'apps/web/staging/config.yaml\napps/web/staging/deployment.yaml',
    );
    expect(await server.git('gitops', ['show', `${rollbackSha}:apps/web/staging/config.yaml`])).toBe(
      'apiVersion: v1\r\nkind: ConfigMap\r\nrelease: D2\r\nbinary: "\u00e9\u0001"',
    );
    const message = await server.git('gitops', ['log', '-1', '--format=%B', rollbackSha]);
    expect(message).toContain(`Shipgate-Rollback-Of: ${commits.D3}`);
    expect(message).toContain(`Shipgate-Rollback-To: ${commits.D2}`);
    expect(message).toContain('Shipgate-Reason: error rate above 5%');
    expect(message).toContain(`Shipgate-Image: ${imageOf(2)}`);
    expect(message).toContain('Shipgate-Source: acme/web@a222222');
    expect(await server.git('gitops', ['log', '-1', '--format=%cI', rollbackSha])).toBe('2026-11-03T17:30:00+00:00');
    expect(result.summary).toContain('Rollback of web in staging');
  });

  test('the rollback sticks: the rolled-back source and older are refused, a newer source proceeds', async () => {
    const tip = await server.git('gitops', ['rev-parse', 'main']);
    const rerun = await deploy(
      'D3-rerun',
      'staging',
      '2026-11-04T09:00:00Z',
      { sha: 'a333333', time: '2026-11-03T13:00:00Z' },
      3,
    );
    expect(rerun.refused).toMatch(/was rolled back/);
    const older = await deploy(
      'D2b',
      'staging',
      '2026-11-04T09:30:00Z',
      { sha: 'a2bbbbb', time: '2026-11-03T10:00:00Z' },
      5,
    );
    expect(older.refused).toBeDefined();
    expect(await server.git('gitops', ['rev-parse', 'main'])).toBe(tip);
    const newer = await deploy(
      'D4',
      'staging',
      '2026-11-05T08:00:00Z',
      { sha: 'a444444', time: '2026-11-05T04:00:00Z' },
      4,
    );
    expect(newer.refused).toBeUndefined();
    expect(newer.changed).toBe(true);
  });

  test("the report's metrics equal the ones computed by hand", async () => {
    const result = await runActionBundle('deployment-report', {
      app: 'web',
      environments: 'staging, qa, production',
      since: '2026-11-01',
      until: '2026-11-08',
      repository,
      token: server.token,
    });
    expect(result.exitCode, result.log).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as DeploymentReport;
    expect(report.since).toBe('2026-11-01T00:00:00.000Z');
    expect(report.until).toBe('2026-11-08T00:00:00.000Z');
    const [staging, qa, production] = report.environments;

    // staging: D1 D2 D3 D4 in the window (D0 before it, R1 a rollback, the refused re-run no commit).
    expect(staging!.metrics).toEqual({
      deploys: 4,
      rollbacks: 1,
      deploysPerDay: 4 / 7,
      deploysPerWeek: 4,
      // lead times 1, 3, 2, 4 h → sorted 1 2 3 4: median (2+3)/2, p90 at rank 0.9·3 = 2.7 → 3 + 0.7·1
      leadTime: { samples: 4, medianMs: 2.5 * HOUR, p90Ms: 3.7 * HOUR },
      // D3 was rolled back
      failedDeploys: 1,
      changeFailureRate: 1 / 4,
      // R1 17:30 − D3 15:00
      timeToRestore: { samples: 1, medianMs: 2.5 * HOUR },
      // R1 is the only unplanned deployment of five (no hotfix marked)
      hotfixes: 0,
      reworkRate: 1 / 5,
    });
    expect(staging!.deploysPerDay.map((day) => day.deploys)).toEqual([1, 1, 1, 0, 1, 0, 0]);
    expect(staging!.history.map((row) => [row.commitSha, row.kind])).toEqual([
      [commits.D4, 'deploy'],
      [commits.R1, 'rollback'],
      [commits.D3, 'deploy'],
      [commits.D2, 'deploy'],
      [commits.D1, 'deploy'],
    ]);
    expect(staging!.history[1]).toMatchObject({
      imageDigests: [digestOf(2)],
      source: 'acme/web@a222222',
      rollbackOf: commits.D3,
      rollbackTo: commits.D2,
      reason: 'error rate above 5%',
    });
    expect(staging!.history[0]).toMatchObject({ time: '2026-11-05T08:00:00.000Z', scanVerdict: 'pass', approvers: [] });

    expect(qa!.metrics).toMatchObject({
      deploys: 1,
      changeFailureRate: 0,
      leadTime: { samples: 1, medianMs: 2 * HOUR, p90Ms: 2 * HOUR },
      timeToRestore: { samples: 0, medianMs: null },
    });
    expect(production!.metrics).toMatchObject({ deploys: 0, changeFailureRate: null });
    expect(production!.current).toBeUndefined();

    expect(result.summary).toContain('| staging | 4 | 0.57 | 2h 30m / 3h 42m | 25% (1/4) | 2h 30m |');
    expect(result.summary).toContain('    bar [1, 1, 1, 0, 1, 0, 0]');
    expect(result.summary).toContain('rollback to');
    expect(result.log).not.toContain(server.token);
  });

  test.each([
    [
      { app: 'wbe', environments: 'staging' },
      'Input "app" names "wbe", which has no deploys in this repository; the apps deployed are web.',
    ],
    [
      { app: 'web', environments: 'stagin, qa' },
      'Input "environments" names "stagin", where web has no deploys; web is deployed to qa, staging.',
    ],
  ])('a misspelt name (%j) is named with the ones that exist', async (inputs, warning) => {
    const result = await runActionBundle('deployment-report', { ...inputs, repository, token: server.token });
    expect(result.exitCode, result.log).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([warning]);
  });

  test.each([
    [{ since: 'last week' }, /Input "since" must be a duration like 30d/],
    [{ until: 'tomorrow' }, /Input "until" must be an ISO date/],
    [{ environments: 'qa, qa' }, /Input "environments" lists "qa" twice\./],
    [{ environments: '' }, /Input "environments" is required\./],
  ])('refuses %j before reading anything', async (inputs, message) => {
    const result = await runActionBundle('deployment-report', {
      app: 'web',
      environments: 'staging',
      repository,
      token: server.token,
      ...inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(message);
  });
});
