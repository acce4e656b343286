import { createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { afterEach, describe, expect, test } from 'vitest';
import { type GitHubApi, type RecordedRequest, startGitHubApi } from '../../../test/support/github-api';
import { readApprovalRecord, verifyApprovalBinding, writeApprovalRecord } from '../src/approval-record';
import { type ApprovalRequest, type GateResult, requestApproval } from '../src/gate';
import { ApprovalCancelledError } from '../src/issue-gate';
import { buildApprovalPolicy, type PolicySettings } from '../src/policy';
import { approvalSummary, parseRequestMarker } from '../src/request-text';

const IMAGE = `ghcr.io/acme/web@sha256:${'4f1c'.repeat(16)}`;
const CONFIG = `sha256:${'77ab'.repeat(16)}`;

let api: GitHubApi | undefined;
/** One fake clock for the gate, its client and the server, so rate-limit resets line up. */
let clock = Date.now();

function startApi(): Promise<GitHubApi> {
  clock = Date.now();
  return startGitHubApi({ now: () => new Date(clock) });
}

afterEach(async () => {
  // Throws when any response of the scenario failed GitHub's schema.
  await api?.stop();
  api = undefined;
});

interface Scenario {
  policy?: Partial<PolicySettings>;
  request?: Partial<ApprovalRequest>;
  /** Run after each poll (before the gate sleeps); `issue` is the approval issue's number. */
  afterPoll?: Array<(issue: number, api: GitHubApi) => void>;
  /** Abort the gate in the sleep after this poll. */
  abortAfterPoll?: number;
}

interface ScenarioResult {
  result?: GateResult;
  error?: unknown;
  /** Waits the client made between retries, in ms. */
  clientWaits: number[];
  log: string;
  request: ApprovalRequest;
}

async function runScenario(server: GitHubApi, scenario: Scenario): Promise<ScenarioResult> {
  const clientWaits: number[] = [];
  const runtime = createMemoryRuntime();
  const client = createGitHubClient({
    token: server.token,
    baseUrl: server.url,
    log: runtime.log,
    now: () => clock,
    baseDelayMs: 0,
    sleep: async (ms) => {
      clientWaits.push(ms);
      clock += ms;
    },
  });
  const controller = new AbortController();
  let polls = 0;
  const request: ApprovalRequest = {
    mode: 'issue',
    app: 'web',
    environment: 'production',
    imageRefs: [IMAGE],
    configHash: CONFIG,
    repository: 'acme/web',
    requester: 'dave',
    source: { repository: 'acme/web', sha: '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081' },
    runUrl: 'https://github.com/acme/web/actions/runs/123',
    scan: { verdict: 'pass', scanner: 'trivy 0.58.1', counts: { critical: 0, high: 2, medium: 1 } },
    diff: '--- a/deploy.yaml\n+++ b/deploy.yaml\n-  replicas: 2\n+  replicas: 3\n',
    timeoutMs: 5 * 60_000,
    pollIntervalMs: 10_000,
    ...scenario.request,
    policy: buildApprovalPolicy({
      approvers: ['alice', 'bob', 'carol'],
      imageApprovers: [],
      configApprovers: [],
      minApprovals: 1,
      allowSelfApproval: false,
      configChanged: true,
      selfLogins: ['dave'],
      ...scenario.policy,
    }),
  };
  const outcome: ScenarioResult = { clientWaits, log: '', request };
  try {
    outcome.result = await requestApproval(request, {
      client,
      log: runtime.log,
      now: () => clock,
      signal: controller.signal,
      sleep: async (ms) => {
        polls += 1;
        const issue = server.state.lastIssue?.number ?? 0;
        scenario.afterPoll?.[polls - 1]?.(issue, server);
        if (scenario.abortAfterPoll === polls) controller.abort();
        clock += ms;
      },
    });
  } catch (error) {
    outcome.error = error;
  }
  outcome.log = runtime.logText();
  return outcome;
}

const comment = (login: string, body: string) => (issue: number, server: GitHubApi) =>
  server.state.addComment(issue, login, body);
const comments =
  (...entries: Array<[string, string]>) =>
  (issue: number, server: GitHubApi) => {
    for (const [login, body] of entries) server.state.addComment(issue, login, body);
  };

/**
 * API calls per poll from the server's log: a poll starts with a read of the comments (retries of
 * an injected failure stay in the same poll) and takes every call up to the next read.
 */
function callsPerPoll(requests: RecordedRequest[]): number[] {
  const polls: number[] = [];
  let previous: RecordedRequest | undefined;
  for (const request of requests) {
    if (request.operationId === 'issues/list-comments' && !previous?.injected) polls.push(0);
    if (
      polls.length > 0 &&
      (request.operationId === 'issues/list-comments' ||
        request.operationId === 'teams/get-membership-for-user-in-org') &&
      !request.injected
    ) {
      polls[polls.length - 1] = (polls.at(-1) ?? 0) + 1;
    }
    if (request.operationId === 'issues/list-comments') previous = request;
  }
  return polls;
}

function closing(server: GitHubApi) {
  const issue = server.state.lastIssue;
  const last = server.state.comments.filter((entry) => entry.issueNumber === issue?.number).at(-1);
  return { state: issue?.state, reason: issue?.stateReason, comment: last?.body ?? '' };
}

describe('mode issue', () => {
  test('2 of 3 approvers approve → approved with both names; issue closed with a summary', async () => {
    api = await startApi();
    for (const user of ['alice', 'bob', 'carol']) api.state.addUser(user);
    const { result, request } = await runScenario(api, {
      policy: { minApprovals: 2 },
      afterPoll: [
        comment('alice', '/approve looks right'),
        comment('bob', 'checking the diff…'),
        comment('carol', '/approve'),
      ],
    });
    expect(result?.status).toBe('approved');
    expect(result?.approved).toBe(true);
    expect(result?.record.approvers.map((entry) => [entry.login, entry.comment, entry.source])).toEqual([
      ['alice', 'looks right', 'issue'],
      ['carol', undefined, 'issue'],
    ]);
    const issue = api.state.issues[0];
    expect(issue?.title).toBe('Approve deploying web to production');
    expect(issue?.assignees).toEqual(['alice', 'bob', 'carol']);
    for (const text of [IMAGE, CONFIG, '@dave', '9b2e1d0c', '**pass** (trivy 0.58.1): critical=0 high=2 medium=1']) {
      expect(issue?.body).toContain(text);
    }
    expect(issue?.body).toMatch(/<details><summary>Config diff<\/summary>[\s\S]*\+ {2}replicas: 3/);
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'completed' });
    expect(closing(api).comment).toMatch(/Approved[\s\S]*@alice[\s\S]*@carol/);

    const perPoll = callsPerPoll(api.requests);
    expect(perPoll).toEqual([1, 1, 1, 1]);
    expect(Math.max(...perPoll)).toBeLessThanOrEqual(2);

    // The record is sealed and bound to this digest and config hash.
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/shipgate-approval-'));
    const path = await writeApprovalRecord(`${dir}/record.json`, result?.record as GateResult['record']);
    const record = await readApprovalRecord(path);
    expect(() =>
      verifyApprovalBinding(record, { app: 'web', environment: 'production', imageRefs: [IMAGE], configHash: CONFIG }),
    ).not.toThrow();
    expect(record.policy).toMatchObject({ mode: 'issue', minApprovals: 2, approvers: ['alice', 'bob', 'carol'] });
    expect(record.requester).toBe('dave');

    const summary = approvalSummary(request, result as GateResult);
    expect(summary).toMatch(/Approval gate: web → production: approved/);
    expect(summary).toMatch(/\| alice \| .+ \| issue \| any \| looks right \|/);
    expect(summary).toContain('| Requested by | @dave |');
  });

  test("the requester's own /approve is ignored, even when listed as an approver", async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      policy: { approvers: ['alice', 'bob', 'dave'], minApprovals: 2 },
      afterPoll: [comments(['dave', '/approve'], ['alice', '/approve']), comment('bob', '/approve')],
    });
    expect(result?.status).toBe('approved');
    expect(result?.record.approvers.map((entry) => entry.login)).toEqual(['alice', 'bob']);
    expect(result?.evaluation.ignored.map((entry) => [entry.decision.login, entry.reason])).toEqual([
      ['dave', 'cannot approve their own deployment'],
    ]);
    expect(log).toContain('Ignored /approve from dave: cannot approve their own deployment.');
    expect(api.state.issues[0]?.assignees).not.toContain('dave');
  });

  test("a non-approver's /approve and /deny are ignored", async () => {
    api = await startApi();
    const { result } = await runScenario(api, {
      afterPoll: [comments(['mallory', '/approve'], ['mallory', '/deny no']), comment('alice', '/approve')],
    });
    expect(result?.status).toBe('approved');
    expect(result?.record.approvers.map((entry) => entry.login)).toEqual(['alice']);
    expect(result?.evaluation.ignored.map((entry) => entry.reason)).toEqual([
      'is not an approver',
      'is not an approver',
    ]);
  });

  test('a denial ends it at once → denied', async () => {
    api = await startApi();
    const { result } = await runScenario(api, {
      policy: { minApprovals: 2 },
      afterPoll: [
        comments(['alice', '/approve'], ['bob', '/deny the migration is not reversible']),
        comment('carol', '/approve'),
      ],
    });
    expect(result?.status).toBe('denied');
    expect(result?.approved).toBe(false);
    expect(result?.evaluation.denial).toMatchObject({ login: 'bob', comment: 'the migration is not reversible' });
    expect(result?.record.status).toBe('denied');
    expect(api.requestsTo('issues/list-comments')).toHaveLength(2);
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'not_planned' });
    expect(closing(api).comment).toMatch(/Denied by @bob .*: the migration is not reversible/);
  });

  test('a /deny behind 150 comments of one poll is read (every page) → denied', async () => {
    api = await startApi();
    const flood = Array.from({ length: 150 }, (_, i) => ['mallory', `+1 (${i})`] as [string, string]);
    const { result } = await runScenario(api, {
      policy: { minApprovals: 2 },
      afterPoll: [comments(['alice', '/approve'], ...flood, ['bob', '/deny wrong digest'])],
    });
    expect(result?.status).toBe('denied');
    expect(result?.evaluation.denial).toMatchObject({ login: 'bob', comment: 'wrong digest' });
    expect(api.requestsTo('issues/list-comments').map((request) => request.query.page)).toEqual(['1', '1', '2']);
  });

  test('an approval edited after it was given is ignored', async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      afterPoll: [
        (issue, server) => {
          const approval = server.state.addComment(issue, 'alice', '/approve');
          server.state.editComment(approval.id, '/approve (and the other digest)');
        },
        comment('bob', '/approve'),
      ],
    });
    expect(result?.record.approvers.map((entry) => entry.login)).toEqual(['bob']);
    expect(log).toContain('Ignored /approve from alice: the comment was edited.');
  });

  test('the request is a comment naming repository, app, environment, path, digests and config hash; the body holds none', async () => {
    api = await startApi();
    const { result } = await runScenario(api, {
      request: {
        gitops: { repository: 'acme/gitops', environment: 'production', path: 'apps/web/production' },
      },
      afterPoll: [comment('alice', '/approve')],
    });
    expect(result?.status).toBe('approved');
    const issue = api.state.issues[0];
    expect(issue?.body).not.toContain('shipgate-request');
    const [request] = api.state.comments;
    expect(request?.login).toBe('shipgate-bot');
    expect(parseRequestMarker(request?.body ?? '')).toEqual({
      repository: 'acme/gitops',
      app: 'web',
      environment: 'production',
      path: 'apps/web/production',
      digests: [IMAGE.slice(IMAGE.indexOf('@') + 1)],
      configHash: CONFIG,
    });
    expect(request?.body).toContain('| Path | `apps/web/production` |');
  });

  test('while waiting: each approval logged once when counted, and at each interval who approved, what is missing, who can approve, the time left', async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      policy: { approvers: ['alice', 'bob', 'carol', 'acme/sre', 'dave'], minApprovals: 2 },
      request: { timeoutMs: 100_000, pollIntervalMs: 10_000, progressIntervalMs: 30_000 },
      // Polls at 0 s, 10 s, 20 s…: alice approves before the second, carol before the eighth.
      afterPoll: [comment('alice', '/approve'), ...Array(5).fill(() => {}), comment('carol', '/approve')],
    });
    expect(result?.status).toBe('approved');
    expect(result?.polls).toBe(8);
    expect(log.split('\n').filter((line) => /^(Counted|Waiting)/.test(line))).toEqual([
      'Counted the approval of alice (1 of 2).',
      'Waiting for approval, 1 min left: approved by alice; missing 1 more approval; can approve: bob, carol, acme/sre.',
      'Waiting for approval, 40 s left: approved by alice; missing 1 more approval; can approve: bob, carol, acme/sre.',
      'Counted the approval of carol (2 of 2).',
    ]);
  });

  test('a wait that times out says so at each interval until the end, with nobody counted', async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      policy: { minApprovals: 2 },
      request: { timeoutMs: 65_000, pollIntervalMs: 10_000, progressIntervalMs: 30_000 },
    });
    expect(result?.status).toBe('timed-out');
    expect(log.split('\n').filter((line) => /^(Counted|Waiting)/.test(line))).toEqual([
      'Waiting for approval, 35 s left: no approval counted yet; missing 2 more approvals; can approve: alice, bob, carol.',
      'Waiting for approval, 5 s left: no approval counted yet; missing 2 more approvals; can approve: alice, bob, carol.',
    ]);
  });

  test('an /approve posted before the request comment does not count', async () => {
    api = await startApi();
    api.state.onIssueCreated = (issue) => api?.state.addComment(issue.number, 'alice', '/approve', issue);
    const { result, log } = await runScenario(api, {
      request: { timeoutMs: 20_000, pollIntervalMs: 10_000 },
    });
    expect(result?.status).toBe('timed-out');
    expect(log).toContain('Ignored /approve from alice: it was given before the request comment.');
  });

  test("a request comment posted before the gate's own stops it, and the issue is closed", async () => {
    api = await startApi();
    api.state.onIssueCreated = (issue) =>
      api?.state.addComment(
        issue.number,
        'mallory',
        '<!-- shipgate-request repository=acme/gitops app=web environment=production path=apps/web/production images=sha256:0 config=sha256:0 -->',
        issue,
      );
    const { result, error } = await runScenario(api, { afterPoll: [comment('alice', '/approve')] });
    expect(result).toBeUndefined();
    expect((error as Error).message).toMatch(
      /^A request comment was posted on https:\/\/\S+ before the gate's own \(https:\/\/\S+\), so no approval there can count; run approval-gate again\.$/,
    );
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'not_planned' });
  });

  test('the request comment edited while the gate waits stops it, and the issue is closed', async () => {
    api = await startApi();
    const { result, error } = await runScenario(api, {
      afterPoll: [
        (issue, server) => {
          const request = server.state.comments.find((entry) => entry.issueNumber === issue);
          server.state.editComment(request?.id ?? 0, '<!-- shipgate-request repository=acme/gitops -->');
          server.state.addComment(issue, 'alice', '/approve');
        },
      ],
    });
    expect(result).toBeUndefined();
    expect((error as Error).message).toMatch(
      /^The request comment https:\/\/\S+ was edited, so no approval of it counts; run approval-gate again\.$/,
    );
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'not_planned' });
  });

  test('no answer → timed-out, distinct from denied', async () => {
    api = await startApi();
    const { result } = await runScenario(api, {
      request: { timeoutMs: 60_000, pollIntervalMs: 10_000 },
      afterPoll: [comment('bob', 'lgtm but not using the command')],
    });
    expect(result?.status).toBe('timed-out');
    expect(result?.record.status).toBe('timed-out');
    // A poll at 0, 10, …, 60 s.
    expect(api.requestsTo('issues/list-comments')).toHaveLength(7);
    expect(callsPerPoll(api.requests).every((count) => count === 1)).toBe(true);
    expect(closing(api).comment).toMatch(/Timed out[\s\S]*still missing 1 more approval/);
    expect(closing(api).reason).toBe('not_planned');
  });

  test('a 502 then success → still approved, never read as a denial', async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      afterPoll: [
        (_issue, server) => server.failNext({ status: 502, match: { operationId: 'issues/list-comments' } }),
        comment('alice', '/approve'),
      ],
    });
    expect(result?.status).toBe('approved');
    const reads = api.requestsTo('issues/list-comments').map((request) => request.status);
    expect(reads).toEqual([200, 502, 200, 200]);
    expect(log).toMatch(/GET \/repos\/acme\/web\/issues\/1\/comments failed: 502 .*retrying/);
    expect(Math.max(...callsPerPoll(api.requests))).toBeLessThanOrEqual(2);
  });

  test('an outage longer than the retries is waited out at the next poll', async () => {
    api = await startApi();
    const { result, log } = await runScenario(api, {
      afterPoll: [
        (_issue, server) => server.failNext({ status: 503, times: 5, match: { operationId: 'issues/list-comments' } }),
        comment('alice', '/approve'),
      ],
    });
    expect(result?.status).toBe('approved');
    expect(log).toMatch(/503 .*will read the comments again at the next poll/);
  });

  test('a 403 rate limit with a reset header → waits for the reset and goes on', async () => {
    api = await startApi();
    const { result, clientWaits } = await runScenario(api, {
      afterPoll: [
        (issue, server) => {
          server.state.addComment(issue, 'alice', '/approve');
          server.rateLimitNext({ resetInSeconds: 30, match: { operationId: 'issues/list-comments' } });
        },
      ],
    });
    expect(result?.status).toBe('approved');
    const limited = api.requestsTo('issues/list-comments').find((request) => request.status === 403);
    expect(limited?.injected).toBe(true);
    expect(clientWaits).toHaveLength(1);
    // Until x-ratelimit-reset (30 s from the server's now, rounded up) plus a second of margin.
    expect(clientWaits[0]).toBeGreaterThanOrEqual(30_000);
    expect(clientWaits[0]).toBeLessThanOrEqual(32_000);
  });

  test('a 429 with retry-after is honoured', async () => {
    api = await startApi();
    const { result, clientWaits } = await runScenario(api, {
      afterPoll: [
        (issue, server) => {
          server.state.addComment(issue, 'alice', '/approve');
          server.rateLimitNext({ status: 429, retryAfterSeconds: 7, resetInSeconds: 60 });
        },
      ],
    });
    expect(result?.status).toBe('approved');
    expect(clientWaits).toEqual([7_000]);
  });

  test('team membership decides whether a team member counts (one lookup a poll)', async () => {
    api = await startApi();
    api.state.addTeam('acme/ops', ['olga', { login: 'pat', state: 'pending' }]);
    const { result } = await runScenario(api, {
      policy: { approvers: ['acme/ops'] },
      afterPoll: [comments(['pat', '/approve'], ['mallory', '/approve'], ['olga', '/approve ship it'])],
    });
    expect(result?.status).toBe('approved');
    expect(result?.record.approvers.map((entry) => entry.login)).toEqual(['olga']);
    expect(result?.evaluation.ignored.map((entry) => entry.decision.login)).toEqual(['pat', 'mallory']);
    const lookups = api.requestsTo('teams/get-membership-for-user-in-org');
    expect(lookups.map((request) => [request.path.split('/').at(-1), request.status])).toEqual([
      ['pat', 200],
      ['mallory', 404],
      ['olga', 200],
    ]);
    expect(callsPerPoll(api.requests)).toEqual([1, 2, 2, 2]);
    expect(api.state.issues[0]?.assignees).toEqual([]);
  });

  test('a token that cannot read team members stops the gate with a hint, and the issue is closed', async () => {
    api = await startApi();
    const { error } = await runScenario(api, {
      policy: { approvers: ['acme/ops'] },
      afterPoll: [
        (issue, server) => {
          server.state.addComment(issue, 'olga', '/approve');
          server.failNext({
            status: 403,
            match: { operationId: 'teams/get-membership-for-user-in-org' },
            body: { message: 'Resource not accessible by integration' },
          });
        },
      ],
    });
    expect((error as Error).message).toMatch(
      /^Could not check whether olga is in team acme\/ops: .*403 Resource not accessible by integration\. The token must be able to read/,
    );
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'not_planned' });
    expect(closing(api).comment).toMatch(/Stopped: the gate failed[\s\S]*Resource not accessible/);
  });

  test('assigns at most 10 approvers, users only', async () => {
    api = await startApi();
    const users = Array.from({ length: 12 }, (_, index) => `user${index}`);
    for (const user of users) api.state.addUser(user);
    await runScenario(api, {
      policy: { approvers: [...users, 'acme/ops'] },
      afterPoll: [comment('user11', '/approve')],
    });
    expect(api.state.issues[0]?.assignees).toEqual(users.slice(0, 10));
    expect(api.requests[0]?.body).toMatchObject({ assignees: users.slice(0, 10) });
  });

  test('a config approver is required when the config changed', async () => {
    api = await startApi();
    const { result } = await runScenario(api, {
      policy: { approvers: ['alice', 'bob'], configApprovers: ['cora'], minApprovals: 2 },
      afterPoll: [comments(['alice', '/approve'], ['bob', '/approve']), comment('cora', '/approve config ok')],
    });
    expect(result?.status).toBe('approved');
    expect(result?.record.approvers.map((entry) => [entry.login, entry.role])).toEqual([
      ['alice', 'any'],
      ['bob', 'any'],
      ['cora', 'config'],
    ]);
    expect(api.requestsTo('issues/list-comments')).toHaveLength(3);
  });

  test('cancelling the job closes the issue and throws', async () => {
    api = await startApi();
    const { error } = await runScenario(api, { abortAfterPoll: 2 });
    expect(error).toBeInstanceOf(ApprovalCancelledError);
    expect(closing(api)).toMatchObject({ state: 'closed', reason: 'not_planned' });
    expect(closing(api).comment).toMatch(/Cancelled/);
  });

  test('a 401 fails at once, names the call, and still tries to close the issue', async () => {
    api = await startApi();
    const { error } = await runScenario(api, {
      afterPoll: [
        (_issue, server) =>
          server.failNext({
            status: 401,
            match: { operationId: 'issues/list-comments' },
            body: { message: 'Bad credentials' },
          }),
      ],
    });
    expect((error as Error).message).toBe(
      'GitHub API call GET /repos/acme/web/issues/1/comments failed: 401 Bad credentials',
    );
    expect(closing(api).state).toBe('closed');
    expect(api.requestsTo('issues/list-comments')).toHaveLength(2);
  });
});

