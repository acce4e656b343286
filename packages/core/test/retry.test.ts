import { describe, expect, test } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter, retry } from '../src';

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const noDelays = { baseDelayMs: 0, maxDelayMs: 0 };

describe('retry', () => {
  test('retries until success', async () => {
    let calls = 0;
    const value = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new HttpError(503);
        return 'ok';
      },
      { attempts: 5, ...noDelays },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  test('stops at once on a fatal error', async () => {
    let calls = 0;
    const operation = async () => {
      calls++;
      throw new HttpError(401);
    };
    await expect(
      retry(operation, { attempts: 5, ...noDelays, isRetryable: (e) => isRetryableStatus((e as HttpError).status) }),
    ).rejects.toThrow('HTTP 401');
    expect(calls).toBe(1);
  });

  test('rethrows the last error when attempts run out', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new HttpError(500 + calls);
        },
        { attempts: 3, ...noDelays },
      ),
    ).rejects.toThrow('HTTP 503');
    expect(calls).toBe(3);
  });

  test('waits jittered exponential backoff, or longer when the server asks', async () => {
    const waits: number[] = [];
    let calls = 0;
    await retry(
      async () => {
        calls++;
        if (calls < 4) throw new HttpError(calls === 2 ? 429 : 503);
        return calls;
      },
      {
        attempts: 4,
        baseDelayMs: 100,
        maxDelayMs: 250,
        random: () => 1,
        sleep: async (ms) => {
          waits.push(ms);
        },
        requestedDelayMs: (e) => ((e as HttpError).status === 429 ? 5000 : undefined),
      },
    );
    expect(waits).toEqual([100, 5000, 250]);
  });

  test.each([
    [1, 0.5, 50],
    [2, 0.5, 100],
    [3, 1, 400],
    [10, 1, 1000],
    [3, 0, 0],
  ])('backoffDelay(attempt %i, random %f) = %i', (attempt, random, expected) => {
    expect(backoffDelay(attempt, { baseDelayMs: 100, maxDelayMs: 1000 }, () => random)).toBe(expected);
  });

  test.each([
    [1, 0, 50],
    [1, 1, 100],
    [3, 0.5, 300],
    [10, 0, 500],
  ])(
    'equal jitter: backoffDelay(attempt %i, random %f) = %i, never below half the ceiling',
    (attempt, random, expected) => {
      expect(backoffDelay(attempt, { baseDelayMs: 100, maxDelayMs: 1000, jitter: 'equal' }, () => random)).toBe(
        expected,
      );
    },
  );

  test.each([
    ['3', 3000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['soon', undefined],
    [undefined, undefined],
  ])('parseRetryAfter(%j)', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });

  test.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])('isRetryableStatus(%i) = %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
