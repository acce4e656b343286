import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_GIT_IDENTITY } from '../../../test/support/git-identity';
import { applyDelta, createGit, type Git, gitObjectId, parseBatch, readPack, UnreadablePack } from '../src';

const IDENTITY = {
  ...TEST_GIT_IDENTITY,
  GIT_AUTHOR_DATE: '1700000000 +0000',
  GIT_COMMITTER_DATE: '1700000000 +0000',
};

/**
 * Packs git itself makes, with deltas of every kind it sends (on an earlier entry by offset, on
 * an id in the pack), read here and checked object by object against `git cat-file`.
 */
describe('readPack over packs git pack-objects wrote', () => {
  let dir: string;
  let git: Git;
  let commits: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-pack-read-'));
    git = createGit({ exec: createExec({ log: silentLogger, masker: new SecretMasker() }), cwd: dir, env: IDENTITY });
    await git(['init', '-q', '--bare']);
    // Twelve deploy commits whose long messages and manifests differ a little: git deltifies them.
    commits = [];
    let parent: string | undefined;
    const trailers = Array.from({ length: 40 }, (_, index) => `Shipgate-Field-${index}: ${'v'.repeat(40)}`).join('\n');
    for (let index = 0; index < 12; index++) {
      const manifest = `${'kind: ConfigMap\ndata:\n'.repeat(50)}  round: '${index}'\n`;
      const blob = (await git(['hash-object', '-w', '--stdin'], { input: manifest })).stdout.trim();
      const tree = (await git(['mktree'], { input: `100644 blob ${blob}\tapp.yaml\n` })).stdout.trim();
      const message = `Deploy web ${index}\n\n${trailers}\nShipgate-Request: ${index}\n`;
      const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
      parent = (await git(args)).stdout.trim();
      commits.push(parent);
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function packOfAll(flags: readonly string[], revs: string): Promise<Buffer> {
    const packed = await git(['pack-objects', '--revs', '--stdout', '-q', ...flags], { input: revs, bytes: true });
    return packed.stdoutBytes as Buffer;
  }

  /** How many entries of `pack` are deltas, as git verify-pack counts them. */
  async function deltaEntries(pack: Buffer): Promise<number> {
    const path = join(dir, 'objects', 'pack', 'probe.pack');
    await git(['index-pack', '-o', path.replace(/\.pack$/, '.idx'), '--stdin', path], { input: pack });
    const listing = (await git(['verify-pack', '-v', path])).stdout;
    await rm(path);
    await rm(path.replace(/\.pack$/, '.idx'));
    return listing.split('\n').filter((line) => /^[0-9a-f]{40} \w+ +\d+ \d+ \d+ \d+ [0-9a-f]{40}$/.test(line)).length;
  }

  test.each([
    ['deltas on earlier entries by offset', ['--delta-base-offset']],
    ['deltas on ids in the pack', []],
  ])('%s: every object, under the id git gives it, byte for byte', async (_name, flags) => {
    const pack = await packOfAll(flags, `${commits.at(-1)}\n`);
    expect(await deltaEntries(pack)).toBeGreaterThan(5);
    const objects = readPack(pack);
    const ids = (await git(['rev-list', '--objects', commits.at(-1) as string])).stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(0, 40));
    expect([...objects.keys()].sort()).toEqual([...ids].sort());
    const bodies = parseBatch(
      (await git(['cat-file', '--batch'], { input: `${ids.join('\n')}\n`, bytes: true })).stdoutBytes as Buffer,
    );
    ids.forEach((id, index) => {
      expect(objects.get(id)?.body.equals(bodies[index] as Buffer)).toBe(true);
      expect(gitObjectId(objects.get(id) as never)).toBe(id);
    });
  });

  test('a thin pack, a checksum that does not match and a pack cut short are refused as unreadable', async () => {
    const thin = await packOfAll(['--thin', '--delta-base-offset'], `${commits.at(-1)}\n^${commits.at(-4)}\n`);
    expect(() => readPack(thin)).toThrow(new UnreadablePack('a delta on an object outside the pack'));
    const whole = await packOfAll(['--delta-base-offset'], `${commits[2]}\n`);
    const flipped = Buffer.from(whole);
    flipped.writeUInt8((flipped.at(40) ?? 0) ^ 1, 40);
    expect(() => readPack(flipped)).toThrow(UnreadablePack);
    expect(() => readPack(whole.subarray(0, whole.length - 30))).toThrow(UnreadablePack);
  });

  test('a delta whose copy or insert runs past its bounds is refused', () => {
    const base = Buffer.from('0123456789');
    // source size 10, result size 4: copy 4 bytes from offset 2, then the same past the end.
    expect(applyDelta(base, Buffer.from([10, 4, 0x91, 2, 4])).toString()).toBe('2345');
    expect(() => applyDelta(base, Buffer.from([10, 4, 0x91, 8, 4]))).toThrow(/out of bounds/);
    expect(() => applyDelta(base, Buffer.from([10, 2, 3, 65, 66, 67]))).toThrow(/out of bounds/);
    expect(() => applyDelta(base, Buffer.from([9, 1, 1, 65]))).toThrow(/another size/);
    // A result of 2^28 bytes declared by a six-byte delta: refused, not allocated.
    expect(() => applyDelta(base, Buffer.from([10, 0x80, 0x80, 0x80, 0x80, 0x01]))).toThrow(/larger than it can make/);
  });
});
