import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGit, type Git, readFilesAt, readTreeFiles } from '@shipgate/git';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCommit, writePathCommits } from '../src/objects';
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
});
