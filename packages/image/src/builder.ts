import { stat } from 'node:fs/promises';
import { ConfigurationError, ShipgateError } from '@shipgate/core';
import type { Annotation } from './annotations';
import type { BuildDependencies, BuildRequest, ImageBuilder } from './backend';
import type { CacheEntry } from './build-cache';
import { type BuildSecret, checkBuildSecrets } from './build-secrets';
import { checkSshSources, type SshSource } from './build-ssh';
import { BuildahBuilder, checkBuildahSupport } from './buildah';
import { DockerBuilder, dockerDaemonAnswers } from './docker';
import { computeImageMetadata, type GitContext } from './metadata';
import { DEFAULT_PUSH_RETRIES, DEFAULT_PUSH_RETRY_DELAY_MS, PushError } from './push-retry';
import type { ImageReference } from './reference';
import { RegistryClient, RegistryError } from './registry-client';

export type BuilderChoice = 'auto' | 'buildah' | 'docker';
export const BUILDER_CHOICES: readonly BuilderChoice[] = ['auto', 'buildah', 'docker'];

export interface BuildImageSettings {
  /** The repository to build into (no tag, no digest); `credentials` are for its registry. */
  repository: ImageReference;
  /** More repositories (the `images` input) that get the same tags and the same digest. */
  extraRepositories?: readonly ImageReference[];
  /** Absolute paths. */
  context: string;
  file: string;
  /** The `tags` input: raw tags added to the ones from git. */
  extraTags: readonly string[];
  /** `KEY=VALUE` entries. */
  buildArgs: Readonly<Record<string, string>>;
  /** `key=value` entries (the `labels` input) that add to or override the OCI labels. */
  labelEntries: readonly string[];
  target?: string;
  platforms: readonly string[];
  push: boolean;
  /** Retries of a push that met a transient registry fault (the `push-retries` input); default 3. */
  pushRetries?: number;
  builder: BuilderChoice;
  tlsVerify: boolean;
  credentials?: { username: string; password: string };
  /** The `cache-from` and `cache-to` entries. */
  cacheFrom?: readonly CacheEntry[];
  cacheTo?: readonly CacheEntry[];
  /** From `secrets`, `secret-envs` (values, already masked) and `secret-files` (absolute paths). */
  secrets?: readonly BuildSecret[];
  ssh?: readonly SshSource[];
  annotations?: readonly Annotation[];
  git: GitContext;
  now?: Date;
}

export interface BuildImageResult {
  /** The digest the registry serves for every pushed tag; undefined only when not pushing. */
  digest?: string;
  /** `repository@digest`, for the first repository. */
  imageRef?: string;
  /** `repository@digest` for every repository, the first one first; empty when not pushing. */
  imageRefs: string[];
  imageId?: string;
  /** Full references, `repository:tag`. */
  references: string[];
  tags: string[];
  labels: Record<string, string>;
  builder: 'buildah' | 'docker';
  platforms: string[];
  version: string;
  revision: string;
}

export interface BuildImageDependencies extends BuildDependencies {
  /** Chooses the backend; tests pass their own. Default: buildah or docker by `settings.builder`. */
  createBuilder?: (name: 'buildah' | 'docker', deps: BuildDependencies) => ImageBuilder;
  /** Registry client options for the post-push check (retry timing in tests). */
  registryRetry?: { baseDelayMs?: number; maxDelayMs?: number; attempts?: number };
  /** The delay before the first push retry (default 2 s); tests pass 0. */
  pushRetryDelayMs?: number;
}

const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/**
 * Builds an image and (optionally) pushes every tag, then asks the registry for each tag's digest
 * and fails unless all equal the pushed digest. Everything that can be checked is checked before
 * the build starts, so bad input pushes nothing.
 */
