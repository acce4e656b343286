import { ConfigurationError } from '@shipgate/core';
import type { ApprovalEntry } from './approval-record';

export interface TeamRef {
  org: string;
  slug: string;
}

/** One approver list as given: users and `org/team` slugs. */
export interface ApproverList {
  users: string[];
  teams: TeamRef[];
}

export interface ApprovalPolicy {
  approvers: ApproverList;
  imageApprovers: ApproverList;
  configApprovers: ApproverList;
  minApprovals: number;
  allowSelfApproval: boolean;
  /** Whether the config hash differs from the last deploy's; when it does, a config approver must approve. */
  configChanged: boolean;
  /** Logins that cannot approve (the requester, the actor, the source commit's author), lowercased. */
  excluded: string[];
}

export interface PolicySettings {
  approvers: string[];
  imageApprovers: string[];
  configApprovers: string[];
  minApprovals: number;
  allowSelfApproval: boolean;
  configChanged: boolean;
  /** Who may not approve unless self-approval is allowed; empty entries are dropped. */
  selfLogins: Array<string | undefined>;
  /** Whether an empty approver list means "whoever the platform let review" (environment mode). */
  allowEmptyApprovers?: boolean;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses `alice`, `@alice`, `acme/platform`, `@acme/platform` entries of one input. */
export function parseApproverList(entries: readonly string[], inputName: string): ApproverList {
  const list: ApproverList = { users: [], teams: [] };
  for (const raw of entries) {
    const entry = raw.replace(/^@/, '');
    const slash = entry.indexOf('/');
    if (slash >= 0) {
      const org = entry.slice(0, slash);
      const slug = entry.slice(slash + 1);
      if (!LOGIN.test(org) || !TEAM_SLUG.test(slug)) {
        throw new ConfigurationError(`Input "${inputName}" has "${raw}", which is not a user or an org/team slug.`);
      }
      if (!list.teams.some((team) => sameLogin(team.org, org) && sameLogin(team.slug, slug))) {
        list.teams.push({ org, slug });
      }
    } else {
      if (!LOGIN.test(entry)) {
        throw new ConfigurationError(`Input "${inputName}" has "${raw}", which is not a GitHub user name.`);
      }
      if (!list.users.some((user) => sameLogin(user, entry))) list.users.push(entry);
    }
  }
  return list;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function teamName(team: TeamRef): string {
  return `${team.org}/${team.slug}`;
}

export function formatApproverList(list: ApproverList): string[] {
  return [...list.users, ...list.teams.map(teamName)];
}

/**
 * Builds the policy and checks, before any API call, that it can be met: `min-approvals` no larger
 * than the people who could approve once the excluded are taken out, and the image/config
 * approver requirements not resting only on excluded people.
 */
export function buildApprovalPolicy(settings: PolicySettings): ApprovalPolicy {
  const approvers = parseApproverList(settings.approvers, 'approvers');
  const imageApprovers = parseApproverList(settings.imageApprovers, 'image-approvers');
  const configApprovers = parseApproverList(settings.configApprovers, 'config-approvers');
  const excluded = settings.allowSelfApproval
    ? []
    : [...new Set(settings.selfLogins.filter((login): login is string => Boolean(login)).map((l) => l.toLowerCase()))];
  const policy: ApprovalPolicy = {
    approvers,
    imageApprovers,
    configApprovers,
    minApprovals: settings.minApprovals,
    allowSelfApproval: settings.allowSelfApproval,
    configChanged: settings.configChanged,
    excluded,
  };
  const lists = [approvers, imageApprovers, configApprovers];
  const open = lists.every((list) => list.users.length === 0 && list.teams.length === 0);
  if (open && !settings.allowEmptyApprovers) {
    throw new ConfigurationError('Input "approvers" is required: name the users or org/team slugs who may approve.');
  }
  const eligible = (list: ApproverList) => list.users.filter((user) => !excluded.includes(user.toLowerCase()));
  const exclusionNote =
    excluded.length > 0 ? ` once ${excluded.join(', ')} (who cannot approve their own deployment) are excluded` : '';
  // A team may hold any number of people, so only all-user lists bound what is possible.
  const unbounded = open || lists.some((list) => list.teams.length > 0);
  if (!unbounded) {
    const possible = new Set(lists.flatMap(eligible).map((user) => user.toLowerCase())).size;
    if (settings.minApprovals > possible) {
      throw new ConfigurationError(
        `Input "min-approvals" is ${settings.minApprovals}, but only ${possible} approver${possible === 1 ? '' : 's'} can approve${exclusionNote}.`,
      );
    }
  }
  for (const [list, name] of [
    [imageApprovers, 'image-approvers'],
    [configApprovers, 'config-approvers'],
  ] as const) {
    if (name === 'config-approvers' && !settings.configChanged) continue;
    if (list.teams.length === 0 && list.users.length > 0 && eligible(list).length === 0) {
      throw new ConfigurationError(`Input "${name}" names nobody who can approve${exclusionNote}.`);
    }
  }
  return policy;
}

export type Verdict = 'approve' | 'deny';

/** One person's answer, from an environment review or an issue comment. */
export interface Decision {
  login: string;
  verdict: Verdict;
  at: string;
  source: 'environment' | 'issue';
  comment?: string;
  /** Issue mode: the comment's id and URL. */
  commentId?: number;
  url?: string;
}

/** Which lists a person belongs to; team memberships are resolved by the caller. */
export interface Membership {
  approver: boolean;
  imageApprover: boolean;
  configApprover: boolean;
}

/** The teams whose membership decides whether `login` is in each list (users named directly need none). */
export function teamsToCheck(policy: ApprovalPolicy, login: string): TeamRef[] {
  const teams: TeamRef[] = [];
  for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
    if (list.users.some((user) => sameLogin(user, login))) continue;
    for (const team of list.teams) {
      if (!teams.some((known) => teamName(known).toLowerCase() === teamName(team).toLowerCase())) teams.push(team);
    }
  }
  return teams;
}

/** Membership of `login`, given the teams they are an active member of. */
export function membershipOf(policy: ApprovalPolicy, login: string, activeTeams: readonly TeamRef[]): Membership {
  const inList = (list: ApproverList) =>
    list.users.some((user) => sameLogin(user, login)) ||
    list.teams.some((team) => activeTeams.some((active) => sameLogin(teamName(active), teamName(team))));
  return {
    approver: inList(policy.approvers),
    imageApprover: inList(policy.imageApprovers),
    configApprover: inList(policy.configApprovers),
  };
}

export type EvaluationStatus = 'approved' | 'denied' | 'pending';

export interface Evaluation {
  status: EvaluationStatus;
  approvals: ApprovalEntry[];
  denial?: Decision;
  /** Decisions that did not count, and why; for the log and the summary. */
  ignored: Array<{ decision: Decision; reason: string }>;
  /** What is still missing, e.g. `1 more approval`, `an approval from a config approver`. */
  missing: string[];
}

/**
 * Applies the policy to decisions in the order they were made. Each person counts once; a denial
 * from someone entitled to approve ends the request; everyone else is ignored. With `open` (an
 * environment gate with no approver list), anyone not excluded counts, as GitHub already checked
 * that they are a required reviewer.
 */
export function evaluateDecisions(
  policy: ApprovalPolicy,
  decisions: readonly Decision[],
  membership: (login: string) => Membership,
  options: { open?: boolean } = {},
): Evaluation {
  const approvals: ApprovalEntry[] = [];
  const ignored: Evaluation['ignored'] = [];
  const seen = new Set<string>();
  const satisfied = { image: false, config: false };
  for (const decision of decisions) {
    const key = decision.login.toLowerCase();
    if (policy.excluded.includes(key)) {
      ignored.push({ decision, reason: 'cannot approve their own deployment' });
      continue;
    }
    const member = options.open
      ? { approver: true, imageApprover: false, configApprover: false }
      : membership(decision.login);
    if (!member.approver && !member.imageApprover && !member.configApprover) {
      ignored.push({ decision, reason: 'is not an approver' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ decision, reason: 'already answered' });
      continue;
    }
    seen.add(key);
    if (decision.verdict === 'deny') {
      return { status: 'denied', approvals, denial: decision, ignored, missing: [] };
    }
    if (member.imageApprover) satisfied.image = true;
    if (member.configApprover) satisfied.config = true;
    approvals.push({
      login: decision.login,
      at: decision.at,
      source: decision.source,
      ...(decision.comment ? { comment: decision.comment } : {}),
      ...(decision.commentId ? { commentId: decision.commentId } : {}),
      ...(decision.url ? { url: decision.url } : {}),
      role:
        member.configApprover && (policy.configChanged || !member.imageApprover)
          ? 'config'
          : member.imageApprover
            ? 'image'
            : 'any',
    });
  }
  const missing: string[] = [];
  if (approvals.length < policy.minApprovals) {
    const more = policy.minApprovals - approvals.length;
    missing.push(`${more} more approval${more === 1 ? '' : 's'}`);
  }
  if (hasEntries(policy.imageApprovers) && !satisfied.image) missing.push('an approval from an image approver');
  if (policy.configChanged && hasEntries(policy.configApprovers) && !satisfied.config) {
    missing.push('an approval from a config approver (the config changed)');
  }
  return { status: missing.length === 0 ? 'approved' : 'pending', approvals, ignored, missing };
}

function hasEntries(list: ApproverList): boolean {
  return list.users.length > 0 || list.teams.length > 0;
}

/**
 * Parses `/approve [reason]` or `/deny <reason>` on the first line of a comment; anything else is
 * `undefined`. A bare `/deny` still denies: a gate must not read a refusal as silence.
 */
export function parseCommand(body: string): { verdict: Verdict; reason: string } | undefined {
  const [first = '', ...rest] = body.split(/\r?\n/);
  const match = /^\s*\/(approve|deny)(?:\s+(.*))?$/i.exec(first.trimEnd());
  if (!match) return undefined;
  const verdict: Verdict = match[1]?.toLowerCase() === 'approve' ? 'approve' : 'deny';
  const reason = [match[2] ?? '', ...rest].join('\n').trim();
  return { verdict, reason };
}
