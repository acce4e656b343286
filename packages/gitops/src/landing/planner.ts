import type { Deployment, DeploymentTrail } from '@shipgate/trail';
import { checkDeployRules } from '../rules';
import { isTrustedRequest, type QueuedDeploy } from './request';
import { MAX_LANDING_REQUESTS } from './tuning';

/**
 * What a landing round decides, without touching git or reading a clock: which requests it takes,
 * who leads, and what landing the queue on the tip does with each request.
 */

/** The requests one round takes, those still in force among them, and the writer that lands them. */
export interface QueueView {
  /** Ours first, then at most `MAX_LANDING_REQUESTS - 1` more, oldest first. */
  queue: QueuedDeploy[];
  /** Those of `queue` some writer may still land (see `inForce`). */
  pending: QueuedDeploy[];
  /** The oldest request in force: its writer lands the queue. */
  leader: QueuedDeploy | undefined;
}

/**
 * The queue as this writer's round sees it at `now`. Requests it cannot verify are neither landed
 * nor waited for, only cleared once expired. A writer with no key verifies none: it lands its own
 * deploy only.
 */
export function viewQueue(
  all: readonly QueuedDeploy[],
  ours: QueuedDeploy,
  options: { branch: string; key: string | undefined; now: number },
): QueueView {
  const { key, now } = options;
  const trusted = (entry: QueuedDeploy) =>
    entry.id === ours.id || entry.expiresAt <= now || (key !== undefined && isTrustedRequest(entry, key));
  const queue = boundedQueue(
    all.filter((entry) => entry.branch === options.branch && trusted(entry)),
    ours,
  );
  const pending = queue.filter((entry) => inForce(entry, now));
  return { queue, pending, leader: oldestPending(pending, now) };
}

/** At most `MAX_LANDING_REQUESTS` requests, oldest first, ours always among them. */
function boundedQueue(queue: readonly QueuedDeploy[], ours: QueuedDeploy): QueuedDeploy[] {
  const oldest = [...queue]
    .sort(queueOrder)
    .filter((entry) => entry.id !== ours.id)
    .slice(0, MAX_LANDING_REQUESTS - 1);
  return [ours, ...oldest];
}

/** The queue's order: oldest first, ties broken by id, as every writer sees it. */
export function queueOrder(a: QueuedDeploy, b: QueuedDeploy): number {
  return a.queuedAt - b.queuedAt || compareIds(a.id, b.id);
}

/**
 * Ids in code-unit order, the same on every writer. `localeCompare` orders by the runner's locale
 * (two writers could each take the other for the leader), and its first call loads ICU's
 * collation: about 8 ms of CPU in every queued writer's process.
 */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Not expired, and carrying a deploy: a request some writer may still land. */
function inForce(entry: QueuedDeploy, now: number): boolean {
  return entry.expiresAt > now && entry.trail !== undefined;
}

/** The request whose writer lands the queue: the oldest one still in force. */
export function oldestPending(queue: readonly QueuedDeploy[], now: number): QueuedDeploy | undefined {
  return queue.filter((entry) => inForce(entry, now)).sort(queueOrder)[0];
}

/**
 * Requests outside this landing (not verified, or beyond its bound) whose nonce is on the branch
 * already: copies of spent requests, deleted as junk whoever signed them.
 */
export function spentCopies(
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
 * Decides what landing the queue on the current tip does with each request of `branch`: in source
 * order (oldest source first, so a newer source lands last and stays), each checked against the
 * history as it will be once the requests before it have landed.
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
        timeOf(a.trail?.sourceTime) - timeOf(b.trail?.sourceTime) || a.queuedAt - b.queuedAt || compareIds(a.id, b.id),
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
    landed = [landedDeployment(entry, trail, options.now), ...landed];
    actions.push({ entry, action: 'apply' });
  }
  return actions;
}

/** The deployment an applied request becomes, as the rules see it for the requests after it. */
function landedDeployment(entry: QueuedDeploy, trail: DeploymentTrail, now: number): Deployment {
  return {
    ...trail,
    commitSha: entry.commit,
    committedAt: new Date(now).toISOString(),
    kind: trail.rollbackOf ? 'rollback' : 'deploy',
    path: entry.path,
    subject: entry.message.split('\n', 1)[0] ?? '',
  };
}

function timeOf(value: string | undefined): number {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? 0 : time;
}
