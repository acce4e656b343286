import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

const DONE = '__SHIPGATE_BLOCK_DONE__';

export interface BlockResult {
  /** 0 when every command of the block succeeded; else the shell's exit status. */
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * One bash process that runs blocks of commands in turn, as a reader pastes them into one
 * terminal: a `cd` or a variable of one block holds in the next. `set -eo pipefail`: the first
 * failing command ends the session, and its block's result says so.
 */
export class ShellSession {
  readonly #child: ChildProcessWithoutNullStreams;
  #stdout = '';
  #stderr = '';
  #exit: number | undefined;
  #waiting: (() => void) | undefined;

  constructor(options: { cwd: string; env: Record<string, string> }) {
    this.#child = spawn('bash', ['--noprofile', '--norc'], { cwd: options.cwd, env: options.env });
    this.#child.stdout.on('data', (chunk) => {
      this.#stdout += chunk;
      this.#waiting?.();
    });
    this.#child.stderr.on('data', (chunk) => {
      this.#stderr += chunk;
    });
    this.#child.on('close', (code) => {
      this.#exit = code ?? 1;
      this.#waiting?.();
    });
    this.#child.stdin.write('set -eo pipefail\n');
  }

  /** Runs `code` after the blocks before it; resolves when it is done or has ended the session. */
  async run(code: string): Promise<BlockResult> {
    if (this.#exit !== undefined) return { status: this.#exit, stdout: '', stderr: 'the session had ended' };
    this.#stdout = '';
    this.#stderr = '';
    this.#child.stdin.write(`${code}\nprintf '\\n${DONE}\\n'\n`);
    await new Promise<void>((resolve) => {
      const check = () => {
        if (this.#exit !== undefined || this.#stdout.includes(`${DONE}\n`)) {
          this.#waiting = undefined;
          resolve();
        }
      };
      this.#waiting = check;
      check();
    });
    const stdout = this.#stdout.replace(`\n${DONE}\n`, '');
    return { status: this.#exit ?? 0, stdout, stderr: this.#stderr };
  }

  async close(): Promise<void> {
    if (this.#exit !== undefined) return;
    const closed = new Promise((resolve) => this.#child.on('close', resolve));
    this.#child.stdin.end('exit 0\n');
    await closed;
  }
}
