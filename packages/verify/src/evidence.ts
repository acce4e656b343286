import {
  type ApprovalEvidence,
  evidenceFromApprovalUrl,
  type IssueRef,
  type ListedComment,
  parseApproverList,
  sameLogin,
  TeamMembershipCache,
  verifyApprovalEvidence,
  type WorkflowRunRef,
} from '@shipgate/approvals';
import { ConfigurationError, GitHubApiError, type GitHubClient, type Logger } from '@shipgate/core';
import type { EnvironmentRules } from '@shipgate/policy';
import { BatchLoader } from './batch-loader';
import { ISSUES_PER_QUERY, readIssueComments } from './issue-comments-query';
import { WorkflowRunReader } from './workflow-runs';

/** What one deploy claims about its approvals, to be checked against what GitHub keeps. */
export interface EvidenceClaim {
  environment: EnvironmentRules;
  /** `Shipgate-Approval` values: issue comment or workflow run URLs. */
  urls: string[];
  /** `Approved-by` values. */
  approvedBy: string[];
  /** The images and config hash the commit's own files hold. */
  imageRefs: string[];
  configHash: string;
  /** The `Shipgate-Run` URL: environment reviews count only for the run that deployed. */
  run: string | undefined;
  /** Committer time of the deploy commit: evidence must predate it and be younger than max-age then. */
  committedAt: string;
  /**
   * The GitOps repository being verified, as `gitopsRepositoryIdentity` (@shipgate/gitops) names it
   * from the verifier's `repository` input: the request must name it. Required where the policy
   * requires approval (optional only in the type); without it the check is "could not verify".
   */
  repository?: string;
  /** The commit's `Shipgate-App`: the request must name it. Required like `repository`. */
  app?: string;
  /** The environment path the commit changes (e.g. `apps/web/production`): the request must name it. Required like `repository`. */
  path?: string;
  /**
   * The commit's `Shipgate-Source` as its parts: an environment review counts only for a run of this
   * repository at this commit. Without it, no environment review counts.
   */
  source?: { repository: string; sha: string };
}

export type EvidenceVerdict =
  | { status: 'approved'; approvers: string[] }
  | { status: 'rejected'; reason: string }
  /** The API could not be read: neither a pass nor a violation, and never reported as a pass. */
  | { status: 'unverifiable'; reason: string };

/** What a deploy's evidence check will read, known before its content is: its trailers and time. */
export interface PlannedEvidence {
  urls: readonly string[];
  run: string | undefined;
  /** Epoch ms the deploy was decided: its run was created before. */
  decidedAt: number;
}

/** Re-reads approval evidence against the environment's rules. */
export interface EvidenceChecker {
  check(claim: EvidenceClaim): Promise<EvidenceVerdict>;
  /** Announces the checks to come, so that their reads are batched (a range's deploys, before judging). */
  plan?(deploys: readonly PlannedEvidence[]): void;
  /** Whether `login` is one of `entries` (users and `org/team`). */
  isMember(login: string, entries: readonly string[]): Promise<boolean>;
}

/**
 * The evidence of the approvals work (`verifyApprovalEvidence`), re-read for a commit of the past:
 * the policy as it stood, the commit's time as "now", the run the commit names as the current run.
 * Every `Shipgate-Approval` and `Approved-by` must be backed by an approval that counts.
 */
export class GitHubEvidenceChecker implements EvidenceChecker {
  readonly #client: GitHubClient;
  readonly #log: Logger;
  readonly #teams: TeamMembershipCache;
  /** Who started each run: read once per run, a hundred at a time where deploys were planned. */
  readonly #runs: WorkflowRunReader;
  /** Request issues' comments: fifty issues per GraphQL query. */
  readonly #comments: BatchLoader<IssueRef, ListedComment[]>;

