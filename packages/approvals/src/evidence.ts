import { ConfigurationError, GitHubApiError, type GitHubClient, type Logger } from '@shipgate/core';
import type { ApprovalRules } from '@shipgate/policy';
import type { ApprovalEvidence } from './approval-record';
import { type IssueComment, TeamMembershipCache } from './gate';
import {
  type ApprovalPolicy,
  buildApprovalPolicy,
  type Decision,
  evaluateDecisions,
  membershipOf,
  parseCommand,
  teamsToCheck,
} from './policy';
import { parseRequestMarker } from './request-text';

/** What a deploy is about to commit: the approval must name exactly this. */
export interface EvidenceBinding {
  /** Digest-pinned refs (or bare digests) read from the manifests being committed. */
  imageRefs: readonly string[];
  /** Computed from the files being committed. */
  configHash: string;
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

const digestOf = (ref: string) => ref.slice(ref.lastIndexOf('@') + 1);

/**
 * Re-reads the evidence an approval record points at and re-evaluates it against the policy, at
 * the moment of the deploy. Throws a `ConfigurationError` of one sentence naming the rule that
 * failed; returns the approvals that count, with their URLs.
 */
export async function verifyApprovalEvidence(
  check: EvidenceCheck,
  deps: { client: GitHubClient; log: Logger },
): Promise<VerifiedEvidence> {
  const [owner = '', repo = ''] = check.evidence.repository.split('/');
  const tokenUser = await tokenUserOf(deps.client);
  const policy = policyFor(check, tokenUser);
  const { decisions, dropped } =
    check.evidence.kind === 'issue'
      ? await issueDecisions(check, deps.client, { owner, repo }, check.evidence.issueNumber)
      : { decisions: await runDecisions(check, deps.client, { owner, repo }, check.evidence), dropped: [] };
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

async function issueDecisions(
  check: EvidenceCheck,
  client: GitHubClient,
  where: { owner: string; repo: string },
  issueNumber: number,
): Promise<{ decisions: Decision[]; dropped: string[] }> {
  const issueUrl = `${check.evidence.repository}#${issueNumber}`;
  const { data: issue } = await client.request<{ body?: string | null }>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}',
    {
      params: { ...where, issue_number: issueNumber },
    },
  );
  const named = parseRequestMarker(issue.body ?? '');
  const deploying = [...new Set(check.binding.imageRefs.map(digestOf))].sort();
  if (!named) throw new ConfigurationError(`The request issue ${issueUrl} is not a Shipgate approval request.`);
  if (named.digests.join(',') !== deploying.join(',')) {
    throw new ConfigurationError(
      `The request issue ${issueUrl} asks to approve ${named.digests.join(', ') || 'no image'}, not the ${deploying.join(', ')} being committed.`,
    );
  }
  if (named.configHash !== check.binding.configHash) {
    throw new ConfigurationError(
      `The request issue ${issueUrl} asks to approve config ${named.configHash}, not the ${check.binding.configHash} being committed.`,
    );
  }
  const comments = await client.paginate<IssueComment & { html_url: string }>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      params: { ...where, issue_number: issueNumber },
    },
  );
  const oldest = check.rules.maxAgeMs === undefined ? undefined : check.now - check.rules.maxAgeMs;
  const decisions: Decision[] = [];
  const dropped: string[] = [];
  for (const comment of comments) {
    const command = parseCommand(comment.body ?? '');
    if (!command || !comment.user) continue;
    if (command.verdict === 'approve') {
      // An edited approval is not what the approver wrote; an old one is past max-age.
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

async function runDecisions(
  check: EvidenceCheck,
  client: GitHubClient,
  where: { owner: string; repo: string },
  evidence: Extract<ApprovalEvidence, { kind: 'environment' }>,
): Promise<Decision[]> {
  if (check.currentRunId === undefined || evidence.runId !== check.currentRunId) {
    throw new ConfigurationError(
      `The approval is environment "${evidence.environment}"'s review of run ${evidence.runId}, not of the current run ${check.currentRunId ?? '(unknown: GITHUB_RUN_ID is not set)'}.`,
    );
  }
  const { data: reviews } = await client.request<RunReview[]>(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    {
      params: { ...where, run_id: evidence.runId },
    },
  );
  const url = `${(check.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${evidence.repository}/actions/runs/${evidence.runId}`;
  const at = new Date(check.now).toISOString();
  return reviews
    .filter((review) => review.state !== 'pending')
    .filter((review) => review.environments.some((environment) => environment.name === evidence.environment))
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
