import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  batch,
  batchCheck,
  commitTime,
  commitTimes,
  createGit,
  type Git,
  lsTree,
  parseCommitTimes,
  parseLsTree,
  readFilesAt,
  readTreeFiles,
} from '../src';

describe('parseLsTree', () => {
  test('`ls-tree -z` entries: mode, type, id and a path that may hold a tab or newline', () => {
    const output = `100644 blob ${'a'.repeat(40)}\tapp.yaml\u0000040000 tree ${'b'.repeat(40)}\tnested\u0000160000 commit ${'c'.repeat(40)}\todd\tname\nhere\u0000`;
    expect(parseLsTree(output)).toEqual([
      { mode: '100644', type: 'blob', id: 'a'.repeat(40), path: 'app.yaml' },
      { mode: '040000', type: 'tree', id: 'b'.repeat(40), path: 'nested' },
      { mode: '160000', type: 'commit', id: 'c'.repeat(40), path: 'odd\tname\nhere' },
    ]);
    expect(parseLsTree('')).toEqual([]);
  });
});

describe('parseCommitTimes', () => {
  test('`%H %cI` lines by full id', () => {
    expect(
      parseCommitTimes(`${'a'.repeat(40)} 2026-11-01T10:00:00+01:00\n${'b'.repeat(64)} 2026-11-02T00:00:00Z\n\n`),
    ).toEqual(
      new Map([
        ['a'.repeat(40), '2026-11-01T10:00:00+01:00'],
        ['b'.repeat(64), '2026-11-02T00:00:00Z'],
      ]),
    );
  });
});

describe('objects, trees and commit times in a real repository', () => {
  const BINARY = Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x80, 0x0a]);
  let dir: string;
  let git: Git;
  let commit: string;
  let binary: string;
  let text: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'git-tree-'));
    git = createGit({
      exec: createMemoryRuntime().exec,
      cwd: dir,
      env: {
        GIT_AUTHOR_NAME: 'a',
        GIT_AUTHOR_EMAIL: 'a@e',
        GIT_COMMITTER_NAME: 'a',
        GIT_COMMITTER_EMAIL: 'a@e',
        GIT_COMMITTER_DATE: '2026-11-01T10:00:00+01:00',
      },
    });
    await git(['init', '--quiet', '--bare', '--template=']);
    const blob = async (content: string | Buffer) =>
      (await git(['hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
    [binary, text] = await Promise.all([blob(BINARY), blob('grüße: "hi"\n')]);
    const sub = (await git(['mktree'], { input: `100644 blob ${text}\tservice.yaml\n` })).stdout.trim();
    const tree = (
      await git(['mktree'], { input: `100644 blob ${binary}\tlogo.bin\n040000 tree ${sub}\tnested\n` })
    ).stdout.trim();
    commit = (await git(['commit-tree', tree, '-m', 'files'])).stdout.trim();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('batch reads bytes as stored, in request order, a missing name in its place', async () => {
    const contents = await batch(git, [binary, 'f'.repeat(40), text]);
    expect(contents[0]?.equals(BINARY)).toBe(true);
    expect(contents[1]).toBeUndefined();
    expect(contents[2]?.toString('utf8')).toBe('grüße: "hi"\n');
    expect(await batchCheck(git, [`${commit}:logo.bin`, `${commit}:nope`])).toEqual([
      { id: binary, type: 'blob', size: BINARY.length },
      undefined,
    ]);
  });

  test('the files below a tree read back byte for byte; an absent path is empty', async () => {
    const files = await readTreeFiles(git, `${commit}:`);
    expect([...files.keys()]).toEqual(['logo.bin', 'nested/service.yaml']);
    expect(files.get('logo.bin')?.equals(BINARY)).toBe(true);
    expect(await readTreeFiles(git, `${commit}:missing`)).toEqual(new Map());
    expect(await readFilesAt(git, commit, ['nested/service.yaml', 'nested'])).toEqual(
      new Map([['nested/service.yaml', 'grüße: "hi"\n']]),
    );
    expect(await lsTree(git, commit, { paths: ['nested'] })).toEqual([
      { mode: '040000', type: 'tree', id: expect.stringMatching(/^[0-9a-f]{40}$/), path: 'nested' },
    ]);
    await expect(lsTree(git, `${commit}:missing`)).rejects.toThrow(/ls-tree/);
  });

  test("a commit's time, once for many and for one; unknown for a commit the repository lacks", async () => {
    expect(await commitTimes(git, [commit])).toEqual(new Map([[commit, '2026-11-01T10:00:00+01:00']]));
    expect(await commitTime(git, commit.slice(0, 12))).toBe('2026-11-01T10:00:00+01:00');
    expect(await commitTime(git, 'f'.repeat(40))).toBeUndefined();
  });
});
