import { ConfigurationError, GitHubApiError, type GitHubClient, type Logger } from '@shipgate/core';
import type { ApprovalRules } from '@shipgate/policy';
import type { ApprovalEvidence } from './approval-record';
import { after, type IssueComment } from './issue-gate';
import {
  type ApprovalPolicy,
  buildApprovalPolicy,
  type Decision,
  evaluateDecisions,
  membershipOf,
  parseCommand,
  teamsToCheck,
} from './policy';
import { parseRequestMarker, type RequestSubject, requestSubject, showsSubject } from './request-text';
import { TeamMembershipCache } from './team-cache';

/** What a deploy is about to commit: the approval must name exactly this. */
export interface EvidenceBinding {
  /** The GitOps repository written to, as `gitopsRepositoryIdentity` (@shipgate/gitops) names it. */
  repository: string;
  app: string;
  /** The policy's environment: the one the request names, and the GitHub environment whose reviews count. */
  environment: string;
  /** The environment path in the GitOps repository, e.g. `apps/web/production`. */
  path: string;
  /** Digest-pinned refs (or bare digests) read from the manifests being committed. */
  imageRefs: readonly string[];
  /** Computed from the files being committed. */
  configHash: string;
  /**
   * The deploy's source commit (`Shipgate-Source`): an environment review counts only for a run of
   * this repository at this commit. Without it, no environment review counts.
   */
  source?: { repository: string; sha: string };
}

/** What GitHub says of a workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`). */
export interface WorkflowRunFacts {
  /** `repository.full_name`. */
  repository: string;
  headSha: string;
  /** When the run was created: no review of it is older. */
  createdAt: string;
  /** Its actor and triggering actor. */
  actors: string[];
}

export interface WorkflowRunRef {
  owner: string;
  repo: string;
  id: number;
}

/** A workflow run as GitHub's REST API describes it, one read or listed: the fields Shipgate reads. */
export interface WorkflowRunBody {
  id: number;
  head_sha: string;
  created_at: string;
  repository: { full_name: string };
  actor?: { login: string } | null;
  triggering_actor?: { login: string } | null;
}

/** Reads a workflow run: one call, which a caller checking many deploys may cache per run. */
export async function readWorkflowRun(client: GitHubClient, run: WorkflowRunRef): Promise<WorkflowRunFacts> {
  const { data } = await client.request<WorkflowRunBody>('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
    params: { owner: run.owner, repo: run.repo, run_id: run.id },
  });
  return workflowRunFacts(data);
}

/** What Shipgate reads of a run, whether it was read on its own or listed with others. */
export function workflowRunFacts(data: WorkflowRunBody): WorkflowRunFacts {
  const actors = [data.actor?.login, data.triggering_actor?.login].filter((login): login is string => Boolean(login));
  return {
    repository: data.repository.full_name,
    headSha: data.head_sha,
    createdAt: data.created_at,
    actors: [...new Set(actors)],
  };
}

/** An issue comment as the REST API lists it (`html_url` is the `Shipgate-Approval` URL). */
export type ListedComment = IssueComment & { html_url: string };

/** Where an approval request's comments are read: an issue of a repository. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

/** Every comment of an issue (REST, each page): a verifier passes a batched reader instead. */
export function listIssueComments(client: GitHubClient, issue: IssueRef): Promise<ListedComment[]> {
  return client.paginate<ListedComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    params: { owner: issue.owner, repo: issue.repo, issue_number: issue.number },
  });
}

export interface EvidenceCheck {
  evidence: ApprovalEvidence;
  /** The environment's approval rules from the GitOps policy (after inputs tightened them). */
  rules: ApprovalRules;
  binding: EvidenceBinding;
  /** Logins that never count: the requester, the actor, the source commit's author. */
  excluded: ReadonlyArray<string | undefined>;
  /**
   * Environment mode: the workflow run doing the deploy (GITHUB_RUN_ID). Reviews count only for
   * this run; a later re-check passes the run the deploy commit names.
   */
  currentRunId?: number;
  /** Whether the config changed since the last deploy (config approvers then must approve). */
  configChanged?: boolean;
  /** Epoch ms, for `max-age`. */
  now: number;
  /** For the run URL of environment evidence; default https://github.com. */
  serverUrl?: string;
}

