import { type Git, isTransientGitFailure } from './git';

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

export type PushOutcome =
  | { kind: 'pushed' }
  /** Someone else moved the ref first (or holds its lock): fetch, re-apply, retry. */
  | { kind: 'race'; message: string }
  /** Auth, permissions, protected branch, a declining hook: retrying cannot help. */
  | { kind: 'fatal'; message: string }
  /** The connection or server failed mid-push; the same push may succeed again. */
  | { kind: 'transient'; message: string };

// Reasons git and receive-pack give when another push won: the client saw the new tip first
// (fetch first, non-fast-forward, stale info), or the server lost the ref-lock or
// compare-and-swap during its update ("failed to update ref", "cannot lock ref …").
const RACE_REASON =
  /^(fetch first|non-fast-forward|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|unable to lock|reference already exists|already exists)/i;
const ATOMIC_COLLATERAL = /^atomic (push|transaction) failed$/i;

/**
 * What a `git push --porcelain` run means. Only the reasons above are retried as races; a
 * pre-receive hook that declines (protected branch, policy) is fatal even though a test hook
 * could decline at random, because a hook's "no" is the server's decision, not a race. (The test
 * server's random rejections take a real ref lock, so they surface as "failed to update ref".)
 */
export function classifyPush(result: { exitCode: number; stdout: string; stderr: string }): PushOutcome {
  const refs = parsePushPorcelain(result.stdout);
  const rejected = refs.filter((ref) => ref.flag === '!');
  if (result.exitCode === 0 && rejected.length === 0) return { kind: 'pushed' };
  const remoteMessage = remoteLines(result.stderr);
  if (rejected.length > 0) {
    const describe = (ref: PushedRef) =>
      `${ref.to}: ${ref.summary}${ref.reason ? ` (${ref.reason})` : ''}${remoteMessage ? ` — ${remoteMessage}` : ''}`;
    // In an atomic push every ref fails with the one that caused it: judge by the cause. When the
    // server's transaction failed, no ref names a cause and stderr holds the lock error: a race.
    const causes = rejected.filter((ref) => !ATOMIC_COLLATERAL.test(ref.reason ?? ''));
    const fatal = causes.find((ref) => !RACE_REASON.test(ref.reason ?? ''));
    if (fatal) return { kind: 'fatal', message: describe(fatal) };
    return { kind: 'race', message: describe((causes[0] ?? rejected[0]) as PushedRef) };
  }
  const lastLine = lastLineOf(result.stderr) || `git push exited with code ${result.exitCode}`;
  if (isTransientGitFailure(result.stderr)) {
    return { kind: 'transient', message: lastLine };
  }
  return { kind: 'fatal', message: lastLine };
}

/** What the server said (`remote: …` lines), joined into one line. */
function remoteLines(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.replace(/^remote:\s*/, '').trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 500);
}

function lastLineOf(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('hint:'));
  return lines.at(-1) ?? '';
}

/** One ref a push sets (`from`) or deletes (no `from`), optionally leased on the value we saw. */
export interface RefUpdate {
  ref: string;
  from?: string;
  /** `--force-with-lease=<ref>:<lease>`: the push fails unless the server still has this value. */
  lease?: string;
  /** Overwrite whatever the server has (the pull-request branch is ours alone). */
  force?: boolean;
}

/**
 * The one push of this package: every update in one `git push --porcelain`, all or nothing with
 * `atomic`, hooks of this clone skipped, and the outcome classified (see `classifyPush`). Callers
 * keep a push to a bounded number of refs, so its command line stays far below the OS limit.
 */
export async function pushRefs(
  git: Git,
  updates: readonly RefUpdate[],
  options: { atomic?: boolean } = {},
): Promise<PushOutcome> {
  const args = [
    'push',
    '--porcelain',
    ...(options.atomic ? ['--atomic'] : []),
    '--no-verify',
    ...updates.flatMap((update) => (update.lease ? [`--force-with-lease=${update.ref}:${update.lease}`] : [])),
    'origin',
    ...updates.map((update) => `${update.force ? '+' : ''}${update.from ?? ''}:${update.ref}`),
  ];
  return classifyPush(await git(args, { ignoreReturnCode: true }));
}
