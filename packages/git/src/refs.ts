import type { Git } from './git';

/** Where a clone keeps what it fetched of `branch`. */
export function remoteTrackingRef(branch: string): string {
  return `refs/remotes/origin/${branch}`;
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
