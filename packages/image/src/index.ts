export { type Annotation, buildahAnnotationArgs, parseAnnotations } from './annotations';
export {
  type BuildDependencies,
  type BuildOutcome,
  type BuildRequest,
  type ImageBuilder,
  requestReferences,
} from './backend';
export { buildahCacheRepository, type CacheDirection, type CacheEntry, parseCacheEntries } from './build-cache';
export {
  type BuildSecret,
  checkBuildSecrets,
  parseSecretEnvs,
  parseSecretFiles,
  parseSecretValues,
  type SecretSource,
  secretArgs,
  writeSecretSources,
} from './build-secrets';
export { checkSshSources, parseSshSources, type SshSource, sshArgs } from './build-ssh';
export {
  BuildahBuilder,
  buildahBuildArgs,
  buildahLoginArgs,
  buildahPushArgs,
  checkBuildahSupport,
  parseDigestFile,
  requireOneDigest,
} from './buildah';
export {
  BUILDER_CHOICES,
  type BuilderChoice,
  type BuildImageDependencies,
  type BuildImageResult,
  type BuildImageSettings,
  buildImage,
  parseBuildArgs,
} from './builder';
export {
  type BuildxMetadata,
  buildxBuildArgs,
  DockerBuilder,
  dockerDaemonAnswers,
  parseBuildxMetadata,
} from './docker';
export {
  computeImageMetadata,
  type GitContext,
  type ImageMetadata,
  type ImageMetadataOptions,
  parseLabels,
  revisionOf,
  sanitizeTag,
  semverTags,
} from './metadata';
export {
  DEFAULT_PUSH_RETRIES,
  DEFAULT_PUSH_RETRY_DELAY_MS,
  isTransientPushFailure,
  MAX_PUSH_RETRIES,
  PushError,
  type PushRetryPolicy,
} from './push-retry';
export {
  DEFAULT_DOMAIN,
  type ImageReference,
  ImageReferenceError,
  isValidTag,
  lowercaseRepositoryPath,
  NAME_TOTAL_LENGTH_MAX,
  type ParseImageReferenceOptions,
  parseImageReference,
  requireDigestReference,
  sameRepository,
  withDigest,
  withTag,
} from './reference';
export {
  basicAuthorization,
  DEFAULT_MAX_RETRY_AFTER_MS,
  type Descriptor,
  type FetchedManifest,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  isRetryableRegistryError,
  MEDIA_TYPES,
  parseChallenge,
  RegistryClient,
  type RegistryClientOptions,
  type RegistryCredentials,
  RegistryError,
  type RegistryRetryOptions,
  sha256Digest,
} from './registry-client';
