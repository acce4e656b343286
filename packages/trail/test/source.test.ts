import { describe, expect, test } from 'vitest';
import { parseSource, sourceCommit } from '../src';

describe('parseSource: the one reading of Shipgate-Source', () => {
  test.each([
    ['acme/web@9b2e1d0', { repository: 'acme/web', revision: '9b2e1d0', sha: '9b2e1d0' }],
    [` acme/web@${'A'.repeat(40)} `, { repository: 'acme/web', revision: 'A'.repeat(40), sha: 'A'.repeat(40) }],
    ['acme/web@v1.2.3', { repository: 'acme/web', revision: 'v1.2.3' }],
    ['acme/web@bad', { repository: 'acme/web', revision: 'bad' }],
  ])('%j', (value, expected) => {
    expect(parseSource(value)).toEqual(expected);
  });

  test.each([undefined, '', 'acme/web', 'web@9b2e1d0', 'acme/web@', 'a/b/c@9b2e1d0', 'acme/web@9b2e 1d0', 'a/b@c@d'])(
    '%j is no source',
    (value) => {
      expect(parseSource(value)).toBeUndefined();
    },
  );

  test('a source commit only where the revision is a commit id', () => {
    expect(sourceCommit('acme/web@9b2e1d0')).toEqual({ repository: 'acme/web', sha: '9b2e1d0' });
    expect(sourceCommit('acme/web@v1.2.3')).toBeUndefined();
    expect(sourceCommit('acme/web@123456')).toBeUndefined();
  });
});
