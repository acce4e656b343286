import { join, resolve } from 'node:path';
import { type AttachedAttestation, type AttestSettings, attestBuild, readAttestSettings } from '@shipgate/attest';
import { basicAuthForms, ConfigurationError, InputReader, type Runtime, runOnGitHub, Summary } from '@shipgate/core';
import {
  BUILDER_CHOICES,
  type BuildImageResult,
  type BuildImageSettings,
  buildImage,
  DEFAULT_PUSH_RETRIES,
  ImageReferenceError,
  lowercaseRepositoryPath,
  MAX_PUSH_RETRIES,
  parseBuildArgs,
  parseImageReference,
  RegistryClient,
} from '@shipgate/image';

/** Every input read, defaulted and checked; paths absolute. */
export function readSettings(runtime: Runtime): BuildImageSettings & { attest?: AttestSettings } {
  const inputs = new InputReader(runtime);
  const imageWritten = inputs.required('image');
  const imageInput = lowercaseRepositoryPath(imageWritten);
  if (imageInput !== imageWritten) {
    runtime.log.notice(
      `Input "image" is ${imageWritten}; using ${imageInput}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`,
    );
  }
  let repository: BuildImageSettings['repository'];
  try {
    repository = parseImageReference(imageInput);
  } catch (error) {
    if (error instanceof ImageReferenceError) {
      throw new ConfigurationError(`Input "image" is not a valid repository: ${error.message}`);
    }
    throw error;
  }
  const username = inputs.optional('registry-username');
  const password = inputs.optional('registry-password');
  if (password) for (const form of basicAuthForms(username ?? '', password)) runtime.setSecret(form);
  if (Boolean(username) !== Boolean(password)) {
    throw new ConfigurationError(
      `Input "${password ? 'registry-username' : 'registry-password'}" is required when "${password ? 'registry-password' : 'registry-username'}" is set.`,
    );
  }
  const attest = readAttestSettings({
    inputs,
    env: runtime.env,
    context: runtime.context,
    setSecret: (secret) => runtime.setSecret(secret),
    idToken: (audience) => runtime.idToken(audience),
  });
  const context = resolve(runtime.workspace, inputs.string('context', '.'));
  const file = inputs.optional('file');
  return {
    repository,
    context,
    file: file ? resolve(runtime.workspace, file) : join(context, 'Dockerfile'),
    extraTags: inputs.list('tags'),
    buildArgs: parseBuildArgs(inputs.lines('build-args')),
    labelEntries: inputs.lines('labels'),
    target: inputs.optional('target'),
    platforms: inputs.list('platforms'),
    push: inputs.boolean('push', true),
    pushRetries: inputs.integer('push-retries', { min: 0, max: MAX_PUSH_RETRIES, default: DEFAULT_PUSH_RETRIES }),
    builder: inputs.enum('builder', BUILDER_CHOICES, 'auto'),
    tlsVerify: inputs.boolean('tls-verify', true),
    ...(username && password ? { credentials: { username, password } } : {}),
    git: runtime.context,
    ...(attest ? { attest } : {}),
  };
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const settings = readSettings(runtime);
  const result = await buildImage(
    {
      log: runtime.log,
      exec: runtime.exec,
      tempDir: runtime.tempDir,
      setSecret: (secret) => runtime.setSecret(secret),
    },
    settings,
  );
  let attestations: AttachedAttestation[] = [];
  if (settings.attest && settings.push && result.imageRef) {
    attestations = await attestBuild(settings.attest, result.imageRef, {
      log: runtime.log,
      registry: new RegistryClient({
        log: runtime.log,
        insecure: !settings.tlsVerify,
        credentials: () => settings.credentials,
      }),
      credentials: settings.credentials,
      setSecret: (secret) => runtime.setSecret(secret),
    });
  }
  runtime.setOutput('digest', result.digest ?? '');
  runtime.setOutput('image-ref', result.imageRef ?? '');
  runtime.setOutput('image-id', result.imageId ?? '');
  runtime.setOutput('tags', result.references.join('\n'));
  runtime.setOutput('metadata', {
    tags: result.references,
    labels: result.labels,
    digest: result.digest ?? null,
    'image-ref': result.imageRef ?? null,
    builder: result.builder,
    platforms: result.platforms,
    version: result.version,
    revision: result.revision,
  });
  if (settings.attest) runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
  await runtime.appendSummary(renderSummary(result, settings.push, attestations));
}

function renderSummary(result: BuildImageResult, pushed: boolean, attestations: AttachedAttestation[]): string {
  const summary = new Summary().heading('Image built');
  summary.table(
    ['Field', 'Value'],
    [
      ['Image', result.imageRef ? `\`${result.imageRef}\`` : 'not pushed'],
      ['Digest', result.digest ? `\`${result.digest}\`` : 'not pushed'],
      ['Builder', result.builder],
      ['Platforms', result.platforms.length > 0 ? result.platforms.join(', ') : 'builder default'],
      ['Version', result.version],
      ['Revision', result.revision ? `\`${result.revision}\`` : ''],
      ...(attestations.length > 0 ? [['Provenance', `signed, attached as \`${attestations[0]!.artifact}\``]] : []),
    ],
  );
  summary.heading(pushed ? 'Tags (each checked on the registry)' : 'Tags (built, not pushed)', 3);
  summary.list(result.references.map((reference) => `\`${reference}\``));
  const labels = new Summary().table(
    ['Label', 'Value'],
    Object.entries(result.labels).map(([key, value]) => [key, value]),
  );
  summary.details(`Labels (${Object.keys(result.labels).length})`, labels.toString());
  return summary.toString();
}
