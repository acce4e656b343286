/**
 * Attacks on the batched evidence reads (request issues' comments by GraphQL, runs from the list
 * of a repository's runs), each through the real git server and the API stand-in, with several
 * deploys in one range so that batching could only hide an attack by mixing deploys up.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestCommentFor, requestSubject } from '@shipgate/approvals';
import { createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { gitopsRepositoryIdentity } from '@shipgate/gitops';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { recordPushes } from '../../../test/support/activity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { GitHubActivity, GitHubEvidenceChecker, parseRange, type VerifyReport, verifyDeployments } from '../src';
import { deployMessage, History, image, POLICY, rendered } from './history';

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

// Three approvers, so that with one of them excluded the policy can still be met.
const THREE_APPROVERS = POLICY.replace('approvers: [alice, bob]', 'approvers: [alice, bob, dave]');

async function history(): Promise<History> {
  const created = await History.create(server, `graphql-evidence-${++repoCount}`, {
    '.shipgate/policy.yaml': THREE_APPROVERS,
  });
  histories.push(created);
  return created;
}

interface Request {
  issue: number;
  /** Each approver's `/approve` comment: its id and URL. */
  approvals: Array<{ login: string; id: number; url: string }>;
}

/** An issue-mode request for `c`'s deploy in `owner/repo`, answered by `approvers`. */
function request(target: History, c: string, approvers: string[], where = { owner: 'acme', repo: 'web' }): Request {
  const issue = api.state.addIssue({ ...where, title: 'Deploy web to production', author: 'carol' });
  const subject = requestSubject({
    repository: gitopsRepositoryIdentity(target.url),
    app: 'web',
    environment: 'production',
    path: 'apps/web/production',
    imageRefs: [image(c)],
    configHash: rendered('web', 'production', image(c)).configHash,
  });
  api.state.addComment(issue.number, 'carol', requestCommentFor(subject), where);
  const approvals = approvers.map((login) => {
    const { id } = api.state.addComment(issue.number, login, '/approve', where);
    return {
      login,
      id,
      url: `https://github.com/${where.owner}/${where.repo}/issues/${issue.number}#issuecomment-${id}`,
    };
  });
  return { issue: issue.number, approvals };
}

/** The deploy of `c`, its trail naming `urls` as evidence and `run` (a run in acme/web) as its run. */
function deploy(target: History, c: string, urls: string[], run?: number): Promise<string> {
  const r = rendered('web', 'production', image(c));
  return target.commit({
    files: r.files,
    message: deployMessage({
      app: 'web',
      environment: 'production',
      imageRef: image(c),
      configHash: r.configHash,
      approvals: urls,
      approvedBy: ['alice', 'bob'],
      extra: run ? [`Shipgate-Run: https://github.com/acme/web/actions/runs/${run}`] : [],
    }),
  });
}

/** A deploy whose evidence is sound, to share the range (and the batched reads) with the attacked one. */
async function soundDeploy(target: History, c: string): Promise<string> {
  return deploy(
    target,
    c,
    request(target, c, ['alice', 'bob']).approvals.map((approval) => approval.url),
  );
}

async function verify(target: History): Promise<VerifyReport> {
  const runtime = createMemoryRuntime();
  const client = createGitHubClient({ token: api.token, baseUrl: api.url, attempts: 2, baseDelayMs: 0, maxDelayMs: 0 });
  await recordPushes(api, server, { name: target.name, owner: 'acme', repo: target.name, actor: 'deployer' });
  return verifyDeployments({
    activity: new GitHubActivity(client, { owner: 'acme', repo: target.name }),
    repository: target.url,
    token: server.token,
    exec: runtime.exec,
    log: runtime.log,
    setSecret: runtime.setSecret,
    tempDir: await mkdtemp(join(tmpdir(), 'verify-graphql-')),
    range: parseRange('', new Date()),
    evidence: new GitHubEvidenceChecker(client, runtime.log),
  });
}

/** The findings that are not passes, as commit and reason; and that the comments came by GraphQL. */
function failures(report: VerifyReport): Array<{ commit: string; verdict: string; reason: string }> {
  expect(api.requestsTo('graphql').length).toBeGreaterThan(0);
  expect(api.requestsTo('issues/list-comments')).toEqual([]);
  return report.commits
    .filter((finding) => finding.verdict !== 'pass')
    .map(({ commit, verdict, reason }) => ({ commit, verdict, reason }));
}

