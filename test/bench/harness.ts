/**
 * A small benchmark harness: each benchmark times a subject against a baseline measured in the
 * same run, interleaved so that machine noise hits both alike, and reports medians, spread and
 * the subject/baseline ratio. It prints; it never asserts (speed is not a test verdict).
 */
export type Metrics = Record<string, number>;

export interface BenchmarkCase<C> {
  label: string;
  /**
   * One timed iteration. Numbers it returns are extra metrics (e.g. `peakRssMb`), reported as
   * medians; `sampleMs`, when returned, is the iteration's time instead of the whole call's (a case
   * that times something beside its subject).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a plain `async () => { … }` be a case.
  run(context: C): Promise<void | Metrics>;
}

export interface Benchmark<C = unknown> {
  name: string;
  /** What good looks like, e.g. `ratio ≤ 1.10`; printed beside the result. */
  goal: string;
  /** Decides whether the goal is met, for the printed verdict. */
  meetsGoal?(result: BenchmarkResult): boolean;
  /**
   * Each figure of the goal on a line of its own, with its verdict (e.g. "CPU per writer / solo
   * CPU = 1.31 ≤ 1.5"); the benchmark's verdict is then whether every one is met.
   */
  checks?(result: BenchmarkResult): GoalCheck[];
  iterations?: number;
  /** Untimed runs of each case before timing (file caches, JIT). */
  warmup?: number;
  setup?(): Promise<C>;
  baseline: BenchmarkCase<C>;
  subject: BenchmarkCase<C>;
  teardown?(context: C): Promise<void>;
}

export interface GoalCheck {
  /** What is measured, e.g. `CPU per writer / solo deploy CPU`. */
  figure: string;
  value: number;
  /** The limit it must stay at or under. */
  atMost: number;
}

export interface CaseResult {
  label: string;
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  metrics: Metrics;
}

export interface BenchmarkResult {
  name: string;
  goal: string;
  baseline: CaseResult;
  subject: CaseResult;
  /** subject median / baseline median. */
  ratio: number;
  goalMet?: boolean;
  checks?: GoalCheck[];
}

import { readFileSync } from 'node:fs';

/** Linux reports child CPU time in clock ticks of 1/USER_HZ second; USER_HZ is 100 on every mainstream kernel. */
const USER_HZ = 100;

/**
 * CPU time used so far by this process and every child it has reaped (Linux: /proc/self/stat),
 * in milliseconds: what a benchmark whose work runs in git processes and an in-process test server
 * costs the machine. Children still running are not counted until they exit.
 */
export function processCpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the parenthesised command name: state is field 3, cutime and cstime are 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / USER_HZ;
  } catch {
    // Not Linux: own time only.
  }
  return (own.user + own.system) / 1000 + children;
}

export function defineBenchmark<C>(benchmark: Benchmark<C>): Benchmark<C> {
  return benchmark;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

function summarise(label: string, samplesMs: number[], metricSamples: Metrics[]): CaseResult {
  const keys = new Set(metricSamples.flatMap((metrics) => Object.keys(metrics)));
  const metrics: Metrics = {};
  for (const key of keys) {
    metrics[key] = median(
      metricSamples.map((sample) => sample[key]).filter((value): value is number => value !== undefined),
    );
  }
  return {
    label,
    samplesMs,
    medianMs: median(samplesMs),
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    metrics,
  };
}

export async function runBenchmark<C>(benchmark: Benchmark<C>): Promise<BenchmarkResult> {
  const context = (await benchmark.setup?.()) as C;
  try {
    for (let i = 0; i < (benchmark.warmup ?? 1); i++) {
      await benchmark.baseline.run(context);
      await benchmark.subject.run(context);
    }
    const samples = { baseline: [] as number[], subject: [] as number[] };
    const metrics = { baseline: [] as Metrics[], subject: [] as Metrics[] };
    for (let i = 0; i < (benchmark.iterations ?? 5); i++) {
      // Alternate which case goes first so neither always inherits the other's warm caches.
      const order = i % 2 === 0 ? (['baseline', 'subject'] as const) : (['subject', 'baseline'] as const);
      for (const which of order) {
        const started = performance.now();
        const { sampleMs, ...extra } = (await benchmark[which].run(context)) ?? {};
        samples[which].push(sampleMs ?? performance.now() - started);
        metrics[which].push(extra);
      }
    }
    const baseline = summarise(benchmark.baseline.label, samples.baseline, metrics.baseline);
    const subject = summarise(benchmark.subject.label, samples.subject, metrics.subject);
    const result: BenchmarkResult = {
      name: benchmark.name,
      goal: benchmark.goal,
      baseline,
      subject,
      ratio: subject.medianMs / baseline.medianMs,
    };
    if (benchmark.checks) {
      result.checks = benchmark.checks(result);
      result.goalMet = result.checks.every((check) => check.value <= check.atMost);
    }
    if (benchmark.meetsGoal) result.goalMet = (result.goalMet ?? true) && benchmark.meetsGoal(result);
    return result;
  } finally {
    await benchmark.teardown?.(context);
  }
}

export function formatResult(result: BenchmarkResult): string {
  const row = (c: CaseResult) => {
    const extras = Object.entries(c.metrics)
      .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : value.toFixed(2)}`)
      .join(' ');
    return `  ${c.label.padEnd(44)} median ${fmt(c.medianMs).padStart(9)}  (${fmt(c.minMs)} – ${fmt(c.maxMs)}, n=${c.samplesMs.length})${extras ? `  ${extras}` : ''}`;
  };
  const verdict = result.goalMet === undefined ? '' : result.goalMet ? '  [meets goal]' : '  [misses goal]';
  const checks = (result.checks ?? []).map(
    (check) =>
      `  ${check.figure.padEnd(58)} ${formatValue(check.value).padStart(9)} ≤ ${formatValue(check.atMost)}  ${check.value <= check.atMost ? '[meets goal]' : '[misses goal]'}`,
  );
  return [
    `${result.name}`,
    row(result.baseline),
    row(result.subject),
    ...checks,
    `  ratio subject/baseline = ${result.ratio.toFixed(2)}   goal: ${result.goal}${verdict}`,
  ].join('\n');
}

function formatValue(value: number): string {
  // Three decimals below 1, where a goal such as 1/3 sits between two-decimal roundings.
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(Math.abs(value) < 1 ? 3 : 2);
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
