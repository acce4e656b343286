import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REQUIRED_TOOLS } from '../e2e/local-pipeline';
import { repoRoot } from '../support/shared-fixtures';

const script = join(repoRoot, 'scripts', 'install-system-packages.sh');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

function packageList(): string[] {
  const result = spawnSync('bash', [script, '--print'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim().split('\n');
}

/** The first command of the README's quick start. */
function quickStartCommand(): string {
  const quickStart = read('README.md').split('## Quick start')[1] ?? '';
  const block = /```sh\n([^\n]*)\n/.exec(quickStart)?.[1] ?? '';
  return block.replace(/\s+#.*$/, '');
}

describe('one list of Debian packages for the quick start and CI', () => {
  test('the README’s first command installs through the script, then runs npm ci and the demo', () => {
    expect(quickStartCommand()).toBe('bash scripts/install-system-packages.sh && npm ci && npm run demo');
  });

  test('.ci/run installs through the same script and lists no package of its own', () => {
    const ci = read('.ci/run');
    expect(ci).toContain('bash scripts/install-system-packages.sh\n');
    expect(ci).not.toMatch(/apt-get|dpkg/);
  });

  test('the list holds the package of every tool the demo needs', () => {
    const packages = packageList();
    const fromApt = REQUIRED_TOOLS.flatMap(({ install }) => /^apt-get install (\S+)$/.exec(install)?.[1] ?? []);
    expect(fromApt.length).toBeGreaterThan(0);
    expect(packages).toEqual(expect.arrayContaining([...fromApt, 'skopeo']));
  });
});

describe('when it cannot install, the script says what to run', () => {
  const bin = mkdtempSync(join(tmpdir(), 'shipgate-install-'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // A machine where nothing is installed yet, as a user that is not root and has no sudo.
  stub('dpkg-query', 'exit 1');
  stub('id', 'echo 1000');
  stub('grep', `exec ${'/usr/bin/grep'} "$@"`);
  const run = (withApt: boolean) => {
    if (withApt) stub('apt-get', 'echo "apt-get must not run" >&2; exit 99');
    else rmSync(join(bin, 'apt-get'), { force: true });
    return spawnSync('/bin/bash', [script], { encoding: 'utf8', env: { PATH: bin } });
  };

  test('not root: the exact apt-get command, as root, and nothing run', () => {
    const result = run(true);
    expect(result.status).toBe(1);
    const missing = packageList().join(' ');
    expect(result.stderr).toBe(
      `These Debian packages are missing: ${missing}. Run, as root:\n  apt-get update && apt-get install -y --no-install-recommends ${missing}\n`,
    );
  });

  test('no apt-get: it names the packages', () => {
    const result = run(false);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `These Debian packages are missing and there is no apt-get here: ${packageList().join(' ')}.`,
    );
  });
});
