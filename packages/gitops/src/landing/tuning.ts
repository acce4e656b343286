/**
 * Every timing and size of the landing queue, in one place. Times are milliseconds.
 */

/**
 * How long a request may be landed by others. Its writer takes it back after half of this at the
 * latest, so a request still there afterwards belongs to a writer that died: it is deleted
 * unlanded, and a cancelled run's deploy cannot land long after the fact.
 */
export const LANDING_REQUEST_TTL_MS = 5 * 60_000;

/** How far a request's times may lie ahead of a reader's clock before it is junk (clocks differ a little). */
export const LANDING_CLOCK_SKEW_MS = 60_000;

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

/**
 * While a deploy waits in the queue, its place is logged when it changes and again after this long
 * (a long wait must not look like a hang in the workflow log).
 */
export const LANDING_PROGRESS_MS = 30_000;

/** Requests one landing push takes at most (oldest first): the rest wait for the next push. */
export const MAX_LANDING_REQUESTS = 32;

/** Junk requests one writer deletes per round at most, in one push. */
export const JUNK_BATCH = 100;
