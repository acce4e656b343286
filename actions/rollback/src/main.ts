import { readApprovalRecord } from '@shipgate/approvals';
import {
  commitAuthorInputs,
  InputReader,
  type Runtime,
  recordFileInput,
  refuseSecretsInCommittedInputs,
  runOnGitHub,
  Summary,
} from '@shipgate/core';
import { readDeployDependencies, rollback, withSigningKey } from '@shipgate/gitops';

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const inputs = new InputReader(runtime);
  const token = inputs.optional('token');
  runtime.setSecret(token);
  // The reason and the names go into the rollback commit.
  refuseSecretsInCommittedInputs(runtime.masker, runtime, [
    'reason',
    'break-glass-reason',
    'app',
    'environment',
    'to',
    'path',
    'branch',
    'author-name',
    'author-email',
  ]);
  const approvalRecordPath = await recordFileInput(runtime, 'approval-record');
  // As gitops-commit: the policy's scan and attestation rules hold for the restored images, and a
  // rollback approved by an environment review carries the run's deploy statement.
  const deps = readDeployDependencies(runtime, inputs);
  const settings = {
    app: inputs.required('app'),
    environment: inputs.required('environment'),
    to: inputs.string('to', 'previous'),
    reason: inputs.required('reason'),
    approvalRecord: approvalRecordPath ? await readApprovalRecord(approvalRecordPath) : undefined,
    requireApproval: inputs.optionalBoolean('require-approval'),
    breakGlassReason: inputs.optional('break-glass-reason'),
    repository: inputs.required('repository'),
    branch: inputs.branch('branch'),
    token,
    path: inputs.optional('path'),
    author: commitAuthorInputs(inputs, runtime.env),
    runUrl: runtime.context.runUrl || undefined,
    mode: inputs.enum('mode', ['push', 'pull-request'] as const, 'push'),
    apiUrl: runtime.context.apiUrl,
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  };

  const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
  const result = await withSigningKey(signingKey, (signing) =>
    rollback(settings, { ...deps, ...(signing ? { signing } : {}) }),
  );

  runtime.setOutput('commit-sha', result.commitSha);
  runtime.setOutput('rolled-back-to', result.rolledBackTo);
  runtime.setOutput('pull-request-url', result.pullRequestUrl ?? '');
  await runtime.appendSummary(
    new Summary()
      .heading(`Rollback of ${settings.app} in ${settings.environment}`)
      .table(
        ['', 'value'],
        [
          ['rolled back', result.rolledBackFrom],
          ['restored deploy', result.rolledBackTo],
          ['image', result.target.imageRefs.join('<br>')],
          ['source', result.target.source ?? ''],
          ['reason', settings.reason],
          ['rollback commit', result.changed ? result.commitSha : 'none: the path already held these files'],
          ...(result.pullRequestUrl ? [['pull request', result.pullRequestUrl]] : []),
        ],
      )
      .paragraph('Later deploys of the rolled-back source, or of anything older, are refused; a newer source proceeds.')
      .toString(),
  );
}
