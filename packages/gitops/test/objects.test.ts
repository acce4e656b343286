import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGit, type Git, readFilesAt, readTreeFiles, storePack } from '@shipgate/git';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pathTreeObjects } from '../src/deploy-tree';
import {
  type PathCommit,
  pathCommitId,
  taggedPathCommitPack,
  writeCommit,
  writePathCommits,
  writeTaggedPathCommit,
} from '../src/objects';
import { recordingRuntime } from './support';

describe('objects: commits and the files the rules read, in a real repository', () => {
  let dir: string;
  let git: Git;
  let base: string;
  let tree: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gitops-objects-'));
    git = createGit({
      exec: recordingRuntime().exec,
      url: dir,
      cwd: dir,
      env: { GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@e', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@e' },
    });
    await git(['init', '--quiet', '--bare', '--template=']);
    const blob = async (content: string) =>
      (await git(['hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
    const [app, nested, policy] = await Promise.all([
      blob('kind: Deployment\n'),
      blob('ünïcode: yes\n'),
      blob('version: 1\n'),
    ]);
    const sub = (await git(['mktree'], { input: `100644 blob ${nested}\tservice.yaml\n` })).stdout.trim();
    tree = (
      await git(['mktree'], { input: `100644 blob ${app}\tapp.yaml\n040000 tree ${sub}\tnested\n` })
    ).stdout.trim();
    const shipgate = (await git(['mktree'], { input: `100644 blob ${policy}\tpolicy.yaml\n` })).stdout.trim();
    const root = (await git(['mktree'], { input: `040000 tree ${shipgate}\t.shipgate\n` })).stdout.trim();
    base = await writeCommit(git, { tree: root, parent: undefined, message: 'policy\n' });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a chain replacing one path each lands on its base; the files below a path read back byte for byte', async () => {
    const [first, second] = await writePathCommits(
      git,
      'refs/shipgate/test',
      [
        {
          author: 'w <w@e> 1795323000 +0000',
          committer: 'w <w@e> 1795323000 +0000',
          message: 'one\n',
          path: 'apps/web/dev',
          object: `tree ${tree}`,
        },
        {
          author: 'w <w@e> 1795323000 +0000',
          committer: 'w <w@e> 1795323000 +0000',
          message: 'two\n',
          path: 'apps/api/dev',
          object: `tree ${tree}`,
        },
      ],
      { from: base },
    );
    expect((await git(['rev-parse', `${second}^`])).stdout.trim()).toBe(first);
    expect((await git(['rev-parse', `${first}^`])).stdout.trim()).toBe(base);
    const files = await readTreeFiles(git, `${second}:apps/web/dev`);
    expect([...files.keys()]).toEqual(['app.yaml', 'nested/service.yaml']);
    expect(files.get('nested/service.yaml')?.toString('utf8')).toBe('ünïcode: yes\n');
    expect(await readTreeFiles(git, `${second}:apps/missing`)).toEqual(new Map());
    expect(await readFilesAt(git, second as string, ['.shipgate/policy.yaml', '.shipgate/allowed-signers'])).toEqual(
      new Map([['.shipgate/policy.yaml', 'version: 1\n']]),
    );
  });

  const ident = 'Wr Iter <w@e> 1795323000 +0000';
  test.each<[string, (tree: string) => Omit<PathCommit, 'author' | 'committer'>]>([
    ['a tree three directories down', (sub) => ({ message: 'one\n', path: 'apps/web/dev', object: `tree ${sub}` })],
    ['a tree at the root', (sub) => ({ message: 'two\nShipgate-Request: 00\n', path: 'web', object: `tree ${sub}` })],
    ['a name that is not ASCII', (sub) => ({ message: 'ü\n', path: 'apps/wéb/prod', object: `tree ${sub}` })],
    ['nothing at the path', () => ({ message: 'empty\n', path: 'apps/web/dev', object: undefined })],
  ])('the id worked out for a path commit is the one git writes: %s', async (_name, make) => {
    const commit: PathCommit = { author: ident, committer: ident, ...make(tree) };
    const [written] = await writePathCommits(git, 'refs/shipgate/id-test', [commit]);
    expect(pathCommitId(commit)).toBe(written);
  });

  /** A request's commit of `apps/web/dev`: the test tree there, or nothing. */
  const requestCommit = (message: string, holdsTree = true): PathCommit => ({
    author: ident,
    committer: ident,
    message,
    path: 'apps/web/dev',
    object: holdsTree ? `tree ${tree}` : undefined,
  });

  test('a tag written beside its commit is the one git mktag makes; a commit id that does not match fails', async () => {
    const commit = requestCommit('queued\n');
    const commitId = pathCommitId(commit);
    const spec = {
      name: 'shipgate-queue-test',
      tagger: ident,
      message: 'Shipgate landing request\n\npath: apps/web/dev\n',
    };
    const tag = await writeTaggedPathCommit(git, 'refs/shipgate/tag-test', commit, { ...spec, commitId });
    const made = await git(['mktag'], {
      input: `object ${commitId}\ntype commit\ntag ${spec.name}\ntagger ${ident}\n\n${spec.message}`,
    });
    expect(tag).toBe(made.stdout.trim());
    await expect(
      writeTaggedPathCommit(git, 'refs/shipgate/tag-test', commit, { ...spec, commitId: 'f'.repeat(40) }),
    ).rejects.toThrow(/wrote commit [0-9a-f]{40} where f{40} was worked out/);
  });

  const pathFiles = [
    { relativePath: 'app.yaml', content: Buffer.from('kind: Deployment\n'), executable: false },
    { relativePath: 'nested/service.yaml', content: Buffer.from('ünïcode: yes\n'), executable: false },
  ];
  const requestTag = { name: 'shipgate-queue-made', tagger: ident, message: 'Shipgate landing request\n\npath: x\n' };

  test.each([
    ['the path holding files', pathFiles, true],
    ['the path emptied', [], false],
  ])(
    'a request made in this process is the one fast-import writes, and its pack alone holds all of it: %s',
    async (_name, files, holdsTree) => {
      const commit = requestCommit('queued\nShipgate-Request: 01\n', holdsTree);
      const made = taggedPathCommitPack(commit, requestTag, pathTreeObjects(files));
      const written = await writeTaggedPathCommit(git, 'refs/shipgate/made-test', commit, {
        ...requestTag,
        commitId: pathCommitId(commit),
      });
      expect(made?.tag).toBe(written);
      // Into a repository that holds nothing else: git reads every object from the pack alone.
      const empty = createGit({ exec: recordingRuntime().exec, cwd: join(dir, `alone-${files.length}`) });
      await mkdir(join(dir, `alone-${files.length}`));
      await empty(['init', '--quiet', '--bare', '--template=']);
      await storePack(empty, made?.pack as Buffer);
      await empty(['update-ref', 'refs/tags/request', written]);
      const fsck = await empty(['fsck', '--strict', '--no-dangling']);
      expect(fsck.stderr).not.toMatch(/error|warning|missing|broken|bad/i);
      const listed = (await empty(['ls-tree', '-r', '--name-only', 'request'])).stdout;
      expect(listed).toBe(files.length ? 'apps/web/dev/app.yaml\napps/web/dev/nested/service.yaml\n' : '');
    },
  );

  test('files that do not make the tree the commit names are no request: the caller writes it with git', () => {
    const commit = requestCommit('q\n');
    const changed = pathFiles.map((file) => ({ ...file, content: Buffer.from('other\n') }));
    expect(taggedPathCommitPack(commit, requestTag, pathTreeObjects(changed))).toBeUndefined();
    expect(taggedPathCommitPack(commit, requestTag, [])).toBeUndefined();
    expect(
      taggedPathCommitPack({ ...commit, object: undefined }, requestTag, pathTreeObjects(pathFiles)),
    ).toBeUndefined();
  });
});
