import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  type GitHubApi,
  openApiDescriptionPath,
  openApiToJsonSchema,
  servedOperations,
  startGitHubApi,
  validateGitHubResponse,
} from './github-api';
import { sharedFixturesDir } from './shared-fixtures';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
});

async function call(method: string, path: string, body?: unknown, token = 'test-token') {
  if (!api) throw new Error('no server');
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('openApiToJsonSchema', () => {
  test.each([
    [{ type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      { type: 'string', enum: ['a', 'b'], nullable: true },
      { type: ['string', 'null'], enum: ['a', 'b', null] },
    ],
    [{ $ref: '#/x', nullable: true }, { anyOf: [{ type: 'null' }, { $ref: '#/x' }] }],
    [{ type: 'integer', nullable: false }, { type: 'integer' }],
    [
      { properties: { a: { type: 'object', nullable: true, example: { nullable: true } } } },
      { properties: { a: { type: ['object', 'null'], example: { nullable: true } } } },
    ],
  ])('%j → %j', (input, expected) => {
    expect(openApiToJsonSchema(input)).toEqual(expected);
  });
});

describe('validateGitHubResponse', () => {
  test('holds bodies to the schema of their operation and status', () => {
    expect(validateGitHubResponse('teams/get-membership-for-user-in-org', 200, { url: 'x' })).not.toEqual([]);
    expect(
      validateGitHubResponse('teams/get-membership-for-user-in-org', 200, {
        url: 'https://api.github.com/x',
        role: 'member',
        state: 'active',
      }),
    ).toEqual([]);
    // Undocumented error statuses must still be GitHub's basic error shape.
    expect(validateGitHubResponse('issues/list-comments', 502, { message: 'Bad gateway' })).toEqual([]);
    expect(validateGitHubResponse('issues/list-comments', 502, { message: 7 })).not.toEqual([]);
    expect(validateGitHubResponse('issues/list-comments', 204, undefined)).not.toEqual([]);
  });
});

describe('startGitHubApi', () => {
  test('runs an issue conversation; every response matches the description', async () => {
    api = await startGitHubApi();
    api.state.addUser('alice');
    const created = await call('POST', '/repos/acme/web/issues', {
      title: 'Deploy web',
      body: 'please',
      assignees: ['alice', 'ghost'],
    });
    expect(created.status).toBe(201);
    expect(created.body.number).toBe(1);
    expect(created.body.assignees.map((user: { login: string }) => user.login)).toEqual(['alice']);
    expect(created.headers.get('x-ratelimit-remaining')).toBe('4999');

    api.state.addComment(1, 'alice', '/approve looks good');
    const since = created.body.created_at;
    const listed = await call('GET', `/repos/acme/web/issues/1/comments?since=${since}&per_page=100`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((comment: { body: string }) => comment.body)).toEqual(['/approve looks good']);
    const future = await call('GET', '/repos/acme/web/issues/1/comments?since=2999-01-01T00:00:00Z');
    expect(future.body).toEqual([]);

    expect((await call('POST', '/repos/acme/web/issues/1/comments', { body: 'Approved.' })).status).toBe(201);
    const closed = await call('PATCH', '/repos/acme/web/issues/1', { state: 'closed', state_reason: 'completed' });
    expect(closed.body.state).toBe('closed');
    expect(api.state.lastIssue?.state).toBe('closed');
    expect(api.requests.map((request) => `${request.method} ${request.operationId} ${request.status}`)).toEqual([
      'POST issues/create 201',
      'GET issues/list-comments 200',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'PATCH issues/update 200',
    ]);
    expect(api.requests[1]?.query).toEqual({ since, per_page: '100' });
    expect(api.requests[0]?.body).toMatchObject({ title: 'Deploy web' });
    expect(api.violations).toEqual([]);
  });

  test('pages comments with a Link header', async () => {
    api = await startGitHubApi();
    api.state.addIssue({ owner: 'acme', repo: 'web', title: 't', author: 'bob' });
    for (let i = 0; i < 3; i++) api.state.addComment(1, 'bob', `comment ${i}`);
    const first = await call('GET', '/repos/acme/web/issues/1/comments?per_page=2');
    expect(first.body).toHaveLength(2);
    expect(first.headers.get('link')).toMatch(/page=2.*rel="next"/);
    const second = await call('GET', '/repos/acme/web/issues/1/comments?per_page=2&page=2');
    expect(second.body.map((comment: { body: string }) => comment.body)).toEqual(['comment 2']);
  });

  test('serves run approvals, pending deployments, reviews, runs, deployments, teams and pull requests', async () => {
    api = await startGitHubApi();
    const staging = api.state.environment('staging');
    api.state.addRun({
      owner: 'acme',
      repo: 'web',
      id: 42,
      actor: 'bob',
      approvals: [{ environments: ['production'], state: 'rejected', login: 'alice', comment: 'not today' }],
      pendingEnvironments: [
        {
          ...staging,
          reviewers: [
            { type: 'User', login: 'carol' },
            { type: 'Team', login: 'acme/ops' },
          ],
        },
      ],
    });
    api.state.addTeam('acme/ops', ['carol', { login: 'dave', state: 'pending' }]);

    const approvals = await call('GET', '/repos/acme/web/actions/runs/42/approvals');
    expect(approvals.body[0]).toMatchObject({ state: 'rejected', user: { login: 'alice' }, comment: 'not today' });
    expect(approvals.body[0].environments[0].name).toBe('production');
    const pending = await call('GET', '/repos/acme/web/actions/runs/42/pending_deployments');
    expect(pending.body[0].environment.name).toBe('staging');
    const reviewed = await call('POST', '/repos/acme/web/actions/runs/42/pending_deployments', {
      environment_ids: [staging.id],
      state: 'approved',
      comment: 'go',
    });
    expect(reviewed.status).toBe(200);
    expect(api.state.runs.get(42)?.approvals.at(-1)).toMatchObject({ login: 'shipgate-bot', state: 'approved' });
    const run = await call('GET', '/repos/acme/web/actions/runs/42');
    expect(run.body.actor.login).toBe('bob');
    expect((await call('GET', '/repos/acme/web/actions/runs/7')).status).toBe(404);

    const deployment = await call('POST', '/repos/acme/web/deployments', { ref: 'main', environment: 'production' });
    expect(deployment.status).toBe(201);
    const status = await call('POST', `/repos/acme/web/deployments/${deployment.body.id}/statuses`, {
      state: 'success',
      log_url: 'https://github.com/acme/web/actions/runs/42',
    });
    expect(status.status).toBe(201);
    const listed = await call('GET', '/repos/acme/web/deployments?environment=production');
    expect(listed.body.map((entry: { id: number }) => entry.id)).toContain(deployment.body.id);

    expect((await call('GET', '/orgs/acme/teams/ops/memberships/carol')).body.state).toBe('active');
    expect((await call('GET', '/orgs/acme/teams/ops/memberships/dave')).body.state).toBe('pending');
    expect((await call('GET', '/orgs/acme/teams/ops/memberships/erin')).status).toBe(404);

    const pull = await call('POST', '/repos/acme/gitops/pulls', {
      head: 'shipgate/web',
      base: 'main',
      title: 'Deploy',
    });
    expect(pull.status).toBe(201);
    expect(pull.body).toMatchObject({ title: 'Deploy', head: { ref: 'shipgate/web' }, base: { ref: 'main' } });
    expect(api.state.pulls).toHaveLength(1);
    const duplicate = await call('POST', '/repos/acme/gitops/pulls', { head: 'shipgate/web', base: 'main' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors[0].message).toBe('A pull request already exists for acme:shipgate/web.');
    const open = await call('GET', '/repos/acme/gitops/pulls?state=open&head=acme:shipgate/web&base=main');
    expect(open.body.map((entry: { number: number }) => entry.number)).toEqual([pull.body.number]);
    expect((await call('GET', '/repos/acme/gitops/pulls?head=acme:other')).body).toEqual([]);
  });

  test('refuses requests without a known token', async () => {
    api = await startGitHubApi();
    const answer = await call('GET', '/repos/acme/web/deployments', undefined, 'wrong');
    expect(answer.status).toBe(401);
    expect(answer.body.message).toBe('Bad credentials');
  });

  test('injects 5xx and rate limits on matching requests only', async () => {
    let clock = Date.parse('2026-11-22T10:00:00Z');
    api = await startGitHubApi({ now: () => new Date(clock) });
    api.failNext({ status: 502, match: { operationId: 'repos/list-deployments' } });
    api.rateLimitNext({ resetInSeconds: 30, retryAfterSeconds: 5, match: { method: 'POST' } });
    api.rateLimitNext({ status: 429 });
    clock += 0;
    expect((await call('GET', '/orgs/acme/teams/ops/memberships/x')).status).toBe(429);
    expect((await call('GET', '/repos/acme/web/deployments')).status).toBe(502);
    expect((await call('GET', '/repos/acme/web/deployments')).status).toBe(200);
    const limited = await call('POST', '/repos/acme/web/issues', { title: 't' });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-11-22T10:00:30Z') / 1000));
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.body.message).toMatch(/rate limit/);
    expect((await call('POST', '/repos/acme/web/issues', { title: 't' })).status).toBe(201);
    expect(api.requests.filter((request) => request.injected).map((request) => request.status)).toEqual([
      429, 502, 403,
    ]);
  });

  test('catches an invalid response body, answers 500 and fails stop()', async () => {
    const server = await startGitHubApi();
    const created = await fetch(`${server.url}/repos/acme/web/issues`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ title: 'ok' }),
    });
    expect(created.status).toBe(201);
    server.corruptNext('issues/create', (body) => ({ ...(body as object), number: 'one', user: undefined }));
    const corrupted = await fetch(`${server.url}/repos/acme/web/issues`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ title: 'bad' }),
    });
    expect(corrupted.status).toBe(500);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatch(/issues\/create.*\/number must be integer/);
    expect(() => server.assertNoViolations()).toThrow(/fail their schema/);
    await expect(server.stop()).rejects.toThrow(/must have required property 'user'/);
  });

  test('a request body its schema refuses gets 422, as from GitHub, and fails stop()', async () => {
    const server = await startGitHubApi();
    const refused = await fetch(`${server.url}/repos/acme/web/issues`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ body: 'no title' }),
    });
    expect(refused.status).toBe(422);
    expect(server.state.issues).toHaveLength(0);
    expect(server.violations).toEqual([
      expect.stringMatching(
        /^POST \/repos\/acme\/web\/issues: the request does not match issues\/create: .*required property 'title'/,
      ),
    ]);
    await expect(server.stop()).rejects.toThrow(/fail their schema/);
  });
});

const shared = sharedFixturesDir();

describe.runIf(shared && existsSync(join(shared, 'github-openapi-subset.json')))('the shared OpenAPI subset', () => {
  test('every operation it lists is served, with the same responses as the npm description', () => {
    type Paths = Record<string, Record<string, { operationId: string; responses: unknown }>>;
    const subset = JSON.parse(readFileSync(join(shared as string, 'github-openapi-subset.json'), 'utf8')) as {
      paths: Paths;
    };
    const npm = JSON.parse(readFileSync(openApiDescriptionPath(), 'utf8')) as { paths: Paths };
    const served = servedOperations().map(
      (operation) => `${operation.method} ${operation.path} ${operation.operationId}`,
    );
    for (const [path, methods] of Object.entries(subset.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation?.operationId) continue;
        expect(served).toContain(`${method.toUpperCase()} ${path} ${operation.operationId}`);
        expect(npm.paths[path]?.[method]?.responses).toEqual(operation.responses);
      }
    }
  });
});
