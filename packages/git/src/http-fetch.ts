import type { Git, GitRemote } from './git';
import { remoteHeaders, serviceUrl, succeeded } from './node-http';
import { remoteTrackingRef } from './refs';
import {
  fetchObjectsRequest,
  type ListedRef,
  lsRefsRequest,
  packFromFetchAnswer,
  parseLsRefsAnswer,
} from './upload-pack';

const AGENT = 'git/shipgate';

/**
 * Objects by id from this process, into the clone as a promisor pack: the `fetch` request git's
 * lazy fetch of a missing object sends, and one `git index-pack` for what comes back. git's lazy
 * fetch runs four processes for the same (fetch, git-remote-http, index-pack under the command
 * that missed the object) and asks for the advertisement first.
 *
 * Returns false, with nothing written, when this process cannot ask: a v0 server, no filter
 * support, another object format, a refused token, or no usable answer. git then fetches the
 * objects lazily when a command misses them, and reports whatever fails there in its own words.
 */
export async function fetchObjectsOverHttp(
  git: Git,
  remote: GitRemote,
  wants: readonly string[],
  filter: 'blob:none',
): Promise<boolean> {
  if (wants.length === 0) return true;
  const pack = await askForPack(remote, fetchObjectsRequest({ wants, filter, agent: AGENT }));
  return pack !== undefined && (await indexPack(git, pack));
}

/**
 * `branch` from this process, as a deploy reads it: its tip from one `ls-refs`, then the commits up
 * to it (`tree:0`) and the tip's own trees (`blob:none` at depth 1) in two `fetch`es side by side,
 * each into its own promisor pack, and the tracking ref set to the tip. `git fetch` followed by the
 * lazy fetch of the trees takes six requests one after another and seven processes for the same.
 *
 * Settles once the history is in: the trees may still be on their way, and `trees` settles (never
 * rejects) with whether they came, so that the history's reader starts before the larger pack has
 * arrived. `undefined`, with the tracking ref untouched, when this process cannot do it: the branch
 * is not listed (git decides whether it exists), or any answer this process cannot use (see
 * `fetchObjectsOverHttp`); when only the trees cannot be had, git fetches them when a command
 * misses them.
 */
export async function fetchBranchOverHttp(
  git: Git,
  remote: GitRemote,
  branch: string,
): Promise<{ tip: string; trees: Promise<boolean> } | undefined> {
  const tip = await listBranchTip(remote, branch);
  if (!tip) return undefined;
  const trees = askForPack(remote, fetchObjectsRequest({ wants: [tip], filter: 'blob:none', deepen: 1, agent: AGENT }))
    .then((pack) => pack !== undefined && indexPack(git, pack))
    .catch(() => false);
  if (await fetchCommitsOverHttp(git, remote, branch, tip, [])) return { tip, trees };
  // Nothing of ours may still be writing into the clone when the caller turns to git.
  await trees;
  return undefined;
}

/**
 * The commits up to `tip` (an id the caller read from the server) into `branch`'s tracking ref,
 * from this process: one `fetch` that names what the clone holds (`haves`), so only the new commits
 * come, one `index-pack`, one `update-ref`, where `git fetch` starts four processes and negotiates
 * first. False, with the ref untouched, when it cannot be done so.
 */
export async function fetchCommitsOverHttp(
  git: Git,
  remote: GitRemote,
  branch: string,
  tip: string,
  haves: readonly string[],
): Promise<boolean> {
  const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
  if (!pack || !(await indexPack(git, pack))) return false;
  return (await git(['update-ref', remoteTrackingRef(branch), tip], { ignoreReturnCode: true })).exitCode === 0;
}

/**
 * The refs the server lists under `prefixes` (`HEAD`: the remote's HEAD, with its target when
 * `symrefs`), from this process in one `ls-refs`, where `git ls-remote` starts three processes;
 * `undefined` when the answer cannot be used (the caller asks git).
 */
export async function listRefsOverHttp(
  remote: GitRemote,
  prefixes: readonly string[],
  options: { symrefs?: boolean } = {},
): Promise<Map<string, ListedRef> | undefined> {
  const answer = await ask(remote, lsRefsRequest({ prefixes, agent: AGENT, ...options }));
  try {
    return answer ? parseLsRefsAnswer(answer) : undefined;
  } catch {
    return undefined;
  }
}

/** `refs/heads/<branch>`'s id as the server lists it; `undefined` when not listed or not readable. */
async function listBranchTip(remote: GitRemote, branch: string): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`;
  return (await listRefsOverHttp(remote, [ref]))?.get(ref)?.id;
}

/** The pack the server sends for a `fetch` request; `undefined` when it cannot be had this way. */
async function askForPack(remote: GitRemote, request: Buffer): Promise<Buffer | undefined> {
  const answer = await ask(remote, request);
  try {
    return answer ? packFromFetchAnswer(answer) : undefined;
  } catch {
    // An ERR line, or an answer cut short: git asks again when it misses the objects.
    return undefined;
  }
}

/**
 * One v2 command to `git-upload-pack`, sent without the advertisement first: each command is
 * stateless over HTTP, and a server that does not speak v2, or lacks what the command asks for,
 * answers with something the readers above refuse. `undefined` for no answer or no success.
 */
async function ask(remote: GitRemote, request: Buffer): Promise<Buffer | undefined> {
  try {
    const answer = await remote.send(`${serviceUrl(remote)}/git-upload-pack`, {
      method: 'POST',
      headers: {
        ...remoteHeaders(remote),
        'Git-Protocol': 'version=2',
        'Content-Type': 'application/x-git-upload-pack-request',
        Accept: 'application/x-git-upload-pack-result',
      },
      body: request,
    });
    return succeeded(answer) ? answer.body : undefined;
  } catch {
    return undefined;
  }
}

/** A pack into the clone, as a promisor pack (what is missing from it, the server has). */
async function indexPack(git: Git, pack: Buffer): Promise<boolean> {
  const indexed = await git(['index-pack', '--stdin', '--promisor'], { input: pack, ignoreReturnCode: true });
  return indexed.exitCode === 0;
}
