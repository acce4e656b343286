import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Relative to the source directory, with `/` separators. */
  readonly path: string;
  /** Where it is on disk. */
  readonly file: string;
  readonly text: string;
}

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files under `directory` (recursively; dot-files and dot-directories skipped), sorted by path. */
export function readYamlTree(directory: string): Promise<SourceFile[]> {
  return readTree(directory, (name) => YAML_FILE.test(name));
}

/** The files under `directory` whose name passes `include` (dot-files and dot-directories skipped), sorted by path. */
export async function readTree(directory: string, include: (name: string) => boolean): Promise<SourceFile[]> {
  const info = await stat(directory);
  if (info.isFile()) {
    return [
      { path: directory.split(sep).at(-1) ?? directory, file: directory, text: await readFile(directory, 'utf8') },
    ];
  }
  const paths: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && include(entry.name)) paths.push(full);
    }
  };
  await walk(directory);
  // Plain code-unit order, so the result does not depend on the machine's locale.
  const relativePaths = paths.map((path) => relative(directory, path).split(sep).join('/')).sort(compareStrings);
  return Promise.all(
    relativePaths.map(async (path) => {
      const file = join(directory, ...path.split('/'));
      return { path, file, text: await readFile(file, 'utf8') };
    }),
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
