import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { parseQueueListing } from '../src/landing/listing';
import { oldestPending, planLanding, spentCopies, viewQueue } from '../src/landing/planner';
import {
  formatLandingRequest,
  isTrustedRequest,
  landingSignature,
  parseLandingRequest,
  type QueuedDeploy,
} from '../src/landing/request';
import { MAX_LANDING_REQUESTS } from '../src/landing/tuning';
import { landingLookDelay } from '../src/landing/waiting';

// Captured from git 2.39: `git for-each-ref --format=<QUEUE_LISTING_FORMAT>%00 refs/remotes/shipgate-queue/
// refs/remotes/origin/main` over a clone holding two requests (one of them not carrying a deploy).
const LISTING =
  'refs/remotes/origin/main\u000094524c3849edcf1621565c4f746235eef255c6ea\u0000\u0000init\n\u0000\u0000 \u0000\u0000\u0000\n' +
  'refs/remotes/shipgate-queue/3f9a0c1d2e\u0000ee3d8c67abb21292ac508efff859fd3a6f218ec3\u00009431fe2a65a546eb8c294c2a99496478b18a37b0\u0000Shipgate landing request\n\nbranch: main\npath: apps/web/dev\nqueued: 2026-11-22T05:55:00.250Z\nexpires: 2026-11-22T06:00:00.000Z\n\u0000github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 1795323000 +0000\u0000github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\u0000Shipgate-App: web\u001eShipgate-Environment: dev\u001eShipgate-Image: ghcr.io/acme/web@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u001eShipgate-Source: acme/web@9b2e1d0\u001eShipgate-Source-Time: 2026-11-01T10:00:00.000Z\u001eShipgate-Run: https://github.com/acme/web/actions/runs/123\u0000Deploy web to dev\n\nRolled out by the pipeline.\n\nShipgate-App: web\nShipgate-Environment: dev\nShipgate-Image: ghcr.io/acme/web@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nShipgate-Source: acme/web@9b2e1d0\nShipgate-Source-Time: 2026-11-01T10:00:00.000Z\nShipgate-Run: https://github.com/acme/web/actions/runs/123\n\u0000\n' +
  'refs/remotes/shipgate-queue/77aa\u0000bb4fc7ea4a0ee02945096c9426c897081d6ab2f0\u00007df72289257c1d2508318147e1c1fb7f8a92b4af\u0000Shipgate landing request\n\nbranch: env/staging\npath: web\nqueued: 2026-11-22T05:55:01.000Z\nexpires: 2026-11-22T06:00:00.000Z\n\u0000github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 1795323000 +0000\u0000github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\u0000\u0000not a deploy\n\u0000\n';

const EXPIRES = Date.UTC(2026, 10, 22, 6, 0);
const NOW = Date.UTC(2026, 10, 22, 5, 30);

describe('landing requests', () => {
  test('a request reads back as it was written', () => {
    const request = { branch: 'env/staging', path: 'apps/web/dev', queuedAt: NOW, expiresAt: EXPIRES };
    expect(parseLandingRequest(formatLandingRequest(request))).toEqual(request);
  });

  test.each([
    ['another tag message', 'v1.2.3\n\nRelease notes\n'],
    [
      'no path',
      'Shipgate landing request\n\nbranch: main\nqueued: 2026-11-22T05:55:00Z\nexpires: 2026-11-22T06:00:00Z\n',
    ],
    [
      'no branch',
      'Shipgate landing request\n\npath: apps/web\nqueued: 2026-11-22T05:55:00Z\nexpires: 2026-11-22T06:00:00Z\n',
    ],
    ['no queue time', 'Shipgate landing request\n\nbranch: main\npath: apps/web\nexpires: 2026-11-22T06:00:00Z\n'],
    [
      'an unreadable expiry',
      'Shipgate landing request\n\nbranch: main\npath: apps/web\nqueued: 2026-11-22T05:55:00Z\nexpires: soon\n',
    ],
  ])('%s is not a request', (_name, message) => {
    expect(parseLandingRequest(message)).toBeUndefined();
  });

  test('the queue listing gives each request with its deploy commit, byte-exact message and trail', () => {
    const queue = parseQueueListing(LISTING);
    expect(queue.map((entry) => entry.id)).toEqual(['3f9a0c1d2e', '77aa']);
    const [web, other] = queue;
    expect(web).toMatchObject({
      id: '3f9a0c1d2e',
      ref: 'refs/shipgate/queue/3f9a0c1d2e',
      tag: 'ee3d8c67abb21292ac508efff859fd3a6f218ec3',
      commit: '9431fe2a65a546eb8c294c2a99496478b18a37b0',
      branch: 'main',
      path: 'apps/web/dev',
      expiresAt: EXPIRES,
      queuedAt: Date.UTC(2026, 10, 22, 5, 55, 0, 250),
      author: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> 1795323000 +0000',
      committer: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      trail: {
        app: 'web',
        environment: 'dev',
        source: 'acme/web@9b2e1d0',
        sourceTime: '2026-11-01T10:00:00.000Z',
        run: 'https://github.com/acme/web/actions/runs/123',
      },
    });
    expect(web?.message).toMatch(/^Deploy web to dev\n\nRolled out by the pipeline\.\n\nShipgate-App: web\n/);
    expect(web?.message.endsWith('actions/runs/123\n')).toBe(true);
    // A path a writer could not have asked for is not listed at all.
    for (const path of ['../../etc', '/etc/cron.d', 'apps/.git/hooks']) {
      expect(
        parseQueueListing(LISTING.replace('path: apps/web/dev', `path: ${path}`)).map((entry) => entry.id),
      ).toEqual(['77aa']);
    }
    // Listed, so that it can expire, but never landed: it carries no deployment trail.
    expect(other).toMatchObject({ branch: 'env/staging', path: 'web', trail: undefined, message: 'not a deploy\n' });
  });
});

