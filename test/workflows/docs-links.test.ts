import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';

const documents = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file)),
  ...readdirSync(join(repoRoot, 'actions'))
    .map((name) => join('actions', name, 'README.md'))
    .filter((path) => existsSync(join(repoRoot, path))),
];

describe.each(documents)('%s', (document) => {
  test('every relative link names a file or directory that exists', () => {
    const text = readFileSync(join(repoRoot, document), 'utf8');
    const base = dirname(join(repoRoot, document));
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))
      .map((target) => target.split('#')[0]!);
    for (const target of targets) expect(existsSync(join(base, target)), `${document} links to ${target}`).toBe(true);
  });
});
