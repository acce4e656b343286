import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { backoffDelay, ShipgateError } from '@shipgate/core';
import {
  fetchBranch,
  type Git,
  isOnBranch,
  type RefUpdate,
  readFilesAt,
  readTreeFiles,
  remoteTrackingRef,
} from '@shipgate/git';
import {
  type Deployment,
  type DeploymentTrail,
  findLandedCommit,
  parseTrailerLines,
  readAllDeployments,
  trailFromTrailers,
} from '@shipgate/trail';
import { type CommitSigning, writePathCommits } from './objects';
import { type PushOutcome, pushRefs } from './push';
import { checkDeployRules, RULE_FILES, RULES_READ_QUEUED_FILES } from './rules';
import { confineRepositoryPath } from './write-tree';

/**
 * The landing queue: how a crowd of writers on one branch land in a few pushes instead of one
 * after another.
 *
 * A writer that loses the race for the branch does not start over alone. It posts its deploy as a
 * request under `refs/shipgate/queue/<id>`: a signed tag saying which branch and path it is for,
 * on a commit that holds the deploy's message and nothing but the path's tree. The writer of the
 * oldest request then lands the whole queue: on the current tip it replays each request as a
 * commit of its own (the deploy's author, message and trailers; the path's tree becomes exactly
 * the queued one), checks each against the no-stale-overwrite rule as its writer would, and pushes
 * the new tip atomically with the deletion of every request it settled. The other writers only
 * look, and find their request gone and their commit on the branch. History stays linear and
 * every deploy keeps its own commit.
 */
export const LANDING_QUEUE_PREFIX = 'refs/shipgate/queue/';
const LOCAL_QUEUE_PREFIX = 'refs/remotes/shipgate-queue/';

/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
export const LANDING_REQUEST_TTL_MS = 5 * 60_000;

/**
 * Backoff between landing rounds once a deploy is queued. Any writer's winning push lands every
 * queued deploy, so losing one is cheap and the next look should come soon; the jitter still keeps
 * a crowd of queued writers from fetching at the same instant.
 */
export const LANDING_RETRY = {
  baseDelayMs: 50,
  maxDelayMs: 2_000,
  factor: 2,
} as const;

/**
 * Between looks at the queue. The leader looks again soon while it lets a growing queue settle.
 * The others wait longer the longer the queue: each look is a fetch, and on a machine they share,
 * a crowd looking often takes the CPU the leader's landing needs; a short queue lands quickly, so
 * its writers look often. Equal jitter keeps any look from coming back almost at once.
 */
export const LANDING_LOOK = {
  leaderMs: 300,
  perRequestMs: 80,
  minMs: 300,
  maxMs: 2_500,
} as const;

/** The wait before the next look at the queue, for the leader or for a writer waiting on it. */
export function landingLookDelay(
  wait: { leading: boolean; pending: number },
  random: () => number = Math.random,
): number {
  const ceiling = wait.leading
    ? LANDING_LOOK.leaderMs
    : Math.min(LANDING_LOOK.maxMs, Math.max(LANDING_LOOK.minMs, LANDING_LOOK.perRequestMs * wait.pending));
  return backoffDelay(1, { baseDelayMs: ceiling, maxDelayMs: ceiling, jitter: 'equal' }, random);
}

/**
 * How long a leader lets a growing queue settle before it lands it anyway (counted from its own
 * request): a crowd that lost the same race queues within about this time.
 */
export const LANDING_SETTLE_MS = 3_000;

/**
 * How long a queued writer leaves the landing to the same leader before it lands the queue itself
 * (the leader's runner may have died): longer than a leader may wait for the queue to settle plus
 * a few of its rounds on a busy machine.
 */
export const LANDING_LEADER_GRACE_MS = 8_000;

const REQUEST_SUBJECT = 'Shipgate landing request';

