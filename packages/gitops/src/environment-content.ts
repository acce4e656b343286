import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipgate/core';
import { type Git, lsTree } from '@shipgate/git';
import { MAX_ALIAS_COUNT, parseYamlStream, type YamlStream } from '@shipgate/manifests';
import { KUSTOMIZATION_FILE, kustomizationFor } from './kustomization';

/**
 * One entry of an environment path: its path below the environment path (`/`-separated), its git
 * mode (`100644`, `100755`, `120000` symlink, `160000` submodule, `040000` tree) and its content
 * (a symlink's target; empty for a submodule).
 */
export interface EnvironmentEntry {
  path: string;
  mode: string;
  content: string;
  /** `content` already parsed (`parseYamlStream`), when the caller parses it for another check too. */
  parsed?: YamlStream;
}

/** Git's modes of a regular file; anything else is not something a controller applies as written. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);

/** Names kustomize (and so Argo CD and Flux) takes as a kustomization in any directory. */
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);

/**
 * Why an environment path's content is not what Shipgate can vouch for, as a reason fragment
 * ("kustomization.yaml is not the generated listing of the files"), or `undefined` when it is:
 * regular *.yaml/*.yml files whose documents are Kubernetes resources (none a kustomization),
 * plus at most the `kustomization.yaml` gitops-commit generates for exactly those files.
 *
 * Why so strict: the config hash and the images are read from these bytes, while the cluster
 * applies what kustomize, Argo CD (directory, Helm or kustomize mode) or Flux make of them. An
 * edited kustomization (`images:`, patches, generators, components, `../` or remote resources),
 * a document of kind Kustomization, a Chart.yaml, a symlink, a submodule, a .json file (Argo CD
 * applies it) or a hidden file can each make the cluster run something the hash never saw. One
 * function for the writers (gitops-commit, rollback) and the verifier, so all refuse the same set.
 */
export function environmentContentProblem(entries: readonly EnvironmentEntry[]): string | undefined {
  const files = entries.filter((entry) => entry.mode !== '040000' && entry.mode !== '40000');
  for (const entry of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const problem = entryProblem(entry, files);
    if (problem) return problem;
  }
  return undefined;
}

function entryProblem(entry: EnvironmentEntry, all: readonly EnvironmentEntry[]): string | undefined {
  const { path, mode } = entry;
  if (mode === '120000') return `${path} is a symlink, which the controller follows to content that was never hashed`;
  if (mode === '160000') return `${path} is a submodule, whose content is another repository's`;
  if (!REGULAR_FILE_MODES.has(mode)) return `${path} is not a regular file (git mode ${mode})`;
  const parts = path.split('/');
  if (parts.some((part) => part.startsWith('.'))) return `${path} is a hidden file, which no rendering writes`;
  const name = parts.at(-1) ?? path;
  if (KUSTOMIZATION_NAMES.has(name.toLowerCase())) return kustomizationProblem(entry, all);
  // Argo CD renders a directory holding Chart.yaml as a Helm chart: with its values, not as written.
  if (/^chart\.ya?ml$/i.test(name)) return `${path} is a Helm chart file, and Argo CD would render the path as a chart`;
  if (!/\.ya?ml$/.test(name)) {
    return `${path} is not a .yaml or .yml file, and a controller may apply it (Argo CD applies .json too)`;
  }
  return documentsProblem(entry);
}

/** Only the listing gitops-commit generates, byte for byte, at the top of the path. */
function kustomizationProblem(entry: EnvironmentEntry, all: readonly EnvironmentEntry[]): string | undefined {
  if (entry.path !== KUSTOMIZATION_FILE) {
    return `${entry.path} is a kustomization other than the generated ${KUSTOMIZATION_FILE}, and kustomize would apply it`;
  }
  const listed = kustomizationFor(all.filter((other) => other !== entry).map((other) => other.path));
  if (entry.content !== listed) {
    return `${KUSTOMIZATION_FILE} is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)`;
  }
  return undefined;
}

