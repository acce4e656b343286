import { isRetryableStatus, parseRetryAfter, retry, ShipgateError } from '@shipgate/core';

export interface PullRequestOptions {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  /** The branch with the change (`shipgate/<app>-<environment>`). */
  head: string;
  base: string;
  title: string;
  body: string;
  fetch?: typeof fetch;
  retryDelays?: { baseDelayMs: number; maxDelayMs: number };
}

export class GitHubApiError extends ShipgateError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The request that opens the pull request (`POST /repos/{owner}/{repo}/pulls`). */
export function createPullRequestRequest(options: PullRequestOptions): ApiRequest {
  return {
    method: 'POST',
    url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls`,
    headers: apiHeaders(options.token),
    body: JSON.stringify({ title: options.title, head: options.head, base: options.base, body: options.body }),
  };
}

/** The request that finds the open pull request from `head` into `base`. */
export function findPullRequestRequest(options: PullRequestOptions): ApiRequest {
  const query = new URLSearchParams({ state: 'open', head: `${options.owner}:${options.head}`, base: options.base });
  return {
    method: 'GET',
    url: `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/pulls?${query}`,
    headers: apiHeaders(options.token),
  };
}

function apiHeaders(token: string): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'user-agent': 'shipgate-gitops-commit',
    'x-github-api-version': '2022-11-28',
  };
}

/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. Retries rate limits and server errors only.
 */
export async function openOrUpdatePullRequest(
  options: PullRequestOptions,
): Promise<{ url: string; number: number; created: boolean }> {
  const send = async (request: ApiRequest): Promise<{ status: number; body: unknown }> =>
    retry(
      async () => {
        const response = await (options.fetch ?? fetch)(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body ? { body: request.body } : {}),
        });
        const text = await response.text();
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // keep the text for the error message
        }
        if (isRetryableStatus(response.status) || (response.status === 403 && response.headers.get('retry-after'))) {
          throw new GitHubApiError(
            `${request.method} ${new URL(request.url).pathname} answered ${response.status}`,
            response.status,
            parseRetryAfter(response.headers.get('retry-after')),
          );
        }
        return { status: response.status, body };
      },
      {
        attempts: 4,
        baseDelayMs: options.retryDelays?.baseDelayMs ?? 1000,
        maxDelayMs: options.retryDelays?.maxDelayMs ?? 10_000,
        isRetryable: (error) => error instanceof GitHubApiError,
        requestedDelayMs: (error) => (error instanceof GitHubApiError ? error.retryAfterMs : undefined),
      },
    );

  const created = await send(createPullRequestRequest(options));
  if (created.status === 201) {
    const pull = created.body as { html_url: string; number: number };
    return { url: pull.html_url, number: pull.number, created: true };
  }
  const message = apiMessage(created.body);
  if (created.status === 422 && /already exists/i.test(message)) {
    const found = await send(findPullRequestRequest(options));
    const pulls =
      found.status === 200 && Array.isArray(found.body) ? (found.body as Array<Record<string, unknown>>) : [];
    const open = pulls[0];
    if (open && typeof open.html_url === 'string') {
      return { url: open.html_url, number: Number(open.number), created: false };
    }
    throw new GitHubApiError(
      `A pull request from ${options.head} already exists but could not be listed (GET pulls answered ${found.status}).`,
      found.status,
    );
  }
  throw new GitHubApiError(
    `Opening the pull request from ${options.head} into ${options.base} failed with ${created.status}: ${message}`,
    created.status,
  );
}

function apiMessage(body: unknown): string {
  if (body && typeof body === 'object') {
    const record = body as { message?: unknown; errors?: Array<{ message?: unknown }> };
    const details = (record.errors ?? []).map((error) => error.message).filter((m) => typeof m === 'string');
    return [record.message, ...details].filter(Boolean).join('; ');
  }
  return String(body ?? '');
}
