/**
 * The two kinds of failure a step can have. A `ConfigurationError` is the user's mistake and is
 * shown as one sentence with no stack trace; a `CommandError` is an external tool that failed and
 * is shown with its command, exit code and the meaningful last lines of its stderr.
 */
export class ShipgateError extends Error {
  override name = 'ShipgateError';
}

/**
 * Where in a file a mistake is: the failed step's annotation is put on that line (GitHub shows it
 * on the file; the CLI prints `file:line: message`). `file` is absolute or relative to the
 * workspace, or a path in the repository the mistake is in (`.shipgate/policy.yaml`).
 */
export interface FileLocation {
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  title?: string;
}

export class ConfigurationError extends ShipgateError {
  override name = 'ConfigurationError';
  /** Set when the mistake is a file's: the step's failure is annotated there. */
  readonly location?: FileLocation;

  constructor(message: string, location?: FileLocation) {
    super(message);
    if (location) this.location = location;
  }

  /** The same sentence, located in `location` unless it is located already. */
  locatedAt(location: FileLocation): ConfigurationError {
    return this.location ? this : new ConfigurationError(this.message, location);
  }
}

export interface CommandFailure {
  /** The program, e.g. `buildah`. */
  command: string;
  /** Arguments as run; already masked when they may hold secrets. */
  args: readonly string[];
  /** `null` when the process never started or was killed. */
  exitCode: number | null;
  stderr: string;
  /** Why there is no exit code, e.g. `not found on PATH` or `timed out after 30s`. */
  reason?: string;
}

export class CommandError extends ShipgateError {
  override name = 'CommandError';
  readonly command: string;
  readonly args: readonly string[];
  readonly exitCode: number | null;
  readonly stderr: string;

  constructor(failure: CommandFailure) {
    super(describeCommandFailure(failure));
    this.command = failure.command;
    this.args = failure.args;
    this.exitCode = failure.exitCode;
    this.stderr = failure.stderr;
  }

  /**
   * The last meaningful line the tool wrote to stderr (see `meaningfulStderrLines`); usually the
   * one that says what went wrong.
   */
  get lastStderrLine(): string {
    return meaningfulStderrLines(this.stderr, { maxLines: 1 }).at(-1) ?? '';
  }
}

export function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]?.trim();
    if (line) return line;
  }
  return '';
}

/** How much of a tool's stderr a failure keeps: its last lines, up to both bounds. */
export const STDERR_REASON_BOUNDS = { maxLines: 8, maxChars: 1_000 } as const;

/**
 * The last lines of `stderr` that say something, trimmed: blank lines, lines of punctuation alone
 * (kubectl closes a multi-line error with a lone `>`) and a line repeating the one before are
 * dropped. At most `maxLines`, and at most `maxChars` in all: older lines go first, and a last
 * line longer than that keeps its end, where tools put the underlying cause.
 */
export function meaningfulStderrLines(stderr: string, bounds: { maxLines?: number; maxChars?: number } = {}): string[] {
  const { maxLines = STDERR_REASON_BOUNDS.maxLines, maxChars = STDERR_REASON_BOUNDS.maxChars } = bounds;
  const lines: string[] = [];
  for (const raw of stderr.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (!line || /^[\p{P}\p{S}]+$/u.test(line) || line === lines.at(-1)) continue;
    lines.push(line);
  }
  const kept: string[] = [];
  let chars = 0;
  for (let i = lines.length - 1; i >= 0 && kept.length < maxLines; i--) {
    const line = lines[i] as string;
    if (kept.length === 0 && line.length > maxChars) return [`…${line.slice(line.length - maxChars + 1)}`];
    if (chars + line.length > maxChars) break;
    kept.unshift(line);
    chars += line.length;
  }
  return kept;
}

function describeCommandFailure(failure: CommandFailure): string {
  const commandLine = [failure.command, ...failure.args].join(' ');
  const status = failure.reason ?? `exited with code ${failure.exitCode}`;
  const reason = meaningfulStderrLines(failure.stderr).join('\n');
  return reason ? `\`${commandLine}\` ${status}: ${reason}` : `\`${commandLine}\` ${status}.`;
}

/** One line for the step's failure message, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.replace(/\s*\n\s*/g, ' ').trim();
    return message || error.name;
  }
  return String(error);
}

export function isUserError(error: unknown): boolean {
  return error instanceof ConfigurationError;
}
