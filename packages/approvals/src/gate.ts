import { abortableSleep, GitHubApiError, type GitHubClient, type Logger, ShipgateError } from '@shipgate/core';
import {
  APPROVAL_RECORD_SCHEMA,
  type ApprovalEntry,
  type ApprovalEvidence,
  type ApprovalRecord,
  type ApprovalStatus,
} from './approval-record';
import {
  type ApprovalPolicy,
  type Decision,
  type Evaluation,
  evaluateDecisions,
  formatApproverList,
  membershipOf,
  parseCommand,
  sameLogin,
  type TeamRef,
  teamName,
  teamsToCheck,
} from './policy';
import { closingComment, issueBody, issueTitle, parseRequestMarker, requestComment } from './request-text';

export interface ScanSummary {
  verdict: string;
  scanner?: string;
  counts: Record<string, number>;
}

export interface ApprovalRequest {
  mode: 'environment' | 'issue';
  app: string;
  environment: string;
  /** Digest-pinned image references. */
  imageRefs: string[];
  configHash: string;
  /** Where the issue is opened and the run lives: `owner/name`. */
  repository: string;
  requester: string;
  policy: ApprovalPolicy;
  /**
   * Where the deploy goes, named by the request comment: the GitOps repository's identity
   * (`gitopsRepositoryIdentity`), the policy's environment name (in mode environment, the GitHub
   * environment whose reviews count) and the environment path. Default: no repository,
   * `environment`, `apps/<app>/<environment>`.
   */
  gitops?: { repository: string; environment: string; path: string };
  source?: { repository: string; sha: string };
  runId?: number;
  runUrl?: string;
  scan?: ScanSummary;
  /** The rendered-config diff, shown collapsed in the issue. */
  diff?: string;
  /** Issue mode: give up after this long. */
  timeoutMs: number;
  /** Issue mode: time between polls of the comments. */
  pollIntervalMs: number;
}

export interface GateDependencies {
  client: GitHubClient;
  log: Logger;
  /** Epoch ms; injectable so tests control the timeout. */
  now?: () => number;
  /** Waits between polls; must return early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Aborted when the job is cancelled (SIGINT/SIGTERM): the issue is closed and the gate throws. */
  signal?: AbortSignal;
}

export interface GateResult {
  status: ApprovalStatus;
  approved: boolean;
  evaluation: Evaluation;
  /** The issue URL (issue mode) or the run URL (environment mode). */
  requestUrl?: string;
  issueNumber?: number;
  record: ApprovalRecord;
  /** Issue mode: how many times the comments were read. */
  polls: number;
  requestedAt: string;
  decidedAt: string;
}

export class ApprovalCancelledError extends ShipgateError {
  override name = 'ApprovalCancelledError';
}

/** Asks for approval as the request's mode says, and returns the outcome with its record (a pointer to the evidence). */
export async function requestApproval(request: ApprovalRequest, deps: GateDependencies): Promise<GateResult> {
  const [owner, repo] = request.repository.split('/');
  if (!owner || !repo) throw new ShipgateError(`The repository "${request.repository}" is not owner/name.`);
  return request.mode === 'environment'
    ? environmentGate(request, deps, { owner, repo })
    : issueGate(request, deps, { owner, repo });
}

/** Caches `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` answers: active members only. */
export class TeamMembershipCache {
  readonly #known = new Map<string, boolean>();

  constructor(
    private readonly client: GitHubClient,
    private readonly signal?: AbortSignal,
  ) {}

  isKnown(team: TeamRef, login: string): boolean {
    return this.#known.has(this.#key(team, login));
  }

  activeTeams(teams: readonly TeamRef[], login: string): TeamRef[] {
    return teams.filter((team) => this.#known.get(this.#key(team, login)) === true);
  }

  async check(team: TeamRef, login: string): Promise<boolean> {
    const key = this.#key(team, login);
    const cached = this.#known.get(key);
    if (cached !== undefined) return cached;
    let active = false;
    try {
      const { data } = await this.client.request<{ state?: string }>(
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        { params: { org: team.org, team_slug: team.slug, username: login }, signal: this.signal },
      );
      active = data?.state === 'active';
    } catch (error) {
      // 404 is GitHub's answer for "not a member"; anything else is a real failure.
      if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
        throw new ShipgateError(
          `Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`,
        );
      }
      if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
    }
    this.#known.set(key, active);
    return active;
  }

