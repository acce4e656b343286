import {
  type Finding,
  type FixState,
  isRecord,
  normaliseSeverity,
  type ParsedReport,
  stringOrUndefined,
} from './finding';

/** Grype's JSON report (`-o json`): `matches[]` with a `descriptor` naming grype. */
export function isGrypeReport(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && Array.isArray(json.matches) && (isRecord(json.descriptor) || isRecord(json.source));
}

/** Grype's `fix.state` (fixed, not-fixed, wont-fix, unknown; empty in some reports). */
export function grypeFixState(state: unknown): FixState {
  return state === 'fixed' || state === 'not-fixed' || state === 'wont-fix' ? state : 'unknown';
}

/** The highest-version CVSS base score of the vulnerability, else of the first related one that has one. */
export function grypeCvssScore(...sources: unknown[]): number | undefined {
  for (const cvssList of sources) {
    if (!Array.isArray(cvssList)) continue;
    let best: { version: number; score: number } | undefined;
    for (const cvss of cvssList) {
      if (!isRecord(cvss) || !isRecord(cvss.metrics)) continue;
      const score = cvss.metrics.baseScore;
      if (typeof score !== 'number') continue;
      const version = Number.parseFloat(typeof cvss.version === 'string' ? cvss.version : '0') || 0;
      if (!best || version > best.version) best = { version, score };
    }
    if (best) return best.score;
  }
  return undefined;
}

export function parseGrypeReport(json: Record<string, unknown>): ParsedReport {
  const findings: Finding[] = [];
  for (const match of json.matches as unknown[]) {
    const finding = grypeMatchFinding(match);
    if (finding) findings.push(finding);
  }
  return grypeParsedReport(json, findings);
}

/** One entry of `matches` as a finding; `undefined` for an entry that is not a match with a vulnerability. */
export function grypeMatchFinding(match: unknown): Finding | undefined {
  return isRecord(match) && isRecord(match.vulnerability) ? grypeFinding(match) : undefined;
}

/** The report around its findings: the scanner (`descriptor`) and what was scanned (`source`). */
export function grypeParsedReport(json: Record<string, unknown>, findings: Finding[]): ParsedReport {
  const descriptor = isRecord(json.descriptor) ? json.descriptor : {};
  const db = isRecord(descriptor.db) ? descriptor.db : {};
  // Grype ≤ 0.8x puts `built` on `db`; later versions nest it under `db.status`.
  const dbUpdatedAt =
    stringOrUndefined(db.built) ?? (isRecord(db.status) ? stringOrUndefined(db.status.built) : undefined);
  const source = isRecord(json.source) ? json.source : {};
  const target = isRecord(source.target) ? source.target : {};
  const digests = new Set<string>();
  const manifestDigest = stringOrUndefined(target.manifestDigest);
  if (manifestDigest) digests.add(manifestDigest);
  if (Array.isArray(target.repoDigests)) {
    for (const entry of target.repoDigests) {
      if (typeof entry === 'string' && entry.includes('@')) digests.add(entry.slice(entry.lastIndexOf('@') + 1));
    }
  }
  return {
    scanner: {
      name: 'grype',
      version: stringOrUndefined(descriptor.version) ?? 'unknown',
      ...(dbUpdatedAt ? { dbUpdatedAt } : {}),
    },
    findings,
    artifact: {
      name: stringOrUndefined(target.userInput) ?? (typeof source.target === 'string' ? source.target : undefined),
      digests: [...digests],
    },
  };
}

function grypeFinding(match: Record<string, unknown>): Finding {
  const vulnerability = match.vulnerability as Record<string, unknown>;
  const artifact = isRecord(match.artifact) ? match.artifact : {};
  const related = Array.isArray(match.relatedVulnerabilities) ? match.relatedVulnerabilities.filter(isRecord) : [];
  const id = stringOrUndefined(vulnerability.id) ?? 'unknown';
  const fix = isRecord(vulnerability.fix) ? vulnerability.fix : {};
  const fixedVersions = Array.isArray(fix.versions)
    ? fix.versions.filter((version): version is string => typeof version === 'string' && version !== '')
    : [];
  const finding: Finding = {
    id,
    aliases: [
      ...new Set(related.map((entry) => stringOrUndefined(entry.id)).filter((alias) => alias && alias !== id)),
    ] as string[],
    package: {
      name: stringOrUndefined(artifact.name) ?? 'unknown',
      version: stringOrUndefined(artifact.version) ?? '',
      type: stringOrUndefined(artifact.type) ?? 'unknown',
    },
    fixedVersions,
    fixState: grypeFixState(fix.state),
    severity: normaliseSeverity(vulnerability.severity),
  };
  const score = grypeCvssScore(vulnerability.cvss, ...related.map((entry) => entry.cvss));
  if (score !== undefined) finding.cvssScore = score;
  const description =
    stringOrUndefined(vulnerability.description) ??
    related.map((entry) => stringOrUndefined(entry.description)).find(Boolean);
  if (description) finding.title = firstSentence(description);
  const url = primaryUrl(vulnerability);
  if (url) finding.url = url;
  const locations = Array.isArray(artifact.locations) ? artifact.locations.filter(isRecord) : [];
  const path = locations.map((location) => stringOrUndefined(location.path)).find(Boolean);
  if (path) finding.target = path;
  return finding;
}

/** Grype has no title; the first sentence of the description serves, kept to one line. */
export function firstSentence(text: string, maxLength = 120): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  const end = line.search(/\.(\s|$)/);
  const sentence = end >= 0 ? line.slice(0, end + 1) : line;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1)}…` : sentence;
}

function primaryUrl(vulnerability: Record<string, unknown>): string | undefined {
  const dataSource = stringOrUndefined(vulnerability.dataSource);
  if (dataSource && /^https?:\/\//.test(dataSource)) return dataSource;
  const urls = Array.isArray(vulnerability.urls) ? vulnerability.urls : [];
  return urls.find((url): url is string => typeof url === 'string' && url !== '');
}
