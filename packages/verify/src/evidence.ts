import {
  GitHubApiError,
  type GitHubClient,
  parseApproverList,
  parseCommand,
  sameLogin,
  TeamMembershipCache,
} from '@shipgate/approvals';
import type { EnvironmentRules } from './policy-view';

/** What one deploy claims about its approvals, to be checked against what GitHub keeps. */
export interface EvidenceClaim {
  environment: EnvironmentRules;
  /** `Shipgate-Approval` values: issue comment or workflow run URLs. */
  urls: string[];
  /** `Approved-by` values. */
  approvedBy: string[];
  imageRefs: string[];
  configHash: string | undefined;
  /** Committer time of the deploy commit: evidence must predate it and be younger than max-age then. */
  committedAt: string;
}

export type EvidenceVerdict =
  | { status: 'approved'; approvers: string[] }
  | { status: 'rejected'; reason: string }
  /** The API could not be read: neither a pass nor a violation, and never reported as a pass. */
  | { status: 'unverifiable'; reason: string };

/** Re-reads approval evidence; the seam the policy evaluation of the approvals work plugs into. */
export interface EvidenceChecker {
  check(claim: EvidenceClaim): Promise<EvidenceVerdict>;
}

const COMMENT_URL = /^https:\/\/[^/]+\/([^/]+)\/([^/]+)\/issues\/(\d+)#issuecomment-(\d+)$/;
const RUN_URL = /^https:\/\/[^/]+\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/;
const MAX_COMMENT_PAGES = 100;

interface IssueComment {
  id: number;
  body?: string;
  user: { login: string } | null;
  created_at: string;
  updated_at: string;
}

interface Issue {
  body?: string | null;
  user: { login: string } | null;
}

interface RequestThread {
  issue: Issue;
  comments: IssueComment[];
}

interface RunReview {
  state: string;
  user: { login: string };
  environments: Array<{ name?: string }>;
}

/** A found approval: who, when (ms). */
interface Approval {
  login: string;
  at: number;
}

/**
 * Evidence read through GitHub's REST API: issue comments (two calls per request issue: the issue
 * and its comments, every page) and workflow-run environment reviews (one call per run).
 */
export class GitHubEvidenceChecker implements EvidenceChecker {
  readonly #client: GitHubClient;
  readonly #teams: TeamMembershipCache;

  constructor(client: GitHubClient) {
    this.#client = client;
    this.#teams = new TeamMembershipCache(client);
  }

  async check(claim: EvidenceClaim): Promise<EvidenceVerdict> {
    const rules = claim.environment.approvals;
    if (!rules) return { status: 'approved', approvers: [] };
    if (claim.urls.length === 0) {
      return {
        status: 'rejected',
        reason: `it records no Shipgate-Approval evidence, and ${claim.environment.name} requires ${rules.min} approval(s)`,
      };
    }
    try {
      const approvals: Approval[] = [];
      const requests = new Map<string, RequestThread | undefined>();
      for (const url of claim.urls) {
        const found = await this.#read(url, claim, requests);
        if (typeof found === 'string') return { status: 'rejected', reason: found };
        approvals.push(found);
      }
      return await this.#judge(approvals, claim);
    } catch (error) {
      if (error instanceof GitHubApiError)
        return { status: 'unverifiable', reason: `could not verify: ${error.message}` };
      throw error;
    }
  }

