import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * The real upstream reports and API description in ../shared/fixtures, present in CI and on the
 * team's machines but never copied into the project. `undefined` when absent, so conformance
 * suites run where the data is (`describe.runIf(sharedFixturesDir())`).
 */
export function sharedFixturesDir(): string | undefined {
  const dir = process.env.SHIPGATE_SHARED_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures');
  return existsSync(dir) ? dir : undefined;
}

export { repoRoot };
