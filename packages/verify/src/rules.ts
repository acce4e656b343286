import { commitTimes, type Git, type ObjectReader } from '@shipgate/git';
import type { CommitShape } from './checks';
import { type LoggedCommit, parseCommitLog, VERIFY_LOG_FORMAT } from './commit-log';
import type { JudgeInput } from './judge';
import type { EnvironmentPath } from './policy-view';

/** A reason a deploy does not verify, and whether it is a violation or could not be known. */
export interface Problem {
  verdict: 'fail' | 'could-not-verify';
  reason: string;
}

type Deploy = Extract<CommitShape, { kind: 'deploy' }>;

/** How far a committer clock may run ahead of GitHub's before a date counts as "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Git dates are the writer's word: reported, never trusted, and a deploy dated after it reached
 * the branch (or after the check's clock) or before its own parent is a finding.
 */
export function datingProblem(input: JudgeInput, parentDates: ReadonlyMap<string, number>): string | undefined {
  const dated = Date.parse(input.commit.committedAt);
  if (input.decidedAt !== undefined && dated > input.decidedAt + CLOCK_SKEW_MS) {
    return `it is dated ${input.commit.committedAt}, after it reached the branch or was checked (${new Date(input.decidedAt).toISOString()}): its committer date is forged`;
  }
  const parent = input.commit.parents[0];
  const parentDate = parent ? parentDates.get(parent) : undefined;
  if (parentDate !== undefined && dated < parentDate) {
    return `it is dated ${input.commit.committedAt}, before its parent ${parent!.slice(0, 12)} (${new Date(parentDate).toISOString()}): its committer date is forged`;
  }
  return undefined;
}

/**
 * Approvals, freeze windows and soak are judged at the time the change was decided; a commit on
 * the branch whose arrival GitHub's record does not give cannot be judged by them.
 */
export function timeProblem(
  input: JudgeInput,
  target: EnvironmentPath,
  activityProblem: string | undefined,
): Problem | undefined {
  if (input.decidedAt !== undefined) return undefined;
  const environment = target.environment;
  const timed = environment.approvals || environment.freeze.length > 0 || environment.promoteFrom;
  if (!timed) return undefined;
  return {
    verdict: 'could-not-verify',
    reason: `${environment.name}'s approvals, freeze windows and soak are judged at the time it reached the branch, which ${activityProblem ?? "GitHub's activity record does not give"}`,
  };
}

/** The committer time of each deploy's first parent, read from the range or in one git call. */
export async function parentDates(
  git: Git,
  inputs: readonly JudgeInput[],
  deploys: ReadonlyArray<{ input: JudgeInput }>,
): Promise<Map<string, number>> {
  const known = new Map(inputs.map((input) => [input.commit.sha, Date.parse(input.commit.committedAt)]));
  const dates = new Map<string, number>();
  const missing = new Set<string>();
  for (const { input } of deploys) {
    const parent = input.commit.parents[0];
    if (!parent) continue;
    const date = known.get(parent);
    if (date === undefined) missing.add(parent);
    else dates.set(parent, date);
  }
  for (const [sha, time] of await commitTimes(git, [...missing])) dates.set(sha, Date.parse(time));
  return dates;
}

/** What a rollback's trailers name, read back from the repository. */
export interface RollbackTarget {
  /** The restored deploy (`Shipgate-Rollback-To`), if the repository has it. */
  to: LoggedCommit | undefined;
  /** Whether it is an ancestor of the rollback. */
  toIsAncestor: boolean;
  /** The tree of the path at the restored deploy and at the rollback. */
  restoredTree: string | undefined;
  ownTree: string | undefined;
  /** The rolled-back commit (`Shipgate-Rollback-Of`), if the repository has it. */
  of: LoggedCommit | undefined;
  ofIsAncestor: boolean;
}

