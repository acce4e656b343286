import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPROVAL_RECORD_SCHEMA, type ApprovalRecord } from '@shipgate/approvals';
import { createMemoryRuntime, type Exec } from '@shipgate/core';
import { createGit, pushOverHttp } from '@shipgate/git';
import { readDeployments } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aroundPushes } from '../../../test/support/around-pushes';
import { deployCall, type FlatRollback, rollbackCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { deployToGitOps } from '../src/deploy';
import { restoreFilesAt, rollback } from '../src/rollback';

const imageOf = (n: number) => `registry.example/acme/web@sha256:${String(n).repeat(64)}`;
const configHashOf = (n: number) => `sha256:${String(n).repeat(64)}`;

function approval(environment: string, n: number, approved = true): ApprovalRecord {
  return {
    schema: APPROVAL_RECORD_SCHEMA,
    app: 'web',
    environment,
    imageRefs: [imageOf(n)],
    configHash: configHashOf(n),
    status: approved ? 'approved' : 'denied',
    approved,
    policy: {
      mode: 'environment',
      approvers: ['alice'],
      imageApprovers: [],
      configApprovers: [],
      minApprovals: 1,
      allowSelfApproval: false,
    },
    approvers: approved ? [{ login: 'alice', at: '2026-11-01T00:00:00Z', source: 'environment', role: 'any' }] : [],
    requester: 'octocat',
    createdAt: '2026-11-01T00:00:00Z',
    evidence: { kind: 'environment', repository: 'acme/web', runId: 1, environment },
  };
}

describe('rollback over a real git server', () => {
  let server: GitServer;
  let work: string;
  let counter = 0;

  beforeAll(async () => {
    server = await startGitServer();
    work = await mkdtemp(join(tmpdir(), 'rollback-'));
  });
  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const podOf = (n: number) =>
    `apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers: [{ name: web, image: ${imageOf(n)} }]\n`;
  async function deploy(repository: string, environment: string, n: number, extra: Record<string, string> = {}) {
    const sourceDir = join(work, `source-${++counter}`);
    await mkdir(sourceDir, { recursive: true });
    await writeFile(join(sourceDir, 'deployment.yaml'), podOf(n));
    for (const [name, content] of Object.entries(extra)) {
      await mkdir(join(sourceDir, name, '..'), { recursive: true });
      await writeFile(join(sourceDir, name), content);
    }
    const runtime = createMemoryRuntime();
    const result = await deployToGitOps(
      ...deployCall({
        exec: runtime.exec,
        log: runtime.log,
        repository,
        token: server.token,
        app: 'web',
        environment,
        sourceDir,
        imageRefs: [imageOf(n)],
        configHash: configHashOf(n),
        source: `acme/web@${String(n).repeat(7)}`,
        sourceTime: new Date(Date.UTC(2026, 10, n)).toISOString(),
        scan: `pass; trivy 0.58.1; critical=0 high=${n}`,
        approvalRecord: environment === 'production' ? approval(environment, n) : undefined,
        retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
      }),
    );
    return result.commitSha;
  }

  const run = (repository: string, options: Partial<FlatRollback>) => {
    const runtime = createMemoryRuntime();
    return rollback(
      ...rollbackCall({
        exec: runtime.exec,
        log: runtime.log,
        repository,
        token: server.token,
        app: 'web',
        environment: 'staging',
        to: 'previous',
        reason: 'broken',
        retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
        ...options,
      }),
    );
  };

  test('rolling back twice walks further back; nested files and deletions are restored exactly', async () => {
    const repository = await server.createRepo('walk', { files: { 'README.md': 'x\n' } });
    const d1 = await deploy(repository, 'staging', 1, {
      'nested/a.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: { a: "1" }\n',
      'gone-later.yaml': 'x\n',
    });
    const d2 = await deploy(repository, 'staging', 2, {
      'nested/a.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: { a: "2" }\n',
    });
    const d3 = await deploy(repository, 'staging', 3, {
      'nested/b.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: { b: "3" }\n',
    });

    const first = await run(repository, {});
    expect(first).toMatchObject({ rolledBackTo: d2, rolledBackFrom: d3, changed: true });
    const second = await run(repository, {});
    expect(second).toMatchObject({ rolledBackTo: d1, rolledBackFrom: first.commitSha, changed: true });

    const tree = (sha: string) => server.git('walk', ['rev-parse', `${sha}:apps/web/staging`]);
    expect(await tree(second.commitSha)).toBe(await tree(d1));
    expect(await server.git('walk', ['ls-tree', '-r', '--name-only', second.commitSha, '--', 'apps/web/staging'])).toBe(
      // The kustomization.yaml gitops-commit wrote for the new path is restored with the rest.
      'apps/web/staging/deployment.yaml\napps/web/staging/gone-later.yaml\napps/web/staging/kustomization.yaml\napps/web/staging/nested/a.yaml',
    );
    // Both are new commits on the branch, the old ones still there.
    expect(await server.git('walk', ['rev-list', '--count', 'main'])).toBe('6');

    const history = await readDeployments({ exec: createMemoryRuntime().exec, repository, token: server.token });
    expect(history.map((d) => [d.kind, d.rollbackOf?.slice(0, 7), d.rollbackTo?.slice(0, 7)])).toEqual([
      ['rollback', first.commitSha.slice(0, 7), d1.slice(0, 7)],
      ['rollback', d3.slice(0, 7), d2.slice(0, 7)],
      ['deploy', undefined, undefined],
      ['deploy', undefined, undefined],
      ['deploy', undefined, undefined],
    ]);
    // Nothing older is left that was not rolled back.
    await expect(run(repository, {})).rejects.toThrow(/There is no earlier deployment of web in staging/);
  });

  test("the rollback commit carries the restored deploy's scan verdict", async () => {
    const repository = await server.createRepo('scan-carried', { files: { 'README.md': 'x\n' } });
    const d1 = await deploy(repository, 'staging', 1);
    await deploy(repository, 'staging', 2);
    const result = await run(repository, {});
    expect(result.rolledBackTo).toBe(d1);
    const trailer = (key: string) =>
      server.git('scan-carried', ['log', '-1', `--format=%(trailers:key=${key},valueonly)`, 'main']);
    expect(await trailer('Shipgate-Scan')).toBe('pass; trivy 0.58.1; critical=0 high=1');
    expect(await trailer('Shipgate-Rollback-To')).toBe(d1);
  });

  test.each([
    // The rollback reads the history in a clone of its own (shipgate-rollback-*), then hands its
    // plan to the writer (shipgate-gitops-*), whose first read of the tip (by git or from the
    // process) comes after that clone's last command.
    ['after the rollback read its history, before the writer reads the tip', 'log'],
    ["between the writer's fetch and its push", 'push'],
  ])('a deploy landing %s fails the rollback instead of being overwritten', async (_when, gitCommand) => {
    const repository = await server.createRepo(`race-${gitCommand}`, { files: { 'README.md': 'x\n' } });
    await deploy(repository, 'staging', 1);
    const d2 = await deploy(repository, 'staging', 2);
    const runtime = createMemoryRuntime();
    let injected: string | undefined;
    // The other pipeline's deploy lands at a chosen point of the rollback's own git calls (a push
    // goes by git or from the process: both are caught).
    const exec: Exec = async (command, args, options) => {
      const result = await runtime.exec(command, args, options);
      const planner = options?.cwd?.includes('shipgate-rollback-') === true;
      if (!injected && planner && args[0] === gitCommand) injected = await deploy(repository, 'staging', 3);
      return result;
    };
    const pushes = aroundPushes({ exec, pushFromProcess: pushOverHttp }, async (_refs, send) => {
      if (!injected && gitCommand === 'push') injected = await deploy(repository, 'staging', 3);
      return send();
    });
    const error = await run(repository, pushes).then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(injected).toBeDefined();
    expect(error?.message).toBe(
      `The current deployment of web in staging is now ${injected?.slice(0, 12)}, not ${d2.slice(0, 12)} as planned, because another deploy landed in between; nothing was pushed, so check the new deployment and run again.`,
    );
    expect(await server.git(`race-${gitCommand}`, ['rev-parse', 'main'])).toBe(injected);
  });

  test('a sha restores that deploy; other environments and paths are untouched', async () => {
    const repository = await server.createRepo('by-sha', { files: { 'README.md': 'x\n' } });
    const d1 = await deploy(repository, 'staging', 1);
    await deploy(repository, 'staging', 2);
    await deploy(repository, 'qa', 3);
    const before = await server.git('by-sha', ['rev-parse', 'main:apps/web/qa']);
    const result = await run(repository, { to: d1.slice(0, 10) });
    expect(result.rolledBackTo).toBe(d1);
    expect(await server.git('by-sha', ['rev-parse', 'main:apps/web/qa'])).toBe(before);
    expect(await server.git('by-sha', ['show', 'main:apps/web/staging/deployment.yaml'])).toBe(podOf(1).trimEnd());
  });

  test('production needs an approval record for the restored image and config, as any commit', async () => {
    const repository = await server.createRepo('protected', { files: { 'README.md': 'x\n' } });
    await deploy(repository, 'production', 1);
    await deploy(repository, 'production', 2);
    const tip = await server.git('protected', ['rev-parse', 'main']);
    await expect(run(repository, { environment: 'production' })).rejects.toThrow(
      /Input "approval-record" is required to deploy to "production"/,
    );
    await expect(
      run(repository, { environment: 'production', approvalRecord: approval('production', 2) }),
    ).rejects.toThrow(/approval-record/i);
    expect(await server.git('protected', ['rev-parse', 'main'])).toBe(tip);

    const result = await run(repository, { environment: 'production', approvalRecord: approval('production', 1) });
    expect(result.changed).toBe(true);
    expect(await server.git('protected', ['log', '-1', '--format=%(trailers:key=Approved-by,valueonly)', 'main'])).toBe(
      'alice',
    );
  });

  test('an executable bit, CRLF and bytes that are not UTF-8 survive the round trip', async () => {
    const repository = await server.createRepo('bytes', {});
    const sourceDir = join(work, 'bytes-1');
    await mkdir(sourceDir, { recursive: true });
    // Only YAML manifests may be deployed; a Latin-1 comment and CRLF line ends are still bytes git must keep.
    const configMap = 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata: { name: x }\r\n';
    await writeFile(
      join(sourceDir, 'blob.yaml'),
      Buffer.concat([Buffer.from([0x23, 0xff, 0xfe, 0x80, 0x0d, 0x0a]), Buffer.from(configMap)]),
    );
    await writeFile(join(sourceDir, 'hook.yaml'), configMap);
    await chmod(join(sourceDir, 'hook.yaml'), 0o755);
    const runtime = createMemoryRuntime();
    const common = {
      exec: runtime.exec,
      log: runtime.log,
      repository,
      token: server.token,
      app: 'web',
      environment: 'staging',
      retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
    };
    const d1 = await deployToGitOps(...deployCall({ ...common, sourceDir, imageRefs: [imageOf(1)] }));
    const other = join(work, 'bytes-2');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, 'blob.yaml'), 'replaced\n');
    await deployToGitOps(...deployCall({ ...common, sourceDir: other, imageRefs: [imageOf(2)] }));
    const result = await run(repository, {});
    expect(result.rolledBackTo).toBe(d1.commitSha);
    expect(await server.git('bytes', ['rev-parse', `${result.commitSha}:apps/web/staging`])).toBe(
      await server.git('bytes', ['rev-parse', `${d1.commitSha}:apps/web/staging`]),
    );
  });

  test.each([
    [{ reason: '  ' }, /Input "reason" is required/],
    [{ to: 'HEAD~1' }, /Input "to" must be "previous" or a deploy commit sha, got "HEAD~1"\./],
    [{ path: '../escape' }, /Input "path" must not contain ".."/],
    [{ to: 'abcdef0' }, /names abcdef0, which is not a deployment of web in staging/],
    [{ path: 'apps/other' }, /has no files at "apps\/other" to restore/],
  ])('refuses %j without committing', async (options, message) => {
    const repository = await server.createRepo(`refuse-${++counter}`, { files: { 'README.md': 'x\n' } });
    await deploy(repository, 'staging', 1);
    await deploy(repository, 'staging', 2);
    const name = repository
      .split('/')
      .pop()!
      .replace(/\.git$/, '');
    const tip = await server.git(name, ['rev-parse', 'main']);
    await expect(run(repository, options)).rejects.toThrow(message);
    expect(await server.git(name, ['rev-parse', 'main'])).toBe(tip);
  });

  test('restoring from a blobless clone fetches only the blobs of the restored tree', async () => {
    const files: Record<string, string> = { 'apps/web/staging/a.yaml': 'a\n', 'apps/web/staging/sub/b.yaml': 'b\n' };
    for (let i = 0; i < 20; i++) files[`apps/other/file-${i}.yaml`] = `other ${i}\n`;
    const repository = await server.createRepo('blobless', { files });
    const sha = await server.git('blobless', ['rev-parse', 'main']);
    const dir = join(work, 'blobless.git');
    const runtime = createMemoryRuntime();
    await runtime.exec('git', ['init', '--quiet', '--bare', dir]);
    const git = createGit({ exec: runtime.exec, url: repository, token: server.token, cwd: dir });
    await git(['remote', 'add', 'origin', repository]);
    await git(['fetch', '--quiet', '--filter=blob:none', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
    const blobs = async () =>
      (await git(['cat-file', '--batch-all-objects', '--batch-check=%(objecttype)'])).stdout
        .split('\n')
        .filter((type) => type === 'blob').length;
    expect(await blobs()).toBe(0);
    const restored = await restoreFilesAt(git, sha, 'apps/web/staging', join(work, 'blobless-out'));
    expect(restored).toBe(join(work, 'blobless-out', 'apps/web/staging'));
    expect(await blobs()).toBe(2);
    expect(runtime.logText()).not.toContain(server.token);
  });

  test('an environment without deployments has nothing to roll back', async () => {
    const repository = await server.createRepo('empty-env', { files: { 'README.md': 'x\n' } });
    await expect(run(repository, {})).rejects.toThrow(/There is no deployment of web in staging to roll back\./);
  });
});
