import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import {
  type Git,
  type HttpSend,
  listRemoteRefs,
  openScratchClone,
  parseSymref,
  remoteBranchExists,
  remoteDefaultBranch,
  removeScratchClone,
} from '../src';

describe('parseSymref', () => {
  test.each([
    ['ref: refs/heads/main\tHEAD\n4f1c0000000000000000000000000000000000aa\tHEAD\n', 'main'],
    ['ref: refs/heads/env/prod\tHEAD\n', 'env/prod'],
    ['', undefined],
  ])('%j → %s', (output, branch) => {
    expect(parseSymref(output)).toBe(branch);
  });
});

describe('remote refs over real git http-backend: from the process, or by git ls-remote', () => {
  let server: GitServer;
  let url: string;
  let tip: string;
  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_refs_test_91c4' });
    url = await server.createRepo('refs', { branch: 'env/prod', files: { 'README.md': '# gitops\n' } });
    await server.git('refs', ['branch', 'env/prod-2']);
    tip = (await server.git('refs', ['rev-parse', 'env/prod'])).trim();
  });
  afterAll(async () => server?.stop());

  const refused = (async () => ({ status: 401, body: Buffer.alloc(0) })) as HttpSend;
  /** A scratch clone's git (its requests sent by `send` when given), and the git processes it ran. */
  const inClone = async (use: (git: Git) => Promise<void>, send?: HttpSend, repository = url) => {
    const calls: string[] = [];
    const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
    const recorded: typeof exec = (command, args, options) => {
      calls.push(args[0] ?? '');
      return exec(command, args, options);
    };
    const clone = await openScratchClone({ repository, token: server.token, exec: recorded }, { purpose: 'refs' });
    const git =
      send && clone.git.remote ? Object.assign(clone.git, { remote: { ...clone.git.remote, send } }) : clone.git;
    try {
      await use(git);
      return calls;
    } finally {
      await removeScratchClone(clone.dir);
    }
  };

  test.each([
    ['from the process', undefined, []],
    ['by git when the process is refused', refused, ['ls-remote', 'ls-remote', 'ls-remote', 'ls-remote']],
  ] as const)('%s: the default branch, and exact names only', async (_how, send, processes) => {
    const calls = await inClone(async (git) => {
      expect(await remoteDefaultBranch(git)).toBe('env/prod');
      expect(await remoteBranchExists(git, 'env/prod')).toBe(true);
      expect(await remoteBranchExists(git, 'env')).toBe(false);
      // A prefix (ls-refs) or a tail (ls-remote) of a listed name is not that name.
      expect(await listRemoteRefs(git, ['refs/heads/env/prod', 'refs/heads/prod', 'refs/heads/env/prod-3'])).toEqual(
        new Map([['refs/heads/env/prod', tip]]),
      );
    }, send);
    expect(calls).toEqual(processes);
  });

  test('an empty repository has no default branch either way', async () => {
    const empty = await server.createRepo('empty');
    for (const send of [undefined, refused]) {
      await inClone(async (git) => expect(await remoteDefaultBranch(git)).toBeUndefined(), send, empty);
    }
  });
});