/** Per rollback in the range, what its trailers point at: a handful of git calls for all of them. */
export async function readRollbackTargets(
  deps: { git: Git },
  objects: ObjectReader,
  deploys: ReadonlyArray<{ input: JudgeInput; shape: Deploy }>,
  inputs: readonly JudgeInput[],
): Promise<Map<string, RollbackTarget>> {
  const rollbacks = deploys.filter(({ shape }) => shape.trail.rollbackOf);
  const result = new Map<string, RollbackTarget>();
  if (rollbacks.length === 0) return result;
  const named = [...new Set(rollbacks.flatMap(({ shape }) => [shape.trail.rollbackTo, shape.trail.rollbackOf]))].filter(
    (sha): sha is string => Boolean(sha && /^[0-9a-f]{7,64}$/.test(sha)),
  );
  const found = await objects.resolve(named.map((sha) => `${sha}^{commit}`));
  const full = new Map(named.flatMap((sha, i) => (found[i] ? [[sha, found[i]!.id] as const] : [])));
  const existing = [...new Set(full.values())];
  const logged = new Map<string, LoggedCommit>(inputs.map((input) => [input.commit.sha, input.commit]));
  if (existing.length > 0) {
    const { stdout } = await deps.git(
      ['log', '--no-walk=unsorted', '--stdin', '-z', '--name-only', '--no-renames', `--format=${VERIFY_LOG_FORMAT}`],
      { input: `${existing.join('\n')}\n` },
    );
    for (const commit of parseCommitLog(stdout)) logged.set(commit.sha, commit);
  }
  const trees = await objects.resolve(
    rollbacks.flatMap(({ input, shape }) => {
      const to = full.get(shape.trail.rollbackTo ?? '');
      return [`${input.commit.sha}:${shape.target.directory}`, to ? `${to}:${shape.target.directory}` : 'HEAD:/none'];
    }),
  );
  for (const [i, { input, shape }] of rollbacks.entries()) {
    const to = full.get(shape.trail.rollbackTo ?? '');
    const of = full.get(shape.trail.rollbackOf ?? '');
    result.set(input.commit.sha, {
      to: to ? logged.get(to) : undefined,
      toIsAncestor: to ? await isAncestor(deps.git, to, input.commit.sha) : false,
      ownTree: trees[i * 2]?.id,
      restoredTree: trees[i * 2 + 1]?.id,
      of: of ? logged.get(of) : undefined,
      ofIsAncestor: of ? await isAncestor(deps.git, of, input.commit.sha) : false,
    });
  }
  return result;
}

async function isAncestor(git: Git, ancestor: string, commit: string): Promise<boolean> {
  if (ancestor === commit) return false;
  const { exitCode } = await git(['merge-base', '--is-ancestor', ancestor, commit], { ignoreReturnCode: true });
  return exitCode === 0;
}

/**
 * A rollback skips promote-from and soak, so what it claims is re-derived: it names an earlier
 * deploy of the same path on its own history, restores exactly that deploy's files, and rolls
 * back a commit of that path that came before it.
 */
export function rollbackProblem(shape: Deploy, target: RollbackTarget | undefined): string | undefined {
  if (!shape.trail.rollbackOf) return undefined;
  const directory = shape.target.directory;
  if (!target) return 'its rollback trailers could not be read back';
  if (!target.of || !target.ofIsAncestor) {
    return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} is not an earlier commit of its history`;
  }
  if (!touches(target.of, directory)) {
    return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} did not change ${directory}`;
  }
  if (!shape.trail.rollbackTo || !target.to || !target.toIsAncestor) {
    return `its Shipgate-Rollback-To ${shape.trail.rollbackTo ?? '(missing)'} is not an earlier deploy of its history`;
  }
  if (!touches(target.to, directory) || !target.to.trailers.some((t) => t.key.toLowerCase() === 'shipgate-app')) {
    return `its Shipgate-Rollback-To ${shape.trail.rollbackTo} is not a deploy of ${directory}`;
  }
  if (!target.ownTree || target.ownTree !== target.restoredTree) {
    return `its files in ${directory} are not those of the deploy it names, ${shape.trail.rollbackTo}`;
  }
  return undefined;
}

function touches(commit: LoggedCommit, directory: string): boolean {
  return commit.files.some((file) => file.startsWith(`${directory}/`));
}
