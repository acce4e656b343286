import { escapeHtml, Summary } from '@shipgate/core';
import type { ApprovalRecord } from './approval-record';
import type { ApprovalRequest, GateResult } from './gate';
import { type Evaluation, formatApproverList } from './policy';

// GitHub refuses issue bodies over 65,536 characters; the diff gets what the rest leaves.
const MAX_ISSUE_BODY = 65_000;

export function issueTitle(request: ApprovalRequest): string {
  return `Approve deploying ${request.app} to ${request.environment}`;
}

function approverLines(request: ApprovalRequest): string[] {
  const { policy } = request;
  const lines = [`Approvals needed: **${policy.minApprovals}**`];
  const mention = (entries: string[]) => entries.map((entry) => `@${entry}`).join(', ');
  const approvers = formatApproverList(policy.approvers);
  const image = formatApproverList(policy.imageApprovers);
  const config = formatApproverList(policy.configApprovers);
  if (approvers.length > 0) lines.push(`Approvers: ${mention(approvers)}`);
  if (image.length > 0) lines.push(`Image approvers (one must approve): ${mention(image)}`);
  if (config.length > 0) {
    lines.push(
      policy.configChanged
        ? `Config approvers (one must approve, the config changed): ${mention(config)}`
        : `Config approvers: ${mention(config)} (the config is unchanged since the last deploy)`,
    );
  }
  if (policy.excluded.length > 0) lines.push(`Cannot approve their own deployment: ${policy.excluded.join(', ')}`);
  return lines;
}

function facts(request: ApprovalRequest): string[][] {
  const rows = [
    ['App', `\`${request.app}\``],
    ['Environment', `\`${request.environment}\``],
    ...request.imageRefs.map((ref) => ['Image', `\`${ref}\``]),
    ['Config hash', `\`${request.configHash}\``],
  ];
  if (request.source) rows.push(['Source commit', `\`${request.source.repository}@${request.source.sha}\``]);
  if (request.scan) {
    const counts = Object.entries(request.scan.counts)
      .filter(([severity, count]) => count > 0 || severity === 'critical' || severity === 'high')
      .map(([severity, count]) => `${severity}=${count}`)
      .join(' ');
    rows.push([
      'Scan',
      `**${request.scan.verdict}**${request.scan.scanner ? ` (${request.scan.scanner})` : ''}${counts ? `: ${counts}` : ''}`,
    ]);
  }
  rows.push(['Requested by', `@${request.requester}`]);
  if (request.runUrl) rows.push(['Run', request.runUrl]);
  return rows;
}

/**
 * What an approval approves, named in full by the request comment: the GitOps repository
 * (`owner/name`, or the URL or path gitops-commit writes to when it is not on GitHub), the app, the
 * policy's environment, the environment path, the image digests and the config hash. An approval
 * counts for nothing else.
 */
export interface RequestSubject {
  repository: string;
  app: string;
  environment: string;
  path: string;
  /** Bare digests (`sha256:…`), sorted, no duplicates. */
  digests: string[];
  configHash: string;
}

