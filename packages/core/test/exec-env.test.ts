import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { childEnvironment, createExec, SecretMasker, silentLogger, TOOL_ENVIRONMENTS } from '../src';

describe('the environment children get', () => {
  let bin: string;
  const tools = ['buildah', 'docker', 'trivy', 'grype', 'kubectl', 'kustomize', 'helm'] as const;

  beforeAll(async () => {
    // Stand-ins named like the real tools, printing the environment they were given.
    bin = await mkdtemp(join(tmpdir(), 'shipgate-env-'));
    for (const tool of [...tools, 'other-tool']) {
      await writeFile(join(bin, tool), '#!/bin/sh\nexec /usr/bin/env\n');
      await chmod(join(bin, tool), 0o755);
    }
  });
  afterAll(async () => {
    await rm(bin, { recursive: true, force: true });
  });

  const baseEnv = () => ({
    PATH: `${bin}:${process.env.PATH}`,
    HOME: '/home/runner',
    LC_ALL: 'C.UTF-8',
    HTTPS_PROXY: 'http://proxy:3128',
    SHIPGATE_TOKEN: 'ghs_cli_token_value',
    GITHUB_TOKEN: 'ghs_github_token_value',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    INPUT_REGISTRY_PASSWORD: 'input-password',
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    DOCKER_HOST: 'unix:///run/docker.sock',
    TRIVY_CACHE_DIR: '/cache/trivy',
    GRYPE_DB_CACHE_DIR: '/cache/grype',
    KUBECONFIG: '/home/runner/.kube/config',
  });
  const run = async (tool: string, options = {}) => {
    const exec = createExec({ log: silentLogger, masker: new SecretMasker(), baseEnv: baseEnv() });
    const { stdout } = await exec(tool, [], options);
    return Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
        // Set by the stand-in's own shell, not inherited.
        .filter(([name]) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(name ?? '')),
    );
  };

  test.each(tools)('%s gets no token from the environment, and what it needs', async (tool) => {
    const env = await run(tool);
    for (const name of ['SHIPGATE_TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_REGISTRY_PASSWORD']) {
      expect(env).not.toHaveProperty(name);
    }
    expect(env).toMatchObject({ HOME: '/home/runner', LC_ALL: 'C.UTF-8', HTTPS_PROXY: 'http://proxy:3128' });
    expect(env.PATH).toContain(bin);
  });

  test('each tool keeps its own configuration variables, and only those', async () => {
    expect(await run('buildah')).toMatchObject({ STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' });
    expect(await run('buildah')).not.toHaveProperty('DOCKER_HOST');
    expect(await run('docker')).toMatchObject({ DOCKER_HOST: 'unix:///run/docker.sock' });
    expect(await run('docker')).not.toHaveProperty('STORAGE_DRIVER');
    expect(await run('trivy')).toMatchObject({ TRIVY_CACHE_DIR: '/cache/trivy' });
    expect(await run('grype')).toMatchObject({ GRYPE_DB_CACHE_DIR: '/cache/grype' });
    expect(await run('kubectl')).toMatchObject({ KUBECONFIG: '/home/runner/.kube/config' });
    expect(await run(join(bin, 'buildah'))).toMatchObject({ STORAGE_DRIVER: 'vfs' });
    expect(await run(join(bin, 'buildah'))).not.toHaveProperty('SHIPGATE_TOKEN');
  });

  test('explicit env is added whatever the list; a call can name its own list, e.g. a git wrapper', async () => {
    expect(await run('trivy', { env: { TRIVY_PASSWORD: 'explicit' } })).toMatchObject({ TRIVY_PASSWORD: 'explicit' });
    const gitLike = await run('other-tool', { inheritEnv: ['PATH', 'HOME', 'GIT_*'], env: { GIT_CONFIG_COUNT: '1' } });
    expect(Object.keys(gitLike).sort()).toEqual(['GIT_CONFIG_COUNT', 'HOME', 'PATH']);
  });

  test('a tool with no list inherits everything, as before', async () => {
    expect(await run('other-tool')).toMatchObject({ SHIPGATE_TOKEN: 'ghs_cli_token_value' });
  });

  test('childEnvironment: prefixes, removal by undefined', () => {
    expect(
      childEnvironment('x', { A_1: 'a', B: 'b', C: 'c' }, { inheritEnv: ['A_*', 'C'], env: { C: undefined, D: 'd' } }),
    ).toEqual({ A_1: 'a', D: 'd' });
    expect(TOOL_ENVIRONMENTS.buildah).toContain('PATH');
  });
});
