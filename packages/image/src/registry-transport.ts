import {
  isRetryableStatus,
  type Logger,
  parseRetryAfter,
  proxiedFetch,
  type RetryOptions,
  retry,
  ShipgateError,
  silentLogger,
} from '@shipgate/core';

/**
 * How requests reach a registry: base URL, authentication (Basic, or a Bearer token from the
 * registry's token service) and the one retry policy. The OCI operations (registry-client.ts)
 * only say what to send and which answers they accept.
 *
 * One budget per request: a request, its 401 challenge and the token fetch it triggers are one
 * attempt, retried together; nothing inside an attempt retries on its own, so a failing token
 * service is asked at most `attempts` times.
 */

export interface RegistryCredentials {
  username: string;
  password: string;
}

export type RegistryRetryOptions = Partial<Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'>> & {
  /**
   * The longest `Retry-After` obeyed (default 60 s). A registry that asks for more fails the
   * request at once, with the wait it asked for in the message.
   */
  maxRetryAfterMs?: number;
};

export interface RegistryTransportOptions {
  log?: Logger;
  /** Credentials by registry host as written in references (`ghcr.io`, `127.0.0.1:5000`). */
  credentials?: Readonly<Record<string, RegistryCredentials>> | ((domain: string) => RegistryCredentials | undefined);
  /** Registries spoken to over plain HTTP: `true` for every one, or a list of hosts (`tls-verify: false`). */
  insecure?: boolean | readonly string[];
  /** Backoff for 408/429/5xx and dropped connections; tests pass `baseDelayMs: 0`. */
  retry?: RegistryRetryOptions;
  userAgent?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (either case); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A registry said no, or could not be reached. The message says which operation on which image. */
export class RegistryError extends ShipgateError {
  override name = 'RegistryError';
  constructor(
    message: string,
    /** The HTTP status, or undefined when no answer came. */
    readonly status?: number,
    readonly retryAfterMs?: number,
    readonly networkCode?: string,
    /** Overrides the classification by status/network code (e.g. a Retry-After beyond the cap). */
    readonly retryable?: boolean,
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

const DEFAULT_RETRY: Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'> = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Network failures worth another attempt: the connection dropped mid-way, not "nobody is there". */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export function isRetryableRegistryError(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false;
  if (error.retryable !== undefined) return error.retryable;
  if (error.status !== undefined) return isRetryableStatus(error.status);
  return error.networkCode !== undefined && RETRYABLE_NETWORK_CODES.has(error.networkCode);
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (one challenge). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const paramPattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const param of (match[2] ?? '').matchAll(paramPattern)) {
    const key = param[1]?.toLowerCase();
    if (key) params[key] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
  }
  return { scheme: (match[1] ?? '').toLowerCase(), params };
}

/** The one place a Basic authorization header is built (registry requests and token fetches). */
export function basicAuthorization(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** A path under the registry (`/v2/…`) or an absolute URL (upload locations). */
  url: string;
  headers?: Record<string, string>;
  /** A stream can be sent once only: a 401 on it fails instead of re-sending. */
  body?: Buffer | ReadableStream<Uint8Array>;
  timeoutMs?: number;
  /** The token scopes this request needs, e.g. `repository:acme/web:pull`. */
  scopes: readonly string[];
  /** Statuses that are an answer, not a failure. */
  accept: readonly number[];
  /** For error messages: "reading the manifest of 127.0.0.1:5000/web:1". */
  what: string;
}

export class RegistryTransport {
  readonly #log: Logger;
  readonly #options: RegistryTransportOptions;
  readonly #retry: Omit<RetryOptions, 'isRetryable' | 'requestedDelayMs'>;
  readonly #maxRetryAfterMs: number;
  /** `host scope…` → Authorization header value. */
  readonly #authorizations = new Map<string, string>();
  /** Every request and token fetch goes through it: the proxy the environment names, if any. */
  #http: Promise<typeof fetch> | undefined;

