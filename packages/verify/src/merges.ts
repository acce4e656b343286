import type { Git } from '@shipgate/gitops';
import type { ShipgatePolicy } from '@shipgate/policy';
import type { JudgeInput } from './judge';
import { environmentPathOf } from './policy-view';
import { baseFinding, type CommitFinding } from './report';

/**
 * A merge commit is not judged as a deploy (the commits it brings are), but it must not change
 * anything itself: its tree must be what git's own merge of its parents gives, at least on the
 * environment paths and `.shipgate/`. One `merge-tree` and one `diff-tree` per merge; merges are
 * few (one per merged pull request).
 */
export async function judgeMerges(git: Git, merges: readonly JudgeInput[]): Promise<CommitFinding[]> {
  const findings: CommitFinding[] = [];
  for (const { commit, policy } of merges) {
    if (typeof policy !== 'object' || commit.parents.length !== 2) continue;
    const [first, second] = commit.parents as [string, string];
    const merged = await git(['merge-tree', '--write-tree', '--no-messages', first, second], {
      ignoreReturnCode: true,
    });
    const mergedTree = merged.stdout.split('\n')[0]?.trim() ?? '';
    const { stdout } = await git([
      'diff-tree',
      '-r',
      '-z',
      '--name-only',
      '--no-renames',
      mergedTree,
      `${commit.sha}^{tree}`,
    ]);
    const changed = stdout.split('\0').filter(Boolean);
    const own = changed.filter(
      (file) => file.startsWith('.shipgate/') || environmentPathOf(policy as ShipgatePolicy, file),
    );
    if (own.length === 0) continue;
    const environment = own.map((file) => environmentPathOf(policy, file)?.environment.name).find(Boolean);
    findings.push({
      ...baseFinding(commit),
      environment,
      verdict: 'fail',
      reason: `the merge itself changes ${own.slice(0, 3).join(', ')}${own.length > 3 ? ` and ${own.length - 3} more` : ''}, beyond what merging its parents gives`,
    });
  }
  return findings;
}
