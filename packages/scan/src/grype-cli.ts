import { ConfigurationError } from '@shipgate/core';
import { isRecord } from './finding';
import { DEFAULT_SCAN_DEADLINE_MS, type ScannerOptions } from './scanner-options';
import type { RegistryAccess, ScannerRun, ScannerVersion } from './trivy-cli';

export function grypeScanArgs(imageRef: string, outputFile: string): string[] {
  return [imageRef, '-o', 'json', '--file', outputFile];
}

export const GRYPE_VERSION_ARGS: readonly string[] = ['version', '-o', 'json'];

/**
 * `grype version -o json`: `{ "application": "grype", "version": "0.86.1", "supportedDbSchema": 5, … }`.
 * It has no database time; Grype puts that in the report (`descriptor.db`).
 */
export function parseGrypeVersion(stdout: string): ScannerVersion {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new ConfigurationError('`grype version -o json` did not print JSON.');
  }
  if (!isRecord(json) || typeof json.version !== 'string') {
    throw new ConfigurationError('`grype version -o json` printed JSON without a "version".');
  }
  return { version: json.version };
}

/** Grype reads registry credentials, TLS settings and where its database lives from its environment. */
export function grypeEnv(registry?: RegistryAccess, options: ScannerOptions = {}): Record<string, string> {
  const env: Record<string, string> = {};
  if (registry?.username) env.GRYPE_REGISTRY_AUTH_USERNAME = registry.username;
  if (registry?.password) env.GRYPE_REGISTRY_AUTH_PASSWORD = registry.password;
  if (registry && !registry.tlsVerify) env.GRYPE_REGISTRY_INSECURE_SKIP_TLS_VERIFY = 'true';
  if (options.cacheDir) env.GRYPE_DB_CACHE_DIR = options.cacheDir;
  const [updateUrl] = options.dbRepositories ?? [];
  if (updateUrl) env.GRYPE_DB_UPDATE_URL = updateUrl;
  return env;
}

/** Grype has no timeout of its own: its process is stopped at the `timeout`, or the default deadline. */
export function grypeDeadlineMs(options: ScannerOptions = {}): number {
  return options.timeoutMs ?? DEFAULT_SCAN_DEADLINE_MS;
}

export async function grypeVersion({ exec }: ScannerRun): Promise<ScannerVersion> {
  const { stdout } = await exec('grype', GRYPE_VERSION_ARGS, { quiet: true, timeoutMs: 60_000 });
  return parseGrypeVersion(stdout);
}

export async function runGrype(
  { exec }: ScannerRun,
  imageRef: string,
  outputFile: string,
  registry?: RegistryAccess,
  options: ScannerOptions = {},
): Promise<void> {
  await exec('grype', grypeScanArgs(imageRef, outputFile), {
    env: grypeEnv(registry, options),
    timeoutMs: grypeDeadlineMs(options),
    streamOutput: { group: `Scanning ${imageRef} with Grype` },
  });
}