  constructor(options: RegistryTransportOptions = {}) {
    this.#options = options;
    this.#log = options.log ?? silentLogger;
    const { maxRetryAfterMs, ...retryOptions } = options.retry ?? {};
    this.#retry = { ...DEFAULT_RETRY, ...retryOptions };
    this.#maxRetryAfterMs = maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  }

  get log(): Logger {
    return this.#log;
  }

  /** One request with its retry budget. The response body is the caller's, unread. */
  send(domain: string, spec: RegistryRequest): Promise<Response> {
    return this.withRetry(spec.what, () => this.sendOnce(domain, spec));
  }

  /** One request whose body is read inside the retry budget, so a reset mid-body is retried too. */
  sendForBytes(domain: string, spec: RegistryRequest): Promise<{ response: Response; bytes: Buffer }> {
    return this.withRetry(spec.what, async () => {
      const response = await this.sendOnce(domain, spec);
      try {
        return { response, bytes: Buffer.from(await response.arrayBuffer()) };
      } catch (error) {
        throw networkFailure(spec.what, error);
      }
    });
  }

  /** Runs a multi-request `operation` (an upload session) as one retried unit. */
  async withRetry<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return retry(operation, {
      ...this.#retry,
      isRetryable: isRetryableRegistryError,
      requestedDelayMs: (error) => (error instanceof RegistryError ? error.retryAfterMs : undefined),
      onRetry: ({ attempt, delayMs, error }) =>
        this.#log.warning(
          `${capitalise(what)} failed (${error instanceof Error ? error.message : String(error)}); ` +
            `attempt ${attempt + 1} of ${this.#retry.attempts} in ${(delayMs / 1000).toFixed(1)}s.`,
        ),
    });
  }

  /** One attempt: the request, and when challenged, the token fetch and the request again. No retries. */
  async sendOnce(domain: string, spec: RegistryRequest): Promise<Response> {
    const key = authorizationKey(domain, spec.scopes);
    let authorization = this.#authorizations.get(key) ?? this.#authorizations.get(`basic ${domain}`);
    let response = await this.#fetch(domain, spec, authorization);
    if (response.status === 401 && !(spec.body instanceof ReadableStream)) {
      const challenge = parseChallenge(response.headers.get('www-authenticate'));
      await response.body?.cancel();
      const fresh = await this.#answerChallenge(domain, spec, challenge);
      if (fresh && fresh !== authorization) {
        authorization = fresh;
        response = await this.#fetch(domain, spec, authorization);
      }
    }
    if (spec.accept.includes(response.status)) return response;
    throw await this.#failure(domain, spec, response, authorization !== undefined);
  }

