import { CommandError, ConfigurationError, describeError } from './errors';
import type { Runtime } from './runtime';

export type ActionMain = (runtime: Runtime) => Promise<void>;

/**
 * Runs an action's main and turns whatever it throws into a failed step with one line.
 * User mistakes show no stack trace; unexpected errors keep theirs at debug level.
 * Returns the process exit code.
 */
export async function runAction(main: ActionMain, runtime: Runtime): Promise<number> {
  try {
    await main(runtime);
    return 0;
  } catch (error) {
    if (
      !(error instanceof ConfigurationError || error instanceof CommandError) &&
      error instanceof Error &&
      error.stack
    ) {
      runtime.log.debug(runtime.masker.mask(error.stack));
    }
    runtime.setFailed(runtime.masker.mask(describeError(error)));
    return 1;
  }
}
