import { ConfigurationError, type Exec, type Logger } from '@shipgate/core';
import {
  fetch,
  type Git,
  ObjectReader,
  type RepositoryAccess,
  remoteDefaultBranch,
  remoteTrackingRef,
  withScratchClone,
} from '@shipgate/git';
import { gitopsRepositoryIdentity } from '@shipgate/gitops';
import { parsePolicy, type ShipgatePolicy } from '@shipgate/policy';
import type { ActivitySource } from './activity';
import { type LoggedCommit, parseCommitLog, VERIFY_LOG_FORMAT } from './commit-log';
import { deployStatementVerifier } from './deploy-statement';
import type { EvidenceChecker } from './evidence';
import { type JudgeInput, judgeCommits } from './judge';
import { judgeHistory, judgeOutcomes } from './outcome';
import { ALLOWED_SIGNERS_FILE, POLICY_FILE } from './policy-view';
import { type CommitRange, describeRange, PULL_HEAD_REF } from './range';
import { buildVerifyReport, type CommitFinding, type VerifyReport } from './report';
import type { ScanEvidenceProblem } from './scan-evidence';
import { type JudgedUnit, type Scope, scopeOf, UnverifiableRangeError } from './scope';
import type { VerifierTrust } from './trust-inputs';

/** The repository holds no policy to judge by: a mistake for the check, a notice for the report. */
export class NoPolicyError extends ConfigurationError {
  override name = 'NoPolicyError';
}

export interface VerifyDeploymentsOptions extends RepositoryAccess {
  exec: Exec;
  log: Logger;
  range: CommitRange;
  /** Only deploys to these environments are judged (policy changes are always reported). */
  environments?: readonly string[];
  evidence: EvidenceChecker;
  /** GitHub's record of the branch's pushes: when and by whom each commit arrived. */
  activity?: ActivitySource;
  /** The check's own clock: the decision time of commits not yet on the branch. Default: now. */
  now?: Date;
  /** Signed scan attestations per digest (`scanEvidenceVerifier`); absent: a required scan pass could not be verified. */
  scanEvidence?: ScanEvidenceProblem;
  /** The trust deploy statements are verified against (`trusted-root`). */
  trust?: VerifierTrust;
}

/** What a unit's base says: the policy every commit of the unit is judged by. */
interface UnitPolicy {
  policy: ShipgatePolicy | string | undefined;
  policyBlob: string | undefined;
  allowedSignersBlob: string | undefined;
}

/**
 * Judges a range of the GitOps repository under the protected base's policy: every commit head
 * brings (any parents), the net result, and for pushed history GitHub's record of who pushed what
 * when. One clone, one `git log`, batched object reads, then the API for evidence.
 */
export async function verifyDeployments(options: VerifyDeploymentsOptions): Promise<VerifyReport> {
  return withScratchClone(options, { purpose: 'verify', wholeHistory: true }, async ({ dir, url, git }) => {
    const branch = await fetchRange(git, options.range, options.branch);
    const branchRef = remoteTrackingRef(branch);
    const range = describeRange(options.range, branch);
    let scope: Scope;
    try {
      scope = await scopeOf(git, options.range, { name: branch, ref: branchRef }, options.activity);
    } catch (error) {
      if (!(error instanceof UnverifiableRangeError)) throw error;
      const findings = [rangeFinding(error.message)];
      report(options.log, findings);
      return buildVerifyReport({ repository: url, branch, range, findings });
    }
    const commits = await readLog(git, scope.revisions);
    const objects = new ObjectReader(git);
    const { inputs, policies } = await readJudgeInputs(objects, scope, commits, options.now ?? new Date());
    if (!inputs.some((input) => typeof input.policy === 'object') && inputs.length > 0 && !policies.tipHasPolicy) {
      throw new NoPolicyError(
        `The GitOps repository has no ${POLICY_FILE} on ${branch}: verify-deployments judges deploys by it; add one (see docs/workflows.md).`,
      );
    }
    const identity = gitopsRepositoryIdentity(options.repository, options);
    const findings = await judgeCommits(
      { commits: inputs, objects },
      {
        git,
        evidence: options.evidence,
        environments: options.environments,
        tempDir: dir,
        branchRef,
        scope,
        claims: {
          scanEvidence: options.scanEvidence,
          deployStatement: options.trust?.trust
            ? deployStatementVerifier({
                git,
                trust: options.trust.trust,
                ...(options.trust.issuer ? { issuer: options.trust.issuer } : {}),
              })
            : undefined,
          repository: identity,
        },
        repository: identity,
      },
    );
    findings.push(...(await judgeOutcomes(git, objects, scope, inputs, findings)));
    findings.push(...judgeHistory(scope, commits));
    report(options.log, findings);
    return buildVerifyReport({ repository: url, branch, range, findings });
  });
}

/**
 * Fetches every branch with its history and files and, for a pull request, its head. Not the
 * package's filtered `fetchBranch`: the verifier reads the files of every deploy in the range,
 * which a partial clone would fetch one missing object at a time.
 */
async function fetchRange(git: Git, range: CommitRange, branchInput: string | undefined): Promise<string> {
  const branch = branchInput || (await remoteDefaultBranch(git)) || 'main';
  const refspecs = ['+refs/heads/*:refs/remotes/origin/*'];
  if (range.kind === 'pull-request') refspecs.push(`+refs/pull/${range.number}/head:${PULL_HEAD_REF}`);
  await fetch(git, { refspecs });
  const found = await git(['rev-parse', '--verify', '--quiet', `${remoteTrackingRef(branch)}^{commit}`], {
    ignoreReturnCode: true,
  });
  if (found.exitCode !== 0) {
    throw new ConfigurationError(`Input "branch" names ${branch}, which the GitOps repository does not have.`);
  }
  return branch;
}

