import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { queueJunk } from '../src/landing/listing';
import { planLanding } from '../src/landing/planner';
import {
  formatLandingRequest,
  isTrustedRequest,
  landingSignature,
  parseLandingRequest,
  type QueuedDeploy,
} from '../src/landing/request';
import { LANDING_REQUEST_TTL_MS } from '../src/landing/tuning';

const NOW = Date.UTC(2026, 10, 22, 5, 30);
const KEY = 'gst_shared_pipeline_token';
const NONCE = '5'.repeat(32);

function request(fields: Partial<QueuedDeploy> = {}): QueuedDeploy {
  const entry: QueuedDeploy = {
    id: 'a1b2c3',
    ref: 'refs/shipgate/queue/a1b2c3',
    tag: 'e'.repeat(40),
    commit: 'c'.repeat(40),
    branch: 'main',
    path: 'apps/web/dev',
    queuedAt: NOW - 1000,
    expiresAt: NOW - 1000 + LANDING_REQUEST_TTL_MS,
    nonce: NONCE,
    message: `Deploy web\n\nShipgate-App: web\nShipgate-Environment: dev\nShipgate-Request: ${NONCE}\n`,
    author: 'bot <bot@example.com> 1795323000 +0000',
    committer: 'bot <bot@example.com>',
    trail: { app: 'web', environment: 'dev', imageRefs: [], approvedBy: [], request: NONCE },
    ...fields,
  };
  return { ...entry, signature: landingSignature(KEY, entry, entry.commit) };
}

describe('a signed request is single-use and bound to its ref', () => {
  test('it verifies under its own ref and nonce', () => {
    expect(isTrustedRequest(request(), KEY)).toBe(true);
  });

  test.each([
    ['copied under another ref name', { ref: 'refs/shipgate/queue/ffffff', id: 'ffffff' }],
    ['given another nonce in the tag', { nonce: '6'.repeat(32) }],
  ])('not when %s', (_name, change) => {
    expect(isTrustedRequest({ ...request(), ...change }, KEY)).toBe(false);
  });

  test('not when the tag nonce differs from the deploy commit trailer', () => {
    const entry = request({
      trail: { app: 'web', environment: 'dev', imageRefs: [], approvedBy: [], request: '7'.repeat(32) },
    });
    expect(isTrustedRequest(entry, KEY)).toBe(false);
  });

  test('the nonce travels in the tag message', () => {
    const entry = request();
    expect(parseLandingRequest(formatLandingRequest(entry))?.nonce).toBe(NONCE);
  });

  test('a request whose nonce is on the branch is replayed, not applied', () => {
    const entry = request();
    const landed: Deployment = {
      app: 'web',
      environment: 'dev',
      imageRefs: [],
      approvedBy: [],
      request: NONCE,
      commitSha: 'd'.repeat(40),
      committedAt: '2026-11-22T05:00:00Z',
      kind: 'deploy',
      path: '',
      subject: 'Deploy web',
    };
    const pathObjects = new Map([[`${entry.commit}:${entry.path}`, `tree ${'f'.repeat(40)}`]]);
    expect(planLanding([entry], { branch: 'main', history: [], pathObjects, now: NOW })[0]?.action).toBe('apply');
    expect(planLanding([entry], { branch: 'main', history: [landed], pathObjects, now: NOW })[0]?.action).toBe(
      'replayed',
    );
  });
});

describe('a request its writer took back and posted again (the same nonce)', () => {
  test('lands once when a copy of the first is queued beside it: the second of the two is replayed', () => {
    const first = request();
    const renewed = request({
      id: 'd4e5f6',
      ref: 'refs/shipgate/queue/d4e5f6',
      tag: '9'.repeat(40),
      commit: '8'.repeat(40),
      queuedAt: NOW - 500,
      expiresAt: NOW - 500 + LANDING_REQUEST_TTL_MS,
    });
    const tree = `tree ${'f'.repeat(40)}`;
    const pathObjects = new Map([
      [`${first.commit}:${first.path}`, tree],
      [`${renewed.commit}:${renewed.path}`, tree],
    ]);
    for (const queue of [
      [first, renewed],
      [renewed, first],
    ]) {
      const actions = planLanding(queue, { branch: 'main', history: [], pathObjects, now: NOW });
      expect(actions.map((action) => [action.entry.id, action.action])).toEqual([
        ['a1b2c3', 'apply'],
        ['d4e5f6', 'replayed'],
      ]);
    }
  });
});

describe('queueJunk', () => {
  const record = (id: string, tag: string, commit: string, message: string) =>
    `refs/remotes/shipgate-queue/${id}\u0000${tag}\u0000${commit}\u0000${message}\u0000bot <b@e> 1 +0000\u0000bot <b@e>\u0000Shipgate-App: web\u001eShipgate-Environment: dev\u0000Deploy web\n\u0000\n`;
  const message = (expiresAt: number, queuedAt = NOW) =>
    formatLandingRequest({ branch: 'main', path: 'apps/web/dev', queuedAt, expiresAt });

  test('malformed refs and requests claiming too long a life are junk; a live request is not', () => {
    const listing = [
      record('live', 'a'.repeat(40), 'c'.repeat(40), message(NOW + LANDING_REQUEST_TTL_MS)),
      record('forever', 'b'.repeat(40), 'c'.repeat(40), message(Date.UTC(9999, 11, 31))),
      record('future', 'd'.repeat(40), 'c'.repeat(40), message(NOW + LANDING_REQUEST_TTL_MS, NOW + 3_600_000)),
      record('commit', 'e'.repeat(40), '', 'Deploy web\n'),
    ].join('');
    expect(queueJunk(listing, NOW)).toEqual([
      { ref: 'refs/shipgate/queue/forever', object: 'b'.repeat(40) },
      { ref: 'refs/shipgate/queue/future', object: 'd'.repeat(40) },
      { ref: 'refs/shipgate/queue/commit', object: 'e'.repeat(40) },
    ]);
  });
});
