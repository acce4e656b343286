import { cliInputVariable } from '@shipgate/core';
import { type ActionMetadata, isLiteralDefault } from './metadata';

/** A mistake in how `shipgate` was called (unknown action or flag); exit code 2, like most CLIs. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Flags the CLI itself takes; action inputs may not use these names. */
export const CLI_OPTIONS = ['dotenv', 'help', 'json', 'summary-file', 'verbose', 'version'] as const;

export interface CommandLine {
  /** The first positional argument; undefined for `shipgate` or `shipgate --help`. */
  action?: string;
  /** Action inputs as given, in order; a flag given twice keeps both values. */
  flags: Map<string, string[]>;
  /** Inputs given as a bare flag (`--push`, no value), which only a boolean input may be. */
  bareFlags: Set<string>;
  help: boolean;
  version: boolean;
  json: boolean;
  verbose: boolean;
  summaryFile?: string;
  /** Also append the outputs to this dotenv file (see `formatDotenv`). */
  dotenv?: string;
}

/**
 * Reads `<action> --name value --name=value --flag …`. A flag with no value (followed by another
 * flag, or last) means `true`, so `--push` works like `--push true` (`resolveInputs` allows that
 * for boolean inputs only); a value that itself starts with `--` must be written `--name=--value`.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const commandLine: CommandLine = {
    flags: new Map(),
    bareFlags: new Set(),
    help: false,
    version: false,
    json: false,
    verbose: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '-h') {
      commandLine.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (commandLine.action === undefined && commandLine.flags.size === 0) {
        commandLine.action = arg;
        continue;
      }
      throw new UsageError(`Unexpected argument "${arg}"; inputs are given as --<input> <value>.`);
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw new UsageError(`"${arg}" is not a valid flag.`);
    let value: string;
    let bare = false;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (index + 1 < argv.length && !argv[index + 1]!.startsWith('--')) value = argv[++index]!;
    else {
      value = 'true';
      bare = true;
    }

    switch (name) {
      case 'help':
        commandLine.help = value !== 'false';
        break;
      case 'json':
        commandLine.json = value !== 'false';
        break;
      case 'verbose':
        commandLine.verbose = value !== 'false';
        break;
      case 'version':
        commandLine.version = value !== 'false';
        break;
      case 'summary-file':
        if (value === 'true') throw new UsageError('--summary-file needs a path.');
        commandLine.summaryFile = value;
        break;
      case 'dotenv':
        if (bare) throw new UsageError('--dotenv needs a path.');
        commandLine.dotenv = value;
        break;
      default:
        commandLine.flags.set(name, [...(commandLine.flags.get(name) ?? []), value]);
        if (bare) commandLine.bareFlags.add(name);
    }
  }
  return commandLine;
}

/**
 * The value of every declared input, as the runner would pass it: the flag (a list input's
 * repeated flags joined by newlines), else the `SHIPGATE_<INPUT>` variable, else the default from
 * action.yml (see `cliDefault` for expression defaults such as `${{ github.token }}`). A bare flag
 * for an input that is not boolean, or a repeated one for an input that is not a list, is a
 * usage error: guessing would deploy something nobody asked for.
 */
export function resolveInputs(
  action: ActionMetadata,
  flags: ReadonlyMap<string, readonly string[]>,
  env: Readonly<Record<string, string | undefined>>,
  bareFlags: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const declared = new Map(action.inputs.map((input) => [input.name, input]));
  for (const [name, values] of flags) {
    const input = declared.get(name);
    if (!input) {
      throw new UsageError(
        `"${action.name}" has no input "--${name}"; run "shipgate ${action.name} --help" for its inputs.`,
      );
    }
    if (bareFlags.has(name) && input.kind !== 'boolean') {
      throw new UsageError(`--${name} needs a value: only true/false inputs may be given as a bare flag.`);
    }
    if (values.length > 1 && input.kind !== 'list') {
      throw new UsageError(`--${name} is given ${values.length} times; it takes one value.`);
    }
  }
  const inputs: Record<string, string> = {};
  for (const input of action.inputs) {
    const flag = flags.get(input.name);
    const fromEnv = env[cliInputVariable(input.name)];
    if (flag) inputs[input.name] = flag.join('\n');
    else if (fromEnv !== undefined && fromEnv !== '') inputs[input.name] = fromEnv;
    else if (input.default !== undefined) inputs[input.name] = cliDefault(input.default, env);
    else inputs[input.name] = '';
  }
  return inputs;
}

/**
 * action.yml defaults outside GitHub: literals as they are; the expressions defaults use are
 * `${{ github.<name> }}` (read from `GITHUB_<NAME>`, so `github.token` is `GITHUB_TOKEN`) and
 * `${{ env.<NAME> }}`. Anything else needs a runner to evaluate and is left empty.
 */
function cliDefault(value: string, env: Readonly<Record<string, string | undefined>>): string {
  if (isLiteralDefault(value)) return value;
  const expression = /^\$\{\{\s*(github|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(value.trim());
  if (!expression) return '';
  const [, context, name = ''] = expression;
  return (context === 'github' ? env[`GITHUB_${name.toUpperCase()}`] : env[name]) ?? '';
}
