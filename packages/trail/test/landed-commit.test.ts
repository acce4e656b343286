import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { createGit, type Git, type GitObject, parseBatch } from '@shipgate/git';
import { findLandedCommit, landedCommitAmong } from '@shipgate/trail';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_GIT_IDENTITY } from '../../../test/support/git-identity';

/**
 * Finding a landed deploy among commits already read gives git log's answer, or none: commits git
 * wrote in a real repository, read back as objects, asked both ways.
 */
describe('landedCommitAmong: findLandedCommit over commits in hand', () => {
  let dir: string;
  let git: Git;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-landed-'));
    git = createGit({
      exec: createExec({ log: silentLogger, masker: new SecretMasker() }),
      cwd: dir,
      env: TEST_GIT_IDENTITY,
    });
    await git(['init', '-q', '--bare']);
    const tree = (await git(['mktree'], { input: '' })).stdout.trim();
    const commit = async (name: string, message: string, parents: string[]) => {
      const args = ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message];
      ids[name] = (await git(args)).stdout.trim();
    };
    // base ← ours ← other ← twin-a ← twin-b, and a merge of a side line onto twin-b.
    await commit('base', 'Deploy base', []);
    await commit('ours', 'Deploy web\n\nShipgate-Request: 01', [ids.base as string]);
    await commit('other', 'Deploy api\n\nShipgate-Request: 02', [ids.ours as string]);
    await commit('twin-a', 'Deploy twin', [ids.other as string]);
    await commit('twin-b', 'Deploy twin', [ids['twin-a'] as string]);
    await commit('side', 'Deploy side', [ids.base as string]);
    await commit('merge', 'Merge side', [ids['twin-b'] as string, ids.side as string]);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** The commits of `names`, as `readHistoryOverHttp` gives them. */
  async function objects(names: readonly string[]): Promise<Map<string, GitObject>> {
    const wanted = names.map((name) => ids[name] as string);
    const read = await git(['cat-file', '--batch'], { input: `${wanted.join('\n')}\n`, bytes: true });
    const bodies = parseBatch(read.stdoutBytes as Buffer);
    return new Map(wanted.map((id, index) => [id, { type: 'commit', body: bodies[index] as Buffer }]));
  }

  const line = ['ours', 'other', 'twin-a', 'twin-b'];
  test.each([
    ['ours, two commits back', 'Deploy web\n\nShipgate-Request: 01\n', 'base', 'twin-b', line, 'ours'],
    ['no commit with the message', 'Deploy db\n', 'base', 'twin-b', line, undefined],
    ['the same message twice: git picks', 'Deploy twin', 'base', 'twin-b', line, undefined],
    [
      'ours at since: not among the new commits',
      'Deploy web\n\nShipgate-Request: 01',
      'ours',
      'other',
      ['other'],
      undefined,
    ],
    [
      'a walk that meets a commit not read',
      'Deploy web\n\nShipgate-Request: 01',
      'base',
      'twin-b',
      line.slice(1),
      undefined,
    ],
  ])('%s', async (_name, message, since, tip, read, expected) => {
    const options = { since: ids[since], tip: ids[tip] as string, message };
    const found = landedCommitAmong(await objects(read), options);
    expect(found).toBe(expected === undefined ? undefined : ids[expected]);
    // Whenever it answers, git log answers the same.
    if (found) expect(await findLandedCommit(git, options)).toBe(found);
  });

  test('across a merge, the side line is walked too, and since ends the walk on every line', async () => {
    const options = { since: ids.base, tip: ids.merge as string, message: 'Deploy side\n' };
    const found = landedCommitAmong(await objects(['ours', 'other', 'twin-a', 'twin-b', 'side', 'merge']), options);
    expect(found).toBe(ids.side);
    expect(await findLandedCommit(git, options)).toBe(found);
  });
});