  /** The approval a URL points at, or the sentence saying why it is none. */
  async #read(
    url: string,
    claim: EvidenceClaim,
    requests: Map<string, RequestThread | undefined>,
  ): Promise<Approval | string> {
    const comment = COMMENT_URL.exec(url);
    if (comment) return this.#readComment(url, comment.slice(1) as [string, string, string, string], claim, requests);
    const run = RUN_URL.exec(url);
    if (run) return this.#readRun(url, run.slice(1) as [string, string, string], claim);
    return `its Shipgate-Approval "${url}" is neither an issue comment nor a workflow run URL`;
  }

  async #readComment(
    url: string,
    [owner, repo, issueNumber, commentId]: [string, string, string, string],
    claim: EvidenceClaim,
    requests: Map<string, RequestThread | undefined>,
  ): Promise<Approval | string> {
    const key = `${owner}/${repo}#${issueNumber}`;
    if (!requests.has(key)) requests.set(key, await this.#readThread({ owner, repo, issue_number: issueNumber }));
    const thread = requests.get(key);
    if (!thread) return `its evidence ${url} does not exist`;
    const { issue, comments } = thread;
    const named = [...claim.imageRefs, ...(claim.configHash ? [claim.configHash] : [])];
    const missing = named.find((value) => !(issue.body ?? '').includes(value));
    if (missing) return `its evidence ${url} is a request that does not name ${missing}`;
    const found = comments.find((candidate) => String(candidate.id) === commentId);
    if (!found?.user) return `its evidence ${url} does not exist`;
    if (found.updated_at !== found.created_at) return `its evidence ${url} was edited after it was written`;
    if (parseCommand(found.body ?? '')?.verdict !== 'approve') return `its evidence ${url} is not an /approve`;
    const denial = await this.#denialIn(comments, claim.environment);
    if (denial) return `${denial} denied the request ${url.replace(/#.*$/, '')}`;
    if (
      !claim.environment.approvals!.allowSelfApproval &&
      issue.user &&
      sameLogin(issue.user.login, found.user.login)
    ) {
      return `its evidence ${url} is ${found.user.login} approving their own request`;
    }
    return { login: found.user.login, at: Date.parse(found.created_at) };
  }

  /** The request issue and every comment on it (two calls per issue), or `undefined` when there is none. */
  async #readThread(params: Record<string, string>): Promise<RequestThread | undefined> {
    try {
      const { data: issue } = await this.#client.request<Issue>('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        params,
      });
      return { issue, comments: await this.#listComments(params) };
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async #listComments(params: Record<string, string>): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await this.#client.request<IssueComment[]>(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { params, query: { per_page: 100, page } },
      );
      comments.push(...data);
      if (data.length < 100) break;
    }
    return comments;
  }

  /** The approver whose `/deny` on the request issue wins over any approval, if any. */
  async #denialIn(comments: readonly IssueComment[], environment: EnvironmentRules): Promise<string | undefined> {
    for (const comment of comments) {
      if (!comment.user || parseCommand(comment.body ?? '')?.verdict !== 'deny') continue;
      if (await this.#isApprover(comment.user.login, environment)) return comment.user.login;
    }
    return undefined;
  }

  async #readRun(
    url: string,
    [owner, repo, runId]: [string, string, string],
    claim: EvidenceClaim,
  ): Promise<Approval | string> {
    let reviews: RunReview[];
    try {
      reviews = (
        await this.#client.request<RunReview[]>('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
          params: { owner, repo, run_id: runId },
        })
      ).data;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return `its evidence ${url} does not exist`;
      throw error;
    }
    const name = claim.environment.name;
    const review = reviews.find(
      (candidate) => candidate.state === 'approved' && candidate.environments.some((e) => e.name === name),
    );
    if (!review) return `its evidence ${url} holds no approval of the ${name} environment`;
    // The reviews API gives no time; the run's approval is bounded by the commit that used it.
    return { login: review.user.login, at: Date.parse(claim.committedAt) };
  }

  /** Count, approvers, age and the Approved-by trailers, over approvals that each exist. */
  async #judge(approvals: readonly Approval[], claim: EvidenceClaim): Promise<EvidenceVerdict> {
    const rules = claim.environment.approvals!;
    const committed = Date.parse(claim.committedAt);
    const counted: string[] = [];
    for (const approval of approvals) {
      if (approval.at > committed)
        return { status: 'rejected', reason: `${approval.login}'s approval was given after the commit` };
      if (rules.maxAgeMs !== undefined && committed - approval.at > rules.maxAgeMs) {
        return {
          status: 'rejected',
          reason: `${approval.login}'s approval is older than the policy's max-age at commit time`,
        };
      }
      if (!(await this.#isApprover(approval.login, claim.environment))) {
        return {
          status: 'rejected',
          reason: `${approval.login}, who approved, is not an approver of ${claim.environment.name} in the policy`,
        };
      }
      if (!counted.some((login) => sameLogin(login, approval.login))) counted.push(approval.login);
    }
    if (counted.length < rules.min) {
      return {
        status: 'rejected',
        reason: `it has ${counted.length} distinct approval(s) where ${claim.environment.name} requires ${rules.min}`,
      };
    }
    const unbacked = claim.approvedBy.find((login) => !counted.some((approver) => sameLogin(approver, login)));
    if (unbacked)
      return {
        status: 'rejected',
        reason: `its Approved-by: ${unbacked} has no approval by ${unbacked} in its evidence`,
      };
    return { status: 'approved', approvers: counted };
  }

  async #isApprover(login: string, environment: EnvironmentRules): Promise<boolean> {
    const list = parseApproverList(environment.approvals?.approvers ?? [], 'approvers');
    if (list.users.some((user) => sameLogin(user, login))) return true;
    for (const team of list.teams) if (await this.#teams.check(team, login)) return true;
    return false;
  }
}
