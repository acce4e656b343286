/**
 * 32 writers at once: concurrent deploys of 32 apps into one branch of one GitOps repository,
 * each losing races retries on the new tip (max-attempts and backoff at their defaults). Reports
 * the wall time, the p95 of one writer's deploy and the most attempts any writer needed, against
 * a single deploy alone. Goal: p95 per deploy ≤ 3× a single deploy. On a shared 2-core machine
 * the 32 writers also compete for CPU, which 32 separate runners would not.
 *
 * What bounds it: 32 commits to one ref land one after another, and each needs a full client
 * round trip on the tip before it (fetch the new tip, rebuild, push), so the last writer waits
 * for roughly 32 of those cycles however the retries are scheduled: p95 ≈ 30 × a cycle, not 3×.
 * Here the server, the 32 writers and every git process they spawn share two cores, so a cycle
 * is CPU-bound, and every lost race (about four per writer) costs CPU the winner needs.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { deployToGitOps } from '@shipgate/gitops';
import { type GitServer, startGitServer } from '../support/git-server';
import { defineBenchmark, percentile } from './harness';

const WRITERS = 32;
const IMAGE = `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`;

interface Context {
  server: GitServer;
  url: string;
  work: string;
  round: number;
}

const deps = { exec: createExec({ log: silentLogger, masker: new SecretMasker() }), log: silentLogger };

async function deployOne(context: Context, app: string, round: number) {
  const sourceDir = join(context.work, `${app}-${round}`);
  await mkdir(sourceDir, { recursive: true });
  await writeFile(join(sourceDir, 'app.yaml'), `round: ${round}\n`);
  const started = performance.now();
  const result = await deployToGitOps({
    ...deps,
    repository: context.url,
    branch: 'main',
    token: context.server.token,
    app,
    environment: 'dev',
    sourceDir,
    imageRefs: [IMAGE],
    requireApproval: false,
    tempDir: context.work,
  });
  return { ms: performance.now() - started, attempts: result.attempts };
}

export default defineBenchmark<Context>({
  name: 'gitops-commit:32-writers',
  goal: 'p95 of one writer among 32 ≤ 3× a single deploy',
  meetsGoal: (result) =>
    (result.subject.metrics.p95DeployMs ?? Number.POSITIVE_INFINITY) <= 3 * result.baseline.medianMs,
  iterations: 2,
  warmup: 0,
  async setup() {
    const server = await startGitServer();
    const url = await server.createRepo('busy', { files: { 'README.md': '# gitops\n' } });
    const work = await mkdtemp(join(tmpdir(), 'shipgate-bench-writers-'));
    return { server, url, work, round: 0 };
  },
  baseline: {
    label: 'one deploy alone',
    run: async (context) => {
      await deployOne(context, 'solo', ++context.round);
    },
  },
  subject: {
    label: `${WRITERS} concurrent deploys (wall time)`,
    run: async (context) => {
      const round = ++context.round;
      const settled = await Promise.allSettled(
        Array.from({ length: WRITERS }, (_, index) => deployOne(context, `app${index}`, round)),
      );
      const done = settled.flatMap((entry) => (entry.status === 'fulfilled' ? [entry.value] : []));
      return {
        p95DeployMs: percentile(
          done.map((deploy) => deploy.ms),
          95,
        ),
        maxAttempts: Math.max(0, ...done.map((deploy) => deploy.attempts)),
        failed: settled.length - done.length,
      };
    },
  },
  async teardown(context) {
    await context.server.stop();
    await rm(context.work, { recursive: true, force: true });
  },
});
