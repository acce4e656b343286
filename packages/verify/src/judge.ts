import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '@shipgate/gitops';
import { contentProblem, extraFilesProblem, removesPolicy, scanProblem, shapeOf } from './checks';
import type { LoggedCommit } from './commit-log';
import { contentOf, type PathContent } from './content';
import type { EvidenceChecker } from './evidence';
import type { ObjectReader } from './objects';
import { POLICY_FILE, type VerifyPolicy } from './policy-view';
import type { CommitFinding } from './report';

/** A commit with what its parent says about it. */
export interface JudgeInput {
  commit: LoggedCommit;
  /** The parent's policy, its reading error, or `undefined` when the parent has none. */
  policy: VerifyPolicy | string | undefined;
  policyBlob: string | undefined;
  allowedSignersBlob: string | undefined;
  /** Whether the commit itself holds a policy file. */
  hasPolicy: boolean;
}

export interface JudgeDependencies {
  git: Git;
  evidence: EvidenceChecker;
  environments?: readonly string[] | undefined;
  /** Where allowed-signers versions are written for git to read. */
  tempDir: string;
}

type Deploy = Extract<ReturnType<typeof shapeOf>, { kind: 'deploy' }>;

/** Findings for every commit, oldest first: shape, content and signatures batched, then evidence. */
export async function judgeCommits(
  inputs: { commits: JudgeInput[]; objects: ObjectReader },
  deps: JudgeDependencies,
): Promise<CommitFinding[]> {
  const findings: CommitFinding[] = [];
  const deploys: Array<{ input: JudgeInput; shape: Deploy; finding: CommitFinding }> = [];
  for (const input of inputs.commits) {
    const finding = judgeShape(input, deps.environments);
    if (!finding) continue;
    findings.push(finding);
    const shape = typeof input.policy === 'object' ? shapeOf(input.commit, input.policy) : undefined;
    if (shape?.kind === 'deploy' && finding.verdict === 'pass') deploys.push({ input, shape, finding });
  }
  const contents = await readContents(inputs.objects, deploys);
  const signatures = await readSignatures(deps, inputs.objects, deploys);
  for (const { input, shape, finding } of deploys) {
    const directory = shape.target.directory;
    const problem =
      contentProblem(
        shape.trail,
        contents.get(`${input.commit.sha}:${directory}`) ?? `it deletes ${directory}`,
        directory,
      ) ??
      signatureProblem(shape, signatures.get(input.commit.sha)) ??
      scanProblem(shape.trail, shape.target);
    if (problem) {
      fail(finding, problem);
      continue;
    }
    await judgeEvidence(deps.evidence, input.commit, shape, finding);
    if (finding.verdict === 'pass') {
      const extra = extraFilesProblem(shape.extraFiles, directory);
      if (extra) fail(finding, extra);
    }
  }
  return findings;
}

function fail(finding: CommitFinding, reason: string): void {
  finding.verdict = 'fail';
  finding.reason = reason;
}

/** The finding from the commit's paths and trailers alone, or `undefined` for one not listed. */
function judgeShape(input: JudgeInput, environments: readonly string[] | undefined): CommitFinding | undefined {
  const { commit, policy } = input;
  const base = baseFinding(commit);
  if (commit.parents.length > 1) return undefined; // a merge's changes are its parents' commits, judged themselves
  if (removesPolicy(commit, input.policyBlob !== undefined, input.hasPolicy)) {
    return {
      ...base,
      kind: 'policy-change',
      verdict: 'fail',
      reason: `it deletes ${POLICY_FILE}, leaving later commits unjudged`,
    };
  }
  if (typeof policy === 'string') {
    const touchesShipgate = commit.files.some((file) => file.startsWith('.shipgate/'));
    return {
      ...base,
      kind: touchesShipgate ? 'policy-change' : 'deploy',
      verdict: 'fail',
      reason: `the policy of its parent is unreadable: ${policy}`,
    };
  }
  if (!policy) {
    if (!commit.files.some((file) => file.startsWith('.shipgate/'))) return undefined;
    return { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, commit.files) };
  }
  const shape = shapeOf(commit, policy);
  if (shape.kind === 'other') return undefined;
  if (shape.kind === 'policy-change') {
    return { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, shape.files) };
  }
  const environment = shape.kind === 'deploy' ? shape.target.environment.name : shape.environment;
  if (environments && environments.length > 0 && environment && !environments.includes(environment)) return undefined;
  if (shape.kind === 'violation') {
    return { ...base, kind: 'deploy', environment, path: shape.path, verdict: 'fail', reason: shape.reason };
  }
  return {
    ...base,
    kind: shape.trail.rollbackOf ? 'rollback' : 'deploy',
    environment,
    path: shape.target.directory,
    app: shape.trail.app,
    images: shape.trail.imageRefs,
    approvers: shape.trail.approvedBy,
    verdict: 'pass',
    reason: 'verified',
  };
}

