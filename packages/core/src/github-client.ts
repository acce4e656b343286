import { abortableSleep } from './abortable-sleep';
import { ShipgateError } from './errors';
import { isRetryableStatus, parseRetryAfter, retry } from './retry';
import { type Logger, silentLogger } from './runtime';

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
  env?: Readonly<Record<string, string | undefined>>;
  log?: Logger;
  fetch?: typeof fetch;
  /** Injectable for tests: waits between attempts. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: epoch ms, used to turn `x-ratelimit-reset` into a wait. */
  now?: () => number;
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A rate limit that resets later than this is an error rather than a wait. Default 15 minutes. */
  maxRateLimitWaitMs?: number;
}

export interface RequestOptions {
  /** Values for `{name}` placeholders in the route, URL-encoded here. */
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Stops the call and its retries (e.g. when the job is cancelled). */
  signal?: AbortSignal;
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one GitHub REST client of Shipgate (approval-gate, gitops-commit's evidence re-read). A thin REST client: fetch, a token header, and retries of what may succeed later. 5xx and
 * timeouts are retried for idempotent methods only (a POST that reached GitHub may have
 * happened); rate limits (429, or 403 with no remaining quota) are retried for every method,
 * since GitHub refused them before doing anything, waiting as long as `retry-after` or
 * `x-ratelimit-reset` says. 401/404/422 and other 4xx fail at once.
 */
export class GitHubClient {
  readonly baseUrl: string;
  readonly #options: GitHubClientOptions;
  readonly #fetch: typeof fetch;
  readonly #now: () => number;

  constructor(options: GitHubClientOptions) {
    this.#options = options;
    const env = options.env ?? process.env;
    this.baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? fetch;
    this.#now = options.now ?? Date.now;
  }

  /** `route` is `METHOD /path/{param}`, as in GitHub's docs. */
  async request<T>(route: string, options: RequestOptions = {}): Promise<GitHubResponse<T>> {
    const [method = 'GET', template = '/'] = route.split(' ');
    const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`Route ${route} needs the parameter "${name}".`);
      return encodeURIComponent(String(value));
    });
    const call = `${method} ${path}`;
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const log = this.#options.log ?? silentLogger;
    const maxWait = this.#options.maxRateLimitWaitMs ?? 15 * 60_000;
    return retry(() => this.#once<T>(method, url, call, options.body, options.signal), {
      attempts: this.#options.attempts ?? 5,
      baseDelayMs: this.#options.baseDelayMs ?? 1_000,
      maxDelayMs: this.#options.maxDelayMs ?? 30_000,
      sleep: this.#options.sleep ?? ((ms) => abortableSleep(ms, options.signal)),
      isRetryable: (error) => {
        if (options.signal?.aborted) return false;
        if (!(error instanceof GitHubApiError)) return false;
        if (error.rateLimited) return (error.requestedDelayMs ?? 0) <= maxWait;
        if (error.status === undefined) return IDEMPOTENT.has(method) || isConnectionRefused(error.cause);
        return IDEMPOTENT.has(method) && isRetryableStatus(error.status);
      },
      requestedDelayMs: (error) => (error instanceof GitHubApiError ? error.requestedDelayMs : undefined),
      onRetry: ({ attempt, delayMs, error }) =>
        log.warning(`${(error as Error).message}; retrying in ${Math.ceil(delayMs / 1000)}s (attempt ${attempt + 1}).`),
    });
  }

  /**
   * Every page of a list endpoint, following the `link: <…>; rel="next"` header GitHub sends
   * (`per_page` 100). A list longer than `maxPages` pages is an error, never a silent cut: a gate
   * that read only the first pages could miss a denial.
   */
  async paginate<T>(route: string, options: RequestOptions & { maxPages?: number } = {}): Promise<T[]> {
    const maxPages = options.maxPages ?? 100;
    const items: T[] = [];
    let query: RequestOptions['query'] = { ...options.query, per_page: 100, page: 1 };
    for (let page = 1; ; page += 1) {
      const { data, headers } = await this.request<T[]>(route, { ...options, query });
      items.push(...data);
      const next = nextPageQuery(headers.get('link'));
      if (!next) return items;
      if (page >= maxPages) {
        throw new GitHubApiError(`GET ${route.replace(/^GET /, '')}`, `more than ${maxPages} pages of results`);
      }
      query = next;
    }
  }

  async #once<T>(
    method: string,
    url: URL,
    call: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<GitHubResponse<T>> {
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.#options.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'shipgate-approval-gate',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new GitHubApiError(call, `could not reach ${url.origin} (${reason})`, { cause: error });
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = text;
    }
    if (response.ok) return { status: response.status, data: data as T, headers: response.headers };

    const message =
      data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string'
        ? (data as { message: string }).message
        : response.statusText;
    const remaining = response.headers.get('x-ratelimit-remaining');
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.#now());
    const rateLimited =
      response.status === 429 ||
      (response.status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(message)));
    let requestedDelayMs = retryAfter;
    if (rateLimited && requestedDelayMs === undefined && remaining === '0') {
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      if (Number.isFinite(reset) && reset > 0) requestedDelayMs = Math.max(0, reset * 1000 - this.#now()) + 1_000;
    }
    if (rateLimited && requestedDelayMs === undefined) requestedDelayMs = 60_000;
    const detail = rateLimited
      ? `${response.status} rate limited (${message}), resets in ${Math.ceil((requestedDelayMs ?? 0) / 1000)}s`
      : `${response.status} ${message}`;
    throw new GitHubApiError(call, detail, { status: response.status, requestedDelayMs, rateLimited });
  }
}

function isConnectionRefused(cause: unknown): boolean {
  return (cause as { cause?: { code?: string } } | undefined)?.cause?.code === 'ECONNREFUSED';
}

/**
 * The query of the `rel="next"` link: page numbers for most lists, opaque cursors (`after=…`) for
 * cursor-paginated ones such as the repository activity, so the next request asks what GitHub said.
 */
export function nextPageQuery(link: string | null): Record<string, string> | undefined {
  const next = /<([^>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
  if (!next) return undefined;
  return Object.fromEntries(new URL(next, 'https://api.invalid').searchParams);
}