  constructor(client: GitHubClient, log: Logger) {
    this.#client = withCachedUser(client);
    this.#log = log;
    this.#teams = new TeamMembershipCache(client);
    this.#runs = new WorkflowRunReader(client);
    this.#comments = new BatchLoader<IssueRef, ListedComment[]>({
      keyOf: (issue) => `${issue.owner}/${issue.repo}#${issue.number}`.toLowerCase(),
      load: (issues) => readIssueComments(client, issues),
      size: ISSUES_PER_QUERY,
    });
  }

  plan(deploys: readonly PlannedEvidence[]): void {
    const runs = deploys.flatMap((deploy) => {
      const run = deploy.run ? workflowRunOf(deploy.run) : undefined;
      return run ? [{ run, decidedAt: deploy.decidedAt }] : [];
    });
    const issues = deploys.flatMap((deploy) =>
      deploy.urls.flatMap((url) => {
        // Only the issue a URL names matters here; the environment is the check's to name.
        const evidence = evidenceFromApprovalUrl(url, '');
        if (evidence?.kind !== 'issue') return [];
        const [owner = '', repo = ''] = evidence.repository.split('/');
        return [{ owner, repo, number: evidence.issueNumber }];
      }),
    );
    this.#runs.plan(runs);
    this.#comments.plan(issues);
  }

  async isMember(login: string, entries: readonly string[]): Promise<boolean> {
    const list = parseApproverList(entries, 'break-glass');
    if (list.users.some((user) => sameLogin(user, login))) return true;
    for (const team of list.teams) if (await this.#teams.check(team, login)) return true;
    return false;
  }

  async check(claim: EvidenceClaim): Promise<EvidenceVerdict> {
    const rules = claim.environment.approvals;
    if (!rules) return { status: 'approved', approvers: [] };
    const name = claim.environment.name;
    if (claim.urls.length === 0) {
      return {
        status: 'rejected',
        reason: `it records no Shipgate-Approval evidence, and ${name} requires ${rules.min} approval(s)`,
      };
    }
    const groups = evidenceGroups(claim.urls, name);
    if (typeof groups === 'string') return { status: 'rejected', reason: groups };
    if (groups.length > 1)
      return { status: 'rejected', reason: 'its Shipgate-Approval trailers point at more than one approval request' };
    const missing = (['repository', 'app', 'path'] as const).find((field) => !claim[field]);
    if (missing) {
      return {
        status: 'unverifiable',
        reason: `could not verify: the verifier named no ${missing} to bind its approval to`,
      };
    }
    const evidence = groups[0]!;
    const run = await this.#runOf(claim.run, !rules.allowSelfApproval || evidence.kind === 'environment');
    if ('status' in run) return run;
    const committed = Date.parse(claim.committedAt);
    try {
      const verified = await verifyApprovalEvidence(
        {
          evidence,
          rules,
          binding: {
            repository: claim.repository as string,
            app: claim.app as string,
            environment: name,
            path: claim.path as string,
            imageRefs: claim.imageRefs,
            configHash: claim.configHash,
            ...(claim.source ? { source: claim.source } : {}),
          },
          excluded: rules.allowSelfApproval ? [] : run.excluded,
          ...(run.id !== undefined ? { currentRunId: run.id } : {}),
          now: committed,
        },
        {
          client: this.#client,
          log: this.#log,
          readRun: (ref) => this.#runs.read(ref),
          readComments: (issue) => this.#comments.get(issue),
        },
      );
      const counted = verified.approvals.filter((approval) => Date.parse(approval.at) <= committed);
      return backing(
        claim,
        counted.map((approval) => ({ login: approval.login, url: approval.url })),
      );
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) {
        return {
          status: 'rejected',
          reason: `its evidence ${claim.urls[0]} does not exist (${error.message.replace(/\.$/, '')})`,
        };
      }
      if (error instanceof GitHubApiError)
        return { status: 'unverifiable', reason: `could not verify: ${error.message}` };
      if (error instanceof ConfigurationError) return { status: 'rejected', reason: asFragment(error.message) };
      throw error;
    }
  }

  /**
   * The run the commit names, and who started it (GitHub's record, not the commit's word): the
   * run's actor and triggering actor cannot approve their own deploy, as at commit time. The run is
   * read when someone must be excluded or its reviews are the evidence (which then reuses the read).
   * A commit naming no run (gitops-commit outside GitHub Actions) has no one to exclude.
   */
  async #runOf(
    runUrl: string | undefined,
    needed: boolean,
  ): Promise<{ id?: number; excluded: string[] } | EvidenceVerdict> {
    if (!runUrl) return { excluded: [] };
    const run = workflowRunOf(runUrl);
    if (!run) return { status: 'rejected', reason: `its Shipgate-Run "${runUrl}" is not a workflow run URL` };
    if (!needed) return { id: run.id, excluded: [] };
    try {
      return { id: run.id, excluded: (await this.#runs.read(run)).actors };
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404)
        return { status: 'rejected', reason: `its Shipgate-Run ${runUrl} names a workflow run that does not exist` };
      if (error instanceof GitHubApiError)
        return { status: 'unverifiable', reason: `could not verify who started its run: ${error.message}` };
      throw error;
    }
  }
}

