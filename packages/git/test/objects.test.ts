import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBatch, parseBatchCheck, parseTreeListings } from '../src';

/** Output captured from git 2.39 over a small repository. */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('batched object reads over real output', () => {
  test('cat-file --batch: contents by byte size (a multi-byte character included), a missing name', () => {
    expect(parseBatch(fixture('cat-file-batch.bin')).map((content) => content?.toString('utf8'))).toEqual([
      'kind: ConfigMap\ndata:\n  greeting: "hi"\n',
      'kind: ConfigMap\ndata:\n  greeting: "Grüße"\n',
      undefined,
    ]);
  });

  test('cat-file --batch-check: a tree and a missing name', () => {
    expect(parseBatchCheck('1f47a85b2411e4a834349bc7eb1b1c8710f82ed5 tree 30\nHEAD:nope missing\n', 2)).toEqual([
      { id: '1f47a85b2411e4a834349bc7eb1b1c8710f82ed5', type: 'tree', size: 30 },
      undefined,
    ]);
  });

  test('diff-tree --stdin against the empty tree lists every blob of each tree', () => {
    const listings = parseTreeListings(fixture('diff-tree-stdin.bin').toString('utf8'));
    expect(listings.get('bbdca70877024a11b34cd16391086f553ededd82')).toEqual([
      { path: 'cm.yaml', blob: '16af01dda872da4ee6d01c34aad4727c14502d9f', mode: '100644' },
    ]);
    expect(listings.get('1f47a85b2411e4a834349bc7eb1b1c8710f82ed5')).toEqual([
      { path: 'web/production/cm.yaml', blob: '16af01dda872da4ee6d01c34aad4727c14502d9f', mode: '100644' },
    ]);
  });
});
