import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { advanceBranch, deleteRef, writeTaggedCommit } from '../../../test/support/queued-tags';
import {
  fetchBranch,
  fetchBranchWithTipTrees,
  fetchCommitsAt,
  fetchMirrors,
  fetchTipTrees,
  type Git,
  type HttpSend,
  nodeHttpSend,
  openScratchClone,
  type RefMirror,
  remoteTrackingRef,
  removeScratchClone,
} from '../src';

/**
 * A git command with every transport refused: it succeeds only when every object it reads is
 * already in the clone. git can die of SIGPIPE on the refused lazy fetch: that counts as failing.
 */
async function offline(git: Git, args: readonly string[]): Promise<{ exitCode: number; stdout: string }> {
  return git(['-c', 'protocol.allow=never', ...args], { ignoreReturnCode: true }).catch(() => ({
    exitCode: -1,
    stdout: '',
  }));
}

/** Answers a server that cannot serve this process would give, as `HttpSend`s. */
const UNUSABLE_ANSWERS = [
  // What http-backend answers a v0 request, or a v2 one it cannot serve (no filter): 200, nothing.
  ['a v0 server', async () => ({ status: 200, body: Buffer.alloc(0) })],
  ['a refused token', async () => ({ status: 401, body: Buffer.from('') })],
  ['an ERR answer', async () => ({ status: 200, body: Buffer.from('0020ERR upload-pack: not our ref\n') })],
  [
    'no answer',
    async () => {
      throw new Error('socket hang up');
    },
  ],
] as const;

describe('fetchCommitsAt over real git http-backend', () => {
  let server: GitServer;
  let url: string;
  let first: string;
  let tip: string;

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_fetch_at_test_7c2d' });
    url = await server.createRepo('history', {
      files: { 'README.md': '# gitops\n' },
      commits: [
        { message: 'Second', files: { 'apps/web/dev/a.yaml': 'a\n' } },
        { message: 'Third', files: { 'apps/web/dev/a.yaml': 'b\n' } },
      ],
    });
    first = (await server.git('history', ['rev-parse', 'main~2'])).trim();
    tip = (await server.git('history', ['rev-parse', 'main'])).trim();
  });
  afterAll(async () => server?.stop());

  /**
   * Runs `use` in a fresh scratch clone (`send` replaces the process's own); returns how many
   * requests it made of the server, and the objects in each pack it indexed.
   */
  const inClone = async (use: (git: Git) => Promise<void>, send?: HttpSend) => {
    const packs: number[] = [];
    const inner = createExec({ log: silentLogger, masker: new SecretMasker() });
    const exec: typeof inner = (command, args, options) => {
      if (args[0] === 'index-pack' && Buffer.isBuffer(options?.input)) packs.push(options.input.readUInt32BE(8));
      return inner(command, args, options);
    };
    const clone = await openScratchClone({ repository: url, token: server.token, exec }, { purpose: 'fetch-test' });
    const git =
      send && clone.git.remote ? Object.assign(clone.git, { remote: { ...clone.git.remote, send } }) : clone.git;
    const before = server.requests.length;
    try {
      await use(git);
      return { requests: server.requests.length - before, packs };
    } finally {
      await removeScratchClone(clone.dir);
    }
  };
  const subjects = async (git: Git, commit: string) =>
    (await offline(git, ['log', '--format=%s', commit])).stdout.split('\n').filter(Boolean);
  const tracking = async (git: Git) =>
    (
      await git(['rev-parse', '--verify', '--quiet', remoteTrackingRef('main')], { ignoreReturnCode: true })
    ).stdout.trim();

  test('from the process: one request for the named tip, with haves only the commits since, no ref set', async () => {
    const made = await inClone(async (git) => {
      await fetchCommitsAt(git, 'main', first, {});
      expect(await subjects(git, first)).toEqual(['Initial commit']);
      await fetchCommitsAt(git, 'main', tip, { haves: [first] });
      expect(await subjects(git, tip)).toEqual(['Third', 'Second', 'Initial commit']);
      // The reader names the tip itself: no update-ref was spent on the tracking ref.
      expect(await tracking(git)).toBe('');
    });
    // Two commits came the second time, not three.
    expect(made).toEqual({ requests: 2, packs: [1, 2] });
  });

  test('by git fetch when the process cannot ask, into the tracking ref, one request fewer than by branch name', async () => {
    const refused = (async () => ({ status: 401, body: Buffer.alloc(0) })) as HttpSend;
    const byCommit = await inClone(async (git) => {
      await fetchCommitsAt(git, 'main', tip, {});
      expect(await subjects(git, tip)).toEqual(['Third', 'Second', 'Initial commit']);
      expect(await tracking(git)).toBe(tip);
    }, refused);
    const byName = await inClone(async (git) => {
      expect(await fetchBranch(git, 'main', { filter: 'tree:0' })).toBe(true);
    });
    // The refused request never reached the server (the stand-in answered it).
    expect(byCommit.requests).toBe(byName.requests - 1);
  });

  test('refuses what is not a commit id before running git', async () => {
    const made = await inClone(async (git) => {
      await expect(fetchCommitsAt(git, 'main', 'main --upload-pack=x', {})).rejects.toThrow(/Not a commit id/);
    });
    expect(made.requests).toBe(0);
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
  const listOffline = (git: Git) => offline(git, ['ls-tree', '-r', '-t', '--name-only', remoteTrackingRef('main')]);

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
      expect((await offline(git, ['cat-file', '-p', `${remoteTrackingRef('main')}:README.md`])).exitCode).not.toBe(0);
    });
  });

  test.each(UNUSABLE_ANSWERS)(
    'leaves the trees to git with %s: nothing written, and ls-tree still lists',
    async (_name, send) => {
      await commitsOnly(async (git, calls) => {
        await fetchTipTrees(git, remoteTrackingRef('main'));
        expect(calls.filter((call) => call[1] === 'index-pack')).toEqual([]);
        expect((await listOffline(git)).exitCode).not.toBe(0);
        const lazily = await git(['ls-tree', '-r', '--name-only', remoteTrackingRef('main')]);
        expect(lazily.stdout).toContain('apps/web/dev/app.yaml');
      }, send as HttpSend);
    },
  );
});

