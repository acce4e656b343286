import { describe, expect, test } from 'vitest';
import { LANDING_REQUEST_TTL_MS, LANDING_SETTLE_MS } from '../src/landing/tuning';
import { nextWaiting, type QueueSight, startWaiting, type WaitingState } from '../src/landing/waiting';

const QUEUED = Date.UTC(2026, 10, 22, 5, 30);
const GRACE = 8_000;

/** The answers to a series of looks at the queue, `at` ms after our request was queued. */
function looks(state: WaitingState, series: readonly (QueueSight & { at: number })[]) {
  const answers: string[] = [];
  let current = state;
  for (const { at, ...sight } of series) {
    const step = nextWaiting(current, { kind: 'queue-seen', now: QUEUED + at, ...sight });
    answers.push(step.action);
    current = step.state;
  }
  return { answers, state: current };
}

const fresh = () => startWaiting(QUEUED, GRACE);
const leading = (pending: number, at: number) => ({ leader: 'ours', leading: true, pending, at });
const behind = (leader: string, at: number, pending = 2) => ({ leader, leading: false, pending, at });

describe('the leader', () => {
  test('lands at once when only its own request is queued', () => {
    expect(looks(fresh(), [leading(1, 0)]).answers).toEqual(['land']);
  });

  test('waits while the queue grows, and lands once a look finds it no longer growing', () => {
    expect(looks(fresh(), [leading(3, 100), leading(5, 400), leading(5, 700)]).answers).toEqual([
      'wait',
      'wait',
      'land',
    ]);
  });

  test('lands a growing queue anyway once the settle time since its request is over', () => {
    expect(looks(fresh(), [leading(3, LANDING_SETTLE_MS - 1)]).answers).toEqual(['wait']);
    expect(looks(fresh(), [leading(3, LANDING_SETTLE_MS)]).answers).toEqual(['land']);
  });

  test('a shrinking queue is not growing: it lands', () => {
    expect(looks(fresh(), [leading(4, 100), leading(2, 200)]).answers).toEqual(['wait', 'land']);
  });
});

describe('a writer behind another leader', () => {
  test('leaves the landing to it for the grace period from when it first saw it lead, then lands', () => {
    const series = [behind('a', 1_000), behind('a', 1_000 + GRACE - 1), behind('a', 1_000 + GRACE)];
    expect(looks(fresh(), series).answers).toEqual(['wait', 'wait', 'land']);
  });

  test('a new leader gets a grace period of its own', () => {
    const series = [behind('a', 0), behind('a', GRACE), behind('b', GRACE), behind('b', 2 * GRACE - 1)];
    expect(looks(fresh(), series).answers).toEqual(['wait', 'land', 'wait', 'wait']);
  });

  test('the grace comes from the seat (a test shortens it)', () => {
    expect(looks(startWaiting(QUEUED, 300), [behind('a', 0), behind('a', 300)]).answers).toEqual(['wait', 'land']);
  });
});

describe('a round begins', () => {
  test('with nothing to confirm at first: a full round', () => {
    expect(nextWaiting(fresh(), { kind: 'round-start', now: QUEUED }).action).toEqual({
      takeBack: false,
      confirm: undefined,
    });
  });

  test('after a round that waited behind another leader: confirm it with a cheap look, until the grace is over', () => {
    const { state } = looks(fresh(), [behind('a', 0, 7)]);
    const ended = nextWaiting(state, {
      kind: 'round-end',
      waiting: { leader: 'a', leading: false, pending: 7 },
    }).state;
    expect(nextWaiting(ended, { kind: 'round-start', now: QUEUED + GRACE - 1 }).action.confirm).toEqual({
      leader: 'a',
      pending: 7,
    });
    expect(nextWaiting(ended, { kind: 'round-start', now: QUEUED + GRACE }).action.confirm).toBeUndefined();
  });

  test('after a round that waited as the leader, or did not wait: a full round', () => {
    for (const waiting of [{ leader: 'ours', leading: true, pending: 3 }, undefined]) {
      const { state } = looks(fresh(), [behind('a', 0)]);
      const waitedOn = nextWaiting(state, { kind: 'round-end', waiting: { leader: 'a', leading: false, pending: 2 } });
      const ended = nextWaiting(waitedOn.state, { kind: 'round-end', waiting }).state;
      expect(nextWaiting(ended, { kind: 'round-start', now: QUEUED + 100 }).action.confirm).toBeUndefined();
    }
  });

  test('by taking the request back once it has waited half its life', () => {
    const half = LANDING_REQUEST_TTL_MS / 2;
    expect(nextWaiting(fresh(), { kind: 'round-start', now: QUEUED + half }).action.takeBack).toBe(false);
    expect(nextWaiting(fresh(), { kind: 'round-start', now: QUEUED + half + 1 }).action.takeBack).toBe(true);
  });
});

test('each step returns a new state and leaves the one it was given as it was', () => {
  const before = fresh();
  const snapshot = structuredClone(before);
  const afterLead = nextWaiting(before, {
    kind: 'queue-seen',
    now: QUEUED + 100,
    leader: 'ours',
    leading: true,
    pending: 4,
  });
  const afterBehind = nextWaiting(before, {
    kind: 'queue-seen',
    now: QUEUED + 100,
    leader: 'a',
    leading: false,
    pending: 4,
  });
  nextWaiting(before, { kind: 'round-end', waiting: { leader: 'a', leading: false, pending: 4 } });
  expect(before).toEqual(snapshot);
  expect(afterLead.state.queueSizeSeen).toBe(4);
  expect(afterBehind.state.leadersSeen.get('a')).toBe(QUEUED + 100);
});
