import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGit, type Git, type GitObject, gitObjectId, packOf, storePack, treeBody } from '../src';

/** Objects made here, read back by git itself: the ids git gives them, its fsck, its pack index. */
describe('git objects and a pack made in this process', () => {
  let dir: string;
  let git: Git;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-pack-'));
    git = createGit({ exec: createExec({ log: silentLogger, masker: new SecretMasker() }), cwd: dir });
    await git(['init', '-q', '--bare']);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  /** Blobs of several sizes (one- to three-byte entry headers), trees whose names sort as git sorts them. */
  function sampleObjects(): { objects: GitObject[]; root: string; commit: string; tag: string } {
    const blob = (text: string | Buffer): GitObject => ({ type: 'blob', body: Buffer.from(text) });
    const small = blob('kind: ConfigMap\n');
    const medium = blob('x'.repeat(300));
    const large = blob(Buffer.alloc(70_000, 'y'));
    const ids = [small, medium, large].map(gitObjectId);
    const inner: GitObject = {
      type: 'tree',
      body: treeBody([
        { mode: '100644', name: 'grüße.yaml', id: ids[0]! },
        { mode: '100755', name: 'run.sh', id: ids[1]! },
      ]),
    };
    // `a` the tree sorts after `a.b` and `a-b` (as `a/`), and a file `a0` after it.
    const root: GitObject = {
      type: 'tree',
      body: treeBody([
        { mode: '100644', name: 'a0', id: ids[2]! },
        { mode: '40000', name: 'a', id: gitObjectId(inner) },
        { mode: '100644', name: 'a.b', id: ids[0]! },
        { mode: '100644', name: 'a-b', id: ids[1]! },
      ]),
    };
    const ident = 'Test <test@example.com> 1700000000 +0000';
    const commit: GitObject = {
      type: 'commit',
      body: Buffer.from(`tree ${gitObjectId(root)}\nauthor ${ident}\ncommitter ${ident}\n\nA deploy\n`),
    };
    const tag: GitObject = {
      type: 'tag',
      body: Buffer.from(`object ${gitObjectId(commit)}\ntype commit\ntag request\ntagger ${ident}\n\nQueued\n`),
    };
    return {
      objects: [small, medium, large, inner, root, commit, tag],
      root: gitObjectId(root),
      commit: gitObjectId(commit),
      tag: gitObjectId(tag),
    };
  }

  test('git stores the pack, finds every object under the id given here, and fsck finds nothing wrong', async () => {
    const sample = sampleObjects();
    await storePack(git, packOf(sample.objects));
    await git(['update-ref', 'refs/tags/request', sample.tag]);
    const listed = (await git(['ls-tree', '-r', '--format=%(objectmode) %(path)', sample.root])).stdout;
    expect(listed).toBe(
      '100644 a-b\n100644 a.b\n100644 "a/gr\\303\\274\\303\\237e.yaml"\n100755 a/run.sh\n100644 a0\n',
    );
    expect((await git(['rev-parse', 'request^{commit}', 'request^{tree}'])).stdout.split('\n').slice(0, 2)).toEqual([
      sample.commit,
      sample.root,
    ]);
    for (const object of sample.objects) {
      const written = await git(['hash-object', '-t', object.type, '--stdin', '--literally'], { input: object.body });
      expect(written.stdout.trim()).toBe(gitObjectId(object));
    }
    const fsck = await git(['fsck', '--strict', '--no-dangling'], { ignoreReturnCode: true });
    expect(fsck.exitCode, fsck.stderr).toBe(0);
    const verified = await git(['count-objects', '-v']);
    expect(verified.stdout).toMatch(/^in-pack: 7$/m);
  });

  test('a tree is refused an id that is not a SHA-1 object id, and a pack that git cannot read fails the store', async () => {
    expect(() => treeBody([{ mode: '100644', name: 'a', id: 'abc' }])).toThrow(/Not a SHA-1 object id: abc/);
    const pack = packOf(sampleObjects().objects);
    pack.writeUInt8((pack.at(-1) ?? 0) ^ 0xff, pack.length - 1);
    await expect(storePack(git, pack)).rejects.toThrow(/index-pack/);
  });
});