/**
 * Every document a Kubernetes resource (a mapping naming apiVersion and kind), none of them a
 * kustomization: kustomize, Argo CD and Flux take one as instructions, not as a resource, and a
 * mapping that is no resource (a chart's values) is input to some tool. An empty or plain-scalar
 * document is let through: no tool reads instructions from it, the sync just fails (and the
 * tests use such placeholders).
 */
function documentsProblem(entry: EnvironmentEntry): string | undefined {
  const { documents } = entry.parsed ?? parseYamlStream(entry.content);
  for (const [index, document] of documents.entries()) {
    const where = documents.length > 1 ? `${entry.path} (document ${index + 1})` : entry.path;
    if (document.errors.length > 0) return `${where} is not valid YAML`;
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return `${where} expands too many YAML aliases`;
    }
    const items = isObject(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
    for (const [item, object] of items.entries()) {
      const problem = resourceProblem(object, object === value ? where : `${where}, item ${item + 1}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

function resourceProblem(object: unknown, where: string): string | undefined {
  if (object === null || ['string', 'number', 'boolean'].includes(typeof object)) return undefined;
  const apiVersion = isObject(object) && typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const kind = isObject(object) && typeof object.kind === 'string' ? object.kind : '';
  // Flux's Kustomization (kustomize.toolkit.fluxcd.io) is refused too: it points the cluster at
  // other content, with images and patches of its own.
  if (apiVersion.startsWith('kustomize.config.k8s.io/') || kind === 'Kustomization' || kind === 'Component') {
    return `${where} is a ${kind || 'kustomization'}${apiVersion ? ` (${apiVersion})` : ''}, which would make the controller apply other content`;
  }
  if (!apiVersion || !kind) return `${where} is not a Kubernetes resource (a mapping with apiVersion and kind)`;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The entries of a directory as git would record them, from lstat: a symlink is `120000` with its
 * target (never followed), an executable file `100755`. For the writer's check of `source-dir`.
 */
export async function readDirectoryEntries(dir: string): Promise<EnvironmentEntry[]> {
  const entries: EnvironmentEntry[] = [];
  const walk = async (absolute: string, prefix: string): Promise<void> => {
    for (const name of (await readdir(absolute)).sort()) {
      const full = join(absolute, name);
      const path = prefix ? `${prefix}/${name}` : name;
      const stat = await lstat(full);
      if (stat.isDirectory()) await walk(full, path);
      else if (stat.isSymbolicLink()) entries.push({ path, mode: '120000', content: await readlink(full) });
      else if (stat.isFile()) {
        const mode = stat.mode & 0o111 ? '100755' : '100644';
        entries.push({ path, mode, content: await readFile(full, 'utf8') });
      } else entries.push({ path, mode: (stat.mode & 0o170000).toString(8), content: '' });
    }
  };
  await walk(dir, '');
  return entries;
}

/**
 * The entries of `path` at `commit` with git's modes (a submodule is `160000`, a symlink `120000`
 * with its target as content): the verifier's and rollback's input to `environmentContentProblem`.
 * Empty when the path does not exist there.
 */
export async function readEnvironmentEntriesAt(git: Git, commit: string, path: string): Promise<EnvironmentEntry[]> {
  const entries = await lsTree(git, `${commit}:${path}`, { recursive: true, allowMissing: true });
  // One cat-file per blob, read as text: an environment path holds a handful of YAML files.
  return Promise.all(
    entries.map(async ({ mode, type, id, path: entryPath }) => ({
      path: entryPath,
      mode,
      content: type === 'blob' ? (await git(['cat-file', 'blob', id])).stdout : '',
    })),
  );
}

/**
 * Refuses, with one sentence starting with `what` (which names the input), content an environment path must not hold (see
 * `environmentContentProblem`).
 */
export function requireEnvironmentContent(entries: readonly EnvironmentEntry[], what: string): void {
  const problem = environmentContentProblem(entries);
  if (problem) throw new ConfigurationError(`${what}: ${problem}.`);
}
