import type { Exec, ExecResult } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { createGit, GitCommandError } from '../src';

const NO_DELAY = { attempts: 4, baseDelayMs: 0, maxDelayMs: 0 };
const EARLY_EOF = { exitCode: 128, stdout: '', stderr: 'error: RPC failed\nfatal: early EOF\n' };
const OK = { exitCode: 0, stdout: 'done\n', stderr: '' };

/** An exec that answers each call with the next of `results` and records the arguments. */
function scripted(results: ExecResult[]): { exec: Exec; calls: string[][] } {
  const calls: string[][] = [];
  const exec: Exec = async (_command, args) => {
    calls.push([...args]);
    return results.shift() ?? OK;
  };
  return { exec, calls };
}

describe('createGit', () => {
  test('a read that fails on the way is tried again, up to the attempts, and its last answer stands', async () => {
    const flaky = scripted([EARLY_EOF, EARLY_EOF, OK]);
    const git = createGit({ exec: flaky.exec, cwd: '/tmp', readRetry: NO_DELAY });
    expect(await git(['fetch', 'origin'])).toEqual(OK);
    expect(flaky.calls).toHaveLength(3);

    const broken = scripted([EARLY_EOF, EARLY_EOF, EARLY_EOF, EARLY_EOF, OK]);
    const failing = createGit({ exec: broken.exec, cwd: '/tmp', readRetry: NO_DELAY });
    expect(await failing(['ls-remote', 'origin'], { ignoreReturnCode: true })).toEqual(EARLY_EOF);
    expect(broken.calls).toHaveLength(4);
  });

  test('a fetch whose listed ref went away before its objects were asked for is tried again', async () => {
    // Captured from a crowd of 16 writers (profile-deploy.ts --crowd 16): a landing push deleted
    // queue refs between the fetch's two requests.
    const raced = {
      exitCode: 128,
      stdout: '',
      stderr: 'fatal: remote error: upload-pack: not our ref 0000000000000000000000000000000000000000\n',
    };
    const flaky = scripted([raced, OK]);
    const git = createGit({ exec: flaky.exec, cwd: '/tmp', readRetry: NO_DELAY });
    expect(await git(['fetch', 'origin', '+refs/shipgate/queue/*:refs/remotes/shipgate-queue/*'])).toEqual(OK);
    expect(flaky.calls).toHaveLength(2);
  });

  test('a write, or a failure that is not on the way, is run once and named by git’s first fatal line', async () => {
    const push = scripted([EARLY_EOF]);
    await expect(createGit({ exec: push.exec, cwd: '/tmp', readRetry: NO_DELAY })(['push', 'origin'])).rejects.toThrow(
      new GitCommandError({ command: 'git', args: ['push', 'origin'], exitCode: 128, stderr: EARLY_EOF.stderr }),
    );
    expect(push.calls).toHaveLength(1);

    const missing = scripted([{ exitCode: 128, stdout: '', stderr: "fatal: couldn't find remote ref main\n" }]);
    const git = createGit({ exec: missing.exec, cwd: '/tmp', readRetry: NO_DELAY });
    await expect(git(['fetch', 'origin', 'main'])).rejects.toThrow(
      "`git fetch origin main` exited with code 128: fatal: couldn't find remote ref main",
    );
    expect(missing.calls).toHaveLength(1);
  });

  test('a refused token names the input, not git’s prompt', async () => {
    const refused = scripted([
      {
        exitCode: 128,
        stdout: '',
        stderr: "fatal: could not read Username for 'https://git.example.com': terminal prompts disabled\n",
      },
    ]);
    const git = createGit({ exec: refused.exec, url: 'https://git.example.com/a/b.git', cwd: '/tmp' });
    await expect(git(['ls-remote', 'origin'])).rejects.toThrow(
      /^https:\/\/git\.example\.com refused the credentials \(HTTP 401\): check input "token"/,
    );
  });

  test('the process pushes itself only over HTTP(S) with a token and no proxy; else git pushes', () => {
    const { exec } = scripted([]);
    const at = (url: string, token?: string, inherited: Record<string, string> = {}) =>
      createGit({ exec, url, cwd: '/tmp', inherited, ...(token ? { token } : {}) }).remote;
    const PROXY_FREE = { HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '' };
    expect(at('https://git.example.com/a/b.git', 'gst_1', PROXY_FREE)).toMatchObject({
      url: 'https://git.example.com/a/b.git',
      authorization: `Basic ${Buffer.from('x-access-token:gst_1').toString('base64')}`,
    });
    // A credential helper's credentials are git's to send; a proxy, git's to honour; a path has no HTTP.
    expect(at('https://git.example.com/a/b.git', undefined, PROXY_FREE)).toBeUndefined();
    expect(
      at('https://git.example.com/a/b.git', 'gst_1', { ...PROXY_FREE, HTTPS_PROXY: 'http://proxy:3128' }),
    ).toBeUndefined();
    expect(
      at('http://git.example.com/a/b.git', 'gst_1', { ...PROXY_FREE, http_proxy: 'http://proxy:3128' }),
    ).toBeUndefined();
    expect(at('/srv/git/b.git', 'gst_1', PROXY_FREE)).toBeUndefined();
  });
});
