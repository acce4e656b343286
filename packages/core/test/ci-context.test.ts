import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { detectSourceContext, parseRemoteUrl, readCiSource } from '../src/ci-context';
import { createExec } from '../src/exec';
import { silentLogger } from '../src/runtime';
import { SecretMasker } from '../src/secrets';

const SHA = '9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081';

// Variable names and value formats as each system documents them.
describe('readCiSource', () => {
  test.each([
    [
      'GitLab CI, branch pipeline',
      {
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'acme/platform/web',
        CI_COMMIT_SHA: SHA,
        CI_COMMIT_TIMESTAMP: '2026-11-30T10:00:00+01:00',
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_REF_NAME: 'main',
        CI_PIPELINE_URL: 'https://gitlab.example.com/acme/platform/web/-/pipelines/77',
        GITLAB_USER_LOGIN: 'alice',
        CI_SERVER_URL: 'https://gitlab.example.com',
      },
      {
        system: 'gitlab',
        repository: 'acme/platform/web',
        sha: SHA,
        commitTime: '2026-11-30T10:00:00+01:00',
        ref: 'refs/heads/main',
        runUrl: 'https://gitlab.example.com/acme/platform/web/-/pipelines/77',
        actor: 'alice',
        serverUrl: 'https://gitlab.example.com',
      },
    ],
    [
      'GitLab CI, tag pipeline',
      { GITLAB_CI: 'true', CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3' },
      { ref: 'refs/tags/v1.2.3' },
    ],
    ['GitLab CI, merge request', { GITLAB_CI: 'true', CI_MERGE_REQUEST_IID: '12' }, { ref: 'refs/pull/12/head' }],
    [
      'Jenkins with the git plugin',
      {
        JENKINS_URL: 'https://jenkins.example.com/',
        GIT_COMMIT: SHA,
        GIT_BRANCH: 'origin/release/2.x',
        GIT_URL: 'https://jenkins:secret@git.example.com/acme/web.git',
        BUILD_URL: 'https://jenkins.example.com/job/web/153/',
      },
      {
        system: 'jenkins',
        repository: 'acme/web',
        sha: SHA,
        commitTime: '',
        ref: 'refs/heads/release/2.x',
        runUrl: 'https://jenkins.example.com/job/web/153/',
        actor: '',
        serverUrl: 'https://git.example.com',
      },
    ],
    [
      'Jenkins multibranch, pull request',
      { JENKINS_URL: 'https://j/', BRANCH_NAME: 'PR-24', CHANGE_ID: '24', CHANGE_AUTHOR: 'bob' },
      { ref: 'refs/pull/24/head', actor: 'bob' },
    ],
    ['Jenkins multibranch, tag', { JENKINS_URL: 'https://j/', TAG_NAME: 'v2.0.0' }, { ref: 'refs/tags/v2.0.0' }],
    [
      'Buildkite',
      {
        BUILDKITE: 'true',
        BUILDKITE_REPO: 'git@github.com:acme/web.git',
        BUILDKITE_COMMIT: SHA,
        BUILDKITE_BRANCH: 'main',
        BUILDKITE_TAG: '',
        BUILDKITE_PULL_REQUEST: 'false',
        BUILDKITE_BUILD_URL: 'https://buildkite.com/acme/web/builds/5',
        BUILDKITE_BUILD_CREATOR: 'Carol',
      },
      {
        system: 'buildkite',
        repository: 'acme/web',
        sha: SHA,
        ref: 'refs/heads/main',
        runUrl: 'https://buildkite.com/acme/web/builds/5',
        actor: 'Carol',
        serverUrl: 'https://github.com',
      },
    ],
    ['Buildkite, commit HEAD (git resolves it)', { BUILDKITE: 'true', BUILDKITE_COMMIT: 'HEAD' }, { sha: '' }],
    [
      'CircleCI',
      {
        CIRCLECI: 'true',
        CIRCLE_PROJECT_USERNAME: 'acme',
        CIRCLE_PROJECT_REPONAME: 'web',
        CIRCLE_REPOSITORY_URL: 'git@github.com:acme/web.git',
        CIRCLE_SHA1: SHA,
        CIRCLE_BRANCH: 'main',
        CIRCLE_BUILD_URL: 'https://circleci.com/gh/acme/web/9',
        CIRCLE_USERNAME: 'dave',
        CIRCLE_PULL_REQUEST: 'https://github.com/acme/web/pull/31',
      },
      {
        system: 'circleci',
        repository: 'acme/web',
        sha: SHA,
        ref: 'refs/pull/31/head',
        runUrl: 'https://circleci.com/gh/acme/web/9',
        actor: 'dave',
        serverUrl: 'https://github.com',
      },
    ],
    [
      'Azure Pipelines, GitHub repository',
      {
        TF_BUILD: 'True',
        BUILD_REPOSITORY_NAME: 'acme/web',
        BUILD_REPOSITORY_URI: 'https://github.com/acme/web',
        BUILD_SOURCEVERSION: SHA,
        BUILD_SOURCEBRANCH: 'refs/tags/v3.1.0',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
        SYSTEM_TEAMPROJECT: 'Web Team',
        BUILD_BUILDID: '812',
        BUILD_REQUESTEDFOR: 'Erin Example',
      },
      {
        system: 'azure-pipelines',
        repository: 'acme/web',
        sha: SHA,
        ref: 'refs/tags/v3.1.0',
        runUrl: 'https://dev.azure.com/acme/Web%20Team/_build/results?buildId=812',
        actor: 'Erin Example',
        serverUrl: 'https://github.com',
      },
    ],
  ])('%s', (_name, env, expected) => {
    expect(readCiSource(env)).toMatchObject(expected);
  });

  test('no CI variables: no CI source', () => {
    expect(readCiSource({ HOME: '/root', PATH: '/bin' })).toBeUndefined();
  });
});

describe('parseRemoteUrl', () => {
  test.each([
    ['https://github.com/acme/web.git', { repository: 'acme/web', serverUrl: 'https://github.com' }],
    [
      'https://oauth2:glpat-secret@gitlab.example.com/acme/sub/web.git',
      { repository: 'acme/sub/web', serverUrl: 'https://gitlab.example.com' },
    ],
    ['git@github.com:acme/web.git', { repository: 'acme/web', serverUrl: 'https://github.com' }],
    ['ssh://git@git.example.com:2222/acme/web', { repository: 'acme/web', serverUrl: 'https://git.example.com' }],
    ['http://127.0.0.1:8080/acme/web.git', { repository: 'acme/web', serverUrl: 'http://127.0.0.1:8080' }],
    ['/srv/git/web.git', { repository: '', serverUrl: '' }],
    ['', { repository: '', serverUrl: '' }],
  ])('%s', (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected);
    expect(JSON.stringify(parseRemoteUrl(url))).not.toContain('secret');
  });
});

