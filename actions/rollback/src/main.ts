import { readApprovalRecord } from '@shipgate/approvals';
import { deployStatementSigner, readDeployStatementSigning, readPolicyAttestationVerifier } from '@shipgate/attest';
import {
  InputReader,
  type Runtime,
  recordFileInput,
  refuseSecretsInCommittedInputs,
  runOnGitHub,
  Summary,
} from '@shipgate/core';
import { evidenceAccessFromContext, rollback, withSigningKey } from '@shipgate/gitops';

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
  ]);
  const approvalRecordPath = await recordFileInput(runtime, 'approval-record');
  const githubToken = inputs.optional('github-token');
  if (githubToken) runtime.setSecret(githubToken);
  // As gitops-commit: the policy's scan and attestation rules hold for the restored images, and a
  // rollback approved by an environment review carries the run's deploy statement.
  const verifyAttestations = readPolicyAttestationVerifier({
    inputs,
    setSecret: runtime.setSecret,
    log: runtime.log,
    serverUrl: runtime.context.serverUrl,
  });
  const statementSigning = readDeployStatementSigning({
    inputs,
    env: runtime.env,
    setSecret: runtime.setSecret,
    idToken: runtime.idToken,
  });
  const settings = {
    ...(verifyAttestations ? { verifyAttestations } : {}),
    ...(statementSigning
      ? { deployStatement: deployStatementSigner(statementSigning.signing, statementSigning.always) }
      : {}),
    app: inputs.required('app'),
    environment: inputs.required('environment'),
    to: inputs.string('to', 'previous'),
    reason: inputs.required('reason'),
    approvalRecord: approvalRecordPath ? await readApprovalRecord(approvalRecordPath) : undefined,
    requireApproval: inputs.optionalBoolean('require-approval'),
    evidence: evidenceAccessFromContext(githubToken, runtime.context),
    breakGlassReason: inputs.optional('break-glass-reason'),
    repository: inputs.required('repository'),
    branch: inputs.branch('branch', 'main'),
    token,
    path: inputs.optional('path'),
  };

  const signingKey = { key: runtime.getInput('signing-key'), setSecret: runtime.setSecret, tempDir: runtime.tempDir };
  const result = await withSigningKey(signingKey, (signing) =>
    rollback({
      ...settings,
      ...(signing ? { signing } : {}),
      exec: runtime.exec,
      log: runtime.log,
      setSecret: (secret) => runtime.setSecret(secret),
      runUrl: runtime.context.runUrl || undefined,
      serverUrl: runtime.context.serverUrl,
      workspace: runtime.workspace,
      tempDir: runtime.tempDir,
    }),
  );

  runtime.setOutput('commit-sha', result.commitSha);
  runtime.setOutput('rolled-back-to', result.rolledBackTo);
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
        ],
      )
      .paragraph('Later deploys of the rolled-back source, or of anything older, are refused; a newer source proceeds.')
      .toString(),
  );
}