/** The subject of a request from its digest-pinned refs (or bare digests). */
export function requestSubject(
  fields: Omit<RequestSubject, 'digests'> & { imageRefs: readonly string[] },
): RequestSubject {
  const { imageRefs, ...rest } = fields;
  return { ...rest, digests: [...new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort() };
}

const MARKER_FIELDS = ['repository', 'app', 'environment', 'path', 'images', 'config'] as const;
const MARKER = new RegExp(
  `<!-- shipgate-request ${MARKER_FIELDS.map((field) => `${field}=(\\S*)`).join(' ')} -->`,
  'g',
);

/** A marker value: percent-encoded (never whitespace nor `>`), with `/`, `:` and `@` kept readable. */
const encodeValue = (value: string) =>
  encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');

function decodeValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The machine-readable line of the request comment, read back when the approval is re-checked:
 * the approvals after that comment approve this subject only.
 */
export function requestMarker(subject: RequestSubject): string {
  const values = [
    subject.repository,
    subject.app,
    subject.environment,
    subject.path,
    subject.digests.join(','),
    subject.configHash,
  ].map(encodeValue);
  return `<!-- shipgate-request ${MARKER_FIELDS.map((field, i) => `${field}=${values[i]}`).join(' ')} -->`;
}

/** The subject a comment's body names; `undefined` when it names none or several. */
export function parseRequestMarker(body: string): RequestSubject | undefined {
  const markers = [...body.matchAll(MARKER)];
  if (markers.length !== 1) return undefined;
  const values = (markers[0] as RegExpMatchArray).slice(1).map(decodeValue);
  if (values.some((value) => value === undefined)) return undefined;
  const [repository, app, environment, path, images, configHash] = values as string[];
  return {
    repository: repository as string,
    app: app as string,
    environment: environment as string,
    path: path as string,
    digests: (images as string).split(',').filter(Boolean).sort(),
    configHash: configHash as string,
  };
}

/**
 * Whether a request comment shows what its marker names, outside the marker: a marker alone is
 * invisible in the rendered comment, so approvers never saw what it asks. Wording may change
 * between versions; the values may not be missing.
 */
export function showsSubject(body: string, subject: RequestSubject): boolean {
  const visible = body.replace(MARKER, '');
  const values = [subject.app, subject.environment, subject.path, ...subject.digests, subject.configHash];
  if (subject.repository) values.push(subject.repository);
  return values.every((value) => visible.includes(value));
}

/**
 * The request comment approval-gate posts on the issue: the marker and, for the approvers, the
 * same subject in words. Approvals count only after it, and only while it is unedited.
 */
export function requestComment(request: ApprovalRequest): string {
  return requestCommentFor(subjectOf(request));
}

/** The request comment for `subject`: its marker, and the subject in words. */
export function requestCommentFor(subject: RequestSubject): string {
  return new Summary()
    .raw(requestMarker(subject))
    .paragraph('**This comment is the approval request.** An `/approve` below it approves exactly this:')
    .table(
      ['', ''],
      [
        ['GitOps repository', `\`${subject.repository || '(not named)'}\``],
        ['App', `\`${subject.app}\``],
        ['Environment', `\`${subject.environment}\``],
        ['Path', `\`${subject.path}\``],
        ...subject.digests.map((digest) => ['Image digest', `\`${digest}\``]),
        ['Config hash', `\`${subject.configHash}\``],
      ],
    )
    .paragraph(
      'If this comment is edited or deleted, no approval of it counts; the issue description above is not part of the request.',
    )
    .toString();
}

/** The subject an `ApprovalRequest` asks to approve. */
export function subjectOf(request: ApprovalRequest): RequestSubject {
  return requestSubject({
    repository: request.gitops?.repository ?? '',
    app: request.app,
    environment: request.gitops?.environment ?? request.environment,
    path: request.gitops?.path ?? `apps/${request.app}/${request.environment}`,
    imageRefs: request.imageRefs,
    configHash: request.configHash,
  });
}

export function issueBody(request: ApprovalRequest): string {
  const summary = new Summary()
    .paragraph(`**${request.requester}** asks to deploy **${request.app}** to **${request.environment}**.`)
    .table(['', ''], facts(request))
    .list(approverLines(request))
    .paragraph(
      'The request itself is the first comment below, which names what an approval approves. ' +
        'Comment `/approve [reason]` after it to approve or `/deny <reason>` to deny. Each approver counts once; ' +
        'one denial ends the request; other comments are ignored.',
    );
  const text = summary.toString();
  if (!request.diff) return text;
  const room = MAX_ISSUE_BODY - text.length - 200;
  const diff =
    request.diff.length > room
      ? `${request.diff.slice(0, Math.max(0, room))}\n… (diff truncated; see the run for the whole file)`
      : request.diff;
  return new Summary()
    .raw(text.trimEnd())
    .details('Config diff', new Summary().code(diff, 'diff').toString())
    .toString();
}

const STATUS_LINE: Record<string, string> = {
  approved: 'Approved',
  denied: 'Denied',
  'timed-out': 'Timed out',
  cancelled: 'Cancelled: the job was cancelled',
  failed: 'Stopped: the gate failed',
};

export function closingComment(
  request: ApprovalRequest,
  status: string,
  evaluation: Evaluation,
  failure?: unknown,
): string {
  const summary = new Summary().paragraph(`**${STATUS_LINE[status] ?? status}.**`);
  if (evaluation.approvals.length > 0) {
    summary.list(
      evaluation.approvals.map(
        (approval) =>
          `approved by @${approval.login} at ${approval.at}${approval.comment ? `: ${approval.comment}` : ''}`,
      ),
    );
  }
  if (evaluation.denial) {
    summary.paragraph(
      `Denied by @${evaluation.denial.login} at ${evaluation.denial.at}${evaluation.denial.comment ? `: ${evaluation.denial.comment}` : '.'}`,
    );
  }
  if (status === 'timed-out') {
    summary.paragraph(
      `No decision within ${Math.round(request.timeoutMs / 60_000)} min; still missing ${evaluation.missing.join(' and ')}.`,
    );
  }
  if (failure !== undefined) summary.paragraph(`Error: ${escapeHtml((failure as Error).message ?? String(failure))}`);
  summary.paragraph(status === 'approved' ? 'The deployment goes ahead.' : 'Nothing is deployed.');
  return summary.toString();
}

/** The job summary: who requested, who approved when and with which comment, what was ignored. */
export function approvalSummary(request: ApprovalRequest, result: GateResult): string {
  const record: ApprovalRecord = result.record;
  const summary = new Summary()
    .heading(`Approval gate: ${request.app} → ${request.environment}: ${result.status}`)
    .table(
      ['', ''],
      [
        ...facts(request),
        ['Requested at', result.requestedAt],
        ['Decided at', result.decidedAt],
        ...(result.requestUrl ? [['Request', result.requestUrl]] : []),
      ],
    );
  if (record.approvers.length > 0) {
    summary.heading('Approved by', 3).table(
      ['Approver', 'When', 'Via', 'Role', 'Comment'],
      record.approvers.map((entry) => [entry.login, entry.at, entry.source, entry.role, entry.comment ?? '']),
    );
  }
  const { denial, ignored, missing } = result.evaluation;
  if (denial) {
    summary
      .heading('Denied by', 3)
      .table(['Approver', 'When', 'Via', 'Reason'], [[denial.login, denial.at, denial.source, denial.comment ?? '']]);
  }
  if (missing.length > 0 && result.status !== 'approved') summary.paragraph(`Still missing: ${missing.join(' and ')}.`);
  if (ignored.length > 0) {
    summary.details(
      `Ignored answers (${ignored.length})`,
      new Summary()
        .table(
          ['Who', 'Answer', 'Why ignored'],
          ignored.map(({ decision, reason }) => [decision.login, `/${decision.verdict}`, reason]),
        )
        .toString(),
    );
  }
  summary.list(approverLines(request));
  return summary.toString();
}
