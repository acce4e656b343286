import { ConfigurationError } from '@shipgate/core';
import { isRecord } from './finding';
import type { RegistryAccess, ScannerRun, ScannerVersion } from './trivy-cli';

const SCAN_TIMEOUT_MS = 30 * 60_000;

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

/** Grype reads registry credentials and TLS settings from its environment. */
export function grypeEnv(registry?: RegistryAccess): Record<string, string> {
  const env: Record<string, string> = {};
  if (registry?.username) env.GRYPE_REGISTRY_AUTH_USERNAME = registry.username;
  if (registry?.password) env.GRYPE_REGISTRY_AUTH_PASSWORD = registry.password;
  if (registry && !registry.tlsVerify) env.GRYPE_REGISTRY_INSECURE_SKIP_TLS_VERIFY = 'true';
  return env;
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
): Promise<void> {
  await exec('grype', grypeScanArgs(imageRef, outputFile), {
    env: grypeEnv(registry),
    timeoutMs: SCAN_TIMEOUT_MS,
    streamOutput: { group: `Scanning ${imageRef} with Grype` },
  });
}
