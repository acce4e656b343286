import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createMemoryRuntime } from '@shipgate/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseImagePins } from '../src/images';
import { type RenderManifestsOptions, renderManifests } from '../src/render';
import { DIGEST_A, DIGEST_B } from './support';

const sampleApp = join(import.meta.dirname, '..', '..', '..', 'workflows-examples', 'sample-app', 'deploy');
const IMAGE = 'ghcr.io/acme/web';

function treeDigest(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex');
}

function readOutput(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

describe('rendering the sample app with kubectl kustomize', () => {
  let work: string;
  const runtime = createMemoryRuntime();
  const render = (overrides: Partial<RenderManifestsOptions> & { environment: string }) =>
    renderManifests(
      { exec: runtime.exec, log: runtime.log },
      {
        source: sampleApp,
        renderer: 'auto',
        pins: parseImagePins([`${IMAGE}@${DIGEST_A}`]),
        values: [],
        outputDir: join(work, 'out', overrides.environment),
        requireDigests: true,
        ...overrides,
      },
    );

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'shipgate-sample-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([
    ['dev', 1, []],
    ['staging', 2, []],
    ['production', 3, ['web-poddisruptionbudget-sample-app.yaml']],
  ])('%s: one file per resource, pinned to the digest, %i replicas', async (environment, replicas, extra) => {
    const sourceBefore = treeDigest(sampleApp);
    const result = await render({ environment });
    const namespace = 'web';
    expect(result.plan).toEqual({ renderer: 'kustomize', directory: join(sampleApp, 'overlays', environment) });
    expect(result.files.filter((file) => !file.includes('configmap'))).toEqual(
      [`${namespace}-deployment-sample-app.yaml`, ...extra, `${namespace}-service-sample-app.yaml`].sort(),
    );
    expect(result.files.some((file) => file.startsWith(`${namespace}-configmap-sample-app-config-`))).toBe(true);
    expect(result.images).toEqual([`${IMAGE}@${DIGEST_A}`]);
    expect(result.pinned).toEqual([{ reference: `${IMAGE}@${DIGEST_A}`, containers: 1 }]);
    expect(result.configHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const output = readOutput(result.outputDir);
    expect(Object.keys(output)).toEqual(result.files);
    const deployment = output[`${namespace}-deployment-sample-app.yaml`]!;
    expect(deployment).toContain(`image: ${IMAGE}@${DIGEST_A}\n`);
    expect(deployment).toContain(`replicas: ${replicas}\n`);
    expect(treeDigest(sampleApp)).toBe(sourceBefore);
  });

  test('the environments differ in replicas, resources and configuration', async () => {
    const dev = readOutput((await render({ environment: 'dev' })).outputDir);
    const production = readOutput((await render({ environment: 'production' })).outputDir);
    const config = (files: Record<string, string>) =>
      Object.entries(files).find(([name]) => name.includes('configmap'))?.[1] ?? '';
    expect(config(dev)).toContain('"logLevel": "debug"');
    expect(config(production)).toContain('"logLevel": "warn"');
    expect(dev['web-deployment-sample-app.yaml']).toContain('memory: 32Mi');
    expect(production['web-deployment-sample-app.yaml']).toContain('memory: 128Mi');
  });

  test('rendering twice gives identical bytes and the same config hash', async () => {
    const first = await render({ environment: 'staging', outputDir: join(work, 'twice-1') });
    const second = await render({ environment: 'staging', outputDir: join(work, 'twice-2') });
    expect(readOutput(second.outputDir)).toEqual(readOutput(first.outputDir));
    expect(second.configHash).toBe(first.configHash);
    // And rendering again into the same directory replaces its previous output.
    const again = await render({ environment: 'staging', outputDir: join(work, 'twice-1') });
    expect(readOutput(again.outputDir)).toEqual(readOutput(first.outputDir));
  });

  test('an image-only change keeps the config hash; a replica change alters it; compare-to shows exactly that', async () => {
    const gitops = join(work, 'gitops', 'apps', 'sample-app', 'production');
    const deployed = await render({ environment: 'production', outputDir: gitops });

    // A new digest: the files change, the config hash does not.
    const newImage = await render({
      environment: 'production',
      pins: parseImagePins([`${IMAGE}@${DIGEST_B}`]),
      outputDir: join(work, 'image-only'),
      compareTo: gitops,
      diffFile: join(work, 'image-only.diff'),
    });
    expect(newImage.configHash).toBe(deployed.configHash);
    expect(newImage.comparison).toMatchObject({
      changed: true,
      configChanges: [],
      imageChanges: [
        {
          file: 'web-deployment-sample-app.yaml',
          container: 'containers[0] (web)',
          before: `${IMAGE}@${DIGEST_A}`,
          after: `${IMAGE}@${DIGEST_B}`,
        },
      ],
    });

    // A replica change in a copy of the source: the config hash changes, and the diff is that one line.
    const source = join(work, 'source-copy');
    cpSync(sampleApp, source, { recursive: true });
    const patch = join(source, 'overlays', 'production', 'deployment-patch.yaml');
    writeFileSync(patch, readFileSync(patch, 'utf8').replace('replicas: 3', 'replicas: 5'));
    const scaled = await render({
      environment: 'production',
      source,
      outputDir: join(work, 'scaled'),
      compareTo: gitops,
      diffFile: join(work, 'scaled.diff'),
    });
    expect(scaled.configHash).not.toBe(deployed.configHash);
    expect(scaled.comparison?.configChanges).toEqual([{ file: 'web-deployment-sample-app.yaml', change: 'modified' }]);
    expect(scaled.comparison?.imageChanges).toEqual([]);
    const diff = readFileSync(join(work, 'scaled.diff'), 'utf8');
    expect(diff).toBe(scaled.comparison?.diff);
    const changedLines = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changedLines).toEqual(['-  replicas: 3', '+  replicas: 5']);
    expect(
      diff.startsWith('diff --git a/web-deployment-sample-app.yaml b/web-deployment-sample-app.yaml\n--- a/'),
    ).toBe(true);

    // The diff is a real patch: applied to the deployed files it gives the new render.
    const applied = join(work, 'applied');
    cpSync(gitops, applied, { recursive: true });
    execFileSync('git', ['apply', '--unsafe-paths', join(work, 'scaled.diff')], { cwd: applied });
    expect(readOutput(applied)).toEqual(readOutput(scaled.outputDir));

    // Unchanged output compares as unchanged, with an empty diff.
    const same = await render({ environment: 'production', outputDir: join(work, 'same'), compareTo: gitops });
    expect(same.comparison).toMatchObject({ changed: false, diff: '', imageChanges: [], configChanges: [] });
  });

  test('compare-to that does not exist yet (a first deploy) shows every file as added', async () => {
    const result = await render({
      environment: 'dev',
      outputDir: join(work, 'first'),
      compareTo: join(work, 'nothing-here'),
      diffFile: join(work, 'first.diff'),
    });
    expect(result.comparison?.changed).toBe(true);
    expect(result.comparison?.configChanges.map((change) => change.change)).toEqual(['added', 'added', 'added']);
    expect(result.comparison?.diff).toContain('--- /dev/null\n+++ b/web-service-sample-app.yaml\n@@ -0,0 +1,');
  });

  test('production requires digests: the unpinned placeholder is refused and nothing is written', async () => {
    const outputDir = join(work, 'unpinned');
    await expect(render({ environment: 'production', pins: [], outputDir })).rejects.toThrow(
      `The image "${IMAGE}" of container "web" of Deployment "sample-app" in namespace "web" (kustomize output of overlays/production (document 3)) is not pinned by digest`,
    );
    expect(() => readdirSync(outputDir)).toThrow();
  });

  test('output-dir holding files this action did not write is refused before rendering', async () => {
    const outputDir = join(work, 'foreign');
    mkdirSync(outputDir);
    writeFileSync(join(outputDir, 'README.md'), 'keep me');
    await expect(render({ environment: 'dev', outputDir })).rejects.toThrow(
      `Input "output-dir" (${outputDir}) holds README.md, which this action did not write`,
    );
    expect(readdirSync(outputDir)).toEqual(['README.md']);
  });

  test('output-dir inside the source tree is refused', async () => {
    await expect(render({ environment: 'dev', outputDir: join(sampleApp, 'rendered') })).rejects.toThrow(
      'overlaps "source"',
    );
  });
});
