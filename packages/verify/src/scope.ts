import { ConfigurationError } from '@shipgate/core';
import type { Git } from '@shipgate/git';
import type { ActivitySource, BranchUpdate } from './activity';
import { type CommitRange, PULL_HEAD_REF } from './range';
import { parseParents, placeOnTimeline, type Timeline } from './timeline';

/**
 * One judgement: the commits `head` brings over `base`, judged under the policy at `base`. A pull
 * request or a commit range is one unit; an audit is one unit per recorded push.
 */
export interface JudgedUnit {
  /** `undefined` when the unit creates the branch (no protected base). */
  base: string | undefined;
  head: string;
  /** The commits judged in this unit (a subset of the range's log). */
  commits: Set<string>;
  /** The update that brought it, for an audit. */
  update?: BranchUpdate;
}

/** What the verifier found out about time and place before judging anything. */
export interface Scope {
  units: JudgedUnit[];
  /** `git log` revisions covering every unit's commits. */
  revisions: string[];
  timeline: Timeline | undefined;
  /** Why GitHub's record could not be read, when it could not. */
  activityProblem: string | undefined;
  /** The branch's commits with their parents: the ancestry of the protected base. */
  branchGraph: Map<string, string[]>;
}

/** The range cannot be judged at all: one sentence, and the check fails. */
export class UnverifiableRangeError extends ConfigurationError {
  override name = 'UnverifiableRangeError';
}

const ZERO = /^0+$/;

/** The units of `range`, each commit's arrival on the branch where GitHub recorded it. */
export async function scopeOf(
  git: Git,
  range: CommitRange,
  branch: { name: string; ref: string },
  activity: ActivitySource | undefined,
): Promise<Scope> {
  const branchGraph = parseParents((await git(['log', '--format=%H %P', branch.ref])).stdout);
  const tip = (await git(['rev-parse', '--verify', `${branch.ref}^{commit}`])).stdout.trim();
  const { timeline, activityProblem } = await readTimeline(branchGraph, tip, branch.name, activity);
  const base = { branchGraph, timeline, activityProblem };
  switch (range.kind) {
    case 'pull-request':
      return { ...base, units: [await unit(git, tip, PULL_HEAD_REF)], revisions: [`${tip}..${PULL_HEAD_REF}`] };
    case 'commits': {
      if (ZERO.test(range.from)) {
        throw new UnverifiableRangeError(
          `The range starts at ${range.from.slice(0, 12)}, a branch that did not exist: there is no protected base to judge ${range.to} by; verify it as a pull request into the branch it came from.`,
        );
      }
      const from = await resolveCommit(git, range.from, 'base');
      const to = await resolveCommit(git, range.to, 'head');
      return { ...base, units: [await unit(git, from, to)], revisions: [`${from}..${to}`] };
    }
    case 'since':
    case 'branch':
      return auditScope(base, tip, range.kind === 'since' ? range.since : undefined);
  }
}

async function readTimeline(
  graph: Map<string, string[]>,
  tip: string,
  branch: string,
  activity: ActivitySource | undefined,
): Promise<{ timeline: Timeline | undefined; activityProblem: string | undefined }> {
  if (!activity) {
    return {
      timeline: undefined,
      activityProblem: "GitHub's activity record of the branch was not read (no API token)",
    };
  }
  try {
    return { timeline: placeOnTimeline(graph, tip, await activity.branchUpdates(branch)), activityProblem: undefined };
  } catch (error) {
    return {
      timeline: undefined,
      activityProblem: `GitHub's activity record of the branch could not be read: ${(error as Error).message.replace(/\.$/, '')}`,
    };
  }
}

/** A pushed history, push by push as GitHub recorded them; commits no update brought are found by the judge. */
function auditScope(base: Omit<Scope, 'units' | 'revisions'>, tip: string, since: Date | undefined): Scope {
  const { timeline } = base;
  if (!timeline) {
    throw new UnverifiableRangeError(
      `An audit of pushed history is judged push by push from GitHub's activity record, and ${base.activityProblem}.`,
    );
  }
  const inWindow = timeline.updates.filter(({ update }) => !since || Date.parse(update.timestamp) >= since.getTime());
  const units = inWindow.map(({ update, commits }) => ({
    base: ZERO.test(update.before) ? undefined : update.before,
    head: update.after,
    commits: new Set(commits),
    update,
  }));
  const oldest = inWindow[0]?.update.before;
  const revisions = [tip, ...(oldest && !ZERO.test(oldest) && base.branchGraph.has(oldest) ? [`^${oldest}`] : [])];
  if (since && inWindow.length === 0) revisions.push(`^${tip}`);
  return { ...base, units, revisions };
}

async function unit(git: Git, base: string, head: string): Promise<JudgedUnit> {
  const shared = await git(['merge-base', base, head], { ignoreReturnCode: true });
  if (shared.exitCode !== 0) {
    throw new UnverifiableRangeError(
      `${head.startsWith('refs/') ? 'The pull request' : head.slice(0, 12)} shares no history with ${base.slice(0, 12)}: unrelated history cannot be judged against the protected base.`,
    );
  }
  const listed = await git(['rev-list', `${base}..${head}`]);
  return { base, head, commits: new Set(listed.stdout.split('\n').filter(Boolean)) };
}

async function resolveCommit(git: Git, revision: string, role: string): Promise<string> {
  const name = /^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(revision) ? revision : `refs/remotes/origin/${revision}`;
  const found = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { ignoreReturnCode: true });
  if (found.exitCode !== 0) {
    throw new UnverifiableRangeError(
      `The range's ${role} ${revision} is not in the repository (force-pushed away, or never pushed), so nothing can be judged against it.`,
    );
  }
  return found.stdout.trim();
}
