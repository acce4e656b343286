import { describe, expect, test, vi } from 'vitest';
import { useRunnerStep } from '../../../test/support/runner-step';
import { CommandError, createCliRuntime, createMemoryRuntime, type LogEntry } from '../src';
import { OutputLines } from '../src/output-lines';
import { createGitHubRuntime } from '../src/runtimes/github';

const SECRET = 's3cret-registry-password';

/**
 * A tool that reports progress and then waits: it prints on both streams (the secret among it),
 * says its pid, and exits only when the test sends SIGUSR1, printing a last line without a newline.
 */
const WAITING_TOOL = `
process.stdout.write('step 1 of 3\\n');
process.stderr.write('pulling with ${SECRET}\\n');
process.stdout.write('step 2 ');
setTimeout(() => {
  process.stdout.write('of 3\\nwaiting as ' + process.pid + '\\n');
}, 20);
process.on('SIGUSR1', () => {
  process.stdout.write('step 3 of 3, no newline');
  process.exit(0);
});
setInterval(() => {}, 1000);
`;

/** The entries from the group titled `title` up to its end: what a reader sees inside it. */
function insideGroup(logs: readonly LogEntry[], title: string): LogEntry[] {
  const start = logs.findIndex((entry) => entry.level === 'group' && entry.message === title);
  const end = logs.findIndex((entry, index) => index > start && entry.level === 'endgroup');
  return start < 0 ? [] : logs.slice(start + 1, end < 0 ? undefined : end);
}

const WAIT = { timeout: 30_000, interval: 20 };

describe('exec streams the long work at info level, inside a group', () => {
  test('lines arrive in order, masked, while the tool still runs; the group closes when it exits', async () => {
    const runtime = createMemoryRuntime();
    runtime.setSecret(SECRET);
    const running = runtime.exec(process.execPath, ['-e', WAITING_TOOL], { streamOutput: { group: 'Building web' } });
    const pid = await vi.waitFor(() => {
      const line = runtime.logs.find((entry) => /^waiting as \d+$/.test(entry.message));
      if (!line) throw new Error('the tool has not said its pid yet');
      return Number(line.message.split(' ').at(-1));
    }, WAIT);

    // Streamed, not buffered: everything so far is in the log before the tool exits.
    const before = insideGroup(runtime.logs, 'Building web');
    expect(runtime.logs.some((entry) => entry.level === 'endgroup')).toBe(false);
    expect(before.every((entry) => entry.level === 'info')).toBe(true);
    const lines = before.map((entry) => entry.message);
    expect(lines[0]).toMatch(/^\[command\] .*node -e /);
    expect(lines.filter((line) => /^step|^waiting/.test(line))).toEqual([
      'step 1 of 3',
      'step 2 of 3',
      `waiting as ${pid}`,
    ]);
    expect(lines).toContain('pulling with ***');
    expect(JSON.stringify(runtime.logs)).not.toContain(SECRET);

    process.kill(pid, 'SIGUSR1');
    const result = await running;
    expect(result.stdout).toBe(`step 1 of 3\nstep 2 of 3\nwaiting as ${pid}\nstep 3 of 3, no newline`);
    const inside = insideGroup(runtime.logs, 'Building web');
    expect(inside.at(-1)).toEqual({ level: 'info', message: 'step 3 of 3, no newline' });
    expect(runtime.logs.at(-1)).toEqual({ level: 'endgroup', message: '' });
  });

  test('stdout: false shows stderr only (a tool whose stdout is its result)', async () => {
    const runtime = createMemoryRuntime();
    const result = await runtime.exec(
      'sh',
      ['-c', 'echo "kind: Secret"; echo "data: c2VjcmV0"; echo "warning: deprecated field" >&2'],
      { streamOutput: { group: 'Rendering', stdout: false } },
    );
    expect(result.stdout).toBe('kind: Secret\ndata: c2VjcmV0\n');
    expect(insideGroup(runtime.logs, 'Rendering').map((entry) => entry.message)).toEqual([
      expect.stringMatching(/^\[command\] sh -c /),
      'warning: deprecated field',
    ]);
  });

  test('a failing tool still closes its group, and the error keeps its reason', async () => {
    const runtime = createMemoryRuntime();
    const error = await runtime
      .exec('sh', ['-c', 'echo working; echo "no space left on device" >&2; exit 2'], {
        streamOutput: { group: 'Scanning' },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toMatch(/exited with code 2: no space left on device$/);
    expect(insideGroup(runtime.logs, 'Scanning').map((entry) => entry.message)).toEqual([
      expect.stringMatching(/^\[command\] sh -c /),
      'working',
      'no space left on device',
    ]);
    expect(runtime.logs.at(-1)?.level).toBe('endgroup');
  });

  test('streamOutput: true stays at debug level, outside any group', async () => {
    const runtime = createMemoryRuntime();
    await runtime.exec('sh', ['-c', 'echo chatter'], { streamOutput: true });
    expect(runtime.logs.filter((entry) => entry.message === 'chatter')).toEqual([
      { level: 'debug', message: 'chatter' },
    ]);
    expect(runtime.logs.some((entry) => entry.level === 'group')).toBe(false);
  });

  test('the CLI shows the group as a heading line, then the lines', async () => {
    const written: string[] = [];
    const runtime = createCliRuntime({ inputs: {}, writeLog: (line) => written.push(line) });
    await runtime.exec('sh', ['-c', 'echo one; echo two >&2'], { streamOutput: { group: 'Scanning web' } });
    expect(written[0]).toBe('▸ Scanning web');
    expect(written[1]).toMatch(/^\[command\] sh -c /);
    expect(written.slice(2).sort()).toEqual(['one', 'two']);
  });
});

describe('exec on a GitHub runner', () => {
  const step = useRunnerStep();

  test('::group:: with the command and the masked lines, then ::endgroup::', async () => {
    const runtime = createGitHubRuntime(process.env);
    runtime.setSecret(SECRET);
    await runtime.exec('sh', ['-c', `echo "one"; echo "with ${SECRET}"`], { streamOutput: { group: 'Building web' } });
    expect(step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))).toEqual([
      '::group::Building web',
      expect.stringMatching(/^\[command\] sh -c echo "one"; echo "with \*\*\*"$/),
      'one',
      'with ***',
      '::endgroup::',
      '',
    ]);
  });
});

describe('OutputLines', () => {
  test('lines split across chunks, carriage returns, a split UTF-8 character and a last line without newline', () => {
    const lines = new OutputLines();
    const euro = Buffer.from('€');
    expect(lines.push(Buffer.from('one\ntw'))).toEqual(['one']);
    expect(lines.push(Buffer.from('o\r\n\n10%\r20%\r'))).toEqual(['two', '10%', '20%']);
    expect(lines.push(Buffer.concat([Buffer.from('\n5 '), euro.subarray(0, 1)]))).toEqual([]);
    expect(lines.push(Buffer.concat([euro.subarray(1), Buffer.from(' paid')]))).toEqual([]);
    expect(lines.end()).toEqual(['5 € paid']);
    expect(lines.end()).toEqual([]);
  });
});
