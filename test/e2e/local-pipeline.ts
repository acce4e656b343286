/**
 * The whole Shipgate pipeline on one machine, through the committed action bundles (what GitHub
 * runs), against real parts: the CNCF registry, a GitOps repository served by git http-backend
 * and the GitHub API test server; builds and scans are attested keyless against the Sigstore
 * stand-in (@sigstore/mock) and promote verifies them. Used by test/e2e/pipeline.test.ts and by `npm run demo`.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { isOnPath } from '@shipgate/core';
import { recordPushes } from '../support/activity';
import { type GitServer, startGitServer } from '../support/git-server';
import { type GitHubApi, startGitHubApi } from '../support/github-api';
import { startRegistry, type TestRegistry } from '../support/registry';
import { type ActionBundleResult, addRunnerRun, runActionBundle } from '../support/run-action-bundle';
import { repoRoot } from '../support/shared-fixtures';
import { oidcEnvironment, sigstoreInputs, startSigstore, type TestSigstore } from '../support/sigstore';
import { writeRecordedTrivyReport } from './recorded-scan';

export const SAMPLE_APP = 'sample-app';
/** The image the sample app's base Deployment names; render-manifests maps it to the build. */
export const SAMPLE_IMAGE_PLACEHOLDER = 'ghcr.io/acme/web';
export const GITOPS_REPO = 'gitops';
/** The approvers of the local GitHub API server; `octocat` (the runner's actor) requests. */
export const APPROVERS = ['alice', 'bob'] as const;

/**
 * The demo GitOps repository's `.shipgate/policy.yaml`: production takes only a scan pass signed
 * by the app's CI workflow on main, of a digest that ran in staging, approved by both approvers; gitops-commit and approval-gate
 * read it from the repository, so the workflow's inputs can only tighten it.
 */
export const GITOPS_POLICY = `# Owned by the platform team (CODEOWNERS); gitops-commit applies it to every deploy.
version: 1
environments:
  dev: {}
  staging: {}
  production:
    approvals: { min: 2, approvers: [${APPROVERS.join(', ')}], max-age: 24h }
    scan: { require: pass }
    attestations: { require: [scan], repository: acme/web, signer-workflow: .github/workflows/ci.yml, ref: refs/heads/main }
    promote-from: staging
`;

/** The system tools the pipeline runs, and the Debian package that provides each. */
export const REQUIRED_TOOLS: ReadonlyArray<{ tool: string; install: string }> = [
  { tool: 'buildah', install: 'apt-get install buildah' },
  { tool: 'docker-registry', install: 'apt-get install docker-registry' },
  { tool: 'git', install: 'apt-get install git' },
  { tool: 'busybox', install: 'apt-get install busybox-static' },
  {
    tool: 'kubectl',
    install: 'kubectl from https://kubernetes.io/docs/tasks/tools/ (or a kustomize binary on PATH)',
  },
];

export async function missingTools(): Promise<Array<{ tool: string; install: string }>> {
  const missing = [];
  for (const entry of REQUIRED_TOOLS) {
    if (entry.tool === 'kubectl' && ((await isOnPath('kubectl')) || (await isOnPath('kustomize')))) continue;
    if (entry.tool === 'docker-registry' && process.env.SHIPGATE_REGISTRY_BINARY) continue;
    if (!(await isOnPath(entry.tool))) missing.push(entry);
  }
  return missing;
}

/** The app repository's commit a build comes from (the runner's GITHUB_SHA and push event). */
export interface SourceCommit {
  sha: string;
  /** Committer time, ISO 8601; gitops-commit records it as Shipgate-Source-Time. */
  time: string;
}

export interface Build {
  imageRef: string;
  digest: string;
  source: SourceCommit;
}

export interface Promotion {
  imageRef: string;
  configHash: string;
  /** `owner/repo@sha` and time of the promoted deployment's source, for gitops-commit. */
  source: string;
  sourceTime: string;
  /** The promoted deployment's Shipgate-Scan value, recorded again by gitops-commit. */
  scan: string;
  /** What promote verified of the image's signed provenance and scan attestations. */
  attestations: string;
}

export interface Render {
  outputDir: string;
  configHash: string;
  diffFile: string;
  changed: string;
}

export interface Approval {
  approved: boolean;
  status: string;
  approvalRecord: string;
  requestUrl: string;
  approvers: string;
  /** The issue the gate opened, as the API server holds it. */
  issueBody: string;
  result: ActionBundleResult;
}

