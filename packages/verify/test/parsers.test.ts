import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCommitLog, parseRange } from '../src';

/** Output captured from git 2.39 over a small repository (see the commits named below). */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('parseCommitLog over real `git log -z --name-only` output', () => {
  const commits = parseCommitLog(fixture('git-log-name-only.bin').toString('utf8'));

  test.each([
    ['48a1bcea', 'Merge side', 2, []],
    ['a0d9baca', 'empty', 1, []],
    ['fc6f8f38', 'side', 1, ['README.md']],
    ['2159fe01', 'Deploy web to production', 1, ['apps/web/production/cm.yaml']],
    ['d6d2d5b5', 'Initial layout', 0, ['.shipgate/policy.yaml', 'apps/web/production/cm.yaml']],
  ])('%s (%s): parents and changed paths', (sha, subject, parents, files) => {
    const commit = commits.find((candidate) => candidate.sha.startsWith(sha));
    expect(commit).toMatchObject({ subject, files });
    expect(commit?.parents).toHaveLength(parents);
  });

  test('who, when and the trailers', () => {
    expect(commits).toHaveLength(5);
    expect(commits[3]).toMatchObject({
      committedAt: '2026-11-01T10:00:00+00:00',
      author: 'Ann Author <ann@example.com>',
      committer: 'Cy Committer <cy@example.com>',
      trailers: [
        { key: 'Shipgate-App', value: 'web' },
        { key: 'Shipgate-Environment', value: 'production' },
        { key: 'Approved-by', value: 'alice' },
      ],
    });
  });
});

describe('parseRange', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  test.each([
    ['', { kind: 'branch' }],
    ['main~3..main', { kind: 'commits', from: 'main~3', to: 'main' }],
    ['#42', { kind: 'pull-request', number: 42 }],
    ['42', { kind: 'pull-request', number: 42 }],
    ['since:2026-11-01', { kind: 'since', since: new Date('2026-11-01T00:00:00Z') }],
    ['since:1d', { kind: 'since', since: new Date('2026-11-30T12:00:00Z') }],
  ])('%j', (value, expected) => {
    expect(parseRange(value, now)).toEqual(expected);
  });

  test.each(['main..', '--all', 'a b', 'main...other'])('%j is one sentence naming the input', (value) => {
    expect(() => parseRange(value, now)).toThrow(/^Input "range" must be a commit range like main~10\.\.main/);
  });
});
