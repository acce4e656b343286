import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeploymentReport } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';
import { type Build, LocalPipeline, missingTools, type Render, SAMPLE_APP } from './local-pipeline';

const ACTIONS = [
  'build-image',
  'scan-image',
  'render-manifests',
  'approval-gate',
  'gitops-commit',
  'promote',
  'rollback',
  'deployment-report',
];
const missingBundles = ACTIONS.filter((name) => !existsSync(join(repoRoot, 'actions', name, 'dist', 'index.js')));
const missing = await missingTools();
const ready = missing.length === 0 && missingBundles.length === 0;

// buildah's own settings for an unprivileged container without overlayfs; the action sets neither.
const BUILDAH_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

/** A trailer holding a time, as epoch milliseconds (writers may normalise the ISO 8601 form). */
function trailerTime(trailers: string | undefined, key: string): number | undefined {
  const match = new RegExp(`^${key}: (.+)$`, 'm').exec(trailers ?? '');
  return match ? Date.parse(match[1]!) : undefined;
}

test('the machine has what the end-to-end test needs', () => {
  expect(missing.map((entry) => `${entry.tool}: ${entry.install}`)).toEqual([]);
  expect(missingBundles, 'run `npm run build`').toEqual([]);
});

describe.runIf(ready)('build-scan-deploy through the action bundles', () => {
  let workDir: string;
  let savedTmpdir: string | undefined;
  let pipeline: LocalPipeline;
  let first: Build;
  let firstScan: { scanRecord: string; verdict: string };
  let productionRender: Render;

  const envPath = (environment: string) => pipeline.environmentPath(environment);
  const deployCommits = async (environment: string) =>
    (await pipeline.gitopsLog()).filter((entry) => entry.trailers.includes(`Shipgate-Environment: ${environment}`));
  const deployedImages = (environment: string) =>
    pipeline.git.git('gitops', ['grep', '-h', 'image:', 'main', '--', envPath(environment)]);

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'shipgate-e2e-'));
    // The action runs' own temp dirs go under workDir too, so afterAll removes everything.
    savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = join(workDir, 'tmp');
    await mkdir(process.env.TMPDIR);
    pipeline = await LocalPipeline.start({ workDir, env: BUILDAH_ENV });
  }, 120_000);

  afterAll(async () => {
    await pipeline?.stop();
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  test('build, scan, then dev and staging commits with the deployment trailers', async () => {
    first = await pipeline.build();
    expect(first.imageRef).toMatch(
      new RegExp(`^${pipeline.registry.host}/shipgate/${SAMPLE_APP}@sha256:[0-9a-f]{64}$`),
    );

    firstScan = await pipeline.scan(first);
    expect(firstScan.verdict).toBe('pass');

    for (const environment of ['dev', 'staging']) {
      const render = await pipeline.render(environment, first.imageRef);
      const commit = await pipeline.commit(environment, {
        render,
        imageRef: first.imageRef,
        scanRecord: firstScan.scanRecord,
        source: first.source,
      });
      expect(commit.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
      const [latest] = await deployCommits(environment);
      expect(latest?.sha).toBe(commit.outputs['commit-sha']);
      expect(latest?.trailers).toContain(`Shipgate-App: ${SAMPLE_APP}`);
      expect(latest?.trailers).toContain(`Shipgate-Image: ${first.imageRef}`);
      expect(latest?.trailers).toMatch(/Shipgate-Scan: pass; trivy 0\.58\.1; critical=0 high=0 medium=2/);
      expect(latest?.trailers).toContain(`Shipgate-Config-Hash: ${render.configHash}`);
      expect(latest?.trailers).toContain(`Shipgate-Source: acme/web@${first.source.sha}`);
      expect(trailerTime(latest?.trailers, 'Shipgate-Source-Time')).toBe(Date.parse(first.source.time));
    }
    expect(await deployedImages('staging')).toContain(first.imageRef);
  }, 300_000);

  test('production waits for two approvers in an issue, then commits with the approval record', async () => {
    const checkout = await pipeline.checkoutGitops();
    productionRender = await pipeline.render('production', first.imageRef, join(checkout, envPath('production')));
    const approval = await pipeline.approve(
      'production',
      { imageRef: first.imageRef, render: productionRender, scanRecord: firstScan.scanRecord, source: first.source },
      [
        { login: 'alice', body: '/approve' },
        { login: 'bob', body: '/approve looks good' },
      ],
    );
    expect(approval).toMatchObject({ approved: true, status: 'approved' });
    expect(approval.issueBody).toContain(first.digest);
    expect(approval.issueBody).toContain(productionRender.configHash);
    const record = JSON.parse(await readFile(approval.approvalRecord, 'utf8')) as {
      approvers: Array<{ login: string }>;
    };
    expect(record.approvers.map((entry) => entry.login).sort()).toEqual(['alice', 'bob']);

    const commit = await pipeline.commit('production', {
      render: productionRender,
      imageRef: first.imageRef,
      scanRecord: firstScan.scanRecord,
      approvalRecord: approval.approvalRecord,
      source: first.source,
    });
    const [latest] = await deployCommits('production');
    expect(latest?.sha).toBe(commit.outputs['commit-sha']);
    expect(latest?.trailers).toContain('Approved-by: alice');
    expect(latest?.trailers).toContain('Approved-by: bob');
    // The trail points at the evidence gitops-commit re-read, and at the policy it applied.
    expect(latest?.trailers).toMatch(
      /Shipgate-Approval: https:\/\/github\.com\/acme\/web\/issues\/\d+#issuecomment-\d+\nShipgate-Approval: https:/,
    );
    expect(latest?.trailers).toMatch(/Shipgate-Policy: [0-9a-f]{40}/);
    expect(await deployedImages('production')).toContain(first.imageRef);
    pipeline.github.assertNoViolations();
  }, 300_000);

  test('a production commit without an approval record is refused', async () => {
    const before = await pipeline.gitopsTree(envPath('production'));
    const result = await pipeline.commit(
      'production',
      { render: productionRender, imageRef: first.imageRef, scanRecord: firstScan.scanRecord, source: first.source },
      { allowFailure: true },
    );
    expect(result.exitCode).not.toBe(0);
    expect(await pipeline.gitopsTree(envPath('production'))).toBe(before);
  }, 120_000);

  test('two pipelines deploying at once both land, one commit each, nothing overwritten', async () => {
    const second = await pipeline.build('second');
    const third = await pipeline.build('third');
    expect(new Set([first.digest, second.digest, third.digest]).size).toBe(3);
    const secondScan = await pipeline.scan(second);
    const thirdScan = await pipeline.scan(third);
    const commitsBefore = (await pipeline.gitopsLog()).length;

    // Two pipelines at once, each to its own environment, racing for the same branch.
    const deploy = async (environment: string, build: Build, scanRecord: string) => {
      const render = await pipeline.render(environment, build.imageRef);
      return pipeline.commit(environment, { render, imageRef: build.imageRef, scanRecord, source: build.source });
    };
    const [dev, staging] = await Promise.all([
      deploy('dev', second, secondScan.scanRecord),
      deploy('staging', third, thirdScan.scanRecord),
    ]);
    expect(dev.exitCode).toBe(0);
    expect(staging.exitCode).toBe(0);
    expect((await pipeline.gitopsLog()).length).toBe(commitsBefore + 2);
    expect((await deployCommits('dev'))[0]?.trailers).toContain(`Shipgate-Image: ${second.imageRef}`);
    expect((await deployCommits('staging'))[0]?.trailers).toContain(`Shipgate-Image: ${third.imageRef}`);
    expect(await deployedImages('dev')).toContain(second.imageRef);
    expect(await deployedImages('staging')).toContain(third.imageRef);
  }, 600_000);

  test('two pipelines deploying to the same environment at once: the newer source wins, never the older', async () => {
    const older = await pipeline.build('fourth');
    // Source times have one-second precision; keep the two commits apart.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const newer = await pipeline.build('fifth');
    expect(Date.parse(newer.source.time)).toBeGreaterThan(Date.parse(older.source.time));
    const [olderScan, newerScan] = [await pipeline.scan(older), await pipeline.scan(newer)];
    const [olderRender, newerRender] = [
      await pipeline.render('dev', older.imageRef),
      await pipeline.render('dev', newer.imageRef),
    ];
    const [newerResult, olderResult] = await Promise.all([
      pipeline.commit('dev', {
        render: newerRender,
        imageRef: newer.imageRef,
        scanRecord: newerScan.scanRecord,
        source: newer.source,
      }),
      pipeline.commit(
        'dev',
        { render: olderRender, imageRef: older.imageRef, scanRecord: olderScan.scanRecord, source: older.source },
        { allowFailure: true },
      ),
    ]);
    expect(newerResult.exitCode).toBe(0);
    // The older one either landed first (and was then replaced) or was refused as stale; both exit 0.
    const [latest] = await deployCommits('dev');
    expect(latest?.sha).toBe(newerResult.outputs['commit-sha']);
    expect(latest?.trailers).toContain(`Shipgate-Image: ${newer.imageRef}`);
    expect(await deployedImages('dev')).toContain(newer.imageRef);
    expect(olderResult.exitCode).toBe(0);
    if (olderResult.outputs.changed === 'false') expect(olderResult.log).toContain('older than the deployed');

    // And a late retry of the older pipeline is refused, not deployed over the newer one.
    const retry = await pipeline.commit('dev', {
      render: olderRender,
      imageRef: older.imageRef,
      scanRecord: olderScan.scanRecord,
      source: older.source,
    });
    expect(retry.outputs.changed).toBe('false');
    expect(retry.log).toContain('older than the deployed');
    expect((await deployCommits('dev'))[0]?.sha).toBe(newerResult.outputs['commit-sha']);
  }, 600_000);

  test('a denied approval leaves production untouched', async () => {
    const promoted = await pipeline.promote('staging', 'production');
    const checkout = await pipeline.checkoutGitops();
    const render = await pipeline.render('production', promoted.imageRef, join(checkout, envPath('production')));
    const before = await pipeline.gitopsTree(envPath('production'));
    const approval = await pipeline.approve('production', { imageRef: promoted.imageRef, render }, [
      { login: 'alice', body: '/approve' },
      { login: 'bob', body: '/deny not during the sale' },
    ]);
    expect(approval).toMatchObject({ approved: false, status: 'denied' });
    expect(approval.result.exitCode).not.toBe(0);
    if (approval.approvalRecord) {
      const refused = await pipeline.commit(
        'production',
        { render, imageRef: promoted.imageRef, approvalRecord: approval.approvalRecord, source: promoted },
        { allowFailure: true },
      );
      expect(refused.exitCode).not.toBe(0);
    }
    expect(await pipeline.gitopsTree(envPath('production'))).toBe(before);
  }, 300_000);

  test('promote staging to production: the same digest and source, approved, committed', async () => {
    const promoted = await pipeline.promote('staging', 'production');
    expect(promoted.attestations).toMatch(
      /^provenance, scan \(pass [^)]+\); signer https:\/\/github\.com\/acme\/web\//,
    );
    expect((await deployCommits('staging'))[0]?.trailers).toContain(`Shipgate-Image: ${promoted.imageRef}`);
    const checkout = await pipeline.checkoutGitops();
    const render = await pipeline.render('production', promoted.imageRef, join(checkout, envPath('production')));
    expect(render.changed).toBe('true');
    const approval = await pipeline.approve('production', { imageRef: promoted.imageRef, render }, [
      { login: 'alice', body: '/approve' },
      { login: 'bob', body: '/approve' },
    ]);
    expect(approval.approved).toBe(true);
    await pipeline.commit('production', {
      render,
      imageRef: promoted.imageRef,
      approvalRecord: approval.approvalRecord,
      message: 'Promote sample-app from staging to production',
      source: promoted,
    });
    const [latest] = await deployCommits('production');
    expect(latest?.subject).toBe('Promote sample-app from staging to production');
    expect(latest?.trailers).toContain(`Shipgate-Image: ${promoted.imageRef}`);
    // The promoted deploy keeps the source it was built from, not the promoting run's.
    expect(latest?.trailers).toContain(`Shipgate-Source: ${promoted.source}`);
    expect(trailerTime(latest?.trailers, 'Shipgate-Source-Time')).toBe(Date.parse(promoted.sourceTime));
    // ...and the scan verdict it was deployed with, so production can be promoted from in turn.
    expect(promoted.scan).toMatch(/^pass; /);
    expect(latest?.trailers).toContain(`Shipgate-Scan: ${promoted.scan}`);
    expect(await deployedImages('production')).toContain(promoted.imageRef);
    pipeline.github.assertNoViolations();
  }, 300_000);

  test('roll staging back, and the report counts the deploys and the rollback', async () => {
    const [current, previous] = await deployCommits('staging');
    const rollback = await pipeline.rollback('staging', 'e2e: the third build broke checkout');
    expect(rollback.outputs['rolled-back-to']).toBe(previous?.sha);
    const [latest] = await deployCommits('staging');
    expect(latest?.sha).toBe(rollback.outputs['commit-sha']);
    expect(latest?.trailers).toContain(`Shipgate-Rollback-Of: ${current?.sha}`);
    expect(latest?.trailers).toContain(`Shipgate-Rollback-To: ${previous?.sha}`);
    expect(latest?.trailers).toContain('Shipgate-Reason: e2e: the third build broke checkout');
    // The rollback restores exactly the files of the earlier deploy.
    expect(await pipeline.gitopsTree(envPath('staging'))).toBe(
      await pipeline.git.git('gitops', ['rev-parse', `${previous?.sha}:${envPath('staging')}`]),
    );

    const report = await pipeline.report(['dev', 'staging', 'production']);
    const reportJson = await readFile(report.reportFile, 'utf8');
    expect(reportJson).toContain(rollback.outputs['commit-sha']!);
    expect(report.summary).toMatch(/\| staging \| 2 \|/);
    expect(report.summary).toMatch(/\| production \| 2 \|/);
    // Judged as verify-deployments judges, with the same trust: every deploy so far verifies,
    // production's signed scan passes included.
    const environments = (JSON.parse(reportJson) as DeploymentReport).environments;
    expect(
      environments.map((env) => [env.environment, env.verification?.unverifiable, env.verification?.notVerified]),
    ).toEqual([
      ['dev', 0, undefined],
      ['staging', 0, undefined],
      ['production', 0, undefined],
    ]);
    expect(environments.every((env) => env.verification && env.verification.verified === env.verification.judged)).toBe(
      true,
    );
    expect(report.summary).not.toContain('could not be verified');
  }, 300_000);

  test('a production rollback is approved for exactly the deploy it restores (as rollback.yml does)', async () => {
    const [current, target] = await deployCommits('production');
    expect(target).toBeDefined();
    // What rollback.yml reads from the target deploy's trailers before asking for approval.
    const trailerValues = (key: string) =>
      [...(target?.trailers ?? '').matchAll(new RegExp(`^${key}: (.+)$`, 'gm'))].map((match) => match[1]!);
    const imageRef = trailerValues('Shipgate-Image').join('\n');
    const configHash = trailerValues('Shipgate-Config-Hash')[0] ?? '';

    const unapproved = await pipeline.rollback(
      'production',
      'e2e: no approval',
      { to: target!.sha },
      { allowFailure: true },
    );
    expect(unapproved.exitCode).not.toBe(0);
    expect((await deployCommits('production'))[0]?.sha).toBe(current?.sha);

    const approval = await pipeline.approve(
      'production',
      { imageRef, render: { configHash, outputDir: '', diffFile: '', changed: '' } },
      [
        { login: 'alice', body: '/approve' },
        { login: 'bob', body: '/approve roll it back' },
      ],
    );
    expect(approval.approved).toBe(true);
    const rollback = await pipeline.rollback('production', 'e2e: checkout errors after the promotion', {
      to: target!.sha,
      'approval-record': approval.approvalRecord,
    });
    expect(rollback.outputs['rolled-back-to']).toBe(target?.sha);
    const [latest] = await deployCommits('production');
    expect(latest?.sha).toBe(rollback.outputs['commit-sha']);
    expect(latest?.trailers).toContain('Approved-by: alice');
    expect(latest?.trailers).toContain(`Shipgate-Rollback-To: ${target?.sha}`);
    expect(await pipeline.gitopsTree(envPath('production'))).toBe(
      await pipeline.git.git('gitops', ['rev-parse', `${target?.sha}:${envPath('production')}`]),
    );
    pipeline.github.assertNoViolations();
  }, 300_000);

  test('verify-deployments over the GitOps repository catches the one hand-made commit', async () => {
    await pipeline.ensurePolicy();
    const handMade = await pipeline.handMadeCommit('production');
    const result = await pipeline.verify();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'fail', violations: '1' });
    expect(result.annotations.filter((a) => a.message.startsWith('Violation:')).map((a) => a.message)).toEqual([
      `Violation: ${handMade.slice(0, 12)} (production): it changes ${envPath('production')} without Shipgate trailers, so it is no Shipgate deploy.`,
    ]);
  }, 120_000);
});
