import { Summary } from '@shipgate/core';
import type { DeploymentReport, EnvironmentReport, ReportRow } from './report';

/**
 * The job summary of a deployment report: per environment, the metrics, a chart and the history
 * table, cut at `maxRows` rows (GitHub refuses step summaries over 1 MiB; the JSON has every row).
 */
export function renderReportSummary(report: DeploymentReport, maxRows = 100): string {
  const summary = new Summary().heading(`Deployments of ${report.app}`);
  summary.paragraph(`From ${report.since} to ${report.until} (UTC).`);
  if (report.environments.length > 0) {
    summary.table(
      [
        'environment',
        'deploys',
        'per day',
        'lead time (median / p90)',
        'change failure rate',
        'time to restore',
        'rework rate',
        'verified',
      ],
      report.environments.map((env) => metricsRow(env)),
    );
  }
  if (report.verificationNotCounted) {
    summary.paragraph(`Verified deploys are not counted: ${report.verificationNotCounted}`);
  }
  const notVerified = report.environments.flatMap((env) =>
    (env.verification?.notVerified ?? []).map((deploy) => [
      env.environment,
      short(deploy.commit),
      deploy.verdict === 'fail' ? 'violation' : 'could not be verified',
      deploy.reason,
    ]),
  );
  if (notVerified.length > 0) {
    summary.paragraph('Deploys that did not verify, and why (verify-deployments judges them the same):');
    summary.table(['environment', 'commit', 'verdict', 'why'], notVerified.slice(0, maxRows));
    if (notVerified.length > maxRows) {
      summary.paragraph(`The first ${maxRows} of ${notVerified.length}; the JSON report lists them all.`);
    }
  }
  for (const env of report.environments) {
    summary.heading(env.environment, 3);
    if (env.current) {
      summary.paragraph(`Current: ${describeCurrent(env.current)}`);
    } else {
      summary.paragraph('No deployment yet.');
    }
    summary.raw(deploysPerDayChart(env));
    if (env.history.length === 0) {
      summary.paragraph('No deploys or rollbacks in this window.');
      continue;
    }
    summary.table(
      ['time (UTC)', 'kind', 'commit', 'image digest', 'source', 'approvers', 'scan'],
      env.history
        .slice(0, maxRows)
        .map((row) => [
          row.time.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
          row.kind === 'rollback'
            ? `rollback to ${short(row.rollbackTo)}${row.reason ? `: ${row.reason}` : ''}`
            : 'deploy',
          short(row.commitSha),
          row.imageDigests.map((digest, i) => (digest ? digest.slice(0, 19) : (row.imageRefs[i] ?? ''))).join(', '),
          row.source,
          row.approvers.join(', '),
          row.scanVerdict,
        ]),
    );
    if (env.history.length > maxRows) {
      summary.paragraph(`The newest ${maxRows} of ${env.history.length} commits; the JSON report lists them all.`);
    }
  }
  return summary.toString();
}

function metricsRow(env: EnvironmentReport): string[] {
  const m = env.metrics;
  return [
    env.environment,
    String(m.deploys),
    formatNumber(m.deploysPerDay),
    m.leadTime.medianMs === null
      ? '–'
      : `${formatDuration(m.leadTime.medianMs)} / ${formatDuration(m.leadTime.p90Ms!)}`,
    m.changeFailureRate === null
      ? '–'
      : `${formatNumber(m.changeFailureRate * 100)}% (${m.failedDeploys}/${m.deploys})`,
    m.timeToRestore.medianMs === null ? '–' : formatDuration(m.timeToRestore.medianMs),
    m.reworkRate === null
      ? '–'
      : `${formatNumber(m.reworkRate * 100)}% (${m.rollbacks + m.hotfixes}/${m.deploys + m.rollbacks})`,
    verifiedCell(env.verification),
  ];
}

/** `3 of 4`, with what could not be verified; `–` when verify-deployments did not run. */
function verifiedCell(verification: EnvironmentReport['verification']): string {
  if (!verification) return '–';
  const unverifiable = verification.unverifiable ? `, ${verification.unverifiable} could not be verified` : '';
  return `${verification.verified} of ${verification.judged}${unverifiable}`;
}

function describeCurrent(row: ReportRow): string {
  const what = row.kind === 'rollback' ? ` (a rollback to ${short(row.rollbackTo)})` : '';
  return `commit ${short(row.commitSha)}${what}, ${row.source || 'unknown source'}, since ${row.time} (scan: ${row.scanVerdict})`;
}

/** A mermaid bar chart of deploys per UTC day; GitHub renders `xychart-beta` in job summaries. */
export function deploysPerDayChart(env: EnvironmentReport): string {
  const days = env.deploysPerDay;
  const max = Math.max(1, ...days.map((day) => day.deploys));
  // Labels are quoted: a bare 11-05 would not parse as a category.
  const labels = days.map((day) => `"${day.date.slice(5)}"`).join(', ');
  const values = days.map((day) => day.deploys).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Deploys per day: ${env.environment.replace(/"/g, "'")}"`,
    `    x-axis [${labels}]`,
    `    y-axis "deploys" 0 --> ${max}`,
    `    bar [${values}]`,
    '```',
  ].join('\n');
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : '?';
}
