import { describe, expect, test } from 'vitest';
import { gitopsRepositoryIdentity } from '../src/repository-identity';

describe('gitopsRepositoryIdentity: one name for the repository approval-gate and gitops-commit each spell', () => {
  test.each([
    ['acme/gitops', 'https://github.com', 'acme/gitops'],
    ['Acme/GitOps.git', 'https://github.com', 'acme/gitops'],
    ['https://github.com/acme/gitops', 'https://github.com', 'acme/gitops'],
    ['https://github.com/acme/gitops.git/', 'https://github.com', 'acme/gitops'],
    ['acme/gitops', 'https://ghe.example.com', 'acme/gitops'],
    ['https://ghe.example.com/acme/gitops.git', 'https://ghe.example.com', 'acme/gitops'],
  ])('%s on %s is %s', (repository, serverUrl, identity) => {
    expect(gitopsRepositoryIdentity(repository, { serverUrl })).toBe(identity);
  });

  test.each([
    // Another server's acme/gitops is another repository.
    ['https://git.example.com/acme/gitops.git', 'https://git.example.com/acme/gitops'],
    ['http://127.0.0.1:8080/gitops.git', 'http://127.0.0.1:8080/gitops'],
    ['https://github.com/acme/sub/gitops.git', 'https://github.com/acme/sub/gitops'],
    ['/srv/git/gitops.git', '/srv/git/gitops'],
  ])('%s, not on the server, is its URL or path: %s', (repository, identity) => {
    expect(gitopsRepositoryIdentity(repository, { serverUrl: 'https://github.com', workspace: '/work' })).toBe(
      identity,
    );
  });

  test('a URL with credentials is refused, naming the input', () => {
    expect(() =>
      gitopsRepositoryIdentity('https://x:tok@github.com/acme/gitops', { inputName: 'policy-repository' }),
    ).toThrow('Input "policy-repository" must not contain credentials; pass the token in "token".');
  });
});
