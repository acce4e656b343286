import type { Git, ObjectReader } from '@shipgate/git';
import type { ShipgatePolicy } from '@shipgate/policy';
import type { LoggedCommit } from './commit-log';
import type { JudgeInput } from './judge';
import { environmentPathOf } from './policy-view';
import { baseFinding, type CommitFinding } from './report';
import type { Scope } from './scope';

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * The judgement of each unit as a whole, after its commits: what the range leaves on each
 * environment path must be the content of a deploy in it that verified, and a range that changes
 * the policy changes nothing else. Three batched git calls for every unit of the scope.
 */
export async function judgeOutcomes(
  git: Git,
  objects: ObjectReader,
  scope: Scope,
  inputs: readonly JudgeInput[],
  findings: CommitFinding[],
): Promise<CommitFinding[]> {
  const byCommit = new Map(findings.map((finding) => [finding.commit, finding]));
  const added: CommitFinding[] = [];
  const changed = await changedPaths(objects, git, scope);
  const unitPolicies = new Map(inputs.map((input) => [input.unit, input.policy]));
  const byUnit = new Map<number, JudgeInput[]>();
  for (const input of inputs) {
    const members = byUnit.get(input.unit);
    if (members) members.push(input);
    else byUnit.set(input.unit, [input]);
  }
  const lookups: Array<{ unit: number; directory: string; environment: string; candidates: string[] }> = [];
  for (const index of scope.units.keys()) {
    const policy = unitPolicies.get(index);
    if (typeof policy !== 'object') continue;
    const members = byUnit.get(index) ?? [];
    const unitFindings = members.flatMap((input) => {
      const finding = byCommit.get(input.commit.sha);
      return finding ? [finding] : [];
    });
    const directories = environmentDirectories(policy, changed[index] ?? []);
    const failed = failedDirectories(policy, members, byCommit);
    mixedPolicyChange(unitFindings, directories);
    rolledBackToFailure(unitFindings, byCommit);
    for (const [directory, environment] of directories) {
      // A commit of the unit already failed on this path: the outcome adds nothing to that finding.
      if (failed.has(directory)) continue;
      const candidates = unitFindings
        .filter((f) => f.verdict === 'pass' && (f.kind === 'deploy' || f.kind === 'rollback') && f.path === directory)
        .map((f) => f.commit);
      lookups.push({ unit: index, directory, environment, candidates });
    }
  }
  const names = lookups.flatMap(({ unit, directory, candidates }) => [
    `${scope.units[unit]!.head}:${directory}`,
    ...candidates.map((commit) => `${commit}:${directory}`),
  ]);
  const trees = await objects.resolve(names);
  let at = 0;
  for (const { unit, directory, environment, candidates } of lookups) {
    const result = trees[at]?.id;
    const made = candidates.some((_, i) => trees[at + 1 + i]?.id === result);
    at += 1 + candidates.length;
    if (made) continue;
    const head = scope.units[unit]!.head;
    added.push({
      ...headFinding(head, inputs),
      kind: 'deploy',
      environment,
      path: directory,
      verdict: 'fail',
      reason: `the range leaves ${directory} ${result ? 'holding files' : 'deleted'} that no verified deploy or rollback in it made`,
    });
  }
  return added;
}

/** Per unit, the paths whose content differs between its base and its head (one git call). */
async function changedPaths(objects: ObjectReader, git: Git, scope: Scope): Promise<string[][]> {
  const commits = scope.units.flatMap((unit) => [
    unit.base ? `${unit.base}^{tree}` : 'HEAD:/none',
    `${unit.head}^{tree}`,
  ]);
  const trees = await objects.resolve(commits);
  const pairs = scope.units.map((_, i) => `${trees[i * 2]?.id ?? EMPTY_TREE} ${trees[i * 2 + 1]?.id ?? EMPTY_TREE}`);
  if (pairs.length === 0) return [];
  const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--name-only', '--no-renames'], {
    input: `${pairs.join('\n')}\n`,
  });
  return parsePairDiffs(stdout, pairs);
}

/** `git diff-tree --stdin -z --name-only` fed `<tree> <tree>` lines: each line echoed, then its paths. */
export function parsePairDiffs(output: string, pairs: readonly string[]): string[][] {
  const byPair = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const token of output.split('\u0000')) {
    const echo = /^([0-9a-f]{40,64} [0-9a-f]{40,64})\n/.exec(token);
    if (echo) {
      current = byPair.get(echo[1]!) ?? [];
      byPair.set(echo[1]!, current);
      const rest = token.slice(echo[0].length);
      if (rest) current.push(rest);
    } else if (token) current?.push(token);
  }
  return pairs.map((pair) => byPair.get(pair) ?? []);
}

