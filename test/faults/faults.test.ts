import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCommitMessage, type DeploymentTrail } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { type GitServer, startGitServer } from '../support/git-server';
import { startRegistry, type TestRegistry } from '../support/registry';
import {
  type CliRun,
  manifestStatus,
  pushTinyImage,
  STACK_FRAME,
  scratchDirs,
  shipgate,
  writeTrivyReport,
} from './harness';

/**
 * Faults injected by a loopback proxy in front of the real registry and the real git server,
 * over the actions that talk to them. Every case ends in success within the retry budget, or in
 * one sentence naming the service, with nothing half-done: no tag without its manifest, no
 * commit on the server without its push, no partial copy under the target tag.
 */

// buildah's own settings for an unprivileged test machine; the actions hard-code neither.
const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

function expectOneSentenceFailure(run: CliRun, pattern: RegExp) {
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.errors, run.stderr).toHaveLength(1);
  expect(run.errors[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

function expectSuccess(run: CliRun) {
  expect(run.errors, run.stderr).toEqual([]);
  expect(run.exitCode, run.stderr).toBe(0);
}

describe('faults between the actions and the registry', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let dirs: Awaited<ReturnType<typeof scratchDirs>>;
  let context: string;
  let sourceDigest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.url);
    dirs = await scratchDirs('shipgate-faults-registry-');
    context = join(dirs.workspace, 'app');
    await mkdir(context);
    await copyFile('/bin/busybox', join(context, 'busybox'));
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
    sourceDigest = await pushTinyImage(registry.host, 'staging/web', 'v1');
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    await dirs?.remove();
  });

  const build = (repository: string, extra: string[] = []) =>
    shipgate(
      [
        'build-image',
        '--image',
        `${proxy.host}/acme/${repository}`,
        '--context',
        context,
        '--tags',
        'v1',
        '--builder',
        'buildah',
        '--tls-verify',
        'false',
        ...extra,
      ],
      { ...dirs.env, ...BUILDAH_TEST_ENV },
    );
  const manifestPuts = (repository: string) =>
    proxy.records.filter(
      (record) => record.method === 'PUT' && record.path.startsWith(`/v2/acme/${repository}/manifests/`),
    );

  describe('build-image (real buildah)', () => {
    test('one 503 on the manifest PUT: retried, the build succeeds, the tag serves the output digest', async () => {
      proxy.clearRules();
      proxy.addRule({
        method: 'PUT',
        path: /^\/v2\/acme\/b1\/manifests\//,
        times: 1,
        action: { kind: 'respond', status: 503 },
      });
      const run = await build('b1');
      expectSuccess(run);
      expect(manifestPuts('b1').map((record) => record.status)).toEqual([503, 201]);
      const digest = run.outputs.digest ?? '';
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await manifestStatus(registry.url, 'acme/b1', digest)).toBe(200);
      expect(await manifestStatus(registry.url, 'acme/b1', 'v1')).toBe(200);
    }, 180_000);

    test('a 500 on a blob upload: retried, the build succeeds', async () => {
      proxy.clearRules();
      const rule = proxy.addRule({
        method: 'PUT',
        path: /^\/v2\/acme\/b2\/blobs\/uploads\//,
        times: 1,
        action: { kind: 'respond', status: 500 },
      });
      const run = await build('b2');
      expectSuccess(run);
      expect(rule.applied).toBe(1);
      expect(await manifestStatus(registry.url, 'acme/b2', 'v1')).toBe(200);
    }, 180_000);

    test('429 with Retry-After: 1 on the registry check: waited for, then the build succeeds', async () => {
      proxy.clearRules();
      const rule = proxy.addRule({
        method: 'GET',
        path: '/v2/',
        times: 1,
        action: { kind: 'respond', status: 429, retryAfter: 1 },
      });
      const run = await build('b3');
      expectSuccess(run);
      expect(rule.applied).toBe(1);
      expect(run.stderr).toMatch(/answered 429.*attempt 2 of 5 in 1\.\ds/);
    }, 180_000);

    test('429 with Retry-After: 100000: fails at once naming the registry and the wait; nothing built or pushed', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'GET', path: '/v2/', action: { kind: 'respond', status: 429, retryAfter: 100000 } });
      const started = Date.now();
      const run = await build('b4');
      expectOneSentenceFailure(
        run,
        /^error: Pinging 127\.0\.0\.1:\d+ failed: 127\.0\.0\.1:\d+ answered 429 and asked to wait 100000s before trying again, longer than the 60s this client waits: INJECTED injected fault\.$/,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.stderr).not.toMatch(/\[command\] buildah/);
      expect(await manifestStatus(registry.url, 'acme/b4', 'v1')).toBe(404);
    }, 60_000);

    test('503 on every manifest PUT: fails after the push budget saying "not pushed"; no tag exists', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'PUT', path: /^\/v2\/acme\/b5\/manifests\//, action: { kind: 'respond', status: 503 } });
      const run = await build('b5', ['--push-retries', '1']);
      expectOneSentenceFailure(run, /^error: 127\.0\.0\.1:\d+\/acme\/b5:v1 was not pushed: .*503 Service Unavailable$/);
      expect(manifestPuts('b5')).toHaveLength(2);
      expect(await manifestStatus(registry.url, 'acme/b5', 'v1')).toBe(404);
    }, 180_000);

    test('100 ms of latency on every registry request: the build succeeds', async () => {
      proxy.clearRules();
      proxy.setLatency(100);
      try {
        const run = await build('b6');
        expectSuccess(run);
        expect(
          proxy.records.filter((record) => record.path.startsWith('/v2/acme/b6/')).every((r) => r.delayMs === 100),
        ).toBe(true);
      } finally {
        proxy.setLatency(0);
      }
    }, 180_000);
  });

  describe('scan-image (tag resolution and the digest check)', () => {
    const scan = async (tag: string) => {
      const report = join(dirs.workspace, `report-${tag}.json`);
      await writeTrivyReport(report, `${proxy.host}/staging/web:${tag}`, sourceDigest);
      return shipgate(
        ['scan-image', '--image-ref', `${proxy.host}/staging/web:${tag}`, '--report', report, '--tls-verify', 'false'],
        dirs.env,
      );
    };
    const heads = () =>
      proxy.records.filter((record) => record.method === 'HEAD' && record.path.includes('/manifests/'));

    test('503 twice on the tag lookup: retried, and the scan is bound to the tag’s digest', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'HEAD', path: /manifests\/v1$/, times: 2, action: { kind: 'respond', status: 503 } });
      const before = heads().length;
      const run = await scan('v1');
      expectSuccess(run);
      expect(heads().length - before).toBe(3);
      const record = JSON.parse(await readFile(run.outputs['scan-record'] ?? '', 'utf8'));
      expect(record.digest).toBe(sourceDigest);
    });

    test('a connection reset on the tag lookup: retried, the scan succeeds', async () => {
      proxy.clearRules();
      const rule = proxy.addRule({ method: 'HEAD', path: /manifests\/v1$/, times: 1, action: { kind: 'reset' } });
      const run = await scan('v1');
      expectSuccess(run);
      expect(rule.applied).toBe(1);
    });

    test('429 with Retry-After: 100000 on the tag lookup: one sentence naming the registry and the wait, no record', async () => {
      proxy.clearRules();
      proxy.addRule({
        method: 'HEAD',
        path: /manifests\/v1$/,
        action: { kind: 'respond', status: 429, retryAfter: 100000 },
      });
      const run = await scan('v1');
      expectOneSentenceFailure(run, /127\.0\.0\.1:\d+ answered 429 and asked to wait 100000s before trying again/);
      expect(run.outputs['scan-record']).toBeUndefined();
    });

    test('503 on every tag lookup: gives up after the budget naming the registry, no record', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'HEAD', path: /manifests\/v1$/, action: { kind: 'respond', status: 503 } });
      const before = heads().length;
      const run = await scan('v1');
      expectOneSentenceFailure(
        run,
        /^error: Input "image-ref" is "127\.0\.0\.1:\d+\/staging\/web:v1", a tag that could not be resolved to a digest \(Checking the manifest of 127\.0\.0\.1:\d+\/staging\/web:v1 failed: 127\.0\.0\.1:\d+ answered 503 Service Unavailable\); pin it as repository@sha256:…\.$/,
      );
      expect(heads().length - before).toBe(5);
      expect(run.outputs['scan-record']).toBeUndefined();
    }, 60_000);
  });

  describe('promote (copy to another repository)', () => {
    let git: GitServer;
    let repository: string;

    beforeAll(async () => {
      git = await startGitServer();
      const trail: DeploymentTrail = {
        app: 'web',
        environment: 'staging',
        imageRefs: [`${proxy.host}/staging/web@${sourceDigest}`],
        approvedBy: [],
        source: 'acme/web@1111111',
        scan: 'pass; trivy 0.58.1; critical=0 high=0',
      };
      repository = await git.createRepo('gitops', {
        files: { 'README.md': 'GitOps\n' },
        commits: [
          {
            files: { 'apps/web/staging/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
            message: buildCommitMessage('', trail),
          },
        ],
      });
    });
    afterAll(async () => {
      await git?.stop();
    });

    const promote = (target: string) =>
      shipgate(
        [
          'promote',
          '--app',
          'web',
          '--from-environment',
          'staging',
          '--to-environment',
          'production',
          '--to-image',
          `${proxy.host}/${target}`,
          '--tls-verify',
          'false',
          '--repository',
          repository,
        ],
        { ...dirs.env, SHIPGATE_TOKEN: git.token },
      );

    test('one 503 on the target manifest PUT: retried, the copy keeps the digest', async () => {
      proxy.clearRules();
      const rule = proxy.addRule({
        method: 'PUT',
        path: /^\/v2\/production\/p1\/manifests\//,
        times: 1,
        action: { kind: 'respond', status: 503 },
      });
      const run = await promote('production/p1');
      expectSuccess(run);
      expect(rule.applied).toBe(1);
      expect(run.outputs['image-ref']).toBe(`${proxy.host}/production/p1@${sourceDigest}`);
      expect(await manifestStatus(registry.url, 'production/p1', sourceDigest)).toBe(200);
    });

    test('a reset in the middle of the source manifest: the read is retried, the copy keeps the digest', async () => {
      proxy.clearRules();
      // Source and target share the registry, so layers are mounted, not downloaded: the bytes that
      // travel are the source manifest's, cut here in the middle.
      const rule = proxy.addRule({
        method: 'GET',
        path: /^\/v2\/staging\/web\/manifests\/sha256:/,
        times: 1,
        action: { kind: 'reset', afterBytes: 100 },
      });
      const run = await promote('production/p2');
      expectSuccess(run);
      expect(rule.applied).toBe(1);
      expect(await manifestStatus(registry.url, 'production/p2', sourceDigest)).toBe(200);
    });

    test('Retry-After: 100000 on the target upload: one sentence naming the registry; nothing under the target', async () => {
      proxy.clearRules();
      proxy.addRule({
        method: 'POST',
        path: /^\/v2\/production\/p3\/blobs\/uploads\//,
        action: { kind: 'respond', status: 503, retryAfter: 100000 },
      });
      const run = await promote('production/p3');
      expectOneSentenceFailure(run, /127\.0\.0\.1:\d+ answered 503 and asked to wait 100000s before trying again/);
      expect(await manifestStatus(registry.url, 'production/p3', sourceDigest)).toBe(404);
    });
  });
});