describe('detectSourceContext', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-ci-context-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_COMMITTER_DATE: '2026-11-29T08:30:00Z',
        GIT_AUTHOR_DATE: '2026-11-29T08:30:00Z',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    }).trim();
  git('init', '-q', '-b', 'feature/login');
  writeFileSync(join(dir, 'a.txt'), 'a\n');
  git('add', '.');
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
  git('remote', 'add', 'origin', 'https://token:x-secret@git.example.com/acme/web.git');
  const head = git('rev-parse', 'HEAD');
  const exec = createExec({ log: silentLogger, masker: new SecretMasker(), baseEnv: process.env });

  test('a laptop: everything from git in the workspace', async () => {
    const context = await detectSourceContext({ env: { PATH: process.env.PATH }, exec, workspace: dir });
    expect(context).toMatchObject({
      ciSystem: 'git',
      repository: 'acme/web',
      sha: head,
      commitTime: '2026-11-29T08:30:00+00:00',
      ref: 'refs/heads/feature/login',
      runUrl: '',
      serverUrl: 'https://git.example.com',
    });
  });

  test('Jenkins: its variables, and the commit time from git for the same commit', async () => {
    const env = {
      JENKINS_URL: 'https://j/',
      GIT_COMMIT: head,
      BUILD_URL: 'https://j/job/web/1/',
      GIT_BRANCH: 'origin/main',
    };
    const context = await detectSourceContext({ env, exec, workspace: dir });
    expect(context).toMatchObject({
      ciSystem: 'jenkins',
      sha: head,
      commitTime: '2026-11-29T08:30:00+00:00',
      ref: 'refs/heads/main',
      runUrl: 'https://j/job/web/1/',
    });
  });

  test('a CI commit that is not the checkout gets no commit time from git', async () => {
    const env = { JENKINS_URL: 'https://j/', GIT_COMMIT: 'f'.repeat(40) };
    const context = await detectSourceContext({ env, exec, workspace: dir });
    expect(context.sha).toBe('f'.repeat(40));
    expect(context.commitTime).toBeUndefined();
  });

  test('GitHub variables win: the GitHub context as before', async () => {
    const env = { GITHUB_REPOSITORY: 'acme/web', GITHUB_SHA: SHA, GITLAB_CI: 'true', CI_COMMIT_SHA: head };
    const context = await detectSourceContext({ env, exec, workspace: dir });
    expect(context).toMatchObject({ repository: 'acme/web', sha: SHA });
    expect(context.ciSystem).toBeUndefined();
  });

  test('no git checkout and no variables: nothing is known', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'shipgate-no-git-'));
    try {
      const context = await detectSourceContext({
        env: { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: tmpdir() },
        exec,
        workspace: empty,
      });
      expect(context).toMatchObject({ repository: '', sha: '', ref: '', ciSystem: '' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
