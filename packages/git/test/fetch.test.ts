import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { fetchBranch, fetchBranchAt, type Git, openScratchClone, remoteTrackingRef, removeScratchClone } from '../src';

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
