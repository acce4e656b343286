import { ConfigurationError } from '@shipgate/core';
import { SEVERITIES, type Severity } from './scan-record';

/** Whether a fix exists: `wont-fix` is the distribution saying it will not ship one (also end of life). */
export type FixState = 'fixed' | 'not-fixed' | 'wont-fix' | 'unknown';

/** One vulnerability in one package, whichever scanner found it. */
export interface Finding {
  id: string;
  /** Other identifiers of the same vulnerability (a GHSA's CVE, a CVE's vendor advisories); never `id` itself. */
  aliases: string[];
  package: { name: string; version: string; type: string };
  fixedVersions: string[];
  fixState: FixState;
  severity: Severity;
  cvssScore?: number;
  title?: string;
  url?: string;
  /** Where in the artifact the package was found: a Trivy result target or a Grype package location. */
  target?: string;
}

export type ScannerName = 'trivy' | 'grype';

export interface ScannerInfo {
  name: ScannerName;
  version: string;
  /** When the vulnerability database was built, as the scanner reports it. */
  dbUpdatedAt?: string;
}

/** A scanner report reduced to what policy and the record need. */
export interface ParsedReport {
  scanner: ScannerInfo;
  findings: Finding[];
  /** What was scanned, and the digests the report says it has (to check the report belongs to the image). */
  artifact: { name?: string; digests: string[] };
}

const RANK: Readonly<Record<Severity, number>> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  negligible: 1,
  unknown: 0,
};

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** A scanner's severity word (`CRITICAL`, `High`, `Negligible`, …); anything unrecognised is `unknown`. */
export function normaliseSeverity(value: unknown): Severity {
  if (typeof value !== 'string') return 'unknown';
  const lower = value.trim().toLowerCase();
  return (SEVERITIES as readonly string[]).includes(lower) ? (lower as Severity) : 'unknown';
}

/** A severity name a user wrote in an input; case-insensitive, and a typo is an error rather than `unknown`. */
export function parseSeverityName(value: string, inputName: string): Severity {
  const lower = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(lower)) return lower as Severity;
  throw new ConfigurationError(`Input "${inputName}" must be one of ${SEVERITIES.join(', ')}, got "${value}".`);
}

export function emptyCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 };
}

export function countBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Values of a JSON field that should be a string, or `undefined`. */
export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