describe('fetchBranchWithTipTrees over real git http-backend', () => {
  let server: GitServer;
  let url: string;
  let tip: string;
  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_branch_trees_test_3b8f' });
    url = await server.createRepo('branch', {
      files: { 'README.md': '# gitops\n', 'apps/web/dev/app.yaml': 'a\n' },
      commits: [
        { message: 'Second', files: { 'apps/web/dev/app.yaml': 'b\n' } },
        { message: 'Third', files: { 'apps/api/dev/app.yaml': 'c\n' } },
      ],
    });
    tip = (await server.git('branch', ['rev-parse', 'main'])).trim();
  });
  afterAll(async () => server?.stop());

  /** A fresh scratch clone, its git calls and requests recorded; `send` replaces the process's own. */
  const inClone = async (
    use: (git: Git, calls: string[][], requests: () => string[]) => Promise<void>,
    send?: HttpSend,
  ) => {
    const calls: string[][] = [];
    const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
    const recorded: typeof exec = (command, args, options) => {
      calls.push([command, ...args]);
      return exec(command, args, options);
    };
    const clone = await openScratchClone({ repository: url, token: server.token, exec: recorded }, { purpose: 'tip' });
    const before = server.requests.length;
    const requests = () => server.requests.slice(before).map((request) => `${request.method} ${request.service}`);
    try {
      const git =
        send && clone.git.remote ? Object.assign(clone.git, { remote: { ...clone.git.remote, send } }) : clone.git;
      await use(git, calls, requests);
    } finally {
      await removeScratchClone(clone.dir);
    }
  };
  const tracking = (git: Git) => offline(git, ['rev-parse', '--verify', '--quiet', remoteTrackingRef('main')]);

  test('from the process: the tip listed, its history and its trees in two packs side by side, no blob', async () => {
    await inClone(async (git, calls, requests) => {
      expect(await (await fetchBranchWithTipTrees(git, 'main'))?.tipTrees).toBe(true);
      // The history's pack and the trees' are indexed side by side, in whichever order they come.
      expect(calls.map((call) => call[1]).sort()).toEqual(['index-pack', 'index-pack', 'update-ref']);
      expect(requests()).toEqual(['POST git-upload-pack', 'POST git-upload-pack', 'POST git-upload-pack']);
      expect((await tracking(git)).stdout.trim()).toBe(tip);
      const log = await offline(git, ['log', '--format=%s', remoteTrackingRef('main')]);
      expect(log.stdout.split('\n').filter(Boolean)).toEqual(['Third', 'Second', 'Initial commit']);
      const listed = await offline(git, ['ls-tree', '-r', '-t', '--name-only', remoteTrackingRef('main')]);
      expect(listed.stdout.split('\n').filter((name) => name && !name.includes('.'))).toEqual([
        'apps',
        'apps/api',
        'apps/api/dev',
        'apps/web',
        'apps/web/dev',
      ]);
      expect((await offline(git, ['cat-file', '-p', `${remoteTrackingRef('main')}:README.md`])).exitCode).not.toBe(0);
      // The older commits' trees stayed on the server: only the tip's were asked for.
      expect((await offline(git, ['ls-tree', `${remoteTrackingRef('main')}~1`])).exitCode).not.toBe(0);
    });
  });

  test('a branch the server does not list is left to git fetch, which finds none: nothing written', async () => {
    await inClone(async (git, calls) => {
      expect(await fetchBranchWithTipTrees(git, 'absent')).toBeUndefined();
      expect(calls.map((call) => call[1])).toEqual(['fetch']);
      expect((await offline(git, ['rev-parse', '--verify', '--quiet', remoteTrackingRef('absent')])).exitCode).not.toBe(
        0,
      );
    });
  });

  test.each(UNUSABLE_ANSWERS)(
    'with %s, git fetch takes the commits and the trees are left to git',
    async (_name, send) => {
      await inClone(async (git, calls) => {
        expect(await (await fetchBranchWithTipTrees(git, 'main'))?.tipTrees).toBe(false);
        expect(calls.map((call) => call[1])).toEqual(['fetch']);
        expect((await tracking(git)).stdout.trim()).toBe(tip);
      }, send as HttpSend);
    },
  );

  test('when only the trees cannot be had, the history from the process is kept and the trees left to git', async () => {
    const send = nodeHttpSend();
    const treesRefused: HttpSend = (target, init) =>
      init.body?.includes('deepen 1')
        ? Promise.resolve({ status: 200, body: Buffer.from('0020ERR upload-pack: not our ref\n') })
        : send(target, init);
    await inClone(async (git, calls) => {
      expect(await (await fetchBranchWithTipTrees(git, 'main'))?.tipTrees).toBe(false);
      expect(calls.map((call) => call[1])).toEqual(['index-pack', 'update-ref']);
      expect((await offline(git, ['log', '--format=%s', remoteTrackingRef('main')])).stdout).toContain(
        'Initial commit',
      );
      expect((await offline(git, ['ls-tree', remoteTrackingRef('main')])).exitCode).not.toBe(0);
      // git fetches what is missing when a command needs it: the clone knows origin as its promisor.
      const lazily = await git(['ls-tree', '-r', '--name-only', remoteTrackingRef('main')]);
      expect(lazily.stdout).toContain('apps/api/dev/app.yaml');
      expect((await git(['cat-file', '-p', `${remoteTrackingRef('main')}:README.md`])).stdout).toBe('# gitops\n');
    }, treesRefused);
  });
});

