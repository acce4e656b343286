import type { Exec, Logger } from '@shipgate/core';
import { ConfigurationError } from '@shipgate/core';
import { isRecord, stringOrUndefined } from './finding';

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

const SCAN_TIMEOUT_MS = 30 * 60_000;

export function trivyScanArgs(imageRef: string, outputFile: string, registry?: RegistryAccess): string[] {
  return [
    'image',
    '--format',
    'json',
    '--output',
    outputFile,
    ...(registry && !registry.tlsVerify ? ['--insecure'] : []),
    imageRef,
  ];
}

export const TRIVY_VERSION_ARGS: readonly string[] = ['version', '--format', 'json'];

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

export async function trivyVersion({ exec }: ScannerRun): Promise<ScannerVersion> {
  const { stdout } = await exec('trivy', TRIVY_VERSION_ARGS, { quiet: true, timeoutMs: 60_000 });
  return parseTrivyVersion(stdout);
}

/** Scans `imageRef` into `outputFile` (Trivy JSON). */
export async function runTrivy(
  { exec }: ScannerRun,
  imageRef: string,
  outputFile: string,
  registry?: RegistryAccess,
): Promise<void> {
  await exec('trivy', trivyScanArgs(imageRef, outputFile, registry), {
    env: trivyEnv(registry),
    timeoutMs: SCAN_TIMEOUT_MS,
    streamOutput: { group: `Scanning ${imageRef} with Trivy` },
  });
}
