import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type ApprovalRequest,
  approvalSummary,
  buildApprovalPolicy,
  requestApproval,
  type ScanSummary,
  writeApprovalRecord,
} from '@shipgate/approvals';
import {
  ConfigurationError,
  createGitHubClient,
  InputReader,
  type Runtime,
  runOnGitHub,
  ShipgateError,
} from '@shipgate/core';
import { gitopsRepositoryIdentity, readRepositoryPolicy } from '@shipgate/gitops';
import { requireDigestReference } from '@shipgate/image';
import { type ApprovalInputs, resolveDeployEnvironment, tightenApprovalRules } from '@shipgate/policy';
import { readScanRecord } from '@shipgate/scan';

const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;
/** As gitops-commit takes them: no path separators, no newlines. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checkName(value: string, inputName: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw new ConfigurationError(`Input "${inputName}" must be letters, digits, ".", "_" or "-", got "${value}".`);
  }
  return value;
}

interface Rules {
  approvers: string[];
  imageApprovers: string[];
  configApprovers: string[];
  minApprovals: number;
  allowSelfApproval: boolean;
  /** What the request names: the GitOps repository, the policy's environment name, the path. */
  gitops: { repository: string; environment: string; path: string };
}

/**
 * The approval rules: the GitOps policy's for the deploy's path when `policy-repository` names the
 * GitOps repository (the inputs may only tighten them), else the inputs alone, with a notice.
 */
async function approvalRules(
  runtime: Runtime,
  inputs: InputReader,
  where: { app: string; environment: string; token: string },
): Promise<Rules> {
  const given: ApprovalInputs = {
    approvers: inputs.list('approvers'),
    imageApprovers: inputs.list('image-approvers'),
    configApprovers: inputs.list('config-approvers'),
    ...(inputs.optional('min-approvals') !== undefined
      ? { minApprovals: inputs.integer('min-approvals', { min: 1, max: 100, default: 1 }) }
      : {}),
    ...(inputs.optionalBoolean('allow-self-approval') !== undefined
      ? { allowSelfApproval: inputs.optionalBoolean('allow-self-approval') }
      : {}),
  };
  const path = inputs.string('path', `apps/${where.app}/${where.environment}`);
  const policyRepository = inputs.optional('policy-repository');
  const repository = policyRepository
    ? gitopsRepositoryIdentity(policyRepository, {
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        inputName: 'policy-repository',
      })
    : '';
  const fromInputs = {
    approvers: [...(given.approvers ?? [])],
    imageApprovers: [...(given.imageApprovers ?? [])],
    configApprovers: [...(given.configApprovers ?? [])],
    minApprovals: given.minApprovals ?? 1,
    allowSelfApproval: given.allowSelfApproval ?? false,
    gitops: { repository, environment: where.environment, path },
  };
  if (!policyRepository) {
    runtime.log.notice(
      'No "policy-repository": the approvers and rules come from this workflow\'s inputs, and the request names no GitOps repository, so a repository with a .shipgate/policy.yaml accepts none of its approvals; name the GitOps repository.',
    );
    return fromInputs;
  }
  const policyToken = inputs.optional('policy-token') ?? where.token;
  runtime.setSecret(policyToken);
  const found = await readRepositoryPolicy({
    exec: runtime.exec,
    repository: policyRepository,
    branch: inputs.optional('policy-branch'),
    token: policyToken,
    setSecret: runtime.setSecret,
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  });
  if (!found) {
    runtime.log.notice(
      `${policyRepository} has no .shipgate/policy.yaml; the approvers come from this workflow's inputs.`,
    );
    return fromInputs;
  }
  const rules = resolveDeployEnvironment(found.policy, path, where.environment);
  const tightened = rules ? tightenApprovalRules(rules, { ...given, requireApproval: true }) : undefined;
  if (!tightened) return fromInputs;
  runtime.log.info(`Approval rules of environment "${rules?.name}" from ${found.policy.source} on ${found.branch}.`);
  return {
    approvers: tightened.approvers,
    imageApprovers: tightened.imageApprovers,
    configApprovers: tightened.configApprovers,
    minApprovals: tightened.min,
    allowSelfApproval: tightened.allowSelfApproval,
    gitops: { repository, environment: rules?.name ?? where.environment, path },
  };
}

