import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '@shipgate/core';
import { createGit, type Git, type ReadRetry } from './git';
import { type RepositoryAccess, resolveRepositoryAccess } from './repository';

/** A throwaway repository with `origin` pointing at the GitOps repository, and how to run git in it. */
export interface ScratchClone {
  /** The directory made for this clone (removed by `remove`); the repository is `repoDir`. */
  dir: string;
  repoDir: string;
  url: string;
  git: Git;
}

export interface ScratchCloneOptions {
  /** Names the temporary directory: `shipgate-<purpose>-`. */
  purpose: string;
  /** A bare repository (readers) or one with a working tree (the writer's sparse checkout). */
  bare: boolean;
  /** The repository in a subdirectory of `dir`, leaving room beside it (rollback's restored files). */
  subdir?: string;
  /** Author and committer of every commit made in the clone. */
  identity?: { name: string; email: string };
  readRetry?: ReadRetry;
}

/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty repository made without templates (nothing of the machine's git setup, sample or global
 * hooks, belongs in a throwaway clone, and copying them is a good part of what `git init` costs),
 * with `origin` set. The clone keeps no credential: the token travels in git's environment only.
 */
export async function openScratchClone(
  access: RepositoryAccess & { exec: Exec },
  options: ScratchCloneOptions,
): Promise<ScratchClone> {
  const url = resolveRepositoryAccess(access);
  const dir = await mkdtemp(join(access.tempDir ?? tmpdir(), `shipgate-${options.purpose}-`));
  try {
    const repoDir = options.subdir ? join(dir, options.subdir) : dir;
    if (options.subdir) await mkdir(repoDir);
    const identity = options.identity;
    const git = createGit({
      exec: access.exec,
      url,
      token: access.token,
      cwd: repoDir,
      ...(options.readRetry ? { readRetry: options.readRetry } : {}),
      ...(identity
        ? {
            env: {
              GIT_AUTHOR_NAME: identity.name,
              GIT_AUTHOR_EMAIL: identity.email,
              GIT_COMMITTER_NAME: identity.name,
              GIT_COMMITTER_EMAIL: identity.email,
            },
          }
        : {}),
    });
    await git(['init', '--quiet', ...(options.bare ? ['--bare'] : []), '--template=']);
    // What `git remote add origin <url>` writes, appended here: a git process fewer on every
    // deploy, which spends most of its CPU starting processes.
    await appendFile(join(repoDir, options.bare ? '' : '.git', 'config'), originSection(url));
    return { dir, repoDir, url, git };
  } catch (error) {
    await removeScratchClone(dir);
    throw error;
  }
}

/** The `[remote "origin"]` section `git remote add` writes, the URL quoted as git-config(1) reads it. */
export function originSection(url: string): string {
  if (/[\n\r\0]/.test(url)) throw new Error('A repository URL cannot hold a line break.');
  const quoted = `"${url.replace(/[\\"]/g, '\\$&')}"`;
  return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
}

export async function removeScratchClone(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
export async function withScratchClone<T>(
  access: RepositoryAccess & { exec: Exec },
  options: ScratchCloneOptions,
  use: (clone: ScratchClone) => Promise<T>,
): Promise<T> {
  const clone = await openScratchClone(access, options);
  try {
    return await use(clone);
  } finally {
    await removeScratchClone(clone.dir);
  }
}
