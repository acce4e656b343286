import { STATUS_CODES } from 'node:http';
import { GitHubApiError } from './github-client';
import { parseRetryAfter } from './retry';

/** What Octokit throws: a RequestError (with `response` when GitHub answered), or fetch's own error. */
export interface OctokitFailure {
  name?: string;
  message?: string;
  status?: number;
  response?: { status: number; headers: Record<string, unknown>; data?: unknown };
  cause?: unknown;
}

/**
 * The one mapping from Octokit's failures to `GitHubApiError`, naming the call: `404 Not Found`,
 * `403 rate limited (…), resets in 60s`, or `could not reach <origin> (ECONNREFUSED)`. A rate limit
 * is a 429, or a 403 with no quota left, a `retry-after` or "rate limit" in its message; its wait is
 * what `retry-after` or `x-ratelimit-reset` (by `now`, plus a second) says, else a minute.
 */
export function githubApiError(
  error: unknown,
  where: { call: string; origin: string },
  now: number = Date.now(),
): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const failure = error as OctokitFailure;
  const response = failure.response;
  if (!response) {
    const reason = networkCode(failure) ?? failure.message ?? String(error);
    return new GitHubApiError(where.call, `could not reach ${where.origin} (${reason})`, { cause: error });
  }
  const { status, headers } = response;
  const message = apiMessage(response.data) || STATUS_CODES[status] || 'no reason given';
  const header = (name: string) => (headers[name] === undefined ? null : String(headers[name]));
  const remaining = header('x-ratelimit-remaining');
  const retryAfter = parseRetryAfter(header('retry-after'), now);
  const rateLimited =
    status === 429 ||
    (status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)));
  if (!rateLimited) return new GitHubApiError(where.call, `${status} ${message}`, { status, cause: error });
  let requestedDelayMs = retryAfter;
  const reset = Number(header('x-ratelimit-reset'));
  if (requestedDelayMs === undefined && remaining === '0' && Number.isFinite(reset) && reset > 0) {
    requestedDelayMs = Math.max(0, reset * 1000 - now) + 1_000;
  }
  requestedDelayMs ??= 60_000;
  return new GitHubApiError(
    where.call,
    `${status} rate limited (${message}), resets in ${Math.ceil(requestedDelayMs / 1000)}s`,
    { status, requestedDelayMs, rateLimited, cause: error },
  );
}

/** `ECONNREFUSED`, `ENOTFOUND`…: fetch hides it in its error's cause (Octokit's error's cause's cause). */
export function networkCode(failure: OctokitFailure): string | undefined {
  let cause: unknown = failure;
  for (let depth = 0; depth < 4 && cause; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** GitHub's JSON `message` (not a proxy's HTML page), with the `errors[].message` details a 422 carries ("A pull request already exists…"). */
function apiMessage(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const record = data as { message?: unknown; errors?: unknown };
  const message = typeof record.message === 'string' ? record.message : '';
  const details = Array.isArray(record.errors)
    ? record.errors
        .map((entry) => (entry as { message?: unknown } | null)?.message)
        .filter((detail): detail is string => typeof detail === 'string' && detail.length > 0)
    : [];
  return details.length > 0 ? `${message} (${details.join('; ')})` : message;
}