export interface VerifiedApproval {
  login: string;
  at: string;
  /** The comment or run URL: the `Shipgate-Approval` trailer. */
  url: string;
}

export interface VerifiedEvidence {
  approvals: VerifiedApproval[];
  /** The token's own user, who never counts. */
  tokenUser: string;
}

interface RunReview {
  environments: Array<{ name?: string }>;
  state: 'approved' | 'rejected' | 'pending';
  user: { login: string };
  comment: string;
}

/**
 * Re-reads the evidence an approval record points at and re-evaluates it against the policy, at
 * the moment of the deploy. Throws a `ConfigurationError` of one sentence naming the rule that
 * failed; returns the approvals that count, with their URLs.
 */
export async function verifyApprovalEvidence(
  check: EvidenceCheck,
  deps: {
    client: GitHubClient;
    log: Logger;
    /** Reads a workflow run (default `readWorkflowRun`); a verifier passes its per-run cache. */
    readRun?: (run: WorkflowRunRef) => Promise<WorkflowRunFacts>;
    /** Reads every comment of a request issue (default `listIssueComments`); a verifier passes a batched reader. */
    readComments?: (issue: IssueRef) => Promise<ListedComment[]>;
  },
): Promise<VerifiedEvidence> {
  const [owner = '', repo = ''] = check.evidence.repository.split('/');
  const tokenUser = await tokenUserOf(deps.client);
  const policy = policyFor(check, tokenUser);
  const { decisions, dropped } =
    check.evidence.kind === 'issue'
      ? await issueDecisions(check, deps.readComments ?? ((issue) => listIssueComments(deps.client, issue)), {
          owner,
          repo,
          number: check.evidence.issueNumber,
        })
      : {
          decisions: await runDecisions(
            check,
            { client: deps.client, readRun: deps.readRun ?? ((run) => readWorkflowRun(deps.client, run)) },
            { owner, repo },
            check.evidence,
          ),
          dropped: [],
        };
  const teams = new TeamMembershipCache(deps.client);
  for (const decision of decisions) {
    for (const team of teamsToCheck(policy, decision.login)) await teams.check(team, decision.login);
  }
  const membership = (login: string) =>
    membershipOf(policy, login, teams.activeTeams(teamsToCheck(policy, login), login));
  const open = [check.rules.approvers, check.rules.imageApprovers, check.rules.configApprovers].every(
    (l) => l.length === 0,
  );
  if (open && check.evidence.kind === 'issue') {
    throw new ConfigurationError('The policy names no approvers, so no issue comment can count as an approval.');
  }
  // An approver's denial wins over any approval, their own earlier one included.
  const denial = decisions.find((decision) => {
    if (decision.verdict !== 'deny' || policy.excluded.includes(decision.login.toLowerCase())) return false;
    const member = membership(decision.login);
    return open || member.approver || member.imageApprover || member.configApprover;
  });
  if (denial) {
    throw new ConfigurationError(
      `The approval is void: ${denial.login}, an approver, denied it${denial.url ? ` (${denial.url})` : ''}.`,
    );
  }
  const evaluation = evaluateDecisions(policy, decisions, membership, { open });
  const notCounted = [
    ...dropped,
    ...evaluation.ignored.map(({ decision, reason }) => `${decision.login}'s /${decision.verdict} (${reason})`),
  ];
  for (const entry of notCounted) deps.log.info(`Not counted: ${entry}.`);
  if (evaluation.status !== 'approved') {
    throw new ConfigurationError(
      `The approval evidence does not meet the policy: ${evaluation.approvals.length} of ${policy.minApprovals} approval(s) count, missing ${evaluation.missing.join(' and ')}${notCounted.length > 0 ? `; not counted: ${notCounted.join(', ')}` : ''}.`,
    );
  }
  return {
    approvals: evaluation.approvals.map((entry) => ({ login: entry.login, at: entry.at, url: entry.url ?? '' })),
    tokenUser,
  };
}

/**
 * Who the token is (`GET /user`), who never counts as an approver. An installation token (the
 * workflow's GITHUB_TOKEN, a GitHub App's) may not call it and answers 403: it is a bot, which
 * cannot comment as an approver anyway.
 */
