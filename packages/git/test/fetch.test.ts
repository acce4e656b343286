import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import {
  fetchBranch,
  fetchBranchAt,
  fetchTipTrees,
  type Git,
  type HttpSend,
  openScratchClone,
  remoteTrackingRef,
  removeScratchClone,
} from '../src';

describe('fetchBranchAt over real git http-backend', () => {
  let server: GitServer;
  let url: string;
  const exec = createExec({ log: silentLogger, masker: new SecretMasker() });

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_fetch_at_test_7c2d' });
    url = await server.createRepo('history', {
      files: { 'README.md': '# gitops\n' },
      commits: [{ message: 'Second', files: { 'apps/web/dev/a.yaml': 'a\n' } }],
    });
  });
  afterAll(async () => server?.stop());

  /** Runs `use` in a fresh scratch clone; returns how many requests it made of the server. */
  const inClone = async (use: (git: Git) => Promise<void>) => {
    const clone = await openScratchClone({ repository: url, token: server.token, exec }, { purpose: 'fetch-test' });
    const before = server.requests.length;
    try {
      await use(clone.git);
      return server.requests.length - before;
    } finally {
      await removeScratchClone(clone.dir);
    }
  };

  test('fetches the commits up to the named tip into the tracking ref, one request fewer than by branch name', async () => {
    const tip = (await server.git('history', ['rev-parse', 'main'])).trim();
    let log = '';
    const byCommit = await inClone(async (git) => {
      await fetchBranchAt(git, 'main', tip, { filter: 'tree:0' });
      expect((await git(['rev-parse', remoteTrackingRef('main')])).stdout.trim()).toBe(tip);
      log = (await git(['log', '--format=%s', remoteTrackingRef('main')])).stdout;
    });
    expect(log.split('\n').filter(Boolean)).toHaveLength(2);
    const byName = await inClone(async (git) => {
      expect(await fetchBranch(git, 'main', { filter: 'tree:0' })).toBe(true);
    });
    expect(byCommit).toBe(byName - 1);
  });

  test('refuses what is not a commit id before running git', async () => {
    const made = await inClone(async (git) => {
      await expect(fetchBranchAt(git, 'main', 'main --upload-pack=x', { filter: 'tree:0' })).rejects.toThrow(
        /Not a commit id/,
      );
    });
    expect(made).toBe(0);
  });
});

describe('fetchTipTrees over real git http-backend', () => {
  let server: GitServer;
  let url: string;
  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_tip_trees_test_5e1a' });
    url = await server.createRepo('trees', {
      files: { 'README.md': '# gitops\n', 'apps/web/dev/app.yaml': 'a\n', 'apps/api/dev/app.yaml': 'b\n' },
    });
  });
  afterAll(async () => server?.stop());

  /** A scratch clone with the branch's commits only (`tree:0`), its git calls recorded. */
  const commitsOnly = async (use: (git: Git, calls: string[][]) => Promise<void>, send?: HttpSend) => {
    const calls: string[][] = [];
    const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
    const recorded: typeof exec = (command, args, options) => {
      calls.push([command, ...args]);
      return exec(command, args, options);
    };
    const clone = await openScratchClone(
      { repository: url, token: server.token, exec: recorded },
      { purpose: 'trees' },
    );
    try {
      await fetchBranch(clone.git, 'main', { filter: 'tree:0' });
      const git =
        send && clone.git.remote ? Object.assign(clone.git, { remote: { ...clone.git.remote, send } }) : clone.git;
      await use(git, calls);
    } finally {
      await removeScratchClone(clone.dir);
    }
  };
  /** ls-tree with every transport refused: it lists only when every tree is already in the clone. */
  const listOffline = (git: Git) =>
    git(['-c', 'protocol.allow=never', 'ls-tree', '-r', '-t', '--name-only', remoteTrackingRef('main')], {
      ignoreReturnCode: true,
    });

  test('brings every tree of the tip (no blob) in one index-pack, so ls-tree needs no lazy fetch', async () => {
    await commitsOnly(async (git, calls) => {
      expect((await listOffline(git)).exitCode).not.toBe(0);
      await fetchTipTrees(git, remoteTrackingRef('main'));
      const listed = await listOffline(git);
      expect(listed.exitCode).toBe(0);
      expect(listed.stdout.split('\n').filter(Boolean)).toEqual([
        'README.md',
        'apps',
        'apps/api',
        'apps/api/dev',
        'apps/api/dev/app.yaml',
        'apps/web',
        'apps/web/dev',
        'apps/web/dev/app.yaml',
      ]);
      expect(calls.filter((call) => call[1] === 'index-pack')).toEqual([
        ['git', 'index-pack', '--stdin', '--promisor'],
      ]);
      // The blobs stayed on the server.
      const blob = await git(
        ['-c', 'protocol.allow=never', 'cat-file', '-p', `${remoteTrackingRef('main')}:README.md`],
        {
          ignoreReturnCode: true,
        },
      );
      expect(blob.exitCode).not.toBe(0);
    });
  });

  test.each([
    ['a v0 server', async () => ({ status: 200, body: Buffer.from(`001e# service=git-upload-pack\n0000`) })],
    ['a refused token', async () => ({ status: 401, body: Buffer.from('') })],
    [
      'an ERR answer',
      async (target: string) =>
        target.endsWith('/git-upload-pack')
          ? { status: 200, body: Buffer.from('0020ERR upload-pack: not our ref\n') }
          : { status: 200, body: Buffer.from('000eversion 2\n0013fetch=filter\n0000') },
    ],
    [
      'no answer',
      async () => {
        throw new Error('socket hang up');
      },
    ],
  ] as const)('leaves the trees to git with %s: nothing written, and ls-tree still lists', async (_name, send) => {
    await commitsOnly(async (git, calls) => {
      await fetchTipTrees(git, remoteTrackingRef('main'));
      expect(calls.filter((call) => call[1] === 'index-pack')).toEqual([]);
      expect((await listOffline(git)).exitCode).not.toBe(0);
      const lazily = await git(['ls-tree', '-r', '--name-only', remoteTrackingRef('main')]);
      expect(lazily.stdout).toContain('apps/web/dev/app.yaml');
    }, send as HttpSend);
  });
});
