import { ShipgateError } from '@shipgate/core';
import { batchCheck, type Git, isOnBranch, type RefUpdate, readFilesAt, readTreeFiles } from '@shipgate/git';
import { findLandedCommit, readAllDeployments } from '@shipgate/trail';
import { type CommitSigning, writePathCommits } from '../objects';
import { type PushOutcome, pushRefs } from '../push';
import { RULE_FILES, RULES_READ_QUEUED_FILES } from '../rules';
import { deleteJunk, fetchLandingState, type LandingState } from './listing';
import { withdrawRequest } from './own-request';
import { planLanding, type QueueView, queueOrder, spentCopies, viewQueue } from './planner';
import type { QueuePlace } from './progress';
import type { QueuedDeploy } from './request';
import type { QueueSight } from './waiting';

/**
 * A landing round: the git around the planner. It fetches the branch and the queue; the writer of
 * the oldest request replays each request it takes on the tip as a commit of its own (the deploy's
 * author, message and trailers; the path's tree becomes exactly the queued one) and pushes the new
 * tip atomically with the deletion of every request it settled. The other writers only look, and
 * find their request gone and their commit on the branch.
 */

/** What one landing round came to, for the writer whose `request` is in the queue. */
export type LandingRoundOutcome =
  /** Our deploy is on the branch: landed by this round's push, or by another writer's. */
  | { kind: 'landed'; commitSha: string; landedBy: 'this writer' | 'another writer'; alongside: number }
  /** The path already held our content; nothing was committed. */
  | { kind: 'unchanged'; tip: string }
  /** The no-stale-overwrite rule refuses our deploy on the current tip; the request is withdrawn. */
  | { kind: 'refused'; reason: string; tip: string }
  /** An older request's writer lands the queue, ours included (or we wait for it to settle); look again later. */
  | ({ kind: 'waiting' } & QueuePlace)
  /** The queue cannot help (the branch is gone): start over without it. */
  | { kind: 'requeue' }
  /** The landing push failed; `tip` is the branch tip the round built on. */
  | { kind: 'push-failed'; outcome: Exclude<PushOutcome, { kind: 'pushed' }>; tip: string };

export interface LandingRoundOptions {
  branch: string;
  request: Pick<QueuedDeploy, 'id' | 'ref' | 'tag'>;
  /** The tip our deploy was first built on: it lands somewhere after it. */
  since: string | undefined;
  /** The commit this writer pushed alone before it queued (see `OwnRequest.pushed`). */
  pushed?: string;
  message: string;
  /**
   * Whether to wait instead of landing now, given who leads the queue at `now`. When this writer
   * leads it lands the queue, but it may still wait while the queue is growing, to land it in one push.
   */
  waitOrLand: (sight: QueueSight, now: number) => 'wait' | 'land';
  /** The key requests are signed with: only requests it verifies are landed (or waited for). */
  key: string | undefined;
  now: () => number;
  signing?: CommitSigning;
  /** The round's look at the branch and the queue (`fetchLandingState`), made by the seat from its last one. */
  state: LandingState;
}

/**
 * One round for a writer whose deploy is queued, from its look at the branch and the queue
 * (`options.state`): when our request is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch), as long as `waitOrLand` says to.
 */
export async function runLandingRound(git: Git, options: LandingRoundOptions): Promise<LandingRoundOutcome> {
  const { branch, request, state } = options;
  if (!state.tip) {
    await withdrawRequest(git, request);
    return { kind: 'requeue' };
  }
  const tip = state.tip;
  const ours = state.queue.find((entry) => entry.id === request.id);
  if (!ours) return settledElsewhere(git, { ...options, tip });
  // The id names a ref anyone with push access to the queue can rewrite; only our own tag is ours.
  if (ours.tag !== request.tag) {
    throw new ShipgateError(
      `The landing request ${request.ref} holds another deploy than this writer queued (tag ${ours.tag.slice(0, 12)}, not ${request.tag.slice(0, 12)}): someone who can push to the GitOps repository rewrote it, and nothing of it was landed.`,
    );
  }
  if (options.pushed && tip !== options.since && (await isOnBranch(git, options.pushed, tip))) {
    // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
    await withdrawRequest(git, request);
    return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
  }
  const now = options.now();
  const view = viewQueue(state.queue, ours, { branch, key: options.key, now });
  const sight = {
    leader: view.leader?.id ?? ours.id,
    leading: view.leader?.id === ours.id,
    pending: view.pending.length,
  };
  if (view.leader && options.waitOrLand(sight, now) === 'wait') {
    return { kind: 'waiting', ...sight, ahead: view.pending.filter((entry) => queueOrder(entry, ours) < 0).length };
  }
  return landQueue(git, { ...options, tip, state, view, at: now });
}

/**
 * This writer lands the queue it sees at `at` (the round's one clock reading): plan, replay the
 * applied requests, push, clear junk.
 */
