import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_ALIAS_COUNT, parseManifestStream, stringifyResource } from '../src/documents';

const helmOutput = readFileSync(join(import.meta.dirname, 'fixtures', 'helm', 'template-output.yaml'), 'utf8');

describe('parseManifestStream', () => {
  test('splits a multi-document stream, skipping empty documents and numbering origins', () => {
    const parsed = parseManifestStream('---\napiVersion: v1\nkind: A\n---\n---\napiVersion: v1\nkind: B\n', 'all.yaml');
    expect(parsed.map((r) => r.object.kind)).toEqual(['A', 'B']);
    expect(parsed.map((r) => r.origin)).toEqual(['all.yaml (document 1)', 'all.yaml (document 3)']);
  });

  test('a single document keeps the bare file name as its origin', () => {
    expect(parseManifestStream('apiVersion: v1\nkind: A\n', 'a.yaml')[0]?.origin).toBe('a.yaml');
  });

  test("takes origins from helm's # Source comments (helm-style output written here; helm is not installed)", () => {
    const parsed = parseManifestStream(helmOutput, 'helm', { helmSourceComments: true });
    expect(parsed.map((r) => [r.origin, r.object.kind])).toEqual([
      ['web/templates/serviceaccount.yaml', 'ServiceAccount'],
      ['web/templates/service.yaml', 'Service'],
      ['web/templates/deployment.yaml', 'Deployment'],
    ]);
  });

  test('expands a v1 List', () => {
    const parsed = parseManifestStream(
      'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n',
      'list.yaml',
    );
    expect(parsed.map((r) => r.origin)).toEqual(['list.yaml, item 1', 'list.yaml, item 2']);
  });

  test.each([
    [
      'an unclosed flow sequence',
      'apiVersion: v1\nkind: ConfigMap\ndata: [a,\nb: 2\n',
      /bad\.yaml has a YAML syntax error at line 4, column 1/,
    ],
    [
      'a duplicate key',
      'apiVersion: v1\nkind: A\nkind: B\n',
      /bad\.yaml has a YAML syntax error at line 3, column 1: Map keys must be unique/,
    ],
    ['a tab indentation', 'a:\n\t- b\n', /bad\.yaml has a YAML syntax error at line 2, column 1/],
  ])('reports %s with line and column', (_name, text, message) => {
    expect(() => parseManifestStream(text, 'bad.yaml')).toThrow(message);
  });

  test('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++) {
      const previous = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${previous}`).join(', ')}]`,
      );
    }
    expect(() => parseManifestStream(`${levels.join('\n')}\n`, 'bomb.yaml')).toThrow(
      `bomb.yaml expands more than ${MAX_ALIAS_COUNT} YAML aliases`,
    );
  });

  test('a few aliases, as real manifests use them, are fine', () => {
    const parsed = parseManifestStream(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, labels: &l {x: z}}\ndata: {a: b}\nextra: *l\n',
      'ok.yaml',
    );
    expect(parsed[0]?.object.extra).toEqual({ x: 'z' });
  });

  test('rejects a document that is not a mapping', () => {
    expect(() => parseManifestStream('- a\n- b\n', 'seq.yaml')).toThrow('seq.yaml is not a YAML mapping');
  });
});

describe('stringifyResource', () => {
  test('quotes strings that YAML 1.1 (what Kubernetes reads) would take for booleans or numbers', () => {
    const text = stringifyResource({ data: { a: 'yes', b: 'on', c: '0777', d: 'true' } });
    expect(text).toBe('data:\n  a: "yes"\n  b: "on"\n  c: "0777"\n  d: "true"\n');
  });

  test('writes repeated objects out in full, without anchors', () => {
    const shared = { x: 1 };
    expect(stringifyResource({ a: shared, b: shared })).toBe('a:\n  x: 1\nb:\n  x: 1\n');
  });
});
