/**
 * The landing queue under someone who can push to refs/shipgate/queue/*: a writer's own request,
 * rewritten on the server between the writer queueing it and landing it, must not be landed as
 * the writer's deploy. Over the real git server.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCall } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';
import { deployToGitOps } from '../src/deploy';
import { aroundPushes, deployOptions, IMAGE_A, losingFirstPush, makeSourceDir, recordingRuntime } from './support';

const run = promisify(execFile);

/**
 * In the bare repository, points `ref` at a copy of its request tag whose deploy commit (same
 * message, same request text) holds `evil` in `file` of the path: what an attacker who can push
 * to the queue refs would write.
 */
async function rewriteRequest(bare: string, ref: string, file: string, evil: string): Promise<string> {
  // stdin is a pipe only for the commands that read it: `git rev-parse` exits without reading,
  // and a write to its closed pipe raised EPIPE in CI.
  const git = async (args: string[], input?: string) => {
    const child = spawn('git', args, {
      cwd: bare,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'inherit'],
    });
    const output = new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(stdout.trim()) : reject(new Error(`git ${args[0]}: ${code}`))));
    });
    if (input !== undefined) child.stdin?.end(input);
    return output;
  };
  const tag = await git(['rev-parse', ref]);
  const tagText = await git(['cat-file', 'tag', tag]);
  const commit = /^object ([0-9a-f]+)$/m.exec(tagText)?.[1] as string;
  const message = (await git(['cat-file', 'commit', commit])).split('\n\n').slice(1).join('\n\n');
  const path = (await git(['ls-tree', '-r', '--name-only', commit])).split('\n').find((name) => name.endsWith(file));
  const directory = (path as string).slice(0, -file.length - 1);
  const blob = await git(['hash-object', '-w', '--stdin'], evil);
  const entries = (await git(['ls-tree', `${commit}:${directory}`]))
    .split('\n')
    .map((line) => (line.endsWith(`\t${file}`) ? `100644 blob ${blob}\t${file}` : line));
  let tree = await git(['mktree'], `${entries.join('\n')}\n`);
  const parts = directory.split('/');
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    tree = await git(['mktree'], `040000 tree ${tree}\t${parts[index]}\n`);
  }
  const forged = await git(['commit-tree', tree, '-F', '-'], message);
  const forgedTag = await git(['mktag'], `${tagText.replace(`object ${commit}`, `object ${forged}`)}\n`);
  await git(['update-ref', ref, forgedTag, tag]);
  return forgedTag;
}

describe('a landing request rewritten on the server', () => {
  let server: GitServer;
  const cleanup: string[] = [];

  beforeAll(async () => {
    server = await startGitServer();
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test("is not landed as the writer's deploy: the writer fails, naming the request, and nothing of it lands", async () => {
    const name = 'tampered';
    const url = await server.createRepo(name, { files: { 'README.md': 'x\n' } });
    const before = await server.git(name, ['rev-parse', 'main']);
    const sourceDir = await makeSourceDir({ 'app.yaml': 'web\n' });
    cleanup.push(sourceDir);
    const recording = recordingRuntime();
    let forged: string | undefined;
    // Right after the writer queued its request, someone rewrites it on the server.
    const pushes = aroundPushes(losingFirstPush(server.repoPath(name), recording), async (refs, send) => {
      const result = await send();
      const queued = refs.find((ref) => ref.startsWith('refs/shipgate/queue/'));
      if (queued && !forged) forged = await rewriteRequest(server.repoPath(name), queued, 'app.yaml', 'evil\n');
      return result;
    });
    const promise = deployToGitOps(
      ...deployCall({
        ...deployOptions(recording, {
          repository: url,
          token: server.token,
          app: 'web',
          environment: 'dev',
          imageRefs: [IMAGE_A],
          sourceDir,
        }),
        ...pushes,
      }),
    );
    await expect(promise).rejects.toThrow(
      /^The landing request refs\/shipgate\/queue\/[0-9a-f]{20} holds another deploy than this writer queued \(tag [0-9a-f]{12}, not [0-9a-f]{12}\): someone who can push to the GitOps repository rewrote it, and nothing of it was landed\.$/,
    );
    expect(forged).toBeDefined();
    expect(await server.git(name, ['rev-parse', 'main'])).toBe(before);
    const work = await mkdtemp(join(tmpdir(), 'tampered-'));
    cleanup.push(work);
    await run('git', ['clone', '--quiet', server.repoPath(name), work]);
    await expect(run('git', ['-C', work, 'grep', '-q', 'evil', 'main'])).rejects.toThrow();
  });
});
