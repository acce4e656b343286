import { computeDoraMetrics, type Deployment, type DoraMetrics, percentile, sameCommit } from '@shipgate/trail';
import { describe, expect, test } from 'vitest';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = Date.parse('2026-11-01T00:00:00Z');
const at = (hours: number) => new Date(start + hours * HOUR).toISOString();

function deploy(sha: string, hours: number, sourceHoursBefore?: number): Deployment {
  return {
    app: 'web',
    environment: 'production',
    imageRefs: [`registry.example/web@sha256:${sha.repeat(64).slice(0, 64)}`],
    source: `acme/web@${sha}`,
    sourceTime: sourceHoursBefore === undefined ? undefined : at(hours - sourceHoursBefore),
    approvedBy: [],
    commitSha: sha.repeat(40).slice(0, 40),
    committedAt: at(hours),
    kind: 'deploy',
    path: 'apps/web/production',
    subject: `Deploy web to production`,
  };
}

function rollback(sha: string, hours: number, of: string, to: string): Deployment {
  return {
    ...deploy(sha, hours),
    kind: 'rollback',
    rollbackOf: of.repeat(40).slice(0, 40),
    rollbackTo: to.repeat(40).slice(0, 40),
    reason: 'broken',
  };
}

const window7d = { since: new Date(start), until: new Date(start + 7 * DAY) };

describe('deployment rework rate', () => {
  test.each<[string, Deployment[], Pick<DoraMetrics, 'hotfixes' | 'reworkRate'>]>([
    ['no deployments: null', [], { hotfixes: 0, reworkRate: null }],
    ['planned deploys only: 0', [deploy('a', 1), deploy('b', 2)], { hotfixes: 0, reworkRate: 0 }],
    [
      'a hotfix and a rollback among four deployments: 2/4',
      [deploy('a', 1), { ...deploy('b', 2), hotfix: true }, deploy('c', 3), rollback('d', 4, 'c', 'b')],
      { hotfixes: 1, reworkRate: 0.5 },
    ],
    [
      'a hotfix before the window does not count',
      [{ ...deploy('a', -5), hotfix: true }, deploy('b', 2)],
      { hotfixes: 0, reworkRate: 0 },
    ],
  ])('%s', (_name, deployments, expected) => {
    expect(computeDoraMetrics(deployments, window7d)).toMatchObject(expected);
  });
});

