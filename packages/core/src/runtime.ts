import type { GitHubContext } from './context';
import type { Exec } from './exec';
import type { SecretMasker } from './secrets';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** What package code logs through. Packages never import @actions/core; they get one of these. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export type OutputValue = string | number | boolean | object;

/**
 * Everything an action's `main` may touch. Three implementations: GitHub Actions, the CLI, and
 * an in-memory one for tests.
 */
export interface Runtime {
  readonly log: Logger;
  readonly exec: Exec;
  readonly masker: SecretMasker;
  /** The process environment as the action sees it. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly context: GitHubContext;
  /** A directory the step may write scratch files to (RUNNER_TEMP on GitHub). */
  readonly tempDir: string;
  /** Where relative paths in inputs are resolved from (GITHUB_WORKSPACE on GitHub). */
  readonly workspace: string;
  /**
   * Aborted when the step is cancelled (on GitHub: SIGTERM or SIGINT, see `cancelOnSignals`).
   * Library code takes it and stops cleanly; it never handles signals itself.
   */
  readonly signal: AbortSignal;
  /** The raw input, trimmed; an empty string when not given. */
  getInput(name: string): string;
  /** Strings as they are, everything else as JSON. */
  setOutput(name: string, value: OutputValue): void;
  /** Masks a secret in everything written from now on. Call before the first log line that could hold it. */
  setSecret(secret: string | undefined): void;
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step with one line; with `properties` naming a file, annotated on that file and line. */
  setFailed(message: string, properties?: AnnotationProperties): void;
  /**
   * The job's OIDC token for `audience` (Fulcio wants `sigstore`), masked before it is returned;
   * the job needs `permissions: id-token: write`. On GitHub, @actions/core's `getIDToken`.
   */
  idToken(audience: string): Promise<string>;
}

export function formatOutput(value: OutputValue): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A logger that drops everything; for package code called where nobody listens. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
};