/** The environment paths that a commit of the unit touched and failed on. */
function failedDirectories(
  policy: ShipgatePolicy,
  inputs: readonly JudgeInput[],
  byCommit: ReadonlyMap<string, CommitFinding>,
): Set<string> {
  const failed = new Set<string>();
  for (const input of inputs) {
    const finding = byCommit.get(input.commit.sha);
    if (!finding || finding.verdict === 'pass') continue;
    if (finding.path) failed.add(finding.path);
    for (const directory of environmentDirectories(policy, input.commit.files).keys()) failed.add(directory);
  }
  return failed;
}

function environmentDirectories(policy: ShipgatePolicy, paths: readonly string[]): Map<string, string> {
  const directories = new Map<string, string>();
  for (const path of paths) {
    const target = environmentPathOf(policy, path);
    if (target) directories.set(target.directory, target.environment.name);
  }
  return directories;
}

/**
 * A range that changes `.shipgate/` and an environment path fails: policy changes merge on their
 * own, so one pull request cannot loosen the policy, deploy, and restore it unseen by review.
 */
function mixedPolicyChange(unitFindings: readonly CommitFinding[], directories: ReadonlyMap<string, string>): void {
  const deploys = unitFindings.filter((finding) => finding.kind !== 'policy-change' && finding.environment);
  const touched = new Set([
    ...directories.keys(),
    ...deploys.flatMap((finding) => (finding.path ? [finding.path] : [])),
  ]);
  if (touched.size === 0) return;
  const list = [...touched].slice(0, 3).join(', ');
  for (const finding of unitFindings) {
    if (finding.kind !== 'policy-change' || finding.verdict !== 'pass') continue;
    finding.verdict = 'fail';
    finding.reason = `${finding.reason}, in the same range as changes to ${list}: policy changes merge on their own`;
  }
}

/** A rollback to a deploy of the same range counts only if that deploy verified. */
function rolledBackToFailure(unitFindings: readonly CommitFinding[], byCommit: ReadonlyMap<string, CommitFinding>) {
  for (const finding of unitFindings) {
    if (finding.kind !== 'rollback' || finding.verdict !== 'pass' || !finding.rollbackTo) continue;
    const restored = [...byCommit.values()].find((other) => other.commit.startsWith(finding.rollbackTo!));
    if (restored && restored.verdict !== 'pass') {
      finding.verdict = 'fail';
      finding.reason = `it restores ${restored.commit.slice(0, 12)}, which did not verify`;
    }
  }
}

/** The finding's commit fields for a unit's head. */
function headFinding(head: string, inputs: readonly JudgeInput[]): CommitFinding {
  const commit = inputs.find((input) => input.commit.sha === head)?.commit;
  return commit ? baseFinding(commit) : { ...baseFinding(emptyCommit(head)) };
}

function emptyCommit(sha: string): LoggedCommit {
  return { sha, parents: [], committedAt: '', author: '', committer: '', subject: '', trailers: [], files: [] };
}

/**
 * An audit's findings about the record itself: a force push GitHub recorded, and commits on the
 * branch that no recorded push or merge brought.
 */
export function judgeHistory(scope: Scope, commits: readonly LoggedCommit[]): CommitFinding[] {
  const audit = scope.units.some((unit) => unit.update);
  if (!audit || !scope.timeline) return [];
  const findings: CommitFinding[] = [];
  const logged = new Map(commits.map((commit) => [commit.sha, commit]));
  for (const unit of scope.units) {
    if (unit.update?.type !== 'force_push') continue;
    findings.push({
      ...baseFinding(logged.get(unit.head) ?? emptyCommit(unit.head)),
      kind: 'history',
      verdict: 'fail',
      reason: `GitHub recorded a force push by ${unit.update.actor} at ${unit.update.timestamp}, replacing ${unit.update.before.slice(0, 12)}`,
    });
  }
  for (const sha of scope.timeline.unrecorded) {
    findings.push({
      ...baseFinding(logged.get(sha) ?? emptyCommit(sha)),
      kind: 'history',
      verdict: 'fail',
      reason: "no push or merge in GitHub's activity record brought it onto the branch",
    });
  }
  return findings;
}
