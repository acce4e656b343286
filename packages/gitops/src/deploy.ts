import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApprovalRecord, verifyApprovalBinding } from '@shipgate/approvals';
import { CommandError, ConfigurationError, type Exec, type Logger, retry, ShipgateError } from '@shipgate/core';
import { requireDigestReference } from '@shipgate/image';
import { formatScanTrailer, type ScanRecord } from '@shipgate/scan';
import { checkDeployOrder } from './deploy-order';
import type { DeploymentTrail } from './deployment';
import { createGit, type Git, maskToken, ownerAndName, resolveRepositoryUrl, type SecretSink } from './git';
import { readDeploymentsFromClone, remoteDefaultBranch } from './history';
import { openOrUpdatePullRequest } from './pull-request';
import { classifyPush } from './push-result';
import { buildCommitMessage, sanitizeTrailerValue } from './trailers';
import { confineRepositoryPath, listSourceFiles, writeTargetDirectory } from './write-tree';

export const DEFAULT_AUTHOR = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

export const DEFAULT_MESSAGE = 'Deploy {app} to {environment}';

export interface DeployOptions {
  exec: Exec;
  log: Logger;
  /** `runtime.setSecret`: the token's forms are registered before git first runs. */
  setSecret?: SecretSink;
  /** A URL, local path or `owner/name`. */
  repository: string;
  /** Default: the repository's default branch (`main` for an empty repository). */
  branch?: string;
  token?: string;
  app: string;
  environment: string;
  /** Default `apps/<app>/<environment>`. */
  path?: string;
  /** The rendered manifests; the target path's content becomes exactly this directory's. */
  sourceDir: string;
  /** Digest-pinned image references being deployed. */
  imageRefs: readonly string[];
  scanRecord?: ScanRecord;
  approvalRecord?: ApprovalRecord;
  /** Default: true for `production`. */
  requireApproval?: boolean;
  mode?: 'push' | 'pull-request';
  /** Remove files no longer rendered. Default true. */
  prune?: boolean;
  /** Template with {app} {environment} {image} {digest} {short-digest} {source}. */
  message?: string;
  /** Default 10. */
  maxAttempts?: number;
  allowDowngrade?: boolean;
  author?: { name: string; email: string };
  configHash?: string;
  /** `owner/repo@sha` of the source commit. */
  source?: string;
  /** Committer time of the source commit (ISO 8601); orders deploys. */
  sourceTime?: string;
  /** The workflow run URL. */
  runUrl?: string;
  /** Set by rollback. */
  rollback?: { of: string; to: string; reason?: string };
  /** For `owner/name` repositories. */
  serverUrl?: string;
  /** For pull-request mode. */
  apiUrl?: string;
  workspace?: string;
  tempDir?: string;
  /** Backoff between push attempts; tests pass 0. */
  retryDelays?: { baseDelayMs: number; maxDelayMs: number };
  fetch?: typeof fetch;
}

export interface DeployResult {
  changed: boolean;
  /** The new commit, or the branch tip when nothing changed or the deploy was refused; empty when there is neither. */
  commitSha: string;
  /** Push attempts made (0 when refused before any push). */
  attempts: number;
  /** The branch written to (the pull-request branch in that mode). */
  branch: string;
  path: string;
  pullRequestUrl?: string;
  /** Why the deploy was refused by the no-stale-overwrite rule. */
  refused?: string;
}

/** A push lost a race (or the connection failed); the whole attempt is redone on the new tip. */
class RetryablePushError extends ShipgateError {
  override name = 'RetryablePushError';
}

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Commits `sourceDir` to `path` in the GitOps repository with the deployment trailers and pushes
 * it, safe under concurrency. Everything the user could get wrong is checked before the remote is
 * touched. See DESIGN.md and issue 6 for the rules.
 */
