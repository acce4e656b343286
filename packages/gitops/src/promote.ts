import { ConfigurationError, type Exec, type Logger, ShipgateError } from '@shipgate/core';
import { type RepositoryAccess, repositoryAccess } from '@shipgate/git';
import { type ImageReference, ImageReferenceError, parseImageReference } from '@shipgate/image';
import { type Deployment, readDeployments, sameCommit, scanVerdictOf } from '@shipgate/trail';

/** What promote hands to the next steps (render-manifests, approval-gate, gitops-commit). */
export interface PromotionCandidate {
  /** The current deployment of the from-environment. */
  deployment: Deployment;
  imageRefs: string[];
  source: string;
  /** Committer time of the source commit; gitops-commit orders deploys of the target by it. */
  sourceTime: string;
  scanVerdict: 'pass';
  /** The whole `Shipgate-Scan` value, for gitops-commit's `scan` input in the to-environment. */
  scan: string;
  configHash: string;
}

/**
 * The current deployment of the from-environment (newest commit first in `history`), if it may be
 * promoted: there is one, it names digest-pinned images, and its recorded scan verdict is `pass`.
 * A rollback commit carries the trailers of the deploy it restored, so promoting after a rollback
 * promotes the restored image.
 */
export function choosePromotion(history: readonly Deployment[], where: string): PromotionCandidate {
  const current = history[0];
  if (!current) throw new ConfigurationError(`There is no deployment of ${where} to promote.`);
  const what = `The current deployment of ${where} (${current.commitSha.slice(0, 7)})`;
  if (current.imageRefs.length === 0) throw new ConfigurationError(`${what} names no image to promote.`);
  const unpinned = current.imageRefs.find((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
  if (unpinned) throw new ConfigurationError(`${what} names ${unpinned}, which is not pinned by digest.`);
  // A rollback commit restores a deploy's image; when it carries no scan trailer of its own, the
  // restored deploy's verdict is the image's.
  const restored =
    current.kind === 'rollback' && current.rollbackTo
      ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, current.rollbackTo!))
      : undefined;
  const scan = current.scan ?? restored?.scan;
  const verdict = scanVerdictOf({ scan });
  if (verdict !== 'pass') {
    const recorded = scan ? `"${scan}"` : 'no scan verdict';
    throw new ConfigurationError(`${what} cannot be promoted: its scan recorded ${recorded}, not pass.`);
  }
  return {
    deployment: current,
    imageRefs: current.imageRefs,
    source: current.source ?? '',
    sourceTime: current.sourceTime ?? restored?.sourceTime ?? '',
    scanVerdict: verdict,
    scan: scan ?? '',
    configHash: current.configHash ?? restored?.configHash ?? '',
  };
}

/** The parts of the registry client promotion uses (the real one is @shipgate/image's RegistryClient). */
export interface ImageCopier {
  copyImage(source: string, target: string): Promise<{ digest: string; target: string }>;
  headManifest(reference: string): Promise<{ digest: string } | undefined>;
}

/**
 * The destination repository of `to-image`: `registry/name`, optionally with a tag to set there
 * too; a digest is refused (the digest is the source's, by definition).
 */
export function parseTargetRepository(value: string, input = 'to-image'): ImageReference {
  let reference: ImageReference;
  try {
    reference = parseImageReference(value);
  } catch (error) {
    if (error instanceof ImageReferenceError) {
      throw new ConfigurationError(`Input "${input}" is not a valid image repository: ${error.message}`);
    }
    throw error;
  }
  if (reference.digest) {
    throw new ConfigurationError(`Input "${input}" must name a repository without a digest, got "${value}".`);
  }
  return reference;
}

/**
 * Copies the promoted image by digest into `target`'s repository and checks that the registry
 * now serves the same digest there: the exact bytes that were tested, not a rebuild. Returns
 * `target-repository@digest`.
 */