/** What a queued request asks for, from its tag message. Times are milliseconds since the epoch. */
export interface LandingRequest {
  branch: string;
  path: string;
  /** When it was queued: orders the queue (the tag's own time has whole seconds only). */
  queuedAt: number;
  expiresAt: number;
  /**
   * A random value its writer chose, also in the deploy commit's `Shipgate-Request` trailer: once
   * a commit with it is on the branch, the request is spent, and a copy of it is deleted unlanded.
   */
  nonce?: string;
  /** `landingSignature` of the request; absent when its writer had no key. */
  signature?: string;
}

/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
export const LANDING_CLOCK_SKEW_MS = 60_000;

/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
export const MAX_LANDING_REQUESTS = 32;

/** Junk requests one writer deletes per round at most, in one push. */
export const JUNK_BATCH = 100;

export function formatLandingRequest(request: LandingRequest): string {
  const time = (ms: number) => new Date(ms).toISOString();
  const nonce = request.nonce ? `nonce: ${request.nonce}\n` : '';
  const signature = request.signature ? `signature: ${request.signature}\n` : '';
  return `${REQUEST_SUBJECT}\n\nbranch: ${request.branch}\npath: ${request.path}\nqueued: ${time(request.queuedAt)}\nexpires: ${time(request.expiresAt)}\n${nonce}${signature}`;
}

export function parseLandingRequest(message: string): LandingRequest | undefined {
  if (!message.startsWith(REQUEST_SUBJECT)) return undefined;
  const field = (name: string) => message.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
  const branch = field('branch');
  const path = field('path');
  const queuedAt = Date.parse(field('queued') ?? '');
  const expiresAt = Date.parse(field('expires') ?? '');
  const nonce = field('nonce');
  const signature = field('signature');
  if (!branch || !path || Number.isNaN(queuedAt) || Number.isNaN(expiresAt)) return undefined;
  return { branch, path, queuedAt, expiresAt, ...(nonce ? { nonce } : {}), ...(signature ? { signature } : {}) };
}

/**
 * The HMAC-SHA256 that lets a writer trust another's request: over everything the request asks
 * (its ref name and nonce included, so a copy under another name does not verify) and the commit it
 * carries (whose id binds the path's tree, the message and the author). Anyone
 * who can push `refs/shipgate/queue/*` can queue a request, but only one signed with the key the
 * writers share is landed by another writer; otherwise write access to the repository would be
 * enough to get a deploy onto a branch only the pipelines' token may push to, with no approval.
 */
export function landingSignature(
  key: string,
  request: Omit<LandingRequest, 'signature'> & { ref?: string },
  commit: string,
): string {
  const signed = [
    'shipgate landing request v2',
    request.ref ?? '',
    request.nonce ?? '',
    request.branch,
    request.path,
    String(request.queuedAt),
    String(request.expiresAt),
    commit,
  ].join('\n');
  return createHmac('sha256', key).update(signed).digest('hex');
}

/**
 * Whether a writer holding `key` may land `entry`: signed with that key; with no key (no token:
 * a local repository), unsigned only.
 */
export function isTrustedRequest(entry: QueuedDeploy, key: string | undefined): boolean {
  if (!key) return entry.signature === undefined;
  if (!entry.signature || !/^[0-9a-f]{64}$/.test(entry.signature)) return false;
  // The nonce in the tag must be the one the deploy commit carries, or a copy could dodge the trail.
  if (entry.nonce !== entry.trail?.request) return false;
  const expected = Buffer.from(landingSignature(key, entry, entry.commit), 'hex');
  return timingSafeEqual(expected, Buffer.from(entry.signature, 'hex'));
}

/** A request read back from the queue, with the deploy commit it carries. */
export interface QueuedDeploy extends LandingRequest {
  id: string;
  /** The request's ref on the server. */
  ref: string;
  /** The tag object the ref points at (the lease when deleting it). */
  tag: string;
  commit: string;
  /** The deploy commit's message, byte for byte. */
  message: string;
  /** Its author line as git stores it: `Name <email> <unix> <tz>`. */
  author: string;
  /** Its committer's `Name <email>`; the replayed commit is committed by the same identity, now. */
  committer: string;
  /** Undefined when the commit carries no deployment trail (it is never landed then). */
  trail: DeploymentTrail | undefined;
}

