import { configHash, imagesOf, parseManifestStream, type RenderedFile, type Resource } from '@shipgate/manifests';

/** What a deploy path holds at a commit, as the trailers must describe it. */
export interface PathContent {
  /** The config hash render-manifests computes over these files. */
  configHash: string;
  /** Every container image the manifests run. */
  images: string[];
}

/**
 * The config hash and images of a deploy path's files (path relative to the deploy directory →
 * text), computed with render-manifests' own function so that an approved hash can be checked
 * against what was committed. A file that is not YAML is a sentence, not a hash.
 */
export function contentOf(files: ReadonlyArray<{ path: string; text: string }>): PathContent | string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const rendered: RenderedFile[] = [];
  const resources: Resource[] = [];
  for (const file of sorted) {
    let parsed: Resource[];
    try {
      parsed = parseManifestStream(file.text, file.path);
    } catch (error) {
      return `its file ${file.path} is not valid YAML (${(error as Error).message})`;
    }
    resources.push(...parsed);
    rendered.push({ name: file.path, content: file.text, resource: parsed[0] ?? { origin: file.path, object: {} } });
  }
  return { configHash: configHash(rendered), images: imagesOf(resources) };
}

/** `sha256:…` of an image reference pinned by digest, else `undefined`. */
export function digestOf(imageRef: string): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(imageRef)?.[1];
}
