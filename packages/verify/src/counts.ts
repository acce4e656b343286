import type { DeployVerification } from '@shipgate/trail';
import type { VerifyReport } from './report';
import { NoPolicyError, type VerifyDeploymentsOptions, verifyDeployments } from './verify';

/** The counts per environment, or why there are none. */
export type VerifiedDeploys = { counts: Map<string, DeployVerification> } | { notCounted: string };

/**
 * Per environment, how many of an app's deploys and rollbacks committed in `[since, until)`
 * verified, and why each other one did not: what deployment-report shows beside the DORA metrics,
 * judged as verify-deployments judges (give it the same `evidenceSources`). When they cannot be
 * counted (no policy, no activity record), why, also logged as a notice.
 */
export async function verifiedDeploysOf(
  options: Omit<VerifyDeploymentsOptions, 'range'> & { app: string; since: Date; until: Date },
): Promise<VerifiedDeploys> {
  const notCounted = (reason: string): VerifiedDeploys => {
    options.log.notice(`Not counting verified deploys: ${reason}`);
    return { notCounted: reason };
  };
  if (!options.activity) {
    // Deploys are timed by GitHub's record of the pushes; without it nothing can be counted verified.
    return notCounted(
      "they are judged by GitHub's activity record of the branch, which needs a github-token and the repository's owner/name.",
    );
  }
  let report: VerifyReport;
  try {
    report = await verifyDeployments({ ...options, range: { kind: 'since', since: options.since } });
  } catch (error) {
    if (!(error instanceof NoPolicyError)) throw error;
    return notCounted(error.message);
  }
  const unverifiable = report.commits.find((finding) => finding.kind === 'history' && !finding.commit);
  if (unverifiable) return notCounted(`${unverifiable.reason}.`);
  return { counts: countVerified(report, options.app, options.until) };
}

/** The counts of one app (by its trailer, or its name in the path of an unattributed commit). */
export function countVerified(report: VerifyReport, app: string, until: Date): Map<string, DeployVerification> {
  const counts = new Map<string, DeployVerification>();
  for (const finding of report.commits) {
    if (finding.kind === 'policy-change' || finding.kind === 'history' || !finding.environment) continue;
    if (Date.parse(finding.committedAt) >= until.getTime()) continue;
    const ofApp = finding.app ? finding.app === app : (finding.path ?? '').split('/').includes(app);
    if (!ofApp) continue;
    const entry = counts.get(finding.environment) ?? { judged: 0, verified: 0, unverifiable: 0 };
    entry.judged += 1;
    if (finding.verdict === 'pass') entry.verified += 1;
    else {
      if (finding.verdict === 'could-not-verify') entry.unverifiable += 1;
      entry.notVerified = [
        ...(entry.notVerified ?? []),
        { commit: finding.commit, verdict: finding.verdict, reason: finding.reason },
      ];
    }
    counts.set(finding.environment, entry);
  }
  return counts;
}
