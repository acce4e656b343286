export * from './approval-record';
export * from './evidence';
export * from './gate';
export { ApprovalCancelledError, after, type IssueComment, type PollState, pollOnce } from './issue-gate';
export * from './policy';
export { DEFAULT_PROGRESS_INTERVAL_MS } from './progress';
export * from './request-text';
export { TeamMembershipCache } from './team-cache';
