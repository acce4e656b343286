import {
  readWorkflowRun,
  type WorkflowRunBody,
  type WorkflowRunFacts,
  type WorkflowRunRef,
  workflowRunFacts,
} from '@shipgate/approvals';
import type { GitHubClient } from '@shipgate/core';

/**
 * Who started each workflow run a range's deploys name, read a hundred at a time: GitHub's
 * GraphQL `WorkflowRun` has no actor nor triggering actor, so the runs come from the REST list of
 * a repository's runs (the same run objects as a single read, actor and triggering actor
 * included), newest first and created no later than the last deploy that names one. A run the list
 * does not show is read on its own, as before: the list only saves calls, it decides nothing.
 */
export class WorkflowRunReader {
  readonly #client: GitHubClient;
  /** Per repository: the runs deploys name, and the latest time one of those deploys was decided. */
  readonly #planned = new Map<string, { owner: string; repo: string; ids: Set<number>; latest: number }>();
  readonly #listed = new Map<string, Promise<Map<number, WorkflowRunFacts>>>();
  readonly #runs = new Map<string, Promise<WorkflowRunFacts>>();

  constructor(client: GitHubClient) {
    this.#client = client;
  }

  /** Runs that will be read, each with when the deploy naming it was decided (its run was created before). */
  plan(runs: Iterable<{ run: WorkflowRunRef; decidedAt: number }>): void {
    for (const { run, decidedAt } of runs) {
      const key = repositoryKey(run);
      const entry = this.#planned.get(key) ?? { owner: run.owner, repo: run.repo, ids: new Set(), latest: decidedAt };
      entry.ids.add(run.id);
      entry.latest = Math.max(entry.latest, decidedAt);
      this.#planned.set(key, entry);
    }
  }

  /** One read per run over a range: deploys of one run, and a run that is both Shipgate-Run and evidence. */
  read(run: WorkflowRunRef): Promise<WorkflowRunFacts> {
    const key = `${repositoryKey(run)}/${run.id}`;
    let facts = this.#runs.get(key);
    if (!facts) {
      facts = this.#fromListOrAlone(run);
      this.#runs.set(key, facts);
    }
    return facts;
  }

  async #fromListOrAlone(run: WorkflowRunRef): Promise<WorkflowRunFacts> {
    const planned = this.#planned.get(repositoryKey(run));
    if (planned?.ids.has(run.id)) {
      let listed = this.#listed.get(repositoryKey(run));
      if (!listed) {
        // A list that fails saves nothing: each run is then read on its own, whose failure counts.
        listed = listRuns(this.#client, planned).catch(() => new Map());
        this.#listed.set(repositoryKey(run), listed);
      }
      const found = (await listed).get(run.id);
      if (found) return found;
    }
    return readWorkflowRun(this.#client, run);
  }
}

/** A page of 100 is read while the last one held a run some deploy names, and GitHub has more. */
async function listRuns(
  client: GitHubClient,
  planned: { owner: string; repo: string; ids: ReadonlySet<number>; latest: number },
): Promise<Map<number, WorkflowRunFacts>> {
  const found = new Map<number, WorkflowRunFacts>();
  // GitHub lists at most 1,000 runs for a filtered list.
  for (let page = 1; page <= 10 && found.size < planned.ids.size; page++) {
    const { data } = await client.request<{ workflow_runs: WorkflowRunBody[] }>(
      'GET /repos/{owner}/{repo}/actions/runs',
      {
        params: { owner: planned.owner, repo: planned.repo },
        query: {
          created: `<=${new Date(planned.latest).toISOString()}`,
          exclude_pull_requests: 'true',
          per_page: 100,
          page,
        },
      },
    );
    const named = data.workflow_runs.filter((run) => planned.ids.has(run.id));
    for (const run of named) found.set(run.id, workflowRunFacts(run));
    if (named.length === 0 || data.workflow_runs.length < 100) break;
  }
  return found;
}

function repositoryKey(run: { owner: string; repo: string }): string {
  return `${run.owner}/${run.repo}`.toLowerCase();
}
