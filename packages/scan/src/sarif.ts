import { hash } from 'node:crypto';
import { type Finding, type ScannerInfo, severityRank } from './finding';
import { boundedFinding, cutText, findingsWithinLimit, SARIF_LIMITS } from './sarif-limits';
import type { Severity } from './scan-record';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

/** critical/high fail builds elsewhere, so they are errors; medium a warning; the rest notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

// GitHub code scanning reads `security-severity` as a CVSS-like number and bands it:
// ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
const BANDS: Readonly<Record<Severity, { min: number; max: number; typical: number } | undefined>> = {
  critical: { min: 9.0, max: 10.0, typical: 9.5 },
  high: { min: 7.0, max: 8.9, typical: 8.0 },
  medium: { min: 4.0, max: 6.9, typical: 5.5 },
  low: { min: 0.1, max: 3.9, typical: 2.0 },
  negligible: { min: 0.1, max: 3.9, typical: 1.0 },
  unknown: undefined,
};

/**
 * The `security-severity` for a rule: the CVSS score when it agrees with the scanner's severity
 * (so GitHub shows the same severity as our summary), else a typical score for that severity.
 */
export function securitySeverity(severity: Severity, cvssScore: number | undefined): string | undefined {
  const band = BANDS[severity];
  if (!band) return undefined;
  const score = cvssScore !== undefined && cvssScore >= band.min && cvssScore <= band.max ? cvssScore : band.typical;
  return score.toFixed(1);
}

export interface SarifOptions {
  scanner: ScannerInfo;
  /** The digest-pinned image the findings belong to. */
  imageRef: string;
}

type Json = Record<string, unknown>;

const TOOL_URIS: Readonly<Record<ScannerInfo['name'], { name: string; uri: string }>> = {
  trivy: { name: 'Trivy', uri: 'https://github.com/aquasecurity/trivy' },
  grype: { name: 'Grype', uri: 'https://github.com/anchore/grype' },
};

/**
 * A SARIF 2.1.0 log with one rule per vulnerability id and one result per finding. Container
 * findings have no source line, so each result points at line 1 of the package's file in the
 * image (or the image's repository path), which GitHub code scanning accepts as a location.
 * The log stays within what GitHub accepts (`SARIF_LIMITS`): beyond 25,000 findings the most
 * severe are kept (the run's `properties.omittedResults` says how many were left out), and each
 * text too long is cut, with a marker saying so.
 */
export function buildSarif(findings: readonly Finding[], options: SarifOptions): Json {
  const { kept, omitted } = withinLimits(findings);
  const { rules, ruleIndex } = collectRules(kept);
  const imageUri = imageArtifactUri(options.imageRef);
  const run = runShell(options, rules.map(sarifRule), omitted);
  run.results = kept.map((finding) => sarifResult(finding, ruleIndex.get(finding.id) as number, imageUri, options));
  return { ...logShell(), runs: [run] };
}

/** The findings the log holds, each within the text limits, and how many were left out. */
function withinLimits(findings: readonly Finding[]): { kept: Finding[]; omitted: number } {
  const kept = findingsWithinLimit(findings).map(boundedFinding);
  return { kept, omitted: findings.length - kept.length };
}

/**
 * The same log as `buildSarif`, as compact JSON text in pieces, so that a report with tens of
 * thousands of findings is written without holding the whole log as objects and one string.
 */
export function* sarifJsonChunks(findings: readonly Finding[], options: SarifOptions, batch = 1000): Generator<string> {
  const { kept, omitted } = withinLimits(findings);
  const { rules, ruleIndex } = collectRules(kept);
  const imageUri = imageArtifactUri(options.imageRef);
  const head = JSON.stringify({ ...logShell(), runs: [runShell(options, [], omitted)] });
  // Splice the arrays into the shell: `…"rules":[` + rules + `]…"results":[` + results + `]…`.
  const [beforeRules, afterRules] = splitOnce(head, '"rules":[]');
  const [between, afterResults] = splitOnce(afterRules, '"results":[]');
  yield `${beforeRules}"rules":[`;
  for (let i = 0; i < rules.length; i += batch) {
    const part = rules.slice(i, i + batch).map(sarifRuleJson);
    yield (i > 0 ? ',' : '') + part.join(',');
  }
  yield `]${between}"results":[`;
  const uriOf = lastTargetUri(imageUri);
  for (let i = 0; i < kept.length; i += batch) {
    const part = kept
      .slice(i, i + batch)
      .map((finding) => sarifResultJson(finding, ruleIndex.get(finding.id) as number, uriOf(finding.target), options));
    yield (i > 0 ? ',' : '') + part.join(',');
  }
  yield `]${afterResults}`;
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  return [text.slice(0, at), text.slice(at + marker.length)];
}

function logShell(): Json {
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0' };
}

function runShell(options: SarifOptions, rules: Json[], omitted: number): Json {
  const tool = TOOL_URIS[options.scanner.name];
  return {
    tool: { driver: { name: tool.name, informationUri: tool.uri, version: options.scanner.version, rules } },
    results: [],
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
    properties: { imageRef: options.imageRef, ...(omitted > 0 ? { omittedResults: omitted } : {}) },
  };
}

/** One rule per id, carrying the worst severity any package has for it; `ruleIndex` maps id → index. */
function collectRules(findings: readonly Finding[]): { rules: Finding[]; ruleIndex: Map<string, number> } {
  const ruleIndex = new Map<string, number>();
  const rules: Finding[] = [];
  for (const finding of findings) {
    const index = ruleIndex.get(finding.id);
    if (index === undefined) {
      ruleIndex.set(finding.id, rules.length);
      rules.push(finding);
    } else if (severityRank(finding.severity) > severityRank((rules[index] as Finding).severity)) {
      rules[index] = finding;
    }
  }
  return { rules, ruleIndex };
}

