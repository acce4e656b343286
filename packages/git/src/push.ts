import type { ExecResult } from '@shipgate/core';
import { type Git, throwIfAuthFailure } from './git';
import { storePack } from './pack-file';

/** One ref line of `git push --porcelain`: `<flag>\t<from>:<to>\t<summary> (<reason>)`. */
export interface PushedRef {
  flag: string;
  from: string;
  to: string;
  summary: string;
  reason?: string;
}

export function parsePushPorcelain(stdout: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of stdout.split('\n')) {
    const match = line.match(/^([ +\-*!=])\t([^\t:]*):([^\t]+)\t(.*)$/);
    if (!match) continue;
    const [, flag = '', from = '', to = '', rest = ''] = match;
    const reasonMatch = rest.match(/^(.*?)\s*\((.*)\)\s*$/);
    refs.push({
      flag,
      from,
      to,
      summary: (reasonMatch?.[1] ?? rest).trim(),
      ...(reasonMatch?.[2] ? { reason: reasonMatch[2] } : {}),
    });
  }
  return refs;
}

/** One ref a push sets (`from`) or deletes (no `from`), optionally leased on the value we saw. */
export interface RefUpdate {
  ref: string;
  from?: string;
  /** `--force-with-lease=<ref>:<lease>`: the push fails unless the server still has this value. */
  lease?: string;
  /** Overwrite whatever the server has (the pull-request branch is ours alone). */
  force?: boolean;
  /**
   * The value `from` was built on: the push is a fast-forward when the server still holds it (`''`:
   * when the ref does not exist yet). git's push checks that itself; with it the push can be
   * decided without git (see `pushOverHttp`).
   */
  base?: string;
}

/** How a push is sent. */
export interface PushOptions {
  /** All or nothing: `git push --atomic`. */
  atomic?: boolean;
  /**
   * The pack to send, made by the caller from objects the clone need not hold (see `packOf`):
   * everything the updates bring that the server may lack, with no deltas on objects outside it.
   * When git must send the push after all, the pack is stored in the clone first.
   */
  pack?: Buffer;
}

/**
 * The one push: every update in one push to `origin`, all or nothing with `atomic`, hooks of this
 * clone skipped. Over HTTP(S), from this process when every update says what the server must hold
 * (see `pushOverHttp`), else by `git push --porcelain`. Returns git's result (or the same lines)
 * whatever the exit code; what it means (`parsePushPorcelain`, the writer's race or fatal) is the
 * caller's. Callers keep a push to a bounded number of refs, so its command line stays far below
 * the OS limit.
 */
export async function push(git: Git, updates: readonly RefUpdate[], options: PushOptions = {}): Promise<ExecResult> {
  if (git.remote) {
    const result = await git.remote.push(git, git.remote, updates, options);
    if (result) {
      if (result.exitCode !== 0) throwIfAuthFailure(result.stderr, git.remote.url);
      return result;
    }
  }
  if (options.pack) await storePack(git, options.pack);
  const args = [
    'push',
    '--porcelain',
    ...(options.atomic ? ['--atomic'] : []),
    '--no-verify',
    ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
    'origin',
    ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
  ];
  return git(args, { ignoreReturnCode: true });
}
