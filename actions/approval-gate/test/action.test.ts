import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readApprovalRecord, verifyApprovalBinding } from '@shipgate/approvals';
import { createMemoryRuntime, runAction } from '@shipgate/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { runActionBundle } from '../../../test/support/run-action-bundle';
import { run } from '../src/main';

const TOKEN = 'ghs_approvalGateTestToken0123456789';
const IMAGE = `ghcr.io/acme/web@sha256:${'4f1c'.repeat(16)}`;
const CONFIG = `sha256:${'77ab'.repeat(16)}`;

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
});

const baseInputs = {
  environment: 'production',
  app: 'web',
  approvers: 'alice, bob, carol',
  'image-ref': IMAGE,
  'config-hash': CONFIG,
  'github-token': TOKEN,
  'app-repository': 'acme/web',
};

describe('bad input fails with one sentence before any API call', () => {
  test.each([
    [{ mode: 'vote' }, 'Input "mode" must be one of "issue" or "environment", got "vote".'],
    [{ 'github-token': '' }, 'Input "github-token" is required.'],
    [{ 'app-repository': 'web' }, 'Input "app-repository" must be owner/name, got "web".'],
    [{ repository: 'web' }, 'Input "repository" must be owner/name, got "web".'],
    [
      { 'image-ref': 'ghcr.io/acme/web:1.2.3' },
      'Input "image-ref" must be pinned by digest (repository@sha256:…), got "ghcr.io/acme/web:1.2.3".',
    ],
    [
      { 'min-approvals': '3', approvers: 'alice, bob, octocat' },
      'Input "min-approvals" is 3, but only 2 approvers can approve once octocat (who cannot approve their own deployment) are excluded.',
    ],
    [{ 'config-hash': 'abc' }, 'Input "config-hash" must be sha256:<64 hex digits>, got "abc".'],
    [{ approvers: 'alice, not a user' }, 'Input "approvers" has "not a user", which is not a GitHub user name.'],
    [{ 'diff-file': 'missing.diff' }, /^Input "diff-file" names .*missing\.diff, which cannot be read\.$/],
  ] as Array<[Record<string, string>, string | RegExp]>)('%j', async (change, message) => {
    api = await startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } });
    const runtime = createMemoryRuntime({
      inputs: { ...baseInputs, ...change },
      env: { GITHUB_API_URL: api.url, GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'octocat' },
    });
    expect(await runAction(run, runtime)).toBe(1);
    if (typeof message === 'string') expect(runtime.failed).toBe(message);
    else expect(runtime.failed).toMatch(message);
    expect(api.requests).toEqual([]);
  });
});

describe('inputs read from files and the event', () => {
  async function failure(inputs: Record<string, string>, env: Record<string, string> = {}) {
    api = await startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } });
    const runtime = createMemoryRuntime({
      inputs: { ...baseInputs, ...inputs },
      env: { GITHUB_API_URL: api.url, GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'octocat', ...env },
    });
    expect(await runAction(run, runtime)).toBe(1);
    expect(api.requests).toEqual([]);
    return runtime.failed;
  }

  test('a scan record for another digest is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'approval-gate-'));
    const other = `ghcr.io/acme/web@sha256:${'9999'.repeat(16)}`;
    await writeFile(
      join(dir, 'scan.json'),
      JSON.stringify({
        schema: 'shipgate.dev/scan-record/v1',
        imageRef: other,
        digest: `sha256:${'9999'.repeat(16)}`,
        scanner: { name: 'trivy', version: '0.58.1' },
        counts: { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 },
        verdict: 'pass',
      }),
    );
    expect(await failure({ 'scan-record': join(dir, 'scan.json') })).toBe(
      `Input "scan-record" is for ${other}, which is not one of image-ref.`,
    );
  });

  test("the source commit's author from the push event cannot approve", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'approval-gate-'));
    await writeFile(join(dir, 'event.json'), JSON.stringify({ head_commit: { author: { username: 'carol' } } }));
    expect(
      await failure(
        { approvers: 'alice, carol', 'min-approvals': '2' },
        { GITHUB_EVENT_PATH: join(dir, 'event.json') },
      ),
    ).toBe(
      'Input "min-approvals" is 2, but only 1 approver can approve once octocat, carol (who cannot approve their own deployment) are excluded.',
    );
  });
});