/** Every commit of the scope, oldest first, each with the paths it changed against its first parent. */
async function readLog(git: Git, revisions: readonly string[]): Promise<LoggedCommit[]> {
  const { stdout } = await git([
    'log',
    '-z',
    '--name-only',
    '--no-renames',
    `--format=${VERIFY_LOG_FORMAT}`,
    ...revisions,
    '--',
  ]);
  return parseCommitLog(stdout).reverse();
}

/**
 * Per commit, the policy and allowed-signers of its unit's base and when it reached the branch;
 * the object reads batched for the whole range, each distinct policy blob parsed once.
 */
async function readJudgeInputs(
  objects: ObjectReader,
  scope: Scope,
  commits: readonly LoggedCommit[],
  now: Date,
): Promise<{ inputs: JudgeInput[]; policies: { tipHasPolicy: boolean } }> {
  const heads = [...new Set(scope.units.map((unit) => unit.head))];
  const bases = scope.units.map((unit) => unit.base);
  const names = [
    ...bases.flatMap((base) => (base ? [`${base}:${POLICY_FILE}`, `${base}:${ALLOWED_SIGNERS_FILE}`] : ['', ''])),
    ...heads.map((head) => `${head}:${POLICY_FILE}`),
    ...commits.map((commit) => `${commit.sha}:${POLICY_FILE}`),
  ];
  const infos = await objects.resolve(names.map((name) => name || 'HEAD:/nonexistent'));
  const headPolicies = new Map(heads.map((head, i) => [head, infos[bases.length * 2 + i]]));
  const ownPolicies = new Map(commits.map((commit, i) => [commit.sha, infos[bases.length * 2 + heads.length + i]]));
  const policyInfos = [...bases.map((_, i) => infos[i * 2]), ...headPolicies.values()];
  const blobs = [...new Set(policyInfos.flatMap((info) => (info ? [info.id] : [])))];
  const texts = await objects.blobs(blobs);
  const parsed = new Map<string, ShipgatePolicy | string>();
  blobs.forEach((id, i) => {
    try {
      parsed.set(id, parsePolicy(texts[i] ?? '', `${POLICY_FILE} of the protected base`));
    } catch (error) {
      parsed.set(id, (error as Error).message);
    }
  });
  const unitPolicies = scope.units.map((unit, i): UnitPolicy => {
    const [policyInfo, signersInfo] = [infos[i * 2], infos[i * 2 + 1]];
    // A base without a policy (the change that adds it) is classified by the head's, so that
    // environment paths changed beside the new policy are seen (and fail: policy changes go alone).
    const classifying = policyInfo ?? headPolicies.get(unit.head);
    return {
      policy: classifying ? parsed.get(classifying.id) : undefined,
      policyBlob: policyInfo?.id,
      allowedSignersBlob: signersInfo?.id,
    };
  });
  const unitOf = new Map<string, number>();
  scope.units.forEach((unit, index) => {
    for (const sha of unit.commits) if (!unitOf.has(sha)) unitOf.set(sha, index);
  });
  const inputs = commits.flatMap((commit): JudgeInput[] => {
    const index = unitOf.get(commit.sha);
    if (index === undefined) return [];
    const unit = scope.units[index]!;
    return [
      {
        commit,
        unit: index,
        ...unitPolicies[index]!,
        hasPolicy: ownPolicies.get(commit.sha) !== undefined,
        decidedAt: decisionTime(scope, unit, commit.sha, now),
        pushedBy: unit.update?.actor ?? scope.timeline?.arrivals.get(commit.sha)?.actor,
      },
    ];
  });
  return { inputs, policies: { tipHasPolicy: [...headPolicies.values()].some(Boolean) } };
}

/**
 * When the change was decided, from facts the writer cannot set: the time GitHub recorded it
 * arriving on the branch, or for a commit not on the branch (a pull request, a merge group) the
 * check's own clock. `undefined` when it is on the branch but GitHub's record does not say when.
 */
function decisionTime(scope: Scope, unit: JudgedUnit, sha: string, now: Date): number | undefined {
  if (unit.update) return Date.parse(unit.update.timestamp);
  const arrival = scope.timeline?.arrivals.get(sha);
  if (arrival) return Date.parse(arrival.timestamp);
  return scope.branchGraph.has(sha) ? undefined : now.getTime();
}

function rangeFinding(reason: string): CommitFinding {
  return {
    commit: '',
    committedAt: '',
    author: '',
    committer: '',
    subject: '',
    kind: 'history',
    images: [],
    approvers: [],
    verdict: 'could-not-verify',
    reason: reason.replace(/\.$/, ''),
  };
}

function report(log: Logger, findings: readonly CommitFinding[]): void {
  for (const finding of findings) {
    const where = finding.environment ? ` (${finding.environment})` : '';
    const line = `${finding.commit ? `${finding.commit.slice(0, 12)}${where}: ` : ''}${finding.reason}`;
    if (finding.verdict === 'fail') log.error(`Violation: ${line}.`, { title: 'verify-deployments' });
    else if (finding.verdict === 'could-not-verify')
      log.error(`Could not verify: ${line}.`, { title: 'verify-deployments' });
    else if (finding.kind === 'policy-change') log.notice(`Policy change ${line}.`, { title: 'verify-deployments' });
    else log.debug(line);
  }
}
