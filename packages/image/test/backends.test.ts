import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError, type Exec, lastNonEmptyLine } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import type { BuildRequest } from '../src/backend';
import { buildahBuildArgs, buildahLoginArgs, buildahPushArgs, parseDigestFile, requireOneDigest } from '../src/buildah';
import { buildxBuildArgs, dockerDaemonAnswers, parseBuildxMetadata } from '../src/docker';
import { parseImageReference } from '../src/reference';

const fixtures = join(import.meta.dirname, 'fixtures');
const fixture = (path: string) => readFileSync(join(fixtures, path), 'utf8');

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    context: '/work/app',
    file: '/work/app/Dockerfile',
    repository: parseImageReference('ghcr.io/acme/web'),
    tags: ['main', 'sha-9b2e1d0'],
    buildArgs: { NODE_ENV: 'production', URL: 'https://x.example/?a=b' },
    labels: { 'org.opencontainers.image.title': 'web', note: 'two words' },
    platforms: [],
    push: true,
    tlsVerify: true,
    ...overrides,
  };
}

describe('buildah arguments', () => {
  test('build', () => {
    expect(buildahBuildArgs(request({ target: 'runtime', platforms: ['linux/arm64'] }), { iidFile: '/t/iid' })).toEqual(
      [
        'build',
        '--iidfile',
        '/t/iid',
        '--file',
        '/work/app/Dockerfile',
        '--tag',
        'ghcr.io/acme/web:main',
        '--tag',
        'ghcr.io/acme/web:sha-9b2e1d0',
        '--build-arg',
        'NODE_ENV=production',
        '--build-arg',
        'URL=https://x.example/?a=b',
        '--label',
        'org.opencontainers.image.title=web',
        '--label',
        'note=two words',
        '--target',
        'runtime',
        '--platform',
        'linux/arm64',
        '/work/app',
      ],
    );
  });

  test('build against an insecure registry with credentials', () => {
    const args = buildahBuildArgs(request({ tlsVerify: false, buildArgs: {}, labels: {} }), {
      iidFile: '/t/iid',
      authFile: '/t/auth.json',
    });
    expect(args.slice(-4)).toEqual(['--authfile', '/t/auth.json', '--tls-verify=false', '/work/app']);
  });

  test.each([
    [
      { digestFile: '/t/d', tlsVerify: true },
      ['push', '--digestfile', '/t/d', '--retry', '3', '--retry-delay', '2000ms', 'sha256:abc', 'docker://r/x:1'],
    ],
    [
      { digestFile: '/t/d', tlsVerify: false, authFile: '/t/a' },
      [
        'push',
        '--digestfile',
        '/t/d',
        '--retry',
        '3',
        '--retry-delay',
        '2000ms',
        '--authfile',
        '/t/a',
        '--tls-verify=false',
        'sha256:abc',
        'docker://r/x:1',
      ],
    ],
  ])('push %j', (options, expected) => {
    expect(buildahPushArgs('sha256:abc', 'r/x:1', options)).toEqual(expected);
  });

  test('login takes the password on stdin, never in argv', () => {
    const args = buildahLoginArgs('127.0.0.1:5000', 'ci', '/t/auth.json', false);
    expect(args).toEqual([
      'login',
      '--authfile',
      '/t/auth.json',
      '--username',
      'ci',
      '--password-stdin',
      '--tls-verify=false',
      '127.0.0.1:5000',
    ]);
  });
});

describe('buildah output', () => {
  test.each([
    ['buildah/digestfile', 'sha256:fd853bd7b9416851e507295c4e79227d5e3bc3372d6fe663b2db1f7be422cea5'],
    ['buildah/iidfile', 'sha256:e62c2e41828d5d5b13711b122db8dbc9ad4dc19459829deec6cc5eec7f436713'],
  ])('%s (captured)', (path, digest) => {
    expect(parseDigestFile(fixture(path), 'file')).toBe(digest);
  });

  test.each(['', 'sha256:abc', 'Error: something'])('a digest file holding %j is an error', (content) => {
    expect(() => parseDigestFile(content, '--digestfile')).toThrow(/buildah wrote no digest to its --digestfile/);
  });

  test('the failing line of a failed build is the last stderr line (captured)', () => {
    expect(lastNonEmptyLine(fixture('buildah/build-run-failed.stderr'))).toBe(
      'Error: building at STEP "RUN /bin/busybox sh -c echo about to fail; exit 3": exit status 3',
    );
  });

  test('requireOneDigest', () => {
    const a = `sha256:${'a'.repeat(64)}`;
    const b = `sha256:${'b'.repeat(64)}`;
    expect(
      requireOneDigest([
        { reference: 'r:1', digest: a },
        { reference: 'r:2', digest: a },
      ]),
    ).toBe(a);
    expect(() =>
      requireOneDigest([
        { reference: 'r:1', digest: a },
        { reference: 'r:2', digest: b },
      ]),
    ).toThrow(`The pushed tags ended on different digests (r:1 → ${a}, r:2 → ${b}).`);
  });
});