const FIELD = '\u0000';
/** for-each-ref ends each record with a newline; a NUL before it cannot occur inside a message. */
const RECORD_END = '\u0000\n';
export const QUEUE_LISTING_FORMAT = [
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

/** `git for-each-ref --format=QUEUE_LISTING_FORMAT%00` output → requests; anything malformed is left out. */
export function parseQueueListing(stdout: string): QueuedDeploy[] {
  const queued: QueuedDeploy[] = [];
  for (const record of stdout.split(RECORD_END)) {
    const [localRef = '', tag = '', commit = '', tagMessage = '', author, committer, trailers, message] = record
      .replace(/^\n+/, '')
      .split(FIELD);
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
  for (const record of stdout.split(RECORD_END)) {
    const [localRef = '', object = ''] = record.replace(/^\n+/, '').split(FIELD);
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

/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param identity `Name <email>` of the author, committer and tagger
 */
export async function announceDeploy(
  git: Git,
  options: {
    pathTree: string | undefined;
    branch: string;
    path: string;
    message: string;
    identity: string;
    key: string | undefined;
    now: number;
  },
): Promise<{ queued: Pick<QueuedDeploy, 'id' | 'ref' | 'tag' | 'queuedAt' | 'message'> } | { failed: PushOutcome }> {
  const id = randomBytes(10).toString('hex');
  const nonce = randomBytes(16).toString('hex');
  const ref = `${LANDING_QUEUE_PREFIX}${id}`;
  const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
  // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
  const message = `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
  const [commit = ''] = await writePathCommits(git, 'refs/shipgate/request', [
    {
      author: ident,
      committer: ident,
      message,
      path: options.path,
      object: options.pathTree ? `tree ${options.pathTree}` : undefined,
    },
  ]);
  const request: LandingRequest = {
    branch: options.branch,
    path: options.path,
    queuedAt: options.now,
    expiresAt: options.now + LANDING_REQUEST_TTL_MS,
    nonce,
  };
  if (options.key) request.signature = landingSignature(options.key, { ...request, ref }, commit);
  const tagObject = [
    `object ${commit}`,
    'type commit',
    `tag shipgate-queue-${id}`,
    `tagger ${ident}`,
    '',
    formatLandingRequest(request),
  ].join('\n');
  const tag = (await git(['mktag'], { input: tagObject })).stdout.trim();
  const pushed = await pushRefs(git, [{ ref, from: tag }]);
  if (pushed.kind === 'pushed') return { queued: { id, ref, tag, queuedAt: options.now, message } };
  // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
  if (pushed.kind === 'transient') await withdrawRequest(git, { ref, tag }).catch(() => undefined);
  return { failed: pushed };
}

/** The branch tip (`undefined` when the branch is gone) and every queued request, after one fetch. */
export interface LandingState {
  tip: string | undefined;
  queue: QueuedDeploy[];
  /** Refs under the queue to delete unlanded (see `queueJunk`). */
  junk: JunkRequest[];
}

/**
 * Fetches the branch and the whole queue. Blobs come along (up to a size): a landing push sends
 * the queued trees, and pack-objects would otherwise fetch their blobs lazily, one more round trip.
 * `--prune` drops requests that were settled since the last look.
 */
export async function fetchLandingState(git: Git, branch: string, now: number = Date.now()): Promise<LandingState> {
  const tracking = remoteTrackingRef(branch);
  await fetchBranch(git, branch, {
    filter: 'blob:limit=1m',
    prune: true,
    extra: [`+${LANDING_QUEUE_PREFIX}*:${LOCAL_QUEUE_PREFIX}*`],
  });
  const listing = await git(['for-each-ref', `--format=${QUEUE_LISTING_FORMAT}%00`, LOCAL_QUEUE_PREFIX, tracking]);
  const tipLine = listing.stdout.split('\n').find((line) => line.startsWith(`${tracking}\u0000`));
  const junk = queueJunk(listing.stdout, now);
  const junkRefs = new Set(junk.map((entry) => entry.ref));
  return {
    tip: tipLine?.split(FIELD)[1] || undefined,
    queue: parseQueueListing(listing.stdout).filter((entry) => !junkRefs.has(entry.ref)),
    junk,
  };
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

/** What one landing does with a request. */
export type LandingAction =
  | { entry: QueuedDeploy; action: 'apply' }
  /** The path already holds exactly this content: settled without a commit. */
  | { entry: QueuedDeploy; action: 'unchanged' }
  /** The no-stale-overwrite rule refuses it; left for its writer to report. */
  | { entry: QueuedDeploy; action: 'refused'; reason: string }
  /** Past its expiry: its writer is gone; deleted without landing. */
  | { entry: QueuedDeploy; action: 'expired' }
  /** Its nonce is on the branch already: a spent request copied back; deleted without landing. */
  | { entry: QueuedDeploy; action: 'replayed' };

/**
 * Decides, without touching git, what landing the queue on the current tip does with each
 * request of `branch`: in source order (oldest source first, so a newer source lands last and
 * stays), each checked against the history as it will be once the requests before it have landed.
 *
 * @param history every deployment reachable from the tip, newest first
 * @param pathObjects the object at each request's path: in its own commit (`<commit>:<path>`) and
 *   on the tip (`tip:<path>`); absent when there is none
 */
export function planLanding(
  queue: readonly QueuedDeploy[],
  options: {
    branch: string;
    history: readonly Deployment[];
    pathObjects: ReadonlyMap<string, string>;
    now: number;
    /** `RULE_FILES` at the tip, for the rules. */
    tipFiles?: ReadonlyMap<string, string>;
    /** Each request's files (by request id), relative to its path, for the rules. */
    files?: ReadonlyMap<string, ReadonlyMap<string, Buffer>>;
  },
): LandingAction[] {
  const requests = queue
    .filter((entry) => entry.branch === options.branch && entry.trail !== undefined)
    .sort(
      (a, b) =>
        timeOf(a.trail?.sourceTime) - timeOf(b.trail?.sourceTime) ||
        a.queuedAt - b.queuedAt ||
        a.id.localeCompare(b.id),
    );
  const spent = new Set(options.history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
  let landed: Deployment[] = [];
  const pathNow = new Map<string, string | undefined>();
  const actions: LandingAction[] = [];
  for (const entry of requests) {
    const trail = entry.trail as DeploymentTrail;
    if (entry.expiresAt <= options.now) {
      actions.push({ entry, action: 'expired' });
      continue;
    }
    const nonce = entry.nonce ?? trail.request;
    if (nonce && spent.has(nonce)) {
      actions.push({ entry, action: 'replayed' });
      continue;
    }
    const decision = checkDeployRules({
      deploy: { ...trail, path: entry.path },
      tip: undefined,
      history: [...landed, ...options.history],
      tipFiles: options.tipFiles ?? new Map(),
      ...(options.files?.has(entry.id) ? { files: options.files.get(entry.id) } : {}),
      landing: 'queue',
    });
    if (decision.verdict !== 'allow') {
      const reason = decision.verdict === 'refuse' ? decision.reason : decision.error.message;
      actions.push({ entry, action: 'refused', reason });
      continue;
    }
    const current = pathNow.has(entry.path) ? pathNow.get(entry.path) : options.pathObjects.get(`tip:${entry.path}`);
    const wanted = options.pathObjects.get(`${entry.commit}:${entry.path}`);
    if (wanted === current) {
      actions.push({ entry, action: 'unchanged' });
      continue;
    }
    pathNow.set(entry.path, wanted);
    if (nonce) spent.add(nonce);
    landed = [
      {
        ...trail,
        commitSha: entry.commit,
        committedAt: new Date(options.now).toISOString(),
        kind: trail.rollbackOf ? 'rollback' : 'deploy',
        path: entry.path,
        subject: entry.message.split('\n', 1)[0] ?? '',
      },
      ...landed,
    ];
    actions.push({ entry, action: 'apply' });
  }
  return actions;
}

function timeOf(value: string | undefined): number {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The objects at each request's path, in its commit and on `tip` (one cat-file for all): a tree,
 * or nothing when the deploy emptied the path. Keys as `planLanding` reads them.
 */
export async function readPathObjects(
  git: Git,
  tip: string,
  queue: readonly QueuedDeploy[],
): Promise<Map<string, string>> {
  const keys = [...new Set(queue.flatMap((entry) => [`${entry.commit}:${entry.path}`, `tip:${entry.path}`]))];
  const input = keys.map((key) => (key.startsWith('tip:') ? `${tip}:${key.slice(4)}` : key)).join('\n');
  const { stdout } = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${input}\n` });
  const objects = new Map<string, string>();
  stdout.split('\n').forEach((line, index) => {
    const match = line.match(/^([0-9a-f]{40,64}) (tree|blob)$/);
    const key = keys[index];
    if (match?.[1] && key) objects.set(key, `${match[2]} ${match[1]}`);
  });
  return objects;
}

/**
 * One commit per applied request on top of `tip`, written by a single `git fast-import`: the
 * request's author and message, its committer identity at `now`, and its path set to exactly the
 * queued tree (or removed). Returns each request's new commit, in order.
 */
export async function writeLandingCommits(
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
export async function pushLanding(
  git: Git,
  options: { branch: string; newTip: string | undefined; settled: readonly QueuedDeploy[] },
): Promise<PushOutcome> {
  const updates: RefUpdate[] = [
    ...(options.newTip ? [{ ref: `refs/heads/${options.branch}`, from: options.newTip }] : []),
    ...options.settled.map((entry) => ({ ref: entry.ref, lease: entry.tag })),
  ];
  return pushRefs(git, updates, { atomic: true });
}

/**
 * Deletes our own request (leased on its tag). `gone` means someone settled it first: it landed,
 * or it was found already deployed, and the caller looks on the branch for which.
 */
export async function withdrawRequest(
  git: Git,
  request: Pick<QueuedDeploy, 'ref' | 'tag'>,
): Promise<'withdrawn' | 'gone' | PushOutcome> {
  const outcome = await pushRefs(git, [{ ref: request.ref, lease: request.tag }]);
  if (outcome.kind === 'pushed') return 'withdrawn';
  if (outcome.kind === 'race' && /stale info/.test(outcome.message)) return 'gone';
  return outcome;
}

/** What one landing round came to, for the writer whose `request` is in the queue. */
export type LandingRoundOutcome =
  /** Our deploy is on the branch: landed by this round's push, or by another writer's. */
  | { kind: 'landed'; commitSha: string; landedBy: 'this writer' | 'another writer'; alongside: number }
  /** The path already held our content; nothing was committed. */
  | { kind: 'unchanged'; tip: string }
  /** The no-stale-overwrite rule refuses our deploy on the current tip; the request is withdrawn. */
  | { kind: 'refused'; reason: string; tip: string }
  /** An older request's writer lands the queue, ours included; look again later. */
  | { kind: 'waiting'; leader: string; leading: boolean; pending: number }
  /** The queue cannot help (the branch is gone): start over without it. */
  | { kind: 'requeue' }
  | { kind: 'push-failed'; outcome: Exclude<PushOutcome, { kind: 'pushed' }> };

/**
 * One round for a writer whose deploy is queued: fetch the branch and the queue; when our request
 * is gone, find the commit that landed it. Otherwise the writer of the oldest request lands the
 * whole queue in one push, and the others only look (a landing round costs CPU and a push, a look
 * one fetch): `mayWait` says whether to keep leaving it to that writer, which a caller stops doing
 * once the same leader has been pending too long (its writer may be gone), and whether the leader
 * lets a growing queue settle first.
 */
export async function runLandingRound(
  git: Git,
  options: {
    branch: string;
    request: Pick<QueuedDeploy, 'id' | 'ref' | 'tag'>;
    /** The tip our deploy was first built on: it lands somewhere after it. */
    since: string | undefined;
    /** The commit this writer pushed alone before it queued (see `OwnRequest.pushed`). */
    pushed?: string;
    message: string;
    /**
     * Whether to wait instead of landing now. `leading`: ours is the oldest request, so this writer
     * lands the queue (it may still wait while the queue is growing, to land it in one push).
     */
    mayWait: (queue: { leader: string; leading: boolean; pending: number }) => boolean;
    /** The key requests are signed with: only requests it verifies are landed (or waited for). */
    key: string | undefined;
    now: () => number;
    signing?: CommitSigning;
  },
): Promise<LandingRoundOutcome> {
  const { branch, request } = options;
  const state = await fetchLandingState(git, branch);
  if (!state.tip) {
    await withdrawRequest(git, request);
    return { kind: 'requeue' };
  }
  const tip = state.tip;
  const ours = state.queue.find((entry) => entry.id === request.id);
  if (!ours) return settledElsewhere(git, { ...options, tip });
  if (options.pushed && tip !== options.since && (await isOnBranch(git, options.pushed, tip))) {
    // Our own push landed after all (its reply was lost, and a retry of it lost to itself).
    await withdrawRequest(git, request);
    return { kind: 'landed', commitSha: options.pushed, landedBy: 'this writer', alongside: 0 };
  }

  const now = options.now();
  // Requests we cannot verify are neither landed nor waited for, only cleared once expired. A
  // writer with no key verifies none: it lands its own deploy only.
  const trusted = (entry: QueuedDeploy) =>
    entry.id === ours.id ||
    entry.expiresAt <= now ||
    (options.key !== undefined && isTrustedRequest(entry, options.key));
  const queue = boundedQueue(
    state.queue.filter((entry) => entry.branch === branch && trusted(entry)),
    ours,
  );
  const pending = queue.filter((entry) => inForce(entry, now));
  const leader = oldestPending(pending, now);
  const wait = { leader: leader?.id ?? ours.id, leading: leader?.id === ours.id, pending: pending.length };
  if (leader && options.mayWait(wait)) return { kind: 'waiting', ...wait };

  const [history, pathObjects, tipFiles, files] = await Promise.all([
    readAllDeployments(git, tip),
    readPathObjects(git, tip, queue),
    readFilesAt(git, tip, RULE_FILES),
    RULES_READ_QUEUED_FILES ? readQueuedFiles(git, queue, now) : undefined,
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
      : new Map();
  const newTip = applied.length > 0 ? commits.get((applied.at(-1) as QueuedDeploy).id) : undefined;
  const settled = actions.flatMap((action) => (action.action === 'refused' ? [] : [action.entry]));
  const pushed = await pushLanding(git, { branch, newTip, settled });
  if (pushed.kind !== 'pushed') return { kind: 'push-failed', outcome: pushed };
  // Not in the atomic push: whoever keeps rewriting junk must not be able to hold up a landing.
  const spent = spentCopies(state.queue, queue, history).map((entry) => ({ ref: entry.ref, object: entry.tag }));
  await deleteJunk(git, [...spent, ...state.junk]);

  const ownCommit = commits.get(request.id);
  if (own?.action === 'apply' && ownCommit) {
    return { kind: 'landed', commitSha: ownCommit, landedBy: 'this writer', alongside: applied.length - 1 };
  }
  return { kind: 'unchanged', tip: newTip ?? tip };
}

/** The files each request in force would set, for the rules (see `DeployRuleContext.files`). */
async function readQueuedFiles(
  git: Git,
  queue: readonly QueuedDeploy[],
  now: number,
): Promise<Map<string, Map<string, Buffer>>> {
  const live = queue.filter((entry) => inForce(entry, now));
  const files = await Promise.all(live.map((entry) => readTreeFiles(git, `${entry.commit}:${entry.path}`)));
  return new Map(live.map((entry, index) => [entry.id, files[index] ?? new Map()]));
}

/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue: readonly QueuedDeploy[], ours: QueuedDeploy): QueuedDeploy[] {
  const oldest = [...queue]
    .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))
    .filter((entry) => entry.id !== ours.id)
    .slice(0, MAX_LANDING_REQUESTS - 1);
  return [ours, ...oldest];
}

/**
 * Requests outside this landing (not verified, or beyond its bound) whose nonce is on the branch
 * already: copies of spent requests, deleted as junk whoever signed them.
 */
function spentCopies(
  all: readonly QueuedDeploy[],
  landing: readonly QueuedDeploy[],
  history: readonly Deployment[],
): QueuedDeploy[] {
  const spent = new Set(history.flatMap((deployment) => (deployment.request ? [deployment.request] : [])));
  const inLanding = new Set(landing.map((entry) => entry.id));
  return all
    .filter((entry) => !inLanding.has(entry.id))
    .filter((entry) => [entry.nonce, entry.trail?.request].some((nonce) => nonce !== undefined && spent.has(nonce)))
    .slice(0, MAX_LANDING_REQUESTS);
}

/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry: QueuedDeploy, now: number): boolean {
  return entry.expiresAt > now && entry.trail !== undefined;
}

/** The request whose writer lands the queue: the oldest one still in force. */
export function oldestPending(queue: readonly QueuedDeploy[], now: number): QueuedDeploy | undefined {
  return queue
    .filter((entry) => inForce(entry, now))
    .sort((a, b) => a.queuedAt - b.queuedAt || a.id.localeCompare(b.id))[0];
}

/**
 * Our request was settled by someone else: find our commit, or learn that the path already held
 * our content. A fetch can see the request's deletion before the branch update of the same atomic
 * push (refs are read one by one), so a miss is confirmed on a fresh tip before it counts.
 */
async function settledElsewhere(
  git: Git,
  options: { branch: string; since: string | undefined; tip: string; message: string },
): Promise<LandingRoundOutcome> {
  let tip = options.tip;
  for (let look = 1; look <= 2; look++) {
    const landed = await findLandedCommit(git, { ...options, tip });
    if (landed) return { kind: 'landed', commitSha: landed, landedBy: 'another writer', alongside: 0 };
    if (look === 2) break;
    const state = await fetchLandingState(git, options.branch);
    if (!state.tip) return { kind: 'requeue' };
    tip = state.tip;
  }
  return { kind: 'unchanged', tip };
}

/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
export async function abandonRequest(
  git: Git,
  branch: string,
  request: Pick<QueuedDeploy, 'ref' | 'tag'> & { since: string | undefined },
  message: string,
  failure: Error,
): Promise<string> {
  let last = '';
  // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
  for (let tries = 1; tries <= 3; tries++) {
    const outcome = await withdrawRequest(git, request);
    if (outcome === 'withdrawn') throw failure;
    if (outcome === 'gone') {
      const state = await fetchLandingState(git, branch);
      const settled = state.tip
        ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message })
        : undefined;
      if (settled?.kind === 'landed') return settled.commitSha;
      throw failure;
    }
    last = 'message' in outcome ? outcome.message : '';
  }
  throw new ShipgateError(
    `${failure.message.replace(/\.$/, '')}; the queued request ${request.ref} could not be withdrawn (${last}), so another writer may still land it.`,
  );
}

