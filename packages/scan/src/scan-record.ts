import { ConfigurationError, readJsonFileInput } from '@shipgate/core';

export const SCAN_RECORD_SCHEMA = 'shipgate.dev/scan-record/v1';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'unknown';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'];

export type Verdict = 'pass' | 'fail';

/**
 * What scan-image leaves for later steps: the verdict bound to one digest. gitops-commit turns it
 * into the `Shipgate-Scan` trailer; promote refuses to move an image whose verdict was not `pass`.
 */
export interface ScanRecord {
  schema: typeof SCAN_RECORD_SCHEMA;
  /** Digest-pinned: `registry/name@sha256:…`. */
  imageRef: string;
  digest: string;
  scanner: { name: 'trivy' | 'grype'; version: string; dbUpdatedAt?: string };
  policy: {
    /** With `failSeverities`, the lowest of them. */
    severityThreshold: Severity;
    /** Exactly the severities that failed the verdict, when they are not every one down to the threshold. */
    failSeverities?: Severity[];
    reportThreshold: Severity;
    ignoreUnfixed: boolean;
    /** The ignore file, when there was one; `ignoreFiles` when there were several. */
    ignoreFile?: string;
    ignoreFiles?: string[];
  };
  /** Findings by severity after policy (ignored entries removed). */
  counts: Record<Severity, number>;
  violations: Array<{
    id: string;
    package: string;
    installedVersion: string;
    fixedVersions: string[];
    severity: Severity;
  }>;
  ignored: Array<{ id: string; package?: string; reason: string; expires?: string; expired?: boolean }>;
  verdict: Verdict;
  /** The sha256 of the raw scanner report, so the record can be tied to the exact file. */
  /** `digests`: the image digests the report itself names, when it names any. */
  report: { sha256: string; path?: string; digests?: string[] };
  /**
   * `bound`: the report names the image's digest (or a manifest of its index); `unbound`: it names
   * no digest and was accepted with allow-unbound-report. Absent in records older than the field,
   * which count as unbound.
   */
  binding?: 'bound' | 'unbound';
  createdAt: string;
  /** How many findings the report had before policy. */
  findings?: number;
  /** How many findings ignore-unfixed left out (they are not listed one by one). */
  unfixedIgnored?: number;
}

export async function readScanRecord(path: string, inputName = 'scan-record'): Promise<ScanRecord> {
  const parsed = await readJsonFileInput(path, inputName);
  const record = parsed as Partial<ScanRecord>;
  if (record?.schema !== SCAN_RECORD_SCHEMA || typeof record.imageRef !== 'string' || !record.verdict) {
    throw new ConfigurationError(`Input "${inputName}" names ${path}, which is not a Shipgate scan record.`);
  }
  return record as ScanRecord;
}

/** The value of the `Shipgate-Scan` trailer: `pass; trivy 0.58.1; critical=0 high=2`. */
export function formatScanTrailer(record: ScanRecord): string {
  const counts = SEVERITIES.filter(
    (severity) => severity === 'critical' || severity === 'high' || record.counts[severity] > 0,
  )
    .map((severity) => `${severity}=${record.counts[severity] ?? 0}`)
    .join(' ');
  const unbound = record.binding === 'bound' ? '' : '; unbound';
  return `${record.verdict}; ${record.scanner.name} ${record.scanner.version}; ${counts}${unbound}`;
}
