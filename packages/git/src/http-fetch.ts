import type { Git, GitRemote } from './git';
import { remoteHeaders, serviceUrl, succeeded } from './node-http';
import type { GitObject } from './pack-file';
import { readPack, UnreadablePack } from './pack-read';
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
 * from this process: `fetchHistoryOverHttp`, then one `update-ref`, where `git fetch` starts four
 * processes and negotiates first. False, with the ref untouched, when it cannot be done so.
 */
export async function fetchCommitsOverHttp(
  git: Git,
  remote: GitRemote,
  branch: string,
  tip: string,
  haves: readonly string[],
): Promise<boolean> {
  if (!(await fetchHistoryOverHttp(git, remote, tip, haves))) return false;
  return (await git(['update-ref', remoteTrackingRef(branch), tip], { ignoreReturnCode: true })).exitCode === 0;
}

/**
 * The commits up to `tip` into the clone, no ref set: one `fetch` that names what the clone holds
 * (`haves`), so only the new commits come, and one `index-pack`. False when it cannot be done so.
 */
export async function fetchHistoryOverHttp(
  git: Git,
  remote: GitRemote,
  tip: string,
  haves: readonly string[],
): Promise<boolean> {
  const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
  return pack !== undefined && (await indexPack(git, pack));
}

/**
 * The commits up to `tip` that `haves` do not reach, read in this process from one `fetch` and
 * stored nowhere (see `readPack`), for a caller that reads them once; `fetchHistoryOverHttp` and
 * a `git log` were two processes more. `undefined` when they cannot be had so (the caller asks git).
 */
export async function readHistoryOverHttp(
  remote: GitRemote,
  tip: string,
  haves: readonly string[],
): Promise<Map<string, GitObject> | undefined> {
  const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
  if (!pack) return undefined;
  try {
    return readPack(pack);
  } catch (error) {
    if (error instanceof UnreadablePack) return undefined;
    throw error;
  }
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

/** A ref, or every ref below a prefix (ending in `/`), as the server names it and as the clone keeps it. */
export interface RefMirror {
  remote: string;
  local: string;
}

/**
 * The server's refs under `mirrors` into the clone from this process, as `git fetch --prune` of
 * `+<remote>:<local>` would leave them: one `ls-refs`, one `fetch` of the objects the clone lacks
 * (naming what its refs hold now, `local`, as haves), one `index-pack`, and one `update-ref`
 * transaction that moves, adds and deletes the clone's refs all at once, each leased on what
 * `local` says. `git fetch` starts five processes and makes three requests for the same.
 *
 * Returns the refs as the server listed them, under their local names, and whether any moved
 * (`changed: false`: nothing was asked for or written). A ref of the clone that `local` left out
 * and the server no longer lists is not deleted: it is not among `refs`. `undefined`, with no ref
 * moved, when it cannot be done so: a single ref the server does not list (git decides whether it
 * exists), an answer this process cannot use (a ref deleted between the listing and the fetch is
 * one), or a transaction git refuses (a ref in the clone `local` did not name as it is, a name
 * git rejects).
 */
export async function mirrorRefsOverHttp(
  git: Git,
  remote: GitRemote,
  mirrors: readonly RefMirror[],
  local: ReadonlyMap<string, string>,
  filter: 'blob:limit=1m',
): Promise<{ refs: ReadonlyMap<string, string>; changed: boolean } | undefined> {
  const listed = await listRefsOverHttp(
    remote,
    mirrors.map((mirror) => mirror.remote),
  );
  const wanted = listed && mirroredNames(listed, mirrors);
  if (!wanted) return undefined;
  const moved = [...wanted].filter(([ref, id]) => local.get(ref) !== id);
  const gone = [...local.keys()].filter((ref) => !wanted.has(ref) && mirrors.some((mirror) => covers(mirror, ref)));
  if (moved.length === 0 && gone.length === 0) return { refs: wanted, changed: false };
  const held = [...new Set(local.values())];
  const wants = [...new Set(moved.map(([, id]) => id))].filter((id) => !held.includes(id));
  if (wants.length > 0) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants, haves: held, filter, agent: AGENT }));
    if (!pack || !(await indexPack(git, pack))) return undefined;
  }
  // `-z`: names and ids NUL-terminated, nothing for git to unquote; an old id of zeros leases
  // "does not exist yet". One transaction: every ref moves, or none does.
  const zero = (id: string) => '0'.repeat(id.length);
  const commands = [
    ...moved.map(([ref, id]) => `update ${ref}\0${id}\0${local.get(ref) ?? zero(id)}\0`),
    ...gone.map((ref) => `delete ${ref}\0${local.get(ref)}\0`),
  ];
  const updated = await git(['update-ref', '--stdin', '-z'], { input: commands.join(''), ignoreReturnCode: true });
  return updated.exitCode === 0 ? { refs: wanted, changed: true } : undefined;
}

/** Whether `localRef` is where `mirror` keeps a ref. */
function covers(mirror: RefMirror, localRef: string): boolean {
  return mirror.local.endsWith('/') ? localRef.startsWith(mirror.local) : localRef === mirror.local;
}

/**
 * The local name → id of each listed ref a mirror takes (ls-refs matches prefixes loosely: only a
 * single ref's exact name, or a name below a prefix, counts); `undefined` when a single ref is not
 * listed.
 */
function mirroredNames(
  listed: ReadonlyMap<string, ListedRef>,
  mirrors: readonly RefMirror[],
): Map<string, string> | undefined {
  const names = new Map<string, string>();
  for (const mirror of mirrors) {
    if (!mirror.remote.endsWith('/')) {
      const ref = listed.get(mirror.remote);
      if (!ref) return undefined;
      names.set(mirror.local, ref.id);
      continue;
    }
    for (const [name, ref] of listed) {
      if (name.startsWith(mirror.remote)) names.set(`${mirror.local}${name.slice(mirror.remote.length)}`, ref.id);
    }
  }
  return names;
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
