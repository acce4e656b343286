import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import {
  buildDeploymentReport,
  type Deployment,
  deploysPerDayChart,
  formatDuration,
  parseSince,
  renderReportSummary,
  scanVerdictOf,
  unknownNameWarnings,
  writeDeploymentReport,
} from '@shipgate/trail';
import { describe, expect, test } from 'vitest';

const HOUR = 3_600_000;
const now = new Date('2026-11-22T12:00:00Z');
const digest = (c: string) => `sha256:${c.repeat(64)}`;

function deployment(overrides: Partial<Deployment> & Pick<Deployment, 'commitSha' | 'committedAt'>): Deployment {
  return {
    app: 'web',
    environment: 'production',
    imageRefs: [`registry.example/web@${digest('a')}`],
    source: 'acme/web@1111111',
    approvedBy: ['alice'],
    scan: 'pass; trivy 0.58.1; critical=0 high=0',
    kind: 'deploy',
    path: 'apps/web/production',
    subject: 'Deploy web to production',
    ...overrides,
  };
}

describe('parseSince', () => {
  test.each([
    ['30d', '2026-10-23T12:00:00.000Z'],
    ['12h', '2026-11-22T00:00:00.000Z'],
    ['2w', '2026-11-08T12:00:00.000Z'],
    ['90m', '2026-11-22T10:30:00.000Z'],
    ['2026-10-01', '2026-10-01T00:00:00.000Z'],
    ['2026-10-01T08:30:00Z', '2026-10-01T08:30:00.000Z'],
    ['2026-10-01T08:30:00+02:00', '2026-10-01T06:30:00.000Z'],
  ])('%s', (value, expected) => {
    expect(parseSince(value, now).toISOString()).toBe(expected);
  });

  test.each(['', '30', '30 days', 'yesterday', '0d', '2026-13-45', '2026-12-01', '1.5d'])('refuses %j', (value) => {
    expect(() => parseSince(value, now)).toThrow(ConfigurationError);
    expect(() => parseSince(value, now)).toThrow(/Input "since"/);
  });

  test.each(['150000d', '99999999d', '999999999999w', '1000000000000d', '3661d', '523w', '1900-01-01'])(
    '%s reaches back too far: refused at once, before any per-day work',
    (value) => {
      const started = performance.now();
      expect(() => parseSince(value, now)).toThrow(
        `Input "since" reaches back more than 3660 days, the longest report window, got "${value}".`,
      );
      expect(performance.now() - started).toBeLessThan(100);
    },
  );

  test('the window limit is a parameter; 3660d itself is allowed', () => {
    expect(parseSince('3660d', now).getTime()).toBe(now.getTime() - 3660 * 86_400_000);
    expect(() => parseSince('8d', now, 'since', { maxDays: 7 })).toThrow(/more than 7 days/);
  });

  test('a since after until names both inputs', () => {
    const until = new Date('2026-10-01T00:00:00Z');
    expect(() =>
      parseSince('2026-11-01', until, 'since', { untilInput: { name: 'until', value: '2026-10-01' } }),
    ).toThrow('Input "since" (2026-11-01) must be before input "until" (2026-10-01).');
  });
});

describe('scanVerdictOf', () => {
  test.each([
    ['pass; trivy 0.58.1; critical=0 high=2', 'pass'],
    ['FAIL; grype 0.80.0; critical=1', 'fail'],
    ['pass', 'pass'],
    [undefined, 'unknown'],
    ['skipped', 'unknown'],
  ])('%j → %s', (scan, expected) => {
    expect(scanVerdictOf({ scan })).toBe(expected);
  });
});

