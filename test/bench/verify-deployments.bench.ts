/**
 * verify-deployments over 1,000 deploy commits (500 staging, 500 production with two issue-mode
 * approvals each, re-read from the API test server), against what a straightforward verifier
 * does in the same clone: a git process per commit for its paths and tree, and one per file read.
 * Each deploy is its own push in GitHub's activity record (1,000 entries, read 100 a page), which
 * times the history: the API calls per approved deploy and per pushed commit count those reads.
 * Goal (issue 24): ≤ 2 s plus API time, ≤ 1 API call per approved deploy. Each production deploy
 * names its own workflow run, as gitops-commit on GitHub does, and re-checking "no self-approval"
 * reads that run (who started it); the request issue's comments hold the request itself. Each of
 * the two goals gets its own verdict.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requestCommentFor, requestSubject } from '@shipgate/approvals';
import { createExec, createGitHubClient, type GitHubClient, SecretMasker, silentLogger } from '@shipgate/core';
import { gitopsRepositoryIdentity } from '@shipgate/gitops';
import { GitHubActivity, GitHubEvidenceChecker, verifyDeployments } from '@shipgate/verify';
import { deployMessage, POLICY, rendered } from '../../packages/verify/test/history';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { defineBenchmark } from './harness';

const execFileAsync = promisify(execFile);
const COMMITS = 1000;
const APPS = 50;
const imageOf = (app: number, n: number) => `ghcr.io/acme/app${app}@sha256:${n.toString(16).padStart(64, '0')}`;

interface Context {
  server: GitServer;
  api: GitHubApi;
  url: string;
  work: string;
  clone: string;
  approved: number;
}

/** The history in one `git fast-import`, and the approvals of its production deploys in the API. */
async function generate(bare: string, api: GitHubApi, start: number, repository: string): Promise<number> {
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: bare, stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`)))),
  );
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const chunks = [`commit refs/heads/main\ncommitter Bot <bot@example.com> ${start} +0000\n${data('Policy')}`];
  chunks.push(`M 100644 inline .shipgate/policy.yaml\n${data(POLICY)}\n`);
  let approved = 0;
  for (let n = 1; n <= COMMITS; n++) {
    const app = n % APPS;
    const environment = n % 2 === 0 ? 'staging' : 'production';
    const imageRef = imageOf(app, n);
    const r = rendered(`app${app}`, environment, imageRef);
    let approvals: string[] = [];
    if (environment === 'production') {
      const issue = api.state.addIssue({
        owner: 'acme',
        repo: `app${app}`,
        title: 'Deploy',
        author: 'carol',
      });
      const subject = requestSubject({
        repository,
        app: `app${app}`,
        environment,
        path: `apps/app${app}/${environment}`,
        imageRefs: [imageRef],
        configHash: r.configHash,
      });
      api.state.addComment(issue.number, 'carol', requestCommentFor(subject), { owner: 'acme', repo: `app${app}` });
      approvals = ['alice', 'bob'].map((login) => {
        const comment = api.state.addComment(issue.number, login, '/approve', { owner: 'acme', repo: `app${app}` });
        return `https://github.com/acme/app${app}/issues/${issue.number}#issuecomment-${comment.id}`;
      });
      api.state.addRun({ owner: 'acme', repo: `app${app}`, id: 100_000 + n, actor: 'carol', status: 'completed' });
      approved++;
    }
    const message = deployMessage({
      app: `app${app}`,
      environment,
      imageRef,
      configHash: r.configHash,
      approvals,
      approvedBy: approvals.length ? ['alice', 'bob'] : [],
      extra: approvals.length ? [`Shipgate-Run: https://github.com/acme/app${app}/actions/runs/${100_000 + n}`] : [],
    });
    chunks.push(`commit refs/heads/main\ncommitter Bot <bot@example.com> ${start + n * 5} +0000\n${data(message)}`);
    for (const [path, content] of Object.entries(r.files)) chunks.push(`M 100644 inline ${path}\n${data(content)}`);
    chunks.push('\n');
  }
  child.stdin.end(chunks.join(''));
  await done;
  return approved;
}

/** GitHub's record of the history: each deploy commit pushed on its own, at its commit time. */
async function recordEachCommitAsPush(server: GitServer, api: GitHubApi, start: number): Promise<void> {
  const shas = (await server.git('verify-bench', ['rev-list', '--reverse', 'main'])).split('\n');
  for (let n = 1; n < shas.length; n++) {
    api.state.addActivity({
      owner: 'acme',
      repo: 'verify-bench',
      actor: 'deployer',
      before: shas[n - 1]!,
      after: shas[n]!,
      ref: 'refs/heads/main',
      timestamp: `${new Date((start + n * 5) * 1000).toISOString().slice(0, 19)}Z`,
    });
  }
}

