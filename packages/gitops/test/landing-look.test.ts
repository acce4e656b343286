import { createExec, type Exec, SecretMasker, silentLogger } from '@shipgate/core';
import { fetchBranch, type Git, openScratchClone, remoteTrackingRef, removeScratchClone } from '@shipgate/git';
import { beforeAll, describe, expect, test } from 'vitest';
import type { GitServer } from '../../../test/support/git-server';
import { advanceBranch, deleteRef, writeTaggedCommit } from '../../../test/support/queued-tags';
import { fetchLandingState, type LandingState, listingOfBranchAt } from '../src/landing/listing';
import { LANDING_QUEUE_PREFIX } from '../src/landing/request';
import { gitServerForSuite } from './support';

/**
 * A queued writer's look at the branch and the queue (`fetchLandingState`): what it fetches, and
 * which git processes it starts, when it starts from its last look's listing (`held`), as the
 * seat does from its second round on. The queued tags are no requests, so each is junk: the
 * listing still names every one.
 */
describe('fetchLandingState over real git http-backend', () => {
  const suite = gitServerForSuite('gst_landing_look_test_9d3e');
  let server: GitServer;
  const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
  beforeAll(() => {
    server = suite.server;
  });

  /** A clone of `name`, its git subcommands recorded in `calls`. */
  const inClone = async (name: string, use: (git: Git, calls: string[]) => Promise<void>) => {
    const calls: string[] = [];
    const recorded: Exec = (command, args, options) => {
      calls.push(args[0] ?? '');
      return exec(command, args, options);
    };
    const clone = await openScratchClone(
      { repository: server.repoUrl(name), token: server.token, exec: recorded },
      { purpose: 'look' },
    );
    try {
      await use(clone.git, calls);
    } finally {
      await removeScratchClone(clone.dir);
    }
  };
  const queue = (name: string, id: string) =>
    writeTaggedCommit(exec, server.repoPath(name), `${LANDING_QUEUE_PREFIX}${id}`, `request ${id}\n`);
  /** What the server holds: the branch's tip and the queued refs, as a look should report them. */
  const onServer = async (name: string) => ({
    tip: await server.git(name, ['rev-parse', 'main']),
    queued: (await server.git(name, ['for-each-ref', '--format=%(refname)', LANDING_QUEUE_PREFIX])).split('\n').sort(),
  });
  const seen = (state: LandingState) => ({ tip: state.tip, queued: state.junk.map((entry) => entry.ref).sort() });

  test('from the last listing: no listing of the clone first, and no git at all when nothing changed', async () => {
    const name = 'look-held';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      const first = await fetchLandingState(git, 'main', Date.now());
      expect(calls).toEqual(['for-each-ref', 'index-pack', 'update-ref', 'for-each-ref']);
      expect(seen(first)).toEqual(await onServer(name));

      await queue(name, 'b');
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      calls.length = 0;
      const second = await fetchLandingState(git, 'main', Date.now(), first.listing);
      expect(calls).toEqual(['index-pack', 'update-ref', 'for-each-ref']);
      expect(seen(second)).toEqual(await onServer(name));

      calls.length = 0;
      const third = await fetchLandingState(git, 'main', Date.now(), second.listing);
      expect(calls).toEqual([]);
      expect(third).toEqual(second);
    });
  });

  test('from a stale listing: git refuses the leased update, and git fetch --prune looks instead', async () => {
    const name = 'look-stale';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      const first = await fetchLandingState(git, 'main', Date.now());
      await queue(name, 'b');
      await fetchLandingState(git, 'main', Date.now(), first.listing);
      // The clone moved on since `first`: the listing it gives names refs the clone no longer holds so.
      await deleteRef(exec, server.repoPath(name), `${LANDING_QUEUE_PREFIX}a`);
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      calls.length = 0;
      const stale = await fetchLandingState(git, 'main', Date.now(), first.listing);
      expect(calls).toEqual(['index-pack', 'update-ref', 'fetch', 'for-each-ref']);
      expect(seen(stale)).toEqual(await onServer(name));
      expect((await git(['rev-parse', remoteTrackingRef('main')])).stdout.trim()).toBe((await onServer(name)).tip);
    });
  });

  test('a ref the clone kept that the listing missed and the server dropped is left out, not landed', async () => {
    const name = 'look-kept';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      const first = await fetchLandingState(git, 'main', Date.now());
      await queue(name, 'b');
      await fetchLandingState(git, 'main', Date.now(), first.listing);
      // The clone holds b now; the listing given does not name it, and the server settles it.
      await deleteRef(exec, server.repoPath(name), `${LANDING_QUEUE_PREFIX}b`);
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      calls.length = 0;
      const look = await fetchLandingState(git, 'main', Date.now(), first.listing);
      expect(calls).toEqual(['index-pack', 'update-ref', 'for-each-ref']);
      expect(seen(look)).toEqual(await onServer(name));
      expect(look.listing).not.toContain('shipgate-queue/b');
    });
  });

  test("a writer's first look starts from the branch it built on: no listing of the clone first", async () => {
    const name = 'look-first';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      expect(await fetchBranch(git, 'main', { filter: 'tree:0' })).toBe(true);
      const built = (await git(['rev-parse', remoteTrackingRef('main')])).stdout.trim();
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      calls.length = 0;
      const look = await fetchLandingState(git, 'main', Date.now(), listingOfBranchAt('main', built));
      expect(calls).toEqual(['index-pack', 'update-ref', 'for-each-ref']);
      expect(seen(look)).toEqual(await onServer(name));
    });
  });
});
