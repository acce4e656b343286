import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, createMemoryRuntime, type MemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../../test/support/fault-proxy';
import { startRegistry, type TestRegistry } from '../../../test/support/registry';
import { buildahPushArgs } from '../src/buildah';
import { type BuildImageDependencies, type BuildImageSettings, buildImage } from '../src/builder';
import { isTransientPushFailure, pushWithRetries } from '../src/push-retry';
import { parseImageReference } from '../src/reference';

const failure = (stderr: string, exitCode: number | null = 125) =>
  new CommandError({ command: 'buildah', args: ['push'], exitCode, stderr });

describe('isTransientPushFailure', () => {
  test.each([
    // Captured from buildah 1.28.2 pushing through the fault proxy.
    [
      'buildah 503 on the manifest PUT',
      'Getting image source signatures\nCopying blob sha256:781f\nWriting manifest to image destination\nError: pushing image "probe" to "docker://127.0.0.1:41561/acme/p:0": writing manifest: uploading manifest 0 to 127.0.0.1:41561/acme/p: received unexpected HTTP status: 503 Service Unavailable\n',
      true,
    ],
    [
      'buildah 500 on a blob upload',
      'Error: pushing image "x" to "docker://127.0.0.1:5000/a/b:1": writing blob: uploading layer chunked: received unexpected HTTP status: 500 Internal Server Error',
      true,
    ],
    [
      'buildkit 429 on the manifest PUT',
      'ERROR: failed to solve: failed to push 127.0.0.1:5000/a/b:1: unexpected status from PUT request to http://127.0.0.1:5000/v2/a/b/manifests/1: 429 Too Many Requests',
      true,
    ],
    [
      'a dropped connection buildah did not retry',
      'Error: pushing image "x" to "docker://r/a:1": writing blob: Patch "http://r/v2/a/blobs/uploads/u": write tcp 127.0.0.1:1->127.0.0.1:2: connection reset by peer',
      true,
    ],
    [
      // Captured from buildah 1.28.2 (which keeps its own 3 retries at 1s/2s/4s whatever --retry says).
      'an EOF buildah already retried (its budget is spent)',
      [
        'Writing manifest to image destination',
        'time="2026-12-01T22:07:59Z" level=warning msg="Failed, retrying in 4s ... (3/3). Error: writing manifest: Put \\"http://127.0.0.1:37309/v2/acme/p/manifests/x\\": EOF"',
        'Writing manifest to image destination',
        'Error: pushing image "probe" to "docker://127.0.0.1:37309/acme/p:x": writing manifest: Put "http://127.0.0.1:37309/v2/acme/p/manifests/x": EOF',
      ].join('\n'),
      false,
    ],
    [
      'a reset buildah already retried',
      'time="2026-12-01T22:00:00Z" level=warning msg="Failed, retrying in 2s ... (1/3). Error: writing blob: connection reset by peer"\nError: pushing image "x" to "docker://r/a:1": writing blob: connection reset by peer',
      false,
    ],
    [
      'a 500 after buildah retried an earlier, different failure',
      'time="2026-12-01T22:00:00Z" level=warning msg="Failed, retrying in 0s ... (1/3). Error: writing blob: connection reset by peer"\nError: pushing image "x" to "docker://r/a:1": writing blob: uploading layer to http://r/v2/a/blobs/uploads/u?digest=sha256%3Ab: received unexpected HTTP status: 500 Internal Server Error',
      true,
    ],
    [
      'refused credentials',
      'Error: pushing image "x" to "docker://r/a:1": writing blob: initiating layer upload to /v2/a/blobs/uploads/ in r: unauthorized: authentication required',
      false,
    ],
    [
      'a RUN step that printed a 503 of its own',
      'curl: (22) The requested URL returned error: 503\nHTTP status: 503\nError: building at STEP "RUN curl -f http://x": exit status 22',
      false,
    ],
  ])('%s', (_name, stderr, expected) => {
    expect(isTransientPushFailure(failure(stderr))).toBe(expected);
  });

  test('a tool that could not be run is final', () => {
    expect(isTransientPushFailure(failure('', null))).toBe(false);
    expect(isTransientPushFailure(new Error('received unexpected HTTP status: 503 on push'))).toBe(false);
  });
});

