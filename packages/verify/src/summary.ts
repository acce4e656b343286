import { Summary } from '@shipgate/core';
import type { VerifyReport } from './report';

const VERDICT_LABEL = { pass: 'pass', fail: 'FAIL', 'could-not-verify': 'could not verify' } as const;

/** The job summary: the verdict, then one row per judged commit (cut at `maxRows`; the JSON has all). */
export function renderVerifySummary(report: VerifyReport, maxRows = 200): string {
  const summary = new Summary().heading('Deployment verification');
  const { counts } = report;
  summary.paragraph(
    `${report.verdict === 'pass' ? 'Pass' : 'Fail'} for ${report.range}: ${counts.verified} verified, ${counts.failed} violation(s), ${counts.unverifiable} could not be verified, ${counts.policyChanges} policy change(s).`,
  );
  // Failures first: they are what a reader opens the summary for.
  const rank = { fail: 0, 'could-not-verify': 1, pass: 2 } as const;
  const rows = [...report.commits].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
  if (rows.length === 0) return summary.paragraph('No deploy or policy commits in the range.').toString();
  summary.table(
    ['commit', 'environment', 'image', 'approvers', 'verdict', 'reason'],
    rows
      .slice(0, maxRows)
      .map((row) => [
        row.commit.slice(0, 12),
        row.kind === 'policy-change'
          ? 'policy'
          : `${row.environment ?? ''}${row.kind === 'rollback' ? ' (rollback)' : ''}`,
        row.images.map((ref) => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…')).join(', '),
        row.approvers.join(', '),
        VERDICT_LABEL[row.verdict],
        row.reason,
      ]),
  );
  if (rows.length > maxRows)
    summary.paragraph(`The first ${maxRows} of ${rows.length} rows; the JSON report lists them all.`);
  return summary.toString();
}
