/**
 * The GitHub client's machinery, loaded only when a step first calls GitHub (github-client.ts):
 * `@actions/github`'s Octokit with `@octokit/plugin-retry`, `@octokit/plugin-throttling` and its
 * pagination. Shipgate's rules sit in one plugin inside those two:
 *
 * - 5xx, 408 and dropped connections are retried for idempotent methods only: a POST that reached
 *   GitHub may have happened (a refused connection never reached it, so that one is retried too);
 *   a GraphQL query is a POST that changes nothing, and is marked idempotent by `graphql`;
 * - rate limits (primary and secondary) are waited out for every method, since GitHub refused the
 *   call before doing anything, as long as `retry-after` or `x-ratelimit-reset` says, up to a
 *   maximum wait; 401/404/422 and other 4xx fail at once;
 * - every wait goes through one injectable sleep, and every failure leaves as one `GitHubApiError`.
 */
import { GitHub, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import corePackage from '../package.json';
import { abortableSleep } from './abortable-sleep';
import {
  GitHubApiError,
  type GitHubClient,
  type GitHubClientOptions,
  type GraphQLErrorEntry,
  type RequestOptions,
} from './github-client';
import { githubApiError, networkCode, type OctokitFailure } from './github-failure';
import { proxiedFetch } from './proxy';
import { backoffDelay } from './retry';
import { type Logger, silentLogger } from './runtime';

/** The Octokit a plugin is given (typed through @actions/github, which brings @octokit/core). */
type Octokit = Parameters<Parameters<typeof GitHub.plugin>[0]>[0];

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/** Octokit's options of one call as its hooks see them: one object through every attempt. */
interface Endpoint {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  /** `idempotent`: a POST that changes nothing (a GraphQL query), retried like a GET. */
  request: { retries?: number; signal?: AbortSignal; idempotent?: boolean; [key: string]: unknown };
  [key: string]: unknown;
}

interface Rules {
  token: string;
  baseUrl: string;
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRateLimitWaitMs: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: Logger;
}

/** What the rules remember of one call between its attempts. */
interface CallState {
  failures: number;
  /** The last answer, as the error it would leave as. */
  last?: GitHubApiError;
}

type Pages = AsyncIterable<{ data: unknown; headers: Record<string, unknown> }>;

type ClientOptions = GitHubClientOptions & { baseUrl: string; env: Readonly<Record<string, string | undefined>> };

export async function octokitClient(options: ClientOptions): Promise<Omit<GitHubClient, 'baseUrl'>> {
  const octokit = await createOctokit(options);
  return {
    async request<T>(route: string, { params, query, body, signal }: RequestOptions = {}) {
      const response = await octokit.request(route, {
        ...params,
        ...defined(query),
        ...(body === undefined ? {} : { data: body }),
        request: signal ? { signal } : {},
      });
      return { status: response.status, data: response.data as T, headers: response.headers };
    },
    async paginate<T>(route: string, options: RequestOptions & { maxPages?: number } = {}) {
      const { params, query, signal, maxPages = 100 } = options;
      const [method = 'GET', url = '/'] = route.split(' ');
      // The iterator passes no per-call request options on; as a default of its request, the signal stays.
      const requester = octokit.request.defaults({ request: signal ? { signal } : {} });
      const iterate = octokit.paginate.iterator as unknown as (request: unknown, parameters: object) => Pages;
      const pages = iterate(requester, {
        method,
        url,
        ...params,
        ...defined(query),
        per_page: 100,
        page: 1,
      });
      const items: T[] = [];
      let count = 0;
      for await (const page of pages) {
        // The iterator reads a 409 (an empty repository's commits) as the end of the list; here it fails.
        if (Object.keys(page.headers).length === 0) throw new GitHubApiError(route, '409 Conflict', { status: 409 });
        items.push(...(page.data as T[]));
        count += 1;
        if (count >= maxPages && /rel="next"/.test(String(page.headers.link ?? ''))) {
          throw new GitHubApiError(route, `more than ${maxPages} pages of results`);
        }
      }
      return items;
    },
    async graphql<T>(
      query: string,
      variables: Record<string, unknown> = {},
      { signal }: { signal?: AbortSignal } = {},
    ) {
      const request = { idempotent: true, ...(signal ? { signal } : {}) };
      try {
        return { data: (await octokit.graphql<T>(query, { ...variables, request })) as T, errors: [] };
      } catch (error) {
        return partialAnswer<T>(error);
      }
    },
  };
}

/**
 * Octokit throws on any `errors` in a GraphQL answer; one with `data` is GitHub's partial answer
 * (a missing issue is `null` there, with a NOT_FOUND error), which the caller judges.
 */
function partialAnswer<T>(error: unknown): { data: T; errors: GraphQLErrorEntry[] } {
  const answer = error as { name?: string; data?: unknown; errors?: Array<Record<string, unknown>> };
  if (answer.name !== 'GraphqlResponseError') throw error;
  const errors = (answer.errors ?? []).map((entry) => ({
    message: String(entry.message ?? 'no message'),
    ...(typeof entry.type === 'string' ? { type: entry.type } : {}),
    ...(Array.isArray(entry.path) ? { path: entry.path as Array<string | number> } : {}),
  }));
  if (answer.data !== undefined && answer.data !== null) return { data: answer.data as T, errors };
  const detail = errors.map((entry) => (entry.type ? `${entry.type} ${entry.message}` : entry.message)).join('; ');
  throw new GitHubApiError('POST /graphql', detail || 'no data in the answer', { cause: error });
}

async function createOctokit(options: ClientOptions) {
  const log = options.log ?? silentLogger;
  const sleep = options.sleep;
  const rules: Rules = {
    token: options.token,
    baseUrl: options.baseUrl,
    attempts: Math.max(1, options.attempts ?? 5),
    baseDelayMs: options.baseDelayMs ?? 1_000,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? 15 * 60_000,
    now: options.now ?? Date.now,
    sleep: sleep ? (ms) => sleep(ms) : abortableSleep,
    log,
  };
  const calls = new WeakMap<object, CallState>();
  const Client = GitHub.plugin(shipgateRules(rules, calls), retry, throttling);
  const agent = `shipgate${options.action ? `-${options.action}` : ''}/${corePackage.version}`;
  const octokit = new Client({
    baseUrl: options.baseUrl,
    userAgent: getUserAgentWithOrchestrationId(agent),
    request: { fetch: options.fetch ?? (await proxiedFetch(options.env)) },
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      error: (message: string) => log.error(message),
    },
    // The waits are the rules' (through `sleep`); the plugins only decide and repeat.
    retry: { retries: rules.attempts - 1, retryAfterBaseValue: 0 },
    throttle: {
      retryAfterBaseValue: 0,
      onRateLimit: (_seconds, endpoint) => waitOutRateLimit(rules, calls, endpoint as unknown as Endpoint),
      onSecondaryRateLimit: (_seconds, endpoint) => waitOutRateLimit(rules, calls, endpoint as unknown as Endpoint),
      // GitHub asks heavy writers to space writes (1 s, 3 s for those that notify); a step writes a
      // handful, so writes are only serialised. A limit GitHub does send is waited out above.
      write: new Bottleneck.Group({ maxConcurrent: 1 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1 }),
      search: new Bottleneck.Group({ maxConcurrent: 1 }),
    },
  });
  // Outermost: each call gets its own request options, since the rules and the plugins write their
  // counts there and the pages of one list share theirs; and each leaves with one kind of error.
  octokit.hook.wrap('request', async (request, endpoint) => {
    endpoint.request = { ...endpoint.request };
    try {
      return await request(endpoint);
    } catch (error) {
      throw githubApiError(error, callOf(octokit, endpoint as unknown as Endpoint, rules.baseUrl), rules.now());
    }
  });
  return octokit;
}

