import type { Git } from './git';

/** One `<id> <committer time>` line per commit named on stdin, in the order named. */
const COMMIT_TIMES = ['log', '--no-walk=unsorted', '--stdin', '--format=%H %cI'];

/** `%H %cI` per commit (what `commitTimes` asks git for) → committer time (ISO 8601) by full id. */
export function parseCommitTimes(output: string): Map<string, string> {
  const times = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^([0-9a-f]{40,64}) (\S+)$/.exec(line.trim());
    if (match) times.set(match[1]!, match[2]!);
  }
  return times;
}

/**
 * The committer time (ISO 8601, in the committer's zone) of each commit, by its full id, in one
 * `git log --no-walk`: the one place a commit's time is read. A committer date is whatever the
 * writer set: reported and used for ordering, never trusted as evidence.
 */
export async function commitTimes(git: Git, commits: readonly string[]): Promise<Map<string, string>> {
  if (commits.length === 0) return new Map();
  const { stdout } = await git(COMMIT_TIMES, { input: `${commits.join('\n')}\n` });
  return parseCommitTimes(stdout);
}

/** The committer time of `commit` (any revision), or `undefined` when the repository lacks it. */
export async function commitTime(git: Git, commit: string): Promise<string | undefined> {
  const { exitCode, stdout } = await git(COMMIT_TIMES, { input: `${commit}\n`, ignoreReturnCode: true });
  return exitCode === 0 ? [...parseCommitTimes(stdout).values()][0] : undefined;
}
