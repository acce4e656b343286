import { describe, expect, test } from 'vitest';
import { openOrUpdatePullRequest } from '../src/pull-request';

const options = {
  apiUrl: 'https://api.github.example',
  token: 'tok',
  owner: 'acme',
  repo: 'gitops',
  head: 'shipgate/web-production',
  base: 'main',
  title: 'Deploy web to production',
  body: 'Deploy web to production',
  retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
};

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(answers: Array<{ status: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ method: string; url: string }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ method: String(init.method), url });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
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
    expect(await openOrUpdatePullRequest({ ...options, fetch })).toEqual({
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
    expect(await openOrUpdatePullRequest({ ...options, fetch })).toMatchObject({
      url: created.html_url,
      created: false,
    });
    expect(calls[1]?.method).toBe('GET');
    expect(calls[1]?.url).toContain('head=acme%3Ashipgate%2Fweb-production');
  });

  test('retries a 502 and a rate limit, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 403, body: { message: 'secondary rate limit' }, headers: { 'retry-after': '0' } },
      { status: 201, body: created },
    ]);
    expect((await openOrUpdatePullRequest({ ...options, fetch })).created).toBe(true);
    expect(calls).toHaveLength(3);
  });

  test('fails at once on 401 with the API message', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 401, body: { message: 'Bad credentials' } }]);
    await expect(openOrUpdatePullRequest({ ...options, fetch })).rejects.toThrow(/failed with 401: Bad credentials/);
    expect(calls).toHaveLength(1);
  });
});
