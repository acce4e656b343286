import { createHash } from 'node:crypto';
import { stringifyResource } from './documents';
import { containerSlots, repositoryOf } from './images';
import type { RenderedFile } from './output';

/**
 * A resource as YAML with every container image reduced to its repository (no tag, no digest):
 * what stays the same when only the image changes.
 */
export function configView(object: Record<string, unknown>): string {
  const copy = structuredClone(object);
  for (const slot of containerSlots(copy)) {
    if (slot.image) slot.setImage(repositoryOf(slot.image) ?? slot.image);
  }
  return stringifyResource(copy);
}

/**
 * `sha256:<hex>` over the rendered files (name and config view, in file order). A new image digest
 * keeps it; any other change to the manifests, a file name included, changes it.
 */
export function configHash(files: readonly RenderedFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`--- ${file.name}\n`);
    // Only workloads hold container images; any other file is its own config view.
    const hasImages = containerSlots(file.resource.object).some((slot) => slot.image);
    hash.update(hasImages ? configView(file.resource.object) : file.content);
  }
  return `sha256:${hash.digest('hex')}`;
}