describe('fetchMirrors over real git http-backend', () => {
  let server: GitServer;
  const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
  const QUEUE = 'refs/shipgate/queue/';
  const LOCAL_QUEUE = 'refs/remotes/queue/';
  const MIRRORS = [
    { remote: 'refs/heads/main', local: remoteTrackingRef('main') },
    { remote: QUEUE, local: LOCAL_QUEUE },
  ];
  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_mirrors_test_5e1a' });
  });
  afterAll(async () => server?.stop());

  /** Queues a tag on a commit of its own under `refs/shipgate/queue/<id>`; returns the tag's id. */
  const queue = (name: string, id: string) =>
    writeTaggedCommit(exec, server.repoPath(name), `${QUEUE}${id}`, `request ${id}\n`);
  /** The refs under the mirrors' names: on the server as the clone should hold them, or in the clone. */
  const serverRefs = async (name: string) =>
    new Map(
      (await server.git(name, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/main', QUEUE]))
        .split('\n')
        .map((line) => line.split(' ') as [string, string])
        .map(([ref, id]) => [
          ref === 'refs/heads/main' ? remoteTrackingRef('main') : `${LOCAL_QUEUE}${ref.slice(QUEUE.length)}`,
          id,
        ]),
    );
  const cloneRefs = async (git: Git) =>
    new Map(
      (
        await offline(git, [
          'for-each-ref',
          '--format=%(refname) %(objectname)',
          remoteTrackingRef('main'),
          LOCAL_QUEUE,
        ])
      ).stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ') as [string, string]),
    );

  /** A fresh scratch clone of `name`, its git calls and requests recorded; `send` replaces the process's own. */
  const inClone = async (
    name: string,
    use: (git: Git, calls: string[][], requests: () => number, packs: number[]) => Promise<void>,
    send?: HttpSend,
  ) => {
    const calls: string[][] = [];
    const packs: number[] = [];
    const recorded: typeof exec = (command, args, options) => {
      // The test's own offline reads (`-c protocol.allow=never`) are not the subject's.
      if (args[0] !== '-c') calls.push(args.slice(0, 1) as string[]);
      if (args[0] === 'index-pack' && Buffer.isBuffer(options?.input)) packs.push(options.input.readUInt32BE(8));
      return exec(command, args, options);
    };
    const clone = await openScratchClone(
      { repository: server.repoUrl(name), token: server.token, exec: recorded },
      { purpose: 'mirrors' },
    );
    const before = server.requests.length;
    try {
      const git =
        send && clone.git.remote ? Object.assign(clone.git, { remote: { ...clone.git.remote, send } }) : clone.git;
      await use(git, calls, () => server.requests.length - before, packs);
    } finally {
      await removeScratchClone(clone.dir);
    }
  };
  const flat = (calls: string[][]) => calls.map((call) => call[0]);

  test('from the process: what the clone lacks in one pack, one transaction, and nothing at all when nothing changed', async () => {
    const name = 'mirrored';
    await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    await queue(name, 'a');
    await queue(name, 'b');
    await inClone(name, async (git, calls, requests, packs) => {
      expect((await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: new Map() })).changed).toBe(true);
      expect(await cloneRefs(git)).toEqual(await serverRefs(name));
      expect(flat(calls)).toEqual(['index-pack', 'update-ref']);
      expect(requests()).toBe(2);
      // Blobs under the limit came too: the request's file is there offline.
      expect((await offline(git, ['cat-file', '-p', `${LOCAL_QUEUE}a^{commit}:app.yaml`])).stdout).toBe('request a\n');

      calls.length = 0;
      const held = await cloneRefs(git);
      expect(await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: held })).toEqual({
        changed: false,
        refs: held,
      });
      expect(calls).toEqual([]);
      expect(requests()).toBe(3);

      // The branch moves, one request is settled, another is queued: only the new objects come.
      await advanceBranch(exec, server.repoPath(name), 'main', 'landed\n');
      await deleteRef(exec, server.repoPath(name), `${QUEUE}a`);
      await queue(name, 'c');
      expect((await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: held })).changed).toBe(true);
      expect(await cloneRefs(git)).toEqual(await serverRefs(name));
      expect(await cloneRefs(git)).not.toContain(`${LOCAL_QUEUE}a`);
      // The new main commit, tree and blob; the new tag, commit, tree and blob.
      expect(packs).toEqual([packs[0], 7]);
      expect(requests()).toBe(5);
    });
  });

  test.each(UNUSABLE_ANSWERS)('by git fetch --prune, to the same refs, after %s', async (_, send) => {
    const name = `mirror-${_.replaceAll(' ', '-')}`;
    await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    await queue(name, 'a');
    await inClone(
      name,
      async (git, calls) => {
        await git(['update-ref', `${LOCAL_QUEUE}gone`, (await serverRefs(name)).get(remoteTrackingRef('main')) ?? '']);
        expect(await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: await cloneRefs(git) })).toEqual({
          changed: true,
        });
        expect(flat(calls)).toContain('fetch');
        expect(await cloneRefs(git)).toEqual(await serverRefs(name));
      },
      send as HttpSend,
    );
  });

  test('a clone whose refs moved since the caller listed them: git refuses the transaction and git fetch mends it', async () => {
    const name = 'mirror-stale';
    await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      expect((await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: new Map() })).changed).toBe(true);
      await queue(name, 'b');
      // The caller's listing says `a` is not there yet, so the transaction's lease on it fails.
      calls.length = 0;
      expect((await fetchMirrors(git, MIRRORS, { filter: 'blob:limit=1m', local: new Map() })).changed).toBe(true);
      expect(flat(calls)).toEqual(['index-pack', 'update-ref', 'fetch']);
      expect(await cloneRefs(git)).toEqual(await serverRefs(name));
    });
  });

  test('a branch the server does not list is left to git, which says it is not there', async () => {
    const name = 'mirror-no-branch';
    await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    await queue(name, 'a');
    await inClone(name, async (git, calls) => {
      const mirrors = [{ remote: 'refs/heads/gone', local: remoteTrackingRef('gone') }, MIRRORS[1] as RefMirror];
      await expect(fetchMirrors(git, mirrors, { filter: 'blob:limit=1m', local: new Map() })).rejects.toThrow(
        /couldn't find remote ref refs\/heads\/gone/,
      );
      expect(flat(calls)).toEqual(['fetch']);
      expect(await cloneRefs(git)).toEqual(new Map());
    });
  });
});
