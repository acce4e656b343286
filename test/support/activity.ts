/**
 * Joins the two test servers the way GitHub is one system: the pushes the git server accepted
 * become the repository activity the API test server serves (`GET /repos/{owner}/{repo}/activity`).
 */
import type { GitServer } from './git-server';
import type { ApiActivity, GitHubApi } from './github-api';

export interface ActivityLink {
  /** The repository on the git server. */
  name: string;
  /** Its `owner/repo` on the API test server. */
  owner: string;
  repo: string;
  /** Who GitHub says pushed. */
  actor: string;
}

/**
 * Records every push the git server accepted since the last call as an activity entry, branch
 * refs only. `at` dates them all (a test's "pushed during the freeze"); by default each keeps
 * the time the server's hook saw it.
 */
export async function recordPushes(
  api: GitHubApi,
  server: GitServer,
  link: ActivityLink,
  fields: { at?: string; activityType?: ApiActivity['activityType'] } = {},
): Promise<ApiActivity[]> {
  const known = api.state.activities.filter((entry) => entry.owner === link.owner && entry.repo === link.repo);
  const pushes = (await server.pushes(link.name)).filter((push) => push.ref.startsWith('refs/heads/'));
  const recorded: ApiActivity[] = [];
  for (const push of pushes.slice(countRecorded(known, pushes))) {
    const forced = fields.activityType ?? (await kindOf(server, link.name, push.before, push.after));
    recorded.push(
      api.state.addActivity({
        owner: link.owner,
        repo: link.repo,
        actor: link.actor,
        before: push.before,
        after: push.after,
        ref: push.ref,
        timestamp: fields.at ?? push.timestamp,
        activityType: forced,
      }),
    );
  }
  return recorded;
}

/** How many of the server's pushes the API already lists (tests may also add entries by hand). */
function countRecorded(known: readonly ApiActivity[], pushes: ReadonlyArray<{ after: string; ref: string }>): number {
  let count = 0;
  for (const push of pushes) {
    if (!known.some((entry) => entry.after === push.after && entry.ref === push.ref)) break;
    count += 1;
  }
  return count;
}

/** `branch_creation`, `force_push` when the old tip is not an ancestor of the new one, else `push`. */
async function kindOf(server: GitServer, name: string, before: string, after: string) {
  if (/^0+$/.test(before)) return 'branch_creation' as const;
  if (/^0+$/.test(after)) return 'branch_deletion' as const;
  const ancestor = await server
    .git(name, ['merge-base', '--is-ancestor', before, after])
    .then(() => true)
    .catch(() => false);
  return ancestor ? ('push' as const) : ('force_push' as const);
}
