import { ConfigurationError, type Exec, type Logger } from '@shipgate/core';
import {
  type Git,
  type RepositoryAccess,
  remoteDefaultBranch,
  remoteTrackingRef,
  withScratchClone,
} from '@shipgate/gitops';
import { parsePolicy, type ShipgatePolicy } from '@shipgate/policy';
import { type LoggedCommit, parseCommitLog, VERIFY_LOG_FORMAT } from './commit-log';
import type { EvidenceChecker } from './evidence';
import { type JudgeInput, judgeCommits } from './judge';
import { ObjectReader } from './objects';
import { ALLOWED_SIGNERS_FILE, POLICY_FILE } from './policy-view';
import { type CommitRange, describeRange, logRevisions, PULL_HEAD_REF } from './range';
import type { CommitFinding, VerifyReport } from './report';
import { buildVerifyReport } from './report';

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
}

/**
 * Verifies every commit of a range of the GitOps repository against the policy as of each
 * commit's parent: one clone, one `git log`, batched object reads, then the API for evidence.
 */
export async function verifyDeployments(options: VerifyDeploymentsOptions): Promise<VerifyReport> {
  return withScratchClone(options, { purpose: 'verify', bare: true }, async ({ dir, url, git }) => {
    const branch = await fetchRange(git, options.range, options.branch);
    const commits = await readRange(git, options.range, branch);
    const inputs = await readJudgeInputs(git, commits, `${POLICY_FILE} as of its parent`);
    if (!inputs.tipHasPolicy && commits.length > 0) {
      throw new NoPolicyError(
        `The GitOps repository has no ${POLICY_FILE} on ${branch}: verify-deployments judges deploys by it; add one (see docs/workflows.md).`,
      );
    }
    const findings = await judgeCommits(inputs, {
      git,
      evidence: options.evidence,
      environments: options.environments,
      tempDir: dir,
      branchRef: remoteTrackingRef(branch),
    });
    report(options.log, findings);
    return buildVerifyReport({ repository: url, branch, range: describeRange(options.range, branch), findings });
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
  await git(['fetch', '--quiet', '--no-tags', '--no-auto-maintenance', 'origin', ...refspecs]);
  return branch;
}

async function readRange(git: Git, range: CommitRange, branch: string): Promise<LoggedCommit[]> {
  const { stdout } = await git([
    'log',
    '-z',
    '--name-only',
    '--no-renames',
    `--format=${VERIFY_LOG_FORMAT}`,
    ...logRevisions(range, branch),
    '--',
  ]);
  return parseCommitLog(stdout).reverse();
}

/**
 * Per commit, the policy and allowed-signers as of its parent, read with two batched object
 * reads for the whole range; each distinct policy blob is read once.
 */
async function readJudgeInputs(
  git: Git,
  commits: readonly LoggedCommit[],
  policySource: string,
): Promise<{ commits: JudgeInput[]; tipHasPolicy: boolean; objects: ObjectReader }> {
  const objects = new ObjectReader(git);
  const names = commits.flatMap((commit) => {
    const parent = commit.parents[0];
    return [
      parent ? `${parent}:${POLICY_FILE}` : '',
      parent ? `${parent}:${ALLOWED_SIGNERS_FILE}` : '',
      `${commit.sha}:${POLICY_FILE}`,
    ];
  });
  const tip = commits.at(-1);
  const infos = await objects.resolve([
    ...names.map((name) => name || 'HEAD:/nonexistent'),
    ...(tip ? [`${tip.sha}:${POLICY_FILE}`] : []),
  ]);
  const policyBlobs = [
    ...new Set(infos.filter((_, i) => i % 3 === 0 || i % 3 === 2).flatMap((info) => (info ? [info.id] : []))),
  ];
  const texts = await objects.blobs(policyBlobs);
  const policies = new Map<string, ShipgatePolicy | string>();
  policyBlobs.forEach((id, i) => {
    try {
      policies.set(id, parsePolicy(texts[i] ?? '', policySource));
    } catch (error) {
      policies.set(id, (error as Error).message);
    }
  });
  const judged = commits.map((commit, i): JudgeInput => {
    const [policyInfo, signersInfo, ownPolicyInfo] = [infos[i * 3], infos[i * 3 + 1], infos[i * 3 + 2]];
    return {
      commit,
      policy: policyInfo ? policies.get(policyInfo.id) : undefined,
      policyBlob: policyInfo?.id,
      allowedSignersBlob: signersInfo?.id,
      hasPolicy: ownPolicyInfo !== undefined,
    };
  });
  return { commits: judged, tipHasPolicy: tip ? infos[commits.length * 3] !== undefined : false, objects };
}

function report(log: Logger, findings: readonly CommitFinding[]): void {
  for (const finding of findings) {
    const where = finding.environment ? ` (${finding.environment})` : '';
    const line = `${finding.commit.slice(0, 12)}${where}: ${finding.reason}`;
    if (finding.verdict === 'fail') log.error(`Violation: ${line}.`, { title: 'verify-deployments' });
    else if (finding.verdict === 'could-not-verify')
      log.error(`Could not verify ${line}.`, { title: 'verify-deployments' });
    else if (finding.kind === 'policy-change') log.notice(`Policy change ${line}.`, { title: 'verify-deployments' });
    else log.debug(line);
  }
}
