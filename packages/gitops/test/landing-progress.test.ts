import { describe, expect, test } from 'vitest';
import { nextQueueProgress, type QueuePlace, type QueueProgress } from '../src/landing/progress';

/** What a waiting writer logs over a series of looks at the queue, `at` ms apart from the first. */
function logged(looks: ReadonlyArray<QueuePlace & { at: number }>, intervalMs: number): Array<[number, string]> {
  const said: Array<[number, string]> = [];
  let progress: QueueProgress | undefined;
  for (const { at, ...place } of looks) {
    const next = nextQueueProgress(progress, place, at, intervalMs);
    progress = next.progress;
    if (next.say) said.push([at, next.say]);
  }
  return said;
}

const behind = (ahead: number, at: number) => ({ leader: 'a', leading: false, pending: ahead + 3, ahead, at });

describe('the queue position in the workflow log', () => {
  test('said at the first look, again when it changes, and otherwise once per interval', () => {
    const looks = [behind(3, 0), behind(3, 500), behind(3, 29_999), behind(3, 30_000), behind(2, 30_400)];
    expect(logged([...looks, behind(2, 31_000), behind(1, 32_000), behind(1, 70_000)], 30_000)).toEqual([
      [0, 'Queued: 3 deploys ahead of this one; the writer of the oldest lands them all, this one included.'],
      [30_000, 'Queued: 3 deploys ahead of this one; the writer of the oldest lands them all, this one included.'],
      [30_400, 'Queued: 2 deploys ahead of this one; the writer of the oldest lands them all, this one included.'],
      [32_000, 'Queued: 1 deploy ahead of this one; the writer of the oldest lands them all, this one included.'],
      [70_000, 'Queued: 1 deploy ahead of this one; the writer of the oldest lands them all, this one included.'],
    ]);
  });

  test('a queue that only grows behind us is no change; becoming the leader is', () => {
    const looks = [
      behind(1, 0),
      { ...behind(1, 100), pending: 9 },
      { leader: 'ours', leading: true, pending: 9, ahead: 0, at: 200 },
    ];
    expect(logged(looks, 30_000).map(([, line]) => line)).toEqual([
      'Queued: 1 deploy ahead of this one; the writer of the oldest lands them all, this one included.',
      'Queued first of 9: this writer lands the queue in one push once it stops growing.',
    ]);
  });
});