describe('signed requests', () => {
  const KEY = 'gst_shared_pipeline_token';
  const signed = (key: string | undefined, overrides: Partial<QueuedDeploy> = {}) => {
    const entry = request('web');
    const base = { ...entry, ...overrides };
    if (key) base.signature = landingSignature(key, entry, entry.commit);
    return base;
  };

  test('a request signed with the key this writer holds is trusted', () => {
    expect(isTrustedRequest(signed(KEY), KEY)).toBe(true);
  });

  test.each([
    ['signed with another key', signed('someone-elses-key')],
    ['unsigned', signed(undefined)],
    ['pointed at another commit after signing', signed(KEY, { commit: 'f'.repeat(40) })],
    ['moved to another path after signing', signed(KEY, { path: 'apps/billing/prod' })],
    ['moved to another branch after signing', signed(KEY, { branch: 'env/prod' })],
    ['given a longer life after signing', signed(KEY, { expiresAt: EXPIRES + 3_600_000 })],
    ['carrying a malformed signature', { ...signed(KEY), signature: 'not-hex' }],
  ])('a request %s is not trusted', (_name, entry) => {
    expect(isTrustedRequest(entry, KEY)).toBe(false);
  });

  test('without a key (a local repository, no token) only unsigned requests are trusted', () => {
    expect(isTrustedRequest(signed(undefined), undefined)).toBe(true);
    expect(isTrustedRequest(signed(KEY), undefined)).toBe(false);
  });

  test('the signature travels in the tag message', () => {
    const entry = signed(KEY);
    expect(parseLandingRequest(formatLandingRequest(entry))?.signature).toBe(entry.signature);
  });
});

let serial = 0;
function request(
  app: string,
  options: { sourceTime?: string; source?: string; queuedAt?: number; branch?: string; expiresAt?: number } = {},
): QueuedDeploy {
  serial += 1;
  const commit = serial.toString(16).padStart(40, 'c');
  return {
    id: `r${serial}`,
    ref: `refs/shipgate/queue/r${serial}`,
    tag: serial.toString(16).padStart(40, 'e'),
    commit,
    branch: options.branch ?? 'main',
    path: `apps/${app}/dev`,
    expiresAt: options.expiresAt ?? EXPIRES,
    queuedAt: options.queuedAt ?? NOW - 1000 + serial,
    message: `Deploy ${app}\n`,
    author: 'bot <bot@example.com> 1795323000 +0000',
    committer: 'bot <bot@example.com>',
    trail: {
      app,
      environment: 'dev',
      imageRefs: [],
      approvedBy: [],
      ...(options.source ? { source: options.source } : {}),
      ...(options.sourceTime ? { sourceTime: options.sourceTime } : {}),
    },
  };
}

function deployed(app: string, fields: Partial<Deployment>): Deployment {
  return {
    app,
    environment: 'dev',
    imageRefs: [],
    approvedBy: [],
    commitSha: 'd'.repeat(40),
    committedAt: '2026-11-01T00:00:00Z',
    kind: 'deploy',
    path: '',
    subject: '',
    ...fields,
  };
}

