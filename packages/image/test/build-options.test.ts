import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { describe, expect, test } from 'vitest';
import { parseAnnotations } from '../src/annotations';
import type { BuildRequest } from '../src/backend';
import { parseCacheEntries } from '../src/build-cache';
import {
  checkBuildSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues,
  writeSecretSources,
} from '../src/build-secrets';
import { checkSshSources, parseSshSources } from '../src/build-ssh';
import { buildahBuildArgs, checkBuildahSupport } from '../src/buildah';
import { buildxBuildArgs } from '../src/docker';
import { parseImageReference } from '../src/reference';

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    context: '/work/app',
    file: '/work/app/Dockerfile',
    repository: parseImageReference('ghcr.io/acme/web'),
    tags: ['main'],
    buildArgs: {},
    labels: {},
    platforms: [],
    push: true,
    tlsVerify: true,
    ...overrides,
  };
}

const inWorkspace = (path: string) => resolve('/ws', path);
const refused = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('cache entries', () => {
  test('build-push-action forms: a bare reference is a registry cache', () => {
    expect(
      parseCacheEntries(
        ['ghcr.io/acme/web:buildcache', 'type=registry,ref=ghcr.io/acme/cache,mode=max', 'type=gha'],
        'cache-to',
      ),
    ).toEqual([
      { raw: 'ghcr.io/acme/web:buildcache', type: 'registry', attributes: { ref: 'ghcr.io/acme/web:buildcache' } },
      {
        raw: 'type=registry,ref=ghcr.io/acme/cache,mode=max',
        type: 'registry',
        attributes: { type: 'registry', ref: 'ghcr.io/acme/cache', mode: 'max' },
      },
      { raw: 'type=gha', type: 'gha', attributes: { type: 'gha' } },
    ]);
  });

  test('a field without = is refused', () => {
    expect(refused(() => parseCacheEntries(['type=registry,ghcr.io/acme/cache'], 'cache-from'))).toBe(
      'Input "cache-from" has "type=registry,ghcr.io/acme/cache", whose field "ghcr.io/acme/cache" is not of the form key=value (e.g. type=registry,ref=ghcr.io/acme/web-cache).',
    );
  });
});

