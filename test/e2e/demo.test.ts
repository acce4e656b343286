import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';

test('npm run demo names the Debian packages to install when its tools are missing', () => {
  const emptyPath = mkdtempSync(join(tmpdir(), 'shipgate-empty-path-'));
  try {
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'scripts', 'demo.ts')],
      { cwd: repoRoot, encoding: 'utf8', env: { PATH: emptyPath, HOME: process.env.HOME }, timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    for (const hint of [
      'buildah: apt-get install buildah',
      'docker-registry: apt-get install docker-registry',
      'git: apt-get install git',
      'busybox: apt-get install busybox-static',
    ]) {
      expect(result.stderr).toContain(hint);
    }
  } finally {
    rmSync(emptyPath, { recursive: true, force: true });
  }
});
