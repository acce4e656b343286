import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/shared-fixtures';

/**
 * What every step pays before it reads an input is its bundle's main chunk: ncc puts a module
 * imported with `import()` in a chunk of its own, loaded when reached. These libraries are needed
 * only to sign, attach or make an SBOM (and @actions/core only for the job's OIDC token: the GitHub
 * runtime speaks the runner's protocol itself), so a static import that pulls one back into a main
 * chunk fails here.
 * The bench `npm run bench -- cold-start` measures the time; this holds the cause, without a clock.
 */
const LOADED_WHEN_USED = ['@sigstore/sign', '@sigstore/oci', '@cyclonedx/cyclonedx-library', '@actions/core'];

/** Packages whose modules the main chunk holds: webpack names each module it inlines or references. */
function packagesInMainChunk(bundle: string): Set<string> {
  const names = bundle.matchAll(/^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm);
  return new Set([...names].map((match) => match[1] as string));
}

const bundles = readdirSync(join(repoRoot, 'actions'))
  .map((name) => ({ name, path: join(repoRoot, 'actions', name, 'dist', 'index.js') }))
  .filter(({ path }) => existsSync(path));

describe("an action bundle's main chunk", () => {
  test('names the packages it holds (the markers this test reads are there)', () => {
    const render = bundles.find(({ name }) => name === 'render-manifests');
    expect(render).toBeDefined();
    expect(packagesInMainChunk(readFileSync(render!.path, 'utf8'))).toContain('yaml');
  });

  test.each(bundles)('$name loads Sigstore signing, OCI attaching and CycloneDX only when used', ({ path }) => {
    const held = packagesInMainChunk(readFileSync(path, 'utf8'));
    expect(LOADED_WHEN_USED.filter((name) => held.has(name))).toEqual([]);
  });
});
