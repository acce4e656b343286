export interface RetryOptions {
  /** Total attempts, including the first (1 means no retry). */
  attempts: number;
  /** The delay before the second attempt; doubles (by `factor`) after each. */
  baseDelayMs: number;
  maxDelayMs: number;
  factor?: number;
  /**
   * `full` (default): uniform in [0, ceiling], which spreads a crowd of clients best. `equal`:
   * uniform in [ceiling/2, ceiling], for polling that should not come back almost at once.
   */
  jitter?: 'full' | 'equal';
  /** Whether this error may succeed on a later attempt. Default: every error. */
  isRetryable?: (error: unknown, attempt: number) => boolean;
  /** A delay the server asked for (Retry-After, rate-limit reset), used instead of backoff when longer. */
  requestedDelayMs?: (error: unknown) => number | undefined;
  /** Called before each wait, e.g. to log "retrying in 2s". */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, an error is not retryable, or attempts run out; the last
 * error is rethrown as it was. Only wrap idempotent operations.
 */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { attempts, isRetryable = () => true, sleep: wait = sleep, random = Math.random } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error, attempt)) throw error;
      const backoff = backoffDelay(attempt, options, random);
      const requested = options.requestedDelayMs?.(error);
      const delayMs = requested !== undefined ? Math.max(requested, backoff) : backoff;
      options.onRetry?.({ attempt, delayMs, error });
      if (delayMs > 0) await wait(delayMs);
    }
  }
}

/** Jittered exponential backoff below a ceiling of min(max, base * factor^(attempt-1)); see `jitter`. */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'factor' | 'jitter'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * (options.factor ?? 2) ** (attempt - 1));
  const floor = options.jitter === 'equal' ? ceiling / 2 : 0;
  return Math.round(floor + (ceiling - floor) * random());
}

/** Parses an HTTP `Retry-After` header (seconds or HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** HTTP statuses worth another attempt: timeouts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