  #key(team: TeamRef, login: string): string {
    return `${teamName(team)}\n${login}`.toLowerCase();
  }
}

// A type alias, not an interface, so it can be spread into request params.
type Repo = { owner: string; repo: string };

interface EnvironmentApproval {
  environments: Array<{ name?: string }>;
  state: 'approved' | 'rejected' | 'pending';
  user: { login: string };
  comment: string;
}

async function environmentGate(request: ApprovalRequest, deps: GateDependencies, where: Repo): Promise<GateResult> {
  const now = deps.now ?? Date.now;
  const requestedAt = new Date(now()).toISOString();
  if (!request.runId) throw new ShipgateError('Mode "environment" needs the workflow run id (GITHUB_RUN_ID).');
  const { data } = await deps.client.request<EnvironmentApproval[]>(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    { params: { ...where, run_id: request.runId }, signal: deps.signal },
  );
  const environmentName = request.gitops?.environment ?? request.environment;
  const reviews = data.filter((review) =>
    review.environments.some((environment) => environment.name && sameLogin(environment.name, environmentName)),
  );
  deps.log.info(`${reviews.length} review(s) of environment "${environmentName}" on run ${request.runId}.`);
  const at = new Date(now()).toISOString();
  const decisions: Decision[] = reviews
    .filter((review) => review.state !== 'pending')
    .map((review) => ({
      login: review.user.login,
      verdict: review.state === 'rejected' ? 'deny' : 'approve',
      at,
      source: 'environment',
      ...(review.comment ? { comment: review.comment } : {}),
    }));
  const teams = new TeamMembershipCache(deps.client, deps.signal);
  for (const decision of decisions) {
    for (const team of teamsToCheck(request.policy, decision.login)) await teams.check(team, decision.login);
  }
  const open = [request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers].every(
    (list) => list.users.length === 0 && list.teams.length === 0,
  );
  let evaluation = evaluateDecisions(
    request.policy,
    decisions,
    (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)),
    { open },
  );
  // GitHub lets the job run on one reviewer's rejection only if nobody rejected, but say so whoever rejected.
  const rejection = decisions.find((decision) => decision.verdict === 'deny');
  if (rejection && evaluation.status !== 'denied') {
    evaluation = { ...evaluation, status: 'denied', denial: rejection };
  }
  const status: ApprovalStatus = evaluation.status === 'approved' ? 'approved' : 'denied';
  return finish(request, evaluation, status, {
    requestUrl: request.runUrl,
    polls: 1,
    requestedAt,
    decidedAt: new Date(now()).toISOString(),
  });
}

/** A comment as GitHub lists it (the fields Shipgate reads). */
export interface IssueComment {
  id: number;
  body?: string;
  user: { login: string } | null;
  created_at: string;
  updated_at: string;
  html_url?: string;
}

