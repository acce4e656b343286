import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApprovalRecord } from '@shipgate/approvals';
import { ConfigurationError } from '@shipgate/core';
import {
  fetchBranch,
  type Git,
  lsTree,
  type RepositoryAccess,
  remoteBranchExists,
  remoteDefaultBranch,
  remoteTrackingRef,
  repositoryAccess,
  withScratchClone,
} from '@shipgate/git';
import { type Deployment, readDeploymentsFromClone, sameCommit, scanVerdictOf } from '@shipgate/trail';
import { deployToGitOps } from './deploy';
import type { DeployDependencies, DeployRequest, DeployTuning } from './deploy-request';
import { readEnvironmentEntriesAt, requireEnvironmentContent } from './environment-content';
import { confineDeployPath } from './write-tree';

/** What a rollback does: leave `current`, restore the files and trailers of `target`. */
export interface RollbackPlan {
  /** The newest commit of the environment: the one rolled back (`Shipgate-Rollback-Of`). */
  current: Deployment;
  /** The deploy commit whose files are restored (`Shipgate-Rollback-To`); always of kind `deploy`. */
  target: Deployment;
}

/**
 * Chooses the deployment a rollback restores, from one environment's history (newest first).
 *
 * `to: previous` means the newest deploy commit that is older than what is live now and was not
 * itself rolled back. What is live is the current commit, or for a rollback commit the deploy it
 * restored; so rolling back twice walks further back (D0, D1, D2 → D1 → D0) instead of bouncing
 * between two states, and a deploy named in any `Shipgate-Rollback-Of` is never restored by
 * `previous` (it failed once already). A sha chooses that commit explicitly (a rollback commit's
 * sha means the deploy it restored), even one rolled back before.
 */
export function planRollback(history: readonly Deployment[], to: string, where: string): RollbackPlan {
  const current = history[0];
  if (!current) throw new ConfigurationError(`There is no deployment of ${where} to roll back.`);
  const live = restoredDeploy(history, current) ?? current;

  if (to === 'previous') {
    const rolledBack = history.flatMap((d) => (d.kind === 'rollback' && d.rollbackOf ? [d.rollbackOf] : []));
    const liveIndex = history.indexOf(live);
    const target = history
      .slice(liveIndex + 1)
      .find((d) => d.kind === 'deploy' && !rolledBack.some((sha) => sameCommit(sha, d.commitSha)));
    if (!target) {
      throw new ConfigurationError(
        `There is no earlier deployment of ${where} to roll back to: ${live.commitSha.slice(0, 7)} is the oldest one not rolled back.`,
      );
    }
    return { current, target };
  }

  if (!/^[0-9a-f]{7,64}$/i.test(to)) {
    throw new ConfigurationError(`Input "to" must be "previous" or a deploy commit sha, got "${to}".`);
  }
  const named = history.find((d) => sameCommit(d.commitSha, to));
  if (!named) throw new ConfigurationError(`Input "to" names ${to}, which is not a deployment of ${where}.`);
  const target = named.kind === 'deploy' ? named : restoredDeploy(history, named);
  if (!target) {
    throw new ConfigurationError(
      `Input "to" names rollback ${to}, whose restored deployment ${named.rollbackTo ?? '(none)'} is not in the history of ${where}.`,
    );
  }
  if (target === live) {
    throw new ConfigurationError(
      `Input "to" names ${to}, which is what ${where} runs now; there is nothing to roll back.`,
    );
  }
  return { current, target };
}

/** For a rollback commit, the deploy commit it restored; for a deploy, the deploy itself. */
function restoredDeploy(history: readonly Deployment[], deployment: Deployment): Deployment | undefined {
  let cursor: Deployment | undefined = deployment;
  // Bounded: a rollback names an older commit, and a chain cannot be longer than the history.
  for (let hops = 0; cursor && cursor.kind === 'rollback' && hops <= history.length; hops++) {
    const sha: string | undefined = cursor.rollbackTo;
    cursor = sha ? history.find((d) => sameCommit(d.commitSha, sha)) : undefined;
  }
  return cursor?.kind === 'deploy' ? cursor : undefined;
}

/**
 * Writes the files `path` held at `commitSha` into `destination/path`, byte for byte (modes
 * included), from a clone that may be partial: git fetches only the blobs of that tree. Nothing
 * but `destination` is touched (no index, no checkout of the clone).
 */
export async function restoreFilesAt(git: Git, commitSha: string, path: string, destination: string): Promise<string> {
  const listed = await lsTree(git, commitSha, { paths: [path] });
  if (!listed.some((entry) => entry.path === path)) {
    throw new ConfigurationError(`Deployment ${commitSha.slice(0, 7)} has no files at "${path}" to restore.`);
  }
  await mkdir(destination, { recursive: true });
  await git([
    '-c',
    'core.autocrlf=false',
    '-c',
    'core.symlinks=true',
    `--work-tree=${destination}`,
    'restore',
    `--source=${commitSha}`,
    '--worktree',
    '--',
    path,
  ]);
  return join(destination, path);
}

/** What a rollback asks for: which deployment to leave, what to restore, and why. */
export interface RollbackRequest extends Omit<RepositoryAccess, 'setSecret'> {
  app: string;
  environment: string;
  /** Default `apps/<app>/<environment>`, as gitops-commit. */
  path?: string;
  /** `previous` or a deploy commit sha. */
  to: string;
  reason: string;
  approvalRecord?: ApprovalRecord;
  /** Default: true for `production`, as for any commit. */
  requireApproval?: boolean;
  breakGlassReason?: string;
  /** The rollback commit's author and committer; gitops-commit's default when absent. */
  author?: { name: string; email: string };
  runUrl?: string;
  maxAttempts?: number;
  /** As gitops-commit's: `pull-request` pushes `shipgate/<app>-<environment>` and opens a pull request. */
  mode?: 'push' | 'pull-request';
  /** For pull-request mode: the REST API root. */
  apiUrl?: string;
}

