import { describe, expect, test } from 'vitest';
import { ciCommitAuthor, commitAuthorInputs, createMemoryRuntime, InputReader } from '../src';

describe("the commit author: the CI system's identity where it has one", () => {
  test.each([
    [
      'GitHub Actions',
      { GITHUB_ACTIONS: 'true', GITLAB_CI: 'true', GITLAB_USER_NAME: 'Alice' },
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    ],
    [
      'GitLab CI',
      { GITLAB_CI: 'true', GITLAB_USER_NAME: 'Alice Admin', GITLAB_USER_EMAIL: 'alice@example.com' },
      'Alice Admin <alice@example.com>',
    ],
    [
      'GitLab CI, a user without a public email',
      { GITLAB_CI: 'true', GITLAB_USER_NAME: 'Alice' },
      'Alice <shipgate@shipgate.invalid>',
    ],
    ['GitLab CI naming no user', { GITLAB_CI: 'true', GITLAB_USER_NAME: ' ' }, 'Shipgate <shipgate@shipgate.invalid>'],
    [
      'Jenkins with the Build User Vars plugin',
      { JENKINS_URL: 'https://ci.example.com/', BUILD_USER: 'Bob Builder', BUILD_USER_EMAIL: 'bob@example.com' },
      'Bob Builder <bob@example.com>',
    ],
    ['Jenkins without it', { JENKINS_URL: 'https://ci.example.com/' }, 'Shipgate <shipgate@shipgate.invalid>'],
    ['a laptop', {}, 'Shipgate <shipgate@shipgate.invalid>'],
    ['GITHUB_ACTIONS set but not true', { GITHUB_ACTIONS: 'false' }, 'Shipgate <shipgate@shipgate.invalid>'],
  ])('%s', (_name, env, expected) => {
    const { name, email } = ciCommitAuthor(env);
    expect(`${name} <${email}>`).toBe(expected);
  });

  test('author inputs win, each on its own', () => {
    const env = { GITLAB_CI: 'true', GITLAB_USER_NAME: 'Alice', GITLAB_USER_EMAIL: 'alice@example.com' };
    const author = (inputs: Record<string, string>) =>
      commitAuthorInputs(new InputReader(createMemoryRuntime({ inputs })), env);
    expect(author({})).toEqual({ name: 'Alice', email: 'alice@example.com' });
    expect(author({ 'author-name': 'Deploy Bot' })).toEqual({ name: 'Deploy Bot', email: 'alice@example.com' });
    expect(author({ 'author-name': 'Deploy Bot', 'author-email': 'bot@example.com' })).toEqual({
      name: 'Deploy Bot',
      email: 'bot@example.com',
    });
  });
});