/** How many of `refs` the server still has (one `ls-remote`, no objects). */
async function queuedRefsPresent(git: Git, refs: readonly string[]): Promise<number> {
  const { stdout } = await git(['ls-remote', 'origin', ...refs]);
  const listed = new Set(stdout.split('\n').map((line) => line.split('\t')[1]));
  return refs.filter((ref) => listed.has(ref)).length;
}

/** A writer's request as it tracks it: enough to withdraw it, and the tip its deploy was built on. */
export type OwnRequest = Pick<QueuedDeploy, 'id' | 'ref' | 'tag' | 'queuedAt'> & {
  since: string | undefined;
  /** The commit the writer pushed alone before it queued: it may have landed though the reply was lost. */
  pushed?: string;
};

export interface LandingQueueOptions {
  branch: string;
  /** The deploy's full commit message: how it is recognised once another writer landed it. */
  message: string;
  /** Signs our request and verifies the others' (see `landingSignature`). */
  key: string | undefined;
  /** Default `LANDING_LEADER_GRACE_MS`. */
  leaderGraceMs?: number;
  /** Signs the commits this writer replays when it lands the queue. */
  signing?: CommitSigning;
}

/**
 * One writer's place in the landing queue, from its request until it is settled: it runs the
 * rounds, and keeps what the leader policy needs between them (when each leader was first seen,
 * how long the queue was at the last look).
 */
