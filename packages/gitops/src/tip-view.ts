import { ConfigurationError } from '@shipgate/core';
import {
  batch,
  fetchBranchWithTipTrees,
  fetchObjectsOverHttp,
  fetchTipTrees,
  type Git,
  lsTree,
  remoteTrackingRef,
} from '@shipgate/git';
import { type Deployment, readTipHistory } from '@shipgate/trail';
import { KUSTOMIZATION_FILE } from './kustomization';
import { RULE_FILES } from './rules';

/**
 * What a writer knows of a branch tip, read once per tip in two git processes side by side (one
 * `log`, one `ls-tree`), plus one `cat-file` when rule files are there: the policy stage and the
 * attempt built on that tip share it, so a deploy that lands on the tip it checked reads it once.
 */
export interface TipView {
  commit: string;
  tree: string;
  /** The deployments of every app and environment reachable from the tip, newest first. */
  history: Deployment[];
  /** `<mode> <id>` of the target path in the tip; `undefined` when there is none. */
  pathTree: string | undefined;
  /** `RULE_FILES` present at the tip (e.g. `.shipgate/policy.yaml`), by path: blob id and text. */
  ruleFiles: Map<string, { blob: string; text: string }>;
  /** Whether the target path holds a kustomization.yaml at the tip. */
  hasKustomization: boolean;
}

/**
 * The view of `ref` (a commit or tracking ref) for a deploy to `path`; `undefined` when it has no
 * commits. `tipTrees` says whether the tip's trees are in the clone (or will be, once it settles);
 * when not, after a fetch of commits only, they are fetched first (`fetchTipTrees`). Either way
 * beside the history's `log`. `blobsMissing`: the rule files' blobs are fetched before they are
 * read. Both from the process when it speaks to the remote.
 */
export async function readTipView(
  git: Git,
  ref: string,
  path: string,
  options: { tipTrees: boolean | Promise<boolean>; blobsMissing: boolean },
): Promise<TipView | undefined> {
  const trees = Promise.resolve(options.tipTrees).then((fetched) => (fetched ? undefined : fetchTipTrees(git, ref)));
  const [tip, entries] = await settleAll([
    readTipHistory(git, ref),
    trees.then(() => inspectPath(git, ref, path, { blobsMissing: options.blobsMissing })),
  ] as const);
  if (!tip) return undefined;
  return { commit: tip.commit, tree: tip.tree, history: tip.deployments, ...entries };
}

/**
 * `branch` fetched as a deploy first reads it (its commits and, beside them, its tip's trees:
 * `fetchBranchWithTipTrees`) and its tip's view for a deploy to `path`; `undefined` when the branch
 * does not exist or has no commits.
 */
export async function fetchTipView(git: Git, branch: string, path: string): Promise<TipView | undefined> {
  const fetched = await fetchBranchWithTipTrees(git, branch);
  if (!fetched) return undefined;
  return readTipView(git, remoteTrackingRef(branch), path, { tipTrees: fetched.tipTrees, blobsMissing: true });
}

/** The rule files of a view as the rules read them: path → text. */
export function tipFilesOf(view: Pick<TipView, 'ruleFiles'> | undefined): Map<string, string> {
  return new Map([...(view?.ruleFiles ?? [])].map(([name, file]) => [name, file.text]));
}

/**
 * What the writer needs to know of a tip beside its history, from one `ls-tree`: the object at the
 * target path, whether a kustomization.yaml is there, and the `RULE_FILES` (their blobs in one
 * `cat-file --batch`). A path that goes through a symlink (or submodule) in the repository is
 * refused: git would record our files beside a link that points elsewhere, possibly outside the
 * repository. A retry compares the path's object with the previous tip's to know whether anyone
 * else wrote to the path meanwhile.
 */
export async function inspectPath(
  git: Git,
  commit: string,
  path: string,
  options: { blobsMissing: boolean },
): Promise<Pick<TipView, 'pathTree' | 'ruleFiles' | 'hasKustomization'>> {
  const parts = path.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  const kustomization = `${path}/${KUSTOMIZATION_FILE}`;
  // `-t`: the kustomization.yaml below the path makes ls-tree descend into it, listing its entries
  // (a handful) instead of the path's own; with -t the trees on the way are listed too.
  const entries = await lsTree(git, commit, { paths: [...prefixes, kustomization, ...RULE_FILES], trees: true });
  let pathTree: string | undefined;
  let hasKustomization = false;
  const ruleBlobs: { path: string; sha: string }[] = [];
  for (const { mode, type, id: sha, path: name } of entries) {
    if (type === 'blob' && RULE_FILES.includes(name)) ruleBlobs.push({ path: name, sha });
    if (name === kustomization) hasKustomization = true;
    if (!prefixes.includes(name)) continue;
    if (mode === '120000' || mode === '160000') {
      throw new ConfigurationError(
        `Input "path" goes through ${name}, a ${mode === '120000' ? 'symlink' : 'submodule'} in the repository; refusing to write through it.`,
      );
    }
    if (name === path) pathTree = `${mode} ${sha}`;
  }
  // `blobsMissing`: the clone has no blob yet (commits and trees only were fetched), so the rule
  // files come from the process, where `cat-file` would fetch them lazily through git's processes;
  // when the process cannot ask, it still does. Otherwise some may be here already: git decides.
  if (options.blobsMissing && git.remote && ruleBlobs.length > 0) {
    await fetchObjectsOverHttp(
      git,
      git.remote,
      ruleBlobs.map((blob) => blob.sha),
      'blob:none',
    );
  }
  // One `cat-file --batch` for every rule file (none: no process).
  const contents = await batch(
    git,
    ruleBlobs.map((blob) => blob.sha),
  );
  const ruleFiles = new Map(
    ruleBlobs.map(
      (blob, index) => [blob.path, { blob: blob.sha, text: contents[index]?.toString('utf8') ?? '' }] as const,
    ),
  );
  return { pathTree, ruleFiles, hasKustomization };
}

/**
 * `Promise.all` that waits for every operation before failing, so no git process is still
 * running in the clone when the caller reacts to the first error (and removes the clone).
 */
export async function settleAll<T extends readonly unknown[]>(
  operations: { [K in keyof T]: Promise<T[K]> },
): Promise<{ -readonly [K in keyof T]: T[K] }> {
  const settled = await Promise.allSettled(operations);
  const failed = settled.find((entry) => entry.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((entry) => (entry as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: T[K];
  };
}
