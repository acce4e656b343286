import { describe, expect, test } from 'vitest';
import { gitAuthEnvironment, ownerAndName, resolveRepositoryUrl } from '../src';

describe('resolveRepositoryUrl', () => {
  const options = { serverUrl: 'https://github.example.com/', workspace: '/work' };
  test.each([
    ['acme/gitops', 'https://github.example.com/acme/gitops.git'],
    ['acme/gitops.git', 'https://github.example.com/acme/gitops.git'],
    ['https://git.example.com/x/y.git', 'https://git.example.com/x/y.git'],
    ['file:///srv/gitops.git', 'file:///srv/gitops.git'],
    ['/srv/gitops', '/srv/gitops'],
    ['./gitops', '/work/gitops'],
  ])('%j → %j', (repository, url) => {
    expect(resolveRepositoryUrl(repository, options)).toBe(url);
  });

  test.each([
    ['', /required/],
    ['https://x-access-token:abc@github.com/a/b.git', /must not contain credentials/],
    ['ssh://git@github.com/a/b.git', /http, https or file URL/],
    ['not a repo', /must be a URL, a local path or owner\/name/],
  ])('%j is refused', (repository, message) => {
    expect(() => resolveRepositoryUrl(repository, options)).toThrow(message);
  });
});

describe('gitAuthEnvironment', () => {
  test('a scoped extraHeader through GIT_CONFIG_*, for http(s) only', () => {
    expect(gitAuthEnvironment('http://127.0.0.1:8080/acme/gitops.git', 'tok')).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.http://127.0.0.1:8080/.extraHeader',
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from('x-access-token:tok').toString('base64')}`,
    });
    expect(gitAuthEnvironment('/srv/gitops', 'tok')).toEqual({});
    expect(gitAuthEnvironment('https://github.com/a/b.git', undefined)).toEqual({});
  });
});

describe('ownerAndName', () => {
  test.each([
    ['https://github.com/acme/gitops.git', { owner: 'acme', name: 'gitops' }],
    ['http://127.0.0.1:1/acme/deploys.git', { owner: 'acme', name: 'deploys' }],
    ['https://ghe.example.com/git/acme/gitops', { owner: 'acme', name: 'gitops' }],
    ['/srv/gitops', undefined],
  ])('%j', (url, expected) => {
    expect(ownerAndName(url)).toEqual(expected);
  });
});
