import type { CommitShape } from './checks';
import { digestOf } from './checks';
import type { DeployStatementProblem } from './deploy-statement';
import type { JudgeInput } from './judge';
import type { Problem } from './rules';
import { COULD_NOT_VERIFY, isUnverifiable, type ScanEvidenceProblem } from './scan-evidence';

type Deploy = Extract<CommitShape, { kind: 'deploy' }>;

/** The signed evidence a deploy's claims are re-derived from, as verify-deployments' inputs set it up. */
export interface ClaimVerifiers {
  /** Signed scan attestations per digest; absent: no trust configured. */
  scanEvidence?: ScanEvidenceProblem | undefined;
  /** The run's signed deploy statement of a deploy approved by an environment review. */
  deployStatement?: DeployStatementProblem | undefined;
  /** The GitOps repository, as the deploy statements name it. */
  repository: string;
}

/**
 * The claims a deploy's text makes that only signatures can back: a scan pass (a signed scan
 * attestation of every digest it runs, never the `Shipgate-Scan` trailer) and, for an approval
 * that is a GitHub environment review of a run, that the run produced this content (its signed
 * deploy statement). `treeId` is the path's tree in the deploy commit.
 */
export async function claimProblem(
  verifiers: ClaimVerifiers,
  { input, shape }: { input: JudgeInput; shape: Deploy },
  treeId: string | undefined,
): Promise<Problem | undefined> {
  const environment = shape.target.environment;
  if (environment.scan?.require === 'pass') {
    const problem = await scanClaimProblem(verifiers, input, shape);
    if (problem) return asProblem(problem);
  }
  const reviewed = input.commit.trailers.some(
    (trailer) => trailer.key.toLowerCase() === 'shipgate-approval' && /\/actions\/runs\/\d+/.test(trailer.value),
  );
  if (!reviewed || !environment.approvals) return undefined;
  if (!verifiers.deployStatement) {
    return asProblem(
      `${COULD_NOT_VERIFY} that its content was produced by the approved run: no trusted-root is configured`,
    );
  }
  const problem = await verifiers.deployStatement(input.commit.sha, {
    repository: verifiers.repository,
    path: shape.target.directory,
    treeId: treeId ?? '',
    configHash: shape.trail.configHash ?? '',
    digests: shape.trail.imageRefs.map((ref) => digestOf(ref) ?? ref),
    runUrl: shape.trail.run ?? '',
  });
  return problem ? asProblem(problem) : undefined;
}

async function scanClaimProblem(verifiers: ClaimVerifiers, input: JudgeInput, shape: Deploy) {
  const environment = shape.target.environment;
  if (!verifiers.scanEvidence) {
    return `${COULD_NOT_VERIFY} its scan: ${environment.name} requires a signed scan pass and no trusted-root or verify-key is configured`;
  }
  for (const ref of shape.trail.imageRefs) {
    const problem = await verifiers.scanEvidence(digestOf(ref) ?? ref, environment, {
      ...(shape.trail.source ? { source: shape.trail.source } : {}),
      ...(input.decidedAt !== undefined ? { at: new Date(input.decidedAt) } : {}),
    });
    if (problem) return problem;
  }
  return undefined;
}

function asProblem(reason: string): Problem {
  return { verdict: isUnverifiable(reason) ? 'could-not-verify' : 'fail', reason };
}
