import { abortableSleep, GitHubApiError, type GitHubClient, type Logger, ShipgateError } from '@shipgate/core';
import type { ApprovalStatus } from './approval-record';
import type { ApprovalRequest, GateDependencies, GateResult } from './gate';
import { type Decision, type Evaluation, evaluateDecisions, membershipOf, parseCommand, teamsToCheck } from './policy';
import { countedApprovalLine, DEFAULT_PROGRESS_INTERVAL_MS, waitingLine } from './progress';
import { closingComment, issueBody, issueTitle, parseRequestMarker, requestComment } from './request-text';
import { TeamMembershipCache } from './team-cache';

/**
 * The issue gate: an issue with the request as its first comment, then polls of the comments until
 * the policy is met, someone denies, time runs out or the job is cancelled. One poll is
 * `pollOnce(state) → { state, evaluation }`; `issueGate` is the loop around it that owns the
 * deadline, the signal and the sleep, and closes the issue whatever happened.
 */

/** A comment as GitHub lists it (the fields Shipgate reads). */
export interface IssueComment {
  id: number;
  body?: string;
  user: { login: string } | null;
  created_at: string;
  updated_at: string;
  html_url?: string;
}

// A type alias, not an interface, so it can be spread into request params.
export type Repo = { owner: string; repo: string };

/** What the issue gate decided, for `requestApproval` to turn into a result and a record. */
export interface IssueGateOutcome {
  status: ApprovalStatus;
  evaluation: Evaluation;
  details: Pick<GateResult, 'requestUrl' | 'issueNumber' | 'polls' | 'requestedAt' | 'decidedAt'>;
}

/** Where the gate stands between polls. */
export interface PollState {
  /** `since` of the next read: the newest `updated_at` seen. */
  since: string;
  /** Comments already taken. */
  seen: ReadonlySet<number>;
  /** Decisions waiting on a team-membership lookup, oldest first. */
  pending: readonly Decision[];
  decisions: readonly Decision[];
  /** How many of the evaluation's ignored decisions were logged already. */
  loggedIgnored: number;
  /** How many of the evaluation's approvals were logged already (each is logged once, when counted). */
  loggedApprovals: number;
  polls: number;
}

/** What every poll reads against: fixed once the request comment is posted. */
export interface PollContext {
  request: ApprovalRequest;
  client: GitHubClient;
  log: Logger;
  signal: AbortSignal | undefined;
  where: Repo;
  issue: { number: number; html_url: string };
  requestPosted: { id: number; created_at: string; html_url: string };
  teams: TeamMembershipCache;
}

export class ApprovalCancelledError extends ShipgateError {
  override name = 'ApprovalCancelledError';
}

export async function issueGate(
  request: ApprovalRequest,
  deps: GateDependencies,
  where: Repo,
): Promise<IssueGateOutcome> {
  const { client, log, signal } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? abortableSleep;
  const started = now();
  const deadline = started + request.timeoutMs;
  const { issue, requestPosted } = await openIssueRequest(request, client, log, where, signal);
  log.info(
    `Approval requested in ${requestPosted.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`,
  );
  const context: PollContext = {
    request,
    client,
    log,
    signal,
    where,
    issue,
    requestPosted,
    teams: new TeamMembershipCache(client, signal),
  };
  let state: PollState = {
    since: issue.created_at,
    seen: new Set(),
    pending: [],
    decisions: [],
    loggedIgnored: 0,
    loggedApprovals: 0,
    polls: 0,
  };
  let evaluation = evaluationOfNone(request);
  let status: ApprovalStatus | 'cancelled' | 'failed' | undefined;
  let failure: unknown;
  const progressEvery = request.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
  let nextProgress = started + progressEvery;
  try {
    while (!status) {
      if (signal?.aborted) {
        status = 'cancelled';
        break;
      }
      ({ state, evaluation } = await pollOnce(state, context));
      if (evaluation.status === 'approved' || evaluation.status === 'denied') {
        status = evaluation.status;
        break;
      }
      const left = deadline - now();
      if (left <= 0) status = 'timed-out';
      else {
        // At the first poll after each interval: steady, and never a read of its own.
        if (now() >= nextProgress) {
          log.info(waitingLine(request.policy, evaluation, left));
          while (nextProgress <= now()) nextProgress += progressEvery;
        }
        await sleep(Math.min(request.pollIntervalMs, left), signal);
      }
    }
  } catch (error) {
    if (signal?.aborted) status = 'cancelled';
    else [status, failure] = ['failed', error];
  }
  const decidedAt = new Date(now()).toISOString();
  await closeIssue(client, log, where, issue.number, closingComment(request, status, evaluation, failure), status);
  if (status === 'failed') throw failure;
  if (status === 'cancelled') {
    throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
  }
  const requestedAt = new Date(started).toISOString();
  const details = { requestUrl: issue.html_url, issueNumber: issue.number, polls: state.polls, requestedAt, decidedAt };
  return { status, evaluation, details };
}