describe('the wait, as the workflow log shows it', () => {
  test('issue mode: each approval when counted, and at each interval who approved, what is missing, who can approve, the time left', async () => {
    api = await startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } });
    for (const login of ['alice', 'bob', 'carol']) api.state.addUser(login);
    api.state.onRequestCommented = (issue) => api?.state.addComment(issue.number, 'alice', '/approve');
    const runtime = createMemoryRuntime({
      inputs: {
        ...baseInputs,
        'min-approvals': '2',
        'poll-interval-seconds': '1',
        'progress-interval-seconds': '1',
        'timeout-minutes': '30',
      },
      env: { GITHUB_API_URL: api.url, GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'octocat' },
    });
    const lines = () => runtime.logText().split('\n');
    const waiting =
      /^Waiting for approval, (29|30) min left: approved by alice; missing 1 more approval; can approve: bob, carol\.$/;
    const running = runAction(run, runtime);
    // Carol approves once the log has said, at least once, that the gate waits for one more.
    await vi.waitFor(() => expect(lines().some((line) => waiting.test(line))).toBe(true), {
      timeout: 60_000,
      interval: 50,
    });
    const issue = api.state.lastIssue?.number ?? 0;
    api.state.addComment(issue, 'carol', '/approve');
    expect(await running).toBe(0);
    expect(runtime.outputs).toMatchObject({ approved: 'true', approvers: 'alice\ncarol' });
    const said = lines().filter((line) => /^(Counted|Waiting)/.test(line));
    expect(said[0]).toBe('Counted the approval of alice (1 of 2).');
    expect(said.at(-1)).toBe('Counted the approval of carol (2 of 2).');
    const between = said.slice(1, -1);
    expect(between.length).toBeGreaterThanOrEqual(1);
    for (const line of between) expect(line).toMatch(waiting);
  }, 90_000);
});

