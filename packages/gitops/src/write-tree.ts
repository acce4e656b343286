import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { ConfigurationError } from '@shipgate/core';

/**
 * The repository path an input names, normalised (`apps/web/prod`), or a ConfigurationError when
 * it could leave the repository or touch git's own data: absolute, `..`, `.git`, empty.
 */
export function confineRepositoryPath(path: string, inputName = 'path'): string {
  const raw = path.trim().replace(/\\/g, '/');
  if (!raw) throw new ConfigurationError(`Input "${inputName}" must not be empty.`);
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || isAbsolute(raw)) {
    throw new ConfigurationError(`Input "${inputName}" must be relative to the repository root, got "${path}".`);
  }
  const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw new ConfigurationError(`Input "${inputName}" must not contain "..", got "${path}".`);
  if (parts.some((part) => part.toLowerCase() === '.git')) {
    throw new ConfigurationError(`Input "${inputName}" must not point into .git, got "${path}".`);
  }
  if (parts.length === 0) throw new ConfigurationError(`Input "${inputName}" must name a directory below the root.`);
  if (parts.some((part) => /[\u0000-\u001f]/.test(part))) {
    throw new ConfigurationError(`Input "${inputName}" must not contain control characters.`);
  }
  return parts.join('/');
}

/** Top-level directories no deploy writes: the policy that judges deploys, and the workflows. */
const CONTROL_DIRECTORIES = ['.shipgate', '.github'];

/**
 * The path a deploy writes (gitops-commit, rollback), normalised as `confineRepositoryPath` does,
 * or a ConfigurationError when it is in `.shipgate/` or `.github/`: a writer that could rewrite the
 * policy or a workflow would choose its own rules. Compared case-insensitively, as a checkout on a
 * case-insensitive file system would.
 */
export function confineDeployPath(path: string, inputName = 'path'): string {
  const confined = confineRepositoryPath(path, inputName);
  const top = confined.split('/')[0]?.toLowerCase() ?? '';
  if (CONTROL_DIRECTORIES.includes(top)) {
    throw new ConfigurationError(
      `Input "${inputName}" is "${path}", which is in ${top}/; a deploy writes only environment paths, never .shipgate/ or .github/.`,
    );
  }
  return confined;
}

/** A file to write: its path relative to the source directory and where its content is. */
export interface SourceFile {
  relativePath: string;
  absolutePath: string;
}

/**
 * Every file below `sourceDir`, sorted. Symlinks are followed only when they stay inside
 * `sourceDir` (their content is written as a regular file); one that leaves it is a
 * ConfigurationError, raised before anything is written.
 */
export async function listSourceFiles(sourceDir: string, inputName = 'source-dir'): Promise<SourceFile[]> {
  let root: string;
  try {
    root = await realpath(sourceDir);
    if (!(await lstat(root)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new ConfigurationError(`Input "${inputName}" names ${sourceDir}, which is not a directory.`);
  }
  const files: SourceFile[] = [];
  // `dir` is where entries are read; `prefix` is the name they are written under (a symlinked
  // directory keeps the link's name). `ancestors` stops symlink loops.
  const walk = async (dir: string, prefix: string, ancestors: Set<string>): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.name === '.git') {
        throw new ConfigurationError(`Input "${inputName}" contains ${relativePath}; a .git entry cannot be deployed.`);
      }
      let target = path;
      if (entry.isSymbolicLink()) {
        let resolved: string;
        try {
          resolved = await realpath(path);
        } catch {
          throw new ConfigurationError(
            `Input "${inputName}" contains ${relativePath}, a symlink to ${await readlink(path)} that does not exist.`,
          );
        }
        if (!isInside(root, resolved)) {
          throw new ConfigurationError(
            `Input "${inputName}" contains ${relativePath}, a symlink that leaves the directory (to ${resolved}).`,
          );
        }
        target = resolved;
      }
      const stat = await lstat(target);
      if (stat.isDirectory()) {
        if (ancestors.has(target)) {
          throw new ConfigurationError(`Input "${inputName}" contains ${relativePath}, a symlink loop.`);
        }
        await walk(target, relativePath, new Set([...ancestors, target]));
        continue;
      }
      if (!stat.isFile()) {
        throw new ConfigurationError(`Input "${inputName}" contains ${relativePath}, which is not a regular file.`);
      }
      files.push({ relativePath, absolutePath: target });
    }
  };
  await walk(root, '', new Set([root]));
  return files;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
