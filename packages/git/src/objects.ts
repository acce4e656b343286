import type { Git } from './git';

/** What `git cat-file --batch-check` says about one requested object name. */
export interface ObjectInfo {
  id: string;
  type: string;
  size: number;
}

/**
 * `<id> <type> <size>` per request, in request order; `undefined` for a name that names no object
 * (`<name> missing`, or ambiguous).
 */
export function parseBatchCheck(output: string, count: number): Array<ObjectInfo | undefined> {
  const lines = output.split('\n').slice(0, count);
  return lines.map((line) => {
    const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
    return match ? { id: match[1]!, type: match[2]!, size: Number(match[3]) } : undefined;
  });
}

/**
 * The contents of `git cat-file --batch` output, in request order: `<id> <type> <size>\n`, then
 * exactly `size` bytes and `\n`. A name that names no object (`<name> missing\n`) is `undefined`
 * in its place and the rest are still read. Sizes count bytes, so the output is walked as bytes.
 */
export function parseBatch(output: Buffer): Array<Buffer | undefined> {
  const contents: Array<Buffer | undefined> = [];
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = output.subarray(offset, end).toString('latin1');
    offset = end + 1;
    const match = /^[0-9a-f]{40,64} \w+ (\d+)$/.exec(header);
    if (!match) {
      contents.push(undefined);
      continue;
    }
    const size = Number(match[1]);
    contents.push(output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return contents;
}

/** What each name is (`<rev>:<path>`, an id), in one `cat-file --batch-check`; `undefined` for none. */
export async function batchCheck(git: Git, names: readonly string[]): Promise<Array<ObjectInfo | undefined>> {
  if (names.length === 0) return [];
  const { stdout } = await git(['cat-file', '--batch-check'], { input: `${names.join('\n')}\n` });
  return parseBatchCheck(stdout, names.length);
}

/**
 * The content of each named object, in request order, in one `cat-file --batch`: bytes as stored
 * (a file need not be UTF-8), `undefined` for a name that names no object. Objects not in a
 * partial clone are fetched lazily by git.
 */
export async function batch(git: Git, names: readonly string[]): Promise<Array<Buffer | undefined>> {
  if (names.length === 0) return [];
  const result = await git(['cat-file', '--batch'], { input: `${names.join('\n')}\n`, bytes: true });
  const contents = parseBatch(result.stdoutBytes ?? Buffer.from(result.stdout, 'utf8'));
  return names.map((_, index) => contents[index]);
}

/** An entry under a tree: its path relative to that tree, its object id and git mode. */
export interface TreeEntry {
  path: string;
  blob: string;
  /** `100644`, `100755`, `120000` (a symlink), `160000` (a submodule). */
  mode: string;
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * Parses `git diff-tree --stdin -r -z` fed `<empty tree> <tree>` lines: git echoes each line,
 * then lists every blob of `<tree>` as added (`:000000 <mode> <zeros> <blob> A`, NUL, path, NUL).
 */
export function parseTreeListings(output: string): Map<string, TreeEntry[]> {
  const listings = new Map<string, TreeEntry[]>();
  let current: TreeEntry[] | undefined;
  let pending: { blob: string; mode: string } | undefined;
  for (const token of output.split('\u0000')) {
    if (pending !== undefined) {
      current?.push({ path: token, ...pending });
      pending = undefined;
      continue;
    }
    let meta = token;
    const echo = /^[0-9a-f]{40,64} ([0-9a-f]{40,64})\n/.exec(token);
    if (echo) {
      current = [];
      listings.set(echo[1]!, current);
      meta = token.slice(echo[0].length);
    }
    const entry = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]{40,64}) A$/.exec(meta);
    if (entry) pending = { mode: entry[1]!, blob: entry[2]! };
  }
  return listings;
}

/** Every blob below each tree id, recursively, in one `diff-tree --stdin`. */
export async function listTrees(git: Git, treeIds: readonly string[]): Promise<Map<string, TreeEntry[]>> {
  if (treeIds.length === 0) return new Map();
  const input = treeIds.map((id) => `${EMPTY_TREE} ${id}\n`).join('');
  const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--no-renames'], { input });
  const listings = parseTreeListings(stdout);
  for (const id of treeIds) if (!listings.has(id)) listings.set(id, []);
  return listings;
}

/**
 * Batched object reads in one clone: a handful of git processes for a whole range, never one per
 * commit or per file.
 */
export class ObjectReader {
  readonly #git: Git;

  constructor(git: Git) {
    this.#git = git;
  }

  /** The object each `<rev>:<path>` names, or `undefined` when there is none. */
  resolve(names: readonly string[]): Promise<Array<ObjectInfo | undefined>> {
    return batchCheck(this.#git, names);
  }

  /** The text of each blob id, in order. */
  async blobs(ids: readonly string[]): Promise<Array<string | undefined>> {
    return (await batch(this.#git, ids)).map((content) => content?.toString('utf8'));
  }

  /** Every blob below each tree id, recursively. */
  listTrees(treeIds: readonly string[]): Promise<Map<string, TreeEntry[]>> {
    return listTrees(this.#git, treeIds);
  }
}