function sarifRule(finding: Finding): Json {
  const summary = finding.title ?? finding.id;
  const properties: Json = {
    tags: ['vulnerability', 'security', finding.severity.toUpperCase()],
    precision: 'very-high',
  };
  const score = securitySeverity(finding.severity, finding.cvssScore);
  if (score !== undefined) properties['security-severity'] = score;
  return {
    id: finding.id,
    name: 'ContainerPackageVulnerability',
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    defaultConfiguration: { level: sarifLevel(finding.severity) },
    ...(finding.url ? { helpUri: finding.url } : {}),
    help: { text: ruleHelpText(finding), markdown: ruleHelpMarkdown(finding) },
    properties,
  };
}

const str = JSON.stringify as (text: string) => string;

/** `JSON.stringify(sarifRule(finding))`, written out: the same text without building the object. */
function sarifRuleJson(finding: Finding): string {
  const summary = str(finding.title ?? finding.id);
  const score = securitySeverity(finding.severity, finding.cvssScore);
  return (
    `{"id":${str(finding.id)},"name":"ContainerPackageVulnerability",` +
    `"shortDescription":{"text":${summary}},"fullDescription":{"text":${summary}},` +
    `"defaultConfiguration":{"level":"${sarifLevel(finding.severity)}"},` +
    (finding.url ? `"helpUri":${str(finding.url)},` : '') +
    `"help":{"text":${str(ruleHelpText(finding))},"markdown":${str(ruleHelpMarkdown(finding))}},` +
    `"properties":{"tags":["vulnerability","security",${str(finding.severity.toUpperCase())}],"precision":"very-high"` +
    (score !== undefined ? `,"security-severity":${str(score)}` : '') +
    '}}'
  );
}

function ruleHelpText(finding: Finding): string {
  return cutText(
    `Vulnerability ${finding.id}\nSeverity: ${finding.severity}` +
      (finding.aliases.length > 0 ? `\nAliases: ${finding.aliases.join(', ')}` : '') +
      (finding.url ? `\nLink: ${finding.url}` : ''),
    SARIF_LIMITS.text,
  );
}

function ruleHelpMarkdown(finding: Finding): string {
  return cutText(
    `**Vulnerability ${finding.id}**\n\n| Severity | Package | Fixed versions | Link |\n| --- | --- | --- | --- |\n` +
      `| ${finding.severity} | ${finding.package.name} | ${finding.fixedVersions.join(', ') || '—'} | ${finding.url ? `[${finding.id}](${finding.url})` : '—'} |`,
    SARIF_LIMITS.text,
  );
}

function sarifResult(finding: Finding, ruleIndex: number, imageUri: string, options: SarifOptions): Json {
  return {
    ruleId: finding.id,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: resultMessage(finding, options) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.target) ?? imageUri, uriBaseId: 'ROOTPATH' },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
      },
    ],
    partialFingerprints: { 'shipgateFinding/v1': fingerprint(finding) },
  };
}

/** `JSON.stringify(sarifResult(…))`, written out; `uri` is the artifact location's. */
function sarifResultJson(finding: Finding, ruleIndex: number, uri: string, options: SarifOptions): string {
  return (
    `{"ruleId":${str(finding.id)},"ruleIndex":${ruleIndex},"level":"${sarifLevel(finding.severity)}",` +
    `"message":{"text":${str(resultMessage(finding, options))}},` +
    `"locations":[{"physicalLocation":{"artifactLocation":{"uri":${str(uri)},"uriBaseId":"ROOTPATH"},` +
    '"region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":1}}}],' +
    `"partialFingerprints":{"shipgateFinding/v1":"${fingerprint(finding)}"}}`
  );
}

function resultMessage(finding: Finding, options: SarifOptions): string {
  const fixed = finding.fixedVersions.length > 0 ? finding.fixedVersions.join(', ') : 'no fixed version';
  return cutText(
    `Package ${finding.package.name} ${finding.package.version} (${finding.package.type}) in ${options.imageRef} is affected by ${finding.id} (${finding.severity}); fixed: ${fixed}.`,
    SARIF_LIMITS.text,
  );
}

/** No source line to hash: the vulnerability, package and place identify the alert across runs. */
function fingerprint(finding: Finding): string {
  return hash(
    'sha256',
    `${finding.id}\0${finding.package.name}\0${finding.package.type}\0${finding.target ?? ''}`,
    'hex',
  );
}

/** `fileUri(target) ?? imageUri`, remembering the last target: findings of one result share it. */
function lastTargetUri(imageUri: string): (target: string | undefined) => string {
  let lastTarget: string | undefined;
  let lastUri = imageUri;
  return (target) => {
    if (target !== lastTarget) {
      lastTarget = target;
      lastUri = fileUri(target) ?? imageUri;
    }
    return lastUri;
  };
}

/** A package's file inside the image (`/lib/apk/db/installed`, `app/go.mod`) as a relative URI, if it is one. */
function fileUri(target: string | undefined): string | undefined {
  if (!target || /\s/.test(target)) return undefined;
  const relative = target.replace(/^\/+/, '');
  return relative ? encodeURI(relative) : undefined;
}

/** `ghcr.io/acme/web@sha256:…` → `ghcr.io/acme/web`: a stable, path-like name for the image. */
function imageArtifactUri(imageRef: string): string {
  const name = imageRef.split('@')[0] ?? imageRef;
  return encodeURI(name.replace(/:[^/:]*$/, ''));
}
