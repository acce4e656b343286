import { stringify } from 'yaml';

/** The file `kubectl kustomize <path>`, Argo CD and Flux's kustomize-controller look for. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);

/**
 * The kustomization.yaml for an environment path holding `files` (paths relative to it): every
 * YAML file as a resource, sorted, so `kubectl kustomize apps/web/staging` and a Flux
 * Kustomization render exactly the committed manifests. `undefined` when the files bring their own
 * kustomization (theirs is kept) or hold no YAML.
 */
export function kustomizationFor(files: readonly string[]): string | undefined {
  if (files.some((file) => KUSTOMIZATION_NAMES.has(file.toLowerCase()))) return undefined;
  const resources = files.filter((file) => /\.ya?ml$/i.test(file)).sort();
  if (resources.length === 0) return undefined;
  return stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}

/**
 * Whether to write it: as the `kustomization` input says; when it is not given, for a new path,
 * and for a path that already has one (so prune does not delete it), but not for an existing path
 * without one, whose controller may be set up for plain YAML.
 */
export function wantsKustomization(
  setting: boolean | undefined,
  target: { pathExists: boolean; hasKustomization: boolean },
): boolean {
  if (setting !== undefined) return setting;
  return !target.pathExists || target.hasKustomization;
}

/**
 * The files of an environment path as the approval saw them: without the kustomization.yaml that
 * gitops-commit generated for them. Only one that is byte for byte `kustomizationFor` the other
 * files is dropped: it says nothing but their names. Any other kustomization (edited, with
 * patches or extra resources) stays, so it counts in the config hash and cannot change what the
 * controller applies unapproved.
 */
export function withoutGeneratedKustomization<T extends { name: string; content: string }>(files: readonly T[]): T[] {
  const generated = files.find((file) => file.name === KUSTOMIZATION_FILE);
  if (!generated) return [...files];
  const others = files.filter((file) => file !== generated);
  return generated.content === kustomizationFor(others.map((file) => file.name)) ? others : [...files];
}
