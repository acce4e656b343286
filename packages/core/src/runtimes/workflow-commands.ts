/**
 * The runner's side of a step: workflow commands on stdout (`::error title=…::message`) and the
 * file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), written as @actions/core 3 writes them.
 * Shipgate speaks the protocol itself because @actions/core loads its HTTP client (undici, for
 * `getIDToken`) with the module: a megabyte parsed before every step, though only a step that
 * signs asks for a token (the runtime's `idToken` loads @actions/core then).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { AnnotationProperties } from '../runtime';

type Env = Readonly<Record<string, string | undefined>>;
type CommandProperties = Record<string, string | number | undefined>;

/** `::command key=value,key=value::message`, one line on stdout. */
export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  // As @actions/core: a space after the name whenever properties are given, empty values left out.
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  const head = Object.keys(properties).length > 0 ? `${command} ${pairs.join(',')}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An annotation's properties under the names the runner reads. */
export function annotationProperties(properties: AnnotationProperties = {}): CommandProperties {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

/** The step input `name` (INPUT_<NAME>, spaces as underscores), trimmed; empty when not given. */
export function readInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** A step output: appended to GITHUB_OUTPUT in heredoc form, or the legacy `set-output` command. */
export function writeOutput(env: Env, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  // A random delimiter per value, so no value can end the heredoc early and set another output.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends markdown (and a newline) to the job summary file, GITHUB_STEP_SUMMARY. */
export async function appendStepSummary(file: string, markdown: string): Promise<void> {
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, `${markdown}${EOL}`, { encoding: 'utf8' });
}
