/**
 * `tsx test/bench/profile-deploy.ts [--queued] [--large] [--crowd N] [--calls] [--median] [--cpu-prof-dir DIR]`:
 * where one deploy's CPU goes.
 * Hosts the git server here and runs the deploy in a child process of its own
 * (profile-deploy-worker.ts), so that the figures are the deploy's: its process and the git
 * processes it spawns, not the server's. Prints every git process the deploy ran with its wall
 * and CPU time, grouped by subcommand; with `--calls` also each call in order (in a crowd, the
 * busiest writer's, or the middle one's with `--median`); with `--cpu-prof-dir` the worker also
 * writes a V8 CPU profile.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGitServer } from '../support/git-server';
import { generateRepository } from './gitops.bench';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const server = await startGitServer();
const work = await mkdtemp(join(tmpdir(), 'shipgate-profile-'));
try {
  let url: string;
  if (args.includes('--large')) {
    // gitops.bench.ts's repository: 20,000 files, 5,000 deploy commits.
    url = await server.createRepo('profiled');
    await generateRepository(server.repoPath('profiled'));
    await server.git('profiled', ['gc', '--quiet']);
  } else {
    url = await server.createRepo('profiled', { files: { 'README.md': '# gitops\n' } });
  }
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      join(here, 'profile-deploy-worker.ts'),
      url,
      server.token,
      work,
      server.repoPath('profiled'),
      ...args,
    ],
    {
      stdio: 'inherit',
    },
  );
  await new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`)))),
  );
} finally {
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
