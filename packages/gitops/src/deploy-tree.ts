import { type Git, type GitObject, gitObjectId, type TreeItem, treeBody } from '@shipgate/git';
import { fastImportPath, type Ident } from './objects';

/** One file a deploy writes below its path. */
export interface TreeFile {
  /** Relative to the deploy path, `/`-separated. */
  relativePath: string;
  content: Buffer;
  executable: boolean;
}

export interface DeployTreeSpec {
  /** The commit whose tree the deploy changes; `undefined` starts from an empty tree. */
  parent: string | undefined;
  /** The directory the deploy writes. */
  path: string;
  files: readonly TreeFile[];
  /** Remove what else is below `path` (prune); otherwise other files there stay. */
  replace: boolean;
  /**
   * Write the deploy commit in the same run, authored and committed by `ident`: when git would
   * date it now and nothing signs it (see `identAt`). Without it the commit is `writeCommit`'s.
   */
  commit?: { message: string; ident: Ident };
}

export interface DeployTree {
  /** The root tree. */
  tree: string;
  /** `<mode> <id>` of `path` in it; `undefined` when the path ends up empty. */
  pathTree: string | undefined;
  /** The deploy commit, when the spec asked for it. */
  commit?: string;
}

/** Where fast-import leaves its commit; nothing reads or pushes the ref. */
const SCRATCH_REF = 'refs/shipgate/build';
const SCRATCH_IDENT = 'Shipgate <shipgate@shipgate.invalid> 0 +0000';

/**
 * The tree of `parent` with `path` written, from one `git fast-import`: no index, no working
 * tree, no read of any blob (a partial clone has none), and one process where staging through an
 * index took four (read-tree, add, write-tree, and the files written to disk first). fast-import
 * makes a commit to hold the tree: the deploy commit itself with `spec.commit`, else a scratch
 * one that is thrown away while `writeCommit` writes the deploy commit (signed, or dated by the
 * environment as git dates it).
 */
export async function writeDeployTree(git: Git, spec: DeployTreeSpec): Promise<DeployTree> {
  const chunks: Buffer[] = [];
  const line = (text: string) => chunks.push(Buffer.from(`${text}\n`));
  const message = Buffer.from(spec.commit?.message ?? '');
  line(`commit ${SCRATCH_REF}`);
  line('mark :1');
  line(`author ${spec.commit?.ident ?? SCRATCH_IDENT}`);
  line(`committer ${spec.commit?.ident ?? SCRATCH_IDENT}`);
  line(`data ${message.length}`);
  chunks.push(message);
  line('');
  if (spec.parent) line(`from ${spec.parent}`);
  if (spec.replace) line(`D ${fastImportPath(spec.path)}`);
  for (const file of spec.files) {
    line(`M ${file.executable ? '100755' : '100644'} inline ${fastImportPath(`${spec.path}/${file.relativePath}`)}`);
    line(`data ${file.content.length}`);
    chunks.push(file.content);
    line('');
  }
  line('');
  line('ls :1 ""');
  line(`ls :1 ${fastImportPath(spec.path)}`);
  if (spec.commit) line('get-mark :1');
  line('done');
  const { stdout } = await git(['fast-import', '--quiet', '--done', '--force'], { input: Buffer.concat(chunks) });
  const built = parseDeployTreeListing(stdout);
  if (spec.commit && !built.commit)
    throw new Error(`git fast-import did not give the commit it wrote: ${JSON.stringify(stdout)}`);
  return built;
}

/**
 * fast-import's answers to the two `ls`: `040000 tree <id>\t` for the root, then `<mode> <type>
 * <id>\t<path>` or `missing <path>` for the deploy path; then the commit's id when it was asked for.
 */
export function parseDeployTreeListing(stdout: string): DeployTree {
  const [root = '', path = '', mark = ''] = stdout.split('\n');
  const rootMatch = root.match(/^040000 tree ([0-9a-f]{40,64})\t/);
  if (!rootMatch?.[1]) throw new Error(`git fast-import did not list the tree it built: ${JSON.stringify(stdout)}`);
  const pathMatch = path.match(/^([0-7]{6}) \w+ ([0-9a-f]{40,64})\t/);
  return {
    tree: rootMatch[1],
    pathTree: pathMatch ? `${pathMatch[1]} ${pathMatch[2]}` : undefined,
    ...(/^[0-9a-f]{40,64}$/.test(mark) ? { commit: mark } : {}),
  };
}

/** A directory of `pathTreeObjects`: its files' items and its subdirectories by name. */
interface Directory {
  items: TreeItem[];
  directories: Map<string, Directory>;
}

/**
 * The objects of a path that holds exactly `files` (a deploy that replaces its path, as
 * `writeDeployTree` writes it): each blob and tree once, every tree after what it holds, the
 * path's own tree last; none when there are no files.
 */
export function pathTreeObjects(files: readonly TreeFile[]): GitObject[] {
  if (files.length === 0) return [];
  const objects = new Map<string, GitObject>();
  const add = (object: GitObject) => {
    const id = gitObjectId(object);
    objects.set(id, object);
    return id;
  };
  const root: Directory = { items: [], directories: new Map() };
  for (const file of files) {
    const names = file.relativePath.split('/');
    const name = names.pop() as string;
    let directory = root;
    for (const part of names) {
      const next = directory.directories.get(part) ?? { items: [], directories: new Map() };
      directory.directories.set(part, next);
      directory = next;
    }
    directory.items.push({
      mode: file.executable ? '100755' : '100644',
      name,
      id: add({ type: 'blob', body: file.content }),
    });
  }
  const writeTree = (directory: Directory): string => {
    const subtrees = [...directory.directories].map(([name, sub]) => ({ mode: '40000', name, id: writeTree(sub) }));
    return add({ type: 'tree', body: treeBody([...directory.items, ...subtrees]) });
  };
  // The path's tree is written after all it holds, and cannot be among it: it comes last.
  writeTree(root);
  return [...objects.values()];
}
