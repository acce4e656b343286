import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git, ObjectReader } from '@shipgate/git';
import { environmentContentProblem, withoutGeneratedKustomization } from '@shipgate/gitops';
import { type CommittedContent, inspectCommittedFiles, parseYamlStream, type YamlStream } from '@shipgate/manifests';
import type { ShipgatePolicy } from '@shipgate/policy';
import { readDeploymentsFromClone, sourceCommit, trailFromTrailers } from '@shipgate/trail';
import {
  breakGlassOf,
  contentProblem,
  digestOf,
  extraFilesProblem,
  type FirstDeployed,
  freezeProblem,
  promotionProblem,
  removesPolicy,
  shapeOf,
} from './checks';
import { type ClaimVerifiers, claimProblem } from './claims';
import type { LoggedCommit } from './commit-log';
import type { EvidenceChecker } from './evidence';
import { judgeMerges } from './merges';
import { POLICY_FILE } from './policy-view';
import { baseFinding, type CommitFinding } from './report';
import { datingProblem, type Problem, parentDates, readRollbackTargets, rollbackProblem, timeProblem } from './rules';
import type { Scope } from './scope';

/** A commit with what the protected base of its unit says about it. */
export interface JudgeInput {
  commit: LoggedCommit;
  /** Which unit of the scope brought it. */
  unit: number;
  /** The base's policy, its reading error, or `undefined` when the base has none. */
  policy: ShipgatePolicy | string | undefined;
  policyBlob: string | undefined;
  allowedSignersBlob: string | undefined;
  /** Whether the commit itself holds a policy file. */
  hasPolicy: boolean;
  /** Epoch ms the change was decided (GitHub's record or the check's clock); `undefined`: unknown. */
  decidedAt: number | undefined;
  /** Who GitHub says pushed or merged it onto the branch. */
  pushedBy?: string | undefined;
}

export interface JudgeDependencies {
  git: Git;
  evidence: EvidenceChecker;
  environments?: readonly string[] | undefined;
  /** Where allowed-signers versions are written for git to read. */
  tempDir: string;
  /** The fetched branch, whose whole history tells when a digest first ran in an environment. */
  branchRef: string;
  /** Where and when each commit arrived. */
  scope: Scope;
  /** The signed evidence claims are re-derived from. */
  claims: ClaimVerifiers;
  /** The GitOps repository's identity (`gitopsRepositoryIdentity`): approval requests must name it. */
  repository: string;
}

type Deploy = Extract<ReturnType<typeof shapeOf>, { kind: 'deploy' }>;
interface Judged {
  input: JudgeInput;
  shape: Deploy;
  finding: CommitFinding;
}

