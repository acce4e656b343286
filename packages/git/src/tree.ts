import type { Git } from './git';
import { batch } from './objects';

/** One entry of `git ls-tree -z`: `<mode> <type> <id>\t<path>`. */
export interface LsTreeEntry {
  /** `100644`, `100755`, `120000` (a symlink), `160000` (a submodule), `040000` (a tree). */
  mode: string;
  /** `blob`, `tree` or `commit` (a submodule). */
  type: string;
  id: string;
  /** Relative to the listed tree; as stored, unquoted (`-z`). */
  path: string;
}

export function parseLsTree(output: string): LsTreeEntry[] {
  return output.split('\0').flatMap((entry) => {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    return match ? [{ mode: match[1]!, type: match[2]!, id: match[3]!, path: match[4]! }] : [];
  });
}

export interface LsTreeOptions {
  /** `-r`: every blob below the tree, not its direct entries. */
  recursive?: boolean;
  /** Only these paths (and, with `recursive`, what is below them). */
  paths?: readonly string[];
  /** `-t`: list the trees ls-tree goes through to reach a deeper path, not only what it finds there. */
  trees?: boolean;
  /** A treeish that names nothing (a path absent at that commit) lists as empty instead of failing. */
  allowMissing?: boolean;
}

/** The entries of `treeish` (`<commit>`, `<commit>:<path>`, a tree id), in one `ls-tree`. */
export async function lsTree(git: Git, treeish: string, options: LsTreeOptions = {}): Promise<LsTreeEntry[]> {
  const args = [
    'ls-tree',
    ...(options.recursive ? ['-r'] : []),
    ...(options.trees ? ['-t'] : []),
    '-z',
    treeish,
    ...(options.paths ? ['--', ...options.paths] : []),
  ];
  const listed = await git(args, { ignoreReturnCode: options.allowMissing === true });
  return listed.exitCode === 0 ? parseLsTree(listed.stdout) : [];
}

/**
 * Every file below `treeish` (`<commit>:<path>`), by its path relative to it, byte for byte, in
 * two processes: one `ls-tree -r` and one `cat-file --batch` for all the blobs. Empty when the
 * path does not exist there. Blobs not in the clone are fetched lazily by git.
 */
export async function readTreeFiles(git: Git, treeish: string): Promise<Map<string, Buffer>> {
  const blobs = (await lsTree(git, treeish, { recursive: true, allowMissing: true })).filter(
    (entry) => entry.type === 'blob',
  );
  const contents = await batch(
    git,
    blobs.map((blob) => blob.id),
  );
  const files = new Map<string, Buffer>();
  blobs.forEach((blob, index) => {
    const content = contents[index];
    if (content) files.set(blob.path, content);
  });
  return files;
}

/**
 * The content of `paths` at `commit` (only those that are files there), as text: one `ls-tree` to
 * find them, then one `cat-file` for each that exists (a rule file is small, and usually absent).
 */
export async function readFilesAt(git: Git, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  const blobs = (await lsTree(git, commit, { paths })).filter(
    (entry) => entry.type === 'blob' && paths.includes(entry.path),
  );
  const contents = await Promise.all(blobs.map((blob) => git(['cat-file', 'blob', blob.id])));
  blobs.forEach((blob, index) => {
    files.set(blob.path, contents[index]?.stdout ?? '');
  });
  return files;
}
