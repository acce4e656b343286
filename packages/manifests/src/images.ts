import { ConfigurationError } from '@shipgate/core';
import { type ImageReference, parseImageReference, requireDigestReference } from '@shipgate/image';
import { isPlainObject, type Resource } from './documents';
import { apiGroupOf, describeResource } from './resource';

/** One container (or init or ephemeral container) of a workload, with a way to change its image. */
export interface ContainerSlot {
  /** e.g. `spec.template.spec.initContainers[0]`. */
  readonly path: string;
  readonly name: string;
  readonly image: string | undefined;
  setImage(image: string): void;
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'],
};

/** The containers of a workload (Pod, Deployment, …, CronJob, Argo Rollout); none for other kinds. */
export function containerSlots(object: Record<string, unknown>): ContainerSlot[] {
  const kind = typeof object.kind === 'string' ? object.kind : '';
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const path = POD_SPEC_PATHS[kind];
  if (!path) return [];
  // Rollout is Argo's; another group's Rollout is some other custom resource.
  if (kind === 'Rollout' && apiGroupOf(apiVersion) !== 'argoproj.io') return [];
  let podSpec: unknown = object;
  for (const key of path) {
    podSpec = isPlainObject(podSpec) ? podSpec[key] : undefined;
  }
  if (!isPlainObject(podSpec)) return [];
  const spec = podSpec;
  const slots: ContainerSlot[] = [];
  for (const list of CONTAINER_LISTS) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isPlainObject(container)) return;
      slots.push({
        path: `${path.join('.')}.${list}[${index}]`,
        name: typeof container.name === 'string' ? container.name : `#${index + 1}`,
        image: typeof container.image === 'string' ? container.image : undefined,
        setImage: (image) => {
          container.image = image;
        },
      });
    });
  }
  return slots;
}

/** One `image-ref` entry: which repository in the manifests to look for, and the pinned reference to put there. */
export interface ImagePin {
  /** The entry as given. */
  readonly entry: string;
  /** The repository to find in container images (normalised: `nginx` is `docker.io/library/nginx`). */
  readonly repository: string;
  /** The digest-pinned reference written into the manifests. */
  readonly reference: ImageReference;
}

/**
 * Parses `image-ref` entries: `registry/repo[:tag]@sha256:…` replaces images of that repository;
 * `name=registry/repo@sha256:…` replaces images of repository `name` (a placeholder in the
 * manifests) with a reference in another repository. Every entry must be pinned by digest.
 */
export function parseImagePins(entries: readonly string[], inputName = 'image-ref'): ImagePin[] {
  const pins: ImagePin[] = [];
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const placeholder = equals >= 0 ? entry.slice(0, equals).trim() : undefined;
    const reference = requireDigestReference(equals >= 0 ? entry.slice(equals + 1).trim() : entry, inputName);
    let repository = reference.name;
    if (placeholder !== undefined) {
      try {
        repository = parseImageReference(placeholder).name;
      } catch (error) {
        throw new ConfigurationError(
          `Input "${inputName}" entry "${entry}" names an invalid image to replace: ${(error as Error).message}`,
        );
      }
    }
    const clash = pins.find((pin) => pin.repository === repository);
    if (clash) {
      throw new ConfigurationError(
        `Input "${inputName}" has two entries for repository ${repository}: "${clash.entry}" and "${entry}".`,
      );
    }
    pins.push({ entry, repository, reference });
  }
  return pins;
}

/** The repository of an image as written in a manifest, or `undefined` when it does not parse. */
export function repositoryOf(image: string): string | undefined {
  try {
    return parseImageReference(image).name;
  } catch {
    return undefined;
  }
}

export interface PinResult {
  /** How many containers each pin replaced, in the order of the pins. */
  readonly replaced: readonly number[];
}

/**
 * Replaces the image of every container whose repository matches a pin. Mutates the resources
 * (our parsed copies; the source tree is never touched). A pin that matches nothing is an error.
 */
export function pinImages(resources: readonly Resource[], pins: readonly ImagePin[]): PinResult {
  const replaced = pins.map(() => 0);
  const seen = new Set<string>();
  for (const resource of resources) {
    for (const slot of containerSlots(resource.object)) {
      if (slot.image === undefined) continue;
      seen.add(slot.image);
      const repository = repositoryOf(slot.image);
      if (repository === undefined) continue;
      const index = pins.findIndex((pin) => pin.repository === repository);
      const pin = pins[index];
      if (!pin) continue;
      slot.setImage(pin.reference.toString());
      replaced[index] = (replaced[index] ?? 0) + 1;
    }
  }
  const unused = pins.findIndex((_, index) => replaced[index] === 0);
  if (unused >= 0) {
    const pin = pins[unused]!;
    const found = [...seen].sort();
    throw new ConfigurationError(
      `Image reference "${pin.entry}" matches no container image of repository ${pin.repository} in the rendered manifests (images found: ${found.length ? found.join(', ') : 'none'}).`,
    );
  }
  return { replaced };
}

/** Every distinct container image in the resources, sorted. */
export function imagesOf(resources: readonly Resource[]): string[] {
  const images = new Set<string>();
  for (const resource of resources) {
    for (const slot of containerSlots(resource.object)) if (slot.image) images.add(slot.image);
  }
  return [...images].sort();
}

/** Problems with container images: unparseable references, and (when required) references without a digest. */
export function imageProblems(resources: readonly Resource[], requireDigests: boolean): string[] {
  const problems: string[] = [];
  for (const resource of resources) {
    for (const slot of containerSlots(resource.object)) {
      const where = `container "${slot.name}" of ${describeResource(resource)}`;
      if (slot.image === undefined) {
        problems.push(`The ${where} has no image.`);
        continue;
      }
      let reference: ImageReference;
      try {
        reference = parseImageReference(slot.image);
      } catch (error) {
        problems.push(`The image "${slot.image}" of ${where} is invalid: ${(error as Error).message}`);
        continue;
      }
      if (requireDigests && !reference.digest) {
        problems.push(
          `The image "${slot.image}" of ${where} is not pinned by digest; pass it in "image-ref" or set "require-digests: false".`,
        );
      }
    }
  }
  return problems;
}
