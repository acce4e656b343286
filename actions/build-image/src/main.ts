import { join, resolve } from 'node:path';
import { type AttachedAttestation, type AttestSettings, attestBuild, readAttestSettings } from '@shipgate/attest';
import { basicAuthForms, ConfigurationError, InputReader, type Runtime, runOnGitHub, Summary } from '@shipgate/core';
import {
  BUILDER_CHOICES,
  type BuildImageResult,
  type BuildImageSettings,
  buildImage,
  DEFAULT_PUSH_RETRIES,
  type ImageReference,
  ImageReferenceError,
  lowercaseRepositoryPath,
  MAX_PUSH_RETRIES,
  parseAnnotations,
  parseBuildArgs,
  parseCacheEntries,
  parseImageReference,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues,
  parseSshSources,
  RegistryClient,
} from '@shipgate/image';

/** Every input read, defaulted and checked; paths absolute. */
export function readSettings(runtime: Runtime): BuildImageSettings & { attest?: AttestSettings } {
  const inputs = new InputReader(runtime);
  const [repository, ...extraRepositories] = readRepositories(runtime, inputs);
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
    repository: repository as ImageReference,
    ...(extraRepositories.length > 0 ? { extraRepositories } : {}),
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
    ...readBuildOptions(runtime, inputs),
    git: runtime.context,
    ...(attest ? { attest } : {}),
  };
}

/**
 * `image`, then `images` (metadata-action's name), lowercased with a notice as metadata-action
 * does; at least one. The first is the one `image-ref` names and the credentials are for.
 */
function readRepositories(runtime: Runtime, inputs: InputReader): ImageReference[] {
  const image = inputs.optional('image');
  const written = [
    ...(image ? [{ input: 'image', value: image }] : []),
    ...inputs.list('images').map((value) => ({ input: 'images', value })),
  ];
  if (written.length === 0) throw new ConfigurationError('Input "image" (or "images") is required.');
  const repositories = new Map<string, ImageReference>();
  for (const { input, value } of written) {
    const lowercased = lowercaseRepositoryPath(value);
    if (lowercased !== value) {
      runtime.log.notice(
        `Input "${input}" ${input === 'image' ? 'is' : 'has'} ${value}; using ${lowercased}, as a repository path must be lowercase (docker/metadata-action lowercases it too).`,
      );
    }
    try {
      const repository = parseImageReference(lowercased);
      repositories.set(repository.toString(), repository);
    } catch (error) {
      if (error instanceof ImageReferenceError) {
        const subject = input === 'image' ? 'Input "image" is' : `Input "images" has "${value}", which is`;
        throw new ConfigurationError(`${subject} not a valid repository: ${error.message}`);
      }
      throw error;
    }
  }
  return [...repositories.values()];
}

/** build-push-action's inputs for caches, secrets, ssh and annotations; every secret value masked first. */
function readBuildOptions(
  runtime: Runtime,
  inputs: InputReader,
): Pick<BuildImageSettings, 'cacheFrom' | 'cacheTo' | 'secrets' | 'ssh' | 'annotations'> {
  const inWorkspace = (path: string) => resolve(runtime.workspace, path);
  const values = [
    ...parseSecretValues(inputs.string('secrets', '')),
    ...parseSecretEnvs(inputs.list('secret-envs'), runtime.env),
  ];
  for (const { value } of values) runtime.setSecret(value);
  const secrets = [...values, ...parseSecretFiles(inputs.lines('secret-files'), inWorkspace)];
  const ssh = parseSshSources(inputs.lines('ssh'), {
    ...(runtime.env.SSH_AUTH_SOCK ? { sshAuthSock: runtime.env.SSH_AUTH_SOCK } : {}),
    resolvePath: inWorkspace,
  });
  const cacheFrom = parseCacheEntries(inputs.lines('cache-from'), 'cache-from');
  const cacheTo = parseCacheEntries(inputs.lines('cache-to'), 'cache-to');
  const annotations = parseAnnotations(inputs.lines('annotations'));
  return {
    ...(cacheFrom.length > 0 ? { cacheFrom } : {}),
    ...(cacheTo.length > 0 ? { cacheTo } : {}),
    ...(secrets.length > 0 ? { secrets } : {}),
    ...(ssh.length > 0 ? { ssh } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
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
  const attestations: AttachedAttestation[] = [];
  if (settings.attest && settings.push) {
    // Referrers live in each repository: every pushed repository gets the provenance attached.
    // The credentials are for the first repository's registry and go to no other.
    const credentialsFor = (domain: string) =>
      domain === settings.repository.domain ? settings.credentials : undefined;
    const registry = new RegistryClient({
      log: runtime.log,
      insecure: !settings.tlsVerify,
      credentials: credentialsFor,
    });
    for (const imageRef of result.imageRefs) {
      const credentials = credentialsFor(parseImageReference(imageRef).domain);
      attestations.push(
        ...(await attestBuild(settings.attest, imageRef, {
          log: runtime.log,
          registry,
          credentials,
          setSecret: (secret) => runtime.setSecret(secret),
        })),
      );
    }
  }
  runtime.setOutput('digest', result.digest ?? '');
  runtime.setOutput('image-ref', result.imageRef ?? '');
  runtime.setOutput('image-refs', result.imageRefs.join('\n'));
  runtime.setOutput('image-refs-json', JSON.stringify(result.imageRefs));
  runtime.setOutput('image-id', result.imageId ?? '');
  runtime.setOutput('tags', result.references.join('\n'));
  runtime.setOutput('metadata', {
    tags: result.references,
    labels: result.labels,
    digest: result.digest ?? null,
    'image-ref': result.imageRef ?? null,
    'image-refs': result.imageRefs,
    builder: result.builder,
    platforms: result.platforms,
    version: result.version,
    revision: result.revision,
  });
  if (settings.attest) runtime.setOutput('attestations', attestations.map((entry) => entry.artifact).join('\n'));
  await runtime.appendSummary(renderSummary(result, settings, attestations));
}

function renderSummary(
  result: BuildImageResult,
  settings: BuildImageSettings,
  attestations: AttachedAttestation[],
): string {
  const pushed = settings.push;
  const caches = [
    ...(settings.cacheFrom ?? []).map((entry) => `from \`${entry.raw}\``),
    ...(settings.cacheTo ?? []).map((entry) => `to \`${entry.raw}\``),
  ];
  const secretIds = (settings.secrets ?? []).map((secret) => `\`${secret.id}\``);
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
      ...(caches.length > 0 ? [['Cache', caches.join(', ')]] : []),
      ...(secretIds.length > 0 ? [['Build secrets', secretIds.join(', ')]] : []),
      ...(attestations.length > 0
        ? [['Provenance', `signed, attached as ${attestations.map((entry) => `\`${entry.artifact}\``).join(', ')}`]]
        : []),
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
