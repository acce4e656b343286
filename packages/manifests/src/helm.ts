import { ConfigurationError } from '@shipgate/core';
import { RENDER_TIMEOUT_MS, type RendererDependencies, toolLookup } from './tools';

export interface HelmTemplateOptions {
  /** The release name (`.Release.Name`). */
  readonly release: string;
  /** The chart directory. */
  readonly chart: string;
  /** `.Release.Namespace`; helm's default when absent. */
  readonly namespace?: string;
  /** Values files, later ones overriding earlier ones, as with `helm -f a -f b`. */
  readonly values: readonly string[];
}

/**
 * The arguments of `helm template`. CRDs are included because what lands in the GitOps repository
 * is everything the controller applies; chart tests are left out because nothing runs them there.
 */
export function helmTemplateArgs(options: HelmTemplateOptions): string[] {
  return [
    'template',
    options.release,
    options.chart,
    '--include-crds',
    '--skip-tests',
    ...(options.namespace ? ['--namespace', options.namespace] : []),
    ...options.values.flatMap((file) => ['--values', file]),
  ];
}

/** Runs `helm template` and returns its multi-document YAML (each document headed by `# Source: <template>`). */
export async function runHelmTemplate(deps: RendererDependencies, options: HelmTemplateOptions): Promise<string> {
  if (!(await toolLookup(deps)('helm'))) {
    throw new ConfigurationError(
      'Renderer "helm" needs the helm CLI, which is not on PATH; install it in an earlier step (for example with azure/setup-helm).',
    );
  }
  const { stdout } = await deps.exec('helm', helmTemplateArgs(options), { timeoutMs: RENDER_TIMEOUT_MS });
  return stdout;
}
