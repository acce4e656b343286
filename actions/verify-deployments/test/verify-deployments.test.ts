import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployMessage, History, image, POLICY, rendered } from '../../../packages/verify/test/history';
import { recordPushes } from '../../../test/support/activity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { runActionBundle } from '../../../test/support/run-action-bundle';

describe('the verify-deployments bundle', () => {
  let server: GitServer;
  let api: GitHubApi;
  let target: History;
  let handMade: string;

  beforeAll(async () => {
    server = await startGitServer();
    api = await startGitHubApi();
    target = await History.create(server, 'gitops', { '.shipgate/policy.yaml': POLICY });
    const staging = rendered('web', 'staging', image('a'));
    await target.commit({
      files: staging.files,
      message: deployMessage({
        app: 'web',
        environment: 'staging',
        imageRef: image('a'),
        configHash: staging.configHash,
      }),
    });
    handMade = await target.commit({
      files: rendered('web', 'production', image('b')).files,
      message: 'hotfix by hand',
    });
    await recordPushes(api, server, { name: 'gitops', owner: 'acme', repo: 'gitops', actor: 'deployer' });
  });
  afterAll(async () => {
    await target.remove();
    await api.stop();
    await server.stop();
  });

  test('fails with one annotation per violation, the verdict outputs, a summary table and a JSON report', async () => {
    const result = await runActionBundle(
      'verify-deployments',
      { repository: target.url, token: server.token, 'github-token': api.token, 'github-repository': 'acme/gitops' },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'fail', violations: '1' });
    const violations = result.annotations.filter((a) => a.level === 'error' && a.message.startsWith('Violation:'));
    expect(violations.map((a) => a.message)).toEqual([
      `Violation: ${handMade.slice(0, 12)} (production): it changes apps/web/production without Shipgate trailers, so it is no Shipgate deploy.`,
    ]);
    expect(result.summary).toContain('| commit | environment | image | approvers | verdict | reason |');
    expect(result.summary).toContain(`| ${handMade.slice(0, 12)} | production |  |  | FAIL |`);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report).toMatchObject({
      verdict: 'fail',
      violations: 1,
      environments: { staging: { verified: 1, judged: 1 } },
    });
    expect(result.log).not.toContain(server.token);
  });

  test('a range without violations passes', async () => {
    const result = await runActionBundle(
      'verify-deployments',
      { repository: target.url, token: server.token, range: `${handMade}~2..${handMade}~1` },
      { env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', violations: '0' });
  });

  test('a bad range is one sentence naming the input, before any git call', async () => {
    const result = await runActionBundle('verify-deployments', { repository: target.url, range: '--all' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toEqual([
      'Input "range" must be a commit range like main~10..main, a pull request number like 42, or since:<date or duration> like since:30d, got "--all".',
    ]);
  });
});