/** The trailers' URLs as one evidence per request issue or run, or the sentence why not. */
function evidenceGroups(urls: readonly string[], environment: string): ApprovalEvidence[] | string {
  const groups = new Map<string, ApprovalEvidence>();
  for (const url of urls) {
    const evidence = evidenceFromApprovalUrl(url, environment);
    if (!evidence) return `its Shipgate-Approval "${url}" is neither an issue comment nor a workflow run URL`;
    const key =
      evidence.kind === 'issue'
        ? `${evidence.repository}#${evidence.issueNumber}`
        : `${evidence.repository}/${evidence.runId}`;
    const known = groups.get(key);
    if (known?.kind === 'issue' && evidence.kind === 'issue') known.commentIds.push(...evidence.commentIds);
    else if (!known) groups.set(key, evidence);
  }
  return [...groups.values()];
}

/** Every trailer must name an approval that counted, and enough of them must predate the commit. */
function backing(claim: EvidenceClaim, counted: ReadonlyArray<{ login: string; url: string }>): EvidenceVerdict {
  const rules = claim.environment.approvals!;
  const logins = [...new Set(counted.map((approval) => approval.login))];
  if (logins.length < rules.min) {
    return {
      status: 'rejected',
      reason: `only ${logins.length} approval(s) given before the commit count, where ${claim.environment.name} requires ${rules.min}`,
    };
  }
  const unbacked = claim.urls.find((url) => !counted.some((approval) => approval.url === url));
  if (unbacked)
    return { status: 'rejected', reason: `its Shipgate-Approval ${unbacked} is not an approval that counts` };
  const claimed = claim.approvedBy.find((login) => !logins.some((approver) => sameLogin(approver, login)));
  if (claimed)
    return {
      status: 'rejected',
      reason: `its Approved-by: ${claimed} has no counting approval by ${claimed} in its evidence`,
    };
  return { status: 'approved', approvers: logins };
}

/**
 * The client with `GET /user` asked once: the evidence check excludes the token's user on every
 * deploy, and over a range that user does not change (one call per range, not one per deploy).
 */
function withCachedUser(client: GitHubClient): GitHubClient {
  let user: ReturnType<GitHubClient['request']> | undefined;
  const cached = Object.create(client) as GitHubClient;
  cached.request = (route, options) => {
    if (route !== 'GET /user') return client.request(route, options);
    user ??= client.request(route, options);
    return user as never;
  };
  cached.paginate = (route, options) => client.paginate(route, options);
  return cached;
}

/** `https://<server>/<owner>/<repo>/actions/runs/<id>` (an attempt suffix allowed), as gitops-commit records it. */
function workflowRunOf(runUrl: string): WorkflowRunRef | undefined {
  const match = /^https?:\/\/[^/\s]+\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/?$/.exec(
    runUrl.trim(),
  );
  return match ? { owner: match[1]!, repo: match[2]!, id: Number(match[3]) } : undefined;
}

/** A sentence of the approvals work as a reason fragment: no capital start and no final period. */
function asFragment(sentence: string): string {
  return sentence.replace(/\.$/, '').replace(/^The /, 'the ');
}
