import { randomBytes } from 'node:crypto';
import type { Git } from '@shipgate/git';
import { pathTreeObjects, type TreeFile } from '../deploy-tree';
import { pathCommitId, taggedPathCommitPack, writeTaggedPathCommit } from '../objects';
import { type PushOutcome, pushRefs } from '../push';
import {
  formatLandingRequest,
  LANDING_QUEUE_PREFIX,
  type LandingRequest,
  landingSignature,
  type QueuedDeploy,
} from './request';
import { LANDING_REQUEST_TTL_MS } from './tuning';

/** A writer's own request on the server: posting it, and taking it back. */

/** A writer's request as it tracks it: enough to withdraw it, and the tip its deploy was built on. */
export type OwnRequest = Pick<QueuedDeploy, 'id' | 'ref' | 'tag' | 'queuedAt'> & {
  since: string | undefined;
  /** The commit the writer pushed alone before it queued: it may have landed though the reply was lost. */
  pushed?: string;
};

/** A request's nonce, and the deploy's message that carries it in its trail. */
export interface RequestTrail {
  nonce: string;
  message: string;
}

/**
 * Publishes a deploy as a landing request for `path` on `branch`: a tag saying which branch and
 * path (signed with `key`), on a commit with the deploy's message that holds nothing but the
 * path's tree. Nothing in it refers to the branch's history: a commit on the tip we lost with
 * would make git send all the history it cannot prove the server has (the winner's tip is unknown
 * here), fetching it lazily only to send it back. The ref is new and ours alone, so this push
 * cannot lose a race; a failure is returned for the caller to carry on without the queue.
 *
 * With `pathFiles`, the request's objects are made and packed in this process: nothing is written
 * into the clone (its next look at the queue fetches the request like any other), and neither
 * `git fast-import` nor `git pack-objects` runs.
 *
 * @param pathTree the deploy's tree at `path`; `undefined` when the deploy empties the path
 * @param pathFiles what the path holds, exactly (a deploy that replaces its path); ignored unless
 *   they make `pathTree`
 * @param identity `Name <email>` of the author, committer and tagger
 */
export async function announceDeploy(
  git: Git,
  options: {
    pathTree: string | undefined;
    pathFiles?: readonly TreeFile[];
    branch: string;
    path: string;
    message: string;
    identity: string;
    key: string | undefined;
    now: number;
    /**
     * The request this writer withdrew after it waited too long: the new one keeps its nonce and
     * message, so whichever of the two lands, a copy of the other is spent.
     */
    renewing?: RequestTrail;
  },
): Promise<{ queued: Pick<QueuedDeploy, 'id' | 'ref' | 'tag' | 'queuedAt'> & RequestTrail } | { failed: PushOutcome }> {
  const id = randomBytes(10).toString('hex');
  const nonce = options.renewing?.nonce ?? randomBytes(16).toString('hex');
  const ref = `${LANDING_QUEUE_PREFIX}${id}`;
  const ident = `${options.identity} ${Math.floor(options.now / 1000)} +0000`;
  // The nonce goes into the deploy's own trail, so the branch shows once the request is spent.
  const message = options.renewing?.message ?? `${options.message.replace(/\s+$/, '')}\nShipgate-Request: ${nonce}\n`;
  const pathCommit = {
    author: ident,
    committer: ident,
    message,
    path: options.path,
    object: options.pathTree ? `tree ${options.pathTree}` : undefined,
  };
  const commit = pathCommitId(pathCommit);
  const request: LandingRequest = {
    branch: options.branch,
    path: options.path,
    queuedAt: options.now,
    expiresAt: options.now + LANDING_REQUEST_TTL_MS,
    nonce,
  };
  if (options.key) request.signature = landingSignature(options.key, { ...request, ref }, commit);
  const tagSpec = { name: `shipgate-queue-${id}`, tagger: ident, message: formatLandingRequest(request) };
  const made = options.pathFiles && taggedPathCommitPack(pathCommit, tagSpec, pathTreeObjects(options.pathFiles));
  const tag = made
    ? made.tag
    : await writeTaggedPathCommit(git, 'refs/shipgate/request', pathCommit, { ...tagSpec, commitId: commit });
  // `base: ''`: the ref must not exist yet, which also lets the process push it without git.
  const pushed = await pushRefs(git, [{ ref, from: tag, base: '' }], made ? { pack: made.pack } : {});
  if (pushed.kind === 'pushed') return { queued: { id, ref, tag, queuedAt: options.now, message, nonce } };
  // A push whose reply was lost may have queued it all the same: take it back (leased) before going on alone.
  if (pushed.kind === 'transient') await withdrawRequest(git, { ref, tag }).catch(() => undefined);
  return { failed: pushed };
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
