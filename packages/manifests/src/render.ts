import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { annotationAt, ConfigurationError } from '@shipgate/core';
import { type Comparison, compareWithDirectory } from './compare';
import { configHash } from './config-hash';
import { parseManifestStream, type Resource } from './documents';
import { checkManifests } from './guards';
import { runHelmTemplate } from './helm';
import { type ImagePin, imagesOf, pinImages } from './images';
import { runKustomize } from './kustomize';
import { checkOutputDirectory, renderFiles, writeRenderedFiles } from './output';
import { readYamlTree } from './plain';
import { isBuiltInApiVersion } from './schema';
import { planRender, type RendererChoice, type RenderPlan } from './source';
import type { RendererDependencies } from './tools';

export interface RenderManifestsOptions {
  /** Absolute path of the source directory (or a single YAML file for plain rendering). */
  readonly source: string;
  readonly environment: string;
  readonly renderer: RendererChoice;
  /** Parsed `image-ref` entries (see `parseImagePins`). */
  readonly pins: readonly ImagePin[];
  /** Absolute paths of Helm values files. */
  readonly values: readonly string[];
  /** Absolute path; replaced with one file per resource. */
  readonly outputDir: string;
  /** Absolute path of the environment's directory in a GitOps checkout to diff against. */
  readonly compareTo?: string;
  /** Where to write the diff when `compareTo` is set. */
  readonly diffFile?: string;
  readonly requireDigests: boolean;
  /** Helm's release namespace. */
  readonly namespace?: string;
}

export interface RenderManifestsResult {
  readonly plan: RenderPlan;
  readonly outputDir: string;
  /** File names in output-dir, sorted. */
  readonly files: readonly string[];
  readonly configHash: string;
  /** Every distinct container image in the output, sorted. */
  readonly images: readonly string[];
  /** How many containers each pin replaced. */
  readonly pinned: readonly { readonly reference: string; readonly containers: number }[];
  /** `apiVersion/kind` of resources that passed without schema validation. */
  readonly unvalidatedKinds: readonly string[];
  readonly comparison?: Comparison & { readonly diffFile: string };
}

/**
 * Renders `source` for one environment, pins images by digest, checks the result and writes one
 * file per resource to `outputDir`. Everything is checked before anything is written; the source
 * tree is only read.
 */
export async function renderManifests(
  deps: RendererDependencies,
  options: RenderManifestsOptions,
): Promise<RenderManifestsResult> {
  checkPaths(options);
  await checkOutputDirectory(options.outputDir);
  const plan = await planRender(options);
  if (options.namespace && plan.renderer !== 'helm') {
    deps.log.warning(`Input "namespace" only applies to helm; ${plan.renderer} manifests keep their own namespaces.`);
  }
  const resources = await renderResources(deps, plan, options.source);
  // Committing an empty environment would make the GitOps controller prune everything in it.
  if (resources.length === 0) {
    throw new ConfigurationError(`Rendering ${options.source} with ${plan.renderer} produced no Kubernetes resources.`);
  }
  deps.log.info(`Rendered ${resources.length} resources with ${plan.renderer}.`);

  const { replaced } = pinImages(resources, options.pins);
  const report = await checkManifests(resources, { requireDigests: options.requireDigests });
  const [first, ...more] = report.located;
  if (first !== undefined) {
    // The first problem fails the step; the others are annotated, so each is shown once.
    for (const problem of more) deps.log.error(problem.message, problem.location && annotationAt(problem.location));
    throw new ConfigurationError(
      more.length > 0
        ? `${first.message} (and ${more.length} more problem${more.length > 1 ? 's' : ''}, listed above)`
        : first.message,
      first.location,
    );
  }
  for (const kind of report.unvalidatedKinds) {
    deps.log.notice(
      isBuiltInApiVersion(kind)
        ? `${kind} passes without schema validation: no schema for this built-in kind is bundled.`
        : `${kind} is a custom resource and passes without schema validation.`,
    );
  }

  const files = renderFiles(resources);
  const hash = configHash(files);
  let comparison: RenderManifestsResult['comparison'];
  if (options.compareTo) {
    const result = await compareWithDirectory(files, options.compareTo);
    const diffFile = options.diffFile ?? resolve(options.outputDir, '..', `${options.environment}.diff`);
    await mkdir(dirname(diffFile), { recursive: true });
    await writeFile(diffFile, result.diff);
    comparison = { ...result, diffFile };
  }
  await writeRenderedFiles(options.outputDir, files);
  return {
    plan,
    outputDir: options.outputDir,
    files: files.map((file) => file.name),
    configHash: hash,
    images: imagesOf(resources),
    pinned: options.pins.map((pin, index) => ({
      reference: pin.reference.toString(),
      containers: replaced[index] ?? 0,
    })),
    unvalidatedKinds: report.unvalidatedKinds,
    ...(comparison ? { comparison } : {}),
  };
}

async function renderResources(deps: RendererDependencies, plan: RenderPlan, source: string): Promise<Resource[]> {
  switch (plan.renderer) {
    case 'kustomize': {
      const stream = await runKustomize(deps, plan.directory);
      return parseManifestStream(stream, `kustomize output of ${displayPath(source, plan.directory)}`);
    }
    case 'helm': {
      const stream = await runHelmTemplate(deps, plan);
      return parseManifestStream(stream, `helm template output of ${plan.chart}`, { helmSourceComments: true });
    }
    case 'plain': {
      const files = await readYamlTree(plan.directory);
      if (files.length === 0) throw new ConfigurationError(`Input "source" (${plan.directory}) holds no YAML files.`);
      return files.flatMap((file) => parseManifestStream(file.text, file.path, { file: file.file }));
    }
  }
}

function displayPath(root: string, path: string): string {
  const shown = relative(root, path);
  return shown === '' ? root : shown.split(sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && path !== '..');
}

/** The output must not land in the source (which is never modified) nor in the directory it is compared with. */
function checkPaths(options: RenderManifestsOptions): void {
  if (isInside(options.source, options.outputDir) || isInside(options.outputDir, options.source)) {
    throw new ConfigurationError(
      `Input "output-dir" (${options.outputDir}) overlaps "source" (${options.source}); the source tree is never written to.`,
    );
  }
  if (options.compareTo && isInside(options.outputDir, options.compareTo)) {
    throw new ConfigurationError(
      `Input "output-dir" (${options.outputDir}) must not contain "compare-to" (${options.compareTo}).`,
    );
  }
  if (options.compareTo && isInside(options.compareTo, options.outputDir)) {
    throw new ConfigurationError(
      `Input "output-dir" (${options.outputDir}) must not be inside "compare-to" (${options.compareTo}).`,
    );
  }
}
