import { createHash } from 'node:crypto';
import { configHash } from './config-hash';
import { parseManifestStream, type Resource, type YamlStream } from './documents';
import { checkManifests } from './guards';
import { imagesOf } from './images';
import type { RenderedFile } from './output';
import { compareStrings } from './plain';

/** A file about to be committed (or read from a commit): its path below the environment path. */
export interface CommittedFile {
  name: string;
  content: string;
  /** `content` already parsed (`parseYamlStream`), when the caller parsed it for another check. */
  parsed?: YamlStream;
}

/** What a set of committed files deploys, as the approval must name it. */
export interface CommittedContent {
  /** The config hash render-manifests computes for the same files. */
  configHash: string;
  /** Every distinct container image the manifests run, sorted. */
  images: string[];
  /** The render guards' findings (plain Secrets, images without digest, schema), one sentence each. */
  problems: string[];
}

/**
 * Reads what the files deploy: the config hash (render-manifests' `configHash` over files it
 * would write: one resource per YAML file, so an untouched render hashes the same), the images
 * the manifests run, and what the render guards would refuse. A file that is not one resource
 * (a kustomization, several documents, not YAML) is hashed by its bytes, so any change to it
 * changes the hash.
 */
export async function inspectCommittedFiles(files: readonly CommittedFile[]): Promise<CommittedContent> {
  const sorted = [...files].sort((a, b) => compareStrings(a.name, b.name));
  const rendered: RenderedFile[] = [];
  const resources: Resource[] = [];
  const other = createHash('sha256');
  let hasOther = false;
  for (const file of sorted) {
    const parsed = /\.ya?ml$/i.test(file.name)
      ? parseManifestStream(file.content, file.name, file.parsed ? { parsed: file.parsed } : {})
      : [];
    resources.push(...parsed);
    const [only] = parsed;
    if (parsed.length === 1 && only && !/(^|\/)kustomization\.ya?ml$/i.test(file.name)) {
      rendered.push({ name: file.name, content: file.content, resource: only });
    } else {
      hasOther = true;
      other.update(`--- ${file.name}\n${file.content}`);
    }
  }
  const base = configHash(rendered);
  const hash = hasOther
    ? `sha256:${createHash('sha256').update(base).update(other.digest('hex')).digest('hex')}`
    : base;
  const report = await checkManifests(resources, { requireDigests: true });
  return { configHash: hash, images: imagesOf(resources), problems: report.problems };
}
