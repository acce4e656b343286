/**
 * Summarises a recording made with SHIPGATE_RECORD_EXEC=<file> (see test/support.ts): for every
 * test, how many git calls of each kind (subcommand, with the fetch filter and whether the call
 * touched the landing queue) it made. `npx tsx summarize.ts <recording.jsonl>` prints the JSON that
 * before.json and after.json hold; `npx tsx summarize.ts <before.json> <after.json>` prints the
 * kinds whose counts differ.
 */
import { readFileSync } from 'node:fs';

type Summary = Record<string, Record<string, number>>;

function kindOf(argv: readonly string[]): string {
  // A push from the process is recorded as `http push …` (test/support.ts).
  if (argv[0] === 'http') return `http ${kindOf(['git', ...argv.slice(1)])}`;
  if (argv[0] !== 'git') return argv[0] ?? '?';
  const args = argv.slice(1);
  let index = 0;
  while (index < args.length && (args[index] === '-c' || args[index]?.startsWith('--work-tree'))) {
    index += args[index] === '-c' ? 2 : 1;
  }
  const sub = args[index] ?? '?';
  const queue = args.some((arg) => arg.includes('shipgate/queue')) ? '+queue' : '';
  if (sub === 'fetch') return `fetch:${args.find((arg) => arg.startsWith('--filter='))?.slice(9) ?? ''}${queue}`;
  if (sub === 'push') return `push:${args.includes('--atomic') ? 'atomic' : ''}${queue}`;
  return sub;
}

function summarize(recording: string): Summary {
  const summary: Summary = {};
  for (const line of readFileSync(recording, 'utf8').split('\n').filter(Boolean)) {
    const { test, argv } = JSON.parse(line) as { test: string; argv: string[] };
    const kinds = summary[test] ?? {};
    summary[test] = kinds;
    const kind = kindOf(argv);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return summary;
}

const [first, second] = process.argv.slice(2);
if (first && second) {
  const before = JSON.parse(readFileSync(first, 'utf8')) as Summary;
  const after = JSON.parse(readFileSync(second, 'utf8')) as Summary;
  for (const test of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const kinds = [...new Set([...Object.keys(before[test] ?? {}), ...Object.keys(after[test] ?? {})])].sort();
    const changed = kinds.filter((kind) => (before[test]?.[kind] ?? 0) !== (after[test]?.[kind] ?? 0));
    console.log(`${changed.length === 0 ? 'same' : 'diff'}  ${test}`);
    for (const kind of changed) {
      console.log(`        ${kind.padEnd(28)} before ${before[test]?.[kind] ?? 0} after ${after[test]?.[kind] ?? 0}`);
    }
  }
} else if (first) {
  console.log(JSON.stringify(summarize(first), null, 2));
}
