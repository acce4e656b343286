/**
 * The deploy profile-deploy.ts measures, in a process of its own: argv is the repository URL, the
 * token, a work directory, the bare repository's path, then `--queued` (the first push loses to a
 * held lock of main, so the deploy goes through the landing queue) and `--cpu-prof-dir DIR`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createExec, type Exec, SecretMasker, silentLogger } from '@shipgate/core';
import { pushOverHttp } from '@shipgate/git';
import { deployToGitOps } from '@shipgate/gitops';
import { aroundPushes } from '../support/around-pushes';
import { deployCall } from '../support/deploy-call';

const [url, token, work, bare, ...flags] = process.argv.slice(2) as [string, string, string, string, ...string[]];
const queued = flags.includes('--queued');
/** `--crowd N`: N deploys of N apps at once, as gitops-concurrency runs them; figures per writer. */
const crowd = flags.includes('--crowd') ? Number(flags[flags.indexOf('--crowd') + 1]) : 1;
const profileDir = flags.includes('--cpu-prof-dir') ? flags[flags.indexOf('--cpu-prof-dir') + 1] : undefined;

/** Linux: CPU of this process's reaped children so far, ms. */
function childCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

interface Call {
  what: string;
  /** The clone the call ran in: one per writer. */
  cwd: string;
  wallMs: number;
  cpuMs: number;
  overlapped: boolean;
}

const calls: Call[] = [];
let running = 0;
const base = createExec({ log: silentLogger, masker: new SecretMasker() });
let lostOnce = !queued;
const exec: Exec = async (command, args, options) => {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const what =
    command !== 'git'
      ? command
      : crowd > 1
        ? `git ${words[0] ?? ''}`
        : `git ${words.slice(0, 2).join(' ')}`.slice(0, 40);
  running += 1;
  const overlapped = running > 1;
  const cpuBefore = childCpuMs();
  const started = performance.now();
  try {
    return await base(command, args, options);
  } finally {
    calls.push({
      what,
      cwd: String(options?.cwd ?? ''),
      wallMs: performance.now() - started,
      cpuMs: childCpuMs() - cpuBefore,
      overlapped: overlapped || running > 1,
    });
    running -= 1;
  }
};

// With --queued, the first push (by git or from the process) loses to a held lock of main.
const pushes = aroundPushes({ exec, pushFromProcess: pushOverHttp }, async (_refs, send) => {
  if (lostOnce) return send();
  lostOnce = true;
  const lock = join(bare, 'refs', 'heads', 'main.lock');
  await writeFile(lock, '');
  try {
    return await send();
  } finally {
    await rm(lock, { force: true });
  }
});

async function deployOnce(round: number, app = 'solo') {
  const sourceDir = join(work, `source-${app}-${round}`);
  await mkdir(sourceDir, { recursive: true });
  await writeFile(
    join(sourceDir, 'app.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  round: '${round}'\n`,
  );
  return deployToGitOps(
    ...deployCall({
      ...pushes,
      log: silentLogger,
      repository: url,
      branch: 'main',
      token,
      app,
      environment: 'dev',
      sourceDir,
      imageRefs: [`ghcr.io/acme/app@sha256:${'a'.repeat(64)}`],
      requireApproval: false,
      tempDir: work,
    }),
  );
}

// One untimed deploy first: module loading and JIT are a process's start-up, not a deploy's cost.
await deployOnce(0);
calls.length = 0;
lostOnce = !queued;
const session = profileDir ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const ownBefore = process.cpuUsage();
const childBefore = childCpuMs();
const started = performance.now();
const results = await Promise.all(
  Array.from({ length: crowd }, (_, index) => deployOnce(1, crowd > 1 ? `app${index}` : 'solo')),
);
const result = results[0] as Awaited<ReturnType<typeof deployOnce>>;
const wallMs = performance.now() - started;
const own = process.cpuUsage(ownBefore);
const childMs = childCpuMs() - childBefore;
if (session && profileDir) {
  const { profile } = await session.post('Profiler.stop');
  await mkdir(profileDir, { recursive: true });
  await writeFile(join(profileDir, `deploy${queued ? '-queued' : ''}.cpuprofile`), JSON.stringify(profile));
}

const byCommand = new Map<string, { count: number; wallMs: number; cpuMs: number }>();
for (const call of calls) {
  const entry = byCommand.get(call.what) ?? { count: 0, wallMs: 0, cpuMs: 0 };
  entry.count += 1;
  entry.wallMs += call.wallMs;
  entry.cpuMs += call.cpuMs;
  byCommand.set(call.what, entry);
}
const ownMs = (own.user + own.system) / 1000;
// With a crowd, every figure is per writer: the crowd's total divided by its size.
const per = (value: number) => (value / crowd).toFixed(crowd > 1 ? 1 : 0);
const kind = crowd > 1 ? `one writer among ${crowd}` : queued ? 'queued deploy' : 'solo deploy';
console.log(`${kind}: attempts=${result.attempts} changed=${result.changed}; wall ${wallMs.toFixed(0)} ms`);
console.log(
  `  CPU ${per(ownMs + childMs)} ms = in-process ${per(ownMs)} ms + ${per(calls.length)} child processes ${per(childMs)} ms`,
);
console.log('  child processes by subcommand (count, wall ms, CPU ms; CPU at 10 ms resolution):');
for (const [what, entry] of [...byCommand].sort((a, b) => b[1].cpuMs - a[1].cpuMs || b[1].wallMs - a[1].wallMs)) {
  console.log(
    `    ${what.padEnd(24)} ${per(entry.count).padStart(5)}  ${per(entry.wallMs).padStart(7)}  ${per(entry.cpuMs).padStart(6)}`,
  );
}
if (flags.includes('--calls')) {
  // With a crowd, one writer's calls: the one that ran the most, or with --median the middle one.
  const perClone = new Map<string, Call[]>();
  for (const call of calls) perClone.set(call.cwd, [...(perClone.get(call.cwd) ?? []), call]);
  const ranked = [...perClone.values()].sort((a, b) => b.length - a.length);
  const busiest = ranked[flags.includes('--median') ? Math.floor(ranked.length / 2) : 0] ?? [];
  for (const call of crowd > 1 ? busiest : calls)
    console.log(
      `    ${call.what.padEnd(24)} ${call.wallMs.toFixed(0).padStart(6)} ${call.cpuMs.toFixed(0).padStart(6)}${call.overlapped ? ' (overlapped)' : ''}`,
    );
}
if (calls.some((call) => call.overlapped))
  console.log('  (some calls overlapped: their CPU split between them is approximate)');