  baseUrl(domain: string): string {
    const insecure = this.#options.insecure;
    const plain = insecure === true || (Array.isArray(insecure) && insecure.includes(domain));
    // Docker Hub's API lives on another host than the name people write.
    const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  async #answerChallenge(
    domain: string,
    spec: RegistryRequest,
    challenge: Challenge | undefined,
  ): Promise<string | undefined> {
    const credentials = this.#credentialsFor(domain);
    if (challenge?.scheme === 'basic') {
      if (!credentials) return undefined;
      const value = basicAuthorization(credentials);
      this.#authorizations.set(`basic ${domain}`, value);
      return value;
    }
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      const token = await this.#fetchToken(domain, challenge, spec.scopes, credentials);
      const value = `Bearer ${token}`;
      this.#authorizations.set(authorizationKey(domain, spec.scopes), value);
      return value;
    }
    return undefined;
  }

  /** One token request, inside the attempt of the request that was challenged. */
  async #fetchToken(
    domain: string,
    challenge: Challenge,
    scopes: readonly string[],
    credentials: RegistryCredentials | undefined,
  ): Promise<string> {
    const realm = new URL(challenge.params.realm ?? '');
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    const wanted = new Set(scopes);
    if (challenge.params.scope) for (const item of challenge.params.scope.split(' ')) wanted.add(item);
    for (const item of wanted) realm.searchParams.append('scope', item);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#options.userAgent) headers['user-agent'] = this.#options.userAgent;
    if (credentials) headers.authorization = basicAuthorization(credentials);
    const what = `getting a token for ${domain} from ${realm.origin}`;
    let response: Response;
    try {
      const fetch = await this.#fetcher();
      response = await fetch(realm, { headers, signal: AbortSignal.timeout(this.#options.timeoutMs ?? 60_000) });
    } catch (error) {
      throw networkFailure(what, error);
    }
    if (!response.ok) {
      const reason =
        response.status === 401 || response.status === 403
          ? credentials
            ? 'the credentials were refused'
            : 'the registry requires credentials and none were given'
          : `the token service answered ${response.status}`;
      throw await this.#statusError(what, realm.host, reason, response);
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`${capitalise(what)} failed: the answer held no token.`);
    return token;
  }

  async #fetch(domain: string, spec: RegistryRequest, authorization: string | undefined): Promise<Response> {
    const url = spec.url.startsWith('/') ? `${this.baseUrl(domain)}${spec.url}` : new URL(spec.url).toString();
    const headers: Record<string, string> = { ...spec.headers };
    if (authorization) headers.authorization = authorization;
    if (this.#options.userAgent) headers['user-agent'] = this.#options.userAgent;
    this.#log.debug(`${spec.method} ${url}`);
    try {
      const fetch = await this.#fetcher();
      return await fetch(url, {
        method: spec.method,
        headers,
        ...(spec.body instanceof ReadableStream
          ? { body: spec.body, duplex: 'half' }
          : spec.body
            ? { body: new Uint8Array(spec.body) }
            : {}),
        signal: AbortSignal.timeout(spec.timeoutMs ?? this.#options.timeoutMs ?? 300_000),
      } as RequestInit);
    } catch (error) {
      throw networkFailure(spec.what, error);
    }
  }

  #fetcher(): Promise<typeof fetch> {
    this.#http ??= proxiedFetch(this.#options.env ?? process.env);
    return this.#http;
  }

  #credentialsFor(domain: string): RegistryCredentials | undefined {
    const { credentials } = this.#options;
    if (!credentials) return undefined;
    return typeof credentials === 'function' ? credentials(domain) : credentials[domain];
  }

  async #failure(domain: string, spec: RegistryRequest, response: Response, authenticated: boolean) {
    const status = response.status;
    let reason: string;
    if (status === 401) {
      reason = this.#credentialsFor(domain)
        ? `${domain} refused the credentials (401 Unauthorized)`
        : `${domain} requires credentials and none were given (401 Unauthorized)`;
    } else if (status === 403) {
      reason = `${domain} denied access${authenticated ? ' to these credentials' : ''} (403 Forbidden)`;
    } else if (status === 404) {
      reason = `${domain} has no such ${spec.url.includes('/blobs/') ? 'blob' : 'manifest or repository'} (404 Not Found)`;
    } else {
      reason = `${domain} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    }
    return this.#statusError(spec.what, domain, reason, response);
  }

  /**
   * The error for a refused request. A `Retry-After` beyond the cap is not waited for: the error
   * names the host and the wait it asked for, and is not retried.
   */
  async #statusError(what: string, host: string, reason: string, response: Response): Promise<RegistryError> {
    const detail = await errorDetail(response);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    if (retryAfterMs !== undefined && retryAfterMs > this.#maxRetryAfterMs && isRetryableStatus(response.status)) {
      return new RegistryError(
        `${capitalise(what)} failed: ${host} answered ${response.status} and asked to wait ` +
          `${formatSeconds(retryAfterMs)} before trying again, longer than the ${formatSeconds(this.#maxRetryAfterMs)} ` +
          `this client waits${detail}.`,
        response.status,
        retryAfterMs,
        undefined,
        false,
      );
    }
    return new RegistryError(`${capitalise(what)} failed: ${reason}${detail}.`, response.status, retryAfterMs);
  }
}

function authorizationKey(domain: string, scopes: readonly string[]): string {
  return `${domain} ${[...scopes].sort().join(' ')}`;
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`;
}

async function errorDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    if (first?.code || first?.message) return `: ${[first.code, first.message].filter(Boolean).join(' ')}`;
  } catch {
    // Not the registry's JSON error format; the status says enough.
  }
  return '';
}

export function networkFailure(what: string, error: unknown): RegistryError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code =
    cause?.code ?? ((error as { name?: string })?.name === 'TimeoutError' ? 'ETIMEDOUT' : undefined) ?? undefined;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing is listening there (connection refused)'
      : code === 'ENOTFOUND'
        ? 'the host name does not resolve'
        : message;
  return new RegistryError(`${capitalise(what)} failed: ${reason}.`, undefined, undefined, code ?? 'UNKNOWN');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
