import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
