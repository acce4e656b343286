import { hash } from 'node:crypto';
import { type Finding, severityRank } from './finding';

/**
 * What GitHub code scanning accepts of a SARIF upload ("SARIF support for code scanning", the
 * reportingDescriptor table and "Validating your SARIF file"): a rule's `name` up to 255 characters,
 * `shortDescription.text` and `fullDescription.text` up to 1024, at most 25,000 results and 25,000
 * rules per run (only the 5,000 most severe results are shown), and at most 10 MB of gzip-compressed
 * upload. The other texts have no documented limit; Shipgate bounds them too, so that each rule and
 * result stays a few kilobytes however long a report's texts are, and one huge text in a report
 * cannot make a string V8 refuses ("Invalid string length"). The 10 MB is a limit on the whole
 * upload, which only fewer results keep to (a higher report-threshold).
 */
export const SARIF_LIMITS = {
  ruleName: 255,
  description: 1024,
  resultsPerRun: 25_000,
  /** Rule ids (and so `ruleId`): not documented; as long as a rule name. */
  id: 255,
  /** One field of a finding: a package name, version, type, URL, path, fixed version or alias. */
  field: 1024,
  /** A result's `message.text` and a rule's `help.text` and `help.markdown`. */
  text: 4096,
  /** How many aliases and fixed versions a rule's help lists. */
  listEntries: 20,
} as const;

/**
 * `text` when it fits in `max` characters; else its start and a marker saying it was cut and how
 * long it was, `max` characters in all (never splitting a surrogate pair).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const marker = `… [cut: ${text.length} characters]`;
  let end = Math.max(0, max - marker.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${marker}`;
}

/** A rule id cut to `SARIF_LIMITS.id`, ending in a hash of the whole id so that cut ids stay distinct. */
export function cutId(id: string): string {
  if (id.length <= SARIF_LIMITS.id) return id;
  const marker = `… [cut: sha256 ${hash('sha256', id, 'hex').slice(0, 16)}]`;
  return `${id.slice(0, SARIF_LIMITS.id - marker.length)}${marker}`;
}

/** The finding with every text within the limits above; the same object when it already is. */
export function boundedFinding(finding: Finding): Finding {
  if (fitsLimits(finding)) return finding;
  const field = (text: string) => cutText(text, SARIF_LIMITS.field);
  const list = (values: readonly string[]) => {
    const kept = values.slice(0, SARIF_LIMITS.listEntries).map(field);
    const left = values.length - kept.length;
    return left > 0 ? [...kept, `… [cut: ${left} more]`] : kept;
  };
  // A cut URL leads nowhere and is no valid `helpUri`: one too long is left out.
  const { url: _url, ...rest } = finding;
  const url = finding.url !== undefined && finding.url.length <= SARIF_LIMITS.field ? finding.url : undefined;
  return {
    ...rest,
    ...(url !== undefined ? { url } : {}),
    id: cutId(finding.id),
    aliases: list(finding.aliases),
    package: {
      name: field(finding.package.name),
      version: field(finding.package.version),
      type: field(finding.package.type),
    },
    fixedVersions: list(finding.fixedVersions),
    ...(finding.title !== undefined ? { title: cutText(finding.title, SARIF_LIMITS.description) } : {}),
    ...(finding.target !== undefined ? { target: field(finding.target) } : {}),
  };
}

function fitsLimits(finding: Finding): boolean {
  const { field, listEntries } = SARIF_LIMITS;
  const within = (text: string | undefined, max: number) => text === undefined || text.length <= max;
  return (
    within(finding.id, SARIF_LIMITS.id) &&
    within(finding.title, SARIF_LIMITS.description) &&
    within(finding.url, field) &&
    within(finding.target, field) &&
    within(finding.package.name, field) &&
    within(finding.package.version, field) &&
    within(finding.package.type, field) &&
    finding.aliases.length <= listEntries &&
    finding.fixedVersions.length <= listEntries &&
    finding.aliases.every((alias) => alias.length <= field) &&
    finding.fixedVersions.every((version) => version.length <= field)
  );
}

/**
 * At most `SARIF_LIMITS.resultsPerRun` findings, the most severe first kept (GitHub shows results
 * by severity), in their original order; all of them when they fit.
 */
export function findingsWithinLimit(findings: readonly Finding[]): readonly Finding[] {
  const max = SARIF_LIMITS.resultsPerRun;
  if (findings.length <= max) return findings;
  const kept = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  return kept.map((entry) => entry.finding);
}
