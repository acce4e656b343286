import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGit, type Git, type GitObject, gitObjectId } from '@shipgate/git';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDeployTreeListing, pathTreeObjects, type TreeFile, writeDeployTree } from '../src/deploy-tree';
import { identAt, writeCommit } from '../src/objects';
import { recordingRuntime } from './support';

const PATH = 'apps/web/dev';

/**
 * The tree writeDeployTree builds is the tree `git add` builds: each case is staged both ways, the
 * index way in a repository with a working tree, and compared by id.
 */
describe('writeDeployTree: the tree git add would build, from one fast-import', () => {
  let dir: string;
  let bare: Git;
  let staged: Git;
  let parent: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gitops-deploy-tree-'));
    const env = { GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@e', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@e' };
    const exec = recordingRuntime().exec;
    bare = createGit({ exec, cwd: join(dir, 'bare'), env });
    staged = createGit({ exec, cwd: join(dir, 'work'), env });
    await Promise.all([mkdir(join(dir, 'bare')), mkdir(join(dir, 'work'))]);
    await bare(['init', '--quiet', '--bare', '--template=']);
    await staged(['init', '--quiet', '--template=']);
    await staged(['config', 'core.filemode', 'true']);
    const blob = async (content: string) =>
      (await bare(['hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
    const [old, kept, other] = await Promise.all([blob('old\n'), blob('kept\n'), blob('other\n')]);
    const dev = (await bare(['mktree'], { input: `100644 blob ${old}\tapp.yaml\n100644 blob ${kept}\tkept.yaml\n` }))
      .stdout;
    const web = (await bare(['mktree'], { input: `040000 tree ${dev.trim()}\tdev\n` })).stdout.trim();
    const api = (await bare(['mktree'], { input: `100644 blob ${other}\tapp.yaml\n` })).stdout.trim();
    const apps = (
      await bare(['mktree'], { input: `040000 tree ${web}\tweb\n040000 tree ${api}\tapi\n` })
    ).stdout.trim();
    const root = (await bare(['mktree'], { input: `040000 tree ${apps}\tapps\n` })).stdout.trim();
    parent = await writeCommit(bare, { tree: root, parent: undefined, message: 'base\n' });
    await staged(['fetch', '--quiet', join(dir, 'bare'), parent]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The tree of `parent` with `files` staged through an index, as the writer used to build it. */
  async function stagedTree(files: readonly TreeFile[], replace: boolean, from: string | undefined): Promise<string> {
    await staged(from ? ['read-tree', '--reset', '-u', from] : ['read-tree', '--empty']);
    await rm(join(dir, 'work', 'apps'), { recursive: true, force: true });
    if (from) await staged(['checkout', '--', '.']);
    if (replace) await rm(join(dir, 'work', PATH), { recursive: true, force: true });
    for (const file of files) {
      const target = join(dir, 'work', PATH, file.relativePath);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      await chmod(target, file.executable ? 0o755 : 0o644);
    }
    await staged(['add', replace ? '--all' : '--ignore-removal', '--', PATH]);
    return (await staged(['write-tree'])).stdout.trim();
  }

  const file = (relativePath: string, content: string, executable = false): TreeFile => ({
    relativePath,
    content: Buffer.from(content),
    executable,
  });

  test.each([
    ['replacing the path', true, [file('app.yaml', 'new\n'), file('nested/svc.yaml', 'svc\n')]],
    ['adding beside what is there', false, [file('app.yaml', 'new\n'), file('extra.yaml', 'extra\n')]],
    ['an executable file', true, [file('hook.sh', '#!/bin/sh\n', true)]],
    [
      'a file whose bytes are not UTF-8',
      true,
      [{ relativePath: 'bin.dat', content: Buffer.from([0, 255, 10, 13]), executable: false }],
    ],
    [
      'names git quotes: a leading quote, a line break, a backslash, a space',
      true,
      [
        file('"quoted".yaml', 'q\n'),
        file('line\nbreak.yaml', 'l\n'),
        file('back\\slash.yaml', 'b\n'),
        file('with space.yaml', 's\n'),
      ],
    ],
    [
      'names that sort around a directory, and files alike in two places',
      true,
      [
        file('a.yaml', 'same\n'),
        file('a/x.yaml', 'same\n'),
        file('a-b', 'ab\n'),
        file('a0', 'same\n'),
        file('b/a/x.yaml', 'same\n'),
      ],
    ],
  ] as const)('%s', async (_name, replace, files) => {
    const built = await writeDeployTree(bare, { parent, path: PATH, files, replace });
    expect(built.tree).toBe(await stagedTree(files, replace, parent));
    const listed = (await bare(['ls-tree', '-d', built.tree, PATH])).stdout.split('\t')[0]?.split(' ');
    expect(built.pathTree).toBe(`${listed?.[0]} ${listed?.[2]}`);
    if (!replace) return;
    // Made in this process, the path's objects are git's: the same tree last, each object once.
    const objects = pathTreeObjects(files);
    expect(`040000 ${gitObjectId(objects.at(-1) as GitObject)}`).toBe(built.pathTree);
    const ids = objects.map(gitObjectId);
    expect(new Set(ids).size).toBe(ids.length);
    const held = await bare(['cat-file', '--batch-check'], { input: `${ids.join('\n')}\n` });
    expect(held.stdout).not.toMatch(/missing/);
  });

  test.each([
    ['UTC', 'UTC', '+0000'],
    ['a zone east of UTC, on the half hour', 'Asia/Kolkata', '+0530'],
    ['a zone west of UTC', 'America/New_York', '-0500'],
  ])('with the commit asked for: the commit git commit-tree writes, dated now in %s', async (_name, zone, offset) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    let ident: string | undefined;
    try {
      ident = identAt('Wr Iter <w@example.com>', Date.parse('2026-12-07T10:00:00Z'));
    } finally {
      process.env.TZ = saved;
    }
    expect(ident).toBe(`Wr Iter <w@example.com> 1796637600 ${offset}`);
    const files = [file('app.yaml', 'committed\n')];
    const message = 'Deploy web to dev\n\nShipgate-App: web\n';
    const built = await writeDeployTree(bare, {
      parent,
      path: PATH,
      files,
      replace: true,
      commit: { message, ident: ident as string },
    });
    expect(built.commit).toBe(
      await writeCommit(bare, { tree: built.tree, parent, message, author: ident, committer: ident }),
    );
    expect((await bare(['rev-parse', `${built.commit}^{tree}`])).stdout.trim()).toBe(built.tree);
  });

  test.each([
    ['a name with a space at its end', 'Name  <n@example.com>'],
    ['a name ending in a dot', 'Jr. Name Sr. <n@example.com>'],
    ['a name with angle brackets', 'Na<m>e <n@example.com>'],
    ['an address with a quote at its start', "Name <'n@example.com>"],
    ['an empty name', ' <n@example.com>'],
    ['an empty address', 'Name <>'],
  ])('an identity git would write otherwise is left to commit-tree: %s', (_name, identity) => {
    expect(identAt(identity, 0)).toBeUndefined();
  });

  test('on no parent: a tree holding the path alone', async () => {
    const files = [file('app.yaml', 'first\n')];
    const built = await writeDeployTree(bare, { parent: undefined, path: PATH, files, replace: true });
    expect(built.tree).toBe(await stagedTree(files, true, undefined));
  });

  test('replacing the path with nothing removes it: no path tree', async () => {
    const built = await writeDeployTree(bare, { parent, path: PATH, files: [], replace: true });
    expect(built.pathTree).toBeUndefined();
    expect(pathTreeObjects([])).toEqual([]);
    expect((await bare(['ls-tree', '-r', '--name-only', built.tree])).stdout.trim()).toBe('apps/api/app.yaml');
  });

  test("fast-import's listing is parsed; one without the root tree is an error", () => {
    const root = `040000 tree ${'a'.repeat(40)}\t\n`;
    expect(parseDeployTreeListing(`${root}040000 tree ${'b'.repeat(40)}\tapps/web/dev\n`)).toEqual({
      tree: 'a'.repeat(40),
      pathTree: `040000 ${'b'.repeat(40)}`,
    });
    expect(parseDeployTreeListing(`${root}missing apps/web/dev\n`)).toEqual({
      tree: 'a'.repeat(40),
      pathTree: undefined,
    });
    expect(() => parseDeployTreeListing('')).toThrow(/did not list the tree/);
  });
});
