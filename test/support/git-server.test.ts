import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from './git-server';

const execFileAsync = promisify(execFile);

interface GitRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

describe('startGitServer', () => {
  let server: GitServer;
  let work: string;

  beforeAll(async () => {
    server = await startGitServer();
    work = await mkdtemp(join(tmpdir(), 'git-server-test-'));
  });
  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  });

  const git = async (args: string[], options: { cwd?: string; header?: string } = {}): Promise<GitRun> => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: work,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      ...(options.header
        ? { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: options.header }
        : {}),
    };
    try {
      const { stdout, stderr } = await execFileAsync('git', args, { cwd: options.cwd ?? work, env });
      return { exitCode: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const basic = () => `Authorization: Basic ${Buffer.from(`x-access-token:${server.token}`).toString('base64')}`;

  const commitFile = async (dir: string, name: string, content: string) => {
    await writeFile(join(dir, name), content);
    await git(['add', name], { cwd: dir });
    await git(['commit', '-q', '-m', `add ${name}`], { cwd: dir });
  };

  test('clones and pushes with the token as basic auth, and with a bearer token', async () => {
    const url = await server.createRepo('acme/gitops', { files: { 'README.md': 'hello\n' } });
    const clone = join(work, 'basic');
    expect((await git(['clone', '-q', url, clone], { header: basic() })).exitCode).toBe(0);
    await commitFile(clone, 'a.txt', 'a\n');
    const push = await git(['push', '--porcelain', 'origin', 'HEAD:main'], { cwd: clone, header: basic() });
    expect(push.exitCode).toBe(0);
    expect(await server.git('acme/gitops', ['log', '-1', '--format=%s', 'main'])).toBe('add a.txt');

    const bearer = await git(['ls-remote', url], { header: `Authorization: Bearer ${server.token}` });
    expect(bearer.exitCode).toBe(0);
    expect(bearer.stdout).toContain('refs/heads/main');
    expect(server.requests.some((request) => request.auth === 'bearer')).toBe(true);
    expect(server.requests.some((request) => request.service === 'git-receive-pack' && request.status === 200)).toBe(
      true,
    );
  });

  test('answers 401 with a Basic challenge to a wrong or missing token', async () => {
    await server.createRepo('private', { files: { 'a.txt': 'a\n' } });
    const wrong = await fetch(`${server.repoUrl('private')}/info/refs?service=git-upload-pack`, {
      headers: { authorization: `Basic ${Buffer.from('x-access-token:nope').toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
    const missing = await fetch(`${server.repoUrl('private')}/info/refs?service=git-upload-pack`);
    expect(missing.status).toBe(401);
    const cloned = await git(['clone', '-q', server.repoUrl('private'), join(work, 'denied')], {
      header: 'Authorization: Bearer wrong',
    });
    expect(cloned.exitCode).not.toBe(0);
  });

  test('creates history from commits', async () => {
    await server.createRepo('history', {
      files: { 'a.txt': '1\n' },
      commits: [
        { message: 'second', files: { 'b.txt': '2\n' } },
        { message: 'third', files: { 'a.txt': null } },
      ],
    });
    expect(await server.git('history', ['log', '--format=%s', 'main'])).toBe('third\nsecond\nInitial commit');
    expect(await server.git('history', ['ls-tree', '--name-only', 'main'])).toBe('b.txt');
  });

  test('a script hook declines pushes with its own message', async () => {
    const url = await server.createRepo('protected', {
      files: { 'a.txt': 'a\n' },
      preReceive: '#!/bin/sh\necho "protected branch: pushes to main are not allowed" >&2\nexit 1\n',
    });
    const clone = join(work, 'protected');
    await git(['clone', '-q', url, clone], { header: basic() });
    await commitFile(clone, 'b.txt', 'b\n');
    const push = await git(['push', '--porcelain', 'origin', 'HEAD:main'], { cwd: clone, header: basic() });
    expect(push.exitCode).not.toBe(0);
    expect(push.stdout).toContain('pre-receive hook declined');
    expect(push.stderr).toContain('protected branch');
  });

  test('a reject-fraction hook fails pushes as a ref-lock race and releases the lock afterwards', async () => {
    const url = await server.createRepo('flaky', { files: { 'a.txt': 'a\n' }, preReceive: { rejectFraction: 1 } });
    const clone = join(work, 'flaky');
    await git(['clone', '-q', url, clone], { header: basic() });
    await commitFile(clone, 'b.txt', 'b\n');
    const push = await git(['push', '--porcelain', 'origin', 'HEAD:main'], { cwd: clone, header: basic() });
    expect(push.exitCode).not.toBe(0);
    expect(push.stdout).toContain('[remote rejected] (failed to update ref)');
    expect(push.stderr).toContain('cannot lock ref');

    await server.setPreReceiveHook('flaky', undefined);
    const retried = await git(['push', '--porcelain', 'origin', 'HEAD:main'], { cwd: clone, header: basic() });
    expect(retried.exitCode).toBe(0);
  });
});
