/**
 * Bundles each action (actions/<name>/src/index.ts) with @vercel/ncc into actions/<name>/dist/,
 * plus the CLI. `npm run build -- build-image scan-image` builds only the named actions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BundleTarget {
  name: string;
  entry: string;
  outDir: string;
}

export function bundleTargets(): BundleTarget[] {
  const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'src', 'index.ts')))
    .map((entry) => ({
      name: entry.name,
      entry: join(root, 'actions', entry.name, 'src', 'index.ts'),
      outDir: join(root, 'actions', entry.name, 'dist'),
    }));
  const cliEntry = join(root, 'packages', 'cli', 'src', 'bin.ts');
  const cli = existsSync(cliEntry)
    ? [{ name: 'cli', entry: cliEntry, outDir: join(root, 'packages', 'cli', 'dist') }]
    : [];
  return [...actions, ...cli].sort((a, b) => a.name.localeCompare(b.name));
}

// Bundling only transpiles: `npm run typecheck` checks the whole repository once, so one
// package's type error does not block building every other action.
function bundle(target: BundleTarget): void {
  rmSync(target.outDir, { recursive: true, force: true });
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const result = spawnSync(
    process.execPath,
    [
      ncc,
      'build',
      target.entry,
      '--out',
      target.outDir,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
      '--transpile-only',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`ncc failed for ${target.name} (exit ${result.status})`);
  // GitHub runs dist/index.js as ESM only when the nearest package.json says so.
  writeFileSync(join(target.outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = new Set(process.argv.slice(2));
  const targets = bundleTargets().filter((target) => only.size === 0 || only.has(target.name));
  if (only.size > 0 && targets.length !== only.size) {
    console.error(`Unknown bundle target among: ${[...only].join(', ')}`);
    process.exit(1);
  }
  for (const target of targets) {
    const started = Date.now();
    bundle(target);
    console.log(`built ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}
