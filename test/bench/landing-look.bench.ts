/**
 * One queued writer's look at the branch and the landing queue (`fetchLandingState`): the step a
 * crowd's writers repeat while they wait, and the leader before each landing. The subject looks
 * from the process (the last look's listing of the clone as haves, only what changed fetched, one
 * `update-ref` transaction, one listing); the baseline is the same clone's look by `git fetch
 * --prune` of the same refspecs, as every look was before. Between two looks the queue changes as it does in a crowd: a request
 * is queued, another settled, and the branch moves. Each look's CPU (this process and the git
 * processes it starts) and the server's are read around the look alone.
 *
 * Goal (issue 24, coordination near free): a look from the process costs at most 0.75× the CPU of
 * git's, the server's CPU for it included.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, type Exec, SecretMasker, silentLogger } from '@shipgate/core';
import { type Git, openScratchClone, removeScratchClone } from '@shipgate/git';
import { fetchLandingState } from '../../packages/gitops/src/landing/listing';
import { type GitServerProcess, startGitServerProcess } from '../support/git-server-process';
import { advanceBranch, deleteRef, writeTaggedCommit } from '../support/queued-tags';
import { defineBenchmark, median, processCpuMs } from './harness';

/** Requests waiting in the queue at every look: a crowd of 32 writers. */
const QUEUED = 32;
/** Looks timed per run, after one that fills the clone. */
const LOOKS = 10;
const QUEUE = 'refs/shipgate/queue/';

interface Context {
  server: GitServerProcess;
  exec: Exec;
  work: string;
  url: string;
  /** The ids of the requests now queued, oldest first. */
  queued: string[];
  made: number;
}

/** A request as a writer queues one: a tag on a commit that holds one rendered file. */
async function queueRequest(context: Context): Promise<void> {
  const id = `r${String(++context.made).padStart(6, '0')}`;
  await writeTaggedCommit(context.exec, context.server.repoPath('looked'), `${QUEUE}${id}`, `Deploy ${id}\n`);
  context.queued.push(id);
}

/** What happens in a crowd between two looks: one more request, the oldest settled, the branch moved. */
async function crowdMoves(context: Context): Promise<void> {
  const repoPath = context.server.repoPath('looked');
  await queueRequest(context);
  await deleteRef(context.exec, repoPath, `${QUEUE}${context.queued.shift()}`);
  await advanceBranch(context.exec, repoPath, 'main', `Landed ${context.made}\n`);
}

/** `LOOKS` looks in a fresh clone (`viaGit`: without the process's own remote), each after the crowd moved. */
async function looks(context: Context, viaGit: boolean) {
  const clone = await openScratchClone(
    { repository: context.url, token: context.server.token, exec: context.exec, tempDir: context.work },
    { purpose: 'look' },
  );
  const git: Git = viaGit ? (args, options) => clone.git(args, options) : clone.git;
  try {
    // Each look starts from the last one's listing, as a queued writer's seat does.
    let held = (await fetchLandingState(git, 'main', Date.now())).listing;
    const cpu: number[] = [];
    const serverCpu: number[] = [];
    let wall = 0;
    for (let look = 0; look < LOOKS; look++) {
      await crowdMoves(context);
      const serverBefore = await context.server.cpuMs();
      const before = processCpuMs();
      const started = performance.now();
      const state = await fetchLandingState(git, 'main', Date.now(), held);
      wall += performance.now() - started;
      held = state.listing;
      cpu.push(processCpuMs() - before);
      serverCpu.push((await context.server.cpuMs()) - serverBefore);
      if (state.queue.length + state.junk.length !== QUEUED) throw new Error('landing-look: the look missed requests');
    }
    return { sampleMs: wall / LOOKS, cpuPerLookMs: median(cpu), serverCpuPerLookMs: median(serverCpu) };
  } finally {
    await removeScratchClone(clone.dir);
  }
}

const cpuOf = (metrics: Record<string, number>) =>
  (metrics.cpuPerLookMs ?? Number.NaN) + (metrics.serverCpuPerLookMs ?? Number.NaN);

export default defineBenchmark<Context>({
  name: 'landing-look',
  goal: 'issue 24: a look at the queue from the process ≤ 0.75× the CPU of git fetch --prune (server included)',
  checks: ({ baseline, subject }) => [
    {
      figure: 'CPU per look, process / git fetch (server included)',
      value: cpuOf(subject.metrics) / cpuOf(baseline.metrics),
      atMost: 0.75,
    },
  ],
  iterations: 5,
  warmup: 1,
  async setup() {
    const server = await startGitServerProcess();
    const work = await mkdtemp(join(tmpdir(), 'shipgate-bench-look-'));
    const url = await server.createRepo('looked', { files: { 'README.md': '# gitops\n' } });
    const context: Context = {
      server,
      exec: createExec({ log: silentLogger, masker: new SecretMasker() }),
      work,
      url,
      queued: [],
      made: 0,
    };
    for (let index = 0; index < QUEUED; index++) await queueRequest(context);
    return context;
  },
  baseline: { label: `git fetch --prune, ${QUEUED} queued (per look)`, run: (context) => looks(context, true) },
  subject: { label: `from the process, ${QUEUED} queued (per look)`, run: (context) => looks(context, false) },
  async teardown(context) {
    await context.server.stop();
    await rm(context.work, { recursive: true, force: true });
  },
});
