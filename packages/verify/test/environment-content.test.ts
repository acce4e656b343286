import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryRuntime } from '@shipgate/core';
import { createGit, kustomizationFor } from '@shipgate/gitops';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { environmentContentViolation } from '../src/environment-content';

const run = promisify(execFile);
const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n';

describe('environmentContentViolation: a commit pushed by hand past the writers', () => {
  let dir: string;
  const commit = async (files: Record<string, string>) => {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    await run('git', ['add', '-A'], { cwd: dir });
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x'], { cwd: dir });
    return (await run('git', ['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim();
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verify-content-'));
    await run('git', ['init', '-q'], { cwd: dir });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  test('the generated listing passes; an images: override added later is a violation naming path and commit', async () => {
    const git = createGit({ exec: createMemoryRuntime().exec, url: dir, cwd: dir });
    const listing = kustomizationFor(['web.yaml'])!;
    const good = await commit({ 'apps/web/prod/web.yaml': CONFIG_MAP, 'apps/web/prod/kustomization.yaml': listing });
    expect(await environmentContentViolation(git, good, 'apps/web/prod')).toBeUndefined();
    const bad = await commit({
      'apps/web/prod/kustomization.yaml': `${listing}images:\n  - name: web\n    newName: evil\n`,
    });
    expect(await environmentContentViolation(git, bad, 'apps/web/prod')).toBe(
      `apps/web/prod at ${bad.slice(0, 12)} holds content the cluster would not apply as hashed: kustomization.yaml is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)`,
    );
  });
});