describe('faults between the actions and the git server', () => {
  let git: GitServer;
  let proxy: FaultProxy;
  let dirs: Awaited<ReturnType<typeof scratchDirs>>;
  let sourceDir: string;
  const image = `registry.example.com/acme/web@sha256:${'5b'.repeat(32)}`;

  beforeAll(async () => {
    git = await startGitServer();
    proxy = await startFaultProxy(git.url);
    dirs = await scratchDirs('shipgate-faults-git-');
    sourceDir = join(dirs.workspace, 'rendered');
    await mkdir(sourceDir);
    await writeFile(
      join(sourceDir, 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${image}\n`,
    );
    const trail: DeploymentTrail = { app: 'web', environment: 'staging', imageRefs: [image], approvedBy: [] };
    await git.createRepo('gitops', {
      files: { 'README.md': 'GitOps\n' },
      commits: [
        {
          files: { 'apps/web/staging/deployment.yaml': 'apiVersion: v1\nkind: Deployment\n' },
          message: buildCommitMessage('', trail),
        },
      ],
    });
  });
  afterAll(async () => {
    await proxy?.stop();
    await git?.stop();
    await dirs?.remove();
  });

  const env = () => ({ ...dirs.env, SHIPGATE_TOKEN: git.token });
  const commitArgs = (environment: string) => [
    'gitops-commit',
    '--repository',
    `${proxy.url}/gitops.git`,
    '--app',
    'web',
    '--environment',
    environment,
    '--source-dir',
    sourceDir,
    '--image-ref',
    image,
  ];
  const commit = (environment: string) => shipgate(commitArgs(environment), env());
  const report = () =>
    shipgate(
      [
        'deployment-report',
        '--app',
        'web',
        '--environments',
        'staging',
        '--since',
        '30d',
        '--repository',
        `${proxy.url}/gitops.git`,
      ],
      env(),
    );
  const tip = () => git.git('gitops', ['rev-parse', 'main']);

  describe('gitops-commit', () => {
    test('300 ms extra on every push: slow, but one commit lands', async () => {
      proxy.clearRules();
      const rule = proxy.addRule({ path: /git-receive-pack$/, action: { kind: 'delay', ms: 300 } });
      const before = await tip();
      const run = await commit('dev');
      expectSuccess(run);
      expect(rule.applied).toBeGreaterThan(0);
      expect(await tip()).toBe(run.outputs['commit-sha']);
      expect(await git.git('gitops', ['rev-parse', `${run.outputs['commit-sha']}^`])).toBe(before);
    }, 60_000);

    test.each([
      // The first read is the process's own ls-refs: on a 503 it leaves the read to git fetch.
      ['the first read', 1],
      // ...and git's first request too: git's read is retried.
      ["the process's first read and git's", 2],
    ])(
      '503 on %s: the read is retried and one commit lands',
      async (_which, times) => {
        proxy.clearRules();
        const rule = proxy.addRule({
          path: /\/(info\/refs\?service=)?git-upload-pack$/,
          times,
          action: { kind: 'respond', status: 503 },
        });
        const before = await tip();
        const run = await commit(times === 1 ? 'qa' : 'qa2');
        expectSuccess(run);
        expect(rule.applied).toBe(times);
        expect(await tip()).toBe(run.outputs['commit-sha']);
        expect(await git.git('gitops', ['rev-parse', `${run.outputs['commit-sha']}^`])).toBe(before);
      },
      60_000,
    );

    test('503 on every push: one sentence; the server has no commit', async () => {
      // A 503 on receive-pack is a transient push failure: retried up to max-attempts, then one
      // sentence naming the input to raise; nothing lands.
      proxy.clearRules();
      proxy.addRule({ method: 'POST', path: /git-receive-pack$/, action: { kind: 'respond', status: 503 } });
      const before = await tip();
      const run = await shipgate([...commitArgs('uat'), '--max-attempts', '2'], env());
      expectOneSentenceFailure(
        run,
        /^error: The push to main was rejected 2 times \(last: .+\); raise "max-attempts" or try again\.$/,
      );
      expect(await tip()).toBe(before);
      expect(run.outputs['commit-sha'] ?? '').toBe('');
    }, 60_000);

    test('the push is applied but its answer is lost: the next run sees the commit, nothing is doubled', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'POST', path: /git-receive-pack$/, times: 1, action: { kind: 'drop-response' } });
      const before = await tip();
      const first = await commit('perf');
      // The writer looks for its own commit on the branch after a push error: it landed.
      expectSuccess(first);
      expect(first.outputs.changed).toBe('true');
      expect(await tip()).toBe(first.outputs['commit-sha']);
      proxy.clearRules();
      const second = await commit('perf');
      expectSuccess(second);
      expect(second.outputs.changed).toBe('false');
      expect(Number(await git.git('gitops', ['rev-list', '--count', `${before}..main`]))).toBe(1);
    }, 60_000);
  });

  describe('deployment-report', () => {
    test('100 ms latency on every git request: the report is complete', async () => {
      proxy.clearRules();
      proxy.setLatency(100);
      try {
        const run = await report();
        expectSuccess(run);
        const written = JSON.parse(await readFile(run.outputs.report ?? '', 'utf8'));
        expect(written.environments[0].environment).toBe('staging');
        expect(written.environments[0].current).toBeDefined();
      } finally {
        proxy.setLatency(0);
      }
    }, 60_000);

    test('503 on the fetch: one sentence naming the git server, no report', async () => {
      proxy.clearRules();
      proxy.addRule({ path: /\/info\/refs\?service=git-upload-pack$/, action: { kind: 'respond', status: 503 } });
      const run = await report();
      expectOneSentenceFailure(run, /503/);
      expect(run.errors[0]).toContain('127.0.0.1');
      expect(run.outputs.report).toBeUndefined();
    }, 60_000);

    test('a reset in the middle of the pack: one sentence, no report', async () => {
      proxy.clearRules();
      proxy.addRule({ method: 'POST', path: /git-upload-pack$/, action: { kind: 'reset', afterBytes: 200 } });
      const run = await report();
      expectOneSentenceFailure(run, /./);
      expect(run.outputs.report).toBeUndefined();
    }, 60_000);
  });
});
