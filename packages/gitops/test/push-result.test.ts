import { describe, expect, test } from 'vitest';
import {
  ATOMIC_LOCKED,
  ATOMIC_STALE_LEASE,
  AUTH_FAILED,
  FETCH_FIRST,
  FORBIDDEN,
  HOOK_DECLINED,
  LOCKED,
  NON_FAST_FORWARD,
  PUSHED,
  SERVER_ERROR,
} from '../../git/test/push-outputs';
import { classifyPush } from '../src/push';

describe('classifyPush', () => {
  test.each([
    ['a successful push', PUSHED, 'pushed'],
    ['a lost ref lock', LOCKED, 'race'],
    ['a non-fast-forward', NON_FAST_FORWARD, 'race'],
    ['fetch first', FETCH_FIRST, 'race'],
    ['a declining hook', HOOK_DECLINED, 'fatal'],
    ['an auth failure', AUTH_FAILED, 'fatal'],
    ['a 403', FORBIDDEN, 'fatal'],
    ['a 502', SERVER_ERROR, 'transient'],
    ['an atomic push whose lease went stale', ATOMIC_STALE_LEASE, 'race'],
    ['an atomic push that lost a ref lock on the server', ATOMIC_LOCKED, 'race'],
  ])('%s → %s', (_name, result, kind) => {
    expect(classifyPush(result).kind).toBe(kind);
  });

  test('an atomic push is judged by the ref that caused it, not the ones that failed with it', () => {
    expect(classifyPush(ATOMIC_STALE_LEASE)).toEqual({
      kind: 'race',
      message: 'refs/shipgate/queue/a: [rejected] (stale info)',
    });
    const declined = {
      ...ATOMIC_STALE_LEASE,
      stdout: ATOMIC_STALE_LEASE.stdout.replace(
        '[rejected] (stale info)',
        '[remote rejected] (pre-receive hook declined)',
      ),
    };
    expect(classifyPush(declined).kind).toBe('fatal');
  });

  test("a fatal rejection carries the server's message", () => {
    const outcome = classifyPush(HOOK_DECLINED);
    expect(outcome).toEqual({
      kind: 'fatal',
      message:
        'refs/heads/main: [remote rejected] (pre-receive hook declined) — protected branch: pushes to main are not allowed',
    });
  });
});