export async function deployToGitOps(options: DeployOptions): Promise<DeployResult> {
  const plan = await planDeploy(options);
  const { log } = options;
  maskToken(options.token, options.setSecret);
  const url = resolveRepositoryUrl(options.repository, {
    serverUrl: options.serverUrl ?? 'https://github.com',
    workspace: options.workspace ?? process.cwd(),
  });
  if (plan.mode === 'pull-request' && !ownerAndName(url)) {
    throw new ConfigurationError(
      `Input "repository" must name a GitHub repository (owner/name) for mode "pull-request".`,
    );
  }
  if (plan.mode === 'pull-request' && !options.token) {
    throw new ConfigurationError(`Input "token" is required for mode "pull-request".`);
  }

  const workDir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'shipgate-gitops-'));
  try {
    const author = options.author ?? DEFAULT_AUTHOR;
    const git = createGit({
      exec: options.exec,
      url,
      token: options.token,
      cwd: workDir,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
      },
    });
    await git(['init', '--quiet']);
    await git(['remote', 'add', 'origin', url]);
    const baseBranch = options.branch ?? (await remoteDefaultBranch(git)) ?? 'main';
    validateBranch(baseBranch, 'branch');
    const pushBranch = plan.mode === 'pull-request' ? `shipgate/${options.app}-${options.environment}` : baseBranch;
    // Cone mode: the working tree only ever holds the target path (and top-level files). The
    // index is a plain one: a sparse index makes write-tree fetch every blob of the tip.
    await git(['sparse-checkout', 'set', '--cone', '--no-sparse-index', plan.path]);

    let attempts = 0;
    const outcome = await retry(
      async (attempt) => {
        attempts = attempt;
        const tip = await fetchTip(git, baseBranch, attempt === 1 ? 'tree:0' : 'blob:none');
        // The index only: no file of the tip is ever checked out, so no blob is fetched. The
        // target path is rewritten in the (sparse) working tree and `git add` stages the difference.
        await git(tip ? ['read-tree', tip.commit] : ['read-tree', '--empty']);

        const history = tip
          ? await readDeploymentsFromClone(git, tip.commit, { app: options.app, environment: options.environment })
          : [];
        const decision = checkDeployOrder(history, {
          source: options.source,
          sourceTime: options.sourceTime,
          allowDowngrade: options.allowDowngrade,
        });
        if (!decision.allowed) return { refused: decision.reason, tip: tip?.commit, pushed: false as const };

        if (tip) await assertNoLinkOnPath(git, tip.commit, plan.path);
        await writeTargetDirectory(workDir, plan.path, plan.files, true);
        // Without prune, index entries we did not write stay (the working tree never had them).
        await git(['add', plan.prune ? '--all' : '--ignore-removal', '--sparse', '--', plan.path]);
        // --missing-ok: the tip's blobs exist on the server; checking them here would fetch them all.
        const tree = (await git(['write-tree', '--missing-ok'])).stdout.trim();
        if (tree === tip?.tree) return { tip: tip.commit, pushed: false as const };

        const commitSha = (
          await git(['commit-tree', tree, ...(tip ? ['-p', tip.commit] : []), '-F', '-'], { input: plan.message })
        ).stdout.trim();

        if (plan.mode === 'pull-request' && (await sameTreeAsRemote(git, pushBranch, tree))) {
          return { tip: tip?.commit, pushed: false as const, unchangedPullRequest: true };
        }
        const force = plan.mode === 'pull-request' ? '+' : '';
        const push = await git(
          ['push', '--porcelain', '--no-verify', 'origin', `${force}${commitSha}:refs/heads/${pushBranch}`],
          {
            ignoreReturnCode: true,
          },
        );
        const result = classifyPush(push);
        if (result.kind === 'pushed') return { tip, pushed: true as const, commitSha };
        if (result.kind === 'fatal') {
          throw new ConfigurationError(`The push to ${pushBranch} was refused by the server: ${result.message}`);
        }
        throw new RetryablePushError(result.message);
      },
      {
        attempts: plan.maxAttempts,
        baseDelayMs: options.retryDelays?.baseDelayMs ?? 300,
        maxDelayMs: options.retryDelays?.maxDelayMs ?? 8_000,
        isRetryable: (error) => error instanceof RetryablePushError,
        onRetry: ({ attempt, delayMs, error }) =>
          log.info(
            `Push attempt ${attempt} of ${plan.maxAttempts} lost a race (${(error as Error).message}); fetching the new tip and re-applying in ${delayMs} ms.`,
          ),
      },
    ).catch((error: unknown) => {
      if (error instanceof RetryablePushError) {
        throw new ShipgateError(
          `The push to ${pushBranch} was rejected ${plan.maxAttempts} times (last: ${error.message}); raise "max-attempts" or try again.`,
        );
      }
      throw error;
    });

    const result: DeployResult = {
      changed: outcome.pushed,
      commitSha: outcome.pushed ? outcome.commitSha : (outcome.tip ?? ''),
      attempts: 'refused' in outcome ? 0 : attempts,
      branch: pushBranch,
      path: plan.path,
    };
    if ('refused' in outcome && outcome.refused) {
      result.refused = outcome.refused;
      log.notice(
        `Not deploying ${options.app} to ${options.environment}: ${outcome.refused}. Set allow-downgrade: true to deploy it anyway.`,
      );
      return result;
    }
    if (!outcome.pushed && !('unchangedPullRequest' in outcome)) {
      log.info(`${plan.path} on ${baseBranch} already holds this content; nothing to commit.`);
    }
    if (plan.mode === 'pull-request' && (outcome.pushed || 'unchangedPullRequest' in outcome)) {
      const repo = ownerAndName(url)!;
      const pull = await openOrUpdatePullRequest({
        apiUrl: options.apiUrl ?? 'https://api.github.com',
        token: options.token!,
        owner: repo.owner,
        repo: repo.name,
        head: pushBranch,
        base: baseBranch,
        title: plan.message.split('\n')[0] ?? `Deploy ${options.app} to ${options.environment}`,
        body: plan.message,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
      });
      result.pullRequestUrl = pull.url;
      log.info(`${pull.created ? 'Opened' : 'Updated'} pull request ${pull.url}.`);
    } else if (outcome.pushed) {
      log.info(`Committed ${result.commitSha} to ${pushBranch} (${plan.path}) in ${attempts} attempt(s).`);
    }
    return result;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

