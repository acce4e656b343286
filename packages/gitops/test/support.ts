import { appendFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createMemoryRuntime, type Exec, type MemoryRuntime } from '@shipgate/core';
import { type PushFromProcess, pushOverHttp, type RefUpdate } from '@shipgate/git';
import { afterAll, beforeAll, expect } from 'vitest';
import { aroundPushes } from '../../../test/support/around-pushes';
import type { FlatDeploy } from '../../../test/support/deploy-call';
import { type GitServer, startGitServer } from '../../../test/support/git-server';

export { aroundPushes, type PushHook } from '../../../test/support/around-pushes';

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;
export const IMAGE_A = `ghcr.io/acme/web@${DIGEST_A}`;
export const IMAGE_B = `ghcr.io/acme/web@${DIGEST_B}`;

/** Writes `files` into a new temporary directory, for `source-dir`. */
export async function makeSourceDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-source-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

export interface RecordingRuntime {
  runtime: MemoryRuntime;
  /**
   * Every command line spawned through the Exec seam, unmasked (what the OS saw), and every push
   * sent from the process as `http push <from>:<ref>…`: `argv[1] === 'push'` finds either kind.
   */
  argv: string[][];
  /** `.git/config` of each working directory, read after every git call. */
  gitConfigs: string[];
  exec: Exec;
  pushFromProcess: PushFromProcess;
}

/** A memory runtime whose exec records what it spawns and the clone's config after each call. */
export function recordingRuntime(env: Record<string, string> = {}): RecordingRuntime {
  const runtime = createMemoryRuntime({ env });
  const argv: string[][] = [];
  const gitConfigs: string[] = [];
  const pushFromProcess: PushFromProcess = async (git, remote, updates, options) => {
    const result = await pushOverHttp(git, remote, updates, options);
    if (result) {
      const args = ['push', ...(options.atomic ? ['--atomic'] : []), ...updates.map(refspec)];
      argv.push(['http', ...args]);
      recordCommandLine('http', args);
    }
    return result;
  };
  const exec: Exec = async (command, args, options) => {
    argv.push([command, ...args]);
    recordCommandLine(command, args);
    try {
      return await runtime.exec(command, args, options);
    } finally {
      if (options?.cwd) {
        for (const config of [join(options.cwd, '.git', 'config'), join(options.cwd, 'config')]) {
          try {
            gitConfigs.push(await readFile(config, 'utf8'));
          } catch {
            // not a repository (yet)
          }
        }
      }
    }
  };
  return { runtime, argv, gitConfigs, exec, pushFromProcess };
}

/** An update as `git push` would name it on its command line. */
function refspec(update: RefUpdate): string {
  return `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`;
}

/**
 * With SHIPGATE_RECORD_EXEC=<file>, every command line spawned through a recording runtime is
 * appended there as one JSON line with the test's name: how test/exec-recording compares the git
 * calls each scenario makes before and after a change to the write path.
 */
function recordCommandLine(command: string, args: readonly string[]): void {
  const file = process.env.SHIPGATE_RECORD_EXEC;
  if (!file) return;
  appendFileSync(
    file,
    `${JSON.stringify({ test: expect.getState().currentTestName ?? '', argv: [command, ...args] })}\n`,
  );
}

/** A deploy through the recording runtime, retries and kustomization off (split with `deployCall`). */
export function deployOptions(
  recording: RecordingRuntime,
  options: Omit<FlatDeploy, 'exec' | 'log' | 'setSecret'> & Partial<Pick<FlatDeploy, 'exec'>>,
): FlatDeploy {
  return {
    exec: recording.exec,
    pushFromProcess: recording.pushFromProcess,
    log: recording.runtime.log,
    setSecret: recording.runtime.setSecret,
    retryDelays: { baseDelayMs: 0, maxDelayMs: 0 },
    requireApproval: false,
    // Tests of other concerns compare exact file lists; kustomization.test and the kustomization
    // deploy test pass `kustomization` themselves.
    kustomization: false,
    ...options,
  };
}

/** Makes every update of `branch` in a bare repository fail as a lost ref lock would, until the returned function runs. */
export async function lockBranch(bareRepository: string, branch = 'main'): Promise<() => Promise<void>> {
  const lock = join(bareRepository, 'refs', 'heads', `${branch}.lock`);
  await writeFile(lock, '');
  return () => rm(lock, { force: true });
}

/** A recording's exec and push whose first push loses to a held lock of `main`, as a lost race would. */
export function losingFirstPush(
  bareRepository: string,
  recording: { exec: Exec; pushFromProcess: PushFromProcess },
): { exec: Exec; pushFromProcess: PushFromProcess } {
  let lost = false;
  return aroundPushes(recording, async (_refs, send) => {
    if (lost) return send();
    lost = true;
    const release = await lockBranch(bareRepository);
    try {
      return await send();
    } finally {
      await release();
    }
  });
}

/** The git server of a describe block, its source directories, and the refs under `refs/shipgate/`. */
export interface SuiteGitServer {
  readonly server: GitServer;
  /** A source directory with `files`, removed after the block. */
  source(files: Record<string, string>): Promise<string>;
  /** Removes `dir` after the block. */
  removeAfter(dir: string): void;
  /** The refs under `refs/shipgate/` (queue requests, statements) of repository `name`. */
  shipgateRefs(name: string): Promise<string[]>;
}

/** Starts a git server (`token` demanded) before the calling describe block's tests, and stops it after. */
export function gitServerForSuite(token: string): SuiteGitServer {
  const held: { server?: GitServer; dirs: string[] } = { dirs: [] };
  const server = () => {
    if (!held.server) throw new Error('the suite git server is used before its beforeAll ran');
    return held.server;
  };
  beforeAll(async () => {
    held.server = await startGitServer({ token });
  });
  afterAll(async () => {
    await held.server?.stop();
    for (const dir of held.dirs) await rm(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server();
    },
    source: async (files) => {
      const dir = await makeSourceDir(files);
      held.dirs.push(dir);
      return dir;
    },
    removeAfter: (dir) => {
      held.dirs.push(dir);
    },
    shipgateRefs: async (name) =>
      (await server().git(name, ['for-each-ref', '--format=%(refname)', 'refs/shipgate/'])).split('\n').filter(Boolean),
  };
}
