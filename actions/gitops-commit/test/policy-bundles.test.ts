/**
 * Issue 14's attacks run through the committed bundles, as a workflow would run them: approval-gate
 * reads the GitOps policy from the real git server and opens its request on the GitHub API test
 * server (responses schema-checked), gitops-commit re-reads the evidence at commit time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRequestMarker } from '@shipgate/approvals';
import { inspectCommittedFiles } from '@shipgate/manifests';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { recordPushes } from '../../../test/support/activity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { addRunnerRun, runActionBundle } from '../../../test/support/run-action-bundle';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const IMAGE = `ghcr.io/acme/web@${DIGEST}`;
const TOKEN = 'ghs_policy_bundles_run_token';
const POLICY = `version: 1
environments:
  staging: {}
  production:
    approvals: { min: 2, approvers: [alice, bob, carol] }
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
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

describe('approval-gate and gitops-commit bundles under a GitOps policy', () => {
  let server: GitServer;
  let api: GitHubApi;
  let url: string;
  let workspace: string;
  let configHash: string;

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_policy_bundles_3e9a' });
    api = await startGitHubApi({ tokens: { [TOKEN]: 'github-actions' } });
    for (const login of ['alice', 'bob', 'carol', 'mallory']) api.state.addUser(login);
    url = await server.createRepo('gitops', { files: { '.shipgate/policy.yaml': POLICY } });
    workspace = await mkdtemp(join(tmpdir(), 'policy-bundles-'));
    await mkdir(join(workspace, 'rendered'));
    await writeFile(join(workspace, 'rendered', 'shop-deployment-web.yaml'), DEPLOYMENT);
    ({ configHash } = await inspectCommittedFiles([{ name: 'shop-deployment-web.yaml', content: DEPLOYMENT }]));
  });
  afterEach(() => api.assertNoViolations());
  afterAll(async () => {
    await api?.stop();
    await server?.stop();
    await rm(workspace, { recursive: true, force: true });
  });

  const env = () => ({ GITHUB_API_URL: api.url });
  const gate = (inputs: Record<string, string>) =>
    runActionBundle(
      'approval-gate',
      {
        token: TOKEN,
        app: 'web',
        environment: 'production',
        'image-ref': IMAGE,
        'config-hash': configHash,
        'policy-repository': url,
        'policy-token': server.token,
        'poll-interval-seconds': '1',
        'record-file': 'approval.json',
        ...inputs,
      },
      { env: env(), workspace },
    );
  const commit = (inputs: Record<string, string>) =>
    runActionBundle(
      'gitops-commit',
      {
        repository: url,
        token: server.token,
        'github-token': TOKEN,
        app: 'web',
        environment: 'production',
        'source-dir': 'rendered',
        'image-ref': IMAGE,
        'source-time': '2026-11-01T10:00:00Z',
        ...inputs,
      },
      { env: env(), workspace },
    );
  const tip = () => server.git('gitops', ['rev-parse', 'main']);

  test('approvers passed as inputs that the policy does not list are refused before any request', async () => {
    const issues = api.state.issues.length;
    const result = await gate({ approvers: 'alice,mallory' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toContain(
      'Input "approvers" names mallory, whom the policy does not list as approvers; inputs may only narrow the policy\'s list.',
    );
    expect(api.state.issues.length).toBe(issues);
  });

  test('environment: staging on the production path is refused, nothing pushed', async () => {
    const before = await tip();
    const result = await commit({ environment: 'staging', path: 'apps/web/production' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      /::error::Input "environment" is "staging", but \.shipgate\/policy\.yaml \(blob \w+\) says apps\/web\/production is environment "production"; the path decides the environment\./,
    );
    expect(await tip()).toBe(before);
  });

  test('a real approval by two policy approvers lands; the same record after an edit of source-dir does not', async () => {
    api.state.onRequestCommented = (issue) => {
      api.state.addComment(issue.number, 'alice', '/approve', issue);
      api.state.addComment(issue.number, 'bob', '/approve ship it', issue);
    };
    const approved = await gate({});
    api.state.onRequestCommented = undefined;
    expect(approved.exitCode, approved.log).toBe(0);
    expect(approved.outputs).toMatchObject({ approved: 'true', approvers: 'alice\nbob' });
    // The request comment names the deploy as gitops-commit will make it, the GitOps repository included.
    const request = api.state.comments.find((comment) => parseRequestMarker(comment.body));
    expect(parseRequestMarker(request?.body ?? '')).toEqual({
      repository: url.replace(/\.git$/, ''),
      app: 'web',
      environment: 'production',
      path: 'apps/web/production',
      digests: [IMAGE.slice(IMAGE.indexOf('@') + 1)],
      configHash,
    });

    const before = await tip();
    await writeFile(
      join(workspace, 'rendered', 'shop-deployment-web.yaml'),
      DEPLOYMENT.replace('replicas: 2', 'replicas: 50'),
    );
    const edited = await commit({ 'approval-record': 'approval.json', 'config-hash': configHash });
    expect(edited.exitCode).toBe(1);
    expect(edited.log).toMatch(
      /::error::Input "config-hash" is sha256:\w+, but the files in "source-dir" hash to sha256:\w+; the hash is computed from what is committed\./,
    );
    expect(await tip()).toBe(before);

    await writeFile(join(workspace, 'rendered', 'shop-deployment-web.yaml'), DEPLOYMENT);
    const landed = await commit({ 'approval-record': 'approval.json', 'config-hash': configHash });
    expect(landed.exitCode, landed.log).toBe(0);
    const message = await server.git('gitops', ['log', '-1', '--format=%B', 'main']);
    const blob = await server.git('gitops', ['rev-parse', 'main:.shipgate/policy.yaml']);
    expect(message).toContain(`Shipgate-Policy: ${blob}`);
    expect(message).toMatch(
      /Shipgate-Approval: https:\/\/github\.com\/acme\/web\/issues\/\d+#issuecomment-\d+\nShipgate-Approval: https:/,
    );
    expect(landed.masked).toContain(TOKEN);
    expect(landed.log).not.toContain(TOKEN);

    // The trail it left verifies later, from the repository and the API alone (issue 15), with
    // the run its Shipgate-Run names kept by GitHub.
    addRunnerRun(api.state);
    await recordPushes(api, server, { name: 'gitops', owner: 'acme', repo: 'gitops', actor: 'shipgate-bot' });
    const verified = await runActionBundle(
      'verify-deployments',
      { repository: url, token: server.token, 'github-token': TOKEN, 'github-repository': 'acme/gitops' },
      { env: env() },
    );
    expect(verified.exitCode, verified.log).toBe(0);
    expect(verified.outputs).toMatchObject({ verdict: 'pass', violations: '0' });
    expect(verified.summary).toMatch(
      /\| production \| ghcr\.io\/acme\/web@sha256:a{12}… \| alice, bob \| pass \| verified \|/,
    );
  });
});
