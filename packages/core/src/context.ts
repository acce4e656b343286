import { readFileSync } from 'node:fs';

/** The parts of the workflow run that actions read, taken from the runner's environment. */
export interface GitHubContext {
  /** `owner/name` of the repository the workflow runs in; empty outside GitHub. */
  readonly repository: string;
  readonly sha: string;
  readonly ref: string;
  readonly eventName: string;
  /** The user who started the run (`GITHUB_ACTOR`). */
  readonly actor: string;
  /** The user who triggered this attempt; differs from `actor` on re-runs. */
  readonly triggeringActor: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly workflow: string;
  readonly job: string;
  /** The link to this run's page, or empty outside GitHub. */
  readonly runUrl: string;
  /** Outside GitHub: the CI system the source was read from (`gitlab`, `jenkins`, …, `git`). */
  readonly ciSystem?: string;
  /** The source commit's committer time (ISO 8601) when the CI system or git told it. */
  readonly commitTime?: string;
  /** The event payload (GITHUB_EVENT_PATH), read on first use; `{}` when absent. */
  readonly payload: Record<string, unknown>;
}

export function readGitHubContext(env: Readonly<Record<string, string | undefined>>): GitHubContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  let payload: Record<string, unknown> | undefined;
  return {
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    get payload() {
      payload ??= readEventPayload(env.GITHUB_EVENT_PATH);
      return payload;
    },
  };
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
