import { environmentContentProblem, type Git, readEnvironmentEntriesAt } from '@shipgate/gitops';

/**
 * The violation of an environment path at a commit whose content is not what Shipgate can vouch
 * for (an edited kustomization, a symlink, a submodule, a non-YAML or hidden file; see
 * `environmentContentProblem`), or `undefined`. The same rule gitops-commit and rollback apply
 * before they push, read here with git's own modes, so what a hand-made push slipped past the
 * writers is judged the same way.
 */
export async function environmentContentViolation(git: Git, commit: string, path: string): Promise<string | undefined> {
  const problem = environmentContentProblem(await readEnvironmentEntriesAt(git, commit, path));
  return problem
    ? `${path} at ${commit.slice(0, 12)} holds content the cluster would not apply as hashed: ${problem}`
    : undefined;
}
