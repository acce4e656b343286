import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, createMemoryRuntime, type Exec, type ExecOptions } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildDependencies, BuildRequest } from '../src/backend';
import { BuildahBuilder } from '../src/buildah';
import { buildImage } from '../src/builder';
import { DockerBuilder } from '../src/docker';
import { PushError } from '../src/push-retry';
import { parseImageReference } from '../src/reference';

/**
 * The backends' orchestration (login on stdin, files read back, logout/cleanup on failure) with a
 * scripted Exec standing in for the tools: docker cannot run here, and buildah cannot be made to
 * push two tags to different digests on purpose. Tool output is the real formats (fixtures).
 */
interface Call {
  command: string;
  args: readonly string[];
  options?: ExecOptions;
}

function scriptedExec(handler: (call: Call) => Promise<void> | void): { exec: Exec; calls: Call[] } {
  const calls: Call[] = [];
  const exec: Exec = async (command, args, options) => {
    const call = { command, args, options };
    calls.push(call);
    await handler(call);
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  return { exec, calls };
}

const argAfter = (args: readonly string[], flag: string) => args[args.indexOf(flag) + 1] ?? '';
const digestA = `sha256:${'a'.repeat(64)}`;
const digestB = `sha256:${'b'.repeat(64)}`;

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'shipgate-orchestration-'));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

function deps(exec: Exec, runtime = createMemoryRuntime()): BuildDependencies {
  return { log: runtime.log, exec, tempDir, setSecret: (secret) => runtime.setSecret(secret) };
}

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    context: '/ctx',
    file: '/ctx/Dockerfile',
    repository: parseImageReference('registry.example/acme/web'),
    tags: ['main', 'sha-9b2e1d0'],
    buildArgs: {},
    labels: {},
    platforms: [],
    push: true,
    tlsVerify: true,
    ...overrides,
  };
}

