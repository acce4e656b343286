import { resolve } from 'node:path';
import { readApprovalRecord } from '@shipgate/approvals';
import {
  ConfigurationError,
  commitAuthorInputs,
  createGitHubClient,
  InputReader,
  type Runtime,
  recordFileInput,
  refuseSecretsInCommittedInputs,
  runOnGitHub,
  Summary,
} from '@shipgate/core';
import { maskToken } from '@shipgate/git';
import {
  type DeployDependencies,
  type DeploymentRecordTarget,
  type DeployRequest,
  deploymentRecordTarget,
  deployToGitOps,
  readDeployDependencies,
  recordDeployment,
  resolveSourceTime,
  StaleDeployError,
  withSigningKey,
} from '@shipgate/gitops';
import { readScanRecord } from '@shipgate/scan';

/** Inputs written into the commit (message, trailers, author, path). */
const COMMITTED_INPUTS = [
  'message',
  'author-name',
  'author-email',
  'app',
  'environment',
  'path',
  'image-ref',
  'scan',
  'source',
  'source-time',
  'config-hash',
  'branch',
  'break-glass-reason',
] as const;

const CONFIG_HASH = /^sha256:[0-9a-f]{64}$/;

interface Settings {
  request: DeployRequest;
  deps: DeployDependencies;
  records: { target: DeploymentRecordTarget; cluster: string | undefined } | { skipped: string };
}

async function readSettings(runtime: Runtime): Promise<Settings> {
  const inputs = new InputReader(runtime);
  const token = inputs.optional('token');
  maskToken(token, runtime.setSecret);
  const queueKey = inputs.optional('queue-key');
  if (queueKey) runtime.setSecret(queueKey);
  refuseSecretsInCommittedInputs(runtime.masker, runtime, COMMITTED_INPUTS);
  const deps = readDeployDependencies(runtime, inputs);
  const mode = inputs.enum('deployment-records', ['auto', 'true', 'false'] as const, 'auto');
  const target = deploymentRecordTarget(mode, runtime.context);
  const records = 'skipped' in target ? target : { target, cluster: inputs.optional('cluster') };
  return { request: await readRequest(runtime, inputs, { token, queueKey }), deps, records };
}

/** After a landed deploy, GitHub's deployment record of it (never fails the step). */
async function recordOnGitHub(runtime: Runtime, settings: Settings, commitSha: string): Promise<void> {
  const { request, records } = settings;
  if ('skipped' in records) {
    runtime.log.debug(`No deployment record on GitHub: ${records.skipped}.`);
    return;
  }
  const token = runtime.getInput('github-token');
  if (!token) {
    runtime.log.warning('No deployment record on GitHub: input "github-token" is empty.');
    return;
  }
  const client = createGitHubClient({ token, env: runtime.env, log: runtime.log, action: 'gitops-commit' });
  await recordDeployment({ ...request, ...records, commitSha }, { client, log: runtime.log, signal: runtime.signal });
}