/**
 * The plugin with Shipgate's rules, inside plugin-retry (which reads `request.retries` after this
 * hook) and plugin-throttling (whose handlers read what this hook saw of the last answer).
 */
function shipgateRules(rules: Rules, calls: WeakMap<object, CallState>) {
  return (octokit: Octokit) => {
    octokit.hook.before('request', (endpoint) => {
      endpoint.headers.authorization = `Bearer ${rules.token}`;
      endpoint.headers['x-github-api-version'] = '2022-11-28';
    });
    octokit.hook.error('request', async (error, options) => {
      const endpoint = options as unknown as Endpoint;
      const state = calls.get(endpoint) ?? { failures: 0 };
      calls.set(endpoint, state);
      state.failures += 1;
      state.last = githubApiError(error, callOf(octokit, endpoint, rules.baseUrl), rules.now());
      const again =
        !state.last.rateLimited && state.failures < rules.attempts && mayRepeat(endpoint, error as OctokitFailure);
      // Rate limits are plugin-throttling's to repeat; everything else plugin-retry's, when `again`.
      endpoint.request.retries = again ? rules.attempts - 1 : 0;
      if (again) {
        const delayMs = backoffDelay(state.failures, rules);
        rules.log.warning(
          `${state.last.message}; retrying in ${Math.ceil(delayMs / 1000)}s (attempt ${state.failures + 1}).`,
        );
        if (delayMs > 0) await rules.sleep(delayMs, endpoint.request.signal);
      }
      throw error;
    });
    return {};
  };
}

/** Server errors, timeouts and dropped connections, for a call that may run twice; a refused connection always. */
function mayRepeat(endpoint: Endpoint, failure: OctokitFailure): boolean {
  if (endpoint.request.signal?.aborted || failure.name === 'AbortError') return false;
  const idempotent = IDEMPOTENT.has(endpoint.method) || endpoint.request.idempotent === true;
  const status = failure.response?.status;
  if (status === undefined) return idempotent || networkCode(failure) === 'ECONNREFUSED';
  return idempotent && (status === 408 || status >= 500);
}

/** plugin-throttling's handler: wait as long as the answer asked, within the limits; true repeats the call. */
async function waitOutRateLimit(rules: Rules, calls: WeakMap<object, CallState>, endpoint: Endpoint) {
  const state = calls.get(endpoint);
  const waitMs = state?.last?.requestedDelayMs;
  if (!state?.last || waitMs === undefined) return false;
  if (state.failures >= rules.attempts || waitMs > rules.maxRateLimitWaitMs) return false;
  rules.log.warning(`${state.last.message}; retrying in ${Math.ceil(waitMs / 1000)}s (attempt ${state.failures + 1}).`);
  await rules.sleep(waitMs, endpoint.request.signal);
  return !endpoint.request.signal?.aborted;
}

/** `GET /repos/acme/web` (the path below the API root, no query) and the origin, for messages. */
function callOf(octokit: Octokit, endpoint: Endpoint, baseUrl: string): { call: string; origin: string } {
  const { method, url } = octokit.request.endpoint(endpoint as never);
  const parsed = new URL(url);
  const root = baseUrl ? new URL(baseUrl) : undefined;
  const prefix = root && root.origin === parsed.origin ? root.pathname.replace(/\/+$/, '') : '';
  const path =
    prefix && parsed.pathname.startsWith(`${prefix}/`) ? parsed.pathname.slice(prefix.length) : parsed.pathname;
  return { call: `${method} ${path}`, origin: parsed.origin };
}

function defined(query: RequestOptions['query']): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) values[key] = value;
  return values;
}
