import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareWithDirectory, unifiedDiff } from '../src/compare';
import { renderFiles } from '../src/output';
import { DIGEST_A, deployment, resources } from './support';

const work = mkdtempSync(join(tmpdir(), 'shipgate-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function directory(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('unifiedDiff', () => {
  test.each([
    ['a changed line in the middle', 'a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nd\nE\nf\ng\nh\n'],
    ['an old file without a final newline', 'a\nb', 'a\nb\n'],
    ['a new file', undefined, 'x\ny\n'],
    ['a deleted file', 'x\ny\n', undefined],
    [
      'changes far apart (two hunks)',
      `${'l\n'.repeat(20)}a\n${'m\n'.repeat(20)}`,
      `${'l\n'.repeat(20)}b\n${'m\n'.repeat(19)}z\n`,
    ],
  ])('%s: git apply turns the old file into the new one', (_name, before, after) => {
    const dir = mkdtempSync(join(work, 'apply-'));
    if (before !== undefined) writeFileSync(join(dir, 'f.yaml'), before);
    writeFileSync(join(work, `${dir.split('/').at(-1)}.diff`), unifiedDiff('f.yaml', before, after));
    execFileSync('git', ['apply', '--unsafe-paths', join(work, `${dir.split('/').at(-1)}.diff`)], { cwd: dir });
    if (after === undefined) expect(readdirSync(dir)).toEqual([]);
    else expect(readFileSync(join(dir, 'f.yaml'), 'utf8')).toBe(after);
  });

  test('a new file is diffed against /dev/null with a 0,0 range', () => {
    expect(unifiedDiff('f.yaml', undefined, 'x\n')).toBe(
      'diff --git a/f.yaml b/f.yaml\nnew file mode 100644\n--- /dev/null\n+++ b/f.yaml\n@@ -0,0 +1,1 @@\n+x\n',
    );
  });
});

describe('compareWithDirectory', () => {
  test('lists removed files, ignores dot-files, and calls a digest-only change an image change', async () => {
    const files = renderFiles(resources(deployment('web', `ghcr.io/acme/web@${DIGEST_A}`)));
    const deployed = directory('deployed', {
      'deployment-web.yaml': files[0]!.content.replace(DIGEST_A, `sha256:${'c'.repeat(64)}`),
      'configmap-old.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: old\n',
      '.gitkeep': '',
    });
    const comparison = await compareWithDirectory(files, deployed);
    expect(comparison.changed).toBe(true);
    expect(comparison.configChanges).toEqual([{ file: 'configmap-old.yaml', change: 'removed' }]);
    expect(comparison.imageChanges).toEqual([
      {
        file: 'deployment-web.yaml',
        container: 'containers[0] (app)',
        before: `ghcr.io/acme/web@sha256:${'c'.repeat(64)}`,
        after: `ghcr.io/acme/web@${DIGEST_A}`,
      },
    ]);
    expect(comparison.diff).toContain('deleted file mode 100644\n--- a/configmap-old.yaml\n+++ /dev/null\n');
  });

  test("gitops-commit's kustomization.yaml in the environment directory is not shown as removed", async () => {
    const files = renderFiles(resources('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: k\n'));
    const deployed = directory('with-kustomization', {
      [files[0]!.name]: files[0]!.content,
      'kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${files[0]!.name}\n`,
    });
    const comparison = await compareWithDirectory(files, deployed);
    expect(comparison).toMatchObject({ changed: false, diff: '', configChanges: [] });
  });

  test('a file rewritten by hand but meaning the same is a change in bytes, not in config', async () => {
    const files = renderFiles(resources('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n'));
    const deployed = directory('reformatted', {
      'configmap-c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n',
    });
    const comparison = await compareWithDirectory(files, deployed);
    expect(comparison).toMatchObject({ changed: true, configChanges: [], imageChanges: [] });
  });
});
