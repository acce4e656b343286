import { ConfigurationError } from './errors';

type InputSource = { getInput(name: string): string };

// Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

/**
 * Typed, validated reads of action inputs. Every failure is a `ConfigurationError` whose message
 * is one sentence naming the input.
 */
export class InputReader {
  constructor(private readonly source: InputSource) {}

  /** A required string input. */
  required(name: string): string {
    const value = this.source.getInput(name);
    if (!value) throw new ConfigurationError(`Input "${name}" is required.`);
    return value;
  }

  /** A string input, or `defaultValue` when it is empty. */
  string(name: string, defaultValue: string): string {
    return this.source.getInput(name) || defaultValue;
  }

  /** A string input, or `undefined` when it is empty. */
  optional(name: string): string | undefined {
    return this.source.getInput(name) || undefined;
  }

  /**
   * An input that replaced `oldName`: the old one, when a workflow still sets it, wins over the new
   * one's default (an action.yml default cannot be told from a value the workflow set), and `name`
   * says which input the value came from, so errors and the caller's deprecation warning name it.
   */
  renamed(name: string, oldName: string): { name: string; value: string | undefined } {
    const old = this.source.getInput(oldName);
    return old ? { name: oldName, value: old } : { name, value: this.source.getInput(name) || undefined };
  }

  boolean(name: string, defaultValue: boolean): boolean {
    const value = this.source.getInput(name);
    if (!value) return defaultValue;
    if (TRUE_VALUES.has(value)) return true;
    if (FALSE_VALUES.has(value)) return false;
    throw new ConfigurationError(`Input "${name}" must be true or false, got "${value}".`);
  }

  /** An optional boolean: `undefined` when empty, so a caller can derive the default from other inputs. */
  optionalBoolean(name: string): boolean | undefined {
    return this.source.getInput(name) ? this.boolean(name, false) : undefined;
  }

  integer(name: string, options: { min: number; max: number; default: number }): number {
    const value = this.source.getInput(name);
    if (!value) return options.default;
    const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < options.min || number > options.max) {
      throw new ConfigurationError(
        `Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`,
      );
    }
    return number;
  }

  /** Newline- or comma-separated values, trimmed, empty entries dropped. */
  list(name: string, options: { required?: boolean } = {}): string[] {
    const values = splitList(this.source.getInput(name));
    if (options.required && values.length === 0) throw new ConfigurationError(`Input "${name}" is required.`);
    return values;
  }

  /** Newline-separated values only, for entries that may contain commas (e.g. `build-args`). */
  lines(name: string): string[] {
    return this.source
      .getInput(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }

  /** A git branch name (as `git check-ref-format --branch` accepts it), or `defaultValue` when empty. */
  branch(name: string, defaultValue: string): string;
  branch(name: string): string | undefined;
  branch(name: string, defaultValue?: string): string | undefined {
    const value = this.source.getInput(name);
    if (!value) return defaultValue;
    requireBranchName(value, name);
    return value;
  }

  enum<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T {
    const value = this.source.getInput(name);
    if (!value) return defaultValue;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new ConfigurationError(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
  }
}

/**
 * Refuses what git refuses as a branch name (git-check-ref-format(1)), so that a name like `a..b`
 * or `main:evil` is a bad input instead of a revision range or refspec handed to git.
 */
export function requireBranchName(value: string, inputName: string): void {
  const reason = branchNameProblem(value);
  if (reason)
    throw new ConfigurationError(`Input "${inputName}" is not a valid branch name (${reason}), got "${value}".`);
}

function branchNameProblem(value: string): string | undefined {
  if (value.startsWith('-')) return 'it starts with "-"';
  if (value.includes('..')) return 'it contains ".."';
  if (value.includes('@{') || value === '@') return 'it contains "@{"';
  if (/[\u0000-\u0020\u007f]/.test(value)) return 'it contains a space or control character';
  if (/[~^:?*[\\]/.test(value)) return 'it contains one of ~ ^ : ? * [ \\';
  const parts = value.split('/');
  if (parts.some((part) => part === '')) return 'it has an empty path component';
  if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
    return 'a component starts with "." or ends with ".lock"';
  }
  if (value.endsWith('.')) return 'it ends with "."';
  return undefined;
}

export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function formatChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