export async function buildImage(
  deps: BuildImageDependencies,
  settings: BuildImageSettings,
): Promise<BuildImageResult> {
  const { log } = deps;
  const metadata = await checkBuildSettings(settings);

  const builderName = settings.builder === 'auto' ? await pickBuilder(deps) : settings.builder;
  const request = buildRequestOf(settings, metadata.tags, metadata.labels, deps);
  if (builderName === 'buildah') checkBuildahSupport(request);
  log.info(`Builder: ${builderName}${settings.builder === 'auto' ? ' (auto)' : ''}`);

  const repositories = [settings.repository, ...(settings.extraRepositories ?? [])];
  const domains = [...new Set(repositories.map((repository) => repository.domain))];
  const registry = new RegistryClient({
    log,
    insecure: settings.tlsVerify ? false : domains,
    credentials: settings.credentials ? { [settings.repository.domain]: settings.credentials } : undefined,
    retry: deps.registryRetry,
  });
  if (settings.credentials) deps.setSecret(settings.credentials.password);
  if (settings.push) {
    // Before a minutes-long build: an unreachable registry or refused credentials fail now.
    for (const domain of domains) await registry.ping(domain);
  }

  const create = deps.createBuilder ?? defaultBuilder;
  const outcome = await create(builderName, deps)
    .build(request)
    .catch(async (error: unknown) => {
      throw error instanceof PushError ? await explainFailedPush(registry, error) : error;
    });

  let digest: string | undefined;
  if (settings.push) {
    if (!outcome.digest) throw new ShipgateError(`The ${builderName} build pushed but reported no digest.`);
    digest = outcome.digest;
    await log.group('Checking the pushed tags on the registry', () =>
      verifyPushedTags(registry, outcome.references, digest as string, log),
    );
  }
  return {
    ...(digest ? { digest, imageRef: `${settings.repository.name}@${digest}` } : {}),
    imageRefs: digest ? repositories.map((repository) => `${repository.name}@${digest}`) : [],
    ...(outcome.imageId ? { imageId: outcome.imageId } : {}),
    references: outcome.references,
    tags: metadata.tags,
    labels: metadata.labels,
    builder: builderName,
    platforms: [...settings.platforms],
    version: metadata.version,
    revision: metadata.revision,
  };
}

/** What a builder is asked to do, from the settings and the tags and labels computed from them. */
function buildRequestOf(
  settings: BuildImageSettings,
  tags: string[],
  labels: Record<string, string>,
  deps: BuildImageDependencies,
): BuildRequest {
  return {
    context: settings.context,
    file: settings.file,
    repository: settings.repository,
    ...(settings.extraRepositories?.length ? { extraRepositories: settings.extraRepositories } : {}),
    tags,
    buildArgs: settings.buildArgs,
    labels,
    target: settings.target,
    platforms: settings.platforms,
    push: settings.push,
    pushRetry: {
      retries: settings.pushRetries ?? DEFAULT_PUSH_RETRIES,
      delayMs: deps.pushRetryDelayMs ?? DEFAULT_PUSH_RETRY_DELAY_MS,
    },
    tlsVerify: settings.tlsVerify,
    credentials: settings.credentials,
    ...(settings.cacheFrom?.length ? { cacheFrom: settings.cacheFrom } : {}),
    ...(settings.cacheTo?.length ? { cacheTo: settings.cacheTo } : {}),
    ...(settings.secrets?.length ? { secrets: settings.secrets } : {}),
    ...(settings.ssh?.length ? { ssh: settings.ssh } : {}),
    ...(settings.annotations?.length ? { annotations: settings.annotations } : {}),
  };
}

