import { createServer } from 'node:net';
import { createMemoryRuntime } from '@shipgate/core';
import { afterEach, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { GitHubApiError, GitHubClient } from '../src/github-client';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
});

function client(
  server: GitHubApi,
  waits: number[] = [],
  extra: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {},
) {
  return new GitHubClient({
    token: server.token,
    env: { GITHUB_API_URL: `${server.url}/` },
    baseDelayMs: 0,
    now: () => Date.now(),
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
}

const unexpected = (): never => {
  throw new Error('expected the call to fail');
};

const MEMBERSHIP = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
const params = { org: 'acme', team_slug: 'ops', username: 'olga' };

describe('GitHubClient', () => {
  test('reaches GITHUB_API_URL with a bearer token in the header only', async () => {
    api = await startGitHubApi();
    api.state.addTeam('acme/ops', ['olga']);
    const { status, data } = await client(api).request<{ state: string }>(MEMBERSHIP, { params });
    expect([status, data.state]).toEqual([200, 'active']);
    const [request] = api.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${api.token}`);
    expect(request?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request?.path).toBe('/orgs/acme/teams/ops/memberships/olga');
  });

  test('404 and 401 fail at once, naming the call', async () => {
    api = await startGitHubApi();
    const waits: number[] = [];
    const error = await client(api, waits)
      .request(MEMBERSHIP, { params })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).message).toBe(
      'GitHub API call GET /orgs/acme/teams/ops/memberships/olga failed: 404 Not Found',
    );
    const unauthorised = await client(api, waits, { token: 'nope' })
      .request(MEMBERSHIP, { params })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(unauthorised.status).toBe(401);
    expect(waits).toEqual([]);
    expect(api.requests).toHaveLength(2);
  });

  test('retries 5xx on GET but not on POST, which may have happened', async () => {
    api = await startGitHubApi();
    api.failNext({ status: 502, times: 2 });
    const waits: number[] = [];
    const { data } = await client(api, waits).request<unknown[]>('GET /repos/{owner}/{repo}/deployments', {
      params: { owner: 'acme', repo: 'web' },
    });
    expect(data).toEqual([]);
    expect(api.requests.map((request) => request.status)).toEqual([502, 502, 200]);

    api.failNext({ status: 502 });
    const error = await client(api)
      .request('POST /repos/{owner}/{repo}/issues', { params: { owner: 'acme', repo: 'web' }, body: { title: 't' } })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(error.message).toBe('GitHub API call POST /repos/acme/web/issues failed: 502 Injected 502');
    expect(api.state.issues).toEqual([]);
  });

  test('retries a rate-limited POST after the reset, gives up on a reset too far away', async () => {
    api = await startGitHubApi();
    api.rateLimitNext({ resetInSeconds: 20 });
    const waits: number[] = [];
    await client(api, waits).request('POST /repos/{owner}/{repo}/issues', {
      params: { owner: 'acme', repo: 'web' },
      body: { title: 't' },
    });
    expect(api.state.issues).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(20_000);
    expect(waits[0]).toBeLessThanOrEqual(22_000);

    api.rateLimitNext({ resetInSeconds: 3600 });
    const error = await client(api, [], { maxRateLimitWaitMs: 60_000 })
      .request(MEMBERSHIP, { params })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(error.rateLimited).toBe(true);
    expect(error.message).toMatch(/failed: 403 rate limited \(API rate limit exceeded.*\), resets in 36\d\ds/);
  });

  test('retries a connection that cannot be made, then says where it tried', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const runtime = createMemoryRuntime();
    const error = await new GitHubClient({
      token: 't',
      baseUrl: `http://127.0.0.1:${port}`,
      attempts: 3,
      baseDelayMs: 0,
      log: runtime.log,
    })
      .request('POST /repos/{owner}/{repo}/issues', { params: { owner: 'a', repo: 'b' }, body: {} })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(error.message).toBe(
      `GitHub API call POST /repos/a/b/issues failed: could not reach http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
    expect(runtime.logs.filter((entry) => entry.level === 'warning').map((entry) => entry.message)).toEqual([
      expect.stringMatching(/ECONNREFUSED\); retrying in 0s \(attempt 2\)\.$/),
      expect.stringMatching(/\(attempt 3\)\.$/),
    ]);
  });
});

describe('GitHubClient.paginate', () => {
  test('follows rel="next" through every page, and refuses to stop silently past maxPages', async () => {
    api = await startGitHubApi();
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 't', author: 'dave' });
    for (let index = 0; index < 250; index++) api.state.addComment(issue.number, 'bystander', `comment ${index}`);
    const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const params = { owner: 'acme', repo: 'web', issue_number: issue.number };
    const comments = await client(api).paginate<{ body: string }>(route, { params });
    expect(comments.map((comment) => comment.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    expect(api.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
    await expect(client(api).paginate(route, { params, maxPages: 2 })).rejects.toThrow(
      `GitHub API call GET /repos/{owner}/{repo}/issues/{issue_number}/comments failed: more than 2 pages of results`,
    );
  });
});
