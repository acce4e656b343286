/**
 * The entry point's half of cancellation. A runner cancels a step with SIGINT, then SIGTERM; Node
 * would exit at once and leave a writer's queued request and scratch clone behind. Here a signal
 * aborts the `AbortSignal` that library code takes (it stops between steps and cleans up), and the
 * step exits with 128 + the signal's number once it has. Only entry points call this: library code
 * never handles signals or exits.
 */

/** How long the clean-up after a signal may take before the process exits anyway. */
export const CANCEL_CLEANUP_MS = 5_000;

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** Why the step's signal aborted: names the process signal. */
export class StepCancelledError extends Error {
  override name = 'StepCancelledError';
  constructor(readonly signal: NodeJS.Signals) {
    super(signal);
  }
}

export interface SignalCancellation {
  readonly signal: AbortSignal;
  /** 128 + the number of the signal received; `undefined` while none was. */
  exitCode(): number | undefined;
  /** Removes the handlers (and the clean-up deadline): call once the work is done. */
  dispose(): void;
}

export function cancelOnSignals(
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
  cleanupMs: number = CANCEL_CLEANUP_MS,
): SignalCancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  let deadline: NodeJS.Timeout | undefined;
  const exitCode = () => (received ? 128 + (SIGNAL_NUMBERS[received] ?? 15) : undefined);
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) return;
    received = signal;
    controller.abort(new StepCancelledError(signal));
    // A clean-up that hangs (a git call that does not return) must not keep a cancelled step alive.
    deadline = setTimeout(() => process.exit(exitCode()), cleanupMs);
    deadline.unref();
  };
  for (const signal of signals) process.on(signal, onSignal);
  return {
    signal: controller.signal,
    exitCode,
    dispose: () => {
      for (const signal of signals) process.off(signal, onSignal);
      if (deadline) clearTimeout(deadline);
    },
  };
}
