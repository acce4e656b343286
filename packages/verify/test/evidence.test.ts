/**
 * GitHubEvidenceChecker.check() against the GitHub API test server: approval evidence re-read for
 * a deploy commit of the past is bound to everything the commit deploys (GitOps repository, app,
 * environment, path, digests, config hash) and, for environment reviews, to a run of the source
 * repository at the source commit. Each attack is a deploy commit's claim a writer could make.
 */
import { requestCommentFor, requestMarker, requestSubject } from '@shipgate/approvals';
import { createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { type EnvironmentRules, parsePolicy } from '@shipgate/policy';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { type EvidenceClaim, GitHubEvidenceChecker } from '../src';
import { POLICY } from './history';

const HOUR = 3_600_000;
const GITOPS = 'acme/gitops';
const SHA = '9b2e1d0c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c';
const IMAGE_A = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
const IMAGE_B = `ghcr.io/acme/web@sha256:${'b'.repeat(64)}`;
const CONFIG_A = `sha256:${'c'.repeat(64)}`;
const CONFIG_B = `sha256:${'d'.repeat(64)}`;
const policy = parsePolicy(POLICY.replace('approvers: [alice, bob]', 'approvers: [alice, bob, erin]'));
const production = policy.environments.find((environment) => environment.name === 'production') as EnvironmentRules;
const staging: EnvironmentRules = { ...production, name: 'staging', paths: ['apps/*/staging'] };

let api: GitHubApi;
/** The API server's clock: approvals are given at it; deploys are committed an hour later. */
let clock: number;

beforeEach(async () => {
  clock = Date.parse('2026-12-01T10:00:00Z');
  api = await startGitHubApi({ now: () => new Date(clock) });
});
afterEach(async () => {
  await api.stop();
});

function checker(): GitHubEvidenceChecker {
  const client = createGitHubClient({ token: api.token, baseUrl: api.url, attempts: 1 });
  return new GitHubEvidenceChecker(client, createMemoryRuntime().log);
}

const subject = (fields: Partial<Parameters<typeof requestSubject>[0]> = {}) =>
  requestSubject({
    repository: GITOPS,
    app: 'web',
    environment: 'production',
    path: 'apps/web/production',
    imageRefs: [IMAGE_A],
    configHash: CONFIG_A,
    ...fields,
  });

const where = { owner: 'acme', repo: 'web' };

/** An issue whose first comment requests `asked`; alice and bob approve after it. Returns the approvals' URLs. */
function requestAndApprove(asked = subject()): { urls: string[]; issue: number; request: number } {
  const issue = api.state.addIssue({ ...where, title: 'Deploy web to production', author: 'github-actions' });
  const request = api.state.addComment(issue.number, 'github-actions', requestCommentFor(asked), where);
  const urls = ['alice', 'bob'].map((login) => {
    const comment = api.state.addComment(issue.number, login, '/approve', where);
    return `https://github.com/acme/web/issues/${issue.number}#issuecomment-${comment.id}`;
  });
  return { urls, issue: issue.number, request: request.id };
}

/** What a deploy commit of A to acme/gitops apps/web/production claims, committed an hour after the approvals. */
function claim(urls: string[], fields: Partial<EvidenceClaim> = {}): EvidenceClaim {
  return {
    environment: production,
    urls,
    approvedBy: ['alice', 'bob'],
    imageRefs: [IMAGE_A],
    configHash: CONFIG_A,
    run: undefined,
    committedAt: new Date(clock + HOUR).toISOString(),
    repository: GITOPS,
    app: 'web',
    path: 'apps/web/production',
    source: { repository: 'acme/web', sha: SHA },
    ...fields,
  };
}

describe('issue-mode evidence', () => {
  test('approvals after an unedited request that names the deploy count, in one API call a deploy', async () => {
    const { urls } = requestAndApprove();
    const verdict = await checker().check(claim(urls));
    expect(verdict).toEqual({ status: 'approved', approvers: ['alice', 'bob'] });
    expect(api.requests.map((request) => request.operationId).sort()).toEqual(['graphql', 'users/get-authenticated']);
  });

  test('the issue body naming the deploy is no request (an issue body has no edit time)', async () => {
    const issue = api.state.addIssue({
      ...where,
      title: 'Deploy',
      author: 'github-actions',
      body: requestMarker(subject()),
    });
    const urls = ['alice', 'bob'].map(
      (login) =>
        `https://github.com/acme/web/issues/${issue.number}#issuecomment-${api.state.addComment(issue.number, login, '/approve', where).id}`,
    );
    expect(await checker().check(claim(urls))).toEqual({
      status: 'rejected',
      reason: `the request issue acme/web#${issue.number} has no Shipgate request comment`,
    });
  });

  test('the request comment edited after the approvals to name B', async () => {
    const { urls, request, issue } = requestAndApprove();
    clock += 60_000;
    api.state.editComment(request, requestCommentFor(subject({ imageRefs: [IMAGE_B], configHash: CONFIG_B })));
    expect(await checker().check(claim(urls, { imageRefs: [IMAGE_B], configHash: CONFIG_B }))).toEqual({
      status: 'rejected',
      reason: `the request comment https://github.com/acme/web/issues/${issue}#issuecomment-${request} was edited after it was posted, so no approval of it counts`,
    });
  });

  test('the request comment deleted and re-posted for B', async () => {
    const { urls, request, issue } = requestAndApprove();
    api.state.deleteComment(request);
    api.state.addComment(
      issue,
      'github-actions',
      requestCommentFor(subject({ imageRefs: [IMAGE_B], configHash: CONFIG_B })),
      where,
    );
    const verdict = await checker().check(claim(urls, { imageRefs: [IMAGE_B], configHash: CONFIG_B }));
    expect(verdict.status).toBe('rejected');
    expect(verdict.status === 'rejected' && verdict.reason).toMatch(
      /^the approval evidence does not meet the policy: 0 of 2 approval\(s\) count, missing 2 more approvals; not counted: alice's \/approve \(given before the request comment\), bob's \/approve \(given before the request comment\)$/,
    );
  });

  test('an invisible request for B (a bare marker) posted before the visible one for A, which is then deleted', async () => {
    const issue = api.state.addIssue({ ...where, title: 'Deploy web to production', author: 'github-actions' });
    const b = subject({ imageRefs: [IMAGE_B], configHash: CONFIG_B });
    const hidden = api.state.addComment(issue.number, 'github-actions', requestMarker(b), where);
    const shown = api.state.addComment(issue.number, 'github-actions', requestCommentFor(subject()), where);
    const urls = ['alice', 'bob'].map(
      (login) =>
        `https://github.com/acme/web/issues/${issue.number}#issuecomment-${api.state.addComment(issue.number, login, '/approve', where).id}`,
    );
    api.state.deleteComment(shown.id);
    expect(await checker().check(claim(urls, { imageRefs: [IMAGE_B], configHash: CONFIG_B }))).toEqual({
      status: 'rejected',
      reason: `the request comment https://github.com/acme/web/issues/${issue.number}#issuecomment-${hidden.id} does not show what its marker names, so no approver saw the request`,
    });
  });

  test('a second request comment for B, the first kept', async () => {
    const { urls } = requestAndApprove();
    const issue = Number(/issues\/(\d+)/.exec(urls[0] as string)?.[1]);
    api.state.addComment(
      issue,
      'mallory',
      requestCommentFor(subject({ imageRefs: [IMAGE_B], configHash: CONFIG_B })),
      where,
    );
    const verdict = await checker().check(claim(urls, { imageRefs: [IMAGE_B], configHash: CONFIG_B }));
    expect(verdict.status === 'rejected' && verdict.reason).toMatch(
      /asks to approve image sha256:a{64}, not the sha256:b{64} being committed$/,
    );
  });

  test.each([
    [
      'another GitOps repository',
      { repository: 'acme/other-gitops' },
      'GitOps repository acme/other-gitops, not the acme/gitops',
    ],
    ['another app', { app: 'shop' }, 'app shop, not the web'],
    [
      'another environment (a staging approval by the same people)',
      { environment: 'staging', path: 'apps/web/staging' },
      'environment staging, not the production',
    ],
    ['another path', { path: 'apps/web/production-eu' }, 'path apps/web/production-eu, not the apps/web/production'],
    ['another config hash', { configHash: CONFIG_B }, `config ${CONFIG_B}, not the ${CONFIG_A}`],
  ])('a request for %s does not approve this deploy', async (_name, fields, reason) => {
    const { urls } = requestAndApprove(subject(fields));
    const verdict = await checker().check(claim(urls));
    expect(verdict.status === 'rejected' && verdict.reason).toMatch(
      new RegExp(
        `^the request comment https://\\S+ asks to approve ${reason.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} being committed$`,
      ),
    );
  });

  test('the same staging approval verifies the staging deploy it names', async () => {
    const { urls } = requestAndApprove(subject({ environment: 'staging', path: 'apps/web/staging' }));
    expect(await checker().check(claim(urls, { environment: staging, path: 'apps/web/staging' }))).toEqual({
      status: 'approved',
      approvers: ['alice', 'bob'],
    });
  });

  test.each(['repository', 'app', 'path'] as const)('a claim without %s cannot be verified', async (field) => {
    const { urls } = requestAndApprove();
    const verdict = await checker().check(claim(urls, { [field]: undefined }));
    expect(verdict).toEqual({
      status: 'unverifiable',
      reason: `could not verify: the verifier named no ${field} to bind its approval to`,
    });
  });
});

describe('environment reviews', () => {
  let nextRun = 7000;

  /** A run with alice's and bob's reviews of `environment`; its URL is both Shipgate-Run and the evidence. */
  function reviewedRun(fields: { owner?: string; repo?: string; headSha?: string } = {}, environment = 'production') {
    const id = ++nextRun;
    const owner = fields.owner ?? 'acme';
    const repo = fields.repo ?? 'web';
    api.state.addRun({ owner, repo, id, actor: 'carol', status: 'completed', headSha: fields.headSha ?? SHA });
    for (const login of ['alice', 'bob']) {
      api.state.addRunApproval(id, { environments: [environment], state: 'approved', login, comment: '' });
    }
    const url = `https://github.com/${owner}/${repo}/actions/runs/${id}`;
    return { id, url, urls: [url, url] };
  }

  test('reviews of a run of the source commit count, the run read once for its actors and its binding', async () => {
    const { url, urls } = reviewedRun();
    const verdict = await checker().check(claim(urls, { run: url }));
    expect(verdict).toEqual({ status: 'approved', approvers: ['alice', 'bob'] });
    expect(api.requests.map((request) => request.operationId).sort()).toEqual([
      'actions/get-reviews-for-run',
      'actions/get-workflow-run',
      'users/get-authenticated',
    ]);
  });

  test('an old approved run of another repository, named as Shipgate-Run and evidence', async () => {
    const { url, urls } = reviewedRun({ owner: 'evil', repo: 'other' });
    clock += 90 * 24 * HOUR;
    expect(await checker().check(claim(urls, { run: url }))).toEqual({
      status: 'rejected',
      reason: 'the approval is a review of a run of evil/other, not of the source repository acme/web',
    });
  });

  test('a run of the source repository at another commit', async () => {
    const { id, url, urls } = reviewedRun({ headSha: 'e'.repeat(40) });
    expect(await checker().check(claim(urls, { run: url }))).toEqual({
      status: 'rejected',
      reason: `the approval is a review of run ${id} of acme/web at ${'e'.repeat(40)}, not at the source commit ${SHA}`,
    });
  });

  test('a run of the source commit older than max-age at the commit', async () => {
    const { id, url, urls } = reviewedRun();
    const created = new Date(clock).toISOString().replace('.000Z', 'Z');
    expect(
      await checker().check(claim(urls, { run: url, committedAt: new Date(clock + 25 * HOUR).toISOString() })),
    ).toEqual({
      status: 'rejected',
      reason: `the approval is a review of run ${id} of acme/web, created at ${created}, before the policy's max-age`,
    });
  });

  test("the run's staging reviews for a production deploy", async () => {
    const { url, urls } = reviewedRun({}, 'staging');
    const verdict = await checker().check(claim(urls, { run: url }));
    expect(verdict.status === 'rejected' && verdict.reason).toMatch(/0 of 2 approval\(s\) count/);
  });

  test('a deploy that names no source commit', async () => {
    const { id, url, urls } = reviewedRun();
    expect(await checker().check(claim(urls, { run: url, source: undefined }))).toEqual({
      status: 'rejected',
      reason: `the approval is a review of run ${id} of acme/web, but the deploy names no source commit for the run to be of`,
    });
  });
});
