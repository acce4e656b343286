/**
 * Deletes and rebuilds every bundle, then fails if git sees any difference: GitHub runs the
 * committed dist/ as it is, so it must be exactly what the sources build.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const status = spawnSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'actions', 'packages/cli/dist'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
const stale = status.stdout.split('\n').filter((line) => /\/dist\//.test(line));
if (stale.length > 0) {
  console.error(`dist/ is out of date with its sources; run \`npm run build\` and commit:\n${stale.join('\n')}`);
  process.exit(1);
}
console.log('dist/ matches a clean rebuild.');
