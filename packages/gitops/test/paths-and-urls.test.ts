import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderMessageTemplate } from '../src/deploy-plan';
import { confineRepositoryPath, listSourceFiles } from '../src/write-tree';

describe('confineRepositoryPath', () => {
  test.each([
    ['apps/web/prod', 'apps/web/prod'],
    ['./apps//web/', 'apps/web'],
    ['apps\\web', 'apps/web'],
  ])('%j → %j', (path, expected) => {
    expect(confineRepositoryPath(path)).toBe(expected);
  });

  test.each([
    ['', /must not be empty/],
    ['.', /below the root/],
    ['/etc', /relative/],
    ['C:/x', /relative/],
    ['apps/../..', /"\.\."/],
    ['..', /"\.\."/],
    ['.git/hooks', /\.git/],
    ['apps/.GIT', /\.git/],
    ['apps/\u0001', /control/],
  ])('%j is refused', (path, message) => {
    expect(() => confineRepositoryPath(path)).toThrow(message);
    expect(() => confineRepositoryPath(path)).toThrow(ConfigurationError);
  });
});

describe('listSourceFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'list-source-'));
    await mkdir(join(dir, 'ok', 'nested'), { recursive: true });
    await writeFile(join(dir, 'ok', 'a.yaml'), 'a');
    await writeFile(join(dir, 'ok', 'nested', 'b.yaml'), 'b');
    await symlink('a.yaml', join(dir, 'ok', 'alias.yaml'));
    await symlink('nested', join(dir, 'ok', 'linked-dir'));
    await mkdir(join(dir, 'escape'));
    await symlink('../../../../etc/hostname', join(dir, 'escape', 'host.yaml'));
    await mkdir(join(dir, 'loop'));
    await symlink('.', join(dir, 'loop', 'self'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('lists files, following symlinks that stay inside under their own names', async () => {
    const files = await listSourceFiles(join(dir, 'ok'));
    expect(files.map((file) => file.relativePath)).toEqual([
      'a.yaml',
      'alias.yaml',
      'linked-dir/b.yaml',
      'nested/b.yaml',
    ]);
  });

  test.each([
    ['escape', /symlink that leaves the directory/],
    ['loop', /symlink loop/],
    ['missing', /not a directory/],
  ])('%s is refused', async (name, message) => {
    await expect(listSourceFiles(join(dir, name))).rejects.toThrow(message);
  });
});

describe('renderMessageTemplate', () => {
  const values = {
    app: 'web',
    environment: 'prod',
    image: 'ghcr.io/acme/web@sha256:4f1c9b2e1d0aabbcc',
    digest: 'sha256:4f1c9b2e1d0aabbcc',
    source: 'acme/web@9b2e1d0',
  };
  test.each([
    ['Deploy {app} to {environment}', 'Deploy web to prod'],
    ['{image} ({short-digest})', 'ghcr.io/acme/web@sha256:4f1c9b2e1d0aabbcc (4f1c9b2e1d0a)'],
    ['{digest} from {source}', 'sha256:4f1c9b2e1d0aabbcc from acme/web@9b2e1d0'],
  ])('%j', (template, expected) => {
    expect(renderMessageTemplate(template, values)).toBe(expected);
  });
  test('placeholder values stay on one line', () => {
    expect(renderMessageTemplate('{source}', { ...values, source: 'x\nApproved-by: mallory' })).toBe(
      'x Approved-by: mallory',
    );
  });
  test('an unknown placeholder is a ConfigurationError naming the input', () => {
    expect(() => renderMessageTemplate('{tag}', values)).toThrow(/Input "message" uses an unknown placeholder \{tag\}/);
  });
});
