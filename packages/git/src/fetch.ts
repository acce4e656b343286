import type { ExecResult } from '@shipgate/core';
import { type Git, GitCommandError } from './git';
import {
  fetchBranchOverHttp,
  fetchHistoryOverHttp,
  fetchObjectsOverHttp,
  mirrorRefsOverHttp,
  type RefMirror,
} from './http-fetch';
import { remoteTrackingRef } from './refs';

/**
 * What a fetch takes of the history: commits only (`tree:0`, what the trail needs), commits and
 * trees (`blob:none`, what a path filter or a restore needs), or blobs too up to a size
 * (`blob:limit=1m`, what a landing push sends on). No filter: everything (the verifier, which reads
 * every file of a range and would otherwise fetch them one missing object at a time).
 */
export type FetchFilter = 'tree:0' | 'blob:none' | 'blob:limit=1m';

export interface FetchOptions {
  /** What to fetch from `origin`, e.g. `+refs/heads/main:refs/remotes/origin/main`. */
  refspecs: readonly string[];
  filter?: FetchFilter;
  /** `--prune`: drop the local refs the refspecs no longer match on the server. */
  prune?: boolean;
  /** Hand back a failure instead of throwing `GitCommandError`. */
  ignoreReturnCode?: boolean;
}

/**
 * The one fetch: `refspecs` from `origin`, never tags, FETCH_HEAD or maintenance (every clone is
 * thrown away, and under a race every process counts). Retries of transient failures are
 * `createGit`'s.
 */
export function fetch(git: Git, options: FetchOptions): Promise<ExecResult> {
  return git(fetchArgs(options), { ignoreReturnCode: options.ignoreReturnCode === true });
}

function fetchArgs(options: FetchOptions): string[] {
  return [
    'fetch',
    '--quiet',
    '--no-tags',
    ...(options.prune ? ['--prune'] : []),
    '--no-auto-maintenance',
    '--no-write-fetch-head',
    ...(options.filter ? [`--filter=${options.filter}`] : []),
    'origin',
    ...options.refspecs,
  ];
}

/**
 * `branch` into its tracking ref, with `extra` refspecs beside it (the landing queue). Returns
 * false when the branch does not exist (yet).
 */
export async function fetchBranch(
  git: Git,
  branch: string,
  options: { filter: FetchFilter; extra?: readonly string[]; prune?: boolean },
): Promise<boolean> {
  const args = fetchArgs({
    refspecs: [`+refs/heads/${branch}:${remoteTrackingRef(branch)}`, ...(options.extra ?? [])],
    filter: options.filter,
    ...(options.prune ? { prune: true } : {}),
  });
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode === 0) return true;
  if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length) return false;
  throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}

/**
 * `git fetch --prune` of `+<remote>:<local>` for each of `mirrors`: from this process when it speaks
 * to `origin` itself (`mirrorRefsOverHttp`, given `local`, the clone's refs under the mirrors'
 * local names as the caller last saw them), otherwise, or when that cannot be done, by git.
 * `changed: false` when the server listed just what `local` holds, so nothing moved. `refs`, when
 * the process mirrored them: the refs under the mirrors as the server listed them; a ref of the
 * clone not among them is stale (`local` missed it). Absent when git fetched: nothing stale is left.
 */
export async function fetchMirrors(
  git: Git,
  mirrors: readonly RefMirror[],
  options: { filter: 'blob:limit=1m'; local: ReadonlyMap<string, string> },
): Promise<{ changed: boolean; refs?: ReadonlyMap<string, string> }> {
  const mirrored = git.remote
    ? await mirrorRefsOverHttp(git, git.remote, mirrors, options.local, options.filter)
    : undefined;
  if (mirrored) return mirrored;
  const refspecs = mirrors.map(
    (mirror) =>
      `+${mirror.remote}${mirror.remote.endsWith('/') ? '*' : ''}:${mirror.local}${mirror.local.endsWith('/') ? '*' : ''}`,
  );
  await fetch(git, { refspecs, filter: options.filter, prune: true });
  return { changed: true };
}

/**
 * `branch` as a deploy first reads it: the commits into its tracking ref (`tree:0`), and, when this
 * process speaks to `origin` itself, the tip's trees beside them (`fetchBranchOverHttp`: three
 * requests, two `index-pack`s side by side). Otherwise, or when that cannot be done, one `git fetch`
 * of the commits, as `fetchBranch`. `undefined` when the branch does not exist (yet). Settles when
 * the commits are in; `tipTrees` settles (never rejects) with whether the tip's trees came too.
 */
export async function fetchBranchWithTipTrees(
  git: Git,
  branch: string,
): Promise<{ tipTrees: Promise<boolean> } | undefined> {
  const fetched = git.remote ? await fetchBranchOverHttp(git, git.remote, branch) : undefined;
  if (fetched) return { tipTrees: fetched.trees };
  return (await fetchBranch(git, branch, { filter: 'tree:0' })) ? { tipTrees: Promise.resolve(false) } : undefined;
}

/**
 * The commits up to `commit`, an id the caller read from the server (a listing of refs), into the
 * clone, for a reader that names the id itself. Naming the commit instead of the branch spares the
 * ref listing, and gives the same tip whatever moved meanwhile. From the process when it speaks to
 * `origin` itself, naming `haves` (commits the clone holds) so that only the new ones come, and
 * leaving the tracking ref where it is (`fetchHistoryOverHttp`: one request, one `index-pack`);
 * otherwise `git fetch` of the commit into `branch`'s tracking ref.
 */
export async function fetchCommitsAt(
  git: Git,
  branch: string,
  commit: string,
  options: { haves?: readonly string[] },
): Promise<void> {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`Not a commit id: ${JSON.stringify(commit)}`);
  const fromProcess =
    git.remote !== undefined && (await fetchHistoryOverHttp(git, git.remote, commit, options.haves ?? []));
  if (!fromProcess) await fetch(git, { refspecs: [`+${commit}:${remoteTrackingRef(branch)}`], filter: 'tree:0' });
}

/**
 * The trees of `ref`'s tip (no blobs), ahead of the first command that reads one, after a fetch
 * that took commits only (`tree:0`): from this process when it speaks to `origin` itself (one
 * `git log` for the tree id, one `index-pack`), where git's lazy fetch would start four processes
 * inside that command. Without a remote of its own, or when the server cannot be asked so,
 * nothing happens here and git fetches them lazily as before.
 */
export async function fetchTipTrees(git: Git, ref: string): Promise<void> {
  if (!git.remote) return;
  // `log` reads the commit only; `rev-parse <ref>^{tree}` would look the tree up and fetch it lazily.
  const tree = (await git(['log', '-1', '--format=%T', ref])).stdout.trim();
  if (/^[0-9a-f]{40}$/.test(tree)) await fetchObjectsOverHttp(git, git.remote, [tree], 'blob:none');
}