/**
 * The issue, and the request as its first comment: a comment has an `updated_at`, so an edit shows,
 * and approvals count only after it (the body is anyone's with issues: write, and has no such
 * time). When the comment cannot be posted the issue is closed again.
 */
async function openIssueRequest(
  request: ApprovalRequest,
  client: GitHubClient,
  log: Logger,
  where: Repo,
  signal: AbortSignal | undefined,
): Promise<Pick<PollContext, 'issue' | 'requestPosted'> & { issue: { created_at: string } }> {
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
    { params: where, body: { title: issueTitle(request), body: issueBody(request), assignees }, signal },
  );
  try {
    const { data: requestPosted } = await client.request<PollContext['requestPosted']>(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { params: { ...where, issue_number: issue.number }, body: { body: requestComment(request) }, signal },
    );
    return { issue, requestPosted };
  } catch (error) {
    const comment = closingComment(request, 'failed', evaluationOfNone(request), error);
    await closeIssue(client, log, where, issue.number, comment, 'failed');
    throw error;
  }
}

/**
 * One poll: the comments since the last (every page: a crowd of comments must not hide a
 * denial), at most one team-membership lookup, and the policy's evaluation of what is decided.
 * An API failure whose retries are spent is logged and read again next poll: never an answer.
 */
export async function pollOnce(
  state: PollState,
  context: PollContext,
): Promise<{ state: PollState; evaluation: Evaluation }> {
  const { request, client, log, signal, where, issue, teams } = context;
  let next: PollState = { ...state, polls: state.polls + 1 };
  try {
    const comments = await client.paginate<IssueComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      params: { ...where, issue_number: issue.number },
      query: { since: state.since },
      signal,
    });
    next = takeComments(next, comments, context);
    next = await decidePending(next, request, teams);
  } catch (error) {
    if (signal?.aborted || !(error instanceof GitHubApiError) || !isTransient(error)) throw error;
    log.warning(`${error.message}; will read the comments again at the next poll.`);
  }
  const evaluation = evaluateDecisions(request.policy, next.decisions, (login) =>
    membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)),
  );
  for (const { decision, reason } of evaluation.ignored.slice(next.loggedIgnored)) {
    log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
  }
  // Decisions only ever join the end, so the approvals counted so far are a prefix of the next poll's.
  evaluation.approvals.slice(next.loggedApprovals).forEach((entry, index) => {
    log.info(countedApprovalLine(entry, next.loggedApprovals + index, request.policy));
  });
  const logged = { loggedIgnored: evaluation.ignored.length, loggedApprovals: evaluation.approvals.length };
  return { state: { ...next, ...logged }, evaluation };
}

/** The new comments' commands, queued for a decision; throws when the request itself was tampered with. */
function takeComments(state: PollState, comments: readonly IssueComment[], context: PollContext): PollState {
  const { log, issue, requestPosted } = context;
  let { since } = state;
  const seen = new Set(state.seen);
  const pending = [...state.pending];
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
    pending.push({
      login: comment.user.login,
      verdict: command.verdict,
      at: comment.created_at,
      source: 'issue',
      commentId: comment.id,
      ...(comment.html_url ? { url: comment.html_url } : {}),
      ...(command.reason ? { comment: command.reason } : {}),
    });
  }
  return { ...state, since, seen, pending };
}

/**
 * Moves queued decisions, in order, to the decided ones once the teams that could count them are
 * known: at most one team lookup a poll, so a poll is at most two calls.
 */
async function decidePending(
  state: PollState,
  request: ApprovalRequest,
  teams: TeamMembershipCache,
): Promise<PollState> {
  const pending = [...state.pending];
  const decisions = [...state.decisions];
  let lookups = 1;
  while (pending.length > 0) {
    const next = pending[0] as Decision;
    const excluded = request.policy.excluded.includes(next.login.toLowerCase());
    const unknown = excluded
      ? []
      : teamsToCheck(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
    if (unknown.length > 0) {
      if (lookups === 0) break;
      lookups -= 1;
      await teams.check(unknown[0] as (typeof unknown)[number], next.login);
      continue;
    }
    decisions.push(pending.shift() as Decision);
  }
  return { ...state, pending, decisions };
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
