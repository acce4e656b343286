import { appendFile, readFile } from 'node:fs/promises';

/**
 * Outputs as a dotenv file that a POSIX shell (`set -a; . FILE; set +a`) and GitLab's dotenv report
 * (`artifacts: reports: dotenv:`) both read, and read the same. GitLab takes each line as
 * `KEY=value` split at the first `=`, trims both, keeps quotes as they are, allows no empty line,
 * no comment and no multi-line value, and only `[A-Za-z0-9_]` in a key; a shell removes quotes and
 * would expand `$`, backquotes and `~`. So a value is written as it is only when it holds nothing
 * either would read differently; a list (one entry per line) whose entries all are is written
 * comma-separated, which every Shipgate list input takes; anything else is written base64-encoded
 * under `<KEY>_BASE64`.
 */

/** GitLab's default limits for a dotenv report: under 5 KiB, at most 20 variables. */
export const GITLAB_DOTENV_LIMITS = { bytes: 5 * 1024, variables: 20 } as const;

/** Characters a shell assignment and GitLab both take literally (no quote, space, `$`, `~`, glob or separator). */
const PORTABLE = /^[A-Za-z0-9_@%+=:,./-]*$/;

export interface DotenvFile {
  text: string;
  /** How each output was written: as it is, as a comma-separated list, or base64 under `<KEY>_BASE64`. */
  entries: Array<{ output: string; key: string; form: 'plain' | 'list' | 'base64' }>;
}

/** `image-ref` → `IMAGE_REF`. */
export function dotenvKey(output: string): string {
  const key = output.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

export function formatDotenv(outputs: Readonly<Record<string, string>>): DotenvFile {
  const lines: string[] = [];
  const entries: DotenvFile['entries'] = [];
  for (const [output, value] of Object.entries(outputs)) {
    const key = dotenvKey(output);
    const list = value.split(/\r?\n/).filter((entry) => entry !== '');
    if (!/[\r\n]/.test(value) && PORTABLE.test(value)) {
      lines.push(`${key}=${value}`);
      entries.push({ output, key, form: 'plain' });
    } else if (list.length > 0 && list.every((entry) => PORTABLE.test(entry) && !entry.includes(','))) {
      lines.push(`${key}=${list.join(',')}`);
      entries.push({ output, key, form: 'list' });
    } else {
      lines.push(`${key}_BASE64=${Buffer.from(value, 'utf8').toString('base64')}`);
      entries.push({ output, key: `${key}_BASE64`, form: 'base64' });
    }
  }
  return { text: lines.map((line) => `${line}\n`).join(''), entries };
}

/**
 * Appends the outputs to the dotenv file at `path` (several commands of a job may share one);
 * returns what to tell the user: which outputs were base64-encoded, and when the file is past
 * what GitLab accepts by default.
 */
export async function appendDotenv(path: string, outputs: Readonly<Record<string, string>>): Promise<string[]> {
  const { text, entries } = formatDotenv(outputs);
  await appendFile(path, text, 'utf8');
  const notes: string[] = [];
  const encoded = entries.filter((entry) => entry.form === 'base64');
  if (encoded.length > 0) {
    notes.push(
      `${path}: ${encoded.map((entry) => entry.key).join(', ')} ${encoded.length > 1 ? 'hold' : 'holds'} base64, for characters a shell and GitLab would read differently; decode with base64 -d.`,
    );
  }
  const file = await readFile(path, 'utf8');
  const variables = new Set(
    file
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(0, line.indexOf('='))),
  );
  const bytes = Buffer.byteLength(file);
  if (bytes >= GITLAB_DOTENV_LIMITS.bytes || variables.size > GITLAB_DOTENV_LIMITS.variables) {
    notes.push(
      `warning: ${path} is ${bytes} bytes with ${variables.size} variables; GitLab refuses a dotenv report of ${GITLAB_DOTENV_LIMITS.bytes} bytes or more, or with more than ${GITLAB_DOTENV_LIMITS.variables} variables (its default limits).`,
    );
  }
  return notes;
}
