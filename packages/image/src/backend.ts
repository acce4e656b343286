import type { Exec, Logger } from '@shipgate/core';
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
  /** The repository, without tag or digest. */
  repository: ImageReference;
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