async function tokenUserOf(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.request<{ login: string }>('GET /user');
    return data.login;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) return 'github-actions[bot]';
    throw error;
  }
}

function policyFor(check: EvidenceCheck, tokenUser: string): ApprovalPolicy {
  const policy = buildApprovalPolicy({
    approvers: check.rules.approvers,
    imageApprovers: check.rules.imageApprovers,
    configApprovers: check.rules.configApprovers,
    minApprovals: check.rules.min,
    allowSelfApproval: check.rules.allowSelfApproval,
    configChanged: check.configChanged ?? true,
    selfLogins: [...check.excluded],
    allowEmptyApprovers: true,
  });
  // The token's own user never counts, self-approval allowed or not: whoever holds the token
  // (any step of the job) could otherwise approve.
  return { ...policy, excluded: [...new Set([...policy.excluded, tokenUser.toLowerCase()])] };
}

/**
 * The request issue's comments: the earliest one carrying a request marker is the request (any
 * later marker is ignored; a deleted request makes the next marker the request, which no earlier
 * approval approves). It must show what it names (a bare marker is invisible), name everything
 * being committed and be unedited; an approval counts only after it, unedited and within max-age.
 * A denial counts wherever and however it was written.
 */
async function issueDecisions(
  check: EvidenceCheck,
  readComments: (issue: IssueRef) => Promise<ListedComment[]>,
  issue: IssueRef,
): Promise<{ decisions: Decision[]; dropped: string[] }> {
  const issueUrl = `${check.evidence.repository}#${issue.number}`;
  const comments = [...(await readComments(issue))].sort((a, b) => a.id - b.id);
  const request = comments
    .map((comment) => ({ comment, named: parseRequestMarker(comment.body ?? '') }))
    .find((entry) => entry.named !== undefined);
  if (!request?.named) {
    throw new ConfigurationError(`The request issue ${issueUrl} has no Shipgate request comment.`);
  }
  const { comment: requestComment, named } = request;
  if (requestComment.updated_at !== requestComment.created_at) {
    throw new ConfigurationError(
      `The request comment ${requestComment.html_url} was edited after it was posted, so no approval of it counts.`,
    );
  }
  if (!showsSubject(requestComment.body ?? '', named)) {
    throw new ConfigurationError(
      `The request comment ${requestComment.html_url} does not show what its marker names, so no approver saw the request.`,
    );
  }
  bindSubject(named, check.binding, requestComment.html_url);
  const oldest = check.rules.maxAgeMs === undefined ? undefined : check.now - check.rules.maxAgeMs;
  const decisions: Decision[] = [];
  const dropped: string[] = [];
  for (const comment of comments) {
    const command = parseCommand(comment.body ?? '');
    if (!command || !comment.user) continue;
    if (command.verdict === 'approve') {
      // An approval approves the request before it; an edited one is not what the approver
      // wrote; an old one is past max-age.
      if (!after(comment, requestComment)) {
        dropped.push(`${comment.user.login}'s /approve (given before the request comment)`);
        continue;
      }
      if (comment.updated_at !== comment.created_at) {
        dropped.push(`${comment.user.login}'s /approve (edited)`);
        continue;
      }
      if (oldest !== undefined && Date.parse(comment.created_at) < oldest) {
        dropped.push(`${comment.user.login}'s /approve (older than the policy's max-age)`);
        continue;
      }
    }
    decisions.push({
      login: comment.user.login,
      verdict: command.verdict,
      at: comment.created_at,
      source: 'issue',
      commentId: comment.id,
      url: comment.html_url,
    });
  }
  return { decisions, dropped };
}

