import { backoffDelay } from '@shipgate/core';
import { LANDING_LOOK, LANDING_REQUEST_TTL_MS, LANDING_SETTLE_MS } from './tuning';

/**
 * The waiting policy of a queued writer, as a state machine: `nextWaiting(state, event)` returns
 * the next state and what to do, and reads no clock (each event carries `now`). The leader waits
 * while writers are still queueing (the queue grew since its last look): a moment more lands them
 * all in one push instead of leaving them for another leader. The others leave the landing to the
 * leader for a grace period, then land the queue themselves (the leader's runner may have died).
 */

/** What a round saw of the queue: the leader's request id, whether that is ours, how many requests are in force. */
export interface QueueSight {
  leader: string;
  leading: boolean;
  pending: number;
}

/** Another writer leads: whose request, and how long the queue was. */
export type WaitingOn = Omit<QueueSight, 'leading'>;

export interface WaitingState {
  /** When our request was queued: the leader's settle time and the take-back count from it. */
  readonly queuedAt: number;
  /** How long we leave the landing to the same leader. */
  readonly leaderGraceMs: number;
  /** The queue's length at this writer's last look as its leader: only its own request at first. */
  readonly queueSizeSeen: number;
  /** When this writer first left the landing to each leader. */
  readonly leadersSeen: ReadonlyMap<string, number>;
  /** What the last full round said while another writer leads: a cheap look can confirm it. */
  readonly waitingOn: WaitingOn | undefined;
}

export function startWaiting(queuedAt: number, leaderGraceMs: number): WaitingState {
  return { queuedAt, leaderGraceMs, queueSizeSeen: 1, leadersSeen: new Map(), waitingOn: undefined };
}

/** A round begins. */
export interface RoundStartEvent {
  kind: 'round-start';
  now: number;
}
/** A full round saw the queue and asks whether to wait or land it now. */
export type QueueSeenEvent = { kind: 'queue-seen'; now: number } & QueueSight;
/** A round ended; `waiting` when it came to "waiting", with what it saw. */
export interface RoundEndEvent {
  kind: 'round-end';
  waiting: QueueSight | undefined;
}
export type WaitingEvent = RoundStartEvent | QueueSeenEvent | RoundEndEvent;

/** How a round begins. */
export interface RoundStart {
  /** Take the request back first (a full round follows when it was already gone): it has waited half its life. */
  takeBack: boolean;
  /**
   * Another writer still leads and its grace is not over: when both requests are still queued
   * (one `ls-remote`), nothing changed for us and the round ends waiting without a fetch.
   */
  confirm: WaitingOn | undefined;
}

export type WaitOrLand = 'wait' | 'land';

/** What `nextWaiting` answers to each kind of event. */
export interface WaitingActions {
  'round-start': RoundStart;
  'queue-seen': WaitOrLand;
  'round-end': 'none';
}

type Step<A> = { state: WaitingState; action: A };

/** The policy's next state after `event`, and what to do (see `WaitingActions`). */
export function nextWaiting<E extends WaitingEvent>(state: WaitingState, event: E): Step<WaitingActions[E['kind']]> {
  return step(state, event) as Step<WaitingActions[E['kind']]>;
}

function step(state: WaitingState, event: WaitingEvent): Step<RoundStart | WaitOrLand | 'none'> {
  switch (event.kind) {
    case 'round-start':
      return startRound(state, event.now);
    case 'queue-seen':
      return event.leading
        ? leadOrSettle(state, event.pending, event.now)
        : leaveToLeader(state, event.leader, event.now);
    case 'round-end': {
      const seen = event.waiting;
      const waitingOn = seen && !seen.leading ? { leader: seen.leader, pending: seen.pending } : undefined;
      return { state: { ...state, waitingOn }, action: 'none' };
    }
  }
}

function startRound(state: WaitingState, now: number): Step<RoundStart> {
  const takeBack = now - state.queuedAt > LANDING_REQUEST_TTL_MS / 2;
  const { waitingOn } = state;
  if (!waitingOn) return { state, action: { takeBack, confirm: undefined } };
  const step = leaveToLeader(state, waitingOn.leader, now);
  return { state: step.state, action: { takeBack, confirm: step.action === 'wait' ? waitingOn : undefined } };
}

/** As the leader: wait while the queue grows, for at most `LANDING_SETTLE_MS` from our request. */
function leadOrSettle(state: WaitingState, pending: number, now: number): Step<WaitOrLand> {
  const growing = pending > state.queueSizeSeen;
  const settling = growing && now - state.queuedAt < LANDING_SETTLE_MS;
  return { state: { ...state, queueSizeSeen: pending }, action: settling ? 'wait' : 'land' };
}

/** As another writer: leave the landing to `leader` for the grace period from when we first saw it lead. */
function leaveToLeader(state: WaitingState, leader: string, now: number): Step<WaitOrLand> {
  const firstSeen = state.leadersSeen.get(leader);
  const leadersSeen = firstSeen === undefined ? new Map(state.leadersSeen).set(leader, now) : state.leadersSeen;
  const waited = now - (firstSeen ?? now);
  return { state: { ...state, leadersSeen }, action: waited < state.leaderGraceMs ? 'wait' : 'land' };
}

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