/** The straightforward way: per commit, its paths and its path's tree, then each file, each its own git process. */
async function perCommitVerifier(clone: string): Promise<number> {
  const { stdout } = await execFileAsync('git', ['rev-list', 'main'], { cwd: clone, maxBuffer: 1 << 26 });
  let files = 0;
  for (const sha of stdout.trim().split('\n')) {
    const shown = await execFileAsync('git', ['show', '--name-only', '--format=%(trailers)', sha], { cwd: clone });
    const path = shown.stdout.split('\n').find((line) => line.startsWith('apps/'));
    if (!path) continue;
    const directory = path.split('/').slice(0, 3).join('/');
    const tree = await execFileAsync('git', ['ls-tree', '-r', '--name-only', sha, '--', directory], { cwd: clone });
    for (const file of tree.stdout.trim().split('\n')) {
      await execFileAsync('git', ['cat-file', '-p', `${sha}:${file}`], { cwd: clone });
      files++;
    }
  }
  return files;
}

/**
 * Wall time with at least one API call in flight, over every kind of call the client makes (REST
 * calls, pages of lists, GraphQL queries): calls overlap, since evidence is read in parallel.
 */
function timeInFlight(client: GitHubClient): { ms(): number } {
  let total = 0;
  let inFlight = 0;
  let busySince = 0;
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (inFlight++ === 0) busySince = performance.now();
      try {
        return await call(...args);
      } finally {
        if (--inFlight === 0) total += performance.now() - busySince;
      }
    };
  client.request = timed(client.request.bind(client)) as GitHubClient['request'];
  client.paginate = timed(client.paginate.bind(client)) as GitHubClient['paginate'];
  client.graphql = timed(client.graphql.bind(client)) as GitHubClient['graphql'];
  return { ms: () => total };
}

export default defineBenchmark<Context>({
  name: 'verify-deployments:1000-commits',
  goal: '≤ 2 s plus API time; ≤ 1 API call per approved deploy (activity reads included)',
  checks: ({ subject }) => [
    { figure: 'API calls per approved deploy', value: subject.metrics.apiCallsPerApprovedDeploy ?? 99, atMost: 1 },
    {
      figure: 'in-process time beside API time (ms)',
      value: subject.medianMs - (subject.metrics.apiMs ?? 0),
      atMost: 2000,
    },
  ],
  iterations: 3,
  warmup: 0,
  async setup() {
    const start = Math.floor(Date.now() / 1000) - 2 * 3600;
    const server = await startGitServer();
    // The approvals were given before the deploys they approve.
    const api = await startGitHubApi({ now: () => new Date((start - 600) * 1000) });
    const url = await server.createRepo('verify-bench');
    const approved = await generate(server.repoPath('verify-bench'), api, start, gitopsRepositoryIdentity(url));
    await recordEachCommitAsPush(server, api, start);
    const work = await mkdtemp(join(tmpdir(), 'shipgate-bench-verify-'));
    const clone = join(work, 'clone');
    await execFileAsync('git', ['clone', '--quiet', '--bare', server.repoPath('verify-bench'), clone]);
    return { server, api, url, work, clone, approved };
  },
  baseline: {
    label: 'a git process per commit and per file (same clone, no API)',
    run: async (context) => {
      const files = await perCommitVerifier(context.clone);
      if (files < COMMITS) throw new Error(`the baseline read only ${files} files`);
    },
  },
  subject: {
    label: 'verifyDeployments: fetch, one log, batched reads, evidence from the API',
    run: async (context) => {
      const before = context.api.requests.length;
      const exec = createExec({ log: silentLogger, masker: new SecretMasker() });
      const client = createGitHubClient({ token: context.api.token, baseUrl: context.api.url });
      const apiTime = timeInFlight(client);
      const report = await verifyDeployments({
        repository: context.url,
        token: context.server.token,
        exec,
        log: silentLogger,
        tempDir: context.work,
        range: { kind: 'branch' },
        evidence: new GitHubEvidenceChecker(client, silentLogger),
        activity: new GitHubActivity(client, { owner: 'acme', repo: 'verify-bench' }),
      });
      const judged = report.commits.filter((finding) => finding.kind !== 'policy-change').length;
      if (report.verdict !== 'pass' || judged !== COMMITS) {
        throw new Error(
          `expected ${COMMITS} verified deploys, got ${report.counts.verified} of ${judged}: ${report.commits.find((f) => f.verdict !== 'pass')?.reason}`,
        );
      }
      const calls = context.api.requests.length - before;
      return {
        apiCallsPerApprovedDeploy: calls / context.approved,
        apiCallsPerPushedCommit: calls / COMMITS,
        apiMs: apiTime.ms(),
      };
    },
  },
  async teardown(context) {
    await context.api.stop();
    await context.server.stop();
    await rm(context.work, { recursive: true, force: true });
  },
});
