import type { Git } from './git';

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

/** fast-import takes a path to the end of the line; only a leading quote needs C-style quoting. */
function fastImportPath(path: string): string {
  return path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}

/**
 * The content of `paths` at `commit` (only those that are files there): one `ls-tree` to find
 * them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
export async function readFilesAt(git: Git, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  const { stdout } = await git(['ls-tree', '-z', commit, '--', ...paths]);
  const blobs: { path: string; sha: string }[] = [];
  for (const entry of stdout.split('\0')) {
    const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
    if (match?.[1] && match[2] && paths.includes(match[2])) blobs.push({ path: match[2], sha: match[1] });
  }
  const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.sha])));
  blobs.forEach((blob, index) => {
    files.set(blob.path, contents[index]?.stdout ?? '');
  });
  return files;
}

/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, in two processes: one
 * `ls-tree -r` and one `cat-file --batch` for all the blobs. Blobs not in the clone are fetched
 * lazily by git. Contents are read as text (what a deploy path holds: YAML).
 */
export async function readTreeFiles(git: Git, treeish: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const listed = await git(['ls-tree', '-r', '-z', treeish], { ignoreReturnCode: true });
  if (listed.exitCode !== 0) return files;
  const blobs = listed.stdout.split('\0').flatMap((entry) => {
    const match = entry.match(/^\d+ blob ([0-9a-f]+)\t(.*)$/s);
    return match?.[1] && match[2] ? [{ sha: match[1], path: match[2] }] : [];
  });
  if (blobs.length === 0) return files;
  const batch = Buffer.from(
    (await git(['cat-file', '--batch'], { input: `${blobs.map((blob) => blob.sha).join('\n')}\n` })).stdout,
  );
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = batch.indexOf(10, offset);
    const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
    if (headerEnd < 0 || !Number.isInteger(size)) break;
    files.set(blob.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}
