import type { ApprovalEntry } from './approval-record';
import { type ApprovalPolicy, type Evaluation, teamName } from './policy';

/**
 * What a person watching the workflow log learns while the gate waits: each approval once, when it
 * is counted, and at a steady interval where the wait stands (who approved, what is still missing
 * and who could give it, how long is left).
 */

/** Issue mode: time between progress lines while the gate waits (approval-gate's `progress-interval-seconds`). */
export const DEFAULT_PROGRESS_INTERVAL_MS = 60_000;

/** `Counted the approval of alice (1 of 2).`, with the list it counts for when that matters. */
export function countedApprovalLine(entry: ApprovalEntry, index: number, policy: ApprovalPolicy): string {
  const role =
    entry.role === 'image' ? ' as an image approver' : entry.role === 'config' ? ' as a config approver' : '';
  const what = entry.source === 'environment' ? 'environment review' : 'approval';
  const count = index < policy.minApprovals ? ` (${index + 1} of ${policy.minApprovals})` : '';
  return `Counted the ${what} of ${entry.login}${role}${count}.`;
}

/**
 * `Waiting for approval, 238 min left: approved by alice; missing 1 more approval; can approve: bob,
 * carol, acme/sre.` The candidates are everyone named in the policy's lists who has not approved
 * and is not excluded from approving (teams by name: their members are looked up only when they
 * answer).
 */
export function waitingLine(policy: ApprovalPolicy, evaluation: Evaluation, leftMs: number): string {
  const approved = evaluation.approvals.map((entry) => entry.login);
  const candidates = stillAbleToApprove(policy, approved);
  return [
    `Waiting for approval, ${formatTimeLeft(leftMs)} left: `,
    approved.length > 0 ? `approved by ${approved.join(', ')}` : 'no approval counted yet',
    evaluation.missing.length > 0 ? `; missing ${evaluation.missing.join(' and ')}` : '',
    candidates.length > 0 ? `; can approve: ${candidates.join(', ')}` : '',
    '.',
  ].join('');
}

function stillAbleToApprove(policy: ApprovalPolicy, approved: readonly string[]): string[] {
  const out = new Set([...approved, ...policy.excluded].map((login) => login.toLowerCase()));
  const names: string[] = [];
  for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
    for (const user of list.users) {
      if (out.has(user.toLowerCase())) continue;
      out.add(user.toLowerCase());
      names.push(user);
    }
    for (const team of list.teams) {
      const name = teamName(team);
      if (out.has(name.toLowerCase())) continue;
      out.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** Whole minutes, or seconds in the last minute. */
export function formatTimeLeft(ms: number): string {
  const left = Math.max(0, ms);
  return left >= 60_000 ? `${Math.floor(left / 60_000)} min` : `${Math.ceil(left / 1000)} s`;
}