describe('docker buildx arguments', () => {
  test('push', () => {
    expect(buildxBuildArgs(request({ platforms: ['linux/amd64', 'linux/arm64'] }), '/t/meta.json')).toEqual([
      'buildx',
      'build',
      '--file',
      '/work/app/Dockerfile',
      '--metadata-file',
      '/t/meta.json',
      '--tag',
      'ghcr.io/acme/web:main',
      '--tag',
      'ghcr.io/acme/web:sha-9b2e1d0',
      '--build-arg',
      'NODE_ENV=production',
      '--build-arg',
      'URL=https://x.example/?a=b',
      '--label',
      'org.opencontainers.image.title=web',
      '--label',
      'note=two words',
      '--platform',
      'linux/amd64,linux/arm64',
      '--output',
      'type=image,push=true',
      '/work/app',
    ]);
  });

  test.each([
    [{ push: true, tlsVerify: false }, ['--output', 'type=image,push=true,registry.insecure=true']],
    [{ push: false, platforms: [] }, ['--load']],
    [{ push: false, platforms: ['linux/amd64', 'linux/arm64'] }, ['--platform', 'linux/amd64,linux/arm64']],
  ])('%j ends with %j before the context', (overrides, tail) => {
    const args = buildxBuildArgs(request(overrides), '/t/meta.json');
    expect(args.at(-1)).toBe('/work/app');
    expect(args.slice(-1 - tail.length, -1)).toEqual(tail);
  });
});

describe('docker buildx --metadata-file (documented format; docker cannot run here)', () => {
  test.each([
    [
      'buildx/push-single-platform.json',
      {
        digest: 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        configDigest: 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66',
        imageNames: ['ghcr.io/acme/web:main', 'ghcr.io/acme/web:sha-9b2e1d0'],
      },
    ],
    [
      'buildx/push-multi-platform.json',
      {
        digest: 'sha256:7c0e6a4b5d2f1e8c9a3b6d0f4e7a1c5b8d2e6f9a3c7b0d4e8f1a5c9b2d6e0f3a',
        mediaType: 'application/vnd.oci.image.index.v1+json',
        configDigest: undefined,
        imageNames: ['ghcr.io/acme/web:1.2.3'],
      },
    ],
    [
      'buildx/load-no-push.json',
      {
        digest: undefined,
        mediaType: undefined,
        configDigest: 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66',
        imageNames: ['ghcr.io/acme/web:main'],
      },
    ],
    [
      'buildx/push-missing-digest.json',
      { digest: undefined, mediaType: undefined, configDigest: undefined, imageNames: ['ghcr.io/acme/web:main'] },
    ],
  ])('%s', (path, expected) => {
    expect(parseBuildxMetadata(fixture(path))).toEqual(expected);
  });

  test.each([
    ['not json', /not JSON/],
    ['{"containerimage.digest": "sha256:short"}', /not a sha256 digest/],
  ])('%j is an error', (json, message) => {
    expect(() => parseBuildxMetadata(json)).toThrow(message);
  });
});

describe('dockerDaemonAnswers', () => {
  const execAnswering =
    (stdout: string, exitCode = 0): Exec =>
    async () => ({ exitCode, stdout, stderr: '' });

  test.each([
    [execAnswering('"27.3.1"\n'), true],
    [execAnswering('', 1), false],
    [execAnswering('""'), false],
  ])('answers %#', async (exec, expected) => {
    expect(await dockerDaemonAnswers(exec)).toBe(expected);
  });

  test('docker missing from PATH means no daemon', async () => {
    const exec: Exec = async (command, args) => {
      throw new CommandError({
        command,
        args,
        exitCode: null,
        stderr: '',
        reason: 'could not be run: not found on PATH',
      });
    };
    expect(await dockerDaemonAnswers(exec)).toBe(false);
  });
});
