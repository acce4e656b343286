import { ConfigurationError, readJsonFileInput } from '@shipgate/core';

export const APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v2';

/**
 * Where GitHub keeps the approval: the request issue (its comments are re-read) or the workflow
 * run whose environment reviews approved it. The record is only a pointer: anyone can write the
 * file, so gitops-commit re-reads and re-evaluates what it points at.
 */
export type ApprovalEvidence =
  | { kind: 'issue'; repository: string; issueNumber: number; commentIds: number[] }
  | { kind: 'environment'; repository: string; runId: number; environment: string };

export type ApprovalStatus = 'approved' | 'denied' | 'timed-out';

export interface ApprovalEntry {
  login: string;
  /** ISO time of the approval. */
  at: string;
  /** Where it was given: a GitHub environment review or an issue comment. */
  source: 'environment' | 'issue';
  comment?: string;
  /** The comment or run that holds it. */
  url?: string;
  commentId?: number;
  /** Which part the approver may approve (the Devtron split); `any` for plain approvers. */
  role: 'image' | 'config' | 'any';
}

/**
 * What approval-gate leaves for gitops-commit: a pointer to the evidence, and the image digests
 * and config hash the request named. gitops-commit accepts it only when it names what it is about
 * to commit and the evidence it points at, re-read from GitHub, meets the GitOps policy.
 */
export interface ApprovalRecord {
  schema: typeof APPROVAL_RECORD_SCHEMA;
  app: string;
  environment: string;
  /** Digest-pinned image references, sorted. */
  imageRefs: string[];
  /** `sha256:<hex>` from render-manifests. */
  configHash: string;
  status: ApprovalStatus;
  approved: boolean;
  policy: {
    mode: 'environment' | 'issue';
    approvers: string[];
    imageApprovers: string[];
    configApprovers: string[];
    minApprovals: number;
    allowSelfApproval: boolean;
  };
  approvers: ApprovalEntry[];
  requester: string;
  source?: { repository: string; sha: string };
  /** Where the request was made: the issue URL or the run URL. */
  requestUrl?: string;
  createdAt: string;
  /** Absent when the gate did not decide (denied before anything was asked). */
  evidence?: ApprovalEvidence;
}

export async function readApprovalRecord(path: string, inputName = 'approval-record'): Promise<ApprovalRecord> {
  const parsed = await readJsonFileInput(path, inputName);
  const record = parsed as Partial<ApprovalRecord> & { schema?: string };
  if ((parsed as { schema?: unknown } | null)?.schema === 'shipgate.dev/approval-record/v1') {
    throw new ConfigurationError(
      `Input "${inputName}" names ${path}, a v1 approval record, which points at no evidence; run approval-gate again.`,
    );
  }
  if (
    record?.schema !== APPROVAL_RECORD_SCHEMA ||
    !Array.isArray(record.imageRefs) ||
    typeof record.configHash !== 'string' ||
    !isEvidence(record.evidence)
  ) {
    throw new ConfigurationError(
      `Input "${inputName}" names ${path}, which is not a Shipgate approval record pointing at GitHub evidence.`,
    );
  }
  return record as ApprovalRecord;
}

function isEvidence(value: unknown): value is ApprovalEvidence {
  const evidence = value as Partial<Record<string, unknown>> | undefined;
  if (!evidence || typeof evidence.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(evidence.repository))
    return false;
  if (evidence.kind === 'issue') return Number.isInteger(evidence.issueNumber) && Array.isArray(evidence.commentIds);
  if (evidence.kind === 'environment')
    return Number.isInteger(evidence.runId) && typeof evidence.environment === 'string';
  return false;
}

export interface ApprovalBinding {
  app: string;
  environment: string;
  /** Digest-pinned refs being deployed. */
  imageRefs: readonly string[];
  configHash: string;
}

/**
 * Throws a `ConfigurationError` unless `record` approves exactly this deployment: same app and
 * environment, approved, the same image digests, the same config hash.
 */
export function verifyApprovalBinding(
  record: ApprovalRecord,
  binding: ApprovalBinding,
  inputName = 'approval-record',
): void {
  const fail = (why: string) => {
    throw new ConfigurationError(`Input "${inputName}" does not approve this deployment: ${why}.`);
  };
  if (!record.approved || record.status !== 'approved') fail(`its status is ${record.status}`);
  if (record.app !== binding.app) fail(`it is for app "${record.app}", not "${binding.app}"`);
  if (record.environment !== binding.environment)
    fail(`it is for environment "${record.environment}", not "${binding.environment}"`);
  const digests = (refs: readonly string[]) =>
    [...new Set(refs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort();
  const approved = digests(record.imageRefs);
  const deploying = digests(binding.imageRefs);
  if (approved.join(',') !== deploying.join(','))
    fail(`it approves ${approved.join(', ') || 'no image'}, not ${deploying.join(', ')}`);
  if (record.configHash !== binding.configHash)
    fail(`it approves config ${record.configHash}, not ${binding.configHash}`);
}

/** Writes the record as pretty JSON, creating the directory; returns the path. */
export async function writeApprovalRecord(path: string, record: ApprovalRecord): Promise<string> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}
