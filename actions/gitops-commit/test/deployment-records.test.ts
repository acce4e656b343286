/**
 * GitHub deployment records: after a landed deploy, gitops-commit tells the artifact metadata API
 * what runs where (image, digest, environment, namespace, workload, container, cluster). Through the
 * bundle, over the real git server and the OpenAPI-checked GitHub API test server, which checks the
 * request body against GitHub's schema as well.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { type GitHubApi, startGitHubApi } from '../../../test/support/github-api';
import { runActionBundle } from '../../../test/support/run-action-bundle';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const IMAGE = `ghcr.io/acme/web@${DIGEST}`;
const SIDECAR = `ghcr.io/acme/proxy@sha256:${'b'.repeat(64)}`;
const ORG_EVENT = { repository: { full_name: 'acme/web', owner: { login: 'acme', type: 'Organization' } } };
const USER_EVENT = { repository: { full_name: 'acme/web', owner: { login: 'acme', type: 'User' } } };

function deployment(replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - { name: web, image: "${IMAGE}" }
        - { name: proxy, image: "${SIDECAR}" }
`;
}

describe('gitops-commit records the deploy on GitHub', () => {
  let server: GitServer;
  let api: GitHubApi;
  let work: string;
  let replicas = 1;

  async function deploy(repo: string, inputs: Record<string, string>, event: Record<string, unknown>) {
    const repository = await server.createRepo(repo);
    replicas += 1;
    return runActionBundle(
      'gitops-commit',
      {
        repository,
        token: server.token,
        'github-token': api.token,
        app: 'web',
        environment: 'staging',
        'source-dir': await writeRendered(work, replicas),
        'image-ref': IMAGE,
        'source-time': '2026-11-01T10:00:00Z',
        ...inputs,
      },
      { workspace: work, event, env: { GITHUB_API_URL: api.url } },
    );
  }

  beforeAll(async () => {
    server = await startGitServer();
    work = await mkdtemp(join(tmpdir(), 'deployment-records-'));
  });
  afterEach(async () => {
    await api?.stop();
  });
  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test("auto, for an organization's repository on github.com: one record per container running a deployed image", async () => {
    api = await startGitHubApi();
    const result = await deploy('org', { cluster: 'prod-eu-1' }, ORG_EVENT);
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.changed).toBe('true');
    expect(api.state.deploymentRecords).toEqual([
      {
        org: 'acme',
        name: 'ghcr.io/acme/web',
        digest: DIGEST,
        status: 'deployed',
        logical_environment: 'staging',
        deployment_name: 'shop-web-web',
        cluster: 'prod-eu-1',
        github_repository: 'web',
        tags: { app: 'web', 'gitops-commit': result.outputs['commit-sha'] },
        return_records: false,
      },
    ]);
    expect(result.log).toContain("Recorded 1 deployment record(s) for acme's linked artifacts on GitHub.");
  });

  test('a record GitHub refuses is a warning; the deploy stands', async () => {
    api = await startGitHubApi();
    api.failNext({ status: 403, match: { operationId: 'orgs/create-artifact-deployment-record' } });
    const result = await deploy('refused', {}, ORG_EVENT);
    expect(result.exitCode, result.log).toBe(0);
    expect(await server.git('refused', ['rev-parse', 'main'])).toBe(result.outputs['commit-sha']);
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /^The deploy landed, but GitHub did not take its deployment record \(GitHub API call POST \/orgs\/acme\/artifacts\/metadata\/deployment-record failed: .*\); grant the job "permissions: artifact-metadata: write", or set deployment-records: false\.$/,
      ),
    });
    expect(api.state.deploymentRecords).toEqual([]);
  });

  test.each<[string, Record<string, string>, Record<string, unknown>, Record<string, string>]>([
    ['auto, for a user-owned repository (the API is per organization)', {}, USER_EVENT, {}],
    ['auto, on GitHub Enterprise Server', {}, ORG_EVENT, { GITHUB_SERVER_URL: 'https://github.acme.internal' }],
    ['false', { 'deployment-records': 'false' }, ORG_EVENT, {}],
  ])('no record: %s', async (_name, inputs, event, env) => {
    api = await startGitHubApi();
    replicas += 1;
    const repository = await server.createRepo(`none-${replicas}`);
    const result = await runActionBundle(
      'gitops-commit',
      {
        repository,
        token: server.token,
        'github-token': api.token,
        app: 'web',
        environment: 'staging',
        'source-dir': await writeRendered(work, replicas),
        'image-ref': IMAGE,
        'source-time': '2026-11-01T10:00:00Z',
        ...inputs,
      },
      { workspace: work, event, env: { GITHUB_API_URL: api.url, ...env } },
    );
    expect(result.exitCode, result.log).toBe(0);
    expect(result.outputs.changed).toBe('true');
    expect(api.requestsTo('orgs/create-artifact-deployment-record')).toEqual([]);
    expect(result.annotations.filter((annotation) => annotation.level === 'warning')).toEqual([]);
  });

  test('a deploy that changes nothing records nothing again', async () => {
    api = await startGitHubApi();
    const repository = await server.createRepo('unchanged');
    const inputs = {
      repository,
      token: server.token,
      'github-token': api.token,
      app: 'web',
      environment: 'staging',
      'source-dir': await writeRendered(work, 99),
      'image-ref': IMAGE,
      'source-time': '2026-11-01T10:00:00Z',
    };
    const options = { workspace: work, event: ORG_EVENT, env: { GITHUB_API_URL: api.url } };
    expect((await runActionBundle('gitops-commit', inputs, options)).exitCode).toBe(0);
    const again = await runActionBundle('gitops-commit', inputs, options);
    expect(again.outputs.changed).toBe('false');
    expect(api.state.deploymentRecords).toHaveLength(1);
  });

  test('a bad deployment-records value is refused before anything is pushed', async () => {
    api = await startGitHubApi();
    const repository = await server.createRepo('bad-value', { files: { 'README.md': 'x\n' } });
    const before = await server.git('bad-value', ['rev-parse', 'main']);
    const result = await runActionBundle(
      'gitops-commit',
      {
        repository,
        token: server.token,
        app: 'web',
        environment: 'staging',
        'source-dir': await writeRendered(work, 98),
        'image-ref': IMAGE,
        'deployment-records': 'yes',
      },
      { workspace: work, event: ORG_EVENT, env: { GITHUB_API_URL: api.url } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'Input "deployment-records" must be one of "auto", "true" or "false", got "yes".',
    });
    expect(await server.git('bad-value', ['rev-parse', 'main'])).toBe(before);
  });
});

async function writeRendered(work: string, replicas: number): Promise<string> {
  const dir = join(work, `fixed-${replicas}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'deployment.yaml'), deployment(replicas));
  return dir;
}
