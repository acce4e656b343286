import { describe, expect, test } from 'vitest';
import { CommandError, createMemoryRuntime } from '../src';

describe('exec', () => {
  test('runs an argument array without a shell', async () => {
    const runtime = createMemoryRuntime();
    const result = await runtime.exec('printf', ['%s|', 'a b', '$HOME', '; rm -rf /']);
    expect(result.stdout).toBe('a b|$HOME|; rm -rf /|');
    expect(result.exitCode).toBe(0);
  });

  test('passes stdin, cwd and environment overrides', async () => {
    const runtime = createMemoryRuntime();
    const result = await runtime.exec('sh', ['-c', 'cat; printf " %s %s" "$PWD" "$GONE"; printf " %s" "$EXTRA"'], {
      input: 'from-stdin',
      cwd: '/tmp',
      env: { EXTRA: 'x', GONE: undefined },
    });
    expect(result.stdout).toBe('from-stdin /tmp  x');
  });

  test('a failure says command, exit code and the meaningful lines of stderr', async () => {
    const runtime = createMemoryRuntime();
    const error = await runtime
      .exec('sh', ['-c', 'echo first >&2; echo "the real reason" >&2; exit 3'])
      .catch((e) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.exitCode).toBe(3);
    expect(error.lastStderrLine).toBe('the real reason');
    expect(error.message).toMatch(/^`sh -c .*` exited with code 3: first\nthe real reason$/);
  });

  test('ignoreReturnCode returns the failure instead', async () => {
    const runtime = createMemoryRuntime();
    const result = await runtime.exec('sh', ['-c', 'exit 4'], { ignoreReturnCode: true });
    expect(result.exitCode).toBe(4);
  });

  test('a missing tool is a CommandError, not a crash', async () => {
    const runtime = createMemoryRuntime();
    await expect(runtime.exec('no-such-tool-shipgate', ['--version'])).rejects.toThrow(
      '`no-such-tool-shipgate --version` could not be run: not found on PATH.',
    );
  });

  test('a timeout kills the process and says so', async () => {
    const runtime = createMemoryRuntime();
    const started = Date.now();
    await expect(runtime.exec('sleep', ['5'], { timeoutMs: 200 })).rejects.toThrow(/timed out after 0s/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  test('a token passed to exec is masked in the logs and in the error', async () => {
    const runtime = createMemoryRuntime();
    const token = 'ghp_0123456789abcdefTOKEN';
    runtime.setSecret(token);
    const error = await runtime
      .exec('sh', ['-c', `echo "auth with ${token}" >&2; exit 1`, token], { input: token })
      .then(
        () => undefined,
        (e: unknown) => e as CommandError,
      );
    if (!(error instanceof CommandError)) throw new Error('expected a CommandError');
    expect(error.message).not.toContain(token);
    expect(error.message).toContain('auth with ***');
    expect(error.stderr).not.toContain(token);
    expect(error.args.join(' ')).not.toContain(token);
    expect(runtime.logText()).toContain('[command] sh -c');
    expect(runtime.logText()).not.toContain(token);
  });
});
