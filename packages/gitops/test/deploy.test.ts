import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPROVAL_RECORD_SCHEMA, type ApprovalRecord } from '@shipgate/approvals';
import { ConfigurationError } from '@shipgate/core';
import { SCAN_RECORD_SCHEMA, type ScanRecord } from '@shipgate/scan';
import { readDeployments } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { startGitHubApi } from '../../../test/support/github-api';
import { deployToGitOps } from '../src/deploy';
import { StaleDeployError } from '../src/deploy-land';
import { LANDING_QUEUE_PREFIX } from '../src/landing/request';
import {
  aroundPushes,
  deployOptions,
  IMAGE_A,
  IMAGE_B,
  lockBranch,
  losingFirstPush,
  makeSourceDir,
  recordingRuntime,
} from './support';

const CONFIG_HASH = `sha256:${'c'.repeat(64)}`;
const sha = (n: number) => n.toString(16).padStart(40, '0');

function scanRecord(imageRef: string): ScanRecord {
  return {
    schema: SCAN_RECORD_SCHEMA,
    imageRef,
    digest: imageRef.slice(imageRef.indexOf('@') + 1),
    scanner: { name: 'trivy', version: '0.58.1' },
    policy: { severityThreshold: 'high', reportThreshold: 'low', ignoreUnfixed: false },
    counts: { critical: 0, high: 2, medium: 1, low: 0, negligible: 0, unknown: 0 },
    violations: [],
    ignored: [],
    verdict: 'pass',
    report: { sha256: 'f'.repeat(64) },
    binding: 'bound',
    createdAt: '2026-11-01T00:00:00Z',
  };
}

function approvalRecord(overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return {
    schema: APPROVAL_RECORD_SCHEMA,
    app: 'web',
    environment: 'production',
    imageRefs: [IMAGE_A],
    configHash: CONFIG_HASH,
    status: 'approved',
    approved: true,
    policy: {
      mode: 'environment',
      approvers: ['alice', 'bob'],
      imageApprovers: [],
      configApprovers: [],
      minApprovals: 2,
      allowSelfApproval: false,
    },
    approvers: [
      { login: 'alice', at: '2026-11-01T00:00:00Z', source: 'environment', role: 'any' },
      { login: 'bob', at: '2026-11-01T00:01:00Z', source: 'environment', role: 'any' },
    ],
    requester: 'carol',
    createdAt: '2026-11-01T00:00:00Z',
    evidence: { kind: 'environment', repository: 'acme/web', runId: 123, environment: 'production' },
    ...overrides,
  } as ApprovalRecord;
}

