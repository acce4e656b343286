import { join, resolve } from 'node:path';
import { ConfigurationError, createGitHubClient, InputReader, type Runtime, runOnGitHub } from '@shipgate/core';
import { generateDeploymentReport, parseSince, parseUntil, renderReportSummary } from '@shipgate/trail';
import { evidenceSources, readVerifierTrust, verifiedDeploysOf } from '@shipgate/verify';

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
    since: parseSince(
      inputs.string('since', '30d'),
      end,
      'since',
      until ? { untilInput: { name: 'until', value: until } } : {},
    ),
    until: end,
    repository: inputs.required('repository'),
    branch: inputs.branch('branch'),
    token,
    reportFile: reportFile
      ? resolve(runtime.workspace, reportFile)
      : join(runtime.tempDir, 'shipgate-deployment-report.json'),
  };

  const apiToken = inputs.optional('github-token') ?? token;
  runtime.setSecret(apiToken);
  const access = {
    repository: settings.repository,
    branch: settings.branch,
    token,
    exec: runtime.exec,
    log: runtime.log,
    setSecret: (secret: string) => runtime.setSecret(secret),
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  };
  const client = createGitHubClient({
    token: apiToken ?? '',
    env: runtime.env,
    log: runtime.log,
    action: 'deployment-report',
  });
  // Judged as verify-deployments judges, from the same evidence with the same trust inputs: the
  // two agree on every deploy. (No push event: this may run in any repository.)
  const verified = inputs.boolean('verify', true)
    ? await verifiedDeploysOf({
        ...access,
        app: settings.app,
        since: settings.since,
        until: settings.until,
        ...evidenceSources({
          client,
          authenticated: Boolean(apiToken),
          log: runtime.log,
          trust: readVerifierTrust(inputs),
          serverUrl: runtime.context.serverUrl,
          repository: settings.repository,
          githubRepository: inputs.optional('github-repository'),
        }),
      })
    : undefined;
  const report = await generateDeploymentReport({
    ...settings,
    ...access,
    ...(verified && 'counts' in verified ? { verification: verified.counts } : {}),
    ...(verified && 'notCounted' in verified ? { verificationNotCounted: verified.notCounted } : {}),
  });
  runtime.setOutput('report', settings.reportFile);
  await runtime.appendSummary(renderReportSummary(report));
}
