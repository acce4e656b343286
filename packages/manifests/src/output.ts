import { type Dirent, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { isPlainObject, type Resource, stringifyResource } from './documents';
import { compareStrings } from './plain';
import { describeResource } from './resource';

export interface RenderedFile {
  /** The file name inside output-dir, e.g. `shop-deployment-web.yaml`. */
  readonly name: string;
  readonly content: string;
  readonly resource: Resource;
}

/**
 * `<namespace>-<kind>-<name>.yaml`, or `<kind>-<name>.yaml` for an object without a namespace;
 * lowercase, with characters a file name should not hold (e.g. the `:` of `system:` roles) as `_`.
 */
export function fileNameFor(object: Record<string, unknown>): string {
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const parts = [metadata.namespace, object.kind, metadata.name].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return `${parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '_')}.yaml`;
}

/** One file per resource, sorted by name; an error when two resources would share a file. */
export function renderFiles(resources: readonly Resource[]): RenderedFile[] {
  const files = resources.map((resource) => ({
    name: fileNameFor(resource.object),
    content: stringifyResource(resource.object),
    resource,
  }));
  files.sort((a, b) => compareStrings(a.name, b.name));
  for (let i = 1; i < files.length; i++) {
    const [previous, current] = [files[i - 1]!, files[i]!];
    if (previous.name === current.name) {
      throw new ConfigurationError(
        `${describeResource(current.resource)} and ${describeResource(previous.resource)} would both be written to ${current.name}; rename one of them.`,
      );
    }
  }
  return files;
}

const OUR_FILE = /^[a-z0-9._-]+\.yaml$/;

/**
 * Checks that `directory` is absent, empty, or holds only files this action writes (`*.yaml`,
 * no sub-directories), so that replacing its contents cannot delete anything else. Call before
 * rendering, so a bad output-dir fails before any work.
 */
export async function checkOutputDirectory(directory: string): Promise<void> {
  if (!existsSync(directory)) return;
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    throw new ConfigurationError(`Input "output-dir" (${directory}) is not a directory.`);
  }
  const foreign = entries.find((entry) => !entry.isFile() || !OUR_FILE.test(entry.name));
  if (foreign) {
    throw new ConfigurationError(
      `Input "output-dir" (${directory}) holds ${foreign.name}, which this action did not write; use an empty or new directory.`,
    );
  }
}

/**
 * Replaces the previous output in `directory` with `files`. Synchronous on purpose: thousands of
 * small files go several times faster without a thread-pool round trip per open, write and close,
 * and nothing else runs in the step meanwhile.
 */
export async function writeRenderedFiles(directory: string, files: readonly RenderedFile[]): Promise<void> {
  await checkOutputDirectory(directory);
  mkdirSync(directory, { recursive: true });
  for (const entry of readdirSync(directory)) rmSync(join(directory, entry));
  for (const file of files) writeFileSync(join(directory, file.name), file.content);
}