/** Throws unless the request names exactly what is being committed, field by field. */
function bindSubject(named: RequestSubject, binding: EvidenceBinding, where: string): void {
  const deploying = requestSubject({ ...binding, imageRefs: binding.imageRefs });
  if (!named.repository) {
    throw new ConfigurationError(
      `The request comment ${where} names no GitOps repository (approval-gate's input "policy-repository" names it), so it cannot approve a deploy to ${deploying.repository}.`,
    );
  }
  const fields: Array<[string, string, string, boolean]> = [
    ['GitOps repository', named.repository, deploying.repository, true],
    ['app', named.app, deploying.app, false],
    ['environment', named.environment, deploying.environment, false],
    ['path', named.path, deploying.path, false],
    ['image', named.digests.join(', ') || 'no image', deploying.digests.join(', '), false],
    ['config', named.configHash, deploying.configHash, false],
  ];
  for (const [field, asked, committed, caseless] of fields) {
    if (caseless ? asked.toLowerCase() === committed.toLowerCase() : asked === committed) continue;
    throw new ConfigurationError(
      `The request comment ${where} asks to approve ${field} ${asked}, not the ${committed} being committed.`,
    );
  }
}

/**
 * Environment reviews approve a run, not bytes: they count only for the current run (the deploy's
 * own), when that run is of the source repository at the source commit, younger than max-age, and
 * only the reviews of the GitHub environment the policy names (never the record's word for it).
 */
async function runDecisions(
  check: EvidenceCheck,
  deps: { client: GitHubClient; readRun: (run: WorkflowRunRef) => Promise<WorkflowRunFacts> },
  where: { owner: string; repo: string },
  evidence: Extract<ApprovalEvidence, { kind: 'environment' }>,
): Promise<Decision[]> {
  const environment = check.binding.environment;
  if (check.currentRunId === undefined || evidence.runId !== check.currentRunId) {
    throw new ConfigurationError(
      `The approval is environment "${environment}"'s review of run ${evidence.runId}, not of the current run ${check.currentRunId ?? '(unknown: GITHUB_RUN_ID is not set)'}.`,
    );
  }
  const source = check.binding.source;
  const runName = `run ${evidence.runId} of ${evidence.repository}`;
  if (!source) {
    throw new ConfigurationError(
      `The approval is a review of ${runName}, but the deploy names no source commit for the run to be of.`,
    );
  }
  const run = await deps.readRun({ ...where, id: evidence.runId });
  if (run.repository.toLowerCase() !== source.repository.toLowerCase()) {
    throw new ConfigurationError(
      `The approval is a review of a run of ${run.repository}, not of the source repository ${source.repository}.`,
    );
  }
  if (run.headSha.toLowerCase() !== source.sha.toLowerCase()) {
    throw new ConfigurationError(
      `The approval is a review of ${runName} at ${run.headSha}, not at the source commit ${source.sha}.`,
    );
  }
  // The reviews list gives no time; none is older than the run.
  if (check.rules.maxAgeMs !== undefined && Date.parse(run.createdAt) < check.now - check.rules.maxAgeMs) {
    throw new ConfigurationError(
      `The approval is a review of ${runName}, created at ${run.createdAt}, before the policy's max-age.`,
    );
  }
  const { data: reviews } = await deps.client.request<RunReview[]>(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    {
      params: { ...where, run_id: evidence.runId },
    },
  );
  const url = `${(check.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${evidence.repository}/actions/runs/${evidence.runId}`;
  const at = new Date(check.now).toISOString();
  return reviews
    .filter((review) => review.state !== 'pending')
    .filter((review) => review.environments.some((named) => named.name?.toLowerCase() === environment.toLowerCase()))
    .map((review) => ({
      login: review.user.login,
      verdict: review.state === 'rejected' ? 'deny' : 'approve',
      at,
      source: 'environment',
      url,
    }));
}

/**
 * The evidence a `Shipgate-Approval` trailer points at: an issue comment URL
 * (`…/owner/repo/issues/12#issuecomment-345`) or a run URL (`…/owner/repo/actions/runs/123`, the
 * reviews of `environment` on it). `undefined` for any other URL.
 */
export function evidenceFromApprovalUrl(url: string, environment: string): ApprovalEvidence | undefined {
  const issue = /\/([^/\s]+)\/([^/\s]+)\/issues\/(\d+)#issuecomment-(\d+)$/.exec(url);
  if (issue) {
    return {
      kind: 'issue',
      repository: `${issue[1]}/${issue[2]}`,
      issueNumber: Number(issue[3]),
      commentIds: [Number(issue[4])],
    };
  }
  const run = /\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?$/.exec(url);
  if (run) return { kind: 'environment', repository: `${run[1]}/${run[2]}`, runId: Number(run[3]), environment };
  return undefined;
}
