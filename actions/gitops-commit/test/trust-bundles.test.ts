/**
 * "Trust the record, not the writer", run through the committed bundles over the real git server:
 * what is hashed is what the cluster applies (gitops-commit and rollback refuse an environment
 * path's content that kustomize or Argo CD would turn into something else), and writers stay in
 * their lane (never `.shipgate/` or `.github/`; with a policy, only an environment's paths). Each
 * attack is refused with one sentence, and nothing is pushed.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kustomizationFor } from '@shipgate/gitops';
import { buildCommitMessage } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { runActionBundle } from '../../../test/support/run-action-bundle';

const run = promisify(execFile);
const IMAGE = `ghcr.io/acme/web@sha256:${'a'.repeat(64)}`;
const EVIL = `ghcr.io/mallory/miner@sha256:${'e'.repeat(64)}`;
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
const OVERRIDE = `${kustomizationFor(['deployment.yaml'])}images:
  - name: ghcr.io/acme/web
    newName: ghcr.io/mallory/miner
    digest: sha256:${'e'.repeat(64)}
`;
const POLICY = `version: 1
environments:
  staging:
    paths: ["apps/*/staging"]
`;

let server: GitServer;
let workspace: string;
beforeAll(async () => {
  server = await startGitServer();
  workspace = await mkdtemp(join(tmpdir(), 'trust-bundles-'));
});
afterAll(async () => {
  await server?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

let sources = 0;
async function sourceDir(files: Record<string, string | { symlink: string }>): Promise<string> {
  const name = `rendered-${++sources}`;
  for (const [path, content] of Object.entries(files)) {
    const target = join(workspace, name, path);
    await mkdir(join(target, '..'), { recursive: true });
    if (typeof content === 'string') await writeFile(target, content);
    else await symlink(content.symlink, target);
  }
  await mkdir(join(workspace, name), { recursive: true });
  return name;
}

const commit = (url: string, inputs: Record<string, string>) =>
  runActionBundle(
    'gitops-commit',
    {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'staging',
      'image-ref': IMAGE,
      'source-time': '2026-11-01T10:00:00Z',
      ...inputs,
    },
    { workspace },
  );

/** The one `::error::` line of a failed run. */
function errorOf(result: { log: string }): string {
  return /^::error::(.*)$/m.exec(result.log)?.[1] ?? '';
}

describe('what is hashed is what the cluster applies: gitops-commit', () => {
  let url: string;
  beforeAll(async () => {
    url = await server.createRepo('content', { files: { 'README.md': 'gitops\n' } });
  });
  const tip = () => server.git('content', ['rev-parse', 'main']);

  test.each<[string, Record<string, string | { symlink: string }>, RegExp]>([
    [
      'a kustomization.yaml with an images: override',
      { 'deployment.yaml': DEPLOYMENT, 'kustomization.yaml': OVERRIDE },
      /kustomization\.yaml is not the listing gitops-commit generates for the files/,
    ],
    [
      'a kustomization.yaml with a ../ base',
      {
        'deployment.yaml': DEPLOYMENT,
        'kustomization.yaml': `${kustomizationFor(['deployment.yaml'])}  - ../../other/prod\n`,
      },
      /kustomization\.yaml is not the listing/,
    ],
    [
      'a kustomization.yml beside the manifests',
      { 'deployment.yaml': DEPLOYMENT, 'kustomization.yml': OVERRIDE },
      /kustomization\.yml is a kustomization other than the generated kustomization\.yaml/,
    ],
    [
      'a Kustomization document in a manifest file',
      { 'deployment.yaml': DEPLOYMENT, 'zz-overrides.yaml': OVERRIDE },
      /zz-overrides\.yaml is a Kustomization \(kustomize\.config\.k8s\.io\/v1beta1\)/,
    ],
    [
      'a symlink',
      { 'deployment.yaml': DEPLOYMENT, 'alias.yaml': { symlink: 'deployment.yaml' } },
      /alias\.yaml is a symlink/,
    ],
    [
      'a .json manifest, which Argo CD applies',
      { 'deployment.yaml': DEPLOYMENT, 'miner.json': '{"apiVersion":"v1","kind":"Pod"}' },
      /miner\.json is not a \.yaml or \.yml file/,
    ],
    [
      'a hidden Argo CD parameter override file',
      { 'deployment.yaml': DEPLOYMENT, '.argocd-source-web.yaml': `kustomize:\n  images: [${EVIL}]\n` },
      /\.argocd-source-web\.yaml is a hidden file/,
    ],
  ])('%s is refused, nothing pushed', async (_name, files, reason) => {
    const before = await tip();
    const result = await commit(url, { 'source-dir': await sourceDir(files) });
    expect(result.exitCode, result.log).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Input "source-dir" \(\S*rendered-\d+\) cannot be deployed to apps\/web\/staging: /,
    );
    expect(errorOf(result)).toMatch(reason);
    expect(await tip()).toBe(before);
  });

  test('rendered manifests land with the generated listing, and kubectl kustomize runs their image', async () => {
    const result = await commit(url, { 'source-dir': await sourceDir({ 'deployment.yaml': DEPLOYMENT }) });
    expect(result.exitCode, result.log).toBe(0);
    const checkout = await mkdtemp(join(workspace, 'checkout-'));
    await run('git', ['clone', '-q', server.repoPath('content'), checkout]);
    const applied = (await run('kubectl', ['kustomize', join(checkout, 'apps/web/staging')])).stdout;
    expect(applied).toContain(`image: ${IMAGE}`);
    // The same listing, handed back as source-dir (as a rollback restores it), is accepted.
    const again = await commit(url, {
      'source-dir': await sourceDir({
        'deployment.yaml': DEPLOYMENT,
        'kustomization.yaml': kustomizationFor(['deployment.yaml'])!,
      }),
    });
    expect(again.exitCode, again.log).toBe(0);
  });
});

describe('what is hashed is what the cluster applies: rollback restoring an old tree', () => {
  const trail = (source: string) =>
    buildCommitMessage('Deploy web to staging', {
      app: 'web',
      environment: 'staging',
      imageRefs: [IMAGE],
      source,
      sourceTime: '2026-11-01T10:00:00.000Z',
      approvedBy: [],
    });

  test.each<[string, Record<string, string | { symlink: string }>, RegExp]>([
    ['an edited kustomization', { 'kustomization.yaml': OVERRIDE }, /kustomization\.yaml is not the listing/],
    [
      'a symlink out of the path',
      { 'prod.yaml': { symlink: '../production/deployment.yaml' } },
      /prod\.yaml is a symlink/,
    ],
  ])('a deploy commit holding %s is not restored, nothing pushed', async (_name, extra, reason) => {
    const name = `rollback-${sources++}`;
    const files = Object.fromEntries(Object.entries(extra).map(([path, value]) => [`apps/web/staging/${path}`, value]));
    await server.createRepo(name, {
      commits: [
        {
          message: trail('acme/web@1111111111111111111111111111111111111111'),
          files: { 'apps/web/staging/deployment.yaml': DEPLOYMENT, ...files },
        },
        {
          message: trail('acme/web@2222222222222222222222222222222222222222'),
          files: {
            'apps/web/staging/deployment.yaml': DEPLOYMENT.replace('name: web\nspec', 'name: web2\nspec'),
            ...Object.fromEntries(Object.keys(files).map((path) => [path, null])),
          },
        },
      ],
    });
    const before = await server.git(name, ['rev-parse', 'main']);
    const result = await runActionBundle(
      'rollback',
      { repository: server.repoUrl(name), token: server.token, app: 'web', environment: 'staging', reason: 'broken' },
      { workspace },
    );
    expect(result.exitCode, result.log).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Input "to" leads to deployment [0-9a-f]{12} of web in staging, which cannot be restored: /,
    );
    expect(errorOf(result)).toMatch(reason);
    expect(await server.git(name, ['rev-parse', 'main'])).toBe(before);
  });
});

describe('writers stay in their lane', () => {
  let url: string;
  let policyUrl: string;
  let rendered: string;
  beforeAll(async () => {
    url = await server.createRepo('lane', { files: { 'README.md': 'gitops\n' } });
    policyUrl = await server.createRepo('lane-policy', { files: { '.shipgate/policy.yaml': POLICY } });
    rendered = await sourceDir({ 'policy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n' });
  });

  test.each([
    ['.shipgate', '.shipgate'],
    ['.shipgate/', '.shipgate'],
    ['./.shipgate', '.shipgate'],
    ['.shipgate/policies', '.shipgate'],
    ['.github/workflows', '.github'],
    ['.GitHub/workflows', '.github'],
  ])('gitops-commit with path %s is refused even without a policy, nothing pushed', async (path, top) => {
    for (const repo of ['lane', 'lane-policy']) {
      const before = await server.git(repo, ['rev-parse', 'main']);
      const result = await commit(server.repoUrl(repo), { path, 'source-dir': rendered });
      expect(result.exitCode, result.log).toBe(1);
      expect(errorOf(result)).toBe(
        `Input "path" is "${path}", which is in ${top}/; a deploy writes only environment paths, never .shipgate/ or .github/.`,
      );
      expect(await server.git(repo, ['rev-parse', 'main'])).toBe(before);
    }
  });

  test('apps/../.shipgate is refused as it always was (..)', async () => {
    const result = await commit(url, { path: 'apps/../.shipgate', 'source-dir': rendered });
    expect(errorOf(result)).toBe('Input "path" must not contain "..", got "apps/../.shipgate".');
  });

  test.each(['infra/web', 'apps/web', 'apps'])(
    'with a policy, path %s that no environment holds is refused, nothing pushed',
    async (path) => {
      const before = await server.git('lane-policy', ['rev-parse', 'main']);
      const result = await commit(policyUrl, { path, 'source-dir': rendered });
      expect(result.exitCode, result.log).toBe(1);
      // A path outside every environment, or outside the one named by "environment" (staging).
      expect(errorOf(result)).toMatch(
        new RegExp(
          `^Input "path" is "?${path}"?, which is not (inside any environment's paths|one of environment "staging"'s paths) in \\.shipgate/policy\\.yaml \\(blob \\w+\\)[;( ]`,
        ),
      );
      expect(await server.git('lane-policy', ['rev-parse', 'main'])).toBe(before);
    },
  );

  test('rollback with path .shipgate is refused before the repository is read', async () => {
    const result = await runActionBundle(
      'rollback',
      { repository: url, token: server.token, app: 'web', environment: 'staging', reason: 'x', path: '.shipgate' },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      'Input "path" is ".shipgate", which is in .shipgate/; a deploy writes only environment paths, never .shipgate/ or .github/.',
    );
  });

  test('the policy environment path still lands', async () => {
    const result = await commit(policyUrl, { 'source-dir': rendered });
    expect(result.exitCode, result.log).toBe(0);
    expect(await server.git('lane-policy', ['ls-tree', '-r', '--name-only', 'main'])).toContain(
      'apps/web/staging/policy.yaml',
    );
  });
});
