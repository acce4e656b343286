/**
 * `npm run bench [-- name…]`: runs every test/bench/*.bench.ts (or the named ones) and prints
 * each result; `--json FILE` also writes the results.
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Benchmark, type BenchmarkResult, formatResult, runBenchmark } from './harness';

const benchDir = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args.splice(jsonIndex, 2)[1] : undefined;
const wanted = new Set(args);

const results: BenchmarkResult[] = [];
for (const file of readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Benchmark | Benchmark[] };
  const benchmarks = Array.isArray(module.default) ? module.default : [module.default];
  for (const benchmark of benchmarks) {
    const fileName = basename(file, '.bench.ts');
    if (wanted.size > 0 && !wanted.has(benchmark.name) && !wanted.has(fileName)) continue;
    const result = await runBenchmark(benchmark);
    results.push(result);
    console.log(`${formatResult(result)}\n`);
  }
}
if (results.length === 0) {
  console.error(`No benchmark matched ${[...wanted].join(', ') || '(none found)'}.`);
  process.exitCode = 1;
}
if (jsonFile) await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
