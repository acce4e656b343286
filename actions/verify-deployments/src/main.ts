import { join, resolve } from 'node:path';
import { createGitHubClient, InputReader, type Runtime, runOnGitHub, ShipgateError } from '@shipgate/core';
import {
  evidenceSources,
  parseRange,
  pushFromEvent,
  rangeFromEvent,
  readVerifierTrust,
  renderVerifySummary,
  verifyDeployments,
  writeVerifyReport,
} from '@shipgate/verify';

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const inputs = new InputReader(runtime);
  const token = inputs.optional('token');
  runtime.setSecret(token);
  const apiToken = inputs.optional('github-token') || token;
  runtime.setSecret(apiToken);
  const reportFile = inputs.optional('report-file');
  const settings = {
    repository: inputs.required('repository'),
    branch: inputs.branch('branch'),
    token,
    range: parseRange(
      inputs.optional('range') ?? rangeFromEvent(runtime.context.eventName, runtime.context.payload),
      new Date(),
    ),
    githubRepository: inputs.optional('github-repository'),
    environments: inputs.list('environments'),
    trust: readVerifierTrust(inputs),
    reportFile: reportFile
      ? resolve(runtime.workspace, reportFile)
      : join(runtime.tempDir, 'shipgate-verify-report.json'),
  };

  const client = createGitHubClient({
    token: apiToken ?? '',
    env: runtime.env,
    log: runtime.log,
    action: 'verify-deployments',
  });
  const report = await verifyDeployments({
    ...settings,
    ...evidenceSources({
      client,
      authenticated: Boolean(apiToken),
      log: runtime.log,
      trust: settings.trust,
      serverUrl: runtime.context.serverUrl,
      repository: settings.repository,
      githubRepository: settings.githubRepository,
      eventPush: pushFromEvent(runtime.context.eventName, runtime.context.payload),
    }),
    exec: runtime.exec,
    log: runtime.log,
    setSecret: (secret) => runtime.setSecret(secret),
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  });
  await writeVerifyReport(report, settings.reportFile);
  runtime.setOutput('verdict', report.verdict);
  runtime.setOutput('violations', report.violations);
  runtime.setOutput('report', settings.reportFile);
  await runtime.appendSummary(renderVerifySummary(report));
  if (report.verdict === 'fail') {
    throw new ShipgateError(
      `${report.violations} commit(s) in ${report.range} failed verification or could not be verified; the job summary and the report list why.`,
    );
  }
}
