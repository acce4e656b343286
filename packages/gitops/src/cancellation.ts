import type { Logger } from '@shipgate/core';
import { removeScratchClone } from './clone';
import type { Git } from './git';
import { type OwnRequest, withdrawRequest } from './landing/own-request';

/** What a cancelled writer must undo: its queued request (while there is one) and its clone. */
export interface CancelScope {
  git: Git;
  dir: string;
  request?: OwnRequest;
}

/** How long the clean-up on a signal may take before the process exits anyway. */
export const CANCEL_CLEANUP_MS = 5_000;

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

/** The writers of this process that are running, by the signals they are guarded against. */
const guarded = new Map<NodeJS.Signals, Set<{ scope: CancelScope; log: Logger | undefined }>>();

/**
 * On SIGTERM or SIGINT (what a runner sends a cancelled step), withdraws the writer's request with
 * a leased delete, so it cannot land after the step was cancelled, removes the clone and exits with
 * 128 + the signal's number. Without a handler Node would exit at once and leave both behind. One
 * handler per signal serves every writer of the process.
 */
export function guardCancellation(
  scope: CancelScope,
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
  log?: Logger,
): { dispose(): void } {
  const entry = { scope, log };
  for (const signal of signals) {
    let writers = guarded.get(signal);
    if (!writers) {
      writers = new Set();
      guarded.set(signal, writers);
      process.on(signal, onSignal);
    }
    writers.add(entry);
  }
  return {
    dispose: () => {
      for (const signal of signals) {
        const writers = guarded.get(signal);
        writers?.delete(entry);
        if (writers?.size === 0) {
          guarded.delete(signal);
          process.removeListener(signal, onSignal);
        }
      }
    },
  };
}

function onSignal(signal: NodeJS.Signals): void {
  const code = 128 + (SIGNAL_NUMBERS[signal] ?? 15);
  const writers = [...(guarded.get(signal) ?? [])];
  const timer = setTimeout(() => process.exit(code), CANCEL_CLEANUP_MS);
  void Promise.allSettled(writers.map(({ scope, log }) => cancel(scope, signal, log))).then(() => {
    clearTimeout(timer);
    process.exit(code);
  });
}

async function cancel(scope: CancelScope, signal: NodeJS.Signals, log: Logger | undefined): Promise<void> {
  try {
    if (scope.request) {
      const outcome = await withdrawRequest(scope.git, scope.request);
      log?.warning(
        outcome === 'withdrawn'
          ? `Cancelled (${signal}): withdrew the queued request ${scope.request.ref}.`
          : `Cancelled (${signal}): the queued request ${scope.request.ref} was already settled.`,
      );
    }
  } catch (error) {
    log?.warning(`Cancelled (${signal}): could not withdraw the queued request: ${(error as Error).message}`);
  } finally {
    await removeScratchClone(scope.dir).catch(() => undefined);
  }
}