describe('mode environment', () => {
  async function environmentScenario(
    approvals: Array<{ login: string; state: 'approved' | 'rejected'; environment?: string }>,
    policy: Partial<PolicySettings> = {},
  ) {
    api = await startApi();
    api.state.addRun({
      owner: 'acme',
      repo: 'web',
      id: 123,
      actor: 'dave',
      approvals: approvals.map((entry) => ({
        environments: [entry.environment ?? 'production'],
        state: entry.state,
        login: entry.login,
        comment: `${entry.state} by ${entry.login}`,
      })),
    });
    return runScenario(api, { policy, request: { mode: 'environment', runId: 123 } });
  }

  test('approvals for this environment meet the policy → approved', async () => {
    const { result, log } = await environmentScenario(
      [
        { login: 'alice', state: 'approved' },
        { login: 'bob', state: 'approved', environment: 'staging' },
        { login: 'carol', state: 'approved' },
      ],
      { minApprovals: 2 },
    );
    expect(result?.status).toBe('approved');
    expect(result?.record.approvers.map((entry) => [entry.login, entry.source, entry.comment])).toEqual([
      ['alice', 'environment', 'approved by alice'],
      ['carol', 'environment', 'approved by carol'],
    ]);
    expect(result?.requestUrl).toBe('https://github.com/acme/web/actions/runs/123');
    expect(log.split('\n').filter((line) => line.startsWith('Counted'))).toEqual([
      'Counted the environment review of alice (1 of 2).',
      'Counted the environment review of carol (2 of 2).',
    ]);
  });

  test('a rejected review → denied', async () => {
    const { result } = await environmentScenario([
      { login: 'alice', state: 'approved' },
      { login: 'bob', state: 'rejected' },
    ]);
    expect(result?.status).toBe('denied');
    expect(result?.approved).toBe(false);
    expect(result?.evaluation.denial?.login).toBe('bob');
  });

  test("the actor's own review does not count (GitHub's prevent-self-review is not assumed)", async () => {
    const { result } = await environmentScenario([{ login: 'dave', state: 'approved' }], {
      approvers: [],
      allowEmptyApprovers: true,
    });
    expect(result?.status).toBe('denied');
    expect(result?.evaluation.missing).toEqual(['1 more approval']);
  });

  test('a team reviewer counts only as an active member', async () => {
    const { result } = await environmentScenario([{ login: 'olga', state: 'approved' }], { approvers: ['acme/ops'] });
    expect(result?.status).toBe('denied');
    expect(api?.requestsTo('teams/get-membership-for-user-in-org').map((request) => request.status)).toEqual([404]);
  });
});