/** Findings for every commit, oldest first: shape, content and signatures batched, then evidence. */
export async function judgeCommits(
  inputs: { commits: JudgeInput[]; objects: ObjectReader },
  deps: JudgeDependencies,
): Promise<CommitFinding[]> {
  const findings: CommitFinding[] = [];
  const deploys: Judged[] = [];
  for (const input of inputs.commits) {
    const finding = judgeShape(input, deps.environments);
    if (!finding) continue;
    findings.push(finding);
    const shape = typeof input.policy === 'object' ? shapeOf(input.commit, input.policy) : undefined;
    if (shape?.kind === 'deploy' && finding.verdict === 'pass') deploys.push({ input, shape, finding });
  }
  findings.push(
    ...(await judgeMerges(
      deps.git,
      inputs.commits.filter((input) => input.commit.parents.length > 1),
    )),
  );
  const { contents, trees } = await readContents(inputs.objects, deploys);
  const signatures = await readSignatures(deps, inputs.objects, deploys);
  const first = deploys.some(({ shape }) => shape.target.environment.promoteFrom)
    ? await firstDeployed(deps, inputs.commits)
    : new Map();
  const rollbacks = await readRollbackTargets(deps, inputs.objects, deploys, inputs.commits);
  const dates = await parentDates(deps.git, inputs.commits, deploys);
  planEvidence(deps.evidence, deploys);
  // Evidence is read a few deploys at a time: the API's latency, not git, bounds a long range.
  await inParallel(deploys, EVIDENCE_CONCURRENCY, async (judged) => {
    const { input, shape, finding } = judged;
    const content = contents.get(input.commit.sha) ?? `it deletes ${shape.target.directory}`;
    const problem =
      datingProblem(input, dates) ??
      timeProblem(input, shape.target, deps.scope.activityProblem) ??
      contentProblem(shape.trail, content, shape.target) ??
      rollbackProblem(shape, rollbacks.get(input.commit.sha)) ??
      signatureProblem(shape, signatures.get(input.commit.sha)) ??
      promotionProblem(shape.trail, shape.target, input.decidedAt ?? Number.NaN, first) ??
      (await claimProblem(deps.claims, judged, trees.get(input.commit.sha)));
    // Without a decision time, timeProblem has already failed every deploy that has a time rule
    // (approvals, freeze windows, soak): what is left has none to judge.
    const decidedAt = input.decidedAt;
    if (problem) fail(finding, problem);
    else if (decidedAt !== undefined)
      await judgeEvidence(deps.evidence, judged, content as CommittedContent, deps.repository);
    if (finding.verdict === 'pass') {
      const late = decidedAt === undefined ? undefined : freezeProblem(input.commit.trailers, shape.target, decidedAt);
      const extra =
        late ??
        (await breakGlassProblem(deps.evidence, judged)) ??
        extraFilesProblem(shape.extraFiles, shape.target.directory);
      if (extra) fail(finding, extra);
    }
  });
  const order = new Map(inputs.commits.map((input, i) => [input.commit.sha, i]));
  return findings.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0));
}

const EVIDENCE_CONCURRENCY = 8;

/** The evidence every deploy with approval rules and a decision time will check, announced for batched reads. */
function planEvidence(evidence: EvidenceChecker, deploys: readonly Judged[]): void {
  evidence.plan?.(
    deploys.flatMap(({ input, shape }) =>
      shape.target.environment.approvals && input.decidedAt !== undefined
        ? [{ urls: approvalUrls(input.commit.trailers), run: shape.trail.run, decidedAt: input.decidedAt }]
        : [],
    ),
  );
}

function approvalUrls(trailers: LoggedCommit['trailers']): string[] {
  return trailers.filter((t) => t.key.toLowerCase() === 'shipgate-approval').map((t) => t.value);
}

/** Runs `fn` over `items` with at most `limit` running at once. */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function fail(finding: CommitFinding, reason: string | Problem): void {
  finding.verdict = typeof reason === 'string' ? 'fail' : reason.verdict;
  finding.reason = typeof reason === 'string' ? reason : reason.reason;
}

/** The finding from the commit's paths and trailers alone, or `undefined` for one not listed. */
function judgeShape(input: JudgeInput, environments: readonly string[] | undefined): CommitFinding | undefined {
  const { commit, policy } = input;
  const base = baseFinding(commit);
  if (commit.parents.length > 1) return undefined; // judged by judgeMerges: it may only merge
  const touchesShipgate = commit.files.some((file) => file.startsWith('.shipgate/'));
  if (removesPolicy(commit, input.policyBlob !== undefined, input.hasPolicy)) {
    return {
      ...base,
      kind: 'policy-change',
      verdict: 'fail',
      reason: `it deletes ${POLICY_FILE}, leaving later commits unjudged`,
    };
  }
  if (typeof policy === 'string') {
    return {
      ...base,
      kind: touchesShipgate ? 'policy-change' : 'deploy',
      verdict: 'fail',
      reason: `the policy of its parent is invalid: ${policy.replace(/\.$/, '')}`,
    };
  }
  if (!policy) {
    return touchesShipgate
      ? { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, commit.files) }
      : undefined;
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
    ...(input.decidedAt !== undefined ? { decidedAt: new Date(input.decidedAt).toISOString() } : {}),
    ...(input.pushedBy ? { pushedBy: input.pushedBy } : {}),
    kind: shape.trail.rollbackOf ? 'rollback' : 'deploy',
    environment,
    path: shape.target.directory,
    app: shape.trail.app,
    images: shape.trail.imageRefs,
    approvers: shape.trail.approvedBy,
    ...(shape.trail.rollbackTo ? { rollbackTo: shape.trail.rollbackTo } : {}),
    verdict: 'pass',
    reason: 'verified',
  };
}