/**
 * approval-gate's app-side inputs were `repository` and `token`, names that mean the GitOps
 * repository in every other action; they still work, with a warning naming the new input.
 */
function warnIfDeprecated(runtime: Runtime, given: { name: string }, name: string): void {
  if (given.name === name) return;
  runtime.log.warning(
    `Input "${given.name}" of approval-gate is deprecated: name it "${name}" ("${given.name}" is the GitOps repository's in every other Shipgate action).`,
  );
}

/** Where the request lives (`app-repository`, owner/name) and the run whose reviews count (`run-id`). */
function readRunInputs(
  runtime: Runtime,
  inputs: InputReader,
  mode: 'issue' | 'environment',
): { repository: string; runId: number | undefined } {
  const given = inputs.renamed('app-repository', 'repository');
  warnIfDeprecated(runtime, given, 'app-repository');
  const repository = given.value ?? runtime.context.repository;
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new ConfigurationError(`Input "${given.name}" must be owner/name, got "${repository}".`);
  }
  const runIdText = inputs.string('run-id', runtime.context.runId);
  const runId = runIdText ? Number(runIdText) : undefined;
  if (runIdText && !(Number.isSafeInteger(runId) && (runId as number) > 0)) {
    throw new ConfigurationError(`Input "run-id" must be a workflow run id, got "${runIdText}".`);
  }
  if (mode === 'environment' && !runId) {
    throw new ConfigurationError('Input "run-id" is required in mode environment outside a workflow run.');
  }
  return { repository, runId };
}

/** The scan verdict shown in the request (input `scan-record`), which must be of an image asked for. */
async function readScanSummary(
  runtime: Runtime,
  inputs: InputReader,
  imageRefs: readonly string[],
): Promise<ScanSummary | undefined> {
  const scanRecordFile = inputs.optional('scan-record');
  if (!scanRecordFile) return undefined;
  const record = await readScanRecord(resolve(runtime.workspace, scanRecordFile), 'scan-record');
  if (!imageRefs.some((ref) => ref.endsWith(`@${record.digest}`))) {
    throw new ConfigurationError(`Input "scan-record" is for ${record.imageRef}, which is not one of image-ref.`);
  }
  return {
    verdict: record.verdict,
    scanner: `${record.scanner.name} ${record.scanner.version}`,
    counts: record.counts,
  };
}

interface Settings {
  request: ApprovalRequest;
  token: string;
  recordFile: string;
}

