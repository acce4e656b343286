import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { initBareRepository, originSection } from '../src/clone';

const run = promisify(execFile);
const dirs: string[] = [];

async function freshRepository(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'origin-section-'));
  dirs.push(dir);
  await run('git', ['init', '--quiet', '--bare', '--template=', dir]);
  return dir;
}

const config = async (dir: string) =>
  (await run('git', ['config', '--file', join(dir, 'config'), '--get-regexp', '^remote\\.'])).stdout;

describe('originSection', () => {
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  test.each([
    'https://github.com/acme/gitops.git',
    'http://127.0.0.1:8080/a repo;with#marks.git',
    'https://example.com/quote"and\\backslash.git',
  ])('reads back as git remote add writes it: %s', async (url) => {
    const written = await freshRepository();
    await appendFile(join(written, 'config'), originSection(url));
    const added = await freshRepository();
    await run('git', ['-C', added, 'remote', 'add', 'origin', url]);
    expect(await config(written)).toBe(await config(added));
    expect((await run('git', ['-C', written, 'remote', 'get-url', 'origin'])).stdout.trim()).toBe(url);
  });

  test('a URL with a line break is refused, not written', () => {
    expect(() => originSection('https://example.com/x\n[core]\n\thooksPath = /tmp')).toThrow(/line break/);
  });
});

describe('initBareRepository', () => {
  test('makes what git init --bare and git remote add make, with pushes that delta nothing', async () => {
    const url = 'https://github.com/acme/gitops.git';
    const made = await mkdtemp(join(tmpdir(), 'init-bare-'));
    dirs.push(made);
    await initBareRepository(made, url, { promisor: true });
    const inited = await freshRepository();
    await run('git', ['-C', inited, 'remote', 'add', 'origin', url]);
    const all = async (dir: string) => (await run('git', ['config', '--file', join(dir, 'config'), '--list'])).stdout;
    // Format 1 and a promisor origin, as git's first partial fetch leaves them.
    const defaults = (await all(inited))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace('repositoryformatversion=0', 'repositoryformatversion=1'));
    expect((await all(made)).split('\n').filter(Boolean)).toEqual(
      expect.arrayContaining([...defaults, 'remote.origin.promisor=true']),
    );
    // Without a promisor (the verifier's whole clone), git's own defaults.
    const whole = await mkdtemp(join(tmpdir(), 'init-bare-'));
    dirs.push(whole);
    await initBareRepository(whole, url, { promisor: false });
    const wholeConfig = (await all(whole)).split('\n').filter(Boolean);
    expect(wholeConfig).toEqual(expect.arrayContaining((await all(inited)).split('\n').filter(Boolean)));
    expect(wholeConfig.filter((line) => line.includes('promisor'))).toEqual([]);
    expect((await run('git', ['-C', made, 'rev-parse', '--is-bare-repository'])).stdout.trim()).toBe('true');
    expect((await run('git', ['-C', made, 'config', 'pack.window'])).stdout.trim()).toBe('0');
    expect((await run('git', ['-C', made, 'config', 'maintenance.auto'])).stdout.trim()).toBe('false');
    // What fast-import writes stays one pack: no unpack-objects process to make loose objects of it.
    await new Promise<void>((resolve, reject) => {
      const child = execFile('git', ['-C', made, 'fast-import', '--quiet'], (error) =>
        error ? reject(error) : resolve(),
      );
      child.stdin?.end('blob\nmark :1\ndata 3\nab\n\n');
    });
    const counts = (await run('git', ['-C', made, 'count-objects', '-v'])).stdout;
    expect(counts).toMatch(/^count: 0$/m);
    expect(counts).toMatch(/^in-pack: 1$/m);
    // A repository git checks whole, whose HEAD names a branch.
    await run('git', ['-C', made, 'fsck', '--no-dangling']);
    expect((await run('git', ['-C', made, 'symbolic-ref', 'HEAD'])).stdout.trim()).toBe('refs/heads/main');
  });
});
