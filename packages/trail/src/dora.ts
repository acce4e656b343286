import type { Deployment } from './deployment';

/**
 * The four DORA delivery metrics of one (app, environment), computed from its deployment
 * history alone. The definitions:
 *
 * - A *deploy* is a commit of kind `deploy`; rollback commits restore an earlier deploy and are
 *   counted separately (`rollbacks`), never as deploys.
 * - The window is half-open, `[since, until)`, on the deploy commit's committer time.
 * - Deployment frequency: deploys in the window divided by the window length in days (and weeks).
 * - Lead time for changes: per deploy in the window that has a readable `Shipgate-Source-Time`,
 *   deploy commit time minus source commit time. Clock skew can make it negative; such values
 *   count as 0. Median and p90 use linear interpolation between closest ranks (numpy's default).
 * - Change failure rate: deploys in the window that a rollback named in `Shipgate-Rollback-Of`
 *   (committed before `until`) divided by deploys in the window. Rolling back past several
 *   deploys at once fails only the one that was current, the one the operator acted on.
 * - Time to restore: per rollback committed in the window whose rolled-back deploy is in the
 *   history, rollback commit time minus that deploy's commit time; the median of those.
 *
 * - Deployment rework rate (the fifth metric, dora.dev 2024: unplanned deployments caused by an
 *   incident): rollbacks in the window plus deploys in the window marked `Shipgate-Hotfix: true`,
 *   over all deployments in the window (deploys and rollbacks).
 *
 * Every metric with nothing to measure is `null` (no deploys: no failure rate; no rollbacks:
 * no time to restore), never 0, so "no data" cannot read as "perfect".
 */
export interface DoraMetrics {
  deploys: number;
  rollbacks: number;
  deploysPerDay: number;
  deploysPerWeek: number;
  leadTime: { samples: number; medianMs: number | null; p90Ms: number | null };
  /** Deploys in the window later rolled back. */
  failedDeploys: number;
  /** `failedDeploys / deploys`, from 0 to 1; `null` without deploys. */
  changeFailureRate: number | null;
  timeToRestore: { samples: number; medianMs: number | null };
  /** Deploys in the window marked as hotfixes. */
  hotfixes: number;
  /** `(rollbacks + hotfixes) / (deploys + rollbacks)`, from 0 to 1; `null` without deployments. */
  reworkRate: number | null;
}

export interface MetricsWindow {
  since: Date;
  until: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The metrics over `deployments` (one environment's history, in any order). */
export function computeDoraMetrics(deployments: readonly Deployment[], window: MetricsWindow): DoraMetrics {
  const since = window.since.getTime();
  const until = window.until.getTime();
  if (!(until > since)) throw new RangeError('The metrics window must end after it starts.');
  const inWindow = (time: number) => time >= since && time < until;
  const timeOf = (deployment: Deployment) => Date.parse(deployment.committedAt);

  const deploys = deployments.filter((d) => d.kind === 'deploy' && inWindow(timeOf(d)));
  const rollbacksKnown = deployments.filter((d) => d.kind === 'rollback' && timeOf(d) < until);
  const rollbacks = rollbacksKnown.filter((d) => inWindow(timeOf(d)));

  const leadTimes = deploys.flatMap((deploy) => {
    const sourceTime = deploy.sourceTime ? Date.parse(deploy.sourceTime) : Number.NaN;
    return Number.isNaN(sourceTime) ? [] : [Math.max(0, timeOf(deploy) - sourceTime)];
  });

  const rolledBack = new Set(rollbacksKnown.flatMap((r) => (r.rollbackOf ? [r.rollbackOf] : [])));
  const failedDeploys = deploys.filter((deploy) => isNamedIn(rolledBack, deploy.commitSha)).length;

  const restoreTimes = rollbacks.flatMap((rollback) => {
    const failed = rollback.rollbackOf ? findByCommit(deployments, rollback.rollbackOf) : undefined;
    return failed ? [Math.max(0, timeOf(rollback) - timeOf(failed))] : [];
  });

  const hotfixes = deploys.filter((deploy) => deploy.hotfix).length;
  const days = (until - since) / DAY_MS;
  return {
    deploys: deploys.length,
    rollbacks: rollbacks.length,
    deploysPerDay: deploys.length / days,
    deploysPerWeek: (deploys.length / days) * 7,
    leadTime: {
      samples: leadTimes.length,
      medianMs: percentile(leadTimes, 50),
      p90Ms: percentile(leadTimes, 90),
    },
    failedDeploys,
    changeFailureRate: deploys.length === 0 ? null : failedDeploys / deploys.length,
    timeToRestore: { samples: restoreTimes.length, medianMs: percentile(restoreTimes, 50) },
    hotfixes,
    reworkRate:
      deploys.length + rollbacks.length === 0
        ? null
        : (rollbacks.length + hotfixes) / (deploys.length + rollbacks.length),
  };
}

/**
 * The p-th percentile (0–100) with linear interpolation between closest ranks, or `null` for no
 * values: rank = p/100 · (n − 1) over the sorted values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (rank - lower);
}

/** Trailers may hold an abbreviated sha; a full sha matches any unambiguous prefix of it. */
export function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length < 7 || y.length < 7) return x === y;
  return x.startsWith(y) || y.startsWith(x);
}

function isNamedIn(shas: ReadonlySet<string>, commitSha: string): boolean {
  for (const sha of shas) if (sameCommit(sha, commitSha)) return true;
  return false;
}

function findByCommit(deployments: readonly Deployment[], sha: string): Deployment | undefined {
  return deployments.find((d) => sameCommit(d.commitSha, sha));
}
