import { join, resolve } from 'node:path';
import { ConfigurationError, InputReader, type Runtime, runOnGitHub } from '@shipgate/core';
import { generateDeploymentReport, parseSince, parseUntil, renderReportSummary } from '@shipgate/gitops';

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const inputs = new InputReader(runtime);
  const token = inputs.optional('token');
  runtime.setSecret(token);
  const until = inputs.optional('until');
  const end = until ? parseUntil(until) : new Date();
  const environments = inputs.list('environments', { required: true });
  const duplicate = environments.find((environment, i) => environments.indexOf(environment) !== i);
  if (duplicate) throw new ConfigurationError(`Input "environments" lists "${duplicate}" twice.`);
  const reportFile = inputs.optional('report-file');
  const settings = {
    app: inputs.required('app'),
    environments,
    since: parseSince(inputs.string('since', '30d'), end),
    until: end,
    repository: inputs.required('repository'),
    branch: inputs.string('branch', 'main'),
    token,
    reportFile: reportFile
      ? resolve(runtime.workspace, reportFile)
      : join(runtime.tempDir, 'shipgate-deployment-report.json'),
  };

  const report = await generateDeploymentReport({
    ...settings,
    exec: runtime.exec,
    log: runtime.log,
    setSecret: (secret) => runtime.setSecret(secret),
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  });
  runtime.setOutput('report', settings.reportFile);
  await runtime.appendSummary(renderReportSummary(report));
}
