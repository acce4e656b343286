/** The child side of git-server-process.ts: a git server answering its parent's calls over IPC. */
import { readFileSync } from 'node:fs';
import { startGitServer } from './git-server';

const server = await startGitServer();

/** This process's CPU and its reaped children's (Linux: /proc/self/stat, in ticks of 1/100 s), ms. */
function cpuMs(): number {
  const own = process.cpuUsage();
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (own.user + own.system) / 1000 + ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

const methods: Record<string, (...args: never[]) => unknown> = {
  describe: () => ({ url: server.url, token: server.token, root: server.root }),
  createRepo: (name: string, init?: Parameters<typeof server.createRepo>[1]) => server.createRepo(name, init),
  git: (name: string, args: string[]) => server.git(name, args),
  cpuMs,
  stop: () => server.stop(),
};

process.on('message', async (message: { id: number; method: string; args: never[] }) => {
  try {
    const value = await methods[message.method]?.(...message.args);
    process.send?.({ id: message.id, value });
  } catch (error) {
    process.send?.({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