/** Every request's path holds a tree of its own, different from the tip's. */
function pathObjects(queue: readonly QueuedDeploy[], tip: Record<string, string> = {}): Map<string, string> {
  const objects = new Map<string, string>();
  for (const entry of queue) objects.set(`${entry.commit}:${entry.path}`, `tree ${entry.commit.replace(/c/g, 'f')}`);
  for (const [path, object] of Object.entries(tip)) objects.set(`tip:${path}`, object);
  return objects;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString();
const summary = (actions: ReturnType<typeof planLanding>) =>
  actions.map(
    (action) => `${action.entry.trail?.app}@${action.entry.trail?.sourceTime?.slice(14, 16) ?? '-'}:${action.action}`,
  );

describe('planLanding', () => {
  test('requests for different paths all land, in the order they were queued', () => {
    const queue = [request('b'), request('a'), request('c')];
    const actions = planLanding(queue, { branch: 'main', history: [], pathObjects: pathObjects(queue), now: NOW });
    expect(actions.map((action) => [action.entry.id, action.action])).toEqual(
      queue.map((entry) => [entry.id, 'apply']),
    );
  });

  test('requests for one path land oldest source first, and one older than the deployed source is refused', () => {
    const queue = [
      request('web', { sourceTime: at(7) }),
      request('web', { sourceTime: at(1) }),
      request('web', { sourceTime: at(5) }),
    ];
    const actions = planLanding(queue, {
      branch: 'main',
      history: [deployed('web', { sourceTime: at(3), source: 'acme/web@3' })],
      pathObjects: pathObjects(queue),
      now: NOW,
    });
    expect(summary(actions)).toEqual(['web@01:refused', 'web@05:apply', 'web@07:apply']);
    expect(actions[0]).toMatchObject({ reason: expect.stringContaining('is older than the deployed acme/web@3') });
  });

  test('requests with equal source times are not ordered by the rule: both land, in queue order', () => {
    const queue = [request('web', { sourceTime: at(5) }), request('web', { sourceTime: at(5) })];
    const actions = planLanding(queue, { branch: 'main', history: [], pathObjects: pathObjects(queue), now: NOW });
    expect(summary(actions)).toEqual(['web@05:apply', 'web@05:apply']);
    expect(actions.map((action) => action.entry.id)).toEqual(queue.map((entry) => entry.id));
  });

  test('a rolled-back source stays out even when it is queued', () => {
    const bad = request('web', { source: 'acme/web@bad', sourceTime: at(9) });
    const history = [
      deployed('web', { kind: 'rollback', commitSha: 'e'.repeat(40), rollbackOf: 'b'.repeat(40), sourceTime: at(2) }),
      deployed('web', { commitSha: 'b'.repeat(40), source: 'acme/web@bad', sourceTime: at(9) }),
    ];
    const [action] = planLanding([bad], { branch: 'main', history, pathObjects: pathObjects([bad]), now: NOW });
    expect(action).toMatchObject({ action: 'refused', reason: expect.stringContaining('was rolled back') });
  });

  test('a path that already holds the queued tree is settled without a commit', () => {
    const same = request('web');
    const objects = pathObjects([same]);
    objects.set('tip:apps/web/dev', objects.get(`${same.commit}:apps/web/dev`) as string);
    expect(summary(planLanding([same], { branch: 'main', history: [], pathObjects: objects, now: NOW }))).toEqual([
      'web@-:unchanged',
    ]);
  });

  test('a request past its expiry is dropped, and requests for other branches are not touched', () => {
    const stale = request('old', { expiresAt: NOW - 1 });
    const elsewhere = request('web', { branch: 'env/prod' });
    const actions = planLanding([stale, elsewhere], {
      branch: 'main',
      history: [],
      pathObjects: pathObjects([stale, elsewhere]),
      now: NOW,
    });
    expect(actions.map((action) => [action.entry.id, action.action])).toEqual([[stale.id, 'expired']]);
  });

  test('the leader is the oldest request still in force', () => {
    const expired = request('a', { queuedAt: NOW - 5000, expiresAt: NOW - 1 });
    const first = request('b', { queuedAt: NOW - 4000 });
    const second = request('c', { queuedAt: NOW - 3000 });
    expect(oldestPending([second, expired, first], NOW)?.id).toBe(first.id);
    expect(oldestPending([expired], NOW)).toBeUndefined();
  });

  test('requests queued in the same millisecond are ordered by id code unit by code unit, whatever the locale', () => {
    // A locale's collation puts `a` before `B` (and may differ between runners); code units do not.
    const lower = { ...request('a', { queuedAt: NOW - 4000 }), id: 'a1' };
    const upper = { ...request('b', { queuedAt: NOW - 4000 }), id: 'B1' };
    expect(oldestPending([lower, upper], NOW)?.id).toBe('B1');
    expect(oldestPending([upper, lower], NOW)?.id).toBe('B1');
    const actions = planLanding([lower, upper], {
      branch: 'main',
      history: [],
      pathObjects: pathObjects([lower, upper]),
      now: NOW,
    });
    expect(actions.map((action) => action.entry.id)).toEqual(['B1', 'a1']);
  });
});

describe('viewQueue', () => {
  const KEY = 'gst_shared_pipeline_token';
  const signed = (entry: QueuedDeploy) => ({ ...entry, signature: landingSignature(KEY, entry, entry.commit) });
  const ids = (entries: readonly QueuedDeploy[]) => entries.map((entry) => entry.id);

  test('a writer with no key takes only its own request, and expired ones to clear them', () => {
    const ours = request('web', { queuedAt: NOW - 100 });
    const other = request('api', { queuedAt: NOW - 500 });
    const expired = request('old', { queuedAt: NOW - 900, expiresAt: NOW - 1 });
    const view = viewQueue([other, expired, ours], ours, { branch: 'main', key: undefined, now: NOW });
    expect(ids(view.queue)).toEqual([ours.id, expired.id]);
    expect(ids(view.pending)).toEqual([ours.id]);
    expect(view.leader?.id).toBe(ours.id);
  });

  test('with the key, signed requests of the branch are taken and the oldest leads; others are left out', () => {
    const ours = request('web', { queuedAt: NOW - 100 });
    const older = signed(request('api', { queuedAt: NOW - 500 }));
    const unsigned = request('db', { queuedAt: NOW - 700 });
    const elsewhere = signed(request('ui', { queuedAt: NOW - 800, branch: 'env/prod' }));
    const view = viewQueue([unsigned, older, elsewhere, ours], ours, { branch: 'main', key: KEY, now: NOW });
    expect(ids(view.queue)).toEqual([ours.id, older.id]);
    expect(view.leader?.id).toBe(older.id);
  });

  test('one round takes at most MAX_LANDING_REQUESTS: ours, then the oldest', () => {
    const ours = request('web', { queuedAt: NOW });
    const others = Array.from({ length: 40 }, (_, index) => signed(request(`app${index}`, { queuedAt: NOW - index })));
    const view = viewQueue([...others, ours], ours, { branch: 'main', key: KEY, now: NOW + 1 });
    expect(view.queue).toHaveLength(MAX_LANDING_REQUESTS);
    expect(view.queue[0]?.id).toBe(ours.id);
    expect(ids(view.queue.slice(1))).toEqual(ids([...others].reverse().slice(0, MAX_LANDING_REQUESTS - 1)));
  });
});

describe('spentCopies', () => {
  test('requests outside the landing whose nonce is on the branch are copies of spent ones', () => {
    const landing = request('web');
    const copy = { ...request('web'), nonce: 'n1' };
    const copyByTrailer = request('web');
    if (copyByTrailer.trail) copyByTrailer.trail.request = 'n2';
    const fresh = { ...request('web'), nonce: 'n3' };
    const inLanding = { ...request('web'), nonce: 'n1' };
    const history = [deployed('web', { request: 'n1' }), deployed('web', { request: 'n2' })];
    expect(spentCopies([landing, copy, copyByTrailer, fresh, inLanding], [landing, inLanding], history)).toEqual([
      copy,
      copyByTrailer,
    ]);
  });
});

describe('landingLookDelay', () => {
  test.each([
    // The leader looks again soon while its queue settles, whatever the queue's length.
    [{ leading: true, pending: 30 }, 0, 150],
    [{ leading: true, pending: 30 }, 1, 300],
    // The others wait longer the longer the queue, within bounds, never less than half the ceiling.
    [{ leading: false, pending: 2 }, 0, 150],
    [{ leading: false, pending: 2 }, 1, 300],
    [{ leading: false, pending: 10 }, 1, 800],
    [{ leading: false, pending: 31 }, 0, 1240],
    [{ leading: false, pending: 31 }, 1, 2480],
    [{ leading: false, pending: 200 }, 1, 2500],
  ])('%j with random %d waits %d ms', (wait, random, expected) => {
    expect(landingLookDelay(wait, () => random)).toBe(expected);
  });
});
