import type { Exec, Logger } from '@shipgate/core';
import type { Annotation } from './annotations';
import type { CacheEntry } from './build-cache';
import type { BuildSecret } from './build-secrets';
import type { SshSource } from './build-ssh';
import type { PushRetryPolicy } from './push-retry';
import type { ImageReference } from './reference';

/** What a build backend needs from its caller; the same in the action, the CLI and tests. */
export interface BuildDependencies {
  log: Logger;
  exec: Exec;
  /** Scratch space; credentials written here are removed before the build returns. */
  tempDir: string;
  /** Registers a secret for masking (runtime.setSecret). */
  setSecret(secret: string): void;
  /** Extra environment for the tools (e.g. STORAGE_DRIVER in tests); the backend hard-codes none. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface BuildRequest {
  /** Absolute path of the build context. */
  context: string;
  /** Absolute path of the Dockerfile/Containerfile. */
  file: string;
  /** The repository, without tag or digest; registry credentials are for its registry. */
  repository: ImageReference;
  /** More repositories (the `images` input) that get the same tags and the same image. */
  extraRepositories?: readonly ImageReference[];
  /** Tag names (not full references); at least one. */
  tags: readonly string[];
  buildArgs: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  target?: string;
  /** `os/arch[/variant]`; empty for the builder's default. */
  platforms: readonly string[];
  push: boolean;
  /** Retries of a push that met a transient registry fault; default 3, 2 s. */
  pushRetry?: PushRetryPolicy;
  tlsVerify: boolean;
  credentials?: { username: string; password: string };
  /** Caches to build from and to (build-push-action's entries); buildah takes one registry repository each. */
  cacheFrom?: readonly CacheEntry[];
  cacheTo?: readonly CacheEntry[];
  secrets?: readonly BuildSecret[];
  ssh?: readonly SshSource[];
  annotations?: readonly Annotation[];
}

export interface BuildOutcome {
  /** The manifest (or index) digest in the registry; undefined only when nothing was pushed. */
  digest?: string;
  /** The local image ID (config digest for buildah), when the backend reports one. */
  imageId?: string;
  /** Full references (`repository:tag`) that were pushed, or built locally when not pushing. */
  references: string[];
}

export interface ImageBuilder {
  readonly name: 'buildah' | 'docker';
  build(request: BuildRequest): Promise<BuildOutcome>;
}

export function tagReference(repository: ImageReference, tag: string): string {
  return `${repository.name}:${tag}`;
}

/** Every `repository:tag` a build names: each repository (the first one first) with each tag. */
export function requestReferences(request: Pick<BuildRequest, 'repository' | 'extraRepositories' | 'tags'>): string[] {
  const repositories = [request.repository, ...(request.extraRepositories ?? [])];
  return repositories.flatMap((repository) => request.tags.map((tag) => tagReference(repository, tag)));
}
