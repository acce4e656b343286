import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionLoaders, CLI_OPTIONS, defaultCatalog } from '@shipgate/cli';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';

/** Actions that are complete enough for the CLI: an action.yml and a src/main.ts. */
const actionNames = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() &&
      existsSync(join(repoRoot, 'actions', entry.name, 'action.yml')) &&
      existsSync(join(repoRoot, 'actions', entry.name, 'src', 'main.ts')),
  )
  .map((entry) => entry.name)
  .sort();

const tsxCli = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const bundle = join(repoRoot, 'packages', 'cli', 'dist', 'index.js');

const launchers = [
  { label: 'source (tsx packages/cli/src/bin.ts)', argv: [tsxCli, join(repoRoot, 'packages', 'cli', 'src', 'bin.ts')] },
  { label: 'ncc bundle (packages/cli/dist/index.js)', argv: [bundle] },
];

function shipgate(launcher: readonly string[], args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // Only PATH and HOME from the test's environment, so SHIPGATE_* or GITHUB_* set around the test cannot leak in.
    const child = spawn(process.execPath, [...launcher, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

function actionYml(name: string): {
  inputs?: Record<string, { required?: boolean }>;
  outputs?: Record<string, unknown>;
} {
  return parseYaml(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
}

describe('the action registry', () => {
  test('lists exactly the actions that have an action.yml and a src/main.ts', () => {
    expect(Object.keys(actionLoaders).sort()).toEqual(actionNames);
  });

  test.each(actionNames)('%s: loads a run function, and no input is named like a CLI option', async (name) => {
    const module = await actionLoaders[name]!();
    expect(typeof module.run).toBe('function');
    const inputs = Object.keys(actionYml(name).inputs ?? {});
    expect(inputs.filter((input) => (CLI_OPTIONS as readonly string[]).includes(input))).toEqual([]);
  });

  test('the embedded metadata covers every action in the registry', () => {
    expect(defaultCatalog.metadata.map((action) => action.name).filter((name) => name in actionLoaders)).toEqual(
      actionNames,
    );
  });
});

describe.each(launchers)('shipgate as a process: $label', ({ argv }) => {
  test('the bundle exists (npm run build -- cli)', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  test('--help lists every action', async () => {
    const result = await shipgate(argv, ['--help']);
    expect(result.exitCode).toBe(0);
    for (const name of actionNames) expect(result.stdout).toMatch(new RegExp(`^ {2}${name} `, 'm'));
  });

  test.each(actionNames)('%s --help lists the inputs and outputs of its action.yml', async (name) => {
    const result = await shipgate(argv, [name, '--help']);
    expect(result.exitCode).toBe(0);
    const manifest = actionYml(name);
    for (const [input, spec] of Object.entries(manifest.inputs ?? {})) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}--${input} {2}\\(${spec.required ? 'required; ' : ''}env `, 'm'));
    }
    for (const output of Object.keys(manifest.outputs ?? {})) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${output}$`, 'm'));
    }
  });

  test('an unknown action or input is a usage error (exit 2) with one line', async () => {
    const unknown = await shipgate(argv, ['no-such-action']);
    expect(unknown).toMatchObject({ exitCode: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^error: Unknown action "no-such-action"; the actions are .*\.\n$/);
    const name = actionNames[0];
    if (name) {
      const badInput = await shipgate(argv, [name, '--no-such-input', 'x']);
      expect(badInput).toMatchObject({
        exitCode: 2,
        stderr: `error: "${name}" has no input "--no-such-input"; run "shipgate ${name} --help" for its inputs.\n`,
      });
    }
  });

  test.each(actionNames)('%s with no inputs fails with exit 1 and a one-line error', async (name) => {
    const result = await shipgate(argv, [name]);
    const required = Object.entries(actionYml(name).inputs ?? {}).some(([, spec]) => spec.required);
    if (!required) return;
    expect(result.exitCode).toBe(1);
    const last = result.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^error: \S.*$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

const webImage =
  'registry.example.com/acme/web@sha256:5b0c6f0b3d1a2e9c8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e';
const trivyReport = join(repoRoot, 'test', 'cli', 'fixtures', 'trivy-web.json');

describe.each(launchers)('a real action through the CLI: $label', ({ argv }) => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'shipgate-cli-run-'));
  afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));

  test('scan-image evaluates a recorded Trivy report: inputs from flags and SHIPGATE_*, outputs as JSON', async () => {
    const result = await shipgate(argv, ['scan-image', '--report', trivyReport, '--json'], {
      RUNNER_TEMP: runnerTemp,
      SHIPGATE_IMAGE_REF: webImage,
    });
    expect(result.exitCode).toBe(0);
    const outputs = JSON.parse(result.stdout) as Record<string, string>;
    expect(outputs.verdict).toBe('pass');
    expect(JSON.parse(outputs.counts!)).toMatchObject({ critical: 0, high: 0, medium: 1, low: 1 });
    const record = JSON.parse(readFileSync(outputs['scan-record']!, 'utf8')) as { imageRef: string; verdict: string };
    expect(record).toMatchObject({ imageRef: webImage, verdict: 'pass' });
    expect(result.stderr).toContain('Verdict pass');
  });

  test('a policy failure exits 1 with one error line, after printing the outputs', async () => {
    const result = await shipgate(
      argv,
      ['scan-image', '--image-ref', webImage, '--report', trivyReport, '--severity-threshold', 'medium'],
      { RUNNER_TEMP: runnerTemp },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^verdict=fail\ncounts=\{.*\}\nsarif-file=.*\nscan-record=.*\n$/);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toEqual([
      `error: 1 finding(s) in ${webImage} are at or above severity medium; see the job summary.`,
    ]);
  });
});