async function readSettings(runtime: Runtime): Promise<Settings> {
  const inputs = new InputReader(runtime);
  const givenToken = inputs.renamed('github-token', 'token');
  runtime.setSecret(givenToken.value);
  warnIfDeprecated(runtime, givenToken, 'github-token');
  if (!givenToken.value) throw new ConfigurationError('Input "github-token" is required.');
  const token = givenToken.value;
  const mode = inputs.enum('mode', ['issue', 'environment'] as const, 'issue');
  const environment = checkName(inputs.required('environment'), 'environment');
  const app = checkName(inputs.required('app'), 'app');
  const imageRefs = inputs.list('image-ref', { required: true });
  for (const ref of imageRefs) requireDigestReference(ref, 'image-ref');
  const configHash = inputs.required('config-hash');
  if (!CONFIG_HASH.test(configHash)) {
    throw new ConfigurationError(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
  }
  const previousConfigHash = inputs.optional('previous-config-hash');
  if (previousConfigHash && !CONFIG_HASH.test(previousConfigHash)) {
    throw new ConfigurationError(
      `Input "previous-config-hash" must be sha256:<64 hex digits>, got "${previousConfigHash}".`,
    );
  }
  const { repository, runId } = readRunInputs(runtime, inputs, mode);
  const requester = inputs.string('requester', runtime.context.triggeringActor);
  if (!requester) throw new ConfigurationError('Input "requester" is required outside a workflow run.');
  const sourceAuthor = inputs.optional('source-author') ?? eventSourceAuthor(runtime.context.payload);
  const { gitops, ...rules } = await approvalRules(runtime, inputs, { app, environment, token });
  const policy = buildApprovalPolicy({
    ...rules,
    configChanged: previousConfigHash === undefined || previousConfigHash !== configHash,
    selfLogins: [requester, runtime.context.actor, runtime.context.triggeringActor, sourceAuthor],
    allowEmptyApprovers: mode === 'environment',
  });
  const timeoutMinutes = inputs.integer('timeout-minutes', { min: 1, max: 72 * 60, default: 60 });
  const pollSeconds = inputs.integer('poll-interval-seconds', { min: 1, max: 3600, default: 10 });
  const progressSeconds = inputs.integer('progress-interval-seconds', { min: 1, max: 3600, default: 60 });

  const diffFile = inputs.optional('diff-file');
  const diff = diffFile ? await readInputFile(resolve(runtime.workspace, diffFile), 'diff-file') : undefined;
  const scan = await readScanSummary(runtime, inputs, imageRefs);
  const sourceSha = inputs.string('source-sha', runtime.context.sha);
  const recordFile = resolve(
    runtime.workspace,
    inputs.string('record-file', join(runtime.tempDir, `shipgate-approval-${app}-${environment}.json`)),
  );
  return {
    token,
    recordFile,
    request: {
      mode,
      app,
      environment,
      imageRefs,
      configHash,
      repository,
      requester,
      policy,
      gitops,
      ...(runtime.context.repository && sourceSha
        ? { source: { repository: runtime.context.repository, sha: sourceSha } }
        : {}),
      ...(runId ? { runId } : {}),
      ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
      ...(scan ? { scan } : {}),
      ...(diff ? { diff } : {}),
      timeoutMs: timeoutMinutes * 60_000,
      pollIntervalMs: pollSeconds * 1000,
      progressIntervalMs: progressSeconds * 1000,
    },
  };
}

async function readInputFile(path: string, inputName: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new ConfigurationError(`Input "${inputName}" names ${path}, which cannot be read.`);
  }
}

/** The source commit's author from a push or pull_request event, when GitHub knows their login. */
function eventSourceAuthor(payload: Record<string, unknown>): string | undefined {
  const event = payload as {
    head_commit?: { author?: { username?: string } };
    pull_request?: { user?: { login?: string } };
  };
  return event.head_commit?.author?.username || event.pull_request?.user?.login || undefined;
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const { request, token, recordFile } = await readSettings(runtime);
  // A cancelled job aborts runtime.signal: the gate closes its issue and throws.
  const client = createGitHubClient({ token, env: runtime.env, log: runtime.log, action: 'approval-gate' });
  const result = await requestApproval(request, { client, log: runtime.log, signal: runtime.signal });
  await writeApprovalRecord(recordFile, result.record);
  runtime.setOutput('approved', result.approved);
  runtime.setOutput('status', result.status);
  const approvers = result.record.approvers.map((entry) => entry.login);
  runtime.setOutput('approvers', approvers.join('\n'));
  runtime.setOutput('approvers-json', JSON.stringify(approvers));
  runtime.setOutput('approval-record', recordFile);
  runtime.setOutput('request-url', result.requestUrl ?? '');
  await runtime.appendSummary(approvalSummary(request, result));
  if (!result.approved) {
    const { denial, missing } = result.evaluation;
    const why = denial
      ? `denied by ${denial.login}${denial.comment ? ` ("${denial.comment}")` : ''}`
      : `${result.status === 'timed-out' ? 'timed out' : 'not approved'}, still missing ${missing.join(' and ')}`;
    throw new ShipgateError(`Deploying ${request.app} to ${request.environment} was ${why}.`);
  }
}
