import type { Git } from '@shipgate/git';

/**
 * How deploy commits are made: the one place that writes commit objects, so signing (issue 15)
 * has one seam. A solo writer builds its tree first (index or merge-tree) and commits it; a queue
 * leader replays queued deploys as a chain on the tip, each replacing one path.
 */

/** SSH-signs every deploy commit (`gpg.format=ssh`, `commit-tree -S`); fast-import cannot sign. */
export interface CommitSigning {
  /** `user.signingKey`: the private key file, or `key::<public key>` with an agent. */
  key: string;
}

/** `Name <email> <unix seconds> <tz>`, as git stores an author or committer line. */
export type Ident = string;

export interface CommitSpec {
  tree: string;
  parent: string | undefined;
  message: string;
  /** Default: the clone's identity, now. */
  author?: Ident;
  committer?: Ident;
}

/** Writes one commit object (signed with `signing`); returns its id. */
export async function writeCommit(git: Git, commit: CommitSpec, signing?: CommitSigning): Promise<string> {
  const args = [
    ...(signing ? ['-c', 'gpg.format=ssh', '-c', `user.signingKey=${signing.key}`] : []),
    'commit-tree',
    commit.tree,
    ...(commit.parent ? ['-p', commit.parent] : []),
    ...(signing ? ['-S'] : []),
    '-F',
    '-',
  ];
  const env = { ...identEnvironment('AUTHOR', commit.author), ...identEnvironment('COMMITTER', commit.committer) };
  return (await git(args, { input: commit.message, env })).stdout.trim();
}

/**
 * The object a deploy statement ref points at: a parentless commit whose tree holds the Sigstore
 * bundle as `file`. A commit, not a bare blob, so any server and client that takes refs takes it.
 */
export async function writeStatementCommit(
  git: Git,
  bundleJson: string,
  options: { file: string; forCommit: string },
): Promise<string> {
  const blob = (await git(['hash-object', '-w', '--stdin'], { input: bundleJson })).stdout.trim();
  const tree = (await git(['mktree'], { input: `100644 blob ${blob}\t${options.file}\n` })).stdout.trim();
  return writeCommit(git, { tree, parent: undefined, message: `Shipgate deploy statement of ${options.forCommit}\n` });
}

function identEnvironment(role: 'AUTHOR' | 'COMMITTER', ident: Ident | undefined): Record<string, string> {
  const match = ident?.match(/^(.*) <([^>]*)> (\d+ [+-]\d{4})$/);
  if (!match) return {};
  return {
    [`GIT_${role}_NAME`]: match[1] ?? '',
    [`GIT_${role}_EMAIL`]: match[2] ?? '',
    [`GIT_${role}_DATE`]: `@${match[3]}`,
  };
}

/** A commit that sets `path` to `object` (`tree <sha>` / `blob <sha>`; removed when absent) on its parent. */
export interface PathCommit {
  author: Ident;
  committer: Ident;
  message: string;
  path: string;
  object: string | undefined;
}

/**
 * A chain of commits on `from` (or from an empty tree), each replacing one path: written by one
 * `git fast-import` (one process for the whole chain, no index). With `signing`, the chain is
 * re-committed with `commit-tree -S` on the trees fast-import built, since fast-import cannot sign.
 * Returns the commits' ids in order. `ref` is only where fast-import leaves the chain.
 */
export async function writePathCommits(
  git: Git,
  ref: string,
  commits: readonly PathCommit[],
  options: { from?: string; signing?: CommitSigning } = {},
): Promise<string[]> {
  const commands: string[] = [];
  commits.forEach((commit, index) => {
    const [type, sha] = commit.object?.split(' ') ?? [];
    const path = fastImportPath(commit.path);
    commands.push(
      `commit ${ref}`,
      `mark :${index + 1}`,
      `author ${commit.author}`,
      `committer ${commit.committer}`,
      `data ${Buffer.byteLength(commit.message)}`,
      commit.message,
      ...(index === 0 && options.from ? [`from ${options.from}`] : []),
      `D ${path}`,
      ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []),
      '',
    );
  });
  commits.forEach((_, index) => {
    commands.push(`get-mark :${index + 1}`);
  });
  commands.push('done', '');
  const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
  const unsigned = stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  if (!options.signing || unsigned.length === 0) return unsigned;
  const trees = (await git(['rev-parse', ...unsigned.map((sha) => `${sha}^{tree}`)])).stdout.trim().split('\n');
  const signed: string[] = [];
  let parent = options.from;
  for (const [index, commit] of commits.entries()) {
    const tree = trees[index] ?? '';
    parent = await writeCommit(git, { ...commit, tree, parent }, options.signing);
    signed.push(parent);
  }
  return signed;
}

/**
 * fast-import takes a path to the end of the line; one that starts with a quote or holds a line
 * break is C-style quoted.
 */
export function fastImportPath(path: string): string {
  if (!path.startsWith('"') && !path.includes('\n')) return path;
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