export interface RollbackResult {
  /** The rollback commit; the branch tip when the path already held the restored files. */
  commitSha: string;
  changed: boolean;
  /** The pull request opened or updated in pull-request mode. */
  pullRequestUrl?: string;
  /** The deploy commit whose files were restored. */
  rolledBackTo: string;
  /** The commit that was current before (`Shipgate-Rollback-Of`). */
  rolledBackFrom: string;
  target: Deployment;
}

/**
 * Restores an earlier deployment of (app, environment): reads the history (commits only), picks
 * the target (see `planRollback`), restores the target's files from the repository's own history
 * (only those blobs are fetched) and commits them through gitops-commit's writer as a new commit
 * with the target's image, source and config-hash trailers plus `Shipgate-Rollback-Of/-To` and
 * `Shipgate-Reason`. The writer's order guard is skipped for this commit (`allowDowngrade`) and
 * from then on refuses the rolled-back source and anything older.
 */
export async function rollback(
  request: RollbackRequest,
  deps: DeployDependencies,
  tuning: DeployTuning = {},
): Promise<RollbackResult> {
  const reason = request.reason.trim();
  if (!reason) throw new ConfigurationError('Input "reason" is required: say why this rollback is made.');
  if (request.to !== 'previous' && !/^[0-9a-f]{7,64}$/i.test(request.to)) {
    throw new ConfigurationError(`Input "to" must be "previous" or a deploy commit sha, got "${request.to}".`);
  }
  const path = confineDeployPath(request.path ?? `apps/${request.app}/${request.environment}`);
  const where = `${request.app} in ${request.environment}`;
  const access = {
    ...request,
    exec: deps.exec,
    ...(deps.pushFromProcess ? { pushFromProcess: deps.pushFromProcess } : {}),
    ...(deps.env ? { inherited: deps.env } : {}),
    ...(deps.setSecret ? { setSecret: deps.setSecret } : {}),
  };
  return withScratchClone(access, { purpose: 'rollback', subdir: 'repo.git' }, async ({ dir, git }) => {
    const branch = request.branch ?? (await remoteDefaultBranch(git));
    if (!branch || !(await remoteBranchExists(git, branch))) {
      throw new ConfigurationError(`There is no deployment of ${where} to roll back: the branch does not exist.`);
    }
    // Blobless: commits and trees now, file contents only for the tree that is restored.
    await fetchBranch(git, branch, { filter: 'blob:none' });
    const history = await readDeploymentsFromClone(git, remoteTrackingRef(branch), {
      app: request.app,
      environment: request.environment,
    });
    const { current, target } = planRollback(history, request.to, where);
    deps.log.info(
      `Rolling back ${where} from ${current.commitSha.slice(0, 12)} to ${target.commitSha.slice(0, 12)} (${target.source ?? 'unknown source'}, ${target.imageRefs.join(', ')}).`,
    );
    const sourceDir = await restoreFilesAt(git, target.commitSha, path, join(dir, 'restored'));
    // Read from the tree, not the restored directory: git modes show what a checkout hides (a
    // submodule restores as an empty directory).
    requireEnvironmentContent(
      await readEnvironmentEntriesAt(git, target.commitSha, path),
      `Input "to" leads to deployment ${target.commitSha.slice(0, 12)} of ${where}, which cannot be restored`,
    );
    return commitRollback(request, deps, tuning, { branch, path, sourceDir, reason, current, target });
  });
}

/** The rollback commit, through gitops-commit's writer. */
async function commitRollback(
  request: RollbackRequest,
  deps: DeployDependencies,
  tuning: DeployTuning,
  restore: { branch: string; path: string; sourceDir: string; reason: string; current: Deployment; target: Deployment },
): Promise<RollbackResult> {
  const { branch, path, sourceDir, reason, current, target } = restore;
  const deploy: DeployRequest = {
    ...repositoryAccess(request),
    branch,
    app: request.app,
    environment: request.environment,
    path,
    sourceDir,
    imageRefs: target.imageRefs,
    configHash: target.configHash,
    // The restored image's verdict goes with it, so the rollback commit can be promoted as is.
    ...(target.scan && scanVerdictOf(target) !== 'unknown' ? { scan: target.scan } : {}),
    source: target.source,
    sourceTime: target.sourceTime,
    approvalRecord: request.approvalRecord,
    requireApproval: request.requireApproval,
    ...(request.breakGlassReason ? { breakGlassReason: request.breakGlassReason } : {}),
    message: `Roll back {app} in {environment} to ${target.commitSha.slice(0, 12)}`,
    prune: true,
    allowDowngrade: true,
    rollback: { of: current.commitSha, to: target.commitSha, reason },
    // A deploy landing after the history was read must not be silently overwritten.
    expectCurrentCommit: current.commitSha,
    runUrl: request.runUrl,
    maxAttempts: request.maxAttempts,
    ...(request.author ? { author: request.author } : {}),
    ...(request.mode ? { mode: request.mode } : {}),
    ...(request.apiUrl ? { apiUrl: request.apiUrl } : {}),
  };
  const result = await deployToGitOps(deploy, deps, tuning);
  if (!result.changed) {
    deps.log.warning(
      `${path} already holds the files of ${target.commitSha.slice(0, 12)}; no rollback commit was made.`,
    );
  }
  return {
    commitSha: result.commitSha,
    changed: result.changed,
    ...(result.pullRequestUrl ? { pullRequestUrl: result.pullRequestUrl } : {}),
    rolledBackTo: target.commitSha,
    rolledBackFrom: current.commitSha,
    target,
  };
}
