import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LoggedCommit } from './commit-log';

export type FindingVerdict = 'pass' | 'fail' | 'could-not-verify';

/** One row of the verification: a deploy, rollback or policy change, and what was found. */
export interface CommitFinding {
  commit: string;
  committedAt: string;
  /** `name <email>` */
  author: string;
  committer: string;
  subject: string;
  /** `history`: what GitHub's record says about the branch itself (a force push, an unrecorded commit). */
  kind: 'deploy' | 'rollback' | 'policy-change' | 'history';
  environment?: string | undefined;
  path?: string | undefined;
  app?: string;
  images: string[];
  /** Approvers whose evidence was re-read (the trailers' claim until then). */
  approvers: string[];
  verdict: FindingVerdict;
  /** One sentence fragment: why it failed, what the policy change was, or `verified`. */
  reason: string;
  /** When the change was decided: GitHub's record of its arrival on the branch, or the check's clock. */
  decidedAt?: string;
  /** Who GitHub's activity record says pushed or merged it onto the branch. */
  pushedBy?: string;
  /** A rollback's `Shipgate-Rollback-To`. */
  rollbackTo?: string;
}

/** A passing deploy finding for `commit`, before any check filled it in. */
export function baseFinding(commit: LoggedCommit): CommitFinding {
  return {
    commit: commit.sha,
    committedAt: commit.committedAt,
    author: commit.author,
    committer: commit.committer,
    subject: commit.subject,
    kind: 'deploy',
    images: [],
    approvers: [],
    verdict: 'pass',
    reason: '',
  };
}

export interface VerifyReport {
  repository: string;
  branch: string;
  range: string;
  verdict: 'pass' | 'fail';
  /** Commits that failed or could not be verified. */
  violations: number;
  counts: { verified: number; failed: number; unverifiable: number; policyChanges: number };
  /** Per environment: deploys and rollbacks verified, and all judged. */
  environments: Record<string, { verified: number; judged: number }>;
  commits: CommitFinding[];
}

export function buildVerifyReport(fields: {
  repository: string;
  branch: string;
  range: string;
  findings: CommitFinding[];
}): VerifyReport {
  const { findings } = fields;
  const failed = findings.filter((f) => f.verdict === 'fail').length;
  const unverifiable = findings.filter((f) => f.verdict === 'could-not-verify').length;
  const environments: VerifyReport['environments'] = {};
  for (const finding of findings) {
    if (finding.kind === 'policy-change' || finding.kind === 'history' || !finding.environment) continue;
    const entry = environments[finding.environment] ?? { verified: 0, judged: 0 };
    environments[finding.environment] = entry;
    entry.judged += 1;
    if (finding.verdict === 'pass') entry.verified += 1;
  }
  return {
    repository: fields.repository.replace(/\/\/[^@/]*@/, '//'),
    branch: fields.branch,
    range: fields.range,
    verdict: failed + unverifiable > 0 ? 'fail' : 'pass',
    violations: failed + unverifiable,
    counts: {
      verified: findings.filter((f) => f.verdict === 'pass' && f.kind !== 'policy-change' && f.kind !== 'history')
        .length,
      failed,
      unverifiable,
      policyChanges: findings.filter((f) => f.kind === 'policy-change').length,
    },
    environments,
    commits: findings,
  };
}

export async function writeVerifyReport(report: VerifyReport, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
