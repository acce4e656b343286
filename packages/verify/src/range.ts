import { ConfigurationError } from '@shipgate/core';
import { parseSince } from '@shipgate/trail';

/** Which commits to verify, as the `range` input names them. */
export type CommitRange =
  | { kind: 'branch' }
  | { kind: 'commits'; from: string; to: string }
  | { kind: 'pull-request'; number: number }
  | { kind: 'since'; since: Date };

/** A commit or branch name, with `~n`/`^n` suffixes; never an option (`-…`) or a `...` range. */
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;

/**
 * `a..b` (commits or branch names), a pull request (`123` or `#123`), `since:<date or duration>`
 * (`since:2026-11-01`, `since:30d`), or empty for the whole branch.
 */
export function parseRange(value: string, now: Date, inputName = 'range'): CommitRange {
  const text = value.trim();
  if (!text) return { kind: 'branch' };
  const pull = /^#?(\d+)$/.exec(text);
  if (pull) return { kind: 'pull-request', number: Number(pull[1]) };
  const since = /^since[:=\s]\s*(.+)$/i.exec(text);
  if (since) return { kind: 'since', since: parseSince(since[1]!, now, inputName) };
  const commits = /^(\S+?)\.\.(\S+)$/.exec(text);
  if (commits && !text.includes('...') && REVISION.test(commits[1]!) && REVISION.test(commits[2]!)) {
    return { kind: 'commits', from: commits[1]!, to: commits[2]! };
  }
  throw new ConfigurationError(
    `Input "${inputName}" must be a commit range like main~10..main, a pull request number like 42, or since:<date or duration> like since:30d, got "${text}".`,
  );
}

/** Where a fetched pull request's head is kept in the verifier's clone. */
export const PULL_HEAD_REF = 'refs/shipgate-verify/pull-head';

/** The revisions `git log` walks for a range, in a clone with the remote's branches fetched. */
export function logRevisions(range: CommitRange, branch: string): string[] {
  const remote = (name: string) => (/^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(name) ? name : `refs/remotes/origin/${name}`);
  switch (range.kind) {
    case 'branch':
      return [remote(branch)];
    case 'commits':
      return [`${remote(range.from)}..${remote(range.to)}`];
    case 'pull-request':
      return [`${remote(branch)}..${PULL_HEAD_REF}`];
    case 'since':
      return [`--since=${range.since.toISOString()}`, remote(branch)];
  }
}

export function describeRange(range: CommitRange, branch: string): string {
  switch (range.kind) {
    case 'branch':
      return `every commit of ${branch}`;
    case 'commits':
      return `${range.from}..${range.to}`;
    case 'pull-request':
      return `pull request #${range.number} into ${branch}`;
    case 'since':
      return `${branch} since ${range.since.toISOString()}`;
  }
}

/**
 * The range a workflow event names, for an empty `range` input: a pull request's number, a merge
 * group's `base_sha..head_sha` (judged at merge time, when a merge queue runs the check), a push's
 * `before..after`; `''` (the whole branch, push by push) for a schedule or a manual run.
 */
export function rangeFromEvent(eventName: string, payload: Record<string, unknown>): string {
  const event = payload as {
    pull_request?: { number?: number };
    merge_group?: { base_sha?: string; head_sha?: string };
    before?: string;
    after?: string;
  };
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event.pull_request?.number) {
    return String(event.pull_request.number);
  }
  if (eventName === 'merge_group' && event.merge_group?.base_sha && event.merge_group.head_sha) {
    return `${event.merge_group.base_sha}..${event.merge_group.head_sha}`;
  }
  if (eventName === 'push' && event.before && event.after) return `${event.before}..${event.after}`;
  return '';
}
