import { type Git, GitCommandError } from './git';

/** Where a clone keeps what it fetched of `branch`. */
export function remoteTrackingRef(branch: string): string {
  return `refs/remotes/origin/${branch}`;
}

/**
 * What a fetch takes of the branch's history: commits only (`tree:0`, what the trail needs),
 * commits and trees (`blob:none`, what a path filter or a restore needs), or blobs too up to a size
 * (`blob:limit=1m`, what a landing push sends on).
 */
export type FetchFilter = 'tree:0' | 'blob:none' | 'blob:limit=1m';

/**
 * The one fetch of this package: `branch` into its tracking ref, with `extra` refspecs beside it
 * (the landing queue), never tags, FETCH_HEAD or maintenance (the clone is thrown away, and under
 * a race every process counts). `--prune` drops what the extra refspecs no longer match. Returns
 * false when the branch does not exist (yet); git's retries of transient failures are `createGit`'s.
 */
export async function fetchBranch(
  git: Git,
  branch: string,
  options: { filter: FetchFilter; extra?: readonly string[]; prune?: boolean },
): Promise<boolean> {
  const args = [
    'fetch',
    '--quiet',
    '--no-tags',
    ...(options.prune ? ['--prune'] : []),
    '--no-auto-maintenance',
    '--no-write-fetch-head',
    `--filter=${options.filter}`,
    'origin',
    `+refs/heads/${branch}:${remoteTrackingRef(branch)}`,
    ...(options.extra ?? []),
  ];
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode === 0) return true;
  if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length) return false;
  throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}

/** The fetched tip and its tree. */
export async function tipOf(git: Git, branch: string): Promise<{ commit: string; tree: string }> {
  const ref = remoteTrackingRef(branch);
  const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
  return { commit, tree };
}

/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
export async function isOnBranch(git: Git, commit: string, tip: string): Promise<boolean> {
  const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
  return result.exitCode === 0;
}

/** The branch the remote's HEAD points at, or `undefined` for an empty repository. */
export async function remoteDefaultBranch(git: Git): Promise<string | undefined> {
  const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
  return parseSymref(stdout);
}

/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
export function parseSymref(output: string): string | undefined {
  const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
  return match?.[1];
}

export async function remoteBranchExists(git: Git, branch: string): Promise<boolean> {
  const { stdout } = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  return stdout.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
}
