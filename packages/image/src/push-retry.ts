import { CommandError, type Logger, retry, ShipgateError, sleep } from '@shipgate/core';

/** How a build backend retries a push that met a transient registry fault. */
export interface PushRetryPolicy {
  /** Retries after the first attempt (the `push-retries` input). */
  retries: number;
  /** The delay before the first retry; later ones back off from it, jittered. */
  delayMs: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_PUSH_RETRIES = 3;
export const DEFAULT_PUSH_RETRY_DELAY_MS = 2_000;
export const MAX_PUSH_RETRIES = 10;

/** A push that failed after its retries, for one reference; the build itself succeeded. */
export class PushError extends ShipgateError {
  override name = 'PushError';
  constructor(
    readonly reference: string,
    readonly failure: CommandError,
    /** The local image ID (its config digest), when the backend knows it before pushing. */
    readonly imageId?: string,
  ) {
    super(`Pushing ${reference} failed: ${failure.message}`);
  }
}

/**
 * `408`, `429` and `5xx` as buildah (`received unexpected HTTP status: 503 Service Unavailable`)
 * and buildkit (`unexpected status from PUT request to …: 503 Service Unavailable`) report them.
 */
const TRANSIENT_STATUS = /\b(?:HTTP status|status(?: code)?(?: from [A-Z]+ request to \S+)?):? (?:408|429|5\d\d)\b/i;
/** Connections that dropped mid-push. */
const TRANSIENT_NETWORK =
  /connection reset by peer|use of closed network connection|broken pipe|unexpected EOF|i\/o timeout|TLS handshake timeout/i;
/** The error line is about the push (buildah: "pushing image …"; buildkit: "failed to push …"). */
const PUSH_STAGE = /\bpush|\bupload|writing (?:manifest|blob)/i;
/** The tool retried this failure itself (containers/common: "Failed, retrying in 2s … (1/3)"): its budget is spent. */
const TOOL_RETRIED = /retrying in \S+/i;

/**
 * Whether a failed push is worth running again: the registry answered a transient status or the
 * connection dropped, and the tool did not already spend its own `--retry` budget on it (one
 * budget per push, not nested). Auth failures, unknown names and broken builds are final.
 */
export function isTransientPushFailure(error: unknown): boolean {
  if (!(error instanceof CommandError) || error.exitCode === null) return false;
  // The tool's own error line, not the build output above it (a RUN step may print "503" too).
  const line = error.lastStderrLine;
  if (!PUSH_STAGE.test(line)) return false;
  const cause = TRANSIENT_STATUS.exec(line)?.[0] ?? TRANSIENT_NETWORK.exec(line)?.[0];
  if (!cause) return false;
  // Retried by the tool itself when one of its "retrying in" warnings names the same cause.
  return !error.stderr.split(/\r?\n/).some((warning) => TOOL_RETRIED.test(warning) && warning.includes(cause));
}

/**
 * Runs one push (`buildah push`, `docker buildx build --push`) until it succeeds or fails for
 * good. Pushing is idempotent: blobs are content-addressed and the manifest PUT is the same bytes,
 * so a push that failed after some uploads simply skips what the registry has on the next try.
 */
export async function pushWithRetries<T>(
  target: { reference: string; imageId?: string },
  requested: PushRetryPolicy | undefined,
  log: Logger,
  push: () => Promise<T>,
): Promise<T> {
  const { reference } = target;
  const policy = pushPolicy(requested);
  const attempts = policy.retries + 1;
  try {
    return await retry(push, {
      attempts,
      baseDelayMs: policy.delayMs,
      maxDelayMs: policy.delayMs * 8,
      jitter: 'equal',
      isRetryable: isTransientPushFailure,
      sleep: policy.sleep ?? sleep,
      onRetry: ({ attempt, delayMs, error }) =>
        log.warning(
          `Pushing ${reference} failed (${(error as CommandError).lastStderrLine}); ` +
            `attempt ${attempt + 1} of ${attempts} in ${(delayMs / 1000).toFixed(1)}s.`,
        ),
    });
  } catch (error) {
    if (error instanceof CommandError) throw new PushError(reference, error, target.imageId);
    throw error;
  }
}

export function pushPolicy(policy: PushRetryPolicy | undefined): PushRetryPolicy {
  return policy ?? { retries: DEFAULT_PUSH_RETRIES, delayMs: DEFAULT_PUSH_RETRY_DELAY_MS };
}

/** Go's duration syntax, which buildah's `--retry-delay` takes. */
export function goDuration(ms: number): string {
  return `${Math.max(0, Math.round(ms))}ms`;
}
