import type { QueueSight } from './waiting';

/**
 * What the workflow log says while a deploy waits in the landing queue: its place, when that
 * changes, and the same again at a steady interval so a long wait never looks like a hang.
 */

/** Where our deploy stands: the round's sight of the queue, and how many requests in force are older than ours. */
export type QueuePlace = QueueSight & { ahead: number };

/** The last line said, and when. */
export interface QueueProgress {
  readonly line: string;
  readonly at: number;
}

export function queuePlaceLine(place: QueuePlace): string {
  if (place.leading) {
    return `Queued first of ${place.pending}: this writer lands the queue in one push once it stops growing.`;
  }
  const deploys = place.ahead === 1 ? 'deploy' : 'deploys';
  return `Queued: ${place.ahead} ${deploys} ahead of this one; the writer of the oldest lands them all, this one included.`;
}

/** The line to log for this look at `now`, if any: when the place changed, or `intervalMs` after the last line. */
export function nextQueueProgress(
  last: QueueProgress | undefined,
  place: QueuePlace,
  now: number,
  intervalMs: number,
): { progress: QueueProgress | undefined; say?: string } {
  const line = queuePlaceLine(place);
  if (last && last.line === line && now - last.at < intervalMs) return { progress: last };
  return { progress: { line, at: now }, say: line };
}