/** What the user asked for: the inputs, with the source commit and its time from the run when not given. */
async function readRequest(
  runtime: Runtime,
  inputs: InputReader,
  secrets: { token: string | undefined; queueKey: string | undefined },
): Promise<DeployRequest> {
  const workspacePath = (value: string) => resolve(runtime.workspace, value);
  const scanRecordPath = await recordFileInput(runtime, 'scan-record');
  const approvalRecordPath = await recordFileInput(runtime, 'approval-record');
  const configHash = inputs.optional('config-hash');
  if (configHash && !CONFIG_HASH.test(configHash)) {
    throw new ConfigurationError(`Input "config-hash" must be sha256:<64 hex digits>, got "${configHash}".`);
  }
  const { context } = runtime;
  const requireApproval = inputs.optionalBoolean('require-approval');
  const breakGlassReason = inputs.optional('break-glass-reason');
  return {
    repository: inputs.required('repository'),
    branch: inputs.branch('branch'),
    token: secrets.token,
    app: inputs.required('app'),
    environment: inputs.required('environment'),
    path: inputs.optional('path'),
    sourceDir: workspacePath(inputs.required('source-dir')),
    imageRefs: inputs.list('image-ref', { required: true }),
    scanRecord: scanRecordPath ? await readScanRecord(scanRecordPath) : undefined,
    scan: inputs.optional('scan'),
    approvalRecord: approvalRecordPath ? await readApprovalRecord(approvalRecordPath) : undefined,
    ...(requireApproval !== undefined ? { requireApproval } : {}),
    ...(breakGlassReason ? { breakGlassReason } : {}),
    mode: inputs.enum('mode', ['push', 'pull-request'] as const, 'push'),
    prune: inputs.boolean('prune', true),
    kustomization: inputs.optionalBoolean('kustomization'),
    allowEmpty: inputs.boolean('allow-empty', false),
    message: inputs.optional('message'),
    maxAttempts: inputs.integer('max-attempts', { min: 1, max: 100, default: 10 }),
    queueKey: secrets.queueKey,
    allowDowngrade: inputs.boolean('allow-downgrade', false),
    onStale: inputs.enum('on-stale', ['skip', 'fail'] as const, 'skip'),
    hotfix: inputs.boolean('hotfix', false),
    author: commitAuthorInputs(inputs, runtime.env),
    configHash,
    ...(await readSource(runtime, inputs)),
    runUrl: context.runUrl || undefined,
    serverUrl: context.serverUrl,
    apiUrl: context.apiUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  };
}

/** The source commit (`owner/repo@sha`) and its time: the inputs, else the run's own commit. */
async function readSource(
  runtime: Runtime,
  inputs: InputReader,
): Promise<{ source: string | undefined; sourceTime: string | undefined }> {
  const { context } = runtime;
  const sourceInput = inputs.optional('source');
  const source =
    sourceInput ?? (context.repository && context.sha ? `${context.repository}@${context.sha}` : undefined);
  if (source && !/^[^@\s]+@[0-9A-Za-z._-]+$/.test(source)) {
    throw new ConfigurationError(`Input "source" must be owner/repo@sha, got "${source}".`);
  }
  if (!source) {
    runtime.log.warning(
      'No source commit is known (no "source" input, no CI variables naming one, no git checkout): the deploy commit gets no Shipgate-Source, so the rule against overwriting a newer deploy and the lead time are off for it.',
    );
  }
  const sourceTime =
    inputs.optional('source-time') ??
    (sourceInput ? undefined : context.commitTime) ??
    (await resolveSourceTime({
      exec: runtime.exec,
      workspace: runtime.workspace,
      sha: context.sha,
      payload: context.payload,
    }));
  return { source, sourceTime };
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const read = await readSettings(runtime);
  const { request: settings, deps } = read;
  const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
  // With on-stale: fail the step fails, but with its outputs set, for a step that runs on failure.
  let stale: StaleDeployError | undefined;
  const result = await withSigningKey(signingKey, (signing) =>
    deployToGitOps(settings, { ...deps, ...(signing ? { signing } : {}) }),
  ).catch((error: unknown) => {
    if (!(error instanceof StaleDeployError)) throw error;
    stale = error;
    return error.result;
  });

  runtime.setOutput('commit-sha', result.commitSha);
  runtime.setOutput('changed', result.changed);
  runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
  runtime.setOutput('attempts', result.attempts);
  runtime.setOutput('stale-reason', result.refused ?? '');
  if (result.changed && !result.pullRequestUrl) await recordOnGitHub(runtime, read, result.commitSha);

  const outcome = result.refused
    ? `Not deployed, as stale: ${result.refused}.`
    : result.changed
      ? `Committed in ${result.attempts} attempt(s).`
      : 'Nothing to change: the repository already holds this deployment.';
  const summary = new Summary()
    .heading(`gitops-commit: ${settings.app} → ${settings.environment}`)
    .paragraph(outcome)
    .table(
      ['', ''],
      [
        ['Repository', settings.repository],
        ['Branch', result.branch],
        ['Path', result.path],
        ['Commit', result.commitSha || '(none)'],
        ['Images', settings.imageRefs.join('<br>')],
        ['Source', settings.source ?? '(unknown)'],
        ...(result.pullRequestUrl ? [['Pull request', result.pullRequestUrl]] : []),
      ],
    );
  await runtime.appendSummary(summary.toString());
  if (stale) throw stale;
}
