import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { useRunnerStep } from '../support/runner-step';
import { repoRoot } from '../support/shared-fixtures';

// `npx @github/local-action run actions/<name> src/main.ts .env` imports the main module and calls
// its exported run() with no arguments, with the runner's variables set; so do these tests.
const actions = readdirSync(join(repoRoot, 'actions')).filter((name) =>
  existsSync(join(repoRoot, 'actions', name, 'src', 'main.ts')),
);

describe('each action main module, called as @github/local-action calls it', () => {
  const step = useRunnerStep();
  beforeEach(() => {
    Object.assign(process.env, { GITHUB_WORKSPACE: repoRoot, RUNNER_TEMP: step.dir });
  });

  test.each(actions)(
    '%s exports a run() that takes no arguments and fails the step on missing inputs',
    async (name) => {
      const module = (await import(join(repoRoot, 'actions', name, 'src', 'main.ts'))) as { run: () => Promise<void> };
      expect(typeof module.run).toBe('function');
      await module.run();
      expect(process.exitCode).toBe(1);
      expect(step.stdout).toMatch(/^::error::Input "[a-z-]+"( \(or "[a-z-]+"\))? (is required|must be)/m);
    },
  );

  test('render-manifests run() reads INPUT_* and writes its outputs to GITHUB_OUTPUT', async () => {
    Object.assign(process.env, {
      INPUT_SOURCE: 'workflows-examples/sample-app/deploy',
      INPUT_ENVIRONMENT: 'dev',
      'INPUT_OUTPUT-DIR': join(step.dir, 'rendered'),
    });
    const { run } = (await import(join(repoRoot, 'actions', 'render-manifests', 'src', 'main.ts'))) as {
      run: () => Promise<void>;
    };
    await run();
    expect(process.exitCode, step.stdout).toBe(0);
    const outputs = await readFile(join(step.dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^config-hash<<ghadelimiter_[\w-]+\nsha256:[0-9a-f]{64}\n/m);
    expect(outputs).toContain(`output-dir<<`);
    expect(readdirSync(join(step.dir, 'rendered')).length).toBeGreaterThan(0);
    expect(await readFile(join(step.dir, 'summary'), 'utf8')).not.toBe('');
  });
});
