import { fetchMirrors, type Git, listRemoteRefs, remoteTrackingRef } from '@shipgate/git';
import { parseTrailerLines, trailFromTrailers } from '@shipgate/trail';
import { pushRefs } from '../push';
import { confineRepositoryPath } from '../write-tree';
import { LANDING_QUEUE_PREFIX, parseLandingRequest, type QueuedDeploy } from './request';
import { JUNK_BATCH, LANDING_CLOCK_SKEW_MS, LANDING_REQUEST_TTL_MS } from './tuning';

/**
 * Reading the queue: one fetch of the branch and every request, one `for-each-ref` listing them,
 * parsed once; and clearing what in it is junk.
 */

/** Where a fetch puts the server's requests in the clone. */
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';

const FIELD = '\u0000';
/** for-each-ref ends each record with a newline; a NUL before it cannot occur inside a message. */
const RECORD_END = '\u0000\n';
const QUEUE_LISTING_FORMAT = [
  '%(refname)',
  '%(objectname)',
  '%(*objectname)',
  '%(contents)',
  '%(*author)',
  '%(*committername) %(*committeremail)',
  '%(*trailers:only=true,unfold=true,separator=%x1e)',
  '%(*contents)',
].join('%00');

function isConfinedPath(path: string): boolean {
  try {
    return confineRepositoryPath(path) === path;
  } catch {
    return false;
  }
}

/** One record of a queue listing: its text as git wrote it, and its fields (ref name and id first). */
interface ListingRecord {
  text: string;
  fields: string[];
}

/** The records of `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output, split once for every reader. */
function listingRecords(stdout: string): ListingRecord[] {
  return stdout.split(RECORD_END).map((text) => ({ text, fields: text.replace(/^\n+/, '').split(FIELD) }));
}

/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
export function parseQueueListing(stdout: string): QueuedDeploy[] {
  const queued: QueuedDeploy[] = [];
  for (const { fields } of listingRecords(stdout)) {
    const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = fields;
    if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || message === undefined) continue;
    const request = parseLandingRequest(tagMessage);
    if (!request || !/^[0-9a-f]{40,64}$/.test(tag) || !/^[0-9a-f]{40,64}$/.test(commit)) continue;
    // Only a path a writer could have asked for: a request is data from the server.
    if (!isConfinedPath(request.path)) continue;
    const id = localRef.slice(LOCAL_QUEUE_PREFIX.length);
    queued.push({
      ...request,
      id,
      ref: `${LANDING_QUEUE_PREFIX}${id}`,
      tag,
      commit,
      message,
      author: author ?? '',
      committer: committer ?? '',
      trail: trailFromTrailers(parseTrailerLines((trailers ?? '').split('\u001e').map((line) => line.trim()))),
    });
  }
  return queued;
}

/** A ref under the queue that is no request a writer could have made, or one claiming too long a life. */
export interface JunkRequest {
  ref: string;
  /** What the ref points at: the lease when deleting it. */
  object: string;
}

/**
 * Every ref of a queue listing that is junk at `now`: not a request (malformed, a path no writer
 * could ask for, not a tag on a commit), or one whose times lie further ahead than a writer sets
 * them (an expiry in the year 9999 would keep it, and make every writer download it, forever).
 */
export function queueJunk(stdout: string, now: number): JunkRequest[] {
  const valid = new Map(parseQueueListing(stdout).map((entry) => [entry.ref, entry]));
  const junk: JunkRequest[] = [];
  for (const { fields } of listingRecords(stdout)) {
    const [localRef = '', object = ''] = fields;
    if (!localRef.startsWith(LOCAL_QUEUE_PREFIX) || !/^[0-9a-f]{40,64}$/.test(object)) continue;
    const ref = `${LANDING_QUEUE_PREFIX}${localRef.slice(LOCAL_QUEUE_PREFIX.length)}`;
    const entry = valid.get(ref);
    const tooLong =
      entry !== undefined &&
      (entry.expiresAt > now + LANDING_REQUEST_TTL_MS + LANDING_CLOCK_SKEW_MS ||
        entry.queuedAt > now + LANDING_CLOCK_SKEW_MS);
    if (!entry || tooLong) junk.push({ ref, object });
  }
  return junk;
}

/** The branch tip (`undefined` when the branch is gone) and every queued request, after one fetch. */
export interface LandingState {
  tip: string | undefined;
  queue: QueuedDeploy[];
  /** Refs under the queue to delete unlanded (see `queueJunk`). */
  junk: JunkRequest[];
  /** The clone's listing of the branch and the queue after this look: the next look's `held`. */
  listing: string;
}

