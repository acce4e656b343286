import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../support/git-server';
import { repoRoot } from '../support/shared-fixtures';

const bundle = join(repoRoot, 'packages', 'cli', 'dist', 'index.js');
const image = 'registry.example.com/acme/web@sha256:5b0c6f0b3d1a2e9c8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e';

function shipgate(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd,
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

// The way a GitLab or Jenkins job uses Shipgate: the CLI bundle, inputs from flags and
// SHIPGATE_* variables, outputs read back as JSON, no GitHub runner anywhere.
describe('render and commit through the CLI, outside GitHub Actions', () => {
  let git: GitServer;
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'shipgate-cli-pipeline-'));
    git = await startGitServer();
    await git.createRepo('gitops', { files: { 'README.md': '# GitOps\n' } });
  }, 60_000);

  afterAll(async () => {
    await git?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test('render-manifests then gitops-commit: one deploy commit, the token never printed', async () => {
    const env = { RUNNER_TEMP: workDir, GITHUB_REPOSITORY: 'acme/web', GITHUB_SHA: 'c0ffee'.padEnd(40, '0') };
    const render = await shipgate(
      [
        'render-manifests',
        '--source',
        join(repoRoot, 'workflows-examples', 'sample-app', 'deploy'),
        '--environment',
        'staging',
        '--image-ref',
        `ghcr.io/acme/web=${image}`,
        '--output-dir',
        join(workDir, 'rendered'),
        '--json',
      ],
      env,
      workDir,
    );
    expect(render.stderr).not.toMatch(/^error:/m);
    expect(render.exitCode).toBe(0);
    const rendered = JSON.parse(render.stdout) as Record<string, string>;
    expect(rendered['config-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);

    const commit = await shipgate(
      [
        'gitops-commit',
        '--repository',
        git.repoUrl('gitops'),
        '--app',
        'sample-app',
        '--environment',
        'staging',
        '--source-dir',
        rendered['output-dir']!,
        '--image-ref',
        image,
        '--config-hash',
        rendered['config-hash']!,
      ],
      { ...env, SHIPGATE_TOKEN: git.token },
      workDir,
    );
    expect(commit.stderr).not.toMatch(/^error:/m);
    expect(commit.exitCode).toBe(0);
    const sha = /^commit-sha=([0-9a-f]{40})$/m.exec(commit.stdout)?.[1];
    expect(sha).toBe(await git.git('gitops', ['rev-parse', 'main']));
    const trailers = await git.git('gitops', ['log', '-1', '--format=%(trailers:only,unfold)', 'main']);
    expect(trailers).toContain('Shipgate-Environment: staging');
    expect(trailers).toContain(`Shipgate-Image: ${image}`);
    expect(trailers).toContain(`Shipgate-Config-Hash: ${rendered['config-hash']}`);
    expect(`${commit.stdout}${commit.stderr}`).not.toContain(git.token);
  }, 120_000);
});
