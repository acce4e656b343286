import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';

/**
 * A build secret (`RUN --mount=type=secret,id=…`): a value, which is written to a file only the
 * builder reads and removed after the build, or a file of the user's.
 */
export type BuildSecret = { id: string; value: string } | { id: string; file: string };

/** What `--secret id=…,src=…` takes, for buildah and buildx alike. */
export interface SecretSource {
  id: string;
  src: string;
}

const SECRET_ID = /^[A-Za-z0-9_.-]+$/;

/**
 * The `secrets` input as build-push-action reads it: one `id=value` per line, where a line may be
 * wrapped in double quotes (`"id=value"`, `""` for a quote) and a quoted one may span lines. The
 * value is never put into a message.
 */
export function parseSecretValues(raw: string, inputName = 'secrets'): Array<{ id: string; value: string }> {
  return splitQuotedLines(raw, inputName).map((entry, index) => {
    const equals = entry.indexOf('=');
    const id = equals > 0 ? entry.slice(0, equals).trim() : '';
    requireSecretId(id, `Input "${inputName}" entry ${index + 1}`);
    return { id, value: entry.slice(equals + 1) };
  });
}

/** The `secret-files` input: `id=path` lines; `resolvePath` makes a path absolute (the workspace's). */
export function parseSecretFiles(
  entries: readonly string[],
  resolvePath: (path: string) => string,
  inputName = 'secret-files',
): Array<{ id: string; file: string }> {
  return entries.map((entry) => {
    const equals = entry.indexOf('=');
    const id = equals > 0 ? entry.slice(0, equals).trim() : '';
    requireSecretId(id, `Input "${inputName}" entry "${entry}"`);
    const path = entry.slice(equals + 1).trim();
    if (!path) throw new ConfigurationError(`Input "${inputName}" entry "${entry}" names no file.`);
    const file = resolvePath(path);
    // The path goes into buildah's `id=…,src=…`, which a comma would split.
    if (file.includes(',')) {
      throw new ConfigurationError(
        `Input "${inputName}" names ${file}, whose path has a comma the builders cannot take.`,
      );
    }
    return { id, file };
  });
}

/** The `secret-envs` input: `id=VARIABLE`, read from the step's environment. */
export function parseSecretEnvs(
  entries: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  inputName = 'secret-envs',
): Array<{ id: string; value: string }> {
  return entries.map((entry) => {
    const equals = entry.indexOf('=');
    const id = equals > 0 ? entry.slice(0, equals).trim() : '';
    requireSecretId(id, `Input "${inputName}" entry "${entry}"`);
    const name = entry.slice(equals + 1).trim();
    const value = env[name];
    if (!name || value === undefined) {
      throw new ConfigurationError(`Input "${inputName}" names the variable "${name}", which is not set.`);
    }
    return { id, value };
  });
}

/** Every id once across `secrets`, `secret-envs` and `secret-files`, and every file there. */
export async function checkBuildSecrets(secrets: readonly BuildSecret[]): Promise<void> {
  const seen = new Set<string>();
  for (const secret of secrets) {
    if (seen.has(secret.id)) {
      throw new ConfigurationError(
        `Input "secrets", "secret-envs" or "secret-files" gives the secret id "${secret.id}" twice.`,
      );
    }
    seen.add(secret.id);
    if ('file' in secret) {
      const info = await stat(secret.file).catch(() => undefined);
      if (!info?.isFile()) {
        throw new ConfigurationError(`Input "secret-files" names ${secret.file}, which is not a file.`);
      }
    }
  }
}

/**
 * Writes each secret value to its own file (mode 0600) in `dir`, a directory of the build's own
 * that is removed after it; files the user named are used where they are.
 */
export async function writeSecretSources(dir: string, secrets: readonly BuildSecret[]): Promise<SecretSource[]> {
  const sources: SecretSource[] = [];
  for (const [index, secret] of secrets.entries()) {
    if ('file' in secret) {
      sources.push({ id: secret.id, src: secret.file });
      continue;
    }
    const src = join(dir, `secret-${index}`);
    await writeFile(src, secret.value, { mode: 0o600, flag: 'wx' });
    sources.push({ id: secret.id, src });
  }
  return sources;
}

/** `--secret id=…,src=…` for each source: the same flag in buildah and buildx. */
export function secretArgs(sources: readonly SecretSource[]): string[] {
  return sources.flatMap((source) => ['--secret', `id=${source.id},src=${source.src}`]);
}

function requireSecretId(id: string, entry: string): void {
  if (!SECRET_ID.test(id)) {
    throw new ConfigurationError(`${entry} is not of the form id=… with an id of letters, digits, ".", "_" or "-".`);
  }
}

/** Lines, where a line that starts with `"` runs to the closing quote (CSV's quoting). */
function splitQuotedLines(raw: string, inputName: string): string[] {
  const entries: string[] = [];
  let position = 0;
  while (position < raw.length) {
    const lineEnd = raw.indexOf('\n', position);
    const end = lineEnd === -1 ? raw.length : lineEnd;
    const line = raw.slice(position, end).replace(/\r$/, '');
    if (!line.trimStart().startsWith('"')) {
      if (line.trim()) entries.push(line.trim());
      position = end + 1;
      continue;
    }
    let value = '';
    let cursor = raw.indexOf('"', position) + 1;
    for (;;) {
      const quote = raw.indexOf('"', cursor);
      if (quote === -1) {
        throw new ConfigurationError(`Input "${inputName}" entry ${entries.length + 1} has an unclosed quote.`);
      }
      value += raw.slice(cursor, quote);
      if (raw[quote + 1] === '"') {
        value += '"';
        cursor = quote + 2;
        continue;
      }
      cursor = quote + 1;
      break;
    }
    const restEnd = raw.indexOf('\n', cursor);
    const rest = raw.slice(cursor, restEnd === -1 ? raw.length : restEnd);
    if (rest.trim()) {
      throw new ConfigurationError(
        `Input "${inputName}" entry ${entries.length + 1} has text after its closing quote.`,
      );
    }
    entries.push(value);
    position = restEnd === -1 ? raw.length : restEnd + 1;
  }
  return entries;
}
