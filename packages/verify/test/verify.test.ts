import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestCommentFor, requestSubject } from '@shipgate/approvals';
import { keylessTrust } from '@shipgate/attest';
import { createGitHubClient, createMemoryRuntime, type GitHubClient } from '@shipgate/core';
import { gitopsRepositoryIdentity } from '@shipgate/gitops';
import { buildDeploymentReport, readDeployments, renderReportSummary } from '@shipgate/trail';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { recordPushes } from '../../../test/support/activity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { startSigstore } from '../../../test/support/sigstore';
import {
  evidenceSources,
  GitHubActivity,
  GitHubEvidenceChecker,
  parseRange,
  type ScanEvidenceProblem,
  scanEvidenceVerifier,
  type VerifyReport,
  verifiedDeploysOf,
  verifyDeployments,
} from '../src';
import { deployMessage, digest, History, image, POLICY, rendered, sshKey } from './history';

let server: GitServer;
let api: GitHubApi;
let repoCount = 0;
const histories: History[] = [];

beforeAll(async () => {
  server = await startGitServer();
});
afterAll(async () => {
  for (const history of histories) await history.remove();
  await server.stop();
});
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  await api.stop();
});

async function history(files: Record<string, string> = { '.shipgate/policy.yaml': POLICY }): Promise<History> {
  const created = await History.create(server, `gitops-${++repoCount}`, files);
  histories.push(created);
  return created;
}

/**
 * A real issue-mode approval in acme/web: the request comment names the GitOps repository, app,
 * environment, path, image and hash; approvers answer after it.
 */
function approve(
  target: History,
  imageRef: string,
  configHash: string,
  approvers: string[],
  requester = 'carol',
): string[] {
  const issue = api.state.addIssue({
    owner: 'acme',
    repo: 'web',
    title: 'Deploy web to production',
    author: requester,
    body: `| Image | \`${imageRef}\` |`,
  });
  const where = { owner: 'acme', repo: 'web' };
  const subject = requestSubject({
    repository: gitopsRepositoryIdentity(target.url),
    app: 'web',
    environment: 'production',
    path: 'apps/web/production',
    imageRefs: [imageRef],
    configHash,
  });
  api.state.addComment(issue.number, requester, requestCommentFor(subject), where);
  return approvers.map((login) => {
    const comment = api.state.addComment(issue.number, login, '/approve', where);
    return `https://github.com/acme/web/issues/${issue.number}#issuecomment-${comment.id}`;
  });
}

/** GitHub's record of the pushes to `target` so far, as its activity API serves it. */
async function activityOf(target: History, client: GitHubClient, at?: string): Promise<GitHubActivity> {
  await recordPushes(api, server, { name: target.name, owner: 'acme', repo: target.name, actor: 'deployer' }, { at });
  return new GitHubActivity(client, { owner: 'acme', repo: target.name });
}

async function verify(
  target: History,
  range = '',
  options: { now?: Date; scanEvidence?: ScanEvidenceProblem } = {},
): Promise<{ report: VerifyReport; runtime: ReturnType<typeof createMemoryRuntime> }> {
  const runtime = createMemoryRuntime();
  const client = createGitHubClient({ token: api.token, baseUrl: api.url, attempts: 2, baseDelayMs: 0, maxDelayMs: 0 });
  const activity = await activityOf(target, client);
  const report = await verifyDeployments({
    activity,
    ...options,
    repository: target.url,
    token: server.token,
    exec: runtime.exec,
    log: runtime.log,
    setSecret: runtime.setSecret,
    tempDir: await mkdtemp(join(tmpdir(), 'verify-run-')),
    range: parseRange(range, new Date()),
    evidence: new GitHubEvidenceChecker(client, runtime.log),
  });
  return { report, runtime };
}

async function deployStaging(target: History, c = 'a'): Promise<string> {
  const r = rendered('web', 'staging', image(c));
  return target.commit({
    files: r.files,
    message: deployMessage({ app: 'web', environment: 'staging', imageRef: image(c), configHash: r.configHash }),
  });
}

