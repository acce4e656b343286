import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import type { GitServer } from '../../../test/support/git-server';
import { deployToGitOps } from '../src/deploy';
import { LANDING_QUEUE_PREFIX } from '../src/landing/request';
import { LANDING_REQUEST_TTL_MS } from '../src/landing/tuning';
import {
  aroundPushes,
  deployOptions,
  gitServerForSuite,
  IMAGE_A,
  lockBranch,
  losingFirstPush,
  recordingRuntime,
} from './support';

/**
 * A queued deploy whose request waits half its life is taken back by its writer, which goes on
 * alone. Under load it may lose alone again: then it queues again, with the same nonce, so the
 * deploy is not left to lose race after race alone (the 100-writer run failed 11 deploys so), and
 * a copy of the request it took back is spent once either lands.
 */

const KEY = 'gst_pipelines_shared_token_3b8d';

/** A request as it was posted: its ref, its tag object, and the nonce its tag names. */
interface Posted {
  ref: string;
  tag: string;
  nonce: string;
}

describe('a request taken back after waiting too long, over real git http-backend', () => {
  const suite = gitServerForSuite(KEY);
  const { source, shipgateRefs: queueRefs } = suite;
  let server: GitServer;
  beforeAll(() => {
    server = suite.server;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const readPosted = async (name: string, ref: string): Promise<Posted | undefined> => {
    const tag = await server.git(name, ['for-each-ref', '--format=%(objectname)', ref]);
    if (!tag) return undefined;
    const nonce = (await server.git(name, ['cat-file', 'tag', tag])).match(/^nonce: (\S+)$/m)?.[1] ?? '';
    return { ref, tag, nonce };
  };

  /**
   * A deploy of `web` whose first two branch pushes lose (a held lock, as a lost race) and whose
   * clock jumps past half a request's life once it first queues: its first round takes the
   * request back.
   */
  const deployThatWaitsTooLong = async (name: string, content: string) => {
    const realNow = Date.now.bind(Date);
    let offset = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
    const posted: Posted[] = [];
    let branchPushes = 0;
    const recording = recordingRuntime();
    const pushes = aroundPushes(recording, async (refs, send) => {
      const toBranch = refs.includes('refs/heads/main');
      const release = toBranch && ++branchPushes <= 2 ? await lockBranch(server.repoPath(name)) : undefined;
      try {
        const result = await send();
        const requests = toBranch ? [] : refs.filter((ref) => ref.startsWith(LANDING_QUEUE_PREFIX));
        for (const ref of requests) {
          const request = await readPosted(name, ref);
          if (request) posted.push(request);
        }
        if (posted.length === 1) offset = LANDING_REQUEST_TTL_MS / 2 + 1_000;
        return result;
      } finally {
        await release?.();
      }
    });
    const result = await deployToGitOps(
      ...deployCall({
        ...deployOptions(recording, {
          repository: server.repoUrl(name),
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': content }),
          landingQueue: { lookDelayMs: 20, leaderGraceMs: 300 },
        }),
        ...pushes,
      }),
    );
    vi.restoreAllMocks();
    return { result, posted, recording };
  };

  test('its writer, losing alone, queues it again with the same nonce, and the deploy lands once', async () => {
    const name = 'renewed';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const { result, posted, recording } = await deployThatWaitsTooLong(name, 'web\n');

    expect(result.changed).toBe(true);
    expect(posted).toHaveLength(2);
    const [first, second] = posted as [Posted, Posted];
    expect(second.ref).not.toBe(first.ref);
    expect(first.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(second.nonce).toBe(first.nonce);
    expect(await server.git(name, ['log', '-1', '--format=%H', 'main'])).toBe(result.commitSha);
    expect(await server.git(name, ['log', '-1', '--format=%B', 'main'])).toContain(`Shipgate-Request: ${first.nonce}`);
    expect(await server.git(name, ['rev-list', '--count', 'main'])).toBe('2');
    expect(await queueRefs(name)).toEqual([]);
    const said = recording.runtime.logs.map((entry) => entry.message);
    expect(said.some((line) => /queued this deploy again as refs\/shipgate\/queue\//.test(line))).toBe(true);
  });

  test('a copy of the request it took back, pushed again after a newer deploy, is deleted unlanded', async () => {
    const name = 'renewed-replay';
    await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const { posted } = await deployThatWaitsTooLong(name, 'old\n');
    const [taken] = posted as [Posted];
    // A newer deploy of web follows.
    await deployToGitOps(
      ...deployCall(
        deployOptions(recordingRuntime(), {
          repository: server.repoUrl(name),
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'new\n' }),
        }),
      ),
    );
    // The attacker, who saw the first request while it waited, pushes it back; it is signed and
    // in force, and its nonce never reached the branch under its own request.
    await server.git(name, ['update-ref', taken.ref, taken.tag]);
    // Another app's writer loses its push and lands the queue.
    const recording = recordingRuntime();
    await deployToGitOps(
      ...deployCall({
        ...deployOptions(recording, {
          repository: server.repoUrl(name),
          token: server.token,
          app: 'api',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir: await source({ 'app.yaml': 'api\n' }),
          landingQueue: { lookDelayMs: 20, leaderGraceMs: 300 },
        }),
        ...losingFirstPush(server.repoPath(name), recording),
      }),
    );

    expect(await server.git(name, ['show', 'main:apps/web/dev/app.yaml'])).toBe('new');
    expect(await server.git(name, ['show', 'main:apps/api/dev/app.yaml'])).toBe('api');
    const webDeploys = await server.git(name, ['log', '--format=%s', 'main', '--', 'apps/web/dev']);
    expect(webDeploys.split('\n')).toHaveLength(2);
    expect(await queueRefs(name)).toEqual([]);
  });
});