describe('evidence read in batches still catches', () => {
  test('an approval comment edited after it was given', async () => {
    const target = await history();
    const before = await soundDeploy(target, 'a');
    const attacked = request(target, 'b', ['alice', 'bob']);
    const sha = await deploy(
      target,
      'b',
      attacked.approvals.map((approval) => approval.url),
    );
    await soundDeploy(target, 'c');
    api.state.editComment(attacked.approvals[1]!.id, '/approve');
    const report = await verify(target);
    expect(failures(report)).toEqual([
      {
        commit: sha,
        verdict: 'fail',
        reason: expect.stringMatching(/1 of 2 approval\(s\) count.*bob's \/approve \(edited\)/),
      },
    ]);
    expect(report.commits.find((finding) => finding.commit === before)?.verdict).toBe('pass');
    api.assertNoViolations();
  });

  test("an approval by whoever started the deploy's own run, not by the starter of another deploy's run", async () => {
    const target = await history();
    api.state.addRun({ owner: 'acme', repo: 'web', id: 501, actor: 'alice', status: 'completed' });
    api.state.addRun({
      owner: 'acme',
      repo: 'web',
      id: 502,
      actor: 'carol',
      triggeringActor: 'bob',
      status: 'completed',
    });
    api.state.addRun({ owner: 'acme', repo: 'web', id: 503, actor: 'carol', status: 'completed' });
    const approvalsOf = (c: string) => request(target, c, ['alice', 'bob']).approvals.map((approval) => approval.url);
    const startedByAlice = await deploy(target, 'a', approvalsOf('a'), 501);
    const rerunByBob = await deploy(target, 'b', approvalsOf('b'), 502);
    await deploy(target, 'c', approvalsOf('c'), 503);
    const report = await verify(target);
    expect(failures(report)).toEqual([
      {
        commit: startedByAlice,
        verdict: 'fail',
        reason: expect.stringMatching(/1 of 2 approval\(s\) count.*alice's \/approve \([^)]*own/),
      },
      {
        commit: rerunByBob,
        verdict: 'fail',
        reason: expect.stringMatching(/1 of 2 approval\(s\) count.*bob's \/approve \([^)]*own/),
      },
    ]);
    // The three runs came in one list of the repository's runs, none read on its own.
    expect(api.requestsTo('actions/list-workflow-runs-for-repo')).toHaveLength(1);
    expect(api.requestsTo('actions/get-workflow-run')).toEqual([]);
    api.assertNoViolations();
  });

  test('an approval comment deleted after the deploy', async () => {
    const target = await history();
    await soundDeploy(target, 'a');
    const attacked = request(target, 'b', ['alice', 'bob']);
    const sha = await deploy(
      target,
      'b',
      attacked.approvals.map((approval) => approval.url),
    );
    api.state.deleteComment(attacked.approvals[0]!.id);
    const report = await verify(target);
    expect(failures(report)).toEqual([
      { commit: sha, verdict: 'fail', reason: expect.stringMatching(/1 of 2 approval\(s\) count, missing/) },
    ]);
    api.assertNoViolations();
  });

  test('a comment of another issue, or of another repository, than the trail names', async () => {
    const target = await history();
    // Two requests for the same deploy, one approval in each: neither issue holds two.
    const first = request(target, 'a', ['alice', 'dave']);
    const second = request(target, 'a', ['bob']);
    const bobElsewhere = `https://github.com/acme/web/issues/${first.issue}#issuecomment-${second.approvals[0]!.id}`;
    const otherIssue = await deploy(target, 'a', [first.approvals[0]!.url, bobElsewhere]);
    // A request in acme/other, answered there; the trail names acme/other with acme/web's comment ids.
    const inOther = request(target, 'b', ['alice', 'bob'], { owner: 'acme', repo: 'other' });
    const inWeb = request(target, 'b', ['alice', 'bob']);
    const otherRepository = await deploy(
      target,
      'b',
      inWeb.approvals.map(({ id }) => `https://github.com/acme/other/issues/${inOther.issue}#issuecomment-${id}`),
    );
    const report = await verify(target);
    expect(failures(report)).toEqual([
      {
        commit: otherIssue,
        verdict: 'fail',
        reason: `its Shipgate-Approval ${bobElsewhere} is not an approval that counts`,
      },
      {
        commit: otherRepository,
        verdict: 'fail',
        reason: expect.stringMatching(
          /^its Shipgate-Approval https:\/\/github.com\/acme\/other\/issues\/\d+#issuecomment-\d+ is not an approval that counts$/,
        ),
      },
    ]);
    api.assertNoViolations();
  });
});