interface DeployPlan {
  path: string;
  files: Awaited<ReturnType<typeof listSourceFiles>>;
  message: string;
  prune: boolean;
  mode: 'push' | 'pull-request';
  maxAttempts: number;
}

/** Validates every input and builds the commit message; no side effects outside reading files. */
export async function planDeploy(options: DeployOptions): Promise<DeployPlan> {
  if (!NAME_PATTERN.test(options.app)) {
    throw new ConfigurationError(`Input "app" must be letters, digits, ".", "_" or "-", got "${options.app}".`);
  }
  if (!NAME_PATTERN.test(options.environment)) {
    throw new ConfigurationError(
      `Input "environment" must be letters, digits, ".", "_" or "-", got "${options.environment}".`,
    );
  }
  if (options.branch !== undefined) validateBranch(options.branch, 'branch');
  const path = confineRepositoryPath(options.path ?? `apps/${options.app}/${options.environment}`);
  const maxAttempts = options.maxAttempts ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new ConfigurationError(`Input "max-attempts" must be a positive integer, got ${maxAttempts}.`);
  }
  const imageRefs = options.imageRefs.map((ref) => requireDigestReference(ref, 'image-ref').toString());
  const digests = new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)));
  if (options.scanRecord && !digests.has(options.scanRecord.digest)) {
    throw new ConfigurationError(
      `Input "scan-record" is for ${options.scanRecord.imageRef}, which is not one of the images being deployed.`,
    );
  }
  if (options.sourceTime !== undefined && Number.isNaN(Date.parse(options.sourceTime))) {
    throw new ConfigurationError(`Input "source-time" must be an ISO 8601 time, got "${options.sourceTime}".`);
  }
  const requireApproval = options.requireApproval ?? options.environment === 'production';
  if (requireApproval && !options.approvalRecord) {
    throw new ConfigurationError(
      `Input "approval-record" is required to deploy to "${options.environment}" (require-approval is true).`,
    );
  }
  if (options.approvalRecord) {
    verifyApprovalBinding(options.approvalRecord, {
      app: options.app,
      environment: options.environment,
      imageRefs,
      configHash: options.configHash ?? '',
    });
  }
  const files = await listSourceFiles(options.sourceDir);

  const trail: DeploymentTrail = {
    app: options.app,
    environment: options.environment,
    imageRefs,
    ...(options.source ? { source: options.source } : {}),
    ...(options.sourceTime ? { sourceTime: new Date(Date.parse(options.sourceTime)).toISOString() } : {}),
    ...(options.runUrl ? { run: options.runUrl } : {}),
    ...(options.scanRecord ? { scan: formatScanTrailer(options.scanRecord) } : {}),
    ...(options.configHash ? { configHash: options.configHash } : {}),
    approvedBy: [...new Set((options.approvalRecord?.approvers ?? []).map((entry) => entry.login))],
    ...(options.rollback
      ? {
          rollbackOf: options.rollback.of,
          rollbackTo: options.rollback.to,
          ...(options.rollback.reason ? { reason: options.rollback.reason } : {}),
        }
      : {}),
  };
  const rendered = renderMessageTemplate(options.message || DEFAULT_MESSAGE, {
    app: options.app,
    environment: options.environment,
    image: imageRefs[0] ?? '',
    digest: imageRefs[0]?.slice(imageRefs[0].lastIndexOf('@') + 1) ?? '',
    source: options.source ?? '',
  });
  return {
    path,
    files,
    message: buildCommitMessage(rendered, trail),
    prune: options.prune ?? true,
    mode: options.mode ?? 'push',
    maxAttempts,
  };
}

