import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '@shipgate/core';
import type { Deployment } from './deployment';
import { createGit, type Git, type RepositoryAccess, remoteTrackingRef, resolveRepositoryAccess } from './git';
import { parseTrailerLines, trailFromTrailers } from './trailers';

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';

/**
 * One record per commit (git log -z separates records with NUL): sha, committer time, subject,
 * then the trailers of the last paragraph, unfolded, separated by 0x1e.
 */
export const DEPLOYMENT_LOG_FORMAT = '%H%x1f%cI%x1f%s%x1f%(trailers:only=true,unfold=true,separator=%x1e)';

export interface DeploymentFilter {
  /** Only commits that touched this path (needs trees: read from a blobless clone). */
  path?: string;
  app?: string;
  environment?: string;
}

/**
 * Deployments in `git log -z --format=DEPLOYMENT_LOG_FORMAT` output, in the log's order (newest
 * first). Commits without Shipgate-App/Shipgate-Environment trailers are not deployments.
 */
export function parseDeploymentLog(output: string, filter: DeploymentFilter = {}): Deployment[] {
  const deployments: Deployment[] = [];
  for (const record of output.split('\u0000')) {
    const trimmed = record.replace(/^\n+/, '');
    if (!trimmed) continue;
    const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = trimmed.split(FIELD);
    if (!/^[0-9a-f]{40,64}$/.test(commitSha)) continue;
    const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
    if (!trail) continue;
    if (filter.app !== undefined && trail.app !== filter.app) continue;
    if (filter.environment !== undefined && trail.environment !== filter.environment) continue;
    deployments.push({
      ...trail,
      commitSha,
      committedAt,
      kind: trail.rollbackOf ? 'rollback' : 'deploy',
      path: filter.path ?? '',
      subject,
    });
  }
  return deployments;
}

/** The deployments reachable from `ref` in an existing clone, newest first. */
export async function readDeploymentsFromClone(
  git: Git,
  ref: string,
  filter: DeploymentFilter & { limit?: number } = {},
): Promise<Deployment[]> {
  const args = ['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`];
  if (filter.limit) args.push(`--max-count=${filter.limit}`);
  args.push(ref);
  if (filter.path) args.push('--', filter.path);
  const { stdout } = await git(args);
  return parseDeploymentLog(stdout, filter);
}

export interface ReadDeploymentsOptions extends DeploymentFilter, RepositoryAccess {
  exec: Exec;
  /** Read at most this many commits. */
  limit?: number;
}

/**
 * The deployment history of a GitOps repository, newest first, read without fetching any file
 * content: a treeless partial fetch (commits only) when filtering by trailers, a blobless one when
 * filtering by path (the path filter needs trees). An absent branch has no history.
 */
export async function readDeployments(options: ReadDeploymentsOptions): Promise<Deployment[]> {
  const url = resolveRepositoryAccess(options);
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'shipgate-history-'));
  try {
    const git = createGit({ exec: options.exec, url, token: options.token, cwd: dir });
    await git(['init', '--quiet', '--bare', '--template=']);
    await git(['remote', 'add', 'origin', url]);
    const branch = options.branch ?? (await remoteDefaultBranch(git));
    if (!branch || !(await remoteBranchExists(git, branch))) return [];
    const filter = options.path ? 'blob:none' : 'tree:0';
    await git([
      'fetch',
      '--quiet',
      '--no-tags',
      `--filter=${filter}`,
      'origin',
      `+refs/heads/${branch}:${remoteTrackingRef(branch)}`,
    ]);
    return await readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The branch the remote's HEAD points at, or `undefined` for an empty repository. */
export async function remoteDefaultBranch(git: Git): Promise<string | undefined> {
  const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
  return parseSymref(stdout);
}

/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
export function parseSymref(output: string): string | undefined {
  const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
  return match?.[1];
}

export async function remoteBranchExists(git: Git, branch: string): Promise<boolean> {
  const { stdout } = await git(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  return stdout.split('\n').some((line) => line.endsWith(`\trefs/heads/${branch}`));
}