describe('the approval-gate bundle', () => {
  async function startApi(): Promise<GitHubApi> {
    const server = await startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } });
    for (const login of ['alice', 'bob', 'carol']) server.state.addUser(login);
    return server;
  }

  test('issue mode: 2 of 3 approve → approved, record and summary', async () => {
    api = await startApi();
    api.state.onRequestCommented = (issue) => {
      api?.state.addComment(issue.number, 'octocat', '/approve my own change');
      api?.state.addComment(issue.number, 'alice', '/approve diff reviewed');
      api?.state.addComment(issue.number, 'carol', '/approve');
    };
    const workspace = await mkdtemp(join(tmpdir(), 'approval-gate-'));
    await writeFile(join(workspace, 'config.diff'), '-replicas: 2\n+replicas: 3\n');
    const result = await runActionBundle(
      'approval-gate',
      { ...baseInputs, 'min-approvals': '2', 'diff-file': 'config.diff', 'poll-interval-seconds': '1' },
      { env: { GITHUB_API_URL: api.url }, workspace },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({
      approved: 'true',
      status: 'approved',
      approvers: 'alice\ncarol',
      'approvers-json': '["alice","carol"]',
    });
    expect(result.annotations.filter((annotation) => annotation.level === 'warning')).toEqual([]);
    expect(result.outputs['request-url']).toBe('https://github.com/acme/web/issues/1');
    const record = await readApprovalRecord(result.outputs['approval-record'] as string);
    expect(record.approvers.map((entry) => entry.login)).toEqual(['alice', 'carol']);
    expect(record.requester).toBe('octocat');
    expect(record.source).toEqual({ repository: 'acme/web', sha: '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081' });
    verifyApprovalBinding(record, { app: 'web', environment: 'production', imageRefs: [IMAGE], configHash: CONFIG });
    expect(result.summary).toMatch(/Approval gate: web → production: approved/);
    expect(result.summary).toMatch(/\| alice \| .* \| issue \| any \| diff reviewed \|/);
    expect(result.summary).toMatch(/octocat.*\/approve.*cannot approve their own deployment/);
    expect(api.state.issues[0]?.body).toContain('+replicas: 3');
    expect(api.state.lastIssue?.state).toBe('closed');
    expect(result.masked).toContain(TOKEN);
    expect(result.log).not.toContain(TOKEN);
    expect(result.summary).not.toContain(TOKEN);
    expect(JSON.stringify(api.requests.map((request) => request.path + JSON.stringify(request.query)))).not.toContain(
      TOKEN,
    );
  });

  test('the old names of app-repository and github-token still work, each with a warning', async () => {
    api = await startApi();
    api.state.onRequestCommented = (issue) => api?.state.addComment(issue.number, 'alice', '/approve');
    const { 'github-token': token, 'app-repository': repository, ...rest } = baseInputs;
    const result = await runActionBundle(
      'approval-gate',
      { ...rest, token, repository, 'poll-interval-seconds': '1' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs).toMatchObject({ approved: 'true', approvers: 'alice' });
    expect(result.annotations.filter((annotation) => annotation.level === 'warning')).toEqual([
      {
        level: 'warning',
        message:
          'Input "token" of approval-gate is deprecated: name it "github-token" ("token" is the GitOps repository\'s in every other Shipgate action).',
      },
      {
        level: 'warning',
        message:
          'Input "repository" of approval-gate is deprecated: name it "app-repository" ("repository" is the GitOps repository\'s in every other Shipgate action).',
      },
    ]);
    expect(result.masked).toContain(TOKEN);
    expect(result.log).not.toContain(TOKEN);
  });

  test('issue mode: a denial fails the step with status denied', async () => {
    api = await startApi();
    api.state.onRequestCommented = (issue) =>
      api?.state.addComment(issue.number, 'bob', '/deny wait for the freeze to end');
    const result = await runActionBundle(
      'approval-gate',
      { ...baseInputs, 'poll-interval-seconds': '1' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ approved: 'false', status: 'denied', approvers: '' });
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'Deploying web to production was denied by bob ("wait for the freeze to end").',
    });
    const record = JSON.parse(await readFile(result.outputs['approval-record'] as string, 'utf8'));
    expect(record).toMatchObject({ status: 'denied', approved: false });
  });

  test('environment mode: a rejected review fails the step', async () => {
    api = await startApi();
    api.state.addRun({
      owner: 'acme',
      repo: 'web',
      id: 123,
      actor: 'octocat',
      approvals: [
        { environments: ['production'], state: 'approved', login: 'alice', comment: 'ok' },
        { environments: ['production'], state: 'rejected', login: 'bob', comment: 'not during the incident' },
      ],
    });
    const result = await runActionBundle(
      'approval-gate',
      { ...baseInputs, mode: 'environment' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('denied');
    expect(result.log).toContain('Deploying web to production was denied by bob ("not during the incident").');
    expect(api.requests.map((request) => request.path)).toEqual(['/repos/acme/web/actions/runs/123/approvals']);
  });

  test('SIGTERM (a cancelled job) closes the issue with a summary comment', async () => {
    api = await startApi();
    const result = await runActionBundle(
      'approval-gate',
      { ...baseInputs, 'poll-interval-seconds': '1', 'timeout-minutes': '5' },
      {
        env: { GITHUB_API_URL: api.url },
        signal: { name: 'SIGTERM', when: () => (api?.requestsTo('issues/list-comments').length ?? 0) >= 2 },
      },
    );
    // The entry point exits as gitops-commit's does on a signal: 128 + 15.
    expect(result.exitCode).toBe(143);
    expect(result.log).toMatch(/approval request .*issues\/1 was cancelled with the job/);
    expect(api.state.lastIssue).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(api.state.comments.at(-1)?.body).toMatch(/Cancelled/);
    // The request comment, then one call a poll on the wire: the read of new comments since the last one seen.
    const operations = api.requests.map((request) => request.operationId);
    const reads = operations.filter((operation) => operation === 'issues/list-comments').length;
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(operations).toEqual([
      'issues/create',
      'issues/create-comment',
      ...Array(reads).fill('issues/list-comments'),
      'issues/create-comment',
      'issues/update',
    ]);
    expect(api.requestsTo('issues/list-comments').every((request) => request.query.since)).toBe(true);
  });
});
