import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { computeImageMetadata, type GitContext, parseLabels, sanitizeTag, semverTags } from '../src/metadata';

const mergeSha = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const headSha = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const now = new Date('2026-11-22T03:00:00.000Z');

function context(overrides: Partial<GitContext>): GitContext {
  return {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: mergeSha,
    repository: 'acme/web',
    serverUrl: 'https://github.com',
    payload: {},
    ...overrides,
  };
}

const pullRequestPayload = { number: 42, pull_request: { number: 42, head: { sha: headSha } } };

describe('computeImageMetadata tags', () => {
  test.each([
    ['push to main', context({}), ['main', 'sha-1111111']],
    [
      'push to a branch with a slash',
      context({ ref: 'refs/heads/feature/Login_Page' }),
      ['feature-Login_Page', 'sha-1111111'],
    ],
    ['branch with odd characters', context({ ref: 'refs/heads/fix/#12 café' }), ['fix-12-caf-', 'sha-1111111']],
    ['branch starting with a dot', context({ ref: 'refs/heads/.hidden' }), ['hidden', 'sha-1111111']],
    [
      'pull request uses the head sha, not the merge commit',
      context({ eventName: 'pull_request', ref: 'refs/pull/42/merge', payload: pullRequestPayload }),
      ['pr-42', 'sha-2222222'],
    ],
    [
      'pull_request_target too',
      context({ eventName: 'pull_request_target', ref: 'refs/heads/main', payload: pullRequestPayload }),
      ['pr-42', 'sha-2222222'],
    ],
    [
      'pull request number from the ref when the payload lacks it',
      context({ eventName: 'pull_request', ref: 'refs/pull/7/merge' }),
      ['pr-7', 'sha-1111111'],
    ],
    ['semver tag', context({ ref: 'refs/tags/v1.2.3' }), ['1.2.3', '1.2', '1', 'latest', 'sha-1111111']],
    ['semver tag without v', context({ ref: 'refs/tags/2.10.0' }), ['2.10.0', '2.10', '2', 'latest', 'sha-1111111']],
    ['prerelease', context({ ref: 'refs/tags/v2.0.8-beta.67' }), ['2.0.8-beta.67', 'sha-1111111']],
    ['0.x has no bare major', context({ ref: 'refs/tags/v0.4.1' }), ['0.4.1', '0.4', 'latest', 'sha-1111111']],
    [
      'build metadata becomes a dash',
      context({ ref: 'refs/tags/v1.0.0+20261122' }),
      ['1.0.0-20261122', '1.0', '1', 'latest', 'sha-1111111'],
    ],
    [
      'non-semver tag kept sanitised',
      context({ ref: 'refs/tags/release/2026-11' }),
      ['release-2026-11', 'sha-1111111'],
    ],
    ['not quite semver', context({ ref: 'refs/tags/v1.2' }), ['v1.2', 'sha-1111111']],
    [
      'a GitHub prerelease with a plain semver tag does not move latest',
      context({ eventName: 'release', ref: 'refs/tags/v1.3.0', payload: { release: { prerelease: true } } }),
      ['1.3.0', '1.3', '1', 'sha-1111111'],
    ],
    [
      'a full GitHub release does',
      context({ eventName: 'release', ref: 'refs/tags/v1.3.0', payload: { release: { prerelease: false } } }),
      ['1.3.0', '1.3', '1', 'latest', 'sha-1111111'],
    ],
    ['a scheduled build is nightly first', context({ eventName: 'schedule' }), ['nightly', 'main', 'sha-1111111']],
    ['no git context at all', context({ ref: '', sha: '', repository: '' }), []],
  ])('%s', (_name, gitContext, expected) => {
    expect(computeImageMetadata({ context: gitContext, now }).tags).toEqual(expected);
  });

  test('raw tags are added after the git ones, without duplicates', () => {
    const metadata = computeImageMetadata({ context: context({}), tags: ['stable', 'main', 'build-7'], now });
    expect(metadata.tags).toEqual(['main', 'sha-1111111', 'stable', 'build-7']);
  });

  test.each(['-bad', '.bad', 'with space', 'a'.repeat(129), 'ü'])('raw tag %j is rejected naming the input', (tag) => {
    expect(() => computeImageMetadata({ context: context({}), tags: [tag], now })).toThrow(ConfigurationError);
    expect(() => computeImageMetadata({ context: context({}), tags: [tag], now })).toThrow(/^Input "tags" has /);
  });
});

describe('computeImageMetadata labels', () => {
  test('OCI labels from the context', () => {
    const metadata = computeImageMetadata({
      context: context({
        ref: 'refs/tags/v1.2.3',
        payload: { repository: { description: 'The web app', license: { spdx_id: 'MIT' } } },
      }),
      now,
    });
    expect(metadata.version).toBe('1.2.3');
    expect(metadata.revision).toBe(mergeSha);
    expect(metadata.labels).toEqual({
      'org.opencontainers.image.title': 'web',
      'org.opencontainers.image.source': 'https://github.com/acme/web',
      'org.opencontainers.image.url': 'https://github.com/acme/web',
      'org.opencontainers.image.revision': mergeSha,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.created': '2026-11-22T03:00:00.000Z',
      'org.opencontainers.image.description': 'The web app',
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  test('pull request revision is the head sha', () => {
    const metadata = computeImageMetadata({
      context: context({ eventName: 'pull_request', ref: 'refs/pull/42/merge', payload: pullRequestPayload }),
      now,
    });
    expect(metadata.revision).toBe(headSha);
    expect(metadata.labels['org.opencontainers.image.revision']).toBe(headSha);
    expect(metadata.labels['org.opencontainers.image.version']).toBe('pr-42');
  });

  test('labels input adds and overrides', () => {
    const metadata = computeImageMetadata({
      context: context({}),
      labels: ['org.opencontainers.image.title=Web Frontend', 'team=payments', 'query=a=b'],
      now,
    });
    expect(metadata.labels['org.opencontainers.image.title']).toBe('Web Frontend');
    expect(metadata.labels.team).toBe('payments');
    expect(metadata.labels.query).toBe('a=b');
    expect(metadata.labels['org.opencontainers.image.version']).toBe('main');
  });
});

describe('helpers', () => {
  test.each([
    ['main', 'main'],
    ['feature/x', 'feature-x'],
    ['a//b', 'a-b'],
    ['-x', 'x'],
    ['x'.repeat(200), 'x'.repeat(128)],
  ])('sanitizeTag(%j) = %j', (input, expected) => {
    expect(sanitizeTag(input)).toBe(expected);
  });

  test.each([
    ['v1.2.3', { tags: ['1.2.3', '1.2', '1', 'latest'], prerelease: false }],
    ['1.2.3-rc.1', { tags: ['1.2.3-rc.1'], prerelease: true }],
    ['v01.2.3', undefined],
    ['v1.2', undefined],
    ['latest', undefined],
  ])('semverTags(%j)', (input, expected) => {
    expect(semverTags(input)).toEqual(expected);
  });

  test.each([['novalue'], ['=value'], [' =x']])('parseLabels rejects %j', (entry) => {
    expect(() => parseLabels([entry])).toThrow(/^Input "labels" has .* not of the form key=value\.$/);
  });
});
