import type { GitHubClient, Logger } from '@shipgate/core';
import { type ActivitySource, activitySourceFor, type BranchUpdate, withEventPush } from './activity';
import { GitHubEvidenceChecker } from './evidence';
import { type ScanEvidenceProblem, scanEvidenceVerifier } from './scan-evidence';
import type { VerifierTrust } from './trust-inputs';

/** What a judgement of deploys reads besides the repository: the same for every action that judges. */
export interface EvidenceSources {
  evidence: GitHubEvidenceChecker;
  activity: ActivitySource | undefined;
  scanEvidence: ScanEvidenceProblem;
  trust: VerifierTrust;
}

/**
 * The evidence sources of verify-deployments, built from its inputs; deployment-report counts
 * verified deploys with the very same ones (its trust inputs are verify-deployments'), so the two
 * agree on every deploy. `eventPush` is a push event's own record of the update being checked,
 * which only verify-deployments, running in the GitOps repository, has.
 */
export function evidenceSources(options: {
  client: GitHubClient;
  /** Whether `client` has a token: GitHub's activity record of the branch needs one. */
  authenticated: boolean;
  log: Logger;
  trust: VerifierTrust;
  serverUrl: string;
  repository: string;
  githubRepository?: string | undefined;
  eventPush?: (BranchUpdate & { ref: string }) | undefined;
}): EvidenceSources {
  const { client, trust } = options;
  const activity = activitySourceFor(options.authenticated ? client : undefined, options);
  return {
    evidence: new GitHubEvidenceChecker(client, options.log),
    activity: options.eventPush ? withEventPush(activity, options.eventPush) : activity,
    scanEvidence: scanEvidenceVerifier({ client, ...trust, serverUrl: options.serverUrl }),
    trust,
  };
}