/**
 * Fetches the branch and the whole queue, and judges junk at `now`. Blobs come along (up to a
 * size): a landing push sends the queued trees, and pack-objects would otherwise fetch their blobs
 * lazily, one more round trip. Requests settled since the last look are dropped (`--prune`). The
 * clone's own listing comes first: it names what the clone holds, so only what is new is fetched,
 * and when the server lists nothing new it is the answer. `held`: the previous look's `listing`,
 * which spares listing the clone again (were it stale, git refuses the leased update, and `git
 * fetch` looks instead).
 */
export async function fetchLandingState(git: Git, branch: string, now: number, held?: string): Promise<LandingState> {
  const tracking = remoteTrackingRef(branch);
  const listQueue = async () =>
    (await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking])).stdout;
  held ??= git.remote ? await listQueue() : '';
  const fetched = await fetchMirrors(
    git,
    [
      { remote: `refs/heads/${branch}`, local: tracking },
      { remote: LANDING_QUEUE_PREFIX, local: LOCAL_QUEUE_PREFIX },
    ],
    { filter: 'blob:limit=1m', local: listedRefs(held) },
  );
  const cloned = fetched.changed ? await listQueue() : held;
  // A ref the clone kept that the server no longer lists (see `fetchMirrors`) is no request.
  const listing = fetched.refs ? onlyListed(cloned, fetched.refs) : cloned;
  const tipLine = listing.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
  const junk = queueJunk(listing, now);
  const junkRefs = new Set(junk.map((entry) => entry.ref));
  return {
    tip: tipLine?.split(FIELD)[1] || undefined,
    queue: parseQueueListing(listing).filter((entry) => !junkRefs.has(entry.ref)),
    junk,
    listing,
  };
}

/**
 * The listing (`LandingState.listing`) of a clone that holds `branch` at `tip` and, as far as the
 * caller knows, nothing of the queue: a writer that just queued a deploy built on that tip starts
 * its first look from it instead of listing the clone. Should the clone hold more, the look's
 * leased update fails and `git fetch` looks, or the server no longer lists it and the look leaves
 * it out.
 */
export function listingOfBranchAt(branch: string, tip: string): string {
  const emptyFields = QUEUE_LISTING_FORMAT.split('%00')
    .slice(2)
    .map(() => '');
  return `${[remoteTrackingRef(branch), tip, ...emptyFields].join(FIELD)}${RECORD_END}`;
}

/** The records of a queue listing whose ref the server listed with the same id. */
function onlyListed(stdout: string, listed: ReadonlyMap<string, string>): string {
  return listingRecords(stdout)
    .filter(({ fields: [ref = '', id = ''] }) => listed.get(ref) === id)
    .map((record) => `${record.text}${RECORD_END}`)
    .join('');
}

/** The ref name → id of each record of a queue listing (the tracking ref's among them). */
function listedRefs(stdout: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const { fields } of listingRecords(stdout)) {
    const [ref = '', id = ''] = fields;
    if (ref && /^[0-9a-f]{40,64}$/.test(id)) refs.set(ref, id);
  }
  return refs;
}

/**
 * Deletes up to `JUNK_BATCH` junk refs in one push, each leased on what we saw (so nothing a writer
 * re-used is touched), and not atomically: one another writer deleted first costs nothing. Best
 * effort: what is left goes with a later round, so a flood of junk costs each writer one bounded
 * push per round and never fails a deploy.
 */
export async function deleteJunk(git: Git, junk: readonly JunkRequest[]): Promise<void> {
  const batch = junk.slice(0, JUNK_BATCH);
  if (batch.length === 0) return;
  await pushRefs(
    git,
    batch.map((entry) => ({ ref: entry.ref, lease: entry.object })),
  ).catch(() => undefined);
}

/** What one `ls-remote` shows (no objects): which of the asked refs the server still has, and the branch's tip. */
export interface QueueGlance {
  present: Set<string>;
  /** `undefined` when the branch is gone. */
  tip: string | undefined;
}

/** Which of `refs` the server still has, and `branch`'s tip, in one listing (`listRemoteRefs`). */
export async function glanceAtQueue(git: Git, branch: string, refs: readonly string[]): Promise<QueueGlance> {
  const branchRef = `refs/heads/${branch}`;
  const listed = await listRemoteRefs(git, [branchRef, ...refs]);
  return { present: new Set(refs.filter((ref) => listed.has(ref))), tip: listed.get(branchRef) || undefined };
}