function baseFinding(commit: LoggedCommit): CommitFinding {
  return {
    commit: commit.sha,
    committedAt: commit.committedAt,
    author: commit.author,
    committer: commit.committer,
    subject: commit.subject,
    kind: 'deploy',
    images: [],
    approvers: [],
    verdict: 'pass',
    reason: '',
  };
}

function policyChangeReason(commit: LoggedCommit, files: readonly string[]): string {
  return `a policy change to ${files.join(', ')} by ${commit.author}, committed by ${commit.committer}`;
}

async function judgeEvidence(evidence: EvidenceChecker, commit: LoggedCommit, shape: Deploy, finding: CommitFinding) {
  const urls = commit.trailers.filter((t) => t.key.toLowerCase() === 'shipgate-approval').map((t) => t.value);
  if (!shape.target.environment.approvals) return;
  let verdict: Awaited<ReturnType<EvidenceChecker['check']>>;
  try {
    verdict = await evidence.check({
      environment: shape.target.environment,
      urls,
      approvedBy: shape.trail.approvedBy,
      imageRefs: shape.trail.imageRefs,
      configHash: shape.trail.configHash,
      committedAt: commit.committedAt,
    });
  } catch (error) {
    verdict = { status: 'unverifiable', reason: `could not verify its approvals: ${(error as Error).message}` };
  }
  if (verdict.status === 'rejected') fail(finding, verdict.reason);
  else if (verdict.status === 'unverifiable') {
    finding.verdict = 'could-not-verify';
    finding.reason = verdict.reason;
  } else finding.approvers = verdict.approvers;
}

/** Config hash and images of each deploy's path at its commit, each distinct tree computed once. */
async function readContents(
  objects: ObjectReader,
  deploys: ReadonlyArray<{ input: JudgeInput; shape: Deploy }>,
): Promise<Map<string, PathContent | string>> {
  const names = deploys.map(({ input, shape }) => `${input.commit.sha}:${shape.target.directory}`);
  const trees = await objects.resolve(names);
  const treeIds = [...new Set(trees.flatMap((info) => (info?.type === 'tree' ? [info.id] : [])))];
  const listings = await objects.listTrees(treeIds);
  const blobIds = [...new Set([...listings.values()].flat().map((entry) => entry.blob))];
  const texts = await objects.blobs(blobIds);
  const textOf = new Map(blobIds.map((id, i) => [id, texts[i] ?? '']));
  const byTree = new Map<string, PathContent | string>();
  for (const [tree, entries] of listings) {
    byTree.set(tree, contentOf(entries.map((entry) => ({ path: entry.path, text: textOf.get(entry.blob) ?? '' }))));
  }
  const contents = new Map<string, PathContent | string>();
  names.forEach((name, i) => {
    const info = trees[i];
    if (info?.type === 'tree') contents.set(name, byTree.get(info.id)!);
  });
  return contents;
}

/** `%G?` per deploy commit whose environment requires signing, by the parent's allowed signers. */
async function readSignatures(
  deps: JudgeDependencies,
  objects: ObjectReader,
  deploys: ReadonlyArray<{ input: JudgeInput; shape: Deploy }>,
): Promise<Map<string, { status: string; signer: string } | 'no-signers'>> {
  const result = new Map<string, { status: string; signer: string } | 'no-signers'>();
  const groups = new Map<string, string[]>();
  for (const { input, shape } of deploys) {
    if (!shape.target.environment.signed) continue;
    if (!input.allowedSignersBlob) result.set(input.commit.sha, 'no-signers');
    else groups.set(input.allowedSignersBlob, [...(groups.get(input.allowedSignersBlob) ?? []), input.commit.sha]);
  }
  const blobIds = [...groups.keys()];
  const texts = await objects.blobs(blobIds);
  for (const [i, blob] of blobIds.entries()) {
    const file = join(deps.tempDir, `allowed-signers-${blob}`);
    await writeFile(file, texts[i] ?? '');
    const { stdout } = await deps.git(
      [
        '-c',
        'gpg.format=ssh',
        '-c',
        `gpg.ssh.allowedSignersFile=${file}`,
        'log',
        '--no-walk=unsorted',
        '--stdin',
        '--format=%H %G? %GS',
      ],
      { input: `${groups.get(blob)!.join('\n')}\n` },
    );
    for (const line of stdout.split('\n')) {
      const [sha, status = 'N', signer = ''] = line.split(' ');
      if (sha) result.set(sha, { status, signer });
    }
  }
  return result;
}

function signatureProblem(
  shape: Deploy,
  signature: { status: string; signer: string } | 'no-signers' | undefined,
): string | undefined {
  if (!shape.target.environment.signed) return undefined;
  const environment = shape.target.environment.name;
  if (signature === 'no-signers')
    return `${environment} requires signed commits but its parent has no .shipgate/allowed-signers`;
  if (!signature || signature.status === 'N') return `it is not signed, and ${environment} requires signed commits`;
  if (signature.status !== 'G')
    return `its signature is not by a key in .shipgate/allowed-signers (git: ${signature.status})`;
  return undefined;
}