export interface StepEvent {
  action: string;
  title: string;
  result: ActionBundleResult;
}

export interface LocalPipelineOptions {
  /** Scratch directory for the sample app copy, step outputs and runner temp dirs. */
  workDir: string;
  /** Called after every action run, e.g. to print what happened. */
  onStep?: (event: StepEvent) => void;
  /** Environment for buildah (STORAGE_DRIVER, BUILDAH_ISOLATION) and anything else the steps need. */
  env?: Record<string, string>;
}

export class StepFailedError extends Error {
  constructor(
    readonly action: string,
    readonly result: ActionBundleResult,
  ) {
    const reason = result.annotations.find((annotation) => annotation.level === 'error')?.message;
    super(
      `${action} failed (exit ${result.exitCode}): ${reason ?? result.log.trim().split('\n').slice(-3).join(' / ')}`,
    );
  }
}

export class LocalPipeline {
  #steps = 0;
  #checkouts = 0;
  readonly #builtImageIds = new Set<string>();

  private constructor(
    readonly options: LocalPipelineOptions,
    readonly registry: TestRegistry,
    readonly git: GitServer,
    readonly github: GitHubApi,
    readonly gitopsUrl: string,
    readonly sampleAppDir: string,
    readonly sigstore: TestSigstore,
    readonly trustedRootFile: string,
  ) {}

  /** Starts the registry, the git server (with an empty GitOps repository) and the GitHub API server. */
  static async start(options: LocalPipelineOptions): Promise<LocalPipeline> {
    const sampleAppDir = join(options.workDir, SAMPLE_APP);
    await cp(join(repoRoot, 'workflows-examples', SAMPLE_APP), sampleAppDir, { recursive: true });
    // The Containerfile copies a static busybox from the build context (see the sample app's README).
    await cp('/bin/busybox', join(sampleAppDir, 'busybox'));
    const started: Array<{ stop(): Promise<void> }> = [];
    try {
      const registry = await startRegistry();
      started.push(registry);
      const git = await startGitServer();
      started.push(git);
      const gitopsUrl = await git.createRepo(GITOPS_REPO, {
        files: {
          'README.md': '# GitOps repository\n\nArgo CD or Flux applies apps/<app>/<environment>.\n',
          '.shipgate/policy.yaml': GITOPS_POLICY,
        },
      });
      const github = await startGitHubApi();
      started.push(github);
      addRunnerRun(github.state);
      const sigstore = await startSigstore();
      started.push(sigstore);
      const trustedRootFile = join(options.workDir, 'sigstore-trusted-root.json');
      await writeFile(trustedRootFile, JSON.stringify(sigstore.trustedRoot));
      return new LocalPipeline(options, registry, git, github, gitopsUrl, sampleAppDir, sigstore, trustedRootFile);
    } catch (error) {
      await Promise.allSettled(started.map((server) => server.stop()));
      throw error;
    }
  }