describe('pushWithRetries', () => {
  const transient = failure('Error: pushing image: received unexpected HTTP status: 503 Service Unavailable');

  test('retries a transient failure within the budget, with backoff from the delay', async () => {
    const runtime = createMemoryRuntime();
    const waits: number[] = [];
    let calls = 0;
    const result = await pushWithRetries(
      { reference: 'r/a:1' },
      { retries: 3, delayMs: 100, sleep: async (ms) => void waits.push(ms) },
      runtime.log,
      async () => {
        calls += 1;
        if (calls < 3) throw transient;
        return 'pushed';
      },
    );
    expect(result).toBe('pushed');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(runtime.logText()).toMatch(/Pushing r\/a:1 failed \(.*503 Service Unavailable\); attempt 2 of 4/);
  });

  test('gives up after retries + 1 attempts, and at once on a final failure', async () => {
    let calls = 0;
    const spent = await pushWithRetries(
      { reference: 'r/a:1' },
      { retries: 2, delayMs: 0 },
      createMemoryRuntime().log,
      () => {
        calls += 1;
        return Promise.reject(transient);
      },
    ).catch((error) => error);
    expect(spent.name).toBe('PushError');
    expect(calls).toBe(3);
    calls = 0;
    const final = failure('Error: pushing image: unauthorized: authentication required');
    await expect(
      pushWithRetries({ reference: 'r/a:1' }, { retries: 2, delayMs: 0 }, createMemoryRuntime().log, () => {
        calls += 1;
        return Promise.reject(final);
      }),
    ).rejects.toThrow(/authentication required/);
    expect(calls).toBe(1);
  });

  test('buildah gets the same budget as --retry and --retry-delay', () => {
    expect(
      buildahPushArgs('sha256:abc', 'r/a:1', {
        digestFile: '/d',
        tlsVerify: true,
        retry: { retries: 5, delayMs: 1500 },
      }),
    ).toEqual([
      'push',
      '--digestfile',
      '/d',
      '--retry',
      '5',
      '--retry-delay',
      '1500ms',
      'sha256:abc',
      'docker://r/a:1',
    ]);
    expect(buildahPushArgs('sha256:abc', 'r/a:1', { digestFile: '/d', tlsVerify: false })).toEqual([
      'push',
      '--digestfile',
      '/d',
      '--retry',
      '3',
      '--retry-delay',
      '2000ms',
      '--tls-verify=false',
      'sha256:abc',
      'docker://r/a:1',
    ]);
  });
});

// buildah's own settings for an unprivileged test machine; the code under test sets neither.
const BUILDAH_TEST_ENV = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