async function landQueue(
  git: Git,
  options: LandingRoundOptions & { tip: string; state: LandingState; view: QueueView; at: number },
): Promise<LandingRoundOutcome> {
  const { branch, request, tip, at: now } = options;
  const { queue, pending } = options.view;
  const [history, pathObjects, tipFiles, files] = await Promise.all([
    readAllDeployments(git, tip),
    readPathObjects(git, tip, queue),
    readFilesAt(git, tip, RULE_FILES),
    RULES_READ_QUEUED_FILES ? readQueuedFiles(git, pending) : undefined,
  ]);
  const actions = planLanding(queue, { branch, history, pathObjects, now, tipFiles, files });
  const own = actions.find((action) => action.entry.id === request.id);
  if (own?.action === 'refused') {
    // We report our own refusal; the others' requests are left to their writers.
    const withdrawn = await withdrawRequest(git, request);
    if (withdrawn === 'gone') return settledElsewhere(git, { ...options, tip });
    return { kind: 'refused', reason: own.reason, tip };
  }
  const applied = actions.flatMap((action) => (action.action === 'apply' ? [action.entry] : []));
  const commits =
    applied.length > 0
      ? await writeLandingCommits(git, {
          tip,
          applied,
          pathObjects,
          now,
          ...(options.signing ? { signing: options.signing } : {}),
        })
      : new Map<string, string>();
  const newTip = applied.length > 0 ? commits.get((applied.at(-1) as QueuedDeploy).id) : undefined;
  const settled = actions.flatMap((action) => (action.action === 'refused' ? [] : [action.entry]));
  const pushed = await pushLanding(git, { branch, tip, newTip, settled });
  if (pushed.kind !== 'pushed') return { kind: 'push-failed', outcome: pushed, tip };
  // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
  const spent = spentCopies(options.state.queue, queue, history).map((entry) => ({
    ref: entry.ref,
    object: entry.tag,
  }));
  await deleteJunk(git, [...spent, ...options.state.junk]);

  const ownCommit = commits.get(request.id);
  if (own?.action === 'apply' && ownCommit) {
    return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
  }
  return { kind: 'unchanged', tip: newTip ?? tip };
}

/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(git: Git, pending: readonly QueuedDeploy[]): Promise<Map<string, Map<string, Buffer>>> {
  const files = await Promise.all(pending.map((entry) => readTreeFiles(git, `${entry.commit}:${entry.path}`)));
  return new Map(pending.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}

/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
async function readPathObjects(git: Git, tip: string, queue: readonly QueuedDeploy[]): Promise<Map<string, string>> {
  const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
  const infos = await batchCheck(
    git,
    keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)),
  );
  const objects = new Map<string, string>();
  keys.forEach((key, index) => {
    const info = infos[index];
    if (info && (info.type === 'tree' || info.type === 'blob')) objects.set(key, `${info.type} ${info.id}`);
  });
  return objects;
}

/**
 * One commit per applied request on top of `tip`, written by a single `git fast-import`: the
 * request's author and message, its committer identity at `now`, and its path set to exactly the
 * queued tree (or removed). Returns each request's new commit, in order.
 */
async function writeLandingCommits(
  git: Git,
  options: {
    tip: string;
    applied: readonly QueuedDeploy[];
    pathObjects: ReadonlyMap<string, string>;
    now: number;
    signing?: CommitSigning;
  },
): Promise<Map<string, string>> {
  const seconds = Math.floor(options.now / 1000);
  const shas = await writePathCommits(
    git,
    'refs/shipgate/landing',
    options.applied.map((entry) => ({
      author: entry.author,
      committer: `${entry.committer} ${seconds} +0000`,
      message: entry.message,
      path: entry.path,
      object: options.pathObjects.get(`${entry.commit}:${entry.path}`),
    })),
    { from: options.tip, ...(options.signing ? { signing: options.signing } : {}) },
  );
  const commits = new Map<string, string>();
  options.applied.forEach((entry, index) => {
    const sha = shas[index];
    if (sha) commits.set(entry.id, sha);
  });
  return commits;
}

/**
 * Moves the branch from `tip` to `newTip` (when there is one) and deletes the settled requests,
 * all or nothing: each deletion is leased on the tag we saw, so a request its writer withdrew (or
 * another lander settled) in the meantime fails the whole push instead of being landed twice.
 */
async function pushLanding(
  git: Git,
  options: { branch: string; tip: string; newTip: string | undefined; settled: readonly QueuedDeploy[] },
): Promise<PushOutcome> {
  const updates: RefUpdate[] = [
    ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip, base: options.tip }] : []),
    ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
  ];
  return pushRefs(git, updates, { atomic: true });
}

/** The outcome of a round whose deploy another writer landed as `commitSha`. */
export function landedByAnother(commitSha: string): LandingRoundOutcome {
  return { kind: 'landed', commitSha, landedBy: 'another writer', alongside: 0 };
}

/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
export async function settledElsewhere(
  git: Git,
  options: { branch: string; since: string | undefined; tip: string; message: string; now: () => number },
): Promise<LandingRoundOutcome> {
  let tip = options.tip;
  for (let look = 1; look <= 2; look++) {
    const landed = await findLandedCommit(git, { since: options.since, tip, message: options.message });
    if (landed) return landedByAnother(landed);
    if (look === 2) break;
    const state = await fetchLandingState(git, options.branch, options.now());
    if (!state.tip) return { kind: 'requeue' };
    tip = state.tip;
  }
  return { kind: 'unchanged', tip };
}
