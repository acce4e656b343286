/**
 * The git server of test/support/git-server.ts in a process of its own, for benchmarks that count
 * CPU: this process's CPU (and that of the git processes it reaps) is then the clients' alone, and
 * the server reports its own. Requests go over Node's IPC channel; only what the benchmarks use.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RepoInit } from './git-server';

export interface GitServerProcess {
  readonly url: string;
  readonly token: string;
  createRepo(name: string, init?: RepoInit): Promise<string>;
  repoPath(name: string): string;
  git(name: string, args: readonly string[]): Promise<string>;
  /** CPU the server process and every git process it reaped have used so far, ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

type Reply = { id: number; value?: unknown; error?: string };

export async function startGitServerProcess(): Promise<GitServerProcess> {
  const entry = fileURLToPath(new URL('./git-server-process-main.ts', import.meta.url));
  // execArgv carries tsx's loader, so the child runs TypeScript as this process does.
  const child: ChildProcess = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  child.on('message', (message: Reply) => {
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.value);
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`the git server process exited with ${code}`));
    pending.clear();
  });
  const call = <T>(method: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, method, args });
    });
  const { url, token, root } = await call<{ url: string; token: string; root: string }>('describe');
  return {
    url,
    token,
    createRepo: (name, init) => call<string>('createRepo', name, init),
    repoPath: (name) => `${root}/${name}.git`,
    git: (name, args) => call<string>('git', name, args),
    cpuMs: () => call<number>('cpuMs'),
    stop: async () => {
      await call('stop');
      child.disconnect();
    },
  };
}
