import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@shipgate/core';

export const APPROVAL_RECORD_SCHEMA = 'shipgate.dev/approval-record/v1';

export type ApprovalStatus = 'approved' | 'denied' | 'timed-out';

export interface ApprovalEntry {
  login: string;
  /** ISO time of the approval. */
  at: string;
  /** Where it was given: a GitHub environment review or an issue comment. */
  source: 'environment' | 'issue';
  comment?: string;
  /** Which part the approver may approve (the Devtron split); `any` for plain approvers. */
  role: 'image' | 'config' | 'any';
}

/**
 * What approval-gate leaves for gitops-commit: who approved what. gitops-commit accepts it only
 * when it is approved and names the same image digests and config hash as the commit it makes.
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
  /** sha256 of the canonical JSON of every other field; detects edits to the file. */
  sha256: string;
}

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(
          Object.entries(nested as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : nested,
  );
}

export function approvalRecordDigest(record: Omit<ApprovalRecord, 'sha256'> | ApprovalRecord): string {
  const { sha256: _ignored, ...content } = record as ApprovalRecord;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export function sealApprovalRecord(record: Omit<ApprovalRecord, 'sha256'>): ApprovalRecord {
  return { ...record, sha256: approvalRecordDigest(record) };
}

export async function readApprovalRecord(path: string, inputName = 'approval-record'): Promise<ApprovalRecord> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
    throw new ConfigurationError(`Input "${inputName}" names ${path}, which ${reason}.`);
  }
  const record = parsed as Partial<ApprovalRecord>;
  if (
    record?.schema !== APPROVAL_RECORD_SCHEMA ||
    !Array.isArray(record.imageRefs) ||
    typeof record.sha256 !== 'string'
  ) {
    throw new ConfigurationError(`Input "${inputName}" names ${path}, which is not a Shipgate approval record.`);
  }
  if (approvalRecordDigest(record as ApprovalRecord) !== record.sha256) {
    throw new ConfigurationError(
      `Input "${inputName}" names ${path}, whose content does not match its sha256 (was it edited?).`,
    );
  }
  return record as ApprovalRecord;
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
