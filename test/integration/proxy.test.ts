/**
 * Behind a proxy, as a self-hosted runner sets one: the GitHub client (an approval read), the
 * registry client (a read, with its token-realm fetch) and git (a deploy) go through
 * HTTP(S)_PROXY, and with NO_PROXY naming the host they do not. Every server is on 127.0.0.1, which
 * neither undici nor git exempts from a proxy by itself. git (curl) takes a proxy for an http://
 * remote from lower-case `http_proxy` only, so both spellings are set.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime, runAction } from '@shipgate/core';
import { RegistryClient } from '@shipgate/image';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { run as approvalGate } from '../../actions/approval-gate/src/main';
import { run as gitopsCommit } from '../../actions/gitops-commit/src/main';
import { pushSmallImage } from '../../packages/gitops/test/promote-image';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { startHttpProxy, type TestProxy } from '../support/http-proxy';
import { type RegistryProxy, startRegistry, startRegistryProxy, type TestRegistry } from '../support/registry';

const TOKEN = 'ghs_proxyTestToken0123456789';
const IMAGE = `ghcr.io/acme/web@sha256:${'4f1c'.repeat(16)}`;
const CONFIG = `sha256:${'77ab'.repeat(16)}`;

let proxy: TestProxy;
let api: GitHubApi;
let registry: TestRegistry;
/** The registry behind a bearer challenge whose token service is another host. */
let walled: RegistryProxy;
let tokenService: Server;
let tokenHost: string;
let git: GitServer;
let work: string;
let imageRef: string;

beforeAll(async () => {
  [proxy, api, registry, git] = await Promise.all([
    startHttpProxy(),
    startGitHubApi({ tokens: { [TOKEN]: 'shipgate-bot' } }),
    startRegistry(),
    startGitServer(),
  ]);
  api.state.addRun({
    owner: 'acme',
    repo: 'web',
    id: 123,
    actor: 'octocat',
    approvals: [{ environments: ['production'], state: 'approved', login: 'alice', comment: 'ok' }],
  });
  imageRef = await pushSmallImage(registry.host, 'acme/web', 'proxied');
  tokenService = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'registry-token' }));
  });
  await new Promise<void>((resolve) => tokenService.listen(0, '127.0.0.1', resolve));
  tokenHost = `127.0.0.1:${(tokenService.address() as AddressInfo).port}`;
  walled = await startRegistryProxy(registry.url);
  walled.setFault((request) =>
    request.headers.authorization === 'Bearer registry-token'
      ? undefined
      : { status: 401, headers: { 'www-authenticate': `Bearer realm="http://${tokenHost}/token",service="test"` } },
  );
  work = await mkdtemp(join(tmpdir(), 'proxy-test-'));
  await mkdir(join(work, 'rendered'));
  await writeFile(join(work, 'rendered', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\n');
});

afterAll(async () => {
  await Promise.all([proxy?.stop(), api?.stop(), registry?.stop(), git?.stop(), walled?.stop()]);
  await new Promise<void>((resolve) => (tokenService ? tokenService.close(() => resolve()) : resolve()));
});

beforeEach(() => {
  proxy.log.length = 0;
});

/** The proxy variables of a runner behind `proxy`, with `noProxy` exempt. */
function proxyEnvironment(noProxy = ''): Record<string, string> {
  return {
    HTTP_PROXY: proxy.url,
    http_proxy: proxy.url,
    HTTPS_PROXY: proxy.url,
    https_proxy: proxy.url,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
  };
}

const targets = () => [...new Set(proxy.log.map((entry) => entry.target.replace(/^http:\/\/([^/]+)\/.*$/, '$1')))];

async function readApproval(env: Record<string, string>) {
  const runtime = createMemoryRuntime({
    inputs: {
      mode: 'environment',
      environment: 'production',
      app: 'web',
      approvers: 'alice',
      'image-ref': IMAGE,
      'config-hash': CONFIG,
      token: TOKEN,
    },
    env: {
      ...env,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_RUN_ID: '123',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
    },
    tempDir: work,
    workspace: work,
  });
  expect(await runAction(approvalGate, runtime), runtime.failed).toBe(0);
  expect(runtime.outputs.status).toBe('approved');
}

async function readImage(env: Record<string, string>) {
  const client = new RegistryClient({ insecure: true, env, retry: { baseDelayMs: 0 } });
  const walledRef = imageRef.replace(registry.host, walled.host);
  expect(await client.resolveDigest(walledRef)).toBe(imageRef.split('@')[1]);
}

async function deploy(env: Record<string, string>, repository: string) {
  const runtime = createMemoryRuntime({
    inputs: {
      repository,
      token: git.token,
      app: 'web',
      environment: 'staging',
      'source-dir': join(work, 'rendered'),
      'image-ref': IMAGE,
      'source-time': '2026-11-01T10:00:00Z',
    },
    env,
    workspace: work,
  });
  expect(await runAction(gitopsCommit, runtime), runtime.failed).toBe(0);
  expect(runtime.outputs.changed).toBe('true');
}

describe('HTTP_PROXY and HTTPS_PROXY', () => {
  test('an approval read goes through the proxy to the GitHub API', async () => {
    await readApproval(proxyEnvironment());
    expect(targets()).toEqual([new URL(api.url).host]);
    expect(proxy.log.every((entry) => entry.method === 'CONNECT')).toBe(true);
  });

  test('a registry read and its token fetch go through the proxy', async () => {
    await readImage(proxyEnvironment());
    expect(targets().sort()).toEqual([walled.host, tokenHost].sort());
  });

  test("a deploy's git fetch and push go through the proxy", async () => {
    await deploy(proxyEnvironment(), await git.createRepo('gitops', { files: { 'README.md': 'x\n' } }));
    expect(targets()).toEqual([new URL(git.url).host]);
    const services = proxy.log.map((entry) => new URL(entry.target).pathname.split('/').at(-1));
    expect(services).toEqual(expect.arrayContaining(['git-upload-pack', 'git-receive-pack']));
  });
});

describe('NO_PROXY', () => {
  test('exempts the GitHub API, the registry, its token service and the git server', async () => {
    await readApproval(proxyEnvironment('127.0.0.1'));
    await readImage(proxyEnvironment('127.0.0.1'));
    await deploy(proxyEnvironment('127.0.0.1'), await git.createRepo('direct', { files: { 'README.md': 'x\n' } }));
    expect(proxy.log).toEqual([]);
  });
});
