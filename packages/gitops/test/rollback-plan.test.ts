import { ConfigurationError } from '@shipgate/core';
import type { Deployment } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';
import { planRollback } from '../src/rollback';

const sha = (c: string) => c.repeat(40);
let clock = 0;

function deploy(c: string): Deployment {
  return {
    app: 'web',
    environment: 'production',
    imageRefs: [`registry.example/web@sha256:${c.repeat(64)}`],
    source: `acme/web@${c.repeat(7)}`,
    approvedBy: [],
    commitSha: sha(c),
    committedAt: new Date(Date.UTC(2026, 10, 1) + ++clock * 60_000).toISOString(),
    kind: 'deploy',
    path: 'apps/web/production',
    subject: 'Deploy web to production',
  };
}

function rollback(c: string, of: string, to: string): Deployment {
  return { ...deploy(c), kind: 'rollback', rollbackOf: sha(of), rollbackTo: sha(to) };
}

/** Newest first, as readDeployments returns them. */
const newestFirst = (...oldestFirst: Deployment[]) => [...oldestFirst].reverse();

describe('planRollback to previous', () => {
  test.each<[string, Deployment[], string, string]>([
    ['the deploy before the current one', newestFirst(deploy('a'), deploy('b'), deploy('c')), 'c', 'b'],
    [
      'after a rollback, further back rather than to the deploy that failed',
      newestFirst(deploy('a'), deploy('b'), deploy('c'), rollback('d', 'c', 'b')),
      'd',
      'a',
    ],
    [
      'skipping a deploy that was rolled back before',
      newestFirst(deploy('a'), deploy('b'), rollback('c', 'b', 'a'), deploy('d')),
      'd',
      'a',
    ],
    [
      'a rollback to an explicit older deploy, then previous: older than that one',
      newestFirst(deploy('a'), deploy('b'), deploy('c'), deploy('e'), rollback('f', 'e', 'b')),
      'f',
      'a',
    ],
  ])('%s', (_name, history, current, target) => {
    const plan = planRollback(history, 'previous', 'web in production');
    expect(plan.current.commitSha).toBe(sha(current));
    expect(plan.target.commitSha).toBe(sha(target));
  });

  test.each<[string, Deployment[], RegExp]>([
    ['no history', [], /There is no deployment of web in production to roll back\./],
    ['a single deploy', [deploy('a')], /no earlier deployment of web in production/],
    [
      'everything older was rolled back',
      newestFirst(deploy('a'), deploy('b'), rollback('c', 'b', 'a')),
      /no earlier deployment.*aaaaaaa is the oldest/,
    ],
  ])('refuses %s', (_name, history, message) => {
    expect(() => planRollback(history, 'previous', 'web in production')).toThrow(ConfigurationError);
    expect(() => planRollback(history, 'previous', 'web in production')).toThrow(message);
  });
});

describe('planRollback to a sha', () => {
  const history = newestFirst(deploy('a'), deploy('b'), rollback('c', 'b', 'a'), deploy('d'));

  test.each([
    ['a full sha', sha('a'), 'a'],
    ['an abbreviated sha', 'aaaaaaa', 'a'],
    ['upper case', 'AAAAAAAA', 'a'],
    ['a deploy that was rolled back before (an explicit choice)', sha('b'), 'b'],
    ['a rollback commit means the deploy it restored', sha('c'), 'a'],
  ])('%s', (_name, to, target) => {
    const plan = planRollback(history, to, 'web in production');
    expect(plan.target.commitSha).toBe(sha(target));
    expect(plan.current.commitSha).toBe(sha('d'));
  });

  test.each([
    ['not a sha', 'main', /Input "to" must be "previous" or a deploy commit sha, got "main"\./],
    ['too short', 'abc', /must be "previous" or a deploy commit sha/],
    ['unknown', 'eeeeeee', /names eeeeeee, which is not a deployment of web in production\./],
    ['what runs now', sha('d'), /which is what web in production runs now/],
  ])('refuses %s', (_name, to, message) => {
    expect(() => planRollback(history, to, 'web in production')).toThrow(message);
  });
});