describe('buildImage with real buildah, pushing through a fault proxy in front of the real registry', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let context: string;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.url);
    context = await mkdtemp(join(tmpdir(), 'shipgate-push-retry-'));
    await copyFile('/bin/busybox', join(context, 'busybox'));
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    if (context) await rm(context, { recursive: true, force: true });
  });

  const deps = (runtime: MemoryRuntime): BuildImageDependencies => ({
    log: runtime.log,
    exec: runtime.exec,
    tempDir: runtime.tempDir,
    setSecret: (secret) => runtime.setSecret(secret),
    env: BUILDAH_TEST_ENV,
    registryRetry: { baseDelayMs: 0, maxDelayMs: 0, attempts: 2 },
    pushRetryDelayMs: 0,
  });
  const settings = (repository: string, overrides: Partial<BuildImageSettings> = {}): BuildImageSettings => ({
    repository: parseImageReference(`${proxy.host}/acme/${repository}`),
    context,
    file: join(context, 'Dockerfile'),
    extraTags: ['candidate'],
    buildArgs: {},
    labelEntries: [],
    platforms: [],
    push: true,
    builder: 'buildah',
    tlsVerify: false,
    git: { eventName: 'workflow_dispatch', ref: '', sha: '', repository: 'acme/web', serverUrl: '', payload: {} },
    ...overrides,
  });
  const manifestPuts = (repository: string) =>
    proxy.records.filter(
      (record) => record.method === 'PUT' && record.path.startsWith(`/v2/acme/${repository}/manifests/`),
    );
  const servedOnRegistry = async (repository: string, tag: string) =>
    (
      await fetch(`${registry.url}/v2/acme/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).status;

  test('one 503 on the manifest PUT is retried and the build succeeds', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'manifest-503',
      method: 'PUT',
      path: /^\/v2\/acme\/one503\/manifests\//,
      times: 1,
      action: { kind: 'respond', status: 503 },
    });
    const runtime = createMemoryRuntime();
    const result = await buildImage(deps(runtime), settings('one503'));
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(proxy.applied('manifest-503')).toHaveLength(1);
    expect(manifestPuts('one503').map((record) => record.status)).toEqual([503, 201]);
    expect(await servedOnRegistry('one503', 'candidate')).toBe(200);
    expect(runtime.logText()).toMatch(
      /Pushing .*one503:candidate failed \(.*503 Service Unavailable\); attempt 2 of 4/,
    );
  }, 120_000);

  test('a 500 on a blob upload and a reset mid-upload are retried too', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'blob-500',
      method: 'PUT',
      path: /^\/v2\/acme\/blob500\/blobs\/uploads\//,
      times: 1,
      action: { kind: 'respond', status: 500 },
    });
    proxy.addRule({
      name: 'blob-reset',
      method: /PATCH|PUT/,
      path: /^\/v2\/acme\/blob500\/blobs\/uploads\//,
      times: 1,
      action: { kind: 'reset' },
    });
    const result = await buildImage(deps(createMemoryRuntime()), settings('blob500'));
    expect(result.digest).toMatch(/^sha256:/);
    expect(proxy.applied('blob-500')).toHaveLength(1);
    expect(proxy.applied('blob-reset')).toHaveLength(1);
    expect(await servedOnRegistry('blob500', 'candidate')).toBe(200);
  }, 120_000);

  test('503 on every manifest PUT fails after the budget: "not pushed", and no tag exists', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'always-503',
      method: 'PUT',
      path: /^\/v2\/acme\/down\/manifests\//,
      action: { kind: 'respond', status: 503 },
    });
    const error = await buildImage(deps(createMemoryRuntime()), settings('down', { pushRetries: 1 })).catch(
      (caught) => caught,
    );
    expect(error.message).toBe(
      `${proxy.host}/acme/down:candidate was not pushed: Error: pushing image "${error.message.match(/image "([^"]+)"/)?.[1]}" to "docker://${proxy.host}/acme/down:candidate": writing manifest: uploading manifest candidate to ${proxy.host}/acme/down: received unexpected HTTP status: 503 Service Unavailable`,
    );
    expect(proxy.applied('always-503')).toHaveLength(2);
    expect(await servedOnRegistry('down', 'candidate')).toBe(404);
  }, 120_000);

  test('push-retries 0: one 503 fails the push at once', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'once',
      method: 'PUT',
      path: /^\/v2\/acme\/noretry\/manifests\//,
      times: 1,
      action: { kind: 'respond', status: 503 },
    });
    const error = await buildImage(deps(createMemoryRuntime()), settings('noretry', { pushRetries: 0 })).catch(
      (caught) => caught,
    );
    expect(error.message).toMatch(/acme\/noretry:candidate was not pushed: .*503 Service Unavailable$/);
    expect(manifestPuts('noretry')).toHaveLength(1);
  }, 120_000);

  test('every manifest PUT lands but its answer is lost: "pushed but not verified"', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'lost',
      method: 'PUT',
      path: /^\/v2\/acme\/lost\/manifests\//,
      action: { kind: 'drop-response' },
    });
    const error = await buildImage(deps(createMemoryRuntime()), settings('lost', { pushRetries: 1 })).catch(
      (caught) => caught,
    );
    expect(error.message).toMatch(
      /^Pushing 127\.0\.0\.1:\d+\/acme\/lost:candidate failed \(.+\), but the registry serves this build there as sha256:[a-f0-9]{64}: pushed but not verified; re-run the step to verify it\.$/,
    );
    expect(await servedOnRegistry('lost', 'candidate')).toBe(200);
  }, 120_000);

  test('pushed, but the registry cannot confirm the tag: "pushed … but not verified"', async () => {
    proxy.clearRules();
    proxy.addRule({
      name: 'head-503',
      method: 'HEAD',
      path: /^\/v2\/acme\/unverified\/manifests\//,
      action: { kind: 'respond', status: 503 },
    });
    const error = await buildImage(deps(createMemoryRuntime()), settings('unverified')).catch((caught) => caught);
    expect(error.message).toMatch(
      /^127\.0\.0\.1:\d+\/acme\/unverified:candidate was pushed as sha256:[a-f0-9]{64} but not verified: checking the manifest of .* failed: 127\.0\.0\.1:\d+ answered 503 Service Unavailable\. Re-run to verify it\.$/,
    );
  }, 120_000);
});
