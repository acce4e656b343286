/**
 * gitops-commit's cost against the repository's size: one deploy into a synthetic GitOps
 * repository of 20,000 files and 5,000 commits (each a deploy commit with trailers), against what
 * git-auto-commit-style actions do: a full clone, write, commit, push of the same change.
 * Goal (issue 24): the deploy is at least 10× faster (ratio ≤ 0.10), and within 1.5× of the same
 * deploy into a one-file repository, timed beside it in each run (`tinyDeployMs`): a deploy's
 * cost must not grow with the repository.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createExec, SecretMasker, silentLogger } from '@shipgate/core';
import { deployToGitOps } from '@shipgate/gitops';
import { deployCall } from '../support/deploy-call';
import { type GitServer, startGitServer } from '../support/git-server';
import { defineBenchmark } from './harness';

const execFileAsync = promisify(execFile);
const APPS = 1000;
const ENVIRONMENTS = ['dev', 'staging', 'qa', 'production'];
const FILES_PER_PATH = 5;
const COMMITS = 5000;
const IMAGE = `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`;

interface Context {
  server: GitServer;
  url: string;
  /** A repository of one file, for the same deploy beside each large one. */
  tinyUrl: string;
  work: string;
  iteration: number;
}

/** The synthetic history, streamed into `git fast-import` in one go (a few seconds). */
export async function generateRepository(bare: string): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: bare, stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`)))),
  );
  const chunks: string[] = [];
  const flush = async () => {
    const text = chunks.join('');
    chunks.length = 0;
    if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  };
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const manifest = (app: number, env: string, file: number, version: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${app}-${file}\n  namespace: ${env}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app${app}@sha256:${version.toString(16).padStart(64, '0')}\n`;
  let time = 1_700_000_000;
  chunks.push(`commit refs/heads/main\ncommitter Bot <bot@example.com> ${time} +0000\n${data('Initial layout')}`);
  for (let app = 0; app < APPS; app++) {
    for (const env of ENVIRONMENTS) {
      for (let file = 0; file < FILES_PER_PATH; file++) {
        chunks.push(
          `M 100644 inline apps/app${app}/${env}/manifest-${file}.yaml\n${data(manifest(app, env, file, 0))}`,
        );
      }
    }
    if (app % 100 === 0) await flush();
  }
  chunks.push('\n');
  for (let commit = 1; commit < COMMITS; commit++) {
    const app = commit % APPS;
    const env = ENVIRONMENTS[commit % ENVIRONMENTS.length] as string;
    time += 60;
    const message = `Deploy app${app} to ${env}\n\nShipgate-App: app${app}\nShipgate-Environment: ${env}\nShipgate-Image: ghcr.io/acme/app${app}@sha256:${commit.toString(16).padStart(64, '0')}\nShipgate-Source: acme/app${app}@${commit.toString(16).padStart(40, '0')}\nShipgate-Source-Time: ${new Date(time * 1000).toISOString()}\n`;
    chunks.push(`commit refs/heads/main\ncommitter Bot <bot@example.com> ${time} +0000\n${data(message)}`);
    chunks.push(`M 100644 inline apps/app${app}/${env}/manifest-0.yaml\n${data(manifest(app, env, 0, commit))}\n`);
    if (commit % 500 === 0) await flush();
  }
  await flush();
  child.stdin.end();
  await done;
}

function gitEnv(server: GitServer): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server.url}/.extraHeader`,
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from(`x-access-token:${server.token}`).toString('base64')}`,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
}

const deps = { exec: createExec({ log: silentLogger, masker: new SecretMasker() }), log: silentLogger };

async function benchDeploy(context: Context, url: string, name: string): Promise<void> {
  const sourceDir = join(context.work, `source-${name}`);
  await mkdir(sourceDir, { recursive: true });
  await writeFile(
    join(sourceDir, 'app.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  run: '${name}'\n`,
  );
  const result = await deployToGitOps(
    ...deployCall({
      ...deps,
      repository: url,
      branch: 'main',
      token: context.server.token,
      app: 'bench',
      environment: 'subject',
      sourceDir,
      imageRefs: [IMAGE],
      requireApproval: false,
      allowDowngrade: true,
      tempDir: context.work,
    }),
  );
  if (!result.changed) throw new Error('the benchmark deploy changed nothing');
}

export default defineBenchmark<Context>({
  name: 'gitops-commit:large-repository',
  goal: 'one deploy ≥ 10× faster than full clone + commit + push, and ≤ 1.5× the tiny-repository deploy',
  checks: ({ ratio, subject }) => [
    { figure: 'deploy / full clone + commit + push', value: ratio, atMost: 0.1 },
    {
      figure: 'deploy into 20,000 files / into one file',
      value: subject.medianMs / (subject.metrics.tinyDeployMs ?? Number.NaN),
      atMost: 1.5,
    },
  ],
  iterations: 3,
  warmup: 0,
  async setup() {
    const server = await startGitServer();
    const url = await server.createRepo('big');
    await generateRepository(server.repoPath('big'));
    await server.git('big', ['gc', '--quiet']);
    const tinyUrl = await server.createRepo('tiny', { files: { 'README.md': '# gitops\n' } });
    const work = await mkdtemp(join(tmpdir(), 'shipgate-bench-gitops-'));
    return { server, url, tinyUrl, work, iteration: 0 };
  },
  baseline: {
    label: 'git clone (full) + write + commit + push',
    run: async (context) => {
      const n = ++context.iteration;
      const dir = join(context.work, `clone-${n}`);
      const env = gitEnv(context.server);
      await execFileAsync('git', ['clone', '--quiet', context.url, dir], { env });
      await mkdir(join(dir, 'apps', 'bench', 'baseline'), { recursive: true });
      await writeFile(join(dir, 'apps', 'bench', 'baseline', 'app.yaml'), `iteration: ${n}\n`);
      await execFileAsync('git', ['add', '--all'], { cwd: dir, env });
      await execFileAsync('git', ['commit', '--quiet', '-m', `baseline ${n}`], { cwd: dir, env });
      await execFileAsync('git', ['push', '--quiet', 'origin', 'HEAD:main'], { cwd: dir, env });
      await rm(dir, { recursive: true, force: true });
    },
  },
  subject: {
    label: 'deployToGitOps (treeless fetch, fast-import)',
    run: async (context) => {
      const n = ++context.iteration;
      // The tiny deploy is timed outside the subject's own sample: it is a metric beside it.
      const tinyStarted = performance.now();
      await benchDeploy(context, context.tinyUrl, `tiny-${n}`);
      const tinyDeployMs = performance.now() - tinyStarted;
      const started = performance.now();
      await benchDeploy(context, context.url, `large-${n}`);
      return { sampleMs: performance.now() - started, tinyDeployMs };
    },
  },
  async teardown(context) {
    await context.server.stop();
    await rm(context.work, { recursive: true, force: true });
  },
});
