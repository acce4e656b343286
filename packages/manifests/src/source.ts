import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { parse } from 'yaml';
import { isPlainObject } from './documents';

export const RENDERERS = ['auto', 'kustomize', 'helm', 'plain'] as const;
export type RendererChoice = (typeof RENDERERS)[number];

export type RenderPlan =
  | { readonly renderer: 'kustomize'; readonly directory: string }
  | {
      readonly renderer: 'helm';
      readonly chart: string;
      readonly release: string;
      readonly values: readonly string[];
      readonly namespace?: string;
    }
  | { readonly renderer: 'plain'; readonly directory: string };

export interface PlanOptions {
  /** Absolute path of the source directory (or, for plain YAML, a single file). */
  readonly source: string;
  readonly environment: string;
  readonly renderer: RendererChoice;
  /** Absolute paths of Helm values files. */
  readonly values: readonly string[];
  readonly namespace?: string;
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function hasKustomization(directory: string): boolean {
  return KUSTOMIZATION_FILES.some((file) => existsSync(join(directory, file)));
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Decides how to render `source` for `environment`. `auto` picks kustomize when `source` or its
 * overlay for the environment has a kustomization, helm when it has a Chart.yaml, else plain YAML.
 */
export async function planRender(options: PlanOptions): Promise<RenderPlan> {
  const { source, environment } = options;
  if (!existsSync(source)) throw new ConfigurationError(`Input "source" names ${source}, which does not exist.`);
  const overlay = join(source, 'overlays', environment);
  let renderer = options.renderer;
  if (renderer === 'auto') {
    if (!isDirectory(source)) renderer = 'plain';
    // An overlays/ directory with overlays for other environments is a kustomize layout: a missing
    // overlay must say so, not fall through to plain YAML that trips over the kustomization files.
    else if (hasKustomization(source) || hasKustomization(overlay) || overlayNames(source).length > 0)
      renderer = 'kustomize';
    else if (existsSync(join(source, 'Chart.yaml'))) renderer = 'helm';
    else renderer = 'plain';
  }
  if (renderer !== 'plain' && !isDirectory(source)) {
    throw new ConfigurationError(`Input "source" must be a directory for renderer "${renderer}", got ${source}.`);
  }
  switch (renderer) {
    case 'kustomize':
      return { renderer, directory: kustomizeDirectory(source, environment) };
    case 'helm':
      return planHelm(options);
    default:
      return { renderer: 'plain', directory: source };
  }
}

/** The environments with an overlay (a directory with a kustomization) under `source/overlays`, sorted. */
function overlayNames(source: string): string[] {
  const overlays = join(source, 'overlays');
  if (!isDirectory(overlays)) return [];
  return readdirSync(overlays, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && hasKustomization(join(overlays, entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** `source/overlays/<environment>`, or `source` itself when it is an overlay (a kustomization and no overlays/). */
function kustomizeDirectory(source: string, environment: string): string {
  const overlays = join(source, 'overlays');
  const overlay = join(overlays, environment);
  if (hasKustomization(overlay)) return overlay;
  if (isDirectory(overlays)) {
    const existing = overlayNames(source);
    throw new ConfigurationError(
      `Input "source" has no kustomize overlay for environment "${environment}": ${overlay} does not exist or holds no kustomization.yaml (overlays: ${existing.length > 0 ? existing.join(', ') : 'none'}).`,
    );
  }
  if (hasKustomization(source)) return source;
  throw new ConfigurationError(`Input "source" (${source}) holds no kustomization.yaml for renderer "kustomize".`);
}

async function planHelm(options: PlanOptions): Promise<RenderPlan> {
  const chartFile = join(options.source, 'Chart.yaml');
  if (!existsSync(chartFile)) {
    throw new ConfigurationError(`Input "source" (${options.source}) holds no Chart.yaml for renderer "helm".`);
  }
  let chart: unknown;
  try {
    chart = parse(await readFile(chartFile, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${chartFile} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const name = isPlainObject(chart) ? chart.name : undefined;
  if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/.test(name)) {
    throw new ConfigurationError(
      `${chartFile} needs a "name" that is a valid release name (lowercase, at most 53 characters).`,
    );
  }
  for (const file of options.values) {
    if (!existsSync(file)) throw new ConfigurationError(`Input "values" names ${file}, which does not exist.`);
  }
  // Without explicit values, a chart's values-<environment>.yaml is the environment's configuration.
  const environmentValues = join(options.source, `values-${options.environment}.yaml`);
  const values = options.values.length > 0 || !existsSync(environmentValues) ? options.values : [environmentValues];
  return {
    renderer: 'helm',
    chart: options.source,
    release: name,
    values,
    ...(options.namespace ? { namespace: options.namespace } : {}),
  };
}
