import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApprovalPolicy, readApprovalRecord, requestApproval, writeApprovalRecord } from '@shipgate/approvals';
import { createGitHubClient, createMemoryRuntime } from '@shipgate/core';
import { deployToGitOps } from '@shipgate/gitops';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../support/deploy-call';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { runActionBundle } from '../support/run-action-bundle';

const TOKEN = 'ghs_bindingTestToken0123456789abcdef';
const APPROVED_IMAGE = `ghcr.io/acme/web@sha256:${'4f1c'.repeat(16)}`;
const OTHER_IMAGE = `ghcr.io/acme/web@sha256:${'9d2e'.repeat(16)}`;
const APPROVED_CONFIG = `sha256:${'77ab'.repeat(16)}`;
const CHANGED_CONFIG = `sha256:${'88cd'.repeat(16)}`;

describe('approval record binding', () => {
  let api: GitHubApi;
  let git: GitServer;
  let workspace: string;
  let record: string;

  beforeAll(async () => {
    api = await startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } });
    for (const login of ['alice', 'bob']) api.state.addUser(login);
    api.state.onRequestCommented = (issue) => {
      api.state.addComment(issue.number, 'alice', '/approve');
      api.state.addComment(issue.number, 'bob', '/approve config reviewed');
    };
    git = await startGitServer();
    await git.createRepo('gitops', { files: { 'README.md': '# GitOps\n' } });
    workspace = await mkdtemp(join(tmpdir(), 'approval-binding-'));
    await mkdir(join(workspace, 'rendered'));
    await writeFile(
      join(workspace, 'rendered', 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${APPROVED_IMAGE}\n`,
    );
    const gate = await runActionBundle(
      'approval-gate',
      {
        app: 'web',
        environment: 'production',
        approvers: 'alice, bob',
        'min-approvals': '2',
        'image-ref': APPROVED_IMAGE,
        'config-hash': APPROVED_CONFIG,
        'github-token': TOKEN,
        'record-file': 'approval.json',
        'poll-interval-seconds': '1',
      },
      { env: { GITHUB_API_URL: api.url }, workspace },
    );
    expect(gate.exitCode, gate.log).toBe(0);
    expect(gate.outputs.approvers).toBe('alice\nbob');
    record = gate.outputs['approval-record'] as string;
  });

  afterAll(async () => {
    await git?.stop();
    await api?.stop();
  });

  const commit = (imageRef: string, configHash: string) =>
    runActionBundle(
      'gitops-commit',
      {
        repository: git.repoUrl('gitops'),
        token: git.token,
        app: 'web',
        environment: 'production',
        'source-dir': 'rendered',
        'image-ref': imageRef,
        'config-hash': configHash,
        'approval-record': record,
      },
      { workspace },
    );

  test('refused for another image digest', async () => {
    const result = await commit(OTHER_IMAGE, APPROVED_CONFIG);
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `Input "approval-record" does not approve this deployment: it approves ${APPROVED_IMAGE.split('@')[1]}, not ${OTHER_IMAGE.split('@')[1]}.`,
    );
  });

  test('refused for a changed config hash', async () => {
    const result = await commit(APPROVED_IMAGE, CHANGED_CONFIG);
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      `Input "approval-record" does not approve this deployment: it approves config ${APPROVED_CONFIG}, not ${CHANGED_CONFIG}.`,
    );
  });

  test('accepted for the approved digest and config hash, with the approvers in the trail', async () => {
    const before = await git.git('gitops', ['rev-parse', 'main']);
    const result = await commit(APPROVED_IMAGE, APPROVED_CONFIG);
    expect(result.exitCode, result.log).toBe(0);
    const after = await git.git('gitops', ['rev-parse', 'main']);
    expect(after).not.toBe(before);
    const message = await git.git('gitops', ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain(`Shipgate-Image: ${APPROVED_IMAGE}`);
    expect(message).toContain(`Shipgate-Config-Hash: ${APPROVED_CONFIG}`);
    expect(message).toMatch(/Approved-by: alice\nApproved-by: bob/);
  });
});

/** The same binding through the package functions, so it is checked even before the bundles exist. */
describe('approval record binding (packages)', () => {
  let api: GitHubApi;
  let git: GitServer;
  let sourceDir: string;
  let recordPath: string;

  beforeAll(async () => {
    api = await startGitHubApi();
    api.state.addUser('alice');
    api.state.onRequestCommented = (issue) => api.state.addComment(issue.number, 'alice', '/approve');
    const runtime = createMemoryRuntime();
    const result = await requestApproval(
      {
        mode: 'issue',
        app: 'web',
        environment: 'production',
        imageRefs: [APPROVED_IMAGE],
        configHash: APPROVED_CONFIG,
        repository: 'acme/web',
        requester: 'dave',
        policy: buildApprovalPolicy({
          approvers: ['alice'],
          imageApprovers: [],
          configApprovers: [],
          minApprovals: 1,
          allowSelfApproval: false,
          configChanged: true,
          selfLogins: ['dave'],
        }),
        timeoutMs: 60_000,
        pollIntervalMs: 1_000,
      },
      { client: createGitHubClient({ token: api.token, baseUrl: api.url }), log: runtime.log },
    );
    expect(result.status).toBe('approved');
    const dir = await mkdtemp(join(tmpdir(), 'approval-binding-'));
    recordPath = await writeApprovalRecord(join(dir, 'approval.json'), result.record);
    sourceDir = join(dir, 'rendered');
    await mkdir(sourceDir);
    await writeFile(
      join(sourceDir, 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nimage: ${APPROVED_IMAGE}\n`,
    );
    git = await startGitServer();
    await git.createRepo('gitops', { files: { 'README.md': '# GitOps\n' } });
  });

  afterAll(async () => {
    await git?.stop();
    await api?.stop();
  });

  const deploy = async (imageRef: string, configHash: string) => {
    const runtime = createMemoryRuntime();
    return deployToGitOps(
      ...deployCall({
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        repository: git.repoUrl('gitops'),
        token: git.token,
        app: 'web',
        environment: 'production',
        sourceDir,
        imageRefs: [imageRef],
        configHash,
        approvalRecord: await readApprovalRecord(recordPath),
        tempDir: tmpdir(),
        retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
      }),
    );
  };

  test('refused for another digest or a changed config hash, accepted for the approved pair', async () => {
    await expect(deploy(OTHER_IMAGE, APPROVED_CONFIG)).rejects.toThrow(
      /does not approve this deployment: it approves sha256:4f1c.*, not sha256:9d2e/,
    );
    await expect(deploy(APPROVED_IMAGE, CHANGED_CONFIG)).rejects.toThrow(
      `it approves config ${APPROVED_CONFIG}, not ${CHANGED_CONFIG}`,
    );
    const before = await git.git('gitops', ['rev-parse', 'main']);
    const result = await deploy(APPROVED_IMAGE, APPROVED_CONFIG);
    expect(result.changed).toBe(true);
    expect(await git.git('gitops', ['rev-parse', 'main'])).not.toBe(before);
    const message = await git.git('gitops', ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain(`Shipgate-Config-Hash: ${APPROVED_CONFIG}`);
    expect(message).toContain('Approved-by: alice');
  });
});
