import type { Git } from '@shipgate/git';
import type { ShipgatePolicy } from '@shipgate/policy';
import type { JudgeInput } from './judge';
import { environmentPathOf } from './policy-view';
import { baseFinding, type CommitFinding } from './report';

/**
 * A merge commit is not judged as a deploy (the commits it brings are, each under the range's
 * base policy), but it must not change anything itself: its tree must be what git's own merge of
 * its two parents gives, at least on the environment paths and `.shipgate/`. A merge of history
 * unrelated to its first parent, or of more than two parents, that differs from any parent there
 * is a violation: git gives no merge of its own to compare with. A few git calls per merge;
 * merges are few (one per merged pull request).
 */
export async function judgeMerges(git: Git, merges: readonly JudgeInput[]): Promise<CommitFinding[]> {
  const findings: CommitFinding[] = [];
  for (const { commit, policy } of merges) {
    if (typeof policy !== 'object' || commit.parents.length < 2) continue;
    const guarded = (file: string) => file.startsWith('.shipgate/') || environmentPathOf(policy, file) !== undefined;
    const problem =
      commit.parents.length > 2
        ? await octopusProblem(git, commit.sha, commit.parents, guarded)
        : await twoParentProblem(git, commit.sha, commit.parents as [string, string], guarded);
    if (!problem) continue;
    const target = problem.files.map((file) => environmentPathOf(policy as ShipgatePolicy, file)).find(Boolean);
    findings.push({
      ...baseFinding(commit),
      environment: target?.environment.name,
      path: target?.directory,
      verdict: 'fail',
      reason: `${problem.what} ${listed(problem.files)}${problem.after ?? ''}`,
    });
  }
  return findings;
}

type Problem = { what: string; files: string[]; after?: string } | undefined;

async function twoParentProblem(
  git: Git,
  sha: string,
  [first, second]: [string, string],
  guarded: (file: string) => boolean,
): Promise<Problem> {
  const related = await git(['merge-base', first, second], { ignoreReturnCode: true });
  if (related.exitCode !== 0) {
    const files = (await changed(git, first, sha)).filter(guarded);
    return files.length > 0
      ? { what: 'it merges history unrelated to its first parent, and changes', files }
      : undefined;
  }
  // Exit 1 is a conflicted merge, whose tree (with conflict markers) is still written.
  const merged = await git(['merge-tree', '--write-tree', '--no-messages', first, second], { ignoreReturnCode: true });
  const mergedTree = merged.stdout.split('\n')[0]?.trim() ?? '';
  if (merged.exitCode > 1 || !/^[0-9a-f]{40,64}$/.test(mergedTree)) {
    throw new Error(`git merge-tree could not merge the parents of ${sha.slice(0, 12)}: ${merged.stderr.trim()}`);
  }
  const files = (await changed(git, mergedTree, `${sha}^{tree}`)).filter(guarded);
  return files.length > 0
    ? { what: 'the merge itself changes', files, after: ', beyond what merging its parents gives' }
    : undefined;
}

async function octopusProblem(
  git: Git,
  sha: string,
  parents: readonly string[],
  guarded: (file: string) => boolean,
): Promise<Problem> {
  const files = new Set<string>();
  for (const parent of parents) for (const file of await changed(git, parent, sha)) if (guarded(file)) files.add(file);
  return files.size > 0
    ? { what: `it is an octopus merge of ${parents.length} parents, and differs from them on`, files: [...files] }
    : undefined;
}

async function changed(git: Git, from: string, to: string): Promise<string[]> {
  const { stdout } = await git(['diff-tree', '-r', '-z', '--name-only', '--no-renames', from, to]);
  return stdout.split('\0').filter(Boolean);
}

function listed(files: readonly string[]): string {
  return `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
}
