import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, type Exec, type Logger } from '@shipgate/core';
import { type RepositoryAccess, repositoryAccess } from '@shipgate/git';
import type { Deployment } from './deployment';
import { computeDoraMetrics, type DoraMetrics, sameCommit } from './dora';
import { readDeployments } from './history';

/** The scan verdict a deploy commit recorded: the first field of `Shipgate-Scan`. */
export type ScanVerdict = 'pass' | 'fail' | 'unknown';

export function scanVerdictOf(deployment: Pick<Deployment, 'scan'>): ScanVerdict {
  const verdict = deployment.scan?.split(';')[0]?.trim().toLowerCase();
  return verdict === 'pass' || verdict === 'fail' ? verdict : 'unknown';
}

/** One row of the history table: one deploy or rollback commit. */
export interface ReportRow {
  time: string;
  kind: Deployment['kind'];
  commitSha: string;
  imageRefs: string[];
  /** `sha256:…` of each image, in the order of `imageRefs`; empty for a ref without a digest. */
  imageDigests: string[];
  source: string;
  approvers: string[];
  scanVerdict: ScanVerdict;
  rollbackOf?: string;
  rollbackTo?: string;
  reason?: string;
}

export interface DailyCount {
  /** UTC calendar day, `YYYY-MM-DD`. */
  date: string;
  deploys: number;
}

export interface EnvironmentReport {
  environment: string;
  /** The current deployment (the newest commit, in or before the window), if any. */
  current?: ReportRow;
  /** Commits in the window, newest first. */
  history: ReportRow[];
  metrics: DoraMetrics;
  deploysPerDay: DailyCount[];
  /** verify-deployments over the window, when it ran: deploys and rollbacks judged and verified. */
  verification?: DeployVerification;
}

export interface DeployVerification {
  judged: number;
  verified: number;
  /** Judged but not verifiable (the API could not be read): neither verified nor a violation. */
  unverifiable: number;
  /** Each deploy that did not verify, with verify-deployments' reason; absent when all did. */
  notVerified?: NotVerifiedDeploy[];
}

export interface NotVerifiedDeploy {
  commit: string;
  verdict: 'fail' | 'could-not-verify';
  reason: string;
}

export interface DeploymentReport {
  app: string;
  since: string;
  until: string;
  environments: EnvironmentReport[];
  /** Why verified deploys were not counted, when verification was asked for and could not run. */
  verificationNotCounted?: string;
}

export interface BuildReportOptions {
  app: string;
  since: Date;
  until: Date;
  /** Each environment's whole known history (any order); the window is applied here. */
  histories: ReadonlyMap<string, readonly Deployment[]>;
  /** verify-deployments' counts per environment over the same window, when it ran. */
  verification?: ReadonlyMap<string, DeployVerification>;
  /** Why they were not counted, when verification was asked for and could not run. */
  verificationNotCounted?: string;
}

/** The report over histories already read; pure, so its numbers can be checked by hand. */
export function buildDeploymentReport(options: BuildReportOptions): DeploymentReport {
  const { since, until } = options;
  const environments = [...options.histories].map(([environment, deployments]): EnvironmentReport => {
    const newestFirst = [...deployments].sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
    const known = newestFirst.filter((d) => Date.parse(d.committedAt) < until.getTime());
    const inWindow = known.filter((d) => Date.parse(d.committedAt) >= since.getTime());
    const current = known[0];
    return {
      environment,
      ...(current ? { current: toRow(current, deployments) } : {}),
      history: inWindow.map((d) => toRow(d, deployments)),
      metrics: computeDoraMetrics(deployments, { since, until }),
      deploysPerDay: countPerDay(
        inWindow.filter((d) => d.kind === 'deploy'),
        since,
        until,
      ),
      ...(options.verification
        ? { verification: options.verification.get(environment) ?? { judged: 0, verified: 0, unverifiable: 0 } }
        : {}),
    };
  });
  return {
    app: options.app,
    since: since.toISOString(),
    until: until.toISOString(),
    environments,
    ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
  };
}

function toRow(deployment: Deployment, history: readonly Deployment[]): ReportRow {
  // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
  const restored =
    deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
      ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, deployment.rollbackTo!))
      : undefined;
  return {
    // Git prints the committer's zone; the report is in UTC throughout.
    time: new Date(Date.parse(deployment.committedAt)).toISOString(),
    kind: deployment.kind,
    commitSha: deployment.commitSha,
    imageRefs: deployment.imageRefs,
    imageDigests: deployment.imageRefs.map((ref) => /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? ''),
    source: deployment.source ?? '',
    approvers: deployment.approvedBy,
    scanVerdict: scanVerdictOf(restored ?? deployment),
    ...(deployment.rollbackOf ? { rollbackOf: deployment.rollbackOf } : {}),
    ...(deployment.rollbackTo ? { rollbackTo: deployment.rollbackTo } : {}),
    ...(deployment.reason ? { reason: deployment.reason } : {}),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys: readonly Deployment[], since: Date, until: Date): DailyCount[] {
  const counts = new Map<string, number>();
  const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
  // `until` is exclusive: a window ending at midnight does not touch the next day.
  for (let day = firstDay; day < until.getTime(); day += DAY_MS) counts.set(utcDate(day), 0);
  for (const deploy of deploys) {
    const date = utcDate(Date.parse(deploy.committedAt));
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts].map(([date, count]) => ({ date, deploys: count }));
}

function utcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS } as const;

/**
 * The longest report window: ten years of daily counts is already more than a summary can show,
 * and the window sizes every per-day loop, so it is bounded before anything is computed.
 */
export const MAX_REPORT_WINDOW_DAYS = 3660;

export interface ParseSinceOptions {
  /** The input that set `now`, when one did (`until`): a `since` after it names both. */
  untilInput?: { name: string; value: string };
  maxDays?: number;
}

/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC), at most `maxDays` before `now`.
 */
export function parseSince(value: string, now: Date, input = 'since', options: ParseSinceOptions = {}): Date {
  const maxDays = options.maxDays ?? MAX_REPORT_WINDOW_DAYS;
  const trimmed = value.trim();
  const tooLong = () =>
    new ConfigurationError(
      `Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`,
    );
  const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
  if (duration) {
    const amount = Number(duration[1]);
    if (amount === 0) throw new ConfigurationError(`Input "${input}" must be a duration greater than zero.`);
    const span = amount * UNIT_MS[duration[2] as keyof typeof UNIT_MS];
    if (span > maxDays * DAY_MS) throw tooLong();
    return new Date(now.getTime() - span);
  }
  const time = parseIsoTime(trimmed);
  if (Number.isNaN(time)) {
    throw new ConfigurationError(
      `Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`,
    );
  }
  if (time >= now.getTime()) {
    const until = options.untilInput;
    throw new ConfigurationError(
      until
        ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
        : `Input "${input}" must be in the past, got "${value}".`,
    );
  }
  if (now.getTime() - time > maxDays * DAY_MS) throw tooLong();
  return new Date(time);
}

/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
export function parseUntil(value: string, input = 'until'): Date {
  const time = parseIsoTime(value.trim());
  if (Number.isNaN(time)) {
    throw new ConfigurationError(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
  }
  return new Date(time);
}

/** Milliseconds of an ISO 8601 date (midnight UTC) or date-time with a zone; NaN otherwise. */
function parseIsoTime(value: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return Date.parse(value);
  return Number.NaN;
}

/** Writes the report as pretty JSON, creating the directory. */
export async function writeDeploymentReport(report: DeploymentReport, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}

export interface GenerateReportOptions extends RepositoryAccess {
  exec: Exec;
  log: Logger;
  app: string;
  environments: readonly string[];
  since: Date;
  until: Date;
  /** Where to write the JSON report. */
  reportFile: string;
  verification?: ReadonlyMap<string, DeployVerification>;
  verificationNotCounted?: string;
}

/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
export async function generateDeploymentReport(options: GenerateReportOptions): Promise<DeploymentReport> {
  // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
  const everyApp = await readDeployments({ ...repositoryAccess(options), exec: options.exec });
  for (const warning of unknownNameWarnings(everyApp, options.app, options.environments)) options.log.warning(warning);
  const all = everyApp.filter((d) => d.app === options.app);
  const histories = new Map(
    options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]),
  );
  for (const [environment, history] of histories) {
    options.log.info(
      `${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`,
    );
  }
  const report = buildDeploymentReport({
    app: options.app,
    since: options.since,
    until: options.until,
    histories,
    ...(options.verification ? { verification: options.verification } : {}),
    ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
  });
  await writeDeploymentReport(report, options.reportFile);
  return report;
}

/**
 * A warning for an app, or an environment of it, with no deploy in the history while others have
 * some: most likely a misspelt input, so the warning names the ones that exist.
 */
export function unknownNameWarnings(
  deployments: readonly Deployment[],
  app: string,
  environments: readonly string[],
): string[] {
  const apps = [...new Set(deployments.map((d) => d.app))].sort();
  if (apps.length === 0) return [];
  if (!apps.includes(app)) {
    return [
      `Input "app" names "${app}", which has no deploys in this repository; the apps deployed are ${apps.join(', ')}.`,
    ];
  }
  const deployedTo = [...new Set(deployments.filter((d) => d.app === app).map((d) => d.environment))].sort();
  return environments
    .filter((environment) => !deployedTo.includes(environment))
    .map(
      (environment) =>
        `Input "environments" names "${environment}", where ${app} has no deploys; ${app} is deployed to ${deployedTo.join(', ')}.`,
    );
}
