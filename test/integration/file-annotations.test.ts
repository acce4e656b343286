/**
 * A mistake in a file fails the step with an annotation on that file and line: the committed
 * bundles run as the runner runs them (their stdout read as the runner reads it), and the CLI's
 * bundle prints the same place as `error: file:line:column: message`.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../support/git-server';
import { runActionBundle } from '../support/run-action-bundle';
import { repoRoot } from '../support/shared-fixtures';

const IMAGE = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
// Line 7 holds the unknown key `approver` (a typo of approvers), at column 7.
const POLICY = `# Owned by the platform team.
version: 1
environments:
  staging: {}
  production:
    approvals:
      approver: [alice, bob]
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${IMAGE}
`;
// A second document whose flow sequence is never closed: the parser gives up at its end, line 20, column 1.
const BROKEN = `${DEPLOYMENT}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: [web
`;

describe('a mistake in a file is annotated on its line', () => {
  let server: GitServer;
  let workspace: string;

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_file_annotations_51c2' });
    await server.createRepo('gitops', { files: { '.shipgate/policy.yaml': POLICY } });
    workspace = await mkdtemp(join(tmpdir(), 'file-annotations-'));
    await mkdir(join(workspace, 'rendered'));
    await writeFile(join(workspace, 'rendered', 'deployment-web.yaml'), DEPLOYMENT);
    await mkdir(join(workspace, 'deploy', 'web'), { recursive: true });
    await writeFile(join(workspace, 'deploy', 'web', 'manifests.yaml'), BROKEN);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(workspace, { recursive: true, force: true });
  });

  test('the policy file names the line of the unknown key; gitops-commit fails annotated at .shipgate/policy.yaml', async () => {
    expect(POLICY.split('\n')[6]).toBe('      approver: [alice, bob]');
    const result = await runActionBundle(
      'gitops-commit',
      {
        repository: server.repoUrl('gitops'),
        token: server.token,
        app: 'web',
        environment: 'production',
        'source-dir': 'rendered',
        'image-ref': IMAGE,
      },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.properties).toEqual({ file: '.shipgate/policy.yaml', line: '7', col: '7' });
    expect(errors[0]?.message).toMatch(
      /^\.shipgate\/policy\.yaml \(blob [0-9a-f]{12}\) line 7 \(environments\.production\.approvals\.approver\): unknown key "approver"\.$/,
    );
    expect(result.stdout).toMatch(/^::error file=\.shipgate\/policy\.yaml,line=7,col=7::\.shipgate\/policy\.yaml /m);
  }, 120_000);

  test('a plain manifest names its file, relative to the workspace, and the line; render-manifests fails annotated there', async () => {
    const result = await runActionBundle(
      'render-manifests',
      { source: 'deploy/web', environment: 'staging', renderer: 'plain' },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(/^manifests\.yaml has a YAML syntax error at line 20, column 1: /),
        properties: { file: 'deploy/web/manifests.yaml', line: '20', col: '1' },
      },
    ]);
    expect(result.stdout).toMatch(/^::error file=deploy\/web\/manifests\.yaml,line=20,col=1::manifests\.yaml /m);
  }, 120_000);

  test('the CLI prints the same place: error: file:line:column: message', async () => {
    const cli = join(repoRoot, 'packages', 'cli', 'dist', 'index.js');
    const result = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [cli, 'render-manifests', '--source', 'deploy/web', '--environment', 'staging', '--renderer', 'plain'],
        { cwd: workspace, env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: workspace } },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr }));
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^error: deploy\/web\/manifests\.yaml:20:1: manifests\.yaml has a YAML syntax error at line 20, column 1: /,
    );
  }, 60_000);
});
