import { cancelOnSignals } from './cancel-on-signals';
import { CommandError, ConfigurationError, describeError, type FileLocation } from './errors';
import type { AnnotationProperties, Runtime } from './runtime';

export type ActionMain = (runtime: Runtime) => Promise<void>;

/**
 * Runs an action's main and turns whatever it throws into a failed step with one line.
 * User mistakes show no stack trace; unexpected errors keep theirs at debug level; a mistake in a
 * file (a `ConfigurationError` with a location) is annotated on that file and line.
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
    const location = error instanceof ConfigurationError ? error.location : undefined;
    runtime.setFailed(runtime.masker.mask(describeError(error)), location && annotationAt(location));
    return 1;
  }
}

/** A file location as the properties of an annotation. */
export function annotationAt(location: FileLocation): AnnotationProperties {
  return {
    file: location.file,
    ...(location.line ? { startLine: location.line } : {}),
    ...(location.column ? { startColumn: location.column } : {}),
    ...(location.title ? { title: location.title } : {}),
  };
}

/**
 * Runs `main` on a GitHub runner: what an action's entry point (and `@github/local-action`, which
 * calls the main module's `run()` with no arguments) does. The GitHub runtime is loaded only here,
 * so the CLI, which passes its own runtime, never loads it.
 */
export async function runOnGitHub(main: ActionMain): Promise<void> {
  const { createGitHubRuntime } = await import('./runtimes/github');
  const cancellation = cancelOnSignals();
  try {
    const code = await runAction(main, createGitHubRuntime(process.env, cancellation.signal));
    process.exitCode = cancellation.exitCode() ?? code;
  } finally {
    cancellation.dispose();
  }
}
