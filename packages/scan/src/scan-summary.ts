import { escapeHtml, Summary } from '@shipgate/core';
import type { Finding } from './finding';
import type { IgnoredFinding } from './policy';
import type { ScanImageResult } from './scan-image';
import { SEVERITIES } from './scan-record';
import { describeFailingSeverities } from './severity-selection';

export interface ScanSummaryOptions {
  /** Rows shown before the rest collapse into <details>. */
  visibleRows?: number;
  /** Rows written at all; a step summary is limited to 1 MiB, the SARIF and record have everything. */
  maxRows?: number;
}

/** The job summary: verdict, counts by severity, violations first, then the ignored ones and why. */
export function renderScanSummary(result: ScanImageResult, options: ScanSummaryOptions = {}): string {
  const visible = options.visibleRows ?? 50;
  const max = options.maxRows ?? 1000;
  const { record, evaluation } = result;
  const summary = new Summary();
  summary.heading(`Scan ${record.verdict === 'pass' ? 'passed' : 'failed'}: ${code(record.imageRef)}`);
  const db = record.scanner.dbUpdatedAt ? `, database of ${record.scanner.dbUpdatedAt}` : '';
  const fails = record.policy.failSeverities
    ? `Fails on findings ${describeFailingSeverities(record.policy)}`
    : `Fails at ${record.policy.severityThreshold} or above`;
  summary.paragraph(
    `${record.scanner.name} ${escapeHtml(record.scanner.version)}${escapeHtml(db)}. ` +
      `${fails}; shows ${record.policy.reportThreshold} or above` +
      `${record.policy.ignoreUnfixed ? '; findings without a fix are ignored' : ''}. ` +
      `${result.findings} finding(s) in the report.`,
  );
  summary.table(
    ['Severity', 'Findings'],
    SEVERITIES.map((severity) => [severity, String(record.counts[severity])]),
  );

  const violations = new Set(evaluation.violations);
  const rows = [...evaluation.violations, ...evaluation.reported.filter((finding) => !violations.has(finding))];
  if (rows.length > 0) {
    summary.heading(
      evaluation.violations.length > 0 ? `Findings (${evaluation.violations.length} violation(s) first)` : 'Findings',
      3,
    );
    addRows(summary, ['', 'ID', 'Package', 'Installed → fixed', 'Severity'], rows, visible, max, (finding) => [
      violations.has(finding) ? '❌' : '',
      link(finding),
      escapeHtml(finding.package.name),
      `${escapeHtml(finding.package.version)} → ${escapeHtml(finding.fixedVersions.join(', ') || 'no fix')}`,
      finding.severity,
    ]);
  } else {
    summary.paragraph('No findings at or above the report threshold.');
  }

  if (evaluation.ignored.length > 0) {
    summary.heading(`Ignored (${evaluation.ignored.length})`, 3);
    addRows(summary, ['ID', 'Package', 'Reason', 'Until'], evaluation.ignored, visible, max, (item: IgnoredFinding) => [
      link(item.finding),
      escapeHtml(item.finding.package.name),
      escapeHtml(item.entry.reason),
      item.entry.expires ?? '',
    ]);
  }
  if (evaluation.unfixedIgnored > 0) {
    summary.paragraph(`${evaluation.unfixedIgnored} finding(s) without a fixed version were ignored (ignore-unfixed).`);
  }
  if (evaluation.expiredEntries.length > 0) {
    summary.heading(`Expired ignore entries (${evaluation.expiredEntries.length}): no longer applied`, 3);
    summary.list(
      evaluation.expiredEntries.map(
        (entry) => `${code(entry.id)} (${entry.origin}) expired ${entry.expires}: ${escapeHtml(entry.reason)}`,
      ),
    );
  }
  return summary.toString();
}

function addRows<T>(
  summary: Summary,
  headers: string[],
  items: readonly T[],
  visible: number,
  max: number,
  row: (item: T) => string[],
): void {
  summary.table(headers, items.slice(0, visible).map(row));
  if (items.length > visible) {
    const rest = items.slice(visible, max);
    const more = new Summary().table(headers, rest.map(row));
    if (items.length > max)
      more.paragraph(`… and ${items.length - max} more; the SARIF file and scan record list all.`);
    summary.details(`${items.length - visible} more`, more.toString().trimEnd());
  }
}

function link(finding: Finding): string {
  const id = escapeHtml(finding.id);
  return finding.url && /^https?:\/\//.test(finding.url)
    ? `[${id}](${finding.url.replace(/[()\s]/g, encodeURIComponent)})`
    : id;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}
