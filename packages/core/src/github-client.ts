import { ShipgateError } from './errors';
import type { Logger } from './runtime';

/** A GitHub REST call that failed; names the call so a log reader knows which one. */
export class GitHubApiError extends ShipgateError {
  override name = 'GitHubApiError';
  readonly status: number | undefined;
  /** `GET /repos/acme/web/issues/1/comments` (no host, no query, never a token). */
  readonly call: string;
  /** A wait the server asked for (retry-after, rate-limit reset), in ms. */
  readonly requestedDelayMs: number | undefined;
  readonly rateLimited: boolean;

  constructor(
    call: string,
    detail: string,
    fields: { status?: number; requestedDelayMs?: number; rateLimited?: boolean; cause?: unknown } = {},
  ) {
    super(`GitHub API call ${call} failed: ${detail}`, { cause: fields.cause });
    this.call = call;
    this.status = fields.status;
    this.requestedDelayMs = fields.requestedDelayMs;
    this.rateLimited = fields.rateLimited ?? false;
  }
}

export interface GitHubClientOptions {
  token: string;
  /** The REST API root; default `GITHUB_API_URL` from `env`, else https://api.github.com. */
  baseUrl?: string;
  /** Where GITHUB_API_URL and the proxy variables are read; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  log?: Logger;
  /** Names the caller in the user agent, `shipgate-<action>/<version>`; default `shipgate/<version>`. */
  action?: string;
  /** Replaces the (proxied) fetch; for tests that script GitHub's answers. */
  fetch?: typeof fetch;
  /** Injectable for tests: every wait (retry backoff, rate-limit reset). */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: epoch ms, used to turn `x-ratelimit-reset` into a wait. */
  now?: () => number;
  /** Attempts of one call, the first included (server errors and rate limits alike). Default 5. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A rate limit that resets later than this is an error rather than a wait. Default 15 minutes. */
  maxRateLimitWaitMs?: number;
}

export interface RequestOptions {
  /** Values for `{name}` placeholders in the route, URL-encoded by Octokit. */
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Stops the call and its retries (e.g. when the job is cancelled). */
  signal?: AbortSignal;
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  /** Lower-case names. */
  headers: Readonly<Record<string, string | number | undefined>>;
}

/**
 * The one GitHub REST client of Shipgate: a typed seam over Octokit (`@actions/github`, with
 * `@octokit/plugin-retry`, `@octokit/plugin-throttling` and Octokit's pagination; see
 * github-octokit.ts for the rules). Octokit loads on the first call, so an action that never calls
 * GitHub never loads it.
 */
export interface GitHubClient {
  readonly baseUrl: string;
  /** `route` is `METHOD /path/{param}`, as in GitHub's docs. */
  request<T>(route: string, options?: RequestOptions): Promise<GitHubResponse<T>>;
  /**
   * Every page of a list endpoint (`per_page` 100). A list longer than `maxPages` (default 100)
   * pages is an error, never a silent cut: a gate that read only the first pages could miss a denial.
   */
  paginate<T>(route: string, options?: RequestOptions & { maxPages?: number }): Promise<T[]>;
  /**
   * One GraphQL query (never a mutation: queries are retried like GETs). GitHub answers a query
   * that reads something missing with partial `data` and a `NOT_FOUND` error at its path: both are
   * returned, for the caller to judge; a query with no `data` at all fails as a `GitHubApiError`.
   */
  graphql<T>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions): Promise<GraphQLResult<T>>;
}

export interface GraphQLOptions {
  signal?: AbortSignal;
}

/** One entry of a GraphQL answer's `errors`: `type` is GitHub's (`NOT_FOUND`, `FORBIDDEN`…). */
export interface GraphQLErrorEntry {
  message: string;
  type?: string;
  path?: ReadonlyArray<string | number>;
}

export interface GraphQLResult<T> {
  data: T;
  errors: GraphQLErrorEntry[];
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const env = options.env ?? process.env;
  const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
  let loaded: Promise<Omit<GitHubClient, 'baseUrl'>> | undefined;
  const octokit = () => {
    loaded ??= import('./github-octokit').then((module) => module.octokitClient({ ...options, env, baseUrl }));
    return loaded;
  };
  return {
    baseUrl,
    request: async (route, requestOptions) => (await octokit()).request(route, requestOptions),
    paginate: async (route, requestOptions) => (await octokit()).paginate(route, requestOptions),
    graphql: async (query, variables, graphqlOptions) => (await octokit()).graphql(query, variables, graphqlOptions),
  };
}
