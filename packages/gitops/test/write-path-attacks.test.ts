import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, createMemoryRuntime, SecretMasker } from '@shipgate/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import type { GitServer } from '../../../test/support/git-server';
import { deployToGitOps } from '../src/deploy';
import { formatLandingRequest, LANDING_QUEUE_PREFIX } from '../src/landing/request';
import {
  aroundPushes,
  deployOptions,
  gitServerForSuite,
  IMAGE_A,
  lockBranch,
  losingFirstPush as losingFirstPushOf,
  type RecordingRuntime,
  recordingRuntime,
} from './support';

/**
 * The attacks issue 13 lists, each made against the real git server (git http-backend): what
 * someone with push access to the GitOps repository, or a runner that cancels or loses replies,
 * could do to the write path. Each test fails on the code before the fix.
 */

const KEY = 'gst_pipelines_shared_token_7c1e';
const minute = (n: number) => new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString();

describe('the write path under attack, over real git http-backend', () => {
  const suite = gitServerForSuite(KEY);
  const { source, shipgateRefs: queueRefs } = suite;
  let server: GitServer;
  beforeAll(() => {
    server = suite.server;
  });
  const tip = (name: string) => server.git(name, ['rev-parse', 'main']);

  const lockMain = (name: string) => lockBranch(server.repoPath(name));
  const losingFirstPush = (name: string, recording: RecordingRuntime) =>
    losingFirstPushOf(server.repoPath(name), recording);

  /**
   * A writer that loses its push, queues its deploy and whose runner dies right after: its
   * request stays in the queue. `repository` decides how it signs (a local path has no key).
   */
  const queueAndDie = async (
    name: string,
    repository: string,
    deploy: { app: string; content: string; sourceTime?: string; queueKey?: string },
  ) => {
    let unlock: (() => Promise<void>) | undefined = await lockMain(name);
    const dying = recordingRuntime();
    let queued = false;
    // A runner that died does nothing more: no git call, no push from the process.
    const pushes = aroundPushes(dying, async (refs, send) => {
      if (queued) throw new Error('the runner was cancelled');
      const result = await send();
      if (refs.some((ref) => ref.startsWith(LANDING_QUEUE_PREFIX))) {
        queued = true;
        await unlock?.();
        unlock = undefined;
      }
      return result;
    });
    const exec: RecordingRuntime['exec'] = async (command, args, options) => {
      if (queued) throw new Error('the runner was cancelled');
      return pushes.exec(command, args, options);
    };
    await expect(
      deployToGitOps(
        ...deployCall({
          ...deployOptions(dying, {
            repository,
            ...(repository.startsWith('http') ? { token: server.token } : {}),
            ...(deploy.queueKey ? { queueKey: deploy.queueKey } : {}),
            app: deploy.app,
            environment: 'dev',
            imageRefs: [IMAGE_A],
            ...(deploy.sourceTime
              ? { source: `acme/${deploy.app}@${'1'.repeat(40)}`, sourceTime: deploy.sourceTime }
              : {}),
            sourceDir: await source({ 'app.yaml': deploy.content }),
          }),
          ...pushes,
          exec,
        }),
      ),
    ).rejects.toThrow('the runner was cancelled');
    await unlock?.();
  };

  /** A deploy of `app` that loses its first push and so goes through the landing queue. */
  const deployThroughQueue = async (
    name: string,
    app: string,
    extra: Partial<Parameters<typeof deployOptions>[1]> = {},
    recording = recordingRuntime(),
  ) => {
    const result = await deployToGitOps(
      ...deployCall({
        ...deployOptions(recording, {
          repository: server.repoUrl(name),
          token: server.token,
          app,
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': `${app}\n` }),
          landingQueue: { lookDelayMs: 20, leaderGraceMs: 300 },
          ...extra,
        }),
        ...losingFirstPush(name, recording),
      }),
    );
    return { result, recording };
  };

  test('a writer with no key leaves a foreign unsigned request alone and lands only its own deploy', async () => {
    const name = 'keyless';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    // The attacker pushes by hand an unsigned request that puts its content on the web path.
    await queueAndDie(name, server.repoPath(name), { app: 'web', content: 'unapproved image\n' });
    const [foreign] = await queueRefs(name);
    expect(foreign).toMatch(/^refs\/shipgate\/queue\//);

    // An unrelated app's writer: no token input, credentials from a helper, no queue-key.
    const home = await mkdtemp(join(tmpdir(), 'gitops-helper-home-'));
    suite.removeAfter(home);
    const credentials = join(home, 'credentials');
    await writeFile(credentials, `http://x-access-token:${server.token}@127.0.0.1:${new URL(server.url).port}\n`);
    await writeFile(join(home, '.gitconfig'), `[credential]\n\thelper = store --file=${credentials}\n`);
    const recording = recordingRuntime({ HOME: home, PATH: process.env.PATH ?? '' });
    const { result } = await deployThroughQueue(name, 'billing', { token: undefined }, recording);

    expect(result.changed).toBe(true);
    expect(await server.git(name, ['ls-tree', '-r', '--name-only', 'main'])).toBe(
      'README.md\napps/billing/dev/app.yaml',
    );
    expect(await queueRefs(name)).toEqual([foreign]);
    const said = recording.runtime.logs.filter((entry) => /lands only its own deploy/.test(entry.message));
    expect(said).toHaveLength(1);
  });

  describe.each([
    ['without source times', {}],
    ['with source times', { sourceTime: minute(1) }],
    ['after a rollback', { sourceTime: minute(1), rollback: true }],
  ])(
    'a signed request copied back after it landed (%s)',
    (_name, variant: { sourceTime?: string; rollback?: boolean }) => {
      test('is deleted, never landed again, under its own ref name or another', async () => {
        const name = `replay-${_name.replace(/\W+/g, '-')}`;
        await server.createRepo(name, { files: { 'README.md': 'x\n' } });
        await queueAndDie(name, server.repoUrl(name), { app: 'web', content: 'old\n', ...variant });
        const [ref = ''] = await queueRefs(name);
        const tag = await server.git(name, ['rev-parse', ref]);
        // Another writer lands the queue, the old web deploy with it.
        await deployThroughQueue(name, 'api');
        expect(await server.git(name, ['show', 'main:apps/web/dev/app.yaml'])).toBe('old');
        expect(await queueRefs(name)).toEqual([]);

        // Newer content follows (a newer deploy, or a rollback to the state before the old deploy).
        const oldDeploy = await server.git(name, ['log', '-1', '--format=%H', 'main', '--', 'apps/web/dev']);
        const newer = variant.rollback
          ? {
              content: 'restored\n',
              allowDowngrade: true,
              rollback: { of: oldDeploy, to: oldDeploy, reason: 'bad release' },
            }
          : {
              content: 'new\n',
              ...(variant.sourceTime ? { source: `acme/web@${'2'.repeat(40)}`, sourceTime: minute(2) } : {}),
            };
        const { content, ...extra } = newer;
        await deployToGitOps(
          ...deployCall(
            deployOptions(recordingRuntime(), {
              repository: server.repoUrl(name),
              token: server.token,
              app: 'web',
              environment: 'dev',
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': content }),
              ...extra,
            }),
          ),
        );
        const newest = await server.git(name, ['show', 'main:apps/web/dev/app.yaml']);

        // The attacker copies the spent request back, under its own name and under a new one.
        const copy = `${LANDING_QUEUE_PREFIX}${'f'.repeat(20)}`;
        await server.git(name, ['update-ref', ref, tag]);
        await server.git(name, ['update-ref', copy, tag]);
        await deployThroughQueue(name, 'billing');

        expect(await server.git(name, ['show', 'main:apps/web/dev/app.yaml'])).toBe(newest);
        const webDeploys = await server.git(name, ['log', '--format=%s', 'main', '--', 'apps/web/dev']);
        expect(webDeploys.split('\n')).toHaveLength(2);
        expect(await queueRefs(name)).toEqual([]);
      });
    },
  );

  test('10,000 junk refs under the queue cost a deploy a bounded time and no failure', async () => {
    const name = 'flood';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    // Junk as a flood would push it: expired requests (one tag, many long names), malformed refs
    // on a plain commit, and a request claiming to live until the year 9999.
    const commit = await tip(name);
    const message = formatLandingRequest({
      branch: 'main',
      path: 'apps/junk/dev',
      queuedAt: Date.UTC(2026, 0, 1),
      expiresAt: Date.UTC(2026, 0, 1, 0, 5),
    });
    const deployCommit = await server.git(name, [
      'commit-tree',
      `${commit}^{tree}`,
      '-m',
      'Deploy junk\n\nShipgate-App: junk\nShipgate-Environment: dev',
    ]);
    const mktag = async (body: string) =>
      (
        await new Promise<string>((resolve, reject) => {
          const child = spawn('git', ['mktag'], { cwd: server.repoPath(name) });
          let out = '';
          child.stdout.on('data', (chunk) => {
            out += chunk;
          });
          child.on('error', reject);
          child.on('close', () => resolve(out.trim()));
          child.stdin.end(
            `object ${deployCommit}\ntype commit\ntag junk\ntagger Mallory <m@example.com> 1767225600 +0000\n\n${body}`,
          );
        })
      ).trim();
    const expired = await mktag(message);
    const forever = await mktag(message.replace(/expires: .*/, 'expires: 9999-12-31T23:59:59.000Z'));
    const lines = Array.from({ length: 10_000 }, (_, index) => {
      const id = index.toString(16).padStart(64, '0');
      const object = index === 0 ? forever : index % 100 === 1 ? commit : expired;
      return `create ${LANDING_QUEUE_PREFIX}${id} ${object}\n`;
    });
    await new Promise<void>((resolve, reject) => {
      const child = spawn('git', ['update-ref', '--stdin'], { cwd: server.repoPath(name) });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`update-ref exited ${code}`))));
      child.stdin.end(lines.join(''));
    });
    expect(await queueRefs(name)).toHaveLength(10_000);

    const recording = recordingRuntime();
    const started = Date.now();
    const { result } = await deployThroughQueue(name, 'web', {}, recording);
    const took = Date.now() - started;
    expect(result.changed).toBe(true);
    expect(await server.git(name, ['show', 'main:apps/web/dev/app.yaml'])).toBe('web');
    // Every command line stays far below the OS limit, and the writer deleted a bounded batch.
    const longest = Math.max(...recording.argv.map((args) => args.join(' ').length));
    expect(longest).toBeLessThan(64 * 1024);
    const left = await queueRefs(name);
    expect(left.length).toBeLessThan(10_000);
    expect(left.length).toBeGreaterThanOrEqual(10_000 - 200);
    expect(left).not.toContain(`${LANDING_QUEUE_PREFIX}${'0'.repeat(64)}`);
    console.info(`10,000 junk refs: the deploy took ${took} ms, ${10_000 - left.length} junk refs deleted`);
  }, 120_000);

  test('SIGTERM after queueing leaves no request and no clone, and the step exits non-zero', async () => {
    const name = 'cancel';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const before = await tip(name);
    const scratch = await mkdtemp(join(tmpdir(), 'gitops-cancel-'));
    suite.removeAfter(scratch);
    const sourceDir = await source({ 'app.yaml': 'cancelled\n' });
    const unlock = await lockMain(name);
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'support', 'cancelled-writer.ts'),
          server.repoUrl(name),
          sourceDir,
        ],
        {
          env: { ...process.env, TMPDIR: scratch, SHIPGATE_TEST_TOKEN: server.token },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('QUEUED')) resolve();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        void exited.then(() => reject(new Error(`the writer exited before queueing: ${output}`)));
      });
      expect((await readdir(scratch)).some((entry) => entry.startsWith('shipgate-gitops-'))).toBe(true);
      const signalled = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(Date.now() - signalled).toBeLessThan(6_000);
    } finally {
      await unlock();
    }
    expect(await queueRefs(name)).toEqual([]);
    expect((await readdir(scratch)).filter((entry) => entry.startsWith('shipgate-'))).toEqual([]);
    expect(await tip(name)).toBe(before);
  }, 60_000);

  test('a connection reset after the server accepted the push reports that commit, changed=true', async () => {
    const name = 'lost-reply';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    server.injectFault(name, { service: 'git-receive-pack', dropReply: true });
    const recording = recordingRuntime();
    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recording, {
          repository: server.repoUrl(name),
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'web\n' }),
        }),
      ),
    );
    expect(result).toMatchObject({ changed: true, commitSha: await tip(name) });
    expect(await server.git(name, ['rev-list', '--count', 'main'])).toBe('2');
    expect(recording.runtime.logText()).not.toMatch(/nothing to commit/);
  });

  test('one 503 on the first fetch is retried and the deploy lands', async () => {
    const name = 'flaky-fetch';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    server.injectFault(name, { service: 'git-upload-pack', status: 503 });
    const result = await deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: server.repoUrl(name),
          branch: 'main',
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'web\n' }),
        }),
      ),
    );
    expect(result.changed).toBe(true);
    expect(
      server.requests.filter((request) => request.path.startsWith(`/${name}.git/`) && request.status === 503),
    ).toHaveLength(1);
  });

  test("a git failure keeps git's own first fatal: line, not its last", async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'gitops-missing-')), 'nothing.git');
    suite.removeAfter(join(missing, '..'));
    const promise = deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: missing,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'web\n' }),
        }),
      ),
    );
    await expect(promise).rejects.toThrow(
      /exited with code 128: fatal: '.*nothing\.git' does not appear to be a git repository$/,
    );
  });

  describe('destructive writes must be explicit: refused with nothing pushed', () => {
    let before: string;
    const name = 'destructive';
    beforeAll(async () => {
      await server.createRepo(name, { files: { 'README.md': 'x\n' } });
      for (const [app, environment] of [
        ['api', 'dev'],
        ['web', 'production'],
      ] as const) {
        await deployToGitOps(
          ...deployCall(
            deployOptions(recordingRuntime(), {
              repository: server.repoUrl(name),
              token: server.token,
              app,
              environment,
              imageRefs: [IMAGE_A],
              sourceDir: await source({ 'app.yaml': `${app}\n` }),
            }),
          ),
        );
      }
      before = await tip(name);
    });
    const pushes = () => server.requests.filter((r) => r.path === `/${name}.git/git-receive-pack`).length;

    test('path: apps, which holds other apps and environments', async () => {
      const pushed = pushes();
      const promise = deployToGitOps(
        ...deployCall(
          deployOptions(recordingRuntime(), {
            repository: server.repoUrl(name),
            token: server.token,
            app: 'web',
            environment: 'dev',
            path: 'apps',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
          }),
        ),
      );
      await expect(promise).rejects.toThrow(/^Input "path" is "apps", which holds apps\/(api\/dev|web\/production) /);
      expect(pushes()).toBe(pushed);
      expect(await tip(name)).toBe(before);
    });

    test('an empty source-dir, unless allow-empty: true, which records the removal', async () => {
      const empty = await mkdtemp(join(tmpdir(), 'gitops-empty-'));
      suite.removeAfter(empty);
      await mkdir(empty, { recursive: true });
      const base = {
        repository: server.repoUrl(name),
        token: server.token,
        app: 'api',
        environment: 'dev',
        imageRefs: [IMAGE_A],
        sourceDir: empty,
      };
      const recording = recordingRuntime();
      await expect(deployToGitOps(...deployCall(deployOptions(recording, base)))).rejects.toThrow(
        /^Input "source-dir" \(.*\) is empty, which would delete apps\/api\/dev; set allow-empty: true/,
      );
      expect(recording.argv).toEqual([]);
      expect(await tip(name)).toBe(before);

      const removed = await deployToGitOps(
        ...deployCall(deployOptions(recordingRuntime(), { ...base, allowEmpty: true })),
      );
      expect(removed.changed).toBe(true);
      expect(await server.git(name, ['ls-tree', '-r', '--name-only', 'main'])).toBe(
        'README.md\napps/web/production/app.yaml',
      );
      expect(await server.git(name, ['log', '-1', '--format=%(trailers:key=Shipgate-Removal,valueonly)', 'main'])).toBe(
        'true',
      );
    });
  });

  test("git never sees the secrets of the caller's environment, only the auth header", async () => {
    const name = 'environment';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const secrets = {
      SHIPGATE_TOKEN: 'shipgate-token-value-91',
      INPUT_TOKEN: 'input-token-value-92',
      MY_API_SECRET: 'x93',
    };
    const base = { ...process.env, ...secrets };
    const realExec = createExec({ log: createMemoryRuntime().log, masker: new SecretMasker(), baseEnv: base });
    const seen: string[] = [];
    const recording = recordingRuntime();
    const exec: RecordingRuntime['exec'] = async (command, args, options) => {
      // What the child would get: the same merge the real exec does, printed by `env`.
      seen.push((await realExec('env', [], { env: options?.env, quiet: true })).stdout);
      return realExec(command, args, options);
    };
    const previous = { ...process.env };
    Object.assign(process.env, secrets);
    try {
      await deployToGitOps(
        ...deployCall({
          ...deployOptions(recording, {
            repository: server.repoUrl(name),
            token: server.token,
            app: 'web',
            environment: 'dev',
            imageRefs: [IMAGE_A],
            sourceDir: await source({ 'app.yaml': 'web\n' }),
          }),
          exec,
        }),
      );
    } finally {
      for (const key of Object.keys(secrets)) if (!(key in previous)) delete process.env[key];
    }
    expect(seen.length).toBeGreaterThan(3);
    for (const environment of seen) {
      for (const value of Object.values(secrets)) expect(environment).not.toContain(value);
      expect(environment).toContain('GIT_CONFIG_VALUE_0=Authorization: Basic ');
    }
  });
});
