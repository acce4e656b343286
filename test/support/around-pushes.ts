/**
 * One hook for every push a deploy makes, by `git push` or from the process: tests that race the
 * server (a branch moved, a ref lock held, a request rewritten) act there. Used by the gitops tests, the
 * cancellation test's writer (a process of its own, without vitest) and the benchmarks.
 */
import type { Exec, ExecResult } from '@shipgate/core';
import { decidableOverHttp, type PushFromProcess } from '@shipgate/git';

/** Runs a push (by git or from the process) and gives back its porcelain-shaped result. */
export type PushHook = (refs: readonly string[], send: () => Promise<ExecResult>) => Promise<ExecResult>;

/**
 * `exec` and `pushFromProcess` with `hook` around every push a deploy makes, whoever sends it:
 * `git push` through exec, or the process itself. The hook sees the refs the push updates before
 * anything of it reaches the server (git's process has not started; the process has not packed or
 * read the advertisement), as a lost race or a held lock would meet it.
 */
export function aroundPushes(
  inner: { exec: Exec; pushFromProcess: PushFromProcess },
  hook: PushHook,
): { exec: Exec; pushFromProcess: PushFromProcess } {
  return {
    exec: (command, args, options) =>
      command === 'git' && args[0] === 'push'
        ? hook(pushedRefs(args), () => inner.exec(command, args, options))
        : inner.exec(command, args, options),
    pushFromProcess: async (git, remote, updates, options) => {
      if (!decidableOverHttp(updates)) return undefined;
      return hook(
        updates.map((update) => update.ref),
        async () => {
          const result = await inner.pushFromProcess(git, remote, updates, options);
          // Handed to git after the hook ran, it would meet the hook twice: say so instead.
          if (!result) throw new Error('the push from the process fell back to git push inside a test hook');
          return result;
        },
      );
    },
  };
}

/** The refs a `git push … origin <refspec>…` command line updates. */
function pushedRefs(args: readonly string[]): string[] {
  return args.slice(args.indexOf('origin') + 1).map((spec) => spec.slice(spec.indexOf(':') + 1));
}