describe('deployToGitOps over real git http-backend', () => {
  let server: GitServer;
  const cleanup: string[] = [];

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_deploy_test_token_4f1c9b2e' });
  });
  afterAll(async () => {
    await server?.stop();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  const source = async (files: Record<string, string>) => {
    const dir = await makeSourceDir(files);
    cleanup.push(dir);
    return dir;
  };
  const tip = (repo: string, branch = 'main') => server.git(repo, ['rev-parse', branch]);

  test('a deploy lands with its trailers, reads back from history, and a re-run is a no-op; the token leaks nowhere', async () => {
    const url = await server.createRepo('trail', {
      files: { 'README.md': '# gitops\n', 'apps/api/dev/a.yaml': 'a\n' },
    });
    const trace = join(await mkdtemp(join(tmpdir(), 'gitops-trace-')), 'trace2.json');
    cleanup.push(join(trace, '..'));
    const recording = recordingRuntime({ GIT_TRACE2_EVENT: trace });
    const sourceDir = await source({
      'deployment.yaml': 'apiVersion: v1\nkind: Deployment\n',
      'nested/service.yaml': 'apiVersion: v1\nkind: Service\n',
    });
    const options = deployOptions(recording, {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      sourceDir,
      imageRefs: [IMAGE_A],
      scanRecord: scanRecord(IMAGE_A),
      approvalRecord: approvalRecord(),
      requireApproval: true,
      configHash: CONFIG_HASH,
      source: `acme/web@${sha(1)}`,
      sourceTime: '2026-11-01T10:00:00Z',
      runUrl: 'https://github.com/acme/web/actions/runs/123',
      message: 'Deploy {app} to {environment} ({short-digest})\n\nApproved-by: mallory',
    });
    const first = await deployToGitOps(...deployCall(options));
    expect(first).toMatchObject({ changed: true, attempts: 1, branch: 'main', path: 'apps/web/production' });
    expect(await tip('trail')).toBe(first.commitSha);

    const message = await server.git('trail', ['log', '-1', '--format=%B', 'main']);
    expect(message).toBe(
      [
        `Deploy web to production (${'a'.repeat(12)})`,
        '',
        'Shipgate-App: web',
        'Shipgate-Environment: production',
        `Shipgate-Image: ${IMAGE_A}`,
        `Shipgate-Source: acme/web@${sha(1)}`,
        'Shipgate-Source-Time: 2026-11-01T10:00:00.000Z',
        'Shipgate-Run: https://github.com/acme/web/actions/runs/123',
        'Shipgate-Scan: pass; trivy 0.58.1; critical=0 high=2 medium=1',
        `Shipgate-Config-Hash: ${CONFIG_HASH}`,
        'Approved-by: alice',
        'Approved-by: bob',
      ].join('\n'),
    );
    expect(await server.git('trail', ['log', '-1', '--format=%an <%ae>', 'main'])).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(await server.git('trail', ['ls-tree', '-r', '--name-only', 'main'])).toBe(
      [
        'README.md',
        'apps/api/dev/a.yaml',
        'apps/web/production/deployment.yaml',
        'apps/web/production/nested/service.yaml',
      ].join('\n'),
    );

    const history = await readDeployments({
      exec: recording.exec,
      repository: url,
      token: server.token,
      path: 'apps/web/production',
    });
    expect(history).toEqual([
      expect.objectContaining({
        commitSha: first.commitSha,
        app: 'web',
        environment: 'production',
        imageRefs: [IMAGE_A],
        approvedBy: ['alice', 'bob'],
        configHash: CONFIG_HASH,
        kind: 'deploy',
        path: 'apps/web/production',
      }),
    ]);

    const rerun = await deployToGitOps(...deployCall(options));
    expect(rerun).toMatchObject({ changed: false, commitSha: first.commitSha });
    expect(await tip('trail')).toBe(first.commitSha);

    const forms = [server.token, Buffer.from(`x-access-token:${server.token}`).toString('base64')];
    const haystacks = {
      log: recording.runtime.logText(),
      argv: recording.argv.map((args) => args.join(' ')).join('\n'),
      gitConfig: recording.gitConfigs.join('\n'),
      trace2Argv: (await readFile(trace, 'utf8'))
        .split('\n')
        .filter((line) => line.includes('"argv"'))
        .join('\n'),
      result: JSON.stringify([first, rerun, history]),
    };
    expect(recording.gitConfigs.length).toBeGreaterThan(3);
    expect(haystacks.trace2Argv).toContain('"fetch"');
    for (const [where, text] of Object.entries(haystacks)) {
      for (const form of forms) expect(text.includes(form), `${where} contains the token`).toBe(false);
    }
    expect(recording.runtime.masker.secrets).toEqual(expect.arrayContaining(forms));
  });

  test('prune removes files no longer rendered; prune false keeps them', async () => {
    const url = await server.createRepo('prune', {
      files: { 'apps/web/dev/old.yaml': 'old\n', 'apps/web/dev/keep.yaml': 'v1\n' },
    });
    const recording = recordingRuntime();
    const base = { repository: url, token: server.token, app: 'web', environment: 'dev', imageRefs: [IMAGE_A] };
    await deployToGitOps(
      ...deployCall(
        deployOptions(recording, { ...base, prune: false, sourceDir: await source({ 'keep.yaml': 'v2\n' }) }),
      ),
    );
    expect(await server.git('prune', ['ls-tree', '-r', '--name-only', 'main'])).toBe(
      'apps/web/dev/keep.yaml\napps/web/dev/old.yaml',
    );
    await deployToGitOps(
      ...deployCall(deployOptions(recording, { ...base, sourceDir: await source({ 'keep.yaml': 'v3\n' }) })),
    );
    expect(await server.git('prune', ['ls-tree', '-r', '--name-only', 'main'])).toBe('apps/web/dev/keep.yaml');
    expect(await server.git('prune', ['show', 'main:apps/web/dev/keep.yaml'])).toBe('v3');
  });

  test('kustomization: a new path gets one listing the files; an existing plain path does not; false writes none', async () => {
    const url = await server.createRepo('kustomization', {
      files: { 'apps/api/dev/plain.yaml': 'apiVersion: v1\nkind: ConfigMap\n' },
    });
    const recording = recordingRuntime();
    // The default, as gitops-commit passes it when the input is empty.
    const base = { repository: url, token: server.token, app: 'web', imageRefs: [IMAGE_A], kustomization: undefined };
    const files = {
      'web-service.yaml': 'apiVersion: v1\nkind: Service\n',
      'web-deployment.yaml': 'apiVersion: v1\nkind: Deployment\n',
    };
    await deployToGitOps(
      ...deployCall(deployOptions(recording, { ...base, environment: 'dev', sourceDir: await source(files) })),
    );
    const listed = () => server.git('kustomization', ['ls-tree', '-r', '--name-only', 'main']);
    expect(await listed()).toContain('apps/web/dev/kustomization.yaml');
    expect(await server.git('kustomization', ['show', 'main:apps/web/dev/kustomization.yaml'])).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - web-deployment.yaml\n  - web-service.yaml',
    );
    // A later deploy keeps it current (prune would otherwise remove it).
    await deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          ...base,
          environment: 'dev',
          sourceDir: await source({ 'web-service.yaml': 'apiVersion: v1\nkind: Service\n' }),
        }),
      ),
    );
    expect(await server.git('kustomization', ['show', 'main:apps/web/dev/kustomization.yaml'])).toContain(
      'resources:\n  - web-service.yaml',
    );
    // An existing path without one stays plain unless asked.
    await deployToGitOps(
      ...deployCall(
        deployOptions(recording, { ...base, app: 'api', environment: 'dev', sourceDir: await source(files) }),
      ),
    );
    expect(await listed()).not.toContain('apps/api/dev/kustomization.yaml');
    await deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          ...base,
          app: 'api',
          environment: 'dev',
          kustomization: true,
          sourceDir: await source({ 'x.yaml': 'apiVersion: v1\nkind: Secret\n' }),
        }),
      ),
    );
    expect(await listed()).toContain('apps/api/dev/kustomization.yaml');
    await deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          ...base,
          environment: 'staging',
          kustomization: false,
          sourceDir: await source(files),
        }),
      ),
    );
    expect(await listed()).not.toContain('apps/web/staging/kustomization.yaml');
  });

  test('branch per environment: a missing branch is created as an orphan holding only the deploy', async () => {
    const url = await server.createRepo('branches', { files: { 'README.md': 'main only\n' } });
    const recording = recordingRuntime();
    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          repository: url,
          token: server.token,
          branch: 'env/staging',
          path: 'web',
          app: 'web',
          environment: 'staging',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'a\n' }),
        }),
      ),
    );
    expect(result).toMatchObject({ changed: true, branch: 'env/staging' });
    expect(await server.git('branches', ['ls-tree', '-r', '--name-only', 'env/staging'])).toBe('web/app.yaml');
    expect(await server.git('branches', ['rev-list', '--count', 'env/staging'])).toBe('1');
  });

  test('an empty repository gets its first commit on main', async () => {
    const url = await server.createRepo('empty');
    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: url,
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'a\n' }),
        }),
      ),
    );
    expect(result.changed).toBe(true);
    expect(await tip('empty')).toBe(result.commitSha);
  });

  test.each([
    ['a local path', (name: string) => server.repoPath(name)],
    ['a file URL', (name: string) => `file://${server.repoPath(name)}`],
  ])('a repository given as %s needs no token', async (_kind, location) => {
    const name = `local-${_kind.replace(/\W+/g, '-')}`;
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: location(name),
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'local\n' }),
        }),
      ),
    );
    expect(result.changed).toBe(true);
    expect(await server.git(name, ['show', 'main:apps/web/dev/app.yaml'])).toBe('local');
  });

  test('32 concurrent deploys to 32 paths of one repository: 32 commits, none lost', async () => {
    const url = await server.createRepo('many', { files: { 'README.md': 'x\n' } });
    const results = await Promise.all(
      Array.from({ length: 32 }, async (_, index) =>
        deployToGitOps(
          ...deployCall(
            deployOptions(recordingRuntime(), {
              repository: url,
              token: server.token,
              app: `app${index}`,
              environment: 'dev',
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': `app ${index}\n` }),
              // Default max-attempts and backoff: the landing queue needs no headroom.
            }),
          ),
        ),
      ),
    );
    expect(results.every((result) => result.changed)).toBe(true);
    expect(await server.git('many', ['rev-list', '--count', 'main'])).toBe('33');
    const files = (await server.git('many', ['ls-tree', '-r', '--name-only', 'main'])).split('\n');
    expect(files.filter((file) => file.startsWith('apps/'))).toHaveLength(32);
    const shas = new Set(results.map((result) => result.commitSha));
    expect(shas.size).toBe(32);
    const onBranch = new Set((await server.git('many', ['rev-list', 'main'])).split('\n'));
    for (const commit of shas) expect(onBranch.has(commit)).toBe(true);
    // Each writer's commit is its own deploy (landed by whichever writer won), history stays
    // linear, and no request is left in the queue.
    const apps = await Promise.all(
      results.map((result) =>
        server.git('many', ['log', '-1', '--format=%(trailers:key=Shipgate-App,valueonly)', result.commitSha]),
      ),
    );
    expect(apps).toEqual(results.map((_, index) => `app${index}`));
    expect(await server.git('many', ['rev-list', '--merges', '--count', 'main'])).toBe('0');
    expect(await server.git('many', ['for-each-ref', 'refs/shipgate/'])).toBe('');
  }, 300_000);

  test('8 concurrent deploys of different source commits to one path: the newest source remains', async () => {
    const url = await server.createRepo('race', { files: { 'README.md': 'x\n' } });
    const order = [3, 7, 0, 5, 1, 6, 2, 4];
    const results = await Promise.all(
      order.map(async (n) =>
        deployToGitOps(
          ...deployCall(
            deployOptions(recordingRuntime(), {
              repository: url,
              token: server.token,
              app: 'web',
              environment: 'dev',
              imageRefs: [IMAGE_A],
              source: `acme/web@${sha(n + 1)}`,
              sourceTime: new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString(),
              sourceDir: await source({ 'app.yaml': `source ${n}\n` }),
              retryDelays: { baseDelayMs: 20, maxDelayMs: 500 },
            }),
          ),
        ),
      ),
    );
    expect(await server.git('race', ['show', 'main:apps/web/dev/app.yaml'])).toBe('source 7');
    const history = await readDeployments({ exec: recordingRuntime().exec, repository: url, token: server.token });
    const times = history.map((deployment) => Date.parse(deployment.sourceTime ?? ''));
    // Newest first, never an older source landing after a newer one.
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const result of results) expect(result.changed || result.refused !== undefined).toBe(true);
  }, 120_000);

  test('a pre-receive hook rejecting 30% of pushes at random: everything lands or fails clearly, nothing lost', async () => {
    const url = await server.createRepo('flaky', {
      files: { 'README.md': 'x\n' },
      preReceive: { rejectFraction: 0.3 },
    });
    const settled = await Promise.allSettled(
      Array.from({ length: 12 }, async (_, index) =>
        deployToGitOps(
          ...deployCall(
            deployOptions(recordingRuntime(), {
              repository: url,
              token: server.token,
              app: `app${index}`,
              environment: 'dev',
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': `app ${index}\n` }),
              retryDelays: { baseDelayMs: 20, maxDelayMs: 400 },
              maxAttempts: 30,
            }),
          ),
        ),
      ),
    );
    const landed = settled.flatMap((entry) => (entry.status === 'fulfilled' ? [entry.value] : []));
    const failed = settled.flatMap((entry) => (entry.status === 'rejected' ? [entry.reason as Error] : []));
    for (const error of failed) expect(error.message).toMatch(/rejected \d+ times/);
    const onBranch = new Set((await server.git('flaky', ['rev-list', 'main'])).split('\n'));
    for (const result of landed) expect(onBranch.has(result.commitSha)).toBe(true);
    expect(onBranch.size).toBe(landed.length + 1);
    expect(landed.some((result) => result.attempts > 1)).toBe(true);
  }, 180_000);

  describe('the landing queue', () => {
    /** Makes every update of `main` fail as a lost ref lock would, while `hold` is true. */
    const lockMain = (name: string) => lockBranch(server.repoPath(name));

    test('a writer that gives up withdraws its request: nothing of it lands later', async () => {
      const name = 'queue-give-up';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const before = await tip(name);
      const unlock = await lockMain(name);
      const recording = recordingRuntime();
      try {
        await expect(
          deployToGitOps(
            ...deployCall(
              deployOptions(recording, {
                repository: url,
                token: server.token,
                app: 'web',
                environment: 'dev',
                imageRefs: [IMAGE_A],
                sourceDir: await source({ 'app.yaml': 'a\n' }),
                maxAttempts: 3,
                retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
              }),
            ),
          ),
        ).rejects.toThrow(/^The push to main was rejected 3 times \(last: .*cannot lock ref/);
      } finally {
        await unlock();
      }
      // It was queued, tried to land itself twice, then took its request back.
      expect(
        recording.runtime.logs.some((entry) => /queued this deploy as refs\/shipgate\/queue\//.test(entry.message)),
      ).toBe(true);
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
      expect(await tip(name)).toBe(before);
    });

    /** A writer that loses its push, queues its deploy of `orphan`, and whose runner dies right after. */
    const queueAndDie = async (name: string, url: string, queueKey?: string) => {
      let unlock: (() => Promise<void>) | undefined = await lockMain(name);
      const dying = recordingRuntime();
      let queued = false;
      // A runner that died does nothing more: no git call, no push from the process.
      const pushes = aroundPushes(dying, async (refs, send) => {
        if (queued) throw new Error('the runner was cancelled');
        const result = await send();
        if (refs.some((ref) => ref.startsWith('refs/shipgate/queue/'))) {
          queued = true;
          await unlock?.();
          unlock = undefined;
        }
        return result;
      });
      const dyingExec: typeof dying.exec = async (command, args, options) => {
        if (queued) throw new Error('the runner was cancelled');
        return pushes.exec(command, args, options);
      };
      await expect(
        deployToGitOps(
          ...deployCall({
            ...deployOptions(dying, {
              repository: url,
              token: server.token,
              ...(queueKey ? { queueKey } : {}),
              app: 'orphan',
              environment: 'dev',
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': 'orphan\n' }),
            }),
            ...pushes,
            exec: dyingExec,
          }),
        ),
      ).rejects.toThrow('the runner was cancelled');
      const queue = await server.git(name, ['for-each-ref', '--format=%(refname)', 'refs/shipgate/']);
      expect(queue).toMatch(/^refs\/shipgate\/queue\/[0-9a-f]{20}$/);
      return queue;
    };

    /** A writer of `web` that loses its first push, with a short grace period. */
    const deployAfterLosingOnce = async (name: string, url: string) => {
      const recording = recordingRuntime();
      const before = server.requests.length;
      const result = await deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
            landingQueue: { lookDelayMs: 20, leaderGraceMs: 300 },
          }),
          ...losingFirstPush(server.repoPath(name), recording),
        }),
      );
      // A full look lists the whole queue (a glance names two requests).
      const looks = server.requests
        .slice(before)
        .filter((request) => request.refPrefixes?.includes('refs/shipgate/queue/'));
      const landed = await server.git(name, ['log', '--format=%(trailers:key=Shipgate-App,valueonly)', 'main']);
      return { result, recording, looks: looks.length, landed: landed.split('\n').filter(Boolean) };
    };

    test('a request whose writer is gone is landed by the next queued writer once the grace period is over', async () => {
      const name = 'queue-orphan';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      await queueAndDie(name, url);
      const { result, recording, looks, landed } = await deployAfterLosingOnce(name, url);
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      expect(await tip(name)).toBe(result.commitSha);
      expect(landed).toEqual(['web', 'orphan']);
      expect(await server.git(name, ['show', 'main:apps/orphan/dev/app.yaml'])).toBe('orphan');
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
      expect(recording.runtime.logs.some((entry) => /Landed 1 queued deploy/.test(entry.message))).toBe(true);
      // It left the landing to the older request's writer at first, looking again until the grace ran out.
      expect(looks).toBeGreaterThan(1);
      // Its place was said once: it never changed, and the wait was shorter than the interval.
      expect(recording.runtime.logs.filter((entry) => entry.message.startsWith('Queued'))).toEqual([
        {
          level: 'info',
          message: 'Queued: 1 deploy ahead of this one; the writer of the oldest lands them all, this one included.',
        },
      ]);
    });

    test('a server that refuses refs/shipgate/: the deploy re-applies itself alone and still lands', async () => {
      const name = 'queue-refused';
      const url = await server.createRepo(name, {
        files: { 'README.md': 'x\n' },
        preReceive: [
          '#!/bin/sh',
          'while read old new ref; do',
          '  case "$ref" in refs/shipgate/*) echo "only branches may be pushed here"; exit 1;; esac',
          'done',
          'exit 0',
          '',
        ].join('\n'),
      });
      const { result, recording, looks, landed } = await deployAfterLosingOnce(name, url);
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      expect(await tip(name)).toBe(result.commitSha);
      expect(landed).toEqual(['web']);
      expect(looks).toBe(0);
      expect(
        recording.runtime.logs.some((entry) =>
          /Could not queue this deploy under refs\/shipgate\/queue\/ \(.*only branches may be pushed here.*\); re-applying it alone\./.test(
            entry.message,
          ),
        ),
      ).toBe(true);
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
    });

    test('a request signed with another key is neither landed nor waited for', async () => {
      // As queued by someone who can push to the repository but does not hold the pipelines' key.
      const name = 'queue-untrusted';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const queued = await queueAndDie(name, url, 'not-the-pipelines-key');
      const { result, looks, landed } = await deployAfterLosingOnce(name, url);
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      expect(await tip(name)).toBe(result.commitSha);
      expect(landed).toEqual(['web']);
      expect(looks).toBe(1);
      // Left for its own writer (or its expiry).
      expect(await server.git(name, ['for-each-ref', '--format=%(refname)', 'refs/shipgate/'])).toBe(queued);
    });

    test('a push git refused before sending it is not looked for on the branch: no merge-base in the landing', async () => {
      const name = 'queue-unsent';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const recording = recordingRuntime();
      let moved = false;
      // Another writer lands just before our push: git sees the new tip in the server's listing.
      const pushes = aroundPushes(recording, async (_refs, send) => {
        if (!moved) {
          moved = true;
          const commit = await server.git(name, ['commit-tree', 'main^{tree}', '-p', 'main', '-m', 'other writer']);
          await server.git(name, ['update-ref', 'refs/heads/main', commit]);
        }
        return send();
      });
      const result = await deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
            landingQueue: { lookDelayMs: 20 },
          }),
          ...pushes,
        }),
      );
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      expect(await tip(name)).toBe(result.commitSha);
      expect(recording.runtime.logText()).toMatch(
        /lost a race \(refs\/heads\/main: \[rejected\] \((fetch first|non-fast-forward)\)\); queued/,
      );
      expect(recording.argv.filter((argv) => argv[1] === 'merge-base')).toEqual([]);
    });

    // Only an earlier send of the same commit, whose reply never came, can have landed a push that
    // lost: a landing round looks for our commit on the branch (merge-base) only then.
    test.each([
      ['no merge-base', "the lost push was its commit's one send, refused by the server itself", false, 0],
      ['one merge-base', 'an earlier send of the same commit failed on the way', true, 1],
    ])('%s in the landing when %s', async (_, __, failedFirst, merges) => {
      const name = `queue-sent-${failedFirst ? 'twice' : 'once'}`;
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const recording = recordingRuntime();
      let sends = 0;
      const pushes = aroundPushes(recording, async (refs, send) => {
        if (!refs.includes('refs/heads/main') || sends === (failedFirst ? 2 : 1)) return send();
        sends += 1;
        if (failedFirst && sends === 1) {
          return { exitCode: 128, stdout: '', stderr: 'fatal: The requested URL returned error: 503\n' };
        }
        // The server refuses the update (its ref lock is held), and another writer lands right after.
        const release = await lockBranch(server.repoPath(name));
        try {
          return await send();
        } finally {
          await release();
          const commit = await server.git(name, ['commit-tree', 'main^{tree}', '-p', 'main', '-m', 'other writer']);
          await server.git(name, ['update-ref', 'refs/heads/main', commit]);
        }
      });
      const result = await deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
            retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
            landingQueue: { lookDelayMs: 20 },
          }),
          ...pushes,
        }),
      );
      expect(result).toMatchObject({ changed: true, attempts: failedFirst ? 3 : 2 });
      expect(await tip(name)).toBe(result.commitSha);
      expect(recording.runtime.logText()).toMatch(/lost a race \(refs\/heads\/main: \[remote rejected\]/);
      expect(recording.argv.filter((argv) => argv[1] === 'merge-base')).toHaveLength(merges);
    });

    test('landings lost while the branch moves on do not use up max-attempts; the deploy lands', async () => {
      const name = 'queue-progress';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const recording = recordingRuntime();
      let moves = 0;
      // Other writers land just before each of our first four pushes of main (our own, then three
      // landings of the queue): every one of them loses, and each time the branch has moved on.
      const pushes = aroundPushes(recording, async (refs, send) => {
        if (moves < 4 && refs.includes('refs/heads/main')) {
          moves += 1;
          const commit = await server.git(name, ['commit-tree', 'main^{tree}', '-p', 'main', '-m', `other ${moves}`]);
          await server.git(name, ['update-ref', 'refs/heads/main', commit]);
        }
        return send();
      });
      const result = await deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
            maxAttempts: 3,
            retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
            landingQueue: { lookDelayMs: 20 },
          }),
          ...pushes,
        }),
      );
      // Rejected twice (its own push, its first landing); the two landings lost to progress are free.
      expect(result).toMatchObject({ changed: true, attempts: 5 });
      expect(await tip(name)).toBe(result.commitSha);
      const subjects = (await server.git(name, ['log', '--format=%s', 'main'])).split('\n');
      expect(subjects.filter((subject) => subject.startsWith('other '))).toHaveLength(4);
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
    });

    test('a writer whose request another writer landed learns it from one ref listing and the new commits alone', async () => {
      const name = 'queue-glance';
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      await queueAndDie(name, url);
      const writer = async (app: string, leaderGraceMs: number) => {
        const recording = recordingRuntime();
        const sourceDir = await source({ 'app.yaml': `${app}\n` });
        const result = deployToGitOps(
          ...deployCall({
            ...deployOptions(recording, {
              repository: url,
              token: server.token,
              app,
              environment: 'dev',
              imageRefs: [IMAGE_A],
              sourceDir,
              landingQueue: { lookDelayMs: 20, leaderGraceMs },
            }),
            ...losingFirstPush(server.repoPath(name), recording),
          }),
        );
        return { recording, result };
      };
      const queued = async () => (await server.git(name, ['for-each-ref', 'refs/shipgate/queue/'])).split('\n').length;
      // web waits on the orphan's writer far longer than the test runs; late does not, and lands all three.
      const web = await writer('web', 60_000);
      while ((await queued()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const late = await writer('late', 300);
      const [webResult, lateResult] = await Promise.all([web.result, late.result]);
      expect(lateResult).toMatchObject({ changed: true });
      expect(webResult).toMatchObject({ changed: true, attempts: 2 });
      expect(web.recording.runtime.logs.some((entry) => /Another writer landed this deploy/.test(entry.message))).toBe(
        true,
      );
      // The commit it names is its own deploy, on the branch.
      const landedFiles = await server.git(name, [
        'diff-tree',
        '--no-commit-id',
        '--name-only',
        '-r',
        webResult.commitSha as string,
      ]);
      expect(landedFiles.split('\n')).toContain('apps/web/dev/app.yaml');
      expect(await server.git(name, ['merge-base', '--is-ancestor', webResult.commitSha as string, 'main'])).toBe('');
      // Its last look: one listing of two refs, then only the branch's new commits by the id it
      // gave, read in the process and kept nowhere: no git at all after its last round.
      const calls = web.recording.argv.map((argv) => argv[1]);
      const lastRound = calls.lastIndexOf('for-each-ref');
      expect(lastRound).toBeGreaterThan(0);
      expect(calls.slice(lastRound + 1)).toEqual([]);
      // Its request, made and packed in this process, is pushed with no git: after the build and
      // the lost push (one pack-objects), the next git process is its first look's.
      const build = calls.indexOf('fast-import');
      expect(calls.slice(build, build + 5)).toEqual(['fast-import', 'pack-objects', 'push', 'push', 'index-pack']);
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
      expect(await server.git(name, ['fsck', '--strict', '--no-dangling'])).toBe('');
    });
  });

  describe('refusals: nothing is pushed', () => {
    let url: string;
    let before: string;
    beforeAll(async () => {
      url = await server.createRepo('guarded', {
        files: { 'README.md': 'x\n' },
        commits: [{ message: 'escape', files: { 'apps/link': { symlink: '../..' } } }],
      });
      before = await tip('guarded');
    });
    const attempt = async (overrides: Partial<Parameters<typeof deployOptions>[1]>) => {
      const recording = recordingRuntime();
      const promise = deployToGitOps(
        ...deployCall(
          deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'a.yaml': 'a\n' }),
            ...overrides,
          }),
        ),
      );
      return { promise, recording };
    };
    const pushes = () => server.requests.filter((r) => r.path.startsWith('/guarded.git/git-receive-pack')).length;

    test.each([
      ['a path with ..', { path: 'apps/../../etc' }, /must not contain "\.\."/],
      ['an absolute path', { path: '/etc/passwd' }, /relative to the repository root/],
      ['a path into .git', { path: '.git/hooks' }, /\.git/],
    ])('%s', async (_name, overrides, message) => {
      const { promise, recording } = await attempt(overrides);
      await expect(promise).rejects.toThrow(message);
      await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
      expect(recording.argv).toEqual([]);
    });

    test('a symlink in source-dir that leaves it', async () => {
      const outside = await source({ 'secret.txt': 'secret\n' });
      const sourceDir = await source({ 'a.yaml': 'a\n' });
      await symlink(join(outside, 'secret.txt'), join(sourceDir, 'leak.yaml'));
      const { promise, recording } = await attempt({ sourceDir });
      await expect(promise).rejects.toThrow(/symlink that leaves the directory/);
      expect(recording.argv).toEqual([]);
    });

    test('a symlink inside the repository on the way to the target path', async () => {
      const pushesBefore = pushes();
      const { promise } = await attempt({ path: 'apps/link/outside' });
      await expect(promise).rejects.toThrow(/symlink in the repository/);
      expect(pushes()).toBe(pushesBefore);
    });

    test.each([
      ['no approval record', { approvalRecord: undefined }, /"approval-record" is required/],
      [
        'a denied record',
        { approvalRecord: approvalRecord({ approved: false, status: 'denied' }) },
        /status is denied/,
      ],
      ['a record for another digest', { approvalRecord: approvalRecord({ imageRefs: [IMAGE_B] }) }, /approves/],
      ['a record for another config hash', { configHash: `sha256:${'d'.repeat(64)}` }, /approves config/],
    ])('production with %s', async (_name, overrides, message) => {
      const { promise, recording } = await attempt({
        environment: 'production',
        requireApproval: undefined,
        approvalRecord: approvalRecord(),
        configHash: CONFIG_HASH,
        ...overrides,
      });
      await expect(promise).rejects.toThrow(message);
      // Read the branch for its policy (none here), then refused: no push.
      expect(recording.argv.filter((argv) => argv[1] === 'push')).toEqual([]);
    });

    test("a wrong token fails at once with the server's answer", async () => {
      const { promise } = await attempt({ token: 'wrong-token' });
      await expect(promise).rejects.toThrow(/refused the credentials \(HTTP 401\): check input "token"/);
      await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    });

    afterAll(async () => {
      expect(await tip('guarded')).toBe(before);
    });
  });

  test("a declining hook (protected branch) fails at once with the server's message", async () => {
    const url = await server.createRepo('protected', {
      files: { 'README.md': 'x\n' },
      preReceive: '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
    });
    const before = await tip('protected');
    const recording = recordingRuntime();
    const promise = deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          repository: url,
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'a.yaml': 'a\n' }),
        }),
      ),
    );
    await expect(promise).rejects.toThrow(/pre-receive hook declined.*GH006: Protected branch/);
    expect(recording.argv.filter((args) => args[1] === 'push')).toHaveLength(1);
    expect(await tip('protected')).toBe(before);
  });

  test('no stale overwrite: older sources are refused, allow-downgrade and rollback rules apply', async () => {
    const url = await server.createRepo('order', { files: { 'README.md': 'x\n' } });
    const recording = recordingRuntime();
    const deploy = async (n: number, extra: Partial<Parameters<typeof deployOptions>[1]> = {}) =>
      deployToGitOps(
        ...deployCall(
          deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            source: `acme/web@${sha(n)}`,
            sourceTime: new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString(),
            sourceDir: await source({ 'app.yaml': `source ${n}\n` }),
            ...extra,
          }),
        ),
      );
    const second = await deploy(2);
    expect(second.changed).toBe(true);
    const third = await deploy(3);
    const older = await deploy(1);
    expect(older).toMatchObject({ changed: false, commitSha: third.commitSha });
    expect(older.refused).toMatch(/older than the deployed/);
    expect(
      recording.runtime.logs.some((entry) => entry.level === 'warning' && /allow-downgrade/.test(entry.message)),
    ).toBe(true);
    const failing = await deploy(1, { onStale: 'fail' }).catch((error: unknown) => error);
    expect(failing).toBeInstanceOf(StaleDeployError);
    expect((failing as StaleDeployError).message).toMatch(/^Not deploying web to dev: .* older than the deployed /);
    expect((failing as StaleDeployError).result).toMatchObject({ changed: false, commitSha: third.commitSha });

    const rollback = await deploy(2, {
      allowDowngrade: true,
      rollback: { of: third.commitSha, to: second.commitSha, reason: 'bad release' },
    });
    expect(rollback.changed).toBe(true);
    const [newest] = await readDeployments({ exec: recording.exec, repository: url, token: server.token });
    expect(newest).toMatchObject({ kind: 'rollback', rollbackOf: third.commitSha, reason: 'bad release' });

    expect((await deploy(3)).refused).toMatch(/rolled back/);
    expect((await deploy(4)).changed).toBe(true);
    expect(await server.git('order', ['show', 'main:apps/web/dev/app.yaml'])).toBe('source 4');
  });

  test('pull-request mode pushes shipgate/<app>-<environment> and opens a pull request', async () => {
    const api = await startGitHubApi({ tokens: { [server.token]: 'shipgate-bot' } });
    try {
      const url = await server.createRepo('acme/deploys', { files: { 'README.md': 'x\n' } });
      const before = await tip('acme/deploys');
      const recording = recordingRuntime();
      const result = await deployToGitOps(
        ...deployCall(
          deployOptions(recording, {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'production',
            mode: 'pull-request',
            apiUrl: api.url,
            approvalRecord: approvalRecord(),
            configHash: CONFIG_HASH,
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'prod\n' }),
          }),
        ),
      );
      expect(result.branch).toBe('shipgate/web-production');
      expect(result.pullRequestUrl).toMatch(/\/acme\/deploys\/pull\/\d+$/);
      expect(await tip('acme/deploys')).toBe(before);
      expect(await tip('acme/deploys', 'shipgate/web-production')).toBe(result.commitSha);
      expect(api.state.pulls).toEqual([
        expect.objectContaining({ owner: 'acme', repo: 'deploys', head: 'shipgate/web-production', base: 'main' }),
      ]);
      const [request] = api.requestsTo('pulls/create');
      expect(request).toBeDefined();
      api.assertNoViolations();
    } finally {
      await api.stop();
    }
  });

  test('a Shipgate-Scan value given as text is recorded as it is; with a scan record too it is refused', async () => {
    const url = await server.createRepo('scan-text', { files: { 'README.md': 'x\n' } });
    const base = {
      repository: url,
      token: server.token,
      app: 'web',
      environment: 'production',
      approvalRecord: approvalRecord(),
      configHash: CONFIG_HASH,
      imageRefs: [IMAGE_A],
    };
    const recording = recordingRuntime();
    const both = deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          ...base,
          scan: 'pass; trivy 0.58.1; critical=0 high=2',
          scanRecord: scanRecord(IMAGE_A),
          sourceDir: await source({ 'a.yaml': 'a\n' }),
        }),
      ),
    );
    await expect(both).rejects.toThrow('Inputs "scan" and "scan-record" must not be given together; pass one verdict.');
    expect(recording.argv).toEqual([]);

    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          ...base,
          scan: 'pass; trivy 0.58.1;\ncritical=0 high=2',
          sourceDir: await source({ 'a.yaml': 'a\n' }),
        }),
      ),
    );
    expect(result.changed).toBe(true);
    expect(
      await server.git('scan-text', ['log', '-1', '--format=%(trailers:key=Shipgate-Scan,valueonly)', 'main']),
    ).toBe('pass; trivy 0.58.1; critical=0 high=2');
  });

  test.each([
    // A deploy that replaces its path is queued and landed by replaying it onto the new tip.
    [
      'another path',
      true,
      'the landing queue',
      { app: 'api', path: 'apps/api/dev' },
      ['apps/api/dev/other.yaml', 'apps/web/dev/app.yaml'],
    ],
    [
      'our path',
      true,
      'the landing queue',
      { app: 'intruder', path: 'apps/web/dev', prune: false },
      ['apps/web/dev/app.yaml'],
    ],
    // prune: false merges into what is there, so it is rebuilt by its own writer instead.
    [
      'another path',
      false,
      'merge-tree',
      { app: 'api', path: 'apps/api/dev' },
      ['apps/api/dev/other.yaml', 'apps/web/dev/app.yaml'],
    ],
    [
      'our path',
      false,
      'a rebuild',
      { app: 'intruder', path: 'apps/web/dev', prune: false },
      ['apps/web/dev/app.yaml', 'apps/web/dev/other.yaml'],
    ],
  ] as const)(
    'a commit to %s between fetch and push, ours with prune %s: re-applied on the new tip with %s',
    async (_where, prune, rebuiltWith, other, paths) => {
      const name = `lost-race-${other.app}-${prune}`;
      const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      const recording = recordingRuntime();
      let injected = false;
      const pushes = aroundPushes(recording, async (_refs, send) => {
        if (!injected) {
          injected = true;
          await deployToGitOps(
            ...deployCall(
              deployOptions(recordingRuntime(), {
                repository: url,
                token: server.token,
                environment: 'dev',
                imageRefs: [IMAGE_A],
                sourceDir: await source({ 'other.yaml': 'other\n' }),
                ...other,
              }),
            ),
          );
        }
        return send();
      });
      const options = deployOptions(recording, {
        repository: url,
        token: server.token,
        app: 'web',
        environment: 'dev',
        imageRefs: [IMAGE_A],
        sourceDir: await source({ 'app.yaml': 'a\n' }),
        prune,
      });
      const result = await deployToGitOps(...deployCall({ ...options, ...pushes }));
      expect(result).toMatchObject({ changed: true, attempts: 2 });
      const files = (await server.git(name, ['ls-tree', '-r', '--name-only', 'main'])).split('\n');
      expect(files.filter((file) => file.startsWith('apps/'))).toEqual([...paths]);
      expect(await tip(name)).toBe(result.commitSha);
      // Exactly one way of re-applying was taken after the lost push.
      const retried = recording.argv.slice(recording.argv.findIndex((args) => args[1] === 'push') + 1);
      const queued = retried.some(
        (args) => args[1] === 'push' && args.some((arg) => arg.includes(LANDING_QUEUE_PREFIX)),
      );
      const merged = retried.some((args) => args.includes('merge-tree'));
      const rebuilt = !queued && retried.some((args) => args.includes('fast-import'));
      const ways = { 'the landing queue': queued, 'merge-tree': merged, 'a rebuild': rebuilt };
      expect(Object.keys(ways).filter((way) => ways[way as keyof typeof ways])).toEqual([rebuiltWith]);
      // The queue is left empty either way.
      expect(await server.git(name, ['for-each-ref', 'refs/shipgate/'])).toBe('');
    },
  );

  test('a branch rewritten between fetch and push: the retry starts over from the new tip, nothing old comes back', async () => {
    const url = await server.createRepo('rewritten', {
      files: { 'README.md': 'x\n' },
      commits: [{ message: 'add a file the rewrite drops', files: { 'apps/other/gone.yaml': 'gone\n' } }],
    });
    const recording = recordingRuntime();
    let rewrittenTo: string | undefined;
    const pushes = aroundPushes(recording, async (_refs, send) => {
      if (!rewrittenTo) {
        // Someone force-pushes main: the commit we built on is no longer on the branch.
        const tree = await server.git('rewritten', ['rev-parse', 'main~1^{tree}']);
        rewrittenTo = await server.git('rewritten', ['commit-tree', tree, '-p', 'main~1', '-m', 'rewritten']);
        await server.git('rewritten', ['update-ref', 'refs/heads/main', rewrittenTo]);
      }
      return send();
    });
    const result = await deployToGitOps(
      ...deployCall({
        ...deployOptions(recording, {
          repository: url,
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'a\n' }),
        }),
        ...pushes,
      }),
    );
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await server.git('rewritten', ['rev-parse', 'main~1'])).toBe(rewrittenTo);
    expect(await server.git('rewritten', ['ls-tree', '-r', '--name-only', 'main'])).toBe(
      'README.md\napps/web/dev/app.yaml',
    );
  });

  test('a stale expected current deployment fails before anything is pushed', async () => {
    const url = await server.createRepo('expect', { files: { 'README.md': 'x\n' } });
    const deploy = async (n: number, extra: Partial<Parameters<typeof deployOptions>[1]> = {}) =>
      deployToGitOps(
        ...deployCall(
          deployOptions(recordingRuntime(), {
            repository: url,
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': `source ${n}\n` }),
            ...extra,
          }),
        ),
      );
    const first = await deploy(1);
    const second = await deploy(2);
    const pushes = () => server.requests.filter((r) => r.path === '/expect.git/git-receive-pack').length;
    const pushesBefore = pushes();
    await expect(deploy(3, { allowDowngrade: true, expectCurrentCommit: first.commitSha })).rejects.toThrow(
      `The current deployment of web in dev is now ${second.commitSha.slice(0, 12)}, not ${first.commitSha.slice(0, 12)} as planned`,
    );
    expect(pushes()).toBe(pushesBefore);
    expect(await tip('expect')).toBe(second.commitSha);
    // The expectation that holds lets the write through.
    expect((await deploy(3, { expectCurrentCommit: second.commitSha })).changed).toBe(true);
  });

  test('pull-request mode run again with new content updates the open pull request instead of failing', async () => {
    const api = await startGitHubApi({ tokens: { [server.token]: 'shipgate-bot' } });
    try {
      const url = await server.createRepo('acme/rerun', { files: { 'README.md': 'x\n' } });
      const deploy = async (content: string) => {
        const recording = recordingRuntime();
        const result = await deployToGitOps(
          ...deployCall(
            deployOptions(recording, {
              repository: url,
              token: server.token,
              app: 'web',
              environment: 'staging',
              mode: 'pull-request',
              apiUrl: api.url,
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': content }),
            }),
          ),
        );
        return { result, log: recording.runtime.logText() };
      };
      const first = await deploy('v1\n');
      expect(first.log).toMatch(/Opened pull request/);
      const second = await deploy('v2\n');
      expect(second.result).toMatchObject({ changed: true, pullRequestUrl: first.result.pullRequestUrl });
      expect(second.log).toMatch(/Updated pull request .*\/acme\/rerun\/pull\/\d+/);
      expect(await tip('acme/rerun', 'shipgate/web-staging')).toBe(second.result.commitSha);
      expect(await server.git('acme/rerun', ['show', 'shipgate/web-staging:apps/web/staging/app.yaml'])).toBe('v2');
      // A third run with the same content pushes nothing and still names the open pull request.
      const third = await deploy('v2\n');
      expect(third.result).toMatchObject({ changed: false, pullRequestUrl: first.result.pullRequestUrl });
      expect(await tip('acme/rerun', 'shipgate/web-staging')).toBe(second.result.commitSha);
      expect(api.state.pulls).toHaveLength(1);
      expect(api.requestsTo('pulls/create')).toHaveLength(3);
      expect(api.requestsTo('pulls/list')).toHaveLength(2);
      api.assertNoViolations();
    } finally {
      await api.stop();
    }
  });

  test('a scan record for another image is refused', async () => {
    const promise = deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: server.repoUrl('trail'),
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          scanRecord: scanRecord(IMAGE_B),
          sourceDir: await source({ 'a.yaml': 'a\n' }),
        }),
      ),
    );
    await expect(promise).rejects.toThrow(/"scan-record" is for/);
  });
});