async function deployProduction(target: History, c = 'a', extra: Partial<Parameters<typeof deployMessage>[0]> = {}) {
  const r = rendered('web', 'production', image(c));
  const approvals = approve(target, image(c), r.configHash, ['alice', 'bob']);
  return target.commit({
    files: r.files,
    message: deployMessage({
      app: 'web',
      environment: 'production',
      imageRef: image(c),
      configHash: r.configHash,
      approvals,
      approvedBy: ['alice', 'bob'],
      ...extra,
    }),
  });
}

function violations(report: VerifyReport) {
  return report.commits.filter((finding) => finding.verdict !== 'pass');
}

describe('verify-deployments over the test git server and API', () => {
  test('a clean history verifies, and a policy change is reported with who made it', async () => {
    const target = await history();
    await deployStaging(target);
    await deployProduction(target);
    await target.commit({
      files: { '.shipgate/policy.yaml': POLICY.replace('max-age: 24h', 'max-age: 12h') },
      message: 'Tighten max-age',
      author: 'Platform Pat <pat@example.com>',
    });
    await deployProduction(target, 'b');
    const { report } = await verify(target);
    expect(violations(report)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.environments).toEqual({
      staging: { verified: 1, judged: 1 },
      production: { verified: 2, judged: 2 },
    });
    const change = report.commits.find(
      (finding) => finding.kind === 'policy-change' && finding.subject === 'Tighten max-age',
    );
    expect(change?.reason).toBe(
      'a policy change to .shipgate/policy.yaml by Platform Pat <pat@example.com>, committed by Platform Pat <pat@example.com>',
    );
    expect(report.commits.filter((f) => f.environment === 'production').map((f) => f.approvers)).toEqual([
      ['alice', 'bob'],
      ['alice', 'bob'],
    ]);
    // One GraphQL query for the comments of every request issue of the range (which hold the
    // requests), and one read of the branch's activity for the whole range.
    expect(api.requests.map((r) => r.operationId).sort()).toEqual([
      'graphql',
      'repos/list-activities',
      'users/get-authenticated',
    ]);
    api.assertNoViolations();
  });

  test('a hand-made commit to a production path is one violation', async () => {
    const target = await history();
    await deployProduction(target);
    const r = rendered('web', 'production', image('c'), 50);
    const sha = await target.commit({ files: r.files, message: 'quick fix: 50 replicas' });
    const { report, runtime } = await verify(target);
    expect(violations(report)).toEqual([
      expect.objectContaining({
        commit: sha,
        environment: 'production',
        verdict: 'fail',
        reason: 'it changes apps/web/production without Shipgate trailers, so it is no Shipgate deploy',
      }),
    ]);
    expect(report.verdict).toBe('fail');
    expect(runtime.logs.filter((entry) => entry.level === 'error')).toHaveLength(1);
  });

  test('forged Approved-by trailers without evidence are one violation', async () => {
    const target = await history();
    const r = rendered('web', 'production', image('a'));
    await target.commit({
      files: r.files,
      message: deployMessage({
        app: 'web',
        environment: 'production',
        imageRef: image('a'),
        configHash: r.configHash,
        approvedBy: ['alice', 'bob'],
      }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      'it records no Shipgate-Approval evidence, and production requires 2 approval(s)',
    ]);
  });

  test('Shipgate-Approval pointing at nothing, or at another request, is one violation each', async () => {
    const target = await history();
    const r = rendered('web', 'production', image('a'));
    const otherRequest = approve(target, image('f'), r.configHash, ['alice', 'bob']);
    await target.commit({
      files: r.files,
      message: deployMessage({
        app: 'web',
        environment: 'production',
        imageRef: image('a'),
        configHash: r.configHash,
        approvals: otherRequest,
        approvedBy: ['alice', 'bob'],
      }),
    });
    const missing = 'https://github.com/acme/web/issues/999#issuecomment-1';
    await target.commit({
      files: rendered('web', 'production', image('b')).files,
      message: deployMessage({
        app: 'web',
        environment: 'production',
        imageRef: image('b'),
        configHash: rendered('web', 'production', image('b')).configHash,
        approvals: [missing, missing],
        approvedBy: ['alice', 'bob'],
      }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      `the request comment https://github.com/acme/web/issues/1#issuecomment-${api.state.comments[0]?.id} asks to approve image ${digest('f')}, not the ${digest('a')} being committed`,
      `its evidence ${missing} does not exist (GitHub API call POST /graphql failed: 404 Could not resolve to an Issue with the number of 999)`,
    ]);
  });

  test('a deploy whose files do not hash to its config hash is one violation', async () => {
    const target = await history();
    const approvedRender = rendered('web', 'production', image('a'));
    const approvals = approve(target, image('a'), approvedRender.configHash, ['alice', 'bob']);
    const edited = rendered('web', 'production', image('a'), 50);
    await target.commit({
      files: edited.files,
      message: deployMessage({
        app: 'web',
        environment: 'production',
        imageRef: image('a'),
        configHash: approvedRender.configHash,
        approvals,
        approvedBy: ['alice', 'bob'],
      }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      `the files of apps/web/production hash to ${edited.configHash}, not to its Shipgate-Config-Hash ${approvedRender.configHash}`,
    ]);
  });

  test('a commit that edits two environments is one violation', async () => {
    const target = await history();
    const staging = rendered('web', 'staging', image('a'));
    const production = rendered('web', 'production', image('a'));
    await target.commit({
      files: { ...staging.files, ...production.files },
      message: deployMessage({
        app: 'web',
        environment: 'staging',
        imageRef: image('a'),
        configHash: staging.configHash,
      }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      'it changes 2 environment paths, apps/web/production (production), apps/web/staging (staging), where a deploy changes exactly one',
    ]);
  });

  test('a commit that loosens the policy and deploys in the same change is judged by the old policy', async () => {
    const target = await history();
    const loose = POLICY.replace(/ {4}approvals:.*\n/, '');
    const r = rendered('web', 'production', image('a'));
    await target.commit({
      files: { ...r.files, '.shipgate/policy.yaml': loose },
      message: deployMessage({ app: 'web', environment: 'production', imageRef: image('a'), configHash: r.configHash }),
    });
    // The same deploy after the loosening landed on its own is judged by the new policy.
    const s = rendered('web', 'production', image('b'));
    await target.commit({
      files: s.files,
      message: deployMessage({ app: 'web', environment: 'production', imageRef: image('b'), configHash: s.configHash }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      'it records no Shipgate-Approval evidence, and production requires 2 approval(s)',
    ]);
  });

  test('an API outage is "could not verify" and fails the verdict', async () => {
    const target = await history();
    await deployProduction(target);
    api.failNext({ status: 503, times: 10, match: { path: '/graphql' } });
    const { report } = await verify(target);
    expect(report.verdict).toBe('fail');
    expect(report.violations).toBe(1);
    const [finding] = violations(report);
    expect(finding).toMatchObject({ environment: 'production', verdict: 'could-not-verify' });
    expect(finding?.reason).toMatch(/^could not verify: GitHub API call POST \/graphql failed: 503 /);
    // A query changes nothing, so it was retried as a GET would be: every attempt met the outage.
    expect(api.requests.filter((request) => request.path === '/graphql').length).toBeGreaterThan(1);
  });

  test('a pull request range verifies only its own commits against the base branch', async () => {
    const target = await history();
    await target.commit({ files: { 'apps/web/production/x.yaml': 'kind: ConfigMap\n' }, message: 'old manual change' });
    await target.git(['checkout', '--quiet', '-b', 'shipgate/web-production']);
    const r = rendered('web', 'production', image('a'));
    const approvals = approve(target, image('a'), r.configHash, ['alice', 'bob']);
    await target.git(['rm', '--quiet', 'apps/web/production/x.yaml']);
    const message = deployMessage({
      app: 'web',
      environment: 'production',
      imageRef: image('a'),
      configHash: r.configHash,
      approvals,
      approvedBy: ['alice', 'bob'],
    });
    const sha = await target.commit({ files: r.files, message });
    // GitHub keeps a pull request's head under refs/pull/<n>/head of the base repository.
    await target.git(['push', '--quiet', 'origin', `${sha}:refs/pull/1/head`]);
    const { report } = await verify(target, '#1');
    expect(report.commits.map((f) => [f.commit, f.verdict])).toEqual([[sha, 'pass']]);
  });
});

describe('no self-approval, judged by the run GitHub recorded', () => {
  // Three approvers, so that with one excluded two can still approve: the policy stays satisfiable.
  const threeApprovers = POLICY.replace('approvers: [alice, bob]', 'approvers: [alice, bob, dave]');
  const RUN = 'https://github.com/acme/web/actions/runs/4242';
  /** Reads of runs: the repository's list of runs, or one run on its own. */
  const runReads = () =>
    [...api.requestsTo('actions/list-workflow-runs-for-repo'), ...api.requestsTo('actions/get-workflow-run')].map(
      (request) => request.operationId,
    );

  /** alice and bob approve; alice may also be who started the run the commit names. */
  const selfApprovedDeploy = (target: History, run: string | undefined, c = 'a') =>
    deployProduction(target, c, run ? { extra: [`Shipgate-Run: ${run}`] } : {});

  test.each([
    ['actor', { actor: 'alice', triggeringActor: 'carol' }],
    ['triggering actor', { actor: 'carol', triggeringActor: 'alice' }],
  ])("an approver who is the run's %s approving their own deploy is one violation", async (_who, actors) => {
    const target = await history({ '.shipgate/policy.yaml': threeApprovers });
    api.state.addRun({ owner: 'acme', repo: 'web', id: 4242, status: 'completed', conclusion: 'success', ...actors });
    const sha = await selfApprovedDeploy(target, RUN);
    const { report } = await verify(target);
    expect(violations(report)).toEqual([
      expect.objectContaining({ commit: sha, environment: 'production', verdict: 'fail' }),
    ]);
    const [finding] = violations(report);
    expect(finding?.reason).toMatch(/1 of 2 approval\(s\) count/);
    expect(finding?.reason).toMatch(/alice's \/approve \([^)]*own/);
    expect(finding?.reason).not.toMatch(/\.\s+\S/);
    expect(runReads()).toEqual(['actions/list-workflow-runs-for-repo']);
    api.assertNoViolations();
  });

  test("the same approvals verify when neither of the run's actors approved, the run read once per range", async () => {
    const target = await history({ '.shipgate/policy.yaml': threeApprovers });
    api.state.addRun({
      owner: 'acme',
      repo: 'web',
      id: 4242,
      status: 'completed',
      conclusion: 'success',
      actor: 'carol',
    });
    await selfApprovedDeploy(target, RUN, 'a');
    await selfApprovedDeploy(target, RUN, 'b');
    const { report } = await verify(target);
    expect(violations(report)).toEqual([]);
    expect(report.commits.filter((f) => f.environment === 'production').map((f) => f.approvers)).toEqual([
      ['alice', 'bob'],
      ['alice', 'bob'],
    ]);
    expect(runReads()).toEqual(['actions/list-workflow-runs-for-repo']);
    api.assertNoViolations();
  });

  test('a Shipgate-Run naming a run GitHub does not have is one violation; an unreadable run is "could not verify"', async () => {
    const target = await history({ '.shipgate/policy.yaml': threeApprovers });
    const sha = await selfApprovedDeploy(target, RUN);
    const missing = await verify(target);
    expect(violations(missing.report)).toEqual([
      expect.objectContaining({
        commit: sha,
        verdict: 'fail',
        reason: `its Shipgate-Run ${RUN} names a workflow run that does not exist`,
      }),
    ]);
    api.state.addRun({ owner: 'acme', repo: 'web', id: 4242, actor: 'carol' });
    api.failNext({ status: 502, times: 20, match: { path: '/actions/runs' } });
    const outage = await verify(target);
    expect(outage.report.verdict).toBe('fail');
    expect(violations(outage.report)).toEqual([expect.objectContaining({ commit: sha, verdict: 'could-not-verify' })]);
    expect(violations(outage.report)[0]?.reason).toMatch(/^could not verify who started its run: .*502/);
  });

  test('a deploy that names no run is not failed for that alone', async () => {
    const target = await history({ '.shipgate/policy.yaml': threeApprovers });
    await selfApprovedDeploy(target, undefined);
    const { report } = await verify(target);
    expect(violations(report)).toEqual([]);
    expect(report.commits.find((finding) => finding.environment === 'production')).toMatchObject({
      verdict: 'pass',
      reason: 'verified',
      approvers: ['alice', 'bob'],
    });
    expect(runReads()).toEqual([]);
  });

  test('allow-self-approval: true does not read the run', async () => {
    const target = await history({
      '.shipgate/policy.yaml': threeApprovers.replace('max-age: 24h', 'max-age: 24h, allow-self-approval: true'),
    });
    api.state.addRun({ owner: 'acme', repo: 'web', id: 4242, actor: 'alice' });
    await selfApprovedDeploy(target, RUN);
    const { report } = await verify(target);
    expect(violations(report)).toEqual([]);
    expect(runReads()).toEqual([]);
  });
});

describe('merge commits', () => {
  test('a merge that only merges is not judged; one that changes a production file itself is one violation', async () => {
    const target = await history();
    await target.git(['checkout', '--quiet', '-b', 'deploy-staging']);
    await deployStaging(target, 'a');
    await target.git(['checkout', '--quiet', 'main']);
    await target.commit({ files: { 'README.md': 'docs\n' }, message: 'Docs' });
    await target.git([
      '-c',
      'user.name=GitHub',
      '-c',
      'user.email=noreply@github.com',
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      'Merge pull request #1',
      'deploy-staging',
    ]);
    await target.git(['checkout', '--quiet', '-b', 'deploy-staging-2', 'deploy-staging']);
    await deployStaging(target, 'b');
    await target.git(['checkout', '--quiet', 'main']);
    await target.git([
      '-c',
      'user.name=GitHub',
      '-c',
      'user.email=noreply@github.com',
      'merge',
      '--quiet',
      '--no-ff',
      '--no-commit',
      'deploy-staging-2',
    ]);
    const sneaked = rendered('web', 'production', image('e'));
    const evil = await target.commit({ files: sneaked.files, message: 'Merge pull request #2' });
    await target.git(['push', '--quiet', 'origin', 'HEAD:main']);
    const { report } = await verify(target);
    expect(violations(report).map((f) => [f.commit, f.reason])).toEqual([
      [
        evil,
        'the merge itself changes apps/web/production/production-deployment-web.yaml, beyond what merging its parents gives',
      ],
    ]);
    expect(report.environments.staging).toEqual({ verified: 2, judged: 2 });
  });
});

describe('freeze windows and promotion', () => {
  const frozen = POLICY.replace(
    '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
    '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n    freeze:\n      - { schedule: "0 0 * * *", duration: 24h, timezone: UTC, reason: always }\n    break-glass: [alice]\n',
  );

  test('a deploy during a freeze without break-glass is one violation; one with an approver breaking the glass verifies', async () => {
    const target = await history({ '.shipgate/policy.yaml': frozen });
    const frozenSha = await deployProduction(target, 'a');
    const glass = await deployProduction(target, 'b', { extra: ['Shipgate-Break-Glass: alice; incident 42'] });
    const stranger = await deployProduction(target, 'c', { extra: ['Shipgate-Break-Glass: mallory; because'] });
    const { report } = await verify(target);
    const reasons = violations(report).map((f) => [f.commit, f.reason]);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]?.[0]).toBe(frozenSha);
    expect(reasons[0]?.[1]).toMatch(
      /^it reached the branch during the freeze of production \(always\) from \S+T00:00:00.000Z to \S+T00:00:00.000Z without Shipgate-Break-Glass$/,
    );
    expect(reasons[1]).toEqual([
      stranger,
      'its Shipgate-Break-Glass names mallory, who is not among its verified approvers',
    ]);
    expect(report.commits.find((f) => f.commit === glass)?.verdict).toBe('pass');
  });

  test('production takes only a digest that ran in staging for the soak time', async () => {
    const policy = POLICY.replace(
      '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
      '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n    promote-from: staging\n    soak: 1s\n',
    );
    const target = await history({ '.shipgate/policy.yaml': policy });
    await deployStaging(target, 'a');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await deployProduction(target, 'a');
    const unsoaked = await deployProduction(target, 'b');
    const { report } = await verify(target);
    expect(violations(report).map((f) => [f.commit, f.reason])).toEqual([
      [unsoaked, `its image ${image('b')} never ran in staging before, and production promotes from staging`],
    ]);
  });

  test('a plain Secret added beside approved manifests fails the render guard', async () => {
    const target = await history();
    const r = rendered('web', 'production', image('a'));
    const secret =
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: production\nstringData:\n  password: hunter2\n';
    const files = { ...r.files, 'apps/web/production/production-secret-db.yaml': secret };
    const { inspectCommittedFiles } = await import('@shipgate/manifests');
    const content = await inspectCommittedFiles([
      ...Object.entries(r.files).map(([path, text]) => ({ name: path.split('/').pop()!, content: text })),
      { name: 'production-secret-db.yaml', content: secret },
    ]);
    const approvals = approve(target, image('a'), content.configHash, ['alice', 'bob']);
    await target.commit({
      files,
      message: deployMessage({
        app: 'web',
        environment: 'production',
        imageRef: image('a'),
        configHash: content.configHash,
        approvals,
        approvedBy: ['alice', 'bob'],
      }),
    });
    const { report } = await verify(target);
    expect(violations(report).map((f) => f.reason)).toEqual([
      `its manifests fail a render guard: ${content.problems[0]?.replace(/\.$/, '')}`,
    ]);
  });
});

describe('the deployment report reads the same trail', () => {
  test('verified counts per environment, and hotfixes and rollbacks in the rework rate', async () => {
    const target = await history();
    await deployStaging(target, 'a');
    await deployProduction(target, 'a');
    await deployProduction(target, 'b', { extra: ['Shipgate-Hotfix: true'] });
    const handMade = await target.commit({
      files: rendered('web', 'production', image('c'), 9).files,
      message: 'hand-made',
    });
    const runtime = createMemoryRuntime();
    const since = new Date(Date.now() - 3_600_000);
    const until = new Date(Date.now() + 60_000);
    const verification = await verifiedDeploysOf({
      repository: target.url,
      token: server.token,
      exec: runtime.exec,
      log: runtime.log,
      tempDir: await mkdtemp(join(tmpdir(), 'verify-run-')),
      app: 'web',
      since,
      until,
      evidence: new GitHubEvidenceChecker(createGitHubClient({ token: api.token, baseUrl: api.url }), runtime.log),
      activity: await activityOf(target, createGitHubClient({ token: api.token, baseUrl: api.url })),
    });
    const reason = 'it changes apps/web/production without Shipgate trailers, so it is no Shipgate deploy';
    expect(verification).toEqual({
      counts: new Map([
        ['staging', { judged: 1, verified: 1, unverifiable: 0 }],
        [
          'production',
          { judged: 3, verified: 2, unverifiable: 0, notVerified: [{ commit: handMade, verdict: 'fail', reason }] },
        ],
      ]),
    });
    const deployments = await readDeployments({ repository: target.url, token: server.token, exec: runtime.exec });
    const report = buildDeploymentReport({
      app: 'web',
      since,
      until,
      histories: new Map([['production', deployments.filter((d) => d.environment === 'production')]]),
      verification: 'counts' in verification ? verification.counts : new Map(),
    });
    expect(report.environments[0]?.metrics).toMatchObject({ deploys: 2, hotfixes: 1, reworkRate: 0.5 });
    const summary = renderReportSummary(report);
    expect(summary).toContain('| time to restore | rework rate | verified |');
    expect(summary).toMatch(/\| production \| 2 \| [\d.]+ \| – \| 0% \(0\/2\) \| – \| 50% \(1\/2\) \| 2 of 3 \|/);
    expect(summary).toContain(`| production | ${handMade.slice(0, 7)} | violation | ${reason} |`);
  });

  test('without a policy the report gets no counts and a notice', async () => {
    const target = await history({ 'README.md': 'no policy\n' });
    await deployStaging(target);
    const runtime = createMemoryRuntime();
    const counts = await verifiedDeploysOf({
      repository: target.url,
      token: server.token,
      exec: runtime.exec,
      log: runtime.log,
      app: 'web',
      since: new Date(Date.now() - 3_600_000),
      until: new Date(Date.now() + 60_000),
      evidence: new GitHubEvidenceChecker(createGitHubClient({ token: api.token, baseUrl: api.url }), runtime.log),
      activity: await activityOf(target, createGitHubClient({ token: api.token, baseUrl: api.url })),
    });
    const why =
      'The GitOps repository has no .shipgate/policy.yaml on main: verify-deployments judges deploys by it; add one (see docs/workflows.md).';
    expect(counts).toEqual({ notCounted: why });
    expect(runtime.logs.filter((entry) => entry.level === 'notice').map((entry) => entry.message)).toEqual([
      `Not counting verified deploys: ${why}`,
    ]);
    const report = buildDeploymentReport({
      app: 'web',
      since: new Date(Date.now() - 3_600_000),
      until: new Date(),
      histories: new Map([['staging', []]]),
      verificationNotCounted: why,
    });
    expect(renderReportSummary(report)).toContain(`Verified deploys are not counted: ${why}`);
  });

  test('a deploy the report cannot verify says why, in the words verify-deployments uses for the same deploy', async () => {
    const scanned = POLICY.replace(
      '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
      '    scan: { require: pass }\n',
    );
    const target = await history({ '.shipgate/policy.yaml': scanned });
    const r = rendered('web', 'production', image('a'));
    const deploy = await target.commit({
      files: r.files,
      message: deployMessage({ app: 'web', environment: 'production', imageRef: image('a'), configHash: r.configHash }),
    });
    const { report: verified } = await verify(target);
    const runtime = createMemoryRuntime();
    const client = createGitHubClient({ token: api.token, baseUrl: api.url });
    const counted = await verifiedDeploysOf({
      repository: target.url,
      token: server.token,
      exec: runtime.exec,
      log: runtime.log,
      app: 'web',
      since: new Date(Date.now() - 3_600_000),
      until: new Date(Date.now() + 60_000),
      ...evidenceSources({
        client,
        authenticated: true,
        log: runtime.log,
        trust: { trust: undefined },
        serverUrl: 'https://github.com',
        repository: target.url,
        githubRepository: `acme/${target.name}`,
      }),
    });
    const [finding] = violations(verified);
    expect([finding?.commit, finding?.verdict]).toEqual([deploy, 'could-not-verify']);
    const reason =
      'could not verify its scan: production requires a signed scan pass and no trusted-root or verify-key is configured';
    expect(finding?.reason).toBe(reason);
    expect(counted).toEqual({
      counts: new Map([
        [
          'production',
          {
            judged: 1,
            verified: 0,
            unverifiable: 1,
            notVerified: [{ commit: deploy, verdict: 'could-not-verify', reason }],
          },
        ],
      ]),
    });
    const summary = renderReportSummary(
      buildDeploymentReport({
        app: 'web',
        since: new Date(Date.now() - 3_600_000),
        until: new Date(Date.now() + 60_000),
        histories: new Map([['production', []]]),
        verification: 'counts' in counted ? counted.counts : new Map(),
      }),
    );
    expect(summary).toContain('| 0 of 1, 1 could not be verified |');
    expect(summary).toContain(`| production | ${deploy.slice(0, 7)} | could not be verified | ${reason} |`);
  });
});

describe('a scan pass is signed evidence of the digest, never the Shipgate-Scan trailer', () => {
  const scanned = POLICY.replace(
    '    approvals: { min: 2, approvers: [alice, bob], max-age: 24h }\n',
    '    scan: { require: pass }\n',
  );

  async function deployClaimingPass(target: History): Promise<string> {
    const r = rendered('web', 'production', image('a'));
    return target.commit({
      files: r.files,
      message: deployMessage({ app: 'web', environment: 'production', imageRef: image('a'), configHash: r.configHash }),
    });
  }

  test('without trust configured, a hand-written "pass" could not be verified', async () => {
    const target = await history({ '.shipgate/policy.yaml': scanned });
    const deploy = await deployClaimingPass(target);
    const { report } = await verify(target);
    expect(violations(report).map((f) => [f.commit, f.verdict, f.reason])).toEqual([
      [
        deploy,
        'could-not-verify',
        'could not verify its scan: production requires a signed scan pass and no trusted-root or verify-key is configured',
      ],
    ]);
  });

  test('with trust, a hand-written "pass" and no signed scan attestation is a violation', async () => {
    const sigstore = await startSigstore();
    try {
      const target = await history({ '.shipgate/policy.yaml': scanned });
      const deploy = await deployClaimingPass(target);
      const client = createGitHubClient({ token: api.token, baseUrl: api.url, attempts: 1 });
      const scanEvidence = scanEvidenceVerifier({
        client,
        trust: keylessTrust(JSON.stringify(sigstore.trustedRoot)),
        identity: 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main',
      });
      const { report } = await verify(target, '', { scanEvidence });
      expect(violations(report).map((f) => [f.commit, f.verdict, f.reason])).toEqual([
        [
          deploy,
          'fail',
          `its image ${digest('a')} has no verified scan pass in acme/web (No scan attestation (https://cosign.sigstore.dev/attestation/vuln/v1) is attached to ${digest('a')}), and production requires a signed scan pass`,
        ],
      ]);
    } finally {
      await sigstore.stop();
    }
  });
});

describe('signed: true', () => {
  test('an unsigned commit and one signed by a key outside allowed-signers are one violation each', async () => {
    const keys = await mkdtemp(join(tmpdir(), 'verify-keys-'));
    const trusted = await sshKey(keys, 'deployer');
    const stranger = await sshKey(keys, 'stranger');
    const policy = POLICY.replace(
      '    paths: ["apps/*/staging"]\n',
      '    paths: ["apps/*/staging"]\n    signed: true\n',
    );
    const target = await history({
      '.shipgate/policy.yaml': policy,
      '.shipgate/allowed-signers': `bot@example.com ${trusted.publicKey}\n`,
    });
    const deploy = (c: string, signingKey?: string) => {
      const r = rendered('web', 'staging', image(c));
      return target.commit({
        files: r.files,
        message: deployMessage({ app: 'web', environment: 'staging', imageRef: image(c), configHash: r.configHash }),
        ...(signingKey ? { signingKey } : {}),
      });
    };
    await deploy('a', trusted.privateKey);
    const unsigned = await deploy('b');
    const wrong = await deploy('c', stranger.privateKey);
    await deploy('d', trusted.privateKey);
    const { report } = await verify(target);
    expect(violations(report).map((f) => [f.commit, f.reason])).toEqual([
      [unsigned, 'it is not signed, and staging requires signed commits'],
      [wrong, 'its signature is not by a key in .shipgate/allowed-signers (git: U)'],
    ]);
    expect(report.environments.staging).toEqual({ verified: 2, judged: 4 });
  });
});
