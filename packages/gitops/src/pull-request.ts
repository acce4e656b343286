import { GitHubApiError, type GitHubClient } from '@shipgate/core';

export interface PullRequest {
  owner: string;
  repo: string;
  /** The branch with the change (`shipgate/<app>-<environment>`). */
  head: string;
  base: string;
  title: string;
  body: string;
}

/**
 * Opens the pull request, or, when one is already open for the same head branch (the push has
 * already updated it), returns that one. The client's rules apply: rate limits are waited out, and
 * a POST that failed on GitHub's side is not repeated, since it may have opened the pull request;
 * the open one is looked up instead.
 */
export async function openOrUpdatePullRequest(
  client: GitHubClient,
  pull: PullRequest,
): Promise<{ url: string; number: number; created: boolean }> {
  const params = { owner: pull.owner, repo: pull.repo };
  let failure: GitHubApiError;
  try {
    const { data } = await client.request<{ html_url: string; number: number }>('POST /repos/{owner}/{repo}/pulls', {
      params,
      body: { title: pull.title, head: pull.head, base: pull.base, body: pull.body },
    });
    return { url: data.html_url, number: data.number, created: true };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    const exists = error.status === 422 && /already exists/i.test(error.message);
    const maybeOpened = error.status === undefined || error.status >= 500;
    if (!exists && !maybeOpened) throw error;
    failure = exists
      ? new GitHubApiError(
          `GET /repos/${pull.owner}/${pull.repo}/pulls`,
          `GitHub says a pull request from ${pull.head} into ${pull.base} exists, but lists none open`,
        )
      : error;
  }
  const { data: open } = await client.request<Array<{ html_url?: unknown; number?: unknown }>>(
    'GET /repos/{owner}/{repo}/pulls',
    { params, query: { state: 'open', head: `${pull.owner}:${pull.head}`, base: pull.base } },
  );
  const found = open[0];
  if (!found || typeof found.html_url !== 'string') throw failure;
  return { url: found.html_url, number: Number(found.number), created: false };
}
