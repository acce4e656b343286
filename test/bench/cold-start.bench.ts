/**
 * Cold start of each action bundle: `node dist/index.js` with no inputs, to its "input is
 * required" error, against bare `node -e 0`. What users pay before an action does any work. The
 * goal is a ratio, not milliseconds, so that it holds on a slow or busy machine alike: at most
 * 2.5 times bare node (heavy libraries load where an input needs them, not with the bundle).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/shared-fixtures';
import { type Benchmark, defineBenchmark } from './harness';

function runNode(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { env, stdio: 'pipe' });
  if (result.error) throw result.error;
}

/** At most this many times bare `node -e 0`. */
const MAX_RATIO = 2.5;

const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));

function coldStart(action: string): Benchmark {
  const bundle = join(repoRoot, 'actions', action, 'dist', 'index.js');
  return defineBenchmark({
    name: `cold-start:${action}`,
    goal: `ratio ≤ ${MAX_RATIO.toFixed(2)}`,
    meetsGoal: (result) => result.ratio <= MAX_RATIO,
    iterations: 15,
    warmup: 2,
    async setup() {
      const probe = spawnSync(process.execPath, [bundle], { env: cleanEnv, encoding: 'utf8' });
      if (probe.status !== 1 || !/is required/.test(probe.stdout)) {
        throw new Error(`${bundle} did not stop at a missing required input: ${probe.stdout}${probe.stderr}`);
      }
    },
    baseline: { label: 'node -e 0', run: async () => runNode(['-e', '0'], cleanEnv) },
    subject: { label: `node actions/${action}/dist/index.js`, run: async () => runNode([bundle], cleanEnv) },
  });
}

function actionsWithRequiredInputs(): string[] {
  return readdirSync(join(repoRoot, 'actions')).filter((name) => {
    const manifest = join(repoRoot, 'actions', name, 'action.yml');
    if (!existsSync(manifest) || !existsSync(join(repoRoot, 'actions', name, 'dist', 'index.js'))) return false;
    const inputs = (
      parse(readFileSync(manifest, 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }> }
    ).inputs;
    return Object.values(inputs ?? {}).some((input) => input?.required && input.default === undefined);
  });
}

export default actionsWithRequiredInputs().sort().map(coldStart);
