import { type Git, type GitObject, gitObjectId, packOf, treeBody } from '@shipgate/git';

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

/**
 * `identity` (`Name <email>`) dated `nowMs` in the local time zone: the author and committer line
 * git writes for a commit made now. `undefined` when git would write the identity otherwise (it
 * trims spaces and punctuation from the ends of a name or address, and drops `<`, `>` and line
 * breaks), so that fast-import, which writes what it is given, makes the commit git would.
 */
export function identAt(identity: string, nowMs: number): Ident | undefined {
  const match = identity.match(/^(.*) <(.*)>$/);
  if (!match || !PLAIN_IDENT_PART.test(match[1] ?? '') || !PLAIN_IDENT_PART.test(match[2] ?? '')) return undefined;
  const offset = -new Date(nowMs).getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(offset) / 60) * 100 + (Math.abs(offset) % 60)).padStart(4, '0')}`;
  return `${identity} ${Math.floor(nowMs / 1000)} ${zone}`;
}

/** A name or address git keeps as it is: no crud at either end (ident.c), no `<`, `>` or line break. */
const PLAIN_IDENT_PART = /^[^\x00-\x20.,:;<>"\\']([^<>\n]*[^\x00-\x20.,:;<>"\\'])?$/;

/** Whether git takes a commit's dates from the environment (`GIT_COMMITTER_DATE`, `GIT_AUTHOR_DATE`) rather than the clock. */
export function datedByEnvironment(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.GIT_COMMITTER_DATE || env.GIT_AUTHOR_DATE);
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
  const commands = commits.flatMap((commit, index) =>
    pathCommitCommands(ref, commit, index + 1, index === 0 ? options.from : undefined),
  );
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

/** A tag on a commit, as fast-import writes it beside the commit (`git mktag` would be a process more). */
export interface TagSpec {
  name: string;
  tagger: Ident;
  message: string;
}

/**
 * One parentless `PathCommit` and a tag on it, from one `git fast-import`: for a tag whose message
 * names the commit (a landing request signs the commit's id), the id is worked out first
 * (`pathCommitId`) and checked against the one fast-import wrote. `ref` only holds the commit.
 * Returns the tag's id.
 */
export async function writeTaggedPathCommit(
  git: Git,
  ref: string,
  commit: PathCommit,
  tag: TagSpec & { commitId: string },
): Promise<string> {
  const commands = [
    ...pathCommitCommands(ref, commit, 1, undefined),
    `tag ${tag.name}`,
    'mark :2',
    'from :1',
    `tagger ${tag.tagger}`,
    `data ${Buffer.byteLength(tag.message)}`,
    tag.message,
    'get-mark :1',
    'get-mark :2',
    'done',
    '',
  ];
  const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: commands.join('\n') });
  const [written, tagId] = stdout.split('\n');
  if (written !== tag.commitId || !tagId || !/^[0-9a-f]{40,64}$/.test(tagId)) {
    throw new Error(`git fast-import wrote commit ${written} where ${tag.commitId} was worked out`);
  }
  return tagId;
}

/**
 * The objects of the parentless commit `writePathCommits` writes for `commit`, less the path's
 * own object: a tree per directory of the path, each with one entry (or the empty tree), then the
 * commit, last. Worked out here because the request that names the commit is written in the same
 * fast-import run, or here altogether (`taggedPathCommitPack`).
 */
export function pathCommitObjects(commit: PathCommit): GitObject[] {
  const [type, sha] = commit.object?.split(' ') ?? [];
  const trees: GitObject[] = [];
  if (sha) {
    let item = { mode: type === 'tree' ? '40000' : '100644', id: sha };
    for (const name of commit.path.split('/').reverse()) {
      trees.push({ type: 'tree', body: treeBody([{ ...item, name }]) });
      item = { mode: '40000', id: gitObjectId(trees.at(-1) as GitObject) };
    }
  } else trees.push({ type: 'tree', body: Buffer.alloc(0) });
  const tree = gitObjectId(trees.at(-1) as GitObject);
  const body = `tree ${tree}\nauthor ${commit.author}\ncommitter ${commit.committer}\n\n${commit.message}`;
  return [...trees, { type: 'commit', body: Buffer.from(body) }];
}

/** The id of the parentless commit `writePathCommits` writes for `commit` (see `pathCommitObjects`). */
export function pathCommitId(commit: PathCommit): string {
  return gitObjectId(pathCommitObjects(commit).at(-1) as GitObject);
}

/** The tag fast-import writes for `tag` on `commitId`. */
export function tagObject(commitId: string, tag: TagSpec): GitObject {
  const body = `object ${commitId}\ntype commit\ntag ${tag.name}\ntagger ${tag.tagger}\n\n${tag.message}`;
  return { type: 'tag', body: Buffer.from(body) };
}

/**
 * `writeTaggedPathCommit`'s commit and tag with everything below them, made in this process as a
 * pack for the push (`PushOptions.pack`) instead of written into the clone: `pathObjects` are the
 * path's own, rooted at the last. `undefined` when they do not make the tree `commit.object`
 * names (the caller writes the request with fast-import then).
 */
export function taggedPathCommitPack(
  commit: PathCommit,
  tag: TagSpec,
  pathObjects: readonly GitObject[],
): { tag: string; pack: Buffer } | undefined {
  const pathRoot = pathObjects.at(-1);
  if ((pathRoot ? `tree ${gitObjectId(pathRoot)}` : undefined) !== commit.object) return undefined;
  const objects = [...pathObjects, ...pathCommitObjects(commit)];
  const tagged = tagObject(gitObjectId(objects.at(-1) as GitObject), tag);
  return { tag: gitObjectId(tagged), pack: packOf([...objects, tagged]) };
}

/** The fast-import commands of one `PathCommit` as mark `mark`, on `from` (the previous mark otherwise). */
function pathCommitCommands(ref: string, commit: PathCommit, mark: number, from: string | undefined): string[] {
  const [type, sha] = commit.object?.split(' ') ?? [];
  const path = fastImportPath(commit.path);
  return [
    `commit ${ref}`,
    `mark :${mark}`,
    `author ${commit.author}`,
    `committer ${commit.committer}`,
    `data ${Buffer.byteLength(commit.message)}`,
    commit.message,
    ...(from ? [`from ${from}`] : []),
    `D ${path}`,
    ...(sha ? [`M ${type === 'tree' ? '040000' : '100644'} ${sha} ${path}`] : []),
    '',
  ];
}

/**
 * fast-import takes a path to the end of the line; one that starts with a quote or holds a line
 * break is C-style quoted.
 */
export function fastImportPath(path: string): string {
  if (!path.startsWith('"') && !path.includes('\n')) return path;
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
