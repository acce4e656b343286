import { ConfigurationError } from '@shipgate/core';
import type { ScannerName } from './finding';

/** How the scanner runs, beyond what it scans: trivy-action's timeout, cache-dir and DB repositories. */
export interface ScannerOptions {
  /** The scan's deadline: Trivy's `--timeout`; Grype has none of its own, so its process is stopped at it. */
  timeoutMs?: number;
  /** The scanner's cache, absolute: Trivy's `--cache-dir`, Grype's `GRYPE_DB_CACHE_DIR`. */
  cacheDir?: string;
  /** Where the vulnerability database comes from: Trivy's OCI repositories, or Grype's listing URL. */
  dbRepositories?: readonly string[];
  /** Trivy's Java database repositories; Grype has no separate one. */
  javaDbRepositories?: readonly string[];
}

/** Without a `timeout`, the scan's process is stopped after this long all the same. */
export const DEFAULT_SCAN_DEADLINE_MS = 30 * 60_000;
/** Trivy is given the timeout itself, and this long more to say so before its process is stopped. */
export const TRIVY_TIMEOUT_GRACE_MS = 60_000;

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** Go's duration as trivy-action's `timeout` takes it (`5m0s`, `10m`, `1h30m`, `90s`) → milliseconds. */
export function parseScanTimeout(text: string, inputName = 'timeout'): number {
  if (!/^(\d+[hms])+$/.test(text)) {
    throw new ConfigurationError(`Input "${inputName}" must be a duration such as 5m0s, 10m or 1h, got "${text}".`);
  }
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([hms])/g)) total += Number(amount) * UNIT_MS[unit as 'h'];
  if (total === 0) throw new ConfigurationError(`Input "${inputName}" must be longer than 0s, got "${text}".`);
  return total;
}

/** Milliseconds as a Go duration in whole seconds, which Trivy's `--timeout` takes. */
export function goSeconds(ms: number): string {
  return `${Math.ceil(ms / 1000)}s`;
}

/**
 * What the chosen scanner cannot take, refused naming the input: Grype reads its database from
 * one listing URL and has no Java database; Trivy's database repositories are OCI references.
 */
export function checkScannerOptions(scanner: ScannerName, options: ScannerOptions): void {
  const repositories = options.dbRepositories ?? [];
  const isUrl = (value: string) => /^https?:\/\//.test(value);
  if (scanner === 'grype') {
    if ((options.javaDbRepositories ?? []).length > 0) {
      throw new ConfigurationError(
        'Input "java-db-repository" is for Trivy only; Grype keeps Java advisories in its one database.',
      );
    }
    if (repositories.length > 1 || repositories.some((value) => !isUrl(value))) {
      throw new ConfigurationError(
        `Input "db-repository" must be one http(s) URL of a database listing for Grype (GRYPE_DB_UPDATE_URL), got "${repositories.join(', ')}".`,
      );
    }
    return;
  }
  for (const [input, values] of [
    ['db-repository', repositories],
    ['java-db-repository', options.javaDbRepositories ?? []],
  ] as const) {
    const url = values.find(isUrl);
    if (url) {
      throw new ConfigurationError(
        `Input "${input}" has "${url}", but Trivy takes OCI repositories (e.g. mirror.gcr.io/aquasec/trivy-db:2), not URLs.`,
      );
    }
  }
}