function policyChangeReason(commit: LoggedCommit, files: readonly string[]): string {
  return `a policy change to ${files.join(', ')} by ${commit.author}, committed by ${commit.committer}`;
}

/** Approvals re-read and judged by the policy as it stood, bound to what the commit's files hold. */
async function judgeEvidence(
  evidence: EvidenceChecker,
  { input, shape, finding }: Judged,
  content: CommittedContent,
  repository: string,
) {
  if (!shape.target.environment.approvals) return;
  const trailers = input.commit.trailers;
  let verdict: Awaited<ReturnType<EvidenceChecker['check']>>;
  try {
    verdict = await evidence.check({
      environment: shape.target.environment,
      urls: approvalUrls(trailers),
      approvedBy: shape.trail.approvedBy,
      imageRefs: content.images,
      configHash: content.configHash,
      run: shape.trail.run,
      committedAt: new Date(input.decidedAt!).toISOString(),
      repository,
      app: shape.trail.app,
      path: shape.target.directory,
      ...(sourceCommit(shape.trail.source) ? { source: sourceCommit(shape.trail.source) } : {}),
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

/** A break-glass deploy during a freeze: the one who broke it is a verified approver and on the policy's list. */
async function breakGlassProblem(
  evidence: EvidenceChecker,
  { input, shape, finding }: Judged,
): Promise<string | undefined> {
  const who = breakGlassOf(input.commit.trailers);
  if (!who || input.decidedAt === undefined || !freezeProblem([], shape.target, input.decidedAt)) return undefined;
  if (!finding.approvers.includes(who))
    return `its Shipgate-Break-Glass names ${who}, who is not among its verified approvers`;
  try {
    if (await evidence.isMember(who, shape.target.environment.breakGlass)) return undefined;
  } catch (error) {
    finding.verdict = 'could-not-verify';
    return `could not verify its break-glass: ${(error as Error).message}`;
  }
  return `its Shipgate-Break-Glass names ${who}, who is not on the break-glass list of ${shape.target.environment.name}`;
}

/**
 * When each digest first ran in each environment: the branch's deploys and those of the range,
 * each at the time GitHub recorded it arriving (the check's clock for commits not on the branch);
 * a deploy older than the record counts from the oldest recorded update, by which it was there.
 */
async function firstDeployed(deps: JudgeDependencies, range: readonly JudgeInput[]): Promise<FirstDeployed> {
  const first = new Map<string, Map<string, number>>();
  const note = (environment: string, imageRefs: readonly string[], at: number | undefined) => {
    if (at === undefined || Number.isNaN(at)) return;
    const byDigest = first.get(environment) ?? new Map<string, number>();
    first.set(environment, byDigest);
    for (const ref of imageRefs) {
      const digest = digestOf(ref) ?? ref;
      byDigest.set(digest, Math.min(at, byDigest.get(digest) ?? at));
    }
  };
  const { timeline } = deps.scope;
  for (const deploy of await readDeploymentsFromClone(deps.git, deps.branchRef)) {
    const arrival = timeline?.arrivals.get(deploy.commitSha);
    const older = timeline?.beforeRecord?.commits.has(deploy.commitSha) ? timeline.beforeRecord.until : undefined;
    note(deploy.environment, deploy.imageRefs, Date.parse(arrival?.timestamp ?? older ?? ''));
  }
  for (const input of range) {
    const trail = trailFromTrailers(input.commit.trailers);
    if (trail && !deps.scope.branchGraph.has(input.commit.sha))
      note(trail.environment, trail.imageRefs, input.decidedAt);
  }
  return first;
}

/** What each deploy's path holds at its commit, each distinct tree inspected once. */
async function readContents(
  objects: ObjectReader,
  deploys: readonly Judged[],
): Promise<{ contents: Map<string, CommittedContent | string>; trees: Map<string, string> }> {
  const names = deploys.map(({ input, shape }) => `${input.commit.sha}:${shape.target.directory}`);
  const trees = await objects.resolve(names);
  const treeIds = [...new Set(trees.flatMap((info) => (info?.type === 'tree' ? [info.id] : [])))];
  const listings = await objects.listTrees(treeIds);
  const blobIds = [...new Set([...listings.values()].flat().map((entry) => entry.blob))];
  const texts = await objects.blobs(blobIds);
  const textOf = new Map(blobIds.map((id, i) => [id, texts[i] ?? '']));
  const parsedOf = parseYamlBlobs(listings, textOf);
  const byTree = new Map<string, CommittedContent | string>();
  for (const [tree, entries] of listings) {
    const read = (entry: (typeof entries)[number]) => {
      const parsed = /\.ya?ml$/i.test(entry.path) ? parsedOf.get(entry.blob) : undefined;
      return { content: textOf.get(entry.blob) ?? '', ...(parsed ? { parsed } : {}) };
    };
    // What is hashed must be what the cluster applies: the writers' own content rule.
    const unsafe = environmentContentProblem(
      entries.map((entry) => ({ path: entry.path, mode: entry.mode, ...read(entry) })),
    );
    if (unsafe) {
      byTree.set(tree, `its path holds content the cluster would not apply as hashed: ${unsafe.replace(/\.$/, '')}`);
      continue;
    }
    const files = withoutGeneratedKustomization(entries.map((entry) => ({ name: entry.path, ...read(entry) })));
    byTree.set(
      tree,
      await inspectCommittedFiles(files).catch(
        (error: Error) => `its files are not valid manifests: ${error.message.replace(/\.$/, '')}`,
      ),
    );
  }
  const contents = new Map<string, CommittedContent | string>();
  const treeOf = new Map<string, string>();
  deploys.forEach(({ input }, i) => {
    const info = trees[i];
    if (info?.type !== 'tree') return;
    contents.set(input.commit.sha, byTree.get(info.id)!);
    treeOf.set(input.commit.sha, info.id);
  });
  return { contents, trees: treeOf };
}

/** Each YAML file's blob parsed once, for the content rule and the config hash alike (parsing is most of their cost). */
function parseYamlBlobs(
  listings: ReadonlyMap<string, readonly { path: string; blob: string }[]>,
  textOf: ReadonlyMap<string, string>,
): Map<string, YamlStream> {
  const parsed = new Map<string, YamlStream>();
  for (const entries of listings.values()) {
    for (const entry of entries) {
      if (/\.ya?ml$/i.test(entry.path) && !parsed.has(entry.blob)) {
        parsed.set(entry.blob, parseYamlStream(textOf.get(entry.blob) ?? ''));
      }
    }
  }
  return parsed;
}

type Signature = { status: string; signer: string } | 'no-signers';

/** `%G?` per deploy commit whose environment requires signing, by the parent's allowed signers. */
async function readSignatures(
  deps: JudgeDependencies,
  objects: ObjectReader,
  deploys: readonly Judged[],
): Promise<Map<string, Signature>> {
  const result = new Map<string, Signature>();
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
    // git verifies each signature as `git verify-commit` does, with this allowed-signers file.
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

function signatureProblem(shape: Deploy, signature: Signature | undefined): string | undefined {
  if (!shape.target.environment.signed) return undefined;
  const environment = shape.target.environment.name;
  if (signature === 'no-signers')
    return `${environment} requires signed commits but its parent has no .shipgate/allowed-signers`;
  if (!signature || signature.status === 'N') return `it is not signed, and ${environment} requires signed commits`;
  if (signature.status !== 'G')
    return `its signature is not by a key in .shipgate/allowed-signers (git: ${signature.status})`;
  return undefined;
}
