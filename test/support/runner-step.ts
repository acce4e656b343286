import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface RunnerStep {
  /** A fresh directory per test, holding the `output` and `summary` files. */
  readonly dir: string;
  /** What the step wrote to stdout since the test began (or since `clearStdout`). */
  readonly stdout: string;
  clearStdout(): void;
}

/**
 * An in-process runner step for each test: empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in a
 * temp dir, no INPUT_* variables, stdout captured; the environment and exit code restored after.
 */
export function useRunnerStep(): RunnerStep {
  const saved = { env: { ...process.env }, exitCode: process.exitCode };
  let dir = '';
  let stdout = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-runner-step-'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    Object.assign(process.env, { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') });
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.env = { ...saved.env };
    process.exitCode = saved.exitCode;
    await rm(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get stdout() {
      return stdout;
    },
    clearStdout: () => {
      stdout = '';
    },
  };
}
