import { type GitHubClient, type Logger, ShipgateError } from '@shipgate/core';
import {
  APPROVAL_RECORD_SCHEMA,
  type ApprovalEntry,
  type ApprovalEvidence,
  type ApprovalRecord,
  type ApprovalStatus,
} from './approval-record';
import { issueGate, type Repo } from './issue-gate';
import {
  type ApprovalPolicy,
  type Decision,
  type Evaluation,
  evaluateDecisions,
  formatApproverList,
  membershipOf,
  sameLogin,
  teamsToCheck,
} from './policy';
import { countedApprovalLine } from './progress';
import { TeamMembershipCache } from './team-cache';

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
  /** Issue mode: time between the progress lines logged while waiting; default `DEFAULT_PROGRESS_INTERVAL_MS`. */
  progressIntervalMs?: number;
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

/** Asks for approval as the request's mode says, and returns the outcome with its record (a pointer to the evidence). */
export async function requestApproval(request: ApprovalRequest, deps: GateDependencies): Promise<GateResult> {
  const [owner, repo] = request.repository.split('/');
  if (!owner || !repo) throw new ShipgateError(`The repository "${request.repository}" is not owner/name.`);
  if (request.mode === 'environment') return environmentGate(request, deps, { owner, repo });
  const { status, evaluation, details } = await issueGate(request, deps, { owner, repo });
  return finish(request, evaluation, status, details);
}

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
  evaluation.approvals.forEach((entry, index) => {
    deps.log.info(countedApprovalLine(entry, index, request.policy));
  });
  const status: ApprovalStatus = evaluation.status === 'approved' ? 'approved' : 'denied';
  return finish(request, evaluation, status, {
    requestUrl: request.runUrl,
    polls: 1,
    requestedAt,
    decidedAt: new Date(now()).toISOString(),
  });
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
