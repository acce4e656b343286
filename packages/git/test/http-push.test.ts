import { ConfigurationError, createExec, type Exec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_GIT_IDENTITY } from '../../../test/support/git-identity';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import {
  fetchBranch,
  type Git,
  type GitObject,
  gitObjectId,
  isTransientGitFailure,
  openScratchClone,
  packOf,
  parsePushPorcelain,
  push,
  type RefUpdate,
  remoteTrackingRef,
  removeScratchClone,
  treeBody,
} from '../src';

/**
 * Every push below runs twice, on two repositories made alike: from this process (`pushOverHttp`)
 * and by `git push` (the same clone's git without its remote), and both must say the same of it.
 */
describe('a push from this process, against git http-backend, says what git push says', () => {
  let server: GitServer;
  const commands: string[] = [];
  const base = createExec({ log: silentLogger, masker: new SecretMasker() });
  const exec: Exec = (command, args, options) => {
    commands.push(`${command} ${args[0] ?? ''}`);
    return base(command, args, options);
  };
  let repos = 0;

  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_http_push_test_51fe' });
  });
  afterAll(async () => server?.stop());

  interface Scene {
    git: Git;
    name: string;
    tip: string;
    /** A new commit on the tip: its own file, so every run of a scene writes the same objects. */
    commit(on: string, file: string): Promise<string>;
  }

  /** A fresh repository (main, and a queue ref beside it) and a clone of it, fetched without trees. */
  async function scene<T>(use: (scene: Scene) => Promise<T>): Promise<T> {
    const name = `push-${++repos}`;
    const url = await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    const clone = await openScratchClone({ repository: url, token: server.token, exec }, { purpose: 'push-test' });
    try {
      const { git } = clone;
      await fetchBranch(git, 'main', { filter: 'tree:0' });
      const tip = (await git(['rev-parse', remoteTrackingRef('main')])).stdout.trim();
      const commit = async (on: string, file: string) => {
        const blob = (await git(['hash-object', '-w', '--stdin'], { input: `${file}\n` })).stdout.trim();
        const tree = (await git(['mktree'], { input: `100644 blob ${blob}\t${file}.txt\n` })).stdout.trim();
        const args = ['commit-tree', tree, ...(on ? ['-p', on] : []), '-m', file];
        return (await git(args, { env: TEST_GIT_IDENTITY })).stdout.trim();
      };
      return await use({ git, name, tip, commit });
    } finally {
      await removeScratchClone(clone.dir);
    }
  }

  /** The same git without its remote: `push` falls to `git push`. */
  const byGit =
    (git: Git): Git =>
    (args, options) =>
      git(args, options);

  /** What a push reports, per ref, without the ids that differ between the two repositories. */
  const outcome = (result: { exitCode: number; stdout: string; stderr: string }) => ({
    exitCode: result.exitCode,
    refs: parsePushPorcelain(result.stdout).map((ref) => ({
      flag: ref.flag,
      to: ref.to,
      summary: ref.summary.replace(/^[0-9a-f]{7}\.\.[0-9a-f]{7}$/, '<old>..<new>'),
      ...(ref.reason ? { reason: ref.reason } : {}),
    })),
    remote: result.stderr
      .split('\n')
      .filter((line) => line.startsWith('remote:') && line.trim() !== 'remote:')
      .map((line) => line.replace(/\/tmp\/[^']*/, '<path>').trimEnd()),
  });

  /**
   * Runs `act` in two alike scenes, in-process and by git; returns both outcomes, and the requests
   * and commands of the in-process scene from its `mark()` on (the push under test, not its set-up).
   */
  async function both(
    act: (scene: Scene, git: Git, mark: () => void) => Promise<{ exitCode: number; stdout: string; stderr: string }>,
  ) {
    let marked = { requests: server.requests.length, commands: commands.length };
    const inProcess = await scene((s) =>
      act(s, s.git, () => {
        marked = { requests: server.requests.length, commands: commands.length };
      }),
    );
    const ownRequests = server.requests
      .slice(marked.requests)
      .filter((request) => request.service === 'git-receive-pack');
    const ownCommands = commands.slice(marked.commands);
    const viaGit = await scene((s) => act(s, byGit(s.git), () => {}));
    return { inProcess: outcome(inProcess), viaGit: outcome(viaGit), ownRequests, ownCommands };
  }

  test('a fast-forward lands by one pack-objects and two requests, no git push', async () => {
    let landed = '';
    const run = await both(async (s, git, mark) => {
      const next = await s.commit(s.tip, 'next');
      mark();
      const result = await push(git, [{ ref: 'refs/heads/main', from: next, base: s.tip }]);
      landed = (await server.git(s.name, ['rev-parse', 'main'])).trim();
      expect(landed).toBe(next);
      return result;
    });
    expect(run.inProcess).toEqual(run.viaGit);
    expect(run.inProcess.refs).toEqual([{ flag: ' ', to: 'refs/heads/main', summary: '<old>..<new>' }]);
    expect(run.ownCommands.filter((command) => /push|pack-objects/.test(command))).toEqual(['git pack-objects']);
    expect(run.ownRequests.map((request) => `${request.method} ${request.status} ${request.auth}`)).toEqual([
      'GET 200 basic',
      'POST 200 basic',
    ]);
  });

  // By git, the push succeeds only because the pack was stored first: the clone never held the objects.
  test('a pack the caller made is sent as it is, with no pack-objects; git must store it in the clone first', async () => {
    const tags: string[] = [];
    const run = await both(async (s, git, mark) => {
      const blob: GitObject = { type: 'blob', body: Buffer.from('kind: ConfigMap\n') };
      const tree: GitObject = {
        type: 'tree',
        body: treeBody([{ mode: '100644', name: 'cm.yaml', id: gitObjectId(blob) }]),
      };
      const ident = 'Test <test@example.com> 1700000000 +0000';
      const commit: GitObject = {
        type: 'commit',
        body: Buffer.from(`tree ${gitObjectId(tree)}\nauthor ${ident}\ncommitter ${ident}\n\nrequest\n`),
      };
      const tag: GitObject = {
        type: 'tag',
        body: Buffer.from(`object ${gitObjectId(commit)}\ntype commit\ntag q\ntagger ${ident}\n\nq\n`),
      };
      tags.push(gitObjectId(tag));
      mark();
      const ref = 'refs/shipgate/queue/made-here';
      const result = await push(git, [{ ref, from: gitObjectId(tag), base: '' }], {
        pack: packOf([blob, tree, commit, tag]),
      });
      expect((await server.git(s.name, ['rev-parse', ref])).trim()).toBe(gitObjectId(tag));
      expect(await server.git(s.name, ['fsck', '--strict', '--no-dangling'])).toBe('');
      return result;
    });
    expect(run.inProcess).toEqual(run.viaGit);
    expect(run.inProcess.refs).toEqual([
      { flag: '*', to: 'refs/shipgate/queue/made-here', summary: '[new reference]' },
    ]);
    expect(tags[0]).toBe(tags[1]);
    expect(run.ownCommands.filter((command) => /push|pack-objects|index-pack/.test(command))).toEqual([]);
    expect(run.ownRequests.map((request) => `${request.method} ${request.status}`)).toEqual(['GET 200', 'POST 200']);
  });

  test('a push built on a tip the server no longer has is refused before anything is sent', async () => {
    const run = await both(async (s, git, mark) => {
      const other = await s.commit(s.tip, 'other');
      await push(byGit(git), [{ ref: 'refs/heads/main', from: other, force: true }]);
      // The writer built on the old tip and never saw `other` (a separate clone would not have it).
      await git(['update-ref', '-d', remoteTrackingRef('main')]);
      const ours = await s.commit(s.tip, 'ours');
      mark();
      return push(git, [{ ref: 'refs/heads/main', from: ours, base: s.tip }]);
    });
    expect(run.inProcess.refs).toEqual([
      {
        flag: '!',
        to: 'refs/heads/main',
        summary: '[rejected]',
        reason: expect.stringMatching(/fetch first|non-fast-forward/),
      },
    ]);
    expect(run.inProcess.exitCode).toBe(run.viaGit.exitCode);
    expect(run.viaGit.refs[0]?.summary).toBe('[rejected]');
    expect(run.ownRequests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  test('a value the server already holds is up to date', async () => {
    const run = await both(async (s, git) => {
      const next = await s.commit(s.tip, 'next');
      await push(git, [{ ref: 'refs/heads/main', from: next, base: s.tip }]);
      return push(git, [{ ref: 'refs/heads/main', from: next, base: s.tip }]);
    });
    expect(run.inProcess).toEqual(run.viaGit);
    expect(run.inProcess.refs).toEqual([{ flag: '=', to: 'refs/heads/main', summary: '[up to date]' }]);
  });

  test('an atomic landing: the branch and a leased deletion go together, or neither on a stale lease', async () => {
    const landing = (s: Scene, next: string, lease: string): RefUpdate[] => [
      { ref: 'refs/heads/main', from: next, base: s.tip },
      { ref: 'refs/shipgate/queue/a', lease },
    ];
    const setUp = async (s: Scene, git: Git) => {
      const queued = await s.commit('', 'request');
      await push(byGit(git), [{ ref: 'refs/shipgate/queue/a', from: queued }]);
      return { queued, next: await s.commit(s.tip, 'next') };
    };
    const stale = await both(async (s, git, mark) => {
      const { next } = await setUp(s, git);
      mark();
      return push(git, landing(s, next, s.tip), { atomic: true });
    });
    expect(stale.inProcess).toEqual(stale.viaGit);
    expect(stale.inProcess.refs.map((ref) => ref.reason)).toEqual(['atomic push failed', 'stale info']);
    expect(stale.ownRequests.filter((request) => request.method === 'POST')).toEqual([]);

    const fresh = await both(async (s, git) => {
      const { queued, next } = await setUp(s, git);
      const result = await push(git, landing(s, next, queued), { atomic: true });
      expect((await server.git(s.name, ['for-each-ref', 'refs/shipgate'])).trim()).toBe('');
      return result;
    });
    expect(fresh.inProcess).toEqual(fresh.viaGit);
    expect(fresh.inProcess.refs.map((ref) => `${ref.flag} ${ref.summary}`)).toEqual(['  <old>..<new>', '- [deleted]']);
  });

  test('a new branch is created when the push expects none', async () => {
    const run = await both(async (s, git) => {
      const next = await s.commit(s.tip, 'feature');
      return push(git, [{ ref: 'refs/heads/feature', from: next, base: '' }]);
    });
    expect(run.inProcess).toEqual(run.viaGit);
    expect(run.inProcess.refs).toEqual([{ flag: '*', to: 'refs/heads/feature', summary: '[new branch]' }]);
  });

  test("the server's refusals: a lost ref lock and a declining hook, with what the server said", async () => {
    const lockLost = await both(async (s, git) => {
      await server.setPreReceiveHook(s.name, { rejectFraction: 1 });
      return push(git, [{ ref: 'refs/heads/main', from: await s.commit(s.tip, 'next'), base: s.tip }]);
    });
    expect(lockLost.inProcess).toEqual(lockLost.viaGit);
    expect(lockLost.inProcess.refs[0]).toMatchObject({
      flag: '!',
      summary: '[remote rejected]',
      reason: 'failed to update ref',
    });
    expect(lockLost.inProcess.remote.join('\n')).toMatch(/cannot lock ref/);

    const declined = await both(async (s, git) => {
      await server.setPreReceiveHook(
        s.name,
        '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
      );
      return push(git, [{ ref: 'refs/heads/main', from: await s.commit(s.tip, 'next'), base: s.tip }]);
    });
    expect(declined.inProcess).toEqual(declined.viaGit);
    expect(declined.inProcess.refs[0]).toMatchObject({
      summary: '[remote rejected]',
      reason: 'pre-receive hook declined',
    });
    expect(declined.inProcess.remote).toEqual(['remote: GH006: Protected branch update failed for refs/heads/main.']);
  });

  test('a reply lost after the server took the push reads as a failure on the way, as git puts it', async () => {
    let stderr = '';
    const run = await both(async (s, git) => {
      server.injectFault(s.name, { service: 'git-receive-pack', dropReply: true });
      const next = await s.commit(s.tip, 'next');
      const result = await push(git, [{ ref: 'refs/heads/main', from: next, base: s.tip }]);
      // The server took it: the push must not read as refused, only as unanswered.
      expect((await server.git(s.name, ['rev-parse', 'main'])).trim()).toBe(next);
      if (git.remote) stderr = result.stderr;
      return result;
    });
    // git's helper sends the request again after a dropped reply (the second finds the ref moved);
    // from this process nothing is re-sent: the caller decides, as for any failure on the way.
    expect(run.inProcess.exitCode).toBe(128);
    expect(run.inProcess.refs).toEqual([]);
    expect(isTransientGitFailure(stderr)).toBe(true);
  });

  test('an advertisement that cannot be read hands the push to git, which reports it as ever', async () => {
    const run = await both(async (s, git) => {
      server.injectFault(s.name, { service: 'git-receive-pack', status: 503, times: 2 });
      const result = await push(git, [{ ref: 'refs/heads/main', from: await s.commit(s.tip, 'next'), base: s.tip }]);
      expect(isTransientGitFailure(result.stderr)).toBe(true);
      return result;
    });
    expect(run.ownCommands).toContain('git push');
  });

  test("a refused token is the input's mistake, named", async () => {
    const name = `push-${++repos}`;
    await server.createRepo(name, { files: { 'README.md': '# gitops\n' } });
    const clone = await openScratchClone(
      { repository: server.repoUrl(name), token: 'wrong', exec },
      { purpose: 'push-test' },
    );
    try {
      const blob = (await clone.git(['hash-object', '-w', '--stdin'], { input: 'x\n' })).stdout.trim();
      const tree = (await clone.git(['mktree'], { input: `100644 blob ${blob}\tx.txt\n` })).stdout.trim();
      const commit = (await clone.git(['commit-tree', tree, '-m', 'x'], { env: TEST_GIT_IDENTITY })).stdout.trim();
      const error = await push(clone.git, [{ ref: 'refs/heads/feature', from: commit, base: '' }]).catch(
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String((error as Error).message)).toMatch(/input "token"/);
    } finally {
      await removeScratchClone(clone.dir);
    }
  });
});
