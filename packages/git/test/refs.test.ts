import { describe, expect, test } from 'vitest';
import { parseSymref } from '../src';

describe('parseSymref', () => {
  test.each([
    ['ref: refs/heads/main\tHEAD\n4f1c0000000000000000000000000000000000aa\tHEAD\n', 'main'],
    ['ref: refs/heads/env/prod\tHEAD\n', 'env/prod'],
    ['', undefined],
  ])('%j → %s', (output, branch) => {
    expect(parseSymref(output)).toBe(branch);
  });
});
