import { createGitHubClient } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { openOrUpdatePullRequest } from '../src/pull-request';

const options = {
  owner: 'acme',
  repo: 'gitops',
  head: 'shipgate/web-production',
  base: 'main',
  title: 'Deploy web to production',
  body: 'Deploy web to production',
};

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(answers: Array<{ status: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ method: string; url: string }> = [];
  const requests: Array<{ method: string; url: string; headers: Record<string, string>; body?: string }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ method: String(init.method), url });
    requests.push({
      method: String(init.method),
      url,
      headers: init.headers as Record<string, string>,
      body: init.body as string | undefined,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers },
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls, requests };
}

/** The client over a scripted GitHub, with no real waits. */
function client(fetch: typeof globalThis.fetch, apiUrl = 'https://api.github.example') {
  return createGitHubClient({ token: 'tok', baseUrl: apiUrl, fetch, baseDelayMs: 0, sleep: async () => {} });
}

// Response bodies in the shapes of GitHub's REST API (pulls/create, pulls/list, validation failed).
const created = { number: 7, html_url: 'https://github.example/acme/gitops/pull/7' };
const alreadyExists = {
  message: 'Validation Failed',
  errors: [
    {
      resource: 'PullRequest',
      code: 'custom',
      message: 'A pull request already exists for acme:shipgate/web-production.',
    },
  ],
  documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
};

describe('openOrUpdatePullRequest', () => {
  test('opens a new pull request', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 201, body: created }]);
    expect(await openOrUpdatePullRequest(client(fetch), options)).toEqual({
      url: created.html_url,
      number: 7,
      created: true,
    });
    expect(calls).toEqual([{ method: 'POST', url: 'https://api.github.example/repos/acme/gitops/pulls' }]);
  });

  test('returns the open one when it already exists (the push updated it)', async () => {
    const { fetch, calls } = scriptedFetch([
      { status: 422, body: alreadyExists },
      { status: 200, body: [created] },
    ]);
    expect(await openOrUpdatePullRequest(client(fetch), options)).toMatchObject({
      url: created.html_url,
      created: false,
    });
    expect(calls[1]?.method).toBe('GET');
    expect(calls[1]?.url).toContain('head=acme%3Ashipgate%2Fweb-production');
  });

  test('waits out a rate limit, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch([
      { status: 403, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '0' } },
      { status: 201, body: created },
    ]);
    expect((await openOrUpdatePullRequest(client(fetch), options)).created).toBe(true);
    expect(calls).toHaveLength(2);
  });

  test('a 502 on the POST is not repeated: GitHub may have opened it, so the open one is looked up', async () => {
    const opened = scriptedFetch([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 200, body: [created] },
    ]);
    expect(await openOrUpdatePullRequest(client(opened.fetch), options)).toMatchObject({ url: created.html_url });
    expect(opened.calls.map((call) => call.method)).toEqual(['POST', 'GET']);
    const none = scriptedFetch([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 200, body: [] },
    ]);
    await expect(openOrUpdatePullRequest(client(none.fetch), options)).rejects.toThrow(
      'GitHub API call POST /repos/acme/gitops/pulls failed: 502 Bad Gateway',
    );
  });

  test('fails at once on 401 with the API message', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 401, body: { message: 'Bad credentials' } }]);
    await expect(openOrUpdatePullRequest(client(fetch), options)).rejects.toThrow(/failed: 401 Bad credentials/);
    expect(calls).toHaveLength(1);
  });
});

describe('pull-request requests', () => {
  const apiUrl = 'https://ghe.example.com/api/v3/';
  const pull = { ...options, body: 'Deploy web to production\n\nShipgate-App: web' };
  test('POST /repos/{owner}/{repo}/pulls honours the API URL', async () => {
    const { fetch, requests } = scriptedFetch([{ status: 201, body: created }]);
    await openOrUpdatePullRequest(client(fetch, apiUrl), pull);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('https://ghe.example.com/api/v3/repos/acme/gitops/pulls');
    expect(request?.headers.authorization).toBe('Bearer tok');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      title: pull.title,
      head: pull.head,
      base: 'main',
      body: pull.body,
    });
  });
  test('the lookup of the open one filters by owner:head and base', async () => {
    const { fetch, requests } = scriptedFetch([
      { status: 422, body: alreadyExists },
      { status: 200, body: [created] },
    ]);
    await openOrUpdatePullRequest(client(fetch, apiUrl), pull);
    const url = new URL(requests[1]?.url ?? '');
    expect(url.pathname).toBe('/api/v3/repos/acme/gitops/pulls');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      state: 'open',
      head: 'acme:shipgate/web-production',
      base: 'main',
    });
  });
});