  /** Stops the servers and removes the images this pipeline built from buildah's local storage. */
  async stop(): Promise<void> {
    const removeImages =
      this.#builtImageIds.size > 0
        ? promisify(execFile)('buildah', ['rmi', '--force', ...this.#builtImageIds], {
            env: { ...process.env, ...this.options.env },
          }).catch(() => undefined)
        : Promise.resolve(undefined);
    const results = await Promise.allSettled([
      removeImages,
      this.registry.stop(),
      this.git.stop(),
      this.github.stop(),
      this.sigstore.stop(),
    ]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  /** Runs one action bundle; throws StepFailedError unless `allowFailure`. */
  async run(
    action: string,
    title: string,
    inputs: Record<string, string | number | boolean | undefined>,
    options: { allowFailure?: boolean; env?: Record<string, string>; source?: SourceCommit } = {},
  ): Promise<ActionBundleResult> {
    this.#steps += 1;
    const stepDir = join(this.options.workDir, 'steps', `${String(this.#steps).padStart(2, '0')}-${action}`);
    await mkdir(join(stepDir, 'runner-temp'), { recursive: true });
    const source = options.source;
    const result = await runActionBundle(action, inputs, {
      workspace: this.options.workDir,
      runnerTemp: join(stepDir, 'runner-temp'),
      env: {
        ...this.options.env,
        GITHUB_API_URL: this.github.url,
        ...(source ? { GITHUB_SHA: source.sha } : {}),
        ...options.env,
      },
      // A push event, as the run of a workflow on push to main gets it.
      ...(source ? { event: { after: source.sha, head_commit: { id: source.sha, timestamp: source.time } } } : {}),
    });
    this.options.onStep?.({ action, title, result });
    if (result.exitCode !== 0 && !options.allowFailure) throw new StepFailedError(action, result);
    return result;
  }

  /** build-image with buildah into the local registry. `variant` changes the page, so the digest changes. */
  async build(variant?: string): Promise<Build> {
    // Each build stands for a new commit of the app repository.
    const time = `${new Date().toISOString().slice(0, 19)}Z`;
    const source = {
      sha: createHash('sha1')
        .update(`${variant ?? 'first'} ${time} ${this.#steps}`)
        .digest('hex'),
      time,
    };
    if (variant) {
      const page = join(this.sampleAppDir, 'site', 'index.html');
      const html = await readFile(page, 'utf8');
      await writeFile(page, html.replace(/<\/body>/, `<!-- ${variant} --></body>`));
    }
    const result = await this.run(
      'build-image',
      `build the sample app${variant ? ` (${variant})` : ''}`,
      {
        image: `${this.registry.host}/shipgate/${SAMPLE_APP}`,
        context: this.sampleAppDir,
        file: join(this.sampleAppDir, 'Containerfile'),
        builder: 'buildah',
        'tls-verify': false,
        ...sigstoreInputs(this.sigstore),
      },
      { source, env: oidcEnvironment(this.sigstore) },
    );
    if (result.outputs['image-id']) this.#builtImageIds.add(result.outputs['image-id']);
    const imageRef = result.outputs['image-ref'] ?? '';
    return { imageRef, digest: result.outputs.digest ?? imageRef.slice(imageRef.lastIndexOf('@') + 1), source };
  }

  /** scan-image over a recorded Trivy report for this exact digest (Trivy and Grype are not run here). */
  async scan(build: Build): Promise<{ scanRecord: string; verdict: string }> {
    const report = await writeRecordedTrivyReport(
      join(this.options.workDir, `trivy-${build.digest.slice(7, 19)}.json`),
      build.imageRef,
    );
    const result = await this.run(
      'scan-image',
      'scan the image (a recorded Trivy report)',
      {
        'image-ref': build.imageRef,
        report,
        'tls-verify': false,
        ...sigstoreInputs(this.sigstore),
        // Also stored with GitHub's attestations (acme/web), where verify-deployments reads them.
        'github-token': this.github.token,
      },
      { env: oidcEnvironment(this.sigstore) },
    );
    return { scanRecord: result.outputs['scan-record'] ?? '', verdict: result.outputs.verdict ?? '' };
  }

  /** The directory gitops-commit writes the environment to, in a checkout of the GitOps repository. */
  environmentPath(environment: string): string {
    return `apps/${SAMPLE_APP}/${environment}`;
  }

  async render(environment: string, imageRef: string, compareTo?: string): Promise<Render> {
    const result = await this.run('render-manifests', `render ${environment}`, {
      source: join(this.sampleAppDir, 'deploy'),
      environment,
      'image-ref': `${SAMPLE_IMAGE_PLACEHOLDER}=${imageRef}`,
      'output-dir': join(this.options.workDir, 'rendered', `${environment}-${this.#steps + 1}`),
      'compare-to': compareTo,
    });
    return {
      outputDir: result.outputs['output-dir'] ?? '',
      configHash: result.outputs['config-hash'] ?? '',
      diffFile: result.outputs['diff-file'] ?? '',
      changed: result.outputs.changed ?? '',
    };
  }

  async commit(
    environment: string,
    fields: {
      render: Render;
      imageRef: string;
      scanRecord?: string;
      approvalRecord?: string;
      message?: string;
      /** The build's source commit (the workflow's own commit), or a promotion's recorded source. */
      source?: SourceCommit | Promotion;
    },
    options: { allowFailure?: boolean } = {},
  ): Promise<ActionBundleResult> {
    return this.run(
      'gitops-commit',
      `commit ${environment}`,
      {
        repository: this.gitopsUrl,
        token: this.git.token,
        app: SAMPLE_APP,
        environment,
        'source-dir': fields.render.outputDir,
        'config-hash': fields.render.configHash,
        'image-ref': fields.imageRef,
        'scan-record': fields.scanRecord,
        'approval-record': fields.approvalRecord,
        'github-token': this.github.token,
        // Production's scan rule counts the signed scan attestation in the registry, not the record.
        'trusted-root': this.trustedRootFile,
        'tls-verify': 'false',
        message: fields.message,
        ...(fields.source && 'sourceTime' in fields.source
          ? { source: fields.source.source, 'source-time': fields.source.sourceTime, scan: fields.source.scan }
          : {}),
      },
      {
        allowFailure: options.allowFailure,
        source: fields.source && 'sha' in fields.source ? fields.source : undefined,
      },
    );
  }

  /** A fresh clone of the GitOps repository (from the bare directory), for render-manifests' compare-to. */
  async checkoutGitops(): Promise<string> {
    this.#checkouts += 1;
    const directory = join(this.options.workDir, `gitops-checkout-${this.#checkouts}`);
    await promisify(execFile)('git', ['clone', '--quiet', this.git.repoPath(GITOPS_REPO), directory]);
    return directory;
  }

  /**
   * approval-gate in issue mode against the GitHub API server. When the gate opens its issue,
   * `answers` are posted as comments (e.g. alice `/approve`), as approvers would.
   */
  async approve(
    environment: string,
    fields: { imageRef: string; render: Render; scanRecord?: string; source?: SourceCommit },
    answers: ReadonlyArray<{ login: string; body: string }>,
  ): Promise<Approval> {
    const issuesBefore = this.github.state.issues.length;
    this.github.state.onRequestCommented = (issue) => {
      for (const answer of answers) {
        this.github.state.addComment(issue.number, answer.login, answer.body, { owner: issue.owner, repo: issue.repo });
      }
    };
    try {
      const result = await this.run(
        'approval-gate',
        `ask for ${environment} approval (issue mode)`,
        {
          app: SAMPLE_APP,
          environment,
          mode: 'issue',
          approvers: APPROVERS.join(','),
          'min-approvals': APPROVERS.length,
          'image-ref': fields.imageRef,
          'config-hash': fields.render.configHash,
          'diff-file': fields.render.diffFile,
          'scan-record': fields.scanRecord,
          'poll-interval-seconds': 1,
          'timeout-minutes': 2,
          'github-token': this.github.token,
          'policy-repository': this.gitopsUrl,
          'policy-token': this.git.token,
        },
        { allowFailure: true, source: fields.source },
      );
      const issue = this.github.state.issues[issuesBefore];
      return {
        approved: result.outputs.approved === 'true',
        status: result.outputs.status ?? '',
        approvalRecord: result.outputs['approval-record'] ?? '',
        requestUrl: result.outputs['request-url'] ?? '',
        approvers: result.outputs.approvers ?? '',
        issueBody: issue?.body ?? '',
        result,
      };
    } finally {
      this.github.state.onRequestCommented = undefined;
    }
  }

  async promote(from: string, to: string): Promise<Promotion> {
    const result = await this.run('promote', `promote ${from} to ${to}`, {
      app: SAMPLE_APP,
      'from-environment': from,
      'to-environment': to,
      repository: this.gitopsUrl,
      token: this.git.token,
      'tls-verify': false,
      'verify-attestations': 'provenance, scan',
      'trusted-root': this.trustedRootFile,
      'attestation-identity': 'https://github.com/acme/web/.github/workflows/ci.yml@refs/heads/main',
      'attestation-repository': 'acme/web',
      'scan-max-age': '7d',
    });
    return {
      attestations: result.outputs.attestations ?? '',
      imageRef: result.outputs['image-ref'] ?? '',
      configHash: result.outputs['config-hash'] ?? '',
      source: result.outputs.source ?? '',
      sourceTime: result.outputs['source-time'] ?? '',
      scan: result.outputs.scan ?? '',
    };
  }

  async rollback(
    environment: string,
    reason: string,
    extra: Record<string, string> = {},
    options: { allowFailure?: boolean } = {},
  ): Promise<ActionBundleResult> {
    return this.run(
      'rollback',
      `roll ${environment} back`,
      {
        app: SAMPLE_APP,
        environment,
        to: 'previous',
        reason,
        repository: this.gitopsUrl,
        token: this.git.token,
        'github-token': this.github.token,
        // As for gitops-commit: production's scan rule counts the signed scan attestation.
        'trusted-root': this.trustedRootFile,
        'tls-verify': 'false',
        ...extra,
      },
      options,
    );
  }

  async report(environments: readonly string[]): Promise<{ reportFile: string; summary: string }> {
    await this.recordActivity();
    const result = await this.run('deployment-report', 'report deployments', {
      app: SAMPLE_APP,
      environments: environments.join(','),
      since: '1d',
      repository: this.gitopsUrl,
      token: this.git.token,
      'github-token': this.github.token,
      'github-repository': `acme/${GITOPS_REPO}`,
      // Judged as verify-deployments judges: production's signed scan passes need the same trust.
      'trusted-root': this.trustedRootFile,
      'report-file': join(this.options.workDir, 'deployment-report.json'),
    });
    return { reportFile: result.outputs.report ?? '', summary: result.summary };
  }

  /**
   * The platform team's `.shipgate/policy.yaml`, committed to the GitOps repository when it holds
   * none yet (so the deploys before it are not judged by it): what verify-deployments judges by.
   */
  async ensurePolicy(): Promise<boolean> {
    const existing = await this.gitopsFile('.shipgate/policy.yaml').catch(() => '');
    if (existing) return false;
    const policy = `version: 1\nenvironments:\n  dev: {}\n  staging: {}\n  production:\n    approvals: { min: 2, approvers: [${APPROVERS.join(', ')}] }\n`;
    await this.pushByHand(
      { '.shipgate/policy.yaml': policy },
      'Add the deployment policy',
      'Platform Team <platform@example.com>',
    );
    return true;
  }

  /**
   * What anyone holding the push token can do: change an environment's files and push straight
   * to main, no trailers, no approval. Returns the commit.
   */
  async handMadeCommit(environment: string): Promise<string> {
    const path = this.environmentPath(environment);
    const files = (await this.git.git(GITOPS_REPO, ['ls-tree', '--name-only', `main:${path}`])).split('\n');
    const file = files.find((name) => /deployment/.test(name)) ?? files[0] ?? 'deployment.yaml';
    const content = await this.gitopsFile(`${path}/${file}`);
    const edited = content.replace(/replicas: \d+/, 'replicas: 20');
    return this.pushByHand(
      { [`${path}/${file}`]: edited === content ? `${content}# by hand\n` : edited },
      'Scale up by hand',
    );
  }

  /** A commit pushed straight to main with plain git, as a person with the push token would. */
  async pushByHand(
    files: Record<string, string>,
    message: string,
    author = 'Dana Developer <dana@example.com>',
  ): Promise<string> {
    const directory = await this.checkoutGitops();
    const run = (args: string[]) => promisify(execFile)('git', args, { cwd: directory });
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(directory, path)), { recursive: true });
      await writeFile(join(directory, path), content);
    }
    const [, name = '', email = ''] = /^(.*) <(.*)>$/.exec(author) ?? [];
    await run(['add', '--all']);
    await run(['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '--quiet', '-m', message]);
    await run(['push', '--quiet', 'origin', 'HEAD:main']);
    return (await run(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** verify-deployments over the GitOps repository's main branch (or `range`); a failing verdict is a result, not an error. */
  async verify(range = ''): Promise<ActionBundleResult> {
    await this.recordActivity();
    return this.run(
      'verify-deployments',
      'verify every deployment against the policy',
      {
        repository: this.gitopsUrl,
        token: this.git.token,
        range,
        'github-token': this.github.token,
        'github-repository': `acme/${GITOPS_REPO}`,
        // The scan passes production requires are signed attestations, verified against this root.
        'trusted-root': this.trustedRootFile,
        'report-file': join(this.options.workDir, 'verify-report.json'),
      },
      { allowFailure: true },
    );
  }

  /** What GitHub would have recorded of the pushes to the GitOps repository so far: its activity. */
  async recordActivity(): Promise<void> {
    await recordPushes(this.github, this.git, {
      name: GITOPS_REPO,
      owner: 'acme',
      repo: GITOPS_REPO,
      actor: 'deployer',
    });
  }

  /** `git log` of the GitOps repository's main branch: one entry per commit, newest first. */
  async gitopsLog(): Promise<Array<{ sha: string; subject: string; trailers: string }>> {
    const text = await this.git.git(GITOPS_REPO, ['log', '--format=%H%x1f%s%x1f%(trailers:only,unfold)%x1e', 'main']);
    return text
      .split('\x1e')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [sha = '', subject = '', trailers = ''] = entry.split('\x1f');
        return { sha, subject, trailers: trailers.trim() };
      });
  }

  /** A file of the GitOps repository at `main` (or another revision). */
  async gitopsFile(path: string, revision = 'main'): Promise<string> {
    return this.git.git(GITOPS_REPO, ['show', `${revision}:${path}`]);
  }

  /** The tree id of a path at main: equal ids mean the environment is untouched. */
  async gitopsTree(path: string): Promise<string> {
    return this.git.git(GITOPS_REPO, ['rev-parse', `main:${path}`]).catch(() => '');
  }
}
