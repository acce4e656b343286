import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { basicAuthForms, type Exec, ShipgateError } from '@shipgate/core';
import {
  type BuildDependencies,
  type BuildOutcome,
  type BuildRequest,
  type ImageBuilder,
  requestReferences,
} from './backend';
import { type SecretSource, secretArgs, writeSecretSources } from './build-secrets';
import { sshArgs } from './build-ssh';
import { pushWithRetries } from './push-retry';

/**
 * The arguments of `docker buildx build`; pure, so the command line is tested as data. Cache and
 * annotation entries go to buildx as written (build-push-action's semantics); `secretSources` are
 * the files holding the request's secrets.
 */
export function buildxBuildArgs(
  request: BuildRequest,
  metadataFile: string,
  secretSources: readonly SecretSource[] = [],
): string[] {
  const args = ['buildx', 'build', '--file', request.file, '--metadata-file', metadataFile];
  for (const reference of requestReferences(request)) args.push('--tag', reference);
  for (const [key, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  for (const annotation of request.annotations ?? []) args.push('--annotation', annotation.raw);
  if (request.target) args.push('--target', request.target);
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  for (const entry of request.cacheFrom ?? []) args.push('--cache-from', entry.raw);
  for (const entry of request.cacheTo ?? []) args.push('--cache-to', entry.raw);
  args.push(...secretArgs(secretSources));
  args.push(...sshArgs(request.ssh ?? []));
  if (request.push) {
    // `--push` cannot say "plain HTTP"; the image exporter can, per build, without touching buildkitd.toml.
    args.push('--output', request.tlsVerify ? 'type=image,push=true' : 'type=image,push=true,registry.insecure=true');
  } else if (request.platforms.length <= 1) {
    // Several platforms cannot be loaded into the daemon's image store; then the result stays in the cache.
    args.push('--load');
  }
  args.push(request.context);
  return args;
}

export interface BuildxMetadata {
  /** The pushed manifest or index digest (`containerimage.digest`). */
  digest?: string;
  /** `containerimage.descriptor.mediaType`: an index for multi-platform builds. */
  mediaType?: string;
  /** `containerimage.config.digest`, the image ID for single-platform builds. */
  configDigest?: string;
  /** `image.name`: the comma-separated names the image was exported as. */
  imageNames: string[];
}

/**
 * Reads the JSON buildx writes with `--metadata-file` (documented keys `containerimage.digest`,
 * `containerimage.descriptor`, `containerimage.config.digest`, `image.name`).
 */
export function parseBuildxMetadata(json: string): BuildxMetadata {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new ShipgateError('docker buildx wrote a metadata file that is not JSON.');
  }
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const descriptor = data['containerimage.descriptor'] as { mediaType?: unknown; digest?: unknown } | undefined;
  const digest = text(data['containerimage.digest']) ?? text(descriptor?.digest);
  if (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw new ShipgateError(`docker buildx reported "${digest}" as the image digest, which is not a sha256 digest.`);
  }
  return {
    digest,
    mediaType: text(descriptor?.mediaType),
    configDigest: text(data['containerimage.config.digest']),
    imageNames: (text(data['image.name']) ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  };
}

/** Whether a Docker daemon answers; `builder: auto` uses docker then. */
export async function dockerDaemonAnswers(exec: Exec, env?: Readonly<Record<string, string | undefined>>) {
  try {
    const result = await exec('docker', ['info', '--format', '{{json .ServerVersion}}'], {
      env,
      quiet: true,
      ignoreReturnCode: true,
      timeoutMs: 15_000,
    });
    return result.exitCode === 0 && result.stdout.trim() !== '' && result.stdout.trim() !== '""';
  } catch {
    // Not on PATH, or hung: either way there is no daemon to use.
    return false;
  }
}

/** `docker buildx build --metadata-file`, pushing with the image exporter. */
export class DockerBuilder implements ImageBuilder {
  readonly name = 'docker' as const;
  constructor(private readonly deps: BuildDependencies) {}

  async build(request: BuildRequest): Promise<BuildOutcome> {
    const { log, exec, env } = this.deps;
    const scratch = await mkdtemp(join(this.deps.tempDir, 'shipgate-buildx-'));
    const registry = request.repository.domain;
    let loggedIn = false;
    try {
      if (request.credentials) {
        const { username, password } = request.credentials;
        for (const form of basicAuthForms(username, password)) this.deps.setSecret(form);
        await exec('docker', ['login', '--username', username, '--password-stdin', registry], {
          input: password,
          env,
        });
        loggedIn = true;
      }
      const metadataFile = join(scratch, 'metadata.json');
      const secretSources = await writeSecretSources(scratch, request.secrets ?? []);
      for (const secret of request.secrets ?? []) if ('value' in secret) this.deps.setSecret(secret.value);
      const buildArgs = buildxBuildArgs(request, metadataFile, secretSources);
      const build = () =>
        exec('docker', buildArgs, {
          env,
          streamOutput: { group: `Building ${request.repository.name} with docker buildx` },
        });
      // buildx has no push retry of its own: a push that met a transient fault runs the build
      // again, which the build cache answers at once, and only the push is repeated.
      await (request.push
        ? pushWithRetries({ reference: request.repository.name }, request.pushRetry, log, build)
        : build());
      const metadata = parseBuildxMetadata(await readFile(metadataFile, 'utf8'));
      const references = requestReferences(request);
      if (request.push && !metadata.digest) {
        // build-push-action #906/#1435: an empty digest must fail the step, never flow downstream.
        throw new ShipgateError('docker buildx pushed but reported no containerimage.digest in its metadata file.');
      }
      return {
        ...(request.push ? { digest: metadata.digest } : {}),
        ...(metadata.configDigest ? { imageId: metadata.configDigest } : {}),
        references,
      };
    } finally {
      // docker login stores the credential in the user's config; the step must not leave it there.
      if (loggedIn) await exec('docker', ['logout', registry], { env, ignoreReturnCode: true, quiet: true });
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