describe('buildah arguments for caches, secrets, ssh, annotations and several images', () => {
  const full = request({
    extraRepositories: [parseImageReference('docker.io/acme/web'), parseImageReference('localhost:5000/web')],
    tags: ['main', 'sha-9b2e1d0'],
    cacheFrom: parseCacheEntries(['type=registry,ref=ghcr.io/acme/web-cache'], 'cache-from'),
    cacheTo: parseCacheEntries(['type=registry,ref=ghcr.io/acme/web-cache,mode=max'], 'cache-to'),
    ssh: [
      { id: 'default', paths: ['/tmp/agent.sock'] },
      { id: 'deploy', paths: ['/ws/key-a', '/ws/key-b'] },
    ],
    annotations: parseAnnotations(['org.opencontainers.image.description=The web app', 'manifest:team=pay,ments']),
    tlsVerify: false,
  });

  test('every flag, in order; secrets only as files', () => {
    expect(
      buildahBuildArgs(full, {
        iidFile: '/t/iid',
        authFile: '/t/auth.json',
        secretSources: [
          { id: 'npmrc', src: '/t/secret-0' },
          { id: 'aws', src: '/ws/aws.ini' },
        ],
      }),
    ).toEqual([
      'build',
      '--iidfile',
      '/t/iid',
      '--file',
      '/work/app/Dockerfile',
      '--tag',
      'ghcr.io/acme/web:main',
      '--tag',
      'ghcr.io/acme/web:sha-9b2e1d0',
      '--tag',
      'docker.io/acme/web:main',
      '--tag',
      'docker.io/acme/web:sha-9b2e1d0',
      '--tag',
      'localhost:5000/web:main',
      '--tag',
      'localhost:5000/web:sha-9b2e1d0',
      '--annotation',
      'org.opencontainers.image.description=The web app',
      '--annotation',
      'team=pay,ments',
      '--layers',
      '--cache-from',
      'ghcr.io/acme/web-cache',
      '--cache-to',
      'ghcr.io/acme/web-cache',
      '--secret',
      'id=npmrc,src=/t/secret-0',
      '--secret',
      'id=aws,src=/ws/aws.ini',
      '--ssh',
      'default=/tmp/agent.sock',
      '--ssh',
      'deploy=/ws/key-a,/ws/key-b',
      '--authfile',
      '/t/auth.json',
      '--tls-verify=false',
      '/work/app',
    ]);
  });

  test('a cache in one direction only still builds in layers', () => {
    const args = buildahBuildArgs(request({ cacheFrom: parseCacheEntries(['docker.io/acme/cache'], 'cache-from') }), {
      iidFile: '/t/iid',
    });
    expect(args.slice(-4)).toEqual(['--layers', '--cache-from', 'docker.io/acme/cache', '/work/app']);
    expect(buildahBuildArgs(request(), { iidFile: '/t/iid' })).not.toContain('--layers');
  });

  test.each([
    [
      'two caches (buildah 1.28 keeps the last one of a repeated --cache-from)',
      { cacheFrom: parseCacheEntries(['ghcr.io/a/cache', 'ghcr.io/b/cache'], 'cache-from') },
      'Input "cache-from" lists 2 caches, but the buildah builder takes one cache repository; list one, or use builder "docker".',
    ],
    [
      'a GitHub Actions cache',
      { cacheTo: parseCacheEntries(['type=gha,mode=max'], 'cache-to') },
      'Input "cache-to" has a cache of type "gha", but the buildah builder keeps its cache in a registry only (type=registry); use builder "docker" for gha.',
    ],
    [
      'a tagged cache reference (buildah tags by layer)',
      { cacheTo: parseCacheEntries(['ghcr.io/acme/web:buildcache'], 'cache-to') },
      'Input "cache-to" has "ghcr.io/acme/web:buildcache", but buildah tags its cache by layer itself: give a repository without tag or digest (e.g. ghcr.io/acme/web).',
    ],
    [
      'an option buildah does not have',
      { cacheTo: parseCacheEntries(['type=registry,ref=ghcr.io/acme/c,image-manifest=true'], 'cache-to') },
      'Input "cache-to" has "image-manifest=true", which the buildah builder cannot honour (it takes type=registry,ref=<repository> and mode=max).',
    ],
    [
      'mode=min',
      { cacheTo: parseCacheEntries(['type=registry,ref=ghcr.io/acme/c,mode=min'], 'cache-to') },
      'Input "cache-to" has "mode=min", which the buildah builder cannot honour (it takes type=registry,ref=<repository> and mode=max).',
    ],
    [
      'an index annotation',
      { annotations: parseAnnotations(['index:org.opencontainers.image.title=web']) },
      'Input "annotations" has "index:org.opencontainers.image.title=web", but the buildah builder annotates the image manifest only; drop the "index:" part or use builder "docker".',
    ],
    [
      'a per-platform annotation',
      { annotations: parseAnnotations(['manifest[linux/amd64]:a=b']) },
      'Input "annotations" has "manifest[linux/amd64]:a=b", but the buildah builder annotates the image manifest only; drop the "manifest[linux/amd64]:" part or use builder "docker".',
    ],
  ])('buildah refuses %s, naming the input', (_name, overrides, message) => {
    expect(refused(() => checkBuildahSupport(request(overrides)))).toBe(message);
    expect(refused(() => buildahBuildArgs(request(overrides), { iidFile: '/t/iid' }))).toBe(message);
  });
});

