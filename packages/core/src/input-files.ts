import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from './errors';

/** The limit for small JSON inputs read whole (scan and approval records). */
export const MAX_RECORD_FILE_BYTES = 64 * 1024 * 1024;
/** The limit for scanner reports, which are streamed; far above any real image's report. */
export const MAX_REPORT_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * Refuses a file input larger than `maxBytes` before anything reads it, with a sentence naming
 * the input; a file read whole beyond a few hundred megabytes otherwise fails deep inside V8
 * ("Invalid string length") naming nothing. A path that does not exist is left to the reader,
 * which says so in its own words.
 */
export async function requireFileSizeWithin(path: string, inputName: string, maxBytes: number): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size <= maxBytes) return;
  throw new ConfigurationError(
    `Input "${inputName}" names ${path}, which is ${formatBytes(info.size)}, more than the ${formatBytes(maxBytes)} this input may be.`,
  );
}

/** `1.5 GiB`, `300.0 MiB`, `12.0 KiB`, `80 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * A file input (a scan or approval record) resolved against the workspace and checked against
 * the size limit before anything reads it; `undefined` when the input is empty.
 */
export async function recordFileInput(
  source: { getInput(name: string): string; readonly workspace: string },
  name: string,
  maxBytes = MAX_RECORD_FILE_BYTES,
): Promise<string | undefined> {
  const value = source.getInput(name);
  if (!value) return undefined;
  const path = resolve(source.workspace, value);
  await requireFileSizeWithin(path, name, maxBytes);
  return path;
}

/** The JSON in the file an input names; a missing file or bad JSON is the input's mistake, said in one sentence. */
export async function readJsonFileInput(path: string, inputName: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
    throw new ConfigurationError(`Input "${inputName}" names ${path}, which ${reason}.`);
  }
}
