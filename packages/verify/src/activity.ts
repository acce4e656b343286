import type { GitHubClient } from '@shipgate/core';

/** What GitHub recorded of one update of a branch: the facts the pusher cannot write. */
export interface BranchUpdate {
  before: string;
  after: string;
  /** ISO time GitHub recorded. */
  timestamp: string;
  /** Who GitHub says made it. */
  actor: string;
  type: 'push' | 'force_push' | 'branch_deletion' | 'branch_creation' | 'pr_merge' | 'merge_queue_merge';
}

/** GitHub's record of a branch's updates, oldest first. */
export interface ActivitySource {
  branchUpdates(branch: string): Promise<BranchUpdate[]>;
}

interface ActivityEntry {
  before: string;
  after: string;
  timestamp: string;
  activity_type: BranchUpdate['type'];
  actor: { login: string } | null;
}

/**
 * The Repository Activity API (`GET /repos/{owner}/{repo}/activity`): pushes, force pushes and
 * merges of a branch, read once per branch and verification. An activity list longer than
 * `maxPages` pages of 100 is an error, never a silent cut.
 */
export class GitHubActivity implements ActivitySource {
  readonly #client: GitHubClient;
  readonly #owner: string;
  readonly #repo: string;
  readonly #maxPages: number;
  readonly #read = new Map<string, Promise<BranchUpdate[]>>();

  constructor(client: GitHubClient, repository: { owner: string; repo: string }, tuning: { maxPages?: number } = {}) {
    this.#client = client;
    this.#owner = repository.owner;
    this.#repo = repository.repo;
    this.#maxPages = tuning.maxPages ?? 500;
  }

  branchUpdates(branch: string): Promise<BranchUpdate[]> {
    let read = this.#read.get(branch);
    if (!read) {
      read = this.#fetch(branch);
      this.#read.set(branch, read);
    }
    return read;
  }

  async #fetch(branch: string): Promise<BranchUpdate[]> {
    const entries = await this.#client.paginate<ActivityEntry>('GET /repos/{owner}/{repo}/activity', {
      params: { owner: this.#owner, repo: this.#repo },
      query: { ref: `refs/heads/${branch}`, direction: 'asc' },
      maxPages: this.#maxPages,
    });
    return entries
      .map((entry) => ({
        before: entry.before,
        after: entry.after,
        timestamp: entry.timestamp,
        actor: entry.actor?.login ?? 'unknown',
        type: entry.activity_type,
      }))
      .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  }
}

/** `owner/name` of the GitOps repository on GitHub, for its activity; `undefined` when it is no such name. */
export function githubRepositoryOf(value: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?$/.exec(value?.trim() ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/**
 * The activity record of the GitOps repository, when there is a token to read it and a GitHub
 * name to read it by: `github-repository`, else `repository` when it is `owner/name`.
 */
export function activitySourceFor(
  client: GitHubClient | undefined,
  names: { repository: string; githubRepository?: string | undefined },
): ActivitySource | undefined {
  const repository = githubRepositoryOf(names.githubRepository) ?? githubRepositoryOf(names.repository);
  return client && repository ? new GitHubActivity(client, repository) : undefined;
}

/**
 * The push a `push` event reports (`before`, `after`, `repository.pushed_at`, `pusher`): GitHub's
 * own record of the update the check runs for, which the activity API may list only a little later.
 */
export function pushFromEvent(
  eventName: string,
  payload: Record<string, unknown>,
): (BranchUpdate & { ref: string }) | undefined {
  const event = payload as {
    ref?: string;
    before?: string;
    after?: string;
    forced?: boolean;
    pusher?: { name?: string };
    repository?: { pushed_at?: number | string };
  };
  const pushedAt = event.repository?.pushed_at;
  if (eventName !== 'push' || !event.ref || !event.before || !event.after || pushedAt === undefined) return undefined;
  const timestamp = new Date(typeof pushedAt === 'number' ? pushedAt * 1000 : pushedAt);
  if (Number.isNaN(timestamp.getTime())) return undefined;
  return {
    ref: event.ref,
    before: event.before,
    after: event.after,
    timestamp: timestamp.toISOString(),
    actor: event.pusher?.name ?? 'unknown',
    type: event.forced ? 'force_push' : /^0+$/.test(event.before) ? 'branch_creation' : 'push',
  };
}

/** The recorded updates, plus the event's own push to the branch where the record does not list it yet. */
export function withEventPush(
  source: ActivitySource | undefined,
  push: (BranchUpdate & { ref: string }) | undefined,
): ActivitySource | undefined {
  if (!push) return source;
  return {
    branchUpdates: async (branch) => {
      const recorded = source ? await source.branchUpdates(branch) : [];
      if (push.ref !== `refs/heads/${branch}`) return recorded;
      if (recorded.some((update) => update.after === push.after && update.before === push.before)) return recorded;
      const { ref: _ref, ...update } = push;
      return [...recorded, update].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
    },
  };
}