/** Every check that needs no builder and no registry, before anything runs; the image's tags and labels. */
async function checkBuildSettings(settings: BuildImageSettings): Promise<ReturnType<typeof computeImageMetadata>> {
  if (settings.repository.tag || settings.repository.digest) {
    throw new ConfigurationError(
      `Input "image" must be a repository without tag or digest, got "${settings.repository}"; put tags in "tags".`,
    );
  }
  for (const repository of settings.extraRepositories ?? []) {
    if (repository.tag || repository.digest) {
      throw new ConfigurationError(
        `Input "images" must list repositories without tag or digest, got "${repository}"; put tags in "tags".`,
      );
    }
  }
  await checkBuildSecrets(settings.secrets ?? []);
  await checkSshSources(settings.ssh ?? []);
  await requireDirectory(settings.context, 'context');
  await requireFile(settings.file, 'file');
  for (const platform of settings.platforms) {
    if (!PLATFORM_PATTERN.test(platform)) {
      throw new ConfigurationError(`Input "platforms" has "${platform}", which is not of the form os/arch[/variant].`);
    }
  }
  const metadata = computeImageMetadata({
    context: settings.git,
    tags: settings.extraTags,
    labels: settings.labelEntries,
    now: settings.now,
  });
  if (metadata.tags.length === 0) {
    throw new ConfigurationError('Input "tags" is required when there is no git ref or commit to derive tags from.');
  }
  return metadata;
}

/** Every pushed tag must be served as the pushed digest; a check that cannot be made says so. */
async function verifyPushedTags(
  registry: RegistryClient,
  references: readonly string[],
  digest: string,
  log: BuildDependencies['log'],
): Promise<void> {
  for (const reference of references) {
    let served: string;
    try {
      served = await registry.resolveDigest(reference);
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      throw new ShipgateError(
        `${reference} was pushed as ${digest} but not verified: ${lowerFirst(error.message)} Re-run to verify it.`,
      );
    }
    if (served !== digest) {
      throw new ShipgateError(`The registry serves ${reference} as ${served}, not the pushed digest ${digest}.`);
    }
    log.info(`${reference} → ${served}`);
  }
}

/**
 * A push that failed for good may still have landed (the manifest PUT went through and its answer
 * was lost). The registry is asked: when the tag serves this build's image (its config is the
 * local image ID) it is "pushed but not verified", else "not pushed".
 */
async function explainFailedPush(registry: RegistryClient, error: PushError): Promise<ShipgateError> {
  const reason = error.failure.lastStderrLine || error.failure.message;
  let served: { digest: string; manifestDigest: string } | undefined;
  try {
    served = (await registry.headManifest(error.reference))
      ? await registry.getImageConfig(error.reference)
      : undefined;
  } catch (probe) {
    const detail = probe instanceof Error ? probe.message : String(probe);
    return new ShipgateError(
      `Pushing ${error.reference} failed (${reason}), and whether it landed is unknown: ${lowerFirst(detail)}`,
    );
  }
  if (served && error.imageId && served.digest === error.imageId) {
    return new ShipgateError(
      `Pushing ${error.reference} failed (${reason}), but the registry serves this build there as ` +
        `${served.manifestDigest}: pushed but not verified; re-run the step to verify it.`,
    );
  }
  if (served && !error.imageId) {
    return new ShipgateError(
      `Pushing ${error.reference} failed (${reason}); the registry serves ${served.manifestDigest} there, which may be an earlier push.`,
    );
  }
  return new ShipgateError(`${error.reference} was not pushed: ${reason}`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

async function pickBuilder(deps: BuildDependencies): Promise<'buildah' | 'docker'> {
  return (await dockerDaemonAnswers(deps.exec, deps.env)) ? 'docker' : 'buildah';
}

function defaultBuilder(name: 'buildah' | 'docker', deps: BuildDependencies): ImageBuilder {
  return name === 'docker' ? new DockerBuilder(deps) : new BuildahBuilder(deps);
}

async function requireDirectory(path: string, input: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory())
    throw new ConfigurationError(`Input "${input}" must be a directory, but ${path} is not one.`);
}

async function requireFile(path: string, input: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ConfigurationError(`Input "${input}" names ${path}, which does not exist.`);
}

/** `KEY=VALUE` lines (the `build-args` input) into an object; the value may contain `=`. */
export function parseBuildArgs(entries: readonly string[], inputName = 'build-args'): Record<string, string> {
  const args: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const key = equals > 0 ? entry.slice(0, equals).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ConfigurationError(`Input "${inputName}" has "${entry}", which is not of the form NAME=value.`);
    }
    args[key] = entry.slice(equals + 1);
  }
  return args;
}