describe('computeDoraMetrics', () => {
  test.each<[string, Deployment[], Partial<DoraMetrics>]>([
    [
      'no deployments at all: nothing to measure is null, never 0',
      [],
      {
        deploys: 0,
        rollbacks: 0,
        deploysPerDay: 0,
        leadTime: { samples: 0, medianMs: null, p90Ms: null },
        failedDeploys: 0,
        changeFailureRate: null,
        timeToRestore: { samples: 0, medianMs: null },
      },
    ],
    [
      'deploys without rollbacks: failure rate 0, no time to restore',
      [deploy('a', 10, 1), deploy('b', 34, 3), deploy('c', 58, 2)],
      {
        deploys: 3,
        deploysPerDay: 3 / 7,
        deploysPerWeek: 3,
        leadTime: { samples: 3, medianMs: 2 * HOUR, p90Ms: 2.8 * HOUR },
        changeFailureRate: 0,
        timeToRestore: { samples: 0, medianMs: null },
      },
    ],
    [
      'a rollback fails the deploy it names and gives the time to restore',
      [deploy('a', 10, 1), deploy('b', 20, 4), rollback('c', 21.5, 'b', 'a'), deploy('d', 30, 2)],
      {
        deploys: 3,
        rollbacks: 1,
        failedDeploys: 1,
        changeFailureRate: 1 / 3,
        timeToRestore: { samples: 1, medianMs: 1.5 * HOUR },
        leadTime: { samples: 3, medianMs: 2 * HOUR, p90Ms: 3.6 * HOUR },
      },
    ],
    [
      'deploys and rollbacks outside the window are left out; a rollback after the window is not yet known',
      [deploy('a', -5, 1), rollback('b', -4, 'a', 'a'), deploy('c', 2, 1), deploy('d', 7 * 24 + 1, 1)],
      {
        deploys: 1,
        rollbacks: 0,
        failedDeploys: 0,
        changeFailureRate: 0,
        timeToRestore: { samples: 0, medianMs: null },
      },
    ],
    [
      'a deploy rolled back after the window ends is not (yet) a failure',
      [deploy('a', 10, 1), deploy('b', 7 * 24 - 1, 1), rollback('c', 7 * 24 + 1, 'b', 'a')],
      { deploys: 2, rollbacks: 0, failedDeploys: 0, changeFailureRate: 0 },
    ],
    [
      'a deploy before the window rolled back inside it counts for time to restore, not for failure rate',
      [deploy('a', -30, 1), deploy('b', -2, 1), rollback('c', 4, 'b', 'a')],
      { deploys: 0, rollbacks: 1, changeFailureRate: null, timeToRestore: { samples: 1, medianMs: 6 * HOUR } },
    ],
    [
      'deploys without a source time have no lead time; a source time after the deploy counts as 0',
      [deploy('a', 10), { ...deploy('b', 20), sourceTime: at(21) }, { ...deploy('c', 30), sourceTime: 'garbage' }],
      { deploys: 3, leadTime: { samples: 1, medianMs: 0, p90Ms: 0 } },
    ],
    [
      'rollbacks are not deploys, a rollback naming an abbreviated sha still matches',
      [deploy('a', 1, 1), deploy('b', 2, 1), { ...rollback('c', 5, 'b', 'a'), rollbackOf: 'bbbbbbb' }],
      {
        deploys: 2,
        rollbacks: 1,
        failedDeploys: 1,
        changeFailureRate: 0.5,
        timeToRestore: { samples: 1, medianMs: 3 * HOUR },
      },
    ],
  ])('%s', (_name, history, expected) => {
    expect(computeDoraMetrics(history, window7d)).toMatchObject(expected);
  });

  test('the time to restore is the median over rollbacks', () => {
    const history = [
      deploy('a', 1, 1),
      deploy('b', 2, 1),
      rollback('c', 3, 'b', 'a'), // 1 h
      deploy('d', 10, 1),
      rollback('e', 14, 'd', 'a'), // 4 h
      deploy('f', 20, 1),
      rollback('g', 30, 'f', 'a'), // 10 h
    ];
    expect(computeDoraMetrics(history, window7d).timeToRestore).toEqual({ samples: 3, medianMs: 4 * HOUR });
  });

  test('rolling back a rollback: the time to restore runs from the first rollback; no deploy fails twice', () => {
    const history = [
      deploy('a', 1, 1),
      deploy('b', 2, 1),
      deploy('c', 3, 1),
      rollback('d', 4, 'c', 'b'), // 1 h after c
      rollback('e', 7, 'd', 'a'), // 3 h after d
    ];
    expect(computeDoraMetrics(history, window7d)).toMatchObject({
      deploys: 3,
      rollbacks: 2,
      failedDeploys: 1,
      changeFailureRate: 1 / 3,
      timeToRestore: { samples: 2, medianMs: 2 * HOUR },
    });
  });

  test('an empty or inverted window is refused', () => {
    expect(() => computeDoraMetrics([], { since: new Date(start), until: new Date(start) })).toThrow(RangeError);
  });
});

describe('percentile', () => {
  test.each([
    [[], 50, null],
    [[5], 90, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 1, 3, 2], 90, 3.7],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 91],
    [[1, 2, 3], 0, 1],
    [[1, 2, 3], 100, 3],
  ])('%j p%d = %s', (values, p, expected) => {
    const result = percentile(values, p);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe('sameCommit', () => {
  test.each([
    ['0123456789abcdef0123456789abcdef01234567', '0123456', true],
    ['0123456789abcdef0123456789abcdef01234567', '0123456789ABCDEF0123456789ABCDEF01234567', true],
    ['0123456789abcdef0123456789abcdef01234567', '0123457', false],
    ['abc', 'abcd', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameCommit(a, b)).toBe(expected);
  });
});
