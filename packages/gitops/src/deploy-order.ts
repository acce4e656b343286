import { type Deployment, parseSource, sameCommit } from '@shipgate/trail';

export interface DeployCandidate {
  /** `owner/repo@sha` of the source commit being deployed. */
  source?: string;
  /** Committer time of that source commit (ISO 8601). */
  sourceTime?: string;
  allowDowngrade?: boolean;
}

export type DeployOrderDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * The no-stale-overwrite rule. `history` is the (app, environment)'s deployments, newest first.
 * A candidate is refused when its source is older than the current deployment's; and when the
 * current deployment is a rollback, also when it is the rolled-back source or older than it, so a
 * late retry of the bad build cannot undo the rollback. A newer source proceeds. Sources without
 * a time cannot be ordered and are allowed. `allowDowngrade` (rollback itself) skips the rule.
 */
export function checkDeployOrder(history: readonly Deployment[], candidate: DeployCandidate): DeployOrderDecision {
  if (candidate.allowDowngrade) return { allowed: true };
  const current = history[0];
  if (!current) return { allowed: true };
  const candidateTime = timeOf(candidate.sourceTime);

  const currentTime = timeOf(current.sourceTime);
  if (candidateTime !== undefined && currentTime !== undefined && candidateTime < currentTime) {
    return {
      allowed: false,
      reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is older than the deployed ${current.source ?? current.commitSha} (${current.sourceTime})`,
    };
  }

  if (current.kind === 'rollback' && current.rollbackOf) {
    const rolledBack = history.find((deployment) => sameCommit(deployment.commitSha, current.rollbackOf ?? ''));
    if (rolledBack) {
      if (candidate.source && rolledBack.source && sameSource(candidate.source, rolledBack.source)) {
        return {
          allowed: false,
          reason: `source ${candidate.source} was rolled back by ${current.commitSha.slice(0, 12)}`,
        };
      }
      const rolledBackTime = timeOf(rolledBack.sourceTime);
      if (candidateTime !== undefined && rolledBackTime !== undefined && candidateTime <= rolledBackTime) {
        return {
          allowed: false,
          reason: `source ${candidate.source ?? '(unknown)'} (${candidate.sourceTime}) is not newer than ${rolledBack.source ?? rolledBack.commitSha} (${rolledBack.sourceTime}), which was rolled back by ${current.commitSha.slice(0, 12)}`,
        };
      }
    }
  }
  return { allowed: true };
}

function timeOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** `owner/repo@sha` equality that accepts an abbreviated sha on either side. */
function sameSource(a: string, b: string): boolean {
  const x = parseSource(a);
  const y = parseSource(b);
  if (!x || !y) return a === b;
  return x.repository.toLowerCase() === y.repository.toLowerCase() && sameCommit(x.revision, y.revision);
}
