import { copyAttestations, readVerifySettings, verifyImageAttestations } from '@shipgate/attest';
import { ConfigurationError, InputReader, type Runtime, runOnGitHub, Summary } from '@shipgate/core';
import { parseTargetRepository, promote } from '@shipgate/gitops';
import { RegistryClient } from '@shipgate/image';

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const inputs = new InputReader(runtime);
  const token = inputs.optional('token');
  runtime.setSecret(token);
  const registryPassword = inputs.optional('registry-password');
  runtime.setSecret(registryPassword);
  runtime.setSecret(inputs.optional('github-token'));
  const registryUsername = inputs.optional('registry-username');
  if (Boolean(registryUsername) !== Boolean(registryPassword)) {
    throw new ConfigurationError('Inputs "registry-username" and "registry-password" must be given together.');
  }
  const toImage = inputs.optional('to-image');
  const settings = {
    app: inputs.required('app'),
    fromEnvironment: inputs.required('from-environment'),
    toEnvironment: inputs.required('to-environment'),
    toImage: toImage ? parseTargetRepository(toImage) : undefined,
    tlsVerify: inputs.boolean('tls-verify', true),
    repository: inputs.required('repository'),
    branch: inputs.branch('branch'),
    token,
    path: inputs.optional('path'),
    verify: readVerifySettings({ inputs, context: runtime.context }),
  };
  const credentials =
    registryUsername && registryPassword ? { username: registryUsername, password: registryPassword } : undefined;

  const registry = new RegistryClient({
    log: runtime.log,
    insecure: !settings.tlsVerify,
    credentials: () => credentials,
  });
  const { verify } = settings;
  const result = await promote({
    ...settings,
    verifyImage: verify
      ? (imageRef) => verifyImageAttestations({ ...verify, imageRef, registry, credentials, log: runtime.log })
      : undefined,
    copyAttestations: verify
      ? (fromRef, toRef) => copyAttestations(fromRef, toRef, { registry, credentials, log: runtime.log })
      : undefined,
    exec: runtime.exec,
    log: runtime.log,
    registry: settings.toImage ? registry : undefined,
    setSecret: (secret) => runtime.setSecret(secret),
    serverUrl: runtime.context.serverUrl,
    workspace: runtime.workspace,
    tempDir: runtime.tempDir,
  });

  runtime.setOutput('image-ref', result.imageRefs.join('\n'));
  runtime.setOutput('source', result.source);
  runtime.setOutput('source-time', result.sourceTime);
  runtime.setOutput('scan-verdict', result.scanVerdict);
  runtime.setOutput('scan', result.scan);
  runtime.setOutput('config-hash', result.configHash);
  if (verify) runtime.setOutput('attestations', result.attestations.join('\n'));
  runtime.setOutput('commit-sha', '');
  await runtime.appendSummary(
    new Summary()
      .heading(`Promote ${settings.app}: ${settings.fromEnvironment} → ${settings.toEnvironment}`)
      .table(
        ['', 'value'],
        [
          ['from deploy commit', result.fromCommit],
          ['image', result.fromImageRefs.join('<br>')],
          ...(settings.toImage ? [['copied to (digest unchanged)', result.imageRefs.join('<br>')]] : []),
          ['source', result.source],
          ['scan', result.scan],
          ['config hash', result.configHash],
          ...(verify ? [['attestations verified', result.attestations.join('<br>')]] : []),
        ],
      )
      .paragraph(
        `Nothing is committed yet: render-manifests, approval-gate and gitops-commit deploy this image to ${settings.toEnvironment}.`,
      )
      .toString(),
  );
}