const PLACEHOLDERS = ['app', 'environment', 'image', 'digest', 'short-digest', 'source'] as const;

/** Fills `{app}`, `{environment}`, `{image}`, `{digest}`, `{short-digest}`, `{source}`; values become one line. */
export function renderMessageTemplate(
  template: string,
  values: { app: string; environment: string; image: string; digest: string; source: string },
): string {
  const shortDigest = values.digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
  const all: Record<(typeof PLACEHOLDERS)[number], string> = { ...values, 'short-digest': shortDigest };
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `Input "message" uses an unknown placeholder ${whole}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
    return sanitizeTrailerValue(all[name as (typeof PLACEHOLDERS)[number]]);
  });
}

function validateBranch(branch: string, inputName: string): void {
  if (
    !branch ||
    branch.startsWith('-') ||
    branch.startsWith('/') ||
    branch.endsWith('/') ||
    branch.endsWith('.lock') ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.includes('@{') ||
    /[\u0000-\u0020\u007f~^:?*[\\]/.test(branch)
  ) {
    throw new ConfigurationError(`Input "${inputName}" is not a valid branch name: "${branch}".`);
  }
}

/**
 * Fetches the branch; `undefined` when it does not exist yet (a new branch starts as an orphan: a
 * new environment branch must not inherit another environment's files). The first fetch takes
 * commits only (`tree:0`: the history the stale guard reads; the tip's trees arrive lazily, in one
 * request, when the index is read). A retry after a lost race takes the few new commits with
 * their trees (`blob:none`), which saves that lazy round trip while the race is on.
 */
async function fetchTip(
  git: Git,
  branch: string,
  filter: 'tree:0' | 'blob:none',
): Promise<{ commit: string; tree: string } | undefined> {
  const ref = `refs/remotes/origin/${branch}`;
  const args = ['fetch', '--quiet', '--no-tags', `--filter=${filter}`, 'origin', `+refs/heads/${branch}:${ref}`];
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode !== 0) {
    if (/couldn't find remote ref/i.test(fetched.stderr)) return undefined;
    throw new CommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
  }
  const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
  return { commit, tree };
}

/**
 * Refuses a target path that goes through a symlink (or submodule) in the repository: git would
 * record our files beside a link that points elsewhere, possibly outside the repository.
 */
async function assertNoLinkOnPath(git: Git, commit: string, path: string): Promise<void> {
  const parts = path.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  const { stdout } = await git(['ls-tree', '-z', commit, '--', ...prefixes]);
  for (const entry of stdout.split('\0')) {
    const match = entry.match(/^(\d+) \w+ [0-9a-f]+\t(.*)$/s);
    if (match && (match[1] === '120000' || match[1] === '160000') && prefixes.includes(match[2] ?? '')) {
      throw new ConfigurationError(
        `Input "path" goes through ${match[2]}, a ${match[1] === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`,
      );
    }
  }
}

/** Whether the open pull-request branch already holds exactly this commit's tree (a re-run). */
async function sameTreeAsRemote(git: Git, branch: string, tree: string): Promise<boolean> {
  const ref = `refs/remotes/origin/${branch}`;
  const args = ['fetch', '--quiet', '--no-tags', '--filter=tree:0', 'origin', `+refs/heads/${branch}:${ref}`];
  const fetched = await git(args, { ignoreReturnCode: true });
  if (fetched.exitCode !== 0) return false;
  return (await git(['rev-parse', `${ref}^{tree}`])).stdout.trim() === tree;
}