async function issueGate(request: ApprovalRequest, deps: GateDependencies, where: Repo): Promise<GateResult> {
  const { client, log, signal } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? abortableSleep;
  const started = now();
  const deadline = started + request.timeoutMs;
  const requestedAt = new Date(started).toISOString();

  // Only users can be assignees; GitHub takes at most 10.
  const assignees = [
    ...new Set(
      [request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers]
        .flatMap((list) => list.users)
        .filter((user) => !request.policy.excluded.includes(user.toLowerCase())),
    ),
  ].slice(0, 10);
  const { data: issue } = await client.request<{ number: number; html_url: string; created_at: string }>(
    'POST /repos/{owner}/{repo}/issues',
    {
      params: where,
      body: { title: issueTitle(request), body: issueBody(request), assignees },
      signal,
    },
  );
  // The request is a comment, not the issue body: a comment has an `updated_at`, so an edit shows,
  // and approvals count only after it (the body is anyone's with issues: write, and has no such time).
  let requestPosted: { id: number; created_at: string; html_url: string };
  try {
    ({ data: requestPosted } = await client.request<{ id: number; created_at: string; html_url: string }>(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { params: { ...where, issue_number: issue.number }, body: { body: requestComment(request) }, signal },
    ));
  } catch (error) {
    const comment = closingComment(request, 'failed', evaluationOfNone(request), error);
    await closeIssue(client, log, where, issue.number, comment, 'failed');
    throw error;
  }
  log.info(
    `Approval requested in ${requestPosted.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`,
  );

  const teams = new TeamMembershipCache(client, signal);
  const seen = new Set<number>();
  const queue: Decision[] = [];
  const decisions: Decision[] = [];
  let since = issue.created_at;
  let polls = 0;
  let loggedIgnored = 0;
  let evaluation: Evaluation = evaluationOfNone(request);
  let outcome: ApprovalStatus | 'cancelled' | undefined;
  let failure: unknown;

  try {
    while (!outcome) {
      if (signal?.aborted) {
        outcome = 'cancelled';
        break;
      }
      polls += 1;
      // At most two calls a poll: one read of new comments, one team-membership lookup.
      try {
        // Every page: a crowd of comments must not hide a denial.
        const comments = await client.paginate<IssueComment>(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { params: { ...where, issue_number: issue.number }, query: { since }, signal },
        );
        for (const comment of comments) {
          if (comment.updated_at > since) since = comment.updated_at;
          if (comment.id === requestPosted.id && comment.updated_at !== comment.created_at) {
            throw new ShipgateError(
              `The request comment ${requestPosted.html_url} was edited, so no approval of it counts; run approval-gate again.`,
            );
          }
          // The earliest request comment is the request: one posted before the gate's own would be it.
          if (comment.id < requestPosted.id && parseRequestMarker(comment.body ?? '')) {
            throw new ShipgateError(
              `A request comment was posted on ${issue.html_url} before the gate's own (${requestPosted.html_url}), so no approval there can count; run approval-gate again.`,
            );
          }
          if (seen.has(comment.id) || !comment.user) continue;
          seen.add(comment.id);
          const command = parseCommand(comment.body ?? '');
          if (!command) continue;
          // An edited approval is not what its approver wrote; a denial counts however it was edited.
          if (command.verdict === 'approve' && comment.updated_at !== comment.created_at) {
            log.info(`Ignored /approve from ${comment.user.login}: the comment was edited.`);
            continue;
          }
          // An approval approves the request comment before it, never one made later.
          if (command.verdict === 'approve' && !after(comment, requestPosted)) {
            log.info(`Ignored /approve from ${comment.user.login}: it was given before the request comment.`);
            continue;
          }
          queue.push({
            login: comment.user.login,
            verdict: command.verdict,
            at: comment.created_at,
            source: 'issue',
            commentId: comment.id,
            ...(comment.html_url ? { url: comment.html_url } : {}),
            ...(command.reason ? { comment: command.reason } : {}),
          });
        }
        let lookups = 1;
        while (queue.length > 0) {
          const next = queue[0] as Decision;
          const excluded = request.policy.excluded.includes(next.login.toLowerCase());
          const unknown = excluded
            ? []
            : teamsToCheck(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
          if (unknown.length > 0) {
            if (lookups === 0) break;
            lookups -= 1;
            await teams.check(unknown[0] as TeamRef, next.login);
            continue;
          }
          decisions.push(queue.shift() as Decision);
        }
      } catch (error) {
        if (signal?.aborted) {
          outcome = 'cancelled';
          break;
        }
        // Retries are spent but the outage may pass; an API failure is never read as an answer.
        if (!(error instanceof GitHubApiError) || !isTransient(error)) throw error;
        log.warning(`${error.message}; will read the comments again at the next poll.`);
      }
      evaluation = evaluateDecisions(request.policy, decisions, (login) =>
        membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)),
      );
      for (const { decision, reason } of evaluation.ignored.slice(loggedIgnored)) {
        log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
      }
      loggedIgnored = evaluation.ignored.length;
      if (evaluation.status === 'approved' || evaluation.status === 'denied') {
        outcome = evaluation.status;
        break;
      }
      const left = deadline - now();
      if (left <= 0) {
        outcome = 'timed-out';
        break;
      }
      await sleep(Math.min(request.pollIntervalMs, left), signal);
    }
  } catch (error) {
    failure = error;
  }

  const decidedAt = new Date(now()).toISOString();
  const status: ApprovalStatus | 'failed' | 'cancelled' =
    failure !== undefined ? 'failed' : (outcome as ApprovalStatus | 'cancelled');
  await closeIssue(client, log, where, issue.number, closingComment(request, status, evaluation, failure), status);
  if (failure !== undefined) throw failure;
  if (status === 'cancelled') {
    throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
  }
  return finish(request, evaluation, status as ApprovalStatus, {
    requestUrl: issue.html_url,
    issueNumber: issue.number,
    polls,
    requestedAt,
    decidedAt,
  });
}

