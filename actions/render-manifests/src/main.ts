import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError, InputReader, type Runtime, runOnGitHub, Summary } from '@shipgate/core';
import {
  type ImagePin,
  parseImagePins,
  RENDERERS,
  type RendererChoice,
  type RenderManifestsResult,
  renderManifests,
} from '@shipgate/manifests';

export interface RenderManifestsSettings {
  source: string;
  environment: string;
  pins: ImagePin[];
  renderer: RendererChoice;
  values: string[];
  outputDir: string;
  compareTo?: string;
  diffFile?: string;
  requireDigests: boolean;
  namespace?: string;
}

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Job summaries are limited to 1 MiB; a longer diff is cut and left to the diff file. */
const SUMMARY_DIFF_LIMIT = 60_000;

export function readSettings(runtime: Runtime): RenderManifestsSettings {
  const inputs = new InputReader(runtime);
  const path = (value: string) => (isAbsolute(value) ? value : resolve(runtime.workspace, value));
  const environment = inputs.required('environment');
  if (!ENVIRONMENT_NAME.test(environment)) {
    throw new ConfigurationError(
      `Input "environment" must hold only letters, digits, ".", "_" and "-", got "${environment}".`,
    );
  }
  const namespace = inputs.optional('namespace');
  if (namespace !== undefined && !NAMESPACE_NAME.test(namespace)) {
    throw new ConfigurationError(`Input "namespace" must be a valid Kubernetes namespace name, got "${namespace}".`);
  }
  const compareTo = inputs.optional('compare-to');
  return {
    source: path(inputs.required('source')),
    environment,
    pins: parseImagePins(inputs.list('image-ref')),
    renderer: inputs.enum('renderer', RENDERERS, 'auto'),
    values: inputs.list('values').map(path),
    outputDir: path(inputs.string('output-dir', join(runtime.tempDir, 'shipgate', 'rendered', environment))),
    ...(compareTo
      ? {
          compareTo: path(compareTo),
          diffFile: join(runtime.tempDir, 'shipgate', 'diff', `${environment}.diff`),
        }
      : {}),
    requireDigests: inputs.optionalBoolean('require-digests') ?? environment === 'production',
    ...(namespace ? { namespace } : {}),
  };
}

/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
export async function run(runtime?: Runtime): Promise<void> {
  if (!runtime) return runOnGitHub(run);
  const settings = readSettings(runtime);
  const result = await renderManifests({ exec: runtime.exec, log: runtime.log }, settings);
  runtime.setOutput('output-dir', result.outputDir);
  runtime.setOutput('files', result.files.join('\n'));
  runtime.setOutput('files-json', JSON.stringify(result.files));
  runtime.setOutput('config-hash', result.configHash);
  runtime.setOutput('image-refs', result.images.join('\n'));
  runtime.setOutput('image-refs-json', JSON.stringify(result.images));
  runtime.setOutput('changed', result.comparison ? String(result.comparison.changed) : '');
  runtime.setOutput('diff-file', result.comparison?.diffFile ?? '');
  runtime.log.info(`Wrote ${result.files.length} files to ${result.outputDir}; config hash ${result.configHash}.`);
  await runtime.appendSummary(summarize(settings, result));
}

function summarize(settings: RenderManifestsSettings, result: RenderManifestsResult): string {
  const summary = new Summary().heading(`Rendered manifests: ${settings.environment}`);
  const from = result.plan.renderer === 'helm' ? result.plan.chart : result.plan.directory;
  summary.paragraph(
    `${result.files.length} resources rendered with **${result.plan.renderer}** from \`${from}\` into \`${result.outputDir}\`.`,
  );
  summary.paragraph(`Config hash: \`${result.configHash}\``);
  if (result.pinned.length > 0) {
    summary.table(
      ['Pinned image', 'Containers'],
      result.pinned.map((pin) => [`\`${pin.reference}\``, String(pin.containers)]),
    );
  }
  summary.details(
    `Files (${result.files.length})`,
    new Summary()
      .list(result.files.map((file) => `\`${file}\``))
      .toString()
      .trimEnd(),
  );
  if (result.unvalidatedKinds.length > 0) {
    summary.paragraph(`Not schema-validated: ${result.unvalidatedKinds.map((kind) => `\`${kind}\``).join(', ')}.`);
  }
  const comparison = result.comparison;
  if (!comparison) return summary.toString();
  summary.heading(`Changes against \`${settings.compareTo}\``, 3);
  if (!comparison.changed) return summary.paragraph('No changes.').toString();
  summary.heading('Image changes', 4);
  if (comparison.imageChanges.length === 0) summary.paragraph('None.');
  else {
    summary.table(
      ['File', 'Container', 'Before', 'After'],
      comparison.imageChanges.map((change) => [change.file, change.container, change.before, change.after]),
    );
  }
  summary.heading('Config changes', 4);
  if (comparison.configChanges.length === 0) summary.paragraph('None: only images changed.');
  else summary.list(comparison.configChanges.map((change) => `${change.change}: \`${change.file}\``));
  const cut = comparison.diff.length > SUMMARY_DIFF_LIMIT;
  const body = new Summary().code(cut ? comparison.diff.slice(0, SUMMARY_DIFF_LIMIT) : comparison.diff, 'diff');
  if (cut) body.paragraph(`The diff is cut here; the whole of it is in \`${comparison.diffFile}\`.`);
  summary.details(`Diff (${comparison.diff.split('\n').length - 1} lines)`, body.toString().trimEnd());
  return summary.toString();
}