export class LandingQueueSeat {
  private readonly leadersSeen = new Map<string, number>();
  /** The queue's length at this writer's last look as its leader: only its own request at first. */
  private queueSizeSeen = 1;
  /** What the last full round said while another writer leads: a cheap look can confirm it. */
  private waitingOn: { leader: string; pending: number } | undefined;

  constructor(
    private readonly git: Git,
    readonly request: OwnRequest,
    private readonly options: LandingQueueOptions,
  ) {}

  /** The queued deploy's message (with its `Shipgate-Request` nonce): how it is found once landed. */
  get message(): string {
    return this.options.message;
  }

  /**
   * One round (see `runLandingRound`), after taking the request back if it has waited for half
   * its life, well before it could expire under us (`withdrawn`: go on alone).
   */
  async round(): Promise<LandingRoundOutcome | { kind: 'withdrawn' }> {
    const { request } = this;
    if (Date.now() - request.queuedAt > LANDING_REQUEST_TTL_MS / 2) {
      // When it is already gone, it was settled meanwhile and the round below finds how.
      if ((await withdrawRequest(this.git, request)) === 'withdrawn') return { kind: 'withdrawn' };
    }
    const waiting = this.waitingOn;
    if (waiting && this.mayWait({ ...waiting, leading: false })) {
      // While both requests are still there, nothing changed for us: one ls-remote instead of a
      // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
      const present = await queuedRefsPresent(this.git, [request.ref, `${LANDING_QUEUE_PREFIX}${waiting.leader}`]);
      if (present === 2) return { kind: 'waiting', ...waiting, leading: false };
    }
    const outcome = await runLandingRound(this.git, {
      branch: this.options.branch,
      request,
      since: request.since,
      ...(request.pushed ? { pushed: request.pushed } : {}),
      message: this.options.message,
      mayWait: (queue) => this.mayWait(queue),
      key: this.options.key,
      now: Date.now,
      ...(this.options.signing ? { signing: this.options.signing } : {}),
    });
    this.waitingOn =
      outcome.kind === 'waiting' && !outcome.leading ? { leader: outcome.leader, pending: outcome.pending } : undefined;
    return outcome;
  }

  /**
   * The leader waits while writers are still queueing (the queue grew since its last look): a
   * moment more lands them all in this one push instead of leaving them for another leader. The
   * others leave the landing to the leader for the grace period, then land the queue themselves.
   */
  private mayWait({ leader, leading, pending }: { leader: string; leading: boolean; pending: number }): boolean {
    if (leading) {
      const growing = pending > this.queueSizeSeen;
      this.queueSizeSeen = pending;
      return growing && Date.now() - this.request.queuedAt < LANDING_SETTLE_MS;
    }
    const firstSeen = this.leadersSeen.get(leader) ?? Date.now();
    this.leadersSeen.set(leader, firstSeen);
    return Date.now() - firstSeen < (this.options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
  }

  /** See `abandonRequest`. */
  abandon(failure: Error): Promise<string> {
    return abandonRequest(this.git, this.options.branch, this.request, this.options.message, failure);
  }
}