/** Whether `comment` came after the request comment: a later id and no earlier time. */
export function after(comment: { id: number; created_at: string }, request: { id: number; created_at: string }) {
  return comment.id > request.id && Date.parse(comment.created_at) >= Date.parse(request.created_at);
}

function evaluationOfNone(request: ApprovalRequest): Evaluation {
  return evaluateDecisions(request.policy, [], () => ({
    approver: false,
    imageApprover: false,
    configApprover: false,
  }));
}

function isTransient(error: GitHubApiError): boolean {
  return error.rateLimited || error.status === undefined || error.status === 408 || error.status >= 500;
}

/** Leaves the issue closed with the outcome, whatever happened; failures here are only logged. */
async function closeIssue(
  client: GitHubClient,
  log: Logger,
  where: Repo,
  issueNumber: number,
  comment: string,
  status: string,
): Promise<void> {
  try {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      params: { ...where, issue_number: issueNumber },
      body: { body: comment },
    });
  } catch (error) {
    log.warning(`Could not comment on the approval issue: ${(error as Error).message}`);
  }
  try {
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      params: { ...where, issue_number: issueNumber },
      body: { state: 'closed', state_reason: status === 'approved' ? 'completed' : 'not_planned' },
    });
  } catch (error) {
    log.warning(`Could not close the approval issue: ${(error as Error).message}`);
  }
}

function finish(
  request: ApprovalRequest,
  evaluation: Evaluation,
  status: ApprovalStatus,
  details: Pick<GateResult, 'requestUrl' | 'issueNumber' | 'polls' | 'requestedAt' | 'decidedAt'>,
): GateResult {
  const approved = status === 'approved';
  const record = buildApprovalRecord(
    request,
    status,
    evaluation.approvals,
    details.requestUrl,
    details.decidedAt,
    evidenceOf(request, details.issueNumber, evaluation),
  );
  return { status, approved, evaluation, record, ...details };
}

function evidenceOf(
  request: ApprovalRequest,
  issueNumber: number | undefined,
  evaluation: Evaluation,
): ApprovalEvidence | undefined {
  if (request.mode === 'issue' && issueNumber !== undefined) {
    const commentIds = evaluation.approvals.flatMap((entry) => (entry.commentId ? [entry.commentId] : []));
    return { kind: 'issue', repository: request.repository, issueNumber, commentIds };
  }
  if (request.mode === 'environment' && request.runId) {
    return {
      kind: 'environment',
      repository: request.repository,
      runId: request.runId,
      environment: request.gitops?.environment ?? request.environment,
    };
  }
  return undefined;
}

export function buildApprovalRecord(
  request: ApprovalRequest,
  status: ApprovalStatus,
  approvals: ApprovalEntry[],
  requestUrl: string | undefined,
  createdAt: string,
  evidence?: ApprovalEvidence,
): ApprovalRecord {
  return {
    schema: APPROVAL_RECORD_SCHEMA,
    app: request.app,
    environment: request.environment,
    imageRefs: [...request.imageRefs].sort(),
    configHash: request.configHash,
    status,
    approved: status === 'approved',
    policy: {
      mode: request.mode,
      approvers: formatApproverList(request.policy.approvers),
      imageApprovers: formatApproverList(request.policy.imageApprovers),
      configApprovers: formatApproverList(request.policy.configApprovers),
      minApprovals: request.policy.minApprovals,
      allowSelfApproval: request.policy.allowSelfApproval,
    },
    approvers: approvals,
    requester: request.requester,
    ...(request.source ? { source: request.source } : {}),
    ...(requestUrl ? { requestUrl } : {}),
    createdAt,
    ...(evidence ? { evidence } : {}),
  };
}
