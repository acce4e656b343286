import type { BranchUpdate } from './activity';

/** When and by whom a commit reached the branch, by GitHub's record. */
export interface Arrival {
  timestamp: string;
  actor: string;
  /** The update that brought it. */
  update: BranchUpdate;
}

/** The branch's commits placed on GitHub's record of its updates. */
export interface Timeline {
  /** Each commit that a recorded update brought onto the branch. */
  arrivals: Map<string, Arrival>;
  /** Each recorded update (not deletions) and the commits it brought, in the order they arrived. */
  updates: Array<{ update: BranchUpdate; commits: string[] }>;
  /**
   * Commits on the branch older than the record: reachable from the oldest update's `before`.
   * They were there by that update's time, which bounds when they arrived.
   */
  beforeRecord: { commits: Set<string>; until: string } | undefined;
  /** Commits on the branch that no recorded update brought and that are not older than the record. */
  unrecorded: string[];
}

const ZERO = /^0+$/;

/**
 * Places the branch's commits (`parents`: every commit reachable from the tip, with its parents)
 * on the branch's recorded updates, oldest first: each commit belongs to the first update whose
 * `after` reaches it. One walk over the graph, whatever the number of updates.
 */
export function placeOnTimeline(
  parents: ReadonlyMap<string, readonly string[]>,
  tip: string,
  updates: readonly BranchUpdate[],
): Timeline {
  const arrivals = new Map<string, Arrival>();
  const placed: Timeline['updates'] = [];
  const oldest = updates.find((update) => update.type !== 'branch_deletion');
  const beforeRecord =
    oldest && !ZERO.test(oldest.before) && parents.has(oldest.before)
      ? { commits: reachable(parents, [oldest.before], new Set()), until: oldest.timestamp }
      : undefined;
  const seen = new Set(beforeRecord?.commits ?? []);
  for (const update of updates) {
    if (update.type === 'branch_deletion' || ZERO.test(update.after)) continue;
    const commits = [...reachable(parents, [update.after], seen)];
    for (const sha of commits) {
      seen.add(sha);
      arrivals.set(sha, { timestamp: update.timestamp, actor: update.actor, update });
    }
    placed.push({ update, commits });
  }
  const unrecorded = [...reachable(parents, [tip], seen)];
  return { arrivals, updates: placed, beforeRecord, unrecorded };
}

/** Commits reachable from `starts` through `parents`, not entering `stop`; only commits the graph has. */
function reachable(
  parents: ReadonlyMap<string, readonly string[]>,
  starts: readonly string[],
  stop: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  const stack = starts.filter((sha) => parents.has(sha) && !stop.has(sha));
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (found.has(sha) || stop.has(sha)) continue;
    found.add(sha);
    for (const parent of parents.get(sha) ?? []) if (parents.has(parent) && !found.has(parent)) stack.push(parent);
  }
  return found;
}

/** `git log --format='%H %P'` → each commit's parents. */
export function parseParents(output: string): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const [sha, ...rest] = line.trim().split(' ');
    if (sha) parents.set(sha, rest.filter(Boolean));
  }
  return parents;
}
