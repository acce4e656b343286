import { describe, expect, test } from 'vitest';
import { parsePushPorcelain } from '../src';
import { LOCKED, PUSHED } from './push-outputs';

describe('parsePushPorcelain', () => {
  test.each([
    [PUSHED.stdout, [{ flag: ' ', from: 'HEAD', to: 'refs/heads/main', summary: 'd66c65e..23baa2b' }]],
    [
      LOCKED.stdout,
      [
        {
          flag: '!',
          from: 'HEAD',
          to: 'refs/heads/main',
          summary: '[remote rejected]',
          reason: 'failed to update ref',
        },
      ],
    ],
    [
      'To x\n*\tabc:refs/heads/new\t[new branch]\nDone\n',
      [{ flag: '*', from: 'abc', to: 'refs/heads/new', summary: '[new branch]' }],
    ],
  ])('%j', (stdout, refs) => {
    expect(parsePushPorcelain(stdout)).toEqual(refs);
  });
});