describe('buildx arguments', () => {
  test('cache and annotation entries go through as written; secrets as files; every image tagged', () => {
    const args = buildxBuildArgs(
      request({
        extraRepositories: [parseImageReference('docker.io/acme/web')],
        cacheFrom: parseCacheEntries(['ghcr.io/acme/web:buildcache', 'type=gha'], 'cache-from'),
        cacheTo: parseCacheEntries(['type=registry,ref=ghcr.io/acme/web:buildcache,mode=max'], 'cache-to'),
        annotations: parseAnnotations(['index:org.opencontainers.image.title=web', 'a=b']),
        ssh: [{ id: 'default', paths: ['/tmp/agent.sock'] }],
      }),
      '/t/meta.json',
      [{ id: 'npmrc', src: '/t/secret-0' }],
    );
    expect(args).toEqual([
      'buildx',
      'build',
      '--file',
      '/work/app/Dockerfile',
      '--metadata-file',
      '/t/meta.json',
      '--tag',
      'ghcr.io/acme/web:main',
      '--tag',
      'docker.io/acme/web:main',
      '--annotation',
      'index:org.opencontainers.image.title=web',
      '--annotation',
      'a=b',
      '--cache-from',
      'ghcr.io/acme/web:buildcache',
      '--cache-from',
      'type=gha',
      '--cache-to',
      'type=registry,ref=ghcr.io/acme/web:buildcache,mode=max',
      '--secret',
      'id=npmrc,src=/t/secret-0',
      '--ssh',
      'default=/tmp/agent.sock',
      '--output',
      'type=image,push=true',
      '/work/app',
    ]);
  });
});

