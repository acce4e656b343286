import type { Git } from './git';
import { listRefsOverHttp } from './http-fetch';

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

/**
 * The branch the remote's HEAD points at, or `undefined` for an empty repository: asked from the
 * process when it speaks to `origin` itself, else by `git ls-remote --symref`.
 */
export async function remoteDefaultBranch(git: Git): Promise<string | undefined> {
  const listed = git.remote ? await listRefsOverHttp(git.remote, ['HEAD'], { symrefs: true }) : undefined;
  if (listed) return listed.get('HEAD')?.symrefTarget?.match(/^refs\/heads\/(\S+)$/)?.[1];
  const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
  return parseSymref(stdout);
}

/**
 * Which of `refs` (full names) the server has, and their ids, in one listing: from the process when
 * it speaks to `origin` itself, else one `git ls-remote`. Only exact names count (both match
 * their patterns more loosely).
 */
export async function listRemoteRefs(git: Git, refs: readonly string[]): Promise<Map<string, string>> {
  const listed = git.remote ? await listRefsOverHttp(git.remote, refs) : undefined;
  const found = listed
    ? [...listed].map(([name, ref]) => [name, ref.id] as const)
    : (await git(['ls-remote', 'origin', ...refs])).stdout.split('\n').map((line) => {
        const [id = '', name = ''] = line.split('\t');
        return [name, id] as const;
      });
  return new Map(found.filter(([name]) => refs.includes(name)));
}

/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
export function parseSymref(output: string): string | undefined {
  const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
  return match?.[1];
}

export async function remoteBranchExists(git: Git, branch: string): Promise<boolean> {
  return (await listRemoteRefs(git, [`refs/heads/${branch}`])).has(`refs/heads/${branch}`);
}
