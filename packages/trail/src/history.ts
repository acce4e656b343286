import type { Exec } from '@shipgate/core';
import {
  fetchBranch,
  type Git,
  type GitObject,
  type RepositoryAccess,
  remoteBranchExists,
  remoteDefaultBranch,
  remoteTrackingRef,
  withScratchClone,
} from '@shipgate/git';
import type { Deployment } from './deployment';
import { parseTrailerLines, trailFromTrailers } from './trailers';

/**
 * The trail: how deploys are written into and read back from the branch's history (the log
 * format, the deployments reachable from a commit, finding a landed commit by its message).
 */

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
    const deployment = parseDeploymentRecord(record, 0, filter);
    if (deployment) deployments.push(deployment);
  }
  return deployments;
}

/**
 * One record of the log (`DEPLOYMENT_LOG_FORMAT`, read from `start`: a format may put fields of its
 * own first); `undefined` for a commit that is not a deployment or outside `filter`.
 */
function parseDeploymentRecord(record: string, start: number, filter: DeploymentFilter): Deployment | undefined {
  let from = start;
  while (record.charCodeAt(from) === 10) from++;
  const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = record.slice(from).split(FIELD);
  if (!/^[0-9a-f]{40,64}$/.test(commitSha)) return undefined;
  const trail = trailFromTrailers(parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())));
  if (!trail) return undefined;
  if (filter.app !== undefined && trail.app !== filter.app) return undefined;
  if (filter.environment !== undefined && trail.environment !== filter.environment) return undefined;
  return {
    ...trail,
    commitSha,
    committedAt,
    kind: trail.rollbackOf ? 'rollback' : 'deploy',
    path: filter.path ?? '',
    subject,
  };
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
  return withScratchClone(options, { purpose: 'history' }, async ({ git }) => {
    const branch = options.branch ?? (await remoteDefaultBranch(git));
    if (!branch || !(await remoteBranchExists(git, branch))) return [];
    await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
    return readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
  });
}

/** The deployments reachable from `tip`, every app and environment, newest first. */
export async function readAllDeployments(git: Git, tip: string): Promise<Deployment[]> {
  const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
  return parseDeploymentLog(stdout);
}

/**
 * A tip's commit and root tree, and every deployment reachable from it, newest first, in one
 * `git log`: what a writer reads of the tip it builds on (the tree tells an unchanged deploy).
 * `undefined` when `ref` has no commits.
 */
export async function readTipHistory(
  git: Git,
  ref: string,
): Promise<{ commit: string; tree: string; deployments: Deployment[] } | undefined> {
  const { stdout } = await git(['log', '-z', `--format=%T%x1f${DEPLOYMENT_LOG_FORMAT}`, ref]);
  const records = stdout.split('\u0000');
  const [tree = '', commit = ''] = (records[0] ?? '').replace(/^\n+/, '').split(FIELD, 2);
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
  const deployments: Deployment[] = [];
  for (const record of records) {
    // Past the tree id (and the newline git puts between records).
    const deployment = parseDeploymentRecord(record, record.indexOf(FIELD) + 1, {});
    if (deployment) deployments.push(deployment);
  }
  return { commit, tree, deployments };
}

/**
 * The commit that landed a deploy between `since` and `tip` (same message, byte for byte), when
 * another writer landed it.
 */
export async function findLandedCommit(
  git: Git,
  options: { since: string | undefined; tip: string; message: string },
): Promise<string | undefined> {
  const range = options.since ? `${options.since}..${options.tip}` : options.tip;
  const { stdout } = await git(['log', '-z', '--format=%H%x00%B', range]);
  const parts = stdout.split('\u0000');
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const sha = (parts[index] ?? '').replace(/^\n+/, '');
    if (normalizeMessage(parts[index + 1] ?? '') === normalizeMessage(options.message)) return sha;
  }
  return undefined;
}

/**
 * `findLandedCommit` over commits already read (`readHistoryOverHttp`): the one commit with the
 * message among those reachable from `tip` and not from `since`. `undefined` when there is none,
 * more than one (git's order picks), or the walk meets a commit that is not among them: only git
 * can tell then.
 */
export function landedCommitAmong(
  commits: ReadonlyMap<string, GitObject>,
  options: { since: string | undefined; tip: string; message: string },
): string | undefined {
  const wanted = normalizeMessage(options.message);
  const found: string[] = [];
  const seen = new Set<string>();
  const next = [options.tip];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (id === options.since || seen.has(id)) continue;
    seen.add(id);
    const commit = commits.get(id);
    if (commit?.type !== 'commit') return undefined;
    const text = commit.body.toString('utf8');
    const headerEnd = text.indexOf('\n\n');
    const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
    if (headerEnd >= 0 && normalizeMessage(text.slice(headerEnd + 2)) === wanted) found.push(id);
    for (const match of header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)) next.push(match[1] as string);
  }
  return found.length === 1 ? found[0] : undefined;
}

function normalizeMessage(message: string): string {
  return message.replace(/\s+$/, '');
}