describe('the secrets input, as build-push-action reads it', () => {
  test('id=value lines; quoted lines may hold quotes, = and newlines', () => {
    const raw = [
      'GIT_AUTH_TOKEN=ghp_abc=def',
      '"npmrc=//registry.npmjs.org/:_authToken=x"',
      '"pem=-----BEGIN KEY-----',
      'line two with ""quotes""',
      '-----END KEY-----"',
      '',
      '  spaced = kept ',
    ].join('\n');
    expect(parseSecretValues(raw)).toEqual([
      { id: 'GIT_AUTH_TOKEN', value: 'ghp_abc=def' },
      { id: 'npmrc', value: '//registry.npmjs.org/:_authToken=x' },
      { id: 'pem', value: '-----BEGIN KEY-----\nline two with "quotes"\n-----END KEY-----' },
      { id: 'spaced', value: ' kept' },
    ]);
  });

  test.each([
    ['novalue', 'Input "secrets" entry 1 is not of the form id=… with an id of letters, digits, ".", "_" or "-".'],
    [
      'a=1\n=hunter2',
      'Input "secrets" entry 2 is not of the form id=… with an id of letters, digits, ".", "_" or "-".',
    ],
    ['a,b=hunter2', 'Input "secrets" entry 1 is not of the form id=… with an id of letters, digits, ".", "_" or "-".'],
    ['"a=hunter2', 'Input "secrets" entry 1 has an unclosed quote.'],
    ['"a=hunter2" trailing', 'Input "secrets" entry 1 has text after its closing quote.'],
  ])('%j is refused without showing the value', (raw, message) => {
    const text = refused(() => parseSecretValues(raw));
    expect(text).toBe(message);
    expect(text).not.toContain('hunter2');
  });

  test('secret-envs read the variable; a missing one is refused', () => {
    expect(parseSecretEnvs(['token=MY_TOKEN'], { MY_TOKEN: 'v4lue' })).toEqual([{ id: 'token', value: 'v4lue' }]);
    expect(refused(() => parseSecretEnvs(['token=NOPE'], {}))).toBe(
      'Input "secret-envs" names the variable "NOPE", which is not set.',
    );
  });

  test('secret-files resolve against the workspace; a comma in the path is refused', () => {
    expect(parseSecretFiles(['aws=secrets/aws.ini', 'abs=/etc/x'], inWorkspace)).toEqual([
      { id: 'aws', file: '/ws/secrets/aws.ini' },
      { id: 'abs', file: '/etc/x' },
    ]);
    expect(refused(() => parseSecretFiles(['aws=a,b.ini'], inWorkspace))).toBe(
      'Input "secret-files" names /ws/a,b.ini, whose path has a comma the builders cannot take.',
    );
    expect(refused(() => parseSecretFiles(['aws='], inWorkspace))).toBe(
      'Input "secret-files" entry "aws=" names no file.',
    );
  });

  test('duplicate ids and missing files are refused before anything runs', async () => {
    await expect(
      checkBuildSecrets([
        { id: 'a', value: 'x' },
        { id: 'a', file: '/etc/hostname' },
      ]),
    ).rejects.toThrow('Input "secrets", "secret-envs" or "secret-files" gives the secret id "a" twice.');
    await expect(checkBuildSecrets([{ id: 'a', file: '/nonexistent/aws.ini' }])).rejects.toThrow(
      new ConfigurationError('Input "secret-files" names /nonexistent/aws.ini, which is not a file.'),
    );
  });

  test('values are written one per file, 0600; named files are used where they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-secrets-'));
    try {
      const sources = await writeSecretSources(dir, [
        { id: 'token', value: 'v4lue\nwith newline' },
        { id: 'aws', file: '/ws/aws.ini' },
      ]);
      expect(sources).toEqual([
        { id: 'token', src: join(dir, 'secret-0') },
        { id: 'aws', src: '/ws/aws.ini' },
      ]);
      expect(await readFile(join(dir, 'secret-0'), 'utf8')).toBe('v4lue\nwith newline');
      expect((await stat(join(dir, 'secret-0'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the ssh input', () => {
  test('default and a bare id use the agent socket, made explicit; keys resolve against the workspace', () => {
    expect(
      parseSshSources(['default', 'github', 'deploy=keys/a,/abs/b'], {
        sshAuthSock: '/tmp/ssh-x/agent.1',
        resolvePath: inWorkspace,
      }),
    ).toEqual([
      { id: 'default', paths: ['/tmp/ssh-x/agent.1'] },
      { id: 'github', paths: ['/tmp/ssh-x/agent.1'] },
      { id: 'deploy', paths: ['/ws/keys/a', '/abs/b'] },
    ]);
  });

  test.each([
    [
      ['default'],
      'Input "ssh" has "default", which needs an ssh-agent, but SSH_AUTH_SOCK is not set; start one (e.g. webfactory/ssh-agent) or give a key file as default=<path>.',
    ],
    [['bad id'], 'Input "ssh" has "bad id", which is not of the form default, <id> or <id>=<socket or key>[,<key>].'],
    [['a=/k', 'a=/l'], 'Input "ssh" gives the id "a" twice.'],
    [['a=/k,'], 'Input "ssh" has "a=/k,", which has an empty path.'],
  ])('%j is refused', (entries, message) => {
    expect(refused(() => parseSshSources(entries, { resolvePath: inWorkspace }))).toBe(message);
  });

  test('a key that does not exist is refused before anything runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipgate-ssh-'));
    try {
      await writeFile(join(dir, 'key'), 'not really a key');
      await checkSshSources([{ id: 'deploy', paths: [join(dir, 'key')] }]);
      await expect(checkSshSources([{ id: 'deploy', paths: [join(dir, 'gone')] }])).rejects.toThrow(
        `Input "ssh" names ${join(dir, 'gone')} for "deploy", which does not exist.`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the annotations input', () => {
  test('levels and platforms as buildx and metadata-action write them; a colon in a key is a key', () => {
    expect(
      parseAnnotations([
        'org.opencontainers.image.title=web',
        'manifest:org.opencontainers.image.version=1.2.3',
        'index,manifest:a=b',
        'manifest-descriptor[linux/arm64]:c=d=e',
        'com.example:thing=1',
      ]),
    ).toEqual([
      { raw: 'org.opencontainers.image.title=web', level: '', key: 'org.opencontainers.image.title', value: 'web' },
      {
        raw: 'manifest:org.opencontainers.image.version=1.2.3',
        level: 'manifest',
        key: 'org.opencontainers.image.version',
        value: '1.2.3',
      },
      { raw: 'index,manifest:a=b', level: 'index,manifest', key: 'a', value: 'b' },
      {
        raw: 'manifest-descriptor[linux/arm64]:c=d=e',
        level: 'manifest-descriptor',
        platform: 'linux/arm64',
        key: 'c',
        value: 'd=e',
      },
      { raw: 'com.example:thing=1', level: '', key: 'com.example:thing', value: '1' },
    ]);
    expect(refused(() => parseAnnotations(['manifest:novalue']))).toBe(
      'Input "annotations" has "manifest:novalue", which is not of the form key=value or <level>:key=value.',
    );
  });
});
