import { ConfigurationError } from '@shipgate/core';
import {
  type Finding,
  type FixState,
  isRecord,
  normaliseSeverity,
  type ParsedReport,
  stringOrUndefined,
} from './finding';

/** Trivy's JSON report (`--format json`): `SchemaVersion` plus `Results[].Vulnerabilities[]`. */
export function isTrivyReport(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && typeof json.SchemaVersion === 'number' && ('Results' in json || 'ArtifactName' in json);
}

/**
 * Trivy's `Status` values (pkg/types: fixed, affected, under_investigation, will_not_fix,
 * fix_deferred, end_of_life, unknown). Reports from before `Status` existed say only whether
 * there is a `FixedVersion`.
 */
export function trivyFixState(status: unknown, fixedVersions: readonly string[]): FixState {
  switch (status) {
    case 'fixed':
      return 'fixed';
    case 'affected':
    case 'under_investigation':
    case 'fix_deferred':
      return 'not-fixed';
    case 'will_not_fix':
    case 'end_of_life':
      return 'wont-fix';
    default:
      return fixedVersions.length > 0 ? 'fixed' : 'unknown';
  }
}

/** The score of the source Trivy took the severity from, else NVD's, else any; CVSS v3 before v4 before v2. */
export function trivyCvssScore(cvss: unknown, severitySource: unknown): number | undefined {
  if (!isRecord(cvss)) return undefined;
  const sources = Object.keys(cvss);
  const preferred = [typeof severitySource === 'string' ? severitySource : '', 'nvd', ...sources];
  for (const source of preferred) {
    const entry = cvss[source];
    if (!isRecord(entry)) continue;
    for (const key of ['V3Score', 'V40Score', 'V2Score']) {
      const score = entry[key];
      if (typeof score === 'number' && score > 0) return score;
    }
  }
  return undefined;
}

/** Trivy joins several fixed versions with ", " in one string. */
export function splitFixedVersions(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function parseTrivyReport(json: Record<string, unknown>, source: string): ParsedReport {
  checkTrivySchemaVersion(json.SchemaVersion, source);
  const results = json.Results ?? [];
  if (!Array.isArray(results)) throw trivyResultsNotAList(source);
  const findings: Finding[] = [];
  for (const result of results) {
    if (!isRecord(result)) continue;
    const vulnerabilities = result.Vulnerabilities;
    if (!Array.isArray(vulnerabilities)) continue;
    const target = stringOrUndefined(result.Target);
    const type = stringOrUndefined(result.Type) ?? 'unknown';
    for (const vulnerability of vulnerabilities) {
      if (!isRecord(vulnerability)) continue;
      findings.push(trivyFinding(vulnerability, type, target));
    }
  }
  return trivyParsedReport(json, findings);
}

export function checkTrivySchemaVersion(schemaVersion: unknown, source: string): void {
  if (schemaVersion !== 2) {
    throw new ConfigurationError(
      `Report ${source} is a Trivy report with SchemaVersion ${String(schemaVersion)}, but only SchemaVersion 2 is supported.`,
    );
  }
}

export function trivyResultsNotAList(source: string): ConfigurationError {
  return new ConfigurationError(`Report ${source} has a "Results" that is not a list.`);
}

/** The report around its findings: the scanner version (`Trivy`), `ArtifactName` and `Metadata.RepoDigests`. */
export function trivyParsedReport(json: Record<string, unknown>, findings: Finding[]): ParsedReport {
  const trivy = isRecord(json.Trivy) ? json.Trivy : {};
  const metadata = isRecord(json.Metadata) ? json.Metadata : {};
  return {
    scanner: { name: 'trivy', version: stringOrUndefined(trivy.Version) ?? 'unknown' },
    findings,
    artifact: {
      name: stringOrUndefined(json.ArtifactName),
      digests: repoDigests(metadata.RepoDigests),
    },
  };
}

/** One entry of a result's `Vulnerabilities`; `type` and `target` come from the result. */
export function trivyFinding(
  vulnerability: Record<string, unknown>,
  type: string,
  target: string | undefined,
): Finding {
  const id = stringOrUndefined(vulnerability.VulnerabilityID) ?? 'unknown';
  const fixedVersions = splitFixedVersions(vulnerability.FixedVersion);
  const vendorIds = Array.isArray(vulnerability.VendorIDs) ? vulnerability.VendorIDs : [];
  const finding: Finding = {
    id,
    aliases: [...new Set(vendorIds.filter((alias): alias is string => typeof alias === 'string' && alias !== id))],
    package: {
      name: stringOrUndefined(vulnerability.PkgName) ?? 'unknown',
      version: stringOrUndefined(vulnerability.InstalledVersion) ?? '',
      type,
    },
    fixedVersions,
    fixState: trivyFixState(vulnerability.Status, fixedVersions),
    severity: normaliseSeverity(vulnerability.Severity),
  };
  const score = trivyCvssScore(vulnerability.CVSS, vulnerability.SeveritySource);
  if (score !== undefined) finding.cvssScore = score;
  const title = stringOrUndefined(vulnerability.Title);
  if (title) finding.title = title;
  const url = stringOrUndefined(vulnerability.PrimaryURL) ?? firstString(vulnerability.References);
  if (url) finding.url = url;
  if (target) finding.target = target;
  return finding;
}

/** `name@sha256:…` entries → the digests. */
function repoDigests(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    const at = entry.lastIndexOf('@');
    return at >= 0 ? [entry.slice(at + 1)] : [];
  });
}

function firstString(value: unknown): string | undefined {
  return Array.isArray(value) ? value.find((entry): entry is string => typeof entry === 'string') : undefined;
}