export async function copyPromotedImage(
  imageRef: string,
  target: ImageReference,
  registry: ImageCopier,
  log: Logger,
): Promise<string> {
  const source = parseImageReference(imageRef);
  if (!source.digest) throw new ConfigurationError(`${imageRef} is not pinned by digest.`);
  const destination = target.tag ? `${target.name}:${target.tag}` : target.name;
  if (target.name === source.name && !target.tag) {
    log.info(`${imageRef} is already in ${target.name}; nothing to copy.`);
    return imageRef;
  }
  const copied = await registry.copyImage(imageRef, destination);
  const pinned = `${target.name}@${source.digest}`;
  const served = await registry.headManifest(pinned);
  if (copied.digest !== source.digest || served?.digest !== source.digest) {
    throw new ShipgateError(
      `Copying ${imageRef} to ${target.name} changed the digest: the registry serves ${served?.digest ?? 'nothing'} for ${pinned}.`,
    );
  }
  log.info(`Copied ${imageRef} to ${pinned}; digest unchanged.`);
  return pinned;
}

export interface PromoteOptions extends RepositoryAccess {
  exec: Exec;
  log: Logger;
  app: string;
  fromEnvironment: string;
  toEnvironment: string;
  /** Copy the image here by digest (`registry/name`, optionally `:tag`); already validated. */
  toImage?: ImageReference;
  /** The registry client for the copy; required with `toImage`. */
  registry?: ImageCopier;
  /** Only commits that touched this path of the from-environment. */
  path?: string;
  /**
   * Checks each image's signed attestations before anything is copied or output (the real one is
   * @shipgate/attest's verifyImageAttestations); throws to refuse the promotion.
   */
  verifyImage?: (imageRef: string) => Promise<{ trailer: string }>;
  /** Re-attaches the image's attestations to its copy in `toImage` (with verifyImage). */
  copyAttestations?: (fromRef: string, toRef: string) => Promise<unknown>;
}

/** The candidate promoted; its `imageRefs` are what to deploy to the to-environment (the copies when `toImage` was given). */
export interface PromoteResult extends Omit<PromotionCandidate, 'deployment'> {
  /** The from-environment's deploy commit that was promoted. */
  fromCommit: string;
  /** The images as they were deployed in the from-environment. */
  fromImageRefs: string[];
  /** What verifyImage verified (the `Shipgate-Attestations` value), one per image; empty without it. */
  attestations: string[];
}

/**
 * Reads the current deployment of the from-environment (commits only, no file contents) and
 * returns the exact image to deploy next, copied by digest when `toImage` is set. Commits
 * nothing: the workflow chains render-manifests, approval-gate and gitops-commit after it.
 */
export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  if (options.fromEnvironment === options.toEnvironment) {
    throw new ConfigurationError(
      `Input "to-environment" must differ from "from-environment" (${options.fromEnvironment}).`,
    );
  }
  if (options.toImage && !options.registry) throw new Error('promote: a registry client is needed to copy the image.');
  const history = await readDeployments({
    ...repositoryAccess(options),
    exec: options.exec,
    path: options.path,
    app: options.app,
    environment: options.fromEnvironment,
  });
  const candidate = choosePromotion(history, `${options.app} in ${options.fromEnvironment}`);
  options.log.info(
    `Promoting ${candidate.imageRefs.join(', ')} (${candidate.source || 'unknown source'}, scan pass) from ${options.fromEnvironment} to ${options.toEnvironment}.`,
  );
  const attestations: string[] = [];
  if (options.verifyImage) {
    for (const imageRef of candidate.imageRefs) attestations.push((await options.verifyImage(imageRef)).trailer);
  }
  let imageRefs = candidate.imageRefs;
  if (options.toImage) {
    if (candidate.imageRefs.length !== 1) {
      throw new ConfigurationError(
        `Input "to-image" names one repository, but ${options.app} in ${options.fromEnvironment} deploys ${candidate.imageRefs.length} images.`,
      );
    }
    imageRefs = [await copyPromotedImage(candidate.imageRefs[0]!, options.toImage, options.registry!, options.log)];
    if (options.copyAttestations && imageRefs[0] !== candidate.imageRefs[0]) {
      await options.copyAttestations(candidate.imageRefs[0]!, imageRefs[0]!);
    }
  }
  return {
    imageRefs,
    source: candidate.source,
    sourceTime: candidate.sourceTime,
    scanVerdict: candidate.scanVerdict,
    scan: candidate.scan,
    configHash: candidate.configHash,
    fromCommit: candidate.deployment.commitSha,
    fromImageRefs: candidate.imageRefs,
    attestations,
  };
}