describe('buildDeploymentReport', () => {
  const history: Deployment[] = [
    deployment({ commitSha: 'a'.repeat(40), committedAt: '2026-11-19T09:00:00Z', sourceTime: '2026-11-19T08:00:00Z' }),
    deployment({
      commitSha: 'b'.repeat(40),
      committedAt: '2026-11-20T10:00:00Z',
      sourceTime: '2026-11-20T07:00:00Z',
      imageRefs: [`registry.example/web@${digest('b')}`],
      scan: 'fail; trivy 0.58.1; critical=1',
    }),
    deployment({
      commitSha: 'c'.repeat(40),
      committedAt: '2026-11-20T12:00:00Z',
      kind: 'rollback',
      rollbackOf: 'b'.repeat(40),
      rollbackTo: 'a'.repeat(40),
      reason: 'errors | spike',
      approvedBy: ['bob', 'carol'],
    }),
    deployment({ commitSha: 'd'.repeat(40), committedAt: '2026-11-21T23:30:00Z', sourceTime: '2026-11-21T21:30:00Z' }),
    // Before the window: current state before it, left out of the table.
    deployment({ commitSha: 'e'.repeat(40), committedAt: '2026-11-01T00:00:00Z' }),
  ];
  const report = buildDeploymentReport({
    app: 'web',
    since: new Date('2026-11-19T00:00:00Z'),
    until: now,
    histories: new Map([
      ['production', history],
      ['staging', []],
    ]),
  });

  test('rows are the window, newest first, with digests, approvers and verdicts', () => {
    const production = report.environments[0]!;
    expect(production.history.map((row) => [row.commitSha[0], row.kind, row.scanVerdict])).toEqual([
      ['d', 'deploy', 'pass'],
      ['c', 'rollback', 'pass'],
      ['b', 'deploy', 'fail'],
      ['a', 'deploy', 'pass'],
    ]);
    expect(production.history[2]!.imageDigests).toEqual([digest('b')]);
    expect(production.history[1]).toMatchObject({ approvers: ['bob', 'carol'], rollbackTo: 'a'.repeat(40) });
    expect(production.current?.commitSha).toBe('d'.repeat(40));
  });

  test('metrics and deploys per day are computed over the window', () => {
    const production = report.environments[0]!;
    expect(production.metrics).toMatchObject({
      deploys: 3,
      rollbacks: 1,
      failedDeploys: 1,
      changeFailureRate: 1 / 3,
      leadTime: { samples: 3, medianMs: 2 * HOUR },
      timeToRestore: { samples: 1, medianMs: 2 * HOUR },
    });
    expect(production.metrics.deploysPerDay).toBeCloseTo(3 / 3.5, 10);
    expect(production.deploysPerDay).toEqual([
      { date: '2026-11-19', deploys: 1 },
      { date: '2026-11-20', deploys: 1 },
      { date: '2026-11-21', deploys: 1 },
      { date: '2026-11-22', deploys: 0 },
    ]);
  });

  test('an environment without history has null metrics and no current deployment', () => {
    const staging = report.environments[1]!;
    expect(staging.current).toBeUndefined();
    expect(staging.history).toEqual([]);
    expect(staging.metrics.changeFailureRate).toBeNull();
    expect(staging.deploysPerDay).toHaveLength(4);
  });

  test('the summary has the metrics, a mermaid chart per environment and an escaped history table', () => {
    const markdown = renderReportSummary(report);
    expect(markdown).toContain('| production | 3 | 0.86 | 2h / 2h 48m | 33.33% (1/3) | 2h |');
    expect(markdown).toContain('| staging | 0 | 0 | – | – | – |');
    expect(markdown).toContain(
      `| 2026-11-20 12:00:00 | rollback to aaaaaaa: errors \\| spike | ccccccc | ${digest('a').slice(0, 19)} | acme/web@1111111 | bob, carol | pass |`,
    );
    expect(markdown.match(/```mermaid\nxychart-beta/g)).toHaveLength(2);
    expect(markdown).toContain('No deployment yet.');
  });

  test('the chart lists every day, quoted, with the deploy counts', () => {
    expect(deploysPerDayChart(report.environments[0]!)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Deploys per day: production"',
        '    x-axis ["11-19", "11-20", "11-21", "11-22"]',
        '    y-axis "deploys" 0 --> 1',
        '    bar [1, 1, 1, 0]',
        '```',
      ].join('\n'),
    );
  });

  test('the JSON file round-trips', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    try {
      const file = join(dir, 'nested', 'report.json');
      await writeDeploymentReport(report, file);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(report);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0m'],
    [59 * 60_000, '59m'],
    [HOUR, '1h'],
    [2.8 * HOUR, '2h 48m'],
    [47 * HOUR, '47h'],
    [48 * HOUR, '2d'],
    [75 * HOUR, '3d 3h'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('renderReportSummary on a long history', () => {
  test('the table is cut at maxRows, newest first, with a note', () => {
    const history = Array.from({ length: 30 }, (_, i) =>
      deployment({
        commitSha: i.toString(16).padStart(40, '0'),
        committedAt: new Date(Date.UTC(2026, 10, 20, 0, i)).toISOString(),
      }),
    );
    const report = buildDeploymentReport({
      app: 'web',
      since: new Date('2026-11-19T00:00:00Z'),
      until: now,
      histories: new Map([['production', history]]),
    });
    const markdown = renderReportSummary(report, 10);
    expect(markdown.match(/^\| 2026-11-20 /gm)).toHaveLength(10);
    expect(markdown).toContain('| 2026-11-20 00:29:00 | deploy | 0000000 |');
    expect(markdown).not.toContain('| 2026-11-20 00:19:00 |');
    expect(markdown).toContain('The newest 10 of 30 commits; the JSON report lists them all.');
  });
});

describe('unknownNameWarnings', () => {
  const history = [
    deployment({ commitSha: 'a'.repeat(40), committedAt: '2026-11-20T10:00:00Z', environment: 'staging' }),
    deployment({ commitSha: 'b'.repeat(40), committedAt: '2026-11-20T11:00:00Z', app: 'api' }),
  ];
  test.each([
    ['web', ['staging'], []],
    [
      'web',
      ['staging', 'prod'],
      ['Input "environments" names "prod", where web has no deploys; web is deployed to staging.'],
    ],
    [
      'wbe',
      ['staging'],
      ['Input "app" names "wbe", which has no deploys in this repository; the apps deployed are api, web.'],
    ],
  ])('app %s in %j', (app, environments, expected) => {
    expect(unknownNameWarnings(history, app, environments)).toEqual(expected);
  });
  test('an empty repository warns about nothing: there is nothing to compare with', () => {
    expect(unknownNameWarnings([], 'web', ['staging'])).toEqual([]);
  });
});
