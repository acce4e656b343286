import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';

// `npx @github/local-action run actions/<name> src/main.ts .env` imports the main module and calls
// its exported run() with no arguments, with the runner's variables set; so do these tests.
const actions = readdirSync(join(repoRoot, 'actions')).filter((name) =>
  existsSync(join(repoRoot, 'actions', name, 'src', 'main.ts')),
);

describe('each action main module, called as @github/local-action calls it', () => {
  let dir: string;
  let stdout: string;
  const saved = { env: { ...process.env }, exitCode: process.exitCode };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-local-action-'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    Object.assign(process.env, {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_WORKSPACE: repoRoot,
      RUNNER_TEMP: dir,
    });
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

  test.each(actions)(
    '%s exports a run() that takes no arguments and fails the step on missing inputs',
    async (name) => {
      const module = (await import(join(repoRoot, 'actions', name, 'src', 'main.ts'))) as { run: () => Promise<void> };
      expect(typeof module.run).toBe('function');
      await module.run();
      expect(process.exitCode).toBe(1);
      expect(stdout).toMatch(/^::error::Input "[a-z-]+" (is required|must be)/m);
    },
  );

  test('render-manifests run() reads INPUT_* and writes its outputs to GITHUB_OUTPUT', async () => {
    Object.assign(process.env, {
      INPUT_SOURCE: 'workflows-examples/sample-app/deploy',
      INPUT_ENVIRONMENT: 'dev',
      'INPUT_OUTPUT-DIR': join(dir, 'rendered'),
    });
    const { run } = (await import(join(repoRoot, 'actions', 'render-manifests', 'src', 'main.ts'))) as {
      run: () => Promise<void>;
    };
    await run();
    expect(process.exitCode, stdout).toBe(0);
    const outputs = await readFile(join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^config-hash<<ghadelimiter_[\w-]+\nsha256:[0-9a-f]{64}\n/m);
    expect(outputs).toContain(`output-dir<<`);
    expect(readdirSync(join(dir, 'rendered')).length).toBeGreaterThan(0);
    expect(await readFile(join(dir, 'summary'), 'utf8')).not.toBe('');
  });
});
