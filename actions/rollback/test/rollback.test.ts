import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { deployToGitOps } from '@shipgate/gitops';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { run } from '../src/main';

describe('rollback action inputs', () => {
  let server: GitServer;
  let repository: string;
  let workspace: string;
  beforeAll(async () => {
    server = await startGitServer();
    repository = await server.createRepo('gitops', { files: { 'README.md': 'x\n' } });
    workspace = await mkdtemp(join(tmpdir(), 'rollback-action-'));
    await writeFile(join(workspace, 'not-a-record.json'), '{"hello": 1}');
  });
  afterAll(async () => {
    await server?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test.each([
    [{ reason: '' }, /^Input "reason" is required\.$/],
    [{ environment: '' }, /^Input "environment" is required\.$/],
    [{ 'require-approval': 'yes' }, /^Input "require-approval" must be true or false, got "yes"\.$/],
    [{ 'approval-record': 'missing.json' }, /approval-record/],
    [{ 'approval-record': 'not-a-record.json' }, /approval-record/],
    [{ to: 'main' }, /^Input "to" must be "previous" or a deploy commit sha, got "main"\.$/],
    [{ mode: 'merge' }, /^Input "mode" must be one of "push" or "pull-request", got "merge"\.$/],
  ])('%j is refused with one sentence naming the input', async (inputs, message) => {
    const runtime = createMemoryRuntime({
      workspace,
      inputs: { app: 'web', environment: 'staging', reason: 'broken', repository, token: server.token, ...inputs },
    });
    await expect(run(runtime)).rejects.toThrow(message);
    expect(runtime.outputs).toEqual({});
  });

  test('the token is masked before git runs', async () => {
    const runtime = createMemoryRuntime({
      workspace,
      inputs: { app: 'web', environment: 'staging', reason: 'broken', repository, token: server.token },
    });
    await expect(run(runtime)).rejects.toThrow(/There is no deployment of web in staging to roll back/);
    expect(runtime.masker.secrets).toContain(server.token);
    expect(runtime.logText()).not.toContain(server.token);
  });
});

describe('the rollback commit names the CI system as its author unless the inputs name one', () => {
  let server: GitServer;
  let repository: string;
  let work: string;
  const GITLAB = {
    GITHUB_ACTIONS: undefined,
    GITLAB_CI: 'true',
    GITLAB_USER_NAME: 'Alice Admin',
    GITLAB_USER_EMAIL: 'alice@example.com',
  };

  async function deploy(n: number): Promise<void> {
    const sourceDir = join(work, `d${n}`);
    await mkdir(sourceDir, { recursive: true });
    await writeFile(
      join(sourceDir, 'configmap.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web }\ndata: { n: "${n}" }\n`,
    );
    const runtime = createMemoryRuntime();
    await deployToGitOps(
      ...deployCall({
        exec: runtime.exec,
        log: runtime.log,
        repository,
        token: server.token,
        branch: 'main',
        app: 'web',
        environment: 'staging',
        sourceDir,
        imageRefs: [`registry.example/acme/web@sha256:${String(n).repeat(64)}`],
        source: `acme/web@a${n}${n}${n}${n}${n}${n}`,
        sourceTime: `2026-11-0${n}T10:00:00Z`,
        author: { name: 'Deployer', email: 'deployer@example.com' },
      }),
    );
  }

  beforeAll(async () => {
    server = await startGitServer();
    repository = await server.createRepo('gitops', { files: { 'README.md': 'x\n' } });
    work = await mkdtemp(join(tmpdir(), 'rollback-author-'));
    for (const n of [1, 2, 3]) await deploy(n);
  });
  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const rollBack = async (inputs: Record<string, string> = {}) => {
    const runtime = createMemoryRuntime({
      workspace: work,
      env: GITLAB,
      inputs: { app: 'web', environment: 'staging', reason: 'broken', repository, token: server.token, ...inputs },
    });
    await run(runtime);
    return server.git('gitops', ['log', '-1', '--format=%an <%ae> / %cn <%ce>', 'main']);
  };

  test('in GitLab CI, the user who started the pipeline; author inputs win', async () => {
    expect(await rollBack()).toBe('Alice Admin <alice@example.com> / Alice Admin <alice@example.com>');
    expect(await rollBack({ 'author-name': 'Release Bot', 'author-email': 'release@example.com' })).toBe(
      'Release Bot <release@example.com> / Release Bot <release@example.com>',
    );
  });
});
