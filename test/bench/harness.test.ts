import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { defineBenchmark, formatResult, median, percentile, processCpuMs, runBenchmark } from './harness';

describe('benchmark harness', () => {
  test.runIf(process.platform === 'linux')("processCpuMs counts a child's CPU once it has exited", async () => {
    const before = processCpuMs();
    // A child that spins until it has used 300 ms of CPU (not wall time: the machine may be busy).
    const spin =
      'const s = process.cpuUsage(); for (;;) { const u = process.cpuUsage(s); if (u.user + u.system >= 3e5) break; }';
    await promisify(execFile)(process.execPath, ['-e', spin]);
    expect(processCpuMs() - before).toBeGreaterThanOrEqual(250);
  });

  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[5], 95, 5],
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test('runs both cases interleaved, in one setup, and reports the ratio and extra metrics', async () => {
    const calls: string[] = [];
    const result = await runBenchmark(
      defineBenchmark({
        name: 'demo',
        goal: 'ratio ≤ 3',
        meetsGoal: (r) => r.ratio <= 3,
        iterations: 2,
        warmup: 0,
        setup: async () => {
          calls.push('setup');
          // Far enough apart that a loaded machine's timer jitter cannot invert them.
          return { delay: 25 };
        },
        baseline: {
          label: 'fast',
          run: async ({ delay }) => {
            calls.push('baseline');
            await new Promise((resolve) => setTimeout(resolve, delay));
          },
        },
        subject: {
          label: 'slow',
          run: async ({ delay }) => {
            calls.push('subject');
            await new Promise((resolve) => setTimeout(resolve, delay * 4));
            return { peakRssMb: 10 };
          },
        },
        teardown: async () => {
          calls.push('teardown');
        },
      }),
    );
    expect(calls).toEqual(['setup', 'baseline', 'subject', 'subject', 'baseline', 'teardown']);
    expect(result.baseline.samplesMs).toHaveLength(2);
    expect(result.ratio).toBeGreaterThan(1);
    expect(result.subject.metrics).toEqual({ peakRssMb: 10 });
    expect(formatResult(result)).toMatch(/ratio subject\/baseline = \d+\.\d\d {3}goal: ratio ≤ 3/);
  });

  test('prints each checked figure with its verdict; one missed figure misses the goal', async () => {
    const noop = { label: 'case', run: async () => ({ cpuMs: 300 }) };
    const result = await runBenchmark(
      defineBenchmark({
        name: 'checked',
        goal: 'both figures',
        iterations: 1,
        warmup: 0,
        baseline: noop,
        subject: noop,
        checks: (r) => [
          { figure: 'solo CPU (ms)', value: r.baseline.metrics.cpuMs ?? Number.NaN, atMost: 250 },
          { figure: 'ratio', value: 1, atMost: 1.5 },
          { figure: 'a third', value: 0.3314, atMost: 1 / 3 },
        ],
      }),
    );
    expect(result.goalMet).toBe(false);
    const printed = formatResult(result);
    expect(printed).toMatch(/solo CPU \(ms\) +300 ≤ 250 {2}\[misses goal\]/);
    expect(printed).toMatch(/ratio +1 ≤ 1\.50? {2}\[meets goal\]/);
    // Below 1, three decimals: a value just under a goal of 1/3 does not print as equal to it.
    expect(printed).toMatch(/a third +0\.331 ≤ 0\.333 {2}\[meets goal\]/);
    expect(printed).toMatch(/goal: both figures {2}\[misses goal\]$/);
  });
});
