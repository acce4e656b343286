import { createServer } from 'node:net';
import { createMemoryRuntime } from '@shipgate/core';
import { afterEach, describe, expect, test } from 'vitest';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { createGitHubClient, GitHubApiError, type GitHubClientOptions } from '../src/github-client';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
});

function client(server: GitHubApi, waits: number[] = [], extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
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
    const error = await createGitHubClient({
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

describe('GitHubClient.graphql', () => {
  const ISSUE = 'query($number: Int!) { repository(owner: "acme", name: "web") { issue(number: $number) { number } } }';

  test('retries a query that met a server error, as a GET (a query changes nothing)', async () => {
    api = await startGitHubApi();
    const issue = api.state.addIssue({ owner: 'acme', repo: 'web', title: 't', author: 'dave' });
    api.failNext({ status: 502, match: { path: '/graphql' } });
    const { data, errors } = await client(api).graphql<{ repository: { issue: { number: number } } }>(ISSUE, {
      number: issue.number,
    });
    expect([data.repository.issue.number, errors]).toEqual([issue.number, []]);
    expect(api.requests.map((request) => request.status)).toEqual([502, 200]);
  });

  test('returns a partial answer with its NOT_FOUND errors, and fails an answer without data', async () => {
    api = await startGitHubApi();
    api.state.addIssue({ owner: 'acme', repo: 'web', title: 't', author: 'dave' });
    const { data, errors } = await client(api).graphql<{ repository: { issue: null } }>(ISSUE, { number: 7 });
    expect(data.repository.issue).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['repository', 'issue'] })]);
    const error = await client(api)
      .graphql('{ repository(owner: "acme", name: "web") { nothing } }')
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.message).toMatch(/^GitHub API call POST \/graphql failed: .*nothing/);
    api.violations.length = 0;
  });
});

describe('createGitHubClient over Octokit', () => {
  test('names the action and its version in the user agent, and loads nothing before the first call', async () => {
    api = await startGitHubApi();
    const github = client(api, [], { action: 'approval-gate' });
    expect(github.baseUrl).toBe(api.url);
    expect(api.requests).toEqual([]);
    await github.request('GET /user');
    expect(api.requests[0]?.headers['user-agent']).toMatch(/^shipgate-approval-gate\/\d+\.\d+\.\d+ /);
    await client(api).request('GET /user');
    expect(api.requests[1]?.headers['user-agent']).toMatch(/^shipgate\/\d+\.\d+\.\d+ /);
  });

  test('a POST that was not retried leaves the next calls their retries', async () => {
    api = await startGitHubApi();
    const github = client(api);
    api.failNext({ status: 502 });
    await expect(
      github.request('POST /repos/{owner}/{repo}/issues', {
        params: { owner: 'acme', repo: 'web' },
        body: { title: 't' },
      }),
    ).rejects.toThrow(/502/);
    api.failNext({ status: 503, times: 2 });
    const { status } = await github.request('GET /repos/{owner}/{repo}/deployments', {
      params: { owner: 'acme', repo: 'web' },
    });
    expect(status).toBe(200);
    expect(api.requests.map((request) => request.status)).toEqual([502, 503, 503, 200]);
  });

  test('a secondary rate limit (429, retry-after) is waited out for a POST too', async () => {
    api = await startGitHubApi();
    api.rateLimitNext({ status: 429, retryAfterSeconds: 7, resetInSeconds: 60 });
    const waits: number[] = [];
    await client(api, waits).request('POST /repos/{owner}/{repo}/issues', {
      params: { owner: 'acme', repo: 'web' },
      body: { title: 't' },
    });
    expect(waits).toEqual([7_000]);
    expect(api.state.issues).toHaveLength(1);
  });

  test('a 403 that is no rate limit, and a 422, fail at once with GitHub’s reasons', async () => {
    api = await startGitHubApi();
    api.failNext({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const waits: number[] = [];
    const refused = await client(api, waits)
      .request(MEMBERSHIP, { params })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect([refused.status, refused.rateLimited]).toEqual([403, false]);
    api.failNext({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'custom', message: 'title is too long' }],
      },
    });
    const invalid = await client(api, waits)
      .request('POST /repos/{owner}/{repo}/issues', { params: { owner: 'acme', repo: 'web' }, body: { title: 't' } })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(invalid.message).toBe(
      'GitHub API call POST /repos/acme/web/issues failed: 422 Validation Failed (title is too long)',
    );
    expect(waits).toEqual([]);
    expect(api.requests).toHaveLength(2);
  });

  test('on GitHub Enterprise Server the call is named below the API root', async () => {
    const urls: string[] = [];
    const fetch = (async (url: string) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ message: 'Not Found' }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof globalThis.fetch;
    const error = await createGitHubClient({ token: 't', baseUrl: 'https://ghe.example.com/api/v3/', fetch })
      .request('GET /repos/{owner}/{repo}', { params: { owner: 'acme', repo: 'web' }, query: { per_page: 1 } })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(urls).toEqual(['https://ghe.example.com/api/v3/repos/acme/web?per_page=1']);
    expect(error.message).toBe('GitHub API call GET /repos/acme/web failed: 404 Not Found');
  });

  test('an aborted call stops waiting for a rate limit and is not repeated', async () => {
    api = await startGitHubApi();
    api.rateLimitNext({ resetInSeconds: 600 });
    const controller = new AbortController();
    const error = await client(api, [], {
      sleep: async () => {
        controller.abort();
      },
    })
      .paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        params: { owner: 'acme', repo: 'web', issue_number: 1 },
        signal: controller.signal,
      })
      .then(unexpected, (caught: unknown) => caught as GitHubApiError);
    expect(error.rateLimited).toBe(true);
    expect(api.requests).toHaveLength(1);
  });
});
