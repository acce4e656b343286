import { ShipgateError } from '@shipgate/core';
import { fetchCommitsAt, type Git, readHistoryOverHttp } from '@shipgate/git';
import { landedCommitAmong } from '@shipgate/trail';
import type { CommitSigning } from '../objects';
import { fetchLandingState, glanceAtQueue, listingOfBranchAt } from './listing';
import { type OwnRequest, withdrawRequest } from './own-request';
import { LANDING_QUEUE_PREFIX } from './request';
import { type LandingRoundOutcome, landedByAnother, runLandingRound, settledElsewhere } from './round';
import { LANDING_LEADER_GRACE_MS } from './tuning';
import { nextWaiting, startWaiting, type WaitingActions, type WaitingEvent, type WaitingState } from './waiting';

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
 * rounds, and keeps the waiting policy's state between them (see `nextWaiting`).
 */
export class LandingQueueSeat {
  private waiting: WaitingState;
  /** How many requests were ahead of ours at the last full round that came to waiting. */
  private ahead = 0;
  /** What the clone holds of the branch and the queue, as of its last look: the next look starts from it. */
  private held: string | undefined;

  /** @param now the clock every decision of the seat reads */
  constructor(
    private readonly git: Git,
    readonly request: OwnRequest,
    private readonly options: LandingQueueOptions,
    private readonly now: () => number,
  ) {
    this.waiting = startWaiting(request.queuedAt, options.leaderGraceMs ?? LANDING_LEADER_GRACE_MS);
    // The request was made in the clone that built the deploy on `since`, the last tip it fetched.
    if (request.since) this.held = listingOfBranchAt(options.branch, request.since);
  }

  /**
   * One round (see `runLandingRound`), after taking the request back if it has waited for half
   * its life, well before it could expire under us (`withdrawn`: go on alone).
   */
  async round(): Promise<LandingRoundOutcome | { kind: 'withdrawn' }> {
    const { request } = this;
    const start = this.step({ kind: 'round-start', now: this.now() });
    // When it is already gone, it was settled meanwhile and the round below finds how.
    if (start.takeBack && (await withdrawRequest(this.git, request)) === 'withdrawn') return { kind: 'withdrawn' };
    if (start.confirm) {
      // While both requests are still there, nothing changed for us: one ls-remote instead of a
      // fetch of the whole queue (on a shared machine, a crowd looking takes the leader's CPU).
      // When ours is gone it was settled: only the branch's new commits tell how.
      const leaderRef = `${LANDING_QUEUE_PREFIX}${start.confirm.leader}`;
      const glance = await glanceAtQueue(this.git, this.options.branch, [request.ref, leaderRef]);
      if (glance.present.size === 2) return { kind: 'waiting', ...start.confirm, leading: false, ahead: this.ahead };
      if (!glance.present.has(request.ref) && glance.tip) return this.settled(glance.tip);
    }
    const state = await fetchLandingState(this.git, this.options.branch, this.now(), this.held);
    this.held = state.listing;
    const outcome = await runLandingRound(this.git, {
      state,
      branch: this.options.branch,
      request,
      since: request.since,
      ...(request.pushed ? { pushed: request.pushed } : {}),
      message: this.options.message,
      waitOrLand: (sight, now) => this.step({ kind: 'queue-seen', now, ...sight }),
      key: this.options.key,
      now: this.now,
      ...(this.options.signing ? { signing: this.options.signing } : {}),
    });
    this.step({ kind: 'round-end', waiting: outcome.kind === 'waiting' ? outcome : undefined });
    if (outcome.kind === 'waiting') this.ahead = outcome.ahead;
    return outcome;
  }

  /**
   * Our request is gone and the branch is at `tip`: read its new commits (no trees) and find ours
   * among them. From the process they are read and kept nowhere; when that cannot tell (no commit
   * of ours among them, or not all read), git fetches them and looks, as `settledElsewhere` does.
   */
  private async settled(tip: string): Promise<LandingRoundOutcome> {
    const { branch, message } = this.options;
    const { since } = this.request;
    // The tip our request was made on is in the clone: only the commits since come.
    const haves = since ? [since] : [];
    const commits = this.git.remote ? await readHistoryOverHttp(this.git.remote, tip, haves) : undefined;
    const landed = commits ? landedCommitAmong(commits, { since, tip, message }) : undefined;
    if (landed) return landedByAnother(landed);
    await fetchCommitsAt(this.git, branch, tip, { haves });
    return settledElsewhere(this.git, { branch, since, tip, message, now: this.now });
  }

  /** Moves the waiting policy on by one event: the seat keeps only its latest state. */
  private step<E extends WaitingEvent>(event: E): WaitingActions[E['kind']] {
    const next = nextWaiting(this.waiting, event);
    this.waiting = next.state;
    return next.action;
  }

  /** See `abandonRequest`. */
  abandon(failure: Error): Promise<string> {
    return abandonRequest(this.git, { ...this.options, now: this.now }, this.request, failure);
  }
}

/**
 * Withdraws the request of a writer that is giving up, so it cannot land after the step failed.
 * Returns the commit that landed it when someone settled it first (the step then succeeds after
 * all); throws when it cannot be withdrawn, saying so, since it may still land.
 */
async function abandonRequest(
  git: Git,
  options: { branch: string; message: string; now: () => number },
  request: OwnRequest,
  failure: Error,
): Promise<string> {
  const { branch, message, now } = options;
  let last = '';
  // A concurrent landing push holds the ref's lock for a moment; the lease makes a retry safe.
  for (let tries = 1; tries <= 3; tries++) {
    const outcome = await withdrawRequest(git, request);
    if (outcome === 'withdrawn') throw failure;
    if (outcome === 'gone') {
      const state = await fetchLandingState(git, branch, now());
      const settled = state.tip
        ? await settledElsewhere(git, { branch, since: request.since, tip: state.tip, message, now })
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
