import { existsSync } from 'node:fs';
import { structuredPatch } from 'diff';
import { parse } from 'yaml';
import { configView } from './config-hash';
import { isPlainObject } from './documents';
import { containerSlots } from './images';
import type { RenderedFile } from './output';
import { compareStrings, readTree } from './plain';

export interface ImageChange {
  readonly file: string;
  /** e.g. `containers[0] (app)` */
  readonly container: string;
  readonly before: string;
  readonly after: string;
}

export interface ConfigChange {
  readonly file: string;
  readonly change: 'added' | 'removed' | 'modified';
}

export interface Comparison {
  /** Whether any file differs, byte for byte. */
  readonly changed: boolean;
  /** A unified diff (git style, `a/` and `b/` prefixes), empty when nothing changed. */
  readonly diff: string;
  readonly imageChanges: readonly ImageChange[];
  readonly configChanges: readonly ConfigChange[];
}

const CONTEXT_LINES = 3;
const GENERATED_KUSTOMIZATION = 'kustomization.yaml';

/**
 * Compares the rendered files with what the GitOps checkout holds for the environment
 * (`directory`, possibly absent before the first deploy). Image changes are listed apart from
 * configuration changes, so an approver sees at a glance whether only the image moved.
 */
export async function compareWithDirectory(files: readonly RenderedFile[], directory: string): Promise<Comparison> {
  // gitops-commit's kustomization.yaml lists the files for Argo CD and Flux; it is not rendered, so
  // it is neither a removal nor a change an approver has to judge.
  const existing = existsSync(directory) ? await readTree(directory, (name) => name !== GENERATED_KUSTOMIZATION) : [];
  const before = new Map(existing.map((file) => [file.path, file.text]));
  const after = new Map(files.map((file) => [file.name, file]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  const diffs: string[] = [];
  const imageChanges: ImageChange[] = [];
  const configChanges: ConfigChange[] = [];
  for (const name of names) {
    const oldText = before.get(name);
    const rendered = after.get(name);
    const newText = rendered?.content;
    if (oldText === newText) continue;
    diffs.push(unifiedDiff(name, oldText, newText));
    if (oldText === undefined) {
      configChanges.push({ file: name, change: 'added' });
      continue;
    }
    if (!rendered) {
      configChanges.push({ file: name, change: 'removed' });
      continue;
    }
    const oldObject = parseObject(oldText);
    if (!oldObject || configView(oldObject) !== configView(rendered.resource.object)) {
      configChanges.push({ file: name, change: 'modified' });
    }
    if (oldObject) imageChanges.push(...compareImages(name, oldObject, rendered.resource.object));
  }
  return { changed: diffs.length > 0, diff: diffs.join(''), imageChanges, configChanges };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text, { version: '1.1', maxAliasCount: 100 });
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function compareImages(file: string, before: Record<string, unknown>, after: Record<string, unknown>): ImageChange[] {
  const label = (slot: { path: string; name: string }) => `${slot.path.replace(/^.*\./, '')} (${slot.name})`;
  const old = new Map(containerSlots(before).map((slot) => [label(slot), slot.image ?? '']));
  const changes: ImageChange[] = [];
  for (const slot of containerSlots(after)) {
    const container = label(slot);
    const previous = old.get(container);
    if (previous !== undefined && previous !== (slot.image ?? '')) {
      changes.push({ file, container, before: previous, after: slot.image ?? '' });
    }
  }
  return changes;
}

/** One file's unified diff; `undefined` text means the file does not exist on that side. */
export function unifiedDiff(name: string, oldText: string | undefined, newText: string | undefined): string {
  const patch = structuredPatch(`a/${name}`, `b/${name}`, oldText ?? '', newText ?? '', '', '', {
    context: CONTEXT_LINES,
  });
  const lines = [
    `diff --git a/${name} b/${name}`,
    ...(oldText === undefined ? ['new file mode 100644'] : newText === undefined ? ['deleted file mode 100644'] : []),
    `--- ${oldText === undefined ? '/dev/null' : `a/${name}`}`,
    `+++ ${newText === undefined ? '/dev/null' : `b/${name}`}`,
  ];
  for (const hunk of patch.hunks) {
    // An empty side starts "before line 1", which unified diff writes as 0.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    lines.push(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`, ...hunk.lines);
  }
  return `${lines.join('\n')}\n`;
}
