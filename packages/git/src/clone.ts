import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '@shipgate/core';
import { createGit, type Git, type PushFromProcess, type ReadRetry } from './git';
import { type RepositoryAccess, resolveRepositoryAccess } from './repository';

/** A throwaway bare repository with `origin` pointing at the GitOps repository, and how to run git in it. */
export interface ScratchClone {
  /** The directory made for this clone (removed by `remove`); the repository is `repoDir`. */
  dir: string;
  repoDir: string;
  url: string;
  git: Git;
}

/** Where the clone's remote is and how git reaches it (see `GitOptions` for the last three). */
export type ScratchCloneAccess = RepositoryAccess & {
  exec: Exec;
  pushFromProcess?: PushFromProcess;
  inherited?: Readonly<Record<string, string | undefined>>;
};

export interface ScratchCloneOptions {
  /** Names the temporary directory: `shipgate-<purpose>-`. */
  purpose: string;
  /** The repository in a subdirectory of `dir`, leaving room beside it (rollback's restored files). */
  subdir?: string;
  /** Author and committer of every commit made in the clone. */
  identity?: { name: string; email: string };
  readRetry?: ReadRetry;
  /**
   * The clone fetches everything its refs reach (the verifier): `origin` is not its promisor, so an
   * object no fetched ref reaches stays missing, where git would fetch it by id (a server such as
   * GitHub hands out a commit a force push left behind).
   */
  wholeHistory?: boolean;
}

/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty bare repository made (`initBareRepository`) with `origin` set. No reader or writer needs a
 * working tree: writers build their commits with `git fast-import`. The clone keeps no credential:
 * the token travels in git's environment only.
 */
export async function openScratchClone(
  access: ScratchCloneAccess,
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
      ...(access.pushFromProcess ? { pushFromProcess: access.pushFromProcess } : {}),
      ...(access.inherited ? { inherited: access.inherited } : {}),
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
    await initBareRepository(repoDir, url, { promisor: options.wholeHistory !== true });
    return { dir, repoDir, url, git };
  } catch (error) {
    await removeScratchClone(dir);
    throw error;
  }
}

/**
 * What `git init --bare --template=` and `git remote add origin <url>` make (gitrepository-layout(5)),
 * written here: two git processes fewer on every deploy, which spends most of its CPU starting
 * processes. No template: nothing of the machine's git setup, sample or global hooks, belongs in
 * a throwaway clone. Beyond git's defaults:
 * - `pack.window=0`: a push deltas nothing. With deltas, pack-objects reads the server's old blob of
 *   each changed file as a base, and in a partial clone that is one more fetch (four processes and
 *   a round trip) to save a few hundred bytes.
 * - `maintenance.auto=false`, `gc.auto=0`: the fetches git makes for missing objects run no
 *   maintenance in a clone that is thrown away.
 * - `fastimport.unpackLimit=0`: fast-import keeps what it wrote as the pack it is. Below the limit
 *   (100 objects by default, more than a deploy writes) it starts `unpack-objects` to turn the
 *   pack into loose objects: one process more on every deploy, for nothing.
 * - `promisor`: `remote.origin.promisor=true`, with repository format 1, what `git fetch --filter`
 *   writes after its first partial fetch, written before any fetch. Readers and writers fetch part
 *   of the history, and a deploy's first fetch is the process's own (`http-fetch.ts`): without it, a
 *   command that meets an object not fetched yet fails ("not a tree object") where git would fetch
 *   it from origin. Not for the verifier (`wholeHistory`), which judges only what the refs reach.
 */
export async function initBareRepository(repoDir: string, url: string, options: { promisor: boolean }): Promise<void> {
  const origin = originSection(url);
  await Promise.all(
    ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'].map((sub) =>
      mkdir(join(repoDir, sub), { recursive: true }),
    ),
  );
  await writeFile(join(repoDir, 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(
    join(repoDir, 'config'),
    `[core]\n\trepositoryformatversion = ${options.promisor ? 1 : 0}\n\tfilemode = true\n\tbare = true\n[pack]\n\twindow = 0\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n[fastimport]\n\tunpackLimit = 0\n${origin}${options.promisor ? '\tpromisor = true\n' : ''}`,
  );
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
  access: ScratchCloneAccess,
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
