import {
  type Git,
  isTransientGitFailure,
  type PushedRef,
  type PushOptions,
  parsePushPorcelain,
  push,
  type RefUpdate,
} from '@shipgate/git';

export type PushOutcome =
  | { kind: 'pushed' }
  /**
   * Someone else moved the ref first (or holds its lock): fetch, re-apply, retry. The push did not
   * land, whether git refused it from the refs the server listed (fetch first, non-fast-forward,
   * stale info) or the server refused the update itself (a lost lock or compare-and-swap).
   */
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

/**
 * The one push of the writer and the landing queue (see `push`), its outcome classified (see
 * `classifyPush`).
 */
export async function pushRefs(
  git: Git,
  updates: readonly RefUpdate[],
  options: PushOptions = {},
): Promise<PushOutcome> {
  return classifyPush(await push(git, updates, options));
}