describe('DockerBuilder', () => {
  const metadataFixture = () =>
    readFile(join(import.meta.dirname, 'fixtures', 'buildx', 'push-single-platform.json'), 'utf8');

  test('logs in on stdin, builds, reads the digest from --metadata-file, logs out', async () => {
    const runtime = createMemoryRuntime();
    const { exec, calls } = scriptedExec(async ({ args }) => {
      if (args[0] === 'buildx') await writeFile(argAfter(args, '--metadata-file'), await metadataFixture());
    });
    const outcome = await new DockerBuilder(deps(exec, runtime)).build(
      request({ credentials: { username: 'ci', password: 'docker-pass-1' } }),
    );
    expect(outcome).toEqual({
      digest: 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3',
      imageId: 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66',
      references: ['registry.example/acme/web:main', 'registry.example/acme/web:sha-9b2e1d0'],
    });
    expect(calls.map((call) => [call.command, call.args[0]])).toEqual([
      ['docker', 'login'],
      ['docker', 'buildx'],
      ['docker', 'logout'],
    ]);
    expect(calls[0]?.args).toEqual(['login', '--username', 'ci', '--password-stdin', 'registry.example']);
    expect(calls[0]?.options?.input).toBe('docker-pass-1');
    expect(calls.flatMap((call) => call.args).join(' ')).not.toContain('docker-pass-1');
    expect(runtime.masker.secrets).toContain(Buffer.from('ci:docker-pass-1').toString('base64'));
  });

  test('a buildx push that met a 503 runs again within push-retries; a final failure is a PushError', async () => {
    const runtime = createMemoryRuntime();
    let builds = 0;
    const pushFailure = new CommandError({
      command: 'docker',
      args: ['buildx', 'build'],
      exitCode: 1,
      stderr:
        '#12 exporting to image\nERROR: failed to solve: failed to push registry.example/acme/web:main: unexpected status from PUT request to https://registry.example/v2/acme/web/manifests/main: 503 Service Unavailable\n',
    });
    const { exec, calls } = scriptedExec(async ({ args }) => {
      if (args[0] !== 'buildx') return;
      builds += 1;
      if (builds === 1) throw pushFailure;
      await writeFile(argAfter(args, '--metadata-file'), await metadataFixture());
    });
    const outcome = await new DockerBuilder(deps(exec, runtime)).build(
      request({ pushRetry: { retries: 2, delayMs: 0 } }),
    );
    expect(outcome.digest).toMatch(/^sha256:19ffeab6/);
    expect(calls.filter((call) => call.args[0] === 'buildx')).toHaveLength(2);
    expect(runtime.logText()).toMatch(
      /Pushing registry\.example\/acme\/web failed .*503 Service Unavailable.*attempt 2 of 3/,
    );

    builds = 0;
    const always: Exec = async (_command, args) => {
      if (args[0] === 'buildx') throw pushFailure;
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    const error = await new DockerBuilder(deps(always))
      .build(request({ pushRetry: { retries: 1, delayMs: 0 } }))
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(PushError);
    expect(error.reference).toBe('registry.example/acme/web');
  });

  test('a push whose metadata has no digest fails instead of outputting an empty one, and still logs out', async () => {
    const { exec, calls } = scriptedExec(async ({ args }) => {
      if (args[0] === 'buildx') {
        await writeFile(
          argAfter(args, '--metadata-file'),
          await readFile(join(import.meta.dirname, 'fixtures', 'buildx', 'push-missing-digest.json'), 'utf8'),
        );
      }
    });
    await expect(
      new DockerBuilder(deps(exec)).build(request({ credentials: { username: 'ci', password: 'docker-pass-1' } })),
    ).rejects.toThrow('docker buildx pushed but reported no containerimage.digest in its metadata file.');
    expect(calls.at(-1)?.args).toEqual(['logout', 'registry.example']);
  });
});

describe('BuildahBuilder', () => {
  test('tags that end on different digests fail the build (push-to-registry #26)', async () => {
    let pushes = 0;
    const { exec } = scriptedExec(async ({ args }) => {
      if (args[0] === 'build') await writeFile(argAfter(args, '--iidfile'), digestA);
      if (args[0] === 'push') await writeFile(argAfter(args, '--digestfile'), pushes++ === 0 ? digestA : digestB);
    });
    await expect(new BuildahBuilder(deps(exec)).build(request())).rejects.toThrow(
      `The pushed tags ended on different digests (registry.example/acme/web:main → ${digestA}, registry.example/acme/web:sha-9b2e1d0 → ${digestB}).`,
    );
  });

  test('logs in to a private auth file, uses it for build and push, and removes it', async () => {
    let authFile = '';
    const { exec, calls } = scriptedExec(async ({ args }) => {
      if (args[0] === 'login') {
        authFile = argAfter(args, '--authfile');
        await writeFile(authFile, '{"auths":{}}');
      }
      if (args[0] === 'build') await writeFile(argAfter(args, '--iidfile'), digestA);
      if (args[0] === 'push') await writeFile(argAfter(args, '--digestfile'), digestB);
    });
    const outcome = await new BuildahBuilder(deps(exec)).build(
      request({ credentials: { username: 'ci', password: 'buildah-pass' }, tlsVerify: false }),
    );
    expect(outcome.digest).toBe(digestB);
    expect(calls[0]?.options?.input).toBe('buildah-pass');
    expect(
      calls.filter((call) => call.args.includes('--authfile')).map((call) => argAfter(call.args, '--authfile')),
    ).toEqual([authFile, authFile, authFile, authFile]);
    await expect(readFile(authFile)).rejects.toThrow(/ENOENT/);
  });

  test('without push, nothing is pushed and there is no digest', async () => {
    const { exec, calls } = scriptedExec(async ({ args }) => {
      if (args[0] === 'build') await writeFile(argAfter(args, '--iidfile'), digestA);
    });
    const outcome = await new BuildahBuilder(deps(exec)).build(request({ push: false }));
    expect(outcome).toEqual({ imageId: digestA, references: expect.any(Array) });
    expect(calls.map((call) => call.args[0])).toEqual(['build']);
  });
});

describe('builder: auto', () => {
  test.each([
    [0, '"27.3.1"', 'docker'],
    [1, '', 'buildah'],
  ])('docker info exit %i → %s', async (exitCode, stdout, expected) => {
    const context = await mkdtemp(join(tempDir, 'ctx-'));
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\n');
    const runtime = createMemoryRuntime();
    const exec: Exec = async () => ({ exitCode, stdout, stderr: '' });
    let chosen = '';
    const result = await buildImage(
      {
        log: runtime.log,
        exec,
        tempDir,
        setSecret: () => {},
        createBuilder: (name) => {
          chosen = name;
          return { name, build: async (req) => ({ imageId: digestA, references: req.tags.map((tag) => tag) }) };
        },
      },
      {
        repository: parseImageReference('registry.example/acme/web'),
        context,
        file: join(context, 'Dockerfile'),
        extraTags: ['local'],
        buildArgs: {},
        labelEntries: [],
        platforms: [],
        push: false,
        builder: 'auto',
        tlsVerify: true,
        git: { eventName: '', ref: '', sha: '', repository: '', serverUrl: '', payload: {} },
      },
    );
    expect(chosen).toBe(expected);
    expect(result.builder).toBe(expected);
    expect(result.digest).toBeUndefined();
    expect(result.tags).toEqual(['local']);
  });
});
