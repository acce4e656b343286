import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryRuntime, runAction } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { runActionBundle } from '../../../test/support/run-action-bundle';
import { run } from '../src/main';

const execFileAsync = promisify(execFile);
const IMAGE = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;

describe('gitops-commit', () => {
  let server: GitServer;
  let work: string;

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_action_test_token_77ab' });
    work = await mkdtemp(join(tmpdir(), 'gitops-commit-action-'));
    await mkdir(join(work, 'rendered'), { recursive: true });
    await writeFile(join(work, 'rendered', 'deployment.yaml'), 'apiVersion: v1\nkind: Deployment\n');
  });
  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  test('the bundle commits, sets its outputs and summary, and masks the token and queue key', async () => {
    const url = await server.createRepo('bundle', { files: { 'README.md': 'x\n' } });
    const queueKey = 'shipgate-queue-key-7f3a91c2';
    const inputs = {
      repository: url,
      token: server.token,
      'queue-key': queueKey,
      app: 'web',
      environment: 'staging',
      'source-dir': 'rendered',
      'image-ref': IMAGE,
      'source-time': '2026-11-01T10:00:00Z',
    };
    const result = await runActionBundle('gitops-commit', inputs, { workspace: work, env: { RUNNER_DEBUG: '1' } });
    expect(result.exitCode, result.log).toBe(0);
    const tip = await server.git('bundle', ['rev-parse', 'main']);
    expect(result.outputs).toEqual({
      'commit-sha': tip,
      changed: 'true',
      'pull-request-url': '',
      attempts: '1',
      'stale-reason': '',
    });
    expect(result.summary).toContain('gitops-commit: web → staging');
    const message = await server.git('bundle', ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain('Shipgate-Source: acme/web@9b2e1d0c4a5f6e7d8c9b0a1f2e3d4c5b6a798081');
    expect(message).toContain('Shipgate-Run: https://github.com/acme/web/actions/runs/123');
    const basic = Buffer.from(`x-access-token:${server.token}`).toString('base64');
    expect(result.masked).toEqual(expect.arrayContaining([server.token, basic, queueKey]));
    // The raw stdout holds the ::add-mask:: commands themselves, which the runner consumes.
    const rawWithoutMaskCommands = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [result.log, rawWithoutMaskCommands, JSON.stringify(result.outputs), result.summary]) {
      expect(text).not.toContain(server.token);
      expect(text).not.toContain(basic);
      expect(text).not.toContain(queueKey);
    }

    const again = await runActionBundle('gitops-commit', inputs, { workspace: work });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs).toMatchObject({ 'commit-sha': tip, changed: 'false' });
  });

  test('production without an approval record fails with one sentence and pushes nothing', async () => {
    const url = await server.createRepo('prod', { files: { 'README.md': 'x\n' } });
    const before = await server.git('prod', ['rev-parse', 'main']);
    const runtime = createMemoryRuntime({
      inputs: {
        repository: url,
        token: server.token,
        app: 'web',
        environment: 'production',
        'source-dir': join(work, 'rendered'),
        'image-ref': IMAGE,
      },
      workspace: work,
      env: { GITHUB_SHA: '', GITHUB_REPOSITORY: '' },
    });
    expect(await runAction(run, runtime)).toBe(1);
    expect(runtime.failed).toBe(
      'Input "approval-record" is required to deploy to "production" (require-approval is true).',
    );
    expect(await server.git('prod', ['rev-parse', 'main'])).toBe(before);
  });

  test.each([
    ['max-attempts', { 'max-attempts': '0' }, /Input "max-attempts" must be an integer from 1 to 100/],
    ['mode', { mode: 'merge' }, /Input "mode" must be one of/],
    ['image-ref', { 'image-ref': 'ghcr.io/acme/web:latest' }, /Input "image-ref" must be pinned by digest/],
    ['config-hash', { 'config-hash': 'md5:1' }, /Input "config-hash" must be sha256/],
    ['repository', { repository: 'https://user:secret@example.com/x.git' }, /must not contain credentials/],
    ['message', { message: 'Deploy {nope}' }, /unknown placeholder \{nope\}/],
    ['scan', { scan: 'unknown' }, /^Input "scan" must be a Shipgate-Scan value starting with "pass" or "fail"/],
    ['source', { source: 'acme/web' }, /^Input "source" must be owner\/repo@sha/],
    ['source-time', { 'source-time': 'yesterday' }, /^Input "source-time" must be an ISO 8601 time/],
    ['on-stale', { 'on-stale': 'ignore' }, /^Input "on-stale" must be one of "skip" or "fail", got "ignore"\.$/],
  ])('a bad %s input fails before touching the remote', async (_name, overrides, message) => {
    const runtime = createMemoryRuntime({
      inputs: {
        repository: server.repoUrl('none'),
        token: server.token,
        app: 'web',
        environment: 'dev',
        'source-dir': join(work, 'rendered'),
        'image-ref': IMAGE,
        ...overrides,
      },
      workspace: work,
    });
    const requestsBefore = server.requests.length;
    expect(await runAction(run, runtime)).toBe(1);
    expect(runtime.failed).toMatch(message);
    expect(server.requests.length).toBe(requestsBefore);
  });

  test('a stale deploy: on-stale skip passes with a warning, fail fails with the reason; stale-reason either way, nothing pushed', async () => {
    const url = await server.createRepo('stale', { files: { 'README.md': 'x\n' } });
    const deploy = async (n: number, extra: Record<string, string> = {}) => {
      const runtime = createMemoryRuntime({
        inputs: {
          repository: url,
          token: server.token,
          app: 'web',
          environment: 'dev',
          'source-dir': join(work, 'rendered'),
          'image-ref': IMAGE,
          source: `acme/web@${String(n).repeat(40)}`,
          'source-time': `2026-11-01T10:0${n}:00Z`,
          ...extra,
        },
        workspace: work,
      });
      return { runtime, code: await runAction(run, runtime) };
    };
    expect((await deploy(3)).code).toBe(0);
    const deployed = await server.git('stale', ['rev-parse', 'main']);
    const reason = `source acme/web@${'1'.repeat(40)} (2026-11-01T10:01:00.000Z) is older than the deployed acme/web@${'3'.repeat(40)} (2026-11-01T10:03:00.000Z)`;
    const said = `Not deploying web to dev: ${reason}; nothing was pushed. Set allow-downgrade: true to deploy it anyway.`;

    const skipped = await deploy(1);
    expect(skipped.code).toBe(0);
    expect(skipped.runtime.outputs).toMatchObject({ changed: 'false', 'commit-sha': deployed, 'stale-reason': reason });
    expect(skipped.runtime.logs.filter((entry) => entry.level === 'warning')).toEqual([
      { level: 'warning', message: said, properties: { title: 'Stale deploy skipped' } },
    ]);
    expect(skipped.runtime.summary).toContain(`Not deployed, as stale: ${reason}.`);

    const failed = await deploy(1, { 'on-stale': 'fail' });
    expect(failed.code).toBe(1);
    expect(failed.runtime.failed).toBe(said);
    expect(failed.runtime.outputs).toMatchObject({ changed: 'false', 'commit-sha': deployed, 'stale-reason': reason });
    expect(failed.runtime.logs.filter((entry) => entry.level === 'warning')).toEqual([]);

    expect(await server.git('stale', ['rev-parse', 'main'])).toBe(deployed);
  });

  test('the source time comes from the source checkout when not given', async () => {
    const url = await server.createRepo('timed', { files: { 'README.md': 'x\n' } });
    const sourceRepo = join(work, 'source');
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@example.com',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@example.com',
      GIT_COMMITTER_DATE: '2026-10-30T08:00:00+02:00',
    };
    await execFileAsync('git', ['init', '-q', sourceRepo], { env });
    await execFileAsync('git', ['commit', '-q', '--allow-empty', '-m', 'src'], { cwd: sourceRepo, env });
    const sha = (await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd: sourceRepo })).stdout.trim();
    const runtime = createMemoryRuntime({
      inputs: {
        repository: url,
        token: server.token,
        app: 'web',
        environment: 'dev',
        'source-dir': join(work, 'rendered'),
        'image-ref': IMAGE,
      },
      workspace: sourceRepo,
      env: { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/web' },
    });
    expect(await runAction(run, runtime), runtime.failed).toBe(0);
    expect(
      await server.git('timed', ['log', '-1', '--format=%(trailers:key=Shipgate-Source-Time,valueonly)', 'main']),
    ).toBe('2026-10-30T06:00:00.000Z');
  });
});
