import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { fetchBranch, type Git, openScratchClone, remoteTrackingRef, removeScratchClone } from '@shipgate/git';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { readTipView } from '../src/tip-view';

const POLICY = 'environments:\n  production:\n    approvals: 2\n';

describe('readTipView after a commits-only fetch, over real git http-backend', () => {
  let server: GitServer;
  let url: string;
  beforeAll(async () => {
    server = await startGitServer({ token: 'gst_tip_view_test_2a9c' });
    url = await server.createRepo('tip', {
      files: { 'README.md': 'x\n', '.shipgate/policy.yaml': POLICY, 'apps/web/dev/app.yaml': 'a\n' },
    });
  });
  afterAll(async () => server?.stop());

  test('brings the trees and the rule files from the process: no lazy fetch by git is needed', async () => {
    const calls: string[][] = [];
    const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
    const recorded: typeof exec = (command, args, options) => {
      calls.push(args.filter((arg) => arg !== '-c' && arg !== 'protocol.allow=never'));
      return exec(command, args, options);
    };
    const clone = await openScratchClone({ repository: url, token: server.token, exec: recorded }, { purpose: 'tip' });
    try {
      await fetchBranch(clone.git, 'main', { filter: 'tree:0' });
      // From here git may not reach any remote: a lazy fetch would fail the read.
      const offline: Git = Object.assign(
        (args: readonly string[], options?: Parameters<Git>[1]) =>
          clone.git(['-c', 'protocol.allow=never', ...args], options),
        { remote: clone.git.remote },
      );
      const view = await readTipView(offline, remoteTrackingRef('main'), 'apps/web/dev', {
        tipTrees: false,
        blobsMissing: true,
      });
      expect(view?.pathTree).toMatch(/^040000 [0-9a-f]{40}$/);
      expect(view?.ruleFiles.get('.shipgate/policy.yaml')?.text).toBe(POLICY);
      expect(calls.filter((args) => args[0] === 'index-pack')).toHaveLength(2);
    } finally {
      await removeScratchClone(clone.dir);
    }
  });
});
