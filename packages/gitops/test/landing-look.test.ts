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

  // From a listing older than the clone's last look: it misses b, which the clone holds.
  test.each([
    [
      'a',
      'b is still queued: its update, leased on its absence, fails and git fetch --prune looks',
      ['index-pack', 'update-ref', 'fetch', 'for-each-ref'],
    ],
    ['b', 'the clone keeps b, and the look leaves it out', ['index-pack', 'update-ref', 'for-each-ref']],
  ])('from an older listing, with %s settled: %s', async (settled, _, expected) => {
    const name = `look-older-${settled}`;
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      const first = await fetchLandingState(git, 'main', Date.now());
      await queue(name, 'b');
      await fetchLandingState(git, 'main', Date.now(), first.listing);
      await deleteRef(exec, server.repoPath(name), `${LANDING_QUEUE_PREFIX}${settled}`);
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      calls.length = 0;
      const look = await fetchLandingState(git, 'main', Date.now(), first.listing);
      expect(calls).toEqual(expected);
      expect(seen(look)).toEqual(await onServer(name));
      expect((await git(['rev-parse', remoteTrackingRef('main')])).stdout.trim()).toBe((await onServer(name)).tip);
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
