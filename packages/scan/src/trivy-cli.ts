import type { Exec, Logger } from '@shipgate/core';
import { ConfigurationError } from '@shipgate/core';
import { isRecord, stringOrUndefined } from './finding';
import { DEFAULT_SCAN_DEADLINE_MS, goSeconds, type ScannerOptions, TRIVY_TIMEOUT_GRACE_MS } from './scanner-options';

export interface ScannerRun {
  log: Logger;
  exec: Exec;
}

export interface RegistryAccess {
  username?: string;
  password?: string;
  tlsVerify: boolean;
}

export interface ScannerVersion {
  version: string;
  dbUpdatedAt?: string;
}

export function trivyScanArgs(
  imageRef: string,
  outputFile: string,
  registry?: RegistryAccess,
  options: ScannerOptions = {},
): string[] {
  return [
    'image',
    '--format',
    'json',
    '--output',
    outputFile,
    ...(registry && !registry.tlsVerify ? ['--insecure'] : []),
    ...(options.timeoutMs ? ['--timeout', goSeconds(options.timeoutMs)] : []),
    ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : []),
    ...(options.dbRepositories ?? []).flatMap((repository) => ['--db-repository', repository]),
    ...(options.javaDbRepositories ?? []).flatMap((repository) => ['--java-db-repository', repository]),
    imageRef,
  ];
}

export const TRIVY_VERSION_ARGS: readonly string[] = ['version', '--format', 'json'];

/** The version command reads the database's time from the cache, so it is told where the cache is. */
export function trivyVersionArgs(options: ScannerOptions = {}): string[] {
  return [...TRIVY_VERSION_ARGS, ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : [])];
}

/** How long Trivy's process may run: its own --timeout and a minute to report it, or the default deadline. */
export function trivyDeadlineMs(options: ScannerOptions = {}): number {
  return options.timeoutMs ? options.timeoutMs + TRIVY_TIMEOUT_GRACE_MS : DEFAULT_SCAN_DEADLINE_MS;
}

/**
 * `trivy version --format json`: `{ "Version": "0.58.1", "VulnerabilityDB": { "UpdatedAt": … } }`.
 * The DB block is absent before the first download.
 */
export function parseTrivyVersion(stdout: string): ScannerVersion {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new ConfigurationError('`trivy version --format json` did not print JSON; is this Trivy 0.20 or later?');
  }
  if (!isRecord(json) || typeof json.Version !== 'string') {
    throw new ConfigurationError('`trivy version --format json` printed JSON without a "Version".');
  }
  const db = isRecord(json.VulnerabilityDB) ? json.VulnerabilityDB : {};
  const dbUpdatedAt = stringOrUndefined(db.UpdatedAt);
  return { version: json.Version, ...(dbUpdatedAt ? { dbUpdatedAt } : {}) };
}

/** Registry credentials go to Trivy through its environment, never its arguments. */
export function trivyEnv(registry?: RegistryAccess): Record<string, string> {
  const env: Record<string, string> = {};
  if (registry?.username) env.TRIVY_USERNAME = registry.username;
  if (registry?.password) env.TRIVY_PASSWORD = registry.password;
  return env;
}

export async function trivyVersion({ exec }: ScannerRun, options: ScannerOptions = {}): Promise<ScannerVersion> {
  const { stdout } = await exec('trivy', trivyVersionArgs(options), { quiet: true, timeoutMs: 60_000 });
  return parseTrivyVersion(stdout);
}

/** Scans `imageRef` into `outputFile` (Trivy JSON). */
export async function runTrivy(
  { exec }: ScannerRun,
  imageRef: string,
  outputFile: string,
  registry?: RegistryAccess,
  options: ScannerOptions = {},
): Promise<void> {
  await exec('trivy', trivyScanArgs(imageRef, outputFile, registry, options), {
    env: trivyEnv(registry),
    timeoutMs: trivyDeadlineMs(options),
    streamOutput: { group: `Scanning ${imageRef} with Trivy` },
  });
}
